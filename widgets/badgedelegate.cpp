#include "badgedelegate.h"

#include "outlinemodel.h"
#include "severitycolors.h"

#include <QApplication>
#include <QPainter>

namespace MeshEntry {

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const int errors = index.data(OutlineModel::ErrorCountRole).toInt();
    const int warnings = index.data(OutlineModel::WarningCountRole).toInt();
    QStyleOptionViewItem textOption = option;
    QFont small = option.font;
    small.setPointSizeF(qMax(6.0, option.font.pointSizeF() * 0.85));
    const QFontMetrics metrics(small);
    const int height = metrics.height();
    const int padding = 6;
    QList<std::pair<QString, Severity>> badges;
    if (errors > 0)
        badges.append({QString::number(errors), Severity::Error});
    if (warnings > 0)
        badges.append({QString::number(warnings), Severity::Warning});
    int reserved = 0;
    for (const auto &badge : badges)
        reserved += metrics.horizontalAdvance(badge.first) + 2 * padding + 4;
    // The selection spans the whole row; only the text makes room for the badges.
    initStyleOption(&textOption, index);
    const int iconSpace = textOption.decorationSize.width() + 8;
    textOption.text = textOption.fontMetrics.elidedText(
        textOption.text, Qt::ElideMiddle, qMax(0, option.rect.width() - reserved - iconSpace));
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &textOption, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(small);
    int right = option.rect.right() - 2;
    for (auto it = badges.crbegin(); it != badges.crend(); ++it) {
        const int width = metrics.horizontalAdvance(it->first) + 2 * padding;
        const QRect rect(right - width, option.rect.center().y() - height / 2, width, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(SeverityColors::badgeFill(it->second));
        // Not by colour alone: errors are round pills, warnings square-cornered tags.
        const double radius = it->second == Severity::Error ? height / 2.0 : 2.0;
        painter->drawRoundedRect(rect, radius, radius);
        painter->setPen(SeverityColors::badgeText(it->second));
        painter->drawText(rect, Qt::AlignCenter, it->first);
        right -= width + 4;
    }
    painter->restore();
}

} // namespace MeshEntry
