#pragma once

#include "meshconfig.h"
#include "namespaceinventory.h"
#include "selectorquery.h"
#include "stringpool.h"
#include "workloadimporter.h"
#include "workloadinventory.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <memory>
#include <optional>
#include <vector>

namespace MeshEntry {

class EditorDocument;

/// What one document contributes: a workload (a WorkloadEntry) or a ServiceEntry query.
struct ExtractedDocument {
    std::optional<Workload> workload;
    std::optional<SelectorQuery> query;

    /// Reads a document's text (any thread). With strings, the values that repeat across
    /// documents (namespaces, label keys and values, port names) are that pool's copies.
    static ExtractedDocument read(const QByteArray &text, const QString &defaultNamespace,
                                  StringPool *strings = nullptr);
};

/**
 * What the window knows beyond the ServiceEntries it edits, held once: the mesh settings, the
 * cluster's namespaces with their labels, and every workload (imported Pods and
 * WorkloadEntries, and the WorkloadEntries of the open files, following every edit, undo and
 * document split); also the open files' ServiceEntries for the Selected Workloads panel and
 * the reverse view. The panel, validation and the routing model all read these and follow
 * meshChanged(), namespacesChanged() and importedChanged(). Large files are read in a worker;
 * imports are handed over in batches so the window keeps painting. Lives on the GUI thread.
 */
class SelectionWorkspace : public QObject
{
    Q_OBJECT
public:
    explicit SelectionWorkspace(QObject *parent = nullptr);
    ~SelectionWorkspace() override;

    const WorkloadInventory &inventory() const { return m_inventory; }
    const NamespaceInventory &namespaces() const { return m_namespaces; }
    const MeshConfig &mesh() const { return m_mesh; }
    void setMesh(const MeshConfig &mesh);
    /// Adds namespaces (replacing the labels of those known already).
    void addNamespaces(const NamespaceInventory &namespaces, const QString &source);
    const QString &defaultNamespace() const { return m_defaultNamespace; }

    void addFile(EditorDocument *file);
    void removeFile(EditorDocument *file);
    /// True while a file's documents are being read in the worker.
    bool isReading(EditorDocument *file) const;
    /// True while a closed file's workloads are being removed in a worker: until then the
    /// inventory still lists them (no open document is theirs any more), changed() follows.
    bool isRemoving() const;
    /// The open files' workloads (a closed file's are not, even while isRemoving()).
    int openWorkloadCount() const { return int(m_openWorkloads.size()); }

    /// The ServiceEntry in a document; nullptr for other documents.
    const SelectorQuery *serviceEntry(EditorDocument *file, int document) const;
    /// The inventory id of the WorkloadEntry in a document, or -1.
    int workloadOf(EditorDocument *file, int document) const;
    /// The open document of an inventory id; false for imported workloads.
    bool documentOf(int workload, EditorDocument **file, int *document) const;
    /// The open document of a ServiceEntry query; false when it is gone.
    bool documentOf(const SelectorQuery *query, EditorDocument **file, int *document) const;
    /// Every open ServiceEntry.
    QList<const SelectorQuery *> serviceEntries() const;

    /**
     * Adds an import (its namespaces at once, its workloads replacing what was imported from
     * the same source before, up to batch of them per event-loop turn). adoptionProgress()
     * reports, adopted() ends it.
     */
    void adopt(WorkloadImporter::Result result, int batch = 2500);
    bool isAdopting() const { return !m_pending.isEmpty(); }
    /// Stops an adoption: what was added of it is removed again.
    void cancelAdoption();
    /// Forgets every import: workloads (open files' WorkloadEntries stay) and namespaces.
    /// Returns how many workloads went.
    int clearImported();
    /// Where the imported workloads and namespaces came from (files, "context NAME"), sorted.
    QStringList importedSources() const;
    int importedCount() const;
    /**
     * What validation and routing take as "the cluster's workloads": a copy of the inventory
     * made when imports last changed (importedChanged()), null while nothing is imported.
     * The inventory itself is the GUI thread's and changes as files open and imports arrive;
     * a snapshot never changes, so a worker may read it while the GUI thread goes on (the
     * copy shares the inventory's data until the inventory changes).
     */
    std::shared_ptr<const WorkloadInventory> importedSnapshot() const { return m_importedSnapshot; }

    /// Bytes the store holds for its per-document entries and the ServiceEntry queries in
    /// them (not the inventory): what the Selected Workloads panel keeps per open document.
    qsizetype entryBytes() const;
    /// Distinct strings the open files' documents share (StringPool::size()).
    qsizetype internedStrings() const { return m_strings->size(); }

signals:
    /// Workloads or ServiceEntries changed (edits, imports, files opened or closed).
    void changed();
    /// New mesh settings.
    void meshChanged();
    /// Namespaces were imported or forgotten.
    void namespacesChanged();
    /// Imported workloads came (at the end of an adoption) or went.
    void importedChanged();
    void adoptionProgress(int done, int total);
    void adopted(const QString &source, int count);

private:
    /// 16 bytes per document: most documents have no ServiceEntry, so its query lives out of
    /// line (and keeps its address while documents around it come and go).
    struct DocumentEntry {
        int workload = -1;
        std::shared_ptr<const SelectorQuery> query;
    };
    struct FileEntry {
        std::vector<DocumentEntry> documents;
        QString name; ///< the file's display name, shared by all its workloads and queries
        int revision = 0;
        bool reading = false;              ///< read in the worker, or adopted a batch at a time
        QList<ExtractedDocument> adopting; ///< read, entered up to documents.size()
        QPointer<QFutureWatcher<QList<ExtractedDocument>>> watcher;
    };

    void readAll(EditorDocument *file);
    void adoptDocuments(EditorDocument *file, QList<ExtractedDocument> documents);
    /// Enters the next batch of a file's documents; the rest wait for the next event-loop turn.
    void adoptDocumentBatch(EditorDocument *file, int revision);
    DocumentEntry enter(EditorDocument *file, ExtractedDocument extracted);
    void leave(const DocumentEntry &entry);
    ExtractedDocument read(const QByteArray &text);
    void documentChanged(EditorDocument *file, int index);
    void documentsReplaced(EditorDocument *file, int first, int removed, int inserted);
    void adoptBatch();
    /// Removes m_leaving from a copy of the inventory in a worker, which then replaces it.
    void removeLeaving();

    WorkloadInventory m_inventory;
    std::shared_ptr<const WorkloadInventory> m_importedSnapshot;
    /// Takes a new snapshot and announces it.
    void importsChanged();
    NamespaceInventory m_namespaces;
    MeshConfig m_mesh;
    QString m_defaultNamespace = QStringLiteral("default");
    /// Namespaces, label keys and values, port names of the open files' documents, held once.
    std::shared_ptr<StringPool> m_strings = std::make_shared<StringPool>();
    QHash<EditorDocument *, FileEntry> m_files;
    QHash<int, EditorDocument *> m_openWorkloads; ///< inventory id → its file
    /// Changes of m_inventory, so that a worker's copy knows whether it is still current.
    quint64 m_inventoryRevision = 0;
    QList<int> m_leaving; ///< closed files' workloads, still in m_inventory
    QPointer<QFutureWatcher<std::shared_ptr<WorkloadInventory>>> m_removal;

    QList<Workload> m_pending;
    QString m_pendingSource;
    qsizetype m_pendingNext = 0;
    int m_pendingTotal = 0;
    int m_pendingBatch = 2500;
    QList<int> m_pendingAdded;
    QMap<QString, int> m_imported; ///< workloads per imported source
    QSet<QString> m_namespaceSources;
};

} // namespace MeshEntry
