#include "namespaceinventory.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace MeshEntry;

using Labels = QMap<QString, QString>;

/// Namespaces and their labels from kubectl output.
class TestNamespaceInventory : public QObject
{
    Q_OBJECT

private slots:
    void kubectlJson()
    {
        const QByteArray json = R"({"apiVersion": "v1", "items": [
  {"apiVersion": "v1", "kind": "Namespace",
   "metadata": {"name": "payments", "labels": {"kubernetes.io/metadata.name": "payments",
                "istio-injection": "enabled", "se-visibility": "public"}},
   "spec": {"finalizers": ["kubernetes"]}, "status": {"phase": "Active"}},
  {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "default"}},
  {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "not-a-namespace"}}
], "kind": "List", "metadata": {"resourceVersion": ""}})";
        NamespaceInventory namespaces;
        QString error;
        QVERIFY2(namespaces.addFromBytes(json, QStringLiteral("ns.json"), &error),
                 qPrintable(error));
        QCOMPARE(namespaces.names(),
                 QStringList({QStringLiteral("default"), QStringLiteral("payments")}));
        QCOMPARE(
            *namespaces.labels(QStringLiteral("payments")),
            Labels({{QStringLiteral("kubernetes.io/metadata.name"), QStringLiteral("payments")},
                    {QStringLiteral("istio-injection"), QStringLiteral("enabled")},
                    {QStringLiteral("se-visibility"), QStringLiteral("public")}}));
        QCOMPARE(*namespaces.labels(QStringLiteral("default")), Labels());
        QCOMPARE(namespaces.labels(QStringLiteral("other")), nullptr);
        QVERIFY(namespaces.contains(QStringLiteral("default")));
        QCOMPARE(namespaces.size(), 2);
    }

    void kubectlYamlAndDocuments()
    {
        const QByteArray yaml = "apiVersion: v1\nkind: NamespaceList\nitems:\n"
                                "- apiVersion: v1\n  kind: Namespace\n"
                                "  metadata:\n    name: shop\n    labels:\n      tier: gold\n"
                                "---\n"
                                "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: vms\n";
        NamespaceInventory namespaces;
        QString error;
        QVERIFY2(namespaces.addFromBytes(yaml, QStringLiteral("ns.yaml"), &error),
                 qPrintable(error));
        QCOMPARE(namespaces.names(), QStringList({QStringLiteral("shop"), QStringLiteral("vms")}));
        QCOMPARE(namespaces.labels(QStringLiteral("shop"))->value(QStringLiteral("tier")),
                 QStringLiteral("gold"));
    }

    void errorsAddNothing()
    {
        NamespaceInventory namespaces;
        namespaces.add(QStringLiteral("kept"));
        QString error;
        QVERIFY(!namespaces.addFromBytes(
            "kind: Namespace\nmetadata: {name: a}\n---\nkind: Namespace\nmetadata: [\n",
            QStringLiteral("bad.yaml"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("bad.yaml:6:1: ")), qPrintable(error));
        QCOMPARE(namespaces.names(), QStringList{QStringLiteral("kept")});

        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("none.json"));
        QVERIFY(!namespaces.addFromFile(missing, &error));
        QCOMPARE(error, QStringLiteral("cannot read %1: No such file or directory").arg(missing));
    }
};

QTEST_GUILESS_MAIN(TestNamespaceInventory)
#include "tst_namespaceinventory.moc"
