#pragma once

#include <QStringView>

namespace MeshEntry {

/// The type a YAML reader gives a scalar.
enum class ScalarType { String, Null, Bool, Int, Float, Timestamp, Merge };

namespace ScalarResolver {

/**
 * Type of a plain (unquoted, untagged) scalar under the union of YAML 1.1 (what Kubernetes'
 * reader uses: `yes`, `on`, `0755`, `1:20`) and YAML 1.2 core rules (`0o17`, `1e3`), so that a
 * string that either reader would take for something else is written quoted.
 */
ScalarType resolvePlain(QStringView text);
/// The same for UTF-8 bytes, as the node store holds them.
ScalarType resolvePlain(const char *utf8, qsizetype size);

/// Type named by a standard tag (`!!str`, `tag:yaml.org,2002:int`, …); String for others.
ScalarType typeForTag(QStringView tag, bool *known);

/// True when text can be written as a plain scalar and still be read back as this string.
bool canBePlainString(QStringView text, bool inFlow);

/// True when text can be written single-quoted (no line breaks or control characters).
bool canBeSingleQuoted(QStringView text);

} // namespace ScalarResolver
} // namespace MeshEntry
