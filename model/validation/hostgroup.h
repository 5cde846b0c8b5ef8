#pragma once

#include "documentfacts.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>
#include <memory>

namespace MeshEntry {

/**
 * The ServiceEntries that declare one host, with what the host's cross-document checks need
 * (IST0177 conflicting protocols, ME-HOST-PORTS-DIFFER) worked out once for the whole group by
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
    };
    /// ME-HOST-PORTS-DIFFER: how many other members with other ports a member can see, and
    /// the first few of them (by name, then ports) as `ServiceEntry ns/name (ports)`.
    struct PortsDiffer {
        int count = 0;
        QStringList first;
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
    /// MeshConfig defaultServiceExportTo, for members without exportTo.
    void analyze(int listed, const QStringList &meshDefaultExportTo);
    /// IST0177 for a member on one of its port numbers; null when its protocols agree there.
    const ProtocolConflict *protocolConflict(int id, quint32 port) const;
    /// ME-HOST-PORTS-DIFFER for a member; count 0 when nobody it can see differs.
    PortsDiffer portsDiffer(int id) const;

private:
    struct Analysis;
    /// What analyze() compares of a member, worked out from its facts.
    struct Member {
        DocumentFacts::HostKeys keys;
        QString fullName;
    };

    void analyzeProtocols(const QList<Member> &members, Analysis *analysis) const;
    void analyzePorts(const QList<Member> &members, Analysis *analysis, int listed) const;

    bool m_queued = false;
    Ids m_ids;
    QVarLengthArray<const DocumentFacts *, 2> m_members;
    std::unique_ptr<QHash<int, qsizetype>> m_positions; ///< where each id is, in large groups
    bool m_dirty = true;
    std::unique_ptr<Analysis> m_analysis; ///< only for groups of two or more
};

} // namespace MeshEntry
