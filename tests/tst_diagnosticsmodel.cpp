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
    void aFewChangedDocumentsGetTheirOwnRowSignals();
    void manyChangedDocumentsAreOneLayoutChange();
};

namespace {

/// A file of count documents ("k: 0" each).
QByteArray documentsText(int count)
{
    QByteArray text;
    for (int i = 0; i < count; ++i)
        text += (i ? "---\nk: " : "k: ") + QByteArray::number(i) + '\n';
    return text;
}

/// "D<document>": one warning per document.
Diagnostic named(const QString &prefix, int document, qsizetype start = 0)
{
    return finding(qPrintable(prefix + QString::number(document)), document, start,
                   Severity::Warning);
}

/// The model's structural signals in the order they came.
QStringList *recordSignals(DiagnosticsModel *model)
{
    auto *log = new QStringList;
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, model,
                     [log](const QModelIndex &, int first, int last) {
                         log->append(QStringLiteral("removed %1-%2").arg(first).arg(last));
                     });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, model,
                     [log](const QModelIndex &, int first, int last) {
                         log->append(QStringLiteral("inserted %1-%2").arg(first).arg(last));
                     });
    QObject::connect(model, &QAbstractItemModel::layoutAboutToBeChanged, model,
                     [log] { log->append(QStringLiteral("layout about to change")); });
    QObject::connect(model, &QAbstractItemModel::layoutChanged, model,
                     [log] { log->append(QStringLiteral("layout changed")); });
    QObject::connect(model, &QAbstractItemModel::modelReset, model,
                     [log] { log->append(QStringLiteral("reset")); });
    return log;
}

} // namespace

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

void TestDiagnosticsModel::aFewChangedDocumentsGetTheirOwnRowSignals()
{
    EditorDocument file(documentsText(20));
    DiagnosticsModel model;
    QList<Diagnostic> all;
    for (int i = 0; i < 20; ++i)
        all.append(named(QStringLiteral("D"), i));
    all.append(named(QStringLiteral("E"), 5, 1));
    model.setDiagnostics(&file, all);
    const std::unique_ptr<QStringList> log(recordSignals(&model));
    // Rows: D0…D4 (0–4), D5 E5 (5, 6), D6…D19 (7–20).
    const QList<int> changed = model.setDocumentsDiagnostics(
        &file, {{2, {named(QStringLiteral("X"), 2)}},
                {3, {named(QStringLiteral("D"), 3)}}, // as it was
                {5, {}},
                {9, {named(QStringLiteral("D"), 9), named(QStringLiteral("N"), 9, 1)}}});
    QCOMPARE(changed, QList<int>({2, 5, 9}));
    // The last document first, so that each range is where it was found.
    QCOMPARE(*log, QStringList({"removed 10-10", "inserted 10-11", "removed 5-6", "removed 2-2",
                                "inserted 2-2"}));
    QCOMPARE(rules(model),
             QStringList({"D0",  "D1",  "X2",  "D3",  "D4",  "D6",  "D7",  "D8",  "D9",  "N9",
                          "D10", "D11", "D12", "D13", "D14", "D15", "D16", "D17", "D18", "D19"}));
    QCOMPARE(model.warningCount(), 20);
}

void TestDiagnosticsModel::manyChangedDocumentsAreOneLayoutChange()
{
    constexpr int documents = 40;
    EditorDocument file(documentsText(documents));
    DiagnosticsModel model;
    QList<Diagnostic> all;
    for (int i = 0; i < documents; ++i)
        all.append(named(QStringLiteral("D"), i));
    model.setDiagnostics(&file, all);
    // The view's current rows: an unchanged document's, a kept finding's, a removed one's.
    const QPersistentModelIndex unchanged = model.index(30, DiagnosticsModel::MessageColumn);
    const QPersistentModelIndex kept = model.index(13, DiagnosticsModel::RuleColumn);
    const QPersistentModelIndex removed = model.index(15, DiagnosticsModel::RuleColumn);
    const std::unique_ptr<QStringList> log(recordSignals(&model));

    // Every odd document changes (20 > separateSignalsUpTo): 1, 5, 9… gain N<i>, 3, 7, 11…
    // lose their finding; even ones are passed as they were.
    QList<DiagnosticsModel::DocumentFindings> update;
    QStringList expected;
    QList<int> expectedChanged;
    for (int i = 0; i < documents; ++i) {
        if (i % 2 == 0) {
            update.append({i, {named(QStringLiteral("D"), i)}});
            expected << QStringLiteral("D%1").arg(i);
        } else if (i % 4 == 1) {
            update.append({i, {named(QStringLiteral("N"), i, 1), named(QStringLiteral("D"), i)}});
            expected << QStringLiteral("D%1").arg(i) << QStringLiteral("N%1").arg(i);
            expectedChanged << i;
        } else {
            update.append({i, QList<Diagnostic>()});
            expectedChanged << i;
        }
    }
    QCOMPARE(model.setDocumentsDiagnostics(&file, update), expectedChanged);
    QCOMPARE(*log, QStringList({"layout about to change", "layout changed"}));
    QCOMPARE(rules(model), expected);
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(model.warningCount(), 40);
    // D30 was row 30; before it now: D0, D2 … D28 (15) and D<i>, N<i> of 1, 5 … 29 (16).
    QCOMPARE(unchanged.row(), 31);
    QCOMPARE(unchanged.column(), int(DiagnosticsModel::MessageColumn));
    QCOMPARE(model.at(unchanged.row()).diagnostic.rule, QStringLiteral("D30"));
    QCOMPARE(model.at(kept.row()).diagnostic.rule, QStringLiteral("D13"));
    QCOMPARE(kept.row(), 13); // D0 … D12 were 13 rows; now 7 even and 3 × 2 of 1, 5, 9
    QVERIFY(!removed.isValid());
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
