#include "singleinstance.h"

#include <QElapsedTimer>
#include <QLocalSocket>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace MeshEntry;

/// One window per user and display: a second launch hands its files to the first.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void nameIsPerDisplayInTheRuntimeDirectory();
    void forwardingToNobodyFailsAtOnce();
    void filesReachTheListeningInstance();
    void onlyTheUserMayConnect();
    void aSecondListenerIsRefused();
    void aStaleSocketIsReplaced();
    void malformedMessagesAreDropped();
    void secondLaunchOpensItsFileInTheRunningWindow();
    void newWindowStartsAWindowOfItsOwn();

private:
    /// A socket path in a fresh directory.
    QString socketPath(const char *name) { return m_dir.filePath(QLatin1String(name)); }
    /// The environment of a window started by the test: its own home, runtime directory and
    /// display name, offscreen.
    QProcessEnvironment windowEnvironment() const;

    QTemporaryDir m_dir;
};

QProcessEnvironment TestSingleInstance::windowEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local/share")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":test"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return environment;
}

void TestSingleInstance::nameIsPerDisplayInTheRuntimeDirectory()
{
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    const QByteArray display = qgetenv("DISPLAY");
    const QByteArray wayland = qgetenv("WAYLAND_DISPLAY");
    QDir().mkpath(m_dir.filePath(QStringLiteral("run")));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("run")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", m_dir.filePath(QStringLiteral("run")).toUtf8());
    qunsetenv("WAYLAND_DISPLAY");
    qputenv("DISPLAY", ":1");
    QCOMPARE(SingleInstance::defaultName(), m_dir.filePath(QStringLiteral("run/meshentry-_1.socket")));
    // Whatever a variable holds, the name stays a file in that directory.
    qputenv("DISPLAY", "../../etc/x y:0.0");
    QCOMPARE(SingleInstance::defaultName(),
             m_dir.filePath(QStringLiteral("run/meshentry-.._.._etc_x_y_0.0.socket")));
    qputenv("WAYLAND_DISPLAY", "wayland-0");
    QCOMPARE(SingleInstance::defaultName(),
             m_dir.filePath(QStringLiteral("run/meshentry-wayland-0.socket")));
    qputenv("XDG_RUNTIME_DIR", runtime);
    qputenv("DISPLAY", display);
    qputenv("WAYLAND_DISPLAY", wayland);
    if (runtime.isNull())
        qunsetenv("XDG_RUNTIME_DIR");
    if (display.isNull())
        qunsetenv("DISPLAY");
    if (wayland.isNull())
        qunsetenv("WAYLAND_DISPLAY");
}

void TestSingleInstance::forwardingToNobodyFailsAtOnce()
{
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!SingleInstance::forward(socketPath("nobody.socket"), {QStringLiteral("/tmp/a.yaml")}));
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
}

void TestSingleInstance::filesReachTheListeningInstance()
{
    SingleInstance server;
    QVERIFY(server.listen(socketPath("window.socket")));
    QSignalSpy requested(&server, &SingleInstance::filesRequested);
    // The second launch blocks until the window answers, so it runs beside the event loop.
    const QStringList files{QStringLiteral("/work/a.yaml"), QStringLiteral("/work/b c.yaml")};
    QFuture<bool> sent = QtConcurrent::run(
        [this, files] { return SingleInstance::forward(socketPath("window.socket"), files); });
    QTRY_VERIFY(sent.isFinished());
    QVERIFY(sent.result());
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toStringList(), files);
    // No files: the window is only raised.
    sent = QtConcurrent::run([this] { return SingleInstance::forward(socketPath("window.socket"), {}); });
    QTRY_VERIFY(sent.isFinished());
    QVERIFY(sent.result());
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.last().first().toStringList(), QStringList());
}

void TestSingleInstance::onlyTheUserMayConnect()
{
    SingleInstance server;
    QVERIFY(server.listen(socketPath("private.socket")));
    const QFile::Permissions permissions = QFileInfo(socketPath("private.socket")).permissions();
    QVERIFY(!(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther |
                             QFile::WriteOther)));
}

void TestSingleInstance::aSecondListenerIsRefused()
{
    SingleInstance first;
    QVERIFY(first.listen(socketPath("taken.socket")));
    SingleInstance second;
    QVERIFY(!second.listen(socketPath("taken.socket")));
    // The first still answers.
    QSignalSpy requested(&first, &SingleInstance::filesRequested);
    QFuture<bool> sent = QtConcurrent::run([this] {
        return SingleInstance::forward(socketPath("taken.socket"), {QStringLiteral("/x.yaml")});
    });
    QTRY_VERIFY(sent.isFinished());
    QVERIFY(sent.result());
    QCOMPARE(requested.size(), 1);
}

void TestSingleInstance::aStaleSocketIsReplaced()
{
    // What a crashed window leaves: a bound socket file nobody listens on.
    const QByteArray path = socketPath("stale.socket").toLocal8Bit();
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    qstrncpy(address.sun_path, path.constData(), sizeof(address.sun_path));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(socketPath("stale.socket")));
    QVERIFY(!SingleInstance::forward(socketPath("stale.socket"), {}));

    SingleInstance server;
    QVERIFY(server.listen(socketPath("stale.socket")));
    QSignalSpy requested(&server, &SingleInstance::filesRequested);
    QFuture<bool> sent = QtConcurrent::run([this] {
        return SingleInstance::forward(socketPath("stale.socket"), {QStringLiteral("/y.yaml")});
    });
    QTRY_VERIFY(sent.isFinished());
    QVERIFY(sent.result());
    QCOMPARE(requested.size(), 1);
}

void TestSingleInstance::malformedMessagesAreDropped()
{
    SingleInstance server;
    QVERIFY(server.listen(socketPath("hostile.socket")));
    QSignalSpy requested(&server, &SingleInstance::filesRequested);
    const auto send = [this](const QByteArray &bytes) {
        QLocalSocket socket;
        socket.connectToServer(socketPath("hostile.socket"));
        if (!socket.waitForConnected(2000))
            return QByteArray("not connected");
        socket.write(bytes);
        socket.waitForBytesWritten(2000);
        QByteArray answer;
        while (socket.state() == QLocalSocket::ConnectedState && socket.waitForReadyRead(1000))
            answer += socket.readAll();
        return answer;
    };
    for (const QByteArray &message :
         {QByteArray("not json\n"), QByteArray("[\"/a.yaml\"]\n"), QByteArray("{\"files\": 3}\n"),
          QByteArray(SingleInstance::maxMessage + 10, 'x')}) {
        QFuture<QByteArray> answer = QtConcurrent::run(send, message);
        QTRY_VERIFY_WITH_TIMEOUT(answer.isFinished(), 10000);
        QCOMPARE(answer.result(), QByteArray());
    }
    QCOMPARE(requested.size(), 0);
    // Relative paths and other values are left out of a well-formed message.
    QFuture<QByteArray> answer =
        QtConcurrent::run(send, QByteArray("{\"files\": [\"relative.yaml\", 7, \"/abs.yaml\"]}\n"));
    QTRY_VERIFY(answer.isFinished());
    QCOMPARE(answer.result(), QByteArray("ok\n"));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toStringList(), QStringList{QStringLiteral("/abs.yaml")});
}

void TestSingleInstance::secondLaunchOpensItsFileInTheRunningWindow()
{
    const QProcessEnvironment environment = windowEnvironment();
    QDir().mkpath(environment.value(QStringLiteral("XDG_RUNTIME_DIR")));
    QFile::setPermissions(environment.value(QStringLiteral("XDG_RUNTIME_DIR")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString socket =
        environment.value(QStringLiteral("XDG_RUNTIME_DIR")) + QStringLiteral("/meshentry-_test.socket");
    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(QStringLiteral(MESHENTRY_BINARY), {});
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 20000);

    const QString file = m_dir.filePath(QStringLiteral("second.yaml"));
    QFile yaml(file);
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write("apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: a\n"
               "spec:\n  hosts: [a.example.com]\n");
    yaml.close();
    // Started in another directory with a relative path: the window gets the absolute one.
    QProcess second;
    second.setProcessEnvironment(environment);
    second.setWorkingDirectory(m_dir.path());
    QElapsedTimer timer;
    timer.start();
    second.start(QStringLiteral(MESHENTRY_BINARY), {QStringLiteral("second.yaml")});
    QVERIFY(second.waitForFinished(20000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(first.state() == QProcess::Running);
    // The first window opened it: it is its most recent file.
    QSettings settings(environment.value(QStringLiteral("XDG_CONFIG_HOME")) +
                           QStringLiteral("/MeshEntry/MeshEntry.conf"),
                       QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("recentFiles")).toStringList().value(0),
             QFileInfo(file).absoluteFilePath());
    // Killed, the window leaves its socket behind; the next launch finds nobody there,
    // opens a window of its own and takes the socket over.
    first.kill();
    QVERIFY(first.waitForFinished(20000));
    QVERIFY(QFileInfo::exists(socket));
    QVERIFY(!SingleInstance::forward(socket, {}));
    QProcess third;
    third.setProcessEnvironment(environment);
    third.start(QStringLiteral(MESHENTRY_BINARY), {});
    QVERIFY(third.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(SingleInstance::forward(socket, {}), 20000);
    QCOMPARE(third.state(), QProcess::Running);
    third.kill();
    QVERIFY(third.waitForFinished(20000));
}

void TestSingleInstance::newWindowStartsAWindowOfItsOwn()
{
    const QProcessEnvironment environment = windowEnvironment();
    const QString socket =
        environment.value(QStringLiteral("XDG_RUNTIME_DIR")) + QStringLiteral("/meshentry-_test.socket");
    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(QStringLiteral(MESHENTRY_BINARY), {});
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 20000);
    QProcess second;
    second.setProcessEnvironment(environment);
    second.start(QStringLiteral(MESHENTRY_BINARY), {QStringLiteral("--new-window")});
    QVERIFY(second.waitForStarted());
    // It keeps running with its own window instead of handing over and exiting.
    QVERIFY(!second.waitForFinished(2000));
    QCOMPARE(second.state(), QProcess::Running);
    second.kill();
    first.kill();
    QVERIFY(second.waitForFinished(20000));
    QVERIFY(first.waitForFinished(20000));
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
