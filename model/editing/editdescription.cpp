#include "editdescription.h"

#include "fieldtable.h"
#include "yamldocument.h"

#include <QCoreApplication>

namespace MeshEntry::EditDescription {

namespace {

constexpr int longestValue = 40;

QString tr(const char *text)
{
    return QCoreApplication::translate("EditDescription", text);
}

/// A scalar as the user typed it, cut short when long; collections are not spelled out.
QString shown(const YamlValue &value)
{
    if (!value.isScalar())
        return {};
    const QString text = value.text();
    return text.size() > longestValue ? text.left(longestValue - 1) + u'…' : text;
}

QString words(const QString &key)
{
    FieldSpec probe;
    probe.path = key;
    return probe.displayLabel();
}

/// Walks path through the table; calls visit(entry, segment, isLast) for each segment, with the
/// entry the segment lands on (nullptr when the table has none).
template <typename Visit> void walk(const FieldTable *table, const YamlPath &path, Visit visit)
{
    QString pattern;
    const QList<YamlPath::Segment> &segments = path.segments();
    for (int i = 0; i < segments.size(); ++i) {
        const YamlPath::Segment &segment = segments[i];
        const FieldSpec *parent = table && !pattern.isEmpty() ? table->field(pattern) : nullptr;
        if (segment.isIndex())
            pattern += QLatin1String("[]");
        else if (parent && parent->type == FieldType::Map)
            pattern += QLatin1String(".*");
        else
            pattern = pattern.isEmpty() ? segment.key : pattern + u'.' + segment.key;
        const bool inMap = !segment.isIndex() && parent && parent->type == FieldType::Map;
        visit(table ? table->field(pattern) : nullptr, segment, inMap, i == segments.size() - 1);
    }
}

} // namespace

QString subject(const FieldTable *table, const YamlPath &path)
{
    QStringList parts;
    walk(table, path,
         [&parts](const FieldSpec *entry, const YamlPath::Segment &segment, bool inMap, bool last) {
             // List items and map values are named with their number or key; containers on the
             // way say nothing ("spec", "metadata", "ports" before "[0]").
             if (segment.isIndex()) {
                 parts << QStringLiteral("%1 %2")
                              .arg(entry ? entry->displayLabel() : tr("item"))
                              .arg(segment.index + 1);
             } else if (inMap) {
                 parts << QStringLiteral("%1 %2").arg(entry ? entry->displayLabel() : tr("entry"),
                                                      segment.key);
             } else if (last) {
                 parts << (entry ? entry->displayLabel() : words(segment.key));
             }
         });
    return parts.isEmpty() ? tr("document") : parts.join(u' ');
}

QString itemNoun(const FieldTable *table, const YamlPath &path)
{
    const YamlPath item = path.index(0);
    QString noun;
    walk(table, item, [&noun](const FieldSpec *entry, const YamlPath::Segment &, bool, bool last) {
        if (last && entry)
            noun = entry->displayLabel();
    });
    return noun.isEmpty() ? tr("item") : noun;
}

QString setValue(const FieldTable *table, const YamlPath &path, const YamlValue &value)
{
    const QString text = shown(value);
    if (value.isNull() || (value.isScalar() && value.text().isEmpty()))
        return tr("Clear %1").arg(subject(table, path));
    if (text.isEmpty())
        return tr("Set %1").arg(subject(table, path));
    return tr("Set %1 to %2").arg(subject(table, path), text);
}

QString addKey(const FieldTable *table, const YamlPath &path)
{
    const QString full = subject(table, path);
    const QString key = path.last().key;
    // "label team" → "label": the key is still being typed.
    return tr("Add %1").arg(full.endsWith(u' ' + key) ? full.chopped(key.size() + 1) : full);
}

QString remove(const FieldTable *table, const YamlPath &path)
{
    return tr("Remove %1").arg(subject(table, path));
}

QString insertItem(const FieldTable *table, const YamlPath &list)
{
    return tr("Add %1").arg(itemNoun(table, list));
}

QString moveItem(const FieldTable *table, const YamlPath &list, int from, int to)
{
    return (to > from ? tr("Move %1 down") : tr("Move %1 up"))
        .arg(subject(table, list.index(from)));
}

QString renameKey(const QString &from, const QString &newKey)
{
    return tr("Rename %1 to %2").arg(from, newKey);
}

QString documentName(const YamlDocument &document, int index)
{
    const QString name = document.info().name;
    return name.isEmpty() ? tr("document %1").arg(index + 1) : name;
}

} // namespace MeshEntry::EditDescription
