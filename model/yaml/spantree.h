#pragma once

#include "yamlerror.h"
#include "yamlnode.h"
#include "yamlpath.h"
#include "yamlvalue.h"

#include <QByteArray>
#include <QList>
#include <vector>

namespace MeshEntry {

/**
 * The parsed form of one document's text: nodes with exact byte spans and styles.
 * Built from libyaml events in one pass; the text itself is not kept, only offsets into it.
 */
class SpanTree
{
public:
    /// Parses the text of one document (comments, directives and `---` included).
    static SpanTree parse(const QByteArray &text);

    bool hasErrors() const { return !m_errors.isEmpty(); }
    const QList<YamlError> &errors() const { return m_errors; }

    /// Root node index, or -1 when the text holds no document (only comments or nothing).
    int root() const { return m_root; }
    int nodeCount() const { return int(m_nodes.size()); }
    const YamlNode &node(int index) const { return m_nodes[size_t(index)]; }

    /// Byte offset of the `---` marker, or -1 when the document starts implicitly.
    qsizetype documentMarker() const { return m_documentMarker; }
    /// End of the document's last content (the `...` marker included when present).
    qsizetype contentEnd() const { return m_contentEnd; }

    /// Node at path, or -1. Aliases on the way are followed to their anchors.
    int find(const YamlPath &path) const;
    /// Longest prefix of path that exists; *node receives its node (root for an empty prefix).
    int existingPrefix(const YamlPath &path, int *node) const;
    /// Value node of key in a mapping, or -1.
    int mapValue(int mapping, const QString &key) const;
    /// Index of the entry with key in mapping, or -1.
    int entryIndex(int mapping, const QString &key) const;
    /// The anchored node an alias refers to, or -1.
    int resolveAlias(int alias) const;
    /// True when any ancestor of node (or the node) is a flow collection.
    bool inFlowContext(int node) const;

    /// Semantic value of a node (aliases kept as references).
    YamlValue value(int node) const;
    /// Semantic value of the whole document (null when empty).
    YamlValue documentValue() const { return m_root < 0 ? YamlValue() : value(m_root); }

    /// Path of a node from the root.
    YamlPath pathOf(int node) const;

private:
    std::vector<YamlNode> m_nodes;
    QList<YamlError> m_errors;
    int m_root = -1;
    qsizetype m_documentMarker = -1;
    qsizetype m_contentEnd = 0;

    friend class SpanTreeBuilder;
};

} // namespace MeshEntry
