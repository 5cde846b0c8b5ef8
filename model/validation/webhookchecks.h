#pragma once

namespace MeshEntry {

class ValidationContext;
struct ServiceEntryView;
struct WorkloadEntryView;

/**
 * Istio's validating webhook (ISTIO-RULES.md §4, §5): metadata annotations first (the first
 * one alone), then the ServiceEntry or WorkloadEntry rules with their early exits, warnings
 * and exact messages, then the top-level key check. Nothing runs when spec did not decode.
 */
namespace WebhookChecks {

/// Metadata: the webhook sees labels and annotations; istioctl analyze does not.
enum class Metadata { Used, Ignored };

void runServiceEntry(ValidationContext &context, const ServiceEntryView &view, Metadata metadata);
void runWorkloadEntry(ValidationContext &context, const WorkloadEntryView &view, Metadata metadata);
/// WEBHOOK-UNKNOWN-FIELD; only meaningful when the rules above found no error.
void checkTopLevelKeys(ValidationContext &context);

} // namespace WebhookChecks
} // namespace MeshEntry
