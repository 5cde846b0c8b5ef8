#include "matchcommand.h"

#include "clioutput.h"
#include "clusterinput.h"
#include "exitcode.h"
#include "fileloading.h"
#include "meshconfigloader.h"
#include "namespaceinventory.h"
#include "workloadimporter.h"
#include "workloadinventory.h"
#include "workloadmatcher.h"
#include "workloadreader.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace MeshEntry::MatchCommand {

namespace {

const QString stdinName = QStringLiteral("<stdin>");

/// One ServiceEntry with a selector and what it selects.
struct Entry {
    SelectorQuery query;
    int line = 0; ///< 1-based line where its document starts
    SelectionResult result;
};

/// The 1-based line of a document's first content (after its comments and `---`).
int contentLine(const YamlFile &file, int document)
{
    int line = file.documentLine(document);
    for (const QByteArray &text : file.document(document).text().split('\n')) {
        const QByteArray trimmed = text.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith('#') && trimmed != "---")
            break;
        ++line;
    }
    return line + 1;
}

/// Reads the ServiceEntries and WorkloadEntries of one loaded file.
bool collect(const YamlFile &file, const QString &name, const QString &defaultNamespace,
             QList<Entry> *entries, WorkloadInventory *inventory)
{
    bool readable = true;
    for (int i = 0; i < file.documentCount(); ++i) {
        const YamlDocument &document = file.document(i);
        const QString kind = document.info().kind;
        if (kind != u"ServiceEntry" && kind != u"WorkloadEntry")
            continue;
        if (document.hasSyntaxErrors()) {
            const YamlError &syntax = document.syntaxErrors().first();
            CliOutput::error(
                QStringLiteral("%1: YAML syntax error: %2 (%3 skipped)")
                    .arg(FileLoading::location(file, name, i, syntax), syntax.message, kind));
            readable = false;
            continue;
        }
        ObjectStream stream(document.text().constData(), document.text().size());
        stream.read([&](const ObjectNode &object, qsizetype) {
            Entry entry;
            Workload workload;
            if (SelectorQuery::read(object, defaultNamespace, &entry.query)) {
                if (!entry.query.hasSelector)
                    return true;
                entry.query.source = name;
                entry.query.document = i;
                entry.line = contentLine(file, i);
                entries->append(entry);
            } else if (WorkloadReader::read(object, defaultNamespace, &workload)) {
                workload.source = name;
                workload.document = i;
                inventory->add(std::move(workload));
            }
            return true;
        });
    }
    return readable;
}

QJsonValue nullable(const QString &text, bool present)
{
    return present ? QJsonValue(text) : QJsonValue(QJsonValue::Null);
}

QJsonObject jsonEntry(const Entry &entry, const WorkloadInventory &inventory)
{
    const SelectorQuery &query = entry.query;
    const SelectionResult &result = entry.result;
    QJsonArray selected;
    for (const SelectedWorkload &item : result.selected) {
        const Workload &workload = inventory.workload(item.id);
        QJsonArray ports;
        for (const EndpointPort &port : item.ports)
            ports.append(QJsonObject{{QLatin1String("port"), qint64(port.servicePort)},
                                     {QLatin1String("name"), port.name},
                                     {QLatin1String("targetPort"), qint64(port.endpointPort)},
                                     {QLatin1String("rule"), EndpointPort::ruleName(port.rule)}});
        selected.append(QJsonObject{{QLatin1String("kind"), workload.kindName()},
                                    {QLatin1String("namespace"), workload.namespaceName},
                                    {QLatin1String("name"), workload.name},
                                    {QLatin1String("address"), item.addresses.value(0)},
                                    {QLatin1String("ready"), item.ready},
                                    {QLatin1String("reason"), nullable(item.reason, !item.ready)},
                                    {QLatin1String("ports"), ports}});
    }
    QJsonArray elsewhere;
    for (const int id : result.otherNamespaces) {
        const Workload &workload = inventory.workload(id);
        elsewhere.append(QJsonObject{{QLatin1String("kind"), workload.kindName()},
                                     {QLatin1String("namespace"), workload.namespaceName},
                                     {QLatin1String("name"), workload.name}});
    }
    QJsonArray nearMisses;
    for (const NearMiss &miss : result.nearMisses) {
        const Workload &workload = inventory.workload(miss.id);
        nearMisses.append(QJsonObject{{QLatin1String("kind"), workload.kindName()},
                                      {QLatin1String("namespace"), workload.namespaceName},
                                      {QLatin1String("name"), workload.name},
                                      {QLatin1String("label"), miss.label},
                                      {QLatin1String("want"), miss.want},
                                      {QLatin1String("have"), nullable(miss.have, !miss.missing)}});
    }
    QStringList warnings;
    for (const MessageText &warning : result.warnings)
        warnings.append(warning.text());
    QJsonValue visibleIn;
    if (result.visibleIn == QStringList{QStringLiteral("*")})
        visibleIn = QStringLiteral("*");
    else
        visibleIn = QJsonArray::fromStringList(result.visibleIn);
    return QJsonObject{{QLatin1String("serviceEntry"),
                        QJsonObject{{QLatin1String("namespace"), query.namespaceName},
                                    {QLatin1String("name"), query.name},
                                    {QLatin1String("file"), query.source},
                                    {QLatin1String("document"), query.document}}},
                       {QLatin1String("resolution"), query.resolutionName()},
                       {QLatin1String("selected"), selected},
                       {QLatin1String("excludedOtherNamespace"), elsewhere},
                       {QLatin1String("nearMisses"), nearMisses},
                       {QLatin1String("visibleIn"), visibleIn},
                       {QLatin1String("warnings"), QJsonArray::fromStringList(warnings)}};
}

QString portsText(const QList<EndpointPort> &ports)
{
    QStringList parts;
    for (const EndpointPort &port : ports) {
        QString target = port.rule == PortRule::UnixSocket ? QStringLiteral("socket")
                                                           : QString::number(port.endpointPort);
        parts.append(QStringLiteral("%1 %2→%3 (%4)")
                         .arg(port.name)
                         .arg(port.servicePort)
                         .arg(target, EndpointPort::ruleName(port.rule)));
    }
    return parts.join(QStringLiteral(", "));
}

QString textEntry(const Entry &entry, const WorkloadInventory &inventory)
{
    const SelectorQuery &query = entry.query;
    const SelectionResult &result = entry.result;
    const QString visible =
        result.visibleIn == QStringList{QStringLiteral("*")} ? QStringLiteral("every namespace")
        : result.visibleIn.isEmpty()                         ? QStringLiteral("no namespace")
                                     : result.visibleIn.join(QStringLiteral(", "));
    QString text = QStringLiteral("ServiceEntry %1/%2 (%3:%4): resolution %5, %6 of %7 "
                                  "selected ready; visible in %8\n")
                       .arg(query.namespaceName, query.name, query.source)
                       .arg(entry.line)
                       .arg(query.resolutionName())
                       .arg(result.readyCount)
                       .arg(result.selected.size())
                       .arg(visible);
    for (const SelectedWorkload &item : result.selected) {
        const Workload &workload = inventory.workload(item.id);
        const QString address = item.addresses.value(0);
        text += QStringLiteral("  %1 %2/%3 %4 %5")
                    .arg(workload.kindName(), workload.namespaceName, workload.name,
                         address.isEmpty() ? QStringLiteral("(no address)") : address,
                         portsText(item.ports));
        if (!item.ready)
            text += QStringLiteral(" NOT READY: ") + item.reason;
        text += u'\n';
    }
    for (const int id : result.otherNamespaces) {
        const Workload &workload = inventory.workload(id);
        text += QStringLiteral("  other namespace: %1 %2/%3 matches the labels\n")
                    .arg(workload.kindName(), workload.namespaceName, workload.name);
    }
    for (const NearMiss &miss : result.nearMisses) {
        const Workload &workload = inventory.workload(miss.id);
        const QString why =
            miss.missing
                ? QStringLiteral("has no label %1 (wants %2)").arg(miss.label, miss.want)
                : QStringLiteral("%1 is %2, wants %3").arg(miss.label, miss.have, miss.want);
        text += QStringLiteral("  near-miss: %1 %2/%3: %4\n")
                    .arg(workload.kindName(), workload.namespaceName, workload.name, why);
    }
    if (result.nearMisses.size() < result.nearMissTotal)
        text += QStringLiteral("  … %1 more near-misses\n")
                    .arg(result.nearMissTotal - result.nearMisses.size());
    for (const MessageText &warning : result.warnings)
        text += QStringLiteral("  warning: ") + warning.text() + u'\n';
    return text;
}

} // namespace

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Show which Pods and WorkloadEntries back each ServiceEntry with a workloadSelector,\n"
        "as Istio selects them: same namespace, every selector label, endpoint address and port\n"
        "per ServiceEntry port, whether Istio uses each one and why not; workloads in other\n"
        "namespaces that match, and those that miss by one label. WorkloadEntries in PATH count\n"
        "as workloads. PATH is a file, a directory (searched recursively for *.yaml, *.yml and\n"
        "*.json) or - for standard input. With --context, the cluster's Pods, WorkloadEntries,\n"
        "Namespaces and mesh settings (the istio ConfigMap) are the inventory, as with validate.\n"
        "Exit code: 0; 1 when some ServiceEntry selects no ready workload; 2 unreadable input;\n"
        "64 usage."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Output format: text or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption meshConfig(
        QStringLiteral("mesh-config"),
        QStringLiteral("Mesh settings: a MeshConfig YAML, the istio ConfigMap, or an "
                       "IstioOperator (default: Istio's defaults)."),
        QStringLiteral("FILE"));
    const QCommandLineOption workloads(
        QStringLiteral("workloads"),
        QStringLiteral("Pods and WorkloadEntries: output of 'kubectl get pods -A -o json' (or "
                       "-o yaml), or WorkloadEntry YAML. Repeatable."),
        QStringLiteral("FILE"));
    const QCommandLineOption namespaces(
        QStringLiteral("namespaces"),
        QStringLiteral("Namespaces and their labels: output of 'kubectl get namespaces -o "
                       "json' (or -o yaml), for serviceEntryVisibility."),
        QStringLiteral("FILE"));
    const QCommandLineOption defaultNamespace(
        QStringList{QStringLiteral("n"), QStringLiteral("namespace")},
        QStringLiteral("Namespace of documents without metadata.namespace (default: default)."),
        QStringLiteral("NAMESPACE"), QStringLiteral("default"));
    const QCommandLineOption nearMissLimit(
        QStringLiteral("near-misses"),
        QStringLiteral("List at most N near-misses per ServiceEntry, closest first (default: "
                       "all)."),
        QStringLiteral("N"));
    const QCommandLineOption context(
        QStringLiteral("context"),
        QStringLiteral("Read the Pods, WorkloadEntries, Namespaces and mesh settings of this "
                       "kubeconfig context (--mesh-config and --namespaces still win)."),
        QStringLiteral("NAME"));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
                                        QStringLiteral("The kubeconfig for --context (default: "
                                                       "KUBECONFIG, else ~/.kube/config)."),
                                        QStringLiteral("FILE"));
    parser.addOptions({help, output, meshConfig, workloads, namespaces, defaultNamespace,
                       nearMissLimit, context, kubeconfig});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("file, directory or -"),
                                 QStringLiteral("PATH..."));
    if (const auto done = CliOutput::parse(parser, args, help,
                                           QStringLiteral("meshentry match [options] PATH...")))
        return *done;
    const QString format = parser.value(output);
    if (format != u"text" && format != u"json") {
        CliOutput::error(QStringLiteral("--output must be text or json, not %1").arg(format));
        return ExitUsage;
    }
    MatchLimits limits;
    if (parser.isSet(nearMissLimit)) {
        bool ok = false;
        limits.nearMisses = parser.value(nearMissLimit).toInt(&ok);
        if (!ok || limits.nearMisses < 0) {
            CliOutput::error(QStringLiteral("--near-misses needs a number, not %1")
                                 .arg(parser.value(nearMissLimit)));
            return ExitUsage;
        }
    }
    const QString ns = parser.value(defaultNamespace);
    if (ns.isEmpty()) {
        CliOutput::error(QStringLiteral("--namespace needs a name"));
        return ExitUsage;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        CliOutput::error(QStringLiteral("usage: meshentry match [options] PATH..."));
        return ExitUsage;
    }

    bool unreadable = false;
    MeshConfig mesh;
    if (parser.isSet(meshConfig)) {
        QString error;
        if (!MeshConfigLoader::fromFile(parser.value(meshConfig), &mesh, &error)) {
            CliOutput::error(error);
            return ExitUnreadable;
        }
    }
    NamespaceInventory namespaceInventory;
    if (parser.isSet(namespaces)) {
        QString error;
        if (!namespaceInventory.addFromFile(parser.value(namespaces), &error)) {
            CliOutput::error(error);
            return ExitUnreadable;
        }
    }
    WorkloadInventory inventory;
    for (const QString &path : parser.values(workloads)) {
        WorkloadImporter::Result imported = WorkloadImporter(ns).importFile(path);
        if (!imported.ok) {
            CliOutput::error(imported.error);
            unreadable = true;
            continue;
        }
        for (Workload &workload : imported.workloads)
            inventory.add(std::move(workload));
        for (const QString &name : imported.namespaces.names()) {
            if (!namespaceInventory.contains(name))
                namespaceInventory.add(name, *imported.namespaces.labels(name));
        }
    }
    const bool fromCluster = parser.isSet(context) || parser.isSet(kubeconfig);
    if (fromCluster) {
        NamespaceInventory clusterNamespaces;
        QString error;
        // The cluster's own mesh settings, unless a file was given.
        if (!ClusterInput::load({parser.value(kubeconfig), parser.value(context)}, &inventory,
                                &clusterNamespaces, parser.isSet(meshConfig) ? nullptr : &mesh,
                                &error)) {
            CliOutput::error(error);
            return ExitUnreadable;
        }
        for (const QString &name : clusterNamespaces.names()) {
            if (!namespaceInventory.contains(name))
                namespaceInventory.add(name, *clusterNamespaces.labels(name));
        }
    }

    QStringList missing;
    const QStringList files = FileLoading::expandPaths(paths, &missing);
    for (const QString &path : std::as_const(missing)) {
        CliOutput::error(QStringLiteral("cannot read %1: no such file or directory").arg(path));
        unreadable = true;
    }
    QList<Entry> entries;
    for (const QString &path : files) {
        YamlFile file;
        if (FileLoading::load(path, &file) != ExitOk) {
            unreadable = true;
            continue;
        }
        const QString name = path == QLatin1String("-") ? stdinName : path;
        unreadable = !collect(file, name, ns, &entries, &inventory) || unreadable;
    }

    WorkloadMatcher matcher(inventory);
    matcher.setMesh(&mesh);
    if (parser.isSet(namespaces) || !namespaceInventory.isEmpty())
        matcher.setNamespaces(&namespaceInventory);
    QList<SelectorQuery> queries;
    queries.reserve(entries.size());
    for (const Entry &entry : std::as_const(entries))
        queries.append(entry.query);
    const QList<SelectionResult> results = matcher.matchAll(queries, limits);
    bool someUnbacked = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        entries[i].result = results[i];
        someUnbacked = someUnbacked || results[i].readyCount == 0;
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const SelectorQuery &x = a.query;
        const SelectorQuery &y = b.query;
        if (x.namespaceName != y.namespaceName)
            return x.namespaceName < y.namespaceName;
        if (x.name != y.name)
            return x.name < y.name;
        if (x.source != y.source)
            return x.source < y.source;
        return x.document < y.document;
    });

    if (format == u"json") {
        // One element at a time: the whole array of a large mesh would be hundreds of MB.
        CliOutput::out(QByteArray(entries.isEmpty() ? "[]\n" : "[\n"));
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QByteArray element =
                QJsonDocument(jsonEntry(entries[i], inventory)).toJson(QJsonDocument::Indented);
            element.chop(1); // its line break: the separator follows
            CliOutput::out(element + (i + 1 < entries.size() ? ",\n" : "\n]\n"));
        }
    } else {
        QString text;
        int unbacked = 0;
        for (const Entry &entry : std::as_const(entries)) {
            text += textEntry(entry, inventory);
            unbacked += entry.result.readyCount == 0;
        }
        text += QStringLiteral("%1 ServiceEntr%2 with a workloadSelector, %3 without a ready "
                               "workload; %4 workload%5 known\n")
                    .arg(entries.size())
                    .arg(entries.size() == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                    .arg(unbacked)
                    .arg(inventory.size())
                    .arg(inventory.size() == 1 ? QString() : QStringLiteral("s"));
        CliOutput::out(text);
    }
    if (unreadable)
        return ExitUnreadable;
    return someUnbacked ? ExitFindings : ExitOk;
}

} // namespace MeshEntry::MatchCommand
