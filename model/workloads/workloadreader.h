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

/// What a WorkloadEntry document says about itself, as validation extracts it.
struct WorkloadEntryFields {
    QString name;
    QString namespaceName;
    QMap<QString, QString> labels; ///< spec.labels merged with metadata.labels
    QString address;
    QStringList portNames;
    QString network;
    QString locality;      ///< spec.locality
    QString healthChecks;  ///< the proxy.istio.io/health-checks-enabled annotation
    QString healthyStatus; ///< status of the Healthy condition; empty when there is none
};

/// The same Workload the import builds, from fields validation already read (on the thread
/// that indexes them: a worker's allocations would stay in its malloc arena).
Workload fromFields(const WorkloadEntryFields &fields);

/// A number written as a number or as a string holding one (protobuf JSON accepts both).
bool unsignedNumber(const ObjectNode *node, quint32 *out);

} // namespace MeshEntry::WorkloadReader
