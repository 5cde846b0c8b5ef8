#pragma once

#include "clustererror.h"

#include <QJsonObject>
#include <QStringList>

namespace MeshEntry::TestApi {

/// What the fake API server knows of a kind's schema: its fields, and the CRD's rules.
namespace FakeSchema {

/// Paths of fields the kind does not declare ("spec.hostz"), in document order.
QStringList unknownFields(const QString &kind, const QJsonObject &object);
/// Removes the fields unknownFields() reports.
void pruneUnknownFields(const QString &kind, QJsonObject *object);
/// The CRD's validation: causes of a 422, empty when the object is valid.
QList<StatusCause> validate(const QString &kind, const QJsonObject &object);

/// Reads a request body: JSON, or YAML for apply patches (through the project's YAML reader).
/// Keys that appear twice in one mapping are listed in *duplicates as paths.
bool parseBody(const QByteArray &body, bool yaml, QJsonObject *object, QStringList *duplicates,
               QString *error);

} // namespace FakeSchema
} // namespace MeshEntry::TestApi
