#pragma once

namespace MeshEntry {

class ValidationContext;
struct ServiceEntryView;

/**
 * Our notes on how a ServiceEntry's ports are written: a protocol in another case than Istio
 * spells it (ME-PROTOCOL-CASE), a port name that names another kind of protocol
 * (ME-PORT-NAME-CONVENTION). Istio accepts both, but people, tools and some of Istio's own
 * checks read the text. Each has exactly one fix (model/fixes).
 */
namespace ConventionChecks {

void runServiceEntry(ValidationContext &context, const ServiceEntryView &view);

} // namespace ConventionChecks

} // namespace MeshEntry
