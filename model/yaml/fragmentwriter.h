#pragma once

#include "yamlnode.h"
#include "yamlvalue.h"

#include <QStringList>

namespace MeshEntry {

/**
 * Writes new YAML text for values that an edit inserts, in the style of the file around it:
 * its indent width and sequence style (indentless `- ` as kubectl writes it, or indented).
 * Strings that Kubernetes' YAML 1.1 reader would read as something else are quoted.
 */
class FragmentWriter
{
public:
    int indentStep = 2;
    bool indentlessSequences = true;

    /// One scalar (or alias, or empty collection) as it would appear after `key: `.
    QString inlineValue(const YamlValue &value, bool inFlow) const;
    /// A scalar replacing an existing one, keeping the existing style when the value allows.
    /// blockIndent is the body indentation used for `|` and `>` styles.
    QString scalarInStyle(const YamlValue &value, YamlNode::Style style, int blockIndent,
                          const QString &eol) const;
    /// The value in flow style: `{a: 1, b: [x, y]}`.
    QString flow(const YamlValue &value) const;
    /// Lines of a mapping entry `key: value` whose key sits at column indent.
    QStringList entryLines(const QString &key, const YamlValue &value, int indent) const;
    /// Lines of a sequence item whose dash sits at column indent.
    QStringList itemLines(const YamlValue &value, int indent) const;
    /// Lines of a non-empty collection written as a block at column indent.
    QStringList blockLines(const YamlValue &value, int indent) const;
    /// A mapping key, quoted when needed.
    QString key(const QString &key) const;

    static QString doubleQuoted(const QString &text);
    static QString singleQuoted(const QString &text);
    static bool needsBlockLines(const YamlValue &value);

private:
    QString scalar(const YamlValue &value, bool inFlow) const;
    QString properties(const YamlValue &value) const;
    void appendValueAfterIndicator(QStringList &lines, const YamlValue &value, int ownerIndent,
                                   bool afterDash) const;
    QStringList literalLines(const QString &text, int indent, QString *header) const;
};

} // namespace MeshEntry
