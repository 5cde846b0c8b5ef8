#include "documentfacts.h"

#include <algorithm>

namespace MeshEntry {

QList<quint32> DocumentFacts::portNumbers() const
{
    QList<quint32> numbers;
    for (const Port &port : ports) {
        if (!numbers.contains(port.number))
            numbers.append(port.number);
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

} // namespace MeshEntry
