#pragma once

#include "located.h"
#include "objectmetaview.h"

#include <QList>
#include <QString>

namespace MeshEntry {

/**
 * A WorkloadEntry spec, or one `endpoints[]` item of a ServiceEntry, as Istio decodes it.
 * Values that do not decode (a list where a string belongs) read as empty or 0; the nodes
 * still point at them.
 */
struct WorkloadEntryView {
    struct Port {
        QString name;
        quint32 number = 0;
        int keyNode = -1;
        int valueNode = -1;
    };

    int node = -1;
    Located<QString> address;
    Located<QString> network;
    Located<QString> locality;
    Located<QString> serviceAccount;
    Located<quint32> weight;
    QList<Port> ports;
    int portsNode = -1; ///< present even when empty (`ports: {}`)
    QList<ObjectMetaView::Entry> labels;
    int labelsNode = -1;

    static WorkloadEntryView read(const NodeReader &reader, int node);

    /// Reads a uint32 the way protobuf JSON does (a number, or a string holding one); 0 otherwise.
    static Located<quint32> readUInt32(const NodeReader &reader, int mapping, QStringView key);
    static quint32 uint32Value(const NodeReader &reader, int node);
};

} // namespace MeshEntry
