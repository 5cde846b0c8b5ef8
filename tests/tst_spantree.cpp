#include "spantree.h"

#include <QtTest>

using namespace MeshEntry;

namespace {

QByteArray spanText(const QByteArray &text, const SpanTree &tree, const char *path)
{
    const int node = tree.find(YamlPath::fromText(QString::fromUtf8(path)));
    if (node < 0)
        return "<missing>";
    const YamlNode &n = tree.node(node);
    return text.mid(n.valueStart, n.valueEnd - n.valueStart);
}

} // namespace

/// Exact spans, styles and lookups of the per-document span tree.
class TestSpanTree : public QObject
{
    Q_OBJECT

private slots:
    void spansAreExact();
    void stylesAreRecorded();
    void emptyValuesSitAfterTheirIndicator();
    void propertiesAreOutsideTheValue();
    void aliasesAreReferences();
    void pathOfRoundTrips();
    void billionLaughsCostsNothing();
    void secondDocumentIsAnError();
};

void TestSpanTree::spansAreExact()
{
    const QByteArray text = "---\nspec:\n  hosts:\n  - a.com   # c\n  - \"b.com\"\n  ports: "
                            "[{number: 80}, {number: 443}]\n  note: >-\n    folded\n    text\n\n"
                            "end: 1\n";
    const SpanTree tree = SpanTree::parse(text);
    QVERIFY(!tree.hasErrors());
    QCOMPARE(spanText(text, tree, "spec.hosts[0]"), QByteArray("a.com"));
    QCOMPARE(spanText(text, tree, "spec.hosts[1]"), QByteArray("\"b.com\""));
    QCOMPARE(spanText(text, tree, "spec.hosts"), QByteArray("- a.com   # c\n  - \"b.com\""));
    QCOMPARE(spanText(text, tree, "spec.ports[1]"), QByteArray("{number: 443}"));
    QCOMPARE(spanText(text, tree, "spec.ports[1].number"), QByteArray("443"));
    QCOMPARE(spanText(text, tree, "spec.note"), QByteArray(">-\n    folded\n    text"));
    QCOMPARE(tree.documentMarker(), qsizetype(0));
    const int hosts = tree.find(YamlPath::fromText("spec.hosts"));
    QCOMPARE(tree.node(tree.node(hosts).children[1]).indicator, text.indexOf("- \"b.com"));
}

void TestSpanTree::stylesAreRecorded()
{
    const QByteArray text = "a: plain\nb: 'single'\nc: \"double\"\nd: |\n  lit\ne: >\n  fold\n"
                            "f: {x: 1}\ng:\n  y: 2\n";
    const SpanTree tree = SpanTree::parse(text);
    auto style = [&](const char *path) {
        return tree.node(tree.find(YamlPath::fromText(QString::fromLatin1(path)))).style;
    };
    QCOMPARE(style("a"), YamlNode::Style::Plain);
    QCOMPARE(style("b"), YamlNode::Style::SingleQuoted);
    QCOMPARE(style("c"), YamlNode::Style::DoubleQuoted);
    QCOMPARE(style("d"), YamlNode::Style::Literal);
    QCOMPARE(style("e"), YamlNode::Style::Folded);
    QCOMPARE(style("f"), YamlNode::Style::Flow);
    QCOMPARE(style("g"), YamlNode::Style::Block);
}

void TestSpanTree::emptyValuesSitAfterTheirIndicator()
{
    const QByteArray text = "labels:\nitems:\n- \n- x\n";
    const SpanTree tree = SpanTree::parse(text);
    const YamlNode &labels = tree.node(tree.find(YamlPath::fromText("labels")));
    QVERIFY(labels.empty);
    QCOMPARE(labels.valueStart, qsizetype(7));
    const YamlNode &item = tree.node(tree.find(YamlPath::fromText("items[0]")));
    QVERIFY(item.empty);
    QCOMPARE(item.valueStart, text.indexOf("- \n") + 1);
}

void TestSpanTree::propertiesAreOutsideTheValue()
{
    const QByteArray text = "w: !!int \"10\"\nm: &a\n  k: v\n";
    const SpanTree tree = SpanTree::parse(text);
    QCOMPARE(spanText(text, tree, "w"), QByteArray("\"10\""));
    const YamlNode &map = tree.node(tree.find(YamlPath::fromText("m")));
    QCOMPARE(map.anchor, QStringLiteral("a"));
    QCOMPARE(text.mid(map.start, map.propertiesEnd - map.start), QByteArray("&a"));
    QCOMPARE(tree.value(tree.find(YamlPath::fromText("w"))).scalarType(), ScalarType::Int);
}

void TestSpanTree::aliasesAreReferences()
{
    const QByteArray text = "base: &b {app: x}\nsel: *b\n";
    const SpanTree tree = SpanTree::parse(text);
    QCOMPARE(tree.value(tree.find(YamlPath::fromText("sel"))).debugString(), QStringLiteral("*b"));
    QCOMPARE(tree.node(tree.find(YamlPath::fromText("sel.app"))).value, QStringLiteral("x"));
}

void TestSpanTree::pathOfRoundTrips()
{
    const QByteArray text = "metadata:\n  annotations:\n    sidecar.istio.io/inject: \"false\"\n"
                            "spec:\n  ports:\n  - number: 1\n  - number: 2\n";
    const SpanTree tree = SpanTree::parse(text);
    for (const char *path :
         {"metadata.annotations[\"sidecar.istio.io/inject\"]", "spec.ports[1].number"}) {
        const int node = tree.find(YamlPath::fromText(QString::fromLatin1(path)));
        QVERIFY(node >= 0);
        QCOMPARE(tree.pathOf(node).toString(), QString::fromLatin1(path));
    }
}

void TestSpanTree::billionLaughsCostsNothing()
{
    QByteArray text =
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        const char previous = char(level - 1);
        text += QByteArray(1, level) + ": &" + level + " [";
        for (int i = 0; i < 9; ++i)
            text += QByteArray(i ? ",*" : "*") + previous;
        text += "]\n";
    }
    const SpanTree tree = SpanTree::parse(text);
    QVERIFY(!tree.hasErrors());
    const YamlValue value = tree.documentValue();
    QCOMPARE(value.value(QStringLiteral("i"))->items().size(), 9);
    QCOMPARE(value.value(QStringLiteral("i"))->items()[0].debugString(), QStringLiteral("*h"));
    QCOMPARE(SpanTree::parse("a: &x [*x]\n").documentValue().debugString(),
             QStringLiteral("{a: &x [*x]}"));
}

void TestSpanTree::secondDocumentIsAnError()
{
    const SpanTree tree = SpanTree::parse("a: 1\n---\nb: 2\n");
    QCOMPARE(tree.errors().size(), 1);
    QCOMPARE(tree.errors()[0].line, 1);
}

QTEST_GUILESS_MAIN(TestSpanTree)
#include "tst_spantree.moc"
