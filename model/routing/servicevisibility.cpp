#include "servicevisibility.h"

#include "portplan.h"
#include "requestwalker.h"

#include <QSet>

namespace MeshEntry {

namespace {

QString cellKey(const QString &host, const QString &ns)
{
    return host + u'\n' + ns;
}

YamlPath path(const QString &text)
{
    return YamlPath::fromText(text);
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

    // What the scope keeps: one service per host, with the ports merged into it.
    QSet<const ServiceEntryRecord *> keptOrMerged;
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

    QHash<const RoutingService *, ScopeDecision> fate;
    for (const ScopeDecision &decision : std::as_const(decisions)) {
        // An import in any egress listener makes the service visible; keep the best fate.
        auto it = fate.find(decision.service);
        if (it == fate.end() || decision.kind == ScopeDecision::Kind::Imported)
            fate.insert(decision.service, decision);
    }

    const QString sidecarName = scope->sidecar ? scope->sidecar->facts.fullName() : QString();
    QSet<QString> seen;
    for (const RoutingService *service : registry.allServices()) {
        const ServiceEntryRecord &entry = *service->entry;
        const QString key =
            cellKey(service->host, entry.namespaceName()) + u'\n' + QString::number(entry.document);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        const auto kept = scope->services.constFind(service->host);
        if (kept != scope->services.cend()) {
            if (kept->kept->entry == &entry ||
                std::any_of(kept->merged.cbegin(), kept->merged.cend(),
                            [&](const RoutingService *s) { return s->entry == &entry; })) {
                out.m_cells.insert(
                    cellKey(service->host, entry.namespaceName()),
                    {State::Visible, QStringLiteral("visible to %1 from ServiceEntry %2")
                                         .arg(namespaceName, entryName(*kept->kept->entry))});
                continue;
            }
        }
        Hidden hidden;
        hidden.host = service->host;
        hidden.entry = &entry;
        hidden.hostIndex = service->hostIndex;
        hidden.document = entry.document;
        const QStringList declared = registry.mesh().declaredExportTo(entry.facts.exportTo);
        const YamlPath exportPath = entry.facts.hasExportTo ? path(QStringLiteral("spec.exportTo"))
                                                            : path(QStringLiteral("metadata.name"));
        if (!entry.isVisibleTo(namespaceName)) {
            hidden.path = exportPath;
            if (entry.exportTo != declared) {
                hidden.rule = QStringLiteral("VISIBILITY");
                hidden.reason =
                    QStringLiteral("serviceEntryVisibility narrows exportTo %1 of namespace %2 "
                                   "to %3")
                        .arg(listText(declared), entry.namespaceName(), listText(entry.exportTo));
            } else {
                hidden.rule = QStringLiteral("EXPORTTO");
                hidden.reason = QStringLiteral("not exported to %1 (exportTo %2)")
                                    .arg(namespaceName, listText(declared));
            }
        } else if (kept != scope->services.cend() &&
                   kept->kept->entry->namespaceName() == entry.namespaceName()) {
            const qsizetype at =
                std::find_if(kept->ignored.cbegin(), kept->ignored.cend(),
                             [&](const RoutingService *s) { return s->entry == &entry; }) -
                kept->ignored.cbegin();
            hidden.state = State::Shadowed;
            hidden.rule = QStringLiteral("HOST-MERGE");
            hidden.path = path(QStringLiteral("spec.hosts[%1]").arg(service->hostIndex));
            hidden.reason =
                at < kept->ignored.size()
                    ? QStringLiteral("ServiceEntry %1 defines the host first in %2; the ports of "
                                     "this entry are not merged (%3)")
                          .arg(entryName(*kept->kept->entry), entry.namespaceName(),
                               kept->ignoredReasons[at])
                    : QStringLiteral("ServiceEntry %1 defines the host first in %2 with the same "
                                     "ports")
                          .arg(entryName(*kept->kept->entry), entry.namespaceName());
        } else {
            const ScopeDecision decision = fate.value(service);
            const ScopeEgressListener *listener =
                decision.egress >= 0 ? &scope->egress[decision.egress] : nullptr;
            const auto rulePath = [&](int rule) {
                return path(
                    QStringLiteral("spec.egress[%1].hosts[%2]").arg(listener->index).arg(rule));
            };
            switch (decision.kind) {
            case ScopeDecision::Kind::Excluded:
                hidden.rule = QStringLiteral("IMPORT");
                hidden.document = scope->sidecar->document;
                hidden.path = rulePath(decision.egressHost);
                hidden.reason = QStringLiteral("excluded by Sidecar %1 (egress host \"%2\")")
                                    .arg(sidecarName, listener->hosts[decision.egressHost].text);
                break;
            case ScopeDecision::Kind::NotImported:
            case ScopeDecision::Kind::PortNotImported:
                hidden.rule = QStringLiteral("IMPORT");
                hidden.document = scope->sidecar ? scope->sidecar->document : -1;
                hidden.path = path(QStringLiteral("spec.egress"));
                hidden.reason =
                    decision.kind == ScopeDecision::Kind::NotImported
                        ? QStringLiteral("Sidecar %1 does not import it").arg(sidecarName)
                        : QStringLiteral("Sidecar %1 imports it only on port %2, which "
                                         "it does not have")
                              .arg(sidecarName)
                              .arg(listener->port);
                break;
            case ScopeDecision::Kind::Shadowed:
            case ScopeDecision::Kind::Imported: {
                const RoutingService *winner = decision.winner                  ? decision.winner
                                               : kept != scope->services.cend() ? kept->kept
                                                                                : nullptr;
                hidden.state = State::Shadowed;
                hidden.rule = QStringLiteral("HOST-NAMESPACE");
                hidden.path = path(QStringLiteral("spec.hosts[%1]").arg(service->hostIndex));
                if (!winner) {
                    hidden.reason = QStringLiteral("shadowed");
                } else if (winner->entry->namespaceName() == namespaceName) {
                    hidden.reason =
                        QStringLiteral("shadowed by the entry in %1's own namespace (%2)")
                            .arg(namespaceName, entryName(*winner->entry));
                } else if (!winner->entry->isPublic && entry.isPublic) {
                    hidden.reason = QStringLiteral("shadowed by %1, exported to %2 explicitly")
                                        .arg(entryName(*winner->entry), namespaceName);
                } else {
                    hidden.reason = QStringLiteral("shadowed by %1, which comes first in "
                                                   "creation order")
                                        .arg(entryName(*winner->entry));
                }
                break;
            }
            }
        }
        const QString cell = cellKey(service->host, entry.namespaceName());
        if (out.m_cells.value(cell).state != State::Visible)
            out.m_cells.insert(cell, {hidden.state, hidden.reason});
        out.hidden.append(hidden);
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

ServiceVisibility::Cell ServiceVisibility::cell(const QString &host,
                                                const QString &sourceNamespace) const
{
    return m_cells.value(
        cellKey(host, sourceNamespace),
        {State::Hidden,
         QStringLiteral("no ServiceEntry in %1 defines %2").arg(sourceNamespace, host)});
}

} // namespace MeshEntry
