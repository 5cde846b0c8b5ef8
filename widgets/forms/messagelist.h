#pragma once

#include "fieldmessage.h"

#include <QWidget>

class QToolButton;
class QVBoxLayout;

namespace MeshEntry {

/// The messages of a field, one line each with its severity icon, shown under the field.
class MessageList : public QWidget
{
    Q_OBJECT
public:
    explicit MessageList(QWidget *parent = nullptr);

    /// Shows messages (hidden when there are none).
    void setMessages(const QList<FieldMessage> &messages);
    /// The lines as shown, for tests and accessibility.
    QStringList lines() const;

private:
    /// The light bulb of a message with fixes: a menu of them.
    QToolButton *fixButton(QWidget *row, const FieldMessage &message);

    QVBoxLayout *m_layout;
    QList<FieldMessage> m_messages;
};

} // namespace MeshEntry
