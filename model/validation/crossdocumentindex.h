#pragma once

#include "diagnostic.h"
#include "documentfacts.h"
#include "exportto.h"
#include "hostgroup.h"
#include "labelindex.h"
#include "validationoptions.h"
#include "workload.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QVarLengthArray>
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
    /// MeshConfig defaultServiceExportTo, for entries without exportTo; before insert().
    void setDefaultExportTo(const QStringList &exportTo) { m_defaultExportTo = exportTo; }

    void insert(int id, DocumentFacts facts);
    /// Prepares the indexes for about this many documents.
    void reserve(int documents);
    void remove(int id);
    void clear();
    bool contains(int id) const { return m_entries.count(id) > 0; }
    const DocumentFacts &facts(int id) const { return at(id); }

    /// Works out the host groups that changed since the last call; findings() needs it. Groups
    /// are independent, so they are analyzed on every core when there are many. Returns the
    /// documents whose host findings (IST0177, ME-HOST-PORTS-DIFFER) the changes changed, ids
    /// no longer indexed included: in a large group an edit changes few members' answers.
    QSet<int> update();
    /// Documents whose cross-document findings depend on id's facts through a name or a
    /// selector (id itself excluded); those that share a host with it come from update().
    QSet<int> dependents(int id) const;
    /// The cross-document findings on document id (file and document left at -1), placed
    /// from the facts. Safe to call from several threads at once.
    QList<Diagnostic> findings(int id, const ValidationOptions &options) const;

private:
    struct NameKey {
        QString kind;
        QString namespaceName;
        QString name;
        bool operator==(const NameKey &o) const
        {
            return name == o.name && namespaceName == o.namespaceName && kind == o.kind;
        }
    };
    struct NameKeyHash {
        size_t operator()(const NameKey &key) const
        {
            return qHashMulti(0, key.kind, key.namespaceName, key.name);
        }
    };
    struct BytesHash {
        size_t operator()(const QByteArray &bytes) const { return qHash(bytes); }
    };
    using HostGroups = std::unordered_map<QByteArray, HostGroup, BytesHash>;
    /// The ids of the documents with one kind, namespace and name; mostly one.
    using NameGroup = QVarLengthArray<int, 2>;
    using NameGroups = std::unordered_map<NameKey, NameGroup, NameKeyHash>;
    /// A document's facts and the groups it is in (the maps are node-based, so these stay put).
    struct Entry {
        DocumentFacts facts;
        NameGroup *names = nullptr;
        /// The groups of its distinct hosts, with the host's index in facts.
        QVarLengthArray<std::pair<int, HostGroups::value_type *>, 4> hosts;
    };
    class Placer;

    const DocumentFacts &at(int id) const { return m_entries.at(id).facts; }
    void queue(HostGroups::value_type *group);
    /// A selector label in a namespace, as m_selectorsByLabel keys it: the strings are shared
    /// with the facts, so looking one up copies and converts nothing.
    struct LabelKey {
        QString namespaceName;
        QString key;
        QString value;
        bool operator==(const LabelKey &o) const
        {
            return value == o.value && key == o.key && namespaceName == o.namespaceName;
        }
        friend size_t qHash(const LabelKey &label, size_t seed = 0)
        {
            return qHashMulti(seed, label.namespaceName, label.key, label.value);
        }
    };
    /// The index of workloads by label, built when first needed (a batch run never asks).
    const LabelIndex &workloads() const;

    /// The cluster ID Istio adds to workload labels (topology.istio.io/cluster).
    QString clusterId() const;
    /// An open WorkloadEntry as the workload matcher sees it (built when needed: keeping one
    /// per document costs more than building it).
    static Workload workloadOf(const DocumentFacts &facts);
    /// The labels a selector sees on an open WorkloadEntry (its own, locality, cluster, network).
    QMap<QString, QString> effectiveLabels(const DocumentFacts &workload) const;

    QList<int> selectingServiceEntries(const DocumentFacts &workload) const;
    QList<int> selectedWorkloads(const DocumentFacts &serviceEntry) const;

    void duplicateName(const Entry &entry, const Placer &place, QList<Diagnostic> *out) const;
    void conflictingProtocols(int id, const Entry &entry, const DocumentFacts::HostKeys &keys,
                              const Placer &place, QList<Diagnostic> *out) const;
    void hostPortsDiffer(int id, const Entry &entry, const Placer &place,
                         QList<Diagnostic> *out) const;
    void selectorMatches(const DocumentFacts &facts, const Placer &place,
                         QList<Diagnostic> *out) const;
    void workloadChecks(const DocumentFacts &facts, const Placer &place,
                        QList<Diagnostic> *out) const;

    std::unordered_map<int, Entry> m_entries;
    NameGroups m_byName;
    HostGroups m_byHost; ///< by host (UTF-8)
    /// Groups that need update(), each once (HostGroup::isQueued()); a group emptied while
    /// queued stays in m_byHost until update() so that this list never dangles.
    QList<HostGroups::value_type *> m_changedHosts;
    QHash<LabelKey, QList<int>> m_selectorsByLabel; ///< ServiceEntries, by selector label
    QHash<QString, QList<int>> m_emptySelectors;    ///< by namespace
    mutable LabelIndex m_workloads;
    mutable bool m_workloadsBuilt = false;
    const WorkloadInventory *m_inventory = nullptr;
    QStringList m_defaultExportTo = {QStringLiteral("*")};
};

} // namespace MeshEntry
