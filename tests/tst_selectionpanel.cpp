#include "editordocument.h"
#include "formtesthelpers.h"
#include "importcontroller.h"
#include "keyvalueeditor.h"
#include "mainwindow.h"
#include "meshconfig.h"
#include "meshsettingscontroller.h"
#include "outlineview.h"
#include "reverseselectionmodel.h"
#include "selectedworkloadspanel.h"
#include "selectiondiagram.h"
#include "selectiondiagramdialog.h"
#include "selectionmodel.h"
#include "serviceentryform.h"
#include "vminventorydialog.h"
#include "workloadscontroller.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::FormTest;

namespace {

const QByteArray pods = R"({"apiVersion": "v1", "kind": "List", "items": [
 {"kind": "Pod", "metadata": {"name": "ledger-a", "namespace": "payments",
   "labels": {"app": "ledger", "version": "v3"}},
  "spec": {"containers": [{"name": "l", "ports": [{"name": "http", "containerPort": 7080, "protocol": "TCP"}]}]},
  "status": {"phase": "Running", "podIP": "10.1.4.17", "conditions": [{"type": "Ready", "status": "True"}]}},
 {"kind": "Pod", "metadata": {"name": "ledger-b", "namespace": "payments",
   "labels": {"app": "ledger", "version": "v3"}},
  "status": {"phase": "Running", "podIP": "10.1.5.3", "conditions": [{"type": "Ready", "status": "False"}]}},
 {"kind": "Pod", "metadata": {"name": "ledgr-canary", "namespace": "payments",
   "labels": {"app": "ledgr"}},
  "status": {"phase": "Running", "podIP": "10.1.5.9", "conditions": [{"type": "Ready", "status": "True"}]}},
 {"kind": "Pod", "metadata": {"name": "ledger-0", "namespace": "staging", "labels": {"app": "ledger"}},
  "status": {"phase": "Running", "podIP": "10.2.0.4", "conditions": [{"type": "Ready", "status": "True"}]}}
]})";

/// Clicks a row and presses Enter on it, as a user activates it from the keyboard.
void activate(QTreeView *view, const QModelIndex &index)
{
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(QApplication::focusWidget(), view);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
}

/// Names of the rows of one group of the selection model.
QStringList rowNames(const GroupedRowsModel *model, int group)
{
    QStringList names;
    if (group >= model->groups().size())
        return names;
    for (const GroupedRowsModel::Row &row : model->groups()[group].rows)
        names.append(row.cells.value(0));
    return names;
}

} // namespace

/// The Selected workloads panel in the real window, driven by keys and clicks.
class TestSelectionPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void panelFollowsTheSelectorAsItIsTyped();
    void reverseViewOfAWorkloadEntryAndAnImportedPod();
    void diagramExportsPngAndSvg();
    void vmInventoryCsvIsOneUndoStep();
    void meshSettingsReachTheStatusBarAndTheMatcher();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    void openExampleWithPods();
    /// Selects a document by clicking its outline row.
    void clickDocument(int document);
    WorkloadsController *controller() const { return m_window->workloads(); }

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestSelectionPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // this test's own settings file: no mesh settings from earlier runs
    QVERIFY(!example().isEmpty());
}

void TestSelectionPanel::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestSelectionPanel::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

QString TestSelectionPanel::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestSelectionPanel::openExampleWithPods()
{
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("mesh.yaml"), example())));
    QSignalSpy finished(controller()->imports(), &ImportController::importFinished);
    controller()->imports()->importFile(writeFile(QStringLiteral("pods.json"), pods));
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().value(1).toBool(), qPrintable(finished.first().value(2).toString()));
}

void TestSelectionPanel::clickDocument(int document)
{
    QTreeView *tree = m_window->findChild<OutlineView *>()->tree();
    const QModelIndex file = tree->model()->index(0, 0);
    tree->expand(file);
    const QModelIndex row = tree->model()->index(document, 0, file);
    QVERIFY(row.isValid());
    tree->scrollTo(row);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(row).center());
    QCOMPARE(m_window->currentDocument(), document);
}

void TestSelectionPanel::panelFollowsTheSelectorAsItIsTyped()
{
    openExampleWithPods();
    clickDocument(1); // payments/ledger-vms, selector app: ledger
    SelectionModel *model = controller()->selectionModel();
    SelectedWorkloadsPanel *panel = controller()->panel();
    QTRY_COMPARE(panel->page(), SelectedWorkloadsPanel::Page::Selection);
    QCOMPARE(panel->titleLabel()->text(), QStringLiteral("ServiceEntry payments/ledger-vms"));
    QCOMPARE(rowNames(model, SelectionModel::SelectedGroup),
             QStringList({QStringLiteral("ledger-a"), QStringLiteral("ledger-b"),
                          QStringLiteral("ledger-vm-1"), QStringLiteral("ledger-vm-2")}));
    QCOMPARE(model->groups()[SelectionModel::SelectedGroup].title,
             QStringLiteral("Selected: 4 (3 ready)"));
    const GroupedRowsModel::Row &pod = model->groups()[SelectionModel::SelectedGroup].rows[0];
    QCOMPARE(pod.cells[SelectionModel::EndpointsColumn],
             QStringLiteral("http 8080→7080, grpc-metrics 9090→9090"));
    QCOMPARE(pod.tooltips[SelectionModel::EndpointsColumn],
             QStringLiteral("http (8080): The Pod's container port named http (7080) overrides "
                            "the ServiceEntry port's targetPort and number.\n"
                            "grpc-metrics (9090): No workload port is named grpc-metrics and "
                            "targetPort is unset, so the port number (9090) is used."));
    QCOMPARE(pod.matchedKeys, QStringList{QStringLiteral("app")});
    QCOMPARE(
        model->groups()[SelectionModel::SelectedGroup].rows[1].cells[SelectionModel::StatusColumn],
        QStringLiteral("not ready (condition Ready is False)"));
    QCOMPARE(rowNames(model, SelectionModel::OtherNamespaceGroup),
             QStringList{QStringLiteral("staging/ledger-0")});
    QCOMPARE(rowNames(model, SelectionModel::NearMissGroup),
             QStringList{QStringLiteral("ledgr-canary")});

    // Retype the selector's value key by key in the form; the panel follows every key.
    QTableWidget *selector = m_window->serviceEntryForm()->selectorEditor()->table();
    auto *edit = qobject_cast<QLineEdit *>(openEditor(selector, 0, 1));
    QVERIFY(edit);
    edit->selectAll();
    QCOMPARE(QApplication::focusWidget(), edit);
    const QList<std::pair<Qt::Key, QStringList>> steps = {
        {Qt::Key_L, {}},
        {Qt::Key_E, {}},
        {Qt::Key_D, {}},
        {Qt::Key_G, {}},
        {Qt::Key_R, {QStringLiteral("ledgr-canary")}},
        {Qt::Key_Backspace, {}},
        {Qt::Key_E, {}},
        {Qt::Key_R,
         {QStringLiteral("ledger-a"), QStringLiteral("ledger-b"), QStringLiteral("ledger-vm-1"),
          QStringLiteral("ledger-vm-2")}},
    };
    for (const auto &[key, expected] : steps) {
        QTest::keyClick(QApplication::focusWidget(), key);
        QTRY_COMPARE(rowNames(model, SelectionModel::SelectedGroup), expected);
    }
    QVERIFY(m_window->currentFile()->file().bytes().contains("      app: ledger\n"));
    // "ledgr" listed the ledger workloads as near-misses, closest first.
    QCOMPARE(panel->page(), SelectedWorkloadsPanel::Page::Selection);
}

void TestSelectionPanel::reverseViewOfAWorkloadEntryAndAnImportedPod()
{
    openExampleWithPods();
    clickDocument(2); // payments/ledger-vm-1
    SelectedWorkloadsPanel *panel = controller()->panel();
    QTRY_COMPARE(panel->page(), SelectedWorkloadsPanel::Page::Reverse);
    QCOMPARE(panel->titleLabel()->text(), QStringLiteral("WorkloadEntry payments/ledger-vm-1"));
    ReverseSelectionModel *reverse = controller()->reverseModel();
    QCOMPARE(rowNames(reverse, ReverseSelectionModel::SelectingGroup),
             QStringList{QStringLiteral("payments/ledger-vms")});
    QCOMPARE(reverse->groups()[ReverseSelectionModel::SelectingGroup].rows[0].cells.value(
                 ReverseSelectionModel::StatusColumn),
             QStringLiteral("Selects it; Istio uses it"));

    // Activating (click, Enter) the ServiceEntry goes to it; an imported Pod shows its reverse.
    QTreeView *view = panel->reverseView();
    const QModelIndex entry = reverse->index(0, 0, reverse->groupIndex(0));
    activate(view, entry);
    QTRY_COMPARE(m_window->currentDocument(), 1);
    QTRY_COMPARE(panel->page(), SelectedWorkloadsPanel::Page::Selection);
    QTreeView *selection = panel->selectionView();
    SelectionModel *model = controller()->selectionModel();
    const QModelIndex canary = model->index(0, 0, model->groupIndex(SelectionModel::NearMissGroup));
    QCOMPARE(canary.data().toString(), QStringLiteral("ledgr-canary"));
    activate(selection, canary);
    QTRY_COMPARE(panel->page(), SelectedWorkloadsPanel::Page::Reverse);
    QCOMPARE(panel->titleLabel()->text(), QStringLiteral("Pod payments/ledgr-canary"));
    QCOMPARE(rowNames(reverse, ReverseSelectionModel::NearMissGroup),
             QStringList{QStringLiteral("payments/ledger-vms")});
    QCOMPARE(reverse->groups()[ReverseSelectionModel::NearMissGroup].rows[0].cells.value(
                 ReverseSelectionModel::StatusColumn),
             QStringLiteral("wants app=ledger, it has ledgr"));
    auto *back = panel->findChild<QToolButton *>(QStringLiteral("backButton"));
    QVERIFY(back && back->isVisible());
    QTest::mouseClick(back, Qt::LeftButton);
    QTRY_COMPARE(panel->page(), SelectedWorkloadsPanel::Page::Selection);

    // Found by name in the find field.
    QLineEdit *find = panel->findField();
    find->setFocus();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("staging/ledger-0"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(panel->titleLabel()->text(), QStringLiteral("Pod staging/ledger-0"));
    QCOMPARE(rowNames(reverse, ReverseSelectionModel::OtherNamespaceGroup),
             QStringList{QStringLiteral("payments/ledger-vms")});
}

void TestSelectionPanel::diagramExportsPngAndSvg()
{
    openExampleWithPods();
    clickDocument(1);
    QTRY_COMPARE(controller()->panel()->page(), SelectedWorkloadsPanel::Page::Selection);
    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window;
    QTest::keyClick(focus, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(controller()->diagramDialog() && controller()->diagramDialog()->isVisible());
    SelectionDiagram *diagram = controller()->diagramDialog()->diagram();
    QCOMPARE(diagram->workloadCount(), 4);
    QString error;
    const QString png = m_dir.filePath(QStringLiteral("selection.png"));
    const QString svg = m_dir.filePath(QStringLiteral("selection.svg"));
    QVERIFY2(diagram->exportPng(png, &error), qPrintable(error));
    QVERIFY2(diagram->exportSvg(svg, &error), qPrintable(error));
    QImage image(png);
    QVERIFY(image.width() > 600 && image.height() > 200);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray drawing = file.readAll();
    QVERIFY(drawing.contains("<svg"));
    QVERIFY(drawing.contains("ledger-vm-2"));
    // The reason is wrapped in its box; its first words are on one line.
    QVERIFY(drawing.contains("not used: not ready"));
}

void TestSelectionPanel::vmInventoryCsvIsOneUndoStep()
{
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("vms.yaml"), example())));
    const QByteArray before = m_window->currentFile()->file().bytes();
    const QString csv = writeFile(QStringLiteral("vms.csv"),
                                  "name,namespace,address,labels,serviceAccount,network,"
                                  "locality,weight\n"
                                  "ledger-vm-3,payments,10.20.0.13,app=ledger;version=1.0,ledger,"
                                  "vm-network,eu-west1/zone-c,10\n"
                                  "ledger-vm-1,payments,10.20.0.14,app=ledger,,,,\n"
                                  "ledger-vm-4,payments,10.20.0.15,app=ledger,,,,\n");
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<VmInventoryDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 3);
        QCOMPARE(dialog->table()->item(1, dialog->table()->columnCount() - 1)->text(),
                 QStringLiteral("WorkloadEntry payments/ledger-vm-1 already exists in the file"));
        QCOMPARE(dialog->insertButton()->text(), QStringLiteral("Insert 2 WorkloadEntries"));
        QCOMPARE(dialog->summary()->text(),
                 QStringLiteral("1 row with errors will not be inserted."));
        checked = true;
        QTest::mouseClick(dialog->insertButton(), Qt::LeftButton);
    });
    controller()->createFromCsv(csv);
    QVERIFY(checked);
    EditorDocument *file = m_window->currentFile();
    QCOMPARE(file->file().documentCount(), 6);
    QCOMPARE(file->file().bytes(),
             before + "---\napiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n"
                      "  name: ledger-vm-3\n  namespace: payments\nspec:\n"
                      "  address: 10.20.0.13\n  labels:\n    app: ledger\n"
                      "    version: \"1.0\"\n  serviceAccount: ledger\n  network: vm-network\n"
                      "  locality: eu-west1/zone-c\n  weight: 10\n"
                      "---\napiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n"
                      "  name: ledger-vm-4\n  namespace: payments\nspec:\n"
                      "  address: 10.20.0.15\n  labels:\n    app: ledger\n");
    QCOMPARE(m_window->currentDocument(), 4);
    // The new entries are selected by ledger-vms at once.
    clickDocument(1);
    QTRY_COMPARE(rowNames(controller()->selectionModel(), SelectionModel::SelectedGroup),
                 QStringList({QStringLiteral("ledger-vm-1"), QStringLiteral("ledger-vm-2"),
                              QStringLiteral("ledger-vm-3"), QStringLiteral("ledger-vm-4")}));
    QCOMPARE(file->undoStack()->undoText(), QStringLiteral("Create 2 WorkloadEntries from CSV"));
    file->undoStack()->undo();
    QCOMPARE(file->file().bytes(), before);
    QTRY_COMPARE(rowNames(controller()->selectionModel(), SelectionModel::SelectedGroup),
                 QStringList({QStringLiteral("ledger-vm-1"), QStringLiteral("ledger-vm-2")}));
}

void TestSelectionPanel::meshSettingsReachTheStatusBarAndTheMatcher()
{
    openExampleWithPods();
    MeshSettingsController *settings = controller()->meshSettings();
    QCOMPARE(settings->statusButton()->text(),
             QStringLiteral("Mesh: Istio defaults · 4 imported workloads"));
    MeshConfig mesh;
    mesh.defaultServiceExportTo = {QStringLiteral(".")};
    mesh.outboundMode = MeshConfig::OutboundMode::RegistryOnly;
    mesh.text = "defaultServiceExportTo: [.]\noutboundTrafficPolicy: {mode: REGISTRY_ONLY}\n";
    settings->setMesh(mesh);
    QCOMPARE(settings->statusButton()->text(),
             QStringLiteral(
                 "Mesh: outbound REGISTRY_ONLY · default exportTo [.] · 4 imported workloads"));
    clickDocument(1);
    // ledger-vms has no exportTo: the mesh default "." keeps it in its namespace.
    QTRY_VERIFY(controller()->panel()->summaryLabel()->text().contains(
        QStringLiteral("visible in payments.")));
    settings->setMesh(MeshConfig());
    QCOMPARE(settings->statusButton()->text(),
             QStringLiteral("Mesh: Istio defaults · 4 imported workloads"));
}

QTEST_MAIN(TestSelectionPanel)
#include "tst_selectionpanel.moc"
