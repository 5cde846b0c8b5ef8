#include "validatecommand.h"

#include "clioutput.h"
#include "clusterinput.h"
#include "exitcode.h"
#include "fileloading.h"
#include "meshconfigloader.h"
#include "namespaceinventory.h"
#include "routingmodel.h"
#include "ruleregistry.h"
#include "validationreport.h"
#include "validationworkspace.h"
#include "workloadinventory.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <utility>

namespace MeshEntry::ValidateCommand {

namespace {

const QString stdinName = QStringLiteral("<stdin>");

} // namespace

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check ServiceEntry and WorkloadEntry documents the way Kubernetes and Istio will:\n"
        "the CRD schema and CEL rules, Istio's decoding and validating webhook, istioctl analyze,\n"
        "and MeshEntry's own checks. PATH is a file, a directory (searched recursively for\n"
        "*.yaml, *.yml and *.json) or - for standard input. Other kinds are skipped.\n"
        "Exit code: 0 nothing at or above --fail-on, 1 findings, 2 unreadable input, 64 usage.\n"
        "Rules: meshentry rules, or docs/RULES.md."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Output format: text, json or sarif."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption failOn(
        QStringLiteral("fail-on"),
        QStringLiteral("Exit with 1 on findings of this severity or worse: "
                       "error (default) or warning."),
        QStringLiteral("SEVERITY"), QStringLiteral("error"));
    const QCommandLineOption suppress(
        QStringList{QStringLiteral("S"), QStringLiteral("suppress")},
        QStringLiteral("Do not report RULE, or RULE on one resource: 'RULE=Kind name.namespace'. "
                       "'*' matches anything. Repeatable."),
        QStringLiteral("RULE[=RESOURCE]"));
    const QCommandLineOption workloads(
        QStringLiteral("workloads"),
        QStringLiteral(
            "Pods and WorkloadEntries to match selectors against: output of 'kubectl get "
            "pods -A -o json' (or -o yaml), or WorkloadEntry YAML. Repeatable."),
        QStringLiteral("FILE"));
    const QCommandLineOption namespaces(
        QStringLiteral("namespaces"),
        QStringLiteral("The cluster's namespaces, to check exportTo against."),
        QStringLiteral("a,b,..."));
    const QCommandLineOption context(
        QStringLiteral("context"),
        QStringLiteral("Read the Pods, WorkloadEntries and Namespaces of this kubeconfig context."),
        QStringLiteral("NAME"));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
                                        QStringLiteral("The kubeconfig for --context (default: "
                                                       "KUBECONFIG, else ~/.kube/config)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption meshConfigOption(
        QStringLiteral("mesh-config"),
        QStringLiteral("Mesh settings as istioctl analyze --meshConfigFile reads them: a "
                       "MeshConfig YAML, the istio ConfigMap, or an IstioOperator."),
        QStringLiteral("FILE"));
    parser.addOptions({help, output, failOn, suppress, workloads, namespaces, meshConfigOption,
                       context, kubeconfig});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("file, directory or -"),
                                 QStringLiteral("PATH..."));
    if (const auto done = CliOutput::parse(parser, args, help,
                                           QStringLiteral("meshentry validate [options] PATH...")))
        return *done;
    const QString format = parser.value(output);
    if (format != u"text" && format != u"json" && format != u"sarif") {
        CliOutput::error(
            QStringLiteral("--output must be text, json or sarif, not %1").arg(format));
        return ExitUsage;
    }
    const QString threshold = parser.value(failOn);
    if (threshold != u"error" && threshold != u"warning") {
        CliOutput::error(
            QStringLiteral("--fail-on must be error or warning, not %1").arg(threshold));
        return ExitUsage;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        CliOutput::error(QStringLiteral("usage: meshentry validate [options] PATH..."));
        return ExitUsage;
    }
    ValidationOptions options;
    for (const QString &text : parser.values(suppress)) {
        Suppression suppression;
        QString error;
        if (!Suppression::parse(text, &suppression, &error)) {
            CliOutput::error(error);
            return ExitUsage;
        }
        options.suppressions.append(suppression);
    }
    if (parser.isSet(namespaces)) {
        options.namespacesKnown = true;
        for (const QString &name : parser.value(namespaces).split(u',', Qt::SkipEmptyParts))
            options.knownNamespaces.append(name.trimmed());
    }

    if (parser.isSet(meshConfigOption)) {
        QString error;
        if (!MeshConfigLoader::fromFile(parser.value(meshConfigOption), &options.mesh, &error)) {
            CliOutput::error(error);
            return ExitUnreadable;
        }
    }

    bool unreadableInput = false;
    WorkloadInventory inventory;
    for (const QString &path : parser.values(workloads)) {
        QString error;
        if (!inventory.addFromFile(path, &error)) {
            CliOutput::error(error);
            unreadableInput = true;
        }
    }
    const bool fromCluster = parser.isSet(context) || parser.isSet(kubeconfig);
    NamespaceInventory clusterNamespaces; // with their labels, for serviceEntryVisibility
    if (fromCluster) {
        QString error;
        // The cluster's own mesh settings (the istio ConfigMap), unless a file was given.
        if (!ClusterInput::load({parser.value(kubeconfig), parser.value(context)}, &inventory,
                                &clusterNamespaces,
                                parser.isSet(meshConfigOption) ? nullptr : &options.mesh, &error)) {
            CliOutput::error(error);
            return ExitUnreadable;
        }
        options.namespacesKnown = true;
        options.knownNamespaces += clusterNamespaces.names();
    }
    QStringList missing;
    const QStringList files = FileLoading::expandPaths(paths, &missing);
    for (const QString &path : std::as_const(missing)) {
        CliOutput::error(QStringLiteral("cannot read %1: no such file or directory").arg(path));
        unreadableInput = true;
    }

    // The workspace, the routing model and the files are not freed: the process ends right
    // after the output, and freeing tens of thousands of documents one by one would only delay it.
    // A static pointer keeps them reachable, so LeakSanitizer (the asan preset) does not take
    // what is kept on purpose for a leak and abort the process at exit.
    static ValidationWorkspace *volatile keptUntilExit = nullptr;
    auto *workspace = new ValidationWorkspace(options);
    keptUntilExit = workspace;
    // Nothing is edited here: each node store goes once its findings are known and the
    // routing model has read it.
    workspace->setReleaseTrees(true);
    workspace->setBatchRun(true);     // one validateAll(), then the output
    auto *routing = new RoutingModel; // its conflicts are findings too
    routing->setMeshConfig(options.mesh);
    if (options.namespacesKnown) {
        NamespaceInventory known;
        for (const QString &name : std::as_const(options.knownNamespaces)) {
            const QMap<QString, QString> *labels = clusterNamespaces.labels(name);
            known.add(name, labels ? *labels : QMap<QString, QString>());
        }
        routing->setNamespaceInventory(known);
    }
    if (parser.isSet(workloads) || fromCluster)
        routing->setWorkloadInventory(&inventory);
    workspace->setExtension(routing);
    if (parser.isSet(workloads) || fromCluster)
        workspace->setInventory(&inventory);
    int loaded = 0;
    for (const QString &path : files) {
        auto *file = new YamlFile;
        DocumentObservations validated;
        if (FileLoading::load(path, file, workspace->validator(), &validated) != ExitOk) {
            unreadableInput = true;
            delete file;
            continue;
        }
        ++loaded;
        workspace->addFile(file, path == QLatin1String("-") ? stdinName : path,
                           std::move(validated));
    }
    workspace->validateAll();

    const ValidationReport::FindingList findings =
        ValidationReport::FindingList::collect(*workspace, options.defaultNamespace);
    bool failed = false;
    for (qsizetype i = 0; i < findings.size() && !failed; ++i) {
        const Severity severity = findings.ref(i).diagnostic->severity;
        failed = severity == Severity::Error ||
                 (threshold == u"warning" && severity == Severity::Warning);
    }

    if (format == u"json")
        findings.json([](const QByteArray &piece) { CliOutput::out(piece); });
    else if (format == u"sarif")
        CliOutput::out(findings.sarif());
    else
        CliOutput::out(findings.text(loaded));
    if (unreadableInput)
        return ExitUnreadable;
    return failed ? ExitFindings : ExitOk;
}

} // namespace MeshEntry::ValidateCommand
