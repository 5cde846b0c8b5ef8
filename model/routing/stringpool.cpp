#include "stringpool.h"

namespace MeshEntry {

QString StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return text;
    Shard &shard = m_shards[qHash(text) % shardCount];
    const QMutexLocker locker(&shard.lock);
    return *shard.strings.insert(text); // an equal string already there is kept
}

qsizetype StringPool::size() const
{
    qsizetype total = 0;
    for (const Shard &shard : m_shards) {
        const QMutexLocker locker(&shard.lock);
        total += shard.strings.size();
    }
    return total;
}

void StringPool::prune()
{
    for (Shard &shard : m_shards) {
        const QMutexLocker locker(&shard.lock);
        for (auto it = shard.strings.begin(); it != shard.strings.end();) {
            if (it->isDetached())
                it = shard.strings.erase(it);
            else
                ++it;
        }
    }
}

} // namespace MeshEntry
