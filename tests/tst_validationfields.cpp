#include "fieldtable.h"
#include "nodereader.h"
#include "serviceentryview.h"
#include "yamlfile.h"

#include <QtTest>

using namespace MeshEntry;

/// The field tables, the Kubernetes-style node reader and the typed views built on them.
class TestValidationFields : public QObject
{
    Q_OBJECT

private:
    static SpanTree parse(const char *text) { return SpanTree::parse(QByteArray(text)); }

private slots:
    void tables()
    {
        QCOMPARE(FieldTable::kinds(),
                 QStringList({QStringLiteral("ServiceEntry"), QStringLiteral("WorkloadEntry")}));
        QVERIFY(!FieldTable::forKind(u"Pod"));
        const FieldTable *table = FieldTable::forKind(u"ServiceEntry");
        QVERIFY(table);
        const FieldSpec *resolution = table->field(u"spec.resolution");
        QVERIFY(resolution);
        QCOMPARE(resolution->type, FieldType::Enum);
        QCOMPARE(resolution->enumValues.indexOf(QStringLiteral("DNS")), 2);
        QCOMPARE(resolution->defaultValue, QStringLiteral("NONE"));
        QVERIFY(!resolution->help.isEmpty() && !resolution->docs.isEmpty());
        const FieldSpec *number =
            table->fieldAt(YamlPath::fromText(QStringLiteral("spec.ports[3].number")));
        QVERIFY(number);
        QCOMPARE(number->path, QStringLiteral("spec.ports[].number"));
        QVERIFY(number->required);
        QCOMPARE(number->name(), QStringLiteral("number"));
        QCOMPARE(number->parentPath(), QStringLiteral("spec.ports[]"));
        const FieldSpec *label = table->fieldAt(YamlPath::fromText(
            QStringLiteral("spec.endpoints[0].labels[\"app.kubernetes.io/name\"]")));
        QVERIFY(label);
        QCOMPARE(label->path, QStringLiteral("spec.endpoints[].labels.*"));
        QVERIFY(!table->fieldAt(YamlPath::fromText(QStringLiteral("spec.hostz"))));
        QVERIFY(!table->fieldAt(YamlPath::fromText(QStringLiteral("spec.ports.number"))));
        QCOMPARE(table->field(u"spec.workloadSelector.labels.*")->maxLength, 63);
        QCOMPARE(table->field(u"spec.hosts")->minItems, 1);
        QStringList specFields;
        for (const FieldSpec *spec : table->children(u"spec"))
            specFields.append(spec->name());
        QCOMPARE(specFields,
                 QStringList({QStringLiteral("hosts"), QStringLiteral("addresses"),
                              QStringLiteral("ports"), QStringLiteral("location"),
                              QStringLiteral("resolution"), QStringLiteral("endpoints"),
                              QStringLiteral("workloadSelector"), QStringLiteral("exportTo"),
                              QStringLiteral("subjectAltNames")}));
        const FieldTable *workload = FieldTable::forKind(u"WorkloadEntry");
        QCOMPARE(workload->field(u"spec.ports")->maxItems, 128);
        QCOMPARE(workload->field(u"spec.ports.*")->type, FieldType::Integer);
        QVERIFY(workload->child(-1, u"spec") >= 0);
        QCOMPARE(workload->element(workload->indexOf(u"spec.labels")),
                 workload->indexOf(u"spec.labels.*"));
    }

    void kubernetesTyping_data()
    {
        QTest::addColumn<QString>("scalar");
        QTest::addColumn<int>("type");
        QTest::addColumn<qint64>("value");
        QTest::newRow("word") << "web" << int(JsonType::String) << qint64(0);
        QTest::newRow("yes") << "yes" << int(JsonType::Boolean) << qint64(0);
        QTest::newRow("On") << "On" << int(JsonType::Boolean) << qint64(0);
        QTest::newRow("y") << "y" << int(JsonType::Boolean) << qint64(0);
        QTest::newRow("tilde") << "~" << int(JsonType::Null) << qint64(0);
        QTest::newRow("empty") << "" << int(JsonType::Null) << qint64(0);
        QTest::newRow("decimal") << "80" << int(JsonType::Integer) << qint64(80);
        QTest::newRow("octal") << "0755" << int(JsonType::Integer) << qint64(493);
        QTest::newRow("hex") << "0x1F" << int(JsonType::Integer) << qint64(31);
        QTest::newRow("underscores") << "1_000" << int(JsonType::Integer) << qint64(1000);
        QTest::newRow("leading zero decimal") << "08" << int(JsonType::Integer) << qint64(8);
        QTest::newRow("whole float") << "1.0" << int(JsonType::Integer) << qint64(1);
        QTest::newRow("exponent") << "1e3" << int(JsonType::Integer) << qint64(1000);
        QTest::newRow("fraction") << "80.5" << int(JsonType::Number) << qint64(0);
        QTest::newRow("sexagesimal") << "1:20" << int(JsonType::String) << qint64(0);
        QTest::newRow("timestamp") << "2024-01-01" << int(JsonType::String) << qint64(0);
        QTest::newRow("quoted number") << "\"80\"" << int(JsonType::String) << qint64(0);
        QTest::newRow("tagged string") << "!!str 80" << int(JsonType::String) << qint64(0);
    }
    void kubernetesTyping()
    {
        QFETCH(QString, scalar);
        QFETCH(int, type);
        QFETCH(qint64, value);
        const SpanTree tree = SpanTree::parse(("v: " + scalar + "\n").toUtf8());
        const NodeReader reader(tree);
        const int node = reader.value(tree.root(), u"v");
        QCOMPARE(int(reader.jsonType(node)), type);
        qint64 number = 0;
        QCOMPARE(reader.integer(node, &number), type == int(JsonType::Integer));
        QCOMPARE(number, value);
    }

    void readerFollowsKubernetes()
    {
        const SpanTree tree = parse("base: &base {a: 1, b: 2}\n"
                                    "m:\n  <<: *base\n  b: 3\n  c: 4\n  c: 5\n"
                                    "alias: *base\n"
                                    "keys: {yes: 1, 10: 2, null: 3}\n");
        const NodeReader reader(tree);
        const int m = reader.value(tree.root(), u"m");
        QStringList entries;
        for (const NodeReader::Entry &entry : reader.entries(m))
            entries.append(entry.name + u'=' + reader.text(entry.value));
        QCOMPARE(entries, QStringList({QStringLiteral("b=3"), QStringLiteral("c=5"),
                                       QStringLiteral("a=1")}));
        QCOMPARE(reader.text(reader.value(m, u"a")), QStringLiteral("1"));
        QCOMPARE(reader.text(reader.value(reader.value(tree.root(), u"alias"), u"b")),
                 QStringLiteral("2"));
        QStringList keys;
        for (const NodeReader::Entry &entry : reader.entries(reader.value(tree.root(), u"keys")))
            keys.append(entry.name);
        QCOMPARE(keys, QStringList(
                           {QStringLiteral("true"), QStringLiteral("10"), QStringLiteral("null")}));
        QCOMPARE(reader.jsonToken(reader.value(m, u"b")), QStringLiteral("3"));
        QCOMPARE(reader.keyOf(reader.value(m, u"b")) >= 0, true);
    }

    void serviceEntryView()
    {
        const SpanTree tree =
            parse("spec:\n  hosts: [a.com, b.com]\n  resolution: 2\n  location: MESH_INTERNAL\n"
                  "  ports:\n  - {name: http, number: \"80\", protocol: HTTP}\n"
                  "  endpoints: []\n  workloadSelector: {}\n  exportTo: [\".\"]\n");
        const NodeReader reader(tree);
        const ServiceEntryView view =
            ServiceEntryView::read(reader, reader.value(tree.root(), u"spec"));
        QCOMPARE(view.hosts.size(), 2);
        QCOMPARE(view.hosts[1].value, QStringLiteral("b.com"));
        QCOMPARE(view.resolution.value, int(ServiceEntryView::Dns));
        QCOMPARE(view.resolutionName(), QStringLiteral("DNS"));
        QCOMPARE(view.location.value, int(ServiceEntryView::MeshInternal));
        QCOMPARE(view.ports.size(), 1);
        QCOMPARE(view.ports[0].number.value, 80u);
        QVERIFY(view.endpoints.isEmpty());
        QVERIFY(view.endpointsNode >= 0);
        QVERIFY(view.hasWorkloadSelector());
        QVERIFY(view.selectorLabels.isEmpty());
        QCOMPARE(view.exportTo.first().value, QStringLiteral("."));

        const SpanTree workload = parse("spec:\n  address: unix:///s\n  network: ~\n  ports: "
                                        "{http: 8080}\n  labels: {app: web}\n");
        const NodeReader workloadReader(workload);
        const WorkloadEntryView entry =
            WorkloadEntryView::read(workloadReader, workloadReader.value(workload.root(), u"spec"));
        QCOMPARE(entry.address.value, QStringLiteral("unix:///s"));
        QVERIFY(!entry.network.present());
        QCOMPARE(entry.ports.first().name, QStringLiteral("http"));
        QCOMPARE(entry.ports.first().number, 8080u);
        QCOMPARE(entry.labels.first().value, QStringLiteral("web"));
    }
};

QTEST_GUILESS_MAIN(TestValidationFields)
#include "tst_validationfields.moc"
