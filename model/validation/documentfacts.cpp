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
    result.reserve(m_ports.size());
    for (const PortTexts &port : m_ports)
        result.append({port.number, string(port.name), string(port.protocol)});
    return result;
}

QStringList DocumentFacts::exportTo() const
{
    QStringList result;
    result.reserve(m_exportTo.size());
    for (const Text &entry : m_exportTo)
        result.append(string(entry));
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
    m_labels.append({keep(key), keep(value)});
}

QMap<QString, QString> DocumentFacts::labels() const
{
    QMap<QString, QString> result;
    for (const Label &label : m_labels)
        result.insert(string(label.key), string(label.value));
    return result;
}

bool DocumentFacts::hasLabel(QStringView key, QStringView value) const
{
    for (auto label = m_labels.crbegin(); label != m_labels.crend(); ++label) {
        if (bytes(label->key) == key)
            return bytes(label->value) == value;
    }
    return false;
}

DocumentFacts::WorkloadPort DocumentFacts::workloadPort(int i) const
{
    return {string(m_workloadPorts[i].name), m_workloadPorts[i].keyNode};
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
    for (const Host &host : std::as_const(m_hosts))
        places.append(shared(ValidationContext::spanIn(tree, host.node)));
    for (const WorkloadPortText &port : std::as_const(m_workloadPorts))
        places.append(shared(ValidationContext::keySpanIn(tree, port.keyNode)));
}

} // namespace MeshEntry
