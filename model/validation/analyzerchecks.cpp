#include "analyzerchecks.h"

#include "serviceentryview.h"
#include "validationcontext.h"
#include "webhookchecks.h"

namespace MeshEntry::AnalyzerChecks {

namespace {

// analyze's own finding, one the webhook's checks make, inside IST0106 / IST0133.
const char *const schemaError =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "Schema validation error: %1");
const char *const schemaWarning =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "Schema validation warning: %1");
const QList<const char *> webhookTemplates = {
#include "webhook.templates.inc"
};
const NestedMessages schemaErrorFinding(schemaError, 1, webhookTemplates);
const NestedMessages schemaWarningFinding(schemaWarning, 1, webhookTemplates);

/// Whether analyze, blind to labels and annotations, could judge differently from the webhook.
bool metadataMatters(const ValidationContext &context)
{
    const ObjectMetaView &meta = context.meta();
    return meta.annotation(u"istio.io/dry-run") ||
           meta.annotation(u"internal.istio.io/webhook-always-reject") ||
           meta.annotation(u"internal.istio.io/parent-namespace") ||
           meta.annotation(u"internal.istio.io/parents") ||
           meta.label(u"networking.istio.io/enable-autoallocate-ip") ||
           meta.label(u"istio.io/use-waypoint");
}

/// Reports analyze's findings that the webhook's run lacks as IST0106 / IST0133.
void reportDifferences(ValidationContext &context, QList<Diagnostic> analyze,
                       QList<Diagnostic> webhook)
{
    for (const Diagnostic &finding : analyze) {
        const qsizetype same = webhook.indexOf(finding);
        if (same >= 0) {
            webhook.removeAt(same);
            continue;
        }
        const bool error = finding.severity == Severity::Error;
        context.reportAt(error ? u"IST0106" : u"IST0133",
                         MessageText(error ? schemaError : schemaWarning)
                             .args({MessageText(finding.source, finding.message)}),
                         {finding.start, finding.end, finding.path});
    }
}

void checkConditions(ValidationContext &context)
{
    const NodeReader &reader = context.reader();
    const int status = reader.value(context.root(), u"status");
    for (const int condition : reader.items(reader.value(status, u"conditions"))) {
        if (reader.text(reader.value(condition, u"type")) != u"istio.io/WaypointBound" ||
            reader.text(reader.value(condition, u"status")) != u"False")
            continue;
        context.report(u"IST0171",
                       MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                     "A condition with a negative status is "
                                                     "present: type=%1, reason=%2, message=%3."))
                           .arg(QStringLiteral("istio.io/WaypointBound"),
                                reader.text(reader.value(condition, u"reason")),
                                reader.text(reader.value(condition, u"message"))),
                       condition);
    }
}

} // namespace

void runServiceEntry(ValidationContext &context, const ServiceEntryView &view,
                     const QList<Diagnostic> &webhookFindings)
{
    if (context.decodeFailed)
        return;
    if (metadataMatters(context)) {
        const qsizetype before = context.diagnostics().size();
        WebhookChecks::runServiceEntry(context, view, WebhookChecks::Metadata::Ignored);
        reportDifferences(context, context.takeDiagnosticsFrom(before), webhookFindings);
    }
    const NodeReader &reader = context.reader();
    const int status = reader.value(context.root(), u"status");
    if (view.addresses.isEmpty() && reader.items(reader.value(status, u"addresses")).isEmpty() &&
        !context.options().mesh.analyzerSeesAutoAllocation()) {
        for (const ServiceEntryView::Port &port : view.ports) {
            if (port.protocol.value.isEmpty() ||
                port.protocol.value.compare(u"TCP", Qt::CaseInsensitive) == 0)
                context.report(u"IST0134",
                               MessageText(QT_TRANSLATE_NOOP(
                                   "MeshEntry::Message",
                                   "ServiceEntry addresses are required for this protocol.")),
                               port.protocol.present() ? port.protocol.node : port.node);
        }
    }
    checkConditions(context);
}

void runWorkloadEntry(ValidationContext &context, const WorkloadEntryView &view,
                      const QList<Diagnostic> &webhookFindings)
{
    if (context.decodeFailed)
        return;
    if (metadataMatters(context)) {
        const qsizetype before = context.diagnostics().size();
        WebhookChecks::runWorkloadEntry(context, view, WebhookChecks::Metadata::Ignored);
        reportDifferences(context, context.takeDiagnosticsFrom(before), webhookFindings);
    }
    checkConditions(context);
}

} // namespace MeshEntry::AnalyzerChecks
