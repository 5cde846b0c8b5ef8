#include "istiohost.h"

namespace MeshEntry::IstioHost {

bool subsetOf(QStringView host, QStringView pattern)
{
    const bool hostWildcard = isWildcard(host);
    if (!isWildcard(pattern))
        return !hostWildcard && host == pattern;
    if (hostWildcard)
        return host.size() >= pattern.size() && host.mid(1).endsWith(pattern.mid(1));
    return host.endsWith(pattern.mid(1));
}

bool matches(QStringView a, QStringView b)
{
    const bool aWildcard = isWildcard(a);
    const bool bWildcard = isWildcard(b);
    if (aWildcard && bWildcard)
        return a.size() < b.size() ? b.mid(1).endsWith(a.mid(1)) : a.mid(1).endsWith(b.mid(1));
    if (aWildcard)
        return b.endsWith(a.mid(1));
    if (bWildcard)
        return a.endsWith(b.mid(1));
    return a == b;
}

bool isKubernetesServiceHost(QStringView host)
{
    return host.contains(u".svc.") || host.endsWith(u".svc");
}

} // namespace MeshEntry::IstioHost
