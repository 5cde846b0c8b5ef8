#pragma once

#include "crossdocumentindex.h"
#include "diagnostic.h"
#include "documentobserver.h"
#include "documentvalidator.h"
#include "validationdelta.h"
#include "validationoptions.h"
#include "yamlfile.h"

#include <QHash>
#include <QList>
#include <QString>
#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <unordered_map>

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
 * call it from one thread (the GUI thread); it uses every core inside.
 *
 * Opening and validating a file in one pass (each document is validated in the thread that
 * parsed it, right after its last event):
 *   ValidationWorkspace workspace;
 *   DocumentObservations validated;
 *   YamlFile::load(path, &file, &error, nullptr, workspace.validator(), &validated);
 *   const int id = workspace.addFile(&file, path, std::move(validated));
 *   workspace.validateAll();                      // what is left: the cross-document checks
 *   file.setDocumentText(i, text);
 *   workspace.documentChanged(id, i);             // incremental revalidation of one document
 */
class ValidationWorkspace
{
public:
    explicit ValidationWorkspace(ValidationOptions options = {});

    const ValidationOptions &options() const { return m_options; }
    /// New options take effect at the next validateAll().
    void setOptions(const ValidationOptions &options);
    /// Pods and WorkloadEntries outside the open files (not owned); nullptr: unknown.
    /// Takes effect at the next validateAll().
    void setInventory(const WorkloadInventory *inventory);
    /// Drop each document's node store once it is validated (batch runs that never edit):
    /// validator() lets the loading pass drop it at once, validateAll() drops the others. A
    /// store is parsed again when it is needed.
    void setReleaseTrees(bool release) { m_releaseTrees = release; }
    /// One validateAll() and nothing after it (meshentry validate): the extension's findings
    /// are taken from it (ValidationExtension::takeFindings), one document at a time, instead
    /// of being held twice.
    void setBatchRun(bool batch) { m_batchRun = batch; }
    /// Cross-document checks computed elsewhere (the routing model's conflicts); not owned.
    /// Set it before loading files through validator() and adding them.
    void setExtension(ValidationExtension *extension) { m_extension = extension; }
    /// The extension's own inputs changed (mesh settings, namespaces): refreshes its findings.
    ValidationDelta extensionChanged();
    /// The file id and index of a document id (the ids the extension sees); false if unknown.
    bool locate(int id, int *file, int *document) const;
    /// The documents (ids) whose cross-document findings the last change recomputed: what an
    /// edit cost. Empty after validateAll(), which computes them all.
    const QSet<int> &refreshedDocuments() const { return m_refreshed; }

    /// Checks each document's own rules with these options while YamlFile::load parses it;
    /// hand what it made to addFile(). Valid as long as the workspace and its options are.
    const DocumentObserver *validator() const { return &m_validator; }

    /// Registers a file (not owned; it must outlive the workspace or be removed). Returns its id.
    /// validated: what validator() made of its documents while the file was loaded (their own
    /// findings; validateAll() then adds only the cross-document ones).
    int addFile(const YamlFile *file, const QString &name, DocumentObservations validated = {});
    /// Forgets a file and its findings; returns what disappeared, including cross-document changes.
    ValidationDelta removeFile(int file);
    const YamlFile *file(int id) const;
    QString fileName(int id) const;
    QList<int> fileIds() const;

    /// How a long validateAll() reports and stops; its calls come from the thread running it.
    struct Progress {
        enum Stage { OwnChecks, CrossChecks };
        /// Polled between batches; true stops the run.
        const std::atomic_bool *cancel = nullptr;
        /// After each batch: documents done of total in that stage.
        std::function<void(Stage stage, int done, int total)> report;
    };
    /// Validates every document of every file (those validated while loading, with the current
    /// options, keep their own findings) and then the cross-document checks of all, in batches
    /// of batchSize() documents. Returns false when progress.cancel stopped it: nothing changed
    /// then, every document keeps the findings and index entries it had before (the new index
    /// is built beside the old one and adopted at the end).
    bool validateAll(const Progress &progress);
    void validateAll() { validateAll(Progress()); }
    /// Documents per batch of validateAll(): what one cancel check and one report cover.
    void setBatchSize(int documents) { m_batchSize = std::max(1, documents); }
    int batchSize() const { return m_batchSize; }
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
    /// How many findings there are in all.
    qsizetype diagnosticCount() const;
    QList<Diagnostic> diagnostics(int file) const;
    QList<Diagnostic> diagnostics(int file, int document) const;
    /// The findings on a document as they are kept, unsorted and not copied, appended to out:
    /// for a caller that sorts all of them itself. Valid until the next change.
    void storedDiagnostics(int file, int document, QList<const Diagnostic *> *out) const;

    /// A document's findings as they are kept: its own, then the cross-document ones, unsorted.
    using SharedFindings = std::pair<QList<Diagnostic>, QList<Diagnostic>>;
    /// Every document's findings of a file, in file order, shared rather than copied (a
    /// reference count each): a snapshot to read while another thread changes the workspace.
    QList<SharedFindings> sharedDiagnostics(int file) const;

    /// File line and column (0-based) of a finding's start or end.
    FilePosition startPosition(const Diagnostic &diagnostic) const;
    FilePosition endPosition(const Diagnostic &diagnostic) const;

private:
    struct DocumentState {
        int file = -1;
        int index = -1;
        QList<Diagnostic> local; ///< with file and document filled in
        QList<Diagnostic> cross;
        /// Validated while loading, with facts not indexed yet.
        std::shared_ptr<DocumentValidator::Result> pending;
    };
    /// What validator() makes of a document: its own findings and facts, and what the
    /// extension read of it.
    struct Observed {
        std::shared_ptr<DocumentValidator::Result> result;
        std::any extension;
    };
    class Validator : public DocumentObserver
    {
    public:
        explicit Validator(const ValidationWorkspace &workspace) : m_workspace(workspace) {}
        std::any observe(const SpanTree &tree, const DocumentInfo &info,
                         const QList<YamlError> &errors) const override;
        bool keepsTrees() const override { return !m_workspace.m_releaseTrees; }

    private:
        const ValidationWorkspace &m_workspace;
    };
    struct FileState {
        const YamlFile *file = nullptr;
        QString name;
        QList<int> documents; ///< document ids in file order
    };

    int newDocument(int file, int index);
    const YamlDocument &document(int id) const;
    void validateDocument(int id);
    /// Validates documents on every core (their own checks) and indexes their facts.
    void validateDocuments(const QList<int> &ids);
    /// Each document's own checks on every core, not applied yet; empty when cancelled.
    QList<DocumentValidator::Result> checkDocuments(const QList<int> &ids,
                                                    const Progress &progress) const;
    void placed(QList<Diagnostic> *diagnostics, int id) const;
    QList<Diagnostic> all(int id) const;
    void renumber(int file, int from);
    /// Recomputes the cross-document findings of ids; appends the changes to delta.
    void refreshCross(const QSet<int> &ids, ValidationDelta *delta);
    /// The index's and the extension's findings on id.
    QList<Diagnostic> crossFindings(int id) const;
    /// The extension's findings extra on document id that --suppress lets through, to cross.
    void appendExtensionFindings(int id, const QList<Diagnostic> &extra,
                                 QList<Diagnostic> *cross) const;

    ValidationOptions m_options;
    Validator m_validator{*this};
    const WorkloadInventory *m_inventory = nullptr;
    bool m_releaseTrees = false;
    bool m_batchRun = false;
    ValidationExtension *m_extension = nullptr;
    QHash<int, FileState> m_files;
    std::unordered_map<int, DocumentState> m_documents;
    CrossDocumentIndex m_index;
    QSet<int> m_refreshed;
    int m_nextFile = 0;
    int m_nextDocument = 0;
    int m_batchSize = 1000;
};

} // namespace MeshEntry
