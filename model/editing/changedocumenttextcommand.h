#pragma once

#include <QByteArray>
#include <QUndoCommand>

namespace MeshEntry {

class EditorDocument;

/**
 * Replaces the text of one document. Every edit of a document's content — from a form field
 * or from the YAML pane — is one of these, so undo restores the exact bytes.
 *
 * Commands with the same non-empty merge key on the same document merge, so typing a word into
 * one field is one undo step.
 */
class ChangeDocumentTextCommand : public QUndoCommand
{
public:
    ChangeDocumentTextCommand(EditorDocument *document, int index, QByteArray before,
                              QByteArray after, const QString &text, QString mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    EditorDocument *m_document;
    int m_index;
    QByteArray m_before;
    QByteArray m_after;
    QString m_mergeKey;
};

} // namespace MeshEntry
