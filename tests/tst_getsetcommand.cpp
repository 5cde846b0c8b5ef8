#include "clitesthelpers.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace MeshEntry;

namespace {

using CliTest::Run;

Run meshentry(const QStringList &arguments, const QByteArray &input = {})
{
    return CliTest::run(arguments, input);
}

const QByteArray example = "# payments\n"
                           "apiVersion: networking.istio.io/v1\n"
                           "kind: ServiceEntry\n"
                           "metadata:\n"
                           "  name: api\n"
                           "  namespace: shop\n"
                           "spec:\n"
                           "  hosts:\n"
                           "  - api.example.com   # public\n"
                           "  ports:\n"
                           "  - number: 443\n"
                           "    name: tls\n"
                           "    protocol: TLS\n"
                           "---\n"
                           "apiVersion: networking.istio.io/v1\n"
                           "kind: WorkloadEntry\n"
                           "metadata:\n"
                           "  name: vm\n"
                           "  namespace: shop\n"
                           "spec:\n"
                           "  address: 10.0.0.1\n";

} // namespace

/// `meshentry get` and `meshentry set` end to end, with exit codes.
class TestGetSetCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void getPrintsTheFileUnchanged();
    void getPrintsAValue_data();
    void getPrintsAValue();
    void setPrintsTheEditedFile();
    void setInPlaceWritesTheFile();
    void setDeleteAndAppend();
    void errors_data();
    void errors();
    void helpExitsZero();

private:
    QTemporaryDir m_dir;
    QString m_file;
};

void TestGetSetCommand::initTestCase()
{
    m_file = m_dir.filePath(QStringLiteral("mesh.yaml"));
    QFile out(m_file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(example);
}

void TestGetSetCommand::getPrintsTheFileUnchanged()
{
    const Run run = meshentry({QStringLiteral("get"), m_file});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, example);
    const Run stdinRun = meshentry({QStringLiteral("get"), QStringLiteral("-")}, example);
    QCOMPARE(stdinRun.out, example);
}

void TestGetSetCommand::getPrintsAValue_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("scalar") << "0"
                            << "spec.ports[0].number" << QByteArray("443\n");
    QTest::newRow("by full name") << "WorkloadEntry/shop/vm"
                                  << "spec.address" << QByteArray("10.0.0.1\n");
    QTest::newRow("by name") << "api"
                             << "spec.hosts" << QByteArray("- api.example.com\n");
    QTest::newRow("map") << "api"
                         << "spec.ports[0]"
                         << QByteArray("number: 443\nname: tls\nprotocol: TLS\n");
}

void TestGetSetCommand::getPrintsAValue()
{
    QFETCH(QString, document);
    QFETCH(QString, path);
    QFETCH(QByteArray, output);
    const Run run = meshentry({QStringLiteral("get"), m_file, document, path});
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, output);
}

void TestGetSetCommand::setPrintsTheEditedFile()
{
    const Run run = meshentry({QStringLiteral("set"), m_file, QStringLiteral("vm"),
                               QStringLiteral("metadata.labels.version"), QStringLiteral("1.0")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray(example).replace("  namespace: shop\nspec:\n  address",
                                                  "  namespace: shop\n  labels:\n    version: 1.0\n"
                                                  "spec:\n  address"));
    const Run quoted = meshentry({QStringLiteral("set"), m_file, QStringLiteral("vm"),
                                  QStringLiteral("spec.address"), QStringLiteral("\"1.0\"")});
    QCOMPARE(quoted.out, QByteArray(example).replace("address: 10.0.0.1", "address: \"1.0\""));
}

void TestGetSetCommand::setInPlaceWritesTheFile()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.yaml"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_file, copy));
    const Run run =
        meshentry({QStringLiteral("set"), QStringLiteral("--in-place"), copy, QStringLiteral("api"),
                   QStringLiteral("spec.ports[0].number"), QStringLiteral("8443")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray());
    QFile in(copy);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(in.readAll(), QByteArray(example).replace("number: 443", "number: 8443"));
}

void TestGetSetCommand::setDeleteAndAppend()
{
    const Run removed = meshentry({QStringLiteral("set"), QStringLiteral("--delete"), m_file,
                                   QStringLiteral("api"), QStringLiteral("spec.ports[0].name")});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(removed.out, QByteArray(example).replace("    name: tls\n", ""));
    const Run appended =
        meshentry({QStringLiteral("set"), QStringLiteral("--append"), m_file, QStringLiteral("api"),
                   QStringLiteral("spec.hosts"), QStringLiteral("b.example.com")});
    QCOMPARE(appended.exitCode, 0);
    QCOMPARE(appended.out,
             QByteArray(example).replace("# public\n", "# public\n  - b.example.com\n"));
}

void TestGetSetCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such file")
        << QStringList{"get", "/nonexistent.yaml"} << 2
        << "meshentry: cannot read /nonexistent.yaml: No such file or directory\n";
    QTest::newRow("no such document") << QStringList{"get", "@FILE@", "nope", "spec"} << 1
                                      << "meshentry: @FILE@: no document named nope\n";
    QTest::newRow("no such path") << QStringList{"get", "@FILE@", "0", "spec.missing"} << 1
                                  << "meshentry: @FILE@: document 0 has no spec.missing\n";
    QTest::newRow("bad path") << QStringList{"get", "@FILE@", "0", "spec..x"} << 64
                              << "meshentry: empty key in path \"spec..x\"\n";
    QTest::newRow("missing arguments") << QStringList{"set", "@FILE@", "0"} << 64
                                       << "meshentry: usage: meshentry set FILE DOC PATH VALUE\n";
    QTest::newRow("bad value") << QStringList{"set", "@FILE@", "0", "spec.x", "[a"} << 64
                               << "meshentry: VALUE is not valid YAML: did not find expected ',' "
                                  "or ']' (while parsing a flow sequence)\n";
    QTest::newRow("key under scalar")
        << QStringList{"set", "@FILE@", "vm", "spec.address.x", "1"} << 1
        << "meshentry: @FILE@: cannot add key \"x\": spec.address is a scalar\n";
    QTest::newRow("unknown option")
        << QStringList{"get", "--bogus", "@FILE@"} << 64 << "meshentry: Unknown option 'bogus'.\n";
}

void TestGetSetCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("@FILE@"), m_file);
    const Run run = meshentry(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(QString::fromUtf8(run.err),
             QString(message).replace(QStringLiteral("@FILE@"), m_file));
    QCOMPARE(run.out, QByteArray());
}

void TestGetSetCommand::helpExitsZero()
{
    for (const char *command : {"get", "set"}) {
        const Run run = meshentry({QString::fromLatin1(command), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("PATH"));
    }
}

QTEST_GUILESS_MAIN(TestGetSetCommand)
#include "tst_getsetcommand.moc"
