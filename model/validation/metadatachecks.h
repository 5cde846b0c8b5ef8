#pragma once

namespace MeshEntry {

class ValidationContext;

/**
 * What the Kubernetes apiserver checks in every object's apiVersion and metadata: a served
 * version, the name and namespace syntax, label and annotation keys and label values.
 */
namespace MetadataChecks {

void run(ValidationContext &context);

} // namespace MetadataChecks
} // namespace MeshEntry
