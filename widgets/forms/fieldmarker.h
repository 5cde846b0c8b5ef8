#pragma once

#include "fieldmessage.h"

#include <QWidget>

namespace MeshEntry {

/**
 * The red, amber or blue frame drawn over a field that has messages. It sits on top of its
 * target as a child that lets mouse events through, so the field keeps its native look.
 * The static helpers give every marker of the forms the same colours, icons and tooltips.
 */
class FieldMarker : public QWidget
{
    Q_OBJECT
public:
    explicit FieldMarker(QWidget *target);

    /// Shows the frame in a severity's colour; -1 hides it.
    void setSeverity(int severity);

    static QColor color(FieldMessage::Severity severity);
    static QIcon icon(FieldMessage::Severity severity);
    /// The most severe of messages (Error < Warning < Info), or -1 when there are none.
    static int worst(const QList<FieldMessage> &messages);
    /// Rich text listing messages, then help.
    static QString toolTip(const QList<FieldMessage> &messages, const QString &help);
    static QString severityName(FieldMessage::Severity severity);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int m_severity = -1;
};

} // namespace MeshEntry
