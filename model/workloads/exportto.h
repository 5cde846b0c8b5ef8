#pragma once

#include <QString>
#include <QStringList>

namespace MeshEntry {

/**
 * Which namespaces can see a ServiceEntry, as Istio's push context decides it: `*` all, `.`
 * the entry's own namespace, `~` none, names literally; an empty list means the mesh default
 * (defaultServiceExportTo, `*` unless configured).
 */
class ExportTo
{
public:
    ExportTo() = default;
    ExportTo(const QStringList &entries, const QString &ownNamespace,
             const QStringList &meshDefault = {QStringLiteral("*")});

    bool isPublic() const { return m_public; }
    /// Visible to no namespace (only `~`).
    bool isHidden() const { return !m_public && m_namespaces.isEmpty(); }
    bool isVisibleTo(const QString &namespaceName) const;
    /// Namespaces named explicitly (`.` resolved), sorted; empty when public.
    const QStringList &namespaces() const { return m_namespaces; }
    /// The known namespaces that can see the entry.
    QStringList visibleNamespaces(const QStringList &knownNamespaces) const;
    /// True when some namespace can see both entries.
    bool overlaps(const ExportTo &other) const;

    /**
     * Scopes as istioctl's IST0177 analyzer indexes them: `*` when the list is empty or holds
     * `*`, otherwise each entry with `.` replaced by the namespace (`~` kept literally).
     */
    static QStringList analyzerScopes(const QStringList &entries, const QString &ownNamespace);

private:
    bool m_public = false;
    QStringList m_namespaces;
};

} // namespace MeshEntry
