#pragma once

#include "diagnostic.h"
#include "documentfacts.h"
#include "exportto.h"
#include "hostgroup.h"
#include "labelindex.h"
#include "validationoptions.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <unordered_map>

namespace MeshEntry {

class SpanTree;
class WorkloadInventory;

/**
 * The facts of every open ServiceEntry and WorkloadEntry, indexed by name, host, selector label
 * and workload label, so that the cross-document checks of one document only look at the
 * documents that share a key with it:
 * IST0177, ME-DUPLICATE-NAME, ME-HOST-PORTS-DIFFER, ME-SELECTOR-NO-MATCH,
 * ME-STATIC-FQDN-WORKLOAD and ME-WORKLOAD-PORT-UNKNOWN.
 *
 * Every check costs linear time in the number of documents however many of them share a host
 * or a name: the host checks are worked out once per host group (HostGroup), after changes, by
 * update(). Ids are the caller's stable document ids.
 */
class CrossDocumentIndex
{
public:
    /// Workloads outside the open files; nullptr when unknown (ME-SELECTOR-NO-MATCH is then off).
    void setInventory(const WorkloadInventory *inventory) { m_inventory = inventory; }

    void insert(int id, DocumentFacts facts);
    /// Prepares the indexes for about this many documents.
    void reserve(int documents);
    void remove(int id);
    void clear();
    bool contains(int id) const { return m_entries.count(id) > 0; }
    const DocumentFacts &facts(int id) const { return at(id); }

    /// Works out the host groups that changed since the last call; findings() needs it. Groups
    /// are independent, so they are analyzed on every core when there are many.
    void update();
    /// Documents whose cross-document findings depend on id's facts (id itself excluded).
    QSet<int> dependents(int id) const;
    /// The cross-document findings on document id (file and document left at -1); tree is the
    /// document's, where the findings' spans are (null when it is gone: the facts' places are
    /// used). Safe to call from several threads at once.
    QList<Diagnostic> findings(int id, const ValidationOptions &options,
                               const SpanTree *tree) const;

private:
    struct LabelKey {
        QString namespaceName;
        QString key;
        QString value;
        bool operator==(const LabelKey &o) const
        {
            return key == o.key && value == o.value && namespaceName == o.namespaceName;
        }
    };
    friend size_t qHash(const LabelKey &key, size_t seed)
    {
        return qHashMulti(seed, key.namespaceName, key.key, key.value);
    }
    struct NameKey {
        QString kind;
        QString namespaceName;
        QString name;
        bool operator==(const NameKey &o) const
        {
            return name == o.name && namespaceName == o.namespaceName && kind == o.kind;
        }
    };
    friend size_t qHash(const NameKey &key, size_t seed)
    {
        return qHashMulti(seed, key.kind, key.namespaceName, key.name);
    }
    struct BytesHash {
        size_t operator()(const QByteArray &bytes) const { return qHash(bytes); }
    };
    static NameKey nameKey(const DocumentFacts &facts)
    {
        return {facts.kindName, facts.namespaceName, facts.name};
    }

    class Placer;

    const DocumentFacts &at(int id) const { return m_entries.at(id); }

    QList<int> selectingServiceEntries(const DocumentFacts &workload) const;
    QList<int> selectedWorkloads(const DocumentFacts &serviceEntry) const;

    void duplicateName(const DocumentFacts &facts, const Placer &place,
                       QList<Diagnostic> *out) const;
    /// The groups of a ServiceEntry's distinct hosts that have other members, with the host's
    /// index in its facts, in host order.
    using SharedHosts = QList<std::pair<int, const HostGroup *>>;
    SharedHosts sharedHosts(const DocumentFacts &facts) const;
    void conflictingProtocols(int id, const DocumentFacts &facts,
                              const DocumentFacts::HostKeys &keys, const SharedHosts &groups,
                              const Placer &place, QList<Diagnostic> *out) const;
    void hostPortsDiffer(int id, const DocumentFacts &facts, const DocumentFacts::HostKeys &keys,
                         const SharedHosts &groups, const Placer &place,
                         QList<Diagnostic> *out) const;
    void selectorMatches(const DocumentFacts &facts, const Placer &place,
                         QList<Diagnostic> *out) const;
    void workloadChecks(const DocumentFacts &facts, const Placer &place,
                        QList<Diagnostic> *out) const;

    /// Node-based, so that facts stay where they are while host groups point at them.
    std::unordered_map<int, DocumentFacts> m_entries;
    QHash<NameKey, QList<int>> m_byName;
    std::unordered_map<QByteArray, HostGroup, BytesHash> m_byHost; ///< by host (UTF-8)
    QSet<QByteArray> m_changedHosts; ///< hosts whose group needs update()
    QHash<LabelKey, QList<int>> m_selectorsByLabel;
    QHash<QString, QList<int>> m_emptySelectors; ///< by namespace
    LabelIndex m_workloads;
    const WorkloadInventory *m_inventory = nullptr;
};

} // namespace MeshEntry
