#include "scalarfield.h"

#include "fieldmarker.h"
#include "messagelist.h"
#include "spantree.h"

#include <QAction>
#include <QEvent>
#include <QLineEdit>
#include <QVBoxLayout>

namespace MeshEntry {

ScalarField::ScalarField(FormBinding *binding, const YamlPath &path, FormBinding::ScalarKind kind,
                         FormBinding::WhenEmpty whenEmpty, QWidget *parent)
    : QWidget(parent), m_binding(binding), m_path(path), m_kind(kind), m_whenEmpty(whenEmpty),
      m_edit(new QLineEdit(this)), m_messageList(new MessageList(this))
{
    setObjectName(path.toString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_edit);
    layout->addWidget(m_messageList);
    setFocusProxy(m_edit);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_pattern = binding->patternOf(path);
    m_help = binding->toolTip(m_pattern);
    m_edit->setPlaceholderText(binding->placeholder(m_pattern));
    m_edit->setToolTip(m_help);
    m_edit->setWhatsThis(binding->whatsThis(m_pattern));
    m_icon = m_edit->addAction(QIcon(), QLineEdit::TrailingPosition);
    m_icon->setVisible(false);
    m_marker = new FieldMarker(m_edit);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, &ScalarField::write);
}

void ScalarField::write(const QString &text)
{
    const QString error = m_binding->writeText(m_path, text, m_kind, m_whenEmpty,
                                               m_binding->mergeKey(m_path.toString()));
    m_editError.clear();
    if (!error.isEmpty())
        m_editError.append({m_path, FieldMessage::Error, {}, tr("Not applied: %1").arg(error)});
    updateMarkers();
}

void ScalarField::refresh(const SpanTree &tree)
{
    // Any change of the document makes a refused edit stale; an edit that fails changes nothing.
    if (!m_editError.isEmpty()) {
        m_editError.clear();
        updateMarkers();
    }
    const QString text = FormBinding::displayText(tree, tree.find(m_path));
    if (m_edit->text() == text)
        return;
    const int cursor = m_edit->cursorPosition();
    m_edit->setText(text);
    if (m_edit->hasFocus())
        m_edit->setCursorPosition(qMin(cursor, int(text.size())));
}

QList<FieldMessage> ScalarField::messages() const
{
    return m_editError + m_messages;
}

void ScalarField::setMessages(const QList<FieldMessage> &messages)
{
    m_messages = messages;
    updateMarkers();
}

void ScalarField::updateMarkers()
{
    const QList<FieldMessage> all = messages();
    const int severity = FieldMarker::worst(all);
    m_marker->setSeverity(severity);
    m_icon->setVisible(severity >= 0);
    if (severity >= 0)
        m_icon->setIcon(FieldMarker::icon(FieldMessage::Severity(severity)));
    m_edit->setToolTip(FieldMarker::toolTip(all, m_help));
    m_messageList->setMessages(all);
}

QWidget *ScalarField::focusPath(const YamlPath &)
{
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->selectAll();
    return m_edit;
}

void ScalarField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

bool ScalarField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusIn) {
        m_binding->startEditSession();
        m_binding->activate(m_path);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace MeshEntry
