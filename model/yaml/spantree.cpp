#include "spantree.h"

#include "eventreader.h"

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

QString fromUtf8(const yaml_char_t *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

} // namespace

/// Turns the event stream of one document into span tree nodes.
class SpanTreeBuilder
{
public:
    SpanTreeBuilder(const QByteArray &text, SpanTree *tree)
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

    int newNode(YamlNode::Type type, const yaml_char_t *anchor, const yaml_char_t *tag)
    {
        YamlNode node;
        node.type = type;
        node.anchor = fromUtf8(anchor);
        node.tag = fromUtf8(tag);
        node.start = m_reader.startOffset();
        node.propertiesEnd = node.start;
        node.parent = m_stack.isEmpty() ? -1 : m_stack.last();
        m_tree->m_nodes.push_back(std::move(node));
        return int(m_tree->m_nodes.size() - 1);
    }

    YamlNode &at(int index) { return m_tree->m_nodes[size_t(index)]; }

    /// Links a finished or opened node to its parent and finds its ':' or '-' indicator.
    void attach(int index)
    {
        YamlNode &node = at(index);
        if (node.parent < 0) {
            m_tree->m_root = index;
            if (node.empty)
                node.valueStart = node.valueEnd = m_documentStartEnd;
            return;
        }
        YamlNode &parent = at(node.parent);
        const qsizetype position = parent.children.size();
        parent.children.append(index);
        if (parent.isMapping() && position % 2 == 1) {
            const YamlNode &key = at(parent.children[position - 1]);
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
        const int index = newNode(YamlNode::Type::Scalar, data.anchor, data.tag);
        YamlNode &node = at(index);
        node.style = scalarStyle(data.style);
        node.value =
            QString::fromUtf8(reinterpret_cast<const char *>(data.value), qsizetype(data.length));
        node.valueEnd = m_reader.endOffset();
        node.valueStart = skipProperties(node.start, node.valueEnd, &node.propertiesEnd);
        if (node.style == YamlNode::Style::Plain && data.length == 0 &&
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
        const int index = newNode(YamlNode::Type::Alias, nullptr, nullptr);
        YamlNode &node = at(index);
        node.value = fromUtf8(data.anchor);
        node.valueStart = node.start;
        node.valueEnd = m_reader.endOffset();
        attach(index);
    }

    void openCollection()
    {
        const bool mapping = m_reader.type() == YAML_MAPPING_START_EVENT;
        const yaml_event_t &event = m_reader.event();
        const int index = mapping
                              ? newNode(YamlNode::Type::Mapping, event.data.mapping_start.anchor,
                                        event.data.mapping_start.tag)
                              : newNode(YamlNode::Type::Sequence, event.data.sequence_start.anchor,
                                        event.data.sequence_start.tag);
        YamlNode &node = at(index);
        const bool flow = mapping ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                                  : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
        node.style = flow ? YamlNode::Style::Flow : YamlNode::Style::Block;
        node.valueStart = skipProperties(node.start, m_size, &node.propertiesEnd);
        node.valueEnd = node.valueStart;
        attach(index);
        m_stack.append(index);
    }

    void closeCollection()
    {
        const int index = m_stack.takeLast();
        YamlNode &node = at(index);
        if (node.isFlow())
            node.valueEnd = m_reader.endOffset();
        else if (!node.children.isEmpty())
            node.valueEnd = at(node.children.last()).valueEnd;
    }

    const char *m_text;
    qsizetype m_size;
    SpanTree *m_tree;
    EventReader m_reader;
    QList<int> m_stack;
    qsizetype m_documentStartEnd = 0;
};

SpanTree SpanTree::parse(const QByteArray &text)
{
    SpanTree tree;
    // About one node per dozen bytes in Kubernetes YAML: growing the vector moves every node.
    tree.m_nodes.reserve(size_t(text.size() / 12 + 4));
    SpanTreeBuilder builder(text, &tree);
    builder.run();
    return tree;
}

int SpanTree::resolveAlias(int alias) const
{
    const QString &name = node(alias).value;
    for (int i = alias - 1; i >= 0; --i) {
        if (node(i).anchor == name)
            return i;
    }
    return -1;
}

int SpanTree::mapValue(int mapping, const QString &key) const
{
    const int entry = entryIndex(mapping, key);
    return entry < 0 ? -1 : node(mapping).children[entry * 2 + 1];
}

int SpanTree::entryIndex(int mapping, const QString &key) const
{
    if (mapping < 0 || !node(mapping).isMapping())
        return -1;
    const QList<int> &children = node(mapping).children;
    for (int i = 0; i + 1 < children.size(); i += 2) {
        const YamlNode &keyNode = node(children[i]);
        if (keyNode.isScalar() && keyNode.value == key)
            return i / 2;
    }
    return -1;
}

int SpanTree::existingPrefix(const YamlPath &path, int *found) const
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

int SpanTree::find(const YamlPath &path) const
{
    int found = -1;
    if (existingPrefix(path, &found) != path.size())
        return -1;
    return found;
}

bool SpanTree::inFlowContext(int index) const
{
    for (int i = index; i >= 0; i = node(i).parent) {
        if (node(i).isFlow())
            return true;
    }
    return false;
}

YamlValue SpanTree::value(int index) const
{
    const YamlNode &n = node(index);
    YamlValue result;
    switch (n.type) {
    case YamlNode::Type::Alias:
        return YamlValue::alias(n.value);
    case YamlNode::Type::Scalar: {
        bool knownTag = false;
        ScalarType type = ScalarType::String;
        if (!n.tag.isEmpty())
            type = ScalarResolver::typeForTag(n.tag, &knownTag);
        if (!knownTag && n.tag.isEmpty() && n.style == YamlNode::Style::Plain)
            type = ScalarResolver::resolvePlain(n.value);
        result = YamlValue::typedScalar(n.value, type);
        break;
    }
    case YamlNode::Type::Mapping: {
        QList<YamlValue::Entry> entries;
        entries.reserve(n.children.size() / 2);
        for (int i = 0; i + 1 < n.children.size(); i += 2)
            entries.append({node(n.children[i]).value, value(n.children[i + 1])});
        result = YamlValue::mapping(std::move(entries));
        break;
    }
    case YamlNode::Type::Sequence: {
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

YamlPath SpanTree::pathOf(int index) const
{
    QList<YamlPath::Segment> reversed;
    for (int child = index; child >= 0 && node(child).parent >= 0; child = node(child).parent) {
        const YamlNode &parent = node(node(child).parent);
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
