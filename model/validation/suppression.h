#pragma once

#include <QList>
#include <QString>

namespace MeshEntry {

/**
 * `--suppress RULE[=Kind name.namespace]`, as istioctl analyze's `-S code=resource`: `*`
 * matches any text in the rule id and in the resource, and without `=…` the rule is silenced
 * everywhere.
 */
class Suppression
{
public:
    /// Parses the command-line form; false with *error on malformed text.
    static bool parse(const QString &text, Suppression *out, QString *error);

    bool matches(QStringView rule, QStringView kind, QStringView name,
                 QStringView namespaceName) const;

    /// istioctl's glob: `*` matches any run of characters, everything else itself.
    static bool glob(QStringView pattern, QStringView text);
    /// Whether a galley.istio.io/analyze-suppress value (comma-separated ids, or `*`) names rule.
    static bool annotationSuppresses(QStringView annotation, QStringView rule);

    const QString &rulePattern() const { return m_rule; }
    const QString &resourcePattern() const { return m_resource; }

private:
    QString m_rule;
    QString m_resource; ///< empty: every resource
};

} // namespace MeshEntry
