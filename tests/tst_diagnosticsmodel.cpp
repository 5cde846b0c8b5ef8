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
    QCOMPARE(model.data(model.index(0, DiagnosticsModel::LocationColumn), Qt::DisplayRole).toString(),
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

QTEST_GUILESS_MAIN(TestDiagnosticsModel)
#include "tst_diagnosticsmodel.moc"
