#include "clitesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

/// `meshentry match` end to end: text and JSON, sorting, options and exit codes.
class TestMatchCommand : public QObject
{
    Q_OBJECT

private:
    using Result = MeshEntry::CliTest::Run;

    static Result run(const QStringList &arguments, const QByteArray &input = {})
    {
        return MeshEntry::CliTest::run(QStringList{QStringLiteral("match")} + arguments, input,
                                       {m_dir->path()});
    }

    static void write(const QString &name, const QByteArray &text)
    {
        QFile out(m_dir->filePath(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
    }

    static inline QTemporaryDir *m_dir = nullptr;

    /// Two ServiceEntries (the second without a namespace) and two VMs; file order is not
    /// the output order.
    static constexpr const char *mesh =
        "# VMs of the ledger\n"
        "apiVersion: networking.istio.io/v1\n"
        "kind: ServiceEntry\n"
        "metadata: {name: ledger, namespace: pay}\n"
        "spec:\n"
        "  hosts: [ledger.internal]\n"
        "  location: MESH_INTERNAL\n"
        "  resolution: STATIC\n"
        "  exportTo: [\".\", ops]\n"
        "  ports:\n"
        "  - {number: 8080, name: http, targetPort: 9000}\n"
        "  workloadSelector:\n"
        "    labels: {app: ledger, version: v2}\n"
        "---\n"
        "apiVersion: networking.istio.io/v1\n"
        "kind: ServiceEntry\n"
        "metadata: {name: audit}\n"
        "spec:\n"
        "  hosts: [audit.internal]\n"
        "  resolution: DNS\n"
        "  ports: [{number: 443, name: tls}]\n"
        "  workloadSelector: {labels: {app: audit}}\n"
        "---\n"
        "apiVersion: networking.istio.io/v1\n"
        "kind: ServiceEntry\n"
        "metadata: {name: no-selector, namespace: pay}\n"
        "spec: {hosts: [x.example.com], ports: [{number: 80, name: http}]}\n"
        "---\n"
        "apiVersion: networking.istio.io/v1\n"
        "kind: WorkloadEntry\n"
        "metadata: {name: vm-1, namespace: pay}\n"
        "spec: {address: 10.0.0.1, labels: {app: ledger, version: v2}, ports: {http: 9443}}\n"
        "---\n"
        "apiVersion: networking.istio.io/v1\n"
        "kind: WorkloadEntry\n"
        "metadata: {name: vm-old, namespace: pay}\n"
        "spec: {address: vm-old.internal, labels: {app: ledger, version: v1}}\n";

    static constexpr const char *pods =
        R"({"apiVersion": "v1", "kind": "List", "items": [
  {"kind": "Pod", "metadata": {"name": "ledger-7f", "namespace": "pay",
     "labels": {"app": "ledger", "version": "v2"}},
   "spec": {"containers": [{"name": "l", "ports": [{"name": "http", "containerPort": 7000, "protocol": "TCP"}]}]},
   "status": {"phase": "Running", "podIP": "10.1.0.1", "conditions": [{"type": "Ready", "status": "False"}]}},
  {"kind": "Pod", "metadata": {"name": "ledger-x", "namespace": "ops",
     "labels": {"app": "ledger", "version": "v2"}},
   "status": {"phase": "Running", "podIP": "10.2.0.1", "conditions": [{"type": "Ready", "status": "True"}]}}
]})";

private slots:
    void initTestCase()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        write(QStringLiteral("mesh.yaml"), mesh);
        write(QStringLiteral("pods.json"), pods);
        write(QStringLiteral("meshconfig.yaml"),
              "serviceEntryVisibility:\n  applyToSidecars: true\n  defaultVisibility: NONE\n"
              "  policies:\n  - visibility: PUBLIC\n    matchingRules:\n"
              "    - namespaceSelector: {matchLabels: {public: 'true'}}\n");
        write(
            QStringLiteral("namespaces.yaml"),
            "apiVersion: v1\nkind: List\nitems:\n"
            "- {apiVersion: v1, kind: Namespace, metadata: {name: pay, labels: {public: 'true'}}}\n"
            "- {apiVersion: v1, kind: Namespace, metadata: {name: ops}}\n");
        write(QStringLiteral("broken.yaml"),
              "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: b\n");
    }

    void cleanupTestCase() { delete m_dir; }

    void text()
    {
        const Result result = run({QStringLiteral("mesh.yaml")});
        QCOMPARE(result.err, QByteArray());
        QCOMPARE(result.exitCode, 1); // default/audit selects nothing
        QCOMPARE(QString::fromUtf8(result.out),
                 QStringLiteral(
                     "ServiceEntry default/audit (mesh.yaml:15): resolution DNS, 0 of 0 selected "
                     "ready; visible in every namespace\n"
                     "  warning: the selector matches no Pod or WorkloadEntry in namespace "
                     "default\n"
                     "ServiceEntry pay/ledger (mesh.yaml:2): resolution STATIC, 1 of 1 selected "
                     "ready; visible in ops, pay\n"
                     "  WorkloadEntry pay/vm-1 10.0.0.1 http 8080→9443 (workload-port)\n"
                     "  near-miss: WorkloadEntry pay/vm-old: version is v1, wants v2\n"
                     "2 ServiceEntries with a workloadSelector, 1 without a ready workload; 2 "
                     "workloads known\n"));
    }

    void json()
    {
        const Result result =
            run({QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--namespace"),
                 QStringLiteral("pay"), QStringLiteral("--workloads"), QStringLiteral("pods.json"),
                 QStringLiteral("--mesh-config"), QStringLiteral("meshconfig.yaml"),
                 QStringLiteral("--namespaces"), QStringLiteral("namespaces.yaml"),
                 QStringLiteral("mesh.yaml")});
        QCOMPARE(result.err, QByteArray());
        QCOMPARE(result.exitCode, 1);
        const QJsonDocument actual = QJsonDocument::fromJson(result.out);
        const QJsonDocument expected = QJsonDocument::fromJson(R"json([
 {"serviceEntry": {"namespace": "pay", "name": "audit", "file": "mesh.yaml", "document": 1},
  "resolution": "DNS", "selected": [], "excludedOtherNamespace": [],
  "nearMisses": [
   {"kind": "Pod", "namespace": "pay", "name": "ledger-7f", "label": "app", "want": "audit",
    "have": "ledger"},
   {"kind": "WorkloadEntry", "namespace": "pay", "name": "vm-1", "label": "app", "want": "audit",
    "have": "ledger"},
   {"kind": "WorkloadEntry", "namespace": "pay", "name": "vm-old", "label": "app",
    "want": "audit", "have": "ledger"}],
  "visibleIn": "*",
  "warnings": ["the selector matches no Pod or WorkloadEntry in namespace pay"]},
 {"serviceEntry": {"namespace": "pay", "name": "ledger", "file": "mesh.yaml", "document": 0},
  "resolution": "STATIC",
  "selected": [
   {"kind": "Pod", "namespace": "pay", "name": "ledger-7f", "address": "10.1.0.1",
    "ready": false, "reason": "not ready (condition Ready is False)",
    "ports": [{"port": 8080, "name": "http", "targetPort": 7000, "rule": "container-port"}]
    },
   {"kind": "WorkloadEntry", "namespace": "pay", "name": "vm-1", "address": "10.0.0.1",
    "ready": true, "reason": null,
    "ports": [{"port": 8080, "name": "http", "targetPort": 9443, "rule": "workload-port"}]}],
  "excludedOtherNamespace": [{"kind": "Pod", "namespace": "ops", "name": "ledger-x"}],
  "nearMisses": [{"kind": "WorkloadEntry", "namespace": "pay", "name": "vm-old",
                  "label": "version", "want": "v2", "have": "v1"}],
  "visibleIn": ["ops", "pay"], "warnings": []}
])json");
        QVERIFY(!expected.isNull());
        QCOMPARE(actual, expected);
    }

    void visibilityNarrowed()
    {
        // ops is NONE by the mesh default: an entry there is visible nowhere.
        write(QStringLiteral("ops.yaml"),
              "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n"
              "metadata: {name: ops-se, namespace: ops}\n"
              "spec:\n  hosts: [o.internal]\n  ports: [{number: 80, name: http}]\n"
              "  resolution: STATIC\n  workloadSelector: {labels: {app: ledger}}\n");
        const Result result =
            run({QStringLiteral("--output=json"), QStringLiteral("--workloads=pods.json"),
                 QStringLiteral("--mesh-config=meshconfig.yaml"),
                 QStringLiteral("--namespaces=namespaces.yaml"), QStringLiteral("ops.yaml")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject entry = QJsonDocument::fromJson(result.out).array().at(0).toObject();
        QCOMPARE(entry.value(QLatin1String("visibleIn")).toArray(), QJsonArray());
        QCOMPARE(entry.value(QLatin1String("selected")).toArray().size(), 1);
        QCOMPARE(entry.value(QLatin1String("excludedOtherNamespace")).toArray().size(), 1);
    }

    void nearMissLimitAndStdin()
    {
        const Result result =
            run({QStringLiteral("--near-misses"), QStringLiteral("0"), QStringLiteral("-")}, mesh);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains("ServiceEntry pay/ledger (<stdin>:2)"), result.out);
        QVERIFY2(result.out.contains("  … 1 more near-misses\n"), result.out);
        QVERIFY(!result.out.contains("near-miss:"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("error");
        QTest::newRow("all backed")
            << QStringList{QStringLiteral("ops.yaml"), QStringLiteral("--workloads=pods.json")} << 0
            << QString();
        QTest::newRow("missing path")
            << QStringList{QStringLiteral("nothing.yaml")} << 2
            << QStringLiteral("meshentry: cannot read nothing.yaml: no such file or directory\n");
        QTest::newRow("syntax error")
            << QStringList{QStringLiteral("broken.yaml")} << 2
            << QStringLiteral("meshentry: broken.yaml:4:1: YAML syntax error: did not find "
                              "expected ',' or '}' (while parsing a flow mapping) (ServiceEntry "
                              "skipped)\n");
        QTest::newRow("bad mesh config")
            << QStringList{QStringLiteral("--mesh-config=mesh.yaml"), QStringLiteral("ops.yaml")}
            << 2
            << QStringLiteral("meshentry: mesh.yaml: no mesh settings found: expected a "
                              "MeshConfig YAML, the istio ConfigMap (data.mesh) or an "
                              "IstioOperator (spec.meshConfig)\n");
        QTest::newRow("bad workloads")
            << QStringList{QStringLiteral("--workloads=broken.yaml"), QStringLiteral("ops.yaml")}
            << 2
            << QStringLiteral("meshentry: broken.yaml:4:1: did not find expected ',' or '}' "
                              "(while parsing a flow mapping)\n");
        QTest::newRow("bad output")
            << QStringList{QStringLiteral("-o"), QStringLiteral("sarif"),
                           QStringLiteral("ops.yaml")}
            << 64 << QStringLiteral("meshentry: --output must be text or json, not sarif\n");
        QTest::newRow("no path") << QStringList() << 64
                                 << QStringLiteral(
                                        "meshentry: usage: meshentry match [options] PATH...\n");
        QTest::newRow("bad limit")
            << QStringList{QStringLiteral("--near-misses=x"), QStringLiteral("ops.yaml")} << 64
            << QStringLiteral("meshentry: --near-misses needs a number, "
                              "not x\n");
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, error);
        const Result result = run(arguments);
        QCOMPARE(QString::fromUtf8(result.err), error);
        QCOMPARE(result.exitCode, exitCode);
    }

    void help()
    {
        const Result result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("Usage: meshentry match [options] PATH..."));
        QVERIFY(result.out.contains("--mesh-config <FILE>"));
    }
};

QTEST_GUILESS_MAIN(TestMatchCommand)
#include "tst_matchcommand.moc"
