#include "fixregistry.h"

#include "messagetext.h"

#include "flowcolonscalar.h"
#include "fragmentwriter.h"
#include "portprotocols.h"
#include "spantree.h"

namespace MeshEntry {

namespace {

using Input = FixRegistry::Input;

Fix setFix(const Input &input, const YamlPath &path, const YamlValue &value,
           const MessageText &title, const MessageText &consequence = {})
{
    Fix fix;
    fix.rule = input.finding.rule;
    fix.title = title.text();
    fix.titleSource = title.source();
    fix.consequence = consequence.text();
    fix.consequenceSource = consequence.source();
    fix.kind = Fix::Kind::Set;
    fix.path = path;
    fix.value = value;
    return fix;
}

Fix removeFix(const Input &input, const YamlPath &path, const MessageText &title,
              const MessageText &consequence = {})
{
    Fix fix = setFix(input, path, {}, title, consequence);
    fix.kind = Fix::Kind::Remove;
    return fix;
}

Fix replaceFix(const Input &input, qsizetype start, qsizetype end, const QString &text,
               const MessageText &title, const MessageText &consequence = {})
{
    Fix fix = setFix(input, {}, {}, title, consequence);
    fix.kind = Fix::Kind::ReplaceText;
    fix.start = start;
    fix.end = end;
    fix.text = text;
    return fix;
}

/// The scalar node whose text is exactly the finding's span, or -1.
int scalarAtSpan(const Input &input)
{
    for (int i = 0; i < input.tree.nodeCount(); ++i) {
        const YamlNode &node = input.tree.node(i);
        if (node.isScalar() && !node.empty && node.valueStart == input.finding.start &&
            node.valueEnd == input.finding.end)
            return i;
    }
    return -1;
}

bool isMapKey(const SpanTree &tree, int node)
{
    const int parent = tree.node(node).parent;
    return parent >= 0 && tree.node(parent).isMapping() &&
           tree.node(parent).children.indexOf(node) % 2 == 0;
}

/// The port item spec.ports[i] a finding's path lies in, or -1.
int portIndex(const YamlPath &path)
{
    const QList<YamlPath::Segment> &segments = path.segments();
    if (segments.size() < 3 || segments[0].key != u"spec" || segments[1].key != u"ports" ||
        !segments[2].isIndex())
        return -1;
    return segments[2].index;
}

QString scalarText(const SpanTree &tree, int node)
{
    return node >= 0 && tree.node(node).isScalar() ? QString(tree.node(node).value) : QString();
}

QList<Fix> quoteYaml11Trap(const Input &input)
{
    const int node = scalarAtSpan(input);
    if (node < 0)
        return {};
    const YamlNode &scalar = input.tree.node(node);
    if (scalar.style != YamlNode::Style::Plain || !scalar.tag.isEmpty())
        return {};
    const QString text = scalarText(input.tree, node);
    if (input.finding.message.contains(QLatin1String("plain decimal"))) {
        // An integer in a YAML 1.1 base: 0x1BB and 0b1 mean one number, a leading zero two.
        bool ok = false;
        qint64 read = 0;
        if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
            read = text.mid(2).toLongLong(&ok, 16);
        else if (text.startsWith(QLatin1String("0b"), Qt::CaseInsensitive))
            read = text.mid(2).toLongLong(&ok, 2);
        else if (text.startsWith(u'0'))
            read = text.mid(1).toLongLong(&ok, 8);
        if (!ok)
            return {};
        const YamlPath path = input.tree.pathOf(node);
        const QString number = QString::number(read);
        QList<Fix> fixes{
            setFix(input, path, YamlValue::plain(number),
                   MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "Write %1")).arg(number),
                   MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                 "the number Kubernetes reads from %1"))
                       .arg(text))};
        if (text.startsWith(u'0') && !text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) &&
            !text.startsWith(QLatin1String("0b"), Qt::CaseInsensitive)) {
            bool decimalOk = false;
            const qint64 decimal = text.toLongLong(&decimalOk, 10);
            if (decimalOk && decimal != read) {
                fixes.first().choice = true;
                Fix asWritten = setFix(
                    input, path, YamlValue::plain(QString::number(decimal)),
                    MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "Write %1")).arg(decimal),
                    MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                  "the digits read as decimal, a different "
                                                  "number from the %1 Kubernetes reads now"))
                        .arg(read));
                asWritten.choice = true;
                fixes.append(asWritten);
            }
        }
        return fixes;
    }
    if (isMapKey(input.tree, node))
        return {replaceFix(
            input, scalar.valueStart, scalar.valueEnd, FragmentWriter::doubleQuoted(text),
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "Quote the key \"%1\"")).arg(text),
            MessageText(
                QT_TRANSLATE_NOOP("MeshEntry::Message", "Kubernetes reads it as the string \"%1\""))
                .arg(text))};
    return {setFix(input, input.tree.pathOf(node), YamlValue::string(text),
                   MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "Quote \"%1\"")).arg(text),
                   MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                 "Kubernetes reads it as the string \"%1\""))
                       .arg(text))};
}

/// The name the convention gives port `index`, free among the other ports' names.
QList<Fix> namePortAfterProtocol(const Input &input)
{
    const int index = portIndex(input.finding.path);
    const int ports = input.tree.find(YamlPath::fromText(QStringLiteral("spec.ports")));
    if (index < 0 || ports < 0 || !input.tree.node(ports).isSequence() ||
        index >= input.tree.node(ports).children.size())
        return {};
    const YamlPath port = YamlPath::fromText(QStringLiteral("spec.ports")).index(index);
    const QString protocol =
        PortProtocols::canonical(scalarText(input.tree, input.tree.find(port.key("protocol"))));
    if (protocol.isEmpty())
        return {};
    const QString current = scalarText(input.tree, input.tree.find(port.key("name")));
    QStringList taken;
    for (int i = 0; i < input.tree.node(ports).children.size(); ++i) {
        if (i != index)
            taken.append(scalarText(input.tree,
                                    input.tree.find(YamlPath::fromText(QStringLiteral("spec.ports"))
                                                        .index(i)
                                                        .key(QStringLiteral("name")))));
    }
    QString name = PortProtocols::portNameFor(protocol);
    if (taken.contains(name)) {
        const QString number =
            scalarText(input.tree, input.tree.find(port.key(QStringLiteral("number"))));
        name += u'-' + (number.isEmpty() ? QString::number(index + 1) : number);
        if (taken.contains(name))
            return {};
    }
    if (name == current)
        return {};
    return {setFix(
        input, port.key(QStringLiteral("name")), YamlValue::string(name),
        MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "Name the port \"%1\"")).arg(name),
        current.isEmpty()
            ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "after its protocol %1"))
                  .arg(protocol)
            : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "instead of \"%1\""))
                  .arg(current))};
}

QList<Fix> missingPortName(const Input &input)
{
    // Only the findings about a port without a name; the list-map rule covers numbers too.
    const int index = portIndex(input.finding.path);
    if (index < 0 || !input.finding.message.contains(QLatin1String("name")))
        return {};
    const YamlPath port = YamlPath::fromText(QStringLiteral("spec.ports")).index(index);
    if (input.tree.find(port.key(QStringLiteral("name"))) >= 0 &&
        !scalarText(input.tree, input.tree.find(port.key(QStringLiteral("name")))).isEmpty())
        return {};
    return namePortAfterProtocol(input);
}

QList<Fix> protocolCase(const Input &input)
{
    const int node = scalarAtSpan(input);
    const QString canonical = PortProtocols::canonical(scalarText(input.tree, node));
    if (node < 0 || canonical.isEmpty())
        return {};
    return {setFix(
        input, input.tree.pathOf(node), YamlValue::string(canonical),
        MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "Write %1")).arg(canonical),
        MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "as Istio spells the protocol")))};
}

QList<Fix> duplicateExportTo(const Input &input)
{
    const int node = scalarAtSpan(input);
    if (node < 0)
        return {};
    const YamlPath path = input.tree.pathOf(node);
    if (path.size() != 3 || path.segments()[1].key != u"exportTo" || !path.last().isIndex())
        return {};
    return {removeFix(input, path,
                      MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                    "Remove the duplicate exportTo entry \"%1\""))
                          .arg(scalarText(input.tree, node)),
                      MessageText(QT_TRANSLATE_NOOP(
                          "MeshEntry::Message", "the entry is exported to the same namespaces")))};
}

QList<Fix> selectorOrEndpoints(const Input &input)
{
    const YamlPath endpoints = YamlPath::fromText(QStringLiteral("spec.endpoints"));
    const YamlPath selector = YamlPath::fromText(QStringLiteral("spec.workloadSelector"));
    const int endpointsNode = input.tree.find(endpoints);
    if (endpointsNode < 0 || input.tree.find(selector) < 0)
        return {};
    const qsizetype count = input.tree.node(endpointsNode).isSequence()
                                ? input.tree.node(endpointsNode).children.size()
                                : 0;
    Fix keepSelector = removeFix(
        input, endpoints,
        MessageText(
            QT_TRANSLATE_NOOP("MeshEntry::Message", "Keep workloadSelector, remove endpoints")),
        MessageText(QT_TRANSLATE_NOOP(
                        "MeshEntry::Message",
                        "the %1 listed endpoint(s) go; the Pods and WorkloadEntries the selector "
                        "matches become the endpoints"))
            .arg(count));
    Fix keepEndpoints = removeFix(
        input, selector,
        MessageText(
            QT_TRANSLATE_NOOP("MeshEntry::Message", "Keep endpoints, remove workloadSelector")),
        MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                      "only the listed endpoints are used; no Pod or WorkloadEntry "
                                      "is selected")));
    keepSelector.choice = true;
    keepEndpoints.choice = true;
    return {keepSelector, keepEndpoints};
}

QList<Fix> quoteFlowScalar(const Input &input)
{
    // libyaml's error is at the scalar's last ':'; the finding spans the whole scalar.
    YamlError error;
    error.offset = input.finding.end - 1;
    error.message = QStringLiteral("found unexpected ':'");
    const FlowColonScalar scalar = FlowColonScalar::find(input.text, error);
    if (!scalar.isValid() || scalar.start != input.finding.start)
        return {};
    return {replaceFix(
        input, scalar.start, scalar.end, scalar.quoted(),
        MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "Quote %1")).arg(scalar.text),
        MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "both readers then take the string %1"))
            .arg(scalar.quoted()))};
}

} // namespace

FixRegistry::FixRegistry()
{
    m_providers = {
        {QStringLiteral("YAML-SYNTAX"), &quoteFlowScalar},
        {QStringLiteral("ME-YAML11-TYPING"), &quoteYaml11Trap},
        {QStringLiteral("ME-PORT-NAME-CONVENTION"), &namePortAfterProtocol},
        {QStringLiteral("SE-PORT-NAME"), &namePortAfterProtocol},
        {QStringLiteral("CRD-SE-PORTS-LISTMAP"), &missingPortName},
        {QStringLiteral("ME-PROTOCOL-CASE"), &protocolCase},
        {QStringLiteral("SE-EXPORTTO-DUP"), &duplicateExportTo},
        {QStringLiteral("SE-SELECTOR-XOR-ENDPOINTS"), &selectorOrEndpoints},
        {QStringLiteral("CRD-SE-ONEOF"), &selectorOrEndpoints},
    };
}

const FixRegistry &FixRegistry::instance()
{
    static const FixRegistry registry;
    return registry;
}

QList<Fix> FixRegistry::fixesFor(const Diagnostic &finding, const QByteArray &documentText) const
{
    const Provider provider = m_providers.value(finding.rule);
    if (!provider)
        return {};
    const SpanTree tree = SpanTree::parse(documentText);
    if (tree.hasErrors() && finding.rule != u"YAML-SYNTAX")
        return {};
    return provider({finding, documentText, tree});
}

QList<Fix> FixRegistry::fixesFor(const QList<Diagnostic> &findings,
                                 const QByteArray &documentText) const
{
    QList<Fix> result;
    for (const Diagnostic &finding : findings) {
        for (const Fix &fix : fixesFor(finding, documentText)) {
            const bool repeated = std::any_of(result.cbegin(), result.cend(), [&](const Fix &o) {
                return o.title == fix.title && o.kind == fix.kind && o.path == fix.path;
            });
            if (!repeated)
                result.append(fix);
        }
    }
    return result;
}

QStringList FixRegistry::rules() const
{
    QStringList ids = m_providers.keys();
    ids.sort();
    return ids;
}

} // namespace MeshEntry
