#include "clusterconnection.h"

#include "execcredentials.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>

namespace MeshEntry {

namespace {

const char *const tooLarge =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "the file is larger than %1 MiB");

// Why a context cannot be used, in kubectl's words where kubectl has them (the command line
// prints them as they are; the window translates them).
const char *const noKubeconfig =
    QT_TRANSLATE_NOOP("MeshEntry::Message",
                      "no kubeconfig found (looked for %1); set KUBECONFIG or pass --kubeconfig");
const char *const noContext = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "no context chosen: the kubeconfig sets no current-context (choose one with --context)");
const char *const noSuchContext =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "context \"%1\" does not exist");
const char *const invalidConfiguration =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "invalid configuration: %1");
const char *const clusterNotSpecified =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "cluster was not specified for context \"%1\"");
const char *const userNotSpecified =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "user was not specified for context \"%1\"");
const char *const namespaceNotDnsLabel = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "namespace \"%1\" for context \"%2\" does not conform to the kubernetes DNS_LABEL rules");
const char *const clusterNotFound =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "cluster \"%1\" was not found for context \"%2\"");
const char *const userNotFound =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "user \"%1\" was not found for context \"%2\"");
const char *const noServer =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "no server found for cluster \"%1\"");
const char *const serverNotHttp = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "server \"%1\" of cluster \"%2\" is not an http or https URL");
const char *const unreadableAuthority = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "unable to read certificate-authority %1 for %2 due to %3");
const char *const authorityWithInsecure =
    QT_TRANSLATE_NOOP("MeshEntry::Message",
                      "specifying a root certificates file with the insecure flag is not allowed");
const char *const authorityNotPem = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "the certificate authority of cluster \"%1\" holds no PEM certificate");
const char *const severalMethods = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "more than one authentication method found for %1; found [%2], only one is allowed");
const char *const authProviderWithExec =
    QT_TRANSLATE_NOOP("MeshEntry::Message",
                      "authProvider cannot be provided in combination with an exec plugin for %1");
const char *const authProviderUnsupported = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "user \"%1\" authenticates with the auth-provider \"%2\", which MeshEntry does not support "
    "(kubectl dropped auth providers in v1.26); use an exec credential plugin instead");
const char *const unreadableCertificate =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "unable to read client-cert %1 for %2 due to %3");
const char *const unreadableKey =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "unable to read client-key %1 for %2 due to %3");
const char *const keyMissing =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "client-key-data or client-key must be specified for "
                                            "%1 to use the clientCert authentication method.");
const char *const certificateNotPem = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "the client certificate or key of user \"%1\" is not valid PEM");
const char *const execCommandMissing = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "command must be specified for %1 to use exec authentication plugin");
const char *const execApiVersionMissing = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "apiVersion must be specified for %1 to use exec authentication plugin");
const char *const execApiVersionInvalid =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "exec plugin: invalid apiVersion \"%1\"");
const char *const execModeMissing =
    QT_TRANSLATE_NOOP("MeshEntry::Message",
                      "interactiveMode must be specified for %1 to use exec authentication plugin");
const char *const execModeInvalid =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "invalid interactiveMode for %1: \"%2\"");
const char *const execEnvNameMissing = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "env variable name must be specified for %1 to use exec authentication plugin");
const char *const unreadableTokenFile =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "cannot read tokenFile %1 of user \"%2\": %3");
const QList<const char *> problems = {clusterNotSpecified,
                                      userNotSpecified,
                                      namespaceNotDnsLabel,
                                      clusterNotFound,
                                      userNotFound,
                                      noServer,
                                      serverNotHttp,
                                      unreadableAuthority,
                                      authorityWithInsecure,
                                      authorityNotPem,
                                      severalMethods,
                                      authProviderWithExec,
                                      authProviderUnsupported,
                                      unreadableCertificate,
                                      unreadableKey,
                                      keyMissing,
                                      certificateNotPem,
                                      execCommandMissing,
                                      execApiVersionMissing,
                                      execApiVersionInvalid,
                                      execModeMissing,
                                      execModeInvalid,
                                      execEnvNameMissing};
const NestedMessages invalidProblems(invalidConfiguration, 1, problems, ListKind::Commas);
const NestedMessages authorityReason(unreadableAuthority, 3, {tooLarge, fileErrorSource});
const NestedMessages certificateReason(unreadableCertificate, 3, {tooLarge, fileErrorSource});
const NestedMessages keyReason(unreadableKey, 3, {tooLarge, fileErrorSource});
const NestedMessages tokenFileReason(unreadableTokenFile, 3, {tooLarge, fileErrorSource});

bool readFile(const QString &path, QByteArray *bytes, MessageText *reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = fileError(file.errorString());
        return false;
    }
    // Certificates and tokens are small; a path naming a device or a huge file is refused.
    *bytes = file.read(KubeConfig::maxFileSize + 1);
    if (bytes->size() > KubeConfig::maxFileSize) {
        *reason = MessageText(tooLarge).arg(KubeConfig::maxFileSize >> 20);
        return false;
    }
    return true;
}

bool isDnsLabel(const QString &name)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return name.size() <= 63 && label.match(name).hasMatch();
}

QNetworkProxy proxyFor(const QString &url)
{
    const QUrl proxy(url.contains(QLatin1String("://")) ? url : QStringLiteral("http://") + url);
    if (!proxy.isValid() || proxy.host().isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const bool socks = proxy.scheme().startsWith(QLatin1String("socks5"));
    return QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                         proxy.host(), quint16(proxy.port(socks ? 1080 : 80)), proxy.userName(),
                         proxy.password());
}

QString environment(const char *upper, const char *lower)
{
    const QByteArray value =
        qEnvironmentVariable(upper).isEmpty() ? qgetenv(lower) : qgetenv(upper);
    return QString::fromLocal8Bit(value).trimmed();
}

/// Go's http.ProxyFromEnvironment: loopback is never proxied, NO_PROXY lists exceptions.
QNetworkProxy environmentProxy(const QUrl &server)
{
    const QString host = server.host().toLower();
    if (host == u"localhost" || host.startsWith(QLatin1String("127.")) || host == u"::1")
        return QNetworkProxy(QNetworkProxy::NoProxy);
    for (QString entry : environment("NO_PROXY", "no_proxy").split(u',', Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry == u"*")
            return QNetworkProxy(QNetworkProxy::NoProxy);
        entry = entry.section(u':', 0, 0);
        if (entry.startsWith(u'.'))
            entry = entry.mid(1);
        if (host == entry || host.endsWith(u'.' + entry))
            return QNetworkProxy(QNetworkProxy::NoProxy);
    }
    const QString proxy = server.scheme() == u"https" ? environment("HTTPS_PROXY", "https_proxy")
                                                      : environment("HTTP_PROXY", "http_proxy");
    return proxy.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxyFor(proxy);
}

} // namespace

std::optional<ClusterConnection>
ClusterConnection::resolve(const KubeConfig &config, const QString &contextName, QString *error)
{
    MessageText message;
    auto connection = resolve(config, contextName, &message);
    *error = message.text();
    return connection;
}

std::optional<ClusterConnection>
ClusterConnection::resolve(const KubeConfig &config, const QString &contextName, MessageText *error)
{
    if (!config.isValid()) {
        *error = config.errors().join(u'\n');
        return std::nullopt;
    }
    if (config.files().isEmpty()) {
        *error = MessageText(noKubeconfig).arg(config.searchedFiles().join(QLatin1String(", ")));
        return std::nullopt;
    }
    const QString name = contextName.isEmpty() ? config.currentContext() : contextName;
    if (name.isEmpty()) {
        *error = MessageText(noContext);
        return std::nullopt;
    }
    const KubeContext *context = config.context(name);
    if (!context) {
        *error = MessageText(noSuchContext).arg(name);
        return std::nullopt;
    }
    QList<MessageText> problems;
    if (context->cluster.isEmpty())
        problems << MessageText(clusterNotSpecified).arg(name);
    if (context->user.isEmpty())
        problems << MessageText(userNotSpecified).arg(name);
    if (!context->namespaceName.isEmpty() && !isDnsLabel(context->namespaceName))
        problems << MessageText(namespaceNotDnsLabel).arg(context->namespaceName, name);
    const KubeCluster *cluster = config.cluster(context->cluster);
    if (!context->cluster.isEmpty() && !cluster)
        problems << MessageText(clusterNotFound).arg(context->cluster, name);
    const KubeUser *user = config.user(context->user);
    if (!context->user.isEmpty() && !user)
        problems << MessageText(userNotFound).arg(context->user, name);
    if (!problems.isEmpty()) {
        *error = MessageText(invalidConfiguration).args({joinedList(ListKind::Commas, problems)});
        return std::nullopt;
    }

    ClusterConnection connection;
    connection.m_context = name;
    connection.m_cluster = cluster->name;
    connection.m_user = user->name;
    connection.m_namespace =
        context->namespaceName.isEmpty() ? QStringLiteral("default") : context->namespaceName;
    connection.m_server = QUrl(cluster->server, QUrl::StrictMode);
    connection.m_insecure = cluster->insecureSkipTlsVerify;
    connection.m_tlsServerName = cluster->tlsServerName;
    connection.m_secrets = config.secrets();

    if (cluster->server.isEmpty())
        problems << MessageText(noServer).arg(cluster->name);
    else if (!connection.m_server.isValid() ||
             (connection.m_server.scheme() != u"https" &&
              connection.m_server.scheme() != u"http") ||
             connection.m_server.host().isEmpty())
        problems << MessageText(serverNotHttp).arg(cluster->server, cluster->name);

    // Trust: the kubeconfig's CA alone when it names one, the system's otherwise.
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    QByteArray caPem = cluster->certificateAuthorityData;
    MessageText reason;
    if (caPem.isEmpty() && !cluster->certificateAuthority.isEmpty() &&
        !readFile(cluster->certificateAuthority, &caPem, &reason))
        problems << MessageText(unreadableAuthority)
                        .args({cluster->certificateAuthority, cluster->name, reason});
    if (!caPem.isEmpty()) {
        if (cluster->insecureSkipTlsVerify)
            problems << MessageText(authorityWithInsecure);
        const QList<QSslCertificate> authorities = QSslCertificate::fromData(caPem, QSsl::Pem);
        if (authorities.isEmpty())
            problems << MessageText(authorityNotPem).arg(cluster->name);
        ssl.setCaCertificates(authorities);
    }
    if (cluster->insecureSkipTlsVerify)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);

    // Credentials, validated as client-go validates them.
    QStringList methods;
    if (!user->token.isEmpty() || !user->tokenFile.isEmpty())
        methods << QStringLiteral("token");
    if (!user->username.isEmpty() || !user->password.isEmpty())
        methods << QStringLiteral("basicAuth");
    if (methods.size() > 1)
        problems << MessageText(severalMethods).arg(user->name, methods.join(u' '));
    if (!user->authProvider.isEmpty()) {
        if (user->exec)
            problems << MessageText(authProviderWithExec).arg(user->name);
        else
            problems << MessageText(authProviderUnsupported).arg(user->name, user->authProvider);
    }
    QByteArray certificatePem = user->clientCertificateData;
    QByteArray keyPem = user->clientKeyData;
    if (certificatePem.isEmpty() && !user->clientCertificate.isEmpty() &&
        !readFile(user->clientCertificate, &certificatePem, &reason))
        problems << MessageText(unreadableCertificate)
                        .args({user->clientCertificate, user->name, reason});
    if (keyPem.isEmpty() && !user->clientKey.isEmpty() &&
        !readFile(user->clientKey, &keyPem, &reason))
        problems << MessageText(unreadableKey).args({user->clientKey, user->name, reason});
    const bool wantsCertificate = !user->clientCertificate.isEmpty() || !certificatePem.isEmpty();
    if (wantsCertificate && keyPem.isEmpty() && user->clientKey.isEmpty())
        problems << MessageText(keyMissing).arg(user->name);
    if (!certificatePem.isEmpty() && !keyPem.isEmpty()) {
        connection.m_credentials.certificate = QSslCertificate(certificatePem, QSsl::Pem);
        connection.m_credentials.key = readPrivateKey(keyPem);
        connection.m_secrets.append(QString::fromLatin1(keyPem));
        if (connection.m_credentials.certificate.isNull() || connection.m_credentials.key.isNull())
            problems << MessageText(certificateNotPem).arg(user->name);
    }
    if (user->exec) {
        const KubeExecConfig &exec = *user->exec;
        if (exec.command.isEmpty())
            problems << MessageText(execCommandMissing).arg(user->name);
        if (exec.apiVersion.isEmpty())
            problems << MessageText(execApiVersionMissing).arg(user->name);
        else if (exec.apiVersion != u"client.authentication.k8s.io/v1" &&
                 exec.apiVersion != u"client.authentication.k8s.io/v1beta1")
            problems << MessageText(execApiVersionInvalid).arg(exec.apiVersion);
        if (exec.apiVersion == u"client.authentication.k8s.io/v1" && exec.interactiveMode.isEmpty())
            problems << MessageText(execModeMissing).arg(user->name);
        else if (!exec.interactiveMode.isEmpty() && exec.interactiveMode != u"Never" &&
                 exec.interactiveMode != u"IfAvailable" && exec.interactiveMode != u"Always")
            problems << MessageText(execModeInvalid).arg(user->name, exec.interactiveMode);
        for (const auto &variable : exec.env) {
            if (variable.first.isEmpty())
                problems << MessageText(execEnvNameMissing).arg(user->name);
        }
    }
    if (!problems.isEmpty()) {
        // Redacted, the text still fits its templates, so it is still translated.
        const MessageText invalid =
            MessageText(invalidConfiguration).args({joinedList(ListKind::Commas, problems)});
        *error = MessageText(invalid.source(), connection.redact(invalid.text()));
        return std::nullopt;
    }

    // A token file wins over an inline token; it is read now, as client-go reads it.
    QByteArray token = user->token.toUtf8();
    if (!user->tokenFile.isEmpty()) {
        QByteArray bytes;
        if (!readFile(user->tokenFile, &bytes, &reason)) {
            *error = MessageText(unreadableTokenFile).args({user->tokenFile, user->name, reason});
            return std::nullopt;
        }
        token = bytes.trimmed();
        connection.m_secrets.append(QString::fromUtf8(token));
    }
    if (!token.isEmpty())
        connection.m_credentials.authorization = "Bearer " + token;
    else if (!user->username.isEmpty() || !user->password.isEmpty())
        connection.m_credentials.authorization =
            "Basic " + (user->username + u':' + user->password).toUtf8().toBase64();

    // An exec plugin runs only when nothing else authenticates (client-go's rule).
    if (user->exec && connection.m_credentials.authorization.isEmpty() &&
        !connection.m_credentials.hasCertificate()) {
        QJsonObject clusterInfo{{QLatin1String("server"), cluster->server},
                                {QLatin1String("config"), QJsonValue::Null}};
        if (!caPem.isEmpty())
            clusterInfo.insert(QLatin1String("certificate-authority-data"),
                               QString::fromLatin1(caPem.toBase64()));
        if (cluster->insecureSkipTlsVerify)
            clusterInfo.insert(QLatin1String("insecure-skip-tls-verify"), true);
        if (!cluster->tlsServerName.isEmpty())
            clusterInfo.insert(QLatin1String("tls-server-name"), cluster->tlsServerName);
        connection.m_exec = ExecCredentialSource::forPlugin(*user->exec, user->name, clusterInfo);
    }

    // kubectl reads credentials only for https servers.
    if (!connection.isSecure()) {
        connection.m_withheld = !connection.m_credentials.authorization.isEmpty() ||
                                connection.m_credentials.hasCertificate() || connection.m_exec;
        connection.m_credentials = Credentials();
        connection.m_exec.reset();
    } else if (connection.m_credentials.hasCertificate()) {
        ssl.setLocalCertificate(connection.m_credentials.certificate);
        ssl.setPrivateKey(connection.m_credentials.key);
    }
    connection.m_ssl = ssl;
    connection.m_proxy = cluster->proxyUrl.isEmpty() ? environmentProxy(connection.m_server)
                                                     : proxyFor(cluster->proxyUrl);
    return connection;
}

QString ClusterConnection::redact(const QString &text) const
{
    QString scrubbed = text;
    QStringList secrets = m_secrets;
    if (m_exec)
        secrets += m_exec->secrets();
    for (const QString &secret : std::as_const(secrets)) {
        if (secret.size() >= 4)
            scrubbed.replace(secret, QLatin1String("<redacted>"));
    }
    return scrubbed;
}

} // namespace MeshEntry
