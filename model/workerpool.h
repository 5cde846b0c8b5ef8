#pragma once

#include <QList>
#include <QtConcurrent>
#include <algorithm>
#include <type_traits>

class QThreadPool;

namespace MeshEntry {

/**
 * The threads the model's long work runs on (opening, validation, routing, matching): one per
 * core, apart from Qt's global pool. Qt 6.4's raster paint engine splits large fills over the
 * global pool and waits for them on the GUI thread, so work that filled that pool for seconds
 * would freeze every repaint until it ended. Pass it to every QtConcurrent call.
 */
QThreadPool *workerPool();

/**
 * For the fuzz harnesses and tests only: run the work of the blocking helpers below on the
 * calling thread instead of the pool. Qt 6.4's blocking QtConcurrent calls hand each batch to a
 * pool thread and wait for it, which on small inputs costs more than the work itself.
 */
void setRunOnCallingThread(bool callingThread);
bool runsOnCallingThread();

/// QtConcurrent::blockingMapped on workerPool(), or in order on the calling thread when set.
template <typename Sequence, typename Map> auto blockingMapped(const Sequence &sequence, Map &&map)
{
    using Result = std::decay_t<std::invoke_result_t<Map &, const typename Sequence::value_type &>>;
    if (!runsOnCallingThread())
        return QList<Result>(QtConcurrent::blockingMapped(workerPool(), sequence, map));
    QList<Result> results;
    results.reserve(sequence.size());
    for (const auto &item : sequence)
        results.append(map(item));
    return results;
}

/// QtConcurrent::blockingMap on workerPool(), or in order on the calling thread when set.
template <typename Sequence, typename Map> void blockingMap(Sequence &sequence, Map &&map)
{
    if (runsOnCallingThread())
        std::for_each(sequence.begin(), sequence.end(), map);
    else
        QtConcurrent::blockingMap(workerPool(), sequence, map);
}

} // namespace MeshEntry
