#include "enumfield.h"

#include "choicedelegate.h"
#include "fieldmarker.h"
#include "formfacts.h"
#include "messagelist.h"
#include "spantree.h"
#include "wrappedlabel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace MeshEntry {

EnumField::EnumField(FormBinding *binding, const YamlPath &path, const QStringList &choices,
                     QWidget *parent)
    : QWidget(parent), m_binding(binding), m_path(path), m_pattern(binding->patternOf(path)),
      m_default(binding->defaultValue(m_pattern)), m_help(binding->toolTip(m_pattern)),
      m_combo(new QComboBox(this)), m_explanation(new WrappedLabel(this)),
      m_messageList(new MessageList(this))
{
    setObjectName(path.toString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->addWidget(m_combo);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_explanation);
    layout->addWidget(m_messageList);
    setFocusProxy(m_combo);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_combo->setItemDelegate(new ChoiceDelegate(m_combo));
    m_combo->setFocusPolicy(Qt::StrongFocus);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setToolTip(m_help);
    m_combo->setWhatsThis(binding->whatsThis(m_pattern));
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    if (!m_default.isEmpty()) {
        addChoice(tr("Default (%1)").arg(m_default), QString(),
                  tr("Leaves the field out. %1").arg(FormFacts::choiceHelp(m_pattern, m_default)));
    }
    for (const QString &choice : choices)
        addChoice(choice, choice, FormFacts::choiceHelp(m_pattern, choice));
    m_knownCount = m_combo->count();
    // The popup is as wide as the combo unless told otherwise; the explanations need more.
    m_combo->view()->setMinimumWidth(m_combo->view()->sizeHintForColumn(0) +
                                     2 * m_combo->view()->frameWidth());
    m_marker = new FieldMarker(m_combo);
    m_combo->installEventFilter(this);
    connect(m_combo, &QComboBox::activated, this, &EnumField::choose);
    updateExplanation();
}

int EnumField::addChoice(const QString &text, const QString &value, const QString &explanation)
{
    m_combo->addItem(text, value);
    const int index = m_combo->count() - 1;
    m_combo->setItemData(index, explanation, ChoiceDelegate::ExplanationRole);
    m_combo->setItemData(index, explanation, Qt::ToolTipRole);
    return index;
}

void EnumField::choose(int index)
{
    const QString value = m_combo->itemData(index).toString();
    if (value == m_value)
        return;
    const QString error = value.isEmpty() ? m_binding->remove(m_path)
                                          : m_binding->setValue(m_path, YamlValue::string(value));
    m_editError.clear();
    if (!error.isEmpty()) {
        m_editError.append({m_path, FieldMessage::Error, {}, tr("Not applied: %1").arg(error)});
        m_combo->setCurrentIndex(m_combo->findData(m_value));
    }
    updateMarkers();
}

void EnumField::refresh(const SpanTree &tree)
{
    const int node = tree.find(m_path);
    m_value =
        node < 0 || tree.value(node).isNull() ? QString() : FormBinding::displayText(tree, node);
    int index = m_combo->findData(m_value);
    if (index < m_knownCount) {
        // Drop the item of an unknown value the document no longer holds.
        while (m_combo->count() > m_knownCount)
            m_combo->removeItem(m_combo->count() - 1);
        if (index < 0) {
            index = m_value.isEmpty() ? addChoice(tr("Not set"), m_value, QString())
                                      : addChoice(m_value, m_value, tr("Not a value Istio knows."));
        }
    }
    if (m_combo->currentIndex() != index)
        m_combo->setCurrentIndex(index);
    m_editError.clear();
    updateExplanation();
    updateMarkers();
}

QString EnumField::explanation() const
{
    return m_explanation->text();
}

void EnumField::updateExplanation()
{
    const QString effective = m_value.isEmpty() ? m_default : m_value;
    const QString help = FormFacts::choiceHelp(m_pattern, effective);
    m_explanation->setText(help);
    m_explanation->setVisible(!help.isEmpty());
}

void EnumField::setMessages(const QList<FieldMessage> &messages)
{
    m_messages = messages;
    updateMarkers();
}

void EnumField::updateMarkers()
{
    const QList<FieldMessage> all = m_editError + m_messages;
    m_marker->setSeverity(FieldMarker::worst(all));
    m_combo->setToolTip(FieldMarker::toolTip(all, m_help));
    m_messageList->setMessages(all);
}

QWidget *EnumField::focusPath(const YamlPath &)
{
    m_combo->setFocus(Qt::OtherFocusReason);
    return m_combo;
}

void EnumField::setReadOnly(bool readOnly)
{
    m_combo->setEnabled(!readOnly);
}

bool EnumField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_combo && event->type() == QEvent::FocusIn)
        m_binding->activate(m_path);
    // Scrolling the page over a combo must not change the resolution in the file.
    if (watched == m_combo && event->type() == QEvent::Wheel && !m_combo->hasFocus())
        return true;
    return QWidget::eventFilter(watched, event);
}

} // namespace MeshEntry
