#pragma once

#include "credentials.h"
#include "kubeconfig.h"
#include "messagetext.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QProcess;

namespace MeshEntry {

/**
 * Runs a kubeconfig's exec credential plugin as client-go does: the command with its argument
 * list (never a shell), the user's environment plus the plugin's `env` and
 * `KUBERNETES_EXEC_INFO`, stdin only when interactive. The credential is cached until its
 * expirationTimestamp and fetched again after the server rejects it (401). One source per
 * plugin configuration and cluster is shared by every client of the process.
 */
class ExecCredentialSource : public QObject
{
    Q_OBJECT
public:
    /// error is empty when credentials are good; its template translates it (translatedMessage).
    using Callback = std::function<void(const Credentials &credentials, const MessageText &error)>;

    /// The shared source for a plugin of user and the cluster it authenticates to.
    static std::shared_ptr<ExecCredentialSource> forPlugin(const KubeExecConfig &config,
                                                           const QString &userName,
                                                           const QJsonObject &clusterInfo);
    /// How long a non-interactive plugin may run before it is stopped and the request fails.
    static constexpr int defaultTimeoutMs = 60000;
    static void setTimeout(int milliseconds);
    /// Forgets every cached credential (tests, and when the kubeconfig is reloaded).
    static void clearCache();
    /// Whether the process has a terminal on stdin: interactive plugins need one. Off in the
    /// GUI; the CLI sets it from isatty(0).
    static void setTerminalAvailable(bool available);

    ExecCredentialSource(const KubeExecConfig &config, const QString &userName,
                         const QJsonObject &clusterInfo);
    ~ExecCredentialSource() override;

    /// Calls done (on this thread, possibly before returning) with the cached credential, or
    /// runs the plugin first. done is dropped when context is destroyed meanwhile.
    void get(QObject *context, Callback done);
    /// The server rejected rejected: the next get() runs the plugin again, unless another
    /// request already replaced the credential.
    void reject(const Credentials &rejected);
    /// How often the plugin has run (for tests and diagnostics).
    int runs() const { return m_runs; }
    /// The secrets this source has handed out, for scrubbing messages.
    QStringList secrets() const;

private:
    void run();
    void finish(const Credentials &credentials, const MessageText &error);
    MessageText parse(const QByteArray &output, Credentials *credentials, QDateTime *expiry);
    bool cachedIsValid() const;

    KubeExecConfig m_config;
    QString m_user;
    QJsonObject m_clusterInfo;
    QProcess *m_process = nullptr;
    bool m_haveCached = false;
    Credentials m_cached;
    QDateTime m_expiry;
    int m_runs = 0;
    QStringList m_secrets;
    struct Waiter {
        QPointer<QObject> context;
        Callback done;
    };
    QList<Waiter> m_waiters;
};

} // namespace MeshEntry
