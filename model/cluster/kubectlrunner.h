#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>

class QTimer;

namespace MeshEntry {

/**
 * Runs the user's own kubectl with an argument list (never a shell), the manifests on stdin
 * and the chosen context, and collects its output and exit status. Also writes the command
 * a user can paste into a terminal.
 */
class KubectlRunner : public QObject
{
    Q_OBJECT
public:
    enum class Action {
        Diff,        ///< kubectl diff --server-side
        DryRunApply, ///< kubectl apply --server-side --dry-run=server
        Apply,       ///< kubectl apply --server-side
    };

    explicit KubectlRunner(QObject *parent = nullptr);
    ~KubectlRunner() override;

    /// kubectl's path on PATH, or empty.
    static QString program();
    /// The arguments for action with the manifests on stdin.
    static QStringList arguments(Action action, const QString &context,
                                 const QString &kubeconfig = {});
    /// A command to paste into a shell: kubectl with the context (never a credential) and
    /// the manifests in a quoted here-document.
    static QString exportCommand(const QString &context, const QByteArray &manifests);
    /// text quoted for a POSIX shell when it needs quoting.
    static QString shellQuoted(const QString &text);

    /// Starts kubectl; finished() follows, also when it cannot start.
    void start(const QStringList &arguments, const QByteArray &input, int timeoutMs = 120000);
    void cancel();
    bool isRunning() const;

    /// The command line that ran, for display.
    QString commandLine() const { return m_commandLine; }
    QByteArray output() const { return m_output; }
    QByteArray errorOutput() const { return m_errors; }
    /// kubectl's exit code; -1 when it did not run to its end.
    int exitCode() const { return m_exitCode; }
    /// Why kubectl did not run to its end (not found, timed out, cancelled, crashed).
    QString failure() const { return m_failure; }

signals:
    void outputReceived();
    void finished();

private:
    void finish(const QString &failure);

    QProcess *m_process = nullptr;
    QTimer *m_timer;
    QString m_commandLine;
    QByteArray m_output;
    QByteArray m_errors;
    int m_exitCode = -1;
    QString m_failure;
    bool m_cancelled = false;
};

} // namespace MeshEntry
