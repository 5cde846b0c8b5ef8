#include "documenteditor.h"
#include "yamlfile.h"

#include <QDir>
#include <QtTest>

using namespace MeshEntry;

namespace {

struct LineChange {
    int removed = 0;
    int added = 0;
};

/// Lines that differ between two texts, for edits that change one contiguous region.
LineChange changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    return {int(a.size() - prefix - suffix), int(b.size() - prefix - suffix)};
}

QStringList corpusFiles()
{
    const QDir dir(QStringLiteral(MESHENTRY_FIXTURES "/istio"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

} // namespace

/// Istio's own YAML: opens and saves byte for byte, and edits change only their lines.
class TestCorpusRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void editsChangeOnlyTheirLines_data();
    void editsChangeOnlyTheirLines();
};

void TestCorpusRoundTrip::roundTripIsByteIdentical_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = corpusFiles();
    QVERIFY(files.size() >= 15);
    for (const QString &path : files)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestCorpusRoundTrip::roundTripIsByteIdentical()
{
    QFETCH(QString, path);
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray original = in.readAll();
    YamlFile file;
    QString error;
    QVERIFY2(YamlFile::load(path, &file, &error), qPrintable(error));
    QCOMPARE(file.bytes(), original);

    const QString copy = QDir::temp().filePath(QStringLiteral("meshentry-roundtrip.yaml"));
    QVERIFY2(file.save(copy, &error), qPrintable(error));
    QFile saved(copy);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), original);
    saved.remove();
}

void TestCorpusRoundTrip::editsChangeOnlyTheirLines_data()
{
    roundTripIsByteIdentical_data();
}

void TestCorpusRoundTrip::editsChangeOnlyTheirLines()
{
    QFETCH(QString, path);
    YamlFile file;
    QString error;
    QVERIFY(YamlFile::load(path, &file, &error));
    int edits = 0;
    for (int i = 0; i < file.documentCount(); ++i) {
        const YamlDocument &document = file.document(i);
        if (document.hasSyntaxErrors() || document.info().kind.isEmpty())
            continue;
        const QByteArray before = file.bytes();
        auto check = [&](const DocumentEdit &edit, LineChange expected, const char *what) {
            QVERIFY2(edit.ok, qPrintable(QStringLiteral("%1 in document %2: %3")
                                             .arg(QString::fromLatin1(what))
                                             .arg(i)
                                             .arg(edit.error)));
            YamlFile edited = file;
            edited.applyEdit(i, edit);
            const LineChange change = changedLines(before, edited.bytes());
            QVERIFY2(change.removed == expected.removed && change.added == expected.added,
                     qPrintable(QStringLiteral("%1 in document %2 removed %3 and added %4 lines")
                                    .arg(QString::fromLatin1(what))
                                    .arg(i)
                                    .arg(change.removed)
                                    .arg(change.added)));
            ++edits;
        };
        const SpanTree &tree = document.tree();
        const DocumentEditor editor(document.text(), tree);
        const int name = tree.find(YamlPath::fromText("metadata.name"));
        if (name >= 0 && tree.node(name).isScalar())
            check(editor.setValue(YamlPath::fromText("metadata.name"),
                                  YamlValue::string(tree.node(name).value + "-edited")),
                  {1, 1}, "rename");
        const int hosts = tree.find(YamlPath::fromText("spec.hosts"));
        if (hosts >= 0 && tree.node(hosts).isSequence() && !tree.node(hosts).isFlow())
            check(editor.insertItem(YamlPath::fromText("spec.hosts"), -1,
                                    YamlValue::string("added.example.com")),
                  {0, 1}, "append host");
        const int spec = tree.find(YamlPath::fromText("spec"));
        if (spec >= 0 && tree.node(spec).isMapping() && !tree.node(spec).isFlow() &&
            tree.find(YamlPath::fromText("spec.weight")) < 0)
            check(editor.setValue(YamlPath::fromText("spec.weight"), YamlValue::plain("7")), {0, 1},
                  "add weight");
        const int labels = tree.find(YamlPath::fromText("metadata.labels"));
        if (labels < 0 && tree.find(YamlPath::fromText("metadata")) >= 0 &&
            !tree.node(tree.find(YamlPath::fromText("metadata"))).isFlow())
            check(editor.setValue(YamlPath::fromText("metadata.labels.version"),
                                  YamlValue::string("1.0")),
                  {0, 2}, "create labels");
    }
    // The templated benchmark config has no editable resource, the mesh config no resource.
    QVERIFY(edits > 0 || path.endsWith(QLatin1String("serviceentry-workloadentry.yaml")) ||
            path.endsWith(QLatin1String("-mesh-cfg.yaml")));
}

QTEST_GUILESS_MAIN(TestCorpusRoundTrip)
#include "tst_corpusroundtrip.moc"
