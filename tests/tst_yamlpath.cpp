#include "yamlpath.h"

#include <QtTest>

using namespace MeshEntry;

/// Parsing and printing field paths.
class TestYamlPath : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
};

void TestYamlPath::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("segments");
    QTest::newRow("keys") << "metadata.labels.app" << QStringList{"metadata", "labels", "app"};
    QTest::newRow("index") << "spec.ports[1].number"
                           << QStringList{"spec", "ports", "[1]", "number"};
    QTest::newRow("quoted") << "metadata.annotations[\"sidecar.istio.io/inject\"]"
                            << QStringList{"metadata", "annotations", "sidecar.istio.io/inject"};
    QTest::newRow("single-quoted") << "a['b.c'].d" << QStringList{"a", "b.c", "d"};
    QTest::newRow("root") << "" << QStringList{};
}

void TestYamlPath::parses()
{
    QFETCH(QString, text);
    QFETCH(QStringList, segments);
    YamlPath path;
    QString error;
    QVERIFY2(YamlPath::parse(text, &path, &error), qPrintable(error));
    QStringList actual;
    for (const YamlPath::Segment &segment : path.segments())
        actual << (segment.isIndex() ? QStringLiteral("[%1]").arg(segment.index) : segment.key);
    QCOMPARE(actual, segments);
    if (!text.contains(u'\''))
        QCOMPARE(path.toString(), text);
}

void TestYamlPath::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("double dot") << "a..b"
                                << "empty key in path \"a..b\"";
    QTest::newRow("bad index") << "a[x]"
                               << "bad index in path \"a[x]\"";
    QTest::newRow("trailing dot") << "a."
                                  << "path \"a.\" ends with '.'";
    QTest::newRow("unterminated") << "a[\"b"
                                  << "unterminated quoted key in path \"a[\"b\"";
}

void TestYamlPath::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    YamlPath path;
    QString actual;
    QVERIFY(!YamlPath::parse(text, &path, &actual));
    QCOMPARE(actual, error);
}

QTEST_GUILESS_MAIN(TestYamlPath)
#include "tst_yamlpath.moc"
