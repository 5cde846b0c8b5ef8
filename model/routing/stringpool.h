#pragma once

#include <QMutex>
#include <QSet>
#include <QString>
#include <array>

namespace MeshEntry {

/**
 * One shared copy of each string value: the values that repeat across thousands of documents
 * (namespaces, label keys and values, port names, protocols, exportTo entries) are kept once,
 * and every occurrence is an implicitly shared QString of that copy. Safe to use from several
 * threads at once (the documents of a file are read on the threads that parse them); a string
 * handed out stays valid after the pool is gone.
 */
class StringPool
{
public:
    /// The pool's copy of text (added if new). Null and empty strings are returned as they are.
    QString intern(const QString &text);
    /// Distinct strings held.
    qsizetype size() const;
    /// Forgets the strings nobody but the pool uses any more.
    void prune();

private:
    static constexpr int shardCount = 16; ///< locks to spread the threads over
    struct Shard {
        mutable QMutex lock;
        QSet<QString> strings;
    };
    std::array<Shard, shardCount> m_shards;
};

} // namespace MeshEntry
