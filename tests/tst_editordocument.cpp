#include "editordocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace MeshEntry;

namespace {

const QByteArray text = "# api\n"
                        "kind: ServiceEntry\n"
                        "metadata:\n"
                        "  name: api\n"
                        "spec:\n"
                        "  hosts:\n"
                        "  - a.example.com\n"
                        "---\n"
                        "kind: WorkloadEntry\n"
                        "metadata: {name: vm}\n";

} // namespace

/// An open file: edits as undo commands, one history, saving and watching the disk.
class TestEditorDocument : public QObject
{
    Q_OBJECT

private slots:
    void editAndUndoRestoreExactBytes();
    void typingMergesIntoOneUndoStep();
    void typingIsJudgedAgainstTheTextBeforeTheWord();
    void textEditsShareTheHistory();
    void typingASeparatorSplitsTheDocument();
    void addDuplicateRemoveDocuments();
    void saveAndDetectChangesOnDisk();
    void readOnlyFileRefusesEdits();
};

void TestEditorDocument::editAndUndoRestoreExactBytes()
{
    EditorDocument document(text);
    QSignalSpy replaced(&document, &EditorDocument::textReplaced);
    QCOMPARE(document.setValue(0, YamlPath::fromText("spec.hosts[0]"),
                               YamlValue::string("b.example.com")),
             QString());
    QCOMPARE(document.file().bytes(), QByteArray(text).replace("a.example.com", "b.example.com"));
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(replaced[0][0].value<qsizetype>(), qsizetype(0));
    QVERIFY(document.isModified());
    document.undoStack()->undo();
    QCOMPARE(document.file().bytes(), text);
    QVERIFY(!document.isModified());
    QCOMPARE(document.setValue(0, YamlPath::fromText("spec.hosts.x"), YamlValue::string("b")),
             QStringLiteral("cannot add key \"x\": spec.hosts is a sequence"));
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestEditorDocument::typingMergesIntoOneUndoStep()
{
    EditorDocument document(text);
    const YamlPath name = YamlPath::fromText("metadata.name");
    for (const char *typed : {"w", "we", "web"})
        document.setValue(0, name, YamlValue::string(QString::fromLatin1(typed)),
                          QStringLiteral("name"));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.file().bytes().contains("  name: web\n"));
    document.undoStack()->undo();
    QCOMPARE(document.file().bytes(), text);
}

void TestEditorDocument::typingIsJudgedAgainstTheTextBeforeTheWord()
{
    // "1" alone must be quoted (it reads as a number); the finished word must not stay quoted.
    EditorDocument document(text);
    const YamlPath address = YamlPath::fromText("spec.address");
    for (const char *typed : {"1", "10", "10.", "10.0.0.1"})
        document.setValue(1, address, YamlValue::string(QString::fromLatin1(typed)),
                          QStringLiteral("address"));
    QCOMPARE(
        document.file().document(1).text(),
        QByteArray("---\nkind: WorkloadEntry\nmetadata: {name: vm}\nspec:\n  address: 10.0.0.1\n"));
    QCOMPARE(document.undoStack()->count(), 1);
    // Adding an item and typing on into it is one step too.
    const YamlPath hosts = YamlPath::fromText("spec.hosts");
    document.insertItem(0, hosts, -1, YamlValue::string("2"), QStringLiteral("host"));
    document.setValue(0, hosts.index(1), YamlValue::string("2.example.com"),
                      QStringLiteral("host"));
    QVERIFY(document.file().bytes().contains("  - a.example.com\n  - 2.example.com\n"));
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.file().bytes(), text);
}

void TestEditorDocument::textEditsShareTheHistory()
{
    EditorDocument document(text);
    document.setValue(1, YamlPath::fromText("metadata.name"), YamlValue::string("vm-1"));
    const qsizetype at = document.file().bytes().indexOf("a.example.com");
    document.replaceText(at, 1, "z");
    QVERIFY(document.file().bytes().contains("z.example.com"));
    QCOMPARE(document.file()
                 .document(0)
                 .tree()
                 .node(document.file().document(0).tree().find(YamlPath::fromText("spec.hosts[0]")))
                 .value,
             QStringLiteral("z.example.com"));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.file().bytes(), text);
}

void TestEditorDocument::typingASeparatorSplitsTheDocument()
{
    EditorDocument document(text);
    QSignalSpy reset(&document, &EditorDocument::documentsReset);
    const qsizetype at = document.file().bytes().indexOf("spec:");
    document.replaceText(at, 0, "---\n");
    QCOMPARE(document.file().documentCount(), 3);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(document.file().document(1).text(),
             QByteArray("---\nspec:\n  hosts:\n  - a.example.com\n"));
    document.undoStack()->undo();
    QCOMPARE(document.file().documentCount(), 2);
    QCOMPARE(document.file().bytes(), text);
}

void TestEditorDocument::addDuplicateRemoveDocuments()
{
    EditorDocument document(text);
    // The copy gets a name no other WorkloadEntry has, and the history names what happened.
    QCOMPARE(document.duplicateDocument(1), 2);
    QCOMPARE(document.file().bytes(),
             text + "---\nkind: WorkloadEntry\nmetadata: {name: vm-copy}\n");
    QCOMPARE(document.undoStack()->text(0), QStringLiteral("Duplicate vm"));
    QCOMPARE(document.duplicateDocument(1), 2);
    QCOMPARE(document.file().document(2).info().name, QStringLiteral("vm-copy-2"));
    document.undoStack()->undo();
    document.removeDocument(0);
    QCOMPARE(document.undoStack()->text(1), QStringLiteral("Delete api"));
    QCOMPARE(document.file().documentCount(), 2);
    QCOMPARE(document.file().document(0).info().kind, QStringLiteral("WorkloadEntry"));
    document.addDocument(2, YamlValue::mapping({{QStringLiteral("kind"), YamlValue::string("X")}}),
                         QStringLiteral("Add"));
    QVERIFY(document.file().bytes().endsWith("---\nkind: X\n"));
    document.undoStack()->setIndex(0);
    QCOMPARE(document.file().bytes(), text);
}

void TestEditorDocument::saveAndDetectChangesOnDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mesh.yaml"));
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
    }
    QString error;
    std::unique_ptr<EditorDocument> document(EditorDocument::open(path, &error));
    QVERIFY2(document, qPrintable(error));
    QSignalSpy changed(document.get(), &EditorDocument::changedOnDisk);
    document->setValue(1, YamlPath::fromText("spec.address"), YamlValue::string("10.0.0.1"));
    QVERIFY2(document->save(&error), qPrintable(error));
    QVERIFY(!document->isModified());
    QTest::qWait(200);
    QCOMPARE(changed.size(), 0);
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Append));
        out.write("# edited elsewhere\n");
    }
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(document->reload(&error));
    QVERIFY(document->file().bytes().endsWith("# edited elsewhere\n"));
    QVERIFY(!document->isModified());
    document->undoStack()->undo();
    QVERIFY(!document->file().bytes().contains("# edited elsewhere"));
}

void TestEditorDocument::readOnlyFileRefusesEdits()
{
    EditorDocument document(text);
    QSignalSpy changed(&document, &EditorDocument::readOnlyChanged);
    document.setReadOnly(true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(document.setValue(0, YamlPath::fromText("metadata.name"), YamlValue::string("x")),
             QStringLiteral("Untitled is read-only"));
    document.replaceText(0, 1, "x");
    document.removeDocument(0);
    QCOMPARE(document.file().bytes(), text);
    QCOMPARE(document.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestEditorDocument)
#include "tst_editordocument.moc"
