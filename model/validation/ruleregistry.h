#pragma once

#include "rule.h"

#include <QHash>
#include <QList>

namespace MeshEntry {

/**
 * Every rule MeshEntry reports, with stable ids: the ids of ISTIO-RULES.md for Istio's own
 * rules (CRD-… for the apiserver layer, IST… for istioctl analyze), ME-… for our own checks.
 * Built once, never changed afterwards.
 */
class RuleRegistry
{
public:
    static const RuleRegistry &instance();

    const QList<Rule> &rules() const { return m_rules; }
    /// The rule with an id, or nullptr.
    const Rule *find(QStringView id) const;
    /// The rule with an id that is known to exist.
    const Rule &rule(QStringView id) const;

    static QString layerName(RuleLayer layer);
    /// docs/RULES.md: every rule with its severity, trigger and fix.
    QString markdown() const;

private:
    RuleRegistry();

    QList<Rule> m_rules;
    QHash<QString, int> m_index;
};

} // namespace MeshEntry
