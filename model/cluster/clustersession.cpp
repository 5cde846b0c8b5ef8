#include "clustersession.h"

#include "execcredentials.h"
#include "kubeclient.h"

#include <QSettings>

namespace MeshEntry {

namespace {
const QString contextKey = QStringLiteral("cluster/context");
}

ClusterSession::ClusterSession(QObject *parent) : QObject(parent)
{
    reload();
}

ClusterSession::~ClusterSession() = default;

void ClusterSession::reload()
{
    qDeleteAll(m_clients);
    m_clients.clear();
    ExecCredentialSource::clearCache();
    m_config = KubeConfig::load();
    const QString remembered = QSettings().value(contextKey).toString();
    m_context = m_config.context(remembered) ? remembered : m_config.currentContext();
    emit reloaded();
    emit currentContextChanged(m_context);
}

QStringList ClusterSession::contextNames() const
{
    QStringList names;
    for (const KubeContext &context : m_config.contexts())
        names.append(context.name);
    return names;
}

void ClusterSession::setCurrentContext(const QString &name)
{
    if (name == m_context)
        return;
    m_context = name;
    QSettings().setValue(contextKey, name);
    emit currentContextChanged(name);
}

KubeClient *ClusterSession::client(const QString &context, QString *error)
{
    const QString name = context.isEmpty() ? m_context : context;
    if (KubeClient *client = m_clients.value(name))
        return client;
    if (!m_config.isValid()) {
        // In the user's language: the session serves the window, not the command line.
        QStringList errors;
        for (const MessageText &message : m_config.errorMessages())
            errors.append(translatedMessage(message.source(), message.text()));
        *error = errors.join(u'\n');
        return nullptr;
    }
    MessageText problem;
    const auto connection = ClusterConnection::resolve(m_config, name, &problem);
    if (!connection) {
        *error = translatedMessage(problem.source(), problem.text());
        return nullptr;
    }
    auto *client = new KubeClient(*connection, this);
    client->setTimeout(m_timeoutMs);
    m_clients.insert(name, client);
    return client;
}

void ClusterSession::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
    for (KubeClient *client : std::as_const(m_clients))
        client->setTimeout(milliseconds);
}

} // namespace MeshEntry
