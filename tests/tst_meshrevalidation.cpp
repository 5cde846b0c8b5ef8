#include "documentmanager.h"
#include "editordocument.h"
#include "mainwindow.h"
#include "meshconfig.h"
#include "meshsettingscontroller.h"
#include "selectionworkspace.h"
#include "validationbridge.h"
#include "workloadscontroller.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QtTest>

using namespace MeshEntry;

namespace {

/// Enough documents that new mesh settings revalidate them in a worker job (2,000 and more),
/// and few enough that the file opens on the GUI thread.
constexpr int fileDocuments = 3000;

QByteArray generatedFile()
{
    QByteArray bytes;
    for (int i = 0; i < fileDocuments; ++i) {
        const QByteArray name = "api-" + QByteArray::number(i);
        bytes +=
            "---\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: " +
            name + "\n  namespace: ns-" + QByteArray::number(i % 7) + "\nspec:\n  hosts:\n  - " +
            name +
            ".example.com\n  ports:\n  - number: 443\n    name: https\n    protocol: TLS\n"
            "  resolution: DNS\n  location: MESH_EXTERNAL\n";
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
    void closingTheFileDuringTheJobKeepsItUntilEveryJobEnds();
    void destroyingTheWindowDuringTheJobWaitsForIt();
    void stoppingTheBridgeStartsNoQueuedJob();

private:
    /// Preferences > Mesh with another default exportTo; returns once the job runs.
    bool changeMesh();

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
    m_validation = m_window->findChild<ValidationBridge *>();
    QVERIFY(m_validation);
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

void TestMeshRevalidation::closingTheFileDuringTheJobKeepsItUntilEveryJobEnds()
{
    int idleWhileBusy = 0;
    int freedWhileBusy = 0;
    connect(m_validation, &ValidationBridge::idle, this,
            [&] { idleWhileBusy += m_validation->isBusy(); });
    QPointer<EditorDocument> file = m_window->currentFile();
    QVERIFY(changeMesh());
    file->undoStack()->setClean();
    QVERIFY(m_window->documents()->close(file));
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
}

void TestMeshRevalidation::destroyingTheWindowDuringTheJobWaitsForIt()
{
    QVERIFY(changeMesh());
    m_window->currentFile()->undoStack()->setClean();
    // Frees the files and the routing model the job reads: only after the job ends.
    delete std::exchange(m_window, nullptr);
    QVERIFY(!m_window);
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
