// Nothing the user saved or typed is lost: a save killed at any moment leaves the old file or
// the new one; a full disk or a read-only folder leaves the original intact and says why;
// saves keep permissions and owner; unsaved edits survive a SIGKILL in the autosave and are
// offered at the next start.
#include "autosaver.h"
#include "banner.h"
#include "documentmanager.h"
#include "editordocument.h"
#include "mainwindow.h"
#include "savejournal.h"
#include "yamlfile.h"

#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace MeshEntry;

namespace {

constexpr int childTimeoutMs = 120000;

/// A large file: count ServiceEntries, each with a marker that tells the versions apart.
QByteArray largeFile(int count, const QByteArray &marker)
{
    QByteArray out;
    out.reserve(count * 330);
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        out +=
            "---\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: se-" +
            n + "\n  namespace: shop\n  labels: {version: " + marker +
            "}\nspec:\n  hosts:\n  - api-" + n +
            ".example.com\n  location: MESH_EXTERNAL\n  ports:\n  - number: 443\n    name: "
            "https\n    protocol: TLS\n  resolution: DNS\n";
    }
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

/// Files in folder other than the names given (QSaveFile's temporary files, if any).
QStringList otherFiles(const QString &folder, const QStringList &names)
{
    QStringList out = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names)
        out.removeAll(name);
    return out;
}

/// How many records of saves of path the journal holds.
int journalRecordsOf(const QString &path)
{
    int count = 0;
    const QDir folder(SaveJournal::folder());
    for (const QString &name : folder.entryList(QDir::Files))
        count += readAll(folder.filePath(name)).contains("\n" + QFile::encodeName(path) + "\n");
    return count;
}

/// A size-limited tmpfs at path while it lives; only root may mount one.
class SmallTmpfs
{
public:
    SmallTmpfs(const QString &path, const QByteArray &options) : m_path(QFile::encodeName(path))
    {
        m_mounted = ::geteuid() == 0 &&
                    ::mount("tmpfs", m_path.constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~SmallTmpfs()
    {
        if (m_mounted)
            ::umount2(m_path.constData(), MNT_DETACH);
    }
    bool isMounted() const { return m_mounted; }
    bool makeReadOnly()
    {
        return ::mount("tmpfs", m_path.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }

private:
    QByteArray m_path;
    bool m_mounted = false;
};

/// Child mode: read the new version from NEW, say "saving", save it to PATH, say "saved".
int saveChild(const QString &path, const QString &newVersion)
{
    const YamlFile file = YamlFile::fromBytes(readAll(newVersion));
    std::fputs("saving\n", stdout);
    std::fflush(stdout);
    QString error;
    if (!file.save(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::fputs("saved\n", stdout);
    return 0;
}

/// Child mode: save NEW over PATH as YamlFile::save does, up to the moment QSaveFile has
/// named its temporary file PATH.TEMP (Qt links its unnamed file so just before the rename),
/// say "named", then wait for the SIGKILL.
int killedSaveChild(const QString &path, const QString &temporary)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    const SaveJournal::Entry journal(path, out.handle());
    out.write(readAll(path) + "# unsaved\n");
    out.flush();
    const QByteArray link = "/proc/self/fd/" + QByteArray::number(out.handle());
    if (::linkat(AT_FDCWD, link.constData(), AT_FDCWD, QFile::encodeName(temporary).constData(),
                 AT_SYMLINK_FOLLOW) != 0)
        return 2;
    std::fputs("named\n", stdout);
    std::fflush(stdout);
    ::pause();
    return 0;
}

/// Child mode: open PATH in the window, rename its first document, autosave, say
/// "autosaved", then wait for the SIGKILL.
int editChild(int argc, char **argv, const QString &path)
{
    QApplication app(argc, argv);
    MainWindow window;
    window.show();
    window.openFile(path);
    if (!QTest::qWaitFor([&] { return window.currentFile() != nullptr; }, 20000))
        return 2;
    const QString refused =
        window.currentFile()->setValue(0, YamlPath::fromText(QStringLiteral("metadata.name")),
                                       YamlValue::string(QStringLiteral("unsaved-name")));
    if (!refused.isEmpty())
        return 3;
    window.documents()->autosaver()->saveAll();
    std::fputs("autosaved\n", stdout);
    std::fflush(stdout);
    return app.exec();
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void sigkillDuringSaveLeavesOldOrNew();
    void saveKeepsPermissions();
    void saveKeepsOwnership();
    void diskFullKeepsTheOriginal();
    void readOnlyFolderKeepsTheOriginal();
    void autosaveIsOfferedAfterSigkill_data();
    void autosaveIsOfferedAfterSigkill();
    void deletedWhileOpenKeepsTheText();
    void madeReadOnlyWhileOpen();
    void killedSaveLeftoversGoAtTheNextOpenOrSave();
    void namedPipeIsRefusedInTheWindow();

private:
    /// The window's banner text, empty when the banner is hidden.
    static QString bannerText(MainWindow *window);
    static QPushButton *bannerButton(MainWindow *window, const QString &text);
    QProcess *startChild(const QStringList &arguments);
    /// Answers the recovery question with button when it appears.
    void answerRecovery(QMessageBox::StandardButton button, QString *question);
};

QProcess *TestCrashSafety::startChild(const QStringList &arguments)
{
    auto *child = new QProcess(this);
    child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child->start(QCoreApplication::applicationFilePath(), arguments);
    return child;
}

void TestCrashSafety::sigkillDuringSaveLeavesOldOrNew()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mesh.yaml"));
    const QString newVersion = dir.filePath(QStringLiteral("new.bin"));
    const QByteArray oldBytes = largeFile(150000, "old");
    const QByteArray newBytes = largeFile(150000, "new");
    writeAll(newVersion, newBytes);

    // How long one whole save takes, so that the kills fall all over it.
    writeAll(path, oldBytes);
    QElapsedTimer timer;
    std::unique_ptr<QProcess> full(startChild({QStringLiteral("--save-child"), path, newVersion}));
    QVERIFY(full->waitForReadyRead(childTimeoutMs));
    timer.start();
    QVERIFY(full->waitForFinished(childTimeoutMs));
    const qint64 saveMs = std::max<qint64>(timer.elapsed(), 20);
    QCOMPARE(full->readAllStandardOutput(), QByteArray("saving\nsaved\n"));
    QVERIFY(readAll(path) == newBytes);

    QRandomGenerator random(20261201);
    int killedWhileSaving = 0;
    for (int round = 0; round < 12; ++round) {
        writeAll(path, oldBytes);
        std::unique_ptr<QProcess> child(
            startChild({QStringLiteral("--save-child"), path, newVersion}));
        QVERIFY(child->waitForReadyRead(childTimeoutMs));
        QTest::qSleep(int(random.bounded(saveMs * 11 / 10)));
        const bool finishedFirst = child->state() == QProcess::NotRunning;
        ::kill(pid_t(child->processId()), SIGKILL);
        QVERIFY(child->waitForFinished(childTimeoutMs));
        if (!finishedFirst && !child->readAllStandardOutput().contains("saved"))
            ++killedWhileSaving;
        const QByteArray onDisk = readAll(path);
        QVERIFY2(onDisk == oldBytes || onDisk == newBytes,
                 qPrintable(QStringLiteral("round %1: %2 bytes on disk, neither version")
                                .arg(round)
                                .arg(onDisk.size())));
        // A killed save may leave its temporary file behind, never a changed original; the
        // journal of saves knows it, and the next open or save removes it.
        SaveJournal::removeLeftovers(path);
        QCOMPARE(otherFiles(dir.path(), {QStringLiteral("mesh.yaml"), QStringLiteral("new.bin")}),
                 QStringList());
        QCOMPARE(journalRecordsOf(path), 0);
    }
    qInfo("save of %lld bytes takes %lld ms; %d of 12 kills fell inside it",
          qint64(newBytes.size()), saveMs, killedWhileSaving);
    QVERIFY2(killedWhileSaving >= 3, "too few kills fell inside the save to prove anything");
}

void TestCrashSafety::saveKeepsPermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mesh.yaml"));
    writeAll(path, "kind: ServiceEntry\n");
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    YamlFile file = YamlFile::fromBytes(readAll(path));
    file.setDocumentText(0, "kind: WorkloadEntry\n");
    QString error;
    QVERIFY2(file.save(path, &error), qPrintable(error));
    struct stat after;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
    QCOMPARE(after.st_mode & 07777, mode_t(0640));
    QCOMPARE(readAll(path), QByteArray("kind: WorkloadEntry\n"));
}

void TestCrashSafety::saveKeepsOwnership()
{
    if (::geteuid() != 0)
        QSKIP("keeping another user's ownership needs root: skipped (run the suite as root)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mesh.yaml"));
    writeAll(path, "kind: ServiceEntry\n");
    const QByteArray name = QFile::encodeName(path);
    QVERIFY(::chown(name.constData(), 65534, 65534) == 0);
    YamlFile file = YamlFile::fromBytes(readAll(path));
    file.setDocumentText(0, "kind: WorkloadEntry\n");
    QString error;
    QVERIFY2(file.save(path, &error), qPrintable(error));
    struct stat after;
    QCOMPARE(::stat(name.constData(), &after), 0);
    QCOMPARE(after.st_uid, uid_t(65534));
    QCOMPARE(after.st_gid, gid_t(65534));
}

void TestCrashSafety::diskFullKeepsTheOriginal()
{
    QTemporaryDir dir;
    SmallTmpfs disk(dir.path(), "size=256k");
    if (!disk.isMounted())
        QSKIP("disk full: mounting a size-limited tmpfs needs root; skipped");
    const QString path = dir.filePath(QStringLiteral("mesh.yaml"));
    const QByteArray original = largeFile(100, "old");
    writeAll(path, original);
    // The document as the user would save it: opened, then grown past the free space.
    QString error;
    std::unique_ptr<EditorDocument> document(EditorDocument::open(path, &error));
    QVERIFY2(document, qPrintable(error));
    document->replaceText(0, 0, largeFile(2000, "new"));
    QVERIFY(!document->save(&error));
    QCOMPARE(error, QStringLiteral("cannot write %1: No space left on device").arg(path));
    QVERIFY(document->isModified());
    QVERIFY(readAll(path) == original);
    QCOMPARE(otherFiles(dir.path(), {QStringLiteral("mesh.yaml")}), QStringList());
}

void TestCrashSafety::readOnlyFolderKeepsTheOriginal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mesh.yaml"));
    // Root writes into any folder whatever its mode: a read-only mount stops it too.
    SmallTmpfs mount(dir.path(), "size=1m");
    writeAll(path, "kind: ServiceEntry\n");
    QString reason;
    if (mount.isMounted()) {
        QVERIFY(mount.makeReadOnly());
        reason = QStringLiteral("Existing file %1 is not writable").arg(path);
    } else {
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        reason = QStringLiteral("Permission denied");
    }
    YamlFile file = YamlFile::fromBytes(readAll(path));
    file.setDocumentText(0, "kind: WorkloadEntry\n");
    QString error;
    QVERIFY(!file.save(path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write %1: ").arg(path)), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("kind: ServiceEntry\n"));
    if (!mount.isMounted())
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestCrashSafety::answerRecovery(QMessageBox::StandardButton button, QString *question)
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [timer, button, question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        *question = box->text();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
    timer->start(20);
}

void TestCrashSafety::autosaveIsOfferedAfterSigkill_data()
{
    QTest::addColumn<bool>("recover");
    QTest::newRow("recover") << true;
    QTest::newRow("decline") << false;
}

void TestCrashSafety::autosaveIsOfferedAfterSigkill()
{
    QFETCH(bool, recover);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mesh.yaml"));
    const QByteArray original = "kind: ServiceEntry\nmetadata:\n  name: saved-name\n";
    writeAll(path, original);
    Autosaver probe(Autosaver::defaultDirectory());
    QCOMPARE(probe.recoverableFiles().size(), 0);

    std::unique_ptr<QProcess> child(startChild({QStringLiteral("--edit-child"), path}));
    QVERIFY(child->waitForReadyRead(childTimeoutMs));
    QCOMPARE(child->readLine(), QByteArray("autosaved\n"));
    ::kill(pid_t(child->processId()), SIGKILL);
    QVERIFY(child->waitForFinished(childTimeoutMs));
    QCOMPARE(child->exitStatus(), QProcess::CrashExit);
    QCOMPARE(readAll(path), original);
    const QList<RecoverableFile> left = probe.recoverableFiles();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left[0].originalPath, path);

    // The next start offers it; the user answers with a click.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString question;
    answerRecovery(recover ? QMessageBox::Yes : QMessageBox::No, &question);
    window.offerRecovery();
    QVERIFY2(question.contains(QStringLiteral("Unsaved changes to %1").arg(path)),
             qPrintable(question));
    QVERIFY(!QFileInfo::exists(left[0].autosavePath));
    QCOMPARE(probe.recoverableFiles().size(), 0);
    if (recover) {
        QTRY_VERIFY(window.currentFile());
        EditorDocument *file = window.currentFile();
        QCOMPARE(file->path(), path);
        QVERIFY(file->isModified());
        QCOMPARE(file->file().bytes(),
                 QByteArray("kind: ServiceEntry\nmetadata:\n  name: unsaved-name\n"));
        QCOMPARE(readAll(path), original);
        window.documents()->forgetAutosaves();
        file->undoStack()->setClean();
    } else {
        QCOMPARE(window.documents()->files().size(), 0);
    }
}

QString TestCrashSafety::bannerText(MainWindow *window)
{
    auto *banner = window->findChild<Banner *>();
    return banner && banner->isVisible() ? banner->findChild<QLabel *>()->text() : QString();
}

QPushButton *TestCrashSafety::bannerButton(MainWindow *window, const QString &text)
{
    for (QPushButton *button : window->findChild<Banner *>()->findChildren<QPushButton *>()) {
        if (button->text() == text && button->isVisible())
            return button;
    }
    return nullptr;
}

void TestCrashSafety::deletedWhileOpenKeepsTheText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mesh.yaml"));
    const QByteArray bytes = "kind: ServiceEntry\nmetadata:\n  name: kept\n";
    writeAll(path, bytes);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFile(path);
    QTRY_VERIFY(window.currentFile());
    QVERIFY(QFile::remove(path));
    QTRY_COMPARE(bannerText(&window),
                 QStringLiteral("mesh.yaml was deleted from disk. Its text is still here; Save "
                                "writes it back."));
    QCOMPARE(window.currentFile()->file().bytes(), bytes);
    // The banner's buttons show once the event loop runs.
    QPushButton *save = nullptr;
    QTRY_VERIFY((save = bannerButton(&window, QStringLiteral("Save"))));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(readAll(path), bytes);
    QTRY_COMPARE(bannerText(&window), QString());
}

void TestCrashSafety::madeReadOnlyWhileOpen()
{
    QTemporaryDir dir;
    // Root may write whatever the mode says: a read-only mount makes the file read-only then.
    SmallTmpfs mount(dir.path(), "size=1m");
    const QString path = dir.filePath(QStringLiteral("mesh.yaml"));
    const QByteArray bytes = "kind: ServiceEntry\nmetadata:\n  name: kept\n";
    writeAll(path, bytes);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFile(path);
    QTRY_VERIFY(window.currentFile());
    EditorDocument *file = window.currentFile();
    QVERIFY(file->setValue(0, YamlPath::fromText(QStringLiteral("metadata.name")),
                           YamlValue::string(QStringLiteral("unsaved")))
                .isEmpty());
    // The mode change is what the file watcher sees; the mount follows before it is handled.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    if (mount.isMounted())
        QVERIFY(mount.makeReadOnly());
    QTRY_VERIFY(file->isReadOnly());
    QTRY_COMPARE(bannerText(&window),
                 QStringLiteral("mesh.yaml is read-only. You can look, copy and validate; to "
                                "change it, save a copy."));
    // The unsaved edit stays; the file on disk is untouched.
    QVERIFY(file->isModified());
    QCOMPARE(file->file().bytes(), QByteArray("kind: ServiceEntry\nmetadata:\n  name: unsaved\n"));
    QCOMPARE(readAll(path), bytes);
    QTRY_VERIFY(bannerButton(&window, QStringLiteral("Save a Copy…")));
    window.documents()->forgetAutosaves();
    file->undoStack()->setClean();
}

void TestCrashSafety::killedSaveLeftoversGoAtTheNextOpenOrSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mesh.yaml"));
    const QByteArray original = "kind: ServiceEntry\n";
    writeAll(path, original);
    // Files of QSaveFile's pattern that no killed save wrote stay: the user's own, a copy.
    const QString backup = dir.filePath(QStringLiteral("mesh.yaml.backup"));
    writeAll(backup, "kind: Backup\n");
    const QString other = dir.filePath(QStringLiteral("other.yaml.AbCdEf"));
    writeAll(other, "kind: Other\n");

    const auto killedSave = [&](const QString &temporary) {
        auto child = std::unique_ptr<QProcess>(
            startChild({QStringLiteral("--killed-save-child"), path, temporary}));
        if (!child->waitForReadyRead(childTimeoutMs) || child->readAll() != "named\n")
            qFatal("the killed-save child did not name its temporary file");
        return child;
    };
    const auto remaining = [&] {
        QStringList files = otherFiles(dir.path(), {QStringLiteral("mesh.yaml")});
        files.sort();
        return files;
    };
    const auto kill = [](QProcess *child) {
        ::kill(pid_t(child->processId()), SIGKILL);
        child->waitForFinished(childTimeoutMs);
    };

    // A save still running (its process alive) keeps its temporary file.
    const QString first = dir.filePath(QStringLiteral("mesh.yaml.QsAvEa"));
    std::unique_ptr<QProcess> running = killedSave(first);
    const QString copy = dir.filePath(QStringLiteral("mesh.yaml.CopyOf"));
    QVERIFY(QFile::copy(first, copy));
    YamlFile file;
    QString error;
    QVERIFY2(YamlFile::load(path, &file, &error), qPrintable(error));
    QVERIFY(QFile::exists(first));
    // Once it is killed, the next open removes it, and only it.
    kill(running.get());
    QCOMPARE(readAll(first), original + "# unsaved\n");
    QVERIFY2(YamlFile::load(path, &file, &error), qPrintable(error));
    QCOMPARE(file.bytes(), original);
    QCOMPARE(remaining(),
             QStringList({QStringLiteral("mesh.yaml.CopyOf"), QStringLiteral("mesh.yaml.backup"),
                          QStringLiteral("other.yaml.AbCdEf")}));

    // The next save removes another killed save's file before writing.
    const QString second = dir.filePath(QStringLiteral("mesh.yaml.zZyYxX"));
    std::unique_ptr<QProcess> killed = killedSave(second);
    kill(killed.get());
    QVERIFY(QFile::exists(second));
    file.setDocumentText(0, "kind: WorkloadEntry\n");
    QVERIFY2(file.save(path, &error), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("kind: WorkloadEntry\n"));
    QCOMPARE(remaining(),
             QStringList({QStringLiteral("mesh.yaml.CopyOf"), QStringLiteral("mesh.yaml.backup"),
                          QStringLiteral("other.yaml.AbCdEf")}));
    QCOMPARE(readAll(backup), QByteArray("kind: Backup\n"));
    // The records went with them; a save that finished leaves none.
    QCOMPARE(journalRecordsOf(path), 0);
}

void TestCrashSafety::namedPipeIsRefusedInTheWindow()
{
    // Opening a pipe nobody writes to would wait in open() forever, freezing the window.
    QTemporaryDir dir;
    const QString pipe = dir.filePath(QStringLiteral("pipe.yaml"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    MainWindow window;
    window.show();
    QString message;
    answerRecovery(QMessageBox::Ok, &message);
    QVERIFY(!window.openFile(pipe));
    QCOMPARE(message,
             QStringLiteral("%1 is a named pipe; MeshEntry opens regular files only").arg(pipe));
    QVERIFY(!window.currentFile());
}

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--save-child") == 0) {
        QCoreApplication app(argc, argv);
        return saveChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    if (argc == 4 && qstrcmp(argv[1], "--killed-save-child") == 0) {
        QCoreApplication app(argc, argv);
        return killedSaveChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    if (argc == 3 && qstrcmp(argv[1], "--edit-child") == 0)
        return editChild(argc, argv, QString::fromLocal8Bit(argv[2]));
    QApplication app(argc, argv);
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
