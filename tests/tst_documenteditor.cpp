#include "documenteditor.h"

#include <QtTest>

using namespace MeshEntry;

namespace {

enum class Operation { Set, Remove, Append, Insert, Move };

YamlValue parseValue(const QByteArray &yaml)
{
    return SpanTree::parse(yaml).documentValue();
}

DocumentEdit runEdit(const QByteArray &text, Operation operation, const QString &path,
                     const QByteArray &value, int index = 0, int to = 0)
{
    const SpanTree tree = SpanTree::parse(text);
    const DocumentEditor editor(text, tree);
    const YamlPath yamlPath = YamlPath::fromText(path);
    switch (operation) {
    case Operation::Set:
        return editor.setValue(yamlPath, parseValue(value));
    case Operation::Remove:
        return editor.remove(yamlPath);
    case Operation::Append:
        return editor.insertItem(yamlPath, -1, parseValue(value));
    case Operation::Insert:
        return editor.insertItem(yamlPath, index, parseValue(value));
    case Operation::Move:
        return editor.moveItem(yamlPath, index, to);
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Operation)

/// Every edit kind, with the exact text it must produce.
class TestDocumentEditor : public QObject
{
    Q_OBJECT

private slots:
    void collectionKeysTeachNoIndent();
    void edit_data();
    void edit();
    void refusals_data();
    void refusals();
    void renameKeyKeepsPositionAndComment();
    void stringValueThatLooksTypedIsQuoted_data();
    void stringValueThatLooksTypedIsQuoted();
};

void TestDocumentEditor::edit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("to");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray se = "# external API\n"
                          "apiVersion: networking.istio.io/v1\n"
                          "kind: ServiceEntry\n"
                          "metadata:\n"
                          "  name: api   # the name\n"
                          "  labels:\n"
                          "    version: \"v1\"\n"
                          "spec:\n"
                          "  hosts:\n"
                          "  - a.example.com\n"
                          "  # second host\n"
                          "  - b.example.com\n"
                          "  ports:\n"
                          "  - number: 443\n"
                          "    name: https\n"
                          "    protocol: HTTPS\n"
                          "  resolution: DNS\n"
                          "  exportTo: [\".\"]\n";

    QTest::newRow("plain scalar keeps trailing comment")
        << se << Operation::Set << "metadata.name" << QByteArray("web") << 0 << 0
        << QByteArray(se).replace("name: api   # the name", "name: web   # the name");
    QTest::newRow("double-quoted stays double-quoted")
        << se << Operation::Set << "metadata.labels.version" << QByteArray("v2") << 0 << 0
        << QByteArray(se).replace("version: \"v1\"", "version: \"v2\"");
    QTest::newRow("number in a sequence item map")
        << se << Operation::Set << "spec.ports[0].number" << QByteArray("8443") << 0 << 0
        << QByteArray(se).replace("number: 443", "number: 8443");
    QTest::newRow("string that reads as float is quoted")
        << se << Operation::Set << "spec.resolution" << QByteArray("\"1.0\"") << 0 << 0
        << QByteArray(se).replace("resolution: DNS", "resolution: \"1.0\"");
    QTest::newRow("new key at end of block map")
        << se << Operation::Set << "spec.location" << QByteArray("MESH_EXTERNAL") << 0 << 0
        << QByteArray(se).append("  location: MESH_EXTERNAL\n");
    QTest::newRow("new key creates missing parent maps")
        << se << Operation::Set << "metadata.annotations[\"sidecar.istio.io/inject\"]"
        << QByteArray("\"false\"") << 0 << 0
        << QByteArray(se).replace("    version: \"v1\"\n",
                                  "    version: \"v1\"\n  annotations:\n"
                                  "    sidecar.istio.io/inject: \"false\"\n");
    QTest::newRow("append to indentless sequence")
        << se << Operation::Append << "spec.hosts" << QByteArray("c.example.com") << 0 << 0
        << QByteArray(se).replace("  - b.example.com\n", "  - b.example.com\n  - c.example.com\n");
    QTest::newRow("insert before commented item goes above its comment")
        << se << Operation::Insert << "spec.hosts" << QByteArray("z.example.com") << 1 << 0
        << QByteArray(se).replace("  # second host\n", "  - z.example.com\n  # second host\n");
    QTest::newRow("append map item")
        << se << Operation::Append << "spec.ports" << QByteArray("{number: 80, name: http}") << 0
        << 0
        << QByteArray(se).replace("    protocol: HTTPS\n",
                                  "    protocol: HTTPS\n  - number: 80\n    name: http\n");
    QTest::newRow("append to flow sequence")
        << se << Operation::Append << "spec.exportTo" << QByteArray("istio-system") << 0 << 0
        << QByteArray(se).replace("[\".\"]", "[\".\", \"istio-system\"]");
    QTest::newRow("remove a key line")
        << se << Operation::Remove << "spec.resolution" << QByteArray() << 0 << 0
        << QByteArray(se).replace("  resolution: DNS\n", "");
    QTest::newRow("remove a sequence item")
        << se << Operation::Remove << "spec.hosts[0]" << QByteArray() << 0 << 0
        << QByteArray(se).replace("  - a.example.com\n", "");
    QTest::newRow("remove first key on a dash line")
        << se << Operation::Remove << "spec.ports[0].number" << QByteArray() << 0 << 0
        << QByteArray(se).replace("  - number: 443\n    name: https\n", "  - name: https\n");
    QTest::newRow("remove last label gives {}")
        << se << Operation::Remove << "metadata.labels.version" << QByteArray() << 0 << 0
        << QByteArray(se).replace("  labels:\n    version: \"v1\"\n", "  labels: {}\n");
    QTest::newRow("remove last flow item gives []")
        << se << Operation::Remove << "spec.exportTo[0]" << QByteArray() << 0 << 0
        << QByteArray(se).replace("[\".\"]", "[]");
    QTest::newRow("move item keeps its comment lines out")
        << se << Operation::Move << "spec.hosts" << QByteArray() << 1 << 0
        << QByteArray(se).replace("  - a.example.com\n  # second host\n  - b.example.com\n",
                                  "  - b.example.com\n  - a.example.com\n  # second host\n");
    QTest::newRow("replace block sequence")
        << se << Operation::Set << "spec.hosts" << QByteArray("[x.example.com]") << 0 << 0
        << QByteArray(se).replace("  - a.example.com\n  # second host\n  - b.example.com\n",
                                  "  - x.example.com\n");
    QTest::newRow("replace flow sequence in flow style")
        << se << Operation::Set << "spec.exportTo" << QByteArray("[a, \"*\"]") << 0 << 0
        << QByteArray(se).replace("[\".\"]", "[a, \"*\"]");
    QTest::newRow("scalar replaced by a block map")
        << se << Operation::Set << "spec.resolution" << QByteArray("{a: 1}") << 0 << 0
        << QByteArray(se).replace("  resolution: DNS\n", "  resolution:\n    a: 1\n");

    const QByteArray crlf = "a: 1\r\nb:\r\n  c: 2\r\n";
    QTest::newRow("CRLF stays CRLF on insert")
        << crlf << Operation::Set << "b.d" << QByteArray("3") << 0 << 0
        << QByteArray("a: 1\r\nb:\r\n  c: 2\r\n  d: 3\r\n");
    QTest::newRow("no final newline stays without one")
        << QByteArray("a: 1\nb: 2") << Operation::Set << "c" << QByteArray("3") << 0 << 0
        << QByteArray("a: 1\nb: 2\nc: 3");
    QTest::newRow("remove last line without final newline")
        << QByteArray("a: 1\nb: 2") << Operation::Remove << "b" << QByteArray() << 0 << 0
        << QByteArray("a: 1");
    QTest::newRow("flow map insert")
        << QByteArray("labels: {app: x}\n") << Operation::Set << "labels.team"
        << QByteArray("platform") << 0 << 0 << QByteArray("labels: {app: x, team: platform}\n");
    QTest::newRow("empty flow map insert")
        << QByteArray("labels: {}\n") << Operation::Set << "labels.team" << QByteArray("on") << 0
        << 0 << QByteArray("labels: {team: on}\n");
    QTest::newRow("flow map remove middle")
        << QByteArray("l: {a: 1, b: 2, c: 3}\n") << Operation::Remove << "l.b" << QByteArray() << 0
        << 0 << QByteArray("l: {a: 1, c: 3}\n");
    QTest::newRow("flow map remove last")
        << QByteArray("l: {a: 1, b: 2}\n") << Operation::Remove << "l.b" << QByteArray() << 0 << 0
        << QByteArray("l: {a: 1}\n");
    QTest::newRow("null value becomes a map")
        << QByteArray("metadata:\n  labels:\nspec: {}\n") << Operation::Set << "metadata.labels.app"
        << QByteArray("x") << 0 << 0 << QByteArray("metadata:\n  labels:\n    app: x\nspec: {}\n");
    QTest::newRow("tilde null becomes a scalar")
        << QByteArray("a: ~\n") << Operation::Set << "a" << QByteArray("b") << 0 << 0
        << QByteArray("a: b\n");
    QTest::newRow("anchor kept when its map gets a key")
        << QByteArray("a: &x\n  k: 1\nb: *x\n") << Operation::Set << "a.j" << QByteArray("2") << 0
        << 0 << QByteArray("a: &x\n  k: 1\n  j: 2\nb: *x\n");
    QTest::newRow("tagged scalar keeps its tag and quotes")
        << QByteArray("weight: !!int \"10\"\n") << Operation::Set << "weight"
        << QByteArray("!!int \"20\"") << 0 << 0 << QByteArray("weight: !!int \"20\"\n");
    QTest::newRow("single-quoted stays single-quoted")
        << QByteArray("a: 'x'\n") << Operation::Set << "a" << QByteArray("\"it's\"") << 0 << 0
        << QByteArray("a: 'it''s'\n");
    QTest::newRow("literal block rewritten in place")
        << QByteArray("d: |\n  one\n  two\nn: 1\n") << Operation::Set << "d"
        << QByteArray("\"three\\nfour\\n\"") << 0 << 0
        << QByteArray("d: |\n  three\n  four\nn: 1\n");
    QTest::newRow("multi-line string becomes a literal block")
        << QByteArray("a: 1\n") << Operation::Set << "b" << QByteArray("\"x\\ny\"") << 0 << 0
        << QByteArray("a: 1\nb: |-\n  x\n  y\n");
    QTest::newRow("indented sequence style is followed")
        << QByteArray("hosts:\n    - a\n") << Operation::Append << "hosts" << QByteArray("b") << 0
        << 0 << QByteArray("hosts:\n    - a\n    - b\n");
    QTest::newRow("four-space indent is followed")
        << QByteArray("spec:\n    a: 1\nmeta: x\n") << Operation::Set << "meta2.b.c"
        << QByteArray("1") << 0 << 0
        << QByteArray("spec:\n    a: 1\nmeta: x\nmeta2:\n    b:\n        c: 1\n");
    QTest::newRow("comment after last key stays after")
        << QByteArray("a:\n  b: 1\n  # trailing\nc: 2\n") << Operation::Set << "a.d"
        << QByteArray("2") << 0 << 0 << QByteArray("a:\n  b: 1\n  d: 2\n  # trailing\nc: 2\n");
    QTest::newRow("missing sequence is created")
        << QByteArray("spec:\n  hosts: [a]\n") << Operation::Append << "spec.addresses"
        << QByteArray("10.0.0.1/32") << 0 << 0
        << QByteArray("spec:\n  hosts: [a]\n  addresses:\n  - 10.0.0.1/32\n");
    QTest::newRow("document marker and directive untouched")
        << QByteArray("%YAML 1.1\n---\na: 1\n...\n") << Operation::Set << "a" << QByteArray("2")
        << 0 << 0 << QByteArray("%YAML 1.1\n---\na: 2\n...\n");
    QTest::newRow("long line is not folded")
        << QByteArray("a: short\n") << Operation::Set << "a" << QByteArray(200, 'x') << 0 << 0
        << QByteArray("a: ") + QByteArray(200, 'x') + "\n";
    QTest::newRow("utf-8 neighbours")
        << QByteArray("n: café ✓\nm: 1\n") << Operation::Set << "m" << QByteArray("2") << 0 << 0
        << QByteArray("n: café ✓\nm: 2\n");
    QTest::newRow("empty document gets a map")
        << QByteArray("# only a comment\n") << Operation::Set << "kind"
        << QByteArray("ServiceEntry") << 0 << 0
        << QByteArray("# only a comment\nkind: ServiceEntry\n");
    // An empty document after `---` holds an empty scalar right after the marker: the new
    // map starts on a line of its own, never glued onto the `---`.
    QTest::newRow("empty document after marker gets a map")
        << QByteArray("---\n") << Operation::Set << "metadata.name" << QByteArray("x") << 0 << 0
        << QByteArray("---\nmetadata:\n  name: x\n");
    QTest::newRow("trailing marker without line break gets a map")
        << QByteArray("---") << Operation::Set << "metadata.name" << QByteArray("x") << 0 << 0
        << QByteArray("---\nmetadata:\n  name: x\n");
    QTest::newRow("marker and comment gets a map after the comment")
        << QByteArray("---\n# only a comment\n") << Operation::Set << "kind"
        << QByteArray("ServiceEntry") << 0 << 0
        << QByteArray("---\n# only a comment\nkind: ServiceEntry\n");
    QTest::newRow("marker with CRLF gets a map")
        << QByteArray("---\r\n") << Operation::Set << "kind" << QByteArray("ServiceEntry") << 0 << 0
        << QByteArray("---\r\nkind: ServiceEntry\r\n");
    QTest::newRow("empty document gets a sequence")
        << QByteArray("---\n") << Operation::Append << "spec.hosts" << QByteArray("a.com") << 0 << 0
        << QByteArray("---\nspec:\n  hosts:\n  - a.com\n");
    // A new item follows its neighbours' quotes when the style can hold it.
    QTest::newRow("append to double-quoted flow items")
        << QByteArray("hosts: [\"example.com\"]\n") << Operation::Append << "hosts"
        << QByteArray("added.example.com") << 0 << 0
        << QByteArray("hosts: [\"example.com\", \"added.example.com\"]\n");
    QTest::newRow("append to double-quoted block items")
        << QByteArray("hosts:\n- \"httpbin.org\"\n") << Operation::Append << "hosts"
        << QByteArray("added.example.com") << 0 << 0
        << QByteArray("hosts:\n- \"httpbin.org\"\n- \"added.example.com\"\n");
    QTest::newRow("insert between single-quoted items")
        << QByteArray("l:\n  - 'a'\n  - 'c'\n") << Operation::Insert << "l" << QByteArray("b") << 1
        << 0 << QByteArray("l:\n  - 'a'\n  - 'b'\n  - 'c'\n");
    QTest::newRow("insert before the first quoted item")
        << QByteArray("l: ['b']\n") << Operation::Insert << "l" << QByteArray("a") << 0 << 0
        << QByteArray("l: ['a', 'b']\n");
    QTest::newRow("mixed neighbours keep the default style")
        << QByteArray("l: [\"a\", b]\n") << Operation::Insert << "l" << QByteArray("x") << 1 << 0
        << QByteArray("l: [\"a\", x, b]\n");
    QTest::newRow("plain neighbours still quote what needs it")
        << QByteArray("l: [a]\n") << Operation::Append << "l" << QByteArray("'on'") << 0 << 0
        << QByteArray("l: [a, \"on\"]\n");
    QTest::newRow("a number next to quoted strings stays a number")
        << QByteArray("l: [\"a\"]\n") << Operation::Append << "l" << QByteArray("8") << 0 << 0
        << QByteArray("l: [\"a\", 8]\n");
    QTest::newRow("set past the end follows the quotes too")
        << QByteArray("l:\n- \"a\"\n") << Operation::Set << "l[1]" << QByteArray("b") << 0 << 0
        << QByteArray("l:\n- \"a\"\n- \"b\"\n");
    QTest::newRow("map inside sequence item gets a key")
        << QByteArray("ports:\n- number: 80\n  name: http\nx: 1\n") << Operation::Set
        << "ports[0].targetPort" << QByteArray("8080") << 0 << 0
        << QByteArray("ports:\n- number: 80\n  name: http\n  targetPort: 8080\nx: 1\n");
    QTest::newRow("move flow item") << QByteArray("l: [a, b, c]\n") << Operation::Move << "l"
                                    << QByteArray() << 0 << 2 << QByteArray("l: [b, c, a]\n");
}

void TestDocumentEditor::edit()
{
    QFETCH(QByteArray, input);
    QFETCH(Operation, operation);
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(int, index);
    QFETCH(int, to);
    QFETCH(QByteArray, expected);
    const DocumentEdit edit = runEdit(input, operation, path, value, index, to);
    QVERIFY2(edit.ok, qPrintable(edit.error));
    QCOMPARE(edit.text, expected);
    QVERIFY(!edit.tree.hasErrors());
}

void TestDocumentEditor::refusals_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("error");

    QTest::newRow("through an alias")
        << QByteArray("a: &x {k: 1}\nb: *x\n") << Operation::Set << "b.k" << QByteArray("2")
        << "b.k is shared through an alias; edit the anchored value instead";
    QTest::newRow("key under a scalar") << QByteArray("a: 1\n") << Operation::Set << "a.b"
                                        << QByteArray("2") << "cannot add key \"b\": a is a scalar";
    QTest::newRow("missing path removal")
        << QByteArray("a: 1\n") << Operation::Remove << "b" << QByteArray() << "b does not exist";
    QTest::newRow("syntax error")
        << QByteArray("a: [1\n") << Operation::Set << "a" << QByteArray("2")
        << "the document has a YAML syntax error at line 2, column 1: did not find expected ',' "
           "or ']' (while parsing a flow sequence)";
    QTest::newRow("append to a map") << QByteArray("a: {k: 1}\n") << Operation::Append << "a"
                                     << QByteArray("2") << "a is a mapping, not a sequence";
}

void TestDocumentEditor::refusals()
{
    QFETCH(QByteArray, input);
    QFETCH(Operation, operation);
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(QString, error);
    const DocumentEdit edit = runEdit(input, operation, path, value);
    QVERIFY(!edit.ok);
    QCOMPARE(edit.error, error);
}

void TestDocumentEditor::renameKeyKeepsPositionAndComment()
{
    const QByteArray input = "labels:\n  app: x   # app\n  tier: web\n";
    const SpanTree tree = SpanTree::parse(input);
    const DocumentEditor editor(input, tree);
    DocumentEdit edit = editor.renameKey(YamlPath::fromText("labels.app"),
                                         QStringLiteral("app.kubernetes.io/name"));
    QVERIFY2(edit.ok, qPrintable(edit.error));
    QCOMPARE(edit.text, QByteArray("labels:\n  app.kubernetes.io/name: x   # app\n  tier: web\n"));
    edit = editor.renameKey(YamlPath::fromText("labels.app"), QStringLiteral("tier"));
    QCOMPARE(edit.error, QStringLiteral("labels.tier already exists"));
    edit = editor.renameKey(YamlPath::fromText("labels.app"), QStringLiteral("on"));
    QCOMPARE(edit.text, QByteArray("labels:\n  \"on\": x   # app\n  tier: web\n"));
}

void TestDocumentEditor::stringValueThatLooksTypedIsQuoted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("written");
    for (const char *looksTyped : {"yes", "on", "Off", "y", "~", "null", "1.0", "0755", "1e3",
                                   "2024-01-01", "0x1F", "1:20", ".inf", "true", "123", "-1"})
        QTest::newRow(looksTyped) << QString::fromUtf8(looksTyped)
                                  << QByteArray("v: \"") + looksTyped + "\"\n";
    QTest::newRow("colon space") << QStringLiteral("a: b") << QByteArray("v: \"a: b\"\n");
    QTest::newRow("leading dash") << QStringLiteral("- x") << QByteArray("v: \"- x\"\n");
    QTest::newRow("hash") << QStringLiteral("a #b") << QByteArray("v: \"a #b\"\n");
    QTest::newRow("plain word") << QStringLiteral("ledger") << QByteArray("v: ledger\n");
    QTest::newRow("version string") << QStringLiteral("v1.2") << QByteArray("v: v1.2\n");
}

void TestDocumentEditor::stringValueThatLooksTypedIsQuoted()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, written);
    const QByteArray input = "v: plain\n";
    const SpanTree tree = SpanTree::parse(input);
    const DocumentEdit edit =
        DocumentEditor(input, tree).setValue(YamlPath::fromText("v"), YamlValue::string(text));
    QVERIFY2(edit.ok, qPrintable(edit.error));
    QCOMPARE(edit.text, written);
}

void TestDocumentEditor::collectionKeysTeachNoIndent()
{
    // The fuzzer's edits/crash-f4c1cc…: a block sequence as a key (`? - a`) has no key of its
    // own; the indentation is learnt from `list:` and its items instead.
    const QByteArray input = "? - a\n  - b\n: v\nlist:\n    - x\n";
    const SpanTree tree = SpanTree::parse(input);
    QVERIFY(!tree.hasErrors());
    const DocumentEdit edit =
        DocumentEditor(input, tree)
            .insertItem(YamlPath::fromText("list"), -1, YamlValue::string(QStringLiteral("z")));
    QVERIFY2(edit.ok, qPrintable(edit.error));
    QCOMPARE(edit.text, QByteArray("? - a\n  - b\n: v\nlist:\n    - x\n    - z\n"));
}

QTEST_GUILESS_MAIN(TestDocumentEditor)
#include "tst_documenteditor.moc"
