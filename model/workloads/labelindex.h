#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace MeshEntry {

/**
 * Inverted index (namespace, label key, label value) → workload ids, so that a selector is
 * answered by intersecting the posting lists of its labels instead of scanning every workload.
 * Posting lists are sorted; ids are the caller's.
 */
class LabelIndex
{
public:
    void insert(int id, const QString &namespaceName, const QMap<QString, QString> &labels);
    void remove(int id, const QString &namespaceName, const QMap<QString, QString> &labels);

    /// Ids of workloads in the namespace that carry every selector label (all of them for an
    /// empty selector), ascending.
    QList<int> select(const QString &namespaceName, const QMap<QString, QString> &selector) const;
    /// Whether any workload in the namespace matches; stops at the first.
    bool matchesAny(const QString &namespaceName, const QMap<QString, QString> &selector) const;
    /// Ids of workloads in the namespace carrying key=value, ascending.
    const QList<int> &postings(const QString &namespaceName, const QString &key,
                               const QString &value) const;

    /// Namespaces that hold at least one workload.
    QStringList namespaces() const;
    int size() const { return m_size; }

private:
    struct Key {
        QString namespaceName;
        QString label;
        QString value;
        bool operator==(const Key &o) const
        {
            return namespaceName == o.namespaceName && label == o.label && value == o.value;
        }
    };
    friend size_t qHash(const Key &key, size_t seed)
    {
        return qHashMulti(seed, key.namespaceName, key.label, key.value);
    }
    /// Posting lists of the selector's labels, shortest first; false when one is empty.
    bool lists(const QString &namespaceName, const QMap<QString, QString> &selector,
               QList<const QList<int> *> *out) const;

    QHash<Key, QList<int>> m_postings;
    QHash<QString, QList<int>> m_byNamespace;
    int m_size = 0;
};

} // namespace MeshEntry
