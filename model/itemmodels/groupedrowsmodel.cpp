#include "groupedrowsmodel.h"

#include <QFont>
#include <QIcon>

namespace MeshEntry {

namespace {

/// Group title rows have internal id 0; rows of group g have g + 1.
constexpr quintptr titleId = 0;

QIcon kindIcon(const QString &kind)
{
    if (kind == u"Pod")
        return QIcon(QStringLiteral(":/icons/pod.svg"));
    if (kind == u"WorkloadEntry")
        return QIcon(QStringLiteral(":/icons/workloadentry.svg"));
    if (kind == u"ServiceEntry")
        return QIcon(QStringLiteral(":/icons/serviceentry.svg"));
    return {};
}

} // namespace

GroupedRowsModel::GroupedRowsModel(QStringList headers, QObject *parent)
    : QAbstractItemModel(parent), m_headers(std::move(headers))
{}

void GroupedRowsModel::setGroups(QList<Group> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

const GroupedRowsModel::Row *GroupedRowsModel::row(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == titleId)
        return nullptr;
    const int group = int(index.internalId()) - 1;
    if (group >= m_groups.size() || index.row() >= m_groups[group].rows.size())
        return nullptr;
    return &m_groups[group].rows[index.row()];
}

QModelIndex GroupedRowsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= m_headers.size() || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, titleId) : QModelIndex();
    if (parent.internalId() != titleId || parent.row() >= m_groups.size() ||
        row >= m_groups[parent.row()].rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex GroupedRowsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == titleId)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, titleId);
}

int GroupedRowsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != titleId || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups[parent.row()].rows.size());
}

int GroupedRowsModel::columnCount(const QModelIndex &) const
{
    return int(m_headers.size());
}

QVariant GroupedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == titleId) {
        const Group &group = m_groups[index.row()];
        if (index.column() != 0)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return group.title;
        case Qt::ToolTipRole:
            return group.tooltip.isEmpty() ? QVariant() : QVariant(group.tooltip);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case GroupRole:
            return index.row();
        default:
            return {};
        }
    }
    const Row *entry = row(index);
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return entry->cells.value(index.column());
    case Qt::ToolTipRole: {
        const QString tip = entry->tooltips.value(index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::DecorationRole:
        return index.column() == 0 ? QVariant(kindIcon(entry->kind)) : QVariant();
    case StateRole:
        return int(entry->state);
    case KindRole:
        return entry->kind;
    case LabelsRole:
        return entry->labels;
    case MatchedKeysRole:
        return entry->matchedKeys;
    case MissedKeyRole:
        return entry->missedKey;
    case KeyRole:
        return entry->key;
    case GroupRole:
        return int(index.internalId()) - 1;
    default:
        return {};
    }
}

QVariant GroupedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

} // namespace MeshEntry
