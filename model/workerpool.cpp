#include "workerpool.h"

#include <QThread>
#include <QThreadPool>

namespace MeshEntry {

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

} // namespace MeshEntry
