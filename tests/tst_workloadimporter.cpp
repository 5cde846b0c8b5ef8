#include "workloadimporter.h"

#include <QTemporaryDir>
#include <QtTest>
#include <sys/resource.h>

using namespace MeshEntry;

namespace {

const QByteArray podJson = R"({"apiVersion": "v1", "kind": "List", "items": [
 {"apiVersion": "v1", "kind": "Pod",
  "metadata": {"name": "web-5d9c7-abcde", "namespace": "shop",
    "labels": {"app": "web", "pod-template-hash": "5d9c7", "istio-locality": "eu.eu-west-1b"},
    "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "web-5d9c7"}],
    "managedFields": [{"manager": "kube-controller-manager"}]},
  "spec": {"nodeName": "node-3", "serviceAccountName": "web-sa", "hostNetwork": true,
    "containers": [{"name": "web", "image": "web:1", "env": [{"name": "A", "value": "b"}],
      "ports": [{"containerPort": 8080, "name": "http", "protocol": "TCP"}]}]},
  "status": {"phase": "Running", "podIP": "192.168.1.3",
    "podIPs": [{"ip": "192.168.1.3"}, {"ip": "fd00::3"}],
    "conditions": [{"type": "Initialized", "status": "True"}, {"type": "Ready", "status": "True"}]}},
 {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop", "labels": {"tier": "a"}}},
 {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"}},
 {"apiVersion": "networking.istio.io/v1", "kind": "WorkloadEntry",
  "metadata": {"name": "vm-1", "annotations": {"proxy.istio.io/health-checks-enabled": "true"}},
  "spec": {"address": "10.0.0.9", "serviceAccount": "vm-sa", "network": "vpc-2",
    "labels": {"app": "web", "istio-locality": "us.us-east-1a"}, "weight": "7", "ports": {"http": 8081}},
  "status": {"conditions": [{"type": "Healthy", "status": "False"}]}},
 {"apiVersion": "example.com/v1", "kind": "WorkloadEntry", "metadata": {"name": "not-istio"}}
]})";

} // namespace

/// Reading Pods, WorkloadEntries and Namespaces from kubectl output, in a worker's way.
class TestWorkloadImporter : public QObject
{
    Q_OBJECT

private slots:
    void podFacts()
    {
        const WorkloadImporter::Result result =
            WorkloadImporter(QStringLiteral("vms")).importBytes(podJson, QStringLiteral("p.json"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.workloads.size(), 2);
        QCOMPARE(result.otherObjects, 2);
        QCOMPARE(result.namespaces.names(), QStringList{QStringLiteral("shop")});

        const Workload &pod = result.workloads[0];
        QCOMPARE(pod.kind, Workload::Kind::Pod);
        QCOMPARE(pod.name, QStringLiteral("web-5d9c7-abcde"));
        QCOMPARE(pod.namespaceName, QStringLiteral("shop"));
        QCOMPARE(pod.labels.size(), 3);
        QCOMPARE(pod.addresses,
                 QStringList({QStringLiteral("192.168.1.3"), QStringLiteral("fd00::3")}));
        QCOMPARE(pod.ports.size(), 1);
        QCOMPARE(pod.portNumber(QStringLiteral("http")), 8080u);
        QCOMPARE(pod.serviceAccount, QStringLiteral("web-sa"));
        QCOMPARE(pod.nodeName, QStringLiteral("node-3"));
        QVERIFY(pod.hostNetwork);
        QCOMPARE(pod.phase, QStringLiteral("Running"));
        QCOMPARE(pod.ready, Workload::Condition::True);
        QVERIFY(!pod.terminating);
        QCOMPARE(pod.owner, QStringLiteral("ReplicaSet/web-5d9c7"));
        QCOMPARE(pod.locality, QStringLiteral("eu/eu-west-1b"));
        QCOMPARE(pod.source, QStringLiteral("p.json"));
        QCOMPARE(pod.effectiveLabels(QStringLiteral("c1"))
                     .value(QStringLiteral("topology.kubernetes.io/zone")),
                 QStringLiteral("eu-west-1b"));

        const Workload &entry = result.workloads[1];
        QCOMPARE(entry.kind, Workload::Kind::WorkloadEntry);
        QCOMPARE(entry.namespaceName, QStringLiteral("vms"));
        QCOMPARE(entry.address(), QStringLiteral("10.0.0.9"));
        QCOMPARE(entry.serviceAccount, QStringLiteral("vm-sa"));
        QCOMPARE(entry.network, QStringLiteral("vpc-2"));
        QCOMPARE(entry.locality, QStringLiteral("us/us-east-1a"));
        QCOMPARE(entry.weight, 7u);
        QCOMPARE(entry.portNumber(QStringLiteral("http")), 8081u);
        QVERIFY(entry.healthChecks);
        QCOMPARE(entry.healthy, Workload::Condition::False);
    }

    void fileWithProgressAndCancel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pods.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray big = "{\"kind\": \"PodList\", \"items\": [";
        for (int i = 0; i < 3000; ++i) {
            if (i > 0)
                big += ',';
            big += "{\"kind\": \"Pod\", \"metadata\": {\"name\": \"p" + QByteArray::number(i) +
                   "\", \"namespace\": \"ns\", \"labels\": {\"app\": \"a" +
                   QByteArray::number(i % 7) + "\"}}, \"status\": {\"podIP\": \"10.0.0.1\"}}";
        }
        big += "]}";
        file.write(big);
        file.close();

        QList<qint64> progress;
        WorkloadImporter importer;
        importer.setProgress([&](qint64 done, qint64 total) {
            QCOMPARE(total, qint64(big.size()));
            progress.append(done);
        });
        const WorkloadImporter::Result result = importer.importFile(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.workloads.size(), 3000);
        QCOMPARE(result.workloads.last().name, QStringLiteral("p2999"));
        QCOMPARE(result.bytes, qint64(big.size()));
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last(), qint64(big.size()));
        // Equal label values share one string.
        QVERIFY(result.workloads[0].labels.first().constData() ==
                result.workloads[7].labels.first().constData());

        std::atomic_bool cancel{false};
        WorkloadImporter cancelled;
        cancelled.setCancel(&cancel);
        cancelled.setProgress([&](qint64, qint64) { cancel = true; });
        const WorkloadImporter::Result stopped = cancelled.importFile(path);
        QVERIFY(!stopped.ok);
        QVERIFY(stopped.cancelled);
        QCOMPARE(stopped.error, path + QStringLiteral(": import cancelled"));
        QVERIFY(stopped.workloads.isEmpty());
    }

    void truncatedHugePodList()
    {
        // `kubectl get pods -A -o json` of a large cluster, cut off at half of its 300 MB.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pods.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const qint64 fullSize = 300'000'000;
        const qint64 cut = fullSize / 2;
        file.write("{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [\n");
        const QByteArray filler(1200, 'f');
        int lines = 1;
        for (int i = 0; file.size() < cut; ++i, ++lines) {
            file.write((i ? ",\n" : "") +
                       QByteArray("{\"kind\": \"Pod\", \"metadata\": {\"name\": \"p") +
                       QByteArray::number(i) +
                       "\", \"namespace\": \"ns\", \"labels\": {\"app\": \"a\"}, "
                       "\"managedFields\": [{\"manager\": \"" +
                       filler + "\"}]}, \"status\": {\"podIP\": \"10.0.0.1\"}}");
        }
        QVERIFY(file.resize(cut));
        file.close();
        const int lastLine = lines; // the line that is cut off
        struct rusage before;
        getrusage(RUSAGE_SELF, &before);
        const WorkloadImporter::Result result = WorkloadImporter().importFile(path);
        struct rusage after;
        getrusage(RUSAGE_SELF, &after);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(QStringLiteral("%1:%2:").arg(path).arg(lastLine)),
                 qPrintable(result.error));
        QVERIFY(result.workloads.isEmpty());
        // Streamed: the 150 MB are never held as a tree (ru_maxrss is in KiB).
        const long grownMiB = (after.ru_maxrss - before.ru_maxrss) / 1024;
        qInfo("truncated 150 MB list: %s; peak memory grew by %ld MiB", qPrintable(result.error),
              grownMiB);
        QVERIFY2(grownMiB < 400,
                 qPrintable(QStringLiteral("peak memory grew by %1 MiB").arg(grownMiB)));
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary.append(char((i * 7919) % 256));
        QTest::newRow("binary") << binary;
        QTest::newRow("deep JSON") << QByteArray(100000, '{');
        QTest::newRow("deep YAML") << QByteArray(100000, '[');
        QTest::newRow("truncated list")
            << QByteArray("{\"items\": [{\"kind\": \"Pod\", \"metadata\": {");
        QTest::newRow("bad UTF-8") << QByteArray("kind: Pod\nmetadata: {name: \"\xff\xfe\"}\n");
        QByteArray bomb = "kind: Pod\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int level = 1; level < 10; ++level) {
            bomb += "a" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [";
            for (int i = 0; i < 10; ++i)
                bomb += (i ? ", *a" : "*a") + QByteArray::number(level - 1);
            bomb += "]\n";
        }
        QTest::newRow("alias bomb") << bomb;
    }

    void hostileInput()
    {
        QFETCH(QByteArray, bytes);
        // A clear error or nothing found; never a crash or a hang.
        const WorkloadImporter::Result result =
            WorkloadImporter().importBytes(bytes, QStringLiteral("hostile"));
        QVERIFY(result.workloads.isEmpty());
        QVERIFY(result.ok || result.error.startsWith(QStringLiteral("hostile:")));
        if (QByteArray(QTest::currentDataTag()) == "alias bomb")
            QCOMPARE(result.error,
                     QStringLiteral("hostile:6:45: aliases expand to more than 100000 nodes"));
    }

    void errors()
    {
        const WorkloadImporter::Result broken = WorkloadImporter().importBytes(
            "{\"items\": [{\"kind\": \"Pod\"},\n {\"kind\" \"Pod\"}]}", QStringLiteral("b.json"));
        QVERIFY(!broken.ok);
        QCOMPARE(broken.error, QStringLiteral("b.json:2:10: expected : after a key"));
        QVERIFY(broken.workloads.isEmpty());

        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("none.yaml"));
        const WorkloadImporter::Result unreadable = WorkloadImporter().importFile(missing);
        QVERIFY(!unreadable.ok);
        QCOMPARE(unreadable.error,
                 QStringLiteral("cannot read %1: No such file or directory").arg(missing));

        const QString empty = dir.filePath(QStringLiteral("empty.yaml"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const WorkloadImporter::Result nothing = WorkloadImporter().importFile(empty);
        QVERIFY(nothing.ok);
        QVERIFY(nothing.workloads.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkloadImporter)
#include "tst_workloadimporter.moc"
