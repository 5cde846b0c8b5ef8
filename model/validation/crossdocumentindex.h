#pragma once

#include "diagnostic.h"
#include "documentfacts.h"
#include "exportto.h"
#include "labelindex.h"
#include "validationoptions.h"
#include "workload.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace MeshEntry {

class WorkloadInventory;

/**
 * The facts of every open ServiceEntry and WorkloadEntry, indexed by name, host, host and port,
 * selector label and workload label, so that the cross-document checks of one document only
 * look at the documents that share a key with it:
 * IST0177, ME-DUPLICATE-NAME, ME-HOST-PORTS-DIFFER, ME-SELECTOR-NO-MATCH,
 * ME-STATIC-FQDN-WORKLOAD and ME-WORKLOAD-PORT-UNKNOWN.
 *
 * Ids are the caller's stable document ids.
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
    bool contains(int id) const { return m_entries.contains(id); }
    const DocumentFacts &facts(int id) const { return at(id).facts; }

    /// Documents whose cross-document findings depend on id's facts (id itself excluded).
    QSet<int> dependents(int id) const;
    /// The cross-document findings on document id (file and document left at -1).
    QList<Diagnostic> findings(int id, const ValidationOptions &options) const;

private:
    struct Entry {
        DocumentFacts facts;
        QString nameKey;
        QStringList hosts;          ///< distinct hosts
        QList<quint32> portNumbers; ///< distinct, ascending
        QString portSignature;
        QStringList protocols; ///< upper-cased, one per facts.ports entry
        ExportTo exportTo;
        QStringList scopes; ///< IST0177 analyzer scopes
    };
    /// The ServiceEntries that share a host, with counters that let the checks skip groups
    /// where nothing can differ: how many members have each port signature, and how many
    /// ports of each number carry each (upper-cased) protocol.
    struct HostGroup {
        struct Protocol {
            quint32 port = 0;
            QString protocol;
            int count = 0;
        };
        QList<int> members;
        QList<std::pair<QString, int>> signatures; ///< few: lists are cheaper than hashes here
        QList<Protocol> protocols;

        int signatureCount(const QString &signature) const;
        int protocolCount(quint32 port) const; ///< distinct protocols on a port number
    };
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

    const Entry &at(int id) const { return *m_entries.constFind(id); }
    void addHost(const QString &host, int id, const Entry &entry);
    void removeHost(const QString &host, int id, const Entry &entry);

    /// The cluster ID Istio adds to workload labels (topology.istio.io/cluster).
    QString clusterId() const;
    /// An open WorkloadEntry as the workload matcher sees it.
    static Workload workloadOf(const DocumentFacts &facts);
    QList<int> selectingServiceEntries(int workload) const;
    QList<int> selectedWorkloads(const Entry &serviceEntry) const;

    void duplicateName(int id, const Entry &entry, QList<Diagnostic> *out) const;
    void conflictingProtocols(const Entry &entry, QList<Diagnostic> *out) const;
    void hostPortsDiffer(int id, const Entry &entry, QList<Diagnostic> *out) const;
    void selectorMatches(const Entry &entry, QList<Diagnostic> *out) const;
    void workloadChecks(int id, const Entry &entry, QList<Diagnostic> *out) const;

    QHash<int, Entry> m_entries;
    QHash<QString, QList<int>> m_byName;
    QHash<QString, HostGroup> m_byHost;
    QHash<LabelKey, QList<int>> m_selectorsByLabel;
    QHash<QString, QList<int>> m_emptySelectors; ///< by namespace
    LabelIndex m_workloads;
    const WorkloadInventory *m_inventory = nullptr;
    QStringList m_defaultExportTo = {QStringLiteral("*")};
};

} // namespace MeshEntry
