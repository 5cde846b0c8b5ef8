#pragma once

#include "clustererror.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace MeshEntry {

class ResourceCatalog;
class YamlFile;
struct ApiResource;

/**
 * One document of a file as it goes to the cluster: its identity, the namespace it lands in
 * and its YAML text, sent as it is (Kubernetes reads it; a duplicate key is reported by the
 * server under fieldValidation=Strict instead of being resolved here).
 */
struct Manifest {
    int document = -1; ///< index in its file
    QString apiVersion;
    QString kind;
    QString name;
    QString namespaceName; ///< the document's, else the context's; empty if cluster-scoped
    bool explicitNamespace = false;
    QByteArray body;
    ClusterError error; ///< why it cannot be sent (no name, syntax error, kind unknown)
    const ApiResource *resource = nullptr; ///< set by resolve()

    bool isSendable() const { return !error.isError() && resource; }
    /// "serviceentry.networking.istio.io/name", as kubectl names what it applied.
    QString objectName() const;
    /// `<group>.<version>.<Kind>.<namespace>.<name>`, kubectl diff's file name.
    QString diffName() const;
    /// "ServiceEntry demo/name" for lists in dialogs.
    QString displayName() const;

    /// Finds the served resource; sets error (kubectl's "no matches for kind") otherwise.
    void resolve(const ResourceCatalog &catalog);

    /// The documents of file (all when documents is empty) that hold an object; empty and
    /// comment-only documents are left out.
    static QList<Manifest> fromFile(const YamlFile &file, const QList<int> &documents,
                                    const QString &defaultNamespace);
};

} // namespace MeshEntry
