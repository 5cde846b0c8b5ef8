// The editor window against the test API server, offscreen, driven by keys and clicks:
// Open from Cluster, edit, Diff, Apply (with a refused object and a forced conflict), the
// kubectl export, and a search of everything the application wrote for the token.
#include "autosaver.h"
#include "clusterbanner.h"
#include "clusterbatchdialog.h"
#include "clustercontroller.h"
#include "clusterdiffdialog.h"
#include "clustersession.h"
#include "diagnosticsmodel.h"
#include "documentmanager.h"
#include "editordocument.h"
#include "importcontroller.h"
#include "kubectldialog.h"
#include "kubectlrunner.h"
#include "mainwindow.h"
#include "manifestresultsmodel.h"
#include "meshsettingscontroller.h"
#include "openfromclusterdialog.h"
#include "selectedworkloadspanel.h"
#include "selectionmodel.h"
#include "sidebysidediffview.h"
#include "testenvironment.h"
#include "workloadimportdialog.h"
#include "workloadscontroller.h"
#include "yamleditor.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::TestApi;

namespace {

constexpr int waitMs = 60000;
QStringList capturedMessages;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedMessages.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

QJsonObject serviceEntry(const QString &name, const QString &host)
{
    return QJsonObject{{"apiVersion", "networking.istio.io/v1"},
                       {"kind", "ServiceEntry"},
                       {"metadata", QJsonObject{{"name", name}, {"namespace", "demo"}}},
                       {"spec", QJsonObject{{"hosts", QJsonArray{host}},
                                            {"location", "MESH_EXTERNAL"},
                                            {"resolution", "DNS"}}}};
}

QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *candidate : parent->findChildren<QPushButton *>())
        if (candidate->text() == text && candidate->isVisible())
            return candidate;
    return nullptr;
}

bool hasDiagnostic(const DiagnosticsModel *model, const QString &rule, int line)
{
    for (int row = 0; row < model->rowCount(); ++row)
        // A finding our own layers make too shares its row: its rule is among the row's.
        if (model->at(row).rules().contains(rule) && model->at(row).line() == line)
            return true;
    return false;
}

} // namespace

class TestClusterWindow : public QObject
{
    Q_OBJECT

private:
    TestEnvironment m_env;
    MainWindow *m_window = nullptr;

    /// A new untitled file holding text, shown in the window (as Open from Cluster makes one).
    EditorDocument *newFile(const QByteArray &text)
    {
        EditorDocument *file = m_window->documents()->create(text);
        m_window->setCurrent(file, 0);
        return file;
    }

    /// A key press on the focused widget, as a user types it.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        // Closing a dialog leaves no active window offscreen; a window manager would
        // give the activation back to the main window.
        if (!QApplication::activeWindow()) {
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window));
        }
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window;
        QTest::keyClick(target, key, modifiers);
    }

    /// Opens the Cluster menu with Alt+C and walks it with mnemonics.
    void chooseFromClusterMenu(std::initializer_list<Qt::Key> keys)
    {
        press(Qt::Key_C, Qt::AltModifier);
        for (const Qt::Key key : keys) {
            QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
            QTest::keyClick(QApplication::activePopupWidget(), key);
        }
    }

    template <typename Dialog> Dialog *waitForDialog()
    {
        Dialog *dialog = nullptr;
        QTest::qWaitFor(
            [&] {
                dialog = m_window->findChild<Dialog *>();
                return dialog && dialog->isVisible();
            },
            waitMs);
        return dialog;
    }

    /// The row's result text in an apply or delete dialog.
    static QString resultText(ClusterBatchDialog *dialog, int row)
    {
        return dialog->table()
            ->model()
            ->index(row, ManifestResultsModel::ResultColumn)
            .data()
            .toString();
    }

    std::optional<QJsonObject> stored(const char *name)
    {
        return m_env.server()->withCluster([&](FakeCluster &c) {
            return c.object(QStringLiteral("serviceentries"), QStringLiteral("demo"),
                            QLatin1String(name));
        });
    }

    /// Types text at a byte offset of the current file into the YAML pane.
    void typeAt(qsizetype offset, const QString &text)
    {
        if (!QApplication::activeWindow()) {
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window));
        }
        YamlEditor *pane = m_window->yamlEditor();
        pane->setFocus();
        pane->goToOffset(offset);
        QTest::keyClicks(pane, text);
        pane->flushPendingEdits();
    }

private slots:
    void anUnusableContextIsNamedOnlyWhenThereIsOne()
    {
        QCOMPARE(ClusterController::cannotUseContext(QStringLiteral("prod"), QStringLiteral("why")),
                 QStringLiteral("MeshEntry cannot use the kubeconfig context \"prod\":\n\nwhy"));
        // No kubeconfig found: no context to name, so no empty quotes.
        QCOMPARE(ClusterController::cannotUseContext(QString(), QStringLiteral("why")),
                 QStringLiteral("MeshEntry cannot reach a cluster:\n\nwhy"));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        previousHandler = qInstallMessageHandler(captureMessage);
        QString error;
        QVERIFY2(m_env.setUp(&error), qPrintable(error));
        qputenv("KUBECONFIG", m_env.kubeconfig().toLocal8Bit());
    }

    void init()
    {
        m_window = new MainWindow;
        m_window->resize(1280, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->activateWindow();
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void openFromClusterEditAndApply()
    {
        m_env.server()->withCluster([](FakeCluster &cluster) {
            cluster.put(
                serviceEntry(QStringLiteral("shop-api"), QStringLiteral("shop.example.com")),
                QStringLiteral("meshentry"));
            return 0;
        });
        press(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        auto *open = waitForDialog<OpenFromClusterDialog>();
        QVERIFY(open);
        QCOMPARE(open->context(), QStringLiteral("test"));
        QCOMPARE(open->namespaceName(), QStringLiteral("demo"));
        QTableView *table = open->table();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, waitMs);
        // Narrow the list by typing into the filter, then tick the object with Space.
        auto *filter = open->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(filter);
        QTest::mouseClick(filter, Qt::LeftButton);
        QTest::keyClicks(filter, QStringLiteral("shop-api"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        const QModelIndex first = table->model()->index(0, 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        QCOMPARE(QApplication::focusWidget(), table);
        press(Qt::Key_Space);
        QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QPushButton *openButton = button(open, tr("&Open"));
        QVERIFY(openButton && openButton->isEnabled());
        QTest::mouseClick(openButton, Qt::LeftButton);

        EditorDocument *file = m_window->currentFile();
        QVERIFY(file);
        QVERIFY(file->path().isEmpty());
        QVERIFY(file->isModified());
        const QByteArray opened = "apiVersion: networking.istio.io/v1\n"
                                  "kind: ServiceEntry\n"
                                  "metadata:\n"
                                  "  name: shop-api\n"
                                  "  namespace: demo\n"
                                  "spec:\n"
                                  "  hosts:\n"
                                  "  - shop.example.com\n"
                                  "  location: MESH_EXTERNAL\n"
                                  "  resolution: DNS\n";
        QCOMPARE(file->file().bytes(), opened);

        // Edit the host in the YAML pane, then look at the diff.
        typeAt(opened.indexOf("shop.example.com") + 4, QStringLiteral("2"));
        QTRY_VERIFY(file->file().bytes().contains("  - shop2.example.com\n"));
        press(Qt::Key_D, Qt::ControlModifier | Qt::AltModifier);
        auto *diff = waitForDialog<ClusterDiffDialog>();
        QVERIFY(diff);
        SideBySideDiffView *view = diff->view();
        QTRY_COMPARE_WITH_TIMEOUT(
            view->rightPane()->toPlainText(),
            QString::fromUtf8(QByteArray(opened).replace("shop.example.com", "shop2.example.com"))
                .trimmed(),
            waitMs);
        QCOMPARE(view->leftPane()->toPlainText(), QString::fromUtf8(opened).trimmed());
        QCOMPARE(view->changedRows(), 1);
        QCOMPARE(diff->summary(), QCoreApplication::translate("MeshEntry::ClusterDiffDialog",
                                                              "%n differing line(s).", nullptr, 1));
        diff->close();

        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        auto *apply = waitForDialog<ClusterBatchDialog>();
        QVERIFY(apply);
        QTRY_COMPARE_WITH_TIMEOUT(resultText(apply, 0),
                                  QCoreApplication::translate("MeshEntry::ManifestResultsModel",
                                                              "will change (%n line(s))", nullptr,
                                                              1),
                                  waitMs);
        QVERIFY(apply->primaryButton()->isEnabled());
        QCOMPARE(stored("shop-api")
                     ->value("spec")
                     .toObject()
                     .value("hosts")
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("shop.example.com"));
        QTest::mouseClick(apply->primaryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(resultText(apply, 0), tr("configured"), waitMs);
        QCOMPARE(stored("shop-api")
                     ->value("spec")
                     .toObject()
                     .value("hosts")
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("shop2.example.com"));
        QVERIFY(!apply->primaryButton()->isEnabled());
        QTest::mouseClick(button(apply, tr("Close")), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<ClusterBatchDialog *>());
    }

    void refusedObjectIsMarkedOnItsLine()
    {
        const QByteArray text = "apiVersion: networking.istio.io/v1\n"
                                "kind: ServiceEntry\n"
                                "metadata:\n"
                                "  name: typo-api\n"
                                "spec:\n"
                                "  hosts:\n"
                                "  - typo.example.com\n"
                                "  hostz:\n"
                                "  - other.example.com\n"
                                "  resolution: DNS\n";
        EditorDocument *file = newFile(text);
        m_window->yamlEditor()->setFocus();
        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        auto *apply = waitForDialog<ClusterBatchDialog>();
        QVERIFY(apply);
        QTRY_VERIFY_WITH_TIMEOUT(
            resultText(apply, 0).startsWith(QLatin1String("Error from server (BadRequest)")),
            waitMs);
        QVERIFY(!apply->primaryButton()->isEnabled());
        QVERIFY(!stored("typo-api"));
        // The server's complaint is a finding on line 8, with a squiggle in the YAML pane.
        DiagnosticsModel *diagnostics = m_window->diagnosticsModel();
        QTRY_VERIFY(hasDiagnostic(diagnostics, QStringLiteral("SERVER-UnknownField"), 8));
        const qsizetype hostz = text.indexOf("hostz");
        const long indicators = m_window->yamlEditor()->SendScintilla(
            QsciScintilla::SCI_INDICATORALLONFOR, static_cast<unsigned long>(hostz + 1));
        QVERIFY2(indicators & (1 << 8),
                 "no error squiggle under hostz"); // YamlEditor's error indicator
        QTest::mouseClick(button(apply, tr("Close")), Qt::LeftButton);
        // Fixing the line drops the server's finding: it was about the old text.
        typeAt(hostz + 4, QStringLiteral("s"));
        QTRY_VERIFY(file->file().bytes().contains("  hostsz:\n"));
        QTRY_VERIFY(!hasDiagnostic(diagnostics, QStringLiteral("SERVER-UnknownField"), 8));
    }

    void conflictIsForcedOnlyAfterConfirming()
    {
        m_env.server()->withCluster([](FakeCluster &cluster) {
            cluster.put(
                serviceEntry(QStringLiteral("owned-api"), QStringLiteral("old.example.com")));
            return 0;
        });
        newFile(
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: owned-api\n"
            "spec:\n  hosts:\n  - new.example.com\n  location: MESH_EXTERNAL\n  resolution: DNS\n");
        m_window->yamlEditor()->setFocus();
        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        auto *apply = waitForDialog<ClusterBatchDialog>();
        QVERIFY(apply);
        QTRY_COMPARE_WITH_TIMEOUT(
            resultText(apply, 0),
            QStringLiteral("conflict: .spec.hosts (kubectl-client-side-apply)"), waitMs);
        QVERIFY(!apply->primaryButton()->isEnabled());
        QVERIFY(apply->forceButton()->isVisible());
        QVERIFY(hasDiagnostic(m_window->diagnosticsModel(), QStringLiteral("SERVER-Conflict"), 6));
        QTest::mouseClick(apply->forceButton(), Qt::LeftButton);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = apply->findChild<QMessageBox *>()) && confirm->isVisible());
        QVERIFY2(
            confirm->text().contains(QLatin1String(
                "ServiceEntry demo/owned-api: .spec.hosts, managed by kubectl-client-side-apply")),
            qPrintable(confirm->text()));
        // Cancel first: nothing happens.
        QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
        QCOMPARE(stored("owned-api")
                     ->value("spec")
                     .toObject()
                     .value("hosts")
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("old.example.com"));
        QTest::mouseClick(apply->forceButton(), Qt::LeftButton);
        QTRY_VERIFY((confirm = apply->findChild<QMessageBox *>()) && confirm->isVisible());
        QTest::mouseClick(button(confirm, tr("Force Apply")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(resultText(apply, 0), tr("configured"), waitMs);
        QCOMPARE(stored("owned-api")
                     ->value("spec")
                     .toObject()
                     .value("hosts")
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("new.example.com"));
        QTRY_VERIFY(
            !hasDiagnostic(m_window->diagnosticsModel(), QStringLiteral("SERVER-Conflict"), 6));
    }

    void deleteListsTheObjectsAndAsks()
    {
        m_env.server()->withCluster([](FakeCluster &cluster) {
            cluster.put(
                serviceEntry(QStringLiteral("doomed-api"), QStringLiteral("doomed.example.com")));
            return 0;
        });
        newFile(
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: "
            "doomed-api\n"
            "spec:\n  hosts: [doomed.example.com]\n---\napiVersion: networking.istio.io/v1\n"
            "kind: WorkloadEntry\nmetadata:\n  name: never-there\nspec:\n  address: 10.9.9.9\n");
        m_window->yamlEditor()->setFocus();
        chooseFromClusterMenu({Qt::Key_L}); // Cluster ▸ Delete from Cluster…
        auto *remove = waitForDialog<ClusterBatchDialog>();
        QVERIFY(remove);
        QCOMPARE(remove->mode(), ClusterBatchDialog::Mode::Delete);
        // Nothing is deleted before the user says so; the whole file is one choice away.
        QCOMPARE(remove->table()->model()->rowCount(), 1);
        QCOMPARE(remove->table()->model()->index(0, 0).data().toString(),
                 QStringLiteral("ServiceEntry demo/doomed-api"));
        auto *scope = remove->findChild<QComboBox *>();
        QTest::mouseClick(scope, Qt::LeftButton);
        QTest::keyClick(scope->view(), Qt::Key_Down);
        QTest::keyClick(scope->view(), Qt::Key_Return);
        QTRY_COMPARE(remove->table()->model()->rowCount(), 2);
        QCOMPARE(remove->table()->model()->index(1, 0).data().toString(),
                 QStringLiteral("WorkloadEntry demo/never-there"));
        QVERIFY(stored("doomed-api"));
        QTest::mouseClick(remove->primaryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(resultText(remove, 0), tr("deleted"), waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(resultText(remove, 1), tr("not found (already gone)"), waitMs);
        QVERIFY(!stored("doomed-api"));
    }

    void runWithKubectl()
    {
        if (KubectlRunner::program().isEmpty())
            QSKIP("kubectl is not on PATH: Run with kubectl is not tried");
        QTemporaryDir cache;
        qputenv("KUBECACHEDIR", cache.path().toLocal8Bit());
        newFile("apiVersion: networking.istio.io/v1\nkind: "
                "ServiceEntry\nmetadata:\n  name: by-kubectl\n  namespace: demo\n"
                "spec:\n  hosts: [kubectl.example.com]\n  resolution: DNS\n");
        m_window->yamlEditor()->setFocus();
        chooseFromClusterMenu({Qt::Key_R}); // Cluster ▸ Run with kubectl…
        auto *dialog = waitForDialog<KubectlDialog>();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->outcome(),
                                  tr("Exit status 1: the cluster differs (shown above)."), waitMs);
        QVERIFY(dialog->output()->toPlainText().contains(QLatin1String("+  name: by-kubectl")));
        // Co&mmand: the last choice is kubectl apply (server-side).
        press(Qt::Key_M, Qt::AltModifier);
        QVERIFY(qobject_cast<QComboBox *>(QApplication::focusWidget()));
        press(Qt::Key_End);
        QCOMPARE(dialog->action(), 2);
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->outcome(), tr("Exit status 0: done."), waitMs);
        QCOMPARE(
            dialog->output()->toPlainText(),
            QStringLiteral("serviceentry.networking.istio.io/by-kubectl serverside-applied\n"));
        QVERIFY(stored("by-kubectl"));
    }

    void kubectlCommandGoesToTheClipboard()
    {
        const QByteArray text =
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: clip\n"
            "  resourceVersion: \"42\"\nspec:\n  hosts: [clip.example.com]\n";
        newFile(text);
        m_window->yamlEditor()->setFocus();
        // Cluster ▸ Export to kubectl ▸ Copy kubectl Command for This Document, by keyboard.
        press(Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_E);
        QTRY_COMPARE(qobject_cast<QMenu *>(QApplication::activePopupWidget())->title(),
                     tr("&Export to kubectl"));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_C);
        const QString expected = QStringLiteral(
            "kubectl --context test apply --server-side --field-manager=meshentry -f - <<'EOF'\n"
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: clip\n"
            "spec:\n  hosts: [clip.example.com]\nEOF\n");
        QTRY_COMPARE(QApplication::clipboard()->text(), expected);
    }

    void contextPickerRemembersTheChoice()
    {
        auto *picker = m_window->findChild<QToolButton *>(QStringLiteral("clusterContextButton"));
        QVERIFY(picker);
        QCOMPARE(picker->text(), QStringLiteral("⎈ test · demo"));
        // The picker's menu runs its own event loop: choose while it is open.
        bool chosen = false;
        QTimer chooser;
        connect(&chooser, &QTimer::timeout, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions()) {
                if (action->text() == u"insecure") {
                    chooser.stop();
                    chosen = true;
                    QTest::mouseClick(menu, Qt::LeftButton, {},
                                      menu->actionGeometry(action).center());
                    return;
                }
            }
        });
        chooser.start(20);
        QTest::mouseClick(picker, Qt::LeftButton);
        QTRY_VERIFY(chosen);
        QTRY_COMPARE(picker->text(), QStringLiteral("⎈ insecure · demo · TLS not verified"));
        QCOMPARE(QSettings().value(QStringLiteral("cluster/context")).toString(),
                 QStringLiteral("insecure"));
        // A new window starts with the remembered context; its dialogs warn about TLS.
        delete m_window;
        m_window = new MainWindow;
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QCOMPARE(m_window->findChild<QToolButton *>(QStringLiteral("clusterContextButton"))->text(),
                 QStringLiteral("⎈ insecure · demo · TLS not verified"));
        press(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        auto *open = waitForDialog<OpenFromClusterDialog>();
        QVERIFY(open);
        QVERIFY(open->banner()->isVisible());
        QVERIFY(open->banner()->findChild<QLabel *>()->text().contains(
            QLatin1String("does not verify the server's certificate")));
        open->reject();
        QSettings().setValue(QStringLiteral("cluster/context"), QStringLiteral("test"));
    }

    /// Opens the Workloads menu with Alt+W and picks Import from Cluster with its mnemonic.
    void importFromClusterMenu()
    {
        press(Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_L);
    }

    void importFromClusterFillsTheInventory()
    {
        const QByteArray selector = "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n"
                                    "metadata:\n  name: reviews-vm\n  namespace: demo\nspec:\n"
                                    "  hosts: [reviews.example.com]\n"
                                    "  ports: [{number: 80, name: http, protocol: HTTP}]\n"
                                    "  resolution: STATIC\n"
                                    "  workloadSelector:\n    labels: {app: reviews}\n";
        QVERIFY(m_window->openFile(m_env.write(QStringLiteral("reviews.yaml"), selector)));
        WorkloadsController *workloads = m_window->workloads();
        ImportController *imports = workloads->imports();
        QToolButton *status = workloads->meshSettings()->statusButton();
        QCOMPARE(status->text(), QStringLiteral("Mesh: Istio defaults"));
        const auto selected = [workloads] {
            QStringList names;
            const auto &groups = workloads->selectionModel()->groups();
            if (!groups.isEmpty())
                for (const GroupedRowsModel::Row &row : groups[SelectionModel::SelectedGroup].rows)
                    names.append(row.cells.value(0));
            return names;
        };
        QCOMPARE(selected(), QStringList());

        // A slow server: the progress dialog shows what is read, Cancel leaves nothing behind.
        m_env.server()->setDelay(3000);
        QSignalSpy finished(imports, &ImportController::importFinished);
        importFromClusterMenu();
        auto *progress = waitForDialog<WorkloadImportDialog>();
        QVERIFY(progress);
        QTRY_VERIFY(progress->labelText().startsWith(
            QStringLiteral("Reading Pods, WorkloadEntries, Namespaces and the istio ConfigMap "
                           "from context test")));
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().value(1).toBool(), false);
        QCOMPARE(finished.first().value(2).toString(),
                 QStringLiteral("Import of context test cancelled"));
        QCOMPARE(workloads->imports()->isImporting(), false);
        m_env.server()->setDelay(0);
        QTest::qWait(3500); // the abandoned replies arrive and are ignored
        QCOMPARE(status->text(), QStringLiteral("Mesh: Istio defaults"));

        // Again, to the end: the cluster's Pods and namespaces join, and its mesh settings are
        // offered (Enter takes them).
        finished.clear();
        importFromClusterMenu();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
        QVERIFY2(finished.first().value(1).toBool(),
                 qPrintable(finished.first().value(2).toString()));
        QCOMPARE(finished.first().value(2).toString(),
                 QStringLiteral("Imported 3 workloads and 5 namespaces from context test"));
        auto *question = waitForDialog<QMessageBox>();
        QVERIFY(question);
        QCOMPARE(question->objectName(), QStringLiteral("clusterMeshQuestion"));
        QTest::keyClick(question, Qt::Key_Return);
        QTRY_VERIFY(status->toolTip().contains(
            QStringLiteral("Mesh settings from configmap istio-system/istio (context test)")));
        QCOMPARE(status->text(),
                 QStringLiteral("Mesh: Istio defaults · 5 namespaces · 3 imported workloads"));
        QVERIFY(status->toolTip().contains(QStringLiteral("Imported from context test")));
        QTRY_COMPARE(selected(), QStringList({QStringLiteral("reviews-v1-5d7f")}));

        // A context whose credentials are refused: a clear message, the inventory unchanged.
        auto *cluster = m_window->findChild<ClusterController *>();
        cluster->session()->setCurrentContext(QStringLiteral("badtoken"));
        finished.clear();
        importFromClusterMenu();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
        QCOMPARE(finished.first().value(1).toBool(), false);
        auto *refused = waitForDialog<QMessageBox>();
        QVERIFY(refused);
        QCOMPARE(refused->text(), QStringLiteral("Cannot read context badtoken: You must be logged "
                                                 "in to the server (Unauthorized)"));
        refused->accept();
        QCOMPARE(status->text(),
                 QStringLiteral("Mesh: Istio defaults · 5 namespaces · 3 imported workloads"));
        cluster->session()->setCurrentContext(QStringLiteral("test"));
    }

    void secretsAreNeverWritten()
    {
        // Everything the application wrote: its settings, autosaves and other files, the
        // clipboard and every message it logged.
        const QByteArray token = TestEnvironment::token.toUtf8();
        QVERIFY(!QApplication::clipboard()->text().toUtf8().contains(token));
        QVERIFY(!capturedMessages.join(u'\n').toUtf8().contains(token));
        QSettings().sync();
        // The whole home folder too: each test runs in a home of its own (tests/CMakeLists.txt).
        QStringList roots{QFileInfo(QSettings().fileName()).absolutePath(),
                          Autosaver::defaultDirectory(), QDir::homePath()};
        for (const auto location :
             {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
              QStandardPaths::CacheLocation})
            roots += QStandardPaths::writableLocation(location);
        int files = 0;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(token), qPrintable(file.fileName()));
                ++files;
            }
        }
        QVERIFY2(files > 0, "the settings file was not found");
    }
};

QTEST_MAIN(TestClusterWindow)
#include "tst_clusterwindow.moc"
