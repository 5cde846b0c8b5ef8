#pragma once

// The span tree as it was before the node store (QString per scalar, QList per collection),
// kept here only so that tst_nodestore can compare the store with it node by node, and the
// regular expressions ScalarResolver used before its hand-written classifier.

#include "eventreader.h"
#include "scalarresolver.h"
#include "yamlerror.h"
#include "yamlpath.h"
#include "yamlvalue.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <vector>

namespace MeshEntry {

namespace LegacyResolver {

inline bool matches(const QRegularExpression &re, QStringView text)
{
    return re.match(text).hasMatch();
}

inline ScalarType resolvePlain(QStringView text)
{
    if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL")
        return ScalarType::Null;
    const QChar first = text.front();
    const bool maybeSpecial = first.isDigit() || first == u'-' || first == u'+' || first == u'.' ||
                              first == u'<' || first == u'=' || first.isLetter();
    if (!maybeSpecial)
        return ScalarType::String;
    static thread_local const QRegularExpression boolRe(
        QStringLiteral("^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|"
                       "off|Off|OFF)$"));
    if (text.size() <= 5 && matches(boolRe, text))
        return ScalarType::Bool;
    if (text == u"<<")
        return ScalarType::Merge;
    if (text == u"=")
        return ScalarType::String;
    // Decimals with a leading zero (`08`) are not octal, but Kubernetes still reads a number.
    static thread_local const QRegularExpression intRe(
        QStringLiteral("^[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*|[1-9][0-9_]*(?::["
                       "0-5]?[0-9])+)$"));
    if (matches(intRe, text))
        return ScalarType::Int;
    static thread_local const QRegularExpression floatRe(
        QStringLiteral("^(?:[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*("
                       "?:\\.[0-9_]*)?[eE][-+]?"
                       "[0-9]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)"
                       "|\\.(?:nan|NaN|NAN))$"));
    if (matches(floatRe, text) && text != u".")
        return ScalarType::Float;
    static thread_local const QRegularExpression timestampRe(
        QStringLiteral("^[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:(?:[Tt]|[ "
                       "\\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9]"
                       "(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)?$"));
    if (matches(timestampRe, text))
        return ScalarType::Timestamp;
    return ScalarType::String;
}

} // namespace LegacyResolver

/// One node of a document's span tree. Offsets are bytes into the document's text.
struct LegacyNode {
    enum class Type : quint8 { Scalar, Mapping, Sequence, Alias };
    enum class Style : quint8 { Plain, SingleQuoted, DoubleQuoted, Literal, Folded, Block, Flow };

    Type type = Type::Scalar;
    Style style = Style::Plain;
    bool empty = false; ///< a zero-width null, as in `key:` or `- `
    int parent = -1;
    qsizetype start = 0;         ///< first byte, anchor and tag included
    qsizetype propertiesEnd = 0; ///< end of anchor and tag; == start when there are none
    qsizetype valueStart = 0;    ///< first byte of the content
    qsizetype valueEnd = 0;      ///< end of content; block collections: end of last descendant
    qsizetype indicator = -1;    ///< the ':' before a map value, the '-' of a block sequence item
    QString value;               ///< decoded scalar text, or the anchor an alias refers to
    QString anchor;
    QString tag;
    QList<int> children; ///< mapping: key, value, key, value…; sequence: items

    bool isScalar() const { return type == Type::Scalar; }
    bool isMapping() const { return type == Type::Mapping; }
    bool isSequence() const { return type == Type::Sequence; }
    bool isAlias() const { return type == Type::Alias; }
    bool isCollection() const { return isMapping() || isSequence(); }
    bool isFlow() const { return style == Style::Flow; }
    bool isBlockScalar() const { return style == Style::Literal || style == Style::Folded; }
    bool hasProperties() const { return propertiesEnd > start; }
    int entryCount() const { return int(isMapping() ? children.size() / 2 : children.size()); }
};

class LegacySpanTree
{
public:
    static LegacySpanTree parse(const QByteArray &text);

    bool hasErrors() const { return !m_errors.isEmpty(); }
    const QList<YamlError> &errors() const { return m_errors; }
    int root() const { return m_root; }
    int nodeCount() const { return int(m_nodes.size()); }
    const LegacyNode &node(int index) const { return m_nodes[size_t(index)]; }
    qsizetype documentMarker() const { return m_documentMarker; }
    qsizetype contentEnd() const { return m_contentEnd; }
    int find(const YamlPath &path) const;
    int existingPrefix(const YamlPath &path, int *node) const;
    int mapValue(int mapping, const QString &key) const;
    int entryIndex(int mapping, const QString &key) const;
    int resolveAlias(int alias) const;
    bool inFlowContext(int node) const;
    YamlValue value(int node) const;
    YamlValue documentValue() const { return m_root < 0 ? YamlValue() : value(m_root); }
    YamlPath pathOf(int node) const;

private:
    std::vector<LegacyNode> m_nodes;
    QList<YamlError> m_errors;
    int m_root = -1;
    qsizetype m_documentMarker = -1;
    qsizetype m_contentEnd = 0;

    friend class LegacyBuilder;
};

namespace LegacyDetail {

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

inline bool isWhite(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

inline LegacyNode::Style scalarStyle(yaml_scalar_style_t style)
{
    switch (style) {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE:
        return LegacyNode::Style::SingleQuoted;
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
        return LegacyNode::Style::DoubleQuoted;
    case YAML_LITERAL_SCALAR_STYLE:
        return LegacyNode::Style::Literal;
    case YAML_FOLDED_SCALAR_STYLE:
        return LegacyNode::Style::Folded;
    default:
        return LegacyNode::Style::Plain;
    }
}

inline QString fromUtf8(const yaml_char_t *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

} // namespace LegacyDetail
using namespace LegacyDetail;

/// Turns the event stream of one document into span tree nodes.
class LegacyBuilder
{
public:
    LegacyBuilder(const QByteArray &text, LegacySpanTree *tree)
        : m_text(text.constData()), m_size(text.size()), m_tree(tree), m_reader(m_text, m_size)
    {}

    void run()
    {
        int documents = 0;
        while (m_reader.next()) {
            switch (m_reader.type()) {
            case YAML_DOCUMENT_START_EVENT:
                if (++documents > 1) {
                    addError(m_reader.startOffset(),
                             QStringLiteral("a second document starts here; split it with its own "
                                            "document entry"));
                    return;
                }
                if (!m_reader.event().data.document_start.implicit) {
                    m_tree->m_documentMarker = m_reader.startOffset();
                    m_documentStartEnd = m_reader.endOffset();
                }
                break;
            case YAML_DOCUMENT_END_EVENT:
                m_tree->m_contentEnd = m_tree->m_root >= 0 ? m_tree->node(m_tree->m_root).valueEnd
                                                           : m_documentStartEnd;
                if (!m_reader.event().data.document_end.implicit)
                    m_tree->m_contentEnd = m_reader.endOffset();
                break;
            case YAML_SCALAR_EVENT:
                addScalar();
                break;
            case YAML_ALIAS_EVENT:
                addAlias();
                break;
            case YAML_MAPPING_START_EVENT:
            case YAML_SEQUENCE_START_EVENT:
                openCollection();
                break;
            case YAML_MAPPING_END_EVENT:
            case YAML_SEQUENCE_END_EVENT:
                closeCollection();
                break;
            default:
                break;
            }
        }
        if (m_reader.failed())
            m_tree->m_errors.append(m_reader.error());
    }

private:
    void addError(qsizetype offset, const QString &message)
    {
        YamlError error;
        error.offset = offset;
        error.message = message;
        lineAndColumn(m_text, m_size, offset, &error.line, &error.column);
        m_tree->m_errors.append(error);
    }

    qsizetype skipProperties(qsizetype p, qsizetype limit, qsizetype *propertiesEnd)
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

    int newNode(LegacyNode::Type type, const yaml_char_t *anchor, const yaml_char_t *tag)
    {
        LegacyNode node;
        node.type = type;
        node.anchor = fromUtf8(anchor);
        node.tag = fromUtf8(tag);
        node.start = m_reader.startOffset();
        node.propertiesEnd = node.start;
        node.parent = m_stack.isEmpty() ? -1 : m_stack.last();
        m_tree->m_nodes.push_back(std::move(node));
        return int(m_tree->m_nodes.size() - 1);
    }

    LegacyNode &at(int index) { return m_tree->m_nodes[size_t(index)]; }

    /// Links a finished or opened node to its parent and finds its ':' or '-' indicator.
    void attach(int index)
    {
        LegacyNode &node = at(index);
        if (node.parent < 0) {
            m_tree->m_root = index;
            if (node.empty) {
                if (node.propertiesEnd == node.start)
                    node.start = node.propertiesEnd = m_documentStartEnd;
                node.valueStart = node.valueEnd = m_documentStartEnd;
            }
            return;
        }
        LegacyNode &parent = at(node.parent);
        const qsizetype position = parent.children.size();
        parent.children.append(index);
        if (parent.isMapping() && position % 2 == 1) {
            const LegacyNode &key = at(parent.children[position - 1]);
            qsizetype p = key.valueEnd;
            while (p < m_size && (isBlank(m_text[p]) || (parent.isFlow() && isWhite(m_text[p]))))
                ++p;
            if (p < m_size && m_text[p] == ':') {
                node.indicator = p;
                if (node.empty)
                    node.valueStart = node.valueEnd = p + 1;
            }
        } else if (parent.isSequence() && !parent.isFlow()) {
            qsizetype p =
                position == 0 ? parent.valueStart : at(parent.children[position - 1]).valueEnd;
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
                node.indicator = p;
                if (node.empty)
                    node.valueStart = node.valueEnd = p + 1;
            }
        }
    }

    void addScalar()
    {
        const auto &data = m_reader.event().data.scalar;
        const int index = newNode(LegacyNode::Type::Scalar, data.anchor, data.tag);
        LegacyNode &node = at(index);
        node.style = scalarStyle(data.style);
        node.value =
            QString::fromUtf8(reinterpret_cast<const char *>(data.value), qsizetype(data.length));
        node.valueEnd = m_reader.endOffset();
        node.valueStart = skipProperties(node.start, node.valueEnd, &node.propertiesEnd);
        if (node.style == LegacyNode::Style::Plain && data.length == 0 &&
            node.valueStart >= node.valueEnd) {
            node.empty = true;
            node.valueStart = node.valueEnd = node.propertiesEnd;
        }
        if (node.isBlockScalar()) {
            qsizetype end = node.valueEnd;
            while (end > node.valueStart + 1 && isWhite(m_text[end - 1]))
                --end;
            node.valueEnd = end;
        }
        attach(index);
    }

    void addAlias()
    {
        const auto &data = m_reader.event().data.alias;
        const int index = newNode(LegacyNode::Type::Alias, nullptr, nullptr);
        LegacyNode &node = at(index);
        node.value = fromUtf8(data.anchor);
        node.valueStart = node.start;
        node.valueEnd = m_reader.endOffset();
        attach(index);
    }

    void openCollection()
    {
        const bool mapping = m_reader.type() == YAML_MAPPING_START_EVENT;
        const yaml_event_t &event = m_reader.event();
        const int index =
            mapping ? newNode(LegacyNode::Type::Mapping, event.data.mapping_start.anchor,
                              event.data.mapping_start.tag)
                    : newNode(LegacyNode::Type::Sequence, event.data.sequence_start.anchor,
                              event.data.sequence_start.tag);
        LegacyNode &node = at(index);
        const bool flow = mapping ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                                  : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
        node.style = flow ? LegacyNode::Style::Flow : LegacyNode::Style::Block;
        node.valueStart = skipProperties(node.start, m_size, &node.propertiesEnd);
        node.valueEnd = node.valueStart;
        attach(index);
        m_stack.append(index);
    }

    void closeCollection()
    {
        const int index = m_stack.takeLast();
        LegacyNode &node = at(index);
        if (node.isFlow())
            node.valueEnd = m_reader.endOffset();
        else if (!node.children.isEmpty())
            node.valueEnd = at(node.children.last()).valueEnd;
    }

    const char *m_text;
    qsizetype m_size;
    LegacySpanTree *m_tree;
    EventReader m_reader;
    QList<int> m_stack;
    qsizetype m_documentStartEnd = 0;
};

inline LegacySpanTree LegacySpanTree::parse(const QByteArray &text)
{
    LegacySpanTree tree;
    // About one node per dozen bytes in Kubernetes YAML: growing the vector moves every node.
    tree.m_nodes.reserve(size_t(text.size() / 12 + 4));
    LegacyBuilder builder(text, &tree);
    builder.run();
    return tree;
}

inline int LegacySpanTree::resolveAlias(int alias) const
{
    const QString &name = node(alias).value;
    for (int i = alias - 1; i >= 0; --i) {
        if (node(i).anchor == name)
            return i;
    }
    return -1;
}

inline int LegacySpanTree::mapValue(int mapping, const QString &key) const
{
    const int entry = entryIndex(mapping, key);
    return entry < 0 ? -1 : node(mapping).children[entry * 2 + 1];
}

inline int LegacySpanTree::entryIndex(int mapping, const QString &key) const
{
    if (mapping < 0 || !node(mapping).isMapping())
        return -1;
    const QList<int> &children = node(mapping).children;
    for (int i = 0; i + 1 < children.size(); i += 2) {
        const LegacyNode &keyNode = node(children[i]);
        if (keyNode.isScalar() && keyNode.value == key)
            return i / 2;
    }
    return -1;
}

inline int LegacySpanTree::existingPrefix(const YamlPath &path, int *found) const
{
    int current = m_root;
    int depth = 0;
    for (const YamlPath::Segment &segment : path.segments()) {
        if (current >= 0 && node(current).isAlias())
            current = resolveAlias(current);
        if (current < 0)
            break;
        int next = -1;
        if (segment.isIndex()) {
            if (node(current).isSequence() && segment.index < node(current).children.size())
                next = node(current).children[segment.index];
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

inline int LegacySpanTree::find(const YamlPath &path) const
{
    int found = -1;
    if (existingPrefix(path, &found) != path.size())
        return -1;
    return found;
}

inline bool LegacySpanTree::inFlowContext(int index) const
{
    for (int i = index; i >= 0; i = node(i).parent) {
        if (node(i).isFlow())
            return true;
    }
    return false;
}

inline YamlValue LegacySpanTree::value(int index) const
{
    const LegacyNode &n = node(index);
    YamlValue result;
    switch (n.type) {
    case LegacyNode::Type::Alias:
        return YamlValue::alias(n.value);
    case LegacyNode::Type::Scalar: {
        bool knownTag = false;
        ScalarType type = ScalarType::String;
        if (!n.tag.isEmpty())
            type = ScalarResolver::typeForTag(n.tag, &knownTag);
        if (!knownTag && n.tag.isEmpty() && n.style == LegacyNode::Style::Plain)
            type = LegacyResolver::resolvePlain(n.value);
        result = YamlValue::typedScalar(n.value, type);
        break;
    }
    case LegacyNode::Type::Mapping: {
        QList<YamlValue::Entry> entries;
        entries.reserve(n.children.size() / 2);
        for (int i = 0; i + 1 < n.children.size(); i += 2)
            entries.append({node(n.children[i]).value, value(n.children[i + 1])});
        result = YamlValue::mapping(std::move(entries));
        break;
    }
    case LegacyNode::Type::Sequence: {
        QList<YamlValue> items;
        items.reserve(n.children.size());
        for (const int child : n.children)
            items.append(value(child));
        result = YamlValue::sequence(std::move(items));
        break;
    }
    }
    result.setAnchor(n.anchor);
    result.setTag(n.tag);
    return result;
}

inline YamlPath LegacySpanTree::pathOf(int index) const
{
    QList<YamlPath::Segment> reversed;
    for (int child = index; child >= 0 && node(child).parent >= 0; child = node(child).parent) {
        const LegacyNode &parent = node(node(child).parent);
        const int position = int(parent.children.indexOf(child));
        if (parent.isMapping())
            reversed.append({node(parent.children[position - position % 2]).value, -1});
        else
            reversed.append({QString(), position});
    }
    YamlPath path;
    for (auto it = reversed.crbegin(); it != reversed.crend(); ++it)
        path = it->isIndex() ? path.index(it->index) : path.key(it->key);
    return path;
}

} // namespace MeshEntry
