#include "messagelist.h"

#include "fieldmarker.h"
#include "formpanel.h"
#include "wrappedlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QToolButton>

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
        // Later: a row's fix button may be the sender of the change that rebuilds the list.
        if (QWidget *row = item->widget()) {
            row->hide();
            row->deleteLater();
        }
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
        if (!message.fixes.isEmpty())
            layout->addWidget(fixButton(row, message), 0, Qt::AlignTop);
        m_layout->addWidget(row);
    }
    setVisible(!messages.isEmpty());
}

QToolButton *MessageList::fixButton(QWidget *row, const FieldMessage &message)
{
    auto *button = new QToolButton(row);
    button->setIcon(QIcon(QStringLiteral(":/icons/fix.svg")));
    button->setAutoRaise(true);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolTip(message.fixes.size() == 1 ? tr("Fix: %1").arg(message.fixes.first())
                                                 : tr("Choose a fix"));
    button->setAccessibleName(tr("Fix %1").arg(message.ruleId));
    auto *menu = new QMenu(button);
    for (int i = 0; i < message.fixes.size(); ++i) {
        menu->addAction(message.fixes[i], this, [this, message, i] {
            // The panel that shows the forms applies it through the app, once the menu has
            // closed: the fix replaces this list's rows, this button with them.
            for (QObject *up = parent(); up; up = up->parent()) {
                if (auto *panel = qobject_cast<FormPanel *>(up)) {
                    QMetaObject::invokeMethod(
                        panel, [panel, message, i] { emit panel->fixRequested(message, i); },
                        Qt::QueuedConnection);
                    return;
                }
            }
        });
    }
    button->setMenu(menu);
    return button;
}

QStringList MessageList::lines() const
{
    QStringList result;
    for (const FieldMessage &message : m_messages)
        result.append(message.text);
    return result;
}

} // namespace MeshEntry
