#pragma once

#include "yamlvalue.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

namespace MeshEntry {

class SpanTree;

/**
 * Kubernetes objects between the API server's JSON and the editor's YAML. Key order is kept
 * as the server sends it (JSON is read with the project's YAML reader, which keeps order);
 * YAML is written by FragmentWriter, so strings that a YAML 1.1 reader would retype are
 * quoted.
 */
namespace ObjectYaml {

/// An object (or any JSON value) from JSON text, keys in the order of the text. Null on
/// malformed JSON.
YamlValue fromJson(const QByteArray &json);
/// A value from parsed JSON (keys sorted: QJsonObject does not keep order).
YamlValue fromJsonValue(const QJsonValue &value);
/// A document as Kubernetes reads it (aliases followed, merge keys expanded, the last of
/// duplicate keys winning, YAML 1.1 types). Null, with *error set, when the document is
/// empty or expands beyond a sane size.
YamlValue fromDocument(const SpanTree &tree, QString *error = nullptr);
/// The JSON meaning of a value (scalars typed as YAML reads them).
QJsonValue toJson(const YamlValue &value);

/// Block YAML text of one object, ending in a line break.
QByteArray toYaml(const YamlValue &object);
/// Several objects as one YAML stream, separated by `---` lines.
QByteArray toYamlStream(const QList<YamlValue> &objects);

/// The value at a dotted path of mapping keys, or null.
const YamlValue *find(const YamlValue &value, const QStringList &keys);
/// The string at a path, or empty.
QString stringAt(const YamlValue &value, const QStringList &keys);
/// Removes the key at a path; true when it was there.
bool remove(YamlValue *value, const QStringList &keys);
/// Sets a top-level key, keeping its position when present, else inserting at position.
void setTopLevel(YamlValue *object, const QString &key, const YamlValue &value, int position);

/// Removes what the server adds and an editor should not keep: managedFields, status, uid,
/// resourceVersion, creationTimestamp, generation, selfLink and the last-applied annotation
/// (and annotations when that leaves none).
void cleanForEditing(YamlValue *object);
/// Removes metadata.managedFields only (what kubectl diff hides).
void removeManagedFields(YamlValue *object);

/// Orders the keys of value like those of reference, recursively (keys reference lacks keep
/// their order, after the others), so that two versions of an object compare line by line.
void orderLike(YamlValue *value, const YamlValue &reference);

} // namespace ObjectYaml
} // namespace MeshEntry
