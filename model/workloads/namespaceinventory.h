#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace MeshEntry {

/**
 * The cluster's namespaces and their labels, from `kubectl get namespaces -o json` (or
 * `-o yaml`), a NamespaceList, or Namespace documents. The labels decide
 * serviceEntryVisibility (ISTIO-ROUTING.md §2.5) and a Pod's default network label.
 */
class NamespaceInventory
{
public:
    /// Adds every Namespace in JSON or YAML text; false with *error ("SOURCE:LINE:COL: …")
    /// on a syntax error, in which case nothing is added.
    bool addFromBytes(const QByteArray &bytes, const QString &source, QString *error);
    bool addFromFile(const QString &path, QString *error);
    /// Adds or replaces one namespace.
    void add(const QString &name, const QMap<QString, QString> &labels = {});
    void clear() { m_labels.clear(); }

    bool isEmpty() const { return m_labels.isEmpty(); }
    int size() const { return int(m_labels.size()); }
    bool contains(const QString &name) const { return m_labels.contains(name); }
    /// The namespace's labels; nullptr when the namespace is unknown.
    const QMap<QString, QString> *labels(const QString &name) const;
    /// Names, sorted.
    QStringList names() const { return m_labels.keys(); }

private:
    QMap<QString, QMap<QString, QString>> m_labels;
};

} // namespace MeshEntry
