#pragma once

#include "clustererror.h"
#include "yamlvalue.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace MeshEntry {

class KubeClient;
class ListJob;

/**
 * The objects a cluster holds, for Open from Cluster: one row per object with a check box,
 * loaded asynchronously (one paginated list per kind) and cancellable. Keeps each object with
 * its keys in the server's order for opening.
 */
class ClusterObjectsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, NamespaceColumn, NameColumn, DetailsColumn, AgeColumn, ColumnCount };

    explicit ClusterObjectsModel(QObject *parent = nullptr);

    /// Lists kinds ("ServiceEntry", "WorkloadEntry", "Sidecar") of networking.istio.io in a
    /// namespace (empty: all), replacing the rows. Also lists the namespaces once per client.
    void load(KubeClient *client, const QString &namespaceName, const QStringList &kinds);
    void cancel();
    void clear();
    bool isLoading() const { return !m_jobs.isEmpty() || m_discovering; }
    /// Why the last load failed, as kubectl words it; empty when it did not.
    QString errorText() const { return m_error; }
    QStringList namespaces() const { return m_namespaces; }

    void setAllChecked(bool checked);
    int checkedCount() const;
    /// The checked objects, cleaned for editing, in row order.
    QList<YamlValue> checkedObjects() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void loadingChanged(bool loading);
    void errorChanged(const QString &text);
    void namespacesChanged(const QStringList &namespaces);
    void checkedCountChanged(int count);

private:
    struct Row {
        YamlValue object;
        QString kind;
        QString namespaceName;
        QString name;
        QString details;
        QString created;
        bool checked = false;
    };
    void finishJob(ListJob *job);
    void fail(const QString &text);

    QList<Row> m_rows;
    QList<QPointer<ListJob>> m_jobs;
    bool m_discovering = false;
    int m_generation = 0; ///< bumped by every load, so late answers of an older one are dropped
    QString m_error;
    QStringList m_namespaces;
    QPointer<KubeClient> m_namespacesFrom;
};

} // namespace MeshEntry
