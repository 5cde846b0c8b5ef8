#include "validationbridge.h"

#include "diagnosticsmodel.h"
#include "editordocument.h"
#include "workerpool.h"

#include <QSet>
#include <QTimer>
#include <QtConcurrent>

namespace MeshEntry {

namespace {

/// Open documents from which a change of every document's findings runs in a worker job.
constexpr int jobDocuments = 2000;

} // namespace

ValidationBridge::ValidationBridge(QObject *parent) : QObject(parent)
{
    // Every document keeps its node store (built when the file was opened): forms and
    // revalidation never parse again.
}

ValidationBridge::~ValidationBridge()
{
    stop();
}

void ValidationBridge::stop()
{
    // The job reads the open files and the routing model: their owners free them after this.
    m_stopped = true;
    m_queued.clear();
    m_cancelRevalidation = true; // it would run for seconds more on a large file
    m_job.waitForFinished();
}

template <typename Work> auto ValidationBridge::guarded(Work work)
{
    // An exception (out of memory, say) must not leave the worker: QFuture would throw it at
    // whoever waits, on the GUI thread, and end the program.
    return [work = std::move(work)]() mutable {
        try {
            return work();
        } catch (const std::exception &error) {
            qWarning("Validation job failed: %s", error.what());
        } catch (...) {
            qWarning("Validation job failed");
        }
        return std::pair<int, ValidationDelta>(-1, {});
    };
}

const DocumentObserver *ValidationBridge::beginJob()
{
    Q_ASSERT(!m_busy);
    // Queries while the worker owns the workspace are answered from what is known now: each
    // document's lists shared, not copied (copying and sorting every finding of the 40k file
    // was most of a mesh change's GUI-thread time).
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        m_snapshot.insert(it.key(), m_workspace.sharedDiagnostics(it.value()));
    m_busy = true;
    emit jobStarted();
    return m_workspace.validator();
}

QFuture<void> ValidationBridge::prepareFile(EditorDocument *file, DocumentObservations validated)
{
    Q_ASSERT(m_busy);
    m_jobDone = QPromise<void>();
    m_jobDone.start();
    disconnect(&m_job, nullptr, this, nullptr);
    connect(&m_job, &QFutureWatcherBase::finished, this, [this, file] {
        m_prepared.insert(file, m_job.result());
        finishJob();
    });
    // The workspace is the job's: the file is added and its cross-document checks run there.
    m_job.setFuture(QtConcurrent::run(
        workerPool(), guarded([this, yaml = &file->file(), name = file->displayName(),
                               validated = std::move(validated)]() mutable {
            const int id = m_workspace.addFile(yaml, name, std::move(validated));
            return std::pair<int, ValidationDelta>(id, m_workspace.validateFile(id));
        })));
    return m_jobDone.future();
}

void ValidationBridge::abortJob()
{
    if (m_busy && !m_job.isRunning())
        finishJob();
}

void ValidationBridge::finishJob()
{
    m_busy = false;
    m_snapshot.clear();
    // In the order they came: a file closed after it was added is added, then removed.
    const QList<std::function<void()>> queued = std::exchange(m_queued, {});
    for (qsizetype i = 0; i < queued.size(); ++i) {
        if (m_busy) {
            // A step started the next job (the routing's after the mesh's): the workspace is
            // its worker's again, the rest waits for it, still in order.
            m_queued = queued.mid(i) + m_queued;
            break;
        }
        queued[i]();
    }
    m_jobDone.finish();
    // A queued step may have started the next job (the routing's after the mesh's): files
    // closed meanwhile are freed on idle(), and that job still reads them.
    if (!m_busy)
        emit idle();
}

void ValidationBridge::whenIdle(std::function<void()> step)
{
    if (m_busy)
        m_queued.append(std::move(step));
    else
        step();
}

void ValidationBridge::discardFile(EditorDocument *file)
{
    whenIdle([this, file] {
        const auto prepared = m_prepared.constFind(file);
        if (prepared == m_prepared.cend())
            return;
        const int id = prepared->first;
        m_prepared.erase(prepared);
        announce(m_workspace.removeFile(id), nullptr, -1);
    });
}

void ValidationBridge::addFile(EditorDocument *file)
{
    if (m_busy) {
        // Opened while a large file is validated: added once the workspace is free again.
        whenIdle([this, file] { addFile(file); });
        return;
    }
    if (const auto prepared = m_prepared.constFind(file); prepared != m_prepared.cend()) {
        const auto [id, delta] = *prepared;
        m_prepared.erase(prepared);
        m_ids.insert(file, id);
        connectFile(file);
        announce(delta, file, -1);
        return;
    }
    const int id = m_workspace.addFile(&file->file(), file->displayName());
    m_ids.insert(file, id);
    connectFile(file);
    announce(m_workspace.validateFile(id), file, -1);
}

void ValidationBridge::connectFile(EditorDocument *file)
{
    // Edits are held while a job runs (DocumentManager): these come only when it is idle.
    connect(file, &EditorDocument::documentChanged, this, [this, file](int document) {
        // The server's findings were about the text before this edit.
        m_serverFindings[file].remove(document);
        announce(m_workspace.documentChanged(m_ids.value(file), document), file, document);
    });
    connect(file, &EditorDocument::documentsReplaced, this,
            [this, file](int first, int removed, int inserted) {
                m_serverFindings.remove(file);
                const int id = m_ids.value(file);
                ValidationDelta delta;
                for (int i = 0; i < removed; ++i) {
                    const ValidationDelta step = m_workspace.documentRemoved(id, first);
                    delta.removed += step.removed;
                    delta.added += step.added;
                }
                for (int i = 0; i < inserted; ++i) {
                    const ValidationDelta step = m_workspace.documentInserted(id, first + i);
                    delta.removed += step.removed;
                    delta.added += step.added;
                }
                announce(delta, file, -1);
            });
}

void ValidationBridge::removeFile(EditorDocument *file)
{
    disconnect(file, nullptr, this, nullptr);
    m_serverFindings.remove(file);
    m_snapshot.remove(file);
    if (!m_ids.contains(file)) {
        // Closed before its queued addFile() ran.
        whenIdle([this, file] { removeFile(file); });
        return;
    }
    const int id = m_ids.take(file);
    if (m_revalidating && !m_cancelRevalidation) {
        // Its findings are not needed any more: the others' are worked out again afterwards.
        m_restartRevalidation = true;
        m_cancelRevalidation = true;
    }
    if (!m_busy && file->file().documentCount() >= jobDocuments) {
        // A large file's findings, cross-document index and routing entries go in a worker
        // (a third of a second on the benchmark file): the window answers meanwhile. The job
        // starts now, so the file's owner sees the bridge busy and keeps the file until idle().
        startJob([this, id] { m_workspace.removeFile(id); });
        return;
    }
    whenIdle([this, id] { announce(m_workspace.removeFile(id), nullptr, -1); });
}

void ValidationBridge::extensionChanged()
{
    whenIdle([this] { announce(m_workspace.extensionChanged(), nullptr, -1); });
}

void ValidationBridge::announce(const ValidationDelta &delta, EditorDocument *changed, int document)
{
    // Cross-document checks can change findings in other documents and other open files.
    QHash<int, QSet<int>> touched;
    for (const QList<Diagnostic> *list : {&delta.removed, &delta.added}) {
        for (const Diagnostic &diagnostic : *list)
            touched[diagnostic.file].insert(diagnostic.document);
    }
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        auto *file = const_cast<EditorDocument *>(it.key());
        if (file == changed && document < 0) {
            emit diagnosticsChanged(file, {});
            continue;
        }
        QSet<int> documents = touched.value(it.value());
        if (file == changed)
            documents.insert(document);
        if (documents.isEmpty())
            continue;
        QList<int> sorted(documents.cbegin(), documents.cend());
        std::sort(sorted.begin(), sorted.end());
        emit diagnosticsChanged(file, sorted);
    }
    emit documentsChanged();
}

bool ValidationBridge::locate(int id, EditorDocument **file, int *document) const
{
    if (m_busy)
        return false;
    int fileId = -1;
    if (!m_workspace.locate(id, &fileId, document))
        return false;
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        if (it.value() == fileId) {
            *file = const_cast<EditorDocument *>(it.key());
            return true;
        }
    }
    return false;
}

void ValidationBridge::setWorkloads(std::shared_ptr<const WorkloadInventory> inventory)
{
    whenIdle([this, inventory = std::move(inventory)] {
        // The one the workspace read until now is released only here, when no worker runs.
        m_workloads = inventory;
        announce(m_workspace.workloadsChanged(m_workloads.get()), nullptr, -1);
    });
}

void ValidationBridge::setMesh(const MeshConfig &mesh)
{
    m_mesh = mesh;
    // Every document of every open file again: seconds for a large file, in batches that
    // report progress and may be cancelled.
    runJob(
        [this, mesh] {
            const ValidationOptions previous = m_workspace.options();
            ValidationOptions options = previous;
            options.mesh = mesh;
            m_workspace.setOptions(options);
            ValidationWorkspace::Progress progress;
            progress.cancel = &m_cancelRevalidation;
            progress.report = [this](ValidationWorkspace::Progress::Stage stage, int done,
                                     int total) {
                emit revalidationProgressed(stage, done, total);
            };
            m_revalidationCompleted = m_workspace.validateAll(progress);
            if (!m_revalidationCompleted)
                m_workspace.setOptions(previous); // what the findings were made with
        },
        true);
}

void ValidationBridge::cancelRevalidation()
{
    if (m_revalidating)
        m_cancelRevalidation = true;
}

void ValidationBridge::setOutdated(bool outdated)
{
    if (std::exchange(m_outdated, outdated) != outdated)
        emit outdatedChanged(outdated);
}

void ValidationBridge::changeExtension(std::function<void()> change)
{
    runJob([this, change = std::move(change)] {
        change();
        m_workspace.extensionChanged();
    });
}

void ValidationBridge::runJob(std::function<void()> work, bool revalidation)
{
    int documents = 0;
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        documents += it.key()->file().documentCount();
    if (!m_busy && documents < jobDocuments) {
        // Small files are done in a moment: at once, and editing never pauses for them.
        m_cancelRevalidation = false;
        work();
        if (revalidation)
            setOutdated(false);
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
            emit diagnosticsChanged(const_cast<EditorDocument *>(it.key()), {});
        emit documentsChanged();
        return;
    }
    // Not from within the queue finishJob() runs: the job that ended must finish first.
    QTimer::singleShot(0, this, [this, work = std::move(work), revalidation] {
        whenIdle([this, work, revalidation] { startJob(work, revalidation); });
    });
}

void ValidationBridge::startJob(std::function<void()> work, bool revalidation)
{
    if (m_stopped)
        return;
    if (m_busy) // another job started meanwhile
        return whenIdle(
            [this, work = std::move(work), revalidation] { startJob(work, revalidation); });
    emit jobStarting();
    beginJob();
    if (revalidation) {
        m_cancelRevalidation = false;
        m_restartRevalidation = false;
        m_revalidating = true;
        int documents = 0;
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
            documents += it.key()->file().documentCount();
        emit revalidationStarted(documents);
    }
    disconnect(&m_job, nullptr, this, nullptr);
    connect(&m_job, &QFutureWatcherBase::finished, this,
            [this, revalidation] { jobFinished(revalidation); });
    m_job.setFuture(QtConcurrent::run(workerPool(), guarded([work = std::move(work)] {
                                          work();
                                          return std::pair<int, ValidationDelta>(-1, {});
                                      })));
}

void ValidationBridge::jobFinished(bool revalidation)
{
    const bool changed = !revalidation || m_revalidationCompleted;
    const bool restart = revalidation && !changed && std::exchange(m_restartRevalidation, false);
    if (revalidation) {
        m_revalidating = false;
        m_cancelRevalidation = false;
        // A run a closed file stopped is not the user's cancel: it runs again below.
        if (changed || !restart)
            setOutdated(!changed);
        emit revalidationEnded(changed);
    }
    finishJob();
    if (restart && !m_stopped) // with no file left it only sets the options
        setMesh(m_mesh);
    if (!changed)
        return; // every finding is as it was
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        emit diagnosticsChanged(const_cast<EditorDocument *>(it.key()), {});
    emit documentsChanged();
}

QList<Diagnostic> ValidationBridge::snapshotOf(const EditorDocument *file, int document) const
{
    const auto it = m_snapshot.constFind(file);
    if (it == m_snapshot.cend() || document < 0 || document >= it->size())
        return {};
    const ValidationWorkspace::SharedFindings &kept = it->at(document);
    QList<Diagnostic> list =
        kept.first + kept.second + m_serverFindings.value(file).value(document);
    std::sort(list.begin(), list.end(), diagnosticLessThan);
    return list;
}

QList<Diagnostic> ValidationBridge::diagnostics(const EditorDocument *file, int document) const
{
    if (m_busy)
        return snapshotOf(file, document);
    const auto id = m_ids.constFind(file);
    if (id == m_ids.cend())
        return {};
    QList<Diagnostic> list = m_workspace.diagnostics(*id, document);
    const QList<Diagnostic> server = m_serverFindings.value(file).value(document);
    if (!server.isEmpty()) {
        list += server;
        std::sort(list.begin(), list.end(), diagnosticLessThan);
    }
    return list;
}

void ValidationBridge::setServerFindings(EditorDocument *file, int document,
                                         const QList<Diagnostic> &findings)
{
    if (m_busy) {
        whenIdle([this, file, document, findings] { setServerFindings(file, document, findings); });
        return;
    }
    const auto id = m_ids.constFind(file);
    if (id == m_ids.cend())
        return;
    QList<Diagnostic> located = findings;
    for (Diagnostic &diagnostic : located) {
        diagnostic.file = *id;
        diagnostic.document = document;
    }
    if (located.isEmpty() && !m_serverFindings.value(file).contains(document))
        return;
    if (located.isEmpty())
        m_serverFindings[file].remove(document);
    else
        m_serverFindings[file].insert(document, located);
    emit diagnosticsChanged(file, {document});
}

DiagnosticCounts ValidationBridge::counts(const EditorDocument *file, int document) const
{
    // As the panel counts: a finding two layers report is one.
    return DiagnosticsModel::countRows(diagnostics(file, document));
}

QList<Diagnostic> ValidationBridge::diagnostics(const EditorDocument *file) const
{
    if (m_busy) {
        QList<Diagnostic> list;
        for (int document = 0; document < m_snapshot.value(file).size(); ++document)
            list += snapshotOf(file, document);
        return list;
    }
    const auto id = m_ids.constFind(file);
    if (id == m_ids.cend())
        return {};
    QList<Diagnostic> list = m_workspace.diagnostics(*id);
    const QMap<int, QList<Diagnostic>> server = m_serverFindings.value(file);
    if (!server.isEmpty()) {
        for (const QList<Diagnostic> &findings : server)
            list += findings;
        std::sort(list.begin(), list.end(), diagnosticLessThan);
    }
    return list;
}

} // namespace MeshEntry
