// The writing half of FakeCluster: create, replace, patches, server-side apply, delete.
#include "fakecluster.h"

#include "fakeschema.h"
#include "statusreplies.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace MeshEntry::TestApi {

using namespace StatusReplies;

namespace {

bool isDryRun(const HttpRequest &request)
{
    return request.query.queryItemValue(QStringLiteral("dryRun")) == u"All";
}

QString managerOf(const HttpRequest &request)
{
    const QString manager = request.query.queryItemValue(QStringLiteral("fieldManager"));
    if (!manager.isEmpty())
        return manager;
    // A real server names an unnamed manager after the client's user agent.
    return QString::fromLatin1(request.headers.value("user-agent").split('/').first());
}

QJsonObject metadataOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject();
}

QString metadataString(const QJsonObject &object, const char *key)
{
    return metadataOf(object).value(QLatin1String(key)).toString();
}

void setMetadata(QJsonObject *object, const char *key, const QJsonValue &value)
{
    QJsonObject metadata = metadataOf(*object);
    if (value.isUndefined())
        metadata.remove(QLatin1String(key));
    else
        metadata.insert(QLatin1String(key), value);
    object->insert(QLatin1String("metadata"), metadata);
}

QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject object = patch.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

/// RFC 6902 on a JSON value; false with *error when an operation fails.
bool jsonPatch(QJsonValue *document, const QJsonArray &operations, QString *error)
{
    const auto pointer = [](const QString &path) {
        QStringList tokens = path.split(u'/');
        tokens.removeFirst();
        for (QString &token : tokens)
            token.replace(QLatin1String("~1"), QLatin1String("/"))
                .replace(QLatin1String("~0"), QLatin1String("~"));
        return tokens;
    };
    // Applies fn to the container holding the last token, rebuilding the parents.
    std::function<bool(QJsonValue *, const QStringList &,
                       const std::function<bool(QJsonValue *, const QString &)> &)>
        at = [&at](QJsonValue *node, const QStringList &tokens,
                   const std::function<bool(QJsonValue *, const QString &)> &fn) {
            if (tokens.size() == 1)
                return fn(node, tokens.first());
            if (node->isObject()) {
                QJsonObject object = node->toObject();
                if (!object.contains(tokens.first()))
                    return false;
                QJsonValue child = object.value(tokens.first());
                if (!at(&child, tokens.mid(1), fn))
                    return false;
                object.insert(tokens.first(), child);
                *node = object;
                return true;
            }
            if (node->isArray()) {
                QJsonArray array = node->toArray();
                const int index = tokens.first().toInt();
                if (index < 0 || index >= array.size())
                    return false;
                QJsonValue child = array.at(index);
                if (!at(&child, tokens.mid(1), fn))
                    return false;
                array.replace(index, child);
                *node = array;
                return true;
            }
            return false;
        };
    for (const QJsonValue &value : operations) {
        const QJsonObject operation = value.toObject();
        const QString op = operation.value(QLatin1String("op")).toString();
        const QString path = operation.value(QLatin1String("path")).toString();
        const QJsonValue argument = operation.value(QLatin1String("value"));
        const bool ok = at(document, pointer(path), [&](QJsonValue *parent, const QString &token) {
            if (parent->isObject()) {
                QJsonObject object = parent->toObject();
                if (op == u"test")
                    return object.value(token) == argument;
                if (op == u"remove" || op == u"replace") {
                    if (!object.contains(token))
                        return false;
                }
                if (op == u"remove")
                    object.remove(token);
                else if (op == u"add" || op == u"replace")
                    object.insert(token, argument);
                else
                    return false;
                *parent = object;
                return true;
            }
            if (parent->isArray()) {
                QJsonArray array = parent->toArray();
                const int index = token == u"-" ? int(array.size()) : token.toInt();
                if (op == u"test")
                    return array.at(index) == argument;
                if (op == u"add")
                    array.insert(index, argument);
                else if (op == u"remove" && index < array.size())
                    array.removeAt(index);
                else if (op == u"replace" && index < array.size())
                    array.replace(index, argument);
                else
                    return false;
                *parent = array;
                return true;
            }
            return false;
        });
        if (!ok) {
            *error = QStringLiteral("the %1 operation on %2 failed").arg(op, path);
            return false;
        }
    }
    return true;
}

QString conflictMessage(const QList<QPair<ManagedEntry, QString>> &conflicts)
{
    QMap<QString, QStringList> byManager;
    QStringList order;
    for (const auto &conflict : conflicts) {
        QString who = QStringLiteral("\"%1\"").arg(conflict.first.manager);
        if (conflict.first.operation == u"Update")
            who += QStringLiteral(" using ") + conflict.first.apiVersion;
        if (!byManager.contains(who))
            order.append(who);
        byManager[who].append(FieldOwnership::display(conflict.second));
    }
    QStringList parts;
    for (const QString &who : std::as_const(order)) {
        const QStringList &fields = byManager[who];
        if (fields.size() == 1)
            parts.append(QStringLiteral("conflict with %1: %2").arg(who, fields.first()));
        else
            parts.append(QStringLiteral("conflicts with %1:\n- %2")
                             .arg(who, fields.join(QLatin1String("\n- "))));
    }
    const int count = int(conflicts.size());
    return QStringLiteral("Apply failed with %1 conflict%2: %3")
        .arg(count)
        .arg(count == 1 ? QString() : QStringLiteral("s"))
        .arg(parts.join(u'\n'));
}

} // namespace

std::optional<HttpResponse> FakeCluster::checkFields(const HttpRequest &request,
                                                     const Target &target, QJsonObject *object,
                                                     const QStringList &duplicates,
                                                     QStringList *warnings) const
{
    QString validation = request.query.queryItemValue(QStringLiteral("fieldValidation"));
    if (validation.isEmpty())
        validation = QStringLiteral("Warn");
    const QString kind = target.resource->kind;
    QStringList problems;
    for (const QString &field : duplicates)
        problems.append(QStringLiteral("duplicate field \"%1\"").arg(field));
    for (const QString &field : FakeSchema::unknownFields(kind, *object))
        problems.append(QStringLiteral("unknown field \"%1\"").arg(field));
    if (problems.isEmpty())
        return std::nullopt;
    if (validation == u"Strict")
        return status(
            400, QStringLiteral("BadRequest"),
            QStringLiteral(
                "%1 in version \"%2\" cannot be handled as a %1: strict decoding error: %3")
                .arg(kind, target.version, problems.join(QLatin1String(", "))));
    if (validation == u"Warn")
        *warnings += problems;
    FakeSchema::pruneUnknownFields(kind, object);
    return std::nullopt;
}

HttpResponse FakeCluster::commit(const HttpRequest &request, const Target &target,
                                 std::optional<Stored> before, Stored after,
                                 const QStringList &warnings)
{
    const FakeResource &resource = *target.resource;
    const QString name = metadataString(after.object, "name");
    const QList<StatusCause> causes = FakeSchema::validate(resource.kind, after.object);
    if (!causes.isEmpty())
        return invalid(resource.kind, resource.group, name, causes);
    if (!before && resource.namespaced && !namespaceExists(target.namespaceName))
        return status(404, QStringLiteral("NotFound"),
                      QStringLiteral("namespaces \"%1\" not found").arg(target.namespaceName),
                      QJsonObject{{"name", target.namespaceName}, {"kind", "namespaces"}});
    const QString apiVersion =
        resource.group.isEmpty() ? target.version : resource.group + u'/' + target.version;
    after.object.insert(QLatin1String("apiVersion"), apiVersion);
    after.object.insert(QLatin1String("kind"), resource.kind);
    if (resource.namespaced)
        setMetadata(&after.object, "namespace", target.namespaceName);
    const auto sameContent = [](const Stored &a, const Stored &b) {
        if (a.object != b.object || a.managed.size() != b.managed.size())
            return false;
        for (qsizetype i = 0; i < a.managed.size(); ++i)
            if (a.managed[i].manager != b.managed[i].manager ||
                a.managed[i].fields != b.managed[i].fields)
                return false;
        return true;
    };
    HttpResponse response;
    const bool dryRun = isDryRun(request);
    if (before && sameContent(*before, after)) {
        response = raw(200, render(*before, apiVersion));
    } else {
        const qint64 version = dryRun ? m_resourceVersion + 1 : ++m_resourceVersion;
        setMetadata(&after.object, "resourceVersion", QString::number(version));
        if (!before) {
            setMetadata(&after.object, "uid", QUuid::createUuid().toString(QUuid::WithoutBraces));
            setMetadata(&after.object, "creationTimestamp",
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            if (!resource.group.isEmpty())
                setMetadata(&after.object, "generation", 1);
        } else if (!resource.group.isEmpty() && before->object.value(QLatin1String("spec")) !=
                                                    after.object.value(QLatin1String("spec"))) {
            setMetadata(&after.object, "generation",
                        metadataOf(before->object).value(QLatin1String("generation")).toInt() + 1);
        }
        if (!dryRun)
            m_store.insert(key(resource, target.namespaceName, name), after);
        response = raw(before ? 200 : 201, render(after, apiVersion));
    }
    for (const QString &warning : warnings) {
        QString escaped = warning;
        escaped.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
        response.headers.append({"Warning", "299 - \"" + escaped.toUtf8() + '"'});
    }
    return response;
}

HttpResponse FakeCluster::create(const HttpRequest &request, const Target &target)
{
    QJsonObject object;
    QStringList duplicates;
    QString error;
    if (!FakeSchema::parseBody(request.body, false, &object, &duplicates, &error))
        return status(400, QStringLiteral("BadRequest"), error);
    const QString name = metadataString(object, "name");
    const QString bodyNamespace = metadataString(object, "namespace");
    if (!bodyNamespace.isEmpty() && bodyNamespace != target.namespaceName)
        return status(400, QStringLiteral("BadRequest"),
                      QStringLiteral("the namespace of the provided object does not match the "
                                     "namespace sent on the request"));
    if (name.isEmpty())
        return invalid(target.resource->kind, target.resource->group, name,
                       {{QStringLiteral("FieldValueRequired"),
                         QStringLiteral("Required value: name or generateName is required"),
                         QStringLiteral("metadata.name")}});
    if (m_store.contains(key(*target.resource, target.namespaceName, name)))
        return status(
            409, QStringLiteral("AlreadyExists"),
            QStringLiteral("%1 \"%2\" already exists").arg(target.resource->qualified(), name),
            QJsonObject{{"name", name},
                        {"group", target.resource->group},
                        {"kind", target.resource->resource}});
    QStringList warnings;
    if (auto failure = checkFields(request, target, &object, duplicates, &warnings))
        return *failure;
    for (const char *field :
         {"uid", "resourceVersion", "generation", "creationTimestamp", "managedFields"})
        setMetadata(&object, field, QJsonValue(QJsonValue::Undefined));
    Stored after;
    after.object = object;
    FieldOwnership::recordUpdate(&after.managed, managerOf(request),
                                 object.value(QLatin1String("apiVersion")).toString(), {}, object);
    return commit(request, target, std::nullopt, after, warnings);
}

HttpResponse FakeCluster::replace(const HttpRequest &request, const Target &target)
{
    const auto it = m_store.constFind(key(*target.resource, target.namespaceName, target.name));
    if (it == m_store.cend())
        return notFound(*target.resource, target.name);
    QJsonObject object;
    QStringList duplicates;
    QString error;
    if (!FakeSchema::parseBody(request.body, false, &object, &duplicates, &error))
        return status(400, QStringLiteral("BadRequest"), error);
    const QString resourceVersion = metadataString(object, "resourceVersion");
    if (resourceVersion.isEmpty())
        return status(
            422, QStringLiteral("Invalid"),
            QStringLiteral("%1 \"%2\" is invalid: metadata.resourceVersion: Invalid value: 0x0: "
                           "must be specified for an update")
                .arg(target.resource->qualified(), target.name),
            QJsonObject{
                {"name", target.name},
                {"group", target.resource->group},
                {"kind", target.resource->resource},
                {"causes", QJsonArray{QJsonObject{
                               {"reason", "FieldValueInvalid"},
                               {"message", "Invalid value: 0x0: must be specified for an update"},
                               {"field", "metadata.resourceVersion"}}}}});
    if (resourceVersion != metadataString(it->object, "resourceVersion"))
        return conflict(*target.resource, target.name);
    QStringList warnings;
    if (auto failure = checkFields(request, target, &object, duplicates, &warnings))
        return *failure;
    Stored after = *it;
    QJsonObject metadata = metadataOf(object);
    for (const char *field : {"uid", "creationTimestamp", "generation"})
        metadata.insert(QLatin1String(field), metadataOf(it->object).value(QLatin1String(field)));
    metadata.remove(QLatin1String("managedFields"));
    object.insert(QLatin1String("metadata"), metadata);
    FieldOwnership::recordUpdate(&after.managed, managerOf(request),
                                 object.value(QLatin1String("apiVersion")).toString(), it->object,
                                 object);
    after.object = object;
    return commit(request, target, *it, after, warnings);
}

HttpResponse FakeCluster::patch(const HttpRequest &request, const Target &target)
{
    const QByteArray type = request.headers.value("content-type").split(';').first().trimmed();
    if (type == "application/apply-patch+yaml")
        return apply(request, target);
    const bool core = target.resource->group.isEmpty();
    if (type != "application/merge-patch+json" && type != "application/json-patch+json" &&
        !(type == "application/strategic-merge-patch+json" && core))
        return status(
            415, QStringLiteral("UnsupportedMediaType"),
            QStringLiteral(
                "the body of the request was in an unknown format - accepted media types include: "
                "application/json-patch+json, application/merge-patch+json, "
                "application/apply-patch+yaml"));
    const auto it = m_store.constFind(key(*target.resource, target.namespaceName, target.name));
    if (it == m_store.cend())
        return notFound(*target.resource, target.name);
    const QString apiVersion =
        core ? target.version : target.resource->group + u'/' + target.version;
    QJsonValue document = QJsonDocument::fromJson(render(*it, apiVersion)).object();
    if (type == "application/json-patch+json") {
        QString error;
        if (!jsonPatch(&document, QJsonDocument::fromJson(request.body).array(), &error))
            return status(422, QStringLiteral("Invalid"), error);
    } else {
        const QJsonObject patchObject = QJsonDocument::fromJson(request.body).object();
        const QString precondition = metadataString(patchObject, "resourceVersion");
        if (!precondition.isEmpty() &&
            precondition != metadataString(it->object, "resourceVersion"))
            return conflict(*target.resource, target.name);
        document = mergePatch(document, patchObject);
    }
    QJsonObject object = document.toObject();
    QStringList warnings;
    if (auto failure = checkFields(request, target, &object, {}, &warnings))
        return *failure;
    Stored after = *it;
    const QJsonArray managedFields =
        metadataOf(object).value(QLatin1String("managedFields")).toArray();
    setMetadata(&object, "managedFields", QJsonValue(QJsonValue::Undefined));
    setMetadata(&object, "resourceVersion", metadataString(it->object, "resourceVersion"));
    const QJsonArray previous = FieldOwnership::render(it->managed);
    if (managedFields != previous)
        after.managed = FieldOwnership::parse(managedFields); // kubectl's CSA→SSA migration
    else
        FieldOwnership::recordUpdate(&after.managed, managerOf(request), apiVersion, it->object,
                                     object);
    after.object = object;
    return commit(request, target, *it, after, warnings);
}

HttpResponse FakeCluster::apply(const HttpRequest &request, const Target &target)
{
    const FakeResource &resource = *target.resource;
    const QString manager = request.query.queryItemValue(QStringLiteral("fieldManager"));
    if (manager.isEmpty())
        return status(
            422, QStringLiteral("Invalid"),
            QStringLiteral("PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required "
                           "value: is required for apply patch"),
            QJsonObject{{"group", "meta.k8s.io"},
                        {"kind", "PatchOptions"},
                        {"causes", QJsonArray{QJsonObject{
                                       {"reason", "FieldValueRequired"},
                                       {"message", "Required value: is required for apply patch"},
                                       {"field", "fieldManager"}}}}});
    QJsonObject applied;
    QStringList duplicates;
    QString error;
    if (!FakeSchema::parseBody(request.body, true, &applied, &duplicates, &error))
        return status(400, QStringLiteral("BadRequest"),
                      QStringLiteral("error decoding YAML: ") + error);
    const QString apiVersion =
        resource.group.isEmpty() ? target.version : resource.group + u'/' + target.version;
    if (applied.value(QLatin1String("kind")).toString() != resource.kind ||
        applied.value(QLatin1String("apiVersion")).toString().section(u'/', 0, -2) !=
            resource.group)
        return status(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("the kind of the object (%1) does not match the kind on the URL (%2)")
                .arg(applied.value(QLatin1String("kind")).toString(), resource.kind));
    if (metadataString(applied, "name") != target.name)
        return status(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("the name of the object (%1) does not match the name on the URL (%2)")
                .arg(metadataString(applied, "name"), target.name));
    const QString bodyNamespace = metadataString(applied, "namespace");
    if (resource.namespaced && !bodyNamespace.isEmpty() && bodyNamespace != target.namespaceName)
        return status(400, QStringLiteral("BadRequest"),
                      QStringLiteral("the namespace of the provided object does not match the "
                                     "namespace sent on the request"));
    QStringList warnings;
    if (auto failure = checkFields(request, target, &applied, duplicates, &warnings))
        return *failure;
    const auto it = m_store.constFind(key(resource, target.namespaceName, target.name));
    const QString precondition = metadataString(applied, "resourceVersion");
    if (!precondition.isEmpty() &&
        (it == m_store.cend() || precondition != metadataString(it->object, "resourceVersion")))
        return conflict(resource, target.name);
    for (const char *field :
         {"uid", "resourceVersion", "generation", "creationTimestamp", "managedFields"})
        setMetadata(&applied, field, QJsonValue(QJsonValue::Undefined));

    const QSet<QString> appliedFields = FieldOwnership::leafPaths(applied);
    Stored after = it == m_store.cend() ? Stored() : *it;
    QList<QPair<ManagedEntry, QString>> conflicts;
    for (const ManagedEntry &entry : std::as_const(after.managed)) {
        if (entry.manager == manager)
            continue;
        for (const QString &field : appliedFields) {
            if (entry.fields.contains(field) && FieldOwnership::valueAt(after.object, field) !=
                                                    FieldOwnership::valueAt(applied, field))
                conflicts.append({entry, field});
        }
    }
    const bool force = request.query.queryItemValue(QStringLiteral("force")) == u"true";
    if (!conflicts.isEmpty() && !force) {
        QJsonArray causes;
        for (const auto &conflict : conflicts) {
            QString message = QStringLiteral("conflict with \"%1\"").arg(conflict.first.manager);
            if (conflict.first.operation == u"Update")
                message += QStringLiteral(" using ") + conflict.first.apiVersion;
            causes.append(QJsonObject{{"reason", "FieldManagerConflict"},
                                      {"message", message},
                                      {"field", FieldOwnership::display(conflict.second)}});
        }
        return status(409, QStringLiteral("Conflict"), conflictMessage(conflicts),
                      QJsonObject{{"causes", causes}});
    }
    // Fields this manager owned before and no longer applies go, unless someone else owns them.
    QSet<QString> previous;
    for (const ManagedEntry &entry : std::as_const(after.managed))
        if (entry.manager == manager && entry.operation == u"Apply")
            previous = entry.fields;
    for (const QString &field : previous) {
        if (appliedFields.contains(field))
            continue;
        const bool shared =
            std::any_of(after.managed.cbegin(), after.managed.cend(), [&](const ManagedEntry &e) {
                return e.manager != manager && e.fields.contains(field);
            });
        if (!shared)
            FieldOwnership::removePath(&after.object, field);
    }
    after.object = FieldOwnership::merged(after.object, applied);
    // The manager's entry keeps its place (and its time when its fields did not change).
    ManagedEntry own{manager, QStringLiteral("Apply"), apiVersion,
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate), appliedFields};
    QList<ManagedEntry> managed;
    bool placed = false;
    for (ManagedEntry entry : std::as_const(after.managed)) {
        if (entry.manager == manager && entry.operation == u"Apply") {
            if (entry.fields == appliedFields)
                own.time = entry.time;
            managed.append(own);
            placed = true;
            continue;
        }
        if (force)
            for (const auto &conflict : conflicts)
                entry.fields.remove(conflict.second);
        if (!entry.fields.isEmpty())
            managed.append(entry);
    }
    if (!placed)
        managed.append(own);
    after.managed = managed;
    if (it == m_store.cend())
        return commit(request, target, std::nullopt, after, warnings);
    return commit(request, target, *it, after, warnings);
}

HttpResponse FakeCluster::remove(const HttpRequest &request, const Target &target)
{
    const QString storeKey = key(*target.resource, target.namespaceName, target.name);
    const auto it = m_store.constFind(storeKey);
    if (it == m_store.cend())
        return notFound(*target.resource, target.name);
    const QJsonObject options = QJsonDocument::fromJson(request.body).object();
    const QString precondition = options.value(QLatin1String("preconditions"))
                                     .toObject()
                                     .value(QLatin1String("resourceVersion"))
                                     .toString();
    if (!precondition.isEmpty() && precondition != metadataString(it->object, "resourceVersion"))
        return conflict(*target.resource, target.name);
    const QString apiVersion = target.resource->group.isEmpty()
                                   ? target.version
                                   : target.resource->group + u'/' + target.version;
    HttpResponse response = raw(200, render(*it, apiVersion));
    if (!isDryRun(request))
        m_store.remove(storeKey);
    return response;
}

} // namespace MeshEntry::TestApi
