#pragma once

#include "kubeconfig.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace MeshEntry {

class KubeClient;

/**
 * The editor's link to its clusters: the kubeconfig (KUBECONFIG or ~/.kube/config, merged),
 * the context the user chose (remembered by name only; no secret goes to the settings) and one
 * client per context, so discovery is done once per context.
 */
class ClusterSession : public QObject
{
    Q_OBJECT
public:
    explicit ClusterSession(QObject *parent = nullptr);
    ~ClusterSession() override;

    /// Reads the kubeconfig again and drops every client.
    void reload();
    const KubeConfig &config() const { return m_config; }
    QStringList contextNames() const;
    /// The chosen context: the remembered one, else the kubeconfig's current-context.
    QString currentContext() const { return m_context; }
    void setCurrentContext(const QString &name);

    /// The client of a context (the current one when empty); null with *error when the
    /// kubeconfig does not allow it, in the user's language (the window shows it).
    KubeClient *client(const QString &context, QString *error);
    /// Request timeout for new clients, in milliseconds.
    void setTimeout(int milliseconds);

signals:
    void currentContextChanged(const QString &name);
    void reloaded();

private:
    KubeConfig m_config;
    QString m_context;
    int m_timeoutMs = 30000;
    QHash<QString, KubeClient *> m_clients;
};

} // namespace MeshEntry
