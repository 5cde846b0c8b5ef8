#include "documentfacts.h"

#include "istiopredicates.h"
#include "validationcontext.h"

#include <QSet>

#include <algorithm>

namespace MeshEntry {

namespace {

constexpr quint32 ownCopy = 0x80000000u;

/// The same paths (`metadata.name`, `spec.hosts[0]`) recur in every document: one copy each.
SourceSpan shared(SourceSpan span)
{
    static thread_local QSet<YamlPath> paths;
    const auto found = paths.constFind(span.path);
    if (found != paths.cend()) {
        span.path = *found;
    } else {
        if (paths.size() >= 4096)
            paths.clear();
        paths.insert(span.path);
    }
    return span;
}

} // namespace

DocumentFacts::Text DocumentFacts::keep(YamlText text)
{
    if (text.isEmpty())
        return {};
    const char *begin = m_text.constData();
    if (text.data() >= begin && text.data() + text.size() <= begin + m_text.size())
        return {quint32(text.data() - begin), quint32(text.size())};
    const quint32 at = quint32(m_own.size());
    m_own.append(text.data(), text.size());
    return {at | ownCopy, quint32(text.size())};
}

YamlText DocumentFacts::bytes(Text text) const
{
    if (text.size == 0)
        return {};
    const QByteArray &from = text.offset & ownCopy ? m_own : m_text;
    return {from.constData() + (text.offset & ~ownCopy), qsizetype(text.size)};
}

bool DocumentFacts::repeatsHost(int i) const
{
    const YamlText host = hostBytes(i);
    for (int j = 0; j < i; ++j) {
        if (hostBytes(j) == host)
            return true;
    }
    return false;
}

QList<DocumentFacts::Port> DocumentFacts::ports() const
{
    QList<Port> result;
    result.reserve(count(Ports));
    for (int i = 0; i < count(Ports); ++i) {
        const Item &port = item(Ports, i);
        result.append({port.value, string(port.first), string(port.second)});
    }
    return result;
}

QStringList DocumentFacts::exportTo() const
{
    QStringList result;
    result.reserve(count(ExportToEntries));
    for (int i = 0; i < count(ExportToEntries); ++i)
        result.append(string(item(ExportToEntries, i).first));
    return result;
}

DocumentFacts::HostKeys DocumentFacts::hostKeys(const QStringList &meshDefaultExportTo) const
{
    HostKeys keys;
    for (int i = 0; i < hostCount(); ++i) {
        if (!repeatsHost(i))
            keys.hosts.append(host(i));
    }
    keys.ports = ports();
    for (Port &port : keys.ports) {
        port.protocol = port.protocol.toUpper();
        if (!keys.portNumbers.contains(port.number))
            keys.portNumbers.append(port.number);
    }
    std::sort(keys.portNumbers.begin(), keys.portNumbers.end());
    QStringList numbers;
    for (const quint32 number : std::as_const(keys.portNumbers))
        numbers.append(QString::number(number));
    keys.portSignature = numbers.isEmpty() ? QStringLiteral("no ports") : numbers.join(u", ");
    const QStringList entries = exportTo();
    keys.visibility = ExportTo(entries, namespaceName, meshDefaultExportTo);
    keys.scopes = ExportTo::analyzerScopes(entries, namespaceName);
    keys.resolution = resolution;
    keys.labels = labels();
    keys.selector = selector;
    // convertServices copies exportTo into a set, unresolved: `.` is not the namespace's name.
    keys.exportTo = entries;
    keys.exportTo.sort();
    keys.exportTo.removeDuplicates();
    keys.created = created;
    return keys;
}

void DocumentFacts::setLabel(YamlText key, YamlText value)
{
    // Kept as written: looking for an earlier one here would cost the square of a hostile
    // document's thousands of labels. Readers let the last one win.
    append(Labels, {keep(key), keep(value), 0});
}

QMap<QString, QString> DocumentFacts::labels() const
{
    QMap<QString, QString> result;
    for (int i = 0; i < count(Labels); ++i)
        result.insert(string(item(Labels, i).first), string(item(Labels, i).second));
    return result;
}

bool DocumentFacts::hasLabel(QStringView key, QStringView value) const
{
    for (int i = count(Labels) - 1; i >= 0; --i) {
        const Item &label = item(Labels, i);
        if (bytes(label.first) == key)
            return bytes(label.second) == value;
    }
    return false;
}

DocumentFacts::WorkloadPort DocumentFacts::workloadPort(int i) const
{
    const Item &port = item(WorkloadPorts, i);
    return {string(port.first), int(port.value)};
}

void DocumentFacts::place(const SpanTree &tree)
{
    if (kind == Kind::Other)
        return;
    places.reserve(FirstHostPlace + hostCount() + workloadPortCount());
    places.append(shared(ValidationContext::spanIn(tree, nameNode)));
    places.append(hasSelector ? shared(ValidationContext::spanIn(tree, selectorNode))
                              : SourceSpan());
    // ME-STATIC-FQDN-WORKLOAD, the only finding on the address, is about host names and sockets.
    const QString written = address();
    const bool ipAddress = written.isEmpty() || IstioPredicates::isIp(written);
    places.append(isServiceEntry() || ipAddress
                      ? SourceSpan()
                      : shared(ValidationContext::spanIn(tree, addressNode)));
    for (int i = 0; i < hostCount(); ++i)
        places.append(shared(ValidationContext::spanIn(tree, hostNode(i))));
    for (int i = 0; i < workloadPortCount(); ++i)
        places.append(
            shared(ValidationContext::keySpanIn(tree, int(item(WorkloadPorts, i).value))));
}

void DocumentFacts::append(Section section, Item item)
{
    const quint32 at = m_ends[section];
    if (at == quint32(m_items.size()))
        m_items.append(item);
    else
        m_items.insert(at, item);
    for (int later = section; later < SectionCount; ++later)
        ++m_ends[later];
}

void DocumentFacts::squeeze()
{
    m_items.squeeze();
    m_own.squeeze();
    places.squeeze();
}

qsizetype DocumentFacts::heapBytes() const
{
    return m_items.capacity() * qsizetype(sizeof(Item)) + m_own.capacity() +
           places.capacity() * qsizetype(sizeof(SourceSpan));
}

} // namespace MeshEntry
