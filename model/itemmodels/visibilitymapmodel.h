#pragma once

#include "servicevisibility.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace MeshEntry {

class RoutingModel;

/**
 * The Visibility map: one row per host as one namespace's ServiceEntries define it, one column
 * per namespace whose sidecars look; each cell visible, shadowed or hidden with the reason.
 * Cells are computed when shown (a column costs one sidecar view), so a map of 50,000 hosts
 * opens as fast as a small one.
 */
class VisibilityMapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { StateRole = Qt::UserRole + 1 };
    struct Row {
        QString host;
        QString sourceNamespace;
    };

    explicit VisibilityMapModel(QObject *parent = nullptr);

    /// The model the cells come from (not owned); refresh() after it changed.
    void setRoutingModel(const RoutingModel *routing);
    const RoutingModel *routingModel() const { return m_routing; }
    /// Rebuilds the rows for the routing model as it is now: a worker orders them, the rows
    /// shown until then stay (isRebuilding()); a newer refresh() supersedes an older one.
    /// Without a routing model the map is emptied at once.
    void refresh();
    bool isRebuilding() const { return m_rebuilding; }
    /// Shows only rows whose host or namespace contains text (case-insensitive).
    void setFilter(const QString &text);
    const QString &filter() const { return m_filter; }

    const QList<Row> &rows() const { return m_visible; }
    const QStringList &namespaces() const { return m_namespaces; }
    ServiceVisibility::Cell cell(int row, int column) const;
    /// The rows shown, as CSV: host, namespace, then one state (and reason) per namespace.
    QByteArray csv() const;
    static QString stateName(ServiceVisibility::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void rebuildingChanged(bool rebuilding);

private:
    void applyFilter();
    /// Shows a rebuild's rows.
    void adopt(const QStringList &namespaces, QList<Row> rows);

    const RoutingModel *m_routing = nullptr;
    QList<Row> m_rows;
    QList<Row> m_visible;
    QStringList m_namespaces;
    QString m_filter;
    mutable QHash<quint64, ServiceVisibility::Cell> m_cells;
    quint64 m_generation = 0; ///< of the newest refresh()
    bool m_rebuilding = false;
};

} // namespace MeshEntry
