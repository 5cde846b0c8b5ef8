#pragma once

#include "yamltext.h"

#include <QList>
#include <iterator>

namespace MeshEntry {

class SpanTree;

/**
 * The children of a node as a read-only list of node ids (mapping: key, value, key, value…;
 * sequence: items). A view over the node store: iterating walks the pre-order, indexing is
 * constant time for long collections and a short walk for the others.
 */
class YamlChildren
{
public:
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = int;
        using difference_type = qsizetype;
        using pointer = const int *;
        using reference = int;

        const_iterator() = default;
        int operator*() const { return m_node; }
        const_iterator &operator++();
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++*this;
            return before;
        }
        bool operator==(const const_iterator &o) const { return m_remaining == o.m_remaining; }
        bool operator!=(const const_iterator &o) const { return m_remaining != o.m_remaining; }

    private:
        friend class YamlChildren;
        const_iterator(const SpanTree *tree, int node, int remaining)
            : m_tree(tree), m_node(node), m_remaining(remaining)
        {}
        const SpanTree *m_tree = nullptr;
        int m_node = -1;
        int m_remaining = 0;
    };
    using value_type = int;

    YamlChildren() = default;
    YamlChildren(const SpanTree *tree, int parent, int count)
        : m_tree(tree), m_parent(parent), m_count(count)
    {}

    qsizetype size() const { return m_count; }
    qsizetype count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    int operator[](qsizetype position) const;
    int at(qsizetype position) const { return (*this)[position]; }
    int first() const { return (*this)[0]; }
    int last() const { return (*this)[m_count - 1]; }
    /// Position of a child, or -1.
    qsizetype indexOf(int child) const;
    bool contains(int child) const { return indexOf(child) >= 0; }

    const_iterator begin() const;
    const_iterator end() const { return {m_tree, -1, 0}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

    QList<int> toList() const;
    operator QList<int>() const { return toList(); }

private:
    const SpanTree *m_tree = nullptr;
    int m_parent = -1;
    int m_count = 0;
};

/**
 * One node of a document's span tree, as read from the node store (SpanTree::node() builds it;
 * it stays valid while the tree lives). Offsets are bytes into the document's text; texts are
 * UTF-8 views into the document's bytes or the store's arena.
 */
struct YamlNode {
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
    YamlText value;              ///< decoded scalar text, or the anchor an alias refers to
    YamlText anchor;
    YamlText tag;
    YamlChildren children; ///< mapping: key, value, key, value…; sequence: items

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

} // namespace MeshEntry
