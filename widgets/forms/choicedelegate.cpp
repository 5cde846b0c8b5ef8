#include "choicedelegate.h"

#include <QApplication>
#include <QPainter>

namespace MeshEntry {

namespace {

constexpr int margin = 4;

QFont explanationFont(const QFont &base)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * 0.9);
    else
        font.setPixelSize(base.pixelSize() * 9 / 10);
    return font;
}

} // namespace

void ChoiceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString explanation = index.data(ExplanationRole).toString();
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QRect area = opt.rect.adjusted(margin * 2, margin, -margin * 2, -margin);
    painter->save();
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    const QFontMetrics metrics(opt.font);
    painter->drawText(area, Qt::AlignLeft | Qt::AlignTop,
                      metrics.elidedText(text, Qt::ElideRight, area.width()));
    if (!explanation.isEmpty()) {
        const QFont small = explanationFont(opt.font);
        const QFontMetrics smallMetrics(small);
        QColor color =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        color.setAlphaF(0.7);
        painter->setPen(color);
        painter->setFont(small);
        painter->drawText(area.adjusted(0, metrics.height(), 0, 0), Qt::AlignLeft | Qt::AlignTop,
                          smallMetrics.elidedText(explanation, Qt::ElideRight, area.width()));
    }
    painter->restore();
}

QSize ChoiceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics metrics(opt.font);
    const QFontMetrics smallMetrics(explanationFont(opt.font));
    const QString explanation = index.data(ExplanationRole).toString();
    const int width =
        qMax(metrics.horizontalAdvance(opt.text), smallMetrics.horizontalAdvance(explanation)) +
        margin * 4;
    const int height = metrics.height() + (explanation.isEmpty() ? 0 : smallMetrics.height());
    return {width, height + margin * 2};
}

} // namespace MeshEntry
