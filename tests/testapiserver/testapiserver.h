#pragma once

#include "fakecluster.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThread>

namespace MeshEntry::TestApi {

class ServerWorker;
class TestPki;

/// One request as the server saw it.
struct LoggedRequest {
    QByteArray method;
    QString path;
    QString query; ///< decoded
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QString user;
    int status = 0;
};

/**
 * The project's test API server: FakeCluster behind HTTPS (a CA and server certificate made
 * at test time) or plain HTTP, on 127.0.0.1 and a free port, in its own thread so that a
 * test may block on kubectl while the server answers. Authenticates bearer tokens and
 * client certificates signed by the test CA; /version is open to anyone, as on a real
 * server, everything else needs credentials.
 */
class TestApiServer : public QObject
{
    Q_OBJECT
public:
    /// pki null: plain HTTP.
    explicit TestApiServer(const TestPki *pki, QObject *parent = nullptr);
    ~TestApiServer() override;

    bool start(QString *error, quint16 port = 0);
    quint16 port() const { return m_port; }
    QString url() const;

    void addToken(const QString &token, const QString &user);
    void removeToken(const QString &token);
    /// Holds every resource reply back this long (for timeout tests).
    void setDelay(int milliseconds);

    /// Runs f on the fake cluster under the server's lock.
    template <typename F> auto withCluster(F f)
    {
        QMutexLocker locker(&m_mutex);
        return f(m_cluster);
    }

    QList<LoggedRequest> requests() const;
    void clearRequests();
    /// Requests whose method matches and whose path starts with pathPrefix.
    QList<LoggedRequest> requests(const QByteArray &method, const QString &pathPrefix) const;

private:
    friend class ServerWorker;
    HttpResponse respond(HttpRequest request, const QString &certificateUser, int *delay);

    mutable QMutex m_mutex;
    FakeCluster m_cluster;
    QHash<QString, QString> m_tokens;
    int m_delay = 0;
    QList<LoggedRequest> m_log;
    const TestPki *m_pki;
    QThread m_thread;
    ServerWorker *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace MeshEntry::TestApi
