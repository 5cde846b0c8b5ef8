// The Request tester and the Visibility map in the real window, driven by key and mouse
// events: the outcome follows edits made in the form, steps open their field.

#include "editordocument.h"
#include "formtesthelpers.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "meshpreferencespage.h"
#include "meshsettingscontroller.h"
#include "outlineview.h"
#include "preferencesdialog.h"
#include "requesttesterpanel.h"
#include "routestepsmodel.h"
#include "selectedworkloadspanel.h"
#include "serviceentryform.h"
#include "stringlisteditor.h"
#include "visibilitymapmodel.h"
#include "visibilitymapview.h"
#include "workloadscontroller.h"
#include "yamleditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::FormTest;

class TestRequestTester : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedUrlFollowsAHostEdit();
    void doubleClickedStepOpensItsField();
    void visibilityMapShowsAndExports();
    void meshSettingsChangeIsSeenEverywhere();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    RequestTesterPanel *panel() const { return m_window->findChild<RequestTesterPanel *>(); }
    /// Types text into the focused widget, one key at a time.
    static void typeFocused(const QString &text);
    /// Clicks the tab that brings a docked panel to the front, as a user would.
    void clickPanelTab(const QString &title);

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestRequestTester::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestRequestTester::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestRequestTester::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

QString TestRequestTester::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestRequestTester::typeFocused(const QString &text)
{
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QTest::keyClicks(focused, text);
}

void TestRequestTester::clickPanelTab(const QString &title)
{
    for (QTabBar *bar : m_window->findChildren<QTabBar *>()) {
        for (int tab = 0; tab < bar->count(); ++tab) {
            if (bar->tabText(tab) == title) {
                QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
                return;
            }
        }
    }
    QFAIL(qPrintable(QStringLiteral("no tab %1").arg(title)));
}

void TestRequestTester::typedUrlFollowsAHostEdit()
{
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("mesh.yaml"), example())));
    RequestTesterPanel *tester = panel();
    QVERIFY(tester);
    clickPanelTab(QStringLiteral("Request Tester"));
    QTRY_COMPARE(tester->namespaceField()->currentText(), QStringLiteral("payments"));
    // Click into the URL field and type as a user would.
    QTest::mouseClick(tester->urlField(), Qt::LeftButton);
    QTRY_COMPARE(QApplication::focusWidget(), tester->urlField());
    typeFocused(QStringLiteral("https://api.stripe.com"));
    QTRY_COMPARE(tester->outcomeLabel()->text(), QStringLiteral("→ outbound|443||api.stripe.com"));
    const RouteAnswer &answer = tester->stepsModel()->answer();
    QCOMPARE(answer.listener, QStringLiteral("0.0.0.0_443"));
    QCOMPARE(answer.steps.last().rule, QStringLiteral("CLUSTER"));

    // Rename the host in the form: click its cell, F2, replace the text, press Enter.
    QTableWidget *hosts = m_window->serviceEntryForm()->hostsEditor()->table();
    const QRect cell = hosts->visualItemRect(hosts->item(0, 0));
    QTest::mouseClick(hosts->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(QApplication::focusWidget(), hosts);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    typeFocused(QStringLiteral("api.stripe.net"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(m_window->currentFile()->file().bytes().contains("  - api.stripe.net\n"));
    // The request still names api.stripe.com, which no entry defines any more.
    QTRY_COMPARE(tester->outcomeLabel()->text(),
                 QStringLiteral("→ PassthroughCluster: leaves the mesh unchanged"));
    QCOMPARE(tester->stepsModel()->answer().steps.last().rule, QStringLiteral("FALLBACK"));

    // Undo brings the host, and the route, back.
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(tester->outcomeLabel()->text(), QStringLiteral("→ outbound|443||api.stripe.com"));

    // Another namespace does not see the entry (exportTo: ["."]).
    QTest::mouseClick(tester->namespaceField()->lineEdit(), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    typeFocused(QStringLiteral("orders"));
    QTRY_COMPARE(tester->outcomeLabel()->text(),
                 QStringLiteral("→ PassthroughCluster: leaves the mesh unchanged"));
    QCOMPARE(tester->stepsModel()->answer().steps[3].detail,
             QStringLiteral("ServiceEntry payments/stripe-api does not export api.stripe.com to "
                            "orders (exportTo [\".\"])."));
}

void TestRequestTester::doubleClickedStepOpensItsField()
{
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("steps.yaml"), example())));
    RequestTesterPanel *tester = panel();
    clickPanelTab(QStringLiteral("Request Tester"));
    QTest::mouseClick(tester->urlField(), Qt::LeftButton);
    QTRY_COMPARE(QApplication::focusWidget(), tester->urlField());
    typeFocused(QStringLiteral("http://ledger.payments.svc.cluster.local:8080"));
    QTRY_COMPARE(tester->outcomeLabel()->text(),
                 QStringLiteral("→ outbound|8080||ledger.payments.svc.cluster.local"));
    // Show a document other than the one the step names.
    m_window->setCurrent(m_window->currentFile(), 3);
    const RouteStepsModel *steps = tester->stepsModel();
    int exportRow = -1;
    for (int row = 0; row < steps->rowCount(); ++row) {
        if (steps->kind(row) != RouteStepsModel::Kind::Step)
            continue;
        if (steps->step(row).rule == u"EXPORTTO")
            exportRow = row;
    }
    QVERIFY(exportRow >= 0);
    QTableView *view = tester->stepsView();
    view->scrollTo(steps->index(exportRow, RouteStepsModel::DetailColumn));
    const QRect rect = view->visualRect(steps->index(exportRow, RouteStepsModel::DetailColumn));
    // Select the step with a click, then activate it with Enter (a double-click does the same).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(QApplication::focusWidget(), view);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // The step is about ledger-vms (document 1), which has no exportTo: its name is shown.
    QTRY_COMPARE(m_window->currentDocument(), 1);
    const QByteArray text = m_window->currentFile()->file().bytes();
    const qsizetype name = text.indexOf("name: ledger-vms") + qsizetype(strlen("name: "));
    QCOMPARE(m_window->yamlEditor()->cursorOffset(), name);
}

void TestRequestTester::visibilityMapShowsAndExports()
{
    QByteArray text = example();
    text += "---\napiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n"
            "  name: web\n  namespace: orders\nspec:\n  address: 10.9.9.9\n";
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("map.yaml"), text)));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("visibilityMapDock"));
    QVERIFY(dock);
    clickPanelTab(QStringLiteral("Visibility Map"));
    QTRY_VERIFY(dock->widget()->isEnabled());
    auto *map = m_window->findChild<VisibilityMapView *>();
    const auto *model = qobject_cast<const VisibilityMapModel *>(map->view()->model());
    QTRY_COMPARE(model->namespaces(), (QStringList{"orders", "payments"}));
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->headerData(0, Qt::Vertical, Qt::DisplayRole).toString(),
             QStringLiteral("api.stripe.com  (payments)"));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("hidden"));
    QCOMPARE(model->index(0, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral(
                 "payments/stripe-api (EXPORTTO): not exported to orders (exportTo [\".\"])"));
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("visible"));
    QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("visible"));
    // Typing into the filter narrows the rows.
    QTest::mouseClick(map->filterField(), Qt::LeftButton);
    typeFocused(QStringLiteral("ledger"));
    QTRY_COMPARE(model->rowCount(), 1);
    QString error;
    const QString csv = m_dir.filePath(QStringLiteral("map.csv"));
    QVERIFY2(map->exportTo(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             QByteArray("host,namespace,orders,payments\n"
                        "ledger.payments.svc.cluster.local,payments,visible,visible\n"));
    for (const char *suffix : {"png", "svg"}) {
        const QString path = m_dir.filePath(QStringLiteral("map.") + QLatin1String(suffix));
        QVERIFY2(map->exportTo(path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 500);
    }
    // A change in the form reaches the map.
    m_window->setCurrent(m_window->currentFile(), 1);
    QTableWidget *exportTo = m_window->serviceEntryForm()->exportToEditor()->table();
    const QRect add = exportTo->visualItemRect(exportTo->item(exportTo->rowCount() - 1, 0));
    QTest::mouseClick(exportTo->viewport(), Qt::LeftButton, {}, add.center());
    QTRY_COMPARE(QApplication::focusWidget(), exportTo);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    typeFocused(QStringLiteral("."));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(model->index(0, 0).data().toString(), QStringLiteral("hidden"));
    QCOMPARE(model->index(0, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral(
                 "payments/ledger-vms (EXPORTTO): not exported to orders (exportTo [\".\"])"));
}

void TestRequestTester::meshSettingsChangeIsSeenEverywhere()
{
    QByteArray text = example();
    text += "---\napiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n"
            "  name: web\n  namespace: orders\nspec:\n  address: 10.9.9.9\n";
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("everywhere.yaml"), text)));
    RequestTesterPanel *tester = panel();
    MeshSettingsController *mesh = m_window->workloads()->meshSettings();
    QToolButton *status = mesh->statusButton();
    QCOMPARE(status->text(), QStringLiteral("Mesh: Istio defaults"));
    QCOMPARE(tester->settingsLabel()->text(), QStringLiteral("Mesh: Istio defaults"));

    // From orders, ledger-vms (no exportTo of its own) is visible under Istio's defaults.
    clickPanelTab(QStringLiteral("Request Tester"));
    QTest::mouseClick(tester->namespaceField()->lineEdit(), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    typeFocused(QStringLiteral("orders"));
    QTest::mouseClick(tester->urlField(), Qt::LeftButton);
    QTRY_COMPARE(QApplication::focusWidget(), tester->urlField());
    typeFocused(QStringLiteral("http://ledger.payments.svc.cluster.local:8080"));
    const QString routed = QStringLiteral("→ outbound|8080||ledger.payments.svc.cluster.local");
    const QString passthrough = QStringLiteral("→ PassthroughCluster: leaves the mesh unchanged");
    QTRY_COMPARE(tester->outcomeLabel()->text(), routed);

    // The tester's Mesh Settings button opens Preferences on the Mesh page; "." replaces the
    // default exportTo and Enter accepts.
    bool answered = false;
    onNextDialog([&](QWidget *dialog) {
        QVERIFY(qobject_cast<PreferencesDialog *>(dialog));
        auto *page = dialog->findChild<MeshPreferencesPage *>();
        QVERIFY(page && page->isVisible());
        QTest::mouseClick(page->exportToField(), Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), page->exportToField());
        QCOMPARE(page->exportToField()->text(), QStringLiteral("*"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        typeFocused(QStringLiteral("."));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        answered = true;
    });
    auto *meshButton = tester->findChild<QToolButton *>(QStringLiteral("routeMeshSettings"));
    QVERIFY(meshButton);
    QTest::mouseClick(meshButton, Qt::LeftButton);
    QTRY_VERIFY(answered);

    // The status bar, the tester's own summary, its answer, the Selected Workloads panel and
    // the Visibility map all follow the one change.
    const QString summary = QStringLiteral("Mesh: default exportTo [.]");
    QTRY_COMPARE(status->text(), summary);
    QCOMPARE(tester->settingsLabel()->text(), summary);
    QTRY_COMPARE(tester->outcomeLabel()->text(), passthrough);
    QTreeView *tree = m_window->outlineView()->tree();
    const QModelIndex fileRow = tree->model()->index(0, 0);
    tree->expand(fileRow);
    const QModelIndex vms = tree->model()->index(1, 0, fileRow);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(vms).center());
    QCOMPARE(m_window->currentDocument(), 1);
    clickPanelTab(QStringLiteral("Selected Workloads"));
    SelectedWorkloadsPanel *workloads = m_window->workloads()->panel();
    QTRY_VERIFY2(workloads->summaryLabel()->text().contains(QStringLiteral("visible in payments.")),
                 qPrintable(workloads->summaryLabel()->text()));
    clickPanelTab(QStringLiteral("Visibility Map"));
    auto *map = m_window->findChild<VisibilityMapView *>();
    const auto *model = qobject_cast<const VisibilityMapModel *>(map->view()->model());
    const auto ledgerCell = [model] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->headerData(row, Qt::Vertical, Qt::DisplayRole)
                    .toString()
                    .startsWith(QLatin1String("ledger.payments.svc.cluster.local")))
                return model->index(row, int(model->namespaces().indexOf(QStringLiteral("orders"))))
                    .data()
                    .toString();
        }
        return QString();
    };
    QTRY_COMPARE(ledgerCell(), QStringLiteral("hidden"));

    // Back through the status bar's summary: the field is emptied, Istio's defaults again.
    answered = false;
    onNextDialog([&](QWidget *dialog) {
        auto *page = dialog->findChild<MeshPreferencesPage *>();
        QVERIFY(page && page->isVisible());
        QTest::mouseClick(page->exportToField(), Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        answered = true;
    });
    QTest::mouseClick(status, Qt::LeftButton);
    QTRY_VERIFY(answered);
    QTRY_COMPARE(status->text(), QStringLiteral("Mesh: Istio defaults"));
    QTRY_COMPARE(ledgerCell(), QStringLiteral("visible"));
    QCOMPARE(tester->settingsLabel()->text(), QStringLiteral("Mesh: Istio defaults"));
    QTRY_COMPARE(tester->outcomeLabel()->text(), routed);
    // The settings are the window's, kept in one place: a new window starts with them.
    QVERIFY(!QSettings().contains(QStringLiteral("routing/meshConfig")));
}

QTEST_MAIN(TestRequestTester)
#include "tst_requesttester.moc"
