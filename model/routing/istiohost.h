#pragma once

#include <QString>
#include <QStringView>

namespace MeshEntry::IstioHost {

/// A host written with a leading `*` (`*.example.com`, `*`): pkg/config/host/name.go.
inline bool isWildcard(QStringView host)
{
    return !host.isEmpty() && host.front() == u'*';
}

/**
 * host.Name.SubsetOf: every name host stands for is also covered by pattern. An exact host is a
 * subset of itself and of a wildcard whose suffix it ends with; a wildcard host only of a
 * wildcard at least as broad. `*.example.com` does not cover `example.com`.
 */
bool subsetOf(QStringView host, QStringView pattern);

/// host.Name.Matches: the two names overlap in either direction.
bool matches(QStringView a, QStringView b);

/// A Kubernetes Service host (`name.namespace.svc.<domain>`): only the cluster knows those.
bool isKubernetesServiceHost(QStringView host);

} // namespace MeshEntry::IstioHost
