// Expected answers from Istio's own simulation tests (pilot/pkg/networking/core/
// sidecar_simulation_test.go, serviceentry_simulation_test.go) and ISTIO-ROUTING.md §8.

#include "routingtesthelpers.h"

using namespace MeshEntry;
using namespace MeshEntry::RoutingTest;
using Protocol = RoutingRequest::Protocol;

namespace {

const QByteArray passthroughPorts = R"(
  ports:
  - name: http
    number: 80
    protocol: HTTP
  - name: auto
    number: 81
  - name: tcp
    number: 82
    protocol: TCP
  - name: tls
    number: 83
    protocol: TLS
  - name: https
    number: 84
    protocol: HTTPS
  - name: grpc
    number: 85
    protocol: GRPC
  - name: h2
    number: 86
    protocol: HTTP2
)";

QByteArray istioIo(bool vip)
{
    return QByteArray("apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                      "  name: se\nspec:\n  hosts:\n  - istio.io\n") +
           (vip ? "  addresses: [1.2.3.4]\n" : "") +
           "  location: MESH_EXTERNAL\n  resolution: DNS" + passthroughPorts;
}

QByteArray mode(const char *name)
{
    return QByteArray("outboundTrafficPolicy:\n  mode: ") + name + '\n';
}

} // namespace

class RoutingSimulationTest : public QObject
{
    Q_OBJECT

private slots:
    void passthroughTraffic_data();
    void passthroughTraffic();
    void worked83TlsRegistryOnly();
    void workedRawTcpCapturesPort();
    void workedLegacyAutoAllocation();
    void identicalCidrIsDropped();
    void overlappingCidrLongestPrefix();
    void overlappingCidrSniMismatch();
    void partialOverlapOfIp();
    void loop();
};

void RoutingSimulationTest::passthroughTraffic_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<bool>("vip");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("protocol");
    for (const char *policy : {"REGISTRY_ONLY", "ALLOW_ANY", "ALLOW_ANY_DYNAMIC_DNS"}) {
        for (const bool vip : {true, false}) {
            for (int port = 80; port < 87; ++port) {
                for (const Protocol protocol : {Protocol::Http, Protocol::Https, Protocol::Tcp}) {
                    QTest::addRow("%s-%s-%d-%s", policy, vip ? "vip" : "novip", port,
                                  qPrintable(RoutingRequest::protocolName(protocol)))
                        << QString::fromLatin1(policy) << vip << port << int(protocol);
                }
            }
        }
    }
}

/// TestPassthroughTraffic: calls to 1.3.3.7 with Host (and SNI) foo.
void RoutingSimulationTest::passthroughTraffic()
{
    QFETCH(QString, policy);
    QFETCH(bool, vip);
    QFETCH(int, port);
    QFETCH(int, protocol);
    const auto routing = model(istioIo(vip), mode(policy.toLatin1().constData()));
    const Protocol call = Protocol(protocol);
    const RouteAnswer answer =
        routing->route(request(QStringLiteral("default"), quint32(port), QStringLiteral("1.3.3.7"),
                               QStringLiteral("foo"), call));
    const bool isHttp = call == Protocol::Http;
    const bool httpPort = port == 80 || port == 85 || port == 86;
    const bool autoPort = port == 81;
    QString cluster = policy == u"REGISTRY_ONLY" ? QStringLiteral("BlackHoleCluster")
                      : policy == u"ALLOW_ANY"   ? QStringLiteral("PassthroughCluster")
                                                 : QStringLiteral("AllowAnyDynamicDNSCluster");
    QString virtualHost;
    if (vip) {
        if (policy == u"REGISTRY_ONLY" && isHttp && httpPort) {
            cluster.clear();
            virtualHost = QStringLiteral("block_all");
        } else if (policy == u"ALLOW_ANY_DYNAMIC_DNS" && !isHttp) {
            cluster = QStringLiteral("PassthroughCluster");
        }
    } else {
        if (policy == u"REGISTRY_ONLY" && isHttp && (httpPort || autoPort)) {
            cluster.clear();
            virtualHost = QStringLiteral("block_all");
        } else if (policy == u"ALLOW_ANY_DYNAMIC_DNS" && (!isHttp || !(httpPort || autoPort))) {
            cluster = QStringLiteral("PassthroughCluster");
        }
        // TCP without a VIP captures everything; auto without one routes HTTP by Host.
        if (port == 82 || (port == 81 && !isHttp)) {
            cluster = QStringLiteral("outbound|%1||istio.io").arg(port);
            virtualHost.clear();
        }
    }
    QVERIFY2(answer.cluster == cluster, qPrintable(answer.cluster + u'\n' + story(answer)));
    if (!virtualHost.isEmpty() || answer.virtualHost == u"block_all")
        QCOMPARE(answer.virtualHost, virtualHost);
}

/// ISTIO-ROUTING.md §8: TLS to 1.3.3.7:83 (SNI foo), VIP 1.2.3.4, REGISTRY_ONLY.
void RoutingSimulationTest::worked83TlsRegistryOnly()
{
    const auto routing = model(istioIo(true), mode("REGISTRY_ONLY"));
    const RouteAnswer answer =
        routing->route(request(QStringLiteral("default"), 83, QStringLiteral("1.3.3.7"),
                               QStringLiteral("foo"), Protocol::Tls));
    QCOMPARE(answer.listener, QStringLiteral("virtualOutbound"));
    QCOMPARE(answer.cluster, QStringLiteral("BlackHoleCluster"));
    QCOMPARE(answer.outcome, QStringLiteral("blackhole"));
    QCOMPARE(answer.virtualHost, QString());
    QCOMPARE(stepRules(answer), (QStringList{"SIDECAR-DEFAULT", "OUTBOUND-POLICY", "ADDRESS",
                                             "LISTENER-VIRTUAL-OUTBOUND", "FALLBACK"}));
    QCOMPARE(answer.steps[3].detail,
             QStringLiteral("No listener has 1.3.3.7:83 (only 1.2.3.4_83): the connection goes "
                            "to virtualOutbound (0.0.0.0_15001)."));
    QCOMPARE(answer.steps[4].detail,
             QStringLiteral("BlackHoleCluster: REGISTRY_ONLY closes the connection."));
}

/// §8: without a VIP, raw TCP to any IP on port 82 goes to the entry whatever the policy.
void RoutingSimulationTest::workedRawTcpCapturesPort()
{
    for (const char *policy : {"REGISTRY_ONLY", "ALLOW_ANY", "ALLOW_ANY_DYNAMIC_DNS"}) {
        const auto routing = model(istioIo(false), mode(policy));
        const RouteAnswer answer = routing->route(request(
            QStringLiteral("default"), 82, QStringLiteral("8.8.8.8"), QString(), Protocol::Tcp));
        QCOMPARE(answer.listener, QStringLiteral("0.0.0.0_82"));
        QCOMPARE(answer.cluster, QStringLiteral("outbound|82||istio.io"));
        QCOMPARE(answer.outcome, QStringLiteral("service"));
        QVERIFY(answer.hasServiceEntry);
        QCOMPARE(answer.serviceEntry.name, QStringLiteral("se"));
        QCOMPARE(answer.serviceEntry.port, 82u);
        QCOMPARE(stepRules(answer).mid(3),
                 (QStringList{"LISTENER-WILDCARD", "DEFAULT-CHAIN", "CLUSTER"}));
        QCOMPARE(answer.steps.last().detail,
                 QStringLiteral("Cluster outbound|82||istio.io of ServiceEntry default/se "
                                "(resolution DNS): STRICT_DNS, endpoint istio.io:82."));
    }
}

/// §8 and TestServiceEntryDuplicatedHostname: the legacy allocator gives both entries of
/// default/istio.io 240.240.91.120.
void RoutingSimulationTest::workedLegacyAutoAllocation()
{
    const QByteArray entries = R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: istio-http
spec:
  hosts:
  - istio.io
  location: MESH_EXTERNAL
  ports:
  - number: 80
    name: http
    protocol: HTTP
  resolution: DNS
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: istio-https
spec:
  hosts:
  - istio.io
  location: MESH_EXTERNAL
  ports:
  - number: 443
    name: https
    protocol: HTTPS
  resolution: DNS
)";
    const QByteArray mesh = R"(defaultConfig:
  proxyMetadata:
    ISTIO_META_DNS_CAPTURE: "true"
    ISTIO_META_DNS_AUTO_ALLOCATE: "true"
    PILOT_ENABLE_IP_AUTOALLOCATE: "false"
)";
    const auto routing = model(entries, mesh);
    RouteAnswer http =
        routing->route(request(QStringLiteral("default"), 80, QStringLiteral("240.240.91.120"),
                               QStringLiteral("istio.io"), Protocol::Http));
    QCOMPARE(http.listener, QStringLiteral("0.0.0.0_80"));
    QCOMPARE(http.cluster, QStringLiteral("outbound|80||istio.io"));
    QCOMPARE(http.virtualHost, QStringLiteral("istio.io:80"));
    const RouteAnswer tls =
        routing->route(request(QStringLiteral("default"), 443, QStringLiteral("240.240.91.120"),
                               QStringLiteral("istio.io"), Protocol::Https));
    QCOMPARE(tls.listener, QStringLiteral("240.240.91.120_443"));
    QCOMPARE(tls.cluster, QStringLiteral("outbound|443||istio.io"));
    QCOMPARE(tls.virtualHost, QString());
    // Without an address, the request goes where DNS capture sends it.
    const RouteAnswer defaulted = routing->route(request(
        QStringLiteral("default"), 443, QString(), QStringLiteral("istio.io"), Protocol::Default));
    QCOMPARE(defaulted.request.address, QStringLiteral("240.240.91.120"));
    QCOMPARE(defaulted.chosenProtocol, QStringLiteral("https"));
    QCOMPARE(defaulted.request.sni, QStringLiteral("istio.io"));
    QCOMPARE(defaulted.listener, QStringLiteral("240.240.91.120_443"));
    QCOMPARE(defaulted.cluster, QStringLiteral("outbound|443||istio.io"));
}

namespace {

QByteArray twoEntries(const QString &first, const QString &second, const char *protocol)
{
    return QStringLiteral(R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: se1
spec:
  hosts:
  - blah1.somedomain
  addresses:
  - %1
  ports:
  - number: 9999
    name: port-9999
    protocol: %3
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: se2
spec:
  hosts:
  - blah2.somedomain
  addresses:
  - %2
  ports:
  - number: 9999
    name: port-9999
    protocol: %3
)")
        .arg(first, second, QLatin1String(protocol))
        .toUtf8();
}

} // namespace

/// TestServiceEntry "identical CIDR (ignoring insignificant bits) is dropped".
void RoutingSimulationTest::identicalCidrIsDropped()
{
    const auto routing =
        model(twoEntries(QStringLiteral("1234:1f1:123:123:f816:3eff:feb8:2287/32"),
                         QStringLiteral("1234:1f1:123:123:f816:3eff:febf:57ce/32"), "TCP"));
    const RouteAnswer answer =
        routing->route(request(QStringLiteral("default"), 9999,
                               QStringLiteral("1234:1f1:1:1:1:1:1:1"), QString(), Protocol::Tcp));
    QCOMPARE(answer.listener, QStringLiteral("0.0.0.0_9999"));
    QCOMPARE(answer.cluster, QStringLiteral("outbound|9999||blah1.somedomain"));
}

/// TestServiceEntry "overlapping CIDR": the longest prefix wins.
void RoutingSimulationTest::overlappingCidrLongestPrefix()
{
    const auto routing =
        model(twoEntries(QStringLiteral("1234:1f1:123:123:f816:3eff:feb8:2287/16"),
                         QStringLiteral("1234:1f1:123:123:f816:3eff:febf:57ce/32"), "TCP"));
    RouteAnswer answer = routing->route(
        request(QStringLiteral("default"), 9999,
                QStringLiteral("1234:1f1:123:123:f816:3eff:febf:57ce"), QString(), Protocol::Tcp));
    QCOMPARE(answer.listener, QStringLiteral("0.0.0.0_9999"));
    QCOMPARE(answer.cluster, QStringLiteral("outbound|9999||blah2.somedomain"));
    answer = routing->route(request(QStringLiteral("default"), 9999, QStringLiteral("1234::1"),
                                    QString(), Protocol::Tcp));
    QCOMPARE(answer.cluster, QStringLiteral("outbound|9999||blah1.somedomain"));
}

/// TestServiceEntry "overlapping CIDR with SNI": the IP decides before SNI (istio#52235).
void RoutingSimulationTest::overlappingCidrSniMismatch()
{
    const auto routing =
        model(twoEntries(QStringLiteral("1234:1f1:123:123:f816:3eff:feb8:2287/16"),
                         QStringLiteral("1234:1f1:123:123:f816:3eff:febf:57ce/32"), "TLS"));
    const QString longer = QStringLiteral("1234:1f1:123:123:f816:3eff:febf:57ce");
    RouteAnswer answer = routing->route(request(QStringLiteral("default"), 9999, longer, QString(),
                                                Protocol::Tls, QStringLiteral("blah2.somedomain")));
    QCOMPARE(answer.cluster, QStringLiteral("outbound|9999||blah2.somedomain"));
    answer = routing->route(request(QStringLiteral("default"), 9999, longer, QString(),
                                    Protocol::Tls, QStringLiteral("blah1.somedomain")));
    QCOMPARE(answer.listener, QStringLiteral("0.0.0.0_9999"));
    QCOMPARE(answer.cluster, QStringLiteral("PassthroughCluster"));
    QCOMPARE(stepRules(answer).last(2), (QStringList{"DEFAULT-CHAIN", "FALLBACK"}));
    answer = routing->route(request(QStringLiteral("default"), 9999, QStringLiteral("1234::1"),
                                    QString(), Protocol::Tls, QStringLiteral("blah1.somedomain")));
    QCOMPARE(answer.cluster, QStringLiteral("outbound|9999||blah1.somedomain"));
}

/// TestServiceEntry "partial overlap of IP" (istio#52847).
void RoutingSimulationTest::partialOverlapOfIp()
{
    const QByteArray entries = R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: se1
spec:
  hosts:
  - blah1.somedomain
  addresses: ["1.1.1.1"]
  ports:
  - number: 9999
    name: port-9999
    protocol: TCP
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: se2
spec:
  hosts:
  - blah2.somedomain
  addresses: ["2.2.2.2", "1.1.1.1"]
  ports:
  - number: 9999
    name: port-9999
    protocol: TCP
)";
    const auto routing = model(entries);
    RouteAnswer answer = routing->route(request(
        QStringLiteral("default"), 9999, QStringLiteral("2.2.2.2"), QString(), Protocol::Tcp));
    QCOMPARE(answer.listener, QStringLiteral("2.2.2.2_9999"));
    QCOMPARE(answer.cluster, QStringLiteral("outbound|9999||blah2.somedomain"));
    answer = routing->route(request(QStringLiteral("default"), 9999, QStringLiteral("1.1.1.1"),
                                    QString(), Protocol::Tcp));
    QCOMPARE(answer.listener, QStringLiteral("1.1.1.1_9999"));
    QCOMPARE(answer.cluster, QStringLiteral("outbound|9999||blah1.somedomain"));
}

/// TestLoop: the sidecar's own ports are blackholed.
void RoutingSimulationTest::loop()
{
    const auto routing = model(istioIo(false));
    for (const quint32 port : {15001u, 15006u}) {
        const RouteAnswer answer = routing->route(request(
            QStringLiteral("default"), port, QStringLiteral("1.3.3.7"), QString(), Protocol::Tcp));
        QCOMPARE(answer.cluster, QStringLiteral("BlackHoleCluster"));
        QCOMPARE(stepRules(answer).last(), QStringLiteral("LOOP"));
    }
}

QTEST_GUILESS_MAIN(RoutingSimulationTest)
#include "tst_routingsimulation.moc"
