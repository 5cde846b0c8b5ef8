#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace MeshEntry {

/**
 * One window per user and display: the first launch listens on a local socket, a second one
 * hands it its files and exits (unless started with --new-window).
 *
 * The socket lives in the user's runtime directory ($XDG_RUNTIME_DIR, mode 0700; Qt makes a
 * private one when it is unset), only the user may connect, and its name carries the
 * display, so a session on another display (or a test's offscreen window) gets its own. A
 * socket left behind by a crash is recognised when nothing answers on it and replaced.
 *
 * The message is one line of JSON: {"files": ["/absolute/path", …]}; the window answers
 * "ok" once it has opened them. Anything else, or more than maxMessage bytes, is dropped.
 */
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 maxMessage = 1 << 20;

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The socket for this user and display: <runtime dir>/meshentry-<display>.socket.
    static QString defaultName();
    /**
     * Hands files (absolute paths; none raises the window) to the window listening on name.
     * False when no window answers within timeoutMs: then this launch opens its own.
     */
    static bool forward(const QString &name, const QStringList &files, int timeoutMs = 3000);

    /// Starts listening on name, replacing a stale socket; false when another window already
    /// listens there or the socket cannot be made.
    bool listen(const QString &name);
    QString serverName() const;

signals:
    /// A second launch asked for these files (possibly none: show the window).
    void filesRequested(const QStringList &files);

private:
    void accept();
    void read(QLocalSocket *socket);

    QLocalServer *m_server;
};

} // namespace MeshEntry
