#include "objectstream.h"

#include <QtTest>

using namespace MeshEntry;

namespace {

struct Read {
    bool ok = false;
    QStringList names; ///< metadata.name of each object, in order
    QList<qsizetype> consumed;
    ObjectStream::Error error;
};

Read readAll(const QByteArray &text, const QSet<QString> &skip = ObjectStream::defaultSkipKeys())
{
    Read result;
    ObjectStream stream(text.constData(), text.size());
    stream.setSkipKeys(skip);
    result.ok = stream.read([&](const ObjectNode &object, qsizetype consumed) {
        const ObjectNode *metadata = object.value(u"metadata");
        result.names.append(metadata ? metadata->string(u"name") : object.string(u"kind"));
        result.consumed.append(consumed);
        return true;
    });
    result.error = stream.error();
    return result;
}

ObjectNode first(const QByteArray &text)
{
    ObjectNode out;
    ObjectStream stream(text.constData(), text.size());
    stream.setSkipKeys(ObjectStream::defaultSkipKeys());
    stream.read([&](const ObjectNode &object, qsizetype) {
        out = object;
        return false;
    });
    return out;
}

} // namespace

/// Streaming JSON and YAML objects for the workload and namespace imports.
class TestObjectStream : public QObject
{
    Q_OBJECT

private slots:
    void jsonListStreamsItems()
    {
        const QByteArray json = R"({"apiVersion": "v1", "items": [
  {"kind": "Pod", "metadata": {"name": "a"}},
  {"kind": "Pod", "metadata": {"name": "b"}}
], "kind": "List", "metadata": {"resourceVersion": ""}})";
        const Read read = readAll(json);
        QVERIFY(read.ok);
        // The List itself is not an object of its own once its items were streamed.
        QCOMPARE(read.names, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(read.consumed.size(), 2);
        QVERIFY(read.consumed[0] < read.consumed[1]);
    }

    void jsonValues()
    {
        const ObjectNode pod =
            first("{\"kind\": \"Pod\", \"metadata\": {\"name\": \"caf\\u00e9-\\ud83d\\ude00\", "
                  "\"labels\": {\"a\": \"x\\\"y\\\\z\\/\", \"n\": null}},"
                  R"(
                "spec": {"containers": [{"name": "c", "env": [{"name": "HUGE"}], "ports": [{"containerPort": 8080, "name": "http", "protocol": "TCP"}]}],
                         "hostNetwork": false, "priority": -1.5e3},
                "status": {"podIP": "10.0.0.1"}})");
        QCOMPARE(pod.value(u"metadata")->string(u"name"), QStringLiteral("café-😀"));
        std::vector<std::pair<QString, QString>> labels;
        pod.value(u"metadata")->stringMap(u"labels", &labels);
        QCOMPARE(labels.size(), size_t(2));
        QCOMPARE(labels[0].second, QStringLiteral("x\"y\\z/"));
        QCOMPARE(labels[1].second, QString());
        const ObjectNode *container = &pod.value(u"spec")->value(u"containers")->children[0];
        // env is skipped unread.
        QCOMPARE(container->value(u"env"), nullptr);
        QCOMPARE(container->value(u"ports")->children[0].string(u"containerPort"),
                 QStringLiteral("8080"));
        QCOMPARE(pod.value(u"spec")->string(u"hostNetwork"), QStringLiteral("false"));
        QCOMPARE(pod.value(u"spec")->string(u"priority"), QStringLiteral("-1.5e3"));
    }

    void jsonArrayAndSingleObject()
    {
        QCOMPARE(
            readAll(R"([{"kind": "Namespace", "metadata": {"name": "x"}}, {"kind": "Pod"}])").names,
            QStringList({QStringLiteral("x"), QStringLiteral("Pod")}));
        QCOMPARE(readAll(R"({"kind": "Pod", "metadata": {"name": "solo"}})").names,
                 QStringList{QStringLiteral("solo")});
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing comma") << QByteArray("{\"items\": [\n  {\"a\": 1}\n  {\"b\": 2}]}")
                                       << 3 << 3 << QStringLiteral("expected , or ] in an array");
        QTest::newRow("truncated") << QByteArray("{\"items\": [{\"a\": \"x") << 1 << 20
                                   << QStringLiteral("unterminated string");
        QTest::newRow("bad escape")
            << QByteArray("{\"a\": \"\\q\"}") << 1 << 9 << QStringLiteral("invalid escape \\q");
        QTest::newRow("bare word")
            << QByteArray("{\"a\": nope}") << 1 << 7 << QStringLiteral("invalid JSON value");
        QTest::newRow("trailing") << QByteArray("{}\n{}") << 2 << 1
                                  << QStringLiteral("unexpected text after the JSON value");
        QTest::newRow("deep") << QByteArray(600, char(0x5B)) << 1 << 501
                              << QStringLiteral("nesting deeper than 500 levels");
    }

    void jsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const Read read = readAll(json);
        QVERIFY(!read.ok);
        QCOMPARE(read.error.message, message);
        QCOMPARE(read.error.line + 1, line);
        QCOMPARE(read.error.column + 1, column);
    }

    void yamlDocumentsAndLists()
    {
        const QByteArray yaml = "apiVersion: v1\n"
                                "kind: List\n"
                                "items:\n"
                                "- kind: Pod\n"
                                "  metadata:\n"
                                "    name: p1\n"
                                "    managedFields:\n"
                                "    - manager: kubectl\n"
                                "- kind: Pod\n"
                                "  metadata: {name: p2}\n"
                                "---\n"
                                "kind: WorkloadEntry\n"
                                "metadata:\n"
                                "  name: vm\n"
                                "---\n"
                                "# only a comment\n"
                                "---\n"
                                "- kind: Namespace\n"
                                "  metadata: {name: ns}\n";
        const Read read = readAll(yaml);
        QVERIFY(read.ok);
        QCOMPARE(read.names, QStringList({QStringLiteral("p1"), QStringLiteral("p2"),
                                          QStringLiteral("vm"), QStringLiteral("ns")}));
    }

    void yamlScalarsAndAliases()
    {
        const ObjectNode object = first("kind: Pod\n"
                                        "metadata:\n"
                                        "  name: &n web\n"
                                        "  labels:\n"
                                        "    app: *n\n"
                                        "    empty:\n"
                                        "    quotedNull: 'null'\n"
                                        "    tilde: ~\n");
        std::vector<std::pair<QString, QString>> labels;
        object.value(u"metadata")->stringMap(u"labels", &labels);
        QCOMPARE(labels.size(), size_t(4));
        QCOMPARE(labels[0], std::make_pair(QStringLiteral("app"), QStringLiteral("web")));
        QCOMPARE(object.value(u"metadata")->value(u"labels")->value(u"empty")->type,
                 ObjectNode::Type::Null);
        QCOMPARE(object.value(u"metadata")->value(u"labels")->value(u"quotedNull")->type,
                 ObjectNode::Type::Scalar);
        QCOMPARE(object.value(u"metadata")->value(u"labels")->value(u"tilde")->type,
                 ObjectNode::Type::Null);
    }

    void yamlError()
    {
        const Read read = readAll("kind: Pod\nmetadata:\n  name: a\n  - b\n");
        QVERIFY(!read.ok);
        QCOMPARE(read.error.line + 1, 4);
        QVERIFY2(read.error.message.contains(QStringLiteral("block")),
                 qPrintable(read.error.message));
    }

    void stopAndCancel()
    {
        const QByteArray json = R"({"items": [{"kind": "A"}, {"kind": "B"}, {"kind": "C"}]})";
        ObjectStream stream(json.constData(), json.size());
        int seen = 0;
        QVERIFY(!stream.read([&](const ObjectNode &, qsizetype) { return ++seen < 2; }));
        QVERIFY(stream.stopped());
        QCOMPARE(seen, 2);

        std::atomic_bool cancel{true};
        stream.setCancel(&cancel);
        seen = 0;
        QVERIFY(!stream.read([&](const ObjectNode &, qsizetype) { return ++seen > 0; }));
        QVERIFY(stream.stopped());
        QCOMPARE(seen, 0);
    }

    void looksLikeJson()
    {
        QVERIFY(ObjectStream::looksLikeJson("\n  {", 4));
        QVERIFY(ObjectStream::looksLikeJson("[", 1));
        QVERIFY(!ObjectStream::looksLikeJson("kind: {}", 8));
        QVERIFY(!ObjectStream::looksLikeJson("", 0));
    }
};

QTEST_GUILESS_MAIN(TestObjectStream)
#include "tst_objectstream.moc"
