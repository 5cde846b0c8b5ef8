#include "meshconfig.h"

#include <QCoreApplication>

namespace MeshEntry {

namespace {

/// The summary is shown in the window's language; the values in it stay as Istio spells them.
QString tr(const char *text)
{
    return QCoreApplication::translate("MeshEntry::MeshConfig", text);
}

} // namespace

ServiceEntryVisibility::Visibility
ServiceEntryVisibility::visibilityFor(const QMap<QString, QString> &namespaceLabels) const
{
    for (const Policy &policy : policies) {
        bool all = true;
        for (const std::optional<LabelSelector> &rule : policy.rules) {
            if (!rule || !rule->matches(namespaceLabels)) {
                all = false;
                break;
            }
        }
        if (all)
            return policy.visibility;
    }
    return defaultVisibility;
}

bool ServiceEntryVisibility::dependsOnNamespaceLabels() const
{
    for (const Policy &policy : policies) {
        if (policy.visibility != defaultVisibility)
            return true;
    }
    return false;
}

QString ServiceEntryVisibility::name(Visibility visibility)
{
    switch (visibility) {
    case Visibility::Public:
        return QStringLiteral("PUBLIC");
    case Visibility::Namespace:
        return QStringLiteral("NAMESPACE");
    case Visibility::None:
        return QStringLiteral("NONE");
    }
    return QString();
}

bool MeshConfig::analyzerSeesAutoAllocation() const
{
    const QString capture = QStringLiteral("ISTIO_META_DNS_CAPTURE");
    if (proxyMetadata.value(capture) != u"true")
        return false;
    return proxyMetadata.value(QStringLiteral("ISTIO_META_DNS_AUTO_ALLOCATE")) == u"true" ||
           proxyMetadata.value(QStringLiteral("PILOT_ENABLE_IP_AUTOALLOCATE")) == u"true";
}

QStringList MeshConfig::declaredExportTo(const QStringList &exportTo) const
{
    if (!exportTo.isEmpty())
        return exportTo;
    return defaultServiceExportTo.isEmpty() ? QStringList{QStringLiteral("*")}
                                            : defaultServiceExportTo;
}

QStringList MeshConfig::sidecarExportTo(const QStringList &exportTo, const QString &namespaceName,
                                        const QMap<QString, QString> *namespaceLabels,
                                        bool *known) const
{
    if (known)
        *known = true;
    const QStringList declared = declaredExportTo(exportTo);
    // An exportTo of exactly ~ is never widened (or narrowed further).
    if (declared.size() == 1 && declared.first() == u"~")
        return declared;
    if (!serviceEntryVisibility.applyToSidecars)
        return declared;
    ServiceEntryVisibility::Visibility visibility = serviceEntryVisibility.defaultVisibility;
    if (namespaceLabels) {
        visibility = serviceEntryVisibility.visibilityFor(*namespaceLabels);
    } else if (serviceEntryVisibility.dependsOnNamespaceLabels()) {
        if (known)
            *known = false;
        return declared;
    }
    switch (visibility) {
    case ServiceEntryVisibility::Visibility::Public:
        return declared;
    case ServiceEntryVisibility::Visibility::Namespace:
        if (declared.contains(QStringLiteral("*")) || declared.contains(QStringLiteral(".")) ||
            declared.contains(namespaceName))
            return {QStringLiteral(".")};
        return {QStringLiteral("~")};
    case ServiceEntryVisibility::Visibility::None:
        return {QStringLiteral("~")};
    }
    return declared;
}

bool MeshConfig::isDefault() const
{
    return summary().isEmpty();
}

QStringList MeshConfig::summary() const
{
    const MeshConfig defaults;
    QStringList out;
    if (rootNamespace != defaults.rootNamespace)
        out.append(tr("root namespace %1").arg(rootNamespace));
    if (outboundMode != defaults.outboundMode)
        out.append(tr("outbound %1").arg(outboundModeName(outboundMode)));
    if (defaultServiceExportTo != defaults.defaultServiceExportTo)
        out.append(tr("default exportTo [%1]").arg(defaultServiceExportTo.join(u", ")));
    if (dnsCapture())
        out.append(dnsAutoAllocate() ? tr("DNS capture + auto-allocation") : tr("DNS capture"));
    else if (dnsAutoAllocate())
        out.append(tr("DNS auto-allocation without capture"));
    if (serviceEntryVisibility.configured) {
        QString text =
            tr("visibility %1")
                .arg(ServiceEntryVisibility::name(serviceEntryVisibility.defaultVisibility));
        if (!serviceEntryVisibility.policies.isEmpty())
            text += serviceEntryVisibility.policies.size() == 1
                        ? tr(" + 1 policy")
                        : tr(" + %1 policies").arg(serviceEntryVisibility.policies.size());
        if (serviceEntryVisibility.applyToSidecars)
            text += tr(" (sidecars too)");
        out.append(text);
    }
    if (proxyListenPort != defaults.proxyListenPort)
        out.append(tr("listen port %1").arg(proxyListenPort));
    if (trustDomain != defaults.trustDomain)
        out.append(tr("trust domain %1").arg(trustDomain));
    return out;
}

QString MeshConfig::outboundModeName(OutboundMode mode)
{
    switch (mode) {
    case OutboundMode::AllowAny:
        return QStringLiteral("ALLOW_ANY");
    case OutboundMode::RegistryOnly:
        return QStringLiteral("REGISTRY_ONLY");
    case OutboundMode::AllowAnyDynamicDns:
        return QStringLiteral("ALLOW_ANY_DYNAMIC_DNS");
    }
    return QString();
}

bool MeshConfig::parseOutboundMode(const QString &name, OutboundMode *mode)
{
    for (const OutboundMode candidate :
         {OutboundMode::AllowAny, OutboundMode::RegistryOnly, OutboundMode::AllowAnyDynamicDns}) {
        if (name == outboundModeName(candidate)) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

bool MeshConfig::parseBool(const QString &text, bool *ok)
{
    static const QStringList yes = {QStringLiteral("1"),    QStringLiteral("t"),
                                    QStringLiteral("T"),    QStringLiteral("TRUE"),
                                    QStringLiteral("true"), QStringLiteral("True")};
    static const QStringList no = {QStringLiteral("0"),     QStringLiteral("f"),
                                   QStringLiteral("F"),     QStringLiteral("FALSE"),
                                   QStringLiteral("false"), QStringLiteral("False")};
    const bool isYes = yes.contains(text);
    if (ok)
        *ok = isYes || no.contains(text);
    return isYes;
}

} // namespace MeshEntry
