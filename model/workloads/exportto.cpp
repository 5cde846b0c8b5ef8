#include "exportto.h"

namespace MeshEntry {

ExportTo::ExportTo(const QStringList &entries, const QString &ownNamespace,
                   const QStringList &meshDefault)
{
    const QStringList &effective = entries.isEmpty() ? meshDefault : entries;
    for (const QString &entry : effective) {
        if (entry == u"*")
            m_public = true;
        else if (entry == u".")
            m_namespaces.append(ownNamespace);
        else if (entry != u"~")
            m_namespaces.append(entry);
    }
    if (m_public)
        m_namespaces.clear();
    m_namespaces.sort();
    m_namespaces.removeDuplicates();
}

bool ExportTo::isVisibleTo(const QString &namespaceName) const
{
    return m_public || m_namespaces.contains(namespaceName);
}

QStringList ExportTo::visibleNamespaces(const QStringList &knownNamespaces) const
{
    QStringList result;
    for (const QString &namespaceName : knownNamespaces) {
        if (isVisibleTo(namespaceName))
            result.append(namespaceName);
    }
    return result;
}

bool ExportTo::overlaps(const ExportTo &other) const
{
    if (isHidden() || other.isHidden())
        return false;
    if (m_public || other.m_public)
        return true;
    for (const QString &namespaceName : m_namespaces) {
        if (other.m_namespaces.contains(namespaceName))
            return true;
    }
    return false;
}

QStringList ExportTo::analyzerScopes(const QStringList &entries, const QString &ownNamespace)
{
    if (entries.isEmpty() || entries.contains(QStringLiteral("*")))
        return {QStringLiteral("*")};
    QStringList scopes;
    for (const QString &entry : entries)
        scopes.append(entry == u"." ? ownNamespace : entry);
    scopes.removeDuplicates();
    return scopes;
}

} // namespace MeshEntry
