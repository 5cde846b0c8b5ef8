#include "kubectlrunner.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace MeshEntry {

KubectlRunner::KubectlRunner(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_process)
            return;
        m_process->setProperty("timedOut", true);
        m_process->kill();
    });
}

KubectlRunner::~KubectlRunner()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString KubectlRunner::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("kubectl"));
}

QStringList KubectlRunner::arguments(Action action, const QString &context,
                                     const QString &kubeconfig)
{
    QStringList args;
    if (!kubeconfig.isEmpty())
        args << QStringLiteral("--kubeconfig") << kubeconfig;
    if (!context.isEmpty())
        args << QStringLiteral("--context") << context;
    switch (action) {
    case Action::Diff:
        args << QStringLiteral("diff") << QStringLiteral("--server-side")
             << QStringLiteral("--field-manager=meshentry");
        break;
    case Action::DryRunApply:
        args << QStringLiteral("apply") << QStringLiteral("--server-side")
             << QStringLiteral("--field-manager=meshentry") << QStringLiteral("--dry-run=server");
        break;
    case Action::Apply:
        args << QStringLiteral("apply") << QStringLiteral("--server-side")
             << QStringLiteral("--field-manager=meshentry");
        break;
    }
    args << QStringLiteral("-f") << QStringLiteral("-");
    return args;
}

QString KubectlRunner::shellQuoted(const QString &text)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]+$"));
    if (safe.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString KubectlRunner::exportCommand(const QString &context, const QByteArray &manifests)
{
    // The delimiter must not appear as a line of the manifests.
    QString delimiter = QStringLiteral("EOF");
    const QList<QByteArray> lines = manifests.split('\n');
    for (int n = 1; lines.contains(delimiter.toUtf8()); ++n)
        delimiter = QStringLiteral("EOF_%1").arg(n);
    QString text = manifests.endsWith('\n') ? QString::fromUtf8(manifests)
                                            : QString::fromUtf8(manifests) + u'\n';
    QString command = QStringLiteral("kubectl");
    if (!context.isEmpty())
        command += QStringLiteral(" --context ") + shellQuoted(context);
    command += QStringLiteral(" apply --server-side --field-manager=meshentry -f - <<'%1'\n")
                   .arg(delimiter);
    return command + text + delimiter + u'\n';
}

void KubectlRunner::start(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    m_output.clear();
    m_errors.clear();
    m_exitCode = -1;
    m_failure.clear();
    m_cancelled = false;
    QStringList shown{QStringLiteral("kubectl")};
    for (const QString &argument : arguments)
        shown << shellQuoted(argument);
    m_commandLine = shown.join(u' ');
    const QString path = program();
    if (path.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(tr("kubectl was not found on PATH. Install kubectl, or use MeshEntry's "
                          "own Cluster commands, which need no kubectl."));
            },
            Qt::QueuedConnection);
        return;
    }
    m_process = new QProcess(this);
    m_process->setProgram(path);
    m_process->setArguments(arguments);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_output += m_process->readAllStandardOutput();
        emit outputReceived();
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_errors += m_process->readAllStandardError();
        emit outputReceived();
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(tr("kubectl could not be started: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_output += m_process->readAllStandardOutput();
        m_errors += m_process->readAllStandardError();
        if (m_cancelled)
            return finish(tr("Cancelled."));
        if (m_process->property("timedOut").toBool())
            return finish(tr("kubectl did not finish in time and was stopped."));
        if (status != QProcess::NormalExit)
            return finish(tr("kubectl crashed."));
        m_exitCode = code;
        finish(QString());
    });
    m_process->start();
    // kubectl reads the manifests from stdin; closing it also answers any prompt with EOF.
    m_process->write(input);
    m_process->closeWriteChannel();
    m_timer->start(timeoutMs);
}

void KubectlRunner::cancel()
{
    if (!m_process)
        return;
    m_cancelled = true;
    m_process->kill();
}

bool KubectlRunner::isRunning() const
{
    return m_process != nullptr;
}

void KubectlRunner::finish(const QString &failure)
{
    m_timer->stop();
    m_failure = failure;
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    emit finished();
}

} // namespace MeshEntry
