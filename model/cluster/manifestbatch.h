#pragma once

#include "clustererror.h"
#include "manifest.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace MeshEntry {

class KubeClient;
class KubeRequest;
struct KubeRequestSpec;
struct KubeResponse;

/// What happened to one manifest.
struct ManifestResult {
    enum class State {
        Pending,
        Working,
        WillCreate, ///< dry run: the object does not exist yet
        WillChange, ///< dry run: the object exists and would change
        Unchanged,  ///< dry run: applying changes nothing
        Conflict,   ///< fields are managed by someone else (409); force takes them
        Failed,
        Created,
        Configured,
        Deleted,
        NotFound,
        Cancelled,
    };
    State state = State::Pending;
    ClusterError error;
    bool liveExists = false;
    QByteArray live;   ///< the live object's JSON, when it exists
    QByteArray merged; ///< the dry-run result (forced, for a conflict), or the stored object
    QStringList warnings;

    bool isFailure() const { return state == State::Failed || state == State::Cancelled; }
};

/**
 * Runs one step per manifest against a cluster, all in flight at once: discovery first (to
 * map kinds to resources), then the subclass's requests. Reports each manifest as it
 * settles; cancel() stops whatever is still running.
 */
class ManifestBatch : public QObject
{
    Q_OBJECT
public:
    ManifestBatch(KubeClient *client, const QList<Manifest> &manifests, QObject *parent = nullptr);

    KubeClient *client() const { return m_client; }
    const QList<Manifest> &manifests() const { return m_manifests; }
    const ManifestResult &result(int index) const { return m_results[index]; }
    int count() const { return int(m_manifests.size()); }
    bool isRunning() const { return m_running; }
    int countIn(ManifestResult::State state) const;
    int failures() const;
    void cancel();

signals:
    void resultChanged(int index);
    void progress(int done, int total);
    void finished();

protected:
    using Step = std::function<void(int index)>;
    /// Discovers, resolves the manifests, then runs step on each sendable one.
    void run(Step step);
    /// Sends a request of manifest index; done runs when it finishes.
    void send(int index, const KubeRequestSpec &spec,
              std::function<void(const KubeResponse &)> done);
    /// Marks manifest index settled with its result.
    void settle(int index, const ManifestResult &result);
    ManifestResult &mutableResult(int index) { return m_results[index]; }

private:
    void start(const Step &step);

    KubeClient *m_client;
    QList<Manifest> m_manifests;
    QList<ManifestResult> m_results;
    QList<QPointer<KubeRequest>> m_requests;
    int m_open = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

/// Server-side apply of documents: preview() (GET and dryRun=All), then apply().
class ApplyOperation : public ManifestBatch
{
    Q_OBJECT
public:
    using ManifestBatch::ManifestBatch;

    /// Reads each live object and applies with dryRun=All: what would change. With force,
    /// fields other managers own are taken, as the real apply with force would.
    void preview(bool force = false);
    /// Applies for real; force takes fields other managers own (after the user agreed).
    void apply(bool force, bool dryRun = false);

    /// True when preview found nothing that stops an apply (conflicts need force).
    bool canApply() const;
    int conflicts() const { return countIn(ManifestResult::State::Conflict); }

private:
    void sendApply(int index, bool dryRun, bool force,
                   std::function<void(const KubeResponse &)> done);
};

/// Deletes the objects the documents describe.
class DeleteOperation : public ManifestBatch
{
    Q_OBJECT
public:
    using ManifestBatch::ManifestBatch;
    void remove(bool dryRun = false);
};

} // namespace MeshEntry
