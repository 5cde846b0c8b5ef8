#pragma once

#include "yamldocument.h"

#include <QList>
#include <QUndoCommand>

namespace MeshEntry {

class EditorDocument;

/// Changes which documents a file holds (add, duplicate, delete, a `---` typed in the text)
/// by swapping whole document lists; lists are implicitly shared, so this costs little.
class ReplaceDocumentsCommand : public QUndoCommand
{
public:
    ReplaceDocumentsCommand(EditorDocument *document, QList<YamlDocument> before,
                            QList<YamlDocument> after, const QString &text);

    void undo() override;
    void redo() override;

private:
    EditorDocument *m_document;
    QList<YamlDocument> m_before;
    QList<YamlDocument> m_after;
};

} // namespace MeshEntry
