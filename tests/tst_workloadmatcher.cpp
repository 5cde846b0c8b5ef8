#include "meshconfigloader.h"
#include "namespaceinventory.h"
#include "workloadinventory.h"
#include "workloadmatcher.h"

#include <QtTest>

using namespace MeshEntry;

namespace {

/// The English of a result's warnings, as the CLI prints them.
QStringList texts(const QList<MessageText> &messages)
{
    QStringList out;
    for (const MessageText &message : messages)
        out.append(message.text());
    return out;
}

/// Pods and WorkloadEntries of namespace shop (and one elsewhere) covering ISTIO-SELECTION.md
/// §5–§7; every workload carries app: web unless noted.
/// (moc reads // in a raw string as a comment: the socket address spells its slashes as \x2F.)
const QByteArray inventoryYaml = R"(apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata: {name: ready, namespace: shop, labels: {app: web, version: v1}}
  spec:
    nodeName: node-1
    serviceAccountName: web
    containers:
    - name: app
      ports:
      - {name: http, containerPort: 8080, protocol: TCP}
      - {name: http, containerPort: 9999, protocol: TCP}
      - {name: metrics, containerPort: 9090, protocol: UDP}
      - {name: grpc, containerPort: 7070}
    initContainers:
    - name: setup
      ports: [{name: admin, containerPort: 1111, protocol: TCP}]
    - name: sidecar
      restartPolicy: Always
      ports: [{name: tls, containerPort: 8443, protocol: TCP}]
  status:
    phase: Running
    podIP: 10.0.0.1
    podIPs: [{ip: 10.0.0.1}, {ip: "fd00::1"}]
    conditions: [{type: Ready, status: "True"}]
- kind: Pod
  metadata: {name: pending-ready, namespace: shop, labels: {app: web, version: v2}}
  status: {phase: Pending, podIP: 10.0.0.2, conditions: [{type: Ready, status: "True"}]}
- kind: Pod
  metadata: {name: not-ready, namespace: shop, labels: {app: web, version: v1}}
  status: {phase: Running, podIP: 10.0.0.3, conditions: [{type: Ready, status: "False"}]}
- kind: Pod
  metadata: {name: no-condition, namespace: shop, labels: {app: web, version: v1}}
  status: {phase: Running, podIP: 10.0.0.4}
- kind: Pod
  metadata:
    name: terminating
    namespace: shop
    labels: {app: web, version: v1}
    deletionTimestamp: "2026-08-01T10:00:00Z"
  status: {phase: Running, podIP: 10.0.0.5, conditions: [{type: Ready, status: "True"}]}
- kind: Pod
  metadata: {name: failed, namespace: shop, labels: {app: web, version: v1}}
  status: {phase: Failed, podIP: 10.0.0.6, conditions: [{type: Ready, status: "False"}]}
- kind: Pod
  metadata: {name: succeeded, namespace: shop, labels: {app: web, version: v1}}
  status: {phase: Succeeded, conditions: [{type: Ready, status: "False"}]}
- kind: Pod
  metadata: {name: no-ip, namespace: shop, labels: {app: web, version: v1}}
  status:
    phase: Pending
    podIPs: [{ip: 10.0.0.8}]
    conditions: [{type: Ready, status: "True"}]
- kind: Pod
  metadata: {name: elsewhere, namespace: other, labels: {app: web, version: v1}}
  status: {phase: Running, podIP: 10.9.0.1, conditions: [{type: Ready, status: "True"}]}
- apiVersion: networking.istio.io/v1
  kind: WorkloadEntry
  metadata: {name: vm-ip, namespace: shop, labels: {version: v1}}
  spec:
    address: 10.1.0.1
    labels: {app: web, version: v0}
    ports: {http: 8081, other: 1234}
    network: vpc-1
    locality: eu/eu-west-1a
- apiVersion: networking.istio.io/v1
  kind: WorkloadEntry
  metadata: {name: vm-same-ip, namespace: shop}
  spec: {address: 10.1.0.1, labels: {app: web, version: v1}, ports: {http: 0}}
- apiVersion: networking.istio.io/v1
  kind: WorkloadEntry
  metadata: {name: vm-fqdn, namespace: shop}
  spec: {address: vm.example.com, labels: {app: web, version: v1}}
- apiVersion: networking.istio.io/v1
  kind: WorkloadEntry
  metadata: {name: vm-unix, namespace: shop}
  spec: {address: "unix:\x2F\x2F/var/run/app.sock", labels: {app: web, version: v1}}
- apiVersion: networking.istio.io/v1
  kind: WorkloadEntry
  metadata: {name: vm-empty, namespace: shop}
  spec: {network: remote, labels: {app: web, version: v1}}
- apiVersion: networking.istio.io/v1
  kind: WorkloadEntry
  metadata:
    name: vm-healthy
    namespace: shop
    annotations: {proxy.istio.io/health-checks-enabled: "true"}
  spec: {address: 10.1.0.5, labels: {app: web, version: v1}}
  status: {conditions: [{type: Healthy, status: "True"}]}
- apiVersion: networking.istio.io/v1
  kind: WorkloadEntry
  metadata:
    name: vm-unhealthy
    namespace: shop
    annotations: {proxy.istio.io/health-checks-enabled: "1"}
  spec: {address: 10.1.0.6, labels: {app: web, version: v1}}
  status: {conditions: [{type: Healthy, status: "False"}]}
- apiVersion: networking.istio.io/v1
  kind: WorkloadEntry
  metadata:
    name: vm-unprobed
    namespace: shop
    annotations: {proxy.istio.io/health-checks-enabled: "true"}
  spec: {address: 10.1.0.7, labels: {app: web, version: v1}}
- apiVersion: networking.istio.io/v1
  kind: WorkloadEntry
  metadata:
    name: vm-checks-off
    namespace: shop
    annotations: {proxy.istio.io/health-checks-enabled: "maybe"}
  spec: {address: 10.1.0.8, labels: {app: web, version: v1}}
  status: {conditions: [{type: Healthy, status: "False"}]}
- apiVersion: networking.istio.io/v1
  kind: WorkloadEntry
  metadata: {name: api, namespace: shop}
  spec: {address: 10.1.0.9, labels: {app: api, version: v1}}
)";

/// A ServiceEntry se in ns; port 80 named http unless spec has ports.
SelectorQuery query(const QByteArray &spec, const QByteArray &ns = "shop")
{
    QByteArray yaml = "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n"
                      "metadata: {name: se, namespace: " +
                      ns + "}\nspec:\n" + spec;
    if (!spec.contains("ports:"))
        yaml += "  ports: [{number: 80, name: http}]\n";
    SelectorQuery result;
    ObjectStream stream(yaml.constData(), yaml.size());
    stream.read([&](const ObjectNode &object, qsizetype) {
        SelectorQuery::read(object, QStringLiteral("default"), &result);
        return true;
    });
    return result;
}

QString portsText(const QList<EndpointPort> &ports)
{
    QStringList parts;
    for (const EndpointPort &port : ports)
        parts.append(QStringLiteral("%1/%2->%3 %4")
                         .arg(port.name)
                         .arg(port.servicePort)
                         .arg(port.endpointPort)
                         .arg(EndpointPort::ruleName(port.rule)));
    return parts.join(u", ");
}

/// One line per selected workload: "Kind ns/name [addresses] ports | reason".
QStringList selectedLines(const WorkloadInventory &inventory, const SelectionResult &result)
{
    QStringList lines;
    for (const SelectedWorkload &selected : result.selected) {
        const Workload &workload = inventory.workload(selected.id);
        QString line = QStringLiteral("%1 %2 [%3] %4")
                           .arg(workload.kindName(), workload.name, selected.addresses.join(u','),
                                portsText(selected.ports));
        if (!selected.ready)
            line += QStringLiteral(" | ") + selected.reason;
        lines.append(line);
    }
    return lines;
}

QStringList names(const WorkloadInventory &inventory, const QList<SelectedWorkload> &selected,
                  bool readyOnly)
{
    QStringList result;
    for (const SelectedWorkload &entry : selected) {
        if (!readyOnly || entry.ready)
            result.append(inventory.workload(entry.id).name);
    }
    return result;
}

} // namespace

/// Selection exactly as ISTIO-SELECTION.md specifies it, row by row.
class TestWorkloadMatcher : public QObject
{
    Q_OBJECT

private:
    WorkloadInventory m_inventory;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_inventory.addFromBytes(inventoryYaml, QStringLiteral("inventory.yaml"), &error),
                 qPrintable(error));
        QCOMPARE(m_inventory.size(), 19);
    }

    /// §6 and §7 under STATIC: every Pod state, every WorkloadEntry address and health state.
    void staticResolution()
    {
        const WorkloadMatcher matcher(m_inventory);
        const SelectionResult result =
            matcher.match(query("  resolution: STATIC\n  ports:\n"
                                "  - {number: 80, name: http, targetPort: 8000}\n"
                                "  - {number: 443, name: tls}\n"
                                "  - {number: 9090, name: metrics}\n"
                                "  - {number: 7070, name: grpc}\n"
                                "  - {number: 1111, name: admin, targetPort: 2222}\n"
                                "  workloadSelector:\n    labels: {app: web}\n"));
        const QString portsDefault =
            QStringLiteral("http/80->8000 target-port, tls/443->443 number, metrics/9090->9090 "
                           "number, grpc/7070->7070 number, admin/1111->2222 target-port");
        const QString noReady = QStringLiteral(
            "no Ready condition: Istio only adds Pods whose Ready condition is True");
        const QStringList expected = {
            QStringLiteral("Pod failed [10.0.0.6] ") + portsDefault +
                QStringLiteral(" | phase Failed: Istio does not watch failed Pods; not ready "
                               "(condition Ready is False)"),
            QStringLiteral("Pod no-condition [10.0.0.4] ") + portsDefault + QStringLiteral(" | ") +
                noReady,
            QStringLiteral("Pod no-ip [] ") + portsDefault +
                QStringLiteral(" | no Pod IP yet (status.podIP is empty)"),
            QStringLiteral("Pod not-ready [10.0.0.3] ") + portsDefault +
                QStringLiteral(" | not ready (condition Ready is False)"),
            QStringLiteral("Pod pending-ready [10.0.0.2] ") + portsDefault,
            // Named TCP container ports win over targetPort: first of a name, UDP ignored, a
            // missing protocol counts as TCP, native sidecars count, other init containers not.
            QStringLiteral("Pod ready [10.0.0.1] http/80->8080 container-port, tls/443->8443 "
                           "container-port, metrics/9090->9090 number, grpc/7070->7070 "
                           "container-port, admin/1111->2222 target-port"),
            QStringLiteral("Pod succeeded [] ") + portsDefault +
                QStringLiteral(" | phase Succeeded: a completed Pod is never an endpoint; no Pod "
                               "IP yet (status.podIP is empty); not ready (condition Ready is "
                               "False)"),
            QStringLiteral("Pod terminating [10.0.0.5] ") + portsDefault +
                QStringLiteral(" | terminating (metadata.deletionTimestamp is set)"),
            QStringLiteral("WorkloadEntry vm-checks-off [10.1.0.8] ") + portsDefault,
            QStringLiteral("WorkloadEntry vm-empty [] ") + portsDefault,
            QStringLiteral("WorkloadEntry vm-fqdn [vm.example.com] ") + portsDefault +
                QStringLiteral(" | address vm.example.com is a host name: only DNS and "
                               "DNS_ROUND_ROBIN entries use it, not STATIC"),
            QStringLiteral("WorkloadEntry vm-healthy [10.1.0.5] ") + portsDefault,
            // ports[http] overrides targetPort; a port for another name is ignored.
            QStringLiteral("WorkloadEntry vm-ip [10.1.0.1] http/80->8081 workload-port, "
                           "tls/443->443 number, metrics/9090->9090 number, grpc/7070->7070 "
                           "number, admin/1111->2222 target-port"),
            // ports[http]: 0 does not count (> 0 only); two entries may share an IP.
            QStringLiteral("WorkloadEntry vm-same-ip [10.1.0.1] ") + portsDefault,
            QStringLiteral("WorkloadEntry vm-unhealthy [10.1.0.6] ") + portsDefault +
                QStringLiteral(" | health checks are on (proxy.istio.io/health-checks-enabled) "
                               "and the Healthy condition is False"),
            QStringLiteral("WorkloadEntry vm-unix [/var/run/app.sock] http/80->0 unix-socket, "
                           "tls/443->0 unix-socket, metrics/9090->0 unix-socket, grpc/7070->0 "
                           "unix-socket, admin/1111->0 unix-socket | address "
                           "unix:///var/run/app.sock is a Unix socket: only DNS and "
                           "DNS_ROUND_ROBIN entries use it, not STATIC"),
            QStringLiteral("WorkloadEntry vm-unprobed [10.1.0.7] ") + portsDefault +
                QStringLiteral(" | health checks are on (proxy.istio.io/health-checks-enabled) "
                               "and the Healthy condition is missing"),
        };
        const QStringList actual = selectedLines(m_inventory, result);
        for (int i = 0; i < qMin(actual.size(), expected.size()); ++i)
            QCOMPARE(actual[i], expected[i]);
        QCOMPARE(actual.size(), expected.size());
        QCOMPARE(result.readyCount, 7);
        QCOMPARE(texts(result.warnings), QStringList());
        // §3: the namespace never crosses; the Pod in another namespace is reported apart.
        QCOMPARE(result.otherNamespaceTotal, 1);
        QCOMPARE(m_inventory.workload(result.otherNamespaces.value(0)).name,
                 QStringLiteral("elsewhere"));
        QCOMPARE(result.visibleIn, QStringList{QStringLiteral("*")});
    }

    /// §5: which WorkloadEntry addresses each resolution takes.
    void resolutions_data()
    {
        QTest::addColumn<QByteArray>("resolution");
        QTest::addColumn<QStringList>("readyEntries");
        QTest::addColumn<QStringList>("warnings");
        const QStringList ipEntries = {QStringLiteral("vm-checks-off"), QStringLiteral("vm-empty"),
                                       QStringLiteral("vm-healthy"), QStringLiteral("vm-ip"),
                                       QStringLiteral("vm-same-ip")};
        const QStringList allEntries = {
            QStringLiteral("vm-checks-off"), QStringLiteral("vm-empty"),
            QStringLiteral("vm-fqdn"),       QStringLiteral("vm-healthy"),
            QStringLiteral("vm-ip"),         QStringLiteral("vm-same-ip"),
            QStringLiteral("vm-unix")};
        QTest::newRow("NONE (omitted)")
            << QByteArray() << ipEntries
            << QStringList{QStringLiteral(
                   "resolution NONE: Istio builds these endpoints, but sidecars send requests to "
                   "their original destination address instead of balancing over them; use "
                   "STATIC (or DNS for host names)")};
        QTest::newRow("STATIC") << QByteArray("  resolution: STATIC\n") << ipEntries
                                << QStringList();
        QTest::newRow("DNS") << QByteArray("  resolution: DNS\n") << allEntries << QStringList();
        QTest::newRow("DNS_ROUND_ROBIN")
            << QByteArray("  resolution: DNS_ROUND_ROBIN\n") << allEntries
            << QStringList{QStringLiteral("DNS_ROUND_ROBIN uses only the first endpoint of each "
                                          "port: 8 of the 9 ready workloads are not used")};
        QTest::newRow("DYNAMIC_DNS")
            << QByteArray("  resolution: DYNAMIC_DNS\n") << ipEntries << QStringList();
        QTest::newRow("number 2 is DNS")
            << QByteArray("  resolution: 2\n") << allEntries << QStringList();
    }

    void resolutions()
    {
        QFETCH(QByteArray, resolution);
        QFETCH(QStringList, readyEntries);
        QFETCH(QStringList, warnings);
        const WorkloadMatcher matcher(m_inventory);
        const SelectionResult result =
            matcher.match(query(resolution + "  ports: [{number: 80, name: http}]\n"
                                             "  workloadSelector: {labels: {app: web}}\n"));
        QStringList ready = names(m_inventory, result.selected, true);
        // The ready Pods do not depend on the resolution.
        QCOMPARE(ready.mid(0, 2),
                 QStringList({QStringLiteral("pending-ready"), QStringLiteral("ready")}));
        QCOMPARE(ready.mid(2), readyEntries);
        QCOMPARE(texts(result.warnings), warnings);
    }

    void dnsKeepsHostNamesAndSockets()
    {
        const WorkloadMatcher matcher(m_inventory);
        const SelectionResult result = matcher.match(
            query("  resolution: DNS\n  ports: [{number: 80, name: http, targetPort: 81}]\n"
                  "  workloadSelector: {labels: {app: web, version: v1}}\n"));
        QStringList lines = selectedLines(m_inventory, result);
        lines = lines.filter(QStringLiteral("vm-fqdn")) + lines.filter(QStringLiteral("vm-unix"));
        QCOMPARE(lines, QStringList({QStringLiteral("WorkloadEntry vm-fqdn [vm.example.com] "
                                                    "http/80->81 target-port"),
                                     QStringLiteral("WorkloadEntry vm-unix [/var/run/app.sock] "
                                                    "http/80->0 unix-socket")}));
    }

    /// §4: subset match on the effective labels; metadata labels win over spec.labels.
    void labels()
    {
        const WorkloadMatcher matcher(m_inventory);
        // vm-ip: spec version v0, metadata version v1 → v1.
        SelectionResult result = matcher.match(
            query("  resolution: STATIC\n  workloadSelector: {labels: {app: web, version: v0}}\n"));
        QCOMPARE(names(m_inventory, result.selected, false), QStringList());
        result = matcher.match(query("  resolution: STATIC\n  workloadSelector:\n    labels:\n"
                                     "      topology.istio.io/network: vpc-1\n"
                                     "      topology.kubernetes.io/zone: eu-west-1a\n"
                                     "      topology.istio.io/cluster: Kubernetes\n"));
        QCOMPARE(names(m_inventory, result.selected, false), QStringList{QStringLiteral("vm-ip")});
        result = matcher.match(query("  resolution: STATIC\n  workloadSelector:\n    labels:\n"
                                     "      kubernetes.io/hostname: node-1\n"));
        QCOMPARE(names(m_inventory, result.selected, false), QStringList{QStringLiteral("ready")});
    }

    void emptySelector()
    {
        const WorkloadMatcher matcher(m_inventory);
        for (const QByteArray &selector :
             {QByteArray("  workloadSelector: {}\n"), QByteArray("  workloadSelector:\n"
                                                                 "    labels: {}\n")}) {
            const SelectionResult result =
                matcher.match(query("  resolution: STATIC\n" + selector));
            QCOMPARE(result.selected.size(), 18);
            QCOMPARE(texts(result.warnings),
                     QStringList{QStringLiteral("the workloadSelector has no labels: it selects "
                                                "every workload in namespace shop")});
            QCOMPARE(result.otherNamespaceTotal, 0);
            QCOMPARE(result.nearMissTotal, 0);
        }
        const SelectionResult none = matcher.match(query("  resolution: STATIC\n"
                                                         "  workloadSelector:\n"));
        QCOMPARE(none.selected.size(), 0);
        QCOMPARE(texts(none.warnings),
                 QStringList{QStringLiteral("no workloadSelector: the endpoints are "
                                            "spec.endpoints, not selected workloads")});
    }

    void nearMisses()
    {
        const WorkloadMatcher matcher(m_inventory);
        SelectionResult result = matcher.match(
            query("  resolution: STATIC\n  workloadSelector: {labels: {app: web, version: v2}}\n"));
        QCOMPARE(names(m_inventory, result.selected, false),
                 QStringList{QStringLiteral("pending-ready")});
        // Every other app: web workload in shop misses version: v2 by value.
        QCOMPARE(result.nearMissTotal, 16);
        const NearMiss &first = result.nearMisses.first();
        QCOMPARE(m_inventory.workload(first.id).name, QStringLiteral("failed"));
        QCOMPARE(first.label, QStringLiteral("version"));
        QCOMPARE(first.want, QStringLiteral("v2"));
        QCOMPARE(first.have, QStringLiteral("v1"));
        QVERIFY(!first.missing);
        // api misses both labels: not a near-miss. With version v1 it misses only app.
        result = matcher.match(
            query("  resolution: STATIC\n  workloadSelector: {labels: {app: web, version: v1}}\n"));
        QCOMPARE(result.nearMissTotal, 2);
        QCOMPARE(m_inventory.workload(result.nearMisses[0].id).name,
                 QStringLiteral("pending-ready"));
        QCOMPARE(result.nearMisses[0].have, QStringLiteral("v2"));
        QCOMPARE(m_inventory.workload(result.nearMisses[1].id).name, QStringLiteral("api"));
        QCOMPARE(result.nearMisses[1].label, QStringLiteral("app"));
        QCOMPARE(result.nearMisses[1].want, QStringLiteral("web"));
        QCOMPARE(result.nearMisses[1].have, QStringLiteral("api"));

        result = matcher.match(query("  resolution: STATIC\n"
                                     "  workloadSelector: {labels: {app: web, tier: gold}}\n"),
                               MatchLimits{3, 0});
        QCOMPARE(result.selected.size(), 0);
        QCOMPARE(result.nearMissTotal, 17);
        QCOMPARE(result.nearMisses.size(), 3);
        QVERIFY(result.nearMisses[0].missing);
        QCOMPARE(result.nearMisses[0].label, QStringLiteral("tier"));
        QCOMPARE(result.otherNamespaces.size(), 0);
        QCOMPARE(texts(result.warnings),
                 QStringList{QStringLiteral(
                     "the selector matches no Pod or WorkloadEntry in namespace shop")});

        // One label: the workloads with the key and another value.
        result = matcher.match(query("  resolution: STATIC\n"
                                     "  workloadSelector: {labels: {app: api}}\n"));
        QCOMPARE(names(m_inventory, result.selected, false), QStringList{QStringLiteral("api")});
        QCOMPARE(result.nearMissTotal, 17);
        QCOMPARE(result.nearMisses.first().have, QStringLiteral("web"));
    }

    void otherNamespaceOnly()
    {
        const WorkloadMatcher matcher(m_inventory);
        const SelectionResult result = matcher.match(
            query("  resolution: STATIC\n  workloadSelector: {labels: {app: web}}\n", "third"));
        QCOMPARE(result.selected.size(), 0);
        QCOMPARE(result.otherNamespaceTotal, 18);
        QCOMPARE(m_inventory.workload(result.otherNamespaces.first()).name,
                 QStringLiteral("elsewhere"));
        QVERIFY(
            !matcher.selectsReady(query("  workloadSelector: {labels: {app: web}}\n", "third")));
        QVERIFY(matcher.selectsReady(query("  workloadSelector: {labels: {app: web}}\n")));
        // Selected, but only by a host-name entry that STATIC skips.
        QVERIFY(!matcher.selectsReady(query("  resolution: STATIC\n  workloadSelector:\n"
                                            "    labels: {app: web, version: v1, missing: x}\n")));
    }

    void visibleIn()
    {
        MeshConfig mesh;
        QString error;
        QVERIFY(MeshConfigLoader::fromBytes(
            "defaultServiceExportTo: ['.']\nserviceEntryVisibility:\n  applyToSidecars: true\n"
            "  policies:\n  - visibility: NONE\n    matchingRules:\n"
            "    - namespaceSelector: {matchLabels: {hidden: 'yes'}}\n",
            QStringLiteral("mesh.yaml"), &mesh, &error));
        NamespaceInventory namespaces;
        namespaces.add(QStringLiteral("shop"));
        namespaces.add(QStringLiteral("dark"), {{QStringLiteral("hidden"), QStringLiteral("yes")}});
        WorkloadMatcher matcher(m_inventory);
        matcher.setMesh(&mesh);
        QCOMPARE(matcher.match(query("  workloadSelector: {labels: {app: web}}\n")).visibleIn,
                 QStringList{QStringLiteral("shop")});
        const SelectionResult unknown =
            matcher.match(query("  exportTo: [b, a, .]\n  resolution: STATIC\n"
                                "  workloadSelector: {labels: {app: web}}\n"));
        QCOMPARE(unknown.visibleIn,
                 QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("shop")}));
        QCOMPARE(texts(unknown.warnings),
                 QStringList{QStringLiteral("serviceEntryVisibility depends on the labels of "
                                            "namespace shop, which are not known: visibleIn "
                                            "follows exportTo alone")});
        matcher.setNamespaces(&namespaces);
        QCOMPARE(matcher
                     .match(query("  exportTo: ['*']\n  resolution: STATIC\n"
                                  "  workloadSelector: {labels: {app: web}}\n",
                                  "dark"))
                     .visibleIn,
                 QStringList());
        QCOMPARE(matcher
                     .match(query("  exportTo: ['*']\n  resolution: STATIC\n"
                                  "  workloadSelector: {labels: {app: web}}\n"))
                     .visibleIn,
                 QStringList{QStringLiteral("*")});
        QCOMPARE(matcher.match(query("  exportTo: ['~']\n  workloadSelector: {}\n")).visibleIn,
                 QStringList());
    }

    void nearMissesClosestFirst()
    {
        WorkloadInventory inventory;
        const QStringList apps = {QStringLiteral("ratings"), QStringLiteral("reviews"),
                                  QStringLiteral("details"), QStringLiteral("review")};
        for (int i = 0; i < apps.size() * 2; ++i) {
            Workload pod;
            pod.name = QStringLiteral("p%1").arg(i);
            pod.namespaceName = QStringLiteral("bookinfo");
            pod.labels = {{QStringLiteral("app"), apps[i % apps.size()]}};
            inventory.add(pod);
        }
        const WorkloadMatcher matcher(inventory);
        SelectorQuery typo;
        typo.namespaceName = QStringLiteral("bookinfo");
        typo.hasSelector = true;
        typo.selector = {{QStringLiteral("app"), QStringLiteral("reviwes")}};
        const SelectionResult result = matcher.match(typo, MatchLimits{3, -1});
        QCOMPARE(result.nearMissTotal, 8);
        QStringList listed;
        for (const NearMiss &miss : result.nearMisses)
            listed.append(inventory.workload(miss.id).name + u'=' + miss.have);
        // review and reviews are both two edits away (then by value); ratings and details
        // further.
        QCOMPARE(listed, QStringList({QStringLiteral("p3=review"), QStringLiteral("p7=review"),
                                      QStringLiteral("p1=reviews")}));
        QCOMPARE(texts(result.warnings),
                 QStringList({QStringLiteral("resolution NONE: Istio builds these endpoints, but "
                                             "sidecars send requests to their original "
                                             "destination address instead of balancing over "
                                             "them; use STATIC (or DNS for host names)"),
                              QStringLiteral("the ServiceEntry has no ports: Istio builds no "
                                             "endpoints"),
                              QStringLiteral("the selector matches no Pod or WorkloadEntry in "
                                             "namespace bookinfo")}));
        QCOMPARE(
            WorkloadMatcher::labelDistance(QStringLiteral("reviwes"), QStringLiteral("reviews")),
            2);
        QCOMPARE(WorkloadMatcher::labelDistance(QString(), QStringLiteral("abc")), 3);
        QCOMPARE(WorkloadMatcher::labelDistance(QStringLiteral("cache-00002"),
                                                QStringLiteral("db-00002")),
                 5);
        QCOMPARE(WorkloadMatcher::labelDistance(QStringLiteral("a"), QStringLiteral("abcdefgh")),
                 5);
    }

    void explanations()
    {
        EndpointPort port;
        port.name = QStringLiteral("http");
        port.servicePort = 80;
        port.endpointPort = 8080;
        port.rule = PortRule::ContainerPort;
        QCOMPARE(port.explanation().text(),
                 QStringLiteral("The Pod's container port named http (8080) "
                                "overrides the ServiceEntry port's targetPort "
                                "and number."));
        port.rule = PortRule::Number;
        port.endpointPort = 80;
        QCOMPARE(port.explanation().text(),
                 QStringLiteral("No workload port is named http and "
                                "targetPort is unset, so the port number (80) "
                                "is used."));
    }
};

QTEST_GUILESS_MAIN(TestWorkloadMatcher)
#include "tst_workloadmatcher.moc"
