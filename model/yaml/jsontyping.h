#pragma once

#include "scalarresolver.h"

#include <QStringView>

namespace MeshEntry {

/// The JSON type Kubernetes' YAML reader (YAML 1.1, as sigs.k8s.io/yaml) gives a node.
enum class JsonType : quint8 { Null, String, Integer, Number, Boolean, Object, Array };

/**
 * How sigs.k8s.io/yaml types a scalar before anything validates it: YAML 1.1 rules (`on` is a
 * boolean, `0755` the integer 493), whole floats read as integers, sexagesimal numbers as
 * strings. The node store computes the type of every scalar once, while it is built.
 */
namespace JsonTyping {

/// Type of a scalar given its decoded text, its tag as libyaml resolved it (empty when
/// untagged) and whether it is plain (unquoted, not a block scalar).
JsonType scalarType(QStringView text, QStringView tag, bool plain);
/// The same on UTF-8 text; plainType is ScalarResolver::resolvePlain of the text when plain.
JsonType scalarType(const char *utf8, qsizetype size, QStringView tag, bool plain,
                    ScalarType plainType);

/// YAML 1.1 integer text (`0755`, `0x1F`, `1_000`, `-3`) to its value; false if it is none.
bool parseInteger(QStringView text, qint64 *value);
/// The value of a scalar of type Integer, as Kubernetes reads it.
bool integerValue(QStringView text, qint64 *value);
/// The value of a plain decimal (`0`, `8080`; no sign, underscore or leading zero) of at most
/// 18 digits; false for anything else.
bool decimalValue(const char *utf8, qsizetype size, qint64 *value);

} // namespace JsonTyping
} // namespace MeshEntry
