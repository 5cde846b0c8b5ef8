#include "formfacts.h"

#include "portprotocols.h"
#include "serviceentryview.h"

namespace MeshEntry {

QStringList FormFacts::protocols()
{
    return PortProtocols::names();
}

QString FormFacts::portNameFor(const QString &protocol)
{
    return PortProtocols::portNameFor(protocol);
}

QStringList FormFacts::apiVersions()
{
    return {QStringLiteral("networking.istio.io/v1"), QStringLiteral("networking.istio.io/v1beta1"),
            QStringLiteral("networking.istio.io/v1alpha3")};
}

QString FormFacts::choiceHelp(QStringView pattern, QStringView value)
{
    if (pattern == u"spec.location") {
        if (value == u"MESH_EXTERNAL")
            return tr("Outside the mesh, such as a public API: sidecars do not use mutual TLS.");
        if (value == u"MESH_INTERNAL")
            return tr("Part of the mesh, such as VMs or other clusters: mutual TLS by default.");
    } else if (pattern == u"spec.resolution") {
        if (value == u"NONE")
            return tr("Forward to the address the client connected to; no endpoints.");
        if (value == u"STATIC")
            return tr("Use the IP addresses of the endpoints or of the selected workloads.");
        if (value == u"DNS")
            return tr("Resolve the hosts or endpoint names by DNS in the background.");
        if (value == u"DNS_ROUND_ROBIN")
            return tr("Resolve by DNS when a connection opens; at most one endpoint.");
        if (value == u"DYNAMIC_DNS")
            return tr("Resolve the host each request names; wildcard hosts, no endpoints.");
    } else if (pattern == u"apiVersion") {
        if (value == u"networking.istio.io/v1")
            return tr("The current version, stored by the API server.");
        if (value == u"networking.istio.io/v1beta1" || value == u"networking.istio.io/v1alpha3")
            return tr("Older version with the same schema and validation as v1.");
    }
    return {};
}

QString FormFacts::supplement(QStringView pattern)
{
    if (pattern == u"spec.hosts") {
        return tr("A request is matched to a host by its HTTP Host or :authority header first, "
                  "then by the TLS SNI, then by destination IP address and port (the addresses, "
                  "or the port alone when there are none).");
    }
    if (pattern == u"spec.labels") {
        return tr("Workload selectors see these merged with metadata.labels; metadata.labels "
                  "wins when both set a key.");
    }
    return {};
}

QString FormFacts::exportToMeaning(const QString &entry, const QString &ownNamespace)
{
    if (entry == u"*")
        return tr("every namespace");
    if (entry == u".") {
        return ownNamespace.isEmpty() ? tr("its own namespace")
                                      : tr("its own namespace, %1").arg(ownNamespace);
    }
    if (entry == u"~")
        return tr("no namespace");
    return tr("namespace %1").arg(entry);
}

bool FormFacts::endpointsAllowed(int resolution)
{
    return resolution != ServiceEntryView::None && resolution != ServiceEntryView::DynamicDns;
}

int FormFacts::maxEndpoints(int resolution)
{
    return resolution == ServiceEntryView::DnsRoundRobin ? 1 : -1;
}

bool FormFacts::selectorIgnored(int resolution)
{
    return resolution == ServiceEntryView::None;
}

bool FormFacts::addressesAllowed(int resolution)
{
    return resolution != ServiceEntryView::DynamicDns;
}

} // namespace MeshEntry
