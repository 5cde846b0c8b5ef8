#include "currentdocument.h"
#include "editordocument.h"

#include <QSignalSpy>
#include <QtTest>

using namespace MeshEntry;

namespace {

const QByteArray text = "kind: A\n---\nkind: B\n---\nkind: C\n";

} // namespace

/// The document every pane shows: set by any pane, following the file's structural edits.
class TestCurrentDocument : public QObject
{
    Q_OBJECT

private slots:
    void setClampsAndReportsOnlyChanges();
    void followsDocumentsInsertedBefore();
    void deletingTheCurrentSelectsTheOneInItsPlace();
    void closingTheFileClearsIt();
};

void TestCurrentDocument::setClampsAndReportsOnlyChanges()
{
    EditorDocument file(text);
    CurrentDocument current;
    QSignalSpy changed(&current, &CurrentDocument::changed);
    current.set(&file, 7, CurrentDocument::Origin::Outline);
    QCOMPARE(current.document(), 2);
    QCOMPARE(current.origin(), CurrentDocument::Origin::Outline);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][2].toBool(), true);
    current.set(&file, 2, CurrentDocument::Origin::YamlPane);
    QCOMPARE(changed.size(), 1);
    current.set(&file, 0, CurrentDocument::Origin::YamlPane);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed[1][2].toBool(), false);
    current.set(nullptr, 0);
    QCOMPARE(current.document(), -1);
    QCOMPARE(current.file(), nullptr);
}

void TestCurrentDocument::followsDocumentsInsertedBefore()
{
    EditorDocument file(text);
    CurrentDocument current;
    current.set(&file, 2);
    QSignalSpy changed(&current, &CurrentDocument::changed);
    QCOMPARE(file.duplicateDocument(0), 1);
    QCOMPARE(current.document(), 3);
    QCOMPARE(file.file().document(current.document()).info().kind, QStringLiteral("C"));
    QCOMPARE(changed.size(), 1);
    file.undoStack()->undo();
    QCOMPARE(current.document(), 2);
}

void TestCurrentDocument::deletingTheCurrentSelectsTheOneInItsPlace()
{
    EditorDocument file(text);
    CurrentDocument current;
    current.set(&file, 1);
    QSignalSpy changed(&current, &CurrentDocument::changed);
    file.removeDocument(1);
    // Same index, another document: the panes are told.
    QCOMPARE(current.document(), 1);
    QCOMPARE(file.file().document(1).info().kind, QStringLiteral("C"));
    QCOMPARE(changed.size(), 1);
    file.removeDocument(1);
    QCOMPARE(current.document(), 0);
}

void TestCurrentDocument::closingTheFileClearsIt()
{
    auto *file = new EditorDocument(text);
    CurrentDocument current;
    current.set(file, 1);
    QSignalSpy changed(&current, &CurrentDocument::changed);
    delete file;
    QCOMPARE(current.file(), nullptr);
    QCOMPARE(current.document(), -1);
    QCOMPARE(changed.size(), 1);
}

QTEST_GUILESS_MAIN(TestCurrentDocument)
#include "tst_currentdocument.moc"
