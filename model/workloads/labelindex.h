#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace MeshEntry {

/**
 * Inverted index of workload labels, so that a selector is answered by intersecting sorted
 * posting lists instead of scanning every workload: (namespace, key, value) for selection,
 * (namespace, key) for near-misses that carry a selector key with another value, and
 * (key, value) across namespaces for the workloads a selector would match elsewhere.
 * Ids are the caller's.
 */
class LabelIndex
{
public:
    using Labels = QMap<QString, QString>;

    /// nearMisses: also keep the (namespace, key) and cross-namespace lists that near-misses
    /// and other-namespace matches need (validation only selects: it does without).
    explicit LabelIndex(bool nearMisses = false) : m_nearMisses(nearMisses) {}
    bool keepsNearMisses() const { return m_nearMisses; }

    void insert(int id, const QString &namespaceName, const Labels &labels);
    void remove(int id, const QString &namespaceName, const Labels &labels);

    /// Ids of workloads in the namespace that carry every selector label (all of them for an
    /// empty selector), ascending.
    QList<int> select(const QString &namespaceName, const Labels &selector) const;
    /// Whether any workload in the namespace matches; stops at the first.
    bool matchesAny(const QString &namespaceName, const Labels &selector) const;
    /// Ids in every namespace carrying every selector label (nothing for an empty selector);
    /// needs the near-miss lists.
    QList<int> selectInAllNamespaces(const Labels &selector) const;

    /// Ids of workloads in the namespace carrying key=value, ascending.
    const QList<int> &postings(const QString &namespaceName, const QString &key,
                               const QString &value) const;
    /// Ids of workloads in the namespace carrying key with any value, ascending.
    const QList<int> &keyPostings(const QString &namespaceName, const QString &key) const;
    /// The distinct values of key in the namespace, in no particular order.
    const QStringList &values(const QString &namespaceName, const QString &key) const;
    /// Ids of every workload in the namespace, ascending.
    const QList<int> &inNamespace(const QString &namespaceName) const;

    /// Namespaces that hold at least one workload.
    QStringList namespaces() const;
    int size() const { return m_size; }
    void clear();

    /// The ids in every list, ascending (lists ascending; shortest first is fastest).
    static QList<int> intersect(QList<const QList<int> *> lists);
    /// a without b (both ascending).
    static QList<int> subtract(const QList<int> &a, const QList<int> &b);

private:
    struct Key {
        QString namespaceName; ///< empty in m_global
        QString label;
        QString value;
        bool operator==(const Key &o) const
        {
            return label == o.label && value == o.value && namespaceName == o.namespaceName;
        }
    };
    friend size_t qHash(const Key &key, size_t seed)
    {
        return qHashMulti(seed, key.namespaceName, key.label, key.value);
    }
    /// Posting lists of the selector's labels; false when one is empty.
    bool lists(const QString &namespaceName, const Labels &selector,
               QList<const QList<int> *> *out) const;

    QHash<Key, QList<int>> m_postings;
    QHash<Key, QList<int>> m_keys;    ///< value left empty
    QHash<Key, QStringList> m_values; ///< value left empty
    QHash<Key, QList<int>> m_global;  ///< namespace left empty
    QHash<QString, QList<int>> m_byNamespace;
    int m_size = 0;
    bool m_nearMisses = false;
};

} // namespace MeshEntry
