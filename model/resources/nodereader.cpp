#include "nodereader.h"

#include <QHash>

namespace MeshEntry {

namespace {

constexpr int maxMergeDepth = 16;

} // namespace

int NodeReader::resolveAlias(int index) const
{
    for (int guard = 0; index >= 0 && m_tree.isAlias(index) && guard < maxMergeDepth; ++guard)
        index = m_tree.resolveAlias(index);
    return index >= 0 && m_tree.isAlias(index) ? -1 : index;
}

bool NodeReader::integer(int index, qint64 *value) const
{
    index = resolve(index);
    if (index < 0 || m_tree.jsonTypeOf(index) != JsonType::Integer)
        return false;
    const YamlText text = m_tree.text(index);
    return JsonTyping::decimalValue(text.data(), text.size(), value) ||
           JsonTyping::integerValue(text.toString(), value);
}

QString NodeReader::jsonToken(int index) const
{
    index = resolve(index);
    qint64 number = 0;
    switch (jsonType(index)) {
    case JsonType::Null:
        return QStringLiteral("null");
    case JsonType::Object:
        return QStringLiteral("{");
    case JsonType::Array:
        return QStringLiteral("[");
    case JsonType::Boolean: {
        const QString word = m_tree.text(index).toString().toLower();
        const bool truth = word == u"y" || word == u"yes" || word == u"true" || word == u"on";
        return truth ? QStringLiteral("true") : QStringLiteral("false");
    }
    case JsonType::Integer:
        integer(index, &number);
        return QString::number(number);
    case JsonType::Number:
        return m_tree.text(index).toString();
    case JsonType::String:
        break;
    }
    QString quoted = QStringLiteral("\"");
    for (const QChar c : m_tree.text(index).toString()) {
        if (c == u'"' || c == u'\\')
            quoted += u'\\';
        if (c == u'\n')
            quoted += QStringLiteral("\\n");
        else if (c == u'\t')
            quoted += QStringLiteral("\\t");
        else if (c.unicode() < 0x20)
            quoted += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            quoted += c;
    }
    return quoted + u'"';
}

YamlText NodeReader::keepName(const QString &name) const
{
    m_names.append(name.toUtf8());
    return {m_names.last().constData(), m_names.last().size()};
}

void NodeReader::collect(int mapping, Entries *out, int depth) const
{
    mapping = resolve(mapping);
    if (mapping < 0 || !m_tree.isMapping(mapping) || depth > maxMergeDepth)
        return;
    const int count = m_tree.childCount(mapping);
    if (m_tree.hasPlainKeys(mapping) && out->isEmpty()) {
        // Distinct string keys without merges: JSON sees the entries as written.
        out->reserve(count / 2);
        int keyNode = mapping + 1;
        for (int i = 0; i + 1 < count; i += 2) {
            const int valueNode = m_tree.subtreeEnd(keyNode);
            out->append({keyNode, resolve(valueNode), m_tree.text(keyNode)});
            keyNode = m_tree.subtreeEnd(valueNode);
        }
        return;
    }
    QVarLengthArray<int, 4> merges;
    out->reserve(out->size() + count / 2);
    // Small mappings are searched linearly; large ones (hostile or generated) through a hash.
    QHash<QByteArrayView, qsizetype> positions;
    const bool large = count > 64;
    const auto position = [&](YamlText name) -> qsizetype {
        if (large)
            return positions.value(name.bytes(), -1);
        for (qsizetype j = 0; j < out->size(); ++j) {
            if ((*out)[j].name == name)
                return j;
        }
        return -1;
    };
    const auto append = [&](const Entry &entry) {
        if (large)
            positions.insert(entry.name.bytes(), out->size());
        out->append(entry);
    };
    int keyNode = mapping + 1;
    for (int i = 0; i + 1 < count; i += 2) {
        const int valueNode = m_tree.subtreeEnd(keyNode);
        const int nextKey = m_tree.subtreeEnd(valueNode);
        const int key = resolve(keyNode);
        if (key >= 0 && m_tree.isScalar(key)) {
            const YamlText name = m_tree.text(key);
            if (name.equalsAscii(u"<<") && m_tree.style(key) == YamlNode::Style::Plain &&
                m_tree.tagOf(key).isEmpty()) {
                merges.append(valueNode);
            } else {
                Entry entry{keyNode, resolve(valueNode), name};
                switch (m_tree.jsonTypeOf(key)) {
                case JsonType::Boolean:
                case JsonType::Integer:
                    entry.name = keepName(jsonToken(key));
                    break;
                case JsonType::Null:
                    entry.name = YamlText("null", 4);
                    break;
                default:
                    break;
                }
                const qsizetype existing = position(entry.name);
                if (existing >= 0)
                    (*out)[existing] = entry;
                else
                    append(entry);
            }
        }
        keyNode = nextKey;
    }
    for (const int merge : merges) {
        const int source = resolve(merge);
        if (source < 0)
            continue;
        const Items sources = m_tree.isSequence(source) ? items(source) : Items{source};
        for (const int from : sources) {
            Entries merged;
            collect(from, &merged, depth + 1);
            for (const Entry &entry : merged) {
                if (position(entry.name) < 0)
                    append(entry);
            }
        }
    }
}

NodeReader::Entries NodeReader::entries(int mapping) const
{
    Entries result;
    collect(mapping, &result, 0);
    return result;
}

const NodeReader::Keys &NodeReader::keysOf(int mapping) const
{
    for (const Keys &cached : m_keys) {
        if (cached.mapping == mapping)
            return cached;
    }
    Keys &keys = m_keys[m_nextKeys];
    m_nextKeys = (m_nextKeys + 1) % 2;
    keys.mapping = mapping;
    keys.hasMerge = false;
    keys.keys.clear();
    const int count = m_tree.childCount(mapping);
    int keyNode = mapping + 1;
    for (int i = 0; i + 1 < count; i += 2) {
        const int valueNode = m_tree.subtreeEnd(keyNode);
        if (m_tree.isScalar(keyNode)) {
            const YamlText name = m_tree.text(keyNode);
            keys.keys.append({name.data(), name.size(), valueNode});
            keys.hasMerge = keys.hasMerge || name.equalsAscii(u"<<");
        }
        keyNode = m_tree.subtreeEnd(valueNode);
    }
    return keys;
}

int NodeReader::value(int mapping, QStringView key) const
{
    mapping = resolve(mapping);
    if (mapping < 0 || !m_tree.isMapping(mapping))
        return -1;
    const Keys &keys = keysOf(mapping);
    bool asciiKey = true;
    for (const QChar c : key)
        asciiKey = asciiKey && c.unicode() < 0x80;
    // The last of duplicate keys wins.
    for (qsizetype i = keys.keys.size() - 1; i >= 0; --i) {
        const Keys::Key &candidate = keys.keys[i];
        const YamlText name(candidate.data, candidate.size);
        if (asciiKey ? name.equalsAscii(key) : name == key)
            return resolve(candidate.value);
    }
    if (!keys.hasMerge)
        return -1;
    for (const Entry &entry : entries(mapping)) {
        if (entry.name == key)
            return entry.value;
    }
    return -1;
}

int NodeReader::presentValue(int mapping, QStringView key) const
{
    const int node = value(mapping, key);
    return node >= 0 && isNull(node) ? -1 : node;
}

Located<QString> NodeReader::stringAt(int mapping, QStringView key) const
{
    Located<QString> result;
    result.node = presentValue(mapping, key);
    result.value = text(result.node);
    return result;
}

NodeReader::Items NodeReader::items(int sequence) const
{
    sequence = resolve(sequence);
    Items result;
    if (sequence < 0 || !m_tree.isSequence(sequence))
        return result;
    const int count = m_tree.childCount(sequence);
    result.reserve(count);
    int item = sequence + 1;
    for (int i = 0; i < count; ++i, item = m_tree.subtreeEnd(item))
        result.append(resolve(item));
    return result;
}

int NodeReader::keyOf(int valueNode) const
{
    if (valueNode < 0)
        return -1;
    const int parent = m_tree.parentOf(valueNode);
    if (parent < 0 || !m_tree.isMapping(parent))
        return -1;
    const int position = m_tree.node(parent).children.indexOf(valueNode);
    return position % 2 == 1 ? m_tree.child(parent, int(position) - 1) : -1;
}

} // namespace MeshEntry
