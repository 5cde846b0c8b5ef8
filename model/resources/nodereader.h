#pragma once

#include "jsontyping.h"
#include "located.h"
#include "spantree.h"

#include <QList>
#include <QString>
#include <QVarLengthArray>

namespace MeshEntry {

/**
 * Reads a span tree the way Kubernetes does before anything validates it: aliases followed,
 * merge keys (`<<`) expanded, the last of duplicate keys winning, scalars typed by YAML 1.1
 * rules (so `on` is a boolean and `0755` the integer 493) and whole floats read as integers.
 *
 * Keys are compared on the store's bytes and scalar types come from the flags the store
 * computed while it was built, so reading allocates only where a QString is asked for.
 */
class NodeReader
{
public:
    struct Entry {
        int key = -1;   ///< key node
        int value = -1; ///< value node, aliases resolved
        YamlText name;  ///< the key as a JSON object key (valid while the reader lives)
    };

    /// Entries and items come in small arrays that need no allocation for typical sizes.
    using Entries = QVarLengthArray<Entry, 16>;
    using Items = QVarLengthArray<int, 16>;

    explicit NodeReader(const SpanTree &tree) : m_tree(tree) {}
    NodeReader(const NodeReader &) = delete;
    NodeReader &operator=(const NodeReader &) = delete;

    const SpanTree &tree() const { return m_tree; }
    YamlNode node(int index) const { return m_tree.node(index); }

    /// The node an alias refers to (the node itself otherwise); -1 stays -1.
    int resolve(int index) const
    {
        return index >= 0 && m_tree.isAlias(index) ? resolveAlias(index) : index;
    }
    JsonType jsonType(int index) const
    {
        index = resolve(index);
        return index < 0 ? JsonType::Null : m_tree.jsonTypeOf(index);
    }
    /// True for a missing node or a null.
    bool isNull(int index) const { return index < 0 || jsonType(index) == JsonType::Null; }
    /// Scalar text as written (decoded), empty for collections.
    QString text(int index) const { return utf8(index).toString(); }
    /// The same without a copy.
    YamlText utf8(int index) const
    {
        index = resolve(index);
        return index >= 0 && m_tree.isScalar(index) ? m_tree.text(index) : YamlText();
    }
    /// The value of an Integer node (or a whole Number); false for anything else.
    bool integer(int index, qint64 *value) const;
    /// The node rendered as a JSON token for messages: `"dns"`, `80`, `true`, `null`, `{…}`.
    QString jsonToken(int index) const;

    /// The mapping's entries as JSON sees them; empty for other nodes.
    Entries entries(int mapping) const;
    /// Value node of key in a mapping, aliases resolved; -1 when absent.
    int value(int mapping, QStringView key) const;
    /// Value node of key unless it is null (JSON drops nulls); -1 otherwise.
    int presentValue(int mapping, QStringView key) const;
    /// A string field: null counts as absent, a non-string keeps its text.
    Located<QString> stringAt(int mapping, QStringView key) const;
    /// Items of a sequence, aliases resolved; empty for other nodes.
    Items items(int sequence) const;
    /// The key node of a mapping value, or -1 when the node is not a mapping value.
    int keyOf(int valueNode) const;

    /// YAML 1.1 integer text (`0755`, `0x1F`, `1_000`, `-3`) to its value; false if it is none.
    static bool parseInteger(QStringView text, qint64 *value)
    {
        return JsonTyping::parseInteger(text, value);
    }

private:
    /// The scalar keys of one mapping, for value(): views look up many keys of the same few
    /// mappings, so the last two mappings' keys are kept.
    struct Keys {
        struct Key {
            const char *data = nullptr;
            qsizetype size = 0;
            int value = -1;
        };
        int mapping = -1;
        bool hasMerge = false;
        QVarLengthArray<Key, 16> keys;
    };

    int resolveAlias(int alias) const;
    const Keys &keysOf(int mapping) const;
    void collect(int mapping, Entries *out, int depth) const;
    YamlText keepName(const QString &name) const;

    const SpanTree &m_tree;
    mutable Keys m_keys[2];
    mutable int m_nextKeys = 0;
    /// Names of keys that JSON spells differently (`true`, `80`); their bytes stay put.
    mutable QList<QByteArray> m_names;
};

} // namespace MeshEntry
