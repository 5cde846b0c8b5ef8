#include "resourcecatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace MeshEntry {

namespace {

QString escaped(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

QString ApiResource::qualifiedSingular() const
{
    const QString name = singular.isEmpty() ? kind.toLower() : singular;
    return group.isEmpty() ? name : name + u'.' + group;
}

QString ApiResource::collectionPath(const QString &namespaceName) const
{
    QString path = group.isEmpty() ? QStringLiteral("/api/") + version
                                   : QStringLiteral("/apis/%1/%2").arg(group, version);
    if (namespaced && !namespaceName.isEmpty())
        path += QStringLiteral("/namespaces/") + escaped(namespaceName);
    return path + u'/' + resource;
}

QString ApiResource::itemPath(const QString &namespaceName, const QString &name) const
{
    return collectionPath(namespaced ? namespaceName : QString()) + u'/' + escaped(name);
}

bool ResourceCatalog::addAggregated(const QByteArray &body, QString *error)
{
    const QJsonObject list = QJsonDocument::fromJson(body).object();
    if (list.value(QLatin1String("kind")).toString() != u"APIGroupDiscoveryList") {
        *error = QStringLiteral("the server's discovery reply is not an APIGroupDiscoveryList");
        return false;
    }
    for (const QJsonValue &groupValue : list.value(QLatin1String("items")).toArray()) {
        const QJsonObject group = groupValue.toObject();
        const QString groupName = group.value(QLatin1String("metadata"))
                                      .toObject()
                                      .value(QLatin1String("name"))
                                      .toString();
        bool first = true;
        for (const QJsonValue &versionValue : group.value(QLatin1String("versions")).toArray()) {
            const QJsonObject version = versionValue.toObject();
            for (const QJsonValue &resourceValue :
                 version.value(QLatin1String("resources")).toArray()) {
                const QJsonObject resource = resourceValue.toObject();
                ApiResource entry;
                entry.group = groupName;
                entry.version = version.value(QLatin1String("version")).toString();
                entry.resource = resource.value(QLatin1String("resource")).toString();
                entry.singular = resource.value(QLatin1String("singularResource")).toString();
                entry.kind = resource.value(QLatin1String("responseKind"))
                                 .toObject()
                                 .value(QLatin1String("kind"))
                                 .toString();
                entry.shortNames = strings(resource.value(QLatin1String("shortNames")));
                entry.verbs = strings(resource.value(QLatin1String("verbs")));
                entry.namespaced = resource.value(QLatin1String("scope")).toString() != u"Cluster";
                entry.preferred = first;
                if (!entry.resource.isEmpty() && !entry.kind.isEmpty())
                    m_resources.append(entry);
            }
            first = false;
        }
    }
    return true;
}

bool ResourceCatalog::addResourceList(const QByteArray &body, bool preferred, QString *error)
{
    const QJsonObject list = QJsonDocument::fromJson(body).object();
    if (list.value(QLatin1String("kind")).toString() != u"APIResourceList") {
        *error = QStringLiteral("the server's discovery reply is not an APIResourceList");
        return false;
    }
    const QString groupVersion = list.value(QLatin1String("groupVersion")).toString();
    const qsizetype slash = groupVersion.indexOf(u'/');
    for (const QJsonValue &value : list.value(QLatin1String("resources")).toArray()) {
        const QJsonObject resource = value.toObject();
        ApiResource entry;
        entry.group = slash < 0 ? QString() : groupVersion.left(slash);
        entry.version = slash < 0 ? groupVersion : groupVersion.mid(slash + 1);
        entry.resource = resource.value(QLatin1String("name")).toString();
        if (entry.resource.contains(u'/'))
            continue; // subresources such as pods/log
        entry.singular = resource.value(QLatin1String("singularName")).toString();
        entry.kind = resource.value(QLatin1String("kind")).toString();
        entry.shortNames = strings(resource.value(QLatin1String("shortNames")));
        entry.verbs = strings(resource.value(QLatin1String("verbs")));
        entry.namespaced = resource.value(QLatin1String("namespaced")).toBool();
        entry.preferred = preferred;
        m_resources.append(entry);
    }
    return true;
}

const ApiResource *ResourceCatalog::find(const QString &apiVersion, const QString &kind) const
{
    for (const ApiResource &resource : m_resources) {
        if (resource.kind == kind && resource.apiVersion() == apiVersion)
            return &resource;
    }
    return nullptr;
}

const ApiResource *ResourceCatalog::findKind(const QString &group, const QString &kind) const
{
    const ApiResource *found = nullptr;
    for (const ApiResource &resource : m_resources) {
        if (resource.group == group && resource.kind == kind && (!found || resource.preferred))
            found = &resource;
    }
    return found;
}

const ApiResource *ResourceCatalog::lookup(const QString &name) const
{
    const QString lower = name.toLower();
    const ApiResource *found = nullptr;
    for (const ApiResource &resource : m_resources) {
        bool matches = false;
        for (const QString &candidate :
             QStringList{resource.resource, resource.singular, resource.kind.toLower()} +
                 resource.shortNames) {
            if (candidate.isEmpty())
                continue;
            if (lower == candidate ||
                (!resource.group.isEmpty() && lower == candidate + u'.' + resource.group)) {
                matches = true;
                break;
            }
        }
        if (!matches)
            continue;
        // The core group first, as kubectl prefers it; within a group the preferred version.
        if (!found || (resource.preferred && !found->preferred && found->group == resource.group) ||
            (resource.group.isEmpty() && !found->group.isEmpty()))
            found = &resource;
    }
    return found;
}

QStringList ResourceCatalog::istioVersions(const QString &kind) const
{
    QStringList versions;
    for (const ApiResource &resource : m_resources) {
        if (resource.group != u"networking.istio.io" || resource.kind != kind)
            continue;
        if (resource.preferred)
            versions.prepend(resource.version);
        else
            versions.append(resource.version);
    }
    return versions;
}

} // namespace MeshEntry
