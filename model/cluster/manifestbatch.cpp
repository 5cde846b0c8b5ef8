#include "manifestbatch.h"

#include "kubeclient.h"
#include "objectyaml.h"

#include <memory>

namespace MeshEntry {

namespace {

/// An object as an editor sees it: what remains after the server's bookkeeping is removed.
QJsonValue editableMeaning(const QByteArray &json)
{
    YamlValue object = ObjectYaml::fromJson(json);
    ObjectYaml::cleanForEditing(&object);
    return ObjectYaml::toJson(object);
}

} // namespace

ManifestBatch::ManifestBatch(KubeClient *client, const QList<Manifest> &manifests, QObject *parent)
    : QObject(parent), m_client(client), m_manifests(manifests)
{
    m_results.resize(manifests.size());
}

int ManifestBatch::countIn(ManifestResult::State state) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [state](const ManifestResult &r) { return r.state == state; }));
}

int ManifestBatch::failures() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [](const ManifestResult &r) { return r.isFailure(); }));
}

void ManifestBatch::run(Step step)
{
    m_running = true;
    m_cancelled = false;
    m_done = 0;
    m_open = 0;
    m_requests.clear();
    for (int i = 0; i < count(); ++i) {
        const bool blocked = m_manifests[i].error.isError() && m_manifests[i].resource == nullptr &&
                             m_manifests[i].error.kind() != ClusterError::Kind::NotServed;
        m_results[i] = ManifestResult();
        m_results[i].state = ManifestResult::State::Working;
        if (blocked) {
            m_results[i].state = ManifestResult::State::Failed;
            m_results[i].error = m_manifests[i].error;
        }
        emit resultChanged(i);
    }
    m_client->discover(this,
                       [this, step](const ResourceCatalog *catalog, const ClusterError &error) {
                           if (m_cancelled)
                               return;
                           for (int i = 0; i < count(); ++i) {
                               if (m_results[i].state != ManifestResult::State::Working)
                                   continue;
                               if (catalog)
                                   m_manifests[i].resolve(*catalog);
                               if (!catalog || !m_manifests[i].isSendable()) {
                                   m_results[i].state = ManifestResult::State::Failed;
                                   m_results[i].error = catalog ? m_manifests[i].error : error;
                                   emit resultChanged(i);
                               }
                           }
                           start(step);
                       });
}

void ManifestBatch::start(const Step &step)
{
    ++m_open; // held while the steps are started, so a step settling at once cannot finish us
    for (int i = 0; i < count(); ++i) {
        if (m_results[i].state == ManifestResult::State::Working) {
            ++m_open;
            step(i);
        } else {
            ++m_done;
        }
    }
    emit progress(m_done, count());
    if (--m_open == 0) {
        m_running = false;
        emit finished();
    }
}

void ManifestBatch::send(int index, const KubeRequestSpec &spec,
                         std::function<void(const KubeResponse &)> done)
{
    Q_UNUSED(index);
    m_requests.append(m_client->call(spec, this, std::move(done)));
}

void ManifestBatch::settle(int index, const ManifestResult &result)
{
    m_results[index] = result;
    emit resultChanged(index);
    emit progress(++m_done, count());
    if (--m_open == 0) {
        m_running = false;
        emit finished();
    }
}

void ManifestBatch::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    for (int i = 0; i < count(); ++i) {
        if (m_results[i].state == ManifestResult::State::Working) {
            m_results[i].state = ManifestResult::State::Cancelled;
            m_results[i].error =
                ClusterError(ClusterError::Kind::Cancelled, QStringLiteral("cancelled"));
            emit resultChanged(i);
        }
    }
    // Settled requests report nothing more; the batch ends now.
    const QList<QPointer<KubeRequest>> requests = std::exchange(m_requests, {});
    for (const QPointer<KubeRequest> &request : requests) {
        if (request) {
            request->disconnect(this);
            request->cancel();
        }
    }
    m_open = 0;
    m_running = false;
    emit finished();
}

void ApplyOperation::preview(bool force)
{
    run([this, force](int index) {
        const Manifest &manifest = manifests()[index];
        struct Pending {
            int replies = 0;
            KubeResponse live;
            KubeResponse merged;
        };
        auto pending = std::make_shared<Pending>();
        const auto decide = [this, index, pending] {
            if (++pending->replies < 2)
                return;
            ManifestResult result;
            result.warnings = pending->merged.warnings;
            if (!pending->merged.ok()) {
                result.error = pending->merged.error;
                result.state = result.error.isFieldConflict() ? ManifestResult::State::Conflict
                                                              : ManifestResult::State::Failed;
            } else if (!pending->live.ok() && !pending->live.error.isNotFound()) {
                result.error = pending->live.error;
                result.state = ManifestResult::State::Failed;
            } else {
                result.merged = pending->merged.body;
                result.liveExists = pending->live.ok();
                if (result.liveExists)
                    result.live = pending->live.body;
                if (!result.liveExists)
                    result.state = ManifestResult::State::WillCreate;
                else if (editableMeaning(result.live) == editableMeaning(result.merged))
                    result.state = ManifestResult::State::Unchanged;
                else
                    result.state = ManifestResult::State::WillChange;
            }
            if (result.state != ManifestResult::State::Conflict) {
                settle(index, result);
                return;
            }
            // A conflict: what a forced apply would leave is still worth showing.
            result.liveExists = pending->live.ok();
            if (result.liveExists)
                result.live = pending->live.body;
            sendApply(index, true, true,
                      [this, index, result](const KubeResponse &response) mutable {
                          if (response.ok()) {
                              result.merged = response.body;
                          } else if (!response.error.isFieldConflict()) {
                              // Invalid even when forced: that is what the user must fix first.
                              result.state = ManifestResult::State::Failed;
                              result.error = response.error;
                              result.warnings = response.warnings;
                          }
                          settle(index, result);
                      });
        };
        send(index, client()->getSpec(*manifest.resource, manifest.namespaceName, manifest.name),
             [pending, decide](const KubeResponse &response) {
                 pending->live = response;
                 decide();
             });
        sendApply(index, true, force, [pending, decide](const KubeResponse &response) {
            pending->merged = response;
            decide();
        });
    });
}

void ApplyOperation::sendApply(int index, bool dryRun, bool force,
                               std::function<void(const KubeResponse &)> done)
{
    const Manifest &manifest = manifests()[index];
    ApplyOptions options;
    options.dryRun = dryRun;
    options.force = force;
    send(index,
         client()->applySpec(*manifest.resource, manifest.namespaceName, manifest.name,
                             manifest.body, options),
         std::move(done));
}

void ApplyOperation::apply(bool force, bool dryRun)
{
    run([this, force, dryRun](int index) {
        sendApply(index, dryRun, force, [this, index](const KubeResponse &response) {
            ManifestResult result;
            result.warnings = response.warnings;
            if (!response.ok()) {
                result.error = response.error;
                result.state = result.error.isFieldConflict() ? ManifestResult::State::Conflict
                                                              : ManifestResult::State::Failed;
            } else {
                result.merged = response.body;
                result.state = response.status == 201 ? ManifestResult::State::Created
                                                      : ManifestResult::State::Configured;
            }
            settle(index, result);
        });
    });
}

bool ApplyOperation::canApply() const
{
    if (isRunning() || count() == 0)
        return false;
    for (int i = 0; i < count(); ++i) {
        if (result(i).isFailure() || result(i).state == ManifestResult::State::Pending)
            return false;
    }
    return true;
}

void DeleteOperation::remove(bool dryRun)
{
    run([this, dryRun](int index) {
        const Manifest &manifest = manifests()[index];
        send(
            index,
            client()->deleteSpec(*manifest.resource, manifest.namespaceName, manifest.name, dryRun),
            [this, index](const KubeResponse &response) {
                ManifestResult result;
                if (response.ok()) {
                    result.state = ManifestResult::State::Deleted;
                } else {
                    result.error = response.error;
                    result.state = response.error.isNotFound() ? ManifestResult::State::NotFound
                                                               : ManifestResult::State::Failed;
                }
                settle(index, result);
            });
    });
}

} // namespace MeshEntry
