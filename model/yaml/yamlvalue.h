#pragma once

#include "scalarresolver.h"

#include <QList>
#include <QString>
#include <utility>

namespace MeshEntry {

/**
 * A semantic YAML value: what a document means, without its bytes. Used to state the intended
 * result of an edit, to verify it after re-parsing, and as input to the fragment writer.
 * Aliases stay references (never expanded), so comparing or writing one costs nothing.
 */
class YamlValue
{
public:
    enum class Kind { Scalar, Mapping, Sequence, Alias };
    using Entry = std::pair<QString, YamlValue>;

    YamlValue() = default; ///< the null scalar
    static YamlValue string(const QString &text);
    static YamlValue plain(const QString &text); ///< typed as a YAML reader would type it
    static YamlValue typedScalar(const QString &text, ScalarType type);
    static YamlValue mapping(QList<Entry> entries = {});
    static YamlValue sequence(QList<YamlValue> items = {});
    static YamlValue alias(const QString &anchorName);

    Kind kind() const { return m_kind; }
    bool isScalar() const { return m_kind == Kind::Scalar; }
    bool isMapping() const { return m_kind == Kind::Mapping; }
    bool isSequence() const { return m_kind == Kind::Sequence; }
    bool isCollection() const { return isMapping() || isSequence(); }
    bool isNull() const { return isScalar() && m_scalarType == ScalarType::Null; }

    /// Scalar text (decoded), or the anchor name of an alias.
    const QString &text() const { return m_text; }
    ScalarType scalarType() const { return m_scalarType; }

    const QList<Entry> &entries() const { return m_entries; }
    QList<Entry> &entries() { return m_entries; }
    const QList<YamlValue> &items() const { return m_items; }
    QList<YamlValue> &items() { return m_items; }
    const YamlValue *value(const QString &key) const;
    qsizetype indexOfKey(const QString &key) const;

    const QString &anchor() const { return m_anchor; }
    const QString &tag() const { return m_tag; }
    void setAnchor(const QString &anchor) { m_anchor = anchor; }
    void setTag(const QString &tag) { m_tag = tag; }

    bool operator==(const YamlValue &other) const;
    bool operator!=(const YamlValue &other) const { return !(*this == other); }

    /// Compact one-line rendering for messages and test failures.
    QString debugString() const;

private:
    Kind m_kind = Kind::Scalar;
    ScalarType m_scalarType = ScalarType::Null;
    QString m_text;
    QString m_anchor;
    QString m_tag;
    QList<Entry> m_entries;
    QList<YamlValue> m_items;
};

} // namespace MeshEntry
