#pragma once

#include "messagetext.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace MeshEntry {

/// `users[].user.exec`: a credential plugin (client.authentication.k8s.io v1 or v1beta1).
struct KubeExecConfig {
    QString apiVersion;
    QString command; ///< resolved against the kubeconfig's folder when it contains a '/'
    QStringList args;
    QList<QPair<QString, QString>> env;
    QString interactiveMode; ///< Never, IfAvailable or Always; v1beta1 defaults to IfAvailable
    bool provideClusterInfo = false;
    QString installHint;
};

/// `clusters[]`: where the API server is and how to trust it. Paths are absolute.
struct KubeCluster {
    QString name;
    QString server;
    QString certificateAuthority;
    QByteArray certificateAuthorityData; ///< PEM, decoded from base64
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    QString origin; ///< the kubeconfig file that defined it
};

/// `users[]`: credentials. Paths are absolute.
struct KubeUser {
    QString name;
    QString token;
    QString tokenFile;
    QString clientCertificate;
    QString clientKey;
    QByteArray clientCertificateData; ///< PEM
    QByteArray clientKeyData;         ///< PEM
    QString username;
    QString password;
    QString authProvider; ///< the name of an `auth-provider`, which MeshEntry does not run
    std::optional<KubeExecConfig> exec;
    QString origin;
};

/// `contexts[]`: a cluster, a user and a default namespace.
struct KubeContext {
    QString name;
    QString cluster;
    QString user;
    QString namespaceName;
    QString origin;
};

/**
 * A kubeconfig as client-go's loader builds it: the files of `KUBECONFIG` (or
 * `~/.kube/config`) merged, or one explicit file alone. For clusters, users and contexts the
 * first file that defines a name wins; current-context comes from the first file that sets
 * it; missing files are skipped; relative paths are resolved against the file naming them.
 */
class KubeConfig
{
public:
    /// The files `KUBECONFIG` names (deduplicated, empty entries dropped), or ~/.kube/config.
    static QStringList defaultPaths();
    /// Loads explicitPath alone when given (a missing file is an error), else defaultPaths().
    static KubeConfig load(const QString &explicitPath = {});
    /// Merges files in precedence order; missing files are skipped unless explicit.
    static KubeConfig loadFiles(const QStringList &paths, bool explicitFile = false);
    /// Reads one file's bytes as if loaded from path (relative paths resolve against it).
    static KubeConfig fromBytes(const QString &path, const QByteArray &bytes);
    /// Kubeconfigs, certificates and token files larger than this are refused unread: a path
    /// that names /dev/zero or a huge file must not exhaust memory.
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;

    /// Problems that make the configuration unusable, as kubectl reports them.
    QStringList errors() const;
    /// errors() with their templates, for the views (translatedMessage).
    const QList<MessageText> &errorMessages() const { return m_errors; }
    bool isValid() const { return m_errors.isEmpty(); }
    /// The files that were read, in precedence order.
    const QStringList &files() const { return m_files; }
    /// The files that were looked for, read or not.
    const QStringList &searchedFiles() const { return m_searched; }

    QString currentContext() const { return m_currentContext; }
    /// Contexts sorted by name, as `kubectl config get-contexts` lists them.
    QList<KubeContext> contexts() const;
    const KubeContext *context(const QString &name) const;
    const KubeCluster *cluster(const QString &name) const;
    const KubeUser *user(const QString &name) const;

    /// Every secret value the configuration holds, so that messages can be scrubbed of them.
    QStringList secrets() const;

private:
    void addFile(const QString &path, const QByteArray &bytes);

    QList<MessageText> m_errors;
    QStringList m_files;
    QStringList m_searched;
    QString m_currentContext;
    QList<KubeCluster> m_clusters;
    QList<KubeUser> m_users;
    QList<KubeContext> m_contexts;
};

} // namespace MeshEntry
