#include "labelindex.h"

#include <algorithm>

namespace MeshEntry {

namespace {

const QList<int> none;

void insertSorted(QList<int> *list, int id)
{
    // Ids mostly arrive in ascending order: appending is the common case.
    if (list->isEmpty() || list->last() < id) {
        list->append(id);
        return;
    }
    const auto it = std::lower_bound(list->begin(), list->end(), id);
    if (it == list->end() || *it != id)
        list->insert(it, id);
}

bool removeSorted(QList<int> *list, int id)
{
    const auto it = std::lower_bound(list->begin(), list->end(), id);
    if (it == list->end() || *it != id)
        return false;
    list->erase(it);
    return true;
}

template <typename Hash, typename Key> void removeFrom(Hash *hash, const Key &key, int id)
{
    const auto it = hash->find(key);
    if (it == hash->end())
        return;
    removeSorted(&it.value(), id);
    if (it->isEmpty())
        hash->erase(it);
}

} // namespace

void LabelIndex::insert(int id, const QString &namespaceName, const Labels &labels)
{
    QList<int> &all = m_byNamespace[namespaceName];
    const qsizetype before = all.size();
    insertSorted(&all, id);
    if (all.size() == before)
        return;
    ++m_size;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        QList<int> &postings = m_postings[Key{namespaceName, it.key(), it.value()}];
        if (m_nearMisses && postings.isEmpty())
            m_values[Key{namespaceName, it.key(), QString()}].append(it.value());
        insertSorted(&postings, id);
        if (!m_nearMisses)
            continue;
        insertSorted(&m_keys[Key{namespaceName, it.key(), QString()}], id);
        insertSorted(&m_global[Key{QString(), it.key(), it.value()}], id);
    }
}

void LabelIndex::remove(int id, const QString &namespaceName, const Labels &labels)
{
    const auto all = m_byNamespace.find(namespaceName);
    if (all == m_byNamespace.end() || !removeSorted(&all.value(), id))
        return;
    --m_size;
    if (all->isEmpty())
        m_byNamespace.erase(all);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        const Key key{namespaceName, it.key(), it.value()};
        removeFrom(&m_postings, key, id);
        if (!m_nearMisses)
            continue;
        if (!m_postings.contains(key)) {
            const auto values = m_values.find(Key{namespaceName, it.key(), QString()});
            if (values != m_values.end()) {
                values->removeOne(it.value());
                if (values->isEmpty())
                    m_values.erase(values);
            }
        }
        removeFrom(&m_keys, Key{namespaceName, it.key(), QString()}, id);
        removeFrom(&m_global, Key{QString(), it.key(), it.value()}, id);
    }
}

void LabelIndex::clear()
{
    m_postings.clear();
    m_keys.clear();
    m_values.clear();
    m_global.clear();
    m_byNamespace.clear();
    m_size = 0;
}

const QList<int> &LabelIndex::postings(const QString &namespaceName, const QString &key,
                                       const QString &value) const
{
    const auto it = m_postings.constFind(Key{namespaceName, key, value});
    return it == m_postings.cend() ? none : it.value();
}

const QList<int> &LabelIndex::keyPostings(const QString &namespaceName, const QString &key) const
{
    const auto it = m_keys.constFind(Key{namespaceName, key, QString()});
    return it == m_keys.cend() ? none : it.value();
}

const QStringList &LabelIndex::values(const QString &namespaceName, const QString &key) const
{
    static const QStringList noValues;
    const auto it = m_values.constFind(Key{namespaceName, key, QString()});
    return it == m_values.cend() ? noValues : it.value();
}

const QList<int> &LabelIndex::inNamespace(const QString &namespaceName) const
{
    const auto it = m_byNamespace.constFind(namespaceName);
    return it == m_byNamespace.cend() ? none : it.value();
}

QList<int> LabelIndex::intersect(QList<const QList<int> *> lists)
{
    if (lists.isEmpty())
        return {};
    std::sort(lists.begin(), lists.end(),
              [](const QList<int> *a, const QList<int> *b) { return a->size() < b->size(); });
    QList<int> result;
    for (const int id : *lists.first()) {
        bool all = true;
        for (qsizetype i = 1; i < lists.size() && all; ++i)
            all = std::binary_search(lists[i]->cbegin(), lists[i]->cend(), id);
        if (all)
            result.append(id);
    }
    return result;
}

QList<int> LabelIndex::subtract(const QList<int> &a, const QList<int> &b)
{
    QList<int> result;
    result.reserve(a.size());
    std::set_difference(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(result));
    return result;
}

bool LabelIndex::lists(const QString &namespaceName, const Labels &selector,
                       QList<const QList<int> *> *out) const
{
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        const QList<int> &list = postings(namespaceName, it.key(), it.value());
        if (list.isEmpty())
            return false;
        out->append(&list);
    }
    return true;
}

QList<int> LabelIndex::select(const QString &namespaceName, const Labels &selector) const
{
    if (selector.isEmpty())
        return inNamespace(namespaceName);
    QList<const QList<int> *> candidates;
    if (!lists(namespaceName, selector, &candidates))
        return {};
    return intersect(candidates);
}

bool LabelIndex::matchesAny(const QString &namespaceName, const Labels &selector) const
{
    if (selector.isEmpty())
        return m_byNamespace.contains(namespaceName);
    QList<const QList<int> *> candidates;
    if (!lists(namespaceName, selector, &candidates))
        return false;
    std::sort(candidates.begin(), candidates.end(),
              [](const QList<int> *a, const QList<int> *b) { return a->size() < b->size(); });
    for (const int id : *candidates.first()) {
        bool all = true;
        for (qsizetype i = 1; i < candidates.size() && all; ++i)
            all = std::binary_search(candidates[i]->cbegin(), candidates[i]->cend(), id);
        if (all)
            return true;
    }
    return false;
}

QList<int> LabelIndex::selectInAllNamespaces(const Labels &selector) const
{
    QList<const QList<int> *> candidates;
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        const auto found = m_global.constFind(Key{QString(), it.key(), it.value()});
        if (found == m_global.cend())
            return {};
        candidates.append(&found.value());
    }
    return intersect(candidates);
}

QStringList LabelIndex::namespaces() const
{
    QStringList result = m_byNamespace.keys();
    result.sort();
    return result;
}

} // namespace MeshEntry
