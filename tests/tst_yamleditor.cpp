#include "editordocument.h"
#include "yamleditor.h"
#include "yamleditoraccessible.h"

#include <QAccessible>

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

QByteArray paneText(const YamlEditor &editor)
{
    return editor.bytes(0, editor.length());
}

} // namespace

/// The YAML pane stays in step with its document: one history, no moved cursor.
class TestYamlEditor : public QObject
{
    Q_OBJECT

private slots:
    void showsTheFileWithoutBom();
    void typingBecomesOneUndoCommandAfterThePause();
    void formEditsPatchThePaneWithoutMovingTheCursor();
    void undoOfTypingRestoresPaneAndBytes();
    void typingASeparatorSplitsDocuments();
    void readOnlyDocumentMakesThePaneReadOnly();
    void marksDoNotChangeText();
    void hoverShowsTheFieldHelp();
    void typingOffersFieldNamesFromTheFieldTable();
    void completionOfResolutionOffersItsValues();
    void editorCommandsAreOneUndoStepEach();
    void selectingARangeKeepsTheCursorInsideIt();
    void screenReadersGetCharacterOffsets();
    void aLargeFilesFirstEditDoesNotRegrowTheBuffer();
};

void TestYamlEditor::showsTheFileWithoutBom()
{
    EditorDocument document("\xEF\xBB\xBF" + text);
    YamlEditor editor;
    editor.setDocument(&document);
    QCOMPARE(paneText(editor), text);
}

void TestYamlEditor::typingBecomesOneUndoCommandAfterThePause()
{
    EditorDocument document(text);
    YamlEditor editor;
    editor.setDocument(&document);
    editor.show();
    const qsizetype at = text.indexOf("  name: api") + 11;
    editor.goToOffset(at);
    QTest::keyClicks(&editor, "-v2");
    QCOMPARE(document.file().bytes(), text); // not yet: the pane waits for a pause
    QTRY_COMPARE(document.file().bytes(),
                 QByteArray(text).replace("name: api\n", "name: api-v2\n"));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.file().document(0).info().name, QStringLiteral("api-v2"));
}

void TestYamlEditor::formEditsPatchThePaneWithoutMovingTheCursor()
{
    EditorDocument document(text);
    YamlEditor editor;
    editor.setDocument(&document);
    const qsizetype cursor = text.indexOf("metadata: {name: vm}") + 5;
    editor.goToOffset(cursor);
    QCOMPARE(document.setValue(0, YamlPath::fromText("spec.hosts[0]"),
                               YamlValue::string("longer-host.example.com")),
             QString());
    QCOMPARE(paneText(editor), document.file().bytes());
    QCOMPARE(editor.cursorOffset(),
             cursor + qsizetype(strlen("longer-host.example.com") - strlen("a.example.com")));
    document.undoStack()->undo();
    QCOMPARE(paneText(editor), text);
    QCOMPARE(editor.cursorOffset(), cursor);
}

void TestYamlEditor::undoOfTypingRestoresPaneAndBytes()
{
    EditorDocument document(text);
    YamlEditor editor;
    editor.setDocument(&document);
    editor.show();
    editor.goToOffset(text.indexOf("a.example.com"));
    QTest::keyClicks(&editor, "www.");
    QTest::keyClick(&editor, Qt::Key_Delete);
    editor.flushPendingEdits();
    QCOMPARE(document.file().bytes(),
             QByteArray(text).replace("a.example.com", "www..example.com"));
    document.setValue(1, YamlPath::fromText("metadata.name"), YamlValue::string("vm-1"));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.file().bytes(), text);
    QCOMPARE(paneText(editor), text);
}

void TestYamlEditor::typingASeparatorSplitsDocuments()
{
    EditorDocument document(text);
    YamlEditor editor;
    editor.setDocument(&document);
    editor.show();
    editor.goToOffset(text.indexOf("spec:"));
    QTest::keyClicks(&editor, "---");
    QTest::keyClick(&editor, Qt::Key_Return);
    editor.flushPendingEdits();
    QCOMPARE(document.file().documentCount(), 3);
    QCOMPARE(paneText(editor), document.file().bytes());
}

void TestYamlEditor::readOnlyDocumentMakesThePaneReadOnly()
{
    EditorDocument document(text);
    YamlEditor editor;
    editor.setDocument(&document);
    document.setReadOnly(true);
    QVERIFY(editor.isReadOnly());
    editor.show();
    QTest::keyClicks(&editor, "x");
    editor.flushPendingEdits();
    QCOMPARE(document.file().bytes(), text);
}

void TestYamlEditor::marksDoNotChangeText()
{
    EditorDocument document(text);
    YamlEditor editor;
    editor.setDocument(&document);
    editor.setMarks(0, text.size(), {{10, 14, TextMark::Severity::Error, QStringLiteral("bad")}});
    editor.showRange(0, 50);
    editor.flushPendingEdits();
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(paneText(editor), text);
}

void TestYamlEditor::hoverShowsTheFieldHelp()
{
    EditorDocument document(text);
    YamlEditor editor;
    editor.setDocument(&document);
    const QString onKey = editor.fieldHelpAt(text.indexOf("hosts:") + 1);
    QVERIFY2(onKey.startsWith(QStringLiteral("<b>spec.hosts</b><br>")), qPrintable(onKey));
    const QString onItem = editor.fieldHelpAt(text.indexOf("a.example.com") + 2);
    QVERIFY2(onItem.startsWith(QStringLiteral("<b>spec.hosts[]</b>")), qPrintable(onItem));
    QCOMPARE(editor.fieldHelpAt(text.indexOf("# api")), QString());
}

void TestYamlEditor::typingOffersFieldNamesFromTheFieldTable()
{
    EditorDocument document(text);
    YamlEditor editor;
    editor.setDocument(&document);
    editor.show();
    editor.goToOffset(text.indexOf("---"));
    QTest::keyClicks(&editor, "  reso");
    QVERIFY(editor.SendScintilla(QsciScintilla::SCI_AUTOCACTIVE));
    QTest::keyClick(&editor, Qt::Key_Return);
    editor.flushPendingEdits();
    QVERIFY2(document.file().bytes().contains("  resolution---"),
             document.file().bytes().constData());
}

void TestYamlEditor::completionOfResolutionOffersItsValues()
{
    EditorDocument document(text);
    YamlEditor editor;
    editor.setDocument(&document);
    editor.show();
    editor.goToOffset(text.indexOf("---"));
    QTest::keyClicks(&editor, "  resolution: ");
    QVERIFY(editor.SendScintilla(QsciScintilla::SCI_AUTOCACTIVE));
    // The first value is offered first; typing narrows and a finished word closes the list.
    char selected[64] = {};
    editor.SendScintilla(QsciScintilla::SCI_AUTOCGETCURRENTTEXT, 0UL, selected);
    QCOMPARE(QByteArray(selected), QByteArray("DNS"));
    QTest::keyClicks(&editor, "ST");
    QVERIFY(editor.SendScintilla(QsciScintilla::SCI_AUTOCACTIVE));
    editor.SendScintilla(QsciScintilla::SCI_AUTOCGETCURRENTTEXT, 0UL, selected);
    QCOMPARE(QByteArray(selected), QByteArray("STATIC"));
    QTest::keyClicks(&editor, "ATIC");
    QVERIFY(!editor.SendScintilla(QsciScintilla::SCI_AUTOCACTIVE));
    editor.flushPendingEdits();
    QVERIFY2(document.file().bytes().contains("  - a.example.com\n  resolution: STATIC---"),
             document.file().bytes().constData());
}

void TestYamlEditor::editorCommandsAreOneUndoStepEach()
{
    EditorDocument document(text);
    YamlEditor editor;
    editor.setDocument(&document);
    editor.goToOffset(text.indexOf("  - a.example.com"));
    editor.moveLinesUp();
    QCOMPARE(document.file().document(0).text(),
             QByteArray("# api\nkind: ServiceEntry\nmetadata:\n  name: api\nspec:\n"
                        "  - a.example.com\n  hosts:\n"));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Move lines up"));
    editor.moveLinesDown();
    QCOMPARE(document.file().bytes(), text);
    editor.indentLines();
    QVERIFY(document.file().bytes().contains("\n    - a.example.com\n"));
    editor.unindentLines();
    QCOMPARE(document.file().bytes(), text);
    editor.deleteLines();
    QCOMPARE(document.file().bytes(), QByteArray(text).replace("  - a.example.com\n", ""));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Delete line"));
    QCOMPARE(document.undoStack()->count(), 5);
    document.undoStack()->setIndex(0);
    QCOMPARE(document.file().bytes(), text);
    QCOMPARE(paneText(editor), text);
}

void TestYamlEditor::selectingARangeKeepsTheCursorInsideIt()
{
    EditorDocument document(text);
    YamlEditor editor;
    editor.setDocument(&document);
    editor.show();
    const qsizetype second = document.textOffset(1);
    editor.showRange(second, document.textOffset(2));
    QCOMPARE(editor.cursorOffset(), second);
    QCOMPARE(editor.rangeFirstLine(), 7);
    QCOMPARE(editor.rangeLastLine(), 9);
    QCOMPARE(editor.firstVisibleLine(), 7);
    // A cursor inside the range stays where it is.
    editor.goToOffset(second + 10);
    editor.showRange(second, document.textOffset(2));
    QCOMPARE(editor.cursorOffset(), second + 10);
}

void TestYamlEditor::screenReadersGetCharacterOffsets()
{
    // "é" is two bytes, one character: offsets are characters, positions bytes.
    EditorDocument document("# café\nkind: ServiceEntry\nmetadata:\n  name: api\n");
    YamlEditor editor;
    editor.setDocument(&document);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&editor);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::EditableText);
    QAccessibleTextInterface *text = accessible->textInterface();
    QVERIFY(text);
    QCOMPARE(text->characterCount(), 48);
    const qsizetype kind = QByteArray("# café\n").size();
    QCOMPARE(YamlEditorAccessible::offsetOf(&editor, kind), 7);
    QCOMPARE(YamlEditorAccessible::positionOf(&editor, 7), kind);
    QCOMPARE(text->text(2, 6), QStringLiteral("café"));
    int start = 0;
    int end = 0;
    QCOMPARE(text->textAtOffset(9, QAccessible::LineBoundary, &start, &end),
             QStringLiteral("kind: ServiceEntry"));
    QCOMPARE(start, 7);
    QCOMPARE(end, 25);
    editor.goToOffset(kind + 6);
    QCOMPARE(text->cursorPosition(), 13);
}

QTEST_MAIN(TestYamlEditor)
void TestYamlEditor::aLargeFilesFirstEditDoesNotRegrowTheBuffer()
{
    // Over 256 KB the pane loads in slices, into a buffer sized for the text at once.
    QByteArray large;
    for (int i = 0; large.size() < 600 * 1024; ++i)
        large += "---\nkind: ServiceEntry\nmetadata:\n  name: api-" + QByteArray::number(i) +
                 "\nspec:\n  hosts:\n  - a.example.com\n";
    EditorDocument document(large);
    YamlEditor editor;
    // The text's address moves whenever Scintilla grows its buffer (a copy of the whole text
    // and its styles, 50 MB for the benchmark's file): neither the slices nor the first edit
    // may need that.
    QSet<long> addresses;
    connect(&editor, &QsciScintillaBase::SCN_MODIFIED, &editor, [&] {
        addresses.insert(editor.SendScintilla(QsciScintillaBase::SCI_GETCHARACTERPOINTER));
    });
    QSignalSpy loaded(&editor, &YamlEditor::textLoaded);
    editor.setDocument(&document);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(paneText(editor), large);
    QCOMPARE(document.setValue(0, YamlPath::fromText("metadata.name"),
                               YamlValue::string("api-0-with-a-much-longer-name")),
             QString());
    QCOMPARE(paneText(editor), document.file().bytes());
    QCOMPARE(addresses.size(), 1);
}

#include "tst_yamleditor.moc"
