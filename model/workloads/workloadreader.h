#pragma once

#include "objectmetaview.h"
#include "objectstream.h"
#include "workload.h"
#include "workloadentryview.h"

namespace MeshEntry::WorkloadReader {

/**
 * Reads a Pod or WorkloadEntry (networking.istio.io, any version) from an object tree with the
 * facts Istio uses (ISTIO-SELECTION.md). Objects without a namespace get defaultNamespace.
 * Returns false for other kinds.
 */
bool read(const ObjectNode &object, const QString &defaultNamespace, Workload *out);

/**
 * The same Workload from an open WorkloadEntry document that validation has already read
 * (its spec view and metadata), so that the validator matches exactly as the matcher does.
 */
Workload fromWorkloadEntryView(const NodeReader &reader, int root, const ObjectMetaView &meta,
                               const WorkloadEntryView &view, const QString &namespaceName);

/// A number written as a number or as a string holding one (protobuf JSON accepts both).
bool unsignedNumber(const ObjectNode *node, quint32 *out);

} // namespace MeshEntry::WorkloadReader
