// The built `meshentry cluster …` commands (and validate --context) against the test API
// server: exact output, exit codes, and no secret in anything they print.
#include "clitesthelpers.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace MeshEntry::TestApi;
using MeshEntry::CliTest::Run;

namespace {

const QByteArray manifest = "# the partner API\n"
                            "apiVersion: networking.istio.io/v1\n"
                            "kind: ServiceEntry\n"
                            "metadata:\n"
                            "  name: cmd-se\n"
                            "spec:\n"
                            "  hosts:\n"
                            "  - a.example.com\n"
                            "  ports:\n"
                            "  - number: 443\n"
                            "    name: https\n"
                            "    protocol: TLS\n"
                            "  resolution: DNS\n";

} // namespace

class TestClusterCommand : public QObject
{
    Q_OBJECT

private:
    TestEnvironment m_env;
    QByteArray m_everything; ///< every byte the commands printed, searched for secrets

    Run run(const QStringList &args, const QByteArray &input = {}, const QString &kubeconfig = {})
    {
        const Run result =
            MeshEntry::CliTest::run(args, input,
                                    {{},
                                     {{QStringLiteral("KUBECONFIG"),
                                       kubeconfig.isEmpty() ? m_env.kubeconfig() : kubeconfig},
                                      {QStringLiteral("HOME"), m_env.directory()}},
                                     120000});
        m_everything += result.out + result.err;
        return result;
    }

    QString file(const QString &name, const QByteArray &text) { return m_env.write(name, text); }

    static QByteArray ages(QByteArray table)
    {
        // Ages move with the clock: "3s" becomes "AGE".
        return QString::fromUtf8(table)
            .replace(QRegularExpression(QStringLiteral("\\b\\d+s\\b")), QStringLiteral("<age>"))
            .toUtf8();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_env.setUp(&error), qPrintable(error));
    }

    void contexts()
    {
        const Run result = run({"cluster", "contexts"});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out,
                 QByteArray("CURRENT   NAME        CLUSTER          AUTHINFO        NAMESPACE\n"
                            "          badtoken    fake             bad-user        demo\n"
                            "          cert        fake             cert-user       demo\n"
                            "          certdata    fake             certdata-user   \n"
                            "          insecure    fake-insecure    tester          demo\n"
                            "          plain       fake-plain       tester          demo\n"
                            "*         test        fake             tester          demo\n"
                            "          untrusted   fake-untrusted   tester          demo\n"));
        QCOMPARE(run({"cluster", "contexts", "-o", "name"}).out.split('\n').size(), 8);
    }

    void contextsMergedFromTwoFiles()
    {
        const QString first =
            file(QStringLiteral("merge-a.yaml"),
                 "clusters:\n- name: fake\n  cluster: {server: 'https://127.0.0.1:1'}\n"
                 "users:\n- name: tester\n  user: {token: other}\n"
                 "contexts:\n- name: extra\n  context: {cluster: fake, user: tester, namespace: "
                 "payments}\n");
        const Run merged = run({"cluster", "contexts"}, {}, first + u':' + m_env.kubeconfig());
        QCOMPARE(merged.exitCode, 0);
        QVERIFY2(merged.out.contains(
                     "          extra       fake             tester          payments\n"),
                 merged.out.constData());
        QVERIFY(merged.out.contains("*         test "));
        // The first file's cluster "fake" wins: the test context now points at port 1.
        const Run refused =
            run({"cluster", "get", "--context", "test"}, {}, first + u':' + m_env.kubeconfig());
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err, QByteArray("meshentry: The connection to the server 127.0.0.1:1 was "
                                         "refused - did you specify the right host or port?\n"));
        // --kubeconfig loads its file alone.
        const Run alone = run({"cluster", "contexts", "--kubeconfig", first});
        QCOMPARE(alone.out, QByteArray("CURRENT   NAME    CLUSTER   AUTHINFO   NAMESPACE\n         "
                                       " extra   fake      tester     payments\n"));
    }

    void getTablesAndYaml()
    {
        m_env.server()->withCluster([](FakeCluster &cluster) {
            cluster.put(QJsonObject{
                {"apiVersion", "networking.istio.io/v1"},
                {"kind", "ServiceEntry"},
                {"metadata", QJsonObject{{"name", "listed"},
                                         {"namespace", "payments"},
                                         {"labels", QJsonObject{{"team", "payments"}}}}},
                {"spec", QJsonObject{{"hosts", QJsonArray{"pay.example.com"}},
                                     {"location", "MESH_EXTERNAL"},
                                     {"resolution", "DNS"}}},
                {"status", QJsonObject{{"validationMessages", QJsonArray()}}}});
            return 0;
        });
        const Run table = run({"cluster", "get", "-n", "payments", "serviceentries"});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(
            ages(table.out),
            QByteArray("NAME     HOSTS                 LOCATION        RESOLUTION   AGE\n"
                       "listed   [\"pay.example.com\"]   MESH_EXTERNAL   DNS          <age>\n"));
        const Run yaml = run({"cluster", "get", "se", "listed", "-n", "payments", "-o", "yaml"});
        QCOMPARE(yaml.exitCode, 0);
        QCOMPARE(yaml.out, QByteArray("apiVersion: networking.istio.io/v1\n"
                                      "kind: ServiceEntry\n"
                                      "metadata:\n"
                                      "  name: listed\n"
                                      "  namespace: payments\n"
                                      "  labels:\n"
                                      "    team: payments\n"
                                      "spec:\n"
                                      "  hosts:\n"
                                      "  - pay.example.com\n"
                                      "  location: MESH_EXTERNAL\n"
                                      "  resolution: DNS\n"));
        const Run pods = run({"cluster", "get", "pods", "-A", "-o", "json"});
        QCOMPARE(pods.exitCode, 0);
        const QJsonObject list = QJsonDocument::fromJson(pods.out).object();
        QCOMPARE(list.value("kind").toString(), QStringLiteral("List"));
        QCOMPARE(list.value("items").toArray().size(), 3);
        QCOMPARE(list.value("items").toArray().first().toObject().value("kind").toString(),
                 QStringLiteral("Pod"));
        const Run names = run({"cluster", "get", "ns", "-o", "name"});
        QVERIFY(names.out.startsWith("namespace/default\nnamespace/demo\n"));
        const Run allTable = run({"cluster", "get", "pods", "-A"});
        QCOMPARE(ages(allTable.out).split('\n').first(),
                 QByteArray("NAMESPACE   NAME              READY   STATUS    RESTARTS   AGE"));
        const Run empty = run({"cluster", "get", "sidecars"});
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(empty.err, QByteArray("meshentry: No resources found in demo namespace.\n"));
    }

    void getErrors()
    {
        QCOMPARE(run({"cluster", "get", "se", "nope"}).err,
                 QByteArray("meshentry: Error from server (NotFound): "
                            "serviceentries.networking.istio.io \"nope\" not found\n"));
        const Run type = run({"cluster", "get", "gateways"});
        QCOMPARE(type.exitCode, 1);
        QCOMPARE(type.err,
                 QByteArray("meshentry: the server doesn't have a resource type \"gateways\"\n"));
        const Run forbidden = run({"cluster", "get", "we", "-n", "restricted"});
        QCOMPARE(forbidden.exitCode, 1);
        QCOMPARE(forbidden.err,
                 QByteArray("meshentry: Error from server (Forbidden): "
                            "workloadentries.networking.istio.io is forbidden: User \"tester\" "
                            "cannot list resource \"workloadentries\" in API group "
                            "\"networking.istio.io\" in the namespace \"restricted\"\n"));
        const Run unauthorized = run({"cluster", "get", "--context", "badtoken"});
        QCOMPARE(unauthorized.exitCode, 1);
        QCOMPARE(unauthorized.err,
                 QByteArray("meshentry: You must be logged in to the server (Unauthorized)\n"));
        QCOMPARE(run({"cluster", "get", "-A", "se", "x"}).exitCode, 64);
        QCOMPARE(run({"cluster", "get", "-o", "wide"}).exitCode, 64);
        QCOMPARE(run({"cluster", "frobnicate"}).exitCode, 64);
        const Run context = run({"cluster", "get", "--context", "nope"});
        QCOMPARE(context.err, QByteArray("meshentry: context \"nope\" does not exist\n"));
    }

    void applyDiffDeleteRoundTrip()
    {
        const QString path = file(QStringLiteral("cmd-se.yaml"), manifest);
        const Run before = run({"cluster", "diff", path});
        QCOMPARE(before.exitCode, 1);
        QVERIFY(
            before.out.startsWith("diff -u -N LIVE/networking.istio.io.v1.ServiceEntry.demo.cmd-se "
                                  "MERGED/networking.istio.io.v1.ServiceEntry.demo.cmd-se\n"
                                  "--- LIVE/networking.istio.io.v1.ServiceEntry.demo.cmd-se\n"
                                  "+++ MERGED/networking.istio.io.v1.ServiceEntry.demo.cmd-se\n"
                                  "@@ -0,0 +1,17 @@\n"
                                  "+apiVersion: networking.istio.io/v1\n"));
        const Run dryRun = run({"cluster", "apply", "--dry-run", path});
        QCOMPARE(dryRun.exitCode, 0);
        QCOMPARE(
            dryRun.out,
            QByteArray(
                "serviceentry.networking.istio.io/cmd-se serverside-applied (server dry run)\n"));
        QVERIFY(!m_env.server()->withCluster([](FakeCluster &c) {
            return c.object("serviceentries", "demo", "cmd-se").has_value();
        }));
        const Run applied = run({"cluster", "apply", path});
        QCOMPARE(applied.exitCode, 0);
        QCOMPARE(applied.out,
                 QByteArray("serviceentry.networking.istio.io/cmd-se serverside-applied\n"));
        QCOMPARE(applied.err, QByteArray());
        const Run same = run({"cluster", "diff", path});
        QCOMPARE(same.exitCode, 0);
        QCOMPARE(same.out, QByteArray());
        // Edit, diff, apply from stdin.
        const QByteArray edited = QByteArray(manifest).replace("a.example.com", "b.example.com");
        const Run changed = run({"cluster", "diff", "-"}, edited);
        QCOMPARE(changed.exitCode, 1);
        QVERIFY(changed.out.contains("\n   hosts:\n-  - a.example.com\n+  - b.example.com\n"));
        QCOMPARE(run({"cluster", "apply", "-"}, edited).out,
                 QByteArray("serviceentry.networking.istio.io/cmd-se serverside-applied\n"));
        const QJsonObject stored = *m_env.server()->withCluster(
            [](FakeCluster &c) { return c.object("serviceentries", "demo", "cmd-se"); });
        QCOMPARE(stored.value("spec").toObject().value("hosts").toArray().first().toString(),
                 QStringLiteral("b.example.com"));
        const Run deleted = run({"cluster", "delete", path});
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(deleted.out, QByteArray("serviceentry.networking.istio.io \"cmd-se\" deleted\n"));
        const Run again = run({"cluster", "delete", path});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.err,
                 QStringLiteral("meshentry: Error from server (NotFound): error when deleting "
                                "\"%1\": serviceentries.networking.istio.io \"cmd-se\" not found\n")
                     .arg(path)
                     .toUtf8());
        QCOMPARE(run({"cluster", "delete", "--ignore-not-found", path}).exitCode, 0);
    }

    void refusedAppliesWriteNothing()
    {
        const QByteArray broken =
            QByteArray(manifest)
                .replace("name: cmd-se", "name: bad-se")
                .replace("resolution: DNS", "resolution: DNZ") +
            "---\napiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n  name: "
            "fine-we\nspec:\n  address: 10.0.0.9\n";
        const QString path = file(QStringLiteral("broken.yaml"), broken);
        const Run result = run({"cluster", "apply", path});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out, QByteArray());
        QCOMPARE(
            result.err,
            QStringLiteral(
                "meshentry: The ServiceEntry \"bad-se\" is invalid: spec.resolution: Unsupported "
                "value: \"DNZ\": supported values: "
                "\"NONE\", \"STATIC\", \"DNS\", \"DNS_ROUND_ROBIN\", \"DYNAMIC_DNS\"\n"
                "meshentry: %1:13:3: error: SERVER-FieldValueNotSupported: API server: "
                "spec.resolution: Unsupported value: \"DNZ\": "
                "supported values: \"NONE\", \"STATIC\", \"DNS\", \"DNS_ROUND_ROBIN\", "
                "\"DYNAMIC_DNS\"\n"
                "meshentry: nothing was applied: the server's dry run refused the objects above\n")
                .arg(path)
                .toUtf8());
        QVERIFY(!m_env.server()->withCluster([](FakeCluster &c) {
            return c.object("workloadentries", "demo", "fine-we").has_value();
        }));
        QCOMPARE(run({"cluster", "diff", path}).exitCode, 2);
        const QString unknown = file(QStringLiteral("unknown.yaml"),
                                     QByteArray(manifest).replace("  hosts:", "  hostz:"));
        const Run strict = run({"cluster", "apply", unknown});
        QCOMPARE(strict.exitCode, 1);
        QVERIFY(strict.err.contains(
            QStringLiteral("meshentry: %1:7:3: error: SERVER-UnknownField: API server "
                           "(fieldValidation=Strict): unknown field \"spec.hostz\"\n")
                .arg(unknown)
                .toUtf8()));
        const Run mismatch =
            run({"cluster", "apply", "-n", "payments", "-"},
                QByteArray(manifest).replace("metadata:\n", "metadata:\n  namespace: demo\n"));
        QCOMPARE(mismatch.exitCode, 1);
        QVERIFY(mismatch.err.startsWith(
            "meshentry: the namespace from the provided object \"demo\" does not match the "
            "namespace \"payments\". "
            "You must pass '--namespace=demo' to perform this operation.\n"));
        QCOMPARE(
            run({"cluster", "apply", m_env.directory() + QStringLiteral("/missing.yaml")}).exitCode,
            2);
        QCOMPARE(run({"cluster", "apply"}).exitCode, 64);
    }

    void conflictsAndForce()
    {
        m_env.server()->withCluster([](FakeCluster &cluster) {
            cluster.put(
                QJsonObject{{"apiVersion", "networking.istio.io/v1"},
                            {"kind", "ServiceEntry"},
                            {"metadata", QJsonObject{{"name", "contested"}, {"namespace", "demo"}}},
                            {"spec", QJsonObject{{"hosts", QJsonArray{"old.example.com"}},
                                                 {"resolution", "DNS"}}}});
            return 0;
        });
        const QString path = file(QStringLiteral("contested.yaml"),
                                  QByteArray(manifest).replace("cmd-se", "contested"));
        const Run refused = run({"cluster", "apply", path});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.startsWith(
            "meshentry: Apply failed with 1 conflict: conflict with \"kubectl-client-side-apply\" "
            "using networking.istio.io/v1: .spec.hosts\n"));
        QCOMPARE(run({"cluster", "diff", path}).exitCode, 2);
        const Run forcedDiff = run({"cluster", "diff", "--force-conflicts", path});
        QCOMPARE(forcedDiff.exitCode, 1);
        QVERIFY(forcedDiff.out.contains("-  - old.example.com\n+  - a.example.com\n"));
        const Run forced = run({"cluster", "apply", "--force-conflicts", path});
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(forced.out,
                 QByteArray("serviceentry.networking.istio.io/contested serverside-applied\n"));
    }

    void validateReadsTheCluster()
    {
        const QByteArray selector =
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: sel\n  "
            "namespace: demo\n"
            "spec:\n  hosts: [reviews.example.com]\n  ports: [{number: 80, name: http, protocol: "
            "HTTP}]\n  resolution: STATIC\n"
            "  exportTo: [payments, nowhere]\n  workloadSelector:\n    labels: {app: APP}\n";
        const QString matching =
            file(QStringLiteral("sel-ok.yaml"), QByteArray(selector).replace("APP", "reviews"));
        const Run ok = run({"validate", "--context", "test", matching});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.out, QStringLiteral(
                             "%1:10:24: warning: ME-EXPORTTO-UNKNOWN-NAMESPACE: exportTo names "
                             "namespace \"nowhere\", which does not exist [ServiceEntry demo/sel]\n"
                             "0 errors, 1 warning in 1 file\n")
                             .arg(matching)
                             .toUtf8());
        const QString none =
            file(QStringLiteral("sel-none.yaml"), QByteArray(selector).replace("APP", "nothing"));
        QVERIFY(run({"validate", "--context", "test", none}).out.contains("ME-SELECTOR-NO-MATCH"));
        const Run failed = run({"validate", "--context", "badtoken", none});
        QCOMPARE(failed.exitCode, 2);
        QCOMPARE(failed.err,
                 QByteArray("meshentry: You must be logged in to the server (Unauthorized)\n"));
    }

    void matchReadsTheCluster()
    {
        const QString path = file(QStringLiteral("match.yaml"),
                                  "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n"
                                  "metadata:\n  name: reviews-vm\n  namespace: demo\nspec:\n"
                                  "  hosts: [reviews.example.com]\n"
                                  "  ports: [{number: 80, name: http, protocol: HTTP}]\n"
                                  "  resolution: STATIC\n"
                                  "  workloadSelector:\n    labels: {app: reviews}\n");
        const Run text = run({"match", "--context", "test", path});
        QCOMPARE(text.err, QByteArray());
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out, QStringLiteral("ServiceEntry demo/reviews-vm (%1:1): resolution STATIC, "
                                          "1 of 1 selected ready; visible in every namespace\n"
                                          "  Pod demo/reviews-v1-5d7f 10.0.0.11 http 80→80 "
                                          "(number)\n"
                                          "  near-miss: Pod demo/ratings-v1-7c9d: app is ratings, "
                                          "wants reviews\n"
                                          "1 ServiceEntry with a workloadSelector, 0 without a "
                                          "ready workload; 3 workloads known\n")
                               .arg(path)
                               .toUtf8());
        // The cluster's mesh settings apply unless a file is given: "." keeps it in demo.
        const QString mesh =
            file(QStringLiteral("match-mesh.yaml"), "defaultServiceExportTo: [.]\n");
        const Run json =
            run({"match", "--context", "test", "--mesh-config", mesh, "-o", "json", path});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value("visibleIn").toArray(), QJsonArray({"demo"}));
        const QJsonArray selected = entry.value("selected").toArray();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().toObject().value("name").toString(),
                 QStringLiteral("reviews-v1-5d7f"));

        const Run unauthorized = run({"match", "--context", "badtoken", path});
        QCOMPARE(unauthorized.exitCode, 2);
        QCOMPARE(unauthorized.out, QByteArray());
        QCOMPARE(unauthorized.err,
                 QByteArray("meshentry: You must be logged in to the server (Unauthorized)\n"));
        const QString unreachable =
            file(QStringLiteral("unreachable.yaml"),
                 "clusters:\n- name: gone\n  cluster: {server: 'https://127.0.0.1:1'}\n"
                 "users:\n- name: u\n  user: {token: abc}\n"
                 "contexts:\n- name: gone\n  context: {cluster: gone, user: u}\n");
        const Run refused = run({"match", "--context", "gone", path}, {}, unreachable);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err, QByteArray("meshentry: The connection to the server 127.0.0.1:1 was "
                                         "refused - did you specify the right host or port?\n"));
    }

    void secretsNeverPrinted()
    {
        // Everything the commands above printed, including their errors.
        QVERIFY(!m_everything.isEmpty());
        QVERIFY(!m_everything.contains(TestEnvironment::token.toUtf8()));
        QVERIFY(!m_everything.contains("not-the-right-token"));
        QVERIFY(!m_everything.contains("PRIVATE KEY"));
    }
};

QTEST_GUILESS_MAIN(TestClusterCommand)
#include "tst_clustercommand.moc"
