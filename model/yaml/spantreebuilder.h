#pragma once

#include "spantree.h"

#include <QHash>
#include <vector>

namespace MeshEntry {

class EventReader;

/**
 * Turns the events of one document into a SpanTree, one event at a time: SpanTree::parse()
 * drives it over a document's text, DocumentIndexer over a whole file while it splits it, so
 * that no document is parsed twice. One builder serves many documents in turn and keeps its
 * scratch buffers, so a tree costs one exactly sized allocation per vector.
 */
class SpanTreeBuilder
{
public:
    /// Tree offsets are bytes into the document's text, whose first byte is document. The
    /// reader's offsets count from readerStart (document + readerShift); limit bytes from
    /// document on may be looked at.
    void beginDocument(const char *document, qsizetype limit, qsizetype readerShift);
    /// One event of the document, from its DOCUMENT-START to its DOCUMENT-END.
    void addEvent(EventReader &reader);
    /// An offset did not fit the store (a document over 4 GiB, or starting after its events).
    bool outOfRange() const { return m_outOfRange; }
    /// The tree built so far; its text is text (the document's bytes). Open collections are
    /// closed where they stand (after a syntax error). exact: allocate exactly what the tree
    /// needs (many trees kept) rather than hand over the scratch buffers (one tree).
    SpanTree take(const QByteArray &text, QList<YamlError> errors, bool exact);

private:
    struct Frame {
        int node = -1;
        int count = 0;
        int last = -1;
        qsizetype valueStart = 0;
        bool mapping = false;
        bool flow = false;
    };
    /// A node's spans before they are packed into a StoredNode.
    struct Spans {
        qsizetype start = 0;
        qsizetype propertiesEnd = 0;
        qsizetype valueStart = 0;
        qsizetype valueEnd = 0;
        qsizetype indicator = -1;
        bool empty = false;
    };

    qsizetype offset(qsizetype readerOffset);
    qsizetype skipProperties(qsizetype p, qsizetype limit, qsizetype *propertiesEnd) const;
    int push(YamlNode::Type type, YamlNode::Style style, Spans &spans, const char *anchor,
             const char *tag);
    void attach(Spans &spans);
    void addExtra(int node, NodeExtra::Kind kind, quint32 offset, quint32 size);
    quint32 addArenaText(const char *data, qsizetype size, bool lengthPrefix);
    void addScalar(EventReader &reader);
    void addAlias(EventReader &reader);
    void openCollection(EventReader &reader);
    void closeCollection(EventReader &reader);
    /// Whether the keys of a just closed mapping earn StoredNode::PlainKeys.
    bool plainKeys(const Frame &frame) const;
    /// A scalar's text in the scratch store; false when it cannot tell cheaply (far offsets).
    bool scalarText(int index, YamlText *text) const;

    const char *m_text = nullptr;
    qsizetype m_size = 0;
    qsizetype m_shift = 0;
    bool m_outOfRange = false;
    int m_root = -1;
    qsizetype m_documentMarker = -1;
    qsizetype m_documentStartEnd = 0;
    qsizetype m_contentEnd = 0;
    std::vector<StoredNode> m_nodes;
    std::vector<char> m_arena;
    std::vector<NodeExtra> m_extras;
    std::vector<Frame> m_stack;
    QHash<QByteArray, int> m_anchors;
};

} // namespace MeshEntry
