#pragma once

#include "clustererror.h"
#include "yamlvalue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace MeshEntry {

class KubeClient;
class KubeRequest;
struct ApiResource;

/// Every page of a list, joined.
struct ObjectList {
    QList<QByteArray> pages; ///< the server's replies, in order
    ClusterError error;

    bool ok() const { return !error.isError(); }
    /// The items, with apiVersion and kind filled in where the server left them out.
    QList<QJsonObject> items() const;
    /// The same items with their keys in the order the server sent them.
    QList<YamlValue> orderedItems() const;
    /// The items as `kubectl get -o json` prints them: a v1 List.
    QByteArray kubectlJson() const;
};

/**
 * Lists one resource type in a namespace or in all of them, page by page (`limit`, then
 * `continue` until the server sends none), as kubectl does.
 */
class ListJob : public QObject
{
    Q_OBJECT
public:
    /// Starts at once. namespaceName empty: all namespaces (or a cluster-scoped resource).
    ListJob(KubeClient *client, const ApiResource &resource, const QString &namespaceName,
            int limit = 500, const QString &labelSelector = {}, QObject *parent = nullptr);

    const ObjectList &result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    void cancel();

signals:
    /// Another page arrived; items holds how many so far.
    void progress(int items);
    void finished();

private:
    void requestPage(const QString &continueToken);

    KubeClient *m_client;
    QString m_path;
    QString m_operation;
    int m_limit;
    QString m_labelSelector;
    int m_items = 0;
    ObjectList m_result;
    QPointer<KubeRequest> m_request;
    bool m_finished = false;
};

} // namespace MeshEntry
