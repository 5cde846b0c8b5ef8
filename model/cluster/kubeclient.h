#pragma once

#include "clusterconnection.h"
#include "clustererror.h"
#include "resourcecatalog.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace MeshEntry {

/// What to ask the API server.
struct KubeRequestSpec {
    QByteArray method = "GET";
    QString path; ///< below the server URL: /apis/networking.istio.io/v1/…
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QByteArray accept = "application/json";
    /// What the request does, for messages about replies without a Status body
    /// ("get serviceentries.networking.istio.io").
    QString operation;
};

/// The server's answer, or why there is none.
struct KubeResponse {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QStringList warnings; ///< from `Warning:` headers
    ClusterError error;

    bool ok() const { return !error.isError(); }
    QJsonObject object() const;
    /// The body as a JSON object; false with *error (naming operation) when
    /// the server answered something else: garbage must not pass for an empty answer.
    bool jsonObject(const QString &operation, QJsonObject *object, ClusterError *error) const;
};

/// One request in flight. Emits finished() once; cancel() stops it.
class KubeRequest : public QObject
{
    Q_OBJECT
public:
    const KubeResponse &response() const { return m_response; }
    bool isFinished() const { return m_finished; }
    void cancel();
    /// Stops without reporting: for when whoever waits for the answer is gone.
    void abandon();

signals:
    void finished();
    void progress(qint64 received, qint64 total);

private:
    friend class KubeClient;
    explicit KubeRequest(const KubeRequestSpec &spec, QObject *parent)
        : QObject(parent), m_spec(spec)
    {}

    KubeRequestSpec m_spec;
    KubeResponse m_response;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    Credentials m_credentials;
    bool m_retried = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_finished = false;
};

/// Options of a server-side apply.
struct ApplyOptions {
    bool dryRun = false;
    bool force = false;
    QString fieldManager = QStringLiteral("meshentry");
};

/**
 * An asynchronous client of one cluster context on QNetworkAccessManager: every call returns
 * at once and reports through signals or callbacks; each request has a timeout and can be
 * cancelled. Credentials follow the kubeconfig (token, client certificate, exec plugin, run
 * again after a 401); messages never contain them.
 */
class KubeClient : public QObject
{
    Q_OBJECT
public:
    explicit KubeClient(const ClusterConnection &connection, QObject *parent = nullptr);
    ~KubeClient() override;

    const ClusterConnection &connection() const { return m_connection; }
    /// Per-request timeout (default 30 s, as the editor's Preferences or --request-timeout).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    /// Sends a request; the returned object belongs to the client until the caller takes it.
    KubeRequest *send(const KubeRequestSpec &spec);
    /// Sends and calls done(response) when finished, unless context is gone by then. The
    /// request deletes itself afterwards.
    KubeRequest *call(const KubeRequestSpec &spec, QObject *context,
                      std::function<void(const KubeResponse &)> done);

    using DiscoveryCallback = std::function<void(const ResourceCatalog *, const ClusterError &)>;
    /// Discovers what the server serves (aggregated discovery, legacy as a fallback), once
    /// per client; later calls answer from memory.
    void discover(QObject *context, DiscoveryCallback done);
    /// The catalog after a successful discover(), else null.
    const ResourceCatalog *catalog() const { return m_catalog.get(); }

    KubeRequestSpec getSpec(const ApiResource &resource, const QString &namespaceName,
                            const QString &name) const;
    /// Server-side apply of a manifest (YAML or JSON text).
    KubeRequestSpec applySpec(const ApiResource &resource, const QString &namespaceName,
                              const QString &name, const QByteArray &manifest,
                              const ApplyOptions &options) const;
    KubeRequestSpec deleteSpec(const ApiResource &resource, const QString &namespaceName,
                               const QString &name, bool dryRun = false) const;

    /// "host:port" of the server, for messages.
    QString serverAddress() const;

private:
    void start(KubeRequest *request);
    void transmit(KubeRequest *request);
    void onReplyFinished(KubeRequest *request);
    void finish(KubeRequest *request);
    ClusterError networkError(KubeRequest *request, QNetworkReply *reply,
                              const QStringList &sslErrors) const;
    void finishDiscovery(const ClusterError &error);

    ClusterConnection m_connection;
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 30000;
    std::unique_ptr<ResourceCatalog> m_catalog;
    std::unique_ptr<ResourceCatalog> m_pendingCatalog;
    int m_discoveryRequests = 0;
    QList<std::pair<QByteArray, bool>> m_legacyLists; ///< body and preferred, in server order
    ClusterError m_discoveryError;
    struct DiscoveryWaiter {
        QPointer<QObject> context;
        DiscoveryCallback done;
    };
    QList<DiscoveryWaiter> m_discoveryWaiters;
};

} // namespace MeshEntry
