#pragma once

#include "documentinfo.h"
#include "spantree.h"

#include <QByteArray>
#include <memory>

namespace MeshEntry {

/**
 * One document of a file: its exact bytes (leading comments and `---` included, shared with
 * the file's buffer when it comes from opening the file), what it is, and its node store,
 * built by the pass that opened the file (or by the edit that made the text).
 */
class YamlDocument
{
public:
    YamlDocument() = default;
    /// A document as the indexing pass found it; tree null: parsed on first use.
    YamlDocument(QByteArray text, DocumentInfo info, QList<YamlError> errors,
                 std::shared_ptr<const SpanTree> tree = {});
    /// A document whose tree is already known (after an edit).
    YamlDocument(QByteArray text, SpanTree tree);

    const QByteArray &text() const { return m_text; }
    const DocumentInfo &info() const { return m_info; }
    const QList<YamlError> &syntaxErrors() const { return m_errors; }
    bool hasSyntaxErrors() const { return !m_errors.isEmpty(); }
    int lineCount() const { return m_lineCount; }

    /// The node store (parsed here only for a document made without one).
    const SpanTree &tree() const;
    /// Whether the store is resident (tree() costs nothing).
    bool hasTree() const { return bool(m_tree); }
    /// Drops the store (it is rebuilt on the next use) to save memory.
    void releaseTree() const { m_tree.reset(); }

private:
    QByteArray m_text;
    DocumentInfo m_info;
    QList<YamlError> m_errors;
    int m_lineCount = 0;
    mutable std::shared_ptr<const SpanTree> m_tree;
};

} // namespace MeshEntry
