#pragma once

#include "labelselector.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace MeshEntry {

/**
 * MeshConfig's serviceEntryVisibility (Istio 1.31, pilot/pkg/model/serviceentry_visibility.go):
 * a visibility per ServiceEntry, chosen by the labels of the entry's Namespace.
 */
struct ServiceEntryVisibility {
    enum class Visibility { Public, Namespace, None };
    struct Policy {
        Visibility visibility = Visibility::Public;
        /// One namespaceSelector per matching rule; a rule without one never matches.
        QList<std::optional<LabelSelector>> rules;
    };

    bool configured = false; ///< the key is present in the mesh config
    Visibility defaultVisibility = Visibility::Public;
    QList<Policy> policies;
    bool applyToSidecars = false;

    /// The first policy whose rules all match (an empty rule list matches), else the default.
    Visibility visibilityFor(const QMap<QString, QString> &namespaceLabels) const;
    /// Whether the answer depends on namespace labels at all.
    bool dependsOnNamespaceLabels() const;

    static QString name(Visibility visibility); ///< PUBLIC, NAMESPACE, NONE
};

/**
 * The mesh settings MeshEntry's answers depend on, with Istio's defaults
 * (pkg/config/mesh/mesh.go:DefaultMeshConfig). Read one with MeshConfigLoader.
 */
class MeshConfig
{
public:
    enum class OutboundMode { AllowAny, RegistryOnly, AllowAnyDynamicDns };

    QString rootNamespace = QStringLiteral("istio-system");
    QStringList defaultServiceExportTo = {QStringLiteral("*")};
    OutboundMode outboundMode = OutboundMode::AllowAny;
    /// defaultConfig.proxyMetadata: environment every proxy starts with.
    QMap<QString, QString> proxyMetadata;
    ServiceEntryVisibility serviceEntryVisibility;
    quint32 proxyListenPort = 15001;
    QString trustDomain = QStringLiteral("cluster.local");

    /// Where the settings came from (a file name); empty for Istio's defaults.
    QString source;
    /// The MeshConfig YAML as read (a ConfigMap's data.mesh, an IstioOperator's meshConfig).
    QByteArray text;
    /// Keys present in the file that MeshEntry does not use; Istio may well use them.
    QStringList otherKeys;

    /// ISTIO_META_DNS_CAPTURE as a proxy reads it (strconv.ParseBool).
    bool dnsCapture() const { return proxyFlag(QStringLiteral("ISTIO_META_DNS_CAPTURE")); }
    /// ISTIO_META_DNS_AUTO_ALLOCATE as a proxy reads it.
    bool dnsAutoAllocate() const
    {
        return proxyFlag(QStringLiteral("ISTIO_META_DNS_AUTO_ALLOCATE"));
    }
    /**
     * What istioctl analyze's IST0134 checks: ISTIO_META_DNS_CAPTURE is exactly "true" and
     * ISTIO_META_DNS_AUTO_ALLOCATE or PILOT_ENABLE_IP_AUTOALLOCATE is exactly "true"
     * (serviceentry/protocoladdresses.go).
     */
    bool analyzerSeesAutoAllocation() const;
    /// A proxy with these defaults uses auto-allocated addresses (model/service.go:
    /// nodeUsesAutoallocatedIPs); pilotIpAutoallocate is istiod's PILOT_ENABLE_IP_AUTOALLOCATE.
    bool proxiesUseAutoAllocatedAddresses(bool pilotIpAutoallocate = true) const
    {
        return dnsCapture() && (dnsAutoAllocate() || pilotIpAutoallocate);
    }

    /// A ServiceEntry's exportTo, or defaultServiceExportTo when it declares none.
    QStringList declaredExportTo(const QStringList &exportTo) const;
    /**
     * The exportTo a sidecar applies (push_context.go:serviceExportTo): the declared list,
     * narrowed by serviceEntryVisibility when applyToSidecars is on. namespaceLabels are the
     * labels of the entry's Namespace; nullptr when unknown, and then *known is false if the
     * answer depended on them (the declared list is returned).
     */
    QStringList sidecarExportTo(const QStringList &exportTo, const QString &namespaceName,
                                const QMap<QString, QString> *namespaceLabels,
                                bool *known = nullptr) const;

    /// True when every modelled setting has Istio's default value.
    bool isDefault() const;
    /// The settings that differ from Istio's defaults, one short phrase each
    /// ("outbound REGISTRY_ONLY", "DNS capture + auto-allocation").
    QStringList summary() const;

    static QString outboundModeName(OutboundMode mode);
    static bool parseOutboundMode(const QString &name, OutboundMode *mode);
    /// Go's strconv.ParseBool: 1, t, T, TRUE, true, True (and the false forms); false otherwise.
    static bool parseBool(const QString &text, bool *ok = nullptr);

private:
    bool proxyFlag(const QString &name) const { return parseBool(proxyMetadata.value(name)); }
};

} // namespace MeshEntry
