#include "formpanel.h"

#include "documentvalidator.h"
#include "editordocument.h"
#include "serviceentryform.h"
#include "workloadentryform.h"

#include <QLabel>

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
    for (ResourceForm *form : forms()) {
        addWidget(form);
        connect(form, &ResourceForm::fieldActivated, this, &FormPanel::fieldActivated);
    }
}

QList<ResourceForm *> FormPanel::forms() const
{
    return {m_serviceEntryForm, m_workloadEntryForm};
}

ResourceForm *FormPanel::currentForm() const
{
    return qobject_cast<ResourceForm *>(currentWidget());
}

void FormPanel::showDocument(EditorDocument *file, int document)
{
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

void FormPanel::setFieldMessages(const QList<FieldMessage> &messages)
{
    if (ResourceForm *form = currentForm())
        form->setFieldMessages(messages);
}

} // namespace MeshEntry
