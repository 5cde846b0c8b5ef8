#include "nodereader.h"

#include "scalarresolver.h"

#include <QHash>

#include <cmath>

namespace MeshEntry {

namespace {

constexpr int maxMergeDepth = 16;

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isDecimal(QStringView text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    if (text.front() == u'0')
        return text.size() == 1;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

/// Words YAML 1.1 reads as booleans or null; everything else starting with a letter is a string.
JsonType letterWordType(QStringView text)
{
    const auto is = [&text](const char16_t *lower, const char16_t *title, const char16_t *upper) {
        return text == lower || text == title || text == upper;
    };
    switch (text.size()) {
    case 1:
        return QStringLiteral("yYnN").contains(text.front()) ? JsonType::Boolean : JsonType::String;
    case 2:
        return is(u"no", u"No", u"NO") || is(u"on", u"On", u"ON") ? JsonType::Boolean
                                                                  : JsonType::String;
    case 3:
        return is(u"yes", u"Yes", u"YES") || is(u"off", u"Off", u"OFF") ? JsonType::Boolean
                                                                        : JsonType::String;
    case 4:
        if (is(u"null", u"Null", u"NULL"))
            return JsonType::Null;
        return is(u"true", u"True", u"TRUE") ? JsonType::Boolean : JsonType::String;
    case 5:
        return is(u"false", u"False", u"FALSE") ? JsonType::Boolean : JsonType::String;
    default:
        return JsonType::String;
    }
}

/// A decimal with leading zeros and an 8 or 9 (`08`): not octal, but Go's float parser reads it.
bool isLeadingZeroDecimal(QStringView text)
{
    QStringView digits = text;
    if (!digits.isEmpty() && (digits.front() == u'-' || digits.front() == u'+'))
        digits = digits.mid(1);
    if (digits.size() < 2 || digits.front() != u'0')
        return false;
    for (const QChar c : digits) {
        if ((c < u'0' || c > u'9') && c != u'_')
            return false;
    }
    return true;
}

bool wholeNumber(QStringView text, qint64 *value)
{
    QString plain = text.toString();
    plain.remove(u'_');
    bool ok = false;
    const double number = plain.toDouble(&ok);
    if (!ok || !std::isfinite(number) || std::floor(number) != number ||
        std::fabs(number) >= 9.2e18)
        return false;
    *value = qint64(number);
    return true;
}

} // namespace

bool NodeReader::parseInteger(QStringView text, qint64 *value)
{
    QString plain = text.toString();
    plain.remove(u'_');
    QStringView digits(plain);
    bool negative = false;
    if (!digits.isEmpty() && (digits.front() == u'-' || digits.front() == u'+')) {
        negative = digits.front() == u'-';
        digits = digits.mid(1);
    }
    int base = 10;
    if (digits.size() > 1 && digits.front() == u'0') {
        const QChar marker = digits[1].toLower();
        if (marker == u'x' || marker == u'o' || marker == u'b') {
            base = marker == u'x' ? 16 : (marker == u'o' ? 8 : 2);
            digits = digits.mid(2);
        } else {
            base = 8;
            digits = digits.mid(1);
        }
    }
    if (digits.isEmpty())
        return false;
    bool ok = false;
    const qlonglong parsed = digits.toLongLong(&ok, base);
    if (!ok || digits.front() == u'-' || digits.front() == u'+')
        return false;
    *value = negative ? -parsed : parsed;
    return true;
}

JsonType NodeReader::scalarType(const YamlNode &node)
{
    const QString &text = node.value;
    ScalarType type = ScalarType::String;
    if (!node.tag.isEmpty()) {
        bool known = false;
        type = ScalarResolver::typeForTag(node.tag, &known);
        if (!known)
            return JsonType::String;
    } else if (node.style != YamlNode::Style::Plain) {
        return JsonType::String;
    } else if (text.isEmpty()) {
        return JsonType::Null;
    } else if (isAsciiLetter(text.front())) {
        return letterWordType(text);
    } else if (isDecimal(text)) {
        return JsonType::Integer;
    } else {
        type = ScalarResolver::resolvePlain(text);
    }
    qint64 value = 0;
    switch (type) {
    case ScalarType::Null:
        return JsonType::Null;
    case ScalarType::Bool:
        return JsonType::Boolean;
    case ScalarType::Int:
        // Go's YAML reader has no sexagesimal numbers: `1:20` stays a string.
        if (text.contains(u':'))
            return JsonType::String;
        if (parseInteger(text, &value) || (isLeadingZeroDecimal(text) && wholeNumber(text, &value)))
            return JsonType::Integer;
        return JsonType::Number;
    case ScalarType::Float:
        if (text.contains(u':'))
            return JsonType::String;
        return wholeNumber(text, &value) ? JsonType::Integer : JsonType::Number;
    case ScalarType::String:
    case ScalarType::Timestamp:
    case ScalarType::Merge:
        return JsonType::String;
    }
    return JsonType::String;
}

int NodeReader::resolve(int index) const
{
    for (int guard = 0; index >= 0 && m_tree.node(index).isAlias() && guard < maxMergeDepth;
         ++guard)
        index = m_tree.resolveAlias(index);
    return index >= 0 && m_tree.node(index).isAlias() ? -1 : index;
}

JsonType NodeReader::jsonType(int index) const
{
    index = resolve(index);
    if (index < 0)
        return JsonType::Null;
    const YamlNode &n = m_tree.node(index);
    if (n.isMapping())
        return JsonType::Object;
    if (n.isSequence())
        return JsonType::Array;
    return scalarType(n);
}

QString NodeReader::text(int index) const
{
    index = resolve(index);
    return index >= 0 && m_tree.node(index).isScalar() ? m_tree.node(index).value : QString();
}

bool NodeReader::integer(int index, qint64 *value) const
{
    index = resolve(index);
    if (index < 0 || jsonType(index) != JsonType::Integer)
        return false;
    const QString &text = m_tree.node(index).value;
    if (isDecimal(text)) {
        *value = text.toLongLong();
        return true;
    }
    if (isLeadingZeroDecimal(text) && !parseInteger(text, value)) {
        QString plain = text;
        plain.remove(u'_');
        *value = plain.toLongLong();
        return true;
    }
    return parseInteger(text, value) || wholeNumber(text, value);
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
        const QString word = m_tree.node(index).value.toLower();
        const bool truth = word == u"y" || word == u"yes" || word == u"true" || word == u"on";
        return truth ? QStringLiteral("true") : QStringLiteral("false");
    }
    case JsonType::Integer:
        integer(index, &number);
        return QString::number(number);
    case JsonType::Number:
        return m_tree.node(index).value;
    case JsonType::String:
        break;
    }
    QString quoted = QStringLiteral("\"");
    for (const QChar c : m_tree.node(index).value) {
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

void NodeReader::collect(int mapping, QList<Entry> *out, int depth) const
{
    mapping = resolve(mapping);
    if (mapping < 0 || !m_tree.node(mapping).isMapping() || depth > maxMergeDepth)
        return;
    const QList<int> &children = m_tree.node(mapping).children;
    QList<int> merges;
    out->reserve(out->size() + children.size() / 2);
    // Small mappings are searched linearly; large ones (hostile or generated) through a hash.
    QHash<QString, qsizetype> positions;
    const bool large = children.size() > 64;
    const auto position = [&](const QString &name) -> qsizetype {
        if (large)
            return positions.value(name, -1);
        for (qsizetype j = 0; j < out->size(); ++j) {
            if ((*out)[j].name == name)
                return j;
        }
        return -1;
    };
    const auto append = [&](const Entry &entry) {
        if (large)
            positions.insert(entry.name, out->size());
        out->append(entry);
    };
    for (int i = 0; i + 1 < children.size(); i += 2) {
        const int key = resolve(children[i]);
        if (key < 0 || !m_tree.node(key).isScalar())
            continue;
        const YamlNode &keyNode = m_tree.node(key);
        if (keyNode.value == u"<<" && keyNode.style == YamlNode::Style::Plain &&
            keyNode.tag.isEmpty()) {
            merges.append(children[i + 1]);
            continue;
        }
        Entry entry{children[i], resolve(children[i + 1]), keyNode.value};
        switch (scalarType(keyNode)) {
        case JsonType::Boolean:
        case JsonType::Integer:
            entry.name = jsonToken(key);
            break;
        case JsonType::Null:
            entry.name = QStringLiteral("null");
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
    for (const int merge : merges) {
        const int source = resolve(merge);
        if (source < 0)
            continue;
        const QList<int> sources =
            m_tree.node(source).isSequence() ? items(source) : QList<int>{source};
        for (const int from : sources) {
            QList<Entry> merged;
            collect(from, &merged, depth + 1);
            for (const Entry &entry : merged) {
                if (position(entry.name) < 0)
                    append(entry);
            }
        }
    }
}

QList<NodeReader::Entry> NodeReader::entries(int mapping) const
{
    QList<Entry> result;
    collect(mapping, &result, 0);
    return result;
}

int NodeReader::value(int mapping, QStringView key) const
{
    mapping = resolve(mapping);
    if (mapping < 0 || !m_tree.node(mapping).isMapping())
        return -1;
    const QList<int> &children = m_tree.node(mapping).children;
    bool hasMerge = false;
    for (qsizetype i = children.size() - 2; i >= 0; i -= 2) {
        const YamlNode &keyNode = m_tree.node(children[i]);
        if (keyNode.isScalar() && keyNode.value == key)
            return resolve(children[i + 1]);
        hasMerge = hasMerge || (keyNode.isScalar() && keyNode.value == u"<<");
    }
    if (!hasMerge)
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

QList<int> NodeReader::items(int sequence) const
{
    sequence = resolve(sequence);
    QList<int> result;
    if (sequence < 0 || !m_tree.node(sequence).isSequence())
        return result;
    result.reserve(m_tree.node(sequence).children.size());
    for (const int child : m_tree.node(sequence).children)
        result.append(resolve(child));
    return result;
}

int NodeReader::keyOf(int valueNode) const
{
    if (valueNode < 0)
        return -1;
    const int parent = m_tree.node(valueNode).parent;
    if (parent < 0 || !m_tree.node(parent).isMapping())
        return -1;
    const QList<int> &children = m_tree.node(parent).children;
    for (int i = 1; i < children.size(); i += 2) {
        if (children[i] == valueNode)
            return children[i - 1];
    }
    return -1;
}

} // namespace MeshEntry
