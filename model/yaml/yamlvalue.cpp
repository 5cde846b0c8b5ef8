#include "yamlvalue.h"

namespace MeshEntry {

YamlValue YamlValue::string(const QString &text)
{
    return typedScalar(text, ScalarType::String);
}

YamlValue YamlValue::plain(const QString &text)
{
    return typedScalar(text, ScalarResolver::resolvePlain(text));
}

YamlValue YamlValue::typedScalar(const QString &text, ScalarType type)
{
    YamlValue value;
    value.m_text = text;
    value.m_scalarType = type;
    return value;
}

YamlValue YamlValue::mapping(QList<Entry> entries)
{
    YamlValue value;
    value.m_kind = Kind::Mapping;
    value.m_entries = std::move(entries);
    return value;
}

YamlValue YamlValue::sequence(QList<YamlValue> items)
{
    YamlValue value;
    value.m_kind = Kind::Sequence;
    value.m_items = std::move(items);
    return value;
}

YamlValue YamlValue::alias(const QString &anchorName)
{
    YamlValue value;
    value.m_kind = Kind::Alias;
    value.m_text = anchorName;
    return value;
}

const YamlValue *YamlValue::value(const QString &key) const
{
    const qsizetype index = indexOfKey(key);
    return index < 0 ? nullptr : &m_entries[index].second;
}

qsizetype YamlValue::indexOfKey(const QString &key) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].first == key)
            return i;
    }
    return -1;
}

bool YamlValue::operator==(const YamlValue &other) const
{
    if (m_kind != other.m_kind || m_anchor != other.m_anchor || m_tag != other.m_tag)
        return false;
    switch (m_kind) {
    case Kind::Scalar:
        if (m_scalarType != other.m_scalarType)
            return false;
        return m_scalarType == ScalarType::Null || m_text == other.m_text;
    case Kind::Alias:
        return m_text == other.m_text;
    case Kind::Mapping:
        return m_entries == other.m_entries;
    case Kind::Sequence:
        return m_items == other.m_items;
    }
    return false;
}

QString YamlValue::debugString() const
{
    QString prefix;
    if (!m_tag.isEmpty())
        prefix += m_tag + u' ';
    if (!m_anchor.isEmpty())
        prefix += u'&' + m_anchor + u' ';
    switch (m_kind) {
    case Kind::Scalar:
        return prefix + (m_scalarType == ScalarType::String
                             ? u'"' + m_text + u'"'
                             : (isNull() ? QStringLiteral("null") : m_text));
    case Kind::Alias:
        return prefix + u'*' + m_text;
    case Kind::Mapping: {
        QStringList parts;
        for (const Entry &entry : m_entries)
            parts << entry.first + QStringLiteral(": ") + entry.second.debugString();
        return prefix + u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    case Kind::Sequence: {
        QStringList parts;
        for (const YamlValue &item : m_items)
            parts << item.debugString();
        return prefix + u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    }
    return {};
}

} // namespace MeshEntry
