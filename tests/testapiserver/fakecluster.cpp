#include "fakecluster.h"

#include "statusreplies.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace MeshEntry::TestApi {

using namespace StatusReplies;

namespace {

const QString istioGroup = QStringLiteral("networking.istio.io");
const QByteArray aggregatedType =
    "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";
const QStringList allVerbs{"create", "delete", "deletecollection", "get",
                           "list",   "patch",  "update",           "watch"};

QByteArray compact(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

/// An object in the order a real API server writes it: typed metadata fields first.
QByteArray ordered(const QJsonObject &object)
{
    static const QStringList top{"apiVersion", "kind", "metadata"};
    static const QStringList metadata{
        "name",       "generateName",      "namespace", "uid",         "resourceVersion",
        "generation", "creationTimestamp", "labels",    "annotations", "managedFields"};
    const auto write = [](const QJsonObject &o, const QStringList &first, auto &&value) {
        QByteArray out = "{";
        QStringList keys;
        for (const QString &key : first)
            if (o.contains(key))
                keys.append(key);
        for (const QString &key : o.keys())
            if (!first.contains(key))
                keys.append(key);
        for (const QString &key : keys) {
            if (out.size() > 1)
                out += ',';
            out += compact(key) + ':' + value(key, o.value(key));
        }
        return out + '}';
    };
    return write(object, top, [&](const QString &key, const QJsonValue &value) {
        if (key == u"metadata" && value.isObject())
            return write(value.toObject(), metadata,
                         [](const QString &, const QJsonValue &v) { return compact(v); });
        return compact(value);
    });
}

QJsonObject metadataOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject();
}

bool labelsMatch(const QJsonObject &labels, const QString &selector)
{
    for (const QString &term : selector.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = term.indexOf(u'=');
        if (equals < 0) {
            if (!labels.contains(term.trimmed()))
                return false;
            continue;
        }
        const bool negated = equals > 0 && term[equals - 1] == u'!';
        const QString name = term.left(negated ? equals - 1 : equals).trimmed();
        QString value = term.mid(equals + 1).trimmed();
        if (value.startsWith(u'='))
            value = value.mid(1);
        const bool same = labels.value(name).toString() == value && labels.contains(name);
        if (same == negated)
            return false;
    }
    return true;
}

} // namespace

FakeCluster::FakeCluster()
{
    const QStringList istioVersions{"v1", "v1beta1", "v1alpha3"};
    const QStringList istioCategories{"istio-io", "networking-istio-io"};
    m_resources = {
        {QString(), {"v1"}, "namespaces", "namespace", "Namespace", {"ns"}, {}, false},
        {QString(), {"v1"}, "pods", "pod", "Pod", {"po"}, {"all"}, true},
        {QString(), {"v1"}, "configmaps", "configmap", "ConfigMap", {"cm"}, {}, true},
        {istioGroup,
         istioVersions,
         "serviceentries",
         "serviceentry",
         "ServiceEntry",
         {"se"},
         istioCategories,
         true},
        {istioGroup,
         istioVersions,
         "workloadentries",
         "workloadentry",
         "WorkloadEntry",
         {"we"},
         istioCategories,
         true},
        {istioGroup, istioVersions, "sidecars", "sidecar", "Sidecar", {}, istioCategories, true},
    };
    for (const char *name : {"default", "demo", "istio-system", "restricted", "payments"})
        put(QJsonObject{{"apiVersion", "v1"},
                        {"kind", "Namespace"},
                        {"metadata",
                         QJsonObject{{"name", QLatin1String(name)},
                                     {"labels", QJsonObject{{"kubernetes.io/metadata.name",
                                                             QLatin1String(name)}}}}}},
            QStringLiteral("kube-apiserver"));
    const auto pod = [this](const char *ns, const char *name, const QJsonObject &labels,
                            const char *ip) {
        put(QJsonObject{{"apiVersion", "v1"},
                        {"kind", "Pod"},
                        {"metadata", QJsonObject{{"name", QLatin1String(name)},
                                                 {"namespace", QLatin1String(ns)},
                                                 {"labels", labels}}},
                        {"spec", QJsonObject{{"containers",
                                              QJsonArray{QJsonObject{
                                                  {"name", "app"}, {"image", "example/app:1"}}}}}},
                        {"status",
                         QJsonObject{{"phase", "Running"},
                                     {"podIP", QLatin1String(ip)},
                                     {"conditions", QJsonArray{QJsonObject{{"type", "Ready"},
                                                                           {"status", "True"}}}}}}},
            QStringLiteral("kube-controller-manager"));
    };
    pod("demo", "reviews-v1-5d7f", {{"app", "reviews"}, {"version", "v1"}}, "10.0.0.11");
    pod("demo", "ratings-v1-7c9d", {{"app", "ratings"}, {"version", "v1"}}, "10.0.0.12");
    pod("payments", "ledger-0", {{"app", "ledger"}}, "10.0.1.5");
    put(QJsonObject{{"apiVersion", "v1"},
                    {"kind", "ConfigMap"},
                    {"metadata", QJsonObject{{"name", "istio"}, {"namespace", "istio-system"}}},
                    {"data",
                     QJsonObject{{"mesh", "rootNamespace: istio-system\ndefaultServiceExportTo:\n- "
                                          "\"*\"\noutboundTrafficPolicy:\n  mode: ALLOW_ANY\n"}}}},
        QStringLiteral("istio-operator"));
}

QString FakeCluster::key(const FakeResource &resource, const QString &ns, const QString &name)
{
    return resource.resource + u'/' + (resource.namespaced ? ns : QString()) + u'/' + name;
}

const FakeResource *FakeCluster::findResource(const QString &group, const QString &resource) const
{
    for (const FakeResource &candidate : m_resources) {
        if (candidate.group == group && candidate.resource == resource &&
            (group != istioGroup || istioInstalled))
            return &candidate;
    }
    return nullptr;
}

bool FakeCluster::namespaceExists(const QString &name) const
{
    return m_store.contains(QStringLiteral("namespaces//") + name);
}

void FakeCluster::put(const QJsonObject &object, const QString &manager)
{
    const QString apiVersion = object.value(QLatin1String("apiVersion")).toString();
    const QString group = apiVersion.contains(u'/') ? apiVersion.section(u'/', 0, 0) : QString();
    const QString kind = object.value(QLatin1String("kind")).toString();
    const FakeResource *resource = nullptr;
    for (const FakeResource &candidate : m_resources)
        if (candidate.group == group && candidate.kind == kind)
            resource = &candidate;
    if (!resource)
        return;
    Stored stored;
    stored.object = object;
    QJsonObject metadata = metadataOf(object);
    metadata.insert(QLatin1String("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    metadata.insert(QLatin1String("resourceVersion"), QString::number(++m_resourceVersion));
    metadata.insert(QLatin1String("creationTimestamp"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (resource->group == istioGroup)
        metadata.insert(QLatin1String("generation"), 1);
    stored.object.insert(QLatin1String("metadata"), metadata);
    FieldOwnership::recordUpdate(&stored.managed, manager, apiVersion, {}, object);
    m_store.insert(key(*resource, metadata.value(QLatin1String("namespace")).toString(),
                       metadata.value(QLatin1String("name")).toString()),
                   stored);
}

std::optional<QJsonObject> FakeCluster::object(const QString &resourceName,
                                               const QString &namespaceName,
                                               const QString &name) const
{
    for (const FakeResource &resource : m_resources) {
        if (resource.resource != resourceName)
            continue;
        const auto it = m_store.constFind(key(resource, namespaceName, name));
        if (it == m_store.cend())
            return std::nullopt;
        return QJsonDocument::fromJson(
                   render(*it, it->object.value(QLatin1String("apiVersion")).toString()))
            .object();
    }
    return std::nullopt;
}

int FakeCluster::count(const QString &resourceName) const
{
    const QString prefix = resourceName + u'/';
    return int(std::count_if(m_store.keyBegin(), m_store.keyEnd(),
                             [&prefix](const QString &k) { return k.startsWith(prefix); }));
}

QByteArray FakeCluster::render(const Stored &stored, const QString &apiVersion) const
{
    QJsonObject object = stored.object;
    object.insert(QLatin1String("apiVersion"), apiVersion);
    QJsonObject metadata = metadataOf(object);
    if (!stored.managed.isEmpty())
        metadata.insert(QLatin1String("managedFields"), FieldOwnership::render(stored.managed));
    object.insert(QLatin1String("metadata"), metadata);
    return ordered(object);
}

HttpResponse FakeCluster::handle(const HttpRequest &request)
{
    const QString &path = request.path;
    if (request.method == "GET") {
        if (path == u"/version")
            return json(200, QJsonObject{{"major", "1"},
                                         {"minor", "32"},
                                         {"gitVersion", "v1.32.4"},
                                         {"gitCommit", "59526cd4867447956156ae3a602fcbac10a2c335"},
                                         {"gitTreeState", "clean"},
                                         {"buildDate", "2025-04-22T16:02:27Z"},
                                         {"goVersion", "go1.23.6"},
                                         {"compiler", "gc"},
                                         {"platform", "linux/amd64"}});
        if (path == u"/api" || path == u"/apis")
            return discovery(request, path == u"/api");
        if (path == u"/api/v1")
            return resourceList(QStringLiteral("v1"));
        if (path.startsWith(QLatin1String("/apis/")) && path.count(u'/') == 3)
            return resourceList(path.mid(6));
        if (path.startsWith(QLatin1String("/openapi/v3")))
            return openApi(path);
        if (path.startsWith(QLatin1String("/openapi/v2")))
            return status(404, QStringLiteral("NotFound"),
                          QStringLiteral("the server could not find the requested resource"));
    }
    Target target;
    if (!parseTarget(path, &target))
        return status(404, QStringLiteral("NotFound"),
                      QStringLiteral("the server could not find the requested resource"));
    const FakeResource &resource = *target.resource;
    const bool item = !target.name.isEmpty();
    static const QHash<QByteArray, QString> verbs{{"GET", "get"},
                                                  {"POST", "create"},
                                                  {"PUT", "update"},
                                                  {"PATCH", "patch"},
                                                  {"DELETE", "delete"}};
    const QString verb =
        request.method == "GET" && !item ? QStringLiteral("list") : verbs.value(request.method);
    if (resource.namespaced && forbiddenNamespaces.contains(target.namespaceName))
        return forbidden(resource, request.user, verb, target.namespaceName, target.name);
    if (request.method == "GET")
        return item ? get(target) : list(request, target);
    if (request.method == "POST" && !item)
        return create(request, target);
    if (request.method == "PUT" && item)
        return replace(request, target);
    if (request.method == "PATCH" && item)
        return patch(request, target);
    if (request.method == "DELETE" && item)
        return remove(request, target);
    return status(
        405, QStringLiteral("MethodNotAllowed"),
        QStringLiteral("the server does not allow this method on the requested resource"));
}

bool FakeCluster::parseTarget(const QString &path, Target *target) const
{
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    QString group;
    if (parts.size() >= 2 && parts[0] == u"api") {
        target->version = parts[1];
        parts = parts.mid(2);
    } else if (parts.size() >= 3 && parts[0] == u"apis") {
        group = parts[1];
        target->version = parts[2];
        parts = parts.mid(3);
    } else {
        return false;
    }
    QString resourceName;
    if (parts.size() >= 3 && parts[0] == u"namespaces") {
        target->namespaceName = parts[1];
        resourceName = parts[2];
        target->name = parts.value(3);
        if (parts.size() > 4)
            return false;
    } else if (!parts.isEmpty()) {
        resourceName = parts[0];
        target->name = parts.value(1);
        if (parts.size() > 2)
            return false;
    } else {
        return false;
    }
    target->resource = findResource(group, resourceName);
    if (!target->resource || !target->resource->versions.contains(target->version))
        return false;
    if (!target->resource->namespaced)
        target->namespaceName.clear();
    else if (target->namespaceName.isEmpty() && !target->name.isEmpty())
        return false;
    return true;
}

HttpResponse FakeCluster::discovery(const HttpRequest &request, bool core) const
{
    const QByteArray accept = request.headers.value("accept");
    QList<const FakeResource *> served;
    for (const FakeResource &resource : m_resources) {
        if (resource.group.isEmpty() == core && (resource.group != istioGroup || istioInstalled))
            served.append(&resource);
    }
    if (aggregatedDiscovery && accept.contains("as=APIGroupDiscoveryList") &&
        accept.contains("v=v2")) {
        QMap<QString, QList<const FakeResource *>> groups;
        for (const FakeResource *resource : served)
            groups[resource->group].append(resource);
        QJsonArray items;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            QJsonArray versions;
            for (const QString &version : it.value().first()->versions) {
                QJsonArray resources;
                for (const FakeResource *resource : it.value()) {
                    QJsonObject entry{{"resource", resource->resource},
                                      {"responseKind", QJsonObject{{"group", resource->group},
                                                                   {"version", version},
                                                                   {"kind", resource->kind}}},
                                      {"scope", resource->namespaced ? "Namespaced" : "Cluster"},
                                      {"singularResource", resource->singular},
                                      {"verbs", QJsonArray::fromStringList(allVerbs)}};
                    if (!resource->shortNames.isEmpty())
                        entry.insert("shortNames",
                                     QJsonArray::fromStringList(resource->shortNames));
                    if (!resource->categories.isEmpty())
                        entry.insert("categories",
                                     QJsonArray::fromStringList(resource->categories));
                    resources.append(entry);
                }
                versions.append(QJsonObject{
                    {"version", version}, {"resources", resources}, {"freshness", "Current"}});
            }
            QJsonObject metadata{{"creationTimestamp", QJsonValue::Null}};
            if (!it.key().isEmpty())
                metadata.insert("name", it.key());
            items.append(QJsonObject{{"metadata", metadata}, {"versions", versions}});
        }
        HttpResponse response = json(200, QJsonObject{{"kind", "APIGroupDiscoveryList"},
                                                      {"apiVersion", "apidiscovery.k8s.io/v2"},
                                                      {"metadata", QJsonObject()},
                                                      {"items", items}});
        response.contentType = aggregatedType;
        return response;
    }
    if (core)
        return json(200, QJsonObject{{"kind", "APIVersions"},
                                     {"versions", QJsonArray{"v1"}},
                                     {"serverAddressByClientCIDRs",
                                      QJsonArray{QJsonObject{{"clientCIDR", "0.0.0.0/0"},
                                                             {"serverAddress", "127.0.0.1"}}}}});
    QJsonArray groups;
    if (istioInstalled) {
        QJsonArray versions;
        for (const QString &version : m_resources.last().versions)
            versions.append(
                QJsonObject{{"groupVersion", istioGroup + u'/' + version}, {"version", version}});
        groups.append(QJsonObject{
            {"name", istioGroup}, {"versions", versions}, {"preferredVersion", versions.first()}});
    }
    return json(200,
                QJsonObject{{"kind", "APIGroupList"}, {"apiVersion", "v1"}, {"groups", groups}});
}

HttpResponse FakeCluster::resourceList(const QString &groupVersion) const
{
    const QString group =
        groupVersion.contains(u'/') ? groupVersion.section(u'/', 0, 0) : QString();
    const QString version = groupVersion.section(u'/', -1);
    QJsonArray resources;
    for (const FakeResource &resource : m_resources) {
        if (resource.group != group || !resource.versions.contains(version) ||
            (group == istioGroup && !istioInstalled))
            continue;
        QJsonObject entry{{"name", resource.resource},
                          {"singularName", resource.singular},
                          {"namespaced", resource.namespaced},
                          {"kind", resource.kind},
                          {"verbs", QJsonArray::fromStringList(allVerbs)}};
        if (!resource.shortNames.isEmpty())
            entry.insert("shortNames", QJsonArray::fromStringList(resource.shortNames));
        if (!resource.categories.isEmpty())
            entry.insert("categories", QJsonArray::fromStringList(resource.categories));
        resources.append(entry);
    }
    if (resources.isEmpty())
        return status(404, QStringLiteral("NotFound"),
                      QStringLiteral("the server could not find the requested resource"));
    return json(200, QJsonObject{{"kind", "APIResourceList"},
                                 {"apiVersion", "v1"},
                                 {"groupVersion", groupVersion},
                                 {"resources", resources}});
}

HttpResponse FakeCluster::openApi(const QString &path) const
{
    QStringList groupVersions{QStringLiteral("api/v1")};
    if (istioInstalled)
        for (const QString &version : m_resources.last().versions)
            groupVersions.append(QStringLiteral("apis/") + istioGroup + u'/' + version);
    if (path == u"/openapi/v3") {
        QJsonObject paths;
        for (const QString &gv : groupVersions)
            paths.insert(gv,
                         QJsonObject{{"serverRelativeURL", QStringLiteral("/openapi/v3/") + gv +
                                                               QStringLiteral("?hash=meshentry")}});
        return json(200, QJsonObject{{"paths", paths}});
    }
    const QString gv = path.mid(QStringLiteral("/openapi/v3/").size());
    if (!groupVersions.contains(gv))
        return status(404, QStringLiteral("NotFound"),
                      QStringLiteral("the server could not find the requested resource"));
    const QString group =
        gv.startsWith(QLatin1String("apis/")) ? gv.section(u'/', 1, 1) : QString();
    const QString version = gv.section(u'/', -1);
    QJsonObject paths;
    for (const FakeResource &resource : m_resources) {
        if (resource.group != group || !resource.versions.contains(version))
            continue;
        const QString item = u'/' + gv +
                             (resource.namespaced ? QStringLiteral("/namespaces/{namespace}/")
                                                  : QStringLiteral("/")) +
                             resource.resource + QStringLiteral("/{name}");
        const QJsonObject gvk{{"group", group}, {"version", version}, {"kind", resource.kind}};
        const QJsonArray parameters{QJsonObject{{"name", "fieldValidation"}, {"in", "query"}},
                                    QJsonObject{{"name", "dryRun"}, {"in", "query"}},
                                    QJsonObject{{"name", "fieldManager"}, {"in", "query"}}};
        paths.insert(item,
                     QJsonObject{{"patch", QJsonObject{{"x-kubernetes-group-version-kind", gvk},
                                                       {"parameters", parameters}}},
                                 {"put", QJsonObject{{"x-kubernetes-group-version-kind", gvk},
                                                     {"parameters", parameters}}}});
    }
    return json(200, QJsonObject{{"openapi", "3.0.0"}, {"paths", paths}});
}

HttpResponse FakeCluster::get(const Target &target) const
{
    const auto it = m_store.constFind(key(*target.resource, target.namespaceName, target.name));
    if (it == m_store.cend())
        return notFound(*target.resource, target.name);
    const FakeResource &resource = *target.resource;
    return raw(200, render(*it, resource.group.isEmpty() ? target.version
                                                         : resource.group + u'/' + target.version));
}

HttpResponse FakeCluster::list(const HttpRequest &request, const Target &target) const
{
    const FakeResource &resource = *target.resource;
    const QString apiVersion =
        resource.group.isEmpty() ? target.version : resource.group + u'/' + target.version;
    const QString prefix =
        resource.resource + u'/' +
        (target.namespaceName.isEmpty() ? QString() : target.namespaceName + u'/');
    const QString selector =
        request.query.queryItemValue(QStringLiteral("labelSelector"), QUrl::FullyDecoded);
    const QString fieldSelector =
        request.query.queryItemValue(QStringLiteral("fieldSelector"), QUrl::FullyDecoded);
    QList<const Stored *> matching;
    for (auto it = m_store.cbegin(); it != m_store.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QJsonObject metadata = metadataOf(it->object);
        if (!selector.isEmpty() &&
            !labelsMatch(metadata.value(QLatin1String("labels")).toObject(), selector))
            continue;
        if (fieldSelector.startsWith(QLatin1String("metadata.name=")) &&
            metadata.value(QLatin1String("name")).toString() != fieldSelector.mid(14))
            continue;
        if (resource.namespaced && !target.namespaceName.isEmpty() &&
            metadata.value(QLatin1String("namespace")).toString() != target.namespaceName)
            continue;
        matching.append(&it.value());
    }
    int offset = 0;
    const QString token =
        request.query.queryItemValue(QStringLiteral("continue"), QUrl::FullyDecoded);
    if (!token.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(token.toLatin1());
        if (!decoded.startsWith("offset:"))
            return status(
                410, QStringLiteral("Expired"),
                QStringLiteral(
                    "The provided continue parameter is too old to display a consistent list "
                    "result. You can start a new list without the continue parameter."));
        offset = decoded.mid(7).toInt();
    }
    const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
    const int end = limit > 0 ? qMin(int(matching.size()), offset + limit) : int(matching.size());
    QByteArray items;
    for (int i = offset; i < end; ++i) {
        if (!items.isEmpty())
            items += ',';
        QByteArray item = render(*matching[i], apiVersion);
        if (resource.group.isEmpty()) {
            // A real server leaves kind and apiVersion out of core list items.
            QJsonObject object = QJsonDocument::fromJson(item).object();
            object.remove(QLatin1String("apiVersion"));
            object.remove(QLatin1String("kind"));
            item = ordered(object);
        }
        items += item;
    }
    QJsonObject metadata{{"resourceVersion", QString::number(m_resourceVersion)}};
    if (end < matching.size())
        metadata.insert("continue",
                        QString::fromLatin1(("offset:" + QByteArray::number(end)).toBase64()));
    const QByteArray head = ordered(QJsonObject{{"apiVersion", apiVersion},
                                                {"kind", resource.kind + QStringLiteral("List")},
                                                {"metadata", metadata}});
    return raw(200, head.chopped(1) + ",\"items\":[" + items + "]}");
}

} // namespace MeshEntry::TestApi
