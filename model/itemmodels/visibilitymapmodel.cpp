#include "visibilitymapmodel.h"

#include "routingmodel.h"
#include "workerpool.h"

#include <QColor>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace MeshEntry {

namespace {

QByteArray csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text.toUtf8();
    return '"' + QString(text).replace(u'"', QStringLiteral("\"\"")).toUtf8() + '"';
}

} // namespace

VisibilityMapModel::VisibilityMapModel(QObject *parent) : QAbstractTableModel(parent) {}

void VisibilityMapModel::setRoutingModel(const RoutingModel *routing)
{
    m_routing = routing;
    refresh();
}

void VisibilityMapModel::refresh()
{
    // A newer rebuild supersedes one still running: its rows are never shown.
    const quint64 generation = ++m_generation;
    if (!m_routing) {
        adopt({}, {});
        return;
    }
    // The routing model is this thread's: only the names are taken from it here (a few
    // milliseconds for 40,000 services); ordering them, a fifth of a second, is a worker's.
    QList<Row> rows;
    for (const ServiceEntryRecord *entry : m_routing->registry().entries()) {
        for (const RoutingService &service : entry->services)
            rows.append({service.host, entry->namespaceName()});
    }
    auto *watcher = new QFutureWatcher<QList<Row>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation, namespaces = m_routing->namespaces()] {
                watcher->deleteLater();
                if (generation == m_generation)
                    adopt(namespaces, watcher->future().takeResult());
            });
    watcher->setFuture(QtConcurrent::run(workerPool(), [rows = std::move(rows)]() mutable {
        const auto less = [](const Row &a, const Row &b) {
            return a.host != b.host ? a.host < b.host : a.sourceNamespace < b.sourceNamespace;
        };
        std::sort(rows.begin(), rows.end(), less);
        rows.erase(std::unique(rows.begin(), rows.end(),
                               [](const Row &a, const Row &b) {
                                   return a.host == b.host &&
                                          a.sourceNamespace == b.sourceNamespace;
                               }),
                   rows.end());
        return rows;
    }));
    if (!m_rebuilding) {
        m_rebuilding = true;
        emit rebuildingChanged(true);
    }
}

void VisibilityMapModel::adopt(const QStringList &namespaces, QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_cells.clear();
    m_namespaces = namespaces;
    applyFilter();
    endResetModel();
    if (m_rebuilding) {
        m_rebuilding = false;
        emit rebuildingChanged(false);
    }
}

void VisibilityMapModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    m_cells.clear();
    applyFilter();
    endResetModel();
}

void VisibilityMapModel::applyFilter()
{
    if (m_filter.isEmpty()) {
        m_visible = m_rows;
        return;
    }
    m_visible.clear();
    for (const Row &row : std::as_const(m_rows)) {
        if (row.host.contains(m_filter, Qt::CaseInsensitive) ||
            row.sourceNamespace.contains(m_filter, Qt::CaseInsensitive))
            m_visible.append(row);
    }
}

ServiceVisibility::Cell VisibilityMapModel::cell(int row, int column) const
{
    const quint64 key = (quint64(quint32(row)) << 32) | quint32(column);
    const auto it = m_cells.constFind(key);
    if (it != m_cells.cend())
        return *it;
    const Row &r = m_visible[row];
    const ServiceVisibility::Cell value =
        m_routing->visibilityCell(m_namespaces[column], r.host, r.sourceNamespace);
    m_cells.insert(key, value);
    return value;
}

QString VisibilityMapModel::stateName(ServiceVisibility::State state)
{
    switch (state) {
    case ServiceVisibility::State::Visible:
        return tr("visible");
    case ServiceVisibility::State::Shadowed:
        return tr("shadowed");
    case ServiceVisibility::State::Hidden:
        return tr("hidden");
    }
    return QString();
}

QByteArray VisibilityMapModel::csv() const
{
    QByteArray out = "host,namespace";
    for (const QString &ns : m_namespaces)
        out += ',' + csvField(ns);
    out += '\n';
    for (int row = 0; row < m_visible.size(); ++row) {
        out += csvField(m_visible[row].host) + ',' + csvField(m_visible[row].sourceNamespace);
        for (int column = 0; column < m_namespaces.size(); ++column) {
            const ServiceVisibility::Cell value = cell(row, column);
            const QString text = value.state == ServiceVisibility::State::Visible
                                     ? stateName(value.state)
                                     : stateName(value.state) + QStringLiteral(": ") +
                                           ServiceVisibility::translatedReason(value.reason);
            out += ',' + csvField(text);
        }
        out += '\n';
    }
    return out;
}

int VisibilityMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_routing ? 0 : int(m_visible.size());
}

int VisibilityMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_routing ? 0 : int(m_namespaces.size());
}

QVariant VisibilityMapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size() ||
        index.column() >= m_namespaces.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::BackgroundRole &&
        role != StateRole && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return Qt::AlignCenter;
    const ServiceVisibility::Cell value = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return stateName(value.state);
    case Qt::ToolTipRole:
        return ServiceVisibility::translatedReason(value.reason);
    case StateRole:
        return int(value.state);
    case Qt::BackgroundRole:
        switch (value.state) {
        case ServiceVisibility::State::Visible:
            return QColor(46, 160, 67, 90);
        case ServiceVisibility::State::Shadowed:
            return QColor(230, 160, 0, 110);
        case ServiceVisibility::State::Hidden:
            return QVariant();
        }
    }
    return {};
}

QVariant VisibilityMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section < m_namespaces.size())
        return tr("Sidecars in %1").arg(m_namespaces[section]);
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_namespaces.size() ? QVariant(m_namespaces[section]) : QVariant();
    return section < m_visible.size()
               ? QVariant(tr("%1  (%2)")
                              .arg(m_visible[section].host, m_visible[section].sourceNamespace))
               : QVariant();
}

} // namespace MeshEntry
