#pragma once

namespace MeshEntry {

class ValidationContext;

/**
 * Checks a document against its kind's field table, once for each layer that decodes it:
 * the CRD structural schema (CRD-TYPES, enum values, required fields, length and count
 * limits) and Istio's protobuf JSON decoding of `spec` (DECODE-*). The same walk finds
 * duplicate keys and YAML 1.1 typing traps (ME-DUPLICATE-KEY, ME-YAML11-TYPING).
 */
namespace SchemaChecks {

void run(ValidationContext &context);

} // namespace SchemaChecks
} // namespace MeshEntry
