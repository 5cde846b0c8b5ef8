#include "selectionrowdelegate.h"

#include "groupedrowsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace MeshEntry {

namespace {

using State = GroupedRowsModel::State;

QColor warningColor(const QPalette &palette)
{
    // Readable on light and dark bases alike.
    return palette.color(QPalette::Base).lightness() > 128 ? QColor(0xb0, 0x3a, 0x00)
                                                           : QColor(0xff, 0x9e, 0x5e);
}

} // namespace

void SelectionRowDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant state = index.data(GroupedRowsModel::StateRole);
    if (!state.isValid() || index.data(GroupedRowsModel::GroupRole).toInt() < 0)
        return;
    switch (State(state.toInt())) {
    case State::Ready:
        break;
    case State::NotReady:
        option->palette.setColor(QPalette::Text, warningColor(option->palette));
        break;
    case State::NearMiss:
    case State::OtherNamespace:
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        break;
    case State::Note:
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        break;
    }
}

void SelectionRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    if (index.column() == m_labelsColumn && index.parent().isValid()) {
        paintChips(painter, option, index);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void SelectionRowDelegate::paintChips(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    QStyle *style = base.widget ? base.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, base.widget);

    const QStringList labels = index.data(GroupedRowsModel::LabelsRole).toStringList();
    const QStringList matched = index.data(GroupedRowsModel::MatchedKeysRole).toStringList();
    const QString missed = index.data(GroupedRowsModel::MissedKeyRole).toString();
    const bool light = option.palette.color(QPalette::Base).lightness() > 128;
    const QFontMetrics metrics(option.font);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(option.font);
    int x = option.rect.left() + 3;
    const int height = qMin(option.rect.height() - 2, metrics.height() + 2);
    const int y = option.rect.top() + (option.rect.height() - height) / 2;
    QStringList ordered;
    // The selector's keys first: they are what the row is about.
    for (const QString &label : labels) {
        const QString key = label.section(u'=', 0, 0);
        if (matched.contains(key) || key == missed)
            ordered.append(label);
    }
    for (const QString &label : labels) {
        if (!ordered.contains(label))
            ordered.append(label);
    }
    for (const QString &label : std::as_const(ordered)) {
        const QString key = label.section(u'=', 0, 0);
        QColor fill = option.palette.color(QPalette::AlternateBase);
        QColor text = option.palette.color(QPalette::Text);
        if (matched.contains(key)) {
            fill = light ? QColor(0xd4, 0xf0, 0xdc) : QColor(0x1f, 0x5c, 0x37);
            text = light ? QColor(0x0f, 0x4d, 0x2a) : QColor(0xd4, 0xf0, 0xdc);
        } else if (key == missed) {
            fill = light ? QColor(0xff, 0xe3, 0xc7) : QColor(0x6b, 0x3a, 0x12);
            text = light ? QColor(0x7a, 0x3a, 0x00) : QColor(0xff, 0xe3, 0xc7);
        }
        const int width = metrics.horizontalAdvance(label) + 10;
        if (x + width > option.rect.right()) {
            painter->setPen(option.palette.color(QPalette::PlaceholderText));
            painter->drawText(QRect(x, y, option.rect.right() - x, height), Qt::AlignVCenter,
                              QStringLiteral("…"));
            break;
        }
        QPainterPath chip;
        chip.addRoundedRect(QRectF(x, y, width, height), 4, 4);
        painter->fillPath(chip, fill);
        painter->setPen(text);
        painter->drawText(QRect(x, y, width, height), Qt::AlignCenter, label);
        x += width + 4;
    }
    painter->restore();
}

} // namespace MeshEntry
