#include "labelselector.h"
#include "meshconfig.h"
#include "meshconfigloader.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace MeshEntry;

namespace {

using Labels = QMap<QString, QString>;
using Visibility = ServiceEntryVisibility::Visibility;

MeshConfig load(const QByteArray &yaml, const QString &source = QStringLiteral("mesh.yaml"))
{
    MeshConfig config;
    QString error;
    if (!MeshConfigLoader::fromBytes(yaml, source, &config, &error))
        qWarning("unexpected error: %s", qPrintable(error));
    return config;
}

QString loadError(const QByteArray &yaml)
{
    MeshConfig config;
    config.rootNamespace = QStringLiteral("untouched");
    QString error;
    if (MeshConfigLoader::fromBytes(yaml, QStringLiteral("mesh.yaml"), &config, &error))
        return QStringLiteral("(loaded)");
    if (config.rootNamespace != u"untouched")
        return QStringLiteral("(output written on failure)");
    return error;
}

const QByteArray fullMesh = R"(# the mesh settings of a test cluster
rootNamespace: istio-config
trustDomain: example.org
defaultServiceExportTo: [".", "istio-config"]
outboundTrafficPolicy:
  mode: REGISTRY_ONLY
proxyListenPort: 15101
accessLogFile: /dev/stdout
enableTracing: false
defaultConfig:
  holdApplicationUntilProxyStarts: true
  proxyMetadata:
    ISTIO_META_DNS_CAPTURE: "true"
    ISTIO_META_DNS_AUTO_ALLOCATE: "true"
serviceEntryVisibility:
  applyToSidecars: true
  defaultVisibility: NAMESPACE
  policies:
  - visibility: PUBLIC
    matchingRules:
    - namespaceSelector:
        matchLabels:
          se-visibility: public
  - visibility: NONE
    matchingRules:
    - namespaceSelector:
        matchExpressions:
        - key: tier
          operator: In
          values: [sandbox, scratch]
    - namespaceSelector:
        matchExpressions:
        - {key: keep, operator: DoesNotExist}
)";

} // namespace

/// The mesh settings model and its loader (ISTIO-ROUTING.md §1, §2.4, §2.5, §3.1).
class TestMeshConfig : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const MeshConfig config = load(QByteArray("# nothing set\n"));
        QCOMPARE(config.rootNamespace, QStringLiteral("istio-system"));
        QCOMPARE(config.defaultServiceExportTo, QStringList{QStringLiteral("*")});
        QCOMPARE(config.outboundMode, MeshConfig::OutboundMode::AllowAny);
        QCOMPARE(config.proxyListenPort, 15001u);
        QCOMPARE(config.trustDomain, QStringLiteral("cluster.local"));
        QVERIFY(!config.serviceEntryVisibility.configured);
        QVERIFY(!config.dnsCapture());
        QVERIFY(config.isDefault());
        QCOMPARE(config.summary(), QStringList());
        QCOMPARE(config.source, QStringLiteral("mesh.yaml"));
    }

    void plainMeshConfig()
    {
        const MeshConfig config = load(fullMesh);
        QCOMPARE(config.rootNamespace, QStringLiteral("istio-config"));
        QCOMPARE(config.trustDomain, QStringLiteral("example.org"));
        QCOMPARE(config.defaultServiceExportTo,
                 QStringList({QStringLiteral("."), QStringLiteral("istio-config")}));
        QCOMPARE(config.outboundMode, MeshConfig::OutboundMode::RegistryOnly);
        QCOMPARE(config.proxyListenPort, 15101u);
        QCOMPARE(
            config.proxyMetadata,
            Labels({{QStringLiteral("ISTIO_META_DNS_CAPTURE"), QStringLiteral("true")},
                    {QStringLiteral("ISTIO_META_DNS_AUTO_ALLOCATE"), QStringLiteral("true")}}));
        QVERIFY(config.dnsCapture());
        QVERIFY(config.dnsAutoAllocate());
        QVERIFY(config.analyzerSeesAutoAllocation());
        QCOMPARE(config.otherKeys,
                 QStringList({QStringLiteral("accessLogFile"), QStringLiteral("enableTracing"),
                              QStringLiteral("defaultConfig.holdApplicationUntilProxyStarts")}));
        QCOMPARE(config.text, fullMesh);

        const ServiceEntryVisibility &visibility = config.serviceEntryVisibility;
        QVERIFY(visibility.configured);
        QVERIFY(visibility.applyToSidecars);
        QCOMPARE(visibility.defaultVisibility, Visibility::Namespace);
        QCOMPARE(visibility.policies.size(), 2);
        QCOMPARE(visibility.policies[0].visibility, Visibility::Public);
        QCOMPARE(visibility.policies[0].rules.size(), 1);
        QCOMPARE(visibility.policies[0].rules[0]->toString(),
                 QStringLiteral("se-visibility=public"));
        QCOMPARE(visibility.policies[1].rules.size(), 2);
        QCOMPARE(visibility.policies[1].rules[0]->toString(),
                 QStringLiteral("tier in (sandbox,scratch)"));
        QCOMPARE(visibility.policies[1].rules[1]->toString(), QStringLiteral("!keep"));

        QCOMPARE(config.summary(),
                 QStringList({QStringLiteral("root namespace istio-config"),
                              QStringLiteral("outbound REGISTRY_ONLY"),
                              QStringLiteral("default exportTo [., istio-config]"),
                              QStringLiteral("DNS capture + auto-allocation"),
                              QStringLiteral("visibility NAMESPACE + 2 policies (sidecars too)"),
                              QStringLiteral("listen port 15101"),
                              QStringLiteral("trust domain example.org")}));
    }

    void snakeCaseKeysAndNulls()
    {
        const MeshConfig config = load("root_namespace: mesh-root\n"
                                       "default_service_export_to: ['~']\n"
                                       "outbound_traffic_policy: {mode: ALLOW_ANY_DYNAMIC_DNS}\n"
                                       "default_config: {proxy_metadata: {A: b}}\n"
                                       "trustDomain: null\n"
                                       "proxy_listen_port: \"15002\"\n");
        QCOMPARE(config.rootNamespace, QStringLiteral("mesh-root"));
        QCOMPARE(config.defaultServiceExportTo, QStringList{QStringLiteral("~")});
        QCOMPARE(config.outboundMode, MeshConfig::OutboundMode::AllowAnyDynamicDns);
        QCOMPARE(config.proxyMetadata, Labels({{QStringLiteral("A"), QStringLiteral("b")}}));
        QCOMPARE(config.trustDomain, QStringLiteral("cluster.local"));
        QCOMPARE(config.proxyListenPort, 15002u);
    }

    void configMapLiteralBlock()
    {
        const QByteArray yaml = "apiVersion: v1\n"
                                "kind: ConfigMap\n"
                                "metadata:\n"
                                "  name: istio\n"
                                "  namespace: istio-system\n"
                                "data:\n"
                                "  meshNetworks: 'networks: {}'\n"
                                "  mesh: |-\n"
                                "    defaultConfig:\n"
                                "      proxyMetadata:\n"
                                "        ISTIO_META_DNS_CAPTURE: \"true\"\n"
                                "    rootNamespace: istio-system\n"
                                "    outboundTrafficPolicy:\n"
                                "      mode: REGISTRY_ONLY\n";
        const MeshConfig config = load(yaml, QStringLiteral("istio-cm.yaml"));
        QCOMPARE(config.outboundMode, MeshConfig::OutboundMode::RegistryOnly);
        QVERIFY(config.dnsCapture());
        QVERIFY(!config.dnsAutoAllocate());
        QVERIFY(!config.analyzerSeesAutoAllocation());
        QCOMPARE(config.text, QByteArray("defaultConfig:\n  proxyMetadata:\n"
                                         "    ISTIO_META_DNS_CAPTURE: \"true\"\n"
                                         "rootNamespace: istio-system\n"
                                         "outboundTrafficPolicy:\n  mode: REGISTRY_ONLY"));
        QCOMPARE(config.summary(), QStringList({QStringLiteral("outbound REGISTRY_ONLY"),
                                                QStringLiteral("DNS capture")}));

        // A bad value inside data.mesh is reported on the file's line and column.
        MeshConfig ignored;
        QString error;
        QVERIFY(!MeshConfigLoader::fromBytes(QByteArray(yaml).replace("REGISTRY_ONLY", "DENY"),
                                             QStringLiteral("istio-cm.yaml"), &ignored, &error));
        QCOMPARE(error, QStringLiteral("istio-cm.yaml:14:13: outboundTrafficPolicy.mode: unknown "
                                       "value \"DENY\" (expected ALLOW_ANY, REGISTRY_ONLY or "
                                       "ALLOW_ANY_DYNAMIC_DNS)"));
        QVERIFY(!MeshConfigLoader::fromBytes(
            QByteArray(yaml).replace("    rootNamespace: istio-system\n",
                                     "    rootNamespace: [a, b\n"),
            QStringLiteral("istio-cm.yaml"), &ignored, &error));
        QVERIFY2(error.startsWith(QStringLiteral("istio-cm.yaml:13:")), qPrintable(error));
    }

    void configMapListAndJson()
    {
        // kubectl get configmap -n istio-system -o yaml: the istio ConfigMap among others.
        const QByteArray list = "apiVersion: v1\nkind: List\nitems:\n"
                                "- apiVersion: v1\n  kind: ConfigMap\n"
                                "  metadata: {name: istio-ca-root-cert}\n"
                                "  data: {root-cert.pem: x}\n"
                                "- apiVersion: v1\n  kind: ConfigMap\n"
                                "  metadata: {name: istio-canary}\n"
                                "  data: {mesh: 'rootNamespace: canary-root'}\n"
                                "- apiVersion: v1\n  kind: ConfigMap\n"
                                "  metadata: {name: istio}\n"
                                "  data:\n    mesh: \"rootNamespace: main-root\\n\"\n";
        QCOMPARE(load(list).rootNamespace, QStringLiteral("main-root"));

        // kubectl get configmap istio -o json: data.mesh with \n escapes.
        const QByteArray json = R"({"apiVersion": "v1", "kind": "ConfigMap",
  "metadata": {"name": "istio", "namespace": "istio-system"},
  "data": {"mesh": "defaultServiceExportTo:\n- '.'\nproxyListenPort: 0\n"}})";
        MeshConfig ignored;
        QString error;
        QVERIFY(!MeshConfigLoader::fromBytes(json, QStringLiteral("cm.json"), &ignored, &error));
        QCOMPARE(error, QStringLiteral("cm.json:3: data.mesh line 3, column 18: invalid proxy "
                                       "listen port: port number 0 must be in the range 1..65535"));
        const MeshConfig fromJson = load(QByteArray(json).replace("proxyListenPort: 0", ""));
        QCOMPARE(fromJson.defaultServiceExportTo, QStringList{QStringLiteral(".")});
    }

    void istioOperator()
    {
        const MeshConfig config = load("apiVersion: install.istio.io/v1alpha1\n"
                                       "kind: IstioOperator\n"
                                       "spec:\n"
                                       "  profile: default\n"
                                       "  meshConfig:\n"
                                       "    outboundTrafficPolicy:\n"
                                       "      mode: REGISTRY_ONLY\n"
                                       "    defaultServiceExportTo: [.]\n");
        QCOMPARE(config.outboundMode, MeshConfig::OutboundMode::RegistryOnly);
        QCOMPARE(config.defaultServiceExportTo, QStringList{QStringLiteral(".")});
        QCOMPARE(config.text, QByteArray("outboundTrafficPolicy:\n  mode: REGISTRY_ONLY\n"
                                         "defaultServiceExportTo: [.]\n"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        QTest::newRow("syntax") << QByteArray("rootNamespace: a\n  bad: indent\n")
                                << QStringLiteral("mesh.yaml:2:6: mapping values are not allowed "
                                                  "in this context");
        QTest::newRow("list for string")
            << QByteArray("trustDomain: x\nrootNamespace: [a]\n")
            << QStringLiteral("mesh.yaml:2:16: rootNamespace must be a string, not a list");
        QTest::newRow("number in exportTo")
            << QByteArray("defaultServiceExportTo:\n- .\n- 7\n")
            << QStringLiteral(
                   "mesh.yaml:3:3: defaultServiceExportTo[1] must be a string, not a number");
        QTest::newRow("unquoted boolean metadata")
            << QByteArray("defaultConfig:\n  proxyMetadata:\n    ISTIO_META_DNS_CAPTURE: true\n")
            << QStringLiteral("mesh.yaml:3:29: defaultConfig.proxyMetadata.ISTIO_META_DNS_CAPTURE "
                              "must be a string, not a boolean (quote it: \"true\")");
        QTest::newRow("unknown visibility")
            << QByteArray("serviceEntryVisibility:\n  defaultVisibility: PRIVATE\n")
            << QStringLiteral("mesh.yaml:2:22: serviceEntryVisibility.defaultVisibility: unknown "
                              "value \"PRIVATE\" (expected PUBLIC, NAMESPACE or NONE)");
        QTest::newRow("bad operator")
            << QByteArray("serviceEntryVisibility:\n  policies:\n  - matchingRules:\n"
                          "    - namespaceSelector:\n        matchExpressions:\n"
                          "        - {key: a, operator: Equals, values: [b]}\n")
            << QStringLiteral("mesh.yaml:6:30: serviceEntryVisibility.policies[0].matchingRules[0]"
                              ".namespaceSelector.matchExpressions[0].operator: \"Equals\" is not "
                              "a valid label selector operator (In, NotIn, Exists, DoesNotExist)");
        QTest::newRow("In without values")
            << QByteArray("serviceEntryVisibility:\n  policies:\n  - matchingRules:\n"
                          "    - namespaceSelector:\n        matchExpressions:\n"
                          "        - {key: a, operator: In}\n")
            << QStringLiteral("mesh.yaml:6:11: serviceEntryVisibility.policies[0].matchingRules[0]"
                              ".namespaceSelector.matchExpressions[0]: values must be non-empty "
                              "for operator In");
        QTest::newRow("two problems")
            << QByteArray("rootNamespace: 5\nproxyListenPort: http\n")
            << QStringLiteral("mesh.yaml:1:16: rootNamespace must be a string, not a number\n"
                              "mesh.yaml:2:18: proxyListenPort must be a number, not a string");
        QTest::newRow("not a mapping")
            << QByteArray("- rootNamespace: a\n")
            << QStringLiteral("mesh.yaml:1:1: a MeshConfig is a mapping, not a list");
        QTest::newRow("other kinds only")
            << QByteArray("apiVersion: v1\nkind: Service\nmetadata: {name: istiod}\n")
            << QStringLiteral("mesh.yaml: no mesh settings found: expected a MeshConfig YAML, "
                              "the istio ConfigMap (data.mesh) or an IstioOperator "
                              "(spec.meshConfig)");
        QTest::newRow("data.mesh not a string")
            << QByteArray("kind: ConfigMap\napiVersion: v1\ndata:\n  mesh:\n    a: b\n")
            << QStringLiteral(
                   "mesh.yaml:5:5: data.mesh must be a string holding the MeshConfig YAML");
    }

    void malformed()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        QCOMPARE(loadError(yaml), error);
    }

    void unreadableFile()
    {
        QTemporaryDir dir;
        MeshConfig config;
        QString error;
        const QString path = dir.filePath(QStringLiteral("missing.yaml"));
        QVERIFY(!MeshConfigLoader::fromFile(path, &config, &error));
        QCOMPARE(error, QStringLiteral("cannot read %1: No such file or directory").arg(path));

        QFile file(dir.filePath(QStringLiteral("mesh.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("outboundTrafficPolicy: {mode: REGISTRY_ONLY}\n");
        file.close();
        QVERIFY(MeshConfigLoader::fromFile(file.fileName(), &config, &error));
        QCOMPARE(config.source, file.fileName());
        QCOMPARE(config.outboundMode, MeshConfig::OutboundMode::RegistryOnly);
    }

    void analyzerAutoAllocation_data()
    {
        QTest::addColumn<QByteArray>("metadata");
        QTest::addColumn<bool>("analyzer");
        QTest::addColumn<bool>("proxies");
        QTest::newRow("none") << QByteArray("{}") << false << false;
        QTest::newRow("capture only")
            << QByteArray("{ISTIO_META_DNS_CAPTURE: 'true'}") << false << true;
        QTest::newRow("capture + auto")
            << QByteArray("{ISTIO_META_DNS_CAPTURE: 'true', ISTIO_META_DNS_AUTO_ALLOCATE: 'true'}")
            << true << true;
        QTest::newRow("capture + pilot flag")
            << QByteArray("{ISTIO_META_DNS_CAPTURE: 'true', PILOT_ENABLE_IP_AUTOALLOCATE: 'true'}")
            << true << true;
        // The analyzer compares the text with "true"; proxies parse it as a Go bool.
        QTest::newRow("True spelled differently")
            << QByteArray("{ISTIO_META_DNS_CAPTURE: 'True', ISTIO_META_DNS_AUTO_ALLOCATE: '1'}")
            << false << true;
        QTest::newRow("auto without capture")
            << QByteArray("{ISTIO_META_DNS_AUTO_ALLOCATE: 'true'}") << false << false;
    }

    void analyzerAutoAllocation()
    {
        QFETCH(QByteArray, metadata);
        QFETCH(bool, analyzer);
        QFETCH(bool, proxies);
        const MeshConfig config = load("defaultConfig:\n  proxyMetadata: " + metadata + '\n');
        QCOMPARE(config.analyzerSeesAutoAllocation(), analyzer);
        QCOMPARE(config.proxiesUseAutoAllocatedAddresses(), proxies);
    }

    void visibilityPolicies()
    {
        const ServiceEntryVisibility visibility = load(fullMesh).serviceEntryVisibility;
        QCOMPARE(
            visibility.visibilityFor({{QStringLiteral("se-visibility"), QStringLiteral("public")}}),
            Visibility::Public);
        // Both rules of the second policy must match (AND).
        QCOMPARE(visibility.visibilityFor({{QStringLiteral("tier"), QStringLiteral("sandbox")}}),
                 Visibility::None);
        QCOMPARE(visibility.visibilityFor({{QStringLiteral("tier"), QStringLiteral("sandbox")},
                                           {QStringLiteral("keep"), QStringLiteral("yes")}}),
                 Visibility::Namespace);
        QCOMPARE(visibility.visibilityFor({}), Visibility::Namespace);
        QVERIFY(visibility.dependsOnNamespaceLabels());

        // A policy without rules matches everything; a rule without a selector nothing.
        const ServiceEntryVisibility catchAll =
            load("serviceEntryVisibility:\n  policies:\n  - visibility: NONE\n"
                 "    matchingRules: [{}]\n  - visibility: NAMESPACE\n")
                .serviceEntryVisibility;
        QCOMPARE(catchAll.defaultVisibility, Visibility::Public);
        QCOMPARE(catchAll.visibilityFor({{QStringLiteral("any"), QStringLiteral("thing")}}),
                 Visibility::Namespace);
        QVERIFY(!catchAll.applyToSidecars);
    }

    void sidecarExportTo_data()
    {
        QTest::addColumn<QStringList>("exportTo");
        QTest::addColumn<QString>("namespaceLabel");
        QTest::addColumn<QStringList>("expected");
        const QStringList star{QStringLiteral("*")};
        const QStringList dot{QStringLiteral(".")};
        const QStringList none{QStringLiteral("~")};
        // push_context_test.go: "applyToSidecars" cases (default NAMESPACE, label public → PUBLIC).
        QTest::newRow("namespace, exportTo *") << star << QString() << dot;
        QTest::newRow("namespace, exportTo own ns")
            << QStringList{QStringLiteral("shop")} << QString() << dot;
        QTest::newRow("namespace, exportTo other ns")
            << QStringList{QStringLiteral("other")} << QString() << none;
        QTest::newRow("namespace, mesh default") << QStringList() << QString() << dot;
        QTest::newRow("public keeps *") << star << QStringLiteral("public") << star;
        QTest::newRow("none hides") << star << QStringLiteral("sandbox") << none;
        QTest::newRow("~ stays") << none << QStringLiteral("public") << none;
    }

    void sidecarExportTo()
    {
        QFETCH(QStringList, exportTo);
        QFETCH(QString, namespaceLabel);
        QFETCH(QStringList, expected);
        const MeshConfig config =
            load("defaultServiceExportTo: ['*']\n"
                 "serviceEntryVisibility:\n  applyToSidecars: true\n"
                 "  defaultVisibility: NAMESPACE\n  policies:\n"
                 "  - visibility: PUBLIC\n    matchingRules:\n"
                 "    - namespaceSelector: {matchLabels: {se-visibility: public}}\n"
                 "  - visibility: NONE\n    matchingRules:\n"
                 "    - namespaceSelector: {matchLabels: {se-visibility: sandbox}}\n");
        Labels labels;
        if (!namespaceLabel.isEmpty())
            labels.insert(QStringLiteral("se-visibility"), namespaceLabel);
        bool known = false;
        QCOMPARE(config.sidecarExportTo(exportTo, QStringLiteral("shop"), &labels, &known),
                 expected);
        QVERIFY(known);
    }

    void sidecarExportToWithoutLabels()
    {
        MeshConfig config;
        config.defaultServiceExportTo = {QStringLiteral(".")};
        bool known = false;
        // Without serviceEntryVisibility, the mesh default applies and nothing is unknown.
        QCOMPARE(config.sidecarExportTo({}, QStringLiteral("shop"), nullptr, &known),
                 QStringList{QStringLiteral(".")});
        QVERIFY(known);
        config = load(fullMesh);
        QCOMPARE(
            config.sidecarExportTo({QStringLiteral("*")}, QStringLiteral("shop"), nullptr, &known),
            QStringList{QStringLiteral("*")});
        QVERIFY(!known);
        // Not applied to sidecars: the declared list, known without labels.
        config.serviceEntryVisibility.applyToSidecars = false;
        QCOMPARE(
            config.sidecarExportTo({QStringLiteral("*")}, QStringLiteral("shop"), nullptr, &known),
            QStringList{QStringLiteral("*")});
        QVERIFY(known);
    }

    void labelSelector()
    {
        using Op = LabelSelector::Operator;
        LabelSelector selector;
        QVERIFY(selector.matches({}));
        QCOMPARE(selector.toString(), QStringLiteral("(everything)"));
        selector.matchLabels.insert(QStringLiteral("app"), QStringLiteral("web"));
        selector.matchExpressions = {
            {QStringLiteral("tier"), Op::NotIn, {QStringLiteral("legacy")}},
            {QStringLiteral("team"), Op::Exists, {}},
        };
        QVERIFY(selector.matches({{QStringLiteral("app"), QStringLiteral("web")},
                                  {QStringLiteral("team"), QStringLiteral("a")}}));
        QVERIFY(!selector.matches({{QStringLiteral("app"), QStringLiteral("web")},
                                   {QStringLiteral("team"), QStringLiteral("a")},
                                   {QStringLiteral("tier"), QStringLiteral("legacy")}}));
        QVERIFY(!selector.matches({{QStringLiteral("app"), QStringLiteral("web")}}));
        QVERIFY(!selector.matches({{QStringLiteral("app"), QStringLiteral("api")},
                                   {QStringLiteral("team"), QStringLiteral("a")}}));
        QCOMPARE(selector.toString(), QStringLiteral("app=web,tier notin (legacy),team"));
        Op op = Op::In;
        QVERIFY(LabelSelector::parseOperator(QStringLiteral("DoesNotExist"), &op));
        QCOMPARE(op, Op::DoesNotExist);
        QVERIFY(!LabelSelector::parseOperator(QStringLiteral("in"), &op));
    }

    void parseBool()
    {
        bool ok = false;
        QVERIFY(MeshConfig::parseBool(QStringLiteral("T"), &ok));
        QVERIFY(ok);
        QVERIFY(!MeshConfig::parseBool(QStringLiteral("False"), &ok));
        QVERIFY(ok);
        QVERIFY(!MeshConfig::parseBool(QStringLiteral("yes"), &ok));
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestMeshConfig)
#include "tst_meshconfig.moc"
