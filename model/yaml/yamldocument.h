#pragma once

#include "documentinfo.h"
#include "spantree.h"

#include <QByteArray>
#include <memory>

namespace MeshEntry {

/**
 * One document of a file: its exact bytes (leading comments and `---` included), what it is,
 * and its span tree, parsed on first use.
 */
class YamlDocument
{
public:
    YamlDocument() = default;
    YamlDocument(QByteArray text, DocumentInfo info, QList<YamlError> errors);
    /// A document whose tree is already known (after an edit).
    YamlDocument(QByteArray text, SpanTree tree);

    const QByteArray &text() const { return m_text; }
    const DocumentInfo &info() const { return m_info; }
    const QList<YamlError> &syntaxErrors() const { return m_errors; }
    bool hasSyntaxErrors() const { return !m_errors.isEmpty(); }
    int lineCount() const { return m_lineCount; }

    /// The span tree, parsed on first use and kept.
    const SpanTree &tree() const;
    /// Drops the cached tree (it is rebuilt on the next use) to save memory.
    void releaseTree() const { m_tree.reset(); }

private:
    QByteArray m_text;
    DocumentInfo m_info;
    QList<YamlError> m_errors;
    int m_lineCount = 0;
    mutable std::shared_ptr<const SpanTree> m_tree;
};

} // namespace MeshEntry
