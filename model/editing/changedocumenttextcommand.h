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
    /// editedPath names the value the edit wrote, for merging keystrokes into one field.
    ChangeDocumentTextCommand(EditorDocument *document, int index, QByteArray before,
                              QByteArray after, const QString &text, QString mergeKey = {},
                              QString editedPath = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    /// True when an edit of editedPath in document index with mergeKey continues this one:
    /// the same field typed again.
    bool continues(int index, const QString &mergeKey, const QString &editedPath) const
    {
        return !m_mergeKey.isEmpty() && m_index == index && m_mergeKey == mergeKey &&
               !editedPath.isEmpty() && m_editedPath == editedPath;
    }
    /// The document's text before this (possibly merged) command.
    const QByteArray &before() const { return m_before; }

private:
    EditorDocument *m_document;
    int m_index;
    QByteArray m_before;
    QByteArray m_after;
    QString m_mergeKey;
    QString m_editedPath;
};

} // namespace MeshEntry
