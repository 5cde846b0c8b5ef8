// The real kubectl (v1.32 on these machines) against the project's test API server, driven
// through KubectlRunner, side by side with the project's own REST client: both must see
// and do the same things. Skipped, with a message, where kubectl is not installed.
#include "kubeclient.h"
#include "kubectlrunner.h"
#include "manifestbatch.h"
#include "objectyaml.h"
#include "serverfindings.h"
#include "testenvironment.h"
#include "yamlfile.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::TestApi;

#define REQUIRE_KUBECTL()                                                                          \
    if (KubectlRunner::program().isEmpty())                                                        \
        QSKIP("kubectl is not on PATH: the tests against the real kubectl are skipped");

namespace {

const QByteArray manifest = "apiVersion: networking.istio.io/v1\n"
                            "kind: ServiceEntry\n"
                            "metadata:\n"
                            "  name: kc-se\n"
                            "  namespace: demo\n"
                            "spec:\n"
                            "  hosts:\n"
                            "  - a.example.com\n"
                            "  location: MESH_EXTERNAL\n"
                            "  ports:\n"
                            "  - number: 443\n"
                            "    name: https\n"
                            "    protocol: TLS\n"
                            "  resolution: DNS\n";

struct Result {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QString failure;
};

} // namespace

class TestKubectl : public QObject
{
    Q_OBJECT

private:
    TestEnvironment m_env;
    QTemporaryDir m_cache;

    /// kubectl with the test kubeconfig, a fresh cache, stdin holding input (then closed).
    Result kubectl(const QStringList &args, const QByteArray &input = {},
                   const QString &kubeconfig = {})
    {
        QStringList full{QStringLiteral("--kubeconfig"),
                         kubeconfig.isEmpty() ? m_env.kubeconfig() : kubeconfig,
                         QStringLiteral("--request-timeout=30s")};
        return runner(full + args, input);
    }

    Result runner(const QStringList &args, const QByteArray &input)
    {
        KubectlRunner runner;
        QSignalSpy finished(&runner, &KubectlRunner::finished);
        runner.start(args, input);
        if (!finished.wait(180000))
            return {};
        return {runner.exitCode(), runner.output(), runner.errorOutput(), runner.failure()};
    }

    std::unique_ptr<KubeClient> client(const QString &context = QStringLiteral("test"))
    {
        QString error;
        const auto connection =
            ClusterConnection::resolve(KubeConfig::load(m_env.kubeconfig()), context, &error);
        return connection ? std::make_unique<KubeClient>(*connection) : nullptr;
    }

    static bool finish(ManifestBatch *batch)
    {
        QSignalSpy finished(batch, &ManifestBatch::finished);
        return !batch->isRunning() || finished.wait(60000);
    }

    std::optional<QJsonObject> stored(const char *resource, const char *name)
    {
        return m_env.server()->withCluster([&](FakeCluster &c) {
            return c.object(QLatin1String(resource), QStringLiteral("demo"), QLatin1String(name));
        });
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_env.setUp(&error), qPrintable(error));
        // A fresh discovery cache, and no ~/.kube of the machine.
        qputenv("KUBECACHEDIR", m_cache.path().toLocal8Bit());
        qputenv("HOME", m_env.directory().toLocal8Bit());
    }

    void applyGetEditDiffApplyDelete()
    {
        REQUIRE_KUBECTL();
        const QStringList base{QStringLiteral("--request-timeout=30s")};
        const Result applied =
            runner(base + KubectlRunner::arguments(KubectlRunner::Action::Apply,
                                                   QStringLiteral("test"), m_env.kubeconfig()),
                   manifest);
        QCOMPARE(applied.failure, QString());
        QCOMPARE(applied.code, 0);
        QCOMPARE(applied.out,
                 QByteArray("serviceentry.networking.istio.io/kc-se serverside-applied\n"));
        const QList<LoggedRequest> patches = m_env.server()->requests(
            "PATCH",
            QStringLiteral("/apis/networking.istio.io/v1/namespaces/demo/serviceentries/kc-se"));
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first().query,
                 QStringLiteral(
                     "fieldManager=meshentry&fieldValidation=Strict&force=false&timeout=30s"));
        QCOMPARE(patches.first().headers.value("content-type"),
                 QByteArray("application/apply-patch+yaml"));

        // kubectl and the REST client read the same object.
        const Result got = kubectl({"get", "serviceentry", "kc-se", "-o", "yaml"});
        QCOMPARE(got.code, 0);
        QVERIFY(got.out.contains("  hosts:\n  - a.example.com\n"));
        auto kube = client();
        KubeRequest *request = nullptr;
        bool discovered = false;
        kube->discover(this, [&](const ResourceCatalog *catalog, const ClusterError &) {
            discovered = catalog;
            request = kube->send(kube->getSpec(*catalog->lookup(QStringLiteral("se")),
                                               QStringLiteral("demo"), QStringLiteral("kc-se")));
        });
        QTRY_VERIFY_WITH_TIMEOUT(request && request->isFinished(), 60000);
        QVERIFY(discovered);
        YamlValue object = ObjectYaml::fromJson(request->response().body);
        delete request;
        ObjectYaml::cleanForEditing(&object);
        // A CRD's fields come back sorted (the server stores them as a JSON map).
        QCOMPARE(ObjectYaml::toYaml(object),
                 QByteArray(manifest).replace("  - number: 443\n    name: https\n",
                                              "  - name: https\n    number: 443\n"));

        // Edit, then kubectl diff through the runner: exit 1 and the change.
        const QByteArray edited = QByteArray(manifest).replace("a.example.com", "b.example.com");
        const Result diff =
            runner(base + KubectlRunner::arguments(KubectlRunner::Action::Diff,
                                                   QStringLiteral("test"), m_env.kubeconfig()),
                   edited);
        QCOMPARE(diff.code, 1);
        QVERIFY2(diff.out.contains("\n-  - a.example.com\n+  - b.example.com\n"),
                 diff.out.constData());
        const Result dryRun =
            runner(base + KubectlRunner::arguments(KubectlRunner::Action::DryRunApply,
                                                   QStringLiteral("test"), m_env.kubeconfig()),
                   edited);
        QCOMPARE(
            dryRun.out,
            QByteArray(
                "serviceentry.networking.istio.io/kc-se serverside-applied (server dry run)\n"));
        QCOMPARE(stored("serviceentries", "kc-se")
                     ->value("spec")
                     .toObject()
                     .value("hosts")
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("a.example.com"));
        QCOMPARE(runner(base + KubectlRunner::arguments(KubectlRunner::Action::Apply,
                                                        QStringLiteral("test"), m_env.kubeconfig()),
                        edited)
                     .code,
                 0);
        QCOMPARE(stored("serviceentries", "kc-se")
                     ->value("spec")
                     .toObject()
                     .value("hosts")
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("b.example.com"));
        // The REST client's preview agrees: nothing left to change, and our manager owns it.
        ApplyOperation preview(kube.get(), Manifest::fromFile(YamlFile::fromBytes(edited), {},
                                                              QStringLiteral("demo")));
        preview.preview();
        QVERIFY(finish(&preview));
        QCOMPARE(preview.result(0).state, ManifestResult::State::Unchanged);

        const Result deleted = kubectl({"delete", "-f", "-"}, edited);
        QCOMPARE(deleted.code, 0);
        QCOMPARE(deleted.out, QByteArray("serviceentry.networking.istio.io \"kc-se\" deleted\n"));
        QVERIFY(!stored("serviceentries", "kc-se"));
        const Result gone = kubectl({"get", "se", "kc-se"});
        QCOMPARE(gone.code, 1);
        QCOMPARE(gone.err, QByteArray("Error from server (NotFound): "
                                      "serviceentries.networking.istio.io \"kc-se\" not found\n"));
    }

    void clientSideApplyConflictsWithServerSideApply()
    {
        REQUIRE_KUBECTL();
        const QByteArray original = QByteArray(manifest).replace("kc-se", "contested");
        QCOMPARE(kubectl({"apply", "-f", "-"}, original).out,
                 QByteArray("serviceentry.networking.istio.io/contested created\n"));
        const QByteArray changed = QByteArray(original).replace("a.example.com", "c.example.com");
        // The REST client sees the conflict kubectl's client-side apply left...
        auto kube = client();
        ApplyOperation apply(kube.get(), Manifest::fromFile(YamlFile::fromBytes(changed), {},
                                                            QStringLiteral("demo")));
        apply.preview();
        QVERIFY(finish(&apply));
        QCOMPARE(apply.result(0).state, ManifestResult::State::Conflict);
        QCOMPARE(apply.result(0).error.text(),
                 QStringLiteral(
                     "Apply failed with 1 conflict: conflict with \"kubectl-client-side-apply\" "
                     "using networking.istio.io/v1: .spec.hosts"));
        // ...and so does kubectl with our field manager.
        const QStringList base{QStringLiteral("--request-timeout=30s")};
        const Result refused =
            runner(base + KubectlRunner::arguments(KubectlRunner::Action::Apply,
                                                   QStringLiteral("test"), m_env.kubeconfig()),
                   changed);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.startsWith(
                     "error: Apply failed with 1 conflict: conflict with "
                     "\"kubectl-client-side-apply\" using networking.istio.io/v1: .spec.hosts\n"),
                 refused.err.constData());
        // Forced by the REST client; kubectl then sees our value.
        apply.apply(true);
        QVERIFY(finish(&apply));
        QCOMPARE(apply.result(0).state, ManifestResult::State::Configured);
        const Result got = kubectl({"get", "se", "contested", "-o", "jsonpath={.spec.hosts[0]}"});
        QCOMPARE(got.out, QByteArray("c.example.com"));
        // kubectl's forced apply of the old value takes it back.
        const Result forced =
            kubectl({"apply", "--server-side", "--force-conflicts", "-f", "-"}, original);
        QCOMPARE(forced.code, 0);
        QCOMPARE(forced.out,
                 QByteArray("serviceentry.networking.istio.io/contested serverside-applied\n"));
    }

    void invalidObjectIsMappedToItsLine()
    {
        REQUIRE_KUBECTL();
        const QByteArray broken = "apiVersion: networking.istio.io/v1\nkind: "
                                  "ServiceEntry\nmetadata:\n  name: broken-se\n  namespace: demo\n"
                                  "spec:\n  location: MESH_EXTERNAL\n  resolution: DNZ\n";
        const Result result = kubectl({"apply", "--server-side", "-f", "-"}, broken);
        QCOMPARE(result.code, 1);
        QCOMPARE(
            result.err,
            QByteArray("The ServiceEntry \"broken-se\" is invalid: \n"
                       "* spec.hosts: Required value\n"
                       "* spec.resolution: Unsupported value: \"DNZ\": supported values: \"NONE\", "
                       "\"STATIC\", \"DNS\", \"DNS_ROUND_ROBIN\", \"DYNAMIC_DNS\"\n"));
        // The same 422 through the REST client lands on the document's lines.
        auto kube = client();
        const YamlFile file = YamlFile::fromBytes(broken);
        ApplyOperation apply(kube.get(), Manifest::fromFile(file, {}, QStringLiteral("demo")));
        apply.preview();
        QVERIFY(finish(&apply));
        const QList<Diagnostic> findings =
            ServerFindings::diagnostics(apply.result(0).error, broken, file.document(0).tree(), 0);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(file.position(0, findings[0].start).line + 1, 6);
        QCOMPARE(file.position(0, findings[1].start).line + 1, 8);
        QCOMPARE(findings[1].rule, QStringLiteral("SERVER-FieldValueNotSupported"));
    }

    void unknownFieldUnderStrict()
    {
        REQUIRE_KUBECTL();
        const QByteArray typo =
            QByteArray(manifest).replace("kc-se", "typo-se").replace("  hosts:", "  hostz:");
        const Result result = kubectl({"apply", "--server-side", "-f", "-"}, typo);
        QCOMPARE(result.code, 1);
        QCOMPARE(result.err, QByteArray("Error from server (BadRequest): ServiceEntry in version "
                                        "\"v1\" cannot be handled as a ServiceEntry: "
                                        "strict decoding error: unknown field \"spec.hostz\"\n"));
        QCOMPARE(
            m_env.server()
                ->requests(
                    "PATCH",
                    QStringLiteral(
                        "/apis/networking.istio.io/v1/namespaces/demo/serviceentries/typo-se"))
                .last()
                .query,
            QStringLiteral("fieldManager=kubectl&fieldValidation=Strict&force=false&timeout=30s"));
        QVERIFY(!stored("serviceentries", "typo-se"));
    }

    void wrongTokenIsRefused()
    {
        REQUIRE_KUBECTL();
        const Result result = kubectl({"--context", "badtoken", "get", "se"});
        QCOMPARE(result.code, 1);
        // Discovery is cached from the tests before, so the refusal comes on the list itself.
        QVERIFY2(
            result.err.endsWith("error: You must be logged in to the server (Unauthorized)\n") ||
                result.err.endsWith("error: You must be logged in to the server (the server has "
                                    "asked for the client to provide credentials)\n"),
            result.err.constData());
        QVERIFY(!result.err.contains("not-the-right-token"));
    }

    void expiredExecCredentialIsFetchedAgain()
    {
        REQUIRE_KUBECTL();
        const QString script =
            m_env.execPlugin(QStringLiteral("kubectl-plugin"), QStringLiteral("kubectl-exec"),
                             QDateTime::currentDateTimeUtc().addSecs(-30).toString(Qt::ISODate));
        for (int i = 1; i <= 40; ++i)
            m_env.server()->addToken(QStringLiteral("kubectl-exec-%1").arg(i),
                                     QStringLiteral("exec-user"));
        const QString config =
            m_env.execKubeconfig(QStringLiteral("kubectl-exec.yaml"), script,
                                 QStringLiteral("client.authentication.k8s.io/v1"));
        const Result result = kubectl({"get", "se", "-A", "-o", "name"}, {}, config);
        QCOMPARE(result.failure, QString());
        QCOMPARE(result.code, 0);
        QFile count(m_env.directory() + QStringLiteral("/kubectl-plugin.count"));
        QVERIFY(count.open(QIODevice::ReadOnly));
        // An expired credential is never reused: every request ran the plugin.
        QVERIFY2(count.readAll().trimmed().toInt() >= 2, "the plugin ran only once");
        QCOMPARE(m_env.server()->requests().last().user, QStringLiteral("exec-user"));
    }

    void kubeconfigMergedFromTwoFiles()
    {
        REQUIRE_KUBECTL();
        const QString extra =
            m_env.write(QStringLiteral("extra-kubeconfig"),
                        "apiVersion: v1\nkind: Config\ncurrent-context: extra\n"
                        "contexts:\n- name: extra\n  context: {cluster: fake, user: tester, "
                        "namespace: payments}\n"
                        "users:\n- name: tester\n  user: {token: wrong-token-shadowed}\n");
        const QString merged = extra + u':' + m_env.kubeconfig();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KUBECONFIG"), merged);
        QProcess ours;
        ours.setProcessEnvironment(environment);
        ours.start(QStringLiteral(MESHENTRY_BINARY),
                   {QStringLiteral("cluster"), QStringLiteral("contexts")});
        QVERIFY(ours.waitForFinished(60000));
        QProcess theirs;
        theirs.setProcessEnvironment(environment);
        theirs.start(KubectlRunner::program(),
                     {QStringLiteral("config"), QStringLiteral("get-contexts")});
        theirs.closeWriteChannel();
        QVERIFY(theirs.waitForFinished(60000));
        const QByteArray expected = theirs.readAllStandardOutput();
        QVERIFY(expected.contains("*         extra "));
        QCOMPARE(ours.readAllStandardOutput(), expected);
        // The first file's user "tester" wins: its token is wrong, so both are refused alike.
        qputenv("KUBECONFIG", merged.toLocal8Bit());
        const Result refused = runner({QStringLiteral("get"), QStringLiteral("se")}, {});
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains("You must be logged in to the server"));
        qunsetenv("KUBECONFIG");
    }

    void exportedCommandRunsInAShell()
    {
        REQUIRE_KUBECTL();
        // An indented "EOF" inside a literal block does not end the here-document.
        const QByteArray text =
            QByteArray(manifest)
                .replace("kc-se", "exported-se")
                .replace("metadata:\n",
                         "metadata:\n  annotations:\n    note: |\n      EOF\n      done\n");
        const QString command = KubectlRunner::exportCommand(QStringLiteral("test"), text);
        QVERIFY(command.startsWith(QLatin1String("kubectl --context test apply --server-side "
                                                 "--field-manager=meshentry -f - <<'EOF'\n")));
        // A line that is exactly the delimiter makes it pick another.
        QVERIFY(KubectlRunner::exportCommand(QStringLiteral("my ctx"), "a: 1\nEOF\nEOF_1\n")
                    .startsWith(QLatin1String("kubectl --context 'my ctx' apply --server-side "
                                              "--field-manager=meshentry -f - <<'EOF_2'\n")));
        QVERIFY(!command.contains(TestEnvironment::token));
        QProcess shell;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KUBECONFIG"), m_env.kubeconfig());
        shell.setProcessEnvironment(environment);
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished(60000));
        QCOMPARE(shell.readAllStandardOutput(),
                 QByteArray("serviceentry.networking.istio.io/exported-se serverside-applied\n"));
        QCOMPARE(stored("serviceentries", "exported-se")
                     ->value("metadata")
                     .toObject()
                     .value("annotations")
                     .toObject()
                     .value("note")
                     .toString(),
                 QStringLiteral("EOF\ndone\n"));
    }

    void missingKubectlIsAClearMessage()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", m_env.directory().toLocal8Bit());
        const Result result =
            runner(KubectlRunner::arguments(KubectlRunner::Action::Diff, QStringLiteral("test")),
                   manifest);
        qputenv("PATH", path);
        QCOMPARE(result.code, -1);
        QCOMPARE(result.failure,
                 QStringLiteral("kubectl was not found on PATH. Install kubectl, or use "
                                "MeshEntry's own Cluster commands, which need no kubectl."));
    }
};

QTEST_GUILESS_MAIN(TestKubectl)
#include "tst_kubectl.moc"
