#include "singleinstance.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QStandardPaths>

namespace MeshEntry {

namespace {

const QByteArray acknowledgement = QByteArrayLiteral("ok\n");

/// The display this launch talks to, as it appears in the environment.
QString displayKey()
{
    for (const char *variable : {"WAYLAND_DISPLAY", "DISPLAY", "QT_QPA_PLATFORM"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty()) {
            // Only characters that are safe in a file name; ":0" becomes "_0".
            QString key = value;
            key.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")),
                        QStringLiteral("_"));
            return key.left(40);
        }
    }
    return QStringLiteral("default");
}

} // namespace

SingleInstance::SingleInstance(QObject *parent) : QObject(parent), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
}

SingleInstance::~SingleInstance()
{
    m_server->close(); // removes the socket file
}

QString SingleInstance::defaultName()
{
    QString directory = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (directory.isEmpty())
        directory = QDir::tempPath();
    return QDir(directory).filePath(QStringLiteral("meshentry-%1.socket").arg(displayKey()));
}

bool SingleInstance::forward(const QString &name, const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QJsonObject message{{QStringLiteral("files"), QJsonArray::fromStringList(files)}};
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer == acknowledgement;
}

bool SingleInstance::listen(const QString &name)
{
    // Someone answers: another window owns the name. Nobody: a socket a crash left behind,
    // or none. (Qt binds a user-only socket beside the name and renames it into place, so
    // listen() alone would take a live window's name over.)
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(500))
        return false;
    QLocalServer::removeServer(name);
    return m_server->listen(name);
}

QString SingleInstance::serverName() const
{
    return m_server->fullServerName();
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
    }
}

void SingleInstance::read(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxMessage)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(maxMessage);
    const QJsonDocument document = QJsonDocument::fromJson(line);
    const QJsonValue files = document.object().value(QStringLiteral("files"));
    if (!document.isObject() || !files.isArray()) {
        socket->abort();
        return;
    }
    QStringList paths;
    for (const QJsonValue &file : files.toArray()) {
        if (file.isString() && QDir::isAbsolutePath(file.toString()))
            paths.append(file.toString());
    }
    emit filesRequested(paths);
    socket->write(acknowledgement);
    socket->flush();
    socket->disconnectFromServer();
}

} // namespace MeshEntry
