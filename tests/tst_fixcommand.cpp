#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run meshentry(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(MESHENTRY_BINARY), arguments);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

const QByteArray fixable = "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n"
                           "metadata:\n  name: api\n  namespace: ns5\n  labels:\n"
                           "    enabled: yes\nspec:\n  hosts: [\"api.example.com\"]\n"
                           "  addresses: [10.0.0.1]\n  ports:\n  - number: 443\n"
                           "    name: https\n    protocol: https\n  resolution: STATIC\n"
                           "  exportTo: [\".\", ns5]\n";
const QByteArray fixed = "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n"
                         "metadata:\n  name: api\n  namespace: ns5\n  labels:\n"
                         "    enabled: \"yes\"\nspec:\n  hosts: [\"api.example.com\"]\n"
                         "  addresses: [10.0.0.1]\n  ports:\n  - number: 443\n"
                         "    name: https\n    protocol: HTTPS\n  resolution: STATIC\n"
                         "  exportTo: [\".\"]\n";
const QByteArray choice = "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n"
                          "metadata: {name: vm, namespace: ns5}\nspec:\n  hosts: [vm.internal]\n"
                          "  addresses: [10.0.0.1]\n  resolution: STATIC\n"
                          "  workloadSelector: {labels: {app: vm}}\n"
                          "  endpoints: [{address: 10.0.0.2}]\n";

} // namespace

/// `meshentry fix` end to end: the printed or written file, the report, the exit codes.
class TestFixCommand : public QObject
{
    Q_OBJECT

private slots:
    void printsTheFixedFile()
    {
        const Run run = meshentry({QStringLiteral("fix"), write("a.yaml", fixable)});
        QCOMPARE(run.out, fixed);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err,
                 QByteArray("a.yaml:7:14: fixed ME-YAML11-TYPING: Quote \"yes\" — Kubernetes reads "
                            "it as the string \"yes\"\n"
                            "a.yaml:14:15: fixed ME-PROTOCOL-CASE: Write HTTPS — as Istio spells "
                            "the protocol\n"
                            "a.yaml:16:19: fixed SE-EXPORTTO-DUP: Remove the duplicate exportTo "
                            "entry \"ns5\" — the entry is exported to the same namespaces\n")
                     .replace("a.yaml", m_dir.filePath(QStringLiteral("a.yaml")).toUtf8()));
        // The file itself is untouched without --in-place.
        QCOMPARE(read("a.yaml"), fixable);
    }

    void inPlaceWritesEachFile()
    {
        const QString a = write("b.yaml", fixable);
        const QString b = write("c.yaml", fixed);
        const Run run = meshentry({QStringLiteral("fix"), QStringLiteral("--in-place"), a, b});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray());
        QCOMPARE(read("b.yaml"), fixed);
        QCOMPARE(read("c.yaml"), fixed);
    }

    void ruleNarrowsTheFixes()
    {
        const Run run = meshentry({QStringLiteral("fix"), QStringLiteral("--rule"),
                                   QStringLiteral("SE-EXPORTTO-DUP"), write("d.yaml", fixable)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray(fixable).replace("[\".\", ns5]", "[\".\"]"));
    }

    void choicesAreLeftAndExitOne()
    {
        const Run run = meshentry({QStringLiteral("fix"), write("e.yaml", choice)});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, choice);
        QVERIFY2(run.err.contains(": not fixed SE-SELECTOR-XOR-ENDPOINTS: only one of "
                                  "WorkloadSelector or Endpoints is allowed in Service Entry; "
                                  "choose one (in the editor, or by hand):\n"
                                  "  - Keep workloadSelector, remove endpoints — the 1 listed "
                                  "endpoint(s) go;"),
                 run.err.constData());
    }

    void usageErrors()
    {
        const QString a = write("f.yaml", fixable);
        QCOMPARE(meshentry({QStringLiteral("fix"), QStringLiteral("--rule"),
                            QStringLiteral("IST0134"), a})
                     .exitCode,
                 64);
        QCOMPARE(meshentry({QStringLiteral("fix"), a, write("g.yaml", fixed)}).exitCode, 64);
        QCOMPARE(meshentry({QStringLiteral("fix")}).exitCode, 64);
        QCOMPARE(meshentry({QStringLiteral("fix"), m_dir.filePath(QStringLiteral("none.yaml"))})
                     .exitCode,
                 2);
        QCOMPARE(meshentry({QStringLiteral("fix"), QStringLiteral("--help")}).exitCode, 0);
    }

private:
    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(bytes);
        return path;
    }
    QByteArray read(const char *name)
    {
        QFile file(m_dir.filePath(QLatin1String(name)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestFixCommand)
#include "tst_fixcommand.moc"
