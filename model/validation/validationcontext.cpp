#include "validationcontext.h"

#include "ruleregistry.h"

namespace MeshEntry {

ValidationContext::ValidationContext(const SpanTree &tree, const FieldTable &fields,
                                     const ValidationOptions &options)
    : m_reader(tree), m_fields(fields), m_options(options)
{
    m_root = m_reader.resolve(tree.root());
    const int spec = m_reader.value(m_root, u"spec");
    m_spec = spec >= 0 && tree.isMapping(spec) ? spec : -1;
    m_meta = ObjectMetaView::read(m_reader, m_reader.value(m_root, u"metadata"));
    m_namespace = m_meta.namespaceName.value.isEmpty() ? options.defaultNamespace
                                                       : m_meta.namespaceName.value;
}

bool ValidationContext::isServiceEntry() const
{
    return kind() == u"ServiceEntry";
}

SourceSpan ValidationContext::keySpanIn(const SpanTree &tree, int keyNode)
{
    return {tree.valueStartOf(keyNode), tree.valueEndOf(keyNode), tree.pathOf(keyNode)};
}

SourceSpan ValidationContext::spanIn(const SpanTree &t, int node)
{
    const NodeReader reader(t);
    if (node < 0) {
        const int root = reader.resolve(t.root());
        const int kindNode = reader.keyOf(reader.value(root, u"kind"));
        if (kindNode >= 0)
            return keySpanIn(t, kindNode);
        return root < 0 ? SourceSpan() : SourceSpan{t.valueStartOf(root), t.valueStartOf(root), {}};
    }
    const YamlNode n = t.node(node);
    if (n.isScalar() && !n.empty)
        return {n.valueStart, n.valueEnd, t.pathOf(node)};
    const int key = reader.keyOf(node);
    if (key >= 0) {
        SourceSpan span = keySpanIn(t, key);
        span.path = t.pathOf(node);
        return span;
    }
    if (n.isMapping() && !n.children.isEmpty()) {
        const int first = n.children.first();
        return {t.valueStartOf(first), t.valueEndOf(first), t.pathOf(node)};
    }
    if (n.empty && n.indicator >= 0)
        return {n.indicator, n.indicator + 1, t.pathOf(node)};
    return {n.valueStart, n.isCollection() && !n.isFlow() ? n.valueStart : n.valueEnd,
            t.pathOf(node)};
}

Diagnostic ValidationContext::finding(QStringView rule, const MessageText &message,
                                      const SourceSpan &span)
{
    const Rule &known = RuleRegistry::instance().rule(rule);
    Diagnostic diagnostic;
    diagnostic.rule = known.id;
    diagnostic.severity = known.severity;
    diagnostic.message = FindingText::fromMessage(message);
    diagnostic.source = message.source();
    diagnostic.path = span.path;
    diagnostic.start = span.start;
    diagnostic.end = span.end;
    return diagnostic;
}

void ValidationContext::reportAt(QStringView rule, const MessageText &message,
                                 const SourceSpan &span)
{
    m_diagnostics.append(finding(rule, message, span));
}

void ValidationContext::report(QStringView rule, const MessageText &message, int node)
{
    reportAt(rule, message, spanOf(node));
}

QList<Diagnostic> ValidationContext::takeDiagnosticsFrom(qsizetype count)
{
    const QList<Diagnostic> taken = m_diagnostics.mid(count);
    m_diagnostics.resize(count);
    return taken;
}

} // namespace MeshEntry
