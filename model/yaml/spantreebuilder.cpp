#include "spantreebuilder.h"

#include "eventreader.h"

#include <QVarLengthArray>

#include <cstring>
#include <limits>

namespace MeshEntry {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isWhite(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

YamlNode::Style scalarStyle(yaml_scalar_style_t style)
{
    switch (style) {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE:
        return YamlNode::Style::SingleQuoted;
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
        return YamlNode::Style::DoubleQuoted;
    case YAML_LITERAL_SCALAR_STYLE:
        return YamlNode::Style::Literal;
    case YAML_FOLDED_SCALAR_STYLE:
        return YamlNode::Style::Folded;
    default:
        return YamlNode::Style::Plain;
    }
}

const char *chars(const yaml_char_t *text)
{
    return reinterpret_cast<const char *>(text);
}

} // namespace

void SpanTreeBuilder::beginDocument(const char *document, qsizetype limit, qsizetype readerShift)
{
    m_text = document;
    m_size = limit;
    m_shift = readerShift;
    m_outOfRange = false;
    m_root = -1;
    m_documentMarker = -1;
    m_documentStartEnd = 0;
    m_contentEnd = 0;
    m_nodes.clear();
    m_arena.clear();
    m_extras.clear();
    m_stack.clear();
    m_anchors.clear();
}

qsizetype SpanTreeBuilder::offset(qsizetype readerOffset)
{
    const qsizetype result = readerOffset + m_shift;
    if (result < 0 || result >= qsizetype(std::numeric_limits<qint32>::max())) {
        m_outOfRange = true;
        return 0;
    }
    return result;
}

qsizetype SpanTreeBuilder::skipProperties(qsizetype p, qsizetype limit,
                                          qsizetype *propertiesEnd) const
{
    *propertiesEnd = p;
    while (p < limit && (m_text[p] == '&' || m_text[p] == '!')) {
        while (p < limit && !isWhite(m_text[p]))
            ++p;
        *propertiesEnd = p;
        while (p < limit && isWhite(m_text[p]))
            ++p;
    }
    return p;
}

void SpanTreeBuilder::addExtra(int node, NodeExtra::Kind kind, quint32 offset, quint32 size)
{
    m_extras.push_back({node, kind, offset, size});
}

quint32 SpanTreeBuilder::addArenaText(const char *data, qsizetype size, bool lengthPrefix)
{
    const quint32 at = quint32(m_arena.size());
    if (lengthPrefix) {
        const quint32 length = quint32(size);
        const char *bytes = reinterpret_cast<const char *>(&length);
        m_arena.insert(m_arena.end(), bytes, bytes + sizeof length);
    }
    m_arena.insert(m_arena.end(), data, data + size);
    return at;
}

/// Links spans to the open collection and finds the ':' or '-' indicator that owns them.
void SpanTreeBuilder::attach(Spans &spans)
{
    if (m_stack.empty()) {
        m_root = int(m_nodes.size());
        if (spans.empty) {
            // libyaml places an empty root at the next token, which may lie in the next
            // document: without properties of its own it sits where its value would be.
            if (spans.propertiesEnd == spans.start)
                spans.start = spans.propertiesEnd = m_documentStartEnd;
            spans.valueStart = spans.valueEnd = m_documentStartEnd;
        }
        return;
    }
    Frame &parent = m_stack.back();
    const int position = parent.count;
    const int previous = parent.last;
    ++parent.count;
    parent.last = int(m_nodes.size());
    if (parent.mapping && position % 2 == 1) {
        qsizetype p = m_nodes[size_t(previous)].valueEnd;
        while (p < m_size && (isBlank(m_text[p]) || (parent.flow && isWhite(m_text[p]))))
            ++p;
        if (p < m_size && m_text[p] == ':') {
            spans.indicator = p;
            if (spans.empty)
                spans.valueStart = spans.valueEnd = p + 1;
        }
    } else if (!parent.mapping && !parent.flow) {
        qsizetype p = position == 0 ? parent.valueStart : m_nodes[size_t(previous)].valueEnd;
        while (p < m_size) {
            if (isWhite(m_text[p])) {
                ++p;
            } else if (m_text[p] == '#') {
                while (p < m_size && m_text[p] != '\n')
                    ++p;
            } else {
                break;
            }
        }
        if (p < m_size && m_text[p] == '-') {
            spans.indicator = p;
            if (spans.empty)
                spans.valueStart = spans.valueEnd = p + 1;
        }
    }
}

/// Packs spans into a new StoredNode (gaps that do not fit go to the side table).
int SpanTreeBuilder::push(YamlNode::Type type, YamlNode::Style style, Spans &spans,
                          const char *anchor, const char *tag)
{
    attach(spans);
    const int index = int(m_nodes.size());
    StoredNode node;
    node.shape = quint8(quint8(type) | (quint8(style) << StoredNode::StyleShift));
    node.parent = m_stack.empty() ? -1 : m_stack.back().node;
    node.next = index + 1;
    node.start = quint32(spans.start);
    node.valueEnd = quint32(spans.valueEnd);
    if (spans.empty) {
        node.shape |= StoredNode::Empty;
        if (spans.indicator >= 0) {
            if (spans.indicator == spans.valueEnd - 1) {
                node.indicatorGap = 1;
            } else {
                node.indicatorGap = StoredNode::far;
                addExtra(index, NodeExtra::Indicator, quint32(spans.indicator), 0);
            }
        }
    } else {
        const qsizetype valueGap = spans.valueStart - spans.start;
        if (valueGap >= 0 && valueGap < StoredNode::far) {
            node.valueGap = quint8(valueGap);
        } else {
            node.valueGap = StoredNode::far;
            addExtra(index, NodeExtra::ValueStart, quint32(spans.valueStart), 0);
        }
        if (spans.indicator >= 0) {
            const qsizetype indicatorGap = spans.start - spans.indicator;
            if (indicatorGap > 0 && indicatorGap < StoredNode::far) {
                node.indicatorGap = quint8(indicatorGap);
            } else {
                node.indicatorGap = StoredNode::far;
                addExtra(index, NodeExtra::Indicator, quint32(spans.indicator), 0);
            }
        }
    }
    if (anchor || tag || spans.propertiesEnd > spans.start) {
        node.shape |= StoredNode::Properties;
        if (anchor) {
            const qsizetype size = qsizetype(strlen(anchor));
            addExtra(index, NodeExtra::Anchor, addArenaText(anchor, size, false), quint32(size));
            m_anchors.insert(QByteArray(anchor, size), index);
        }
        if (tag) {
            const qsizetype size = qsizetype(strlen(tag));
            addExtra(index, NodeExtra::Tag, addArenaText(tag, size, false), quint32(size));
        }
        addExtra(index, NodeExtra::PropertiesEnd, quint32(spans.propertiesEnd), 0);
    }
    m_nodes.push_back(node);
    return index;
}

void SpanTreeBuilder::addScalar(EventReader &reader)
{
    const auto &data = reader.event().data.scalar;
    Spans spans;
    spans.start = offset(reader.startOffset());
    spans.valueEnd = offset(reader.endOffset());
    spans.valueStart = skipProperties(spans.start, spans.valueEnd, &spans.propertiesEnd);
    const YamlNode::Style style = scalarStyle(data.style);
    const bool plain = style == YamlNode::Style::Plain;
    if (plain && data.length == 0 && spans.valueStart >= spans.valueEnd) {
        spans.empty = true;
        spans.valueStart = spans.valueEnd = spans.propertiesEnd;
    }
    const bool block = style == YamlNode::Style::Literal || style == YamlNode::Style::Folded;
    if (block) {
        qsizetype end = spans.valueEnd;
        while (end > spans.valueStart + 1 && isWhite(m_text[end - 1]))
            --end;
        spans.valueEnd = end;
    }
    const int index =
        push(YamlNode::Type::Scalar, style, spans, chars(data.anchor), chars(data.tag));
    StoredNode &node = m_nodes.back();

    // The text: the node's own bytes when they are the decoded value, else a copy.
    const char *value = chars(data.value);
    const qsizetype length = qsizetype(data.length);
    const char *text = value;
    if (!block && !spans.empty) {
        const qsizetype quotes = plain ? 0 : 1;
        const qsizetype rawStart = spans.valueStart + quotes;
        const qsizetype rawLength = spans.valueEnd - spans.valueStart - 2 * quotes;
        if (rawLength == length && memcmp(m_text + rawStart, value, size_t(length)) == 0)
            text = m_text + rawStart;
    } else if (spans.empty && length == 0) {
        text = m_text;
    }
    if (text == value) {
        node.shape |= StoredNode::Decoded;
        node.aux = qint32(addArenaText(value, length, true));
    }

    const QString tag = data.tag ? QString::fromUtf8(chars(data.tag)) : QString();
    ScalarType type = ScalarType::String;
    if (!tag.isEmpty()) {
        bool known = false;
        type = ScalarResolver::typeForTag(tag, &known);
    } else if (plain) {
        type = ScalarResolver::resolvePlain(text, length);
    }
    const JsonType json = JsonTyping::scalarType(text, length, tag, plain, type);
    node.types = quint8(quint8(type) | (quint8(json) << StoredNode::JsonShift));
    Q_UNUSED(index);
}

void SpanTreeBuilder::addAlias(EventReader &reader)
{
    const auto &data = reader.event().data.alias;
    Spans spans;
    spans.start = offset(reader.startOffset());
    spans.propertiesEnd = spans.valueStart = spans.start;
    spans.valueEnd = offset(reader.endOffset());
    const int index = push(YamlNode::Type::Alias, YamlNode::Style::Plain, spans, nullptr, nullptr);
    StoredNode &node = m_nodes.back();
    const char *name = chars(data.anchor);
    const qsizetype length = name ? qsizetype(strlen(name)) : 0;
    const qsizetype written = spans.valueEnd - spans.start - 1;
    if (written != length || memcmp(m_text + spans.start + 1, name, size_t(length)) != 0) {
        node.shape |= StoredNode::Decoded;
        addExtra(index, NodeExtra::AliasName, addArenaText(name, length, false), quint32(length));
    }
    // Anchors are recorded as nodes are made, so an alias finds its node at once.
    node.aux = m_anchors.value(QByteArray::fromRawData(name, length), -1);
}

void SpanTreeBuilder::openCollection(EventReader &reader)
{
    const yaml_event_t &event = reader.event();
    const bool mapping = event.type == YAML_MAPPING_START_EVENT;
    const bool flow = mapping ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                              : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
    Spans spans;
    spans.start = offset(reader.startOffset());
    spans.valueStart = skipProperties(spans.start, m_size, &spans.propertiesEnd);
    spans.valueEnd = spans.valueStart;
    const char *anchor =
        chars(mapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor);
    const char *tag = chars(mapping ? event.data.mapping_start.tag : event.data.sequence_start.tag);
    const int index =
        push(mapping ? YamlNode::Type::Mapping : YamlNode::Type::Sequence,
             flow ? YamlNode::Style::Flow : YamlNode::Style::Block, spans, anchor, tag);
    m_nodes.back().aux = 0;
    Frame frame;
    frame.node = index;
    frame.valueStart = spans.valueStart;
    frame.mapping = mapping;
    frame.flow = flow;
    m_stack.push_back(frame);
}

void SpanTreeBuilder::closeCollection(EventReader &reader)
{
    const Frame frame = m_stack.back();
    m_stack.pop_back();
    StoredNode &node = m_nodes[size_t(frame.node)];
    node.next = int(m_nodes.size());
    node.aux = frame.count;
    if (frame.flow)
        node.valueEnd = quint32(offset(reader.endOffset()));
    else if (frame.count > 0)
        node.valueEnd = m_nodes[size_t(frame.last)].valueEnd;
    if (frame.mapping && plainKeys(frame))
        node.types |= StoredNode::PlainKeys;
    if (frame.count > StoredNode::indexedChildren) {
        while (m_arena.size() % sizeof(qint32))
            m_arena.push_back(0);
        const quint32 at = quint32(m_arena.size());
        m_arena.resize(m_arena.size() + size_t(frame.count) * sizeof(qint32));
        int child = frame.node + 1;
        for (int i = 0; i < frame.count; ++i) {
            memcpy(m_arena.data() + at + size_t(i) * sizeof(qint32), &child, sizeof child);
            child = m_nodes[size_t(child)].next;
        }
        addExtra(frame.node, NodeExtra::Children, at, quint32(frame.count));
    }
}

bool SpanTreeBuilder::scalarText(int index, YamlText *text) const
{
    const StoredNode &node = m_nodes[size_t(index)];
    if (node.shape & StoredNode::Decoded) {
        quint32 length = 0;
        memcpy(&length, m_arena.data() + node.aux, sizeof length);
        *text = YamlText(m_arena.data() + node.aux + sizeof length, qsizetype(length));
        return true;
    }
    if (node.shape & StoredNode::Empty) {
        *text = YamlText();
        return true;
    }
    if (node.valueGap == StoredNode::far)
        return false;
    const qsizetype begin = qsizetype(node.start) + node.valueGap;
    const qsizetype quotes = (node.shape & StoredNode::StyleMask) ? 1 : 0;
    *text = YamlText(m_text + begin + quotes, qsizetype(node.valueEnd) - begin - 2 * quotes);
    return true;
}

bool SpanTreeBuilder::plainKeys(const Frame &frame) const
{
    // Done here, once, so that neither the duplicate-key check nor JSON's reading of the
    // mapping compares its keys again.
    QVarLengthArray<YamlText, 16> keys;
    int key = frame.node + 1;
    for (int i = 0; i + 1 < frame.count; i += 2) {
        const StoredNode &node = m_nodes[size_t(key)];
        YamlText text;
        if ((node.shape & StoredNode::TypeMask) != quint8(YamlNode::Type::Scalar) ||
            JsonType((node.types & StoredNode::JsonMask) >> StoredNode::JsonShift) !=
                JsonType::String ||
            !scalarText(key, &text) || text.equalsAscii(u"<<"))
            return false;
        for (const YamlText &earlier : std::as_const(keys)) {
            if (earlier == text)
                return false;
        }
        keys.append(text);
        if (keys.size() > 64)
            return false;
        key = m_nodes[size_t(m_nodes[size_t(key)].next)].next;
    }
    return true;
}

void SpanTreeBuilder::addEvent(EventReader &reader)
{
    switch (reader.type()) {
    case YAML_DOCUMENT_START_EVENT:
        if (!reader.event().data.document_start.implicit) {
            m_documentMarker = offset(reader.startOffset());
            m_documentStartEnd = offset(reader.endOffset());
        }
        break;
    case YAML_DOCUMENT_END_EVENT:
        m_contentEnd =
            m_root >= 0 ? qsizetype(m_nodes[size_t(m_root)].valueEnd) : m_documentStartEnd;
        if (!reader.event().data.document_end.implicit)
            m_contentEnd = offset(reader.endOffset());
        break;
    case YAML_SCALAR_EVENT:
        addScalar(reader);
        break;
    case YAML_ALIAS_EVENT:
        addAlias(reader);
        break;
    case YAML_MAPPING_START_EVENT:
    case YAML_SEQUENCE_START_EVENT:
        openCollection(reader);
        break;
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT:
        closeCollection(reader);
        break;
    default:
        break;
    }
}

SpanTree SpanTreeBuilder::take(const QByteArray &text, QList<YamlError> errors, bool exact)
{
    // After a syntax error the open collections end where the events stopped.
    while (!m_stack.empty()) {
        const Frame &frame = m_stack.back();
        m_nodes[size_t(frame.node)].next = int(m_nodes.size());
        m_nodes[size_t(frame.node)].aux = frame.count;
        m_stack.pop_back();
    }
    SpanTree tree;
    tree.m_text = text;
    if (exact) {
        tree.m_nodes.assign(m_nodes.cbegin(), m_nodes.cend());
        tree.m_arena.assign(m_arena.cbegin(), m_arena.cend());
        tree.m_extras.assign(m_extras.cbegin(), m_extras.cend());
    } else {
        tree.m_nodes = std::move(m_nodes);
        tree.m_arena = std::move(m_arena);
        tree.m_extras = std::move(m_extras);
        m_nodes.clear();
        m_arena.clear();
        m_extras.clear();
    }
    std::sort(tree.m_extras.begin(), tree.m_extras.end());
    tree.m_errors = std::move(errors);
    tree.m_root = m_root;
    tree.m_documentMarker = m_documentMarker;
    tree.m_contentEnd = m_contentEnd;
    return tree;
}

} // namespace MeshEntry
