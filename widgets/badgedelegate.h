#pragma once

#include <QStyledItemDelegate>

namespace MeshEntry {

/// Paints error and warning counts as small rounded badges at the right of an outline row.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace MeshEntry
