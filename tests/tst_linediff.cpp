#include "linediff.h"

#include <QtTest>

using namespace MeshEntry;

/// The unified diff shown when a file changed on disk.
class TestLineDiff : public QObject
{
    Q_OBJECT

private slots:
    void equalTextsHaveNoDiff();
    void oneChangedLine();
    void insertionAndRemovalInOneHunk();
    void separateHunks();
};

void TestLineDiff::equalTextsHaveNoDiff()
{
    QCOMPARE(LineDiff::unified("a\nb\n", "a\nb\n", "disk", "mine"), QByteArray());
}

void TestLineDiff::oneChangedLine()
{
    QCOMPARE(LineDiff::unified("a\nb\nc\n", "a\nB\nc\n", "disk", "mine"),
             QByteArray("--- disk\n+++ mine\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"));
}

void TestLineDiff::insertionAndRemovalInOneHunk()
{
    QCOMPARE(LineDiff::unified("1\n2\n3\n4\n", "1\n3\n4\n5\n", "a", "b", 1),
             QByteArray("--- a\n+++ b\n@@ -1,4 +1,4 @@\n 1\n-2\n 3\n 4\n+5\n"));
}

void TestLineDiff::separateHunks()
{
    QByteArray before;
    for (int i = 1; i <= 20; ++i)
        before += QByteArray::number(i) + '\n';
    QByteArray after = before;
    after.replace("\n2\n", "\ntwo\n");
    after.replace("\n19\n", "\nnineteen\n");
    QCOMPARE(LineDiff::unified(before, after, "a", "b", 1),
             QByteArray("--- a\n+++ b\n@@ -1,3 +1,3 @@\n 1\n-2\n+two\n 3\n"
                        "@@ -18,3 +18,3 @@\n 18\n-19\n+nineteen\n 20\n"));
}

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
