#include "hostgroup.h"

#include "messagetext.h"
#include "selectorquery.h"

#include <QSet>

#include <algorithm>

namespace MeshEntry {

namespace {

/// Groups larger than this find a member's place through a hash.
constexpr qsizetype indexedMembers = 32;

bool isStar(const DocumentFacts::HostKeys &keys)
{
    return keys.scopes.contains(QStringLiteral("*"));
}

} // namespace

struct HostGroup::Analysis {
    QHash<std::pair<int, quint32>, int> conflictOf; ///< (member, port) → conflicts index
    QList<ProtocolConflict> conflicts;
    QHash<int, QList<NotMerged>> notMerged;
};

HostGroup::HostGroup() = default;
HostGroup::~HostGroup() = default;
HostGroup::HostGroup(HostGroup &&) noexcept = default;
HostGroup &HostGroup::operator=(HostGroup &&) noexcept = default;

void HostGroup::add(int id, const DocumentFacts *facts)
{
    if (m_positions)
        m_positions->insert(id, m_ids.size());
    m_ids.append(id);
    m_members.append(facts);
    if (!m_keys.isEmpty())
        m_keys.append(Member());
    m_dirty = true;
    // Most hosts have one ServiceEntry: only large groups pay for a position index.
    if (!m_positions && m_ids.size() > indexedMembers) {
        m_positions = std::make_unique<QHash<int, qsizetype>>();
        for (qsizetype i = 0; i < m_ids.size(); ++i)
            m_positions->insert(m_ids[i], i);
    }
}

qsizetype HostGroup::positionOf(int id) const
{
    return m_positions ? m_positions->value(id, -1) : m_ids.indexOf(id);
}

void HostGroup::remove(int id)
{
    const qsizetype at = positionOf(id);
    if (m_positions)
        m_positions->remove(id);
    if (at < 0)
        return;
    // Order does not matter (every answer is sorted), so the last member takes the place.
    if (at != m_ids.size() - 1) {
        m_ids[at] = m_ids.last();
        m_members[at] = m_members.last();
        if (!m_keys.isEmpty())
            m_keys[at] = std::move(m_keys.last());
        if (m_positions)
            m_positions->insert(m_ids[at], at);
    }
    m_ids.removeLast();
    m_members.removeLast();
    if (!m_keys.isEmpty())
        m_keys.removeLast();
    m_dirty = true;
}

void HostGroup::analyze(int listed, const QStringList &meshDefaultExportTo)
{
    m_dirty = false;
    const std::unique_ptr<Analysis> previous = std::move(m_analysis);
    if (m_members.size() < 2) {
        m_keys.clear();
        m_changed = changedAnswers(previous.get(), nullptr);
        return;
    }
    m_keys.resize(m_members.size());
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        if (m_keys[i].fullName.isNull())
            m_keys[i] = {m_members[i]->hostKeys(meshDefaultExportTo), m_members[i]->fullName(),
                         m_members[i]->namespaceName};
    }
    auto analysis = std::make_unique<Analysis>();
    analyzeProtocols(m_keys, analysis.get());
    analyzeMerges(m_keys, analysis.get(), listed);
    if (!analysis->conflictOf.isEmpty() || !analysis->notMerged.isEmpty())
        m_analysis = std::move(analysis);
    m_changed = changedAnswers(previous.get(), m_analysis.get());
}

/// Members whose answers differ between two analyses (null: no answers). Conflicts are shared
/// by many members and name every member of their scope, so each pair of them is compared
/// once: the comparison stays linear in the number of answers.
QList<int> HostGroup::changedAnswers(const Analysis *before, const Analysis *after)
{
    const Analysis none;
    const Analysis &old = before ? *before : none;
    const Analysis &now = after ? *after : none;
    QSet<int> changed;
    QHash<std::pair<int, int>, bool> sameConflict; // (old index, new index) → equal
    for (auto it = old.conflictOf.cbegin(); it != old.conflictOf.cend(); ++it) {
        const auto found = now.conflictOf.constFind(it.key());
        if (found == now.conflictOf.cend()) {
            changed.insert(it.key().first);
            continue;
        }
        const std::pair<int, int> pair{it.value(), found.value()};
        auto same = sameConflict.constFind(pair);
        if (same == sameConflict.cend())
            same =
                sameConflict.insert(pair, old.conflicts[pair.first] == now.conflicts[pair.second]);
        if (!same.value())
            changed.insert(it.key().first);
    }
    for (auto it = now.conflictOf.cbegin(); it != now.conflictOf.cend(); ++it) {
        if (!old.conflictOf.contains(it.key()))
            changed.insert(it.key().first);
    }
    for (auto it = old.notMerged.cbegin(); it != old.notMerged.cend(); ++it) {
        if (now.notMerged.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = now.notMerged.cbegin(); it != now.notMerged.cend(); ++it) {
        if (!old.notMerged.contains(it.key()))
            changed.insert(it.key());
    }
    return QList<int>(changed.cbegin(), changed.cend());
}

const HostGroup::ProtocolConflict *HostGroup::protocolConflict(int id, quint32 port) const
{
    if (!m_analysis)
        return nullptr;
    const auto found = m_analysis->conflictOf.constFind({id, port});
    return found == m_analysis->conflictOf.cend() ? nullptr : &m_analysis->conflicts[found.value()];
}

const DocumentFacts::HostKeys *HostGroup::keysOf(int id) const
{
    const qsizetype at = m_keys.isEmpty() ? -1 : positionOf(id);
    return at < 0 || m_keys[at].fullName.isNull() ? nullptr : &m_keys[at].keys;
}

QList<HostGroup::NotMerged> HostGroup::notMerged(int id) const
{
    return m_analysis ? m_analysis->notMerged.value(id) : QList<NotMerged>();
}

/// IST0177 as istioctl's analyzer groups it: per port, per exportTo scope (a `*` member is in
/// every scope), the ServiceEntries of a scope whose protocols on the port differ. A member
/// reports the first such scope it is in, in scope order.
void HostGroup::analyzeProtocols(const QList<Member> &members, Analysis *analysis) const
{
    QHash<quint32, QStringList> protocolsByPort;
    for (const Member &member : members) {
        for (const DocumentFacts::Port &port : member.keys.ports) {
            QStringList &seen = protocolsByPort[port.number];
            if (!seen.contains(port.protocol))
                seen.append(port.protocol);
        }
    }
    for (auto port = protocolsByPort.cbegin(); port != protocolsByPort.cend(); ++port) {
        if (port.value().size() < 2)
            continue;
        const quint32 number = port.key();
        const auto protocolsOn = [number](const Member &member) {
            QStringList protocols;
            for (const DocumentFacts::Port &port : member.keys.ports) {
                if (port.number == number && !protocols.contains(port.protocol))
                    protocols.append(port.protocol);
            }
            return protocols;
        };
        QList<qsizetype> stars;
        QStringList starProtocols;
        QHash<QString, QList<qsizetype>> byScope;
        QHash<qsizetype, QStringList> memberProtocols;
        for (qsizetype k = 0; k < members.size(); ++k) {
            const Member &member = members[k];
            if (!member.keys.portNumbers.contains(number))
                continue;
            const QStringList protocols = protocolsOn(member);
            memberProtocols.insert(k, protocols);
            if (isStar(member.keys)) {
                stars.append(k);
                for (const QString &protocol : protocols) {
                    if (!starProtocols.contains(protocol))
                        starProtocols.append(protocol);
                }
            } else {
                for (const QString &scope : member.keys.scopes)
                    byScope[scope].append(k);
            }
        }
        QStringList scopes = byScope.keys();
        if (!stars.isEmpty())
            scopes.append(QStringLiteral("*"));
        scopes.sort();
        QHash<QString, QStringList> conflicting; // scope → its protocols, when they differ
        QString firstConflicting;
        for (const QString &scope : std::as_const(scopes)) {
            QStringList protocols = starProtocols;
            if (scope != u"*") {
                for (const qsizetype k : byScope.value(scope)) {
                    for (const QString &protocol : memberProtocols.value(k)) {
                        if (!protocols.contains(protocol))
                            protocols.append(protocol);
                    }
                }
            }
            if (protocols.size() < 2)
                continue;
            if (firstConflicting.isEmpty())
                firstConflicting = scope;
            conflicting.insert(scope, protocols);
        }
        if (conflicting.isEmpty())
            continue;
        QHash<QString, int> made; // scope → conflicts index
        for (auto it = memberProtocols.cbegin(); it != memberProtocols.cend(); ++it) {
            const Member &member = members[it.key()];
            QString chosen;
            if (isStar(member.keys)) {
                chosen = firstConflicting;
            } else {
                for (const QString &scope : member.keys.scopes) {
                    if (conflicting.contains(scope) && (chosen.isEmpty() || scope < chosen))
                        chosen = scope;
                }
            }
            if (chosen.isEmpty())
                continue;
            auto index = made.constFind(chosen);
            if (index == made.cend()) {
                QStringList names;
                if (chosen != u"*") {
                    for (const qsizetype k : byScope.value(chosen))
                        names.append(members[k].fullName);
                }
                for (const qsizetype k : std::as_const(stars))
                    names.append(members[k].fullName);
                names.removeDuplicates();
                names.sort();
                QStringList protocols = conflicting.value(chosen);
                protocols.sort();
                analysis->conflicts.append({names.join(u", "), protocols.join(u", ")});
                index = made.insert(chosen, int(analysis->conflicts.size() - 1));
            }
            analysis->conflictOf.insert({m_ids[it.key()], number}, index.value());
        }
    }
}

/// ME-HOST-PORTS-DIFFER: the members of each namespace, apart (only entries of one namespace
/// are merged, and across namespaces the routing model's ME-ROUTE-HOST-SHADOWED says who wins).
void HostGroup::analyzeMerges(const QList<Member> &members, Analysis *analysis, int listed) const
{
    QHash<QString, QList<qsizetype>> byNamespace;
    for (qsizetype k = 0; k < members.size(); ++k) {
        if (!members[k].keys.visibility.isHidden()) // no sidecar sees it
            byNamespace[members[k].namespaceName].append(k);
    }
    for (auto it = byNamespace.cbegin(); it != byNamespace.cend(); ++it) {
        const QList<qsizetype> &inNamespace = it.value();
        // Entries with the same port numbers lose none to each other.
        const QString &signature = members[inNamespace.first()].keys.portSignature;
        const bool samePorts =
            std::all_of(inNamespace.cbegin(), inNamespace.cend(),
                        [&](qsizetype k) { return members[k].keys.portSignature == signature; });
        if (!samePorts)
            analyzeNamespace(members, inNamespace, analysis, listed);
    }
}

namespace {

// What differs, an exportTo, why one entry wins: messages of this file nested in others.
const char *const exportToDiffers =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "exportTo differs: %1 here, %2 there");
const char *const entryDiffers = QT_TRANSLATE_NOOP("MeshEntry::Message", "ServiceEntry %1 (%2)");
const QList<const char *> hostGroupTemplates = {
#include "hostgroup.templates.inc"
};
const NestedMessages exportToHere(exportToDiffers, 1, hostGroupTemplates);
const NestedMessages exportToThere(exportToDiffers, 2, hostGroupTemplates);
const NestedMessages entryDifferences(entryDiffers, 2, hostGroupTemplates, ListKind::Semicolons);

bool canMerge(const DocumentFacts::HostKeys &a, const DocumentFacts::HostKeys &b)
{
    return a.resolution == b.resolution && a.labels == b.labels && a.selector == b.selector &&
           a.exportTo == b.exportTo;
}

QString resolutionName(int resolution)
{
    SelectorQuery query;
    query.resolution = resolution;
    return query.resolutionName();
}

/// The first key whose entry differs, in one sentence of the three that say how (label and
/// selector sentences differ only in their subject, so each has its own three).
MessageText firstDifference(const char *const (&sentences)[3], const QMap<QString, QString> &here,
                            const QMap<QString, QString> &there)
{
    QStringList keys = here.keys() + there.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        const auto mine = here.constFind(key);
        const auto theirs = there.constFind(key);
        const bool inHere = mine != here.cend();
        const bool inThere = theirs != there.cend();
        if (inHere && inThere && mine.value() != theirs.value())
            return MessageText(sentences[0]).arg(key, mine.value(), theirs.value());
        if (inHere && !inThere)
            return MessageText(sentences[1]).arg(key, mine.value());
        if (!inHere && inThere)
            return MessageText(sentences[2]).arg(key, theirs.value());
    }
    return MessageText();
}

constexpr const char *labelsDiffer[3] = {
    QT_TRANSLATE_NOOP("MeshEntry::Message", "metadata.labels differ: %1=%2 here, %1=%3 there"),
    QT_TRANSLATE_NOOP("MeshEntry::Message", "metadata.labels differ: %1=%2 here, no %1 there"),
    QT_TRANSLATE_NOOP("MeshEntry::Message", "metadata.labels differ: no %1 here, %1=%2 there"),
};
constexpr const char *selectorsDiffer[3] = {
    QT_TRANSLATE_NOOP("MeshEntry::Message", "workloadSelector differs: %1=%2 here, %1=%3 there"),
    QT_TRANSLATE_NOOP("MeshEntry::Message", "workloadSelector differs: %1=%2 here, no %1 there"),
    QT_TRANSLATE_NOOP("MeshEntry::Message", "workloadSelector differs: no %1 here, %1=%2 there"),
};

/// An exportTo list as the findings show it, or a message when it is not set.
MessageText exportToText(const QStringList &exportTo)
{
    return exportTo.isEmpty() ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "not set"))
                              : MessageText(u'[' + exportTo.join(QStringLiteral(", ")) + u']');
}

/// What canMergeServices finds different, seen from here.
MessageText differences(const DocumentFacts::HostKeys &here, const DocumentFacts::HostKeys &there)
{
    QList<MessageText> out;
    if (here.resolution != there.resolution)
        out.append(MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                 "resolution differs: %1 here, %2 there"))
                       .arg(resolutionName(here.resolution), resolutionName(there.resolution)));
    if (here.labels != there.labels)
        out.append(firstDifference(labelsDiffer, here.labels, there.labels));
    if (here.selector != there.selector)
        out.append(firstDifference(selectorsDiffer, here.selector, there.selector));
    if (here.exportTo != there.exportTo) {
        out.append(MessageText(exportToDiffers)
                       .args({exportToText(here.exportTo), exportToText(there.exportTo)}));
    }
    return joinedList(ListKind::Semicolons, out);
}

/// Why a sidecar that sees both meets kept first (push_context.go:servicesExportedToNamespace,
/// SortServicesByCreationTime).
MessageText orderReason(const DocumentFacts::HostKeys &kept, const DocumentFacts::HostKeys &lost)
{
    if (!kept.visibility.isPublic() && lost.visibility.isPublic())
        return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                             "it is exported to the namespace explicitly, which "
                                             "puts it before public entries"));
    if (kept.created != lost.created)
        return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "it was created earlier"));
    if (kept.created == DocumentFacts::noCreationTime)
        return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                             "the older one wins; neither has a "
                                             "creationTimestamp, so the first by name is assumed"));
    return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                         "both were created in the same second, so Istio may keep "
                                         "either; the first by name is assumed"));
}

/// One entry that is not merged, with what differs.
MessageText entryDiffering(const QString &fullName, const MessageText &differences)
{
    return MessageText(entryDiffers).args({fullName, differences});
}

/// What the findings say of a member, as one text.
QString contentKey(const DocumentFacts::HostKeys &keys)
{
    QStringList parts = {keys.portSignature, QString::number(keys.resolution),
                         keys.exportTo.join(u'\x1e')};
    for (const QMap<QString, QString> *map : {&keys.labels, &keys.selector}) {
        QStringList entries;
        for (auto it = map->cbegin(); it != map->cend(); ++it)
            entries.append(it.key() + u'=' + it.value());
        parts.append(entries.join(u'\x1e'));
    }
    return parts.join(u'\x1f');
}

QString portList(const QList<quint32> &numbers)
{
    QStringList texts;
    for (const quint32 number : numbers)
        texts.append(QString::number(number));
    return texts.join(QStringLiteral(", "));
}

} // namespace

/// One namespace's members as appendSidecarServices meets them: sidecars see entries exported
/// to them explicitly before public ones, each kind oldest first; the first entry of the host
/// is kept, and a later one is merged into it when canMergeServices holds, else ignored (its
/// ports that the kept entry and those merged into it lack are lost). A member's entry kept is
/// the first member before it whose exportTo overlaps its own: exactly the one kept for the
/// sidecars that see both. Found in one pass, in time linear in the members' exportTo lists.
void HostGroup::analyzeNamespace(const QList<Member> &members, QList<qsizetype> order,
                                 Analysis *analysis, int listed) const
{
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const DocumentFacts::HostKeys &ka = members[a].keys;
        const DocumentFacts::HostKeys &kb = members[b].keys;
        if (ka.visibility.isPublic() != kb.visibility.isPublic())
            return kb.visibility.isPublic();
        if (ka.created != kb.created)
            return ka.created < kb.created;
        // istiod's order of such a tie is arbitrary; the name is MeshEntry's stand-in (as the
        // routing model's), and controller.go:sortServicesByCreationTime's for endpoints.
        if (members[a].fullName != members[b].fullName)
            return members[a].fullName < members[b].fullName;
        // The same name twice (ME-DUPLICATE-NAME): what the findings say, so that they do not
        // depend on where the documents are.
        const QString contentA = contentKey(ka);
        const QString contentB = contentKey(kb);
        return contentA != contentB ? contentA < contentB : m_ids[a] < m_ids[b];
    });
    const qsizetype size = order.size();
    QList<qsizetype> keptBy(size); // positions in order
    qsizetype firstAny = -1;
    qsizetype firstPublic = -1;
    QHash<QString, qsizetype> firstIn; // the first list member naming a namespace
    for (qsizetype i = 0; i < size; ++i) {
        const ExportTo &visibility = members[order[i]].keys.visibility;
        qsizetype kept = -1;
        if (visibility.isPublic()) {
            kept = firstAny;
        } else {
            kept = firstPublic;
            for (const QString &name : visibility.namespaces()) {
                const qsizetype first = firstIn.value(name, -1);
                if (first >= 0 && (kept < 0 || first < kept))
                    kept = first;
            }
        }
        keptBy[i] = kept < 0 ? i : kept;
        if (firstAny < 0)
            firstAny = i;
        if (visibility.isPublic()) {
            if (firstPublic < 0)
                firstPublic = i;
        } else {
            for (const QString &name : visibility.namespaces())
                if (!firstIn.contains(name))
                    firstIn.insert(name, i);
        }
    }

    // The ports each kept entry ends up with: its own and those of the entries merged into it.
    QHash<qsizetype, QSet<quint32>> mergedPorts;
    const auto portsOf = [&](qsizetype kept) -> QSet<quint32> & {
        auto found = mergedPorts.find(kept);
        if (found == mergedPorts.end()) {
            const QList<quint32> &own = members[order[kept]].keys.portNumbers;
            found = mergedPorts.insert(kept, QSet<quint32>(own.cbegin(), own.cend()));
        }
        return found.value();
    };
    // The same document twice (the same name and all the findings say) is one entry: each
    // copy of the kept one reports as kept, whichever of them comes first.
    QHash<qsizetype, QList<qsizetype>> copies;
    for (qsizetype i = 0; i < size; ++i) {
        const Member &member = members[order[i]];
        const Member &keeper = members[order[keptBy[i]]];
        if (keptBy[i] != i && canMerge(member.keys, keeper.keys)) {
            QSet<quint32> &ports = portsOf(keptBy[i]);
            for (const quint32 number : member.keys.portNumbers)
                ports.insert(number);
            if (member.fullName == keeper.fullName &&
                contentKey(member.keys) == contentKey(keeper.keys))
                copies[keptBy[i]].append(i);
        }
    }

    QHash<qsizetype, QList<qsizetype>> losers; // kept position → member positions
    QHash<qsizetype, QList<quint32>> lostPorts;
    for (qsizetype i = 0; i < size; ++i) {
        const qsizetype kept = keptBy[i];
        const DocumentFacts::HostKeys &keys = members[order[i]].keys;
        if (kept == i || canMerge(keys, members[order[kept]].keys))
            continue;
        const QSet<quint32> &ports = portsOf(kept);
        QList<quint32> lost;
        for (const quint32 number : keys.portNumbers) {
            if (!ports.contains(number))
                lost.append(number);
        }
        if (lost.isEmpty())
            continue;
        const Member &member = members[order[i]];
        const Member &keeper = members[order[kept]];
        NotMerged loses;
        loses.count = 1;
        loses.first.append(entryDiffering(keeper.fullName, differences(member.keys, keeper.keys)));
        loses.kept = keeper.fullName;
        loses.order = orderReason(keeper.keys, member.keys);
        loses.lost = portList(lost);
        loses.lostCount = int(lost.size());
        analysis->notMerged[m_ids[order[i]]].append(loses);
        losers[kept].append(i);
        lostPorts.insert(i, lost);
    }

    for (auto it = losers.begin(); it != losers.end(); ++it) {
        const Member &keeper = members[order[it.key()]];
        QList<qsizetype> &lost = it.value();
        std::sort(lost.begin(), lost.end(), [&](qsizetype a, qsizetype b) {
            const QString &nameA = members[order[a]].fullName;
            const QString &nameB = members[order[b]].fullName;
            return nameA != nameB ? nameA < nameB : a < b;
        });
        const Member &first = members[order[lost.first()]];
        NotMerged keeps;
        keeps.count = int(lost.size());
        for (qsizetype n = 0; n < lost.size() && n < listed; ++n) {
            const Member &other = members[order[lost[n]]];
            keeps.first.append(
                entryDiffering(other.fullName, differences(keeper.keys, other.keys)));
        }
        keeps.order = orderReason(keeper.keys, first.keys);
        if (lost.size() == 1) {
            keeps.loser = first.fullName;
            keeps.lost = portList(lostPorts.value(lost.first()));
            keeps.lostCount = int(lostPorts.value(lost.first()).size());
        }
        analysis->notMerged[m_ids[order[it.key()]]].append(keeps);
        for (const qsizetype copy : copies.value(it.key()))
            analysis->notMerged[m_ids[order[copy]]].append(keeps);
    }
}

} // namespace MeshEntry
