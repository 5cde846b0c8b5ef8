// The REST client against the project's test API server over HTTPS: discovery, lists,
// server-side apply with dry run, conflicts, Strict field validation, errors, credentials.
#include "clusterdiff.h"
#include "execcredentials.h"
#include "kubeclient.h"
#include "manifestbatch.h"
#include "manifestexport.h"
#include "objectlist.h"
#include "objectyaml.h"
#include "serverfindings.h"
#include "testenvironment.h"
#include "workloadinventory.h"
#include "yamlfile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::TestApi;

namespace {

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

QJsonObject seed(const QString &name, const QStringList &hosts,
                 const QString &ns = QStringLiteral("demo"))
{
    return QJsonObject{
        {"apiVersion", "networking.istio.io/v1"},
        {"kind", "ServiceEntry"},
        {"metadata", QJsonObject{{"name", name}, {"namespace", ns}}},
        {"spec", QJsonObject{{"hosts", QJsonArray::fromStringList(hosts)}, {"resolution", "DNS"}}}};
}

} // namespace

class TestClusterClient : public QObject
{
    Q_OBJECT

private:
    TestEnvironment m_env;

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

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_env.setUp(&error), qPrintable(error));
    }

    void init()
    {
        m_env.server()->withCluster([](FakeCluster &cluster) {
            cluster.istioInstalled = true;
            cluster.aggregatedDiscovery = true;
            return 0;
        });
        m_env.server()->setDelay(0);
        m_env.server()->clearRequests();
    }

    void aggregatedDiscovery()
    {
        auto kube = client(QStringLiteral("test"));
        const ResourceCatalog *catalog = discover(kube.get());
        QVERIFY(catalog);
        const ApiResource *se = catalog->find(QStringLiteral("networking.istio.io/v1beta1"),
                                              QStringLiteral("ServiceEntry"));
        QVERIFY(se);
        QCOMPARE(
            se->itemPath(QStringLiteral("demo"), QStringLiteral("x")),
            QStringLiteral("/apis/networking.istio.io/v1beta1/namespaces/demo/serviceentries/x"));
        QCOMPARE(catalog->istioVersions(QStringLiteral("ServiceEntry")),
                 (QStringList{"v1", "v1beta1", "v1alpha3"}));
        QCOMPARE(catalog->istioVersions(QStringLiteral("WorkloadEntry")).first(),
                 QStringLiteral("v1"));
        QCOMPARE(catalog->lookup(QStringLiteral("se"))->apiVersion(),
                 QStringLiteral("networking.istio.io/v1"));
        QCOMPARE(catalog->lookup(QStringLiteral("ns"))->namespaced, false);
        QCOMPARE(catalog->lookup(QStringLiteral("pods"))->collectionPath(QString()),
                 QStringLiteral("/api/v1/pods"));
        // Two requests, with the aggregated Accept header and the token.
        const QList<LoggedRequest> requests =
            m_env.server()->requests("GET", QStringLiteral("/api"));
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.first().headers.value("accept").startsWith(
            "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"));
        QCOMPARE(requests.first().headers.value("authorization"),
                 "Bearer " + TestEnvironment::token.toUtf8());
        QCOMPARE(requests.first().user, QStringLiteral("tester"));
        // Discovery is asked once per client.
        QVERIFY(discover(kube.get()));
        QCOMPARE(m_env.server()->requests("GET", QStringLiteral("/api")).size(), 2);
    }

    void legacyDiscovery()
    {
        m_env.server()->withCluster(
            [](FakeCluster &cluster) { return cluster.aggregatedDiscovery = false; });
        auto kube = client(QStringLiteral("test"));
        const ResourceCatalog *catalog = discover(kube.get());
        QVERIFY(catalog);
        QCOMPARE(catalog->istioVersions(QStringLiteral("ServiceEntry")),
                 (QStringList{"v1", "v1beta1", "v1alpha3"}));
        QVERIFY(catalog->find(QStringLiteral("v1"), QStringLiteral("Pod")));
        QCOMPARE(
            m_env.server()->requests("GET", QStringLiteral("/apis/networking.istio.io/")).size(),
            3);
    }

    void istioNotInstalled()
    {
        m_env.server()->withCluster(
            [](FakeCluster &cluster) { return cluster.istioInstalled = false; });
        auto kube = client(QStringLiteral("test"));
        const ResourceCatalog *catalog = discover(kube.get());
        QVERIFY(catalog);
        QVERIFY(catalog->istioVersions(QStringLiteral("ServiceEntry")).isEmpty());
        const YamlFile file = YamlFile::fromBytes(serviceEntry);
        ApplyOperation apply(kube.get(), manifests(file));
        apply.preview();
        QVERIFY(finish(&apply));
        QCOMPARE(apply.result(0).state, ManifestResult::State::Failed);
        QCOMPARE(apply.result(0).error.text(),
                 QStringLiteral("resource mapping not found for name: \"external-api\" namespace: "
                                "\"demo\": no matches for kind "
                                "\"ServiceEntry\" in version \"networking.istio.io/v1\"\nensure "
                                "CRDs are installed first"));
    }

    void listFollowsContinue()
    {
        m_env.server()->withCluster([](FakeCluster &cluster) {
            for (int i = 0; i < 5; ++i)
                cluster.put(seed(QStringLiteral("page-%1").arg(i),
                                 {QStringLiteral("h%1.example.com").arg(i)},
                                 QStringLiteral("payments")));
            return 0;
        });
        auto kube = client(QStringLiteral("test"));
        const ResourceCatalog *catalog = discover(kube.get());
        QVERIFY(catalog);
        ListJob job(kube.get(), *catalog->lookup(QStringLiteral("serviceentries")),
                    QStringLiteral("payments"), 2);
        QSignalSpy finished(&job, &ListJob::finished);
        QVERIFY(finished.wait(waitMs));
        QVERIFY2(job.result().ok(), qPrintable(job.result().error.text()));
        QCOMPARE(job.result().pages.size(), 3);
        const QList<QJsonObject> items = job.result().items();
        QCOMPARE(items.size(), 5);
        QCOMPARE(items[4].value("metadata").toObject().value("name").toString(),
                 QStringLiteral("page-4"));
        const QList<LoggedRequest> pages = m_env.server()->requests(
            "GET",
            QStringLiteral("/apis/networking.istio.io/v1/namespaces/payments/serviceentries"));
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages[0].query, QStringLiteral("limit=2"));
        QVERIFY(pages[1].query.startsWith(QLatin1String("continue=")));
        QVERIFY(pages[1].query.endsWith(QLatin1String("&limit=2")));
        // Keys stay in the server's order: name before namespace, as the server wrote them.
        const YamlValue first = job.result().orderedItems().first();
        const YamlValue *metadata = ObjectYaml::find(first, {QStringLiteral("metadata")});
        QCOMPARE(metadata->entries()[0].first, QStringLiteral("name"));
        QCOMPARE(metadata->entries()[1].first, QStringLiteral("namespace"));
    }

    void objectsAreCleanedForEditing()
    {
        m_env.server()->withCluster([](FakeCluster &cluster) {
            QJsonObject object = seed(QStringLiteral("clean-me"),
                                      {QStringLiteral("a.example.com"), QStringLiteral("1.0")});
            QJsonObject metadata = object.value("metadata").toObject();
            metadata.insert("labels", QJsonObject{{"team", "yes"}});
            metadata.insert(
                "annotations",
                QJsonObject{{"kubectl.kubernetes.io/last-applied-configuration", "{}"}});
            object.insert("metadata", metadata);
            object.insert("status", QJsonObject{{"conditions", QJsonArray()}});
            cluster.put(object);
            return 0;
        });
        auto kube = client(QStringLiteral("test"));
        const ResourceCatalog *catalog = discover(kube.get());
        QVERIFY(catalog);
        const KubeResponse live =
            request(kube.get(), kube->getSpec(*catalog->lookup(QStringLiteral("se")),
                                              QStringLiteral("demo"), QStringLiteral("clean-me")));
        QVERIFY2(live.ok(), qPrintable(live.error.text()));
        QVERIFY(live.body.contains("managedFields"));
        YamlValue object = ObjectYaml::fromJson(live.body);
        ObjectYaml::cleanForEditing(&object);
        QCOMPARE(QString::fromUtf8(ObjectYaml::toYaml(object)),
                 QStringLiteral("apiVersion: networking.istio.io/v1\n"
                                "kind: ServiceEntry\n"
                                "metadata:\n"
                                "  name: clean-me\n"
                                "  namespace: demo\n"
                                "  labels:\n"
                                "    team: \"yes\"\n"
                                "spec:\n"
                                "  hosts:\n"
                                "  - a.example.com\n"
                                "  - \"1.0\"\n"
                                "  resolution: DNS\n"));
    }

    void applyCreatesThenUpdates()
    {
        auto kube = client(QStringLiteral("test"));
        YamlFile file = YamlFile::fromBytes(serviceEntry);
        ApplyOperation preview(kube.get(), manifests(file));
        preview.preview();
        QVERIFY(finish(&preview));
        QCOMPARE(preview.result(0).state, ManifestResult::State::WillCreate);
        QVERIFY(preview.canApply());
        // The dry run stored nothing.
        QCOMPARE(m_env.server()->withCluster([](FakeCluster &c) {
            return c.object("serviceentries", "demo", "external-api").has_value();
        }),
                 false);
        const QList<LoggedRequest> patches = m_env.server()->requests(
            "PATCH",
            QStringLiteral(
                "/apis/networking.istio.io/v1/namespaces/demo/serviceentries/external-api"));
        QCOMPARE(patches.size(), 1);
        QCOMPARE(
            patches.first().query,
            QStringLiteral("fieldManager=meshentry&fieldValidation=Strict&force=false&dryRun=All"));
        QCOMPARE(patches.first().headers.value("content-type"),
                 QByteArray("application/apply-patch+yaml"));
        QCOMPARE(patches.first().body, serviceEntry);

        preview.apply(false);
        QVERIFY(finish(&preview));
        QCOMPARE(preview.result(0).state, ManifestResult::State::Created);
        const QJsonObject stored = *m_env.server()->withCluster(
            [](FakeCluster &c) { return c.object("serviceentries", "demo", "external-api"); });
        const QJsonArray managed =
            stored.value("metadata").toObject().value("managedFields").toArray();
        QCOMPARE(managed.size(), 1);
        QCOMPARE(managed[0].toObject().value("manager").toString(), QStringLiteral("meshentry"));
        QCOMPARE(managed[0].toObject().value("operation").toString(), QStringLiteral("Apply"));

        // Same document again: nothing would change.
        ApplyOperation again(kube.get(), manifests(file));
        again.preview();
        QVERIFY(finish(&again));
        QCOMPARE(again.result(0).state, ManifestResult::State::Unchanged);

        // An edit: the dry run shows it, with the server's generation bump.
        file = YamlFile::fromBytes(
            QByteArray(serviceEntry).replace("api.example.com", "api2.example.com"));
        ApplyOperation change(kube.get(), manifests(file));
        change.preview();
        QVERIFY(finish(&change));
        QCOMPARE(change.result(0).state, ManifestResult::State::WillChange);
        const Manifest &manifest = change.manifests().first();
        const QByteArray diff =
            ClusterDiff::kubectlStyle(manifest, change.result(0).live, change.result(0).merged);
        QVERIFY2(
            diff.startsWith("diff -u -N LIVE/networking.istio.io.v1.ServiceEntry.demo.external-api "
                            "MERGED/networking.istio.io.v1.ServiceEntry.demo.external-api\n"
                            "--- LIVE/networking.istio.io.v1.ServiceEntry.demo.external-api\n"
                            "+++ MERGED/networking.istio.io.v1.ServiceEntry.demo.external-api\n"),
            diff.constData());
        QVERIFY(diff.contains("\n-  - api.example.com\n+  - api2.example.com\n"));
        QVERIFY(diff.contains("\n-  generation: 1\n+  resourceVersion: \"") &&
                diff.contains("\n+  generation: 2\n"));
        QVERIFY(!diff.contains("managedFields"));
        const ClusterDiff::Sides sides =
            ClusterDiff::sides(ObjectYaml::fromDocument(file.document(0).tree()),
                               change.result(0).live, change.result(0).merged, true);
        QCOMPARE(sides.file, serviceEntry.mid(0).replace("api.example.com", "api2.example.com"));
        QCOMPARE(sides.merged, sides.file);
        QCOMPARE(sides.live, serviceEntry);
        change.apply(false);
        QVERIFY(finish(&change));
        QCOMPARE(change.result(0).state, ManifestResult::State::Configured);
    }

    void conflictsNeedForce()
    {
        m_env.server()->withCluster([](FakeCluster &cluster) {
            cluster.put(seed(QStringLiteral("owned"), {QStringLiteral("old.example.com")}));
            return 0;
        });
        auto kube = client(QStringLiteral("test"));
        const QByteArray text =
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: owned\n"
            "spec:\n  hosts:\n  - new.example.com\n  resolution: DNS\n";
        const YamlFile file = YamlFile::fromBytes(text);
        ApplyOperation apply(kube.get(), manifests(file));
        apply.preview();
        QVERIFY(finish(&apply));
        QCOMPARE(apply.result(0).state, ManifestResult::State::Conflict);
        const ClusterError &error = apply.result(0).error;
        QVERIFY(error.isFieldConflict());
        QCOMPARE(error.text(),
                 QStringLiteral(
                     "Apply failed with 1 conflict: conflict with \"kubectl-client-side-apply\" "
                     "using networking.istio.io/v1: .spec.hosts"));
        QCOMPARE(error.causes().size(), 1);
        QCOMPARE(error.causes().first().field, QStringLiteral(".spec.hosts"));
        QVERIFY(!apply.canApply() || apply.conflicts() == 1);
        const QList<Diagnostic> findings =
            ServerFindings::diagnostics(error, file.document(0).text(), file.document(0).tree(), 0);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().rule, QStringLiteral("SERVER-Conflict"));
        QCOMPARE(findings.first().severity, Severity::Warning);
        QCOMPARE(lineOf(file, findings.first()), 6);
        QCOMPARE(findings.first().path.toString(), QStringLiteral("spec.hosts"));

        apply.apply(false);
        QVERIFY(finish(&apply));
        QCOMPARE(apply.result(0).state, ManifestResult::State::Conflict);
        apply.apply(true);
        QVERIFY(finish(&apply));
        QCOMPARE(apply.result(0).state, ManifestResult::State::Configured);
        QCOMPARE(
            m_env.server()
                ->requests("PATCH",
                           QStringLiteral(
                               "/apis/networking.istio.io/v1/namespaces/demo/serviceentries/owned"))
                .last()
                .query,
            QStringLiteral("fieldManager=meshentry&fieldValidation=Strict&force=true"));
        const QJsonObject stored = *m_env.server()->withCluster(
            [](FakeCluster &c) { return c.object("serviceentries", "demo", "owned"); });
        QCOMPARE(stored.value("spec").toObject().value("hosts").toArray().first().toString(),
                 QStringLiteral("new.example.com"));
    }

    void invalidObjectsMapToLines()
    {
        auto kube = client(QStringLiteral("test"));
        const QByteArray text =
            "# a comment line\n"
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: broken-se\n"
            "spec:\n  location: MESH_EXTERNAL\n  ports:\n  - number: 70000\n    name: tcp\n  "
            "resolution: DNZ\n";
        const YamlFile file = YamlFile::fromBytes(
            "---\n" + QByteArray(serviceEntry).replace("external-api", "fresh-api") + "---\n" +
            text);
        ApplyOperation apply(kube.get(), manifests(file));
        apply.preview();
        QVERIFY(finish(&apply));
        QCOMPARE(apply.result(0).state, ManifestResult::State::WillCreate);
        QCOMPARE(apply.result(1).state, ManifestResult::State::Failed);
        QVERIFY(!apply.canApply());
        const ClusterError &error = apply.result(1).error;
        QCOMPARE(error.httpStatus(), 422);
        QCOMPARE(error.text(),
                 QStringLiteral(
                     "The ServiceEntry \"broken-se\" is invalid: \n"
                     "* spec.hosts: Required value\n"
                     "* spec.resolution: Unsupported value: \"DNZ\": supported values: \"NONE\", "
                     "\"STATIC\", \"DNS\", \"DNS_ROUND_ROBIN\", \"DYNAMIC_DNS\"\n"
                     "* spec.ports[0].number: Invalid value: 70000: port must be between 1-65535"));
        const YamlDocument &document = file.document(1);
        const QList<Diagnostic> findings =
            ServerFindings::diagnostics(error, document.text(), document.tree(), 1);
        QCOMPARE(findings.size(), 3);
        QCOMPARE(findings[0].rule, QStringLiteral("SERVER-FieldValueRequired"));
        QCOMPARE(findings[0].message, QStringLiteral("API server: spec.hosts: Required value"));
        QCOMPARE(lineOf(file, findings[0]), 22); // spec: (hosts is missing)
        QCOMPARE(findings[1].rule, QStringLiteral("SERVER-FieldValueNotSupported"));
        QCOMPARE(lineOf(file, findings[1]), 27);
        QCOMPARE(document.text().mid(findings[1].start, findings[1].end - findings[1].start),
                 QByteArray("resolution: DNZ"));
        QCOMPARE(findings[2].path.toString(), QStringLiteral("spec.ports[0].number"));
        QCOMPARE(lineOf(file, findings[2]), 25);
        QCOMPARE(document.text().mid(findings[2].start, findings[2].end - findings[2].start),
                 QByteArray("number: 70000"));
    }

    void strictFieldValidation()
    {
        auto kube = client(QStringLiteral("test"));
        const QByteArray text =
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: typo\n"
            "spec:\n  hosts: [a.example.com]\n  hostz: [b.example.com]\n  resolution: DNS\n  "
            "resolution: NONE\n";
        const YamlFile file = YamlFile::fromBytes(text);
        ApplyOperation apply(kube.get(), manifests(file));
        apply.preview();
        QVERIFY(finish(&apply));
        const ClusterError &error = apply.result(0).error;
        QCOMPARE(error.httpStatus(), 400);
        QCOMPARE(error.text(), QStringLiteral("Error from server (BadRequest): ServiceEntry in "
                                              "version \"v1\" cannot be handled as a ServiceEntry: "
                                              "strict decoding error: duplicate field "
                                              "\"spec.resolution\", unknown field \"spec.hostz\""));
        const QList<Diagnostic> findings =
            ServerFindings::diagnostics(error, text, file.document(0).tree(), 0);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].rule, QStringLiteral("SERVER-DuplicateField"));
        QCOMPARE(findings[1].rule, QStringLiteral("SERVER-UnknownField"));
        QCOMPARE(
            findings[1].message,
            QStringLiteral("API server (fieldValidation=Strict): unknown field \"spec.hostz\""));
        QCOMPARE(lineOf(file, findings[1]), 7);
        QCOMPARE(text.mid(findings[1].start, findings[1].end - findings[1].start),
                 QByteArray("hostz"));
    }

    void documentsThatCannotBeSent()
    {
        auto kube = client(QStringLiteral("test"));
        const YamlFile file = YamlFile::fromBytes(
            "# only a comment\n---\nkind: ServiceEntry\nmetadata: {name: x}\n---\n"
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n---\nkey: [unclosed\n");
        const QList<Manifest> list = manifests(file);
        QCOMPARE(list.size(), 3);
        // The leading comment belongs to the first document.
        QCOMPARE(list[0].error.text(),
                 QStringLiteral("error validating document 0: apiVersion not set"));
        QCOMPARE(list[1].error.text(),
                 QStringLiteral(
                     "document 1 (ConfigMap) has no metadata.name; server-side apply needs one"));
        QVERIFY2(list[2].error.text().startsWith(
                     QLatin1String("error parsing document 2: yaml: line 11: ")),
                 qPrintable(list[2].error.text()));
        ApplyOperation apply(kube.get(), list);
        apply.preview();
        QVERIFY(finish(&apply));
        QCOMPARE(apply.failures(), 3);
        QVERIFY(m_env.server()->requests("PATCH", QString()).isEmpty());
    }

    void serverErrors()
    {
        auto kube = client(QStringLiteral("test"));
        const ResourceCatalog *catalog = discover(kube.get());
        QVERIFY(catalog);
        const ApiResource &se = *catalog->lookup(QStringLiteral("se"));
        const KubeResponse missing = request(
            kube.get(), kube->getSpec(se, QStringLiteral("demo"), QStringLiteral("nosuch")));
        QCOMPARE(missing.error.text(),
                 QStringLiteral("Error from server (NotFound): serviceentries.networking.istio.io "
                                "\"nosuch\" not found"));
        ListJob forbidden(kube.get(), se, QStringLiteral("restricted"));
        QSignalSpy finished(&forbidden, &ListJob::finished);
        QVERIFY(finished.wait(waitMs));
        QCOMPARE(forbidden.result().error.text(),
                 QStringLiteral("Error from server (Forbidden): serviceentries.networking.istio.io "
                                "is forbidden: User \"tester\" cannot list "
                                "resource \"serviceentries\" in API group \"networking.istio.io\" "
                                "in the namespace \"restricted\""));
    }

    void wrongTokenIsUnauthorized()
    {
        auto kube = client(QStringLiteral("badtoken"));
        ClusterError error;
        QVERIFY(!discover(kube.get(), &error));
        QCOMPARE(error.httpStatus(), 401);
        QCOMPARE(error.text(),
                 QStringLiteral("You must be logged in to the server (Unauthorized)"));
        QVERIFY(!error.text().contains(QLatin1String("not-the-right-token")));
    }

    void transportErrors()
    {
        // A port nobody listens on: bind one, note it, close it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString refused =
            m_env.write(QStringLiteral("refused.yaml"),
                        "clusters:\n- name: c\n  cluster: {server: 'https://127.0.0.1:" +
                            QByteArray::number(port) +
                            "', insecure-skip-tls-verify: true}\ncontexts:\n- name: r\n  context: "
                            "{cluster: c, user: u}\n"
                            "users:\n- name: u\n  user: {token: x}\ncurrent-context: r\n");
        auto refusedClient = client(QString(), refused);
        ClusterError error;
        QVERIFY(!discover(refusedClient.get(), &error));
        QCOMPARE(error.text(), QStringLiteral("The connection to the server 127.0.0.1:%1 was "
                                              "refused - did you specify the right host or port?")
                                   .arg(port));

        auto untrusted = client(QStringLiteral("untrusted"));
        QVERIFY(!discover(untrusted.get(), &error));
        QCOMPARE(error.kind(), ClusterError::Kind::Tls);
        QVERIFY2(
            error.text().startsWith(QStringLiteral("Unable to connect to the server: tls: failed "
                                                   "to verify certificate of 127.0.0.1:%1: ")
                                        .arg(m_env.server()->port())),
            qPrintable(error.text()));

        auto insecure = client(QStringLiteral("insecure"));
        QVERIFY(insecure->connection().insecureSkipTlsVerify());
        QVERIFY(discover(insecure.get()));
    }

    void timeoutAndCancel()
    {
        auto kube = client(QStringLiteral("test"));
        QVERIFY(discover(kube.get()));
        const ApiResource se = *kube->catalog()->lookup(QStringLiteral("se"));
        m_env.server()->setDelay(5000);
        kube->setTimeout(300);
        const KubeResponse late =
            request(kube.get(), kube->getSpec(se, QStringLiteral("demo"), QStringLiteral("x")));
        QCOMPARE(late.error.kind(), ClusterError::Kind::Timeout);
        QCOMPARE(late.error.text(),
                 QStringLiteral(
                     "Unable to connect to the server: no answer from 127.0.0.1:%1 within 0.3 s")
                     .arg(m_env.server()->port()));
        kube->setTimeout(30000);
        KubeRequest *pending =
            kube->send(kube->getSpec(se, QStringLiteral("demo"), QStringLiteral("x")));
        QSignalSpy finished(pending, &KubeRequest::finished);
        QTimer::singleShot(100, pending, &KubeRequest::cancel);
        QVERIFY(finished.wait(waitMs));
        QCOMPARE(pending->response().error.kind(), ClusterError::Kind::Cancelled);
        delete pending;
        m_env.server()->setDelay(0);
    }

    void clientCertificates()
    {
        for (const QString context : {"cert", "certdata"}) {
            m_env.server()->clearRequests();
            auto kube = client(context);
            QVERIFY(kube);
            QVERIFY2(discover(kube.get()), qPrintable(context));
            const LoggedRequest first = m_env.server()->requests().first();
            QCOMPARE(first.user, QStringLiteral("editor-test"));
            QVERIFY(!first.headers.contains("authorization"));
        }
    }

    void untrustedClientCertificateIsRejected()
    {
        const QByteArray ca = TestPki::read(m_env.pki().caCertificate()).toBase64();
        const QString config = m_env.write(
            QStringLiteral("intruder.yaml"),
            "clusters:\n- name: c\n  cluster: {server: '" + m_env.server()->url().toUtf8() +
                "', certificate-authority-data: " + ca +
                "}\ncontexts:\n- name: i\n  context: {cluster: c, user: u}\n"
                "users:\n- name: u\n  user: {client-certificate: pki/other-client.crt, client-key: "
                "pki/other-client.key}\n");
        auto kube = client(QStringLiteral("i"), config);
        QVERIFY(kube);
        ClusterError error;
        QVERIFY(!discover(kube.get(), &error));
        QCOMPARE(error.httpStatus(), 401);
        QCOMPARE(m_env.server()->requests().last().user, QStringLiteral("system:anonymous"));
    }

    void plainHttpSendsNoCredentials()
    {
        auto kube = client(QStringLiteral("plain"));
        QVERIFY(kube->connection().credentialsWithheld());
        ClusterError error;
        QVERIFY(!discover(kube.get(), &error));
        QCOMPARE(error.httpStatus(), 401);
        for (const LoggedRequest &request : m_env.httpServer()->requests())
            QVERIFY(!request.headers.contains("authorization"));
    }

    void execPluginTokenIsCachedUntilExpiry()
    {
        ExecCredentialSource::clearCache();
        const QString script =
            m_env.execPlugin(QStringLiteral("plugin-cache"), QStringLiteral("cache"),
                             QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate));
        m_env.server()->addToken(QStringLiteral("cache-1"), QStringLiteral("exec-user"));
        const QString config =
            m_env.execKubeconfig(QStringLiteral("exec-cache.yaml"), script,
                                 QStringLiteral("client.authentication.k8s.io/v1"));
        auto kube = client(QString(), config);
        QVERIFY(discover(kube.get()));
        const ApiResource se = *kube->catalog()->lookup(QStringLiteral("se"));
        QVERIFY(request(kube.get(), kube->getSpec(se, QStringLiteral("demo"), QStringLiteral("x")))
                    .status == 404);
        QCOMPARE(kube->connection().execSource()->runs(), 1);
        QCOMPARE(m_env.server()->requests().last().user, QStringLiteral("exec-user"));
        // What the plugin saw: the ExecCredential with the cluster, its args and env.
        QFile info(m_env.directory() + QStringLiteral("/plugin-cache.info"));
        QVERIFY(info.open(QIODevice::ReadOnly));
        const QList<QByteArray> seen = info.readAll().split('|');
        QCOMPARE(seen.size(), 3);
        const QJsonObject credential = QJsonDocument::fromJson(seen[0]).object();
        QCOMPARE(credential.value("apiVersion").toString(),
                 QStringLiteral("client.authentication.k8s.io/v1"));
        QCOMPARE(credential.value("spec").toObject().value("interactive").toBool(true), false);
        QCOMPARE(credential.value("spec")
                     .toObject()
                     .value("cluster")
                     .toObject()
                     .value("server")
                     .toString(),
                 m_env.server()->url());
        QCOMPARE(seen[1], QByteArray("test"));
        QCOMPARE(seen[2], QByteArray("--cluster fake"));
        // The secret from the plugin is scrubbed from messages too.
        QCOMPARE(kube->connection().redact(QStringLiteral("cache-1")),
                 QStringLiteral("<redacted>"));
    }

    void expiredExecCredentialRunsThePluginAgain()
    {
        ExecCredentialSource::clearCache();
        const QString script =
            m_env.execPlugin(QStringLiteral("plugin-expired"), QStringLiteral("expired"),
                             QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate));
        for (int i = 1; i <= 3; ++i)
            m_env.server()->addToken(QStringLiteral("expired-%1").arg(i),
                                     QStringLiteral("exec-user"));
        const QString config =
            m_env.execKubeconfig(QStringLiteral("exec-expired.yaml"), script,
                                 QStringLiteral("client.authentication.k8s.io/v1beta1"), QString());
        auto kube = client(QString(), config);
        QVERIFY(discover(kube.get()));
        const ApiResource se = *kube->catalog()->lookup(QStringLiteral("se"));
        const int before = kube->connection().execSource()->runs();
        QCOMPARE(request(kube.get(), kube->getSpec(se, QStringLiteral("demo"), QStringLiteral("x")))
                     .status,
                 404);
        QCOMPARE(kube->connection().execSource()->runs(), before + 1);
    }

    void rejectedExecCredentialIsRefreshedOnce()
    {
        ExecCredentialSource::clearCache();
        const QString script =
            m_env.execPlugin(QStringLiteral("plugin-401"), QStringLiteral("rotating"), QString());
        // The server knows only the second token the plugin will hand out.
        m_env.server()->addToken(QStringLiteral("rotating-2"), QStringLiteral("exec-user"));
        const QString config =
            m_env.execKubeconfig(QStringLiteral("exec-401.yaml"), script,
                                 QStringLiteral("client.authentication.k8s.io/v1"));
        auto kube = client(QString(), config);
        const KubeResponse version = request(
            kube.get(),
            KubeRequestSpec{"GET", QStringLiteral("/api"), {}, {}, {}, "application/json", {}});
        QVERIFY2(version.ok(), qPrintable(version.error.text()));
        QCOMPARE(kube->connection().execSource()->runs(), 2);
        const QList<LoggedRequest> log = m_env.server()->requests("GET", QStringLiteral("/api"));
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].status, 401);
        QCOMPARE(log[1].status, 200);
        // A plugin whose credential is always rejected is run once more, then the 401 stands.
        m_env.server()->removeToken(QStringLiteral("rotating-2"));
        const KubeResponse rejected = request(
            kube.get(),
            KubeRequestSpec{"GET", QStringLiteral("/api"), {}, {}, {}, "application/json", {}});
        QCOMPARE(rejected.status, 401);
        QCOMPARE(kube->connection().execSource()->runs(), 3);
    }

    void brokenExecPlugins()
    {
        ExecCredentialSource::clearCache();
        const QString missing =
            m_env.execKubeconfig(QStringLiteral("exec-missing.yaml"),
                                 m_env.directory() + QStringLiteral("/no-such-plugin"),
                                 QStringLiteral("client.authentication.k8s.io/v1"));
        auto kube = client(QString(), missing);
        const KubeResponse response = request(
            kube.get(),
            KubeRequestSpec{"GET", QStringLiteral("/api"), {}, {}, {}, "application/json", {}});
        QCOMPARE(response.error.kind(), ClusterError::Kind::Credentials);
        QCOMPARE(response.error.text(),
                 QStringLiteral("getting credentials: exec: executable %1/no-such-plugin not found")
                     .arg(m_env.directory()));
        const QString always = m_env.execKubeconfig(
            QStringLiteral("exec-always.yaml"), QStringLiteral("/bin/true"),
            QStringLiteral("client.authentication.k8s.io/v1"), QStringLiteral("Always"));
        auto interactive = client(QString(), always);
        const KubeResponse refused = request(
            interactive.get(),
            KubeRequestSpec{"GET", QStringLiteral("/api"), {}, {}, {}, "application/json", {}});
        QCOMPARE(
            refused.error.text(),
            QStringLiteral("getting credentials: exec plugin cannot support interactive mode: "
                           "standard input is not a terminal "
                           "(the plugin of user \"exec-user\" asks for interactiveMode Always)"));
        const QString silent =
            m_env.execKubeconfig(QStringLiteral("exec-true.yaml"), QStringLiteral("/bin/true"),
                                 QStringLiteral("client.authentication.k8s.io/v1"));
        auto empty = client(QString(), silent);
        const KubeResponse nothing = request(
            empty.get(),
            KubeRequestSpec{"GET", QStringLiteral("/api"), {}, {}, {}, "application/json", {}});
        QVERIFY(nothing.error.text().startsWith(QLatin1String(
            "getting credentials: exec plugin of user \"exec-user\": decoding stdout: ")));
    }

    void deleteObjects()
    {
        m_env.server()->withCluster([](FakeCluster &cluster) {
            cluster.put(seed(QStringLiteral("doomed"), {QStringLiteral("d.example.com")}));
            return 0;
        });
        auto kube = client(QStringLiteral("test"));
        const YamlFile file =
            YamlFile::fromBytes("apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: "
                                "{name: doomed}\nspec: {hosts: [d.example.com]}\n");
        DeleteOperation remove(kube.get(), manifests(file));
        remove.remove();
        QVERIFY(finish(&remove));
        QCOMPARE(remove.result(0).state, ManifestResult::State::Deleted);
        QCOMPARE(
            m_env.server()->requests("DELETE", QString()).last().body,
            QByteArray(
                R"({"kind":"DeleteOptions","apiVersion":"v1","propagationPolicy":"Background"})"));
        remove.remove();
        QVERIFY(finish(&remove));
        QCOMPARE(remove.result(0).state, ManifestResult::State::NotFound);
    }

    void podsFeedTheWorkloadInventory()
    {
        auto kube = client(QStringLiteral("test"));
        const ResourceCatalog *catalog = discover(kube.get());
        QVERIFY(catalog);
        ListJob pods(kube.get(), *catalog->lookup(QStringLiteral("pods")), QString());
        QSignalSpy finished(&pods, &ListJob::finished);
        QVERIFY(finished.wait(waitMs));
        WorkloadInventory inventory;
        QString error;
        QVERIFY2(
            inventory.addFromBytes(pods.result().kubectlJson(), QStringLiteral("cluster"), &error),
            qPrintable(error));
        QCOMPARE(inventory.size(), 3);
        QCOMPARE(inventory
                     .select(QStringLiteral("demo"),
                             {{QStringLiteral("app"), QStringLiteral("reviews")}})
                     .size(),
                 1);
        // Core list items come without kind; the list fills it in, as kubectl does.
        QCOMPARE(pods.result().items().first().value("kind").toString(), QStringLiteral("Pod"));
    }

    void exportKeepsCommentsAndDropsServerFields()
    {
        const YamlFile file = YamlFile::fromBytes(
            "# first\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"
            "  uid: 1234\n  resourceVersion: \"9\"  # server\n  annotations:\n"
            "    kubectl.kubernetes.io/last-applied-configuration: |\n      {}\n"
            "data:\n  k: v # kept\nstatus: {phase: x}\n---\n# second\nkind: Namespace\n"
            "apiVersion: v1\nmetadata: {name: b}\n");
        QCOMPARE(ManifestExport::cleanText(file),
                 QByteArray("# first\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"
                            "data:\n  k: v # kept\n---\n# second\nkind: Namespace\n"
                            "apiVersion: v1\nmetadata: {name: b}\n"));
        QCOMPARE(
            ManifestExport::cleanText(file, {1}),
            QByteArray("---\n# second\nkind: Namespace\napiVersion: v1\nmetadata: {name: b}\n"));
    }

    void sideBySideAlignment()
    {
        const QList<ClusterDiff::Row> rows = ClusterDiff::align("a\nb\nc\nd\n", "a\nB\nc\nx\ny\n");
        QCOMPARE(rows.size(), 5);
        QCOMPARE(int(rows[0].kind), int(ClusterDiff::Row::Kind::Same));
        QCOMPARE(int(rows[1].kind), int(ClusterDiff::Row::Kind::Changed));
        QCOMPARE(rows[1].left, 1);
        QCOMPARE(rows[1].right, 1);
        QCOMPARE(int(rows[2].kind), int(ClusterDiff::Row::Kind::Same));
        QCOMPARE(int(rows[3].kind), int(ClusterDiff::Row::Kind::Changed));
        QCOMPARE(int(rows[4].kind), int(ClusterDiff::Row::Kind::Added));
        QCOMPARE(rows[4].left, -1);
        QCOMPARE(rows[4].right, 4);
        QCOMPARE(ClusterDiff::align("same\n", "same\n").size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestClusterClient)
#include "tst_clusterclient.moc"
