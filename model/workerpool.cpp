#include "workerpool.h"

#include <QThread>
#include <QThreadPool>
#include <atomic>

namespace MeshEntry {

namespace {

std::atomic_bool callingThreadOnly = false;

} // namespace

QThreadPool *workerPool()
{
    static QThreadPool *const pool = [] {
        // Never deleted: workers may still run while static objects are destroyed at exit.
        auto *created = new QThreadPool;
        created->setMaxThreadCount(QThread::idealThreadCount());
        return created;
    }();
    return pool;
}

void setRunOnCallingThread(bool callingThread)
{
    callingThreadOnly = callingThread;
}

bool runsOnCallingThread()
{
    return callingThreadOnly;
}

} // namespace MeshEntry
