#pragma once

#include "diagnostic.h"

#include <QList>

namespace MeshEntry {

class ValidationContext;
struct ServiceEntryView;
struct WorkloadEntryView;

/**
 * The istioctl analyze checks that one document decides (ISTIO-RULES.md §8): IST0134,
 * IST0171, and IST0106/IST0133 where analyze's run of the webhook rules (without labels and
 * annotations) finds what the webhook itself does not. IST0177 spans documents and lives in
 * ValidationWorkspace.
 */
namespace AnalyzerChecks {

/// webhookFindings: what the webhook run reported, to compare analyze's run against.
void runServiceEntry(ValidationContext &context, const ServiceEntryView &view,
                     const QList<Diagnostic> &webhookFindings);
void runWorkloadEntry(ValidationContext &context, const WorkloadEntryView &view,
                      const QList<Diagnostic> &webhookFindings);

} // namespace AnalyzerChecks
} // namespace MeshEntry
