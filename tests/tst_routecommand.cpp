// `meshentry route` and `meshentry visible` end to end: output shapes, defaults, exit codes.

#include "clitesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace MeshEntry;

namespace {

using CliTest::Run;

Run meshentry(const QStringList &arguments, const QByteArray &input = {})
{
    return CliTest::run(arguments, input);
}

const QByteArray mesh = R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: stripe
  namespace: payments
spec:
  hosts: [api.stripe.com]
  ports:
  - number: 443
    name: tls
    protocol: TLS
  resolution: DNS
  exportTo: ["."]
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: db
spec:
  hosts: [db.internal]
  addresses: [10.0.0.5]
  ports:
  - number: 5432
    name: pg
    protocol: TCP
  resolution: STATIC
  endpoints:
  - address: 10.1.0.1
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: web
  namespace: payments
spec:
  hosts: [web.example.com]
  ports:
  - number: 80
    name: http
    protocol: HTTP
  resolution: DNS
)";

} // namespace

class TestRouteCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonShape();
    void textIsANumberedStory();
    void defaultsFromThePort();
    void documentsWithoutNamespace();
    void meshConfigAndExitCodes();
    void visibleJson();
    void visibleWithNamespaceImport();
    void usageErrors_data();
    void usageErrors();

private:
    QString path(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    QString m_mesh;
};

void TestRouteCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_mesh = path(QStringLiteral("mesh.yaml"), mesh);
}

QString TestRouteCommand::path(const QString &name, const QByteArray &bytes)
{
    const QString file = m_dir.filePath(name);
    QFile out(file);
    out.open(QIODevice::WriteOnly);
    out.write(bytes);
    return file;
}

void TestRouteCommand::jsonShape()
{
    const Run run = meshentry({"route", "--from", "payments", "--port", "443", "--host",
                               "api.stripe.com", "-o", "json", m_mesh});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(answer.keys(), (QStringList{"cluster", "listener", "outcome", "serviceEntry", "steps",
                                         "unknowns", "virtualHost", "warnings"}));
    QCOMPARE(answer.value("cluster").toString(), QStringLiteral("outbound|443||api.stripe.com"));
    QVERIFY(answer.value("virtualHost").isNull());
    QCOMPARE(answer.value("listener").toString(), QStringLiteral("0.0.0.0_443"));
    QCOMPARE(answer.value("outcome").toString(), QStringLiteral("service"));
    const QJsonObject entry = answer.value("serviceEntry").toObject();
    QCOMPARE(entry.value("namespace").toString(), QStringLiteral("payments"));
    QCOMPARE(entry.value("name").toString(), QStringLiteral("stripe"));
    QCOMPARE(entry.value("file").toString(), m_mesh);
    QCOMPARE(entry.value("document").toInt(), 0);
    QCOMPARE(entry.value("host").toString(), QStringLiteral("api.stripe.com"));
    QCOMPARE(entry.value("port").toInt(), 443);
    QStringList rules;
    for (const QJsonValue &step : answer.value("steps").toArray()) {
        QCOMPARE(step.toObject().keys(), (QStringList{"detail", "rule"}));
        rules.append(step.toObject().value("rule").toString());
    }
    QCOMPARE(rules, (QStringList{"SIDECAR-DEFAULT", "OUTBOUND-POLICY", "ADDRESS", "EXPORTTO",
                                 "LISTENER-WILDCARD", "FILTER-CHAIN", "CLUSTER"}));
    QCOMPARE(answer.value("unknowns").toArray().first().toString(),
             QStringLiteral("the application dials whatever DNS answers for api.stripe.com: "
                            "assumed 203.0.113.10, an address no ServiceEntry declares"));
    QCOMPARE(answer.value("warnings").toArray(), QJsonArray());
}

void TestRouteCommand::textIsANumberedStory()
{
    const Run run = meshentry(
        {"route", "--from", "orders", "--port", "443", "--host", "api.stripe.com", m_mesh});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.startsWith(QStringLiteral("From a sidecar in orders: tls to 203.0.113.10:443, "
                                            "Host api.stripe.com, SNI api.stripe.com\n\n 1. No "
                                            "Sidecar applies to orders")),
             qPrintable(text));
    QVERIFY2(text.contains(
                 QStringLiteral(
                     " 4. ServiceEntry payments/stripe does not export api.stripe.com to orders "
                     "(exportTo [\".\"]). [%1:13]\n")
                     .arg(m_mesh)),
             qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral(
            "\nOutcome: passthrough, cluster PassthroughCluster (listener virtualOutbound)\n")),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\nUnknown: the application dials whatever DNS answers")));
}

void TestRouteCommand::defaultsFromThePort()
{
    // No --protocol: port 80 is HTTP, so the request is HTTP and an HTTP route decides.
    Run run = meshentry({"route", "--from", "payments", "--port", "80", "--host", "web.example.com",
                         "-o", "json", m_mesh});
    QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(answer.value("virtualHost").toString(), QStringLiteral("web.example.com:80"));
    QCOMPARE(answer.value("cluster").toString(), QStringLiteral("outbound|80||web.example.com"));
    // --sni defaults to --host for tls: an explicit other SNI misses the chain.
    run = meshentry({"route", "--from", "payments", "--port", "443", "--host", "api.stripe.com",
                     "--sni", "other.example.com", "-o", "json", m_mesh});
    answer = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(answer.value("cluster").toString(), QStringLiteral("PassthroughCluster"));
    QCOMPARE(answer.value("listener").toString(), QStringLiteral("0.0.0.0_443"));
    // Without --address the request goes to the entry's address.
    run = meshentry(
        {"route", "--from", "default", "--port", "5432", "--host", "db.internal", m_mesh});
    QVERIFY2(
        run.out.startsWith("From a sidecar in default: tcp to 10.0.0.5:5432, Host db.internal"),
        run.out.constData());
    QVERIFY(run.out.contains("Outcome: service, cluster outbound|5432||db.internal (listener "
                             "10.0.0.5_5432)"));
    QVERIFY(run.out.contains("EDS, endpoint 10.1.0.1:5432."));
}

void TestRouteCommand::documentsWithoutNamespace()
{
    // db has no namespace: it is in default, or in the namespace given with -n.
    Run run = meshentry({"route", "--from", "default", "--port", "5432", "--address", "10.0.0.5",
                         "-o", "json", m_mesh});
    QCOMPARE(QJsonDocument::fromJson(run.out)
                 .object()
                 .value("serviceEntry")
                 .toObject()
                 .value("namespace")
                 .toString(),
             QStringLiteral("default"));
    run = meshentry({"route", "--from", "data", "--port", "5432", "--address", "10.0.0.5", "-n",
                     "data", "-o", "json", m_mesh});
    QCOMPARE(QJsonDocument::fromJson(run.out)
                 .object()
                 .value("serviceEntry")
                 .toObject()
                 .value("namespace")
                 .toString(),
             QStringLiteral("data"));
}

void TestRouteCommand::meshConfigAndExitCodes()
{
    const QString registryOnly = path(QStringLiteral("registry-only.yaml"),
                                      "outboundTrafficPolicy:\n  mode: REGISTRY_ONLY\n");
    Run run = meshentry({"route", "--from", "orders", "--port", "443", "--host", "api.stripe.com",
                         "--mesh-config", registryOnly, "-o", "json", m_mesh});
    QCOMPARE(run.exitCode, 1); // the request is blackholed
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value("cluster").toString(),
             QStringLiteral("BlackHoleCluster"));
    run = meshentry({"route", "--from", "orders", "--port", "80", "--host", "unknown.example.com",
                     "--protocol", "http", "--mesh-config", registryOnly, "-o", "json", m_mesh});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    QVERIFY(answer.value("cluster").isNull());
    QCOMPARE(answer.value("virtualHost").toString(), QStringLiteral("block_all"));
    QCOMPARE(answer.value("outcome").toString(), QStringLiteral("direct-response"));
    run = meshentry({"route", "--from", "orders", "--port", "80", "--host", "x", "--mesh-config",
                     m_dir.filePath("missing.yaml"), m_mesh});
    QCOMPARE(run.exitCode, 2);
    run = meshentry({"route", "--from", "orders", "--port", "80", "--host", "x",
                     m_dir.filePath("missing.yaml")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("no such file or directory"));
}

void TestRouteCommand::visibleJson()
{
    const Run run = meshentry({"visible", "--from", "orders", "-o", "json", m_mesh});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject visible = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(visible.keys(), (QStringList{"hidden", "namespace", "services"}));
    QCOMPARE(visible.value("namespace").toString(), QStringLiteral("orders"));
    const QJsonArray services = visible.value("services").toArray();
    QCOMPARE(services.size(), 2);
    const QJsonObject db = services.first().toObject();
    QCOMPARE(db.keys(), (QStringList{"addresses", "host", "namespace", "ports", "serviceEntry"}));
    QCOMPARE(db.value("host").toString(), QStringLiteral("db.internal"));
    QCOMPARE(db.value("namespace").toString(), QStringLiteral("default"));
    QCOMPARE(db.value("addresses").toArray(), QJsonArray{QStringLiteral("10.0.0.5")});
    QCOMPARE(db.value("ports").toArray().first().toObject(),
             (QJsonObject{{"number", 5432}, {"name", "pg"}, {"protocol", "TCP"}}));
    QCOMPARE(
        db.value("serviceEntry").toObject(),
        (QJsonObject{{"namespace", "default"}, {"name", "db"}, {"file", m_mesh}, {"document", 1}}));
    const QJsonArray hidden = visible.value("hidden").toArray();
    QCOMPARE(hidden.size(), 1);
    QCOMPARE(hidden.first().toObject().keys(),
             (QStringList{"host", "namespace", "reason", "serviceEntry"}));
    QCOMPARE(hidden.first().toObject().value("reason").toString(),
             QStringLiteral("not exported to orders (exportTo [\".\"])"));
}

void TestRouteCommand::visibleWithNamespaceImport()
{
    const QString namespaces = path(QStringLiteral("namespaces.yaml"), R"(apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Namespace
  metadata:
    name: payments
    labels: {tier: restricted}
)");
    const QString visibility = path(QStringLiteral("visibility.yaml"), R"(serviceEntryVisibility:
  applyToSidecars: true
  policies:
  - visibility: NONE
    matchingRules:
    - namespaceSelector:
        matchLabels: {tier: restricted}
)");
    const Run run = meshentry({"visible", "--from", "payments", "--namespaces", namespaces,
                               "--mesh-config", visibility, m_mesh});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("  web.example.com  payments/web: serviceEntryVisibility narrows "
                              "exportTo [\"*\"] of namespace payments to [\"~\"]"),
             run.out.constData());
}

void TestRouteCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no --from") << QStringList{"route", "--port", "80", "x.yaml"}
                               << QByteArray("--from NAMESPACE is required");
    QTest::newRow("no --port") << QStringList{"route", "--from", "a", "x.yaml"}
                               << QByteArray("--port N is required");
    QTest::newRow("bad port") << QStringList{"route", "--from", "a", "--port", "70000", "x.yaml"}
                              << QByteArray("--port must be a number from 1 to 65535, not 70000");
    QTest::newRow("bad protocol") << QStringList{"route", "--from",     "a",   "--port",
                                                 "80",    "--protocol", "udp", "x.yaml"}
                                  << QByteArray(
                                         "--protocol must be http, https, tls or tcp, not udp");
    QTest::newRow("bad address") << QStringList{"route", "--from",    "a",    "--port",
                                                "80",    "--address", "host", "x.yaml"}
                                 << QByteArray("--address must be an IP address, not host");
    QTest::newRow("no path") << QStringList{"visible", "--from", "a"}
                             << QByteArray("usage: meshentry visible");
    QTest::newRow("bad output") << QStringList{"visible", "--from", "a", "-o", "yaml", "x.yaml"}
                                << QByteArray("--output must be text or json, not yaml");
}

void TestRouteCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run run = meshentry(arguments);
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestRouteCommand)
#include "tst_routecommand.moc"
