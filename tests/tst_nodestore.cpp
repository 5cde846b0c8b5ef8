#include "benchfilegenerator.h"
#include "documentindexer.h"
#include "generatedyaml.h"
#include "jsontyping.h"
#include "legacyspantree.h"
#include "nodereader.h"
#include "spantree.h"
#include "yamlfile.h"

#include <QDir>
#include <QtTest>

using namespace MeshEntry;

namespace {

QString styleName(int style)
{
    return QString::number(style);
}

/// The first difference between the store and the old tree of the same text, or empty.
QString difference(const SpanTree &store, const LegacySpanTree &old)
{
    if (store.nodeCount() != old.nodeCount())
        return QStringLiteral("%1 nodes, the old tree has %2")
            .arg(store.nodeCount())
            .arg(old.nodeCount());
    if (store.root() != old.root() || store.documentMarker() != old.documentMarker() ||
        store.contentEnd() != old.contentEnd())
        return QStringLiteral("root %1/%2, marker %3/%4, content end %5/%6")
            .arg(store.root())
            .arg(old.root())
            .arg(store.documentMarker())
            .arg(old.documentMarker())
            .arg(store.contentEnd())
            .arg(old.contentEnd());
    if (store.errors().size() != old.errors().size())
        return QStringLiteral("%1 errors, the old tree has %2")
            .arg(store.errors().size())
            .arg(old.errors().size());
    for (qsizetype i = 0; i < store.errors().size(); ++i) {
        const YamlError &a = store.errors()[i];
        const YamlError &b = old.errors()[i];
        if (a.offset != b.offset || a.line != b.line || a.column != b.column ||
            a.message != b.message)
            return QStringLiteral("error %1: %2 at %3, old %4 at %5")
                .arg(i)
                .arg(a.message)
                .arg(a.offset)
                .arg(b.message)
                .arg(b.offset);
    }
    if (store.documentValue() != old.documentValue())
        return QStringLiteral("document value %1, old %2")
            .arg(store.documentValue().debugString(), old.documentValue().debugString());
    for (int i = 0; i < store.nodeCount(); ++i) {
        const YamlNode n = store.node(i);
        const LegacyNode &o = old.node(i);
        const auto fail = [i](const QString &what) {
            return QStringLiteral("node %1: %2").arg(i).arg(what);
        };
        if (int(n.type) != int(o.type) || int(n.style) != int(o.style) || n.empty != o.empty ||
            n.parent != o.parent)
            return fail(QStringLiteral("type %1/%2 style %3/%4 empty %5/%6 parent %7/%8")
                            .arg(int(n.type))
                            .arg(int(o.type))
                            .arg(styleName(int(n.style)), styleName(int(o.style)))
                            .arg(n.empty)
                            .arg(o.empty)
                            .arg(n.parent)
                            .arg(o.parent));
        if (n.start != o.start || n.propertiesEnd != o.propertiesEnd ||
            n.valueStart != o.valueStart || n.valueEnd != o.valueEnd || n.indicator != o.indicator)
            return fail(QStringLiteral("spans %1 %2 %3 %4 %5, old %6 %7 %8 %9 %10")
                            .arg(n.start)
                            .arg(n.propertiesEnd)
                            .arg(n.valueStart)
                            .arg(n.valueEnd)
                            .arg(n.indicator)
                            .arg(o.start)
                            .arg(o.propertiesEnd)
                            .arg(o.valueStart)
                            .arg(o.valueEnd)
                            .arg(o.indicator));
        if (n.value.toString() != o.value || n.anchor.toString() != o.anchor ||
            n.tag.toString() != o.tag)
            return fail(QStringLiteral("value %1 anchor %2 tag %3, old %4 %5 %6")
                            .arg(n.value.toString(), n.anchor.toString(), n.tag.toString(), o.value,
                                 o.anchor, o.tag));
        if (n.children.toList() != o.children)
            return fail(QStringLiteral("children differ"));
        for (qsizetype c = 0; c < o.children.size(); ++c) {
            if (n.children[c] != o.children[c] || n.children.indexOf(o.children[c]) != c)
                return fail(QStringLiteral("child %1 by index").arg(c));
        }
        if (store.value(i) != old.value(i))
            return fail(QStringLiteral("value %1, old %2")
                            .arg(store.value(i).debugString(), old.value(i).debugString()));
        if (n.isAlias() && store.resolveAlias(i) != old.resolveAlias(i))
            return fail(QStringLiteral("alias target %1, old %2")
                            .arg(store.resolveAlias(i))
                            .arg(old.resolveAlias(i)));
        const YamlPath path = store.pathOf(i);
        if (!(path == old.pathOf(i)) || store.find(path) != old.find(path))
            return fail(
                QStringLiteral("path %1, old %2").arg(path.toString(), old.pathOf(i).toString()));
        if (store.inFlowContext(i) != old.inFlowContext(i))
            return fail(QStringLiteral("flow context"));
        if (n.isScalar()) {
            const JsonType expected =
                JsonTyping::scalarType(o.value, o.tag, o.style == LegacyNode::Style::Plain);
            if (store.jsonTypeOf(i) != expected)
                return fail(QStringLiteral("JSON type %1, expected %2")
                                .arg(int(store.jsonTypeOf(i)))
                                .arg(int(expected)));
        }
    }
    return {};
}

/// Every document of a file: the store the indexer built while opening it, and a store parsed
/// from the document's text alone, both against the old tree of that text.
void compareFile(const QByteArray &bytes, const QString &name)
{
    const YamlFile file = YamlFile::fromBytes(bytes);
    QVERIFY2(file.bytes() == bytes, qPrintable(name));
    for (int i = 0; i < file.documentCount(); ++i) {
        const YamlDocument &document = file.document(i);
        QVERIFY(document.hasTree());
        const LegacySpanTree old = LegacySpanTree::parse(document.text());
        const QString indexed = difference(document.tree(), old);
        QVERIFY2(indexed.isEmpty(),
                 qPrintable(
                     QStringLiteral("%1 document %2 (indexed): %3").arg(name).arg(i).arg(indexed)));
        const QString parsed = difference(SpanTree::parse(document.text()), old);
        QVERIFY2(
            parsed.isEmpty(),
            qPrintable(QStringLiteral("%1 document %2 (parsed): %3").arg(name).arg(i).arg(parsed)));
        QCOMPARE(DocumentIndexer::infoOf(document.tree()), document.info());
    }
}

QStringList corpusFiles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(MESHENTRY_FIXTURES), {QStringLiteral("*.yaml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

/// The flat node store against the span tree it replaced: same spans, styles, values, paths.
class TestNodeStore : public QObject
{
    Q_OBJECT

private slots:
    void storeMatchesTheOldTreeOnTheCorpus_data();
    void storeMatchesTheOldTreeOnTheCorpus();
    void storeMatchesTheOldTreeOnAGeneratedFile();
    void storeMatchesTheOldTreeOnTheBenchmarkFile();
    void storeMatchesTheOldTreeOnHostileShapes_data();
    void storeMatchesTheOldTreeOnHostileShapes();
    void documentsShareTheFileBuffer();
    void aliasesKnowTheirTargetsWithoutSearching();
    void longCollectionsReachEveryChildByIndex();
    void farGapsComeBackExact();
};

void TestNodeStore::storeMatchesTheOldTreeOnTheCorpus_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = corpusFiles();
    QVERIFY(files.size() >= 15);
    for (const QString &path : files)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestNodeStore::storeMatchesTheOldTreeOnTheCorpus()
{
    QFETCH(QString, path);
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    compareFile(in.readAll(), path);
}

void TestNodeStore::storeMatchesTheOldTreeOnAGeneratedFile()
{
    // Over 1 MB, so that the indexer splits it in two halves on two threads.
    const QByteArray bytes = GeneratedYaml(7).generate(3000);
    QVERIFY(bytes.size() > (1 << 20));
    compareFile(bytes, QStringLiteral("generated"));
    const YamlFile file = YamlFile::fromBytes(bytes);
    int broken = 0;
    for (const YamlDocument &document : file.documents())
        broken += document.hasSyntaxErrors();
    QVERIFY(broken >= 30);
}

void TestNodeStore::storeMatchesTheOldTreeOnTheBenchmarkFile()
{
    compareFile(BenchFileGenerator(1).generate(4000), QStringLiteral("benchmark"));
}

void TestNodeStore::storeMatchesTheOldTreeOnHostileShapes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("comments only") << QByteArray("# a\n# b\n");
    QTest::newRow("explicit empty") << QByteArray("---\n");
    QTest::newRow("end marker only") << QByteArray("...\n");
    QTest::newRow("self alias") << QByteArray("a: &x [*x]\n");
    QTest::newRow("unknown alias") << QByteArray("a: *nowhere\n");
    QTest::newRow("redefined anchor") << QByteArray("a: &x 1\nb: &x 2\nc: *x\n");
    QTest::newRow("empty tagged") << QByteArray("a: !!str\nb: [!!null , x]\n");
    QTest::newRow("nested empties") << QByteArray("- \n- - \n  -\n- {a: , b: }\n");
    QTest::newRow("unclosed flow") << QByteArray("a: [1, {b: 2\n");
    QTest::newRow("tab indent") << QByteArray("a:\n\tb: 1\n");
    QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n");
    QTest::newRow("bad utf8") << QByteArray("a: \"\xC3\x28\"\n");
    QTest::newRow("nul") << QByteArray("a: b\0c\n", 7);
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "a: 1\n");
    QTest::newRow("deep") << QByteArray(600, '[');
    QTest::newRow("complex key") << QByteArray("? [a, b]\n: c\n? {d: e}\n: f\n");
    QTest::newRow("key without value last") << QByteArray("a:\n  ? f8\n\n# next\n---\nx: 1\n");
    QTest::newRow("value on its own line last")
        << QByteArray("a:\n  ? f8\n  : \n\n# next\n---\nx: 1\n");
    QTest::newRow("empty item last") << QByteArray("a:\n  -\n# next\n---\nx: 1\n");
}

void TestNodeStore::storeMatchesTheOldTreeOnHostileShapes()
{
    QFETCH(QByteArray, text);
    const QString parsed = difference(SpanTree::parse(text), LegacySpanTree::parse(text));
    QVERIFY2(parsed.isEmpty(), qPrintable(parsed));
    compareFile(text, QString::fromLatin1(QTest::currentDataTag()));
}

void TestNodeStore::documentsShareTheFileBuffer()
{
    const QByteArray bytes = BenchFileGenerator(3).generate(200);
    const YamlFile file = YamlFile::fromBytes(bytes);
    const char *first = bytes.constData();
    for (const YamlDocument &document : file.documents()) {
        QVERIFY(document.text().constData() >= first);
        QVERIFY(document.text().constData() + document.text().size() <= first + bytes.size());
        QCOMPARE(document.tree().text().constData(), document.text().constData());
    }
    // A copy that is written to detaches and leaves the file's bytes alone.
    QByteArray copy = file.document(1).text();
    copy[0] = '!';
    QCOMPARE(file.bytes(), bytes);
    QVERIFY(copy != file.document(1).text());
}

void TestNodeStore::aliasesKnowTheirTargetsWithoutSearching()
{
    QByteArray text = "spec:\n  base: &l {app: x}\n  endpoints:\n";
    for (int i = 0; i < 50000; ++i)
        text += "  - address: 10.0.0." + QByteArray::number(i % 250) + "\n    labels: *l\n";
    const SpanTree tree = SpanTree::parse(text);
    QVERIFY(!tree.hasErrors());
    const int base = tree.find(YamlPath::fromText(QStringLiteral("spec.base")));
    const int endpoints = tree.find(YamlPath::fromText(QStringLiteral("spec.endpoints")));
    QCOMPARE(tree.childCount(endpoints), 50000);
    const NodeReader reader(tree);
    int aliases = 0;
    for (const int item : tree.node(endpoints).children) {
        const int labels = tree.mapValue(item, u"labels");
        QVERIFY(tree.isAlias(labels));
        QCOMPARE(tree.resolveAlias(labels), base);
        QCOMPARE(reader.text(reader.value(reader.value(item, u"labels"), u"app")),
                 QStringLiteral("x"));
        ++aliases;
    }
    QCOMPARE(aliases, 50000);
}

void TestNodeStore::longCollectionsReachEveryChildByIndex()
{
    QByteArray text = "items:\n";
    for (int i = 0; i < 1000; ++i)
        text += "- {n: " + QByteArray::number(i) + "}\n";
    const SpanTree tree = SpanTree::parse(text);
    const int items = tree.find(YamlPath::fromText(QStringLiteral("items")));
    const YamlChildren children = tree.node(items).children;
    QCOMPARE(children.size(), 1000);
    for (int i = 999; i >= 0; --i) {
        const int item = children[i];
        QCOMPARE(tree.pathOf(item).toString(), QStringLiteral("items[%1]").arg(i));
        QCOMPARE(children.indexOf(item), qsizetype(i));
        QCOMPARE(tree.text(tree.mapValue(item, u"n")).toString(), QString::number(i));
    }
}

void TestNodeStore::farGapsComeBackExact()
{
    const QByteArray anchor(400, 'a');
    const QByteArray comment(400, 'c');
    const QByteArray text =
        "key: &" + anchor + " value\nlist:\n- # " + comment + "\n  item\n- &" + anchor + "2\n";
    const SpanTree tree = SpanTree::parse(text);
    const YamlNode key = tree.node(tree.find(YamlPath::fromText(QStringLiteral("key"))));
    QCOMPARE(key.anchor.toString(), QString::fromLatin1(anchor));
    QCOMPARE(key.valueStart, text.indexOf(" value") + 1);
    QCOMPARE(key.propertiesEnd, text.indexOf(" value"));
    QCOMPARE(key.value.toString(), QStringLiteral("value"));
    const YamlNode item = tree.node(tree.find(YamlPath::fromText(QStringLiteral("list[0]"))));
    QCOMPARE(item.indicator, text.indexOf("- #"));
    QCOMPARE(item.valueStart, text.indexOf("item"));
    const YamlNode empty = tree.node(tree.find(YamlPath::fromText(QStringLiteral("list[1]"))));
    QVERIFY(empty.empty);
    QCOMPARE(empty.anchor.toString(), QString::fromLatin1(anchor + "2"));
    QCOMPARE(difference(tree, LegacySpanTree::parse(text)), QString());
}

QTEST_GUILESS_MAIN(TestNodeStore)
#include "tst_nodestore.moc"
