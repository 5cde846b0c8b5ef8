#pragma once

#include "yamlerror.h"

#include <QByteArray>
#include <QString>

namespace MeshEntry {

/**
 * A plain scalar inside a flow collection with a `:` right before `,`, `]`, `}`, `[`, `{` or
 * `?`, such as `addresses: [1.2.3.4, 001:db8::]`. libyaml (YAML 1.1) stops there with "found
 * unexpected ':'"; Kubernetes' YAML reader (go-yaml) reads the scalar as a string, and Istio's
 * own serviceentry-valid.yaml has one. Found from libyaml's error, so that the finding can name
 * the scalar and its fix can quote it.
 */
struct FlowColonScalar {
    qsizetype start = -1; ///< the scalar's bytes [start, end) in the parsed text
    qsizetype end = -1;
    QString text;  ///< the scalar as written
    char next = 0; ///< the flow indicator after its last `:`

    bool isValid() const { return start >= 0; }
    /// The scalar libyaml's error at error points into, when it is this case.
    static FlowColonScalar find(const QByteArray &text, const YamlError &error);
    /// The finding: the scalar, why libyaml refuses it, and that Kubernetes accepts it.
    QString message() const;
    /// The scalar double-quoted, which both readers take as the same string.
    QString quoted() const;
};

} // namespace MeshEntry
