#include "diagnosticspanel.h"
#include "documentmanager.h"
#include "editordocument.h"
#include "formtesthelpers.h"
#include "mainwindow.h"
#include "meshconfig.h"
#include "meshpreferencespage.h"
#include "meshsettingscontroller.h"
#include "preferencesdialog.h"
#include "revalidationcontroller.h"
#include "selectionworkspace.h"
#include "validationbridge.h"
#include "workloadscontroller.h"

#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::FormTest;

namespace {

/// Enough documents that new mesh settings revalidate them in a worker job (2,000 and more),
/// and few enough that the file opens on the GUI thread.
constexpr int fileDocuments = 3000;
/// Documents per revalidation batch in these tests: 30 batches per stage.
constexpr int batch = 100;

/// One revalidationProgressed(): stage, done, total.
using Report = std::tuple<int, int, int>;

/// Pairs of entries share a host with conflicting protocols: every document has findings.
QByteArray generatedFile()
{
    QByteArray bytes;
    for (int i = 0; i < fileDocuments; ++i) {
        const QByteArray name = "api-" + QByteArray::number(i);
        bytes +=
            "---\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: " +
            name + "\n  namespace: ns-" + QByteArray::number(i % 7) +
            "\nspec:\n  hosts:\n  - api-" + QByteArray::number(i / 2) +
            ".example.com\n  ports:\n  - number: 443\n    name: https\n"
            "    protocol: " +
            (i % 2 ? "HTTPS" : "TLS") + "\n  resolution: DNS\n  location: MESH_EXTERNAL\n";
    }
    return bytes;
}

} // namespace

/// New mesh settings revalidate every open document in worker jobs (the validation's, then
/// the routing's): closing a file or the window meanwhile frees nothing a job still reads.
class TestMeshRevalidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cancelInTheProgressDialogKeepsThePreviousFindings();
    void closingTheFileDuringTheJobKeepsItUntilEveryJobEnds();
    void destroyingTheWindowDuringTheJobCancelsIt();
    void stoppingTheBridgeStartsNoQueuedJob();

private:
    /// Preferences > Mesh with another default exportTo; returns once the job runs.
    bool changeMesh();
    /// Records every progress report; while hold is set, the worker waits after each report
    /// until the revalidation is cancelled (so that the test acts after exactly one batch).
    void recordReports();

    QMutex m_reportsLock;
    QList<Report> m_reports;
    std::atomic_bool m_hold{false};

    QTemporaryDir m_dir;
    QString m_path;
    MainWindow *m_window = nullptr;
    ValidationBridge *m_validation = nullptr;
};

void TestMeshRevalidation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("mesh.yaml"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(generatedFile());
}

void TestMeshRevalidation::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_validation = m_window->findChild<ValidationBridge *>();
    QVERIFY(m_validation);
    m_validation->setRevalidationBatchSize(batch);
    m_reports.clear();
    m_hold = false;
    QVERIFY(m_window->openFile(m_path));
    QTRY_VERIFY_WITH_TIMEOUT(!m_validation->isBusy(), 60000);
    QCOMPARE(m_window->currentFile()->file().documentCount(), fileDocuments);
}

void TestMeshRevalidation::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_validation = nullptr;
}

void TestMeshRevalidation::recordReports()
{
    // Called in the worker, between two batches.
    connect(
        m_validation, &ValidationBridge::revalidationProgressed, this,
        [this, validation = m_validation](int stage, int done, int total) {
            {
                QMutexLocker lock(&m_reportsLock);
                m_reports.append({stage, done, total});
            }
            QElapsedTimer held;
            held.start();
            while (m_hold && !validation->isCancellingRevalidation() && held.elapsed() < 20000)
                QThread::msleep(2);
        },
        Qt::DirectConnection);
}

static QList<Report> reportsOf(QMutex *lock, const QList<Report> &reports)
{
    QMutexLocker locker(lock);
    return reports;
}

bool TestMeshRevalidation::changeMesh()
{
    MeshConfig mesh = m_window->workloads()->workspace()->mesh();
    const QStringList dot{QStringLiteral(".")};
    mesh.defaultServiceExportTo =
        mesh.defaultServiceExportTo == dot ? QStringList{QStringLiteral("*")} : dot;
    m_window->workloads()->meshSettings()->setMesh(mesh);
    // The job starts in the next event-loop turn.
    QElapsedTimer timer;
    timer.start();
    while (!m_validation->isBusy() && timer.elapsed() < 5000)
        QCoreApplication::processEvents();
    return m_validation->isBusy();
}

void TestMeshRevalidation::cancelInTheProgressDialogKeepsThePreviousFindings()
{
    EditorDocument *file = m_window->currentFile();
    const QList<Diagnostic> before = m_validation->diagnostics(file);
    QVERIFY(!before.isEmpty());
    recordReports();
    m_hold = true;

    // Ctrl+, opens Preferences; on its Mesh page "." replaces the default exportTo; Enter.
    bool answered = false;
    onNextDialog([&](QWidget *dialog) {
        QVERIFY(qobject_cast<PreferencesDialog *>(dialog));
        auto *page = dialog->findChild<MeshPreferencesPage *>();
        QVERIFY(page);
        qobject_cast<PreferencesDialog *>(dialog)->showPage(page);
        QTest::mouseClick(page->exportToField(), Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), page->exportToField());
        QCOMPARE(page->exportToField()->text(), QStringLiteral("*"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("."));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        answered = true;
    });
    QTRY_VERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(answered);

    // The worker waits after its first batch; the progress shows it, and Escape cancels.
    const auto progress = [this] {
        return m_window->findChild<QProgressDialog *>(QStringLiteral("revalidationProgress"));
    };
    QTRY_VERIFY_WITH_TIMEOUT(progress() && progress()->isVisible(), 10000);
    QTRY_COMPARE(progress()->labelText(),
                 QStringLiteral("Revalidating for the new mesh settings… 100 of 3,000 documents"));
    QCOMPARE(progress()->value(), batch);
    QApplication::setActiveWindow(progress());
    QTRY_VERIFY(progress()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_validation->isRevalidating(), 10000);

    // It stopped before its second batch: nothing of the new settings' findings is kept.
    QCOMPARE(reportsOf(&m_reportsLock, m_reports),
             QList<Report>{Report(ValidationWorkspace::Progress::OwnChecks, batch, fileDocuments)});
    QVERIFY(!progress());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Revalidation cancelled: the findings are still those of the "
                            "previous mesh settings"));
    QVERIFY(m_validation->isOutdated());
    auto *outdated = m_window->findChild<QLabel *>(QStringLiteral("findingsOutdated"));
    QVERIFY(outdated && outdated->isVisible());
    QCOMPARE(outdated->text(), QStringLiteral("⚠ Findings: previous mesh settings"));
    DiagnosticsPanel *panel = m_window->diagnosticsPanel();
    QVERIFY(panel->noticeLabel()->isVisible());
    QCOMPARE(panel->noticeLabel()->text(),
             QStringLiteral("These findings are for the previous mesh settings: their "
                            "revalidation was cancelled. Matching and routing use the new ones."));
    // The settings themselves are the new ones, and the routing job still follows them.
    QCOMPARE(m_window->workloads()->workspace()->mesh().defaultServiceExportTo,
             QStringList{QStringLiteral(".")});
    QTRY_VERIFY_WITH_TIMEOUT(!m_validation->isBusy(), 60000);
    QCOMPARE(m_validation->diagnostics(file), before);
    QVERIFY(m_validation->isOutdated());

    // Revalidate runs it all: both stages in 30 batches each, and the notice goes.
    m_hold = false;
    {
        QMutexLocker lock(&m_reportsLock);
        m_reports.clear();
    }
    QTest::mouseClick(panel->revalidateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_validation->isRevalidating(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_validation->isBusy(), 60000);
    const QList<Report> reports = reportsOf(&m_reportsLock, m_reports);
    QCOMPARE(reports.size(), 2 * fileDocuments / batch + 1); // and "0 of 3,000" across documents
    QCOMPARE(reports.last(),
             Report(ValidationWorkspace::Progress::CrossChecks, fileDocuments, fileDocuments));
    QVERIFY(!m_validation->isOutdated());
    QVERIFY(!outdated->isVisible());
    QVERIFY(!panel->noticeLabel()->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Revalidated for the new mesh settings"));
}

void TestMeshRevalidation::closingTheFileDuringTheJobKeepsItUntilEveryJobEnds()
{
    recordReports();
    m_hold = true;
    int idleWhileBusy = 0;
    int freedWhileBusy = 0;
    connect(m_validation, &ValidationBridge::idle, this,
            [&] { idleWhileBusy += m_validation->isBusy(); });
    QPointer<EditorDocument> file = m_window->currentFile();
    QVERIFY(changeMesh());
    QTRY_VERIFY_WITH_TIMEOUT(!reportsOf(&m_reportsLock, m_reports).isEmpty(), 10000);
    file->undoStack()->setClean();
    QVERIFY(m_window->documents()->close(file));
    m_hold = false;
    QVERIFY(m_window->documents()->files().isEmpty());
    QVERIFY(file);

    // The routing job follows the mesh job: the file lives until both are done.
    QElapsedTimer timer;
    timer.start();
    while ((m_validation->isBusy() || file) && timer.elapsed() < 60000) {
        freedWhileBusy += m_validation->isBusy() && !file;
        QTest::qWait(1);
    }
    QCOMPARE(idleWhileBusy, 0);
    QCOMPARE(freedWhileBusy, 0);
    QVERIFY(!m_validation->isBusy());
    QVERIFY(!file);
    // Closing it cancelled the revalidation after the batch it was in; it ran again for the
    // files left, none: the new settings apply at once and nothing is said to be outdated.
    QCOMPARE(reportsOf(&m_reportsLock, m_reports),
             QList<Report>({Report(ValidationWorkspace::Progress::OwnChecks, batch, fileDocuments),
                            Report(ValidationWorkspace::Progress::CrossChecks, 0, 0)}));
    QVERIFY(!m_validation->isOutdated());
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("findingsOutdated"))->isVisible());
}

void TestMeshRevalidation::destroyingTheWindowDuringTheJobCancelsIt()
{
    recordReports();
    m_hold = true;
    QVERIFY(changeMesh());
    QTRY_VERIFY_WITH_TIMEOUT(!reportsOf(&m_reportsLock, m_reports).isEmpty(), 10000);
    m_window->currentFile()->undoStack()->setClean();
    // Frees the files and the routing model the job reads: after the job, which the
    // teardown cancels after the batch it is in instead of waiting for all 60.
    delete std::exchange(m_window, nullptr);
    QCOMPARE(reportsOf(&m_reportsLock, m_reports),
             QList<Report>{Report(ValidationWorkspace::Progress::OwnChecks, batch, fileDocuments)});
}

void TestMeshRevalidation::stoppingTheBridgeStartsNoQueuedJob()
{
    QVERIFY(changeMesh());
    int started = 0;
    connect(m_validation, &ValidationBridge::jobStarted, this, [&] { ++started; });
    // As the window's teardown does: the running job ends, the queued routing job never runs.
    m_validation->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_validation->isBusy(), 60000);
    QTest::qWait(100);
    QCOMPARE(started, 0);
    QVERIFY(!m_validation->isBusy());
}

QTEST_MAIN(TestMeshRevalidation)
#include "tst_meshrevalidation.moc"
