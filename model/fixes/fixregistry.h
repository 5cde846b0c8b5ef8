#pragma once

#include "diagnostic.h"
#include "fix.h"

#include <QHash>
#include <QList>

namespace MeshEntry {

class SpanTree;

/**
 * The one-click fixes, keyed by rule id like the rules themselves (RuleRegistry). A rule with
 * a provider offers, for one finding in one document, either exactly one fix or several
 * choices (each with its consequence named); a finding that needs judgement gets none.
 */
class FixRegistry
{
public:
    static const FixRegistry &instance();

    /// The fixes for finding in the document whose text is documentText.
    QList<Fix> fixesFor(const Diagnostic &finding, const QByteArray &documentText) const;
    /// The fixes of every rule of one row (a finding several layers report), without repeats.
    QList<Fix> fixesFor(const QList<Diagnostic> &findings, const QByteArray &documentText) const;
    /// Whether rule has fixes at all.
    bool covers(QStringView rule) const { return m_providers.contains(rule.toString()); }
    /// The rule ids with fixes, sorted.
    QStringList rules() const;

    struct Input {
        const Diagnostic &finding;
        const QByteArray &text;
        const SpanTree &tree;
    };
    using Provider = QList<Fix> (*)(const Input &input);

private:
    FixRegistry();
    QHash<QString, Provider> m_providers;
};

} // namespace MeshEntry
