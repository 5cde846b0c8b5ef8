#include "routingconflicts.h"

#include "istiohost.h"
#include "messagetext.h"
#include "portplan.h"
#include "requestwalker.h"
#include "ruleregistry.h"
#include "workerpool.h"

#include <QMutex>
#include <QSet>
#include <QtConcurrent>

namespace MeshEntry {

namespace {

const QString namespacesMark = QStringLiteral("%NS%");
const QString capturedRule = QStringLiteral("ME-ROUTE-PORT-CAPTURED");
const QString droppedRule = QStringLiteral("ME-ROUTE-LISTENER-DROPPED");
const QString shadowedRule = QStringLiteral("ME-ROUTE-HOST-SHADOWED");
const QString importRule = QStringLiteral("ME-SIDECAR-IMPORT-NOTHING");
const QString workloadsRule = QStringLiteral("ME-EXPORTTO-NO-WORKLOADS");

/// Paths repeat across thousands of findings: one shared copy of each.
YamlPath path(const QString &text)
{
    static QMutex lock;
    static QHash<QString, YamlPath> paths;
    const QMutexLocker locker(&lock);
    auto it = paths.constFind(text);
    if (it == paths.cend())
        it = paths.insert(text, YamlPath::fromText(text));
    return *it;
}

// The templates of the parts of messages (NestedMessages): lists, words, reasons.

const char *const moreNames = QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 more");
/// The items of an and-list of names (nameList), besides the names.
const QList<const char *> lists = {moreNames};
const char *const noProtocol = QT_TRANSLATE_NOOP("MeshEntry::Message", "no protocol");

const char *const portTwice =
    QT_TRANSLATE_NOOP("MeshEntry::Message",
                      "the ServiceEntry declares the port number twice, and the first one wins");
const char *const addressEarlier = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "its address is listed earlier in the same ServiceEntry");
const char *const hostsByName = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "hosts of one ServiceEntry are ordered by name, and %1 sorts before %2");
const char *const exportedFirst = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "it is exported to the namespace explicitly, which puts "
                          "it before public entries");
const char *const createdEarlier =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "it was created earlier");
const char *const untimedHost = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "neither has a creationTimestamp, and %1 sorts before %2");
const char *const untimedNamespace = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "neither has a creationTimestamp, and namespace %1 sorts before %2");
const char *const untimedName = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "neither has a creationTimestamp, and name %1 sorts before %2");
const char *const untimedFiles = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "neither has a creationTimestamp, and it comes first in the files");
const char *const sameSecondHost = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "both were created in the same second, and %1 sorts before %2");
const char *const sameSecondNamespace = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "both were created in the same second, and namespace %1 sorts before %2");
const char *const sameSecondName = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "both were created in the same second, and name %1 sorts before %2");
const char *const sameSecondFiles = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "both were created in the same second, and it comes first in the files");
const char *const ownNamespaceWins =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "an entry in the sidecar's own namespace wins");
/// The most specific first: "%1 sorts before %2" would take a namespace's sentence too.
const QList<const char *> orderReasons = {
    portTwice,        addressEarlier,  hostsByName,    exportedFirst,   createdEarlier,
    untimedNamespace, untimedName,     untimedFiles,   untimedHost,     sameSecondNamespace,
    sameSecondName,   sameSecondFiles, sameSecondHost, ownNamespaceWins};

const char *const captured = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "Port %1 of %2 (%3, no addresses) captures all other traffic "
                          "to port %1 for sidecars in %4; other entries on that port: "
                          "%5");
const char *const droppedWellKnown = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "Port %1 of %2 (%3) is dropped from listener %4 for sidecars in %5: Mongo and MySQL do not "
    "share a listener with other protocols, and %6 comes first with %7");
const char *const droppedSameMatch = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "Port %1 of %2 is dropped from listener %3 for sidecars in %4: %5 has the same filter chain "
    "match (%6) and comes first: %7");
const char *const shadowed = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "%1 is shadowed for sidecars in %2 by ServiceEntry %3: %4");
const char *const importsNothingOnPort = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "Egress host \"%1\" imports no ServiceEntry visible to sidecars in %2 on port %3");
const char *const importsNothing = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "Egress host \"%1\" imports no ServiceEntry visible to sidecars in %2");
const char *const noWorkloads = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "exportTo %1 makes this ServiceEntry visible to no namespace that has workloads (%2)");

const NestedMessages capturedProtocol(captured, 3, {noProtocol});
const NestedMessages capturedNamespaces(captured, 4, lists, ListKind::And);
const NestedMessages capturedOthers(captured, 5, lists, ListKind::And);
const NestedMessages droppedWellKnownProtocol(droppedWellKnown, 3, {noProtocol});
const NestedMessages droppedWellKnownNamespaces(droppedWellKnown, 5, lists, ListKind::And);
const NestedMessages droppedSameMatchNamespaces(droppedSameMatch, 4, lists, ListKind::And);
const NestedMessages droppedSameMatchChain(droppedSameMatch, 6, FilterChain::matchTexts(),
                                           ListKind::Commas);
const NestedMessages droppedSameMatchWhy(droppedSameMatch, 7, orderReasons);
const NestedMessages shadowedNamespaces(shadowed, 2, lists, ListKind::And);
const NestedMessages shadowedWhy(shadowed, 4, orderReasons);
const NestedMessages importsNothingOnPortNamespaces(importsNothingOnPort, 2, lists, ListKind::And);
const NestedMessages importsNothingNamespaces(importsNothing, 2, lists, ListKind::And);
const NestedMessages noWorkloadsNamespaces(noWorkloads, 2, lists, ListKind::And);

/// "a", "a and b", "a, b and c", "a, b, c and 4 more".
QString nameList(QStringList names)
{
    names.sort();
    names.removeDuplicates();
    if (names.size() > 4) {
        const qsizetype more = names.size() - 3;
        names.resize(3);
        names.append(MessageText(moreNames).arg(more).text());
    }
    return joinedList(ListKind::And, names);
}

QString protocolText(const RoutingPort &port)
{
    return port.protocol.isUnsupported() ? QString::fromUtf8(noProtocol) : port.protocol.name();
}

QString serviceText(const RoutingService &service)
{
    return QStringLiteral("%1 (%2)").arg(service.host, entryName(*service.entry));
}

/// Why winner comes before loser in the order listeners and hosts are built in (§3.1).
QString orderReason(const RoutingService &winner, const RoutingService &loser)
{
    if (&winner == &loser)
        return QString::fromUtf8(portTwice);
    if (winner.entry == loser.entry && winner.host == loser.host)
        return QString::fromUtf8(addressEarlier);
    if (winner.entry == loser.entry)
        return MessageText(hostsByName).arg(winner.host, loser.host).text();
    if (!winner.entry->isPublic && loser.entry->isPublic)
        return QString::fromUtf8(exportedFirst);
    const qint64 a = winner.entry->facts.created;
    const qint64 b = loser.entry->facts.created;
    if (a != b)
        return QString::fromUtf8(createdEarlier);
    // One sentence per tie and tie-breaker.
    const bool untimed = a == RoutingFacts::noCreationTime;
    if (winner.host != loser.host)
        return MessageText(untimed ? untimedHost : sameSecondHost)
            .arg(winner.host, loser.host)
            .text();
    if (winner.entry->namespaceName() != loser.entry->namespaceName())
        return MessageText(untimed ? untimedNamespace : sameSecondNamespace)
            .arg(winner.entry->namespaceName(), loser.entry->namespaceName())
            .text();
    if (winner.entry->facts.name != loser.entry->facts.name)
        return MessageText(untimed ? untimedName : sameSecondName)
            .arg(winner.entry->facts.name, loser.entry->facts.name)
            .text();
    return QString::fromUtf8(untimed ? untimedFiles : sameSecondFiles);
}

/// A fact that keeps the template of its message, for translatedMessage().
RoutingConflicts::Fact makeFact(const QString &rule, int document, const TextSpan &span,
                                const YamlPath &at, const MessageText &message)
{
    RoutingConflicts::Fact made;
    made.rule = rule;
    made.document = document;
    made.span = span;
    made.path = at;
    made.message = FindingText::fromMessage(message);
    made.source = message.source();
    return made;
}

/// text with [at, at + length) replaced by with, allocated at its exact size (a replace()
/// would keep the slack of its growth).
QByteArray replacedAt(QByteArrayView text, qsizetype at, qsizetype length, QByteArrayView with)
{
    QByteArray out;
    out.reserve(text.size() - length + with.size());
    out.append(text.first(at));
    out.append(with);
    out.append(text.sliced(at + length));
    return out;
}

/// Finds each fact's `%NS%` and, for a namespace's own view, puts the namespace in its place.
void placeNamespaces(QList<RoutingConflicts::Fact> *facts, const QString &viewer)
{
    const QByteArray mark = namespacesMark.toUtf8();
    const QByteArray name = viewer.toUtf8();
    for (RoutingConflicts::Fact &fact : *facts) {
        const QByteArray &text = fact.message.utf8();
        fact.mark = text.indexOf(mark);
        fact.markLength = mark.size();
        if (fact.mark < 0 || viewer.isEmpty())
            continue;
        fact.message = FindingText::fromUtf8(replacedAt(text, fact.mark, mark.size(), name));
        fact.markLength = name.size();
    }
}

/// The fact with `%NS%` where its namespaces go: the same for every viewer.
QByteArray factKey(const RoutingConflicts::Fact &fact)
{
    const QByteArray key = fact.rule.toUtf8() + '\n' + fact.path.toString().toUtf8() + '\n';
    const QByteArray &text = fact.message.utf8();
    if (fact.mark < 0)
        return key + text;
    return key + replacedAt(text, fact.mark, fact.markLength, namespacesMark.toUtf8());
}

} // namespace

QList<RoutingConflicts::Fact> RoutingConflicts::portFacts(const RoutingRegistry &registry,
                                                          const SidecarScope &scope,
                                                          quint32 port) const
{
    QList<Fact> facts;
    const SidecarScope *const view = &scope;
    const std::shared_ptr<const PortPlan> plan = PortPlan::build(registry, *view, port, false);
    if (const OutboundListener *wildcard = plan->listener(QStringLiteral("0.0.0.0"))) {
        const FilterChain *all = wildcard->matchAll();
        if (all && all->action == FilterChain::Action::TcpProxy) {
            const RoutingService &capturer = *all->origin.service;
            QStringList others;
            QSet<QString> seen;
            for (const ScopeEgressListener &listener : view->egress) {
                for (const int index : listener.byPort.value(port)) {
                    const RoutingService &other = *listener.services[index].service;
                    if (other.entry == capturer.entry && other.host == capturer.host)
                        continue;
                    const QString text = serviceText(other);
                    if (!seen.contains(text)) {
                        seen.insert(text);
                        others.append(text);
                    }
                }
            }
            if (!others.isEmpty()) {
                const RoutingPort &declared = all->origin.port;
                const int index = declared.index;
                facts.append(makeFact(
                    capturedRule, capturer.entry->document,
                    capturer.entry->facts.ports.value(index).span,
                    path(QStringLiteral("spec.ports[%1]").arg(index)),
                    MessageText(captured).arg(port).arg(capturer.host, protocolText(declared),
                                                        namespacesMark, nameList(others))));
            }
        }
    }
    for (const DroppedChain &dropped : plan->dropped) {
        if (dropped.reason == DroppedChain::Reason::Locked)
            continue;
        const ChainOrigin &origin = dropped.chain.origin;
        const RoutingService &loser = *origin.service;
        const RoutingService &winner = *dropped.existing.service;
        const bool onAddress =
            loser.addressIndex >= 0 &&
            (!dropped.chain.prefixes.isEmpty() || !dropped.listener.startsWith(u"0.0.0.0_"));
        const TextSpan span = onAddress
                                  ? loser.entry->facts.addresses.value(loser.addressIndex).span
                                  : loser.entry->facts.ports.value(origin.port.index).span;
        const YamlPath at = onAddress
                                ? path(QStringLiteral("spec.addresses[%1]").arg(loser.addressIndex))
                                : path(QStringLiteral("spec.ports[%1]").arg(origin.port.index));
        MessageText message;
        if (dropped.reason == DroppedChain::Reason::WellKnownPort)
            message =
                MessageText(droppedWellKnown)
                    .arg(port)
                    .arg(loser.host, protocolText(origin.port), dropped.listener, namespacesMark,
                         serviceText(winner), dropped.existing.port.protocol.name());
        else
            message = MessageText(droppedSameMatch)
                          .arg(port)
                          .arg(loser.host, dropped.listener, namespacesMark, serviceText(winner),
                               dropped.chain.matchText(), orderReason(winner, loser));
        facts.append(makeFact(droppedRule, loser.entry->document, span, at, message));
    }
    return facts;
}

RoutingConflicts::ViewerFacts RoutingConflicts::evaluate(const RoutingRegistry &registry,
                                                         const QString &namespaceName,
                                                         const QString &viewer,
                                                         const ViewerFacts &previous,
                                                         const QSet<quint32> *only) const
{
    ViewerFacts out;
    QList<Fact> facts;
    QList<ScopeDecision> decisions;
    const std::shared_ptr<const SidecarScope> scope =
        SidecarScope::build(registry, namespaceName, &decisions);

    QSet<quint32> ports;
    for (const ScopeEgressListener &listener : scope->egress) {
        if (listener.hasPort)
            ports.insert(listener.port);
        for (auto it = listener.byPort.cbegin(); it != listener.byPort.cend(); ++it)
            ports.insert(it.key());
    }
    const auto placedPortFacts = [&](quint32 port) {
        QList<Fact> placed = portFacts(registry, *scope, port);
        placeNamespaces(&placed, viewer);
        placed.squeeze(); // kept until the namespace is evaluated again
        return placed;
    };
    if (only) {
        out.ports = previous.ports;
        for (const quint32 port : *only) {
            if (ports.contains(port))
                out.ports.insert(port, placedPortFacts(port));
            else
                out.ports.remove(port);
        }
    } else {
        for (const quint32 port : std::as_const(ports))
            out.ports.insert(port, placedPortFacts(port));
    }

    QSet<QString> reported;
    for (const ScopeDecision &decision : std::as_const(decisions)) {
        if (decision.kind != ScopeDecision::Kind::Shadowed)
            continue;
        const RoutingService &loser = *decision.service;
        const RoutingService &winner = *decision.winner;
        const QString key = QStringLiteral("%1/%2/%3")
                                .arg(loser.entry->document)
                                .arg(loser.hostIndex)
                                .arg(winner.entry->document);
        if (reported.contains(key))
            continue;
        reported.insert(key);
        const QString why = winner.entry->namespaceName() == namespaceName
                                ? QString::fromUtf8(ownNamespaceWins)
                                : orderReason(winner, loser);
        facts.append(makeFact(
            shadowedRule, loser.entry->document,
            loser.entry->facts.hosts.value(loser.hostIndex).span,
            path(QStringLiteral("spec.hosts[%1]").arg(loser.hostIndex)),
            MessageText(shadowed).arg(loser.host, namespacesMark, entryName(*winner.entry), why)));
    }
    // Entries of one namespace that are not merged (scope->services' ignored ones) are the
    // validator's ME-HOST-PORTS-DIFFER, which says why and who wins: not repeated here.

    if (scope->sidecar) {
        const RoutingFacts &sidecar = scope->sidecar->facts;
        for (int e = 0; e < scope->egress.size(); ++e) {
            const ScopeEgressListener &listener = scope->egress[e];
            if (listener.index < 0)
                continue;
            for (const EgressHostRule &rule : listener.hosts) {
                const TextSpan span =
                    sidecar.egress.value(listener.index).hosts.value(rule.index).span;
                const YamlPath at = path(QStringLiteral("spec.egress[%1].hosts[%2]")
                                             .arg(listener.index)
                                             .arg(rule.index));
                if (!rule.valid) {
                    facts.append(makeFact(
                        importRule, scope->sidecar->document, span, at,
                        MessageText(QT_TRANSLATE_NOOP(
                                        "MeshEntry::Message",
                                        "Egress host \"%1\" is ignored: it must have the form "
                                        "namespace/host"))
                            .arg(rule.text)));
                    continue;
                }
                // Kubernetes Services could match `*` and `.svc` hosts; only the cluster knows.
                if (rule.excluded || rule.host == u"*" ||
                    IstioHost::isKubernetesServiceHost(rule.host))
                    continue;
                const bool used =
                    std::any_of(decisions.cbegin(), decisions.cend(), [&](const ScopeDecision &d) {
                        return d.egress == e && d.egressHost == rule.index &&
                               (d.kind == ScopeDecision::Kind::Imported ||
                                d.kind == ScopeDecision::Kind::Shadowed);
                    });
                if (used)
                    continue;
                // One template with the port and one without: each is one sentence.
                const MessageText imports =
                    listener.hasPort
                        ? MessageText(importsNothingOnPort)
                              .arg(rule.text, namespacesMark, QString::number(listener.port))
                        : MessageText(importsNothing).arg(rule.text, namespacesMark);
                facts.append(makeFact(importRule, scope->sidecar->document, span, at, imports));
            }
        }
    }
    placeNamespaces(&facts, viewer);
    facts.squeeze();
    out.scope = facts;
    for (qsizetype i = 0; i < out.scope.size(); ++i)
        out.byDocument[out.scope.at(i).document].append({-1, i});
    for (auto it = out.ports.cbegin(); it != out.ports.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i)
            out.byDocument[it->at(i).document].append({qint64(it.key()), i});
    }
    return out;
}

bool RoutingConflicts::ViewerFacts::sameFacts(int document, const ViewerFacts &other) const
{
    const QList<FactPlace> mine = byDocument.value(document);
    const QList<FactPlace> theirs = other.byDocument.value(document);
    if (mine.size() != theirs.size())
        return false;
    for (qsizetype i = 0; i < mine.size(); ++i) {
        if (at(mine.at(i)) != other.at(theirs.at(i)))
            return false;
    }
    return true;
}

QList<Diagnostic> RoutingConflicts::takeFindings(int document)
{
    // The messages are shared with the findings: what goes is the facts' own structs.
    m_byViewer.clear();
    m_viewersByDocument.clear();
    m_entryFacts.clear();
    return m_findings.take(document);
}

qsizetype RoutingConflicts::keptFacts() const
{
    qsizetype count = 0;
    for (const ViewerFacts &facts : m_byViewer) {
        count += facts.scope.size();
        for (const QList<Fact> &list : facts.ports)
            count += list.size();
    }
    return count;
}

QList<RoutingConflicts::Fact> RoutingConflicts::entryFacts(const RoutingRegistry &registry,
                                                           const ServiceEntryRecord &entry,
                                                           const QSet<QString> &workloads) const
{
    const QStringList declared = registry.mesh().declaredExportTo(entry.facts.exportTo);
    if (workloads.isEmpty() || entry.isPublic || !entry.exportToKnown ||
        declared == QStringList{QStringLiteral("~")})
        return {};
    for (const QString &ns : entry.exportedTo) {
        if (!entry.isHidden && workloads.contains(ns))
            return {};
    }
    const RoutingFacts &facts = entry.facts;
    return {makeFact(
        workloadsRule, entry.document, facts.hasExportTo ? facts.exportToSpan : facts.nameSpan,
        path(facts.hasExportTo ? QStringLiteral("spec.exportTo") : QStringLiteral("metadata.name")),
        MessageText(noWorkloads)
            .arg(listText(declared), nameList(QStringList(workloads.cbegin(), workloads.cend()))))};
}

QList<Diagnostic> RoutingConflicts::aggregate(int document) const
{
    QMap<QByteArray, std::pair<Fact, QStringList>> groups;
    for (const QString &viewer : m_viewersByDocument.value(document)) {
        const QStringList names = viewer.isEmpty() ? m_generic : QStringList{viewer};
        const auto facts = m_byViewer.constFind(viewer);
        if (facts == m_byViewer.cend())
            continue;
        for (const FactPlace &place : facts->byDocument.value(document)) {
            const Fact &fact = facts->at(place);
            auto &group = groups[factKey(fact)];
            group.first = fact;
            group.second += names;
        }
    }
    for (const Fact &fact : m_entryFacts.value(document))
        groups.insert(factKey(fact), {fact, {}});
    QList<Diagnostic> out;
    out.reserve(groups.size());
    for (const auto &[fact, names] : std::as_const(groups)) {
        Diagnostic diagnostic;
        diagnostic.rule = fact.rule;
        const Rule *rule = RuleRegistry::instance().find(fact.rule);
        diagnostic.severity = rule ? rule->severity : Severity::Warning;
        const qsizetype mark = fact.mark;
        const QByteArray list = mark < 0 ? QByteArray() : nameList(names).toUtf8();
        const QByteArray &text = fact.message.utf8();
        if (mark < 0 || QByteArrayView(text).sliced(mark, fact.markLength) == list)
            diagnostic.message = fact.message; // shared, not copied
        else
            diagnostic.message =
                FindingText::fromUtf8(replacedAt(text, mark, fact.markLength, list));
        diagnostic.source = fact.source;
        diagnostic.path = fact.path;
        diagnostic.start = fact.span.start;
        diagnostic.end = fact.span.end;
        out.append(diagnostic);
    }
    std::sort(out.begin(), out.end(), diagnosticLessThan);
    return out;
}

QSet<int> RoutingConflicts::update(const RoutingRegistry &registry,
                                   const RoutingRegistry::Changes &changes)
{
    QStringList specific;
    QStringList generic;
    for (const QString &ns : registry.knownNamespaces()) {
        const bool own = !registry.entriesIn(ns).isEmpty() || registry.hasExportsTo(ns) ||
                         !registry.sidecars(ns).isEmpty();
        (own ? specific : generic).append(ns);
    }
    QSet<int> touched = changes.documents;
    const auto adopt = [&](const QString &viewer, ViewerFacts facts) {
        const ViewerFacts old = m_byViewer.take(viewer);
        for (auto it = old.byDocument.cbegin(); it != old.byDocument.cend(); ++it) {
            if (facts.sameFacts(it.key(), old))
                continue;
            touched.insert(it.key());
            auto viewers = m_viewersByDocument.find(it.key());
            if (viewers != m_viewersByDocument.end()) {
                viewers->removeAll(viewer);
                if (viewers->isEmpty())
                    m_viewersByDocument.erase(viewers);
            }
        }
        for (auto it = facts.byDocument.cbegin(); it != facts.byDocument.cend(); ++it) {
            QStringList &viewers = m_viewersByDocument[it.key()];
            if (!viewers.contains(viewer))
                viewers.append(viewer);
            if (!facts.sameFacts(it.key(), old))
                touched.insert(it.key());
        }
        if (!facts.byDocument.isEmpty() || !facts.ports.isEmpty())
            m_byViewer.insert(viewer, std::move(facts));
    };

    for (const QString &gone : std::as_const(m_viewers)) {
        if (!specific.contains(gone))
            adopt(gone, {});
    }
    // Each namespace is evaluated on its own: many at once (opening a file) run on every core.
    struct Due {
        QString viewer;
        QString namespaceName;
        bool all = true;
        QSet<quint32> ports;
    };
    QList<Due> due;
    const auto schedule = [&](const QString &viewer, const QString &ns, bool known) {
        Due item{viewer, ns, true, {}};
        if (known && m_byViewer.contains(viewer))
            item.ports = changes.portsOf(ns, &item.all);
        due.append(item);
    };
    for (const QString &ns : std::as_const(specific)) {
        if (changes.touches(ns) || !m_viewers.contains(ns))
            schedule(ns, ns, m_viewers.contains(ns));
    }
    const bool genericMembers = generic != m_generic;
    const bool genericTouched =
        changes.allNamespaces || genericMembers || !m_byViewer.contains(QString()) ||
        std::any_of(generic.cbegin(), generic.cend(),
                    [&](const QString &ns) { return changes.namespaces.contains(ns); });
    if (generic.isEmpty())
        adopt(QString(), {});
    else if (genericTouched)
        schedule(QString(), generic.first(), !genericMembers);
    registry.prepare();
    const auto evaluateOne = [&](const Due &item) {
        return evaluate(registry, item.namespaceName, item.viewer, m_byViewer.value(item.viewer),
                        item.all ? nullptr : &item.ports);
    };
    QList<ViewerFacts> evaluated;
    if (due.size() > 4) {
        evaluated = blockingMapped(due, evaluateOne);
    } else {
        for (const Due &item : std::as_const(due))
            evaluated.append(evaluateOne(item));
    }
    for (qsizetype i = 0; i < due.size(); ++i)
        adopt(due[i].viewer, std::move(evaluated[i]));
    if (genericMembers) {
        for (auto it = m_viewersByDocument.cbegin(); it != m_viewersByDocument.cend(); ++it) {
            if (it->contains(QString()))
                touched.insert(it.key());
        }
    }
    m_viewers = specific;
    m_generic = generic;

    const QSet<QString> workloads = registry.workloadNamespaces();
    const auto refreshEntry = [&](int document) {
        QList<Fact> facts;
        if (const ServiceEntryRecord *entry = registry.serviceEntry(document))
            facts = entryFacts(registry, *entry, workloads);
        placeNamespaces(&facts, QString());
        if (facts.isEmpty() && !m_entryFacts.contains(document))
            return;
        touched.insert(document);
        if (facts.isEmpty())
            m_entryFacts.remove(document);
        else
            m_entryFacts.insert(document, facts);
    };
    if (changes.workloadNamespaces || changes.allNamespaces) {
        QSet<int> documents(m_entryFacts.keyBegin(), m_entryFacts.keyEnd());
        for (const ServiceEntryRecord *entry : registry.entries())
            documents.insert(entry->document);
        for (const int document : std::as_const(documents))
            refreshEntry(document);
    } else {
        for (const int document : changes.documents)
            refreshEntry(document);
    }

    QSet<int> changed;
    for (const int document : std::as_const(touched)) {
        const QList<Diagnostic> findings = aggregate(document);
        const auto it = m_findings.constFind(document);
        if (it == m_findings.cend() ? findings.isEmpty() : *it == findings)
            continue;
        changed.insert(document);
        if (findings.isEmpty())
            m_findings.remove(document);
        else
            m_findings.insert(document, findings);
    }
    return changed;
}

} // namespace MeshEntry
