#include "fieldownership.h"

#include <QDateTime>

namespace MeshEntry::TestApi::FieldOwnership {

namespace {

bool isUnowned(const QString &path)
{
    static const QSet<QString> unowned = [] {
        QSet<QString> set;
        for (const char *key : {"apiVersion", "kind", "status"})
            set.insert(QLatin1String(key));
        for (const char *key : {"name", "namespace", "uid", "resourceVersion", "generation",
                                "creationTimestamp", "managedFields", "selfLink"})
            set.insert(QStringLiteral("metadata") + separator + QLatin1String(key));
        return set;
    }();
    return unowned.contains(path);
}

void collect(const QJsonObject &object, const QString &prefix, QSet<QString> *out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + separator + it.key();
        if (isUnowned(path))
            continue;
        if (it.value().isObject() && !it.value().toObject().isEmpty())
            collect(it.value().toObject(), path, out);
        else
            out->insert(path);
    }
}

void collectChanged(const QJsonValue &before, const QJsonValue &after, const QString &path,
                    QSet<QString> *out)
{
    if (!path.isEmpty() && isUnowned(path))
        return;
    if (after.isObject() && before.isObject() && !after.toObject().isEmpty()) {
        const QJsonObject a = after.toObject();
        const QJsonObject b = before.toObject();
        for (auto it = a.begin(); it != a.end(); ++it)
            collectChanged(b.value(it.key()), it.value(),
                           path.isEmpty() ? it.key() : path + separator + it.key(), out);
        return;
    }
    if (before != after && !after.isUndefined()) {
        if (after.isObject() && !after.toObject().isEmpty())
            collect(after.toObject(), path, out);
        else
            out->insert(path);
    }
}

void buildTree(QJsonObject *tree, const QStringList &keys, qsizetype from)
{
    if (from >= keys.size())
        return;
    const QString key = QStringLiteral("f:") + keys[from];
    QJsonObject child = tree->value(key).toObject();
    buildTree(&child, keys, from + 1);
    tree->insert(key, child);
}

void readTree(const QJsonObject &tree, const QString &prefix, QSet<QString> *out)
{
    bool any = false;
    for (auto it = tree.begin(); it != tree.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("f:")))
            continue; // list items (k:, v:, i:) and "." belong to their list
        any = true;
        const QString path =
            prefix.isEmpty() ? it.key().mid(2) : prefix + separator + it.key().mid(2);
        readTree(it.value().toObject(), path, out);
    }
    if (!any && !prefix.isEmpty())
        out->insert(prefix);
}

} // namespace

QSet<QString> leafPaths(const QJsonObject &object)
{
    QSet<QString> out;
    collect(object, QString(), &out);
    return out;
}

QJsonValue valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (const QString &key : path.split(separator)) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(key);
    }
    return value;
}

void removePath(QJsonObject *object, const QString &path)
{
    const QStringList keys = path.split(separator);
    if (keys.size() == 1) {
        object->remove(keys.first());
        return;
    }
    QJsonObject child = object->value(keys.first()).toObject();
    removePath(&child, keys.mid(1).join(separator));
    object->insert(keys.first(), child);
}

QJsonObject merged(const QJsonObject &live, const QJsonObject &applied)
{
    QJsonObject result = live;
    for (auto it = applied.begin(); it != applied.end(); ++it) {
        const QJsonValue current = result.value(it.key());
        if (it.value().isObject() && current.isObject())
            result.insert(it.key(), merged(current.toObject(), it.value().toObject()));
        else
            result.insert(it.key(), it.value());
    }
    return result;
}

QString display(const QString &path)
{
    return u'.' + QString(path).replace(separator, u'.');
}

void recordUpdate(QList<ManagedEntry> *entries, const QString &manager, const QString &apiVersion,
                  const QJsonObject &before, const QJsonObject &after)
{
    QSet<QString> changed;
    collectChanged(before, after, QString(), &changed);
    if (changed.isEmpty())
        return;
    for (ManagedEntry &entry : *entries)
        entry.fields.subtract(changed);
    entries->erase(std::remove_if(entries->begin(), entries->end(),
                                  [](const ManagedEntry &e) { return e.fields.isEmpty(); }),
                   entries->end());
    for (ManagedEntry &entry : *entries) {
        if (entry.manager == manager && entry.operation == u"Update") {
            entry.fields.unite(changed);
            entry.time = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
            return;
        }
    }
    entries->append({manager, QStringLiteral("Update"), apiVersion,
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate), changed});
}

QJsonArray render(const QList<ManagedEntry> &entries)
{
    QJsonArray out;
    for (const ManagedEntry &entry : entries) {
        QJsonObject tree;
        QStringList paths(entry.fields.cbegin(), entry.fields.cend());
        paths.sort();
        for (const QString &path : paths)
            buildTree(&tree, path.split(separator), 0);
        out.append(QJsonObject{{QLatin1String("manager"), entry.manager},
                               {QLatin1String("operation"), entry.operation},
                               {QLatin1String("apiVersion"), entry.apiVersion},
                               {QLatin1String("time"), entry.time},
                               {QLatin1String("fieldsType"), QStringLiteral("FieldsV1")},
                               {QLatin1String("fieldsV1"), tree}});
    }
    return out;
}

QList<ManagedEntry> parse(const QJsonArray &managedFields)
{
    QList<ManagedEntry> entries;
    for (const QJsonValue &value : managedFields) {
        const QJsonObject object = value.toObject();
        ManagedEntry entry;
        entry.manager = object.value(QLatin1String("manager")).toString();
        entry.operation = object.value(QLatin1String("operation")).toString();
        entry.apiVersion = object.value(QLatin1String("apiVersion")).toString();
        entry.time = object.value(QLatin1String("time")).toString();
        readTree(object.value(QLatin1String("fieldsV1")).toObject(), QString(), &entry.fields);
        entries.append(entry);
    }
    return entries;
}

} // namespace MeshEntry::TestApi::FieldOwnership
