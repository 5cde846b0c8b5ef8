#pragma once

#include "objectstream.h"
#include "workload.h"

namespace MeshEntry::WorkloadReader {

/**
 * Reads a Pod or WorkloadEntry (networking.istio.io, any version) from an object tree with the
 * facts Istio uses (ISTIO-SELECTION.md). Objects without a namespace get defaultNamespace.
 * Returns false for other kinds.
 */
bool read(const ObjectNode &object, const QString &defaultNamespace, Workload *out);

/// A number written as a number or as a string holding one (protobuf JSON accepts both).
bool unsignedNumber(const ObjectNode *node, quint32 *out);

} // namespace MeshEntry::WorkloadReader
