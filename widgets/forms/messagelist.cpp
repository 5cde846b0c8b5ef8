#include "messagelist.h"

#include "fieldmarker.h"
#include "wrappedlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace MeshEntry {

MessageList::MessageList(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 2, 0, 2);
    m_layout->setSpacing(2);
    hide();
}

void MessageList::setMessages(const QList<FieldMessage> &messages)
{
    if (messages == m_messages)
        return;
    m_messages = messages;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (const FieldMessage &message : messages) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(6);
        auto *icon = new QLabel(row);
        icon->setFixedWidth(iconSize);
        icon->setPixmap(FieldMarker::icon(message.severity).pixmap(iconSize, iconSize));
        icon->setAlignment(Qt::AlignTop);
        icon->setToolTip(FieldMarker::severityName(message.severity));
        auto *text = new WrappedLabel(row);
        text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setTextFormat(Qt::PlainText);
        text->setText(message.ruleId.isEmpty() ? message.text
                                               : tr("%1 (%2)").arg(message.text, message.ruleId));
        layout->addWidget(icon);
        layout->addWidget(text, 1);
        m_layout->addWidget(row);
    }
    setVisible(!messages.isEmpty());
}

QStringList MessageList::lines() const
{
    QStringList result;
    for (const FieldMessage &message : m_messages)
        result.append(message.text);
    return result;
}

} // namespace MeshEntry
