#include "changedocumenttextcommand.h"

#include "editordocument.h"
#include "undocommandids.h"

namespace MeshEntry {

ChangeDocumentTextCommand::ChangeDocumentTextCommand(EditorDocument *document, int index,
                                                     QByteArray before, QByteArray after,
                                                     const QString &text, QString mergeKey,
                                                     QString editedPath, MergedText mergedText)
    : QUndoCommand(text), m_document(document), m_index(index), m_before(std::move(before)),
      m_after(std::move(after)), m_mergeKey(std::move(mergeKey)),
      m_editedPath(std::move(editedPath)), m_mergedText(mergedText)
{}

void ChangeDocumentTextCommand::undo()
{
    m_document->replaceDocumentText(m_index, m_before);
}

void ChangeDocumentTextCommand::redo()
{
    m_document->replaceDocumentText(m_index, m_after);
}

int ChangeDocumentTextCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : ChangeDocumentTextId;
}

bool ChangeDocumentTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeDocumentTextCommand *>(other);
    if (next->m_document != m_document || next->m_index != m_index ||
        next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    // Typing on in the same field updates the text; a side effect in another field (the port
    // name a protocol suggests) does not.
    if (m_mergedText == MergedText::Latest && next->m_editedPath == m_editedPath)
        setText(next->text());
    m_editedPath = next->m_editedPath;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace MeshEntry
