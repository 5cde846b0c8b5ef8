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
        QCOMPARE(inventory.workload(0).address, QStringLiteral("10.0.0.7"));
        QCOMPARE(inventory.workload(0).kindName(), QStringLiteral("Pod"));
        const Workload &entry = inventory.workload(1);
        QCOMPARE(entry.kind, Workload::Kind::WorkloadEntry);
        QCOMPARE(entry.labels.value(QStringLiteral("tier")), QStringLiteral("a"));
        QCOMPARE(inventory.select(QStringLiteral("shop"),
                                  {{QStringLiteral("app"), QStringLiteral("web")}}),
                 QList<int>({0, 1}));
        QCOMPARE(inventory.namespaces(), QStringList{QStringLiteral("shop")});
        QVERIFY(!inventory.addFromBytes("{\"kind\": ", QStringLiteral("bad.json"), &error));
        QVERIFY(error.startsWith(QStringLiteral("bad.json: invalid JSON")));
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

    /// DESIGN.md §6: one selector against 100,000 workloads in ≤ 1 ms.
    void selectorBudget()
    {
        WorkloadInventory inventory;
        for (int i = 0; i < 100000; ++i) {
            Workload workload;
            workload.name = QStringLiteral("w%1").arg(i);
            workload.namespaceName = QStringLiteral("ns-%1").arg(i % 10);
            workload.labels = {{QStringLiteral("app"), QStringLiteral("app-%1").arg(i % 5000)},
                               {QStringLiteral("version"), QStringLiteral("v%1").arg(i % 3)}};
            inventory.add(workload);
        }
        const QMap<QString, QString> selector = {{QStringLiteral("app"), QStringLiteral("app-42")},
                                                 {QStringLiteral("version"), QStringLiteral("v0")}};
        QElapsedTimer timer;
        timer.start();
        QList<int> matched;
        for (int i = 0; i < 100; ++i)
            matched = inventory.select(QStringLiteral("ns-2"), selector);
        const double perSelect = timer.nsecsElapsed() / 100.0 / 1e6;
        QVERIFY(!matched.isEmpty());
        for (const int id : matched)
            QCOMPARE(inventory.workload(id).labels.value(QStringLiteral("app")),
                     QStringLiteral("app-42"));
        qInfo("one selector against 100,000 workloads: %.4f ms", perSelect);
        QVERIFY(perSelect <= 1.0);
    }
};

QTEST_GUILESS_MAIN(TestWorkloads)
#include "tst_workloads.moc"
