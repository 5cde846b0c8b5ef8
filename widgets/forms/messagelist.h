#pragma once

#include "fieldmessage.h"

#include <QWidget>

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
    QVBoxLayout *m_layout;
    QList<FieldMessage> m_messages;
};

} // namespace MeshEntry
