#pragma once

#include "jsontyping.h"
#include "storednode.h"
#include "yamlerror.h"
#include "yamlnode.h"
#include "yamlpath.h"
#include "yamlvalue.h"

#include <QByteArray>
#include <QList>
#include <vector>

namespace MeshEntry {

/**
 * One document's node store: every node in a flat pre-order vector of 24-byte StoredNodes
 * with exact byte spans and styles, built from libyaml's events in one pass (by the indexer
 * while it splits the file, or by parse() after an edit). Scalar text is not copied: a node
 * refers to its bytes in the document's text, which the tree shares with the file's buffer;
 * only text that differs from its bytes (escapes, folding, block scalars) sits in an arena.
 *
 * node() returns a YamlNode view for code that walks the tree; the accessors below it read
 * single fields without building one, for the validation's hot paths. A tree is immutable
 * once built, so any number of threads may read it.
 */
class SpanTree
{
public:
    SpanTree() = default;

    /// Parses the text of one document (comments, directives and `---` included).
    static SpanTree parse(const QByteArray &text);

    bool hasErrors() const { return !m_errors.isEmpty(); }
    const QList<YamlError> &errors() const { return m_errors; }

    /// Root node index, or -1 when the text holds no document (only comments or nothing).
    int root() const { return m_root; }
    int nodeCount() const { return int(m_nodes.size()); }
    YamlNode node(int index) const;

    /// Byte offset of the `---` marker, or -1 when the document starts implicitly.
    qsizetype documentMarker() const { return m_documentMarker; }
    /// End of the document's last content (the `...` marker included when present).
    qsizetype contentEnd() const { return m_contentEnd; }
    /// The document's bytes the offsets count in.
    const QByteArray &text() const { return m_text; }

    /// Node at path, or -1. Aliases on the way are followed to their anchors.
    int find(const YamlPath &path) const;
    /// Longest prefix of path that exists; *node receives its node (root for an empty prefix).
    int existingPrefix(const YamlPath &path, int *node) const;
    /// Value node of key in a mapping, or -1.
    int mapValue(int mapping, QStringView key) const;
    /// Index of the entry with key in mapping, or -1.
    int entryIndex(int mapping, QStringView key) const;
    /// The anchored node an alias refers to, or -1 (resolved while building: constant time).
    int resolveAlias(int alias) const;
    /// True when any ancestor of node (or the node) is a flow collection.
    bool inFlowContext(int node) const;

    /// Semantic value of a node (aliases kept as references).
    YamlValue value(int node) const;
    /// Semantic value of the whole document (null when empty).
    YamlValue documentValue() const { return m_root < 0 ? YamlValue() : value(m_root); }

    /// Path of a node from the root.
    YamlPath pathOf(int node) const;

    // Single fields, without building a YamlNode.
    YamlNode::Type type(int index) const
    {
        return YamlNode::Type(stored(index).shape & StoredNode::TypeMask);
    }
    YamlNode::Style style(int index) const
    {
        return YamlNode::Style((stored(index).shape & StoredNode::StyleMask) >>
                               StoredNode::StyleShift);
    }
    bool isScalar(int index) const { return type(index) == YamlNode::Type::Scalar; }
    bool isMapping(int index) const { return type(index) == YamlNode::Type::Mapping; }
    bool isSequence(int index) const { return type(index) == YamlNode::Type::Sequence; }
    bool isAlias(int index) const { return type(index) == YamlNode::Type::Alias; }
    bool isEmptyNode(int index) const { return stored(index).shape & StoredNode::Empty; }
    /// A mapping whose keys JSON reads as written: distinct strings, no `<<` merge.
    bool hasPlainKeys(int index) const
    {
        return isMapping(index) && (stored(index).types & StoredNode::PlainKeys);
    }
    bool hasProperties(int index) const { return stored(index).shape & StoredNode::Properties; }
    int parentOf(int index) const { return stored(index).parent; }
    /// Children of a collection (0 for scalars and aliases).
    int childCount(int index) const;
    /// The child at position of a collection; -1 when there is none.
    int child(int index, int position) const;
    /// One past the last node of index's subtree: the next sibling when it has one.
    int subtreeEnd(int index) const { return stored(index).next; }
    qsizetype startOf(int index) const { return stored(index).start; }
    qsizetype valueStartOf(int index) const
    {
        const StoredNode &s = stored(index);
        if (s.shape & StoredNode::Empty)
            return s.valueEnd;
        return s.valueGap == StoredNode::far ? farValueStart(index)
                                             : qsizetype(s.start) + s.valueGap;
    }
    qsizetype valueEndOf(int index) const { return stored(index).valueEnd; }
    qsizetype indicatorOf(int index) const;
    qsizetype propertiesEndOf(int index) const;
    /// Decoded text of a scalar, the anchor name of an alias, empty for collections.
    YamlText text(int index) const
    {
        // The common case inline: a plain or quoted scalar whose text is its own bytes.
        const StoredNode &s = stored(index);
        if ((s.shape & (StoredNode::TypeMask | StoredNode::Decoded | StoredNode::Empty)) == 0 &&
            s.valueGap != StoredNode::far) {
            const qsizetype begin = qsizetype(s.start) + s.valueGap;
            const qsizetype quotes = (s.shape & StoredNode::StyleMask) ? 1 : 0;
            return {m_text.constData() + begin + quotes,
                    qsizetype(s.valueEnd) - begin - 2 * quotes};
        }
        return slowText(index);
    }
    YamlText anchorOf(int index) const { return extraText(index, NodeExtra::Anchor); }
    YamlText tagOf(int index) const { return extraText(index, NodeExtra::Tag); }
    /// A scalar's type as value() gives it.
    ScalarType scalarTypeOf(int index) const
    {
        return ScalarType(stored(index).types & StoredNode::ScalarTypeMask);
    }
    /// A scalar's JSON type as Kubernetes reads it (Object/Array for collections).
    JsonType jsonTypeOf(int index) const
    {
        switch (type(index)) {
        case YamlNode::Type::Mapping:
            return JsonType::Object;
        case YamlNode::Type::Sequence:
            return JsonType::Array;
        case YamlNode::Type::Alias:
            return JsonType::Null;
        case YamlNode::Type::Scalar:
            break;
        }
        return JsonType((stored(index).types & StoredNode::JsonMask) >> StoredNode::JsonShift);
    }

private:
    friend class SpanTreeBuilder;
    friend class YamlChildren;
    friend class YamlChildren::const_iterator;
    friend class DocumentIndexer;

    const StoredNode &stored(int index) const { return m_nodes[size_t(index)]; }
    qsizetype farValueStart(int index) const;
    YamlText slowText(int index) const;
    const NodeExtra *extra(int index, NodeExtra::Kind kind) const;
    YamlText extraText(int index, NodeExtra::Kind kind) const;
    YamlText arenaText(qint32 offset) const;
    /// Position of child among its parent's children.
    int positionOf(int child) const;
    /// Adds delta to every offset (the indexer places a tree it built before its start was known).
    void shift(qsizetype delta);

    QByteArray m_text;
    std::vector<StoredNode> m_nodes;
    std::vector<char> m_arena;       ///< decoded texts (length-prefixed), names, child id lists
    std::vector<NodeExtra> m_extras; ///< sorted by node and kind
    QList<YamlError> m_errors;
    int m_root = -1;
    qsizetype m_documentMarker = -1;
    qsizetype m_contentEnd = 0;
};

} // namespace MeshEntry
