#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace MeshEntry {

/**
 * A two-level model: titled groups, each with rows of text cells. The Selected workloads panel
 * and its reverse view show their results through it; rows carry what the view needs to
 * draw them (state, labels, which label keys matched or missed) and a key back to the item.
 */
class GroupedRowsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    /// How a row's item stands; views colour by it.
    enum class State { Ready, NotReady, NearMiss, OtherNamespace, Note };
    enum Role {
        StateRole = Qt::UserRole + 1, ///< State as int
        KindRole,                     ///< "Pod", "WorkloadEntry", "ServiceEntry"
        LabelsRole,                   ///< QStringList of "key=value"
        MatchedKeysRole,              ///< QStringList: label keys the selector matched
        MissedKeyRole,                ///< QString: the label key a near-miss misses
        KeyRole,                      ///< the caller's key for the row's item
        GroupRole                     ///< int: the group a row belongs to
    };
    struct Row {
        QStringList cells;
        QStringList tooltips; ///< per cell; may be shorter than cells
        State state = State::Ready;
        QString kind;
        QStringList labels;
        QStringList matchedKeys;
        QString missedKey;
        QVariant key;
    };
    struct Group {
        QString title;
        QString tooltip;
        QList<Row> rows;
    };

    GroupedRowsModel(QStringList headers, QObject *parent = nullptr);

    void setGroups(QList<Group> groups);
    const QList<Group> &groups() const { return m_groups; }
    /// The row behind an index; nullptr for group rows.
    const Row *row(const QModelIndex &index) const;
    /// Index of a group's title row.
    QModelIndex groupIndex(int group) const { return index(group, 0); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    QList<Group> m_groups;
};

} // namespace MeshEntry
