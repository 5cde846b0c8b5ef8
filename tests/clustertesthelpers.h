#pragma once

// What the REST client tests share: the test API server, clients of its contexts, and
// waiting for asynchronous work.

#include "diagnostic.h"
#include "kubeclient.h"
#include "manifestbatch.h"
#include "testenvironment.h"
#include "yamlfile.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

namespace MeshEntry::ClusterTest {

constexpr int waitMs = 60000;

const QByteArray serviceEntry = "apiVersion: networking.istio.io/v1\n"
                                "kind: ServiceEntry\n"
                                "metadata:\n"
                                "  name: external-api\n"
                                "  namespace: demo\n"
                                "spec:\n"
                                "  hosts:\n"
                                "  - api.example.com\n"
                                "  location: MESH_EXTERNAL\n"
                                "  ports:\n"
                                "  - number: 443\n"
                                "    name: https\n"
                                "    protocol: TLS\n"
                                "  resolution: DNS\n";

inline QJsonObject seed(const QString &name, const QStringList &hosts,
                        const QString &ns = QStringLiteral("demo"))
{
    return QJsonObject{
        {"apiVersion", "networking.istio.io/v1"},
        {"kind", "ServiceEntry"},
        {"metadata", QJsonObject{{"name", name}, {"namespace", ns}}},
        {"spec", QJsonObject{{"hosts", QJsonArray::fromStringList(hosts)}, {"resolution", "DNS"}}}};
}

/// A test class's base: the server and the helpers (no slots, so none run twice).
class Base : public QObject
{
protected:
    TestApi::TestEnvironment m_env;

    std::unique_ptr<KubeClient> client(const QString &context, const QString &kubeconfig = {})
    {
        QString error;
        const auto connection = ClusterConnection::resolve(
            KubeConfig::load(kubeconfig.isEmpty() ? m_env.kubeconfig() : kubeconfig), context,
            &error);
        if (!connection) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        auto result = std::make_unique<KubeClient>(*connection);
        result->setTimeout(30000);
        return result;
    }

    KubeResponse request(KubeClient *client, const KubeRequestSpec &spec)
    {
        KubeRequest *request = client->send(spec);
        QSignalSpy finished(request, &KubeRequest::finished);
        if (!request->isFinished())
            finished.wait(waitMs);
        const KubeResponse response = request->response();
        delete request;
        return response;
    }

    const ResourceCatalog *discover(KubeClient *client, ClusterError *error = nullptr)
    {
        const ResourceCatalog *catalog = nullptr;
        bool done = false;
        client->discover(this, [&](const ResourceCatalog *result, const ClusterError &failure) {
            catalog = result;
            if (error)
                *error = failure;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, waitMs))
            return nullptr;
        return catalog;
    }

    static bool finish(ManifestBatch *batch)
    {
        QSignalSpy finished(batch, &ManifestBatch::finished);
        return !batch->isRunning() || finished.wait(waitMs);
    }

    static QList<Manifest> manifests(const YamlFile &file)
    {
        return Manifest::fromFile(file, {}, QStringLiteral("demo"));
    }

    static int lineOf(const YamlFile &file, const Diagnostic &diagnostic)
    {
        return file.position(diagnostic.document, diagnostic.start).line + 1;
    }
};

} // namespace MeshEntry::ClusterTest
