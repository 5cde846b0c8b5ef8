#pragma once

#include "fieldownership.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QUrlQuery>
#include <optional>

namespace MeshEntry::TestApi {

struct HttpRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
    QString user; ///< the authenticated user
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

/// A resource type the fake serves.
struct FakeResource {
    QString group;
    QStringList versions; ///< first is preferred
    QString resource;
    QString singular;
    QString kind;
    QStringList shortNames;
    QStringList categories;
    bool namespaced = true;

    QString qualified() const { return group.isEmpty() ? resource : resource + u'.' + group; }
};

/**
 * The API server behind the test server: the subset of Kubernetes in KUBE-API.md (version
 * 1.32, aggregated and legacy discovery, minimal OpenAPI v3, CRUD, server-side apply with
 * managed fields and conflicts, dry runs, field validation, Status objects, pagination) over
 * an in-memory store. Not thread-safe: the server calls it under its lock.
 */
class FakeCluster
{
public:
    FakeCluster();

    HttpResponse handle(const HttpRequest &request);

    bool istioInstalled = true;
    bool aggregatedDiscovery = true;
    QSet<QString> forbiddenNamespaces{QStringLiteral("restricted")};

    /// Stores an object as if manager had created it with an Update (kubectl create/apply).
    void put(const QJsonObject &object,
             const QString &manager = QStringLiteral("kubectl-client-side-apply"));
    /// The stored object as the server returns it, or nullopt.
    std::optional<QJsonObject> object(const QString &resource, const QString &namespaceName,
                                      const QString &name) const;
    int count(const QString &resource) const;
    const QList<FakeResource> &resources() const { return m_resources; }

private:
    struct Stored {
        QJsonObject object; ///< without managedFields
        QList<ManagedEntry> managed;
    };
    struct Target {
        const FakeResource *resource = nullptr;
        QString version;
        QString namespaceName;
        QString name;
    };

    HttpResponse discovery(const HttpRequest &request, bool core) const;
    HttpResponse resourceList(const QString &groupVersion) const;
    HttpResponse openApi(const QString &path) const;
    bool parseTarget(const QString &path, Target *target) const;
    HttpResponse list(const HttpRequest &request, const Target &target) const;
    HttpResponse get(const Target &target) const;
    HttpResponse create(const HttpRequest &request, const Target &target);
    HttpResponse replace(const HttpRequest &request, const Target &target);
    HttpResponse patch(const HttpRequest &request, const Target &target);
    HttpResponse apply(const HttpRequest &request, const Target &target);
    HttpResponse remove(const HttpRequest &request, const Target &target);

    /// Checks, stores (unless dry run) and answers a new version of an object.
    HttpResponse commit(const HttpRequest &request, const Target &target,
                        std::optional<Stored> before, Stored after, const QStringList &warnings);
    /// Unknown fields under the request's fieldValidation: an error reply, or pruning.
    std::optional<HttpResponse> checkFields(const HttpRequest &request, const Target &target,
                                            QJsonObject *object, const QStringList &duplicates,
                                            QStringList *warnings) const;

    QByteArray render(const Stored &stored, const QString &apiVersion) const;
    static QString key(const FakeResource &resource, const QString &ns, const QString &name);
    const FakeResource *findResource(const QString &group, const QString &resource) const;
    bool namespaceExists(const QString &name) const;

    QList<FakeResource> m_resources;
    QMap<QString, Stored> m_store;
    qint64 m_resourceVersion = 1000;
};

} // namespace MeshEntry::TestApi
