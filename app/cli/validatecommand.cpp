#include "validatecommand.h"

#include "clioutput.h"
#include "clusterinput.h"
#include "documentvalidator.h"
#include "exitcode.h"
#include "fileloading.h"
#include "meshconfigloader.h"
#include "namespaceinventory.h"
#include "routingmodel.h"
#include "ruleregistry.h"
#include "validationworkspace.h"
#include "workloadinventory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <memory>

namespace MeshEntry::ValidateCommand {

namespace {

const QString stdinName = QStringLiteral("<stdin>");

/// One finding with everything the outputs print.
struct Finding {
    Diagnostic diagnostic;
    QString file;
    int line = 0; ///< 1-based, like the columns
    int column = 0;
    int endLine = 0;
    int endColumn = 0;
    QString kind;
    QString namespaceName;
    QString name;
};

bool findingLessThan(const Finding &a, const Finding &b)
{
    if (a.file != b.file)
        return a.file < b.file;
    if (a.line != b.line)
        return a.line < b.line;
    if (a.column != b.column)
        return a.column < b.column;
    return diagnosticLessThan(a.diagnostic, b.diagnostic);
}

QString severityLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("note");
    }
    return QString();
}

QString plural(int count, const char *singular, const char *pluralForm)
{
    return QStringLiteral("%1 %2").arg(count).arg(
        QLatin1String(count == 1 ? singular : pluralForm));
}

QString textOutput(const QList<Finding> &findings, int files)
{
    QString text;
    int errors = 0;
    int warnings = 0;
    for (const Finding &f : findings) {
        errors += f.diagnostic.severity == Severity::Error;
        warnings += f.diagnostic.severity == Severity::Warning;
        text +=
            QStringLiteral("%1:%2:%3: %4: %5: %6")
                .arg(f.file)
                .arg(f.line)
                .arg(f.column)
                .arg(severityName(f.diagnostic.severity), f.diagnostic.rule, f.diagnostic.message);
        if (!f.kind.isEmpty())
            text += QStringLiteral(" [%1 %2/%3]").arg(f.kind, f.namespaceName, f.name);
        text += u'\n';
    }
    text += QStringLiteral("%1, %2 in %3\n")
                .arg(plural(errors, "error", "errors"), plural(warnings, "warning", "warnings"),
                     plural(files, "file", "files"));
    return text;
}

QByteArray jsonOutput(const QList<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &f : findings) {
        QJsonObject object;
        object.insert(QLatin1String("file"), f.file);
        object.insert(QLatin1String("line"), f.line);
        object.insert(QLatin1String("column"), f.column);
        object.insert(QLatin1String("endLine"), f.endLine);
        object.insert(QLatin1String("endColumn"), f.endColumn);
        object.insert(QLatin1String("document"), f.diagnostic.document);
        object.insert(QLatin1String("kind"), f.kind);
        object.insert(QLatin1String("namespace"), f.namespaceName);
        object.insert(QLatin1String("name"), f.name);
        object.insert(QLatin1String("path"), f.diagnostic.path.toString());
        object.insert(QLatin1String("rule"), f.diagnostic.rule);
        object.insert(QLatin1String("severity"), severityName(f.diagnostic.severity));
        object.insert(QLatin1String("message"), f.diagnostic.message);
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray sarifOutput(const QList<Finding> &findings)
{
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    QJsonArray results;
    for (const Finding &f : findings) {
        const Rule &rule = RuleRegistry::instance().rule(f.diagnostic.rule);
        if (!ruleIndex.contains(rule.id)) {
            ruleIndex.insert(rule.id, int(rules.size()));
            rules.append(QJsonObject{
                {QLatin1String("id"), rule.id},
                {QLatin1String("name"), rule.title},
                {QLatin1String("shortDescription"),
                 QJsonObject{{QLatin1String("text"), rule.title}}},
                {QLatin1String("fullDescription"),
                 QJsonObject{{QLatin1String("text"), rule.trigger}}},
                {QLatin1String("help"), QJsonObject{{QLatin1String("text"), rule.fix}}},
                {QLatin1String("defaultConfiguration"),
                 QJsonObject{{QLatin1String("level"), severityLevel(rule.severity)}}},
                {QLatin1String("properties"),
                 QJsonObject{{QLatin1String("layer"), RuleRegistry::layerName(rule.layer)}}}});
        }
        QJsonObject location{
            {QLatin1String("physicalLocation"),
             QJsonObject{
                 {QLatin1String("artifactLocation"), QJsonObject{{QLatin1String("uri"), f.file}}},
                 {QLatin1String("region"),
                  QJsonObject{{QLatin1String("startLine"), f.line},
                              {QLatin1String("startColumn"), f.column},
                              {QLatin1String("endLine"), f.endLine},
                              {QLatin1String("endColumn"), f.endColumn}}}}}};
        if (!f.kind.isEmpty())
            location.insert(QLatin1String("logicalLocations"),
                            QJsonArray{QJsonObject{
                                {QLatin1String("fullyQualifiedName"),
                                 QStringLiteral("%1/%2/%3").arg(f.kind, f.namespaceName, f.name)},
                                {QLatin1String("kind"), QStringLiteral("resource")}}});
        results.append(QJsonObject{
            {QLatin1String("ruleId"), rule.id},
            {QLatin1String("ruleIndex"), ruleIndex.value(rule.id)},
            {QLatin1String("level"), severityLevel(f.diagnostic.severity)},
            {QLatin1String("message"), QJsonObject{{QLatin1String("text"), f.diagnostic.message}}},
            {QLatin1String("locations"), QJsonArray{location}}});
    }
    const QJsonObject driver{{QLatin1String("name"), QStringLiteral("meshentry")},
                             {QLatin1String("version"), QCoreApplication::applicationVersion()},
                             {QLatin1String("rules"), rules}};
    const QJsonObject run{{QLatin1String("tool"), QJsonObject{{QLatin1String("driver"), driver}}},
                          {QLatin1String("results"), results}};
    const QJsonObject log{
        {QLatin1String("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QLatin1String("version"), QStringLiteral("2.1.0")},
        {QLatin1String("runs"), QJsonArray{run}}};
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

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
    if (!parser.parse(args)) {
        CliOutput::error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        CliOutput::help(parser, QStringLiteral("meshentry validate [options] PATH..."));
        return ExitOk;
    }
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
        QString meshConfig;
        QString error;
        if (!ClusterInput::load({parser.value(kubeconfig), parser.value(context)}, &inventory,
                                &clusterNamespaces, &meshConfig, &error)) {
            CliOutput::error(error);
            return ExitUnreadable;
        }
        options.namespacesKnown = true;
        options.knownNamespaces += clusterNamespaces.names();
        // The cluster's own mesh settings (the istio ConfigMap), unless a file was given.
        if (!parser.isSet(meshConfigOption) && !meshConfig.isEmpty() &&
            !MeshConfigLoader::fromBytes(meshConfig.toUtf8(),
                                         QStringLiteral("configmap istio-system/istio"),
                                         &options.mesh, &error)) {
            CliOutput::error(error);
            return ExitUnreadable;
        }
    }
    QStringList missing;
    const QStringList files = FileLoading::expandPaths(paths, &missing);
    for (const QString &path : std::as_const(missing)) {
        CliOutput::error(QStringLiteral("cannot read %1: no such file or directory").arg(path));
        unreadableInput = true;
    }

    ValidationWorkspace workspace(options);
    workspace.setReleaseTrees(true);
    RoutingModel routing; // its conflicts are findings too
    routing.setMeshConfig(options.mesh);
    if (options.namespacesKnown) {
        NamespaceInventory known;
        for (const QString &name : std::as_const(options.knownNamespaces)) {
            const QMap<QString, QString> *labels = clusterNamespaces.labels(name);
            known.add(name, labels ? *labels : QMap<QString, QString>());
        }
        routing.setNamespaceInventory(known);
    }
    if (parser.isSet(workloads) || fromCluster)
        routing.setWorkloadInventory(&inventory);
    workspace.setExtension(&routing);
    if (parser.isSet(workloads) || fromCluster)
        workspace.setInventory(&inventory);
    std::vector<std::unique_ptr<YamlFile>> loaded;
    for (const QString &path : files) {
        auto file = std::make_unique<YamlFile>();
        if (FileLoading::load(path, file.get()) != ExitOk) {
            unreadableInput = true;
            continue;
        }
        loaded.push_back(std::move(file));
        workspace.addFile(loaded.back().get(), path == QLatin1String("-") ? stdinName : path);
    }
    workspace.validateAll();

    QList<Finding> findings;
    bool failed = false;
    for (const Diagnostic &diagnostic : workspace.diagnostics()) {
        const YamlFile &file = *workspace.file(diagnostic.file);
        const DocumentInfo &info = file.document(diagnostic.document).info();
        const FilePosition start = workspace.startPosition(diagnostic);
        const FilePosition end = workspace.endPosition(diagnostic);
        Finding finding{
            diagnostic,
            workspace.fileName(diagnostic.file),
            start.line + 1,
            start.column + 1,
            end.line + 1,
            end.column + 1,
            info.kind,
            info.namespaceName.isEmpty() ? options.defaultNamespace : info.namespaceName,
            info.name};
        if (!DocumentValidator::isIstioDocument(info))
            finding.kind.clear();
        findings.append(finding);
        failed = failed || diagnostic.severity == Severity::Error ||
                 (threshold == u"warning" && diagnostic.severity == Severity::Warning);
    }
    std::sort(findings.begin(), findings.end(), findingLessThan);

    if (format == u"json")
        CliOutput::out(jsonOutput(findings));
    else if (format == u"sarif")
        CliOutput::out(sarifOutput(findings));
    else
        CliOutput::out(textOutput(findings, int(loaded.size())));
    if (unreadableInput)
        return ExitUnreadable;
    return failed ? ExitFindings : ExitOk;
}

} // namespace MeshEntry::ValidateCommand
