#pragma once

#include "clustererror.h"
#include "diagnostic.h"

namespace MeshEntry {

class SpanTree;

/**
 * Turns what the API server said about a document into diagnostics on its fields and lines:
 * the causes of a 422 (`spec.hosts: Required value`), Strict field validation's unknown and
 * duplicate fields (400), YAML errors with a line, and server-side apply conflicts (409,
 * as warnings naming the manager that owns the field).
 */
namespace ServerFindings {

/// Rule ids start with this prefix: SERVER-FieldValueRequired, SERVER-Conflict, …
inline const char *const rulePrefix = "SERVER-";

/// Diagnostics in document (its text and tree); document is the index to record.
QList<Diagnostic> diagnostics(const ClusterError &error, const QByteArray &text,
                              const SpanTree &tree, int document);
/// A Kubernetes field path (`spec.ports[0].number`, `.spec.hosts`,
/// `metadata.labels[app]`, `spec.ports[name="http"]`) as the document's YamlPath; keys with
/// an associative list selector pick the item whose key matches, so tree is needed.
YamlPath pathOf(const QString &field, const SpanTree &tree);

} // namespace ServerFindings
} // namespace MeshEntry
