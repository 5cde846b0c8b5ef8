#include "editordocument.h"
#include "outlinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace MeshEntry;

namespace {

QByteArray resource(const char *kind, const char *name, const char *space)
{
    return QByteArray("---\napiVersion: networking.istio.io/v1\nkind: ") + kind +
           "\nmetadata:\n  name: " + name + "\n  namespace: " + space + "\n";
}

const QByteArray bytes = resource("ServiceEntry", "stripe-api", "payments") +
                         resource("ServiceEntry", "ledger-vms", "payments") +
                         resource("WorkloadEntry", "ledger-vm-1", "payments") +
                         resource("WorkloadEntry", "search-vm-1", "search");

QStringList shown(const OutlineModel &model)
{
    QStringList rows;
    for (int file = 0; file < model.rowCount(); ++file) {
        const QModelIndex parent = model.index(file, 0);
        for (int row = 0; row < model.rowCount(parent); ++row)
            rows << model.index(row, 0, parent).data().toString();
    }
    return rows;
}

} // namespace

/// The outline's rows and its filter: matches by name, namespace and kind, incrementally.
class TestOutlineModel : public QObject
{
    Q_OBJECT

private slots:
    void filterMatchesNameNamespaceAndKind();
    void rowsMapToDocuments();
    void narrowingKeepsPersistentRows();
    void editsMoveDocumentsInAndOut();
    void filesWithoutMatchesAreHidden();
};

void TestOutlineModel::filterMatchesNameNamespaceAndKind()
{
    EditorDocument file(bytes);
    OutlineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addFile(&file);
    QCOMPARE(shown(model).size(), 4);
    model.setFilter(QStringLiteral("ledger"));
    QCOMPARE(shown(model), QStringList({"payments/ledger-vms", "payments/ledger-vm-1"}));
    model.setFilter(QStringLiteral("VM-1"));
    QCOMPARE(shown(model), QStringList({"payments/ledger-vm-1", "search/search-vm-1"}));
    model.setFilter(QStringLiteral("search"));
    QCOMPARE(shown(model), QStringList({"search/search-vm-1"}));
    model.setFilter(QStringLiteral("payments"));
    QCOMPARE(shown(model).size(), 3);
    model.setFilter(QStringLiteral("serviceentry"));
    QCOMPARE(shown(model), QStringList({"payments/stripe-api", "payments/ledger-vms"}));
    model.setFilter(QStringLiteral("payments/ledger-vm"));
    QCOMPARE(shown(model), QStringList({"payments/ledger-vms", "payments/ledger-vm-1"}));
    model.setFilter(QStringLiteral("  "));
    QVERIFY(!model.isFiltering());
    QCOMPARE(shown(model).size(), 4);
    QCOMPARE(model.shownDocumentCount(), 4);
}

void TestOutlineModel::rowsMapToDocuments()
{
    EditorDocument file(bytes);
    OutlineModel model;
    model.addFile(&file);
    model.setFilter(QStringLiteral("vm-1"));
    const QModelIndex row = model.documentIndex(&file, 3);
    QCOMPARE(row.row(), 1);
    QCOMPARE(model.documentAt(row), 3);
    QCOMPARE(row.data(OutlineModel::DocumentIndexRole).toInt(), 3);
    QCOMPARE(model.fileAt(row), &file);
    QVERIFY(!model.documentIndex(&file, 0).isValid());
    QCOMPARE(model.documentAt(model.fileIndex(&file)), -1);
}

void TestOutlineModel::narrowingKeepsPersistentRows()
{
    EditorDocument file(bytes);
    OutlineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addFile(&file);
    const QPersistentModelIndex kept = model.documentIndex(&file, 2);
    const QPersistentModelIndex hidden = model.documentIndex(&file, 1);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFilter(QStringLiteral("vm"));
    model.setFilter(QStringLiteral("vm-"));
    // Rows change in a layout change, not a reset: views keep their state.
    QCOMPARE(layouts.size(), 2);
    QCOMPARE(resets.size(), 0);
    QVERIFY(kept.isValid());
    QCOMPARE(model.documentAt(kept), 2);
    QVERIFY(!hidden.isValid());
}

void TestOutlineModel::editsMoveDocumentsInAndOut()
{
    EditorDocument file(bytes);
    OutlineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addFile(&file);
    model.setFilter(QStringLiteral("ledger"));
    QCOMPARE(file.setValue(0, YamlPath::fromText("metadata.name"), YamlValue::string("ledger-api")),
             QString());
    QCOMPARE(shown(model),
             QStringList({"payments/ledger-api", "payments/ledger-vms", "payments/ledger-vm-1"}));
    QCOMPARE(file.setValue(1, YamlPath::fromText("metadata.name"), YamlValue::string("vms")),
             QString());
    QCOMPARE(shown(model), QStringList({"payments/ledger-api", "payments/ledger-vm-1"}));
    file.removeDocument(0);
    QCOMPARE(shown(model), QStringList({"payments/ledger-vm-1"}));
}

void TestOutlineModel::filesWithoutMatchesAreHidden()
{
    EditorDocument first(bytes);
    EditorDocument second(resource("ServiceEntry", "other", "elsewhere"));
    OutlineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addFile(&first);
    model.addFile(&second);
    QCOMPARE(model.rowCount(), 2);
    model.setFilter(QStringLiteral("elsewhere"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.fileAt(model.index(0, 0)), &second);
    QCOMPARE(shown(model), QStringList({"elsewhere/other"}));
    model.setFilter(QStringLiteral("nothing"));
    QCOMPARE(model.rowCount(), 0);
    model.setFilter(QString());
    QCOMPARE(model.rowCount(), 2);
    model.removeFile(&first);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestOutlineModel)
#include "tst_outlinemodel.moc"
