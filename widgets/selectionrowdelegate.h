#pragma once

#include <QStyledItemDelegate>

namespace MeshEntry {

/**
 * Paints the rows of the Selected workloads panel: workloads Istio does not use in the
 * warning colour, near-misses and other namespaces dimmed, and the labels column as chips,
 * the keys the selector matched in green and the one a near-miss misses in orange.
 */
class SelectionRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// labelsColumn: the column drawn as chips (-1: none).
    SelectionRowDelegate(int labelsColumn, QObject *parent = nullptr)
        : QStyledItemDelegate(parent), m_labelsColumn(labelsColumn)
    {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintChips(QPainter *painter, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;

    int m_labelsColumn;
};

} // namespace MeshEntry
