#include "hostgroup.h"

#include <QSet>

#include <algorithm>

namespace MeshEntry {

namespace {

/// Subsets of an exportTo list are counted up to this size; longer lists are compared directly.
constexpr int maxCountedNamespaces = 8;
/// Groups larger than this find a member's place through a hash.
constexpr qsizetype indexedMembers = 32;

bool isStar(const DocumentFacts::HostKeys &keys)
{
    return keys.scopes.contains(QStringLiteral("*"));
}

/// The namespaces of ids that mask selects, as a hash key (with a signature when it is >= 0).
QByteArray subsetKey(const QList<quint32> &ids, quint32 mask, int signature)
{
    QByteArray key;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (mask & (1u << i))
            key.append(reinterpret_cast<const char *>(&ids[i]), sizeof(quint32));
    }
    if (signature >= 0)
        key.append(reinterpret_cast<const char *>(&signature), sizeof signature);
    return key;
}

template <typename Key> int intern(QHash<Key, int> *ids, const Key &key)
{
    const auto found = ids->constFind(key);
    if (found != ids->cend())
        return found.value();
    const int id = int(ids->size());
    ids->insert(key, id);
    return id;
}

} // namespace

struct HostGroup::Analysis {
    QHash<std::pair<int, quint32>, int> conflictOf; ///< (member, port) → conflicts index
    QList<ProtocolConflict> conflicts;
    QHash<int, PortsDiffer> differ;
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
    m_dirty = true;
    // Most hosts have one ServiceEntry: only large groups pay for a position index.
    if (!m_positions && m_ids.size() > indexedMembers) {
        m_positions = std::make_unique<QHash<int, qsizetype>>();
        for (qsizetype i = 0; i < m_ids.size(); ++i)
            m_positions->insert(m_ids[i], i);
    }
}

void HostGroup::remove(int id)
{
    qsizetype at = -1;
    if (m_positions) {
        at = m_positions->value(id, -1);
        m_positions->remove(id);
    } else {
        at = m_ids.indexOf(id);
    }
    if (at < 0)
        return;
    // Order does not matter (every answer is sorted), so the last member takes the place.
    if (at != m_ids.size() - 1) {
        m_ids[at] = m_ids.last();
        m_members[at] = m_members.last();
        if (m_positions)
            m_positions->insert(m_ids[at], at);
    }
    m_ids.removeLast();
    m_members.removeLast();
    m_dirty = true;
}

void HostGroup::analyze(int listed, const QStringList &meshDefaultExportTo)
{
    m_dirty = false;
    m_analysis.reset();
    if (m_members.size() < 2)
        return;
    QList<Member> members;
    members.reserve(m_members.size());
    for (const DocumentFacts *facts : std::as_const(m_members))
        members.append({facts->hostKeys(meshDefaultExportTo), facts->fullName()});
    auto analysis = std::make_unique<Analysis>();
    analyzeProtocols(members, analysis.get());
    analyzePorts(members, analysis.get(), listed);
    if (!analysis->conflictOf.isEmpty() || !analysis->differ.isEmpty())
        m_analysis = std::move(analysis);
}

const HostGroup::ProtocolConflict *HostGroup::protocolConflict(int id, quint32 port) const
{
    if (!m_analysis)
        return nullptr;
    const auto found = m_analysis->conflictOf.constFind({id, port});
    return found == m_analysis->conflictOf.cend() ? nullptr : &m_analysis->conflicts[found.value()];
}

HostGroup::PortsDiffer HostGroup::portsDiffer(int id) const
{
    return m_analysis ? m_analysis->differ.value(id) : PortsDiffer();
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

/// ME-HOST-PORTS-DIFFER: for each member, the members with another port signature whose
/// exportTo overlaps its own. Members are classed as hidden (`~`), public and namespace lists;
/// who overlaps a list is counted from the counts of every subset of the lists (inclusion and
/// exclusion), so that a namespace every member exports to (istio-system) costs nothing extra.
void HostGroup::analyzePorts(const QList<Member> &members, Analysis *analysis, int listed) const
{
    const qsizetype size = members.size();
    QHash<QString, int> signatureIds;
    QList<int> signature(size);
    for (qsizetype k = 0; k < size; ++k)
        signature[k] = intern(&signatureIds, members[k].keys.portSignature);
    if (signatureIds.size() < 2)
        return;

    // Ranks: the order in which the findings list the other members.
    QList<qsizetype> order(size);
    for (qsizetype k = 0; k < size; ++k)
        order[k] = k;
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (members[a].fullName != members[b].fullName)
            return members[a].fullName < members[b].fullName;
        return members[a].keys.portSignature < members[b].keys.portSignature;
    });
    QList<qsizetype> rank(size);
    for (qsizetype i = 0; i < size; ++i)
        rank[order[i]] = i;

    QList<qsizetype> visible; // public and lists, by rank
    QList<qsizetype> publics; // by rank
    QHash<int, int> visibleCount;
    QHash<int, int> publicCount;
    QHash<QString, int> namespaceIds;
    QList<QList<quint32>> namespaces(size);
    QHash<quint32, QList<qsizetype>> byNamespace; // list members, by rank
    for (const qsizetype k : std::as_const(order)) {
        const ExportTo &visibility = members[k].keys.visibility;
        if (visibility.isHidden())
            continue;
        visible.append(k);
        ++visibleCount[signature[k]];
        if (visibility.isPublic()) {
            publics.append(k);
            ++publicCount[signature[k]];
            continue;
        }
        for (const QString &name : visibility.namespaces()) {
            const quint32 id = quint32(intern(&namespaceIds, name));
            namespaces[k].append(id);
            byNamespace[id].append(k);
        }
        std::sort(namespaces[k].begin(), namespaces[k].end());
    }

    // Members of lists containing every namespace of a subset, overall and per signature.
    QHash<QByteArray, int> subsetCount;
    QHash<QByteArray, int> subsetSignatureCount;
    QList<qsizetype> longLists;
    for (const qsizetype k : std::as_const(visible)) {
        const QList<quint32> &ids = namespaces[k];
        if (ids.isEmpty())
            continue;
        if (ids.size() > maxCountedNamespaces) {
            longLists.append(k);
            continue;
        }
        for (quint32 mask = 1; mask < (1u << ids.size()); ++mask) {
            ++subsetCount[subsetKey(ids, mask, -1)];
            ++subsetSignatureCount[subsetKey(ids, mask, signature[k])];
        }
    }
    const auto overlaps = [&](qsizetype a, qsizetype b) {
        return members[a].keys.visibility.overlaps(members[b].keys.visibility);
    };

    // The first `listed` members of a ranked list without one signature; each list is walked
    // at most once past the members of each signature, so all of them cost linear time.
    QHash<std::pair<const void *, int>, QList<qsizetype>> firstCache;
    const auto firstOthers = [&](const QList<qsizetype> &list, int without) {
        auto found = firstCache.constFind({&list, without});
        if (found != firstCache.cend())
            return found.value();
        QList<qsizetype> first;
        for (const qsizetype k : list) {
            if (signature[k] == without)
                continue;
            first.append(k);
            if (first.size() == listed)
                break;
        }
        firstCache.insert({&list, without}, first);
        return first;
    };

    for (qsizetype k = 0; k < size; ++k) {
        const ExportTo &visibility = members[k].keys.visibility;
        if (visibility.isHidden())
            continue;
        const int own = signature[k];
        int count = 0;
        QList<qsizetype> candidates;
        if (visibility.isPublic()) {
            count = int(visible.size()) - visibleCount.value(own);
            candidates = firstOthers(visible, own);
        } else {
            count = int(publics.size()) - publicCount.value(own);
            candidates = firstOthers(publics, own);
            const QList<quint32> &ids = namespaces[k];
            if (ids.size() <= maxCountedNamespaces) {
                for (quint32 mask = 1; mask < (1u << ids.size()); ++mask) {
                    const int sign = qPopulationCount(mask) % 2 ? 1 : -1;
                    count += sign * (subsetCount.value(subsetKey(ids, mask, -1)) -
                                     subsetSignatureCount.value(subsetKey(ids, mask, own)));
                }
                for (const qsizetype other : std::as_const(longLists))
                    count += signature[other] != own && overlaps(k, other);
            } else {
                QSet<qsizetype> seen;
                for (const quint32 id : ids) {
                    for (const qsizetype other : byNamespace.value(id)) {
                        if (signature[other] != own)
                            seen.insert(other);
                    }
                }
                count += int(seen.size());
            }
            for (const quint32 id : ids)
                candidates += firstOthers(byNamespace[id], own);
        }
        if (count <= 0)
            continue;
        std::sort(candidates.begin(), candidates.end(),
                  [&](qsizetype a, qsizetype b) { return rank[a] < rank[b]; });
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        PortsDiffer result;
        result.count = count;
        for (qsizetype i = 0; i < candidates.size() && i < listed; ++i) {
            const Member &other = members[candidates[i]];
            result.first.append(QStringLiteral("ServiceEntry %1 (%2)")
                                    .arg(other.fullName, other.keys.portSignature));
        }
        analysis->differ.insert(m_ids[k], result);
    }
}

} // namespace MeshEntry
