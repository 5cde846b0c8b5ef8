#include "diagnosticsmodel.h"
#include "editordocument.h"

#include <QtTest>

using namespace MeshEntry;

namespace {

Diagnostic finding(const char *rule, int document, qsizetype start, Severity severity)
{
    Diagnostic diagnostic;
    diagnostic.rule = QString::fromLatin1(rule);
    diagnostic.document = document;
    diagnostic.start = start;
    diagnostic.end = start + 1;
    diagnostic.severity = severity;
    return diagnostic;
}

QStringList rules(const DiagnosticsModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.at(row).diagnostic.rule;
    return result;
}

} // namespace

/// The diagnostics panel's rows: sorted, replaced per document, located when shown.
class TestDiagnosticsModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreSortedAndReplacedPerDocument();
    void linesFollowTheTextWithoutAnUpdate();
    void layersReportingOneFieldShareARow();
};

void TestDiagnosticsModel::rowsAreSortedAndReplacedPerDocument()
{
    EditorDocument file("a: 1\n---\nb: 2\n---\nc: 3\n");
    DiagnosticsModel model;
    model.setDiagnostics(&file, {finding("C", 2, 0, Severity::Error),
                                 finding("A2", 0, 3, Severity::Warning),
                                 finding("A1", 0, 0, Severity::Error)});
    QCOMPARE(rules(model), QStringList({"A1", "A2", "C"}));
    QCOMPARE(model.errorCount(), 2);
    QCOMPARE(model.warningCount(), 1);
    model.setDocumentDiagnostics(&file, 1, {finding("B", 1, 4, Severity::Warning)});
    QCOMPARE(rules(model), QStringList({"A1", "A2", "B", "C"}));
    model.setDocumentDiagnostics(&file, 0, {});
    QCOMPARE(rules(model), QStringList({"B", "C"}));
    QCOMPARE(model.errorCount(), 1);
    QCOMPARE(model.warningCount(), 1);
    QCOMPARE(
        model.data(model.index(0, DiagnosticsModel::LocationColumn), Qt::DisplayRole).toString(),
        QStringLiteral("Untitled:3:1"));
    model.removeFile(&file);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.errorCount(), 0);
}

void TestDiagnosticsModel::linesFollowTheTextWithoutAnUpdate()
{
    EditorDocument file("a: 1\n---\nb: 2\n");
    DiagnosticsModel model;
    model.setDiagnostics(&file, {finding("B", 1, 4, Severity::Error)});
    QCOMPARE(model.at(0).line(), 3);
    file.setValue(0, YamlPath::fromText("x.y"), YamlValue::plain("1"));
    QCOMPARE(model.at(0).line(), 5);
    QCOMPARE(model.at(0).column(), 1);
}

void TestDiagnosticsModel::layersReportingOneFieldShareARow()
{
    EditorDocument file("a: 1\n---\nb: 2\n");
    const auto at = [](const char *rule, int start, Severity severity, const char *path) {
        Diagnostic diagnostic = finding(rule, 0, start, severity);
        diagnostic.path = YamlPath::fromText(QLatin1String(path));
        diagnostic.message = QString::fromLatin1(rule).toLower();
        return diagnostic;
    };
    DiagnosticsModel model;
    model.setDiagnostics(
        &file, {at("CRD-SE-PORT-NUMBER-RANGE", 3, Severity::Error, "spec.ports[0].number"),
                at("SE-PORT-NUMBER-RANGE", 3, Severity::Error, "spec.ports[0].number"),
                // Two rules of one layer on one node are two findings.
                at("SE-PORT-NAME-DUP", 3, Severity::Error, "spec.ports[0].number"),
                // Another severity or another node is another row.
                at("CRD-SE-HOSTS-COUNT", 3, Severity::Warning, "spec.ports[0].number"),
                at("CRD-SE-PORTS-LISTMAP", 0, Severity::Error, "spec.ports[0].number")});
    QCOMPARE(model.rowCount(), 4);
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.index(row, DiagnosticsModel::RuleColumn).data().toString();
    QCOMPARE(rows,
             QStringList({"CRD-SE-PORTS-LISTMAP", "CRD-SE-HOSTS-COUNT",
                          "SE-PORT-NUMBER-RANGE, CRD-SE-PORT-NUMBER-RANGE", "SE-PORT-NAME-DUP"}));
    // The webhook's own message is the row's; the tooltip has every layer's.
    QCOMPARE(model.index(2, DiagnosticsModel::MessageColumn).data().toString(),
             QStringLiteral("se-port-number-range"));
    QCOMPARE(model.index(2, DiagnosticsModel::MessageColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("SE-PORT-NUMBER-RANGE: se-port-number-range\n"
                            "CRD-SE-PORT-NUMBER-RANGE: crd-se-port-number-range"));
    QCOMPARE(model.errorCount(), 3);
    QCOMPARE(model.warningCount(), 1);
    const DiagnosticCounts counts = DiagnosticsModel::countRows(
        {at("CRD-SE-PORT-NUMBER-RANGE", 3, Severity::Error, "spec.ports[0].number"),
         at("SE-PORT-NUMBER-RANGE", 3, Severity::Error, "spec.ports[0].number")});
    QCOMPARE(counts.errors, 1);
}

QTEST_GUILESS_MAIN(TestDiagnosticsModel)
#include "tst_diagnosticsmodel.moc"
