#pragma once

#include "located.h"
#include "objectmetaview.h"
#include "workloadentryview.h"

#include <QList>
#include <QString>

namespace MeshEntry {

/**
 * A ServiceEntry spec as Istio decodes it: enums as their protobuf numbers (absent: 0, so
 * NONE and MESH_EXTERNAL), empty and absent lists alike, each value with its node.
 */
struct ServiceEntryView {
    enum Resolution { None = 0, Static = 1, Dns = 2, DnsRoundRobin = 3, DynamicDns = 4 };
    enum Location { MeshExternal = 0, MeshInternal = 1 };

    struct Port {
        int node = -1;
        Located<quint32> number;
        Located<QString> name;
        Located<QString> protocol;
        Located<quint32> targetPort;
    };

    int node = -1;
    QList<Located<QString>> hosts;
    int hostsNode = -1;
    QList<Located<QString>> addresses;
    int addressesNode = -1;
    QList<Port> ports;
    int portsNode = -1;
    Located<int> location;   ///< enum number (an unknown name reads as -1)
    Located<int> resolution; ///< enum number (an unknown name reads as -1)
    QList<WorkloadEntryView> endpoints;
    int endpointsNode = -1; ///< present even when empty (`endpoints: []`)
    int workloadSelectorNode = -1;
    QList<ObjectMetaView::Entry> selectorLabels;
    QList<Located<QString>> exportTo;
    int exportToNode = -1;
    QList<Located<QString>> subjectAltNames;

    bool hasWorkloadSelector() const { return workloadSelectorNode >= 0; }
    /// The resolution's name, empty for numbers outside the enum.
    QString resolutionName() const;

    static ServiceEntryView read(const NodeReader &reader, int node);
    /// Reads a list of strings (non-strings keep their text).
    static QList<Located<QString>> readStrings(const NodeReader &reader, int sequence);
};

} // namespace MeshEntry
