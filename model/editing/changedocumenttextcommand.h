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
    /// Which text a run of merged commands shows.
    enum class MergedText {
        Latest, ///< the last one's, while the same field is typed ("Set name to stripe-api-eu")
        First,  ///< the first one's: "Add host" stays while the new host is typed
    };

    /// editedPath names the value the edit wrote, for merging keystrokes into one field.
    ChangeDocumentTextCommand(EditorDocument *document, int index, QByteArray before,
                              QByteArray after, const QString &text, QString mergeKey = {},
                              QString editedPath = {}, MergedText mergedText = MergedText::Latest);

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
    /// True when a command with mergeKey on document index would merge into this one.
    bool mergesWith(int index, const QString &mergeKey) const
    {
        return !m_mergeKey.isEmpty() && m_index == index && m_mergeKey == mergeKey;
    }
    /// Whether the run began by creating what it edits (an item, a key): later keystrokes are
    /// computed against the text after it, which holds what they edit.
    bool created() const { return m_mergedText == MergedText::First; }
    /// The document's text before this (possibly merged) command.
    const QByteArray &before() const { return m_before; }
    /// What the run of merged edits started from (a renamed key's first name); set by the
    /// first command and kept.
    const QString &origin() const { return m_origin; }
    void setOrigin(const QString &origin) { m_origin = origin; }
    /// The list item the run began by creating (`spec.endpoints[2]`), kept through merges;
    /// empty when it created none.
    const QString &createdItem() const { return m_createdItem; }
    void setCreatedItem(const QString &path) { m_createdItem = path; }

private:
    EditorDocument *m_document;
    int m_index;
    QByteArray m_before;
    QByteArray m_after;
    QString m_mergeKey;
    QString m_editedPath;
    QString m_origin;
    QString m_createdItem;
    MergedText m_mergedText;
};

} // namespace MeshEntry
