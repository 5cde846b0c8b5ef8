#include "documentindexer.h"
#include "eventreader.h"
#include "linebreaks.h"

#include <QtTest>

using namespace MeshEntry;

/// The streaming pass that splits a file into documents.
class TestDocumentIndexer : public QObject
{
    Q_OBJECT

private slots:
    void rangesCoverTheTextAndLeadingCommentsGoToTheNextDocument();
    void mixedKindsAreIndexed();
    void explicitEndMarkerStaysWithItsDocument();
    void syntaxErrorResumesAtNextDocument();
    void commentOnlyTextIsOneEmptyDocument();
    void emptyTextIsOneEmptyDocument();
    void nestedMetadataDoesNotConfuseTheName();
    void utf8ErrorColumnsCountCharacters();
    void largeFilesIndexInTwoHalvesWithTheSameResult();
    void emptyValueOnItsOwnLineStaysWithItsDocument();
    void documentsCarryTheirNodeStore();
    void emptyRootSitsInItsOwnDocument();
    void textAfterAQuotedRootBreaksItsDocument();
    void emptyCollectionsStayInTheirDocument_data();
    void emptyCollectionsStayInTheirDocument();
    void extraEndMarkersStayWithTheDocumentTheyFollow_data();
    void extraEndMarkersStayWithTheDocumentTheyFollow();
    void startsLineAfterEachKindOfBreak();
    void nextLineStartSkipsAWholeCrLf();
    void lineStartOfFindsLinesEndedByALoneCr();
    void boundaryAfterStopsAtALoneCr();
    void nextDocumentMarkerFindsMarkersAfterALoneCr();
    void unicodeBreaksEndLines();
    void unicodeBreaksEndDocumentMarkers();
    void breakLengthsAndMarkerEnds();
    void linesAreCountedAfterEveryKindOfBreak();
    void brokenDocumentKeepsTheLineAfterALoneCr_data();
    void brokenDocumentKeepsTheLineAfterALoneCr();
};

void TestDocumentIndexer::rangesCoverTheTextAndLeadingCommentsGoToTheNextDocument()
{
    const QByteArray text = "# file header\n"
                            "kind: A\n"
                            "metadata: {name: a}   # trailing\n"
                            "\n"
                            "# about b\n"
                            "---\n"
                            "kind: B\n";
    const QList<IndexedDocument> documents = DocumentIndexer::index(text);
    QCOMPARE(documents.size(), 2);
    QCOMPARE(text.mid(documents[0].begin, documents[0].end - documents[0].begin),
             QByteArray("# file header\nkind: A\nmetadata: {name: a}   # trailing\n"));
    QCOMPARE(text.mid(documents[1].begin, documents[1].end - documents[1].begin),
             QByteArray("\n# about b\n---\nkind: B\n"));
    QCOMPARE(documents[0].info.kind, QStringLiteral("A"));
    QCOMPARE(documents[0].info.name, QStringLiteral("a"));
    QCOMPARE(documents[1].info.kind, QStringLiteral("B"));
}

void TestDocumentIndexer::mixedKindsAreIndexed()
{
    const QByteArray text = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
                            "  namespace: shop\nspec:\n  template:\n    metadata:\n"
                            "      name: inner\n---\napiVersion: networking.istio.io/v1\n"
                            "kind: ServiceEntry\nmetadata:\n  namespace: shop\n  name: ext\n";
    const QList<IndexedDocument> documents = DocumentIndexer::index(text);
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents[0].info.qualifiedName(), QStringLiteral("Deployment/shop/web"));
    QCOMPARE(documents[0].info.apiVersion, QStringLiteral("apps/v1"));
    QCOMPARE(documents[1].info.qualifiedName(), QStringLiteral("ServiceEntry/shop/ext"));
    QCOMPARE(documents[1].end, text.size());
}

void TestDocumentIndexer::explicitEndMarkerStaysWithItsDocument()
{
    const QByteArray text = "a: 1\n...\n# next\n---\nb: 2\n";
    const QList<IndexedDocument> documents = DocumentIndexer::index(text);
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents[0].end, qsizetype(9));
}

void TestDocumentIndexer::syntaxErrorResumesAtNextDocument()
{
    const QByteArray text =
        "kind: A\n---\nkind: B\nbad: [1, 2\n---\nkind: C\n---\n,\n---\nkind: E\n";
    const QList<IndexedDocument> documents = DocumentIndexer::index(text);
    QCOMPARE(documents.size(), 5);
    QCOMPARE(documents[0].info.kind, QStringLiteral("A"));
    QVERIFY(documents[0].errors.isEmpty());
    QCOMPARE(documents[1].info.kind, QStringLiteral("B"));
    QCOMPARE(documents[1].errors.size(), 1);
    QCOMPARE(documents[1].errors[0].line, 3); // within the document: "---" is line 0
    QCOMPARE(documents[1].errors[0].message,
             QStringLiteral("did not find expected ',' or ']' (while parsing a flow sequence)"));
    QCOMPARE(documents[2].info.kind, QStringLiteral("C"));
    QVERIFY(documents[2].errors.isEmpty());
    QCOMPARE(documents[3].errors.size(), 1);
    QCOMPARE(documents[3].errors[0].line, 1);
    QCOMPARE(documents[3].errors[0].column, 0);
    QCOMPARE(documents[4].info.kind, QStringLiteral("E"));
    qsizetype covered = 0;
    for (const IndexedDocument &document : documents) {
        QCOMPARE(document.begin, covered);
        covered = document.end;
    }
    QCOMPARE(covered, text.size());
}

void TestDocumentIndexer::commentOnlyTextIsOneEmptyDocument()
{
    const QList<IndexedDocument> documents = DocumentIndexer::index("# nothing here\n");
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents[0].end, qsizetype(15));
    QVERIFY(documents[0].info.kind.isEmpty());
}

void TestDocumentIndexer::emptyTextIsOneEmptyDocument()
{
    const QList<IndexedDocument> documents = DocumentIndexer::index(QByteArray());
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents[0].end, qsizetype(0));
}

void TestDocumentIndexer::nestedMetadataDoesNotConfuseTheName()
{
    const QByteArray text = "metadata:\n  labels:\n    name: label-name\n  annotations: {name: x}\n"
                            "  name: real\nkind: K\n";
    const QList<IndexedDocument> documents = DocumentIndexer::index(text);
    QCOMPARE(documents[0].info.name, QStringLiteral("real"));
    QCOMPARE(documents[0].info.kind, QStringLiteral("K"));
}

void TestDocumentIndexer::utf8ErrorColumnsCountCharacters()
{
    const QByteArray text = "a: \"café\" ]\n";
    const QList<IndexedDocument> documents = DocumentIndexer::index(text);
    QCOMPARE(documents[0].errors.size(), 1);
    QCOMPARE(documents[0].errors[0].column, 10);
    QCOMPARE(documents[0].errors[0].offset, qsizetype(11));
}

void TestDocumentIndexer::largeFilesIndexInTwoHalvesWithTheSameResult()
{
    // Over 1 MB the second half is indexed on another thread; nothing may differ at the seam.
    QByteArray text;
    const int count = 30000;
    for (int i = 0; i < count; ++i) {
        text += "# about n" + QByteArray::number(i) + "\n---\nkind: K\nmetadata: {name: n" +
                QByteArray::number(i) + "}\n";
        if (i % 997 == 0)
            text += "bad: [\n";
    }
    QVERIFY(text.size() > (1 << 20));
    const QList<IndexedDocument> documents = DocumentIndexer::index(text);
    QCOMPARE(documents.size(), count);
    qsizetype covered = 0;
    for (int i = 0; i < count; ++i) {
        const IndexedDocument &document = documents[i];
        QCOMPARE(document.begin, covered);
        covered = document.end;
        QCOMPARE(document.info.name, QStringLiteral("n%1").arg(i));
        QVERIFY2(
            text.mid(document.begin, 12).startsWith("# about n" + QByteArray::number(i).left(3)),
            qPrintable(QString::number(i) + QString::fromUtf8(text.mid(document.begin, 30))));
        QCOMPARE(document.errors.size(), i % 997 == 0 ? 1 : 0);
    }
    QCOMPARE(covered, text.size());
}

void TestDocumentIndexer::emptyValueOnItsOwnLineStaysWithItsDocument()
{
    // `? key` with its `:` on the next line and no value: the `:` line is the document's.
    const QByteArray text = "a:\n  ? k\n  :\n# about b\n---\nb: 1\n";
    const QList<IndexedDocument> documents = DocumentIndexer::index(text);
    QCOMPARE(documents.size(), 2);
    QCOMPARE(text.mid(documents[0].begin, documents[0].end - documents[0].begin),
             QByteArray("a:\n  ? k\n  :\n"));
    QCOMPARE(text.mid(documents[1].begin, documents[1].end - documents[1].begin),
             QByteArray("# about b\n---\nb: 1\n"));
    QVERIFY(!documents[1].tree->hasErrors());
}

void TestDocumentIndexer::documentsCarryTheirNodeStore()
{
    const QByteArray text = "# c\nkind: A\nspec: {x: 1}\n---\nkind: B\nbad: [\n---\nkind: C\n";
    const QList<IndexedDocument> documents = DocumentIndexer::index(text);
    QCOMPARE(documents.size(), 3);
    for (const IndexedDocument &document : documents) {
        QVERIFY(document.tree);
        QCOMPARE(document.tree->text(), text.mid(document.begin, document.end - document.begin));
    }
    const SpanTree &first = *documents[0].tree;
    const int x = first.find(YamlPath::fromText(QStringLiteral("spec.x")));
    QCOMPARE(first.text(x).toString(), QStringLiteral("1"));
    QCOMPARE(first.valueStartOf(x), text.indexOf("1}"));
    // A broken document's store comes from its own text, with the parse error.
    QVERIFY(documents[1].tree->hasErrors());
    QCOMPARE(documents[1].errors.size(), 1);
    QCOMPARE(DocumentIndexer::infoOf(*documents[2].tree).kind, QStringLiteral("C"));
}

void TestDocumentIndexer::emptyRootSitsInItsOwnDocument()
{
    // libyaml reports the empty root of `---` at the next token, here the `--- !tag` of the
    // next document: the root sits right after its own `---`, as when parsed alone.
    const QByteArray text = "# leading\n---\nkind: A\n...\n---\n# between\n--- !tag\nkind: B\n";
    const QList<IndexedDocument> documents = DocumentIndexer::index(text);
    QCOMPARE(documents.size(), 3);
    QCOMPARE(documents[1].text, QByteArray("---\n"));
    for (const SpanTree &tree : {*documents[1].tree, SpanTree::parse("---\n")}) {
        const YamlNode root = tree.node(tree.root());
        QVERIFY(root.empty);
        QCOMPARE(root.start, qsizetype(3));
        QCOMPARE(root.propertiesEnd, qsizetype(3));
        QCOMPARE(root.valueStart, qsizetype(3));
        QCOMPARE(root.valueEnd, qsizetype(3));
    }
    // An empty root with properties keeps them where they are written.
    const SpanTree tagged = SpanTree::parse("--- !x\n");
    QCOMPARE(tagged.node(tagged.root()).start, qsizetype(4));
    QCOMPARE(tagged.node(tagged.root()).propertiesEnd, qsizetype(6));
}

void TestDocumentIndexer::textAfterAQuotedRootBreaksItsDocument()
{
    // A single-quoted root scalar over two lines, more text after its closing quote: the first
    // document is broken (as it is read alone), and no document starts without a `---`.
    const QByteArray text = "# c\n'a\n# b' c\n---\nkind: B\n";
    const QList<IndexedDocument> documents = DocumentIndexer::index(text);
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents[0].text, QByteArray("# c\n'a\n# b' c\n"));
    QCOMPARE(documents[0].errors.size(), 1);
    QCOMPARE(documents[0].errors[0].message,
             SpanTree::parse(documents[0].text).errors()[0].message);
    QCOMPARE(documents[0].errors[0].line, 2);
    QCOMPARE(documents[0].errors[0].column, 5);
    QCOMPARE(documents[1].text, QByteArray("---\nkind: B\n"));
    QVERIFY(documents[1].errors.isEmpty());
    QCOMPARE(documents[1].info.kind, QStringLiteral("B"));
}

void TestDocumentIndexer::emptyCollectionsStayInTheirDocument_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::newRow("item alone") << QByteArray("-\n");
    QTest::newRow("key alone") << QByteArray("?\n");
    QTest::newRow("item then comment") << QByteArray("- a\n-\n");
}

void TestDocumentIndexer::emptyCollectionsStayInTheirDocument()
{
    // All the first document holds is empty: it still ends after its own text.
    QFETCH(QByteArray, first);
    const QByteArray text = first + "# next\n---\nx: 1\n";
    const QList<IndexedDocument> documents = DocumentIndexer::index(text);
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents[0].text, first);
    QVERIFY(documents[0].errors.isEmpty());
    QCOMPARE(documents[1].text, QByteArray("# next\n---\nx: 1\n"));
    QVERIFY(documents[1].errors.isEmpty());
}

void TestDocumentIndexer::extraEndMarkersStayWithTheDocumentTheyFollow_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<QByteArray>>("documents");
    QTest::newRow("after a blank line") << QByteArray("a: 1\n...\n\n...\n---\nb: 2\n")
                                        << QList<QByteArray>{"a: 1\n...\n\n...\n", "---\nb: 2\n"};
    QTest::newRow("then comments")
        << QByteArray("a: 1\n...\n...\n# about b\n---\nb: 2\n")
        << QList<QByteArray>{"a: 1\n...\n...\n", "# about b\n---\nb: 2\n"};
    QTest::newRow("comments between")
        << QByteArray("a: 1\n...\n# c\n... # d\n\n---\nb: 2\n")
        << QList<QByteArray>{"a: 1\n...\n# c\n... # d\n", "\n---\nb: 2\n"};
    QTest::newRow("after an empty document") << QByteArray("--- ...\n...\n---\nb: 2\n")
                                             << QList<QByteArray>{"--- ...\n...\n", "---\nb: 2\n"};
    QTest::newRow("then a directive")
        << QByteArray("a: 1\n...\n...\n%YAML 1.1\n---\nb: 2\n")
        << QList<QByteArray>{"a: 1\n...\n...\n", "%YAML 1.1\n---\nb: 2\n"};
    QTest::newRow("crlf") << QByteArray("a: 1\r\n...\r\n...\r\n---\r\nb: 2\r\n")
                          << QList<QByteArray>{"a: 1\r\n...\r\n...\r\n", "---\r\nb: 2\r\n"};
    QTest::newRow("three documents")
        << QByteArray("a: 1\n...\n...\n---\nb: 2\n...\n  \n...\t\n---\nc: 3\n")
        << QList<QByteArray>{"a: 1\n...\n...\n", "---\nb: 2\n...\n  \n...\t\n", "---\nc: 3\n"};
    QTest::newRow("at the end with a newline")
        << QByteArray("a: 1\n...\n...\n") << QList<QByteArray>{"a: 1\n...\n...\n"};
    QTest::newRow("at the end without a newline")
        << QByteArray("a: 1\n...\n\n...") << QList<QByteArray>{"a: 1\n...\n\n..."};
}

void TestDocumentIndexer::extraEndMarkersStayWithTheDocumentTheyFollow()
{
    // libyaml skips `...` lines after a document's end; a document read alone may not start
    // with one, so they belong to the document they follow.
    QFETCH(QByteArray, text);
    QFETCH(QList<QByteArray>, documents);
    const QList<IndexedDocument> indexed = DocumentIndexer::index(text);
    QCOMPARE(indexed.size(), documents.size());
    qsizetype begin = 0;
    for (qsizetype i = 0; i < indexed.size(); ++i) {
        QCOMPARE(indexed[i].begin, begin);
        QCOMPARE(indexed[i].end, begin + documents[i].size());
        QCOMPARE(indexed[i].text, documents[i]);
        QVERIFY(indexed[i].errors.isEmpty());
        QVERIFY(!SpanTree::parse(indexed[i].text).hasErrors());
        QCOMPARE(indexed[i].tree->documentValue(), SpanTree::parse(documents[i]).documentValue());
        begin = indexed[i].end;
    }
    QCOMPARE(begin, text.size());
}

// Lines as libyaml reads them: `\n`, `\r\n` and a lone `\r` each end one.
// Lines: `a: 1` at 0 (its `\r` at 4), `--` at 5 (`\r\n` at 7 and 8), `b` at 9 (`\n` at 10).
static const QByteArray mixedBreaks("a: 1\r--\r\nb\n");

/// What helper answers for every offset of text, from 0 to its size.
template <typename Helper>
static QList<qsizetype> atEachOffset(Helper helper, const QByteArray &text)
{
    QList<qsizetype> answers;
    for (qsizetype offset = 0; offset <= text.size(); ++offset)
        answers.append(helper(text, offset));
    return answers;
}

/// The offsets of text, from 0 to its size, at which holds answers true.
template <typename Predicate>
static QList<qsizetype> offsetsWhere(Predicate holds, const QByteArray &text)
{
    QList<qsizetype> offsets;
    for (qsizetype offset = 0; offset <= text.size(); ++offset) {
        if (holds(text, offset))
            offsets.append(offset);
    }
    return offsets;
}

void TestDocumentIndexer::startsLineAfterEachKindOfBreak()
{
    // Not 8: that is between the `\r` and the `\n` of one break.
    QCOMPARE(offsetsWhere(LineBreaks::startsLine, mixedBreaks), QList<qsizetype>({0, 5, 9, 11}));
}

void TestDocumentIndexer::nextLineStartSkipsAWholeCrLf()
{
    QCOMPARE(atEachOffset(LineBreaks::nextLineStart, mixedBreaks),
             QList<qsizetype>({5, 5, 5, 5, 5, 9, 9, 9, 9, 11, 11, -1}));
    QCOMPARE(LineBreaks::nextLineStart(QByteArray("a\r"), 0), qsizetype(2));
}

void TestDocumentIndexer::lineStartOfFindsLinesEndedByALoneCr()
{
    QCOMPARE(atEachOffset(LineBreaks::lineStartOf, mixedBreaks),
             QList<qsizetype>({0, 0, 0, 0, 0, 5, 5, 5, 5, 9, 9, 11}));
    // A blank line ended by `\r\n` right after one ended by a lone `\r`.
    QCOMPARE(atEachOffset(LineBreaks::lineStartOf, QByteArray("a\r\r\nb")),
             QList<qsizetype>({0, 0, 2, 2, 4, 4}));
}

void TestDocumentIndexer::boundaryAfterStopsAtALoneCr()
{
    QCOMPARE(atEachOffset(LineBreaks::boundaryAfter, mixedBreaks),
             QList<qsizetype>({0, 5, 5, 5, 5, 5, 9, 9, 9, 9, 11, 11}));
    QCOMPARE(LineBreaks::boundaryAfter(QByteArray("a\rb"), 3), qsizetype(3));
}

void TestDocumentIndexer::nextDocumentMarkerFindsMarkersAfterALoneCr()
{
    // Lines at 0 (`\r` at 5), 6 (`---`, `\r\n` at 9), 11 (`---x`: no marker, `\r\n` at 15), 17
    // (`---`, `\n` at 20).
    const QList<qsizetype> expected =
        QList<qsizetype>(7, 6) + QList<qsizetype>(11, 17) + QList<qsizetype>(4, -1);
    QCOMPARE(
        atEachOffset(LineBreaks::nextDocumentMarker, QByteArray("a: {b\r---\r\n---x\r\n---\n")),
        expected);
    QCOMPARE(LineBreaks::nextDocumentMarker(QByteArray("x\r---"), 1), qsizetype(2));
}

// NEL (C2 85), LS (E2 80 A8) and PS (E2 80 A9) end lines as libyaml reads them; an em dash
// (E2 80 94) and a no-break space (C2 A0) start with the same bytes and do not.
// Lines: `a` at 0 (NEL at 1), `b` at 3 (LS at 4), `c` at 7 (PS at 8), `d—e ` at 11.
static const QByteArray unicodeBreaks("a\xC2\x85"
                                      "b\xE2\x80\xA8"
                                      "c\xE2\x80\xA9"
                                      "d\xE2\x80\x94"
                                      "e\xC2\xA0");

void TestDocumentIndexer::unicodeBreaksEndLines()
{
    QCOMPARE(offsetsWhere(LineBreaks::startsLine, unicodeBreaks), QList<qsizetype>({0, 3, 7, 11}));
    // From inside a break (2, 5, 6: as between `\r` and `\n`) the line after it.
    QCOMPARE(atEachOffset(LineBreaks::nextLineStart, unicodeBreaks),
             QList<qsizetype>({3, 3, 3, 7, 7, 7, 7, 11, 11, 11, 11}) + QList<qsizetype>(8, -1));
    QCOMPARE(atEachOffset(LineBreaks::lineStartOf, unicodeBreaks),
             QList<qsizetype>({0, 0, 0, 3, 3, 3, 3, 7, 7, 7, 7}) + QList<qsizetype>(8, 11));
    QCOMPARE(atEachOffset(LineBreaks::boundaryAfter, unicodeBreaks),
             QList<qsizetype>({0, 3, 3, 3, 7, 7, 7, 7, 11, 11, 11, 11}) + QList<qsizetype>(7, 18));
}

void TestDocumentIndexer::unicodeBreaksEndDocumentMarkers()
{
    // Lines at 0 (NEL at 1), 3 (`---` and LS), 9 (`---—`: no marker; PS at 15), 18 (`---` and
    // NEL).
    const QByteArray text("x\xC2\x85---\xE2\x80\xA8---\xE2\x80\x94\xE2\x80\xA9---\xC2\x85");
    QCOMPARE(atEachOffset(LineBreaks::nextDocumentMarker, text),
             QList<qsizetype>(4, 3) + QList<qsizetype>(15, 18) + QList<qsizetype>(5, -1));
}

void TestDocumentIndexer::breakLengthsAndMarkerEnds()
{
    // `\r\n` at 0, `\n` at 1, a lone `\r` at 2, NEL at 3, LS at 5, PS at 8, `\n` at 11.
    const QByteArray text("\r\n\r\xC2\x85\xE2\x80\xA8\xE2\x80\xA9\n");
    QCOMPARE(atEachOffset(LineBreaks::breakLengthAt, text),
             QList<qsizetype>({2, 1, 1, 2, 0, 3, 0, 0, 3, 0, 0, 1, 0}));
    // What may follow `---` or `...`: the end, a space, a tab or a break; not a no-break space.
    QCOMPARE(offsetsWhere(LineBreaks::endsMarker, QByteArray("--- \t\xC2\x85\xC2\xA0")),
             QList<qsizetype>({3, 4, 5, 9}));
}

void TestDocumentIndexer::linesAreCountedAfterEveryKindOfBreak()
{
    QCOMPARE(atEachOffset(LineBreaks::countBefore, unicodeBreaks),
             QList<qsizetype>({0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2}) + QList<qsizetype>(8, 3));
    // Not 3 at 8, between the `\r` and `\n` of one break.
    QCOMPARE(atEachOffset(LineBreaks::countBefore, mixedBreaks),
             QList<qsizetype>({0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3}));
    QCOMPARE(countLines(unicodeBreaks.constData(), unicodeBreaks.size()), qsizetype(3));
    int line = -1;
    int column = -1;
    // The `e` after the em dash: line 3, column 2 (characters, as libyaml counts).
    lineAndColumn(unicodeBreaks.constData(), unicodeBreaks.size(), 15, &line, &column);
    QCOMPARE(line, 3);
    QCOMPARE(column, 2);
    lineAndColumn(unicodeBreaks.constData(), unicodeBreaks.size(), 7, &line, &column);
    QCOMPARE(line, 2);
    QCOMPARE(column, 0);
}

void TestDocumentIndexer::brokenDocumentKeepsTheLineAfterALoneCr_data()
{
    QTest::addColumn<QByteArray>("broken");
    QTest::addColumn<QByteArray>("next");
    // The fuzz input crash-153197…: libyaml reads `--` after the `\r` as part of the broken
    // document, so it is no blank line above the next document's comments.
    QTest::newRow("lone CR") << QByteArray("a: {b\n\r--\n") << QByteArray("# c\n---\nd: 1\n");
    QTest::newRow("CRLF") << QByteArray("a: {b\r\n--\r\n") << QByteArray("# c\r\n---\r\nd: 1\r\n");
    QTest::newRow("lone CRs") << QByteArray("a: {b\r--\r") << QByteArray("# c\r---\rd: 1\r");
}

void TestDocumentIndexer::brokenDocumentKeepsTheLineAfterALoneCr()
{
    QFETCH(QByteArray, broken);
    QFETCH(QByteArray, next);
    const QByteArray text = broken + next;
    const QList<IndexedDocument> documents = DocumentIndexer::index(text);
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents[0].text, broken);
    QCOMPARE(documents[0].errors.size(), 1);
    QCOMPARE(documents[1].text, next);
    QVERIFY(documents[1].errors.isEmpty());
    QVERIFY(!SpanTree::parse(documents[1].text).hasErrors());
    QCOMPARE(documents[1].tree->documentValue(), SpanTree::parse(next).documentValue());
}

QTEST_GUILESS_MAIN(TestDocumentIndexer)
#include "tst_documentindexer.moc"
