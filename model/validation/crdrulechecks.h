#pragma once

namespace MeshEntry {

class ValidationContext;
struct ServiceEntryView;
struct WorkloadEntryView;

/**
 * The CRD's CEL rules (x-kubernetes-validations) and list-map semantics (ISTIO-RULES.md §6):
 * what the apiserver rejects beyond the structural types. CEL sees presence (`has()`), so an
 * empty list still counts; values of the wrong type are left to SchemaChecks.
 */
namespace CrdRuleChecks {

void runServiceEntry(ValidationContext &context, const ServiceEntryView &view);
void runWorkloadEntry(ValidationContext &context, const WorkloadEntryView &view);

} // namespace CrdRuleChecks
} // namespace MeshEntry
