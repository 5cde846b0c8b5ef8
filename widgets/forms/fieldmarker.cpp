#include "fieldmarker.h"

#include "severitycolors.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QStyle>

namespace MeshEntry {

FieldMarker::FieldMarker(QWidget *target) : QWidget(target)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(target->rect());
    target->installEventFilter(this);
    hide();
}

void FieldMarker::setSeverity(int severity)
{
    m_severity = severity;
    setVisible(severity >= 0);
    if (severity >= 0) {
        raise();
        update();
    }
}

QColor FieldMarker::color(FieldMessage::Severity severity)
{
    return SeverityColors::mark(Severity(severity), QApplication::palette().color(QPalette::Base));
}

QIcon FieldMarker::icon(FieldMessage::Severity severity)
{
    switch (severity) {
    case FieldMessage::Error:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case FieldMessage::Warning:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case FieldMessage::Info:
        break;
    }
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
}

int FieldMarker::worst(const QList<FieldMessage> &messages)
{
    int result = -1;
    for (const FieldMessage &message : messages) {
        if (result < 0 || message.severity < result)
            result = message.severity;
    }
    return result;
}

QString FieldMarker::severityName(FieldMessage::Severity severity)
{
    switch (severity) {
    case FieldMessage::Error:
        return tr("Error");
    case FieldMessage::Warning:
        return tr("Warning");
    case FieldMessage::Info:
        break;
    }
    return tr("Note");
}

QString FieldMarker::toolTip(const QList<FieldMessage> &messages, const QString &help)
{
    if (messages.isEmpty())
        return help;
    QString text = QStringLiteral("<qt>");
    for (const FieldMessage &message : messages) {
        const QString rule = message.ruleId.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" <small>%1</small>").arg(message.ruleId);
        text += QStringLiteral("<p><b style=\"color:%1\">%2</b>%3<br>%4</p>")
                    .arg(SeverityColors::text(Severity(message.severity),
                                              QApplication::palette().color(QPalette::ToolTipBase))
                             .name(),
                         severityName(message.severity), rule, message.text.toHtmlEscaped());
    }
    if (!help.isEmpty())
        text += QStringLiteral("<hr>%1").arg(
            help.toHtmlEscaped().replace(u'\n', QLatin1String("<br>")));
    return text + QStringLiteral("</qt>");
}

bool FieldMarker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void FieldMarker::paintEvent(QPaintEvent *)
{
    if (m_severity < 0)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(color(FieldMessage::Severity(m_severity)), 2);
    painter.setPen(pen);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
}

} // namespace MeshEntry
