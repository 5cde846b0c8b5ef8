#pragma once

#include <QtGlobal>

namespace MeshEntry {

/**
 * One node of a document's node store, 24 bytes, kept in pre-order so that a node's subtree
 * is the run [id, next). Offsets are bytes into the document's text. What most nodes do not
 * need (anchors, tags, decoded text, far indicators, child indexes of long collections) lives
 * in the store's arena and side table; see SpanTree.
 */
struct StoredNode {
    enum Shape : quint8 {
        TypeMask = 0x03, ///< YamlNode::Type
        StyleShift = 2,  ///< YamlNode::Style in bits 2..4
        StyleMask = 0x1C,
        Empty = 0x20,      ///< a zero-width null (`key:`, `- `)
        Properties = 0x40, ///< an anchor or a tag before the content
        Decoded = 0x80,    ///< scalar text in the arena (escapes, folding, block scalars)
    };
    enum Types : quint8 {
        ScalarTypeMask = 0x07, ///< ScalarType, as SpanTree::value() types the scalar
        JsonShift = 3,         ///< JsonType in bits 3..5, as Kubernetes reads the scalar
        JsonMask = 0x38,
        /// Mappings: every key is a scalar JSON reads as a string, no two alike, and none is a
        /// `<<` merge; JSON sees exactly the written entries.
        PlainKeys = 0x40,
    };
    /// indicatorGap and valueGap: the value does not fit and sits in the side table.
    static constexpr quint8 far = 0xFF;
    /// Collections with more children than this keep an index of their child ids, so that
    /// reaching the i-th child stays constant time; shorter ones are walked.
    static constexpr int indexedChildren = 16;

    quint8 shape = 0;
    quint8 types = 0;
    /// start - indicator (0: no indicator); for an empty node 1 means valueEnd - 1.
    quint8 indicatorGap = 0;
    quint8 valueGap = 0; ///< valueStart - start
    qint32 parent = -1;
    qint32 next = 0; ///< one past the last node of the subtree
    /// Collections: child count. Aliases: the anchored node, or -1. Scalars: the arena offset
    /// of the decoded text, or -1 when the text is the node's own bytes.
    qint32 aux = -1;
    quint32 start = 0; ///< first byte, anchor and tag included
    quint32 valueEnd = 0;
};

static_assert(sizeof(StoredNode) == 24, "the node store's budget is 24 bytes a node");

/// What the side table holds for a node.
struct NodeExtra {
    enum Kind : quint32 { Anchor, Tag, PropertiesEnd, Indicator, ValueStart, AliasName, Children };

    qint32 node = -1;
    Kind kind = Anchor;
    quint32 offset = 0; ///< arena offset, or the offset itself (PropertiesEnd, Indicator, …)
    quint32 size = 0;   ///< bytes of arena text; Children: number of ids

    bool operator<(const NodeExtra &o) const
    {
        return node != o.node ? node < o.node : kind < o.kind;
    }
};

} // namespace MeshEntry
