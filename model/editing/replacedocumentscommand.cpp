#include "replacedocumentscommand.h"

#include "editordocument.h"

namespace MeshEntry {

ReplaceDocumentsCommand::ReplaceDocumentsCommand(EditorDocument *document,
                                                 QList<YamlDocument> before,
                                                 QList<YamlDocument> after, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{}

void ReplaceDocumentsCommand::undo()
{
    m_document->replaceAllDocuments(m_before);
}

void ReplaceDocumentsCommand::redo()
{
    m_document->replaceAllDocuments(m_after);
}

} // namespace MeshEntry
