#include "clioutput.h"
#include "clustercli.h"
#include "clustercommand.h"
#include "exitcode.h"
#include "objectlist.h"
#include "objectyaml.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace MeshEntry::ClusterCommand {

namespace {

/// kubectl's age: 45s, 3m20s, 12m, 5h7m, 36h, 3d4h, 19d, 2y40d.
QString humanAge(const QString &timestamp)
{
    const QDateTime created = QDateTime::fromString(timestamp, Qt::ISODate);
    if (!created.isValid())
        return QStringLiteral("<unknown>");
    const qint64 seconds = qMax<qint64>(0, created.secsTo(QDateTime::currentDateTimeUtc()));
    const qint64 minutes = seconds / 60;
    const qint64 hours = seconds / 3600;
    const qint64 days = hours / 24;
    if (seconds < 120)
        return QStringLiteral("%1s").arg(seconds);
    if (minutes < 10)
        return seconds % 60 ? QStringLiteral("%1m%2s").arg(minutes).arg(seconds % 60)
                            : QStringLiteral("%1m").arg(minutes);
    if (minutes < 180)
        return QStringLiteral("%1m").arg(minutes);
    if (hours < 8)
        return minutes % 60 ? QStringLiteral("%1h%2m").arg(hours).arg(minutes % 60)
                            : QStringLiteral("%1h").arg(hours);
    if (hours < 48)
        return QStringLiteral("%1h").arg(hours);
    if (hours < 24 * 8)
        return hours % 24 ? QStringLiteral("%1d%2h").arg(days).arg(hours % 24)
                          : QStringLiteral("%1d").arg(days);
    if (days < 365 * 2)
        return QStringLiteral("%1d").arg(days);
    if (days < 365 * 8)
        return days % 365 ? QStringLiteral("%1y%2d").arg(days / 365).arg(days % 365)
                          : QStringLiteral("%1y").arg(days / 365);
    return QStringLiteral("%1y").arg(days / 365);
}

QString compactJson(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

/// The columns kubectl shows for a kind (Istio's CRDs declare theirs).
QStringList header(const QString &kind)
{
    if (kind == u"ServiceEntry")
        return {"NAME", "HOSTS", "LOCATION", "RESOLUTION", "AGE"};
    if (kind == u"WorkloadEntry")
        return {"NAME", "AGE", "ADDRESS"};
    if (kind == u"Pod")
        return {"NAME", "READY", "STATUS", "RESTARTS", "AGE"};
    if (kind == u"Namespace")
        return {"NAME", "STATUS", "AGE"};
    return {"NAME", "AGE"};
}

QStringList row(const QString &kind, const QJsonObject &object)
{
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    const QString name = metadata.value(QLatin1String("name")).toString();
    const QString age = humanAge(metadata.value(QLatin1String("creationTimestamp")).toString());
    if (kind == u"ServiceEntry")
        return {name, compactJson(spec.value(QLatin1String("hosts"))),
                spec.value(QLatin1String("location")).toString(),
                spec.value(QLatin1String("resolution")).toString(), age};
    if (kind == u"WorkloadEntry")
        return {name, age, spec.value(QLatin1String("address")).toString()};
    if (kind == u"Pod") {
        const int containers = int(spec.value(QLatin1String("containers")).toArray().size());
        int ready = 0;
        int restarts = 0;
        for (const QJsonValue &value : status.value(QLatin1String("containerStatuses")).toArray()) {
            ready += value.toObject().value(QLatin1String("ready")).toBool();
            restarts += value.toObject().value(QLatin1String("restartCount")).toInt();
        }
        return {name, QStringLiteral("%1/%2").arg(ready).arg(containers),
                status.value(QLatin1String("phase")).toString(QStringLiteral("Unknown")),
                QString::number(restarts), age};
    }
    if (kind == u"Namespace")
        return {name, status.value(QLatin1String("phase")).toString(QStringLiteral("Active")), age};
    return {name, age};
}

} // namespace

int get(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Print objects of a cluster as kubectl get does. TYPE is serviceentries (default),\n"
        "workloadentries, sidecars, pods, namespaces or any type the server serves, by plural,\n"
        "singular or short name (se, we, po, ns). -o yaml prints the objects cleaned for editing\n"
        "(no managedFields, status, uid, resourceVersion, creationTimestamp, generation or\n"
        "last-applied annotation), one YAML document each; -o json prints the server's JSON (a\n"
        "List for several objects, as 'kubectl get -o json')."));
    ClusterCli cli;
    cli.addOptions(&parser);
    const QCommandLineOption all(QStringList{QStringLiteral("A"), QStringLiteral("all-namespaces")},
                                 QStringLiteral("List across all namespaces."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("yaml, json or name (default: a table)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption selector(QStringList{QStringLiteral("l"), QStringLiteral("selector")},
                                      QStringLiteral("Label selector: app=reviews,version!=v2."),
                                      QStringLiteral("SELECTOR"));
    parser.addOptions({all, output, selector});
    parser.addPositionalArgument(QStringLiteral("TYPE"), QStringLiteral("resource type"),
                                 QStringLiteral("[TYPE"));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("object name"),
                                 QStringLiteral("[NAME]]"));
    if (const int code = cli.parse(&parser, args,
                                   QStringLiteral("meshentry cluster get [options] [TYPE [NAME]]"));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString format = parser.value(output);
    if (positional.size() > 2 ||
        (!format.isEmpty() && format != u"yaml" && format != u"json" && format != u"name")) {
        CliOutput::error(
            positional.size() > 2
                ? QStringLiteral("usage: meshentry cluster get [options] [TYPE [NAME]]")
                : QStringLiteral("--output must be yaml, json or name, not %1").arg(format));
        return ExitUsage;
    }
    const QString name = positional.value(1);
    if (parser.isSet(all) && !name.isEmpty()) {
        CliOutput::error(
            QStringLiteral("a resource cannot be retrieved by name across all namespaces"));
        return ExitUsage;
    }
    if (!cli.connect(parser))
        return ExitFindings;
    const ResourceCatalog *catalog = cli.discover();
    if (!catalog)
        return ExitFindings;
    const QString typeName = positional.value(0, QStringLiteral("serviceentries"));
    const ApiResource *found = catalog->lookup(typeName);
    if (!found) {
        CliOutput::error(
            QStringLiteral("the server doesn't have a resource type \"%1\"").arg(typeName));
        return ExitFindings;
    }
    const ApiResource resource = *found;
    const bool allNamespaces = parser.isSet(all) || !resource.namespaced;
    const QString namespaceName = allNamespaces ? QString() : cli.namespaceName();

    QList<QJsonObject> objects;
    QList<YamlValue> ordered;
    QByteArray listJson;
    if (!name.isEmpty()) {
        KubeRequest *request =
            cli.client()->send(cli.client()->getSpec(resource, cli.namespaceName(), name));
        ClusterCli::wait(request, &KubeRequest::finished, request->isFinished());
        const KubeResponse response = request->response();
        delete request;
        if (!response.ok()) {
            CliOutput::error(response.error.text());
            return ExitFindings;
        }
        objects.append(response.object());
        ordered.append(ObjectYaml::fromJson(response.body));
    } else {
        ListJob job(cli.client(), resource, namespaceName, 500, parser.value(selector));
        ClusterCli::wait(&job, &ListJob::finished, job.isFinished());
        if (!job.result().ok()) {
            CliOutput::error(job.result().error.text());
            return ExitFindings;
        }
        objects = job.result().items();
        ordered = job.result().orderedItems();
        listJson = job.result().kubectlJson();
        if (objects.isEmpty() && format != u"json") {
            CliOutput::error(
                namespaceName.isEmpty()
                    ? QStringLiteral("No resources found")
                    : QStringLiteral("No resources found in %1 namespace.").arg(namespaceName));
            return ExitOk;
        }
    }

    if (format == u"json") {
        CliOutput::out(name.isEmpty()
                           ? listJson
                           : QJsonDocument(objects.first()).toJson(QJsonDocument::Indented));
    } else if (format == u"yaml") {
        for (YamlValue &object : ordered)
            ObjectYaml::cleanForEditing(&object);
        CliOutput::out(ObjectYaml::toYamlStream(ordered));
    } else if (format == u"name") {
        for (const QJsonObject &object : objects)
            CliOutput::out(resource.qualifiedSingular() + u'/' +
                           object.value(QLatin1String("metadata"))
                               .toObject()
                               .value(QLatin1String("name"))
                               .toString() +
                           u'\n');
    } else {
        const bool withNamespace = parser.isSet(all) && resource.namespaced;
        QList<QStringList> rows{header(resource.kind)};
        if (withNamespace)
            rows.first().prepend(QStringLiteral("NAMESPACE"));
        for (const QJsonObject &object : std::as_const(objects)) {
            QStringList cells = row(resource.kind, object);
            if (withNamespace)
                cells.prepend(object.value(QLatin1String("metadata"))
                                  .toObject()
                                  .value(QLatin1String("namespace"))
                                  .toString());
            rows.append(cells);
        }
        CliOutput::out(ClusterCli::table(rows));
    }
    return ExitOk;
}

} // namespace MeshEntry::ClusterCommand
