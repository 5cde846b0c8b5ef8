#include "spantree.h"

#include "eventreader.h"
#include "spantreebuilder.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace MeshEntry {

namespace {

/// Path keys repeat across documents (metadata, spec, hosts): one QString per key per thread.
QString internedKey(YamlText text)
{
    static thread_local QHash<QByteArray, QString> keys;
    const auto found = keys.constFind(QByteArray::fromRawData(text.data(), text.size()));
    if (found != keys.cend())
        return found.value();
    if (keys.size() >= 4096)
        keys.clear();
    const QString key = text.toString();
    keys.insert(QByteArray(text.data(), text.size()), key);
    return key;
}

} // namespace

SpanTree SpanTree::parse(const QByteArray &text)
{
    SpanTreeBuilder builder;
    builder.beginDocument(text.constData(), text.size(), 0);
    EventReader reader(text.constData(), text.size());
    QList<YamlError> errors;
    int documents = 0;
    while (reader.next()) {
        if (reader.type() == YAML_DOCUMENT_START_EVENT && ++documents > 1) {
            YamlError error;
            error.offset = reader.startOffset();
            error.message = QStringLiteral("a second document starts here; split it with its own "
                                           "document entry");
            lineAndColumn(text.constData(), text.size(), error.offset, &error.line, &error.column);
            errors.append(error);
            break;
        }
        builder.addEvent(reader);
    }
    if (reader.failed())
        errors.append(reader.error());
    if (builder.outOfRange() && errors.isEmpty()) {
        YamlError error;
        error.message = QStringLiteral("the document is larger than 2 GiB");
        errors.append(error);
    }
    return builder.take(text, std::move(errors), false);
}

const NodeExtra *SpanTree::extra(int index, NodeExtra::Kind kind) const
{
    const NodeExtra key{index, kind, 0, 0};
    const auto it = std::lower_bound(m_extras.cbegin(), m_extras.cend(), key);
    return it != m_extras.cend() && it->node == index && it->kind == kind ? &*it : nullptr;
}

YamlText SpanTree::extraText(int index, NodeExtra::Kind kind) const
{
    if (!(stored(index).shape & (StoredNode::Properties | StoredNode::Decoded)))
        return {};
    const NodeExtra *found = extra(index, kind);
    return found ? YamlText(m_arena.data() + found->offset, qsizetype(found->size)) : YamlText();
}

YamlText SpanTree::arenaText(qint32 offset) const
{
    quint32 length = 0;
    memcpy(&length, m_arena.data() + offset, sizeof length);
    return {m_arena.data() + offset + sizeof length, qsizetype(length)};
}

qsizetype SpanTree::farValueStart(int index) const
{
    return extra(index, NodeExtra::ValueStart)->offset;
}

qsizetype SpanTree::indicatorOf(int index) const
{
    const StoredNode &s = stored(index);
    if (s.indicatorGap == 0)
        return -1;
    if (s.indicatorGap == StoredNode::far)
        return extra(index, NodeExtra::Indicator)->offset;
    if (s.shape & StoredNode::Empty)
        return qsizetype(s.valueEnd) - 1;
    return qsizetype(s.start) - s.indicatorGap;
}

qsizetype SpanTree::propertiesEndOf(int index) const
{
    if (!hasProperties(index))
        return stored(index).start;
    const NodeExtra *found = extra(index, NodeExtra::PropertiesEnd);
    return found ? qsizetype(found->offset) : qsizetype(stored(index).start);
}

YamlText SpanTree::slowText(int index) const
{
    const StoredNode &s = stored(index);
    switch (YamlNode::Type(s.shape & StoredNode::TypeMask)) {
    case YamlNode::Type::Scalar:
        if (s.shape & StoredNode::Decoded)
            return arenaText(s.aux);
        if (s.shape & StoredNode::Empty)
            return {};
        if (style(index) == YamlNode::Style::Plain)
            return {m_text.constData() + valueStartOf(index),
                    qsizetype(s.valueEnd) - valueStartOf(index)};
        return {m_text.constData() + valueStartOf(index) + 1,
                qsizetype(s.valueEnd) - valueStartOf(index) - 2};
    case YamlNode::Type::Alias:
        if (s.shape & StoredNode::Decoded)
            return extraText(index, NodeExtra::AliasName);
        return {m_text.constData() + s.start + 1, qsizetype(s.valueEnd) - s.start - 1};
    case YamlNode::Type::Mapping:
    case YamlNode::Type::Sequence:
        break;
    }
    return {};
}

int SpanTree::childCount(int index) const
{
    const StoredNode &s = stored(index);
    const YamlNode::Type kind = YamlNode::Type(s.shape & StoredNode::TypeMask);
    return kind == YamlNode::Type::Mapping || kind == YamlNode::Type::Sequence ? s.aux : 0;
}

int SpanTree::child(int index, int position) const
{
    const int count = childCount(index);
    if (position < 0 || position >= count)
        return -1;
    if (const NodeExtra *ids =
            count > StoredNode::indexedChildren ? extra(index, NodeExtra::Children) : nullptr) {
        qint32 id = -1;
        memcpy(&id, m_arena.data() + ids->offset + size_t(position) * sizeof id, sizeof id);
        return id;
    }
    int node = index + 1;
    for (int i = 0; i < position; ++i)
        node = stored(node).next;
    return node;
}

int SpanTree::positionOf(int childNode) const
{
    const int parent = stored(childNode).parent;
    if (parent < 0)
        return -1;
    const int count = childCount(parent);
    if (const NodeExtra *ids =
            count > StoredNode::indexedChildren ? extra(parent, NodeExtra::Children) : nullptr) {
        // Children are in pre-order, so their ids ascend.
        int low = 0;
        int high = count;
        while (low < high) {
            const int middle = (low + high) / 2;
            qint32 id = -1;
            memcpy(&id, m_arena.data() + ids->offset + size_t(middle) * sizeof id, sizeof id);
            if (id < childNode)
                low = middle + 1;
            else
                high = middle;
        }
        return low < count ? low : -1;
    }
    int node = parent + 1;
    for (int i = 0; i < count; ++i, node = stored(node).next) {
        if (node == childNode)
            return i;
    }
    return -1;
}

YamlNode SpanTree::node(int index) const
{
    const StoredNode &s = stored(index);
    YamlNode n;
    n.type = type(index);
    n.style = style(index);
    n.empty = s.shape & StoredNode::Empty;
    n.parent = s.parent;
    n.start = s.start;
    n.valueStart = valueStartOf(index);
    n.valueEnd = s.valueEnd;
    n.propertiesEnd = propertiesEndOf(index);
    n.indicator = indicatorOf(index);
    n.value = text(index);
    if (s.shape & StoredNode::Properties) {
        n.anchor = anchorOf(index);
        n.tag = tagOf(index);
    }
    if (n.isCollection())
        n.children = YamlChildren(this, index, s.aux);
    return n;
}

void SpanTree::shift(qsizetype delta)
{
    for (StoredNode &node : m_nodes) {
        node.start = quint32(node.start + delta);
        node.valueEnd = quint32(node.valueEnd + delta);
    }
    for (NodeExtra &entry : m_extras) {
        if (entry.kind == NodeExtra::PropertiesEnd || entry.kind == NodeExtra::Indicator ||
            entry.kind == NodeExtra::ValueStart)
            entry.offset = quint32(entry.offset + delta);
    }
    if (m_documentMarker >= 0)
        m_documentMarker += delta;
    m_contentEnd += delta;
}

int SpanTree::resolveAlias(int alias) const
{
    return isAlias(alias) ? stored(alias).aux : -1;
}

int SpanTree::mapValue(int mapping, QStringView key) const
{
    const int entry = entryIndex(mapping, key);
    return entry < 0 ? -1 : child(mapping, entry * 2 + 1);
}

int SpanTree::entryIndex(int mapping, QStringView key) const
{
    if (mapping < 0 || !isMapping(mapping))
        return -1;
    const int count = childCount(mapping);
    int node = mapping + 1;
    for (int i = 0; i + 1 < count; i += 2) {
        if (isScalar(node) && text(node) == key)
            return i / 2;
        node = stored(stored(node).next).next;
    }
    return -1;
}

int SpanTree::existingPrefix(const YamlPath &path, int *found) const
{
    int current = m_root;
    int depth = 0;
    for (const YamlPath::Segment &segment : path.segments()) {
        if (current >= 0 && isAlias(current))
            current = resolveAlias(current);
        if (current < 0)
            break;
        int next = -1;
        if (segment.isIndex()) {
            if (isSequence(current))
                next = child(current, segment.index);
        } else {
            next = mapValue(current, segment.key);
        }
        if (next < 0)
            break;
        current = next;
        ++depth;
    }
    *found = current;
    return depth;
}

int SpanTree::find(const YamlPath &path) const
{
    int found = -1;
    if (existingPrefix(path, &found) != path.size())
        return -1;
    return found;
}

bool SpanTree::inFlowContext(int index) const
{
    for (int i = index; i >= 0; i = stored(i).parent) {
        if (style(i) == YamlNode::Style::Flow)
            return true;
    }
    return false;
}

YamlValue SpanTree::value(int index) const
{
    YamlValue result;
    switch (type(index)) {
    case YamlNode::Type::Alias:
        return YamlValue::alias(text(index));
    case YamlNode::Type::Scalar:
        result = YamlValue::typedScalar(text(index), scalarTypeOf(index));
        break;
    case YamlNode::Type::Mapping: {
        const int count = childCount(index);
        QList<YamlValue::Entry> entries;
        entries.reserve(count / 2);
        int node = index + 1;
        for (int i = 0; i + 1 < count; i += 2) {
            const int valueNode = stored(node).next;
            entries.append({text(node), value(valueNode)});
            node = stored(valueNode).next;
        }
        result = YamlValue::mapping(std::move(entries));
        break;
    }
    case YamlNode::Type::Sequence: {
        const int count = childCount(index);
        QList<YamlValue> items;
        items.reserve(count);
        int node = index + 1;
        for (int i = 0; i < count; ++i, node = stored(node).next)
            items.append(value(node));
        result = YamlValue::sequence(std::move(items));
        break;
    }
    }
    if (hasProperties(index)) {
        result.setAnchor(anchorOf(index));
        result.setTag(tagOf(index));
    }
    return result;
}

YamlPath SpanTree::pathOf(int index) const
{
    // Walk up once, then fill the path's one list from the root down.
    QVarLengthArray<int, 16> chain;
    for (int node = index; node >= 0 && stored(node).parent >= 0; node = stored(node).parent)
        chain.append(node);
    QList<YamlPath::Segment> segments;
    segments.reserve(chain.size());
    for (qsizetype i = chain.size() - 1; i >= 0; --i) {
        const int node = chain[i];
        const int parent = stored(node).parent;
        const int position = positionOf(node);
        if (isMapping(parent))
            segments.append({internedKey(text(child(parent, position - position % 2))), -1});
        else
            segments.append({QString(), position});
    }
    return YamlPath(std::move(segments));
}

YamlChildren::const_iterator &YamlChildren::const_iterator::operator++()
{
    if (--m_remaining > 0)
        m_node = m_tree->stored(m_node).next;
    else
        m_node = -1;
    return *this;
}

YamlChildren::const_iterator YamlChildren::begin() const
{
    return m_count > 0 ? const_iterator(m_tree, m_parent + 1, m_count) : end();
}

int YamlChildren::operator[](qsizetype position) const
{
    return m_tree->child(m_parent, int(position));
}

qsizetype YamlChildren::indexOf(int childNode) const
{
    if (!m_tree || childNode <= m_parent || childNode >= m_tree->nodeCount() ||
        m_tree->parentOf(childNode) != m_parent)
        return -1;
    return m_tree->positionOf(childNode);
}

QList<int> YamlChildren::toList() const
{
    QList<int> ids;
    ids.reserve(m_count);
    for (const int id : *this)
        ids.append(id);
    return ids;
}

} // namespace MeshEntry
