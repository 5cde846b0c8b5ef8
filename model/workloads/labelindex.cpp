#include "labelindex.h"

#include <algorithm>

namespace MeshEntry {

namespace {

void insertSorted(QList<int> *list, int id)
{
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

bool containsSorted(const QList<int> &list, int id)
{
    return std::binary_search(list.cbegin(), list.cend(), id);
}

} // namespace

void LabelIndex::insert(int id, const QString &namespaceName, const QMap<QString, QString> &labels)
{
    QList<int> &all = m_byNamespace[namespaceName];
    const qsizetype before = all.size();
    insertSorted(&all, id);
    m_size += int(all.size() - before);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        insertSorted(&m_postings[Key{namespaceName, it.key(), it.value()}], id);
}

void LabelIndex::remove(int id, const QString &namespaceName, const QMap<QString, QString> &labels)
{
    const auto all = m_byNamespace.find(namespaceName);
    if (all == m_byNamespace.end() || !removeSorted(&all.value(), id))
        return;
    --m_size;
    if (all->isEmpty())
        m_byNamespace.erase(all);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        const auto postings = m_postings.find(Key{namespaceName, it.key(), it.value()});
        if (postings == m_postings.end())
            continue;
        removeSorted(&postings.value(), id);
        if (postings->isEmpty())
            m_postings.erase(postings);
    }
}

const QList<int> &LabelIndex::postings(const QString &namespaceName, const QString &key,
                                       const QString &value) const
{
    static const QList<int> none;
    const auto it = m_postings.constFind(Key{namespaceName, key, value});
    return it == m_postings.cend() ? none : it.value();
}

bool LabelIndex::lists(const QString &namespaceName, const QMap<QString, QString> &selector,
                       QList<const QList<int> *> *out) const
{
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        const QList<int> &list = postings(namespaceName, it.key(), it.value());
        if (list.isEmpty())
            return false;
        out->append(&list);
    }
    std::sort(out->begin(), out->end(),
              [](const QList<int> *a, const QList<int> *b) { return a->size() < b->size(); });
    return true;
}

QList<int> LabelIndex::select(const QString &namespaceName,
                              const QMap<QString, QString> &selector) const
{
    if (selector.isEmpty())
        return m_byNamespace.value(namespaceName);
    QList<const QList<int> *> candidates;
    if (!lists(namespaceName, selector, &candidates))
        return {};
    QList<int> result;
    for (const int id : *candidates.first()) {
        bool all = true;
        for (qsizetype i = 1; i < candidates.size() && all; ++i)
            all = containsSorted(*candidates[i], id);
        if (all)
            result.append(id);
    }
    return result;
}

bool LabelIndex::matchesAny(const QString &namespaceName,
                            const QMap<QString, QString> &selector) const
{
    if (selector.isEmpty())
        return m_byNamespace.contains(namespaceName);
    QList<const QList<int> *> candidates;
    if (!lists(namespaceName, selector, &candidates))
        return false;
    for (const int id : *candidates.first()) {
        bool all = true;
        for (qsizetype i = 1; i < candidates.size() && all; ++i)
            all = containsSorted(*candidates[i], id);
        if (all)
            return true;
    }
    return false;
}

QStringList LabelIndex::namespaces() const
{
    QStringList result = m_byNamespace.keys();
    result.sort();
    return result;
}

} // namespace MeshEntry
