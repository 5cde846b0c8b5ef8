#pragma once

#include "credentials.h"
#include "kubeconfig.h"

#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QUrl>
#include <memory>
#include <optional>

namespace MeshEntry {

class ExecCredentialSource;

/**
 * One kubeconfig context made ready to talk to: the server, how to trust it (CA, server
 * name, or no verification), and the user's credentials. Built and checked as client-go
 * does; credentials are never sent to an `http://` server.
 */
class ClusterConnection
{
public:
    /// Resolves contextName (the current context when empty); nullopt with *error when the
    /// kubeconfig does not allow it (kubectl's wording where kubectl has one).
    static std::optional<ClusterConnection> resolve(const KubeConfig &config,
                                                    const QString &contextName, MessageText *error);
    /// As above, with the error in English (the command line's words).
    static std::optional<ClusterConnection> resolve(const KubeConfig &config,
                                                    const QString &contextName, QString *error);

    QString contextName() const { return m_context; }
    QString clusterName() const { return m_cluster; }
    QString userName() const { return m_user; }
    /// The context's namespace, or "default".
    QString defaultNamespace() const { return m_namespace; }
    QUrl server() const { return m_server; }
    bool isSecure() const { return m_server.scheme() == u"https"; }
    bool insecureSkipTlsVerify() const { return m_insecure; }
    /// True when the user has credentials that are withheld because the server is http.
    bool credentialsWithheld() const { return m_withheld; }
    QString tlsServerName() const { return m_tlsServerName; }
    /// CA certificates and verification mode, plus a static client certificate.
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    /// Token, token file or basic auth; empty for none (or for an exec plugin).
    const Credentials &staticCredentials() const { return m_credentials; }
    /// The proxy to reach the server through: the cluster's proxy-url, else HTTPS_PROXY or
    /// HTTP_PROXY unless NO_PROXY names the host (as Go's client does; loopback never).
    QNetworkProxy proxy() const { return m_proxy; }
    /// The exec plugin that supplies credentials, or null.
    std::shared_ptr<ExecCredentialSource> execSource() const { return m_exec; }

    /// text with every secret of this connection replaced by "<redacted>".
    QString redact(const QString &text) const;

private:
    QString m_context;
    QString m_cluster;
    QString m_user;
    QString m_namespace;
    QUrl m_server;
    bool m_insecure = false;
    bool m_withheld = false;
    QString m_tlsServerName;
    QSslConfiguration m_ssl;
    QNetworkProxy m_proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    Credentials m_credentials;
    std::shared_ptr<ExecCredentialSource> m_exec;
    QStringList m_secrets;
};

} // namespace MeshEntry
