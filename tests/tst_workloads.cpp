#include "exportto.h"
#include "labelindex.h"
#include "workloadinventory.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace MeshEntry;

/// The workload inventory, its label index and exportTo visibility (DESIGN.md §4).
class TestWorkloads : public QObject
{
    Q_OBJECT

private slots:
    void labelIndex()
    {
        LabelIndex index;
        index.insert(3, QStringLiteral("a"),
                     {{QStringLiteral("app"), QStringLiteral("web")},
                      {QStringLiteral("v"), QStringLiteral("1")}});
        index.insert(1, QStringLiteral("a"),
                     {{QStringLiteral("app"), QStringLiteral("web")},
                      {QStringLiteral("v"), QStringLiteral("2")}});
        index.insert(2, QStringLiteral("b"), {{QStringLiteral("app"), QStringLiteral("web")}});
        QCOMPARE(index.size(), 3);
        QCOMPARE(
            index.select(QStringLiteral("a"), {{QStringLiteral("app"), QStringLiteral("web")}}),
            QList<int>({1, 3}));
        QCOMPARE(index.select(QStringLiteral("a"), {{QStringLiteral("app"), QStringLiteral("web")},
                                                    {QStringLiteral("v"), QStringLiteral("1")}}),
                 QList<int>{3});
        QCOMPARE(index.select(QStringLiteral("a"), {}), QList<int>({1, 3}));
        QVERIFY(index.select(QStringLiteral("a"), {{QStringLiteral("app"), QStringLiteral("api")}})
                    .isEmpty());
        QVERIFY(index.matchesAny(QStringLiteral("b"),
                                 {{QStringLiteral("app"), QStringLiteral("web")}}));
        QVERIFY(!index.matchesAny(QStringLiteral("c"), {}));
        QCOMPARE(index.namespaces(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        index.remove(3, QStringLiteral("a"),
                     {{QStringLiteral("app"), QStringLiteral("web")},
                      {QStringLiteral("v"), QStringLiteral("1")}});
        QCOMPARE(
            index.select(QStringLiteral("a"), {{QStringLiteral("app"), QStringLiteral("web")}}),
            QList<int>{1});
        QVERIFY(index.postings(QStringLiteral("a"), QStringLiteral("v"), QStringLiteral("1"))
                    .isEmpty());
        QCOMPARE(index.size(), 2);
    }

    void kubectlJson()
    {
        const QByteArray json = R"({"apiVersion": "v1", "kind": "List", "items": [
            {"kind": "Pod", "metadata": {"name": "web-1", "namespace": "shop", "labels": {"app": "web"}},
             "status": {"podIP": "10.0.0.7"}},
            {"kind": "Service", "metadata": {"name": "web", "namespace": "shop"}},
            {"kind": "WorkloadEntry", "metadata": {"name": "vm", "namespace": "shop", "labels": {"tier": "a"}},
             "spec": {"address": "vm.example.com", "labels": {"app": "web", "tier": "b"}}}]})";
        WorkloadInventory inventory;
        QString error;
        QVERIFY2(inventory.addFromBytes(json, QStringLiteral("pods.json"), &error),
                 qPrintable(error));
        QCOMPARE(inventory.size(), 2);
        QCOMPARE(inventory.workload(0).address(), QStringLiteral("10.0.0.7"));
        QCOMPARE(inventory.workload(0).kindName(), QStringLiteral("Pod"));
        const Workload &entry = inventory.workload(1);
        QCOMPARE(entry.kind, Workload::Kind::WorkloadEntry);
        QCOMPARE(entry.labels.value(QStringLiteral("tier")), QStringLiteral("a"));
        QCOMPARE(inventory.select(QStringLiteral("shop"),
                                  {{QStringLiteral("app"), QStringLiteral("web")}}),
                 QList<int>({0, 1}));
        QCOMPARE(inventory.namespaces(), QStringList{QStringLiteral("shop")});
        QVERIFY(!inventory.addFromBytes("{\"kind\": ", QStringLiteral("bad.json"), &error));
        QCOMPARE(error, QStringLiteral("bad.json:1:10: unexpected end of the JSON text"));
    }

    void yamlFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("vms.yaml"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(
            "apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n  name: vm-1\n"
            "spec:\n  address: 10.1.0.1\n  labels: {app: vm}\n---\n"
            "apiVersion: v1\nkind: PodList\nitems:\n- kind: Pod\n  metadata: {name: p, namespace: "
            "x, labels: {app: vm}}\n");
        out.close();
        WorkloadInventory inventory;
        QString error;
        QVERIFY2(inventory.addFromFile(path, &error, QStringLiteral("prod")), qPrintable(error));
        QCOMPARE(inventory.size(), 2);
        QCOMPARE(inventory.workload(0).namespaceName, QStringLiteral("prod"));
        QCOMPARE(inventory.workload(0).source, path);
        QVERIFY(inventory.matchesAny(QStringLiteral("x"),
                                     {{QStringLiteral("app"), QStringLiteral("vm")}}));
        QVERIFY(!inventory.addFromFile(dir.filePath(QStringLiteral("missing.yaml")), &error));
        QVERIFY(!inventory.addFromBytes("a: [b\n", QStringLiteral("broken.yaml"), &error));
        QVERIFY(error.startsWith(QStringLiteral("broken.yaml:")));
    }

    void exportTo()
    {
        const ExportTo everyone({}, QStringLiteral("shop"));
        QVERIFY(everyone.isPublic() && everyone.isVisibleTo(QStringLiteral("any")));
        const ExportTo local({QStringLiteral(".")}, QStringLiteral("shop"));
        QVERIFY(local.isVisibleTo(QStringLiteral("shop")) &&
                !local.isVisibleTo(QStringLiteral("other")));
        QCOMPARE(local.namespaces(), QStringList{QStringLiteral("shop")});
        const ExportTo hidden({QStringLiteral("~")}, QStringLiteral("shop"));
        QVERIFY(hidden.isHidden());
        QVERIFY(!hidden.overlaps(everyone));
        QVERIFY(local.overlaps(everyone));
        QVERIFY(!local.overlaps(ExportTo({QStringLiteral(".")}, QStringLiteral("other"))));
        QVERIFY(local.overlaps(
            ExportTo({QStringLiteral("shop"), QStringLiteral("x")}, QStringLiteral("other"))));
        QCOMPARE(local.visibleNamespaces({QStringLiteral("a"), QStringLiteral("shop")}),
                 QStringList{QStringLiteral("shop")});
        const ExportTo meshDefault({}, QStringLiteral("shop"), {QStringLiteral(".")});
        QVERIFY(!meshDefault.isPublic());
        QCOMPARE(ExportTo::analyzerScopes({}, QStringLiteral("shop")),
                 QStringList{QStringLiteral("*")});
        QCOMPARE(ExportTo::analyzerScopes({QStringLiteral("."), QStringLiteral("~")},
                                          QStringLiteral("shop")),
                 QStringList({QStringLiteral("shop"), QStringLiteral("~")}));
        QCOMPARE(ExportTo::analyzerScopes({QStringLiteral("a"), QStringLiteral("*")},
                                          QStringLiteral("shop")),
                 QStringList{QStringLiteral("*")});
    }

    void labelIndexKeysAndNamespaces()
    {
        LabelIndex index(true);
        index.insert(1, QStringLiteral("a"), {{QStringLiteral("app"), QStringLiteral("web")}});
        index.insert(2, QStringLiteral("a"), {{QStringLiteral("app"), QStringLiteral("api")}});
        index.insert(3, QStringLiteral("b"), {{QStringLiteral("app"), QStringLiteral("web")}});
        index.insert(4, QStringLiteral("a"), {{QStringLiteral("tier"), QStringLiteral("x")}});
        QCOMPARE(index.keyPostings(QStringLiteral("a"), QStringLiteral("app")), QList<int>({1, 2}));
        QCOMPARE(index.selectInAllNamespaces({{QStringLiteral("app"), QStringLiteral("web")}}),
                 QList<int>({1, 3}));
        QCOMPARE(index.selectInAllNamespaces({}), QList<int>());
        QCOMPARE(index.inNamespace(QStringLiteral("a")), QList<int>({1, 2, 4}));
        // Inserting an id twice changes nothing.
        index.insert(1, QStringLiteral("a"), {{QStringLiteral("app"), QStringLiteral("web")}});
        QCOMPARE(index.size(), 4);
        index.remove(1, QStringLiteral("a"), {{QStringLiteral("app"), QStringLiteral("web")}});
        QCOMPARE(index.keyPostings(QStringLiteral("a"), QStringLiteral("app")), QList<int>{2});
        QCOMPARE(index.selectInAllNamespaces({{QStringLiteral("app"), QStringLiteral("web")}}),
                 QList<int>{3});
        const QList<int> a{1, 3, 5, 7};
        const QList<int> b{3, 4, 7};
        QCOMPARE(LabelIndex::intersect({&a, &b}), QList<int>({3, 7}));
        QCOMPARE(LabelIndex::subtract(a, b), QList<int>({1, 5}));
    }

    void replaceRemoveAndOrder()
    {
        WorkloadInventory inventory;
        Workload b;
        b.kind = Workload::Kind::WorkloadEntry;
        b.name = QStringLiteral("b");
        b.namespaceName = QStringLiteral("shop");
        b.labels = {{QStringLiteral("app"), QStringLiteral("web")}};
        b.source = QStringLiteral("one.yaml");
        Workload a = b;
        a.kind = Workload::Kind::Pod;
        a.name = QStringLiteral("z");
        a.source = QStringLiteral("two.json");
        const int idB = inventory.add(b);
        const int idA = inventory.add(a);
        // Istio's order: Pods before WorkloadEntries, then namespace and name.
        QCOMPARE(inventory.sortRank(idA), 0);
        QCOMPARE(inventory.sortRank(idB), 1);
        QCOMPARE(inventory.sources(),
                 QStringList({QStringLiteral("one.yaml"), QStringLiteral("two.json")}));
        Workload relabelled = b;
        relabelled.labels = {{QStringLiteral("app"), QStringLiteral("api")}};
        inventory.replace(idB, relabelled);
        QCOMPARE(inventory.select(QStringLiteral("shop"),
                                  {{QStringLiteral("app"), QStringLiteral("web")}}),
                 QList<int>{idA});
        QCOMPARE(inventory.removeSource(QStringLiteral("two.json")), 1);
        QVERIFY(!inventory.contains(idA));
        QCOMPARE(inventory.ids(), QList<int>{idB});
        QCOMPARE(inventory.size(), 1);
        inventory.remove(idB);
        QCOMPARE(inventory.size(), 0);
        QVERIFY(inventory.namespaces().isEmpty());
    }

    /// An inventory that is only asked selectors answers them as a full one does, without the
    /// near-miss and cross-namespace lists, also after clear().
    void selectorsOnlyInventory()
    {
        WorkloadInventory full;
        WorkloadInventory lean(WorkloadInventory::defaultClusterId(),
                               WorkloadInventory::Answers::SelectorsOnly);
        const QMap<QString, QString> web{{QStringLiteral("app"), QStringLiteral("web")}};
        for (int round = 0; round < 2; ++round) {
            for (WorkloadInventory *inventory : {&full, &lean}) {
                for (const char *name : {"a", "b"}) {
                    Workload workload;
                    workload.kind = Workload::Kind::WorkloadEntry;
                    workload.name = QLatin1String(name);
                    workload.namespaceName = QStringLiteral("shop");
                    workload.labels = web;
                    inventory->add(workload);
                }
            }
            QCOMPARE(lean.select(QStringLiteral("shop"), web), QList<int>({0, 1}));
            QCOMPARE(full.select(QStringLiteral("shop"), web), QList<int>({0, 1}));
            QCOMPARE(full.index().keyPostings(QStringLiteral("shop"), QStringLiteral("app")),
                     QList<int>({0, 1}));
            QCOMPARE(full.index().selectInAllNamespaces(web), QList<int>({0, 1}));
            QVERIFY(
                lean.index().keyPostings(QStringLiteral("shop"), QStringLiteral("app")).isEmpty());
            QVERIFY(lean.index().values(QStringLiteral("shop"), QStringLiteral("app")).isEmpty());
            QVERIFY(lean.index().selectInAllNamespaces(web).isEmpty());
            full.clear();
            lean.clear();
        }
    }

    void effectiveLabels()
    {
        Workload entry;
        entry.kind = Workload::Kind::WorkloadEntry;
        entry.labels = {{QStringLiteral("app"), QStringLiteral("vm")},
                        {QStringLiteral("topology.kubernetes.io/zone"), QStringLiteral("old")}};
        entry.locality = QStringLiteral("eu/eu-west-1a/rack-4");
        entry.network = QStringLiteral("vpc-1");
        const QMap<QString, QString> expected{
            {QStringLiteral("app"), QStringLiteral("vm")},
            {QStringLiteral("topology.kubernetes.io/region"), QStringLiteral("eu")},
            {QStringLiteral("topology.kubernetes.io/zone"), QStringLiteral("eu-west-1a")},
            {QStringLiteral("topology.istio.io/subzone"), QStringLiteral("rack-4")},
            {QStringLiteral("topology.istio.io/cluster"), QStringLiteral("Kubernetes")},
            {QStringLiteral("topology.istio.io/network"), QStringLiteral("vpc-1")}};
        QCOMPARE(entry.effectiveLabels(QStringLiteral("Kubernetes")), expected);
        QCOMPARE(entry.labelOrigin(QStringLiteral("topology.kubernetes.io/zone"),
                                   QStringLiteral("Kubernetes")),
                 QStringLiteral("from locality eu/eu-west-1a/rack-4"));
        QCOMPARE(entry.labelOrigin(QStringLiteral("app"), QStringLiteral("Kubernetes")), QString());
        // A network label already set is kept (label.go:AugmentLabels).
        entry.labels.insert(QStringLiteral("topology.istio.io/network"), QStringLiteral("own"));
        QString value;
        QVERIFY(entry.effectiveLabel(QStringLiteral("topology.istio.io/network"),
                                     QStringLiteral("Kubernetes"), &value));
        QCOMPARE(value, QStringLiteral("own"));

        Workload pod;
        pod.nodeName = QStringLiteral("node-7");
        QCOMPARE(pod.effectiveLabels(QString()),
                 (QMap<QString, QString>{
                     {QStringLiteral("kubernetes.io/hostname"), QStringLiteral("node-7")},
                     {QStringLiteral("topology.istio.io/network"), QString()}}));
        QVERIFY(!pod.effectiveLabel(QStringLiteral("app"), QString(), &value));
    }
};

QTEST_GUILESS_MAIN(TestWorkloads)
#include "tst_workloads.moc"
