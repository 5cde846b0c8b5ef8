#include "vminventorycsv.h"
#include "yamlfile.h"

#include <QtTest>

using namespace MeshEntry;

/// Bulk creation of WorkloadEntries from a VM inventory CSV.
class TestVmInventoryCsv : public QObject
{
    Q_OBJECT

private slots:
    void parseWithHeader()
    {
        const QByteArray csv =
            "name,namespace,address,labels,serviceAccount,network,locality,weight\r\n"
            "ledger-vm-3,payments,10.20.0.13,app=ledger;version=v2,ledger,"
            "vpc-1,eu-west/eu-west-1a,30\r\n"
            "\"db, primary\",,db.internal,\"tier=db\",,,,\r\n"
            "\r\n"
            "bad,payments,10.0.0.9,app;=x,,,,heavy\r\n";
        QList<VmInventoryCsv::Row> rows;
        QString error;
        QVERIFY2(VmInventoryCsv::parse(csv, QStringLiteral("vms"), &rows, &error),
                 qPrintable(error));
        QCOMPARE(rows.size(), 3);
        const VmInventoryCsv::Row &first = rows[0];
        QCOMPARE(first.line, 2);
        QCOMPARE(first.name, QStringLiteral("ledger-vm-3"));
        QCOMPARE(first.namespaceName, QStringLiteral("payments"));
        QCOMPARE(first.labels,
                 (QMap<QString, QString>{{QStringLiteral("app"), QStringLiteral("ledger")},
                                         {QStringLiteral("version"), QStringLiteral("v2")}}));
        QCOMPARE(first.locality, QStringLiteral("eu-west/eu-west-1a"));
        QCOMPARE(first.weight, QStringLiteral("30"));
        QVERIFY(first.ok());
        QCOMPARE(rows[1].name, QStringLiteral("db, primary"));
        QCOMPARE(rows[1].namespaceName, QStringLiteral("vms"));
        QCOMPARE(rows[2].line, 5);
        QCOMPARE(rows[2].errors, QStringList({QStringLiteral("label app is not key=value"),
                                              QStringLiteral("label =x is not key=value"),
                                              QStringLiteral("weight heavy is not a number")}));
    }

    void headerInAnyOrderAndErrors()
    {
        QList<VmInventoryCsv::Row> rows;
        QString error;
        // A header names the columns in any order.
        QVERIFY(VmInventoryCsv::parse("address,Name\n10.0.0.1,vm-a\n", QStringLiteral("d"), &rows,
                                      &error));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].address, QStringLiteral("10.0.0.1"));
        QCOMPARE(rows[0].name, QStringLiteral("vm-a"));
        QCOMPARE(rows[0].namespaceName, QStringLiteral("d"));
        QVERIFY(!VmInventoryCsv::parse("name,colour\nx,red\n", QStringLiteral("d"), &rows, &error));
        QCOMPARE(error, QStringLiteral("line 1: unknown column colour (expected name, namespace, "
                                       "address, labels, serviceAccount, network, locality, "
                                       "weight)"));
        QVERIFY(!VmInventoryCsv::parse("a,\"open\n", QStringLiteral("d"), &rows, &error));
        QCOMPARE(error, QStringLiteral("line 1: a quoted field is not closed"));
        QVERIFY(!VmInventoryCsv::parse("\n\n", QStringLiteral("d"), &rows, &error));
        QCOMPARE(error, QStringLiteral("the file holds no rows"));
        QVERIFY(!VmInventoryCsv::parse("name,address\n", QStringLiteral("d"), &rows, &error));
        QCOMPARE(error, QStringLiteral("the file holds a header and no rows"));
        QVERIFY(!VmInventoryCsv::parse("name", QStringLiteral("d"), &rows, &error));
        QCOMPARE(error, QStringLiteral("the file holds a header and no rows"));
    }

    void validateWithTheValidator()
    {
        QList<VmInventoryCsv::Row> rows;
        QString error;
        QVERIFY(VmInventoryCsv::parse("vm-1,pay,10.0.0.1,app=a,,,,\n"
                                      "Bad_Name,pay,10.0.0.2,,,,,\n"
                                      "vm-1,pay,10.0.0.3,,,,,\n"
                                      "vm-2,pay,10.0.0.4,,,,,\n"
                                      "vm-3,pay,,,,,,\n",
                                      QStringLiteral("d"), &rows, &error));
        VmInventoryCsv::validate(&rows, {QStringLiteral("pay/vm-2")});
        QCOMPARE(rows[0].errors, QStringList());
        QVERIFY2(!rows[1].errors.isEmpty() && rows[1].errors.first().contains(u"Bad_Name"),
                 qPrintable(rows[1].errors.join(u'\n')));
        QCOMPARE(rows[2].errors,
                 QStringList{QStringLiteral("WorkloadEntry pay/vm-1 is also on line 1")});
        QCOMPARE(rows[3].errors,
                 QStringList{QStringLiteral("WorkloadEntry pay/vm-2 already exists in the file")});
        QVERIFY2(!rows[4].errors.isEmpty(), "a WorkloadEntry needs an address or a network");
    }

    void documents()
    {
        QList<VmInventoryCsv::Row> rows;
        QString error;
        QVERIFY(VmInventoryCsv::parse("vm-1,pay,10.0.0.1,app=a;on=yes,sa,,,5\n",
                                      QStringLiteral("d"), &rows, &error));
        QCOMPARE(QString::fromUtf8(VmInventoryCsv::documents(rows, "\n")),
                 QStringLiteral("---\napiVersion: networking.istio.io/v1\nkind: WorkloadEntry\n"
                                "metadata:\n  name: vm-1\n  namespace: pay\nspec:\n"
                                "  address: 10.0.0.1\n  labels:\n    app: a\n    \"on\": \"yes\"\n"
                                "  serviceAccount: sa\n  weight: 5\n"));
    }

    void byteOrderMarkInANameReadsBack()
    {
        // A U+FEFF that starts a line (CSV files pasted together) is part of the name: it is
        // escaped when written and comes back when the WorkloadEntry is read.
        QList<VmInventoryCsv::Row> rows;
        QString error;
        QVERIFY(VmInventoryCsv::parse("name,namespace,address\n"
                                      "\xEF\xBB\xBFvm-1,pay,10.0.0.1\n",
                                      QStringLiteral("d"), &rows, &error));
        QCOMPARE(rows.size(), 1);
        const QString name = QChar(0xFEFF) + QStringLiteral("vm-1");
        QCOMPARE(rows[0].name, name);
        const QByteArray written = VmInventoryCsv::documents(rows, "\n");
        QVERIFY2(written.contains("  name: \"\\ufeffvm-1\"\n"), written.constData());
        const YamlFile file = YamlFile::fromBytes(written);
        const SpanTree &tree = file.document(0).tree();
        QCOMPARE(
            tree.text(tree.find(YamlPath::fromText(QStringLiteral("metadata.name")))).toString(),
            name);
        QCOMPARE(file.document(0).tree().documentValue(), VmInventoryCsv::workloadEntry(rows[0]));
    }
};

QTEST_GUILESS_MAIN(TestVmInventoryCsv)
#include "tst_vminventorycsv.moc"
