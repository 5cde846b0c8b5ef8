#include "fakeschema.h"

#include "nodereader.h"
#include "objectyaml.h"
#include "spantree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace MeshEntry::TestApi::FakeSchema {

namespace {

/// Declared keys per path pattern; `*` stands for any item or key. A path missing from the
/// table is free-form below it.
const QHash<QString, QSet<QString>> &declared()
{
    static const QHash<QString, QSet<QString>> table = [] {
        QHash<QString, QSet<QString>> t;
        const QSet<QString> top{"apiVersion", "kind", "metadata", "spec", "status"};
        const QSet<QString> metadata{"name",
                                     "generateName",
                                     "namespace",
                                     "uid",
                                     "resourceVersion",
                                     "generation",
                                     "creationTimestamp",
                                     "deletionTimestamp",
                                     "deletionGracePeriodSeconds",
                                     "labels",
                                     "annotations",
                                     "ownerReferences",
                                     "finalizers",
                                     "managedFields",
                                     "selfLink"};
        const QSet<QString> endpoint{"address",  "ports",  "labels",        "network",
                                     "locality", "weight", "serviceAccount"};
        for (const QString kind : {"ServiceEntry", "WorkloadEntry", "Sidecar"}) {
            t.insert(kind + u'|', top);
            t.insert(kind + QStringLiteral("|metadata"), metadata);
        }
        t.insert(QStringLiteral("ServiceEntry|spec"),
                 {"hosts", "addresses", "ports", "location", "resolution", "endpoints",
                  "workloadSelector", "exportTo", "subjectAltNames"});
        t.insert(QStringLiteral("ServiceEntry|spec.ports.*"),
                 {"number", "protocol", "name", "targetPort"});
        t.insert(QStringLiteral("ServiceEntry|spec.endpoints.*"), endpoint);
        t.insert(QStringLiteral("ServiceEntry|spec.workloadSelector"), {"labels"});
        t.insert(QStringLiteral("WorkloadEntry|spec"), endpoint);
        t.insert(QStringLiteral("Sidecar|spec"),
                 {"workloadSelector", "ingress", "egress", "outboundTrafficPolicy",
                  "inboundConnectionPool"});
        return t;
    }();
    return table;
}

void collectUnknown(const QString &kind, const QString &pattern, const QString &path,
                    const QJsonValue &value, QStringList *out)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectUnknown(kind,
                           pattern.isEmpty() ? QStringLiteral("*") : pattern + QStringLiteral(".*"),
                           path, item, out);
        return;
    }
    if (!value.isObject())
        return;
    const auto known = declared().constFind(kind + u'|' + pattern);
    if (known == declared().cend())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString child = path.isEmpty() ? it.key() : path + u'.' + it.key();
        if (!known->contains(it.key())) {
            out->append(child);
            continue;
        }
        collectUnknown(kind, pattern.isEmpty() ? it.key() : pattern + u'.' + it.key(), child,
                       it.value(), out);
    }
}

QJsonValue pruned(const QString &kind, const QString &pattern, const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray items;
        for (const QJsonValue &item : value.toArray())
            items.append(pruned(
                kind, pattern.isEmpty() ? QStringLiteral("*") : pattern + QStringLiteral(".*"),
                item));
        return items;
    }
    const auto known = declared().constFind(kind + u'|' + pattern);
    if (!value.isObject() || known == declared().cend())
        return value;
    QJsonObject object = value.toObject();
    for (const QString &key : object.keys()) {
        if (!known->contains(key))
            object.remove(key);
        else
            object.insert(key, pruned(kind, pattern.isEmpty() ? key : pattern + u'.' + key,
                                      object.value(key)));
    }
    return object;
}

StatusCause cause(const char *reason, const QString &message, const QString &field)
{
    return {QLatin1String(reason), message, field};
}

/// JSON from a span tree, noting keys that repeat within a mapping.
QJsonValue treeToJson(const SpanTree &tree, const NodeReader &reader, int node, const QString &path,
                      QStringList *duplicates, int depth)
{
    node = reader.resolve(node);
    if (node < 0 || depth > 200)
        return QJsonValue();
    const YamlNode &n = tree.node(node);
    if (n.isMapping()) {
        QSet<QString> seen;
        for (int i = 0; i + 1 < n.children.size(); i += 2) {
            const QString key = reader.text(n.children[i]);
            if (seen.contains(key))
                duplicates->append(path.isEmpty() ? key : path + u'.' + key);
            seen.insert(key);
        }
        QJsonObject object;
        for (const NodeReader::Entry &entry : reader.entries(node))
            object.insert(entry.name,
                          treeToJson(tree, reader, entry.value,
                                     path.isEmpty() ? entry.name : path + u'.' + entry.name,
                                     duplicates, depth + 1));
        return object;
    }
    if (n.isSequence()) {
        QJsonArray array;
        for (const int item : reader.items(node))
            array.append(treeToJson(tree, reader, item, path, duplicates, depth + 1));
        return array;
    }
    return QJsonDocument::fromJson("[" + reader.jsonToken(node).toUtf8() + "]").array().at(0);
}

} // namespace

QStringList unknownFields(const QString &kind, const QJsonObject &object)
{
    QStringList out;
    collectUnknown(kind, QString(), QString(), object, &out);
    return out;
}

void pruneUnknownFields(const QString &kind, QJsonObject *object)
{
    *object = pruned(kind, QString(), *object).toObject();
}

QList<StatusCause> validate(const QString &kind, const QJsonObject &object)
{
    QList<StatusCause> causes;
    const QString name =
        object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    static const QRegularExpression subdomain(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    if (!name.isEmpty() && !subdomain.match(name).hasMatch())
        causes << cause("FieldValueInvalid",
                        QStringLiteral("Invalid value: \"%1\": a lowercase RFC 1123 subdomain must "
                                       "consist of lower case alphanumeric characters, '-' or "
                                       "'.', and must start and end with an alphanumeric "
                                       "character (e.g. 'example.com', regex used for validation "
                                       "is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*"
                                       "[a-z0-9])?)*')")
                            .arg(name),
                        QStringLiteral("metadata.name"));
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    if (kind == u"ServiceEntry") {
        if (spec.value(QLatin1String("hosts")).toArray().isEmpty())
            causes << cause("FieldValueRequired", QStringLiteral("Required value"),
                            QStringLiteral("spec.hosts"));
        const QString resolution = spec.value(QLatin1String("resolution")).toString();
        const QStringList resolutions{"NONE", "STATIC", "DNS", "DNS_ROUND_ROBIN", "DYNAMIC_DNS"};
        if (spec.contains(QLatin1String("resolution")) && !resolutions.contains(resolution))
            causes << cause("FieldValueNotSupported",
                            QStringLiteral("Unsupported value: \"%1\": supported values: \"NONE\", "
                                           "\"STATIC\", \"DNS\", \"DNS_ROUND_ROBIN\", "
                                           "\"DYNAMIC_DNS\"")
                                .arg(resolution),
                            QStringLiteral("spec.resolution"));
        const QString location = spec.value(QLatin1String("location")).toString();
        if (spec.contains(QLatin1String("location")) && location != u"MESH_EXTERNAL" &&
            location != u"MESH_INTERNAL")
            causes << cause("FieldValueNotSupported",
                            QStringLiteral("Unsupported value: \"%1\": supported values: "
                                           "\"MESH_EXTERNAL\", \"MESH_INTERNAL\"")
                                .arg(location),
                            QStringLiteral("spec.location"));
        const QJsonArray ports = spec.value(QLatin1String("ports")).toArray();
        for (int i = 0; i < ports.size(); ++i) {
            const QJsonObject port = ports[i].toObject();
            const QString at = QStringLiteral("spec.ports[%1]").arg(i);
            const QJsonValue number = port.value(QLatin1String("number"));
            if (number.isUndefined())
                causes << cause("FieldValueRequired", QStringLiteral("Required value"),
                                at + QStringLiteral(".number"));
            else if (number.toDouble() < 1 || number.toDouble() > 65535)
                causes << cause("FieldValueInvalid",
                                QStringLiteral("Invalid value: %1: port must be between 1-65535")
                                    .arg(number.toDouble()),
                                at + QStringLiteral(".number"));
            if (port.value(QLatin1String("name")).toString().isEmpty())
                causes << cause("FieldValueRequired", QStringLiteral("Required value"),
                                at + QStringLiteral(".name"));
        }
    }
    return causes;
}

bool parseBody(const QByteArray &body, bool yaml, QJsonObject *object, QStringList *duplicates,
               QString *error)
{
    if (!yaml) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (!document.isObject()) {
            *error = parseError.errorString();
            return false;
        }
        *object = document.object();
        return true;
    }
    const SpanTree tree = SpanTree::parse(body);
    if (tree.hasErrors()) {
        const YamlError &syntax = tree.errors().first();
        *error = QStringLiteral("yaml: line %1: %2").arg(syntax.line + 1).arg(syntax.message);
        return false;
    }
    const NodeReader reader(tree);
    const QJsonValue value = treeToJson(tree, reader, tree.root(), QString(), duplicates, 0);
    if (!value.isObject()) {
        *error = QStringLiteral("the body is not an object");
        return false;
    }
    *object = value.toObject();
    return true;
}

} // namespace MeshEntry::TestApi::FakeSchema
