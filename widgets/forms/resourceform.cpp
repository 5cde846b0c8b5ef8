#include "resourceform.h"

#include "editordocument.h"
#include "fieldtable.h"
#include "formbinding.h"
#include "formfield.h"
#include "messagelist.h"
#include "otherfieldsview.h"
#include "sectionnotice.h"
#include "wrappedlabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace MeshEntry {

namespace {

/**
 * Holds the form's title at the height of one line, without a layout: a new title (each
 * keystroke in the name field) repaints the label where it is instead of laying out the whole
 * window again. A title wider than the form is cut off; its tooltip has all of it.
 */
class TitleBox : public QWidget
{
public:
    TitleBox(QLabel *label, QWidget *parent) : QWidget(parent), m_label(label)
    {
        label->setParent(this);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        measure();
    }
    QSize sizeHint() const override { return {0, m_height}; }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void resizeEvent(QResizeEvent *) override { m_label->setGeometry(rect()); }
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
            measure();
            updateGeometry();
        }
        QWidget::changeEvent(event);
    }

private:
    /// One line of the title's rich text, whatever its words.
    void measure()
    {
        const QString text = m_label->text();
        m_label->setText(QStringLiteral("<big><b>Mg</b> Mg</big>"));
        m_height = m_label->sizeHint().height();
        m_label->setText(text);
    }

    QLabel *m_label;
    int m_height = 0;
};

QString scalarAt(const SpanTree &tree, const char *path)
{
    return FormBinding::displayText(tree, tree.find(YamlPath::fromText(QLatin1String(path))));
}

} // namespace

ResourceForm::ResourceForm(const QString &kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_binding(new FormBinding(FieldTable::forKind(kind), this)),
      m_title(new QLabel(this)), m_notice(new SectionNotice(this)),
      m_formMessages(new MessageList(this)), m_scroll(new QScrollArea(this)), m_page(new QWidget),
      m_pageLayout(new QVBoxLayout(m_page))
{
    m_title->setObjectName(QStringLiteral("formTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(QStringLiteral("formNotice"));
    m_formMessages->setObjectName(QStringLiteral("formMessages"));

    auto *header = new QVBoxLayout;
    header->setContentsMargins(10, 8, 10, 4);
    header->setSpacing(6);
    header->addWidget(new TitleBox(m_title, this));
    header->addWidget(m_notice);
    header->addWidget(m_formMessages);

    m_pageLayout->setContentsMargins(10, 4, 10, 10);
    m_pageLayout->setSpacing(12);
    m_scroll->setWidgetResizable(true);
    // The page scrolls to the field that has the focus; the scroll area is no tab stop.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_scroll, 1);

    connect(m_binding, &FormBinding::activated, this, &ResourceForm::fieldActivated);
}

QFormLayout *ResourceForm::createFormLayout(QWidget *parent)
{
    auto *layout = new QFormLayout(parent);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A narrow form (long German or French labels) puts the label above its field rather
    // than scrolling sideways.
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    return layout;
}

QLabel *ResourceForm::createLabel(FormBinding *binding, const QString &text, QStringView pattern,
                                  QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    QWidget *target = buddy->focusProxy() ? buddy->focusProxy() : buddy;
    label->setBuddy(target);
    // Qt finds a buddy's label only among its siblings: screen readers get the label's text.
    QString name = text;
    name.remove(u'&');
    if (name.endsWith(u':'))
        name.chop(1);
    target->setAccessibleName(name);
    target->setAccessibleDescription(binding->toolTip(pattern));
    label->setToolTip(binding->toolTip(pattern));
    label->setWhatsThis(binding->whatsThis(pattern));
    return label;
}

QGroupBox *ResourceForm::addSection(const QString &title, QStringView pattern)
{
    auto *section = new QGroupBox(title, m_page);
    section->setWhatsThis(m_binding->whatsThis(pattern));
    m_pageLayout->addWidget(section);
    return section;
}

void ResourceForm::addSectionWidget(QWidget *section)
{
    section->setParent(m_page);
    m_pageLayout->addWidget(section);
}

void ResourceForm::addCaption(QFormLayout *layout, const QString &text)
{
    auto *caption = new WrappedLabel(text, layout->parentWidget());
    caption->setForegroundRole(QPalette::PlaceholderText);
    layout->addRow(caption);
}

void ResourceForm::addField(FormField *field)
{
    m_fields.append(field);
}

void ResourceForm::finishPage()
{
    m_otherSection = addSection(tr("Other fields"), u"");
    auto *layout = new QVBoxLayout(m_otherSection);
    auto *caption = new WrappedLabel(tr("This form does not edit these keys. They are kept exactly "
                                        "as written; change them in the YAML."),
                                     m_otherSection);
    caption->setForegroundRole(QPalette::PlaceholderText);
    m_otherFields = new OtherFieldsView(m_binding, m_otherSection);
    layout->addWidget(caption);
    layout->addWidget(m_otherFields);
    QStringList modelled{QStringLiteral("kind")};
    for (const FormField *field : m_fields)
        modelled += field->patterns();
    m_otherFields->setModelled(modelled);
    addField(m_otherFields);
    m_otherSection->hide();
    m_pageLayout->addStretch(1);
    // One label column for the whole page, so fields line up across sections.
    const QList<QFormLayout *> layouts = m_page->findChildren<QFormLayout *>();
    int labelWidth = 0;
    for (const QFormLayout *form : layouts) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole))
                labelWidth = qMax(labelWidth, label->sizeHint().width());
        }
    }
    for (const QFormLayout *form : layouts) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
                label && label->widget())
                label->widget()->setMinimumWidth(labelWidth);
        }
    }
}

int ResourceForm::preferredWidth() const
{
    return m_page->sizeHint().width() + m_scroll->verticalScrollBar()->sizeHint().width() +
           2 * m_scroll->frameWidth();
}

int ResourceForm::minimumPageWidth() const
{
    return m_page->minimumSizeHint().width() + m_scroll->verticalScrollBar()->sizeHint().width() +
           2 * m_scroll->frameWidth();
}

void ResourceForm::setDocument(EditorDocument *document, int index)
{
    if (EditorDocument *previous = m_binding->document())
        disconnect(previous, nullptr, this, nullptr);
    m_binding->setDocument(document, index);
    m_messages.clear();
    if (document) {
        connect(document, &EditorDocument::documentChanged, this, [this](int changed) {
            if (changed == documentIndex())
                refresh();
        });
        connect(document, &EditorDocument::documentsReset, this, &ResourceForm::refresh);
        connect(document, &EditorDocument::readOnlyChanged, this, &ResourceForm::refresh);
    }
    refresh();
}

EditorDocument *ResourceForm::document() const
{
    return m_binding->document();
}

int ResourceForm::documentIndex() const
{
    return m_binding->index();
}

QString ResourceForm::notice() const
{
    return m_notice->text();
}

void ResourceForm::refresh()
{
    const SpanTree *tree = m_binding->tree();
    m_syntaxError = false;
    QString problem;
    FieldMessage::Severity severity = FieldMessage::Error;
    if (!document()) {
        problem = tr("No document is open.");
        severity = FieldMessage::Info;
    } else if (!tree) {
        problem = tr("The document is no longer in the file.");
    } else {
        const YamlFile &file = document()->file();
        const YamlDocument &current = file.document(documentIndex());
        const QList<YamlError> errors =
            current.hasSyntaxErrors() ? current.syntaxErrors() : tree->errors();
        if (!errors.isEmpty()) {
            // Keep the last valid values on screen: nothing is lost while the user fixes it.
            const YamlError &error = errors.first();
            m_syntaxError = true;
            // The title from what the indexer read, so the form still says whose it is.
            const DocumentInfo &info = current.info();
            setTitle(info.namespaceName, info.name);
            problem = tr("YAML syntax error at line %1, column %2: %3. The form is read-only "
                         "until the YAML is fixed.")
                          .arg(file.documentLine(documentIndex()) + error.line + 1)
                          .arg(error.column + 1)
                          .arg(error.message);
        } else {
            for (FormField *field : std::as_const(m_fields))
                field->refresh(*tree);
            documentRefreshed(*tree);
            const QString kind = scalarAt(*tree, "kind");
            setTitle(scalarAt(*tree, "metadata.namespace"), scalarAt(*tree, "metadata.name"));
            if (!kind.isEmpty() && kind != m_kind) {
                problem =
                    tr("This document is a %1; the %2 form does not edit it.").arg(kind, m_kind);
            } else if (document()->isReadOnly()) {
                problem = tr("The file is read-only.");
                severity = FieldMessage::Info;
            }
        }
    }
    if (problem.isEmpty())
        m_notice->clear();
    else
        m_notice->showNotice(severity, problem);
    applyReadOnly(!problem.isEmpty());
    m_otherSection->setVisible(m_otherFields->itemCount() > 0);
    distributeMessages();
}

void ResourceForm::setTitle(const QString &space, const QString &name)
{
    const QString qualified = space.isEmpty() ? name : space + u'/' + name;
    m_title->setText(QStringLiteral("<big><b>%1</b> %2</big>")
                         .arg(m_kind.toHtmlEscaped(), qualified.toHtmlEscaped()));
    m_title->setToolTip(m_kind + u' ' + qualified);
}

void ResourceForm::applyReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    for (FormField *field : std::as_const(m_fields))
        field->setReadOnly(readOnly);
}

void ResourceForm::setFieldMessages(const QList<FieldMessage> &messages)
{
    m_messages = messages;
    distributeMessages();
}

QList<FieldMessage> ResourceForm::formMessages() const
{
    return m_unmatched;
}

void ResourceForm::distributeMessages()
{
    QHash<FormField *, QList<FieldMessage>> byField;
    m_unmatched.clear();
    QList<FieldMessage> shown;
    for (const FieldMessage &message : std::as_const(m_messages)) {
        // The notice above the form says it already.
        if (m_syntaxError && message.ruleId == QLatin1String("YAML-SYNTAX"))
            continue;
        FormField *best = nullptr;
        int bestLength = -1;
        for (FormField *field : std::as_const(m_fields)) {
            const int length = field->matchLength(message.path);
            if (length > bestLength) {
                best = field;
                bestLength = length;
            }
        }
        if (best) {
            byField[best].append(message);
            continue;
        }
        m_unmatched.append(message);
        FieldMessage line = message;
        if (!message.path.isRoot())
            line.text = tr("%1: %2").arg(message.path.toString(), message.text);
        shown.append(line);
    }
    for (FormField *field : std::as_const(m_fields))
        field->setMessages(byField.value(field));
    m_formMessages->setMessages(shown);
}

void ResourceForm::focusField(const YamlPath &path)
{
    FormField *best = nullptr;
    int bestLength = -1;
    for (FormField *field : std::as_const(m_fields)) {
        const int length = field->matchLength(path);
        if (length > bestLength) {
            best = field;
            bestLength = length;
        }
    }
    if (!best)
        return;
    if (QWidget *focused = best->focusPath(path))
        m_scroll->ensureWidgetVisible(focused);
}

} // namespace MeshEntry
