#pragma once

#include <QStyledItemDelegate>

namespace MeshEntry {

/// Draws a combo's choices in its popup as the value with a one-line explanation under it.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// The role holding an item's explanation.
    static constexpr int ExplanationRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace MeshEntry
