#pragma once

#include <QSet>
#include <QString>
#include <atomic>
#include <functional>
#include <vector>

namespace MeshEntry {

/// One Kubernetes object as a small tree of strings, without the subtrees nobody reads.
struct ObjectNode {
    enum class Type : quint8 { Null, Scalar, Mapping, Sequence };

    Type type = Type::Null;
    QString text;                     ///< scalar text (numbers and booleans as written)
    std::vector<QString> keys;        ///< mapping keys, parallel to children
    std::vector<ObjectNode> children; ///< mapping values or sequence items

    bool isMapping() const { return type == Type::Mapping; }
    bool isSequence() const { return type == Type::Sequence; }
    /// The value of key in a mapping; nullptr when absent or not a mapping.
    const ObjectNode *value(QStringView key) const;
    /// The scalar text of key in a mapping, empty otherwise.
    QString string(QStringView key) const;
    /// A mapping of scalars (labels, annotations) in document order; later duplicates win.
    void stringMap(QStringView key, std::vector<std::pair<QString, QString>> *out) const;
};

/**
 * Streams the objects of a JSON or YAML text one at a time, so that a 300 MB
 * `kubectl get pods -A -o json` is never held as a tree: a List's `items`, a JSON array's
 * elements, or each YAML document (or its `items`) is built, handed to the callback and
 * dropped. Subtrees under keys in skipKeys (managedFields, volumes, …) are skipped unread.
 */
class ObjectStream
{
public:
    struct Error {
        qsizetype offset = 0;
        int line = 0;   ///< 0-based
        int column = 0; ///< 0-based, in characters
        QString message;
    };
    /// Receives each object and the number of bytes consumed so far; false stops the stream.
    using Callback = std::function<bool(const ObjectNode &object, qsizetype consumed)>;

    ObjectStream(const char *data, qsizetype size) : m_data(data), m_size(size) {}

    void setSkipKeys(QSet<QString> keys) { m_skip = std::move(keys); }
    void setCancel(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// Reads everything; false on a syntax error (see error()) or when stopped or cancelled.
    bool read(const Callback &callback);
    const Error &error() const { return m_error; }
    bool stopped() const { return m_stopped; }
    /// True when the text starts with `{` or `[` (after blanks): it is read as JSON.
    static bool looksLikeJson(const char *data, qsizetype size);

    /// Keys whose subtrees workload and namespace imports never read.
    static QSet<QString> defaultSkipKeys();

private:
    bool readJson(const Callback &callback);
    bool readYaml(const Callback &callback);

    const char *m_data;
    qsizetype m_size;
    QSet<QString> m_skip;
    const std::atomic_bool *m_cancel = nullptr;
    Error m_error;
    bool m_stopped = false;

    friend class JsonObjectReader;
    friend class YamlObjectReader;
};

} // namespace MeshEntry
