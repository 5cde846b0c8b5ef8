#pragma once

#include <QString>
#include <QUrl>

namespace MeshEntry {

struct FieldSpec;

/**
 * Where a field is documented: the in-app field reference (`meshentry:fields/ServiceEntry#
 * spec.hosts`) and the upstream reference (Istio's page for the kind's own fields, Kubernetes'
 * ObjectMeta page for metadata). One place, so What's This, F1 and the reference agree.
 */
namespace FieldReference {

/// The help page of a kind's fields, at the entry for pattern (none: the page's top).
QUrl helpUrl(QStringView kind, QStringView pattern = {});
/// The kind and the field pattern a help URL points at; false for any other URL.
bool parseHelpUrl(const QUrl &url, QString *kind, QString *pattern);
/// The upstream reference documentation of a field.
QUrl upstreamUrl(QStringView kind, const FieldSpec &field);

} // namespace FieldReference

} // namespace MeshEntry
