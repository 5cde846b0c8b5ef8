#include "clitesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

/// `meshentry validate` end to end: outputs, exit codes, inputs and options.
class TestValidateCommand : public QObject
{
    Q_OBJECT

private:
    using Result = MeshEntry::CliTest::Run;

    static Result run(const QStringList &arguments, const QByteArray &input = {},
                      const QString &workingDirectory = QString())
    {
        return MeshEntry::CliTest::run(
            QStringList{QStringLiteral("validate")} + arguments, input,
            {workingDirectory.isEmpty() ? m_dir->path() : workingDirectory});
    }

    static void write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir->filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
    }

    static inline QTemporaryDir *m_dir = nullptr;

    static constexpr const char *warningOnly =
        "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: db\n  "
        "namespace: data\n"
        "spec:\n  hosts: [db.example.com]\n  ports:\n  - {name: pg, number: 5432, protocol: TCP}\n";
    static constexpr const char *withError =
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: unrelated\n---\n"
        "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: web\nspec:\n"
        "  hosts: [\"*\"]\n  addresses: [10.0.0.1]\n";

private slots:
    void initTestCase()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        write(QStringLiteral("warning.yaml"), warningOnly);
        write(QStringLiteral("error.yaml"), withError);
        write(QStringLiteral("tree/a.yml"), withError);
        write(
            QStringLiteral("tree/sub/b.json"),
            R"({"apiVersion": "networking.istio.io/v1", "kind": "WorkloadEntry", "metadata": {"name": "vm"},)"
            R"( "spec": {"address": "10.0.0.1", "ports": {"http": 0}}})");
        write(QStringLiteral("tree/sub/notes.txt"), "kind: ServiceEntry\nnot yaml: [\n");
        write(QStringLiteral("plain.yaml"),
              "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n");
        write(QStringLiteral("broken.yaml"),
              "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nspec: {hosts: [a\n");
    }

    void cleanupTestCase() { delete m_dir; }

    void textOutput()
    {
        const Result result = run({QStringLiteral("warning.yaml"), QStringLiteral("error.yaml")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(QString::fromUtf8(result.out),
                 QStringLiteral("error.yaml:11:11: error: CRD-SE-HOST-NOT-STAR: spec.hosts[0]: "
                                "Invalid value: \"string\": "
                                "hostname cannot be wildcard [ServiceEntry default/web]\n"
                                "error.yaml:11:11: error: SE-HOST-FULL-WILDCARD: invalid host * "
                                "[ServiceEntry default/web]\n"
                                "warning.yaml:9:40: warning: IST0134: ServiceEntry addresses are "
                                "required for this protocol. "
                                "[ServiceEntry data/db]\n"
                                "warning.yaml:9:40: warning: SE-PORT-TCP-NEEDS-ADDRESS: addresses "
                                "are required for ports "
                                "serving TCP (or unset) protocol when IP Autoallocation is not "
                                "enabled [ServiceEntry data/db]\n"
                                "2 errors, 2 warnings in 2 files\n"));
        QVERIFY(result.err.isEmpty());
    }

    void failOn()
    {
        QCOMPARE(run({QStringLiteral("warning.yaml")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("--fail-on"), QStringLiteral("warning"),
                      QStringLiteral("warning.yaml")})
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("--fail-on"), QStringLiteral("error"),
                      QStringLiteral("warning.yaml")})
                     .exitCode,
                 0);
    }

    void jsonOutput()
    {
        const Result result = run({QStringLiteral("-o"), QStringLiteral("json"),
                                   QStringLiteral("error.yaml"), QStringLiteral("warning.yaml")});
        QCOMPARE(result.exitCode, 1);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray findings = document.array();
        QCOMPARE(findings.size(), 4);
        const QStringList keys = {
            QStringLiteral("column"),    QStringLiteral("document"), QStringLiteral("endColumn"),
            QStringLiteral("endLine"),   QStringLiteral("file"),     QStringLiteral("kind"),
            QStringLiteral("line"),      QStringLiteral("message"),  QStringLiteral("name"),
            QStringLiteral("namespace"), QStringLiteral("path"),     QStringLiteral("rule"),
            QStringLiteral("severity")};
        for (const QJsonValue &value : findings)
            QCOMPARE(value.toObject().keys(), keys);
        const QJsonObject first = findings.first().toObject();
        QCOMPARE(first.value(QLatin1String("file")).toString(), QStringLiteral("error.yaml"));
        QCOMPARE(first.value(QLatin1String("line")).toInt(), 11);
        QCOMPARE(first.value(QLatin1String("column")).toInt(), 11);
        QCOMPARE(first.value(QLatin1String("endLine")).toInt(), 11);
        QCOMPARE(first.value(QLatin1String("endColumn")).toInt(), 14);
        QCOMPARE(first.value(QLatin1String("document")).toInt(), 1);
        QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("ServiceEntry"));
        QCOMPARE(first.value(QLatin1String("namespace")).toString(), QStringLiteral("default"));
        QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("web"));
        QCOMPARE(first.value(QLatin1String("path")).toString(), QStringLiteral("spec.hosts[0]"));
        QCOMPARE(first.value(QLatin1String("rule")).toString(),
                 QStringLiteral("CRD-SE-HOST-NOT-STAR"));
        QCOMPARE(first.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(findings.last().toObject().value(QLatin1String("file")).toString(),
                 QStringLiteral("warning.yaml"));
    }

    void sarifOutput()
    {
        const Result result = run({QStringLiteral("--output"), QStringLiteral("sarif"),
                                   QStringLiteral("error.yaml"), QStringLiteral("warning.yaml")});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject log = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("2.1.0"));
        QVERIFY(
            log.value(QLatin1String("$schema")).toString().contains(QLatin1String("sarif-2.1.0")));
        const QJsonObject run = log.value(QLatin1String("runs")).toArray().first().toObject();
        const QJsonObject driver =
            run.value(QLatin1String("tool")).toObject().value(QLatin1String("driver")).toObject();
        QCOMPARE(driver.value(QLatin1String("name")).toString(), QStringLiteral("meshentry"));
        QStringList ruleIds;
        for (const QJsonValue &rule : driver.value(QLatin1String("rules")).toArray())
            ruleIds.append(rule.toObject().value(QLatin1String("id")).toString());
        QCOMPARE(ruleIds,
                 QStringList({QStringLiteral("CRD-SE-HOST-NOT-STAR"),
                              QStringLiteral("SE-HOST-FULL-WILDCARD"), QStringLiteral("IST0134"),
                              QStringLiteral("SE-PORT-TCP-NEEDS-ADDRESS")}));
        const QJsonArray results = run.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 4);
        const QJsonObject first = results.first().toObject();
        QCOMPARE(first.value(QLatin1String("ruleId")).toString(),
                 QStringLiteral("CRD-SE-HOST-NOT-STAR"));
        QCOMPARE(first.value(QLatin1String("ruleIndex")).toInt(), 0);
        QCOMPARE(first.value(QLatin1String("level")).toString(), QStringLiteral("error"));
        const QJsonObject location =
            first.value(QLatin1String("locations")).toArray().first().toObject();
        const QJsonObject physical = location.value(QLatin1String("physicalLocation")).toObject();
        QCOMPARE(physical.value(QLatin1String("artifactLocation"))
                     .toObject()
                     .value(QLatin1String("uri"))
                     .toString(),
                 QStringLiteral("error.yaml"));
        QCOMPARE(physical.value(QLatin1String("region"))
                     .toObject()
                     .value(QLatin1String("startLine"))
                     .toInt(),
                 11);
        QCOMPARE(results.last().toObject().value(QLatin1String("level")).toString(),
                 QStringLiteral("warning"));
    }

    void unreadableInput()
    {
        const Result result = run({QStringLiteral("missing.yaml"), QStringLiteral("error.yaml")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("missing.yaml"));
        QVERIFY(result.out.contains("error.yaml:11:11"));
        QCOMPARE(run({QStringLiteral("--workloads"), QStringLiteral("missing.json"),
                      QStringLiteral("warning.yaml")})
                     .exitCode,
                 2);
    }

    void usageErrors()
    {
        QCOMPARE(run({}).exitCode, 64);
        QCOMPARE(
            run({QStringLiteral("--output"), QStringLiteral("xml"), QStringLiteral("warning.yaml")})
                .exitCode,
            64);
        QCOMPARE(run({QStringLiteral("--fail-on"), QStringLiteral("info"),
                      QStringLiteral("warning.yaml")})
                     .exitCode,
                 64);
        QCOMPARE(run({QStringLiteral("--suppress"), QStringLiteral("IST0134="),
                      QStringLiteral("warning.yaml")})
                     .exitCode,
                 64);
        QCOMPARE(run({QStringLiteral("--no-such-option"), QStringLiteral("warning.yaml")}).exitCode,
                 64);
        const Result help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--fail-on"));
    }

    void standardInput()
    {
        const Result result = run({QStringLiteral("-")}, withError);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.startsWith("<stdin>:11:11: error: CRD-SE-HOST-NOT-STAR"));
        QVERIFY(result.out.endsWith("2 errors, 0 warnings in 1 file\n"));
    }

    void directoryRecursion()
    {
        const Result result = run({QStringLiteral("tree")});
        QCOMPARE(result.exitCode, 1);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY(out.contains(QStringLiteral("tree/a.yml:11:11: error: SE-HOST-FULL-WILDCARD")));
        QVERIFY(out.contains(QStringLiteral("tree/sub/b.json:1:145: error: WE-PORT-RANGE: port "
                                            "number 0 must be in the range 1..65535")));
        QVERIFY(!out.contains(QStringLiteral("notes.txt")));
        QVERIFY(out.endsWith(QStringLiteral("in 2 files\n")));
    }

    void syntaxErrorIsAFinding()
    {
        const Result result = run({QStringLiteral("broken.yaml")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.startsWith("broken.yaml:4:1: error: YAML-SYNTAX: "),
                 result.out.constData());
    }

    void otherKindsAreFine()
    {
        const Result result = run({QStringLiteral("plain.yaml")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("0 errors, 0 warnings in 1 file\n"));
    }

    void suppress()
    {
        Result result =
            run({QStringLiteral("--suppress"), QStringLiteral("CRD-*"), QStringLiteral("-S"),
                 QStringLiteral("SE-HOST-FULL-WILDCARD=ServiceEntry web.default"),
                 QStringLiteral("error.yaml")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("0 errors, 0 warnings in 1 file\n"));
        result = run({QStringLiteral("-S"),
                      QStringLiteral("SE-HOST-FULL-WILDCARD=ServiceEntry web.other"),
                      QStringLiteral("error.yaml")});
        QVERIFY(result.out.contains("SE-HOST-FULL-WILDCARD"));
    }

    void workloadsAndNamespaces()
    {
        write(QStringLiteral("selector.yaml"),
              "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: api\n  "
              "namespace: shop\n"
              "spec:\n  hosts: [api.shop]\n  addresses: [10.9.0.1]\n  resolution: STATIC\n"
              "  exportTo: [\".\", billing]\n  workloadSelector:\n    labels: {app: api}\n");
        write(
            QStringLiteral("pods.json"),
            R"({"kind": "List", "items": [{"kind": "Pod", "metadata": {"name": "web", "namespace": "shop",)"
            R"( "labels": {"app": "web"}}}]})");
        Result result = run({QStringLiteral("selector.yaml")});
        QCOMPARE(result.out, QByteArray("0 errors, 0 warnings in 1 file\n"));
        result = run({QStringLiteral("--workloads"), QStringLiteral("pods.json"),
                      QStringLiteral("--namespaces"), QStringLiteral("shop,web"),
                      QStringLiteral("selector.yaml")});
        QCOMPARE(QString::fromUtf8(result.out),
                 QStringLiteral("selector.yaml:10:19: warning: ME-EXPORTTO-UNKNOWN-NAMESPACE: "
                                "exportTo names namespace "
                                "\"billing\", which does not exist [ServiceEntry shop/api]\n"
                                "selector.yaml:11:3: warning: ME-SELECTOR-NO-MATCH: "
                                "workloadSelector matches no Pod or "
                                "WorkloadEntry in namespace \"shop\" [ServiceEntry shop/api]\n"
                                "0 errors, 2 warnings in 1 file\n"));
        QCOMPARE(result.exitCode, 0);
    }

    void helpNamesEachSubcommand()
    {
        // The usage line names the command as typed, not the binary's path.
        const QList<QPair<QStringList, QByteArray>> commands{
            {{"validate"}, "Usage: meshentry validate [options] PATH...\n"},
            {{"match"}, "Usage: meshentry match [options] PATH...\n"},
            {{"visible"}, "Usage: meshentry visible [options] --from NAMESPACE PATH...\n"},
            {{"get"}, "Usage: meshentry get [options] FILE [DOC PATH]\n"},
            {{"set"}, "Usage: meshentry set [options] FILE DOC PATH VALUE\n"},
            {{"rules"}, "Usage: meshentry rules [options]\n"},
            {{"fix"}, "Usage: meshentry fix [options] PATH...\n"},
            {{"cluster", "get"}, "Usage: meshentry cluster get [options] [TYPE [NAME]]\n"},
            {{"cluster", "apply"}, "Usage: meshentry cluster apply [options] FILE\n"},
        };
        for (const auto &[command, usage] : commands) {
            const MeshEntry::CliTest::Run help =
                MeshEntry::CliTest::run(command + QStringList{"--help"});
            QCOMPARE(help.exitCode, 0);
            QCOMPARE(help.out.left(help.out.indexOf('\n') + 1), usage);
        }
        const MeshEntry::CliTest::Run route = MeshEntry::CliTest::run({"route", "--help"});
        QVERIFY(
            route.out.startsWith("Usage: meshentry route [options] --from NAMESPACE --port N "));
        QVERIFY(!route.out.contains("meshentry routed"));
    }

    void routingConflicts()
    {
        // The routing model reads each document in the pass that loads the file, before its
        // node store is dropped; its findings are placed from what it read.
        write(QStringLiteral("routing.yaml"), "apiVersion: networking.istio.io/v1\n"
                                              "kind: ServiceEntry\n"
                                              "metadata:\n"
                                              "  name: a\n"
                                              "  namespace: ns\n"
                                              "spec:\n"
                                              "  hosts: [a.example.com]\n"
                                              "  addresses: [10.0.0.5]\n"
                                              "  ports: [{number: 5432, name: pg, protocol: TCP}]\n"
                                              "  resolution: DNS\n"
                                              "---\n"
                                              "apiVersion: v1\n"
                                              "kind: ConfigMap\n"
                                              "metadata:\n"
                                              "  name: unrelated\n"
                                              "---\n"
                                              "apiVersion: networking.istio.io/v1\n"
                                              "kind: ServiceEntry\n"
                                              "metadata:\n"
                                              "  name: b\n"
                                              "  namespace: ns\n"
                                              "spec:\n"
                                              "  hosts: [b.example.com]\n"
                                              "  addresses: [10.0.0.5]\n"
                                              "  ports: [{number: 5432, name: pg, protocol: TCP}]\n"
                                              "  resolution: DNS\n"
                                              "---\n"
                                              "apiVersion: networking.istio.io/v1\n"
                                              "kind: Sidecar\n"
                                              "metadata:\n"
                                              "  name: default\n"
                                              "  namespace: web\n"
                                              "spec:\n"
                                              "  egress:\n"
                                              "  - hosts: [\"*/api.exmaple.com\"]\n"
                                              "---\n"
                                              "apiVersion: networking.istio.io/v1\n"
                                              "kind: WorkloadEntry\n"
                                              "metadata:\n"
                                              "  name: vm\n"
                                              "  namespace: ns\n"
                                              "spec:\n"
                                              "  address: 10.0.0.9\n");
        const Result result = run({QStringLiteral("routing.yaml")});
        QCOMPARE(QString::fromUtf8(result.out),
                 QStringLiteral(
                     "routing.yaml:24:15: warning: ME-ROUTE-LISTENER-DROPPED: Port 5432 of "
                     "b.example.com is dropped from listener 10.0.0.5_5432 for sidecars in ns: "
                     "a.example.com (ns/a) has the same filter chain match (all traffic) and "
                     "comes first: neither has a creationTimestamp, and a.example.com sorts "
                     "before b.example.com [ServiceEntry ns/b]\n"
                     "routing.yaml:35:13: warning: ME-SIDECAR-IMPORT-NOTHING: Egress host "
                     "\"*/api.exmaple.com\" imports no ServiceEntry visible to sidecars in web\n"
                     "0 errors, 2 warnings in 1 file\n"));
        QCOMPARE(result.exitCode, 0);
        const Result suppressed = run(
            {QStringLiteral("-S"), QStringLiteral("ME-SIDECAR-IMPORT-NOTHING=Sidecar default.web"),
             QStringLiteral("routing.yaml")});
        QVERIFY(!suppressed.out.contains("ME-SIDECAR-IMPORT-NOTHING"));
        QVERIFY(suppressed.out.endsWith("0 errors, 1 warning in 1 file\n"));
    }

    void rulesCommand()
    {
        const MeshEntry::CliTest::Run rules = MeshEntry::CliTest::run({QStringLiteral("rules")});
        QCOMPARE(rules.exitCode, 0);
        const QByteArray &out = rules.out;
        QVERIFY(out.startsWith("YAML-SYNTAX\terror\tYAML syntax error\n"));
        QVERIFY(out.contains("IST0177\twarning\tConflictingServiceEntryProtocol\n"));
    }
};

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "tst_validatecommand.moc"
