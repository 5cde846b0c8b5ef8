#include "objectstream.h"

#include "eventreader.h"

#include <QHash>
#include <cctype>

namespace MeshEntry {

namespace {

constexpr int maxDepth = 500;
/// Nodes the aliases of one document may stand for (kubectl output has none).
constexpr qint64 maxAliasNodes = 100000;

bool isNullScalar(const QString &text)
{
    return text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL";
}

} // namespace

const ObjectNode *ObjectNode::value(QStringView key) const
{
    if (type != Type::Mapping)
        return nullptr;
    // Later duplicates win, as in Kubernetes' readers.
    for (size_t i = keys.size(); i-- > 0;) {
        if (keys[i] == key)
            return &children[i];
    }
    return nullptr;
}

QString ObjectNode::string(QStringView key) const
{
    const ObjectNode *node = value(key);
    return node && node->type == Type::Scalar ? node->text : QString();
}

void ObjectNode::stringMap(QStringView key, std::vector<std::pair<QString, QString>> *out) const
{
    const ObjectNode *map = value(key);
    if (!map || !map->isMapping())
        return;
    for (size_t i = 0; i < map->keys.size(); ++i) {
        if (map->children[i].type == Type::Scalar)
            out->emplace_back(map->keys[i], map->children[i].text);
        else if (map->children[i].type == Type::Null)
            out->emplace_back(map->keys[i], QString());
    }
}

/// A JSON reader over the whole text that builds one item at a time.
class JsonObjectReader
{
public:
    JsonObjectReader(ObjectStream &stream, const ObjectStream::Callback &callback)
        : m_stream(stream), m_callback(callback), m_begin(stream.m_data), m_p(stream.m_data),
          m_end(stream.m_data + stream.m_size)
    {}

    bool run()
    {
        blanks();
        if (m_p < m_end && *m_p == '[') {
            if (!items())
                return false;
        } else if (m_p < m_end && *m_p == '{') {
            ObjectNode root;
            bool streamed = false;
            if (!object(&root, 1, &streamed))
                return false;
            if (!streamed && !deliver(root))
                return false;
        } else {
            return fail(QStringLiteral("expected a JSON object or array"));
        }
        blanks();
        if (m_p != m_end)
            return fail(QStringLiteral("unexpected text after the JSON value"));
        return true;
    }

private:
    bool fail(const QString &message)
    {
        ObjectStream::Error &error = m_stream.m_error;
        error.offset = m_p - m_begin;
        error.message = message;
        lineAndColumn(m_begin, m_end - m_begin, error.offset, &error.line, &error.column);
        return false;
    }

    bool deliver(const ObjectNode &node)
    {
        if (m_stream.m_cancel && m_stream.m_cancel->load()) {
            m_stream.m_stopped = true;
            return false;
        }
        if (!m_callback(node, m_p - m_begin)) {
            m_stream.m_stopped = true;
            return false;
        }
        return true;
    }

    void blanks()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    /// After an element: a comma goes on, close ends the collection (*closed), else an error.
    bool next(char close, bool *closed)
    {
        blanks();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            return true;
        }
        if (m_p < m_end && *m_p == close) {
            ++m_p;
            *closed = true;
            return true;
        }
        return fail(close == ']' ? QStringLiteral("expected , or ] in an array")
                                 : QStringLiteral("expected , or } in an object"));
    }

    /// The elements of an array at the top level, or of a List's items, streamed.
    bool items()
    {
        return elements([](ObjectNode **) { return true; }, true);
    }

    /// An array's elements: streamed (each built, handed to the callback and dropped), or
    /// each read into the node element() sets (left nullptr: skipped).
    template <typename Element> bool elements(const Element &element, bool streamed, int depth = 1)
    {
        ++m_p;
        blanks();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        while (true) {
            ObjectNode item;
            ObjectNode *target = streamed ? &item : nullptr;
            if (!streamed && !element(&target))
                return false;
            if (!value(target, depth + 1))
                return false;
            if (streamed && !deliver(item))
                return false;
            bool closed = false;
            if (!next(']', &closed))
                return false;
            if (closed)
                return true;
        }
    }

    bool value(ObjectNode *out, int depth)
    {
        if (depth > maxDepth)
            return fail(QStringLiteral("nesting deeper than %1 levels").arg(maxDepth));
        blanks();
        if (m_p >= m_end)
            return fail(QStringLiteral("unexpected end of the JSON text"));
        switch (*m_p) {
        case '{':
            return object(out, depth, nullptr);
        case '[':
            return array(out, depth);
        case '"':
            if (out)
                out->type = ObjectNode::Type::Scalar;
            return string(out ? &out->text : nullptr);
        default:
            return literal(out);
        }
    }

    /// An object; at the root (streamed != nullptr) an `items` array is streamed.
    bool object(ObjectNode *out, int depth, bool *streamed)
    {
        ++m_p;
        if (out)
            out->type = ObjectNode::Type::Mapping;
        blanks();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        QString key;
        while (true) {
            blanks();
            if (m_p >= m_end || *m_p != '"')
                return fail(QStringLiteral("expected a string key"));
            if (!string(&key))
                return false;
            blanks();
            if (m_p >= m_end || *m_p != ':')
                return fail(QStringLiteral("expected : after a key"));
            ++m_p;
            blanks();
            if (streamed && key == u"items" && m_p < m_end && *m_p == '[') {
                if (!items())
                    return false;
                *streamed = true;
            } else if (!out || m_stream.m_skip.contains(key)) {
                if (!value(nullptr, depth + 1))
                    return false;
            } else {
                out->keys.push_back(key);
                out->children.emplace_back();
                if (!value(&out->children.back(), depth + 1))
                    return false;
            }
            bool closed = false;
            if (!next('}', &closed))
                return false;
            if (closed)
                return true;
        }
    }

    bool array(ObjectNode *out, int depth)
    {
        if (out)
            out->type = ObjectNode::Type::Sequence;
        return elements(
            [out](ObjectNode **target) {
                if (out) {
                    out->children.emplace_back();
                    *target = &out->children.back();
                }
                return true;
            },
            false, depth);
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(uint *out)
    {
        if (m_end - m_p < 4)
            return fail(QStringLiteral("incomplete \\u escape"));
        uint value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexDigit(m_p[i]);
            if (digit < 0)
                return fail(QStringLiteral("invalid \\u escape"));
            value = value * 16 + uint(digit);
        }
        m_p += 4;
        *out = value;
        return true;
    }

    static void appendUtf8(QByteArray *out, uint codePoint)
    {
        if (codePoint < 0x80) {
            out->append(char(codePoint));
        } else if (codePoint < 0x800) {
            out->append(char(0xC0 | (codePoint >> 6)));
            out->append(char(0x80 | (codePoint & 0x3F)));
        } else if (codePoint < 0x10000) {
            out->append(char(0xE0 | (codePoint >> 12)));
            out->append(char(0x80 | ((codePoint >> 6) & 0x3F)));
            out->append(char(0x80 | (codePoint & 0x3F)));
        } else {
            out->append(char(0xF0 | (codePoint >> 18)));
            out->append(char(0x80 | ((codePoint >> 12) & 0x3F)));
            out->append(char(0x80 | ((codePoint >> 6) & 0x3F)));
            out->append(char(0x80 | (codePoint & 0x3F)));
        }
    }

    bool string(QString *out)
    {
        ++m_p;
        const char *start = m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\') {
            if (static_cast<unsigned char>(*m_p) < 0x20)
                return fail(QStringLiteral("control character in a string"));
            ++m_p;
        }
        if (m_p >= m_end)
            return fail(QStringLiteral("unterminated string"));
        if (*m_p == '"') {
            if (out)
                *out = QString::fromUtf8(start, m_p - start);
            ++m_p;
            return true;
        }
        QByteArray decoded(start, m_p - start);
        while (true) {
            if (m_p >= m_end)
                return fail(QStringLiteral("unterminated string"));
            const char c = *m_p;
            if (c == '"') {
                ++m_p;
                break;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(QStringLiteral("control character in a string"));
            if (c != '\\') {
                decoded.append(c);
                ++m_p;
                continue;
            }
            if (++m_p >= m_end)
                return fail(QStringLiteral("unterminated string"));
            const char escape = *m_p++;
            switch (escape) {
            case '"':
            case '\\':
            case '/':
                decoded.append(escape);
                break;
            case 'b':
                decoded.append('\b');
                break;
            case 'f':
                decoded.append('\f');
                break;
            case 'n':
                decoded.append('\n');
                break;
            case 'r':
                decoded.append('\r');
                break;
            case 't':
                decoded.append('\t');
                break;
            case 'u': {
                uint codePoint = 0;
                if (!hex4(&codePoint))
                    return false;
                if (codePoint >= 0xD800 && codePoint < 0xDC00 && m_end - m_p >= 6 &&
                    m_p[0] == '\\' && m_p[1] == 'u') {
                    m_p += 2;
                    uint low = 0;
                    if (!hex4(&low))
                        return false;
                    if (low >= 0xDC00 && low < 0xE000)
                        codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (low - 0xDC00);
                    else
                        codePoint = 0xFFFD;
                } else if (codePoint >= 0xD800 && codePoint < 0xE000) {
                    codePoint = 0xFFFD;
                }
                appendUtf8(&decoded, codePoint);
                break;
            }
            default:
                --m_p;
                return fail(QStringLiteral("invalid escape \\%1").arg(QLatin1Char(escape)));
            }
        }
        if (out)
            *out = QString::fromUtf8(decoded);
        return true;
    }

    bool literal(ObjectNode *out)
    {
        const char *start = m_p;
        while (m_p < m_end && (std::isalnum(static_cast<unsigned char>(*m_p)) || *m_p == '-' ||
                               *m_p == '+' || *m_p == '.'))
            ++m_p;
        const QByteArray text(start, m_p - start);
        if (text.isEmpty()) {
            return fail(
                QStringLiteral("unexpected character '%1'").arg(QString::fromUtf8(start, 1)));
        }
        const bool isNull = text == "null";
        const bool isWord = isNull || text == "true" || text == "false";
        const char first = text.at(0);
        if (!isWord && !(first == '-' || (first >= '0' && first <= '9'))) {
            m_p = start;
            return fail(QStringLiteral("invalid JSON value"));
        }
        if (out) {
            out->type = isNull ? ObjectNode::Type::Null : ObjectNode::Type::Scalar;
            if (!isNull)
                out->text = QString::fromLatin1(text);
        }
        return true;
    }

    ObjectStream &m_stream;
    const ObjectStream::Callback &m_callback;
    const char *m_begin;
    const char *m_p;
    const char *m_end;
};

/// A YAML reader over libyaml events that builds one item (or document) at a time.
class YamlObjectReader
{
public:
    YamlObjectReader(ObjectStream &stream, const ObjectStream::Callback &callback)
        : m_stream(stream), m_callback(callback), m_events(stream.m_data, stream.m_size)
    {}

    bool run()
    {
        while (m_events.next()) {
            switch (m_events.type()) {
            case YAML_DOCUMENT_START_EVENT:
                m_anchors.clear();
                m_expanded = 0;
                if (!m_events.next())
                    return stop();
                if (m_events.type() != YAML_DOCUMENT_END_EVENT && !document())
                    return false;
                break;
            case YAML_STREAM_END_EVENT:
                return true;
            default:
                break;
            }
        }
        return stop();
    }

private:
    /// The events ended early: a syntax error, or the text ended inside a node.
    bool stop()
    {
        if (m_events.failed()) {
            const YamlError &error = m_events.error();
            m_stream.m_error = {error.offset, error.line, error.column, error.message};
        } else {
            m_stream.m_error.message = QStringLiteral("unexpected end of the YAML text");
        }
        return false;
    }

    bool deliver(const ObjectNode &node)
    {
        if (m_stream.m_cancel && m_stream.m_cancel->load()) {
            m_stream.m_stopped = true;
            return false;
        }
        if (!m_callback(node, m_events.endOffset())) {
            m_stream.m_stopped = true;
            return false;
        }
        return true;
    }

    /// The root node of a document: a mapping (its `items` streamed), or a list of objects.
    bool document()
    {
        if (m_events.type() == YAML_SEQUENCE_START_EVENT) {
            while (true) {
                if (!m_events.next())
                    return stop();
                if (m_events.type() == YAML_SEQUENCE_END_EVENT)
                    return true;
                ObjectNode item;
                if (!build(&item, 2) || !deliver(item))
                    return false;
            }
        }
        if (m_events.type() != YAML_MAPPING_START_EVENT) {
            ObjectNode ignored;
            return build(&ignored, 1);
        }
        ObjectNode root;
        root.type = ObjectNode::Type::Mapping;
        bool streamed = false;
        while (true) {
            if (!m_events.next())
                return stop();
            if (m_events.type() == YAML_MAPPING_END_EVENT)
                break;
            QString key;
            if (!keyText(&key))
                return false;
            if (!m_events.next())
                return stop();
            if (key == u"items" && m_events.type() == YAML_SEQUENCE_START_EVENT) {
                streamed = true;
                while (true) {
                    if (!m_events.next())
                        return stop();
                    if (m_events.type() == YAML_SEQUENCE_END_EVENT)
                        break;
                    ObjectNode item;
                    if (!build(&item, 3) || !deliver(item))
                        return false;
                }
            } else if (m_stream.m_skip.contains(key)) {
                if (!build(nullptr, 2))
                    return false;
            } else {
                root.keys.push_back(key);
                root.children.emplace_back();
                if (!build(&root.children.back(), 2))
                    return false;
            }
        }
        return streamed || deliver(root);
    }

    /// The text of a key node (a scalar; a collection key is read and dropped).
    bool keyText(QString *key)
    {
        if (m_events.type() == YAML_SCALAR_EVENT) {
            const yaml_event_t &event = m_events.event();
            *key = QString::fromUtf8(reinterpret_cast<const char *>(event.data.scalar.value),
                                     qsizetype(event.data.scalar.length));
            return true;
        }
        return build(nullptr, 2);
    }

    static QString anchorOf(const unsigned char *anchor)
    {
        return anchor ? QString::fromUtf8(reinterpret_cast<const char *>(anchor)) : QString();
    }

    /// Builds the node whose start event is current (out nullptr: skips it).
    bool build(ObjectNode *out, int depth)
    {
        const qint64 before = m_nodes;
        if (out)
            ++m_nodes;
        if (depth > maxDepth) {
            m_stream.m_error = {m_events.startOffset(), 0, 0,
                                QStringLiteral("nesting deeper than %1 levels").arg(maxDepth)};
            lineAndColumn(m_stream.m_data, m_stream.m_size, m_stream.m_error.offset,
                          &m_stream.m_error.line, &m_stream.m_error.column);
            return false;
        }
        const yaml_event_t &event = m_events.event();
        switch (m_events.type()) {
        case YAML_SCALAR_EVENT: {
            if (!out)
                return true;
            out->text = QString::fromUtf8(reinterpret_cast<const char *>(event.data.scalar.value),
                                          qsizetype(event.data.scalar.length));
            const bool plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            out->type = plain && isNullScalar(out->text) ? ObjectNode::Type::Null
                                                         : ObjectNode::Type::Scalar;
            if (out->type == ObjectNode::Type::Null)
                out->text.clear();
            remember(anchorOf(event.data.scalar.anchor), *out, before);
            return true;
        }
        case YAML_ALIAS_EVENT: {
            if (!out)
                return true;
            const auto found = m_anchors.constFind(anchorOf(event.data.alias.anchor));
            if (found == m_anchors.cend())
                return true;
            // An alias bomb (each level repeating the one before) stops here.
            m_nodes += found->size;
            m_expanded += found->size;
            if (m_expanded > maxAliasNodes) {
                m_stream.m_error = {
                    m_events.startOffset(), 0, 0,
                    QStringLiteral("aliases expand to more than %1 nodes").arg(maxAliasNodes)};
                lineAndColumn(m_stream.m_data, m_stream.m_size, m_stream.m_error.offset,
                              &m_stream.m_error.line, &m_stream.m_error.column);
                return false;
            }
            *out = found->node;
            return true;
        }
        case YAML_MAPPING_START_EVENT: {
            const QString anchor = anchorOf(event.data.mapping_start.anchor);
            if (out)
                out->type = ObjectNode::Type::Mapping;
            while (true) {
                if (!m_events.next())
                    return stop();
                if (m_events.type() == YAML_MAPPING_END_EVENT)
                    break;
                QString key;
                if (!keyText(&key))
                    return false;
                if (!m_events.next())
                    return stop();
                if (!out || m_stream.m_skip.contains(key)) {
                    if (!build(nullptr, depth + 1))
                        return false;
                    continue;
                }
                out->keys.push_back(key);
                out->children.emplace_back();
                if (!build(&out->children.back(), depth + 1))
                    return false;
            }
            if (out)
                remember(anchor, *out, before);
            return true;
        }
        case YAML_SEQUENCE_START_EVENT: {
            const QString anchor = anchorOf(event.data.sequence_start.anchor);
            if (out)
                out->type = ObjectNode::Type::Sequence;
            while (true) {
                if (!m_events.next())
                    return stop();
                if (m_events.type() == YAML_SEQUENCE_END_EVENT)
                    break;
                ObjectNode *item = nullptr;
                if (out) {
                    out->children.emplace_back();
                    item = &out->children.back();
                }
                if (!build(item, depth + 1))
                    return false;
            }
            if (out)
                remember(anchor, *out, before);
            return true;
        }
        default:
            return true;
        }
    }

    ObjectStream &m_stream;
    const ObjectStream::Callback &m_callback;
    EventReader m_events;
    /// An anchored node and how many nodes it stands for.
    struct Anchored {
        ObjectNode node;
        qint64 size = 0;
    };
    void remember(const QString &anchor, const ObjectNode &node, qint64 before)
    {
        if (!anchor.isEmpty())
            m_anchors.insert(anchor, {node, m_nodes - before});
    }

    QHash<QString, Anchored> m_anchors;
    qint64 m_nodes = 0;    ///< nodes built, aliases counted as what they stand for
    qint64 m_expanded = 0; ///< nodes the document's aliases stand for
};

bool ObjectStream::looksLikeJson(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

QSet<QString> ObjectStream::defaultSkipKeys()
{
    return {QStringLiteral("managedFields"),
            QStringLiteral("volumes"),
            QStringLiteral("volumeMounts"),
            QStringLiteral("env"),
            QStringLiteral("envFrom"),
            QStringLiteral("args"),
            QStringLiteral("command"),
            QStringLiteral("resources"),
            QStringLiteral("securityContext"),
            QStringLiteral("affinity"),
            QStringLiteral("tolerations"),
            QStringLiteral("livenessProbe"),
            QStringLiteral("readinessProbe"),
            QStringLiteral("startupProbe"),
            QStringLiteral("containerStatuses"),
            QStringLiteral("initContainerStatuses"),
            QStringLiteral("ephemeralContainerStatuses"),
            QStringLiteral("kubectl.kubernetes.io/last-applied-configuration")};
}

bool ObjectStream::read(const Callback &callback)
{
    m_error = {};
    m_stopped = false;
    if (looksLikeJson(m_data, m_size)) {
        JsonObjectReader reader(*this, callback);
        return reader.run();
    }
    YamlObjectReader reader(*this, callback);
    return reader.run();
}

} // namespace MeshEntry
