#pragma once

#include <QList>
#include <QString>

namespace MeshEntry {

/// One node of a document's span tree. Offsets are bytes into the document's text.
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

} // namespace MeshEntry
