#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace MeshEntry {

/// One resource type the API server serves in one group version.
struct ApiResource {
    QString group;    ///< "" for the core group
    QString version;  ///< v1, v1beta1, …
    QString resource; ///< plural: serviceentries
    QString singular; ///< serviceentry
    QString kind;     ///< ServiceEntry
    QStringList shortNames;
    QStringList verbs;
    bool namespaced = true;
    bool preferred = false; ///< the group's preferred version

    QString apiVersion() const { return group.isEmpty() ? version : group + u'/' + version; }
    /// "serviceentries.networking.istio.io", as in kubectl's messages (core: "pods").
    QString qualifiedResource() const
    {
        return group.isEmpty() ? resource : resource + u'.' + group;
    }
    /// "serviceentry.networking.istio.io", as kubectl names an object it applied.
    QString qualifiedSingular() const;
    /// URL path of the collection, in a namespace or across all of them (ns empty).
    QString collectionPath(const QString &namespaceName) const;
    QString itemPath(const QString &namespaceName, const QString &name) const;
};

/**
 * What the API server serves, from aggregated discovery (`APIGroupDiscoveryList`, one
 * request each for /api and /apis) or from legacy discovery (APIVersions, APIGroupList and
 * one APIResourceList per group version).
 */
class ResourceCatalog
{
public:
    /// Reads an APIGroupDiscoveryList (v2 or v2beta1) of /api or /apis; false when the body
    /// is not one.
    bool addAggregated(const QByteArray &body, QString *error);
    /// Reads an APIResourceList of one group version (legacy discovery).
    bool addResourceList(const QByteArray &body, bool preferred, QString *error);

    const QList<ApiResource> &resources() const { return m_resources; }
    bool isEmpty() const { return m_resources.isEmpty(); }
    /// The resource serving kind in apiVersion ("networking.istio.io/v1", "v1"), or null.
    const ApiResource *find(const QString &apiVersion, const QString &kind) const;
    /// The preferred version's resource for a kind of a group, or null.
    const ApiResource *findKind(const QString &group, const QString &kind) const;
    /// A resource as kubectl resolves a name on its command line: plural, singular, short
    /// name or kind, optionally qualified with `.group`; the preferred version. Null if none.
    const ApiResource *lookup(const QString &name) const;
    /// Versions of networking.istio.io that serve kind, preferred first.
    QStringList istioVersions(const QString &kind) const;

private:
    QList<ApiResource> m_resources;
};

} // namespace MeshEntry
