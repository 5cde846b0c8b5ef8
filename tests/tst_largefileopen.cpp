#include "banner.h"
#include "diagnosticsmodel.h"
#include "documentmanager.h"
#include "editordocument.h"
#include "fileopener.h"
#include "formtesthelpers.h"
#include "mainwindow.h"
#include "metadatasection.h"
#include "scalarfield.h"
#include "serviceentryform.h"
#include "validationbridge.h"
#include "yamleditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::FormTest;

namespace {

/// Documents of the generated file: more than 4 MB, so it opens behind the progress dialog.
constexpr int generatedDocuments = 11000;
/// The document that repeats document 17's name (ME-DUPLICATE-NAME on both).
constexpr int duplicateDocument = 6000;

QByteArray serviceEntry(int index, int nameIndex)
{
    const QByteArray name = "api-" + QByteArray::number(nameIndex);
    return "---\n# A ServiceEntry of the generated file, with a comment that makes it longer so\n"
           "# that the file passes the size at which files open in the background.\n"
           "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: " +
           name + "\n  namespace: ns-" + QByteArray::number(nameIndex % 7) +
           "\nspec:\n  hosts:\n  - " + name + "-" + QByteArray::number(index) +
           ".example.com\n  ports:\n  - number: 443\n    name: https\n    protocol: TLS\n"
           "  resolution: DNS\n  location: MESH_EXTERNAL\n";
}

QByteArray generatedFile()
{
    QByteArray bytes;
    for (int i = 0; i < generatedDocuments; ++i)
        bytes += serviceEntry(i, i == duplicateDocument ? 17 : i);
    return bytes;
}

/// Counts the turns of the GUI thread's event loop while it is alive.
class EventLoopTicks
{
public:
    EventLoopTicks()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { ++m_ticks; });
        m_timer.start(10);
    }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    int m_ticks = 0;
};

/// Notes whether a widget (or anything in it) was painted.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget) { widget->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        painted |= event->type() == QEvent::Paint;
        return false;
    }
};

} // namespace

/// A large file opens in workers behind a progress dialog that leaves the window free.
class TestLargeFileOpen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensBehindAProgressDialogWhileTheWindowRuns();
    void cancelWhileReadingLeavesNoFileOpen();
    void cancelWhileValidatingLeavesNoFileOpenAndTheWindowUsable();
    void otherFilesWaitForTheValidation();
    void closingTearsDownInAWorkerAndReopens();

private:
    QProgressDialog *progressDialog() const;
    QPushButton *cancelButton() const;
    QString writeFile(const QString &name, const QByteArray &bytes);
    /// Waits until the window has no file on its way in.
    bool waitUntilOpened(int timeoutMs = 120000);

    QTemporaryDir m_dir;
    QString m_largePath;
    MainWindow *m_window = nullptr;
};

void TestLargeFileOpen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_largePath = writeFile(QStringLiteral("large.yaml"), generatedFile());
    QVERIFY(QFileInfo(m_largePath).size() > 4 * 1024 * 1024);
}

void TestLargeFileOpen::init()
{
    m_window = new MainWindow;
    m_window->resize(1280, 860);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestLargeFileOpen::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

QString TestLargeFileOpen::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

QProgressDialog *TestLargeFileOpen::progressDialog() const
{
    const FileOpener *opener = m_window->documents()->currentOpener();
    return opener ? opener->dialog() : nullptr;
}

QPushButton *TestLargeFileOpen::cancelButton() const
{
    QProgressDialog *dialog = progressDialog();
    return dialog ? dialog->findChild<QPushButton *>() : nullptr;
}

bool TestLargeFileOpen::waitUntilOpened(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_window->documents()->isOpening() && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    return !m_window->documents()->isOpening();
}

void TestLargeFileOpen::opensBehindAProgressDialogWhileTheWindowRuns()
{
    EventLoopTicks ticks;
    QVERIFY(m_window->openFile(m_largePath));
    // Nothing is shown yet: the file arrives when it is read and validated.
    QVERIFY(m_window->documents()->files().isEmpty());
    QProgressDialog *dialog = progressDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QVERIFY(dialog->labelText().startsWith(QStringLiteral("Reading large.yaml")));
    QStringList labels; // what the dialog said as validation started and ended
    int ticksWhileValidating = 0;
    connect(m_window->documents()->currentOpener(), &FileOpener::validating, this,
            [&](bool running) {
                labels.append(dialog->labelText());
                ticksWhileValidating += running ? -ticks.ticks() : ticks.ticks();
            });
    PaintWatch dialogPaints(dialog);
    PaintWatch windowPaints(m_window->menuBar());
    m_window->menuBar()->update();

    // The window answers its menus while the file opens: a click opens File, Escape closes it.
    auto *fileMenu = m_window->menuBar()->actions().first()->menu();
    QVERIFY(fileMenu);
    const QRect title = m_window->menuBar()->actionGeometry(fileMenu->menuAction());
    QTest::mouseClick(m_window->menuBar(), Qt::LeftButton, Qt::NoModifier, title.center());
    QTRY_VERIFY(fileMenu->isVisible());
    QVERIFY(m_window->documents()->isOpening());
    QTest::keyClick(fileMenu, Qt::Key_Escape);
    QTRY_VERIFY(!fileMenu->isVisible());

    const int ticksBefore = ticks.ticks();
    QVERIFY(waitUntilOpened());
    QVERIFY(dialogPaints.painted);
    QVERIFY(windowPaints.painted);
    // The event loop went on turning while the workers read and validated.
    QVERIFY2(ticks.ticks() > ticksBefore, qPrintable(QString::number(ticks.ticks())));
    // A blocked loop would fire the timer once at the end, however long it was blocked.
    QVERIFY2(ticksWhileValidating >= 2, qPrintable(QString::number(ticksWhileValidating)));
    // As the validation started and as it ended.
    QCOMPARE(labels.size(), 2);
    for (const QString &label : std::as_const(labels)) {
        QVERIFY2(label.startsWith(QStringLiteral("Validating %1 document").arg(generatedDocuments)),
                 qPrintable(label));
    }

    QCOMPARE(m_window->documents()->files().size(), 1);
    EditorDocument *file = m_window->currentFile();
    QVERIFY(file);
    QCOMPARE(file->file().documentCount(), generatedDocuments);
    QCOMPARE(m_window->currentDocument(), 0);
    QVERIFY(!progressDialog());
    // The validation done in the worker reached the window: the planted duplicate is listed
    // once the panel has taken the file's findings (a slice of documents per turn).
    const DiagnosticsModel *diagnostics = m_window->diagnosticsModel();
    const auto duplicates = [diagnostics] {
        QStringList documents;
        for (int row = 0; row < diagnostics->rowCount(); ++row) {
            if (diagnostics->at(row).rules().contains(QStringLiteral("ME-DUPLICATE-NAME")))
                documents.append(QString::number(diagnostics->at(row).diagnostic.document));
        }
        return documents;
    };
    QTRY_COMPARE(duplicates(),
                 QStringList({QStringLiteral("17"), QString::number(duplicateDocument)}));
    // The YAML pane gets the whole text, a slice at a time.
    QTRY_COMPARE(m_window->yamlEditor()->length(), int(file->file().bytes().size()));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Opened large")));
}

void TestLargeFileOpen::cancelWhileReadingLeavesNoFileOpen()
{
    QVERIFY(m_window->openFile(m_largePath));
    QPushButton *cancel = cancelButton();
    QVERIFY(cancel);
    // The read's end has not been handled yet: no event ran since openFile().
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!progressDialog()->isVisible());
    QVERIFY(waitUntilOpened());
    QVERIFY(m_window->documents()->files().isEmpty());
    QVERIFY(!m_window->currentFile());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Opening %1 was cancelled").arg(m_largePath));
    // Asked for again, it opens.
    QVERIFY(m_window->openFile(m_largePath));
    QVERIFY(waitUntilOpened());
    QVERIFY(m_window->currentFile());
}

void TestLargeFileOpen::cancelWhileValidatingLeavesNoFileOpenAndTheWindowUsable()
{
    QVERIFY(m_window->openFile(m_largePath));
    bool cancelled = false;
    connect(m_window->documents()->currentOpener(), &FileOpener::validating, this,
            [&](bool running) {
                if (!running || cancelled)
                    return;
                cancelled = true;
                QTest::mouseClick(cancelButton(), Qt::LeftButton);
            });
    QVERIFY(waitUntilOpened());
    QVERIFY(cancelled);
    QVERIFY(m_window->documents()->files().isEmpty());
    QVERIFY(!m_window->currentFile());
    QCOMPARE(m_window->diagnosticsModel()->rowCount(), 0);

    // The window goes on as before: a small file opens and takes typing.
    const QString small = writeFile(QStringLiteral("small.yaml"), serviceEntry(0, 0));
    QVERIFY(m_window->openFile(small));
    EditorDocument *file = m_window->currentFile();
    QVERIFY(file);
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QLineEdit *name = m_window->serviceEntryForm()->metadataSection()->nameField()->lineEdit();
    QTest::mouseClick(name, Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z);
    QTRY_COMPARE(file->file().document(0).info().name, QStringLiteral("api-0z"));
}

void TestLargeFileOpen::otherFilesWaitForTheValidation()
{
    const QString small = writeFile(QStringLiteral("other.yaml"), serviceEntry(0, 0));
    QVERIFY(m_window->openFile(small));
    EditorDocument *other = m_window->currentFile();
    QVERIFY(other && !other->isReadOnly());
    QVERIFY(m_window->openFile(m_largePath));
    bool checked = false;
    connect(m_window->documents()->currentOpener(), &FileOpener::validating, this,
            [&](bool running) {
                if (!running)
                    return;
                // The worker reads every open file: edits wait, and the banner says why.
                checked = true;
                QVERIFY(other->isReadOnly());
                QVERIFY(m_window->documents()->isHeld(other));
                QLabel *message = m_window->findChild<Banner *>()->findChild<QLabel *>();
                QVERIFY(message);
                QVERIFY(message->text().startsWith(QStringLiteral("Editing pauses")));
                m_window->yamlEditor()->setFocus();
                QTest::keyClick(m_window->yamlEditor(), Qt::Key_X);
            });
    QVERIFY(waitUntilOpened());
    QVERIFY(checked);
    QVERIFY(!other->isReadOnly());
    QCOMPARE(other->file().bytes(), serviceEntry(0, 0));
    QCOMPARE(m_window->documents()->files().size(), 2);
}

void TestLargeFileOpen::closingTearsDownInAWorkerAndReopens()
{
    const QString small = writeFile(QStringLiteral("kept.yaml"), serviceEntry(0, 17));
    QVERIFY(m_window->openFile(small));
    EditorDocument *kept = m_window->currentFile();
    QVERIFY(m_window->openFile(m_largePath));
    QVERIFY(waitUntilOpened());
    QPointer<EditorDocument> large = m_window->currentFile();
    QVERIFY(large && large != kept);
    auto *validation = m_window->findChild<ValidationBridge *>();
    QVERIFY(validation && !validation->isBusy());
    // Document 17 of the large file has the small file's name: both warn until it closes.
    const auto duplicateWarnings = [&] {
        int count = 0;
        for (const Diagnostic &diagnostic : validation->diagnostics(kept))
            count += diagnostic.rule == QLatin1String("ME-DUPLICATE-NAME");
        return count;
    };
    QCOMPARE(duplicateWarnings(), 1);

    // Its documents are freed by a worker, not the GUI thread: which thread, and how many.
    QThread *freedBy = nullptr;
    int freedDocuments = -1;
    connect(
        m_window->documents(), &DocumentManager::closedFileFreed, this,
        [&](int documents) {
            freedBy = QThread::currentThread();
            freedDocuments = documents;
        },
        Qt::DirectConnection);
    large->undoStack()->setClean();
    QVERIFY(m_window->documents()->close(large));
    // Closed at once for the window; its findings and indexes go in a worker meanwhile, and
    // the file object stays until that worker is done.
    QCOMPARE(m_window->documents()->files(), QList<EditorDocument *>{kept});
    QVERIFY(validation->isBusy());
    QVERIFY(large);
    EventLoopTicks ticks;
    QTRY_VERIFY_WITH_TIMEOUT(!validation->isBusy(), 60000);
    QTRY_VERIFY(!large);
    QVERIFY2(ticks.ticks() > 0, "the event loop did not run while the file was torn down");
    QTRY_COMPARE(freedDocuments, generatedDocuments);
    QVERIFY(freedBy);
    QVERIFY(freedBy != QThread::currentThread());
    QVERIFY(freedBy != m_window->thread());
    disconnect(m_window->documents(), &DocumentManager::closedFileFreed, this, nullptr);
    QCOMPARE(duplicateWarnings(), 0);

    // Reopened while the teardown runs: it opens once the worker is free.
    m_window->setCurrent(kept, 0);
    QVERIFY(m_window->openFile(m_largePath));
    QVERIFY(waitUntilOpened());
    EditorDocument *again = m_window->currentFile();
    QVERIFY(again && again != kept);
    QCOMPARE(again->file().documentCount(), generatedDocuments);
    QCOMPARE(m_window->documents()->files().size(), 2);
    again->undoStack()->setClean();
    QVERIFY(m_window->documents()->close(again));
    QVERIFY(validation->isBusy());
    QVERIFY(m_window->openFile(m_largePath));
    QVERIFY(waitUntilOpened());
    QCOMPARE(m_window->documents()->files().size(), 2);
    QTRY_COMPARE(duplicateWarnings(), 1);
}

QTEST_MAIN(TestLargeFileOpen)
#include "tst_largefileopen.moc"
