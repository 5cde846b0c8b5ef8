#include "kubeclient.h"

#include "execcredentials.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslError>
#include <QTimer>

namespace MeshEntry {

namespace {

// An exec plugin's failure, as execcredentials.cpp words it, inside the request's error.
const char *const gettingCredentials =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "getting credentials: %1");
const QList<const char *> execTemplates = {
#include "execcredentials.templates.inc"
};
const NestedMessages credentialsFailure(gettingCredentials, 1, execTemplates);

} // namespace

namespace {

const QByteArray aggregatedAccept =
    "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
    "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,"
    "application/json";

QStringList parseWarnings(const QByteArray &header)
{
    // RFC 7234 warnings: `299 - "text"`, several separated by commas.
    static const QRegularExpression warning(
        QStringLiteral(R"re(\d{3}\s+\S+\s+"((?:[^"\\]|\\.)*)")re"));
    QStringList warnings;
    auto it = warning.globalMatch(QString::fromUtf8(header));
    while (it.hasNext()) {
        QString text = it.next().captured(1);
        text.replace(QLatin1String("\\\""), QLatin1String("\""));
        text.replace(QLatin1String("\\\\"), QLatin1String("\\"));
        warnings.append(text);
    }
    return warnings;
}

QString userAgent()
{
    const QString version = QCoreApplication::applicationVersion();
    return QStringLiteral("meshentry/%1 (linux/amd64)")
        .arg(version.isEmpty() ? QStringLiteral("0") : version);
}

} // namespace

QJsonObject KubeResponse::object() const
{
    return QJsonDocument::fromJson(body).object();
}

bool KubeResponse::jsonObject(const QString &operation, QJsonObject *object,
                              ClusterError *error) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isObject()) {
        *object = document.object();
        return true;
    }
    const QString reason = parseError.error != QJsonParseError::NoError
                               ? parseError.errorString()
                               : QStringLiteral("not a JSON object");
    // Not a Status from the server: an answer nothing can read, like a broken connection.
    *error = ClusterError(
        ClusterError::Kind::Network,
        QStringLiteral("the server's answer to %1 is not JSON: %2").arg(operation, reason));
    return false;
}

void KubeRequest::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();
        return;
    }
    m_response.error = ClusterError(ClusterError::Kind::Cancelled, QStringLiteral("cancelled"));
    m_finished = true;
    emit finished();
}

KubeClient::KubeClient(const ClusterConnection &connection, QObject *parent)
    : QObject(parent), m_connection(connection), m_network(new QNetworkAccessManager(this))
{
    m_network->setProxy(connection.proxy());
}

void KubeRequest::abandon()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_reply) {
        m_reply->disconnect();
        m_reply->abort();
    }
    deleteLater();
}

KubeClient::~KubeClient()
{
    // Nobody hears from this client again: no callback may run while it is torn down.
    m_discoveryWaiters.clear();
    for (KubeRequest *request : findChildren<KubeRequest *>(Qt::FindDirectChildrenOnly))
        request->abandon();
}

QString KubeClient::serverAddress() const
{
    const QUrl server = m_connection.server();
    const int port = server.port(server.scheme() == u"https" ? 443 : 80);
    return QStringLiteral("%1:%2").arg(server.host()).arg(port);
}

KubeRequest *KubeClient::send(const KubeRequestSpec &spec)
{
    auto *request = new KubeRequest(spec, this);
    request->m_timer = new QTimer(request);
    request->m_timer->setSingleShot(true);
    connect(request->m_timer, &QTimer::timeout, request, [this, request] {
        request->m_timedOut = true;
        if (request->m_reply) {
            request->m_reply->abort();
            return;
        }
        request->m_response.error = ClusterError(
            ClusterError::Kind::Timeout,
            QStringLiteral("Unable to connect to the server: no answer from %1 within %2 s")
                .arg(serverAddress())
                .arg(m_timeoutMs / 1000.0));
        finish(request);
    });
    request->m_timer->start(m_timeoutMs);
    // Start on the next turn so that callers can connect to the request first.
    QMetaObject::invokeMethod(
        this,
        [this, request = QPointer<KubeRequest>(request)] {
            if (request && !request->m_finished)
                start(request);
        },
        Qt::QueuedConnection);
    connect(request, &KubeRequest::finished, request->m_timer, &QTimer::stop);
    return request;
}

KubeRequest *KubeClient::call(const KubeRequestSpec &spec, QObject *context,
                              std::function<void(const KubeResponse &)> done)
{
    KubeRequest *request = send(spec);
    connect(request, &KubeRequest::finished, context,
            [request, done = std::move(done)] { done(request->response()); });
    connect(request, &KubeRequest::finished, request, &QObject::deleteLater);
    // Whoever waits is gone: stop without calling back into it.
    connect(context, &QObject::destroyed, request, &KubeRequest::abandon);
    return request;
}

void KubeClient::start(KubeRequest *request)
{
    const auto exec = m_connection.execSource();
    if (!exec) {
        request->m_credentials = m_connection.staticCredentials();
        transmit(request);
        return;
    }
    exec->get(request, [this, request](const Credentials &credentials, const MessageText &error) {
        if (request->m_finished)
            return;
        if (!error.isEmpty()) {
            const MessageText message = MessageText(gettingCredentials).args({error});
            request->m_response.error =
                ClusterError(ClusterError::Kind::Credentials,
                             MessageText(message.source(), m_connection.redact(message.text())));
            finish(request);
            return;
        }
        request->m_credentials = credentials;
        transmit(request);
    });
}

void KubeClient::transmit(KubeRequest *request)
{
    const KubeRequestSpec &spec = request->m_spec;
    QUrl url = m_connection.server();
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + spec.path);
    url.setQuery(spec.query);

    QNetworkRequest network(url);
    network.setRawHeader("Accept", spec.accept);
    network.setRawHeader("User-Agent", userAgent().toUtf8());
    if (!spec.contentType.isEmpty())
        network.setRawHeader("Content-Type", spec.contentType);
    if (!request->m_credentials.authorization.isEmpty())
        network.setRawHeader("Authorization", request->m_credentials.authorization);
    if (m_connection.isSecure()) {
        QSslConfiguration ssl = m_connection.sslConfiguration();
        if (request->m_credentials.hasCertificate()) {
            ssl.setLocalCertificate(request->m_credentials.certificate);
            ssl.setPrivateKey(request->m_credentials.key);
        }
        network.setSslConfiguration(ssl);
        if (!m_connection.tlsServerName().isEmpty())
            network.setPeerVerifyName(m_connection.tlsServerName());
    }
    network.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);

    QNetworkReply *reply = m_network->sendCustomRequest(network, spec.method, spec.body);
    request->m_reply = reply;
    reply->setParent(request);
    connect(reply, &QNetworkReply::sslErrors, request, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        reply->setProperty("sslErrors", texts);
    });
    connect(reply, &QNetworkReply::downloadProgress, request, &KubeRequest::progress);
    connect(reply, &QNetworkReply::finished, this, [this, request] { onReplyFinished(request); });
}

ClusterError KubeClient::networkError(KubeRequest *request, QNetworkReply *reply,
                                      const QStringList &sslErrors) const
{
    const QString address = serverAddress();
    if (request->m_timedOut)
        return ClusterError(
            ClusterError::Kind::Timeout,
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "Unable to connect to the server: no answer from %1 "
                                          "within %2 s"))
                .arg(address)
                .arg(m_timeoutMs / 1000.0));
    if (request->m_cancelled)
        return ClusterError(ClusterError::Kind::Cancelled, QStringLiteral("cancelled"));
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return ClusterError(
            ClusterError::Kind::Network,
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "The connection to the server %1 was refused - did you "
                                          "specify the right host or port?"))
                .arg(address));
    case QNetworkReply::HostNotFoundError:
        return ClusterError(
            ClusterError::Kind::Network,
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "Unable to connect to the server: lookup %1: no such "
                                          "host"))
                .arg(m_connection.server().host()));
    case QNetworkReply::SslHandshakeFailedError:
        return ClusterError(
            ClusterError::Kind::Tls,
            MessageText(QT_TRANSLATE_NOOP(
                            "MeshEntry::Message",
                            "Unable to connect to the server: tls: failed to verify certificate "
                            "of %1: %2"))
                .arg(address, sslErrors.isEmpty() ? reply->errorString()
                                                  : sslErrors.join(QLatin1String("; "))));
    case QNetworkReply::RemoteHostClosedError:
        return ClusterError(
            ClusterError::Kind::Network,
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "Unable to connect to the server: %1 closed the "
                                          "connection"))
                .arg(address));
    default:
        return ClusterError(ClusterError::Kind::Network,
                            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                          "Unable to connect to the server %1: %2"))
                                .arg(address, reply->errorString()));
    }
}

void KubeClient::onReplyFinished(KubeRequest *request)
{
    QNetworkReply *reply = request->m_reply;
    if (!reply || request->m_finished)
        return;
    request->m_reply = nullptr;
    reply->deleteLater();
    KubeResponse &response = request->m_response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        response.body = reply->readAll();
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    response.warnings = parseWarnings(reply->rawHeader("Warning"));
    if (response.status == 0 || request->m_cancelled || request->m_timedOut) {
        response.error = networkError(request, reply, reply->property("sslErrors").toStringList());
        response.error.setMessage(m_connection.redact(response.error.message()));
        finish(request);
        return;
    }
    // Headers arrived, then the connection broke: a truncated body is no answer.
    if (response.status < 400 && reply->error() != QNetworkReply::NoError) {
        response.body.clear();
        response.error = networkError(request, reply, reply->property("sslErrors").toStringList());
        response.error.setMessage(m_connection.redact(response.error.message()));
        finish(request);
        return;
    }
    // An exec credential the server rejects is fetched again, and the request retried once.
    if (response.status == 401 && m_connection.execSource() && !request->m_retried) {
        request->m_retried = true;
        m_connection.execSource()->reject(request->m_credentials);
        response = KubeResponse();
        start(request);
        return;
    }
    if (response.status >= 400) {
        response.error =
            ClusterError::fromReply(response.status, response.body, request->m_spec.operation);
        response.error.setMessage(m_connection.redact(response.error.message()));
    }
    finish(request);
}

void KubeClient::finish(KubeRequest *request)
{
    if (request->m_finished)
        return;
    request->m_finished = true;
    emit request->finished();
}

KubeRequestSpec KubeClient::getSpec(const ApiResource &resource, const QString &namespaceName,
                                    const QString &name) const
{
    KubeRequestSpec spec;
    spec.path = resource.itemPath(namespaceName, name);
    spec.operation = QStringLiteral("get %1 %2").arg(resource.qualifiedResource(), name);
    return spec;
}

KubeRequestSpec KubeClient::applySpec(const ApiResource &resource, const QString &namespaceName,
                                      const QString &name, const QByteArray &manifest,
                                      const ApplyOptions &options) const
{
    KubeRequestSpec spec;
    spec.method = "PATCH";
    spec.path = resource.itemPath(namespaceName, name);
    spec.query.addQueryItem(QStringLiteral("fieldManager"), options.fieldManager);
    // Strict: an unknown or duplicate field is an error instead of silently dropped.
    spec.query.addQueryItem(QStringLiteral("fieldValidation"), QStringLiteral("Strict"));
    spec.query.addQueryItem(QStringLiteral("force"),
                            options.force ? QStringLiteral("true") : QStringLiteral("false"));
    if (options.dryRun)
        spec.query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
    spec.body = manifest;
    spec.contentType = "application/apply-patch+yaml";
    spec.operation = QStringLiteral("patch %1 %2").arg(resource.qualifiedResource(), name);
    return spec;
}

KubeRequestSpec KubeClient::deleteSpec(const ApiResource &resource, const QString &namespaceName,
                                       const QString &name, bool dryRun) const
{
    KubeRequestSpec spec;
    spec.method = "DELETE";
    spec.path = resource.itemPath(namespaceName, name);
    if (dryRun)
        spec.query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
    spec.body = R"({"kind":"DeleteOptions","apiVersion":"v1","propagationPolicy":"Background"})";
    spec.contentType = "application/json";
    spec.operation = QStringLiteral("delete %1 %2").arg(resource.qualifiedResource(), name);
    return spec;
}

void KubeClient::discover(QObject *context, DiscoveryCallback done)
{
    if (m_catalog) {
        done(m_catalog.get(), ClusterError());
        return;
    }
    m_discoveryWaiters.append({context, std::move(done)});
    if (m_pendingCatalog)
        return;
    m_pendingCatalog = std::make_unique<ResourceCatalog>();
    m_discoveryError = ClusterError();
    m_discoveryRequests = 0;

    // Legacy discovery: one APIResourceList per group version, asked in parallel.
    // Legacy discovery: one APIResourceList per group version, asked in parallel and read
    // in the server's order once all have arrived.
    m_legacyLists.clear();
    const auto askResourceList = [this](const QString &path, bool preferred) {
        ++m_discoveryRequests;
        const qsizetype slot = m_legacyLists.size();
        m_legacyLists.append({QByteArray(), preferred});
        KubeRequestSpec spec;
        spec.path = path;
        spec.operation = QStringLiteral("discover %1").arg(path);
        call(spec, this, [this, slot](const KubeResponse &response) {
            if (response.ok())
                m_legacyLists[slot].first = response.body;
            if (--m_discoveryRequests == 0)
                finishDiscovery(m_discoveryError);
        });
    };
    for (const QString &root : {QStringLiteral("/api"), QStringLiteral("/apis")}) {
        ++m_discoveryRequests;
        KubeRequestSpec spec;
        spec.path = root;
        spec.accept = aggregatedAccept;
        spec.operation = QStringLiteral("get %1").arg(root);
        call(spec, this, [this, askResourceList, root](const KubeResponse &response) {
            if (!response.ok()) {
                if (!m_discoveryError.isError())
                    m_discoveryError = response.error;
            } else if (response.contentType.contains("as=APIGroupDiscoveryList")) {
                QString error;
                if (!m_pendingCatalog->addAggregated(response.body, &error) &&
                    !m_discoveryError.isError())
                    m_discoveryError = ClusterError(ClusterError::Kind::Server, error);
            } else {
                QJsonObject object;
                ClusterError notJson;
                if (!response.jsonObject(QStringLiteral("get %1").arg(root), &object, &notJson) &&
                    !m_discoveryError.isError())
                    m_discoveryError = notJson;
                if (object.value(QLatin1String("kind")).toString() == u"APIVersions") {
                    for (const QJsonValue &version :
                         object.value(QLatin1String("versions")).toArray())
                        askResourceList(QStringLiteral("/api/") + version.toString(), true);
                } else {
                    for (const QJsonValue &groupValue :
                         object.value(QLatin1String("groups")).toArray()) {
                        const QJsonObject group = groupValue.toObject();
                        const QString preferred = group.value(QLatin1String("preferredVersion"))
                                                      .toObject()
                                                      .value(QLatin1String("groupVersion"))
                                                      .toString();
                        for (const QJsonValue &versionValue :
                             group.value(QLatin1String("versions")).toArray()) {
                            const QString groupVersion = versionValue.toObject()
                                                             .value(QLatin1String("groupVersion"))
                                                             .toString();
                            askResourceList(QStringLiteral("/apis/") + groupVersion,
                                            groupVersion == preferred);
                        }
                    }
                }
            }
            if (--m_discoveryRequests == 0)
                finishDiscovery(m_discoveryError);
        });
    }
}

void KubeClient::finishDiscovery(const ClusterError &error)
{
    std::unique_ptr<ResourceCatalog> catalog = std::move(m_pendingCatalog);
    for (const auto &list : std::exchange(m_legacyLists, {})) {
        QString ignored; // a group version that fails to list is left out, as kubectl does
        if (!list.first.isEmpty())
            catalog->addResourceList(list.first, list.second, &ignored);
    }
    const bool failed = error.isError() && catalog->isEmpty();
    if (!failed)
        m_catalog = std::move(catalog);
    const QList<DiscoveryWaiter> waiters = std::exchange(m_discoveryWaiters, {});
    for (const DiscoveryWaiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(failed ? nullptr : m_catalog.get(), failed ? error : ClusterError());
    }
}

} // namespace MeshEntry
