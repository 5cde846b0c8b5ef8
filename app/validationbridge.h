#pragma once

#include "outlinemodel.h"
#include "validationextension.h"
#include "validationworkspace.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPromise>
#include <atomic>
#include <functional>
#include <memory>

namespace MeshEntry {

class EditorDocument;

/**
 * Keeps the diagnostics of every open file current: each change is passed to the
 * ValidationWorkspace in the same event-loop turn, which re-validates the changed document
 * and the cross-document checks it affects, in any open file.
 *
 * A large file is validated in workers before the window shows it: its documents as they
 * are read (beginJob()), then the cross-document checks (prepareFile()). While
 * that job runs the workspace and the routing model belong to it: the bridge answers from the
 * findings it had when the job started, queues what it is told (files added and closed,
 * workloads, mesh settings) and applies it when the job ends, then emits idle(). Files must not
 * change meanwhile (DocumentManager holds their edits).
 */
class ValidationBridge : public QObject
{
    Q_OBJECT
public:
    explicit ValidationBridge(QObject *parent = nullptr);
    /// Waits for a running job (it uses the workspace).
    ~ValidationBridge() override;
    /// Cancels a running revalidation, waits for the running job and starts no other: the open
    /// files and the extension the job reads may be freed after it (the window is going).
    void stop();

    /// A large file is about to be read: from now the workspace is a worker's. Returns what
    /// checks each document's own rules as the reading pass parses it (YamlFile::load).
    const DocumentObserver *beginJob();
    /// Adds the file read since beginJob() and runs its cross-document checks in a worker; the
    /// future ends when addFile() can announce its findings at once. Call addFile() or
    /// discardFile() after it.
    QFuture<void> prepareFile(EditorDocument *file, DocumentObservations validated);
    /// Ends a job whose file was not read after all (cancelled, unreadable).
    void abortJob();
    /// Forgets a prepared file that is not opened after all.
    void discardFile(EditorDocument *file);
    /// True while a prepared file's job runs: the workspace is not the GUI thread's.
    bool isBusy() const { return m_busy; }

    void addFile(EditorDocument *file);
    /// Forgets file's findings; a large file's in a worker job (isBusy() until idle()).
    void removeFile(EditorDocument *file);
    /// Cross-document checks computed outside validation (not owned); set before adding files.
    void setExtension(ValidationExtension *extension) { m_workspace.setExtension(extension); }
    /// The extension's own inputs changed (mesh settings): refreshes its findings.
    void extensionChanged();
    /// Changes the extension's inputs (change runs in a worker job, which owns the extension
    /// and the workspace) and refreshes its findings there: updating a large file's routing
    /// takes seconds.
    void changeExtension(std::function<void()> change);
    /// The open file and index of a document id the extension knows; false when it is gone.
    bool locate(int id, EditorDocument **file, int *document) const;

    QList<Diagnostic> diagnostics(const EditorDocument *file, int document) const;
    /// Every diagnostic of a file, sorted by document and position.
    QList<Diagnostic> diagnostics(const EditorDocument *file) const;
    DiagnosticCounts counts(const EditorDocument *file, int document) const;
    /// What the API server said about a document (a dry run or an apply), shown beside the
    /// validation's own findings until the document changes.
    void setServerFindings(EditorDocument *file, int document, const QList<Diagnostic> &findings);

    /// Workloads beyond the open files (null: unknown); re-runs the selector checks. The
    /// snapshot is never changed: the workspace reads it in workers too, and holds it until
    /// the next one is applied (when no job runs).
    void setWorkloads(std::shared_ptr<const WorkloadInventory> inventory);
    /// The workloads the workspace reads now.
    const std::shared_ptr<const WorkloadInventory> &workloads() const { return m_workloads; }
    /// New mesh settings: every document is validated again, in a worker job (as a large
    /// file's open: jobStarting(), then the findings known before answer until idle()).
    void setMesh(const MeshConfig &mesh);
    /// True while setMesh()'s worker job revalidates (revalidationStarted() to
    /// revalidationEnded()).
    bool isRevalidating() const { return m_revalidating; }
    /// Stops the revalidation after the batch it is in: every document keeps the findings of
    /// the mesh settings before (isOutdated()), which stay the validation's until the next
    /// complete run. A file closed meanwhile cancels it too, and the run starts again for the
    /// files left.
    void cancelRevalidation();
    /// Whether cancelRevalidation() was asked for the running revalidation (any thread).
    bool isCancellingRevalidation() const { return m_cancelRevalidation.load(); }
    /// The findings are the previous mesh settings': a revalidation was cancelled and no
    /// complete one ran since.
    bool isOutdated() const { return m_outdated; }
    /// Documents per batch of a revalidation: what one progress report and cancel check cover.
    void setRevalidationBatchSize(int documents) { m_workspace.setBatchSize(documents); }

signals:
    /// Findings of these documents of file changed; an empty list means any document.
    void diagnosticsChanged(EditorDocument *file, const QList<int> &documents);
    /// Some document changed, appeared or went (after diagnosticsChanged).
    void documentsChanged();
    /// A worker job of the bridge's own is about to start (new mesh settings): typing still
    /// waiting must reach the files now, and the files must not change until idle().
    void jobStarting();
    /// A worker job starts: until idle(), the routing model (the extension) is its own.
    void jobStarted();
    /// A worker job ended and what was queued meanwhile is applied.
    void idle();
    /// New mesh settings are being applied to this many documents in a worker job.
    void revalidationStarted(int documents);
    /// done of total documents through a stage (ValidationWorkspace::Progress::Stage). Emitted
    /// from the worker after each batch: a receiver in another thread gets it queued.
    void revalidationProgressed(int stage, int done, int total);
    /// The revalidation ended: completed, or cancelled (the findings are the previous ones).
    void revalidationEnded(bool completed);
    /// isOutdated() changed.
    void outdatedChanged(bool outdated);

private:
    /// Runs now, or once the worker job ends when one runs.
    void whenIdle(std::function<void()> step);
    void finishJob();
    /// Runs work in a worker job once no other job runs, then announces every file's
    /// findings again.
    void runJob(std::function<void()> work, bool revalidation = false);
    void startJob(std::function<void()> work, bool revalidation = false);
    /// The end of a worker job started by startJob().
    void jobFinished(bool revalidation);
    void setOutdated(bool outdated);
    /// work for a worker, with no exception leaving it (a failed job is logged).
    template <typename Work> static auto guarded(Work work);
    void connectFile(EditorDocument *file);
    /// Announces the documents whose findings delta touches; changed is the file that was
    /// edited (document: the edited one, or -1 when documents moved and all must refresh).
    void announce(const ValidationDelta &delta, EditorDocument *changed, int document);

    /// A document's findings in m_snapshot.
    QList<Diagnostic> snapshotOf(const EditorDocument *file, int document) const;

    ValidationWorkspace m_workspace;
    QHash<const EditorDocument *, int> m_ids;
    /// Prepared files (validated, not added yet) and what their validation found.
    QHash<const EditorDocument *, std::pair<int, ValidationDelta>> m_prepared;
    bool m_busy = false;
    bool m_stopped = false;
    QFutureWatcher<std::pair<int, ValidationDelta>> m_job;
    QPromise<void> m_jobDone;
    QList<std::function<void()>> m_queued;
    /// The findings of the open files when a job started, per document (shared with the
    /// workspace, not copied): what queries get while it runs.
    QHash<const EditorDocument *, QList<ValidationWorkspace::SharedFindings>> m_snapshot;
    QHash<const EditorDocument *, QMap<int, QList<Diagnostic>>> m_serverFindings;
    std::shared_ptr<const WorkloadInventory> m_workloads;
    /// The mesh settings the last setMesh() applies (a revalidation a closed file cancelled
    /// starts again with them).
    MeshConfig m_mesh;
    bool m_revalidating = false;
    std::atomic_bool m_cancelRevalidation{false};
    /// Written by the revalidation's worker, read once its job has finished.
    bool m_revalidationCompleted = false;
    /// A file closed during the revalidation cancelled it: it runs again for the others.
    bool m_restartRevalidation = false;
    bool m_outdated = false;
};

} // namespace MeshEntry
