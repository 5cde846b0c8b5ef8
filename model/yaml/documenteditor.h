#pragma once

#include "documentedit.h"
#include "fragmentwriter.h"

namespace MeshEntry {

/**
 * Computes edits of one document as minimal text patches.
 *
 * Every edit re-parses the new text and checks that its meaning equals the old meaning with
 * exactly the intended change; otherwise the edit is refused and the text stays as it was.
 */
class DocumentEditor
{
public:
    DocumentEditor(const QByteArray &text, const SpanTree &tree);

    /// Sets path to value, creating missing parent maps; replaces whatever is there.
    DocumentEdit setValue(const YamlPath &path, const YamlValue &value) const;
    /// Removes the map key or sequence item at path.
    DocumentEdit remove(const YamlPath &path) const;
    /// Inserts value into the sequence at path before index (index < 0 or == size: append).
    /// A missing or null sequence is created.
    DocumentEdit insertItem(const YamlPath &path, int index, const YamlValue &value) const;
    /// Renames the map key at path in place, keeping its value, position and comments.
    DocumentEdit renameKey(const YamlPath &path, const QString &newKey) const;
    /// Moves item from to position to in the sequence at path.
    DocumentEdit moveItem(const YamlPath &path, int from, int to) const;

private:
    struct Patch {
        qsizetype offset = 0;
        qsizetype length = 0;
        QString text;
    };
    struct Attempt {
        bool ok = false;
        QString error;
        Patch patch;
        static Attempt refuse(const QString &message) { return {false, message, {}}; }
        static Attempt replace(qsizetype offset, qsizetype length, const QString &text)
        {
            return {true, {}, {offset, length, text}};
        }
    };

    DocumentEdit finish(const Attempt &attempt, const YamlValue &expected) const;
    QByteArray applied(const Patch &patch) const;

    Attempt replaceNode(int node, const YamlValue &value) const;
    /// The whole content of a document that has none yet, after its marker and comments.
    Attempt appendDocumentContent(const YamlValue &content) const;
    Attempt insertEntry(int mapping, const QString &key, const YamlValue &value) const;
    Attempt removeEntry(int mapping, int entry) const;
    Attempt removeItem(int sequence, int item) const;
    Attempt insertItemText(int sequence, int index, const QStringList &lines,
                           const QString &flowText) const;
    Attempt createPath(const YamlPath &path, const YamlValue &value) const;
    /// A new item written as its neighbours are: quoted alike when they are and it can be.
    Attempt insertStyledItem(int sequence, int index, const YamlValue &value) const;
    /// The item's text in its neighbours' quoting style, or empty for the writer's default.
    QString styledLikeNeighbours(int sequence, int index, const YamlValue &value) const;

    QString checkEditable(const YamlPath &path, int node) const;
    /// Finds the node at path for an edit; the reason when there is none or it is not editable.
    QString locate(const YamlPath &path, int *node) const;
    qsizetype lineStart(qsizetype offset) const;
    qsizetype lineContentEnd(qsizetype offset) const;
    qsizetype lineEnd(qsizetype offset) const;
    int column(qsizetype offset) const;
    bool onlyBlanksBefore(qsizetype offset) const;
    QString eolAt(qsizetype offset) const;
    int blockIndentOf(int node) const;
    Attempt removeLines(qsizetype from, qsizetype lastContent) const;

    const QByteArray &m_text;
    const SpanTree &m_tree;
    FragmentWriter m_writer;
    QString m_eol;
};

} // namespace MeshEntry
