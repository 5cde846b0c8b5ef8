#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace MeshEntry::TestApi {

/// One entry of metadata.managedFields: a manager and the fields it owns.
struct ManagedEntry {
    QString manager;
    QString operation; ///< Apply or Update
    QString apiVersion;
    QString time;
    QSet<QString> fields; ///< paths, keys joined by FieldOwnership::separator
};

/**
 * Server-side apply's field ownership, reduced to what a test needs: maps are merged key by
 * key, lists and scalars are atomic (CRDs without list-type markers behave so), identity
 * and server-set metadata are owned by nobody.
 */
namespace FieldOwnership {

inline const QChar separator = QChar(0x1f);

/// The owned leaf paths of an object.
QSet<QString> leafPaths(const QJsonObject &object);
QJsonValue valueAt(const QJsonObject &object, const QString &path);
void removePath(QJsonObject *object, const QString &path);
/// applied merged into live: maps key by key, everything else replaced.
QJsonObject merged(const QJsonObject &live, const QJsonObject &applied);
/// ".spec.hosts", as conflicts name a field.
QString display(const QString &path);

/// An Update by manager: it takes the fields whose values changed from before to after.
void recordUpdate(QList<ManagedEntry> *entries, const QString &manager, const QString &apiVersion,
                  const QJsonObject &before, const QJsonObject &after);

QJsonArray render(const QList<ManagedEntry> &entries);
QList<ManagedEntry> parse(const QJsonArray &managedFields);

} // namespace FieldOwnership
} // namespace MeshEntry::TestApi
