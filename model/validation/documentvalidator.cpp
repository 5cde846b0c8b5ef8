#include "documentvalidator.h"

#include "analyzerchecks.h"
#include "conventionchecks.h"
#include "crdrulechecks.h"
#include "flowcolonscalar.h"
#include "istiopredicates.h"
#include "metadatachecks.h"
#include "ruleregistry.h"
#include "schemachecks.h"
#include "serviceentryview.h"
#include "validationcontext.h"
#include "webhookchecks.h"
#include "yamldocument.h"

#include <algorithm>

namespace MeshEntry {

namespace {

bool hasError(const QList<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &diagnostic) {
        return diagnostic.severity == Severity::Error;
    });
}

void reportSyntaxErrors(const YamlDocument &document, QList<Diagnostic> *out)
{
    const Rule &rule = RuleRegistry::instance().rule(u"YAML-SYNTAX");
    for (const YamlError &error : document.syntaxErrors()) {
        Diagnostic diagnostic;
        diagnostic.rule = rule.id;
        diagnostic.severity = rule.severity;
        diagnostic.message = error.message;
        diagnostic.start = qBound(qsizetype(0), error.offset, document.text().size());
        diagnostic.end = qMin(diagnostic.start + 1, document.text().size());
        if (const FlowColonScalar scalar = FlowColonScalar::find(document.text(), error);
            scalar.isValid()) {
            diagnostic.message = scalar.message();
            diagnostic.start = scalar.start;
            diagnostic.end = scalar.end;
        }
        out->append(diagnostic);
    }
}

/// ME-EXPORTTO-UNKNOWN-NAMESPACE: only when the cluster's namespaces are known.
void checkExportToNamespaces(ValidationContext &context, const ServiceEntryView &view)
{
    const ValidationOptions &options = context.options();
    if (!options.namespacesKnown)
        return;
    for (const Located<QString> &entry : view.exportTo) {
        if (entry.value == u"." || entry.value == u"*" || entry.value == u"~" ||
            options.knownNamespaces.contains(entry.value) ||
            context.reader().jsonType(entry.node) != JsonType::String)
            continue;
        context.report(u"ME-EXPORTTO-UNKNOWN-NAMESPACE",
                       QStringLiteral("exportTo names namespace %1, which does not exist")
                           .arg(IstioPredicates::goQuote(entry.value)),
                       entry.node);
    }
}

void fillCommonFacts(const ValidationContext &context, DocumentFacts *facts)
{
    const ObjectMetaView &meta = context.meta();
    facts->kindName = context.kind();
    facts->name = meta.name.value;
    facts->namespaceName = context.namespaceName();
    facts->nameSpan = context.spanOf(meta.name.present() ? meta.name.node : -1);
    if (const ObjectMetaView::Entry *suppress =
            meta.annotation(u"galley.istio.io/analyze-suppress")) {
        facts->hasSuppress = true;
        facts->suppress = suppress->value;
    }
}

void fillServiceEntryFacts(const ValidationContext &context, const ServiceEntryView &view,
                           DocumentFacts *facts)
{
    facts->kind = DocumentFacts::Kind::ServiceEntry;
    for (const Located<QString> &host : view.hosts) {
        facts->hosts.append(host.value);
        facts->hostSpans.append(context.spanOf(host.node));
    }
    for (const ServiceEntryView::Port &port : view.ports)
        facts->ports.append({port.number.value, port.name.value, port.protocol.value});
    for (const Located<QString> &entry : view.exportTo)
        facts->exportTo.append(entry.value);
    facts->resolution = view.resolution.value;
    facts->hasSelector = view.hasWorkloadSelector();
    for (const ObjectMetaView::Entry &label : view.selectorLabels)
        facts->selector.insert(label.key, label.value);
    if (facts->hasSelector)
        facts->selectorSpan = context.spanOf(view.workloadSelectorNode);
}

void fillWorkloadEntryFacts(const ValidationContext &context, const WorkloadEntryView &view,
                            DocumentFacts *facts)
{
    facts->kind = DocumentFacts::Kind::WorkloadEntry;
    for (const ObjectMetaView::Entry &label : view.labels)
        facts->labels.insert(label.key, label.value);
    for (const ObjectMetaView::Entry &label : context.meta().labels)
        facts->labels.insert(label.key, label.value);
    facts->address = view.address.value;
    facts->addressSpan =
        context.spanOf(view.address.present() ? view.address.node : context.spec());
    for (const WorkloadEntryView::Port &port : view.ports)
        facts->workloadPorts.append({port.name, context.keySpan(port.keyNode)});
    facts->network = view.network.value;
    facts->locality = view.locality.value;
    if (const ObjectMetaView::Entry *checks =
            context.meta().annotation(u"proxy.istio.io/health-checks-enabled"))
        facts->healthChecks = checks->value;
    const NodeReader &reader = context.reader();
    for (const int condition :
         reader.items(reader.value(reader.value(context.root(), u"status"), u"conditions"))) {
        if (reader.text(reader.value(condition, u"type")) == u"Healthy")
            facts->healthyStatus = reader.text(reader.value(condition, u"status"));
    }
}

} // namespace

bool DocumentValidator::isIstioDocument(const DocumentInfo &info)
{
    return (info.kind == u"ServiceEntry" || info.kind == u"WorkloadEntry") &&
           info.apiVersion.startsWith(u"networking.istio.io/");
}

bool DocumentValidator::isSuppressed(QStringView rule, const DocumentFacts &facts,
                                     const ValidationOptions &options)
{
    if (facts.hasSuppress && Suppression::annotationSuppresses(facts.suppress, rule))
        return true;
    for (const Suppression &suppression : options.suppressions) {
        if (suppression.matches(rule, facts.kindName, facts.name, facts.namespaceName))
            return true;
    }
    return false;
}

DocumentValidator::Result DocumentValidator::validate(const YamlDocument &document,
                                                      const ValidationOptions &options)
{
    Result result;
    const DocumentInfo &info = document.info();
    result.facts.kindName = info.kind;
    result.facts.name = info.name;
    result.facts.namespaceName =
        info.namespaceName.isEmpty() ? options.defaultNamespace : info.namespaceName;
    if (document.hasSyntaxErrors()) {
        reportSyntaxErrors(document, &result.diagnostics);
    } else if (isIstioDocument(info) && document.tree().root() >= 0) {
        const FieldTable *table = FieldTable::forKind(info.kind);
        ValidationContext context(document.tree(), *table, options);
        fillCommonFacts(context, &result.facts);
        MetadataChecks::run(context);
        SchemaChecks::run(context);
        if (context.isServiceEntry()) {
            const ServiceEntryView view = ServiceEntryView::read(context.reader(), context.spec());
            CrdRuleChecks::runServiceEntry(context, view);
            const qsizetype before = context.diagnostics().size();
            WebhookChecks::runServiceEntry(context, view, WebhookChecks::Metadata::Used);
            const QList<Diagnostic> webhook = context.diagnostics().mid(before);
            if (!context.decodeFailed && !hasError(webhook))
                WebhookChecks::checkTopLevelKeys(context);
            AnalyzerChecks::runServiceEntry(context, view, webhook);
            checkExportToNamespaces(context, view);
            ConventionChecks::runServiceEntry(context, view);
            fillServiceEntryFacts(context, view, &result.facts);
        } else {
            const WorkloadEntryView view =
                WorkloadEntryView::read(context.reader(), context.spec());
            CrdRuleChecks::runWorkloadEntry(context, view);
            const qsizetype before = context.diagnostics().size();
            WebhookChecks::runWorkloadEntry(context, view, WebhookChecks::Metadata::Used);
            const QList<Diagnostic> webhook = context.diagnostics().mid(before);
            if (!context.decodeFailed && !hasError(webhook))
                WebhookChecks::checkTopLevelKeys(context);
            AnalyzerChecks::runWorkloadEntry(context, view, webhook);
            fillWorkloadEntryFacts(context, view, &result.facts);
        }
        result.diagnostics = context.takeDiagnostics();
    }
    result.diagnostics.removeIf([&](const Diagnostic &diagnostic) {
        return isSuppressed(diagnostic.rule, result.facts, options);
    });
    std::sort(result.diagnostics.begin(), result.diagnostics.end(), diagnosticLessThan);
    return result;
}

} // namespace MeshEntry
