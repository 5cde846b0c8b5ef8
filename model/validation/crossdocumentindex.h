#pragma once

#include "diagnostic.h"
#include "documentfacts.h"
#include "exportto.h"
#include "labelindex.h"
#include "validationoptions.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace MeshEntry
{

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
        ExportTo exportTo;
        QStringList scopes; ///< IST0177 analyzer scopes
    };
    /// Documents sharing a key, and how many of them have each variant (port set, protocol).
    struct Group {
        QList<int> members;
        QList<std::pair<QString, int>> variants; ///< few: a list is cheaper than a hash
        int count(const QString &variant) const;
    };

    const Entry &at(int id) const { return *m_entries.constFind(id); }
    struct HostPort {
        QString host;
        quint32 port = 0;
        bool operator==(const HostPort &o) const { return port == o.port && host == o.host; }
    };
    friend size_t qHash(const HostPort &key, size_t seed)
    {
        return qHashMulti(seed, key.host, key.port);
    }

    static QString labelKey(const QString &namespaceName, const QString &key, const QString &value);
    template <typename Key>
    static void addTo(QHash<Key, Group> *groups, const Key &key, int id, const QString &variant);
    template <typename Key>
    static void removeFrom(QHash<Key, Group> *groups, const Key &key, int id,
                           const QString &variant);

    QList<int> selectingServiceEntries(const Entry &workload) const;
    QList<int> selectedWorkloads(const Entry &serviceEntry) const;

    void duplicateName(int id, const Entry &entry, QList<Diagnostic> *out) const;
    void conflictingProtocols(const Entry &entry, QList<Diagnostic> *out) const;
    void hostPortsDiffer(int id, const Entry &entry, QList<Diagnostic> *out) const;
    void selectorMatches(const Entry &entry, QList<Diagnostic> *out) const;
    void workloadChecks(const Entry &entry, QList<Diagnostic> *out) const;

    QHash<int, Entry> m_entries;
    QHash<QString, QList<int>> m_byName;
    QHash<QString, Group> m_byHost;      ///< variants: port signatures
    QHash<HostPort, Group> m_byHostPort; ///< variants: upper-cased protocols
    QHash<QString, QList<int>> m_selectorsByLabel;
    QHash<QString, QList<int>> m_emptySelectors; ///< by namespace
    LabelIndex m_workloads;
    const WorkloadInventory *m_inventory = nullptr;
};

} // namespace MeshEntry
