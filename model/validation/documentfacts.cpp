#include "documentfacts.h"

#include <algorithm>

namespace MeshEntry {

void DocumentFacts::derive()
{
    if (kind == Kind::Other)
        return;
    if (!name.isEmpty())
        nameKey = kindName + u'\x1f' + namespaceName + u'\x1f' + name;
    if (!isServiceEntry())
        return;
    distinctHosts = hosts;
    distinctHosts.removeDuplicates();
    for (const Port &port : std::as_const(ports)) {
        if (!portNumbers.contains(port.number))
            portNumbers.append(port.number);
        protocols.append(port.protocol.toUpper());
    }
    std::sort(portNumbers.begin(), portNumbers.end());
    QStringList numbers;
    for (const quint32 number : std::as_const(portNumbers))
        numbers.append(QString::number(number));
    portSignature = numbers.isEmpty() ? QStringLiteral("no ports") : numbers.join(u", ");
    visibility = ExportTo(exportTo, namespaceName);
    scopes = ExportTo::analyzerScopes(exportTo, namespaceName);
}

} // namespace MeshEntry
