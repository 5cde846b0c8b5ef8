#pragma once

#include "diagnostic.h"
#include "documentfacts.h"
#include "fieldtable.h"
#include "messagetext.h"
#include "nodereader.h"
#include "objectmetaview.h"
#include "validationoptions.h"

#include <QList>

namespace MeshEntry {

/**
 * One ServiceEntry or WorkloadEntry being validated: its tree read the Kubernetes way, its
 * metadata, the options, and the findings so far. The checks of each layer add to it.
 */
class ValidationContext
{
public:
    ValidationContext(const SpanTree &tree, const FieldTable &fields,
                      const ValidationOptions &options);

    const SpanTree &tree() const { return m_reader.tree(); }
    const NodeReader &reader() const { return m_reader; }
    const FieldTable &fields() const { return m_fields; }
    const ValidationOptions &options() const { return m_options; }
    const QString &kind() const { return m_fields.kind(); }
    bool isServiceEntry() const;

    int root() const { return m_root; }
    /// The spec mapping (aliases resolved), or -1 when absent or not a mapping.
    int spec() const { return m_spec; }
    const ObjectMetaView &meta() const { return m_meta; }
    /// metadata.namespace, or the default namespace.
    const QString &namespaceName() const { return m_namespace; }

    /// Adds a finding on node: a scalar's value, else its key (see spanOf).
    void report(QStringView rule, const MessageText &message, int node);
    /// Adds a finding at an exact span.
    void reportAt(QStringView rule, const MessageText &message, const SourceSpan &span);
    /// A finding of a registered rule (severity from the registry) at span.
    static Diagnostic finding(QStringView rule, const MessageText &message, const SourceSpan &span);
    /// Where a finding on node points: a non-empty scalar itself; otherwise the key that holds
    /// the node, the first key of a list item, or the node. -1 means the document (its kind).
    SourceSpan spanOf(int node) const { return spanIn(tree(), node); }
    /// The span of a key node itself.
    SourceSpan keySpan(int keyNode) const { return keySpanIn(tree(), keyNode); }
    /// spanOf() for a node of any tree (cross-document findings are placed this way).
    static SourceSpan spanIn(const SpanTree &tree, int node);
    static SourceSpan keySpanIn(const SpanTree &tree, int keyNode);

    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    QList<Diagnostic> takeDiagnostics() { return std::move(m_diagnostics); }
    /// Removes and returns the findings added after the first `count`.
    QList<Diagnostic> takeDiagnosticsFrom(qsizetype count);

    /// Set by the decoding checks: Istio could not decode spec, so the webhook runs nothing else.
    bool decodeFailed = false;

private:
    NodeReader m_reader;
    const FieldTable &m_fields;
    const ValidationOptions &m_options;
    int m_root = -1;
    int m_spec = -1;
    ObjectMetaView m_meta;
    QString m_namespace;
    QList<Diagnostic> m_diagnostics;
};

} // namespace MeshEntry
