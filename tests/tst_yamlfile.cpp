#include "documenteditor.h"
#include "yamlfile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace MeshEntry;

/// A file as documents: byte identity, BOM and line breaks, lookup, adding and removing.
class TestYamlFile : public QObject
{
    Q_OBJECT

private slots:
    void bomAndCrlfSurviveAnEdit();
    void positionsAreFileLines();
    void everyLineBreakLibyamlKnowsEndsALine_data();
    void everyLineBreakLibyamlKnowsEndsALine();
    void findDocumentBySpec_data();
    void findDocumentBySpec();
    void addDocumentAppendsAfterAFileWithoutFinalBreak();
    void addDocumentBeforeAnImplicitDocumentSeparatesThem();
    void removeDocumentKeepsTheRest();
    void saveIsAtomicAndReportsErrors();
    void unreadableFileIsAnError();
    void editsBeforeAnEmptyLastItemReadTheSameInTheFile();
};

void TestYamlFile::bomAndCrlfSurviveAnEdit()
{
    const QByteArray bytes = "\xEF\xBB\xBF# cé✓\r\nkind: A\r\nspec:\r\n  a: 1\r\n";
    YamlFile file = YamlFile::fromBytes(bytes);
    QVERIFY(file.hasBom());
    QCOMPARE(file.bytes(), bytes);
    QCOMPARE(file.lineEnding(), QByteArray("\r\n"));
    const YamlDocument &document = file.document(0);
    const DocumentEdit edit = DocumentEditor(document.text(), document.tree())
                                  .setValue(YamlPath::fromText("spec.b"), YamlValue::plain("2"));
    QVERIFY2(edit.ok, qPrintable(edit.error));
    file.applyEdit(0, edit);
    QCOMPARE(file.bytes(),
             QByteArray("\xEF\xBB\xBF# cé✓\r\nkind: A\r\nspec:\r\n  a: 1\r\n  b: 2\r\n"));
}

void TestYamlFile::positionsAreFileLines()
{
    const YamlFile file = YamlFile::fromBytes("a: 1\n---\nb: 2\nc: [\n");
    QCOMPARE(file.documentCount(), 2);
    QCOMPARE(file.documentLine(1), 1);
    QCOMPARE(file.document(1).syntaxErrors().size(), 1);
    const FilePosition position = file.position(1, file.document(1).syntaxErrors()[0].offset);
    QCOMPARE(position.line, 4);
    QCOMPARE(position.column, 0);
    QCOMPARE(file.position(1, 4).line, 2);
    QCOMPARE(file.documentOffset(1), qsizetype(5));
}

void TestYamlFile::everyLineBreakLibyamlKnowsEndsALine_data()
{
    QTest::addColumn<QByteArray>("lineBreak");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CR") << QByteArray("\r");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("NEL") << QByteArray("\xC2\x85");
    QTest::newRow("LS") << QByteArray("\xE2\x80\xA8");
    QTest::newRow("PS") << QByteArray("\xE2\x80\xA9");
}

void TestYamlFile::everyLineBreakLibyamlKnowsEndsALine()
{
    QFETCH(QByteArray, lineBreak);
    const QByteArray first = "kind: A" + lineBreak;
    const QByteArray broken =
        "---" + lineBreak + "kind: B" + lineBreak + "bad: [\xC3\xA9 }" + lineBreak;
    const QByteArray last = "---" + lineBreak + "kind: C" + lineBreak;
    const QByteArray bytes = first + broken + last;
    const YamlFile file = YamlFile::fromBytes(bytes);
    QCOMPARE(file.documentCount(), 3);
    QCOMPARE(file.document(0).text(), first);
    QCOMPARE(file.document(1).text(), broken);
    QCOMPARE(file.document(2).text(), last);
    QCOMPARE(file.documentOffset(2), qsizetype(27 + 4 * lineBreak.size()));
    QCOMPARE(file.document(0).info().kind, QStringLiteral("A"));
    QCOMPARE(file.document(2).info().kind, QStringLiteral("C"));
    QVERIFY(!file.document(2).hasSyntaxErrors());
    QCOMPARE(file.documentLine(1), 1);
    QCOMPARE(file.documentLine(2), 4);

    // libyaml's mark for the `}`: line 3, column 8 (characters: `é` is one) of the file.
    QCOMPARE(file.document(1).syntaxErrors().size(), 1);
    const YamlError &error = file.document(1).syntaxErrors()[0];
    QCOMPARE(error.offset, qsizetype(19 + 2 * lineBreak.size()));
    QCOMPARE(error.line, 2);
    QCOMPARE(error.column, 8);
    const FilePosition position = file.position(1, error.offset);
    QCOMPARE(position.line, 3);
    QCOMPARE(position.column, 8);

    QCOMPARE(file.bytes(), bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("breaks.yaml"));
    QString saveError;
    QVERIFY2(file.save(path, &saveError), qPrintable(saveError));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), bytes);
}

void TestYamlFile::findDocumentBySpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("error");
    QTest::newRow("index") << "1" << 1 << QString();
    QTest::newRow("full name") << "ServiceEntry/shop/api" << 0 << QString();
    QTest::newRow("kind and name") << "WorkloadEntry/vm" << 1 << QString();
    QTest::newRow("unique name") << "vm" << 1 << QString();
    QTest::newRow("ambiguous") << "dup" << -1
                               << "dup names 2 documents; use Kind/namespace/name or an index";
    QTest::newRow("missing") << "nope" << -1 << "no document named nope";
    QTest::newRow("out of range") << "9" << -1
                                  << "no document 9: the file has 4 document(s), numbered from 0";
}

void TestYamlFile::findDocumentBySpec()
{
    QFETCH(QString, spec);
    QFETCH(int, index);
    QFETCH(QString, error);
    const YamlFile file = YamlFile::fromBytes(
        "kind: ServiceEntry\nmetadata: {name: api, namespace: shop}\n---\n"
        "kind: WorkloadEntry\nmetadata: {name: vm, namespace: shop}\n---\n"
        "kind: A\nmetadata: {name: dup}\n---\nkind: B\nmetadata: {name: dup}\n");
    QString actualError;
    QCOMPARE(file.findDocument(spec, &actualError), index);
    QCOMPARE(actualError, error);
}

void TestYamlFile::addDocumentAppendsAfterAFileWithoutFinalBreak()
{
    YamlFile file = YamlFile::fromBytes("kind: A");
    file.addDocument(1, YamlValue::mapping({{QStringLiteral("kind"), YamlValue::string("B")}}));
    QCOMPARE(file.bytes(), QByteArray("kind: A\n---\nkind: B\n"));
    QCOMPARE(file.documentCount(), 2);
    QCOMPARE(file.document(1).info().kind, QStringLiteral("B"));
    QCOMPARE(YamlFile::fromBytes(file.bytes()).documentCount(), 2);
}

void TestYamlFile::addDocumentBeforeAnImplicitDocumentSeparatesThem()
{
    YamlFile file = YamlFile::fromBytes("# header\r\nkind: A\r\n");
    file.addDocument(0, YamlValue::mapping({{QStringLiteral("kind"), YamlValue::string("New")}}));
    QCOMPARE(file.bytes(), QByteArray("---\r\nkind: New\r\n---\r\n# header\r\nkind: A\r\n"));
    QCOMPARE(file.document(0).info().kind, QStringLiteral("New"));
    QCOMPARE(file.document(1).info().kind, QStringLiteral("A"));
    QVERIFY(!file.document(1).hasSyntaxErrors());
}

void TestYamlFile::removeDocumentKeepsTheRest()
{
    YamlFile file = YamlFile::fromBytes("kind: A\n---\n# b\nkind: B\n---\nkind: C\n");
    file.removeDocument(1);
    QCOMPARE(file.bytes(), QByteArray("kind: A\n---\nkind: C\n"));
}

void TestYamlFile::saveIsAtomicAndReportsErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.yaml"));
    const YamlFile file = YamlFile::fromBytes("kind: A\n");
    QString error;
    QVERIFY(file.save(path, &error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("kind: A\n"));
    QVERIFY(!file.save(dir.filePath(QStringLiteral("missing/dir/out.yaml")), &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write ")), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.yaml")});
}

void TestYamlFile::unreadableFileIsAnError()
{
    YamlFile file;
    QString error;
    QVERIFY(!YamlFile::load(QStringLiteral("/nonexistent/x.yaml"), &file, &error));
    QCOMPARE(error, QStringLiteral("cannot read /nonexistent/x.yaml: No such file or directory"));
    QVERIFY(!YamlFile::load(QStringLiteral("/tmp"), &file, &error));
    QCOMPARE(error, QStringLiteral("/tmp is a directory"));
}

void TestYamlFile::editsBeforeAnEmptyLastItemReadTheSameInTheFile()
{
    // The fuzzer's edits/crash-c8c56b…: items written before a document's only (empty) item,
    // the next document's comments and `--- !tag` right after it. Read again from the whole
    // file, the document is what the edits made.
    YamlFile file = YamlFile::fromBytes("-\n# <be|ween:\n--- !mag\nkind: WoroknaEldtry\n");
    QCOMPARE(file.documentCount(), 2);
    QCOMPARE(file.document(0).text(), QByteArray("-\n"));
    const auto edit = [&](auto change) {
        const YamlDocument &document = file.document(0);
        DocumentEdit made = change(DocumentEditor(document.text(), document.tree()));
        QVERIFY2(made.ok, qPrintable(made.error));
        file.applyEdit(0, std::move(made));
    };
    edit([](const DocumentEditor &editor) {
        return editor.insertItem(YamlPath(), 0, YamlValue::string(QStringLiteral("`")));
    });
    QCOMPARE(file.document(0).text(), QByteArray("- \"`\"\n-\n"));
    edit([](const DocumentEditor &editor) {
        return editor.setValue(YamlPath::fromText(QStringLiteral("[0]")),
                               YamlValue::string(QStringLiteral("#c")));
    });
    QCOMPARE(file.bytes(), QByteArray("- \"#c\"\n-\n# <be|ween:\n--- !mag\nkind: WoroknaEldtry\n"));
    const YamlFile reread = YamlFile::fromBytes(file.bytes());
    QCOMPARE(reread.documentCount(), 2);
    QCOMPARE(reread.document(0).text(), QByteArray("- \"#c\"\n-\n"));
    QCOMPARE(reread.document(0).tree().documentValue(),
             YamlValue::sequence({YamlValue::string(QStringLiteral("#c")), YamlValue()}));
    QCOMPARE(reread.document(0).tree().documentValue(), file.document(0).tree().documentValue());
    QVERIFY(!reread.document(1).hasSyntaxErrors());
}

QTEST_GUILESS_MAIN(TestYamlFile)
#include "tst_yamlfile.moc"
