#include "documentcommands.h"

#include "currentdocument.h"
#include "documentmanager.h"
#include "documenttemplates.h"
#include "editordocument.h"
#include "formpanel.h"
#include "newdocumentdialog.h"

namespace MeshEntry {

DocumentCommands::DocumentCommands(DocumentManager *documents, CurrentDocument *current,
                                   QWidget *dialogParent)
    : QObject(dialogParent), m_documents(documents), m_current(current),
      m_dialogParent(dialogParent)
{}

bool DocumentCommands::canEditCurrent() const
{
    return m_current->file() && !m_current->file()->isReadOnly() && m_current->document() >= 0;
}

void DocumentCommands::newDocument()
{
    EditorDocument *file = m_current->file();
    const bool canAdd = file && !file->isReadOnly();
    NewDocumentDialog dialog(canAdd ? file->displayName() : QString(), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.choice() == QLatin1String(NewDocumentDialog::emptyFile)) {
        m_current->set(m_documents->create(), 0);
        return;
    }
    addTemplate(dialog.choice(), dialog.addToCurrentFile());
}

void DocumentCommands::addTemplate(const QString &id, bool toCurrentFile)
{
    const DocumentTemplates::Template *entry = DocumentTemplates::find(id);
    if (!entry)
        return;
    const QString description = tr("Add %1").arg(entry->title);
    EditorDocument *file = m_current->file();
    if (!toCurrentFile || !file || file->isReadOnly()) {
        EditorDocument *created = m_documents->create(DocumentTemplates::read(*entry), description);
        m_current->set(created, 0);
        return;
    }
    const YamlFile &yaml = file->file();
    const QByteArray text = DocumentTemplates::instantiate(DocumentTemplates::read(*entry), yaml);
    const int current = m_current->document();
    if (current >= 0 && current < yaml.documentCount() &&
        FormPanel::isEmptyDocument(yaml.document(current))) {
        // The shown document is empty (between two `---`, after a trailing one, or only a
        // comment): the template fills it, after its marker and comments.
        // Inserted before the document's last line break, so that the text lands inside it
        // and not at the start of the next document.
        const QByteArray &empty = yaml.document(current).text();
        qsizetype at = empty.size();
        QByteArray inserted = text;
        if (empty.endsWith('\n')) {
            at -= empty.endsWith("\r\n") ? 2 : 1;
            inserted = empty.mid(at) + text;
            inserted.chop(empty.size() - at);
        } else if (!empty.isEmpty()) {
            inserted.prepend(yaml.lineEnding());
        }
        file->replaceText(file->textOffset(current) + at, 0, inserted, {}, description);
        m_current->set(file, current);
        return;
    }
    const int insertAt = yaml.documentCount();
    const QByteArray last = yaml.document(insertAt - 1).text();
    const QByteArray eol = yaml.lineEnding();
    // The new documents start on a line of their own, after a `---` unless the file is empty.
    QByteArray prefix = last.isEmpty() || last.endsWith('\n') ? QByteArray() : eol;
    if (!last.trimmed().isEmpty())
        prefix += "---" + eol;
    const bool replacesEmpty = insertAt == 1 && last.trimmed().isEmpty();
    file->replaceText(file->textOffset(insertAt), 0, prefix + text, {}, description);
    m_current->set(file, replacesEmpty ? 0 : insertAt);
}

void DocumentCommands::duplicateCurrent()
{
    if (!canEditCurrent())
        return;
    EditorDocument *file = m_current->file();
    const int copy = file->duplicateDocument(m_current->document());
    if (copy >= 0)
        m_current->set(file, copy);
}

void DocumentCommands::deleteCurrent()
{
    if (!canEditCurrent())
        return;
    // The document that takes its place becomes current (CurrentDocument follows).
    m_current->file()->removeDocument(m_current->document());
}

} // namespace MeshEntry
