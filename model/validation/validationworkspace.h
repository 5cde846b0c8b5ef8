#pragma once

#include "crossdocumentindex.h"
#include "diagnostic.h"
#include "validationdelta.h"
#include "validationoptions.h"
#include "yamlfile.h"

#include <QHash>
#include <QList>
#include <QString>

namespace MeshEntry {

class ValidationExtension;
class WorkloadInventory;

/**
 * The open files and their findings, kept up to date one document at a time.
 *
 * Each document's own findings are cached; the cross-document checks (IST0177, duplicate
 * names, shared hosts, selectors) are answered from CrossDocumentIndex, so a change
 * revalidates the document and then only the documents that share a host, a name, a selector
 * or a selected workload with its old or new version.
 *
 * The files stay owned by the caller; tell the workspace about every change (documentChanged,
 * documentInserted, documentRemoved) before asking for diagnostics again. Single-threaded:
 * call it from one thread (the GUI thread).
 *
 * Benchmark entry points:
 *   ValidationWorkspace workspace;
 *   const int id = workspace.addFile(&file, path);
 *   workspace.validateAll();                      // full validation
 *   file.setDocumentText(i, text);
 *   workspace.documentChanged(id, i);             // incremental revalidation of one document
 */
class ValidationWorkspace
{
public:
    explicit ValidationWorkspace(ValidationOptions options = {});

    const ValidationOptions &options() const { return m_options; }
    /// New options take effect at the next validateAll().
    void setOptions(const ValidationOptions &options) { m_options = options; }
    /// Pods and WorkloadEntries outside the open files (not owned); nullptr: unknown.
    /// Takes effect at the next validateAll().
    void setInventory(const WorkloadInventory *inventory);
    /// Drop each document's span tree after validating it (saves memory in batch runs).
    void setReleaseTrees(bool release) { m_releaseTrees = release; }
    /// Cross-document checks computed elsewhere (the routing model's conflicts); not owned.
    /// Set it before adding files.
    void setExtension(ValidationExtension *extension) { m_extension = extension; }
    /// The extension's own inputs changed (mesh settings, namespaces): refreshes its findings.
    ValidationDelta extensionChanged();
    /// The file id and index of a document id (the ids the extension sees); false if unknown.
    bool locate(int id, int *file, int *document) const;

    /// Registers a file (not owned; it must outlive the workspace or be removed). Returns its id.
    int addFile(const YamlFile *file, const QString &name);
    /// Forgets a file and its findings; returns what disappeared, including cross-document changes.
    ValidationDelta removeFile(int file);
    const YamlFile *file(int id) const;
    QString fileName(int id) const;
    QList<int> fileIds() const;

    /// Validates every document of every file from scratch.
    void validateAll();
    /// Validates the documents of one file (just added or reloaded) and what depends on them.
    ValidationDelta validateFile(int file);
    /// A document's text changed (edit, undo, typing): revalidates it and what depends on it.
    ValidationDelta documentChanged(int file, int document);
    /// The workloads outside the files changed (or the inventory itself): re-runs the selector
    /// checks of every ServiceEntry with a workloadSelector, and only those.
    ValidationDelta workloadsChanged(const WorkloadInventory *inventory);
    /// A document was inserted at index document (later documents moved down by one).
    ValidationDelta documentInserted(int file, int document);
    /// The document at index document was removed (later documents moved up by one).
    ValidationDelta documentRemoved(int file, int document);

    /// Every finding, sorted by file, document and position.
    QList<Diagnostic> diagnostics() const;
    QList<Diagnostic> diagnostics(int file) const;
    QList<Diagnostic> diagnostics(int file, int document) const;

    /// File line and column (0-based) of a finding's start or end.
    FilePosition startPosition(const Diagnostic &diagnostic) const;
    FilePosition endPosition(const Diagnostic &diagnostic) const;

private:
    struct DocumentState {
        int file = -1;
        int index = -1;
        QList<Diagnostic> local; ///< with file and document filled in
        QList<Diagnostic> cross;
    };
    struct FileState {
        const YamlFile *file = nullptr;
        QString name;
        QList<int> documents; ///< document ids in file order
    };

    int newDocument(int file, int index);
    void validateDocument(int id);
    /// Validates documents on every core (their own checks) and indexes their facts.
    void validateDocuments(const QList<int> &ids);
    void placed(QList<Diagnostic> *diagnostics, int id) const;
    QList<Diagnostic> all(int id) const;
    void renumber(int file, int from);
    /// Recomputes the cross-document findings of ids; appends the changes to delta.
    void refreshCross(const QSet<int> &ids, ValidationDelta *delta);
    QList<Diagnostic> crossFindings(int id) const;

    ValidationOptions m_options;
    const WorkloadInventory *m_inventory = nullptr;
    bool m_releaseTrees = false;
    ValidationExtension *m_extension = nullptr;
    QHash<int, FileState> m_files;
    QHash<int, DocumentState> m_documents;
    CrossDocumentIndex m_index;
    int m_nextFile = 0;
    int m_nextDocument = 0;
};

} // namespace MeshEntry
