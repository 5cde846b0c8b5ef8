// Routing conflicts as findings of ValidationWorkspace: exact rule ids, messages and lines,
// recomputed incrementally as documents change.

#include "routingmodel.h"
#include "validationworkspace.h"
#include "yamlfile.h"

#include <QtTest>

using namespace MeshEntry;

namespace {

/// "LINE RULE: message" of the routing findings (1-based lines).
QStringList routingFindings(const ValidationWorkspace &workspace)
{
    QStringList out;
    for (const Diagnostic &diagnostic : workspace.diagnostics()) {
        if (!diagnostic.rule.startsWith(u"ME-ROUTE") &&
            !diagnostic.rule.startsWith(u"ME-SIDECAR") &&
            diagnostic.rule != u"ME-EXPORTTO-NO-WORKLOADS")
            continue;
        out.append(QStringLiteral("%1 %2: %3")
                       .arg(workspace.startPosition(diagnostic).line + 1)
                       .arg(diagnostic.rule, diagnostic.message));
    }
    return out;
}

struct Setup {
    YamlFile file;
    RoutingModel routing;
    ValidationWorkspace workspace;
    int id = -1;

    explicit Setup(const QByteArray &text) : file(YamlFile::fromBytes(text))
    {
        workspace.setExtension(&routing);
        id = workspace.addFile(&file, QStringLiteral("mesh.yaml"));
        workspace.validateAll();
    }
};

const QByteArray sharedPort = R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: db
  namespace: payments
spec:
  hosts: [db.example.com, db-replica.example.com]
  ports:
  - number: 5432
    name: pg
    protocol: TCP
  resolution: DNS
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: cache
  namespace: payments
spec:
  hosts: [cache.example.com]
  addresses: [10.0.0.7]
  ports:
  - number: 5432
    name: pg
    protocol: TCP
  resolution: DNS
)";

} // namespace

class RoutingConflictsTest : public QObject
{
    Q_OBJECT

private slots:
    void capturedAndDropped();
    void sameAddressDropped();
    void wellKnownPort();
    void hostShadowedAcrossNamespaces();
    void hostNotMerged();
    void sidecarImportsNothing();
    void exportToHidesFromWorkloads();
    void incrementalAfterEdit();
    void suppressedByAnnotation();
    void incrementalEqualsFresh();
    void eachViewKeepsItsFactsOnce();
    void aBatchRunTakesTheFindings();
    void messagesAreKeptAsUtf8Once();
};

void RoutingConflictsTest::capturedAndDropped()
{
    Setup setup(sharedPort);
    QCOMPARE(
        routingFindings(setup.workspace),
        (QStringList{
            QStringLiteral("9 ME-ROUTE-LISTENER-DROPPED: Port 5432 of db.example.com is dropped "
                           "from listener 0.0.0.0_5432 for sidecars in payments: "
                           "db-replica.example.com (payments/db) has the same filter chain match "
                           "(all traffic) and comes first: hosts of one ServiceEntry are ordered "
                           "by name, and db-replica.example.com sorts before db.example.com"),
            QStringLiteral("9 ME-ROUTE-PORT-CAPTURED: Port 5432 of db-replica.example.com (TCP, "
                           "no addresses) captures all other traffic to port 5432 for sidecars in "
                           "payments; other entries on that port: cache.example.com "
                           "(payments/cache) and db.example.com (payments/db)")}));
}

void RoutingConflictsTest::sameAddressDropped()
{
    const QByteArray text = R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: primary
  namespace: data
  creationTimestamp: "2023-05-01T10:00:00Z"
spec:
  hosts: [primary.example.com]
  addresses: [10.0.0.5]
  ports: [{number: 5432, name: pg, protocol: TCP}]
  resolution: DNS
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: standby
  namespace: data
  creationTimestamp: "2024-05-01T10:00:00Z"
spec:
  hosts: [standby.example.com]
  addresses:
  - 10.0.0.9
  - 10.0.0.5
  ports: [{number: 5432, name: pg, protocol: TCP}]
  resolution: DNS
)";
    Setup setup(text);
    QCOMPARE(routingFindings(setup.workspace),
             QStringList{QStringLiteral(
                 "23 ME-ROUTE-LISTENER-DROPPED: Port 5432 of standby.example.com is dropped from "
                 "listener 10.0.0.5_5432 for sidecars in data: primary.example.com (data/primary) "
                 "has the same filter chain match (all traffic) and comes first: it was created "
                 "earlier")});
}

void RoutingConflictsTest::wellKnownPort()
{
    const QByteArray text = R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: web
  namespace: apps
spec:
  hosts: [web.example.com]
  ports: [{number: 27017, name: http, protocol: HTTP}]
  resolution: DNS
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: mongo
  namespace: apps
spec:
  hosts: [mongo.example.com]
  addresses: [10.1.0.0/24]
  ports: [{number: 27017, name: mongo, protocol: MONGO}]
  resolution: STATIC
)";
    Setup setup(text);
    // Without creation times the host decides the order: mongo sorts before web.
    QCOMPARE(routingFindings(setup.workspace),
             QStringList{QStringLiteral(
                 "8 ME-ROUTE-LISTENER-DROPPED: Port 27017 of web.example.com (HTTP) is dropped "
                 "from listener 0.0.0.0_27017 for sidecars in apps: Mongo and MySQL do not share a "
                 "listener with other protocols, and mongo.example.com (apps/mongo) comes first "
                 "with Mongo")});
}

void RoutingConflictsTest::hostShadowedAcrossNamespaces()
{
    const QByteArray text = R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: api
  namespace: a
  creationTimestamp: "2020-01-01T00:00:00Z"
spec:
  hosts: [api.example.com]
  ports: [{number: 443, name: tls, protocol: TLS}]
  resolution: DNS
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: api
  namespace: b
  creationTimestamp: "2021-01-01T00:00:00Z"
spec:
  hosts: [api.example.com]
  ports: [{number: 443, name: tls, protocol: TLS}]
  resolution: DNS
---
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata:
  name: vm
  namespace: c
spec:
  address: 10.9.0.1
)";
    Setup setup(text);
    QCOMPARE(
        routingFindings(setup.workspace),
        (QStringList{
            QStringLiteral("8 ME-ROUTE-HOST-SHADOWED: api.example.com is shadowed for sidecars "
                           "in b by ServiceEntry b/api: an entry in the sidecar's own namespace "
                           "wins"),
            QStringLiteral("19 ME-ROUTE-HOST-SHADOWED: api.example.com is shadowed for sidecars "
                           "in a by ServiceEntry a/api: an entry in the sidecar's own namespace "
                           "wins"),
            QStringLiteral("19 ME-ROUTE-HOST-SHADOWED: api.example.com is shadowed for sidecars "
                           "in c by ServiceEntry a/api: it was created earlier")}));
}

void RoutingConflictsTest::hostNotMerged()
{
    const QByteArray text = R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: api-v1
  namespace: payments
spec:
  hosts: [api.example.com]
  ports: [{number: 80, name: http, protocol: HTTP}]
  resolution: DNS
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: api-v2
  namespace: payments
spec:
  hosts: [api.example.com]
  ports: [{number: 8443, name: tls, protocol: TLS}]
  resolution: STATIC
  endpoints: [{address: 10.0.0.1}]
)";
    Setup setup(text);
    // The validator's ME-HOST-PORTS-DIFFER says it, on both entries; the routing model's
    // conflicts do not say it a second time.
    QCOMPARE(routingFindings(setup.workspace), QStringList());
    QStringList notMerged;
    for (const Diagnostic &diagnostic : setup.workspace.diagnostics()) {
        if (diagnostic.rule == u"ME-HOST-PORTS-DIFFER")
            notMerged.append(QStringLiteral("%1 %2")
                                 .arg(setup.workspace.startPosition(diagnostic).line + 1)
                                 .arg(diagnostic.message));
    }
    const QString merges = QStringLiteral(
        "and Istio merges ServiceEntries of one host and namespace only when resolution, "
        "labels, workloadSelector and exportTo agree: it keeps ");
    const QString order = QStringLiteral(
        " for the host (the older one wins; neither has a creationTimestamp, so the first by "
        "name is assumed), and port 8443 of ");
    QCOMPARE(notMerged,
             QStringList({QStringLiteral("7 host \"api.example.com\" is also defined in "
                                         "namespace \"payments\" by ServiceEntry payments/api-v2 "
                                         "(resolution differs: DNS here, STATIC there), ") +
                              merges + QStringLiteral("this ServiceEntry") + order +
                              QStringLiteral("payments/api-v2 is lost (sidecars get a listener "
                                             "but no cluster for it)"),
                          QStringLiteral("17 host \"api.example.com\" is also defined in "
                                         "namespace \"payments\" by ServiceEntry payments/api-v1 "
                                         "(resolution differs: STATIC here, DNS there), ") +
                              merges + QStringLiteral("payments/api-v1") + order +
                              QStringLiteral("this ServiceEntry is lost (sidecars get a listener "
                                             "but no cluster for it)")}));
    // The request tester agrees: port 8443 reaches a listener but no cluster.
    const RouteAnswer answer = setup.routing.route([] {
        RoutingRequest request;
        request.fromNamespace = QStringLiteral("payments");
        request.port = 8443;
        request.host = QStringLiteral("api.example.com");
        return request;
    }());
    QCOMPARE(answer.outcome, QStringLiteral("missing-cluster"));
}

void RoutingConflictsTest::sidecarImportsNothing()
{
    const QByteArray text = R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: api
  namespace: shared
spec:
  hosts: [api.example.com]
  ports: [{number: 443, name: tls, protocol: TLS}]
  resolution: DNS
---
apiVersion: networking.istio.io/v1
kind: Sidecar
metadata:
  name: default
  namespace: payments
spec:
  egress:
  - hosts:
    - "./*"
    - "*/api.example.com"
    - "*/api.exmaple.com"
    - "istio-system/istiod.istio-system.svc.cluster.local"
    - "api.example.com"
)";
    Setup setup(text);
    QCOMPARE(routingFindings(setup.workspace),
             (QStringList{QStringLiteral("21 ME-SIDECAR-IMPORT-NOTHING: Egress host "
                                         "\"*/api.exmaple.com\" imports no ServiceEntry visible to "
                                         "sidecars in payments"),
                          QStringLiteral("23 ME-SIDECAR-IMPORT-NOTHING: Egress host "
                                         "\"api.example.com\" is ignored: it must have the form "
                                         "namespace/host")}));
}

void RoutingConflictsTest::exportToHidesFromWorkloads()
{
    const QByteArray text = R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: api
  namespace: shared
spec:
  hosts: [api.example.com]
  ports: [{number: 443, name: tls, protocol: TLS}]
  resolution: DNS
  exportTo: [billing]
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: private
  namespace: shared
spec:
  hosts: [private.example.com]
  ports: [{number: 443, name: tls, protocol: TLS}]
  resolution: DNS
  exportTo: ["~"]
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: payments
---
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata:
  name: vm
  namespace: orders
spec:
  address: 10.9.0.1
)";
    Setup setup(text);
    QCOMPARE(routingFindings(setup.workspace),
             QStringList{QStringLiteral(
                 "10 ME-EXPORTTO-NO-WORKLOADS: exportTo [\"billing\"] makes this ServiceEntry "
                 "visible to no namespace that has workloads (orders and payments)")});
}

void RoutingConflictsTest::incrementalAfterEdit()
{
    Setup setup(sharedPort);
    QCOMPARE(routingFindings(setup.workspace).size(), 2);
    // Give db addresses: nothing captures, nothing is dropped.
    QByteArray text = setup.file.document(0).text();
    text.replace("  resolution: DNS\n", "  addresses: [10.0.0.8]\n  resolution: DNS\n");
    setup.file.setDocumentText(0, text);
    const ValidationDelta delta = setup.workspace.documentChanged(setup.id, 0);
    QStringList removed;
    for (const Diagnostic &diagnostic : delta.removed)
        removed.append(diagnostic.rule);
    removed.sort();
    QVERIFY2(removed.contains(QStringLiteral("ME-ROUTE-LISTENER-DROPPED")) &&
                 removed.contains(QStringLiteral("ME-ROUTE-PORT-CAPTURED")),
             qPrintable(removed.join(u' ')));
    // The capture is gone; both hosts of db now share 10.0.0.8, where the second is dropped.
    QCOMPARE(routingFindings(setup.workspace),
             QStringList{QStringLiteral(
                 "12 ME-ROUTE-LISTENER-DROPPED: Port 5432 of db.example.com is dropped from "
                 "listener 10.0.0.8_5432 for sidecars in payments: db-replica.example.com "
                 "(payments/db) has the same filter chain match (all traffic) and comes first: "
                 "hosts of one ServiceEntry are ordered by name, and db-replica.example.com sorts "
                 "before db.example.com")});
    // Undo: they come back.
    text.replace("  addresses: [10.0.0.8]\n", "");
    setup.file.setDocumentText(0, text);
    setup.workspace.documentChanged(setup.id, 0);
    QCOMPARE(routingFindings(setup.workspace).size(), 2);
    // Removing the document removes its findings and the capture it caused.
    setup.workspace.documentRemoved(setup.id, 0);
    QCOMPARE(routingFindings(setup.workspace), QStringList());
}

void RoutingConflictsTest::suppressedByAnnotation()
{
    QByteArray text = sharedPort;
    text.replace("  name: db\n  namespace: payments\n",
                 "  name: db\n  namespace: payments\n  annotations:\n"
                 "    galley.istio.io/analyze-suppress: ME-ROUTE-LISTENER-DROPPED\n");
    Setup setup(text);
    const QStringList findings = routingFindings(setup.workspace);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().contains(QStringLiteral("ME-ROUTE-PORT-CAPTURED")));
}

/// After every edit, the incrementally kept findings equal those of a fresh workspace.
void RoutingConflictsTest::incrementalEqualsFresh()
{
    const char *namespaces[] = {"a", "b", "c"};
    const char *ports[] = {
        "{number: 5432, name: pg, protocol: TCP}", "{number: 443, name: tls, protocol: TLS}",
        "{number: 80, name: http, protocol: HTTP}", "{number: 27017, name: mongo, protocol: MONGO}",
        "{number: 9000, name: auto}"};
    const char *exports[] = {"", "  exportTo: [\".\"]\n", "  exportTo: [\".\", b]\n"};
    QByteArray text;
    for (int i = 0; i < 24; ++i) {
        text += QStringLiteral(
                    "---\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                    "  name: se-%1\n  namespace: %2\nspec:\n  hosts: [h%3.example.com]\n"
                    "%4  ports: [%5]\n  resolution: DNS\n%6")
                    .arg(i)
                    .arg(QLatin1String(namespaces[i % 3]))
                    .arg(i % 7)
                    .arg(i % 4 == 0 ? QStringLiteral("  addresses: [10.0.0.%1]\n").arg(i % 5)
                                    : QString())
                    .arg(QLatin1String(ports[i % 5]))
                    .arg(QLatin1String(exports[i % 3]))
                    .toUtf8();
    }
    text += "---\napiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata:\n  name: default\n"
            "  namespace: c\nspec:\n  egress:\n  - hosts: [\"./*\", \"a/h1.example.com\"]\n";
    Setup setup(text);
    const auto fresh = [&] {
        Setup other(setup.file.bytes());
        return routingFindings(other.workspace);
    };
    QVERIFY(routingFindings(setup.workspace).size() > 5);
    QCOMPARE(routingFindings(setup.workspace), fresh());
    const QList<std::pair<const char *, const char *>> edits = {
        {"protocol: TCP", "protocol: TLS"},
        {"h3.example.com", "h5.example.com"},
        {"number: 443", "number: 5432"},
        {"exportTo: [\".\"]", "exportTo: [c]"},
        {"addresses: [10.0.0.0]", "addresses: [10.0.0.1]"},
        {"protocol: MONGO", "protocol: HTTP"},
        {"number: 9000, name: auto", "number: 80, name: auto"},
        {"a/h1.example.com", "b/h2.example.com"}};
    int step = 0;
    int applied = 0;
    for (const auto &[from, to] : edits) {
        for (int d = 0; d < setup.file.documentCount(); ++d) {
            QByteArray document = setup.file.document(d).text();
            if (!document.contains(from))
                continue;
            document.replace(from, to);
            setup.file.setDocumentText(d, document);
            setup.workspace.documentChanged(setup.id, d);
            QVERIFY2(routingFindings(setup.workspace) == fresh(),
                     qPrintable(QStringLiteral("after edit %1 of document %2").arg(step).arg(d)));
            ++applied;
            break;
        }
        ++step;
    }
    QCOMPARE(applied, int(edits.size()));
}

QTEST_GUILESS_MAIN(RoutingConflictsTest)
/// A namespace's view holds each Fact once; its index by document names places, not copies.
void RoutingConflictsTest::eachViewKeepsItsFactsOnce()
{
    Setup setup(sharedPort);
    // payments' own view: port 5432 drops db.example.com and db-replica.example.com captures it.
    QCOMPARE(routingFindings(setup.workspace).size(), 2);
    QCOMPARE(setup.routing.conflicts().keptFacts(), 2);
}

/// meshentry validate's one validateAll(): the same findings, taken from the routing model
/// instead of copied, with the facts behind them gone.
void RoutingConflictsTest::aBatchRunTakesTheFindings()
{
    YamlFile file = YamlFile::fromBytes(sharedPort);
    RoutingModel routing;
    ValidationWorkspace workspace;
    workspace.setBatchRun(true);
    workspace.setExtension(&routing);
    const int id = workspace.addFile(&file, QStringLiteral("mesh.yaml"));
    workspace.validateAll();
    Setup kept(sharedPort);
    QCOMPARE(routingFindings(workspace), routingFindings(kept.workspace));
    QCOMPARE(routingFindings(workspace).size(), 2);
    QCOMPARE(workspace.diagnostics(id), kept.workspace.diagnostics(kept.id));
    QCOMPARE(routing.conflicts().keptFacts(), 0);
    QCOMPARE(kept.routing.conflicts().keptFacts(), 2);
    qsizetype left = 0;
    qsizetype held = 0;
    for (int document = 0; document < 4; ++document) {
        left += routing.findings(document).size();
        held += kept.routing.findings(document).size();
    }
    QCOMPARE(left, 0);
    QCOMPARE(held, 2);
}

/// A large file's routing messages are tens of thousands of distinct texts: each is kept once,
/// as UTF-8 (one byte per character of English), shared between the fact and the finding; a
/// message without arguments keeps no copy of its template.
void RoutingConflictsTest::messagesAreKeptAsUtf8Once()
{
    Setup setup(sharedPort);
    QHash<QString, qsizetype> bytes;
    for (const Diagnostic &diagnostic : setup.workspace.diagnostics())
        bytes[diagnostic.rule] += diagnostic.message.ownBytes();
    QCOMPARE(bytes.value(QStringLiteral("ME-ROUTE-LISTENER-DROPPED")), 293);
    QCOMPARE(bytes.value(QStringLiteral("ME-ROUTE-PORT-CAPTURED")), 217);
    // "multiple hosts provided with non-HTTP, non-TLS ports" for db's two hosts.
    QVERIFY(bytes.contains(QStringLiteral("SE-MULTIHOST-PROTOCOL")));
    QCOMPARE(bytes.value(QStringLiteral("SE-MULTIHOST-PROTOCOL")), 0);
    // The fact behind the finding holds the same bytes, not a second copy.
    const QList<Diagnostic> kept = setup.routing.conflicts().findings(0);
    QCOMPARE(kept.size(), 2);
    int shared = 0;
    for (const Diagnostic &diagnostic : setup.workspace.diagnostics()) {
        for (const Diagnostic &fact : kept)
            shared += diagnostic.message.utf8().constData() == fact.message.utf8().constData();
    }
    QCOMPARE(shared, 2);
}

#include "tst_routingconflicts.moc"
