// The REST client against the project's test API server over HTTPS: discovery, lists,
// cleaning, errors, TLS, timeouts and every kind of credential.
#include "execcredentials.h"
#include "objectlist.h"
#include "objectyaml.h"
#include "workloadinventory.h"

#include <QDateTime>
#include <QFile>
#include <QTcpServer>

#include "clustertesthelpers.h"

using namespace MeshEntry;
using namespace MeshEntry::ClusterTest;
using namespace MeshEntry::TestApi;

class TestClusterClient : public Base
{
    Q_OBJECT

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
};

QTEST_GUILESS_MAIN(TestClusterClient)
#include "tst_clusterclient.moc"
