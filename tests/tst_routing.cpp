// The routing model on hand-written configurations, one per rule of ISTIO-ROUTING.md.

#include "routingtesthelpers.h"
#include "workloadinventory.h"

using namespace MeshEntry;
using namespace MeshEntry::RoutingTest;
using Protocol = RoutingRequest::Protocol;

namespace {

/// A ServiceEntry document; extra is inserted under spec (two-space indented lines).
QByteArray entry(const char *name, const char *ns, const char *hosts, const char *ports,
                 const QByteArray &extra = {}, const QByteArray &metadata = {})
{
    return QByteArray("---\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                      "  name: ") +
           name + "\n  namespace: " + ns + "\n" + metadata + "spec:\n  hosts: " + hosts +
           "\n  ports: " + ports + "\n" + extra;
}

QByteArray sidecar(const char *name, const char *ns, const QByteArray &spec)
{
    return QByteArray(
               "---\napiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata:\n  name: ") +
           name + "\n  namespace: " + ns + "\nspec:\n" + spec;
}

const char *https = "[{number: 443, name: https, protocol: HTTPS}]";
const char *http = "[{number: 80, name: http, protocol: HTTP}]";
const char *tcp5432 = "[{number: 5432, name: pg, protocol: TCP}]";

RouteAnswer ask(const RoutingModel &routing, const char *from, quint32 port, const char *host,
                Protocol protocol = Protocol::Default, const char *address = "")
{
    return routing.route(request(QString::fromLatin1(from), port, QString::fromLatin1(address),
                                 QString::fromLatin1(host), protocol));
}

} // namespace

class RoutingModelTest : public QObject
{
    Q_OBJECT

private slots:
    // §3.1 exportTo
    void exportToOwnNamespace();
    void exportToNamedNamespaceAndNone();
    void meshDefaultExportTo();
    // §2.5 serviceEntryVisibility
    void serviceEntryVisibilityNarrows();
    void serviceEntryVisibilityUnknownLabels();
    // §3.2 the Sidecar that applies
    void ownSidecarReplacesRoot();
    void rootSidecarEvaluatedInNamespace();
    void sidecarWithoutEgressImportsAll();
    void sidecarPolicyWithoutModeBlocks();
    void egressProxy();
    // §3.3 imports
    void importExactHostAnyNamespace();
    void importExclusion();
    void egressPortImportsOnlyThatPort();
    void invalidEgressHostIgnored();
    // §3.4 duplicate hosts
    void ownNamespaceWins();
    void exportedExplicitlyBeforePublic();
    void oldestWins();
    void sameNamespaceMerge();
    void sameNamespaceWithoutMergeHasNoCluster();
    // §4 listeners and filter chains
    void httpBindsWildcardWhateverTheAddress();
    void tlsVipListenerIgnoresSni();
    void tlsWithoutAddressMatchesSni();
    void noAddressTcpFirstWins();
    void wellKnownPortDropsOtherProtocol();
    void httpOverTcpIsSniffed();
    void autoWithVipSniffsAnyHost();
    void headlessEndpointsGetListeners();
    void unknownAutoAllocatedAddress();
    // §6 virtual hosts
    void domainMatching();
    void kubernetesShortNames();
    // §2 from ServiceEntry to Services and clusters
    void fullLengthCidrIsAnAddress();
    void clusterTypesAndEndpoints();
    void endpointPortPrecedence();
    void selectorEndpointsFollowTheMatcher();
    void dnsEntryTakesHostNameAndSocketWorkloads();
    void selectorMatchesTopologyLabels();
    void statusAddressesWithDnsCapture();
    void dynamicDnsCatchAll();
    // defaults of the request
    void protocolFromDeclaredPort();
    void addressFromEntry();
};

void RoutingModelTest::exportToOwnNamespace()
{
    const auto routing =
        model(entry("api", "payments", "[api.example.com]", https, "  exportTo: [\".\"]\n"));
    RouteAnswer answer = ask(*routing, "payments", 443, "api.example.com");
    QCOMPARE(answer.cluster, QStringLiteral("outbound|443||api.example.com"));
    QCOMPARE(answer.listener, QStringLiteral("0.0.0.0_443"));
    QCOMPARE(answer.outcome, QStringLiteral("service"));
    QCOMPARE(stepRules(answer),
             (QStringList{"SIDECAR-DEFAULT", "OUTBOUND-POLICY", "ADDRESS", "EXPORTTO",
                          "LISTENER-WILDCARD", "FILTER-CHAIN", "CLUSTER"}));
    QCOMPARE(
        answer.steps[3].detail,
        QStringLiteral(
            "ServiceEntry payments/api exports api.example.com to payments (exportTo [\".\"])."));
    QCOMPARE(answer.steps[3].path.toString(), QStringLiteral("spec.exportTo"));
    answer = ask(*routing, "orders", 443, "api.example.com");
    QCOMPARE(answer.cluster, QStringLiteral("PassthroughCluster"));
    QCOMPARE(answer.listener, QStringLiteral("virtualOutbound"));
    QCOMPARE(answer.steps[3].detail,
             QStringLiteral("ServiceEntry payments/api does not export api.example.com to orders "
                            "(exportTo [\".\"])."));
}

void RoutingModelTest::exportToNamedNamespaceAndNone()
{
    const auto routing =
        model(entry("api", "payments", "[api.example.com]", https, "  exportTo: [billing]\n") +
              entry("hidden", "payments", "[hidden.example.com]", https, "  exportTo: [\"~\"]\n"));
    QCOMPARE(ask(*routing, "billing", 443, "api.example.com").outcome, QStringLiteral("service"));
    QCOMPARE(ask(*routing, "payments", 443, "api.example.com").outcome,
             QStringLiteral("passthrough"));
    QCOMPARE(ask(*routing, "payments", 443, "hidden.example.com").outcome,
             QStringLiteral("passthrough"));
}

void RoutingModelTest::meshDefaultExportTo()
{
    const auto routing = model(entry("api", "payments", "[api.example.com]", https),
                               "defaultServiceExportTo: [\".\"]\n");
    QCOMPARE(ask(*routing, "payments", 443, "api.example.com").outcome, QStringLiteral("service"));
    const RouteAnswer other = ask(*routing, "orders", 443, "api.example.com");
    QCOMPARE(other.outcome, QStringLiteral("passthrough"));
    QCOMPARE(other.steps[3].detail,
             QStringLiteral("ServiceEntry payments/api does not export api.example.com to orders "
                            "(exportTo [\".\"])."));
    QCOMPARE(other.steps[3].path.toString(), QStringLiteral("metadata.name"));
}

void RoutingModelTest::serviceEntryVisibilityNarrows()
{
    const QByteArray mesh = R"(serviceEntryVisibility:
  applyToSidecars: true
  policies:
  - visibility: NAMESPACE
    matchingRules:
    - namespaceSelector:
        matchLabels:
          tenant: "true"
)";
    const QByteArray namespaces = R"(---
apiVersion: v1
kind: Namespace
metadata:
  name: payments
  labels:
    tenant: "true"
)";
    const auto routing =
        model(namespaces + entry("api", "payments", "[api.example.com]", https), mesh);
    QCOMPARE(ask(*routing, "payments", 443, "api.example.com").outcome, QStringLiteral("service"));
    const RouteAnswer other = ask(*routing, "orders", 443, "api.example.com");
    QCOMPARE(other.outcome, QStringLiteral("passthrough"));
    QCOMPARE(other.steps[3].detail,
             QStringLiteral("ServiceEntry payments/api does not export api.example.com to orders "
                            "(exportTo [\"*\"], narrowed to [\".\"] by serviceEntryVisibility)."));
    QVERIFY(other.unknowns.size() == 1); // the DNS answer only
}

void RoutingModelTest::serviceEntryVisibilityUnknownLabels()
{
    const QByteArray mesh = R"(serviceEntryVisibility:
  applyToSidecars: true
  policies:
  - visibility: NONE
    matchingRules:
    - namespaceSelector:
        matchLabels:
          locked: "true"
)";
    const auto routing = model(entry("api", "payments", "[api.example.com]", https), mesh);
    const RouteAnswer answer = ask(*routing, "orders", 443, "api.example.com");
    QCOMPARE(answer.outcome, QStringLiteral("service"));
    QVERIFY2(answer.unknowns.contains(QStringLiteral(
                 "the labels of namespace payments are not known: serviceEntryVisibility may "
                 "narrow the exportTo of payments/api")),
             qPrintable(answer.unknowns.join(u'\n')));
}

void RoutingModelTest::ownSidecarReplacesRoot()
{
    const auto routing =
        model(entry("api", "shared", "[api.example.com]", https) +
              sidecar("default", "istio-system", "  egress:\n  - hosts: [\"*/*\"]\n") +
              sidecar("default", "payments", "  egress:\n  - hosts: [\"./*\"]\n"));
    const RouteAnswer payments = ask(*routing, "payments", 443, "api.example.com");
    QCOMPARE(payments.outcome, QStringLiteral("passthrough"));
    QCOMPARE(stepRules(payments).first(), QStringLiteral("SIDECAR-OWN"));
    QCOMPARE(payments.steps[4].rule, QStringLiteral("IMPORT"));
    QCOMPARE(payments.steps[4].detail,
             QStringLiteral("Sidecar payments/default does not import it: no egress host of "
                            "egress[0] covers shared/api.example.com."));
    const RouteAnswer orders = ask(*routing, "orders", 443, "api.example.com");
    QCOMPARE(orders.outcome, QStringLiteral("service"));
    QCOMPARE(stepRules(orders).first(), QStringLiteral("SIDECAR-ROOT"));
}

void RoutingModelTest::rootSidecarEvaluatedInNamespace()
{
    const auto routing =
        model(entry("api", "payments", "[api.example.com]", https) +
              entry("api", "orders", "[orders.example.com]", https) +
              sidecar("default", "istio-system", "  egress:\n  - hosts: [\"./*\"]\n"));
    QCOMPARE(ask(*routing, "payments", 443, "api.example.com").outcome, QStringLiteral("service"));
    QCOMPARE(ask(*routing, "payments", 443, "orders.example.com").outcome,
             QStringLiteral("passthrough"));
    QCOMPARE(ask(*routing, "orders", 443, "orders.example.com").outcome, QStringLiteral("service"));
    QCOMPARE(ask(*routing, "orders", 443, "api.example.com").steps.first().detail,
             QStringLiteral(
                 "orders has no Sidecar of its own, so Sidecar istio-system/default of "
                 "the root namespace applies, read as if it were in orders (./ means orders)."));
}

void RoutingModelTest::sidecarWithoutEgressImportsAll()
{
    const auto routing =
        model(entry("api", "shared", "[api.example.com]", https) +
              sidecar("default", "payments", "  outboundTrafficPolicy:\n    mode: ALLOW_ANY\n"));
    QCOMPARE(ask(*routing, "payments", 443, "api.example.com").outcome, QStringLiteral("service"));
}

void RoutingModelTest::sidecarPolicyWithoutModeBlocks()
{
    const auto routing = model(
        sidecar("default", "payments",
                "  outboundTrafficPolicy:\n    egressProxy:\n      host: egress.example.com\n"));
    const RouteAnswer answer = ask(*routing, "payments", 443, "unknown.example.com");
    QCOMPARE(answer.cluster, QStringLiteral("BlackHoleCluster"));
    QCOMPARE(answer.steps[1].detail,
             QStringLiteral("Outbound traffic policy REGISTRY_ONLY, from Sidecar payments/default; "
                            "its egressProxy is only used with mode ALLOW_ANY, so it is ignored "
                            "(a Sidecar policy without a mode means REGISTRY_ONLY)."));
}

void RoutingModelTest::egressProxy()
{
    const auto routing =
        model(entry("web", "payments", "[web.example.com]", http) +
              sidecar("default", "payments",
                      "  outboundTrafficPolicy:\n    mode: ALLOW_ANY\n    egressProxy:\n"
                      "      host: egress.example.com\n      subset: v1\n"
                      "      port:\n        number: 3128\n"));
    RouteAnswer answer = ask(*routing, "payments", 443, "unknown.example.com", Protocol::Tls);
    QCOMPARE(answer.cluster, QStringLiteral("outbound|3128|v1|egress.example.com"));
    QCOMPARE(answer.outcome, QStringLiteral("egress-proxy"));
    answer = ask(*routing, "payments", 80, "other.example.com", Protocol::Http);
    QCOMPARE(answer.virtualHost, QStringLiteral("allow_any"));
    QCOMPARE(answer.cluster, QStringLiteral("outbound|3128|v1|egress.example.com"));
}

void RoutingModelTest::importExactHostAnyNamespace()
{
    const auto routing =
        model(entry("api", "shared", "[api.example.com, other.example.com]", https) +
              sidecar("default", "payments", "  egress:\n  - hosts: [\"*/api.example.com\"]\n"));
    const RouteAnswer answer = ask(*routing, "payments", 443, "api.example.com");
    QCOMPARE(answer.outcome, QStringLiteral("service"));
    QCOMPARE(answer.steps[4].detail,
             QStringLiteral(
                 "Sidecar payments/default imports it with egress host \"*/api.example.com\"."));
    QCOMPARE(answer.steps[4].path.toString(), QStringLiteral("spec.egress[0].hosts[0]"));
    QCOMPARE(ask(*routing, "payments", 443, "other.example.com").outcome,
             QStringLiteral("passthrough"));
}

void RoutingModelTest::importExclusion()
{
    const auto routing = model(
        entry("api", "shared", "[api.example.com, other.example.com]", https) +
        sidecar("default", "payments", "  egress:\n  - hosts: [\"*/*\", \"~/api.example.com\"]\n"));
    const RouteAnswer answer = ask(*routing, "payments", 443, "api.example.com");
    QCOMPARE(answer.outcome, QStringLiteral("passthrough"));
    QCOMPARE(answer.steps[4].detail,
             QStringLiteral(
                 "Sidecar payments/default excludes it with egress host \"~/api.example.com\"."));
    QCOMPARE(ask(*routing, "payments", 443, "other.example.com").outcome,
             QStringLiteral("service"));
}

void RoutingModelTest::egressPortImportsOnlyThatPort()
{
    const auto routing = model(
        entry("db", "shared", "[db.example.com]", tcp5432, "  addresses: [10.0.0.5]\n") +
        entry("api", "shared", "[api.example.com]", https) +
        sidecar(
            "default", "payments",
            "  egress:\n  - port: {number: 5432, protocol: TCP, name: pg}\n    hosts: [\"*/*\"]\n"
            "  - hosts: [\"shared/db.example.com\"]\n"));
    RouteAnswer answer = ask(*routing, "payments", 5432, "db.example.com");
    QCOMPARE(answer.listener, QStringLiteral("10.0.0.5_5432"));
    QCOMPARE(answer.cluster, QStringLiteral("outbound|5432||db.example.com"));
    QVERIFY(stepRules(answer).contains(QStringLiteral("EGRESS-PORT")));
    answer = ask(*routing, "payments", 443, "api.example.com");
    QCOMPARE(answer.outcome, QStringLiteral("passthrough"));
}

void RoutingModelTest::invalidEgressHostIgnored()
{
    const auto routing =
        model(entry("api", "shared", "[api.example.com]", https) +
              sidecar("default", "payments", "  egress:\n  - hosts: [api.example.com]\n"));
    QCOMPARE(ask(*routing, "payments", 443, "api.example.com").outcome,
             QStringLiteral("passthrough"));
}

void RoutingModelTest::ownNamespaceWins()
{
    const auto routing = model(entry("api", "shared", "[api.example.com]", https, {},
                                     "  creationTimestamp: \"2020-01-01T00:00:00Z\"\n") +
                               entry("api", "payments", "[api.example.com]", https,
                                     "  addresses: [10.1.1.1]\n  exportTo: [\".\"]\n",
                                     "  creationTimestamp: \"2024-01-01T00:00:00Z\"\n"));
    RouteAnswer answer = ask(*routing, "payments", 443, "api.example.com");
    QCOMPARE(answer.serviceEntry.namespaceName, QStringLiteral("payments"));
    QCOMPARE(answer.listener, QStringLiteral("10.1.1.1_443"));
    QVERIFY2(answer.steps.size() > 4 && answer.steps[4].rule == u"HOST-NAMESPACE",
             qPrintable(story(answer)));
    QCOMPARE(
        answer.steps[4].detail,
        QStringLiteral("api.example.com also comes from ServiceEntry payments/api in payments, "
                       "and that one wins for sidecars in payments: an entry in the sidecar's "
                       "own namespace wins."));
    answer = ask(*routing, "orders", 443, "api.example.com");
    QCOMPARE(answer.serviceEntry.namespaceName, QStringLiteral("shared"));
}

void RoutingModelTest::exportedExplicitlyBeforePublic()
{
    const auto routing =
        model(entry("old", "a", "[api.example.com]", https, {},
                    "  creationTimestamp: \"2020-01-01T00:00:00Z\"\n") +
              entry("new", "b", "[api.example.com]", https, "  exportTo: [orders]\n",
                    "  creationTimestamp: \"2024-01-01T00:00:00Z\"\n"));
    QCOMPARE(ask(*routing, "orders", 443, "api.example.com").serviceEntry.name,
             QStringLiteral("new"));
    QCOMPARE(ask(*routing, "billing", 443, "api.example.com").serviceEntry.name,
             QStringLiteral("old"));
}

void RoutingModelTest::oldestWins()
{
    const auto routing = model(entry("new", "a", "[api.example.com]", https, {},
                                     "  creationTimestamp: \"2024-01-01T00:00:00Z\"\n") +
                               entry("old", "b", "[api.example.com]", https, {},
                                     "  creationTimestamp: \"2020-01-01T00:00:00Z\"\n"));
    const RouteAnswer answer = ask(*routing, "orders", 443, "api.example.com");
    QCOMPARE(answer.serviceEntry.name, QStringLiteral("old"));
    QVERIFY(story(answer).contains(QStringLiteral(
        "api.example.com also comes from ServiceEntry b/old in b, and that one wins for sidecars "
        "in orders: it comes first in creation order.")));
}

void RoutingModelTest::sameNamespaceMerge()
{
    const auto routing =
        model(entry("http", "payments", "[api.example.com]", http, "  resolution: DNS\n") +
              entry("https", "payments", "[api.example.com]", https, "  resolution: DNS\n"));
    const RouteAnswer answer = ask(*routing, "payments", 443, "api.example.com");
    QCOMPARE(answer.cluster, QStringLiteral("outbound|443||api.example.com"));
    QCOMPARE(answer.outcome, QStringLiteral("service"));
    QVERIFY(stepRules(answer).contains(QStringLiteral("HOST-MERGE")));
}

void RoutingModelTest::sameNamespaceWithoutMergeHasNoCluster()
{
    const auto routing =
        model(entry("http", "payments", "[api.example.com]", http, "  resolution: DNS\n") +
              entry("https", "payments", "[api.example.com]", https, "  resolution: NONE\n"));
    const RouteAnswer answer = ask(*routing, "payments", 443, "api.example.com");
    QCOMPARE(answer.cluster, QStringLiteral("outbound|443||api.example.com"));
    QCOMPARE(answer.outcome, QStringLiteral("missing-cluster"));
    QCOMPARE(stepRules(answer).last(), QStringLiteral("CLUSTER-MISSING"));
    QCOMPARE(answer.steps.last().detail,
             QStringLiteral("istiod builds no cluster outbound|443||api.example.com: ServiceEntry "
                            "payments/http keeps the host api.example.com and the ports of "
                            "payments/https were not merged into it (resolutions differ). The "
                            "connection fails."));
}

void RoutingModelTest::httpBindsWildcardWhateverTheAddress()
{
    const auto routing =
        model(entry("web", "payments", "[web.example.com]", http, "  addresses: [10.2.2.2]\n"));
    const RouteAnswer answer =
        ask(*routing, "payments", 80, "web.example.com", Protocol::Http, "10.2.2.2");
    QCOMPARE(answer.listener, QStringLiteral("0.0.0.0_80"));
    QCOMPARE(answer.virtualHost, QStringLiteral("web.example.com:80"));
    // The VIP is a domain of the virtual host.
    QCOMPARE(ask(*routing, "payments", 80, "10.2.2.2", Protocol::Http, "10.2.2.2").virtualHost,
             QStringLiteral("web.example.com:80"));
}

void RoutingModelTest::tlsVipListenerIgnoresSni()
{
    const auto routing =
        model(entry("api", "payments", "[api.example.com]", https, "  addresses: [10.3.3.3]\n"));
    const RouteAnswer answer =
        routing->route(request(QStringLiteral("payments"), 443, QStringLiteral("10.3.3.3"),
                               QString(), Protocol::Tls, QStringLiteral("anything.example.org")));
    QCOMPARE(answer.listener, QStringLiteral("10.3.3.3_443"));
    QCOMPARE(answer.cluster, QStringLiteral("outbound|443||api.example.com"));
    QCOMPARE(stepRules(answer).mid(3),
             (QStringList{"LISTENER-ADDRESS", "DEFAULT-CHAIN", "CLUSTER"}));
    QCOMPARE(
        answer.steps[3].detail,
        QStringLiteral("Listener 10.3.3.3_443 takes the connection: it is bound to the address "
                       "of api.example.com (ServiceEntry payments/api, HTTPS)."));
}

void RoutingModelTest::tlsWithoutAddressMatchesSni()
{
    const auto routing =
        model(entry("api", "payments", "[api.example.com, \"*.cdn.example.com\"]", https));
    QCOMPARE(routing
                 ->route(request(QStringLiteral("payments"), 443, QStringLiteral("1.1.1.1"),
                                 QString(), Protocol::Tls, QStringLiteral("img.cdn.example.com")))
                 .cluster,
             QStringLiteral("outbound|443||*.cdn.example.com"));
    QCOMPARE(routing
                 ->route(request(QStringLiteral("payments"), 443, QStringLiteral("1.1.1.1"),
                                 QString(), Protocol::Tls, QStringLiteral("cdn.example.com")))
                 .cluster,
             QStringLiteral("PassthroughCluster"));
}

void RoutingModelTest::noAddressTcpFirstWins()
{
    const auto routing = model(entry("a", "payments", "[a.example.com]", tcp5432) +
                               entry("b", "payments", "[b.example.com]", tcp5432));
    const RouteAnswer answer =
        ask(*routing, "payments", 5432, "b.example.com", Protocol::Tcp, "10.9.9.9");
    QCOMPARE(answer.cluster, QStringLiteral("outbound|5432||a.example.com"));
    QCOMPARE(answer.warnings, QStringList{QStringLiteral(
                                  "the filter chain of b.example.com (payments/b) on 0.0.0.0_5432 "
                                  "was dropped: a.example.com (payments/a) has the same match")});
}

void RoutingModelTest::wellKnownPortDropsOtherProtocol()
{
    const auto routing = model(entry("web", "payments", "[web.example.com]",
                                     "[{number: 27017, name: http, protocol: HTTP}]") +
                               entry("mongo", "payments", "[mongo.example.com]",
                                     "[{number: 27017, name: mongo, protocol: MONGO}]", {},
                                     "  creationTimestamp: \"2030-01-01T00:00:00Z\"\n"));
    const auto plan = routing->plan(QStringLiteral("payments"), 27017);
    QCOMPARE(plan->dropped.size(), 1);
    QCOMPARE(plan->dropped.first().reason, DroppedChain::Reason::WellKnownPort);
    QCOMPARE(
        ask(*routing, "payments", 27017, "mongo.example.com", Protocol::Tcp, "10.0.0.1").cluster,
        QStringLiteral("PassthroughCluster"));
}

void RoutingModelTest::httpOverTcpIsSniffed()
{
    const auto routing = model(
        entry("db", "payments", "[db.example.com]", "[{number: 8000, name: tcp, protocol: TCP}]") +
        entry("web", "payments", "[web.example.com]",
              "[{number: 8000, name: http, protocol: HTTP}]"));
    QCOMPARE(
        ask(*routing, "payments", 8000, "web.example.com", Protocol::Http, "10.0.0.1").virtualHost,
        QStringLiteral("web.example.com:8000"));
    QCOMPARE(ask(*routing, "payments", 8000, "db.example.com", Protocol::Tcp, "10.0.0.1").cluster,
             QStringLiteral("outbound|8000||db.example.com"));
    QCOMPARE(routing->plan(QStringLiteral("payments"), 8000)
                 ->listener(QStringLiteral("0.0.0.0"))
                 ->protocol,
             IstioProtocol(IstioProtocol::Unsupported));
}

void RoutingModelTest::autoWithVipSniffsAnyHost()
{
    const auto routing = model(entry("svc", "payments", "[svc.example.com]",
                                     "[{number: 9000, name: auto}]", "  addresses: [10.4.4.4]\n"));
    const RouteAnswer answer =
        ask(*routing, "payments", 9000, "whatever.example.org", Protocol::Http, "10.4.4.4");
    QCOMPARE(answer.listener, QStringLiteral("10.4.4.4_9000"));
    QCOMPARE(answer.virtualHost, QStringLiteral("svc.example.com:9000"));
    QCOMPARE(answer.cluster, QStringLiteral("outbound|9000||svc.example.com"));
    QVERIFY(story(answer).contains(
        QStringLiteral("Route svc.example.com:9000 belongs to the sniffed listener")));
}

void RoutingModelTest::headlessEndpointsGetListeners()
{
    const QByteArray workloads = R"(---
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata:
  name: vm-1
  namespace: payments
spec:
  address: 10.20.0.11
  labels:
    app: legacy
)";
    const auto routing =
        model(entry("legacy", "payments", "[legacy.example.com]", tcp5432,
                    "  resolution: NONE\n  workloadSelector:\n    labels:\n      app: legacy\n") +
              workloads);
    RouteAnswer answer = ask(*routing, "payments", 5432, "", Protocol::Tcp, "10.20.0.11");
    QCOMPARE(answer.listener, QStringLiteral("10.20.0.11_5432"));
    QCOMPARE(answer.cluster, QStringLiteral("outbound|5432||legacy.example.com"));
    QVERIFY(story(answer).contains(QStringLiteral("ORIGINAL_DST")));
    answer = ask(*routing, "payments", 5432, "", Protocol::Tcp, "10.20.0.99");
    QCOMPARE(answer.listener, QStringLiteral("virtualOutbound"));
    // A selector that selects nothing gives no listener at all.
    const auto none =
        model(entry("legacy", "payments", "[legacy.example.com]", tcp5432,
                    "  resolution: NONE\n  workloadSelector:\n    labels:\n      app: gone\n"));
    answer = ask(*none, "payments", 5432, "legacy.example.com", Protocol::Tcp, "10.20.0.11");
    QCOMPARE(answer.listener, QStringLiteral("virtualOutbound"));
    QCOMPARE(answer.warnings,
             QStringList{QStringLiteral("port 5432 of legacy.example.com (payments/legacy) gets no "
                                        "listener: resolution NONE with a workloadSelector that "
                                        "selects no WorkloadEntry: no listener")});
}

void RoutingModelTest::unknownAutoAllocatedAddress()
{
    const auto routing =
        model(entry("db", "payments", "[db.example.com]", tcp5432, "  resolution: DNS\n"),
              "defaultConfig:\n  proxyMetadata:\n    ISTIO_META_DNS_CAPTURE: \"true\"\n");
    const RouteAnswer answer = ask(*routing, "payments", 5432, "db.example.com");
    QCOMPARE(answer.listener, QStringLiteral("auto-allocated(payments/db.example.com)_5432"));
    QCOMPARE(answer.cluster, QStringLiteral("outbound|5432||db.example.com"));
    QVERIFY(answer.unknowns.contains(QStringLiteral(
        "the address auto-allocated to db.example.com (240.240.0.0/16) is not in status.addresses "
        "of ServiceEntry payments/db; it is shown as auto-allocated(payments/db.example.com)")));
}

void RoutingModelTest::domainMatching()
{
    const auto routing = model(
        entry("a", "payments", "[api.example.com, \"*.example.com\", \"*.eu.example.com\"]", http));
    QCOMPARE(ask(*routing, "payments", 80, "api.example.com:8443", Protocol::Http, "10.0.0.1")
                 .virtualHost,
             QStringLiteral("api.example.com:80"));
    QCOMPARE(
        ask(*routing, "payments", 80, "api.example.com.", Protocol::Http, "10.0.0.1").virtualHost,
        QStringLiteral("api.example.com:80"));
    QCOMPARE(
        ask(*routing, "payments", 80, "x.eu.example.com", Protocol::Http, "10.0.0.1").virtualHost,
        QStringLiteral("*.eu.example.com:80"));
    QCOMPARE(
        ask(*routing, "payments", 80, "a.b.example.com", Protocol::Http, "10.0.0.1").virtualHost,
        QStringLiteral("*.example.com:80"));
    const RouteAnswer other =
        ask(*routing, "payments", 80, "example.com", Protocol::Http, "10.0.0.1");
    QCOMPARE(other.virtualHost, QStringLiteral("allow_any"));
    QCOMPARE(other.cluster, QStringLiteral("PassthroughCluster"));
    QCOMPARE(other.outcome, QStringLiteral("passthrough"));
}

void RoutingModelTest::kubernetesShortNames()
{
    const auto routing =
        model(entry("ledger", "payments", "[ledger.payments.svc.cluster.local]", http));
    QCOMPARE(ask(*routing, "payments", 80, "ledger", Protocol::Http, "10.0.0.1").virtualHost,
             QStringLiteral("ledger.payments.svc.cluster.local:80"));
    QCOMPARE(ask(*routing, "orders", 80, "ledger.payments", Protocol::Http, "10.0.0.1").virtualHost,
             QStringLiteral("ledger.payments.svc.cluster.local:80"));
    QCOMPARE(ask(*routing, "orders", 80, "ledger", Protocol::Http, "10.0.0.1").virtualHost,
             QStringLiteral("allow_any"));
}

void RoutingModelTest::fullLengthCidrIsAnAddress()
{
    const auto routing = model(entry("db", "data", "[db.example.com]", tcp5432,
                                     "  addresses: [10.7.0.5/32, \"010.7.0.6\", nonsense]\n"));
    const auto plan = routing->plan(QStringLiteral("data"), 5432);
    QCOMPARE(plan->listeners.keys(), QStringList{QStringLiteral("10.7.0.5")});
    QCOMPARE(ask(*routing, "data", 5432, "db.example.com").listener,
             QStringLiteral("10.7.0.5_5432"));
}

void RoutingModelTest::clusterTypesAndEndpoints()
{
    const auto routing = model(
        entry("rr", "a", "[rr.example.com]", https,
              "  resolution: DNS_ROUND_ROBIN\n  endpoints: [{address: one.example.com}, {address: "
              "two.example.com}]\n") +
        entry("race", "a", "[race.example.com]", https, "  resolution: DNS\n",
              "  annotations:\n    istio.io/connect-strategy: RACE_FIRST_TCP_CONNECT\n") +
        entry("dyn", "a", "[\"*.dyn.example.com\"]", https, "  resolution: DYNAMIC_DNS\n") +
        entry("none", "a", "[none.example.com]",
              "[{number: 443, name: tls, protocol: TLS, targetPort: 8443}]",
              "  resolution: NONE\n  addresses: [10.8.0.1]\n"));
    QCOMPARE(ask(*routing, "a", 443, "rr.example.com").steps.last().detail,
             QStringLiteral("Cluster outbound|443||rr.example.com of ServiceEntry a/rr (resolution "
                            "DNS_ROUND_ROBIN): LOGICAL_DNS, endpoint one.example.com:443."));
    QCOMPARE(ask(*routing, "a", 443, "race.example.com").steps.last().detail,
             QStringLiteral("Cluster outbound|443||race.example.com of ServiceEntry a/race "
                            "(resolution DNS): LOGICAL_DNS, endpoint race.example.com:443."));
    const RouteAnswer dynamic =
        routing->route(request(QStringLiteral("a"), 443, QStringLiteral("1.1.1.1"), QString(),
                               Protocol::Tls, QStringLiteral("x.dyn.example.com")));
    QCOMPARE(dynamic.cluster, QStringLiteral("outbound|443||*.dyn.example.com"));
    QCOMPARE(dynamic.steps.last().detail,
             QStringLiteral("Cluster outbound|443||*.dyn.example.com of ServiceEntry a/dyn "
                            "(resolution DYNAMIC_DNS): dynamic forward proxy: Envoy resolves the "
                            "name the client sends."));
    QCOMPARE(
        ask(*routing, "a", 443, "none.example.com").steps.last().detail,
        QStringLiteral("Cluster outbound|443||none.example.com of ServiceEntry a/none "
                       "(resolution NONE): ORIGINAL_DST: the connection goes on to the "
                       "address the application dialled, port rewritten to 8443 (targetPort)."));
}

void RoutingModelTest::endpointPortPrecedence()
{
    const QByteArray workloads = R"(---
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata:
  name: vm-a
  namespace: a
spec:
  address: 10.3.0.1
  labels: {app: api}
  ports: {web: 9090}
---
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata:
  name: vm-b
  namespace: a
spec:
  address: 10.3.0.2
  labels: {app: api}
  ports: {other: 7070}
)";
    const auto routing =
        model(entry("api", "a", "[api.internal]",
                    "[{number: 80, name: web, protocol: HTTP, targetPort: 8080}]",
                    "  resolution: STATIC\n  workloadSelector:\n    labels: {app: api}\n") +
              workloads);
    const RouteAnswer answer = ask(*routing, "a", 80, "api.internal");
    QCOMPARE(answer.steps.last().detail,
             QStringLiteral("Cluster outbound|80||api.internal of ServiceEntry a/api (resolution "
                            "STATIC): EDS, endpoints 10.3.0.1:9090, 10.3.0.2:8080."));
    QVERIFY(
        answer.unknowns.contains(QStringLiteral("Pods are not in the files: the workloadSelector "
                                                "of ServiceEntry a/api may select Pods too")));
}

void RoutingModelTest::selectorEndpointsFollowTheMatcher()
{
    // ISTIO-SELECTION.md §5-§7: under STATIC a host-name WorkloadEntry is no endpoint, nor a
    // health-checked one that is not Healthy, nor a Pod that is not Ready; a Pod's container
    // port named like the ServiceEntry port comes before targetPort.
    const QByteArray files = entry("api", "a", "[api.internal]",
                                   "[{number: 80, name: web, protocol: HTTP, targetPort: 8080}]",
                                   "  resolution: STATIC\n  workloadSelector:\n"
                                   "    labels: {app: api}\n") +
                             R"(---
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata: {name: vm-ok, namespace: a}
spec: {address: 10.3.0.5, labels: {app: api}}
---
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata: {name: vm-fqdn, namespace: a}
spec: {address: vm.example.com, labels: {app: api}}
---
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata:
  name: vm-health
  namespace: a
  annotations: {proxy.istio.io/health-checks-enabled: "true"}
spec: {address: 10.3.0.6, labels: {app: api}}
)";
    const auto routing = model(files);
    WorkloadInventory pods;
    QString error;
    QVERIFY2(pods.addFromBytes(R"(---
apiVersion: v1
kind: Pod
metadata: {name: pod-b, namespace: a, labels: {app: api}}
status:
  phase: Running
  podIP: 10.4.0.2
  conditions: [{type: Ready, status: "False"}]
---
apiVersion: v1
kind: Pod
metadata: {name: pod-a, namespace: a, labels: {app: api}}
spec:
  containers:
  - name: app
    ports: [{name: web, containerPort: 9443, protocol: TCP}]
status:
  phase: Running
  podIP: 10.4.0.1
  conditions: [{type: Ready, status: "True"}]
---
apiVersion: v1
kind: Pod
metadata: {name: pod-c, namespace: b, labels: {app: api}}
status:
  phase: Running
  podIP: 10.4.0.3
  conditions: [{type: Ready, status: "True"}]
)",
                               QStringLiteral("pods.yaml"), &error),
             qPrintable(error));
    // The window's inventory also holds the open files' WorkloadEntries: they count once.
    Workload open;
    open.kind = Workload::Kind::WorkloadEntry;
    open.name = QStringLiteral("vm-ok");
    open.namespaceName = QStringLiteral("a");
    open.labels = {{QStringLiteral("app"), QStringLiteral("api")}};
    open.addresses = {QStringLiteral("10.3.0.5")};
    open.document = 0;
    pods.add(open);
    routing->setWorkloadInventory(&pods);
    routing->update();
    const RouteAnswer answer = ask(*routing, "a", 80, "api.internal");
    QCOMPARE(answer.steps.last().detail,
             QStringLiteral("Cluster outbound|80||api.internal of ServiceEntry a/api (resolution "
                            "STATIC): EDS, endpoints 10.4.0.1:9443, 10.3.0.5:8080; 3 selected "
                            "workloads Istio makes no endpoint of (Pod a/pod-b: not ready "
                            "(condition Ready is False), …)."));
    QVERIFY(!answer.unknowns.join(u'\n').contains(u"Pods are not in the files"));
}

void RoutingModelTest::dnsEntryTakesHostNameAndSocketWorkloads()
{
    const auto routing =
        model(entry("api", "a", "[api.internal]", "[{number: 80, name: web, protocol: HTTP}]",
                    "  resolution: DNS\n  workloadSelector:\n"
                    "    labels: {app: api}\n") +
              R"(---
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata: {name: vm-a, namespace: a}
spec: {address: vm.example.com, labels: {app: api}, ports: {web: 8080}}
---
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata: {name: vm-b, namespace: a}
spec: {address: "unix:///var/run/api.sock", labels: {app: api}}
)");
    QCOMPARE(ask(*routing, "a", 80, "api.internal").steps.last().detail,
             QStringLiteral("Cluster outbound|80||api.internal of ServiceEntry a/api (resolution "
                            "DNS): STRICT_DNS, endpoints vm.example.com:8080, "
                            "unix:///var/run/api.sock."));
}

void RoutingModelTest::selectorMatchesTopologyLabels()
{
    // A selector sees the labels Istio adds (§4): spec.network becomes topology.istio.io/network.
    const auto routing =
        model(entry("api", "a", "[api.internal]", "[{number: 80, name: web, protocol: HTTP}]",
                    "  resolution: STATIC\n  workloadSelector:\n"
                    "    labels: {topology.istio.io/network: n1}\n") +
              R"(---
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata: {name: vm-a, namespace: a}
spec: {address: 10.3.0.1, network: n1}
---
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata: {name: vm-b, namespace: a}
spec: {address: 10.3.0.2, network: n2}
)");
    QCOMPARE(ask(*routing, "a", 80, "api.internal").steps.last().detail,
             QStringLiteral("Cluster outbound|80||api.internal of ServiceEntry a/api (resolution "
                            "STATIC): EDS, endpoint 10.3.0.1:80."));
}

void RoutingModelTest::statusAddressesWithDnsCapture()
{
    const auto routing =
        model(entry("db", "a", "[db.example.com]", tcp5432, "  resolution: DNS\n") +
                  "status:\n  addresses:\n  - value: 240.240.0.7\n    host: db.example.com\n"
                  "  - value: 2001:2::f0f0:7\n    host: db.example.com\n",
              "defaultConfig:\n  proxyMetadata:\n    ISTIO_META_DNS_CAPTURE: \"true\"\n");
    const RouteAnswer answer = ask(*routing, "a", 5432, "db.example.com");
    QCOMPARE(answer.request.address, QStringLiteral("240.240.0.7"));
    QCOMPARE(answer.listener, QStringLiteral("240.240.0.7_5432"));
    QCOMPARE(answer.cluster, QStringLiteral("outbound|5432||db.example.com"));
    QCOMPARE(answer.steps[2].detail,
             QStringLiteral("DNS capture answers db.example.com with its auto-allocated address "
                            "240.240.0.7 (status.addresses); the request goes to 240.240.0.7:5432 "
                            "over tcp."));
    // Without DNS capture the proxy ignores auto-allocated addresses.
    const auto plain =
        model(entry("db", "a", "[db.example.com]", tcp5432, "  resolution: DNS\n") +
              "status:\n  addresses:\n  - value: 240.240.0.7\n    host: db.example.com\n");
    QCOMPARE(ask(*plain, "a", 5432, "db.example.com", Protocol::Tcp, "240.240.0.7").listener,
             QStringLiteral("0.0.0.0_5432"));
}

void RoutingModelTest::dynamicDnsCatchAll()
{
    const auto routing = model(entry("web", "a", "[web.example.com]", http),
                               "outboundTrafficPolicy:\n  mode: ALLOW_ANY_DYNAMIC_DNS\n");
    RouteAnswer answer = ask(*routing, "a", 80, "other.example.com", Protocol::Http, "10.0.0.1");
    QCOMPARE(answer.virtualHost, QStringLiteral("allow_any_dynamic_dns"));
    QCOMPARE(answer.cluster, QStringLiteral("AllowAnyDynamicDNSCluster"));
    QCOMPARE(answer.outcome, QStringLiteral("dynamic-dns"));
    answer = ask(*routing, "a", 9999, "other.example.com", Protocol::Http, "10.0.0.1");
    QCOMPARE(answer.listener, QStringLiteral("virtualOutbound"));
    QCOMPARE(answer.cluster, QStringLiteral("AllowAnyDynamicDNSCluster"));
    answer = ask(*routing, "a", 9999, "other.example.com", Protocol::Tls, "10.0.0.1");
    QCOMPARE(answer.cluster, QStringLiteral("PassthroughCluster"));
}

void RoutingModelTest::protocolFromDeclaredPort()
{
    const auto routing =
        model(entry("a", "payments", "[a.example.com]",
                    "[{number: 443, name: https}, {number: 80, name: web, protocol: HTTP}, "
                    "{number: 9000, name: grpc-api}]"));
    RouteAnswer answer = ask(*routing, "payments", 443, "a.example.com");
    QCOMPARE(answer.chosenProtocol, QStringLiteral("https"));
    QCOMPARE(answer.request.sni, QStringLiteral("a.example.com"));
    QCOMPARE(answer.warnings, QStringList{QStringLiteral(
                                  "port 443 declares no protocol, so Istio sniffs it; the request "
                                  "is sent as https after the port name \"https\" (give the "
                                  "protocol to send something else)")});
    QCOMPARE(ask(*routing, "payments", 80, "a.example.com").chosenProtocol, QStringLiteral("http"));
    QCOMPARE(ask(*routing, "payments", 9000, "a.example.com").chosenProtocol,
             QStringLiteral("http"));
    QCOMPARE(ask(*routing, "payments", 5555, "a.example.com").chosenProtocol,
             QStringLiteral("tcp"));
}

void RoutingModelTest::addressFromEntry()
{
    const auto routing =
        model(entry("db", "payments", "[db.example.com]", tcp5432, "  addresses: [10.5.0.0/16]\n"));
    const RouteAnswer answer = ask(*routing, "payments", 5432, "db.example.com");
    QCOMPARE(answer.request.address, QStringLiteral("10.5.0.1"));
    QCOMPARE(answer.listener, QStringLiteral("0.0.0.0_5432"));
    QCOMPARE(answer.cluster, QStringLiteral("outbound|5432||db.example.com"));
    QCOMPARE(
        answer.steps[2].detail,
        QStringLiteral("db.example.com has the address 10.5.0.0/16 in ServiceEntry payments/db; "
                       "the request goes to 10.5.0.1:5432 over tcp."));
    QCOMPARE(answer.steps[2].path.toString(), QStringLiteral("spec.addresses[0]"));
}

QTEST_GUILESS_MAIN(RoutingModelTest)
#include "tst_routing.moc"
