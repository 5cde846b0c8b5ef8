#include "testapiserver.h"

#include "statusreplies.h"
#include "testpki.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

namespace MeshEntry::TestApi {

namespace {

QByteArray reasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases{{200, "OK"},
                                                {201, "Created"},
                                                {400, "Bad Request"},
                                                {401, "Unauthorized"},
                                                {403, "Forbidden"},
                                                {404, "Not Found"},
                                                {405, "Method Not Allowed"},
                                                {409, "Conflict"},
                                                {410, "Gone"},
                                                {415, "Unsupported Media Type"},
                                                {422, "Unprocessable Entity"},
                                                {500, "Internal Server Error"}};
    return phrases.value(status, "Status");
}

/// Parses one request from the front of buffer; false when more bytes are needed.
bool takeRequest(QByteArray *buffer, HttpRequest *request, bool *bad)
{
    const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() < 3) {
        *bad = true;
        return false;
    }
    request->method = requestLine[0];
    const QByteArray target = requestLine[1];
    const qsizetype question = target.indexOf('?');
    request->path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    request->query =
        QUrlQuery(question < 0 ? QString() : QString::fromLatin1(target.mid(question + 1)));
    request->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request->headers.insert(lines[i].left(colon).trimmed().toLower(),
                                    lines[i].mid(colon + 1).trimmed());
    }
    qsizetype bodyStart = headerEnd + 4;
    if (request->headers.value("transfer-encoding").contains("chunked")) {
        QByteArray body;
        qsizetype at = bodyStart;
        while (true) {
            const qsizetype lineEnd = buffer->indexOf("\r\n", at);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qsizetype size =
                buffer->mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok) {
                *bad = true;
                return false;
            }
            if (buffer->size() < lineEnd + 2 + size + 2)
                return false;
            body += buffer->mid(lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
            if (size == 0)
                break;
        }
        request->body = body;
        buffer->remove(0, at);
        return true;
    }
    const qsizetype length = request->headers.value("content-length").toLongLong();
    if (buffer->size() < bodyStart + length)
        return false;
    request->body = buffer->mid(bodyStart, length);
    buffer->remove(0, bodyStart + length);
    return true;
}

} // namespace

/// Lives in the server thread: accepts connections and answers requests.
class ServerWorker : public QObject
{
public:
    ServerWorker(TestApiServer *owner) : m_owner(owner) {}

    bool listen(quint16 port, QString *error)
    {
        const TestPki *pki = m_owner->m_pki;
        if (pki) {
            auto *server = new QSslServer(this);
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setLocalCertificate(
                QSslCertificate(TestPki::read(pki->serverCertificate()), QSsl::Pem));
            ssl.setPrivateKey(QSslKey(TestPki::read(pki->serverKey()), QSsl::Ec, QSsl::Pem));
            ssl.setCaCertificates(
                QSslCertificate::fromData(TestPki::read(pki->caCertificate()), QSsl::Pem));
            ssl.setPeerVerifyMode(QSslSocket::QueryPeer);
            server->setSslConfiguration(ssl);
            server->setHandshakeTimeout(30000);
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                adopt(socket);
        });
        if (!m_server->listen(QHostAddress::LocalHost, port)) {
            *error = m_server->errorString();
            return false;
        }
        return true;
    }

    quint16 port() const { return m_server->serverPort(); }

private:
    void adopt(QTcpSocket *socket)
    {
        socket->setParent(this);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        QString certificateUser;
        if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
            // QueryPeer asks for a certificate without requiring it; only one that verifies
            // against the test CA authenticates.
            const QSslCertificate peer = ssl->peerCertificate();
            if (!peer.isNull() && ssl->sslHandshakeErrors().isEmpty())
                certificateUser = peer.subjectInfo(QSslCertificate::CommonName).value(0);
        }
        auto *buffer = new QByteArray;
        connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, certificateUser] {
            buffer->append(socket->readAll());
            HttpRequest request;
            bool bad = false;
            while (takeRequest(buffer, &request, &bad)) {
                int delay = 0;
                const HttpResponse response = m_owner->respond(request, certificateUser, &delay);
                QByteArray bytes =
                    "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                    reasonPhrase(response.status) + "\r\nContent-Type: " + response.contentType +
                    "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
                    "\r\nCache-Control: no-cache, private\r\n";
                for (const auto &header : response.headers)
                    bytes += header.first + ": " + header.second + "\r\n";
                bytes += "\r\n" + response.body;
                // Replies go out in one write, in order: a delayed reply holds back later ones.
                if (delay > 0 || !m_queue.value(socket).isEmpty()) {
                    m_queue[socket].append(bytes);
                    QTimer::singleShot(delay, socket, [this, socket] {
                        const QByteArray next = m_queue[socket].takeFirst();
                        socket->write(next);
                        if (m_queue[socket].isEmpty())
                            m_queue.remove(socket);
                    });
                } else {
                    socket->write(bytes);
                }
            }
            if (bad) {
                socket->write(
                    "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
        connect(socket, &QObject::destroyed, this, [this, socket] { m_queue.remove(socket); });
        if (socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(socket, "readyRead", Qt::QueuedConnection);
    }

    TestApiServer *m_owner;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QList<QByteArray>> m_queue;
};

TestApiServer::TestApiServer(const TestPki *pki, QObject *parent) : QObject(parent), m_pki(pki)
{
    m_thread.setObjectName(QStringLiteral("TestApiServer"));
}

TestApiServer::~TestApiServer()
{
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
        m_worker = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

bool TestApiServer::start(QString *error, quint16 port)
{
    m_thread.start();
    m_worker = new ServerWorker(this);
    m_worker->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            ok = m_worker->listen(port, error);
            m_port = m_worker->port();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

QString TestApiServer::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_pki ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port);
}

void TestApiServer::addToken(const QString &token, const QString &user)
{
    QMutexLocker locker(&m_mutex);
    m_tokens.insert(token, user);
}

void TestApiServer::removeToken(const QString &token)
{
    QMutexLocker locker(&m_mutex);
    m_tokens.remove(token);
}

void TestApiServer::setDelay(int milliseconds)
{
    QMutexLocker locker(&m_mutex);
    m_delay = milliseconds;
}

QList<LoggedRequest> TestApiServer::requests() const
{
    QMutexLocker locker(&m_mutex);
    return m_log;
}

QList<LoggedRequest> TestApiServer::requests(const QByteArray &method,
                                             const QString &pathPrefix) const
{
    QList<LoggedRequest> out;
    for (const LoggedRequest &request : requests())
        if ((method.isEmpty() || request.method == method) && request.path.startsWith(pathPrefix))
            out.append(request);
    return out;
}

void TestApiServer::clearRequests()
{
    QMutexLocker locker(&m_mutex);
    m_log.clear();
}

HttpResponse TestApiServer::respond(HttpRequest request, const QString &certificateUser, int *delay)
{
    QMutexLocker locker(&m_mutex);
    QString user = certificateUser;
    const QByteArray authorization = request.headers.value("authorization");
    bool rejected = false;
    if (user.isEmpty() && authorization.startsWith("Bearer ")) {
        user = m_tokens.value(QString::fromUtf8(authorization.mid(7)));
        rejected = user.isEmpty();
    }
    request.user = user.isEmpty() ? QStringLiteral("system:anonymous") : user;
    const bool open = request.path == u"/version" && !rejected;
    HttpResponse response;
    if ((user.isEmpty() && !open) || rejected) {
        response = StatusReplies::status(401, QStringLiteral("Unauthorized"),
                                         QStringLiteral("Unauthorized"));
    } else {
        response = m_cluster.handle(request);
        if (!request.path.startsWith(QLatin1String("/version")))
            *delay = m_delay;
    }
    m_log.append({request.method, request.path, request.query.toString(QUrl::FullyDecoded),
                  request.headers, request.body, request.user, response.status});
    return response;
}

} // namespace MeshEntry::TestApi
