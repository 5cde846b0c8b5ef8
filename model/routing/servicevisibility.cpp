#include "servicevisibility.h"

#include "messagetext.h"
#include "portplan.h"
#include "requestwalker.h"
#include "sidecarscope.h"

#include <QSet>

namespace MeshEntry {

namespace {

// The reasons' templates: the English is what `meshentry visible` prints; the map shows them
// translated (translatedReason).
const char *const narrowed = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "serviceEntryVisibility narrows exportTo %1 of namespace %2 to %3");
const char *const notExported =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "not exported to %1 (exportTo %2)");
const char *const definedFirstNotMerged = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "ServiceEntry %1 defines the host first in %2; the ports of this entry are not merged (%3)");
const char *const definedFirstSamePorts = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "ServiceEntry %1 defines the host first in %2 with the same ports");
const char *const excludedBySidecar =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "excluded by Sidecar %1 (egress host \"%2\")");
const char *const notImported =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "Sidecar %1 does not import it");
const char *const importedOnOtherPort = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "Sidecar %1 imports it only on port %2, which it does not have");
const char *const shadowedOnly = QT_TRANSLATE_NOOP("MeshEntry::Message", "shadowed");
const char *const shadowedByOwn =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "shadowed by the entry in %1's own namespace (%2)");
const char *const shadowedByExplicit =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "shadowed by %1, exported to %2 explicitly");
const char *const shadowedByEarlier =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "shadowed by %1, which comes first in creation order");
const char *const noEntryDefines =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "no ServiceEntry in %1 defines %2");
const char *const seesFrom =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 sees %2 from ServiceEntry %3");
const char *const hiddenCell = QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 (%2): %3");

const QList<const char *> hiddenReasons = {
    narrowed,          notExported,        definedFirstNotMerged, definedFirstSamePorts,
    excludedBySidecar, notImported,        importedOnOtherPort,   shadowedOnly,
    shadowedByOwn,     shadowedByExplicit, shadowedByEarlier};
const QList<const char *> cellReasons = {noEntryDefines, seesFrom, hiddenCell};

const NestedMessages notMergedWhy(definedFirstNotMerged, 3, mergeReasons());
const NestedMessages hiddenCellWhy(hiddenCell, 3, hiddenReasons);

QString englishOf(const char *source)
{
    return QString::fromUtf8(source);
}

YamlPath path(const QString &text)
{
    return YamlPath::fromText(text);
}

/// The best fate of a visible service over the egress listeners: imported by any wins.
ScopeDecision bestFate(const SidecarScope &scope, const RoutingService *service)
{
    ScopeDecision best;
    best.service = service;
    for (int e = 0; e < scope.egress.size(); ++e) {
        const ScopeDecision decision = scope.explain(service, e);
        if (decision.kind == ScopeDecision::Kind::Imported)
            return decision;
        if (best.egress < 0 || !scope.egress[e].hasPort)
            best = decision; // the catch-all listener explains best
    }
    return best;
}

/// Whether the scope keeps this entry for the host (as the entry or merged into it).
bool keeps(const SidecarScope &scope, const RoutingService *service)
{
    const auto kept = scope.services.constFind(service->host);
    if (kept == scope.services.cend())
        return false;
    return kept->kept->entry == service->entry ||
           std::any_of(kept->merged.cbegin(), kept->merged.cend(),
                       [&](const RoutingService *s) { return s->entry == service->entry; });
}

/// Why the scope does not use a service of an entry, as a rule and a sentence.
ServiceVisibility::Hidden classify(const RoutingRegistry &registry, const SidecarScope &scope,
                                   const RoutingService *service, const ScopeDecision &fate)
{
    const ServiceEntryRecord &entry = *service->entry;
    const QString &ns = scope.namespaceName;
    ServiceVisibility::Hidden hidden;
    hidden.host = service->host;
    hidden.entry = &entry;
    hidden.hostIndex = service->hostIndex;
    hidden.document = entry.document;
    const QStringList declared = registry.mesh().declaredExportTo(entry.facts.exportTo);
    if (!entry.isVisibleTo(ns)) {
        hidden.path = entry.facts.hasExportTo ? path(QStringLiteral("spec.exportTo"))
                                              : path(QStringLiteral("metadata.name"));
        if (entry.exportTo != declared) {
            hidden.rule = QStringLiteral("VISIBILITY");
            hidden.reason = englishOf(narrowed).arg(listText(declared), entry.namespaceName(),
                                                    listText(entry.exportTo));
        } else {
            hidden.rule = QStringLiteral("EXPORTTO");
            hidden.reason = englishOf(notExported).arg(ns, listText(declared));
        }
        return hidden;
    }
    const auto kept = scope.services.constFind(service->host);
    if (kept != scope.services.cend() &&
        kept->kept->entry->namespaceName() == entry.namespaceName()) {
        const qsizetype at =
            std::find_if(kept->ignored.cbegin(), kept->ignored.cend(),
                         [&](const RoutingService *s) { return s->entry == &entry; }) -
            kept->ignored.cbegin();
        hidden.state = ServiceVisibility::State::Shadowed;
        hidden.rule = QStringLiteral("HOST-MERGE");
        hidden.path = path(QStringLiteral("spec.hosts[%1]").arg(service->hostIndex));
        hidden.reason = at < kept->ignored.size()
                            ? englishOf(definedFirstNotMerged)
                                  .arg(entryName(*kept->kept->entry), entry.namespaceName(),
                                       kept->ignoredReasons[at])
                            : englishOf(definedFirstSamePorts)
                                  .arg(entryName(*kept->kept->entry), entry.namespaceName());
        return hidden;
    }
    const QString sidecarName = scope.sidecar ? scope.sidecar->facts.fullName() : QString();
    const ScopeEgressListener *listener = fate.egress >= 0 ? &scope.egress[fate.egress] : nullptr;
    switch (fate.kind) {
    case ScopeDecision::Kind::Excluded:
        hidden.rule = QStringLiteral("IMPORT");
        hidden.document = scope.sidecar->document;
        hidden.path = path(
            QStringLiteral("spec.egress[%1].hosts[%2]").arg(listener->index).arg(fate.egressHost));
        hidden.reason =
            englishOf(excludedBySidecar).arg(sidecarName, listener->hosts[fate.egressHost].text);
        break;
    case ScopeDecision::Kind::NotImported:
    case ScopeDecision::Kind::PortNotImported:
        hidden.rule = QStringLiteral("IMPORT");
        hidden.document = scope.sidecar ? scope.sidecar->document : -1;
        hidden.path = path(QStringLiteral("spec.egress"));
        hidden.reason = fate.kind == ScopeDecision::Kind::NotImported
                            ? englishOf(notImported).arg(sidecarName)
                            : englishOf(importedOnOtherPort).arg(sidecarName).arg(listener->port);
        break;
    case ScopeDecision::Kind::Shadowed:
    case ScopeDecision::Kind::Imported: {
        const RoutingService *winner = fate.winner                     ? fate.winner
                                       : kept != scope.services.cend() ? kept->kept
                                                                       : nullptr;
        hidden.state = ServiceVisibility::State::Shadowed;
        hidden.rule = QStringLiteral("HOST-NAMESPACE");
        hidden.path = path(QStringLiteral("spec.hosts[%1]").arg(service->hostIndex));
        if (!winner)
            hidden.reason = englishOf(shadowedOnly);
        else if (winner->entry->namespaceName() == ns)
            hidden.reason = englishOf(shadowedByOwn).arg(ns, entryName(*winner->entry));
        else if (!winner->entry->isPublic && entry.isPublic)
            hidden.reason = englishOf(shadowedByExplicit).arg(entryName(*winner->entry), ns);
        else
            hidden.reason = englishOf(shadowedByEarlier).arg(entryName(*winner->entry));
        break;
    }
    }
    return hidden;
}

} // namespace

ServiceVisibility ServiceVisibility::compute(const RoutingRegistry &registry,
                                             const QString &namespaceName)
{
    ServiceVisibility out;
    out.namespaceName = namespaceName;
    QList<ScopeDecision> decisions;
    const std::shared_ptr<const SidecarScope> scope =
        SidecarScope::build(registry, namespaceName, &decisions);
    for (auto it = scope->services.cbegin(); it != scope->services.cend(); ++it) {
        Visible visible;
        visible.host = it.key();
        visible.entry = it->kept->entry;
        visible.hostIndex = it->kept->hostIndex;
        visible.ports = it->ports;
        for (const RoutingService *merged : it->merged) {
            if (!visible.merged.contains(merged->entry) && merged->entry != visible.entry)
                visible.merged.append(merged->entry);
        }
        for (const ScopeEgressListener &listener : scope->egress) {
            for (const ImportedService &imported : listener.services) {
                if (imported.service->host != visible.host ||
                    imported.service->entry->namespaceName() != visible.entry->namespaceName())
                    continue;
                const QString address = proxyAddress(registry, *imported.service);
                if (address != u"0.0.0.0" && !visible.addresses.contains(address))
                    visible.addresses.append(address);
            }
        }
        out.services.append(visible);
    }
    std::sort(out.services.begin(), out.services.end(),
              [](const Visible &a, const Visible &b) { return a.host < b.host; });

    QHash<const RoutingService *, ScopeDecision> fates;
    for (const ScopeDecision &decision : std::as_const(decisions)) {
        auto it = fates.find(decision.service);
        if (it == fates.end() || decision.kind == ScopeDecision::Kind::Imported ||
            (it->kind != ScopeDecision::Kind::Imported && !scope->egress[decision.egress].hasPort))
            fates.insert(decision.service, decision);
    }
    QSet<std::pair<const ServiceEntryRecord *, QString>> seen;
    for (const RoutingService *service : registry.allServices()) {
        if (seen.contains({service->entry, service->host}))
            continue;
        seen.insert({service->entry, service->host});
        if (service->entry->isVisibleTo(namespaceName) && keeps(*scope, service))
            continue;
        out.hidden.append(classify(registry, *scope, service, fates.value(service)));
    }
    std::sort(out.hidden.begin(), out.hidden.end(), [](const Hidden &a, const Hidden &b) {
        if (a.host != b.host)
            return a.host < b.host;
        if (a.entry->namespaceName() != b.entry->namespaceName())
            return a.entry->namespaceName() < b.entry->namespaceName();
        return a.entry->facts.name < b.entry->facts.name;
    });
    return out;
}

ServiceVisibility::Cell ServiceVisibility::cell(const RoutingRegistry &registry,
                                                const SidecarScope &scope, const QString &host,
                                                const QString &sourceNamespace)
{
    QList<const RoutingService *> services;
    for (const RoutingService *service : registry.servicesWithHost(host)) {
        if (service->entry->namespaceName() == sourceNamespace)
            services.append(service);
    }
    if (services.isEmpty())
        return {State::Hidden, englishOf(noEntryDefines).arg(sourceNamespace, host)};
    std::sort(services.begin(), services.end(), &RoutingRegistry::creationLess);
    for (const RoutingService *service : std::as_const(services)) {
        if (service->entry->isVisibleTo(scope.namespaceName) && keeps(scope, service))
            return {State::Visible,
                    englishOf(seesFrom).arg(scope.namespaceName, host,
                                            entryName(*scope.services.value(host).kept->entry))};
    }
    const RoutingService *first = services.first();
    const Hidden hidden = classify(
        registry, scope, first,
        first->entry->isVisibleTo(scope.namespaceName) ? bestFate(scope, first) : ScopeDecision());
    return {hidden.state,
            englishOf(hiddenCell).arg(entryName(*first->entry), hidden.rule, hidden.reason)};
}

QString ServiceVisibility::translatedReason(const QString &reason)
{
    return translatedMessage(hiddenReasons + cellReasons, reason);
}

} // namespace MeshEntry
