#include "formpanel.h"

#include "documenttemplates.h"
#include "documentvalidator.h"
#include "editordocument.h"
#include "serviceentryform.h"
#include "workloadentryform.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace MeshEntry {

FormPanel::FormPanel(QWidget *parent)
    : QStackedWidget(parent), m_message(new QLabel), m_serviceEntryForm(new ServiceEntryForm),
      m_workloadEntryForm(new WorkloadEntryForm)
{
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addWidget(m_message);
    m_emptyPage = createEmptyDocumentPage();
    addWidget(m_emptyPage);
    for (ResourceForm *form : forms()) {
        addWidget(form);
        connect(form, &ResourceForm::fieldActivated, this, &FormPanel::fieldActivated);
    }
}

QWidget *FormPanel::createEmptyDocumentPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch();
    auto *label = new QLabel(tr("This document is empty. Fill it with:"), page);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
    for (const DocumentTemplates::Template &entry : DocumentTemplates::all()) {
        auto *button = new QPushButton(entry.title, page);
        button->setObjectName(QStringLiteral("template-") + entry.id);
        button->setToolTip(entry.summary);
        connect(button, &QPushButton::clicked, this,
                [this, id = entry.id] { emit templateRequested(id); });
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    auto *hint = new QLabel(tr("or write YAML in the YAML pane."), page);
    hint->setAlignment(Qt::AlignCenter);
    layout->addWidget(hint);
    layout->addStretch();
    // In a scroll area, so that the buttons never make the window's minimum size grow.
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

bool FormPanel::isEmptyDocument(const YamlDocument &document)
{
    if (document.hasSyntaxErrors())
        return false;
    const SpanTree &tree = document.tree();
    return tree.root() < 0 || (tree.node(tree.root()).isScalar() && tree.node(tree.root()).empty &&
                               !tree.node(tree.root()).hasProperties());
}

QList<ResourceForm *> FormPanel::forms() const
{
    return {m_serviceEntryForm, m_workloadEntryForm};
}

ResourceForm *FormPanel::currentForm() const
{
    return qobject_cast<ResourceForm *>(currentWidget());
}

void FormPanel::onDocumentChanged(int index)
{
    if (!m_file || index != m_document || index >= m_file->file().documentCount())
        return;
    const ResourceForm *form = currentForm();
    const DocumentInfo &info = m_file->file().document(index).info();
    if (!form || info.kind != form->kind() || !DocumentValidator::isIstioDocument(info))
        showDocument(m_file, m_document);
}

void FormPanel::showDocument(EditorDocument *file, int document)
{
    if (file != m_file) {
        if (m_file)
            disconnect(m_file, &EditorDocument::documentChanged, this, nullptr);
        m_file = file;
        if (file)
            connect(file, &EditorDocument::documentChanged, this, &FormPanel::onDocumentChanged);
    }
    m_document = document;
    if (!file || document < 0) {
        for (ResourceForm *form : forms())
            form->setDocument(nullptr, -1);
        m_message->setText(tr("Open a YAML file or create one (File ▸ New)."));
        setCurrentWidget(m_message);
        return;
    }
    const YamlDocument &shown = file->file().document(document);
    const DocumentInfo &info = shown.info();
    ResourceForm *form = nullptr;
    if (DocumentValidator::isIstioDocument(info)) {
        form = info.kind == m_serviceEntryForm->kind()
                   ? static_cast<ResourceForm *>(m_serviceEntryForm)
                   : m_workloadEntryForm;
    }
    for (ResourceForm *other : forms()) {
        if (other != form)
            other->setDocument(nullptr, -1);
    }
    if (form) {
        if (form->document() != file || form->documentIndex() != document)
            form->setDocument(file, document);
        setCurrentWidget(form);
        return;
    }
    if (shown.hasSyntaxErrors()) {
        const YamlError &error = shown.syntaxErrors().first();
        const FilePosition position = file->file().position(document, error.offset);
        m_message->setText(tr("<b>YAML syntax error</b> at line %1, column %2:<br>%3"
                              "<br><br>Fix it in the YAML pane; nothing is lost.")
                               .arg(position.line + 1)
                               .arg(position.column + 1)
                               .arg(error.message.toHtmlEscaped()));
    } else if (isEmptyDocument(shown)) {
        setCurrentWidget(m_emptyPage);
        return;
    } else if (info.kind.isEmpty()) {
        m_message->setText(tr("This document has no kind. Edit it in the YAML pane."));
    } else {
        m_message->setText(tr("<b>%1</b> is not an Istio ServiceEntry or WorkloadEntry.<br>"
                              "Edit it in the YAML pane; MeshEntry keeps it byte for byte.")
                               .arg(info.kind.toHtmlEscaped()));
    }
    setCurrentWidget(m_message);
}

int FormPanel::preferredWidth() const
{
    int width = 0;
    for (const ResourceForm *form : forms())
        width = qMax(width, form->preferredWidth());
    return width;
}

int FormPanel::minimumFormWidth() const
{
    int width = 0;
    for (const ResourceForm *form : forms())
        width = qMax(width, form->minimumPageWidth());
    return width;
}

void FormPanel::setFieldMessages(const QList<FieldMessage> &messages)
{
    if (ResourceForm *form = currentForm())
        form->setFieldMessages(messages);
}

} // namespace MeshEntry
