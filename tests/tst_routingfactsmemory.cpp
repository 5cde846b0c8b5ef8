// The routing model's compact facts: one pooled copy of each repeated value (StringPool),
// string maps as sorted flat arrays (FlatMap), and WorkloadEntries read into their Workload
// by the thread that reads them.

#include "flatmap.h"
#include "routingtesthelpers.h"
#include "stringpool.h"

#include <QtConcurrent>
#include <QtTest>

using namespace MeshEntry;

class TestRoutingFactsMemory : public QObject
{
    Q_OBJECT

private slots:
    void poolKeepsOneCopyOfEqualStrings();
    void poolSharesAcrossThreads();
    void pruneDropsOnlyUnusedStrings();
    void flatMapAnswersAsQMap();
    void flatMapLastValueOfAKeyWins();
    void documentsShareLabelsAndNamespaces();
    void workloadEntryReadIntoItsWorkload();
};

void TestRoutingFactsMemory::poolKeepsOneCopyOfEqualStrings()
{
    StringPool pool;
    // Two equal values built separately (as two documents' scalars are).
    const QString first = pool.intern(QString::fromUtf8("frontend"));
    const QString second = pool.intern(QStringLiteral("front") + QStringLiteral("end"));
    QCOMPARE(first, QStringLiteral("frontend"));
    QCOMPARE(second, QStringLiteral("frontend"));
    QCOMPARE(second.constData(), first.constData());
    QCOMPARE(pool.intern(QStringLiteral("backend")) == first, false);
    QCOMPARE(pool.size(), 2);
    QVERIFY(pool.intern(QString()).isNull());
    QCOMPARE(pool.intern(QString()).isNull(), true);
    QCOMPARE(pool.intern(QLatin1String("")), QString());
    QCOMPARE(pool.size(), 2);
}

void TestRoutingFactsMemory::poolSharesAcrossThreads()
{
    StringPool pool;
    QList<int> jobs(64);
    std::iota(jobs.begin(), jobs.end(), 0);
    const QList<QString> interned = QtConcurrent::blockingMapped(
        jobs, [&pool](int job) { return pool.intern(QStringLiteral("ns-%1").arg(job % 4)); });
    QCOMPARE(pool.size(), 4);
    for (int job = 4; job < 64; ++job)
        QCOMPARE(interned[job].constData(), interned[job % 4].constData());
}

void TestRoutingFactsMemory::pruneDropsOnlyUnusedStrings()
{
    StringPool pool;
    QString kept = pool.intern(QString::fromUtf8("kept"));
    pool.intern(QString::fromUtf8("dropped"));
    QCOMPARE(pool.size(), 2);
    pool.prune();
    QCOMPARE(pool.size(), 1);
    QCOMPARE(pool.intern(QString::fromUtf8("kept")).constData(), kept.constData());
    QCOMPARE(pool.size(), 1);
}

void TestRoutingFactsMemory::flatMapAnswersAsQMap()
{
    const QList<std::pair<QString, QString>> pairs{
        {"tier", "web"}, {"app", "cart"}, {"zone", "b"}, {"App", "upper"}, {"", "empty key"}};
    QMap<QString, QString> map;
    QList<LabelMap::Entry> entries;
    for (const auto &[key, value] : pairs) {
        map.insert(key, value);
        entries.append({key, value});
    }
    const LabelMap flat(entries);
    QCOMPARE(flat.size(), 5);
    QCOMPARE(flat.toMap(), map);
    QStringList order;
    for (auto it = flat.cbegin(); it != flat.cend(); ++it)
        order.append(it.key() + u'=' + it.value());
    QCOMPARE(order, QStringList({"=empty key", "App=upper", "app=cart", "tier=web", "zone=b"}));
    for (const QString &key : {"tier", "app", "App", "", "zone", "missing", "ap", "zzz"}) {
        QCOMPARE(flat.value(key), map.value(key));
        QCOMPARE(flat.contains(key), map.contains(key));
        QCOMPARE(flat.constFind(key) == flat.cend(), map.constFind(key) == map.cend());
    }
    QCOMPARE(*flat.constFind(QStringLiteral("app")), QStringLiteral("cart"));
    LabelMap inserted;
    for (const auto &[key, value] : pairs)
        inserted.insert(key, value);
    QCOMPARE(inserted == flat, true);
    inserted.insert(QStringLiteral("app"), QStringLiteral("shop"));
    QCOMPARE(inserted == flat, false);
    QCOMPARE(inserted.value(QStringLiteral("app")), QStringLiteral("shop"));
    QCOMPARE(inserted.size(), 5);
    const PortMap ports(QList<PortMap::Entry>{{"http", 8080}, {"grpc", 9090}});
    QCOMPARE(ports.value(QStringLiteral("grpc")), 9090u);
    QCOMPARE(ports.value(QStringLiteral("tcp")), 0u);
}

void TestRoutingFactsMemory::flatMapLastValueOfAKeyWins()
{
    const LabelMap flat(QList<LabelMap::Entry>{{"app", "one"}, {"tier", "web"}, {"app", "two"}});
    QCOMPARE(flat.size(), 2);
    QCOMPARE(flat.value(QStringLiteral("app")), QStringLiteral("two"));
    QCOMPARE(flat.entries().capacity(), 2);
}

void TestRoutingFactsMemory::documentsShareLabelsAndNamespaces()
{
    const QByteArray text = R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: one
  namespace: shop
  labels: {team: payments, tier: "backend"}
spec:
  hosts: [one.example.com]
  ports: [{number: 443, name: https-web, protocol: HTTPS}]
  exportTo: [".", "istio-system"]
  resolution: DNS
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: two
  namespace: shop
  labels: {tier: backend, team: 'payments'}
spec:
  hosts: [two.example.com]
  ports: [{number: 443, name: https-web, protocol: HTTPS}]
  exportTo: [istio-system]
  resolution: DNS
  workloadSelector: {labels: {tier: backend}}
)";
    const std::unique_ptr<RoutingModel> model = RoutingTest::model(text);
    const RoutingFacts *one = model->registry().facts(0);
    const RoutingFacts *two = model->registry().facts(1);
    QVERIFY(one && two);
    QCOMPARE(one->labels.toMap(),
             (QMap<QString, QString>{{"team", "payments"}, {"tier", "backend"}}));
    QCOMPARE(two->labels, one->labels);
    QCOMPARE(two->labels.value(QStringLiteral("tier")).constData(),
             one->labels.value(QStringLiteral("tier")).constData());
    QCOMPARE(two->labels.entries().at(0).key.constData(),
             one->labels.entries().at(0).key.constData());
    QCOMPARE(two->selector.value(QStringLiteral("tier")).constData(),
             one->labels.value(QStringLiteral("tier")).constData());
    QCOMPARE(two->namespaceName, QStringLiteral("shop"));
    QCOMPARE(two->namespaceName.constData(), one->namespaceName.constData());
    QCOMPARE(two->ports.at(0).name.constData(), one->ports.at(0).name.constData());
    QCOMPARE(two->ports.at(0).protocol.constData(), one->ports.at(0).protocol.constData());
    QCOMPARE(one->exportTo, QStringList({".", "istio-system"}));
    QCOMPARE(two->exportTo.at(0).constData(), one->exportTo.at(1).constData());
    QCOMPARE(one->hosts.capacity(), 1);
    // Hosts differ; the pool holds the values that repeat and those read once.
    QCOMPARE(model->strings().size(), 9);
    QCOMPARE(two->selector.toMap(), (QMap<QString, QString>{{"tier", "backend"}}));
}

void TestRoutingFactsMemory::workloadEntryReadIntoItsWorkload()
{
    const QByteArray text = R"(apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata:
  name: vm-1
  namespace: shop
  labels: {app: cart, version: v2}
spec:
  address: 10.0.0.7
  labels: {app: ignored, zone: b}
  ports: {https: 8443, grpc: 9443}
  network: vpc-1
  locality: us-west1/us-west1-b
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: cart, namespace: shop}
spec:
  hosts: [cart.example.com]
  ports: [{number: 443, name: https, protocol: HTTPS}]
  resolution: STATIC
  workloadSelector: {labels: {app: cart}}
)";
    const std::unique_ptr<RoutingModel> model = RoutingTest::model(text);
    // Moved into the registry's inventory, not kept twice: only its name stays beside it.
    QCOMPARE(model->registry().facts(0), nullptr);
    const RoutingRegistry::DocumentName name = model->registry().documentName(0);
    QCOMPARE(name.namespaceName, QStringLiteral("shop"));
    QCOMPARE(name.name, QStringLiteral("vm-1"));
    QCOMPARE(model->registry().documentName(1).name, QStringLiteral("cart"));
    QCOMPARE(model->registry().documentName(2).name, QString());
    bool selector = false;
    const QList<RoutingRegistry::ClusterEndpoint> endpoints = model->registry().endpoints(
        QStringLiteral("cart.example.com"), QStringLiteral("shop"), 443, &selector);
    QCOMPARE(selector, true);
    QCOMPARE(endpoints.size(), 1);
    QCOMPARE(endpoints.at(0).address, QStringLiteral("10.0.0.7"));
    QCOMPARE(endpoints.at(0).port, 8443u);
}

QTEST_GUILESS_MAIN(TestRoutingFactsMemory)
#include "tst_routingfactsmemory.moc"
