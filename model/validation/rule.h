#pragma once

#include "diagnostic.h"

#include <QString>

namespace MeshEntry {

/// Where a rule comes from; each layer reports its own verdict under its own ids.
enum class RuleLayer {
    Syntax,    ///< the YAML text itself
    Decoding,  ///< L0: YAML → JSON → Istio's protobuf message
    Apiserver, ///< L1: Kubernetes apiserver, CRD structural schema and CEL rules
    Webhook,   ///< L2: Istio's validating admission webhook (and istioctl validate)
    Analyzer,  ///< L3: istioctl analyze
    MeshEntry, ///< our own checks (ids start with ME-)
};

/// A rule's documentation: what fires it and how to fix it.
struct Rule {
    QString id;
    Severity severity = Severity::Error;
    RuleLayer layer = RuleLayer::MeshEntry;
    QString title;   ///< a few words
    QString trigger; ///< what makes it fire
    QString fix;     ///< how to make it go away
};

} // namespace MeshEntry
