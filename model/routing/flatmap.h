#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <algorithm>

namespace MeshEntry {

/**
 * A small map from strings (labels, a workloadSelector, named ports) as one sorted array of
 * pairs: one allocation of exactly its size instead of a tree node per entry. Iterates in key
 * order with key() and value(), as a QMap does; a key given again replaces the earlier value.
 */
template <typename Value> class FlatMap
{
public:
    struct Entry {
        QString key;
        Value value;
        bool operator==(const Entry &o) const { return key == o.key && value == o.value; }
    };

    class const_iterator
    {
    public:
        using Base = typename QList<Entry>::const_iterator;
        explicit const_iterator(Base at) : m_at(at) {}
        const QString &key() const { return m_at->key; }
        const Value &value() const { return m_at->value; }
        const Value &operator*() const { return m_at->value; }
        const Value *operator->() const { return &m_at->value; }
        const_iterator &operator++()
        {
            ++m_at;
            return *this;
        }
        bool operator==(const const_iterator &o) const { return m_at == o.m_at; }
        bool operator!=(const const_iterator &o) const { return m_at != o.m_at; }

    private:
        Base m_at;
    };

    FlatMap() = default;
    /// From entries in any order, duplicates included (the last one of a key wins).
    explicit FlatMap(QList<Entry> entries) : m_entries(std::move(entries))
    {
        // Stable, so that of equal keys the last one given is known.
        std::stable_sort(m_entries.begin(), m_entries.end(),
                         [](const Entry &a, const Entry &b) { return a.key < b.key; });
        qsizetype kept = 0;
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (i + 1 < m_entries.size() && m_entries[i + 1].key == m_entries[i].key)
                continue;
            if (kept != i)
                m_entries[kept] = std::move(m_entries[i]);
            ++kept;
        }
        m_entries.resize(kept);
        m_entries.squeeze();
    }

    void insert(const QString &key, const Value &value)
    {
        const qsizetype at = lowerBound(key) - m_entries.cbegin();
        if (at < m_entries.size() && m_entries[at].key == key)
            m_entries[at].value = value;
        else
            m_entries.insert(at, {key, value});
    }
    const_iterator constFind(const QString &key) const
    {
        const auto it = lowerBound(key);
        return const_iterator(it != m_entries.cend() && it->key == key ? it : m_entries.cend());
    }
    Value value(const QString &key) const
    {
        const const_iterator it = constFind(key);
        return it == cend() ? Value() : it.value();
    }
    bool contains(const QString &key) const { return constFind(key) != cend(); }
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<Entry> &entries() const { return m_entries; }

    const_iterator cbegin() const { return const_iterator(m_entries.cbegin()); }
    const_iterator cend() const { return const_iterator(m_entries.cend()); }
    const_iterator begin() const { return cbegin(); }
    const_iterator end() const { return cend(); }

    bool operator==(const FlatMap &o) const { return m_entries == o.m_entries; }
    bool operator!=(const FlatMap &o) const { return !(*this == o); }

    /// The same as a QMap, for the APIs that take one (Workload, SelectorQuery).
    QMap<QString, Value> toMap() const
    {
        QMap<QString, Value> map;
        for (const Entry &entry : m_entries)
            map.insert(map.cend(), entry.key, entry.value);
        return map;
    }

private:
    typename QList<Entry>::const_iterator lowerBound(const QString &key) const
    {
        return std::lower_bound(m_entries.cbegin(), m_entries.cend(), key,
                                [](const Entry &entry, const QString &k) { return entry.key < k; });
    }

    QList<Entry> m_entries; ///< sorted by key, keys unique
};

using LabelMap = FlatMap<QString>;
using PortMap = FlatMap<quint32>;

} // namespace MeshEntry
