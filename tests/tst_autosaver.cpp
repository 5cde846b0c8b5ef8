#include "autosaver.h"
#include "editordocument.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace MeshEntry;

/// Autosave of unsaved buffers and recovery after a crash.
class TestAutosaver : public QObject
{
    Q_OBJECT

private slots:
    void modifiedDocumentIsWrittenAndOfferedForRecovery();
    void savingRemovesTheAutosave();
    void timerWritesOnItsOwn();
};

void TestAutosaver::modifiedDocumentIsWrittenAndOfferedForRecovery()
{
    QTemporaryDir dir;
    EditorDocument document("kind: A\n");
    {
        Autosaver autosaver(dir.path());
        autosaver.watch(&document);
        autosaver.saveAll();
        QCOMPARE(autosaver.recoverableFiles().size(), 0); // nothing unsaved yet
        document.setValue(0, YamlPath::fromText("kind"), YamlValue::string("B"));
        autosaver.saveAll();
    }
    // A new session (after a crash) finds the buffer.
    Autosaver next(dir.path());
    const QList<RecoverableFile> files = next.recoverableFiles();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].originalPath, QString());
    QFile saved(files[0].autosavePath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("kind: B\n"));
    Autosaver::discard(files[0]);
    QCOMPARE(next.recoverableFiles().size(), 0);
}

void TestAutosaver::savingRemovesTheAutosave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mesh.yaml"));
    EditorDocument document("kind: A\n");
    QString error;
    QVERIFY(document.saveAs(path, &error));
    Autosaver autosaver(dir.filePath(QStringLiteral("autosave")));
    autosaver.watch(&document);
    document.setValue(0, YamlPath::fromText("kind"), YamlValue::string("B"));
    autosaver.saveAll();
    QCOMPARE(autosaver.recoverableFiles().size(), 1);
    QCOMPARE(autosaver.recoverableFiles()[0].originalPath, path);
    QVERIFY(document.save(&error));
    QCOMPARE(autosaver.recoverableFiles().size(), 0);
}

void TestAutosaver::timerWritesOnItsOwn()
{
    QTemporaryDir dir;
    EditorDocument document("kind: A\n");
    Autosaver autosaver(dir.path());
    autosaver.setInterval(20);
    QCOMPARE(autosaver.interval(), 20);
    autosaver.watch(&document);
    document.setValue(0, YamlPath::fromText("kind"), YamlValue::string("C"));
    QTRY_COMPARE(autosaver.recoverableFiles().size(), 1);
}

QTEST_GUILESS_MAIN(TestAutosaver)
#include "tst_autosaver.moc"
