#pragma once

#include "documentfacts.h"
#include "messagetext.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>
#include <memory>

namespace MeshEntry {

/**
 * The ServiceEntries that declare one host, with what the host's cross-document checks need
 * (IST0177 conflicting protocols, ME-HOST-PORTS-DIFFER entries Istio does not merge) worked out
 * once for the whole group by
 * analyze(): every member's answer then costs no more than its own text, so that checking a
 * group is linear in its size however many namespaces declare the same host, and a change to
 * one member re-analyzes the group in time linear in its size.
 *
 * Members are the caller's document ids with their facts, which must stay where they are
 * while they are members.
 */
class HostGroup
{
public:
    /// An IST0177 finding: the ServiceEntries and protocols that meet on a host and port.
    struct ProtocolConflict {
        QString names;     ///< `ns/name, ns/name`, sorted
        QString protocols; ///< `HTTP, TCP`, sorted
        bool operator==(const ProtocolConflict &o) const
        {
            return names == o.names && protocols == o.protocols;
        }
    };
    /**
     * ME-HOST-PORTS-DIFFER: entries of the host in one namespace that Istio does not merge
     * (sidecar.go:appendSidecarServices, canMergeServices), so that ports are lost. Seen from
     * a member that is kept (the others lose ports to it) or from one that loses its ports.
     */
    struct NotMerged {
        int count = 0; ///< the other members: those that lose to it, or the one kept
        QList<MessageText>
            first;         ///< the first few (by name), `ServiceEntry ns/name (what differs)`
        QString kept;      ///< `ns/name` of the entry kept; empty when it is this member
        QString loser;     ///< `ns/name` of the entry that loses; empty: this one, or several
        MessageText order; ///< why the entry kept comes first
        QString lost;      ///< the lost port numbers, `8080, 9090`; empty for several losers
        int lostCount = 0; ///< how many numbers lost holds
        bool operator==(const NotMerged &o) const
        {
            return count == o.count && lostCount == o.lostCount && first == o.first &&
                   kept == o.kept && loser == o.loser && order == o.order && lost == o.lost;
        }
    };

    HostGroup();
    ~HostGroup();
    HostGroup(HostGroup &&) noexcept;
    HostGroup &operator=(HostGroup &&) noexcept;

    /// Members' ids; most hosts have one or two members, which need no allocation.
    using Ids = QVarLengthArray<int, 2>;

    void add(int id, const DocumentFacts *facts);
    void remove(int id);
    bool isEmpty() const { return m_members.isEmpty(); }
    const Ids &ids() const { return m_ids; }
    bool needsAnalysis() const { return m_dirty; }
    /// Whether the index has the group in its list of groups to update.
    bool isQueued() const { return m_queued; }
    void setQueued(bool queued) { m_queued = queued; }

    /// Works out the group's answers (after members came or went); meshDefaultExportTo is
    /// MeshConfig defaultServiceExportTo, for members without exportTo. Also notes the members
    /// whose answers differ from the last analysis (changedMembers()), in time linear in the
    /// answers, so that an edit re-checks only those members and not the whole group.
    void analyze(int listed, const QStringList &meshDefaultExportTo);
    /// The ids whose IST0177 or ME-HOST-PORTS-DIFFER answers the last analyze() changed
    /// (members that left included); emptied by the next analyze().
    const QList<int> &changedMembers() const { return m_changed; }
    /// IST0177 for a member on one of its port numbers; null when its protocols agree there.
    const ProtocolConflict *protocolConflict(int id, quint32 port) const;
    /// ME-HOST-PORTS-DIFFER for a member: as the entry kept, and as one that loses (a member
    /// can be both, for sidecars of different namespaces); empty when Istio merges it.
    QList<NotMerged> notMerged(int id) const;
    /// What the host checks compare of a member, as the last analyze() worked it out; null
    /// in a group of one.
    const DocumentFacts::HostKeys *keysOf(int id) const;

private:
    struct Analysis;
    /// What analyze() compares of a member, worked out from its facts.
    struct Member {
        DocumentFacts::HostKeys keys;
        QString fullName;
        QString namespaceName;
    };

    qsizetype positionOf(int id) const;
    static QList<int> changedAnswers(const Analysis *before, const Analysis *after);
    void analyzeProtocols(const QList<Member> &members, Analysis *analysis) const;
    void analyzeMerges(const QList<Member> &members, Analysis *analysis, int listed) const;
    void analyzeNamespace(const QList<Member> &members, QList<qsizetype> order, Analysis *analysis,
                          int listed) const;

    bool m_queued = false;
    Ids m_ids;
    QVarLengthArray<const DocumentFacts *, 2> m_members;
    /// In the members' order, each worked out once while it is a member (an edit is a remove
    /// and an add): re-analyzing a group after one change reads the others' from here. Empty
    /// until the group has two members; a null fullName is not worked out yet.
    QList<Member> m_keys;
    std::unique_ptr<QHash<int, qsizetype>> m_positions; ///< where each id is, in large groups
    bool m_dirty = true;
    std::unique_ptr<Analysis> m_analysis; ///< only for groups of two or more
    QList<int> m_changed;
};

} // namespace MeshEntry
