// Kubeconfig loading and merging as client-go's loader does it, and context resolution.
#include "clusterconnection.h"
#include "execcredentials.h"
#include "kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace MeshEntry;

class TestKubeconfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(text);
        return path;
    }

    std::optional<ClusterConnection> resolve(const QByteArray &text, const QString &context,
                                             QString *error)
    {
        const QString path = write(QStringLiteral("resolve.yaml"), text);
        return ClusterConnection::resolve(KubeConfig::loadFiles({path}, true), context, error);
    }

private slots:
    void mergeFirstFileWinsForEachName()
    {
        // Two files define the cluster "shared" and the user "u"; the first file's entries win
        // whole (the second file's extra fields of the same name are dropped, as client-go does).
        const QString first = write(
            QStringLiteral("a/config"),
            "apiVersion: v1\nkind: Config\n"
            "clusters:\n- name: shared\n  cluster: {server: 'https://first:6443'}\n"
            "users:\n- name: u\n  user: {token: first-token}\n"
            "contexts:\n- name: one\n  context: {cluster: shared, user: u, namespace: ns1}\n");
        const QString second =
            write(QStringLiteral("b/config"),
                  "apiVersion: v1\nkind: Config\ncurrent-context: two\n"
                  "clusters:\n- name: shared\n  cluster: {server: 'https://second:6443', "
                  "insecure-skip-tls-verify: true}\n"
                  "- name: other\n  cluster: {server: 'https://other:6443'}\n"
                  "users:\n- name: u\n  user: {token: second-token, username: x}\n"
                  "contexts:\n- name: one\n  context: {cluster: other, user: u}\n"
                  "- name: two\n  context: {cluster: other, user: u, namespace: ns2}\n");
        const KubeConfig config = KubeConfig::loadFiles({first, second});
        QVERIFY2(config.isValid(), qPrintable(config.errors().join(u'\n')));
        QCOMPARE(config.files(), (QStringList{first, second}));
        QCOMPARE(config.cluster(QStringLiteral("shared"))->server,
                 QStringLiteral("https://first:6443"));
        QCOMPARE(config.cluster(QStringLiteral("shared"))->insecureSkipTlsVerify, false);
        QCOMPARE(config.cluster(QStringLiteral("other"))->server,
                 QStringLiteral("https://other:6443"));
        QCOMPARE(config.user(QStringLiteral("u"))->token, QStringLiteral("first-token"));
        QCOMPARE(config.user(QStringLiteral("u"))->username, QString());
        QCOMPARE(config.context(QStringLiteral("one"))->cluster, QStringLiteral("shared"));
        QCOMPARE(config.context(QStringLiteral("one"))->namespaceName, QStringLiteral("ns1"));
        // The first file sets no current-context, so the second file's counts.
        QCOMPARE(config.currentContext(), QStringLiteral("two"));
        QCOMPARE(config.contexts().size(), 2);
        QCOMPARE(config.contexts().first().name, QStringLiteral("one"));
    }

    void currentContextFromTheFirstFileThatSetsIt()
    {
        const QString a = write(QStringLiteral("cc/a"), "current-context: alpha\n");
        const QString b = write(QStringLiteral("cc/b"), "current-context: beta\n");
        QCOMPARE(KubeConfig::loadFiles({a, b}).currentContext(), QStringLiteral("alpha"));
        QCOMPARE(KubeConfig::loadFiles({b, a}).currentContext(), QStringLiteral("beta"));
    }

    void missingFilesAreSkippedUnlessExplicit()
    {
        const QString present = write(QStringLiteral("m/config"), "current-context: here\n");
        const QString missing = m_dir.filePath(QStringLiteral("m/nothing"));
        const KubeConfig merged = KubeConfig::loadFiles({missing, present});
        QVERIFY(merged.isValid());
        QCOMPARE(merged.files(), QStringList{present});
        QCOMPARE(merged.currentContext(), QStringLiteral("here"));
        const KubeConfig explicitMissing = KubeConfig::load(missing);
        QCOMPARE(explicitMissing.errors(),
                 QStringList{QStringLiteral("stat %1: no such file or directory").arg(missing)});
    }

    void kubeconfigVariableIsSplitAndDeduplicated()
    {
        const QString a = write(QStringLiteral("env/a"), "current-context: from-a\n");
        const QString b = write(QStringLiteral("env/b"), "current-context: from-b\n");
        const QByteArray saved = qgetenv("KUBECONFIG");
        qputenv("KUBECONFIG", (b + QStringLiteral("::") + a + u':' + b).toLocal8Bit());
        QCOMPARE(KubeConfig::defaultPaths(), (QStringList{b, a}));
        QCOMPARE(KubeConfig::load().currentContext(), QStringLiteral("from-b"));
        // An explicit file is loaded alone, whatever KUBECONFIG says.
        QCOMPARE(KubeConfig::load(a).files(), QStringList{a});
        QCOMPARE(KubeConfig::load(a).currentContext(), QStringLiteral("from-a"));
        qunsetenv("KUBECONFIG");
        QCOMPARE(KubeConfig::defaultPaths(),
                 QStringList{QDir::homePath() + QStringLiteral("/.kube/config")});
        if (!saved.isEmpty())
            qputenv("KUBECONFIG", saved);
    }

    void relativePathsResolveAgainstTheFileNamingThem()
    {
        const QString first =
            write(QStringLiteral("rel/one/config"),
                  "clusters:\n- name: c1\n  cluster: {server: 'https://x', certificate-authority: "
                  "certs/ca.crt}\n"
                  "users:\n- name: u1\n  user:\n    client-certificate: ../shared/client.crt\n"
                  "    client-key: /abs/client.key\n    tokenFile: token\n"
                  "    exec: {apiVersion: client.authentication.k8s.io/v1, command: ./bin/plugin, "
                  "interactiveMode: Never}\n"
                  "- name: u3\n  user:\n    exec: {apiVersion: client.authentication.k8s.io/v1, "
                  "command: gke-gcloud-auth-plugin, interactiveMode: Never}\n");
        const QString second = write(QStringLiteral("rel/two/config"),
                                     "users:\n- name: u2\n  user: {tokenFile: sub/token}\n");
        const KubeConfig config = KubeConfig::loadFiles({first, second});
        const QString one = m_dir.filePath(QStringLiteral("rel/one"));
        QCOMPARE(config.cluster(QStringLiteral("c1"))->certificateAuthority,
                 one + QStringLiteral("/certs/ca.crt"));
        const KubeUser *u1 = config.user(QStringLiteral("u1"));
        QCOMPARE(u1->clientCertificate, m_dir.filePath(QStringLiteral("rel/shared/client.crt")));
        QCOMPARE(u1->clientKey, QStringLiteral("/abs/client.key"));
        QCOMPARE(u1->tokenFile, one + QStringLiteral("/token"));
        QCOMPARE(u1->exec->command, one + QStringLiteral("/bin/plugin"));
        QCOMPARE(u1->origin, first);
        // A bare command is looked up on PATH, as client-go leaves it.
        QCOMPARE(config.user(QStringLiteral("u3"))->exec->command,
                 QStringLiteral("gke-gcloud-auth-plugin"));
        QCOMPARE(config.user(QStringLiteral("u2"))->tokenFile,
                 m_dir.filePath(QStringLiteral("rel/two/sub/token")));
    }

    void brokenFilesGiveClearMessages()
    {
        const QString broken =
            write(QStringLiteral("bad/syntax"), "clusters:\n- name: x\n  cluster: {server: [\n");
        QCOMPARE(KubeConfig::loadFiles({broken}).errors().size(), 1);
        QVERIFY(KubeConfig::loadFiles({broken}).errors().first().startsWith(
            QStringLiteral("error loading config file \"%1\": yaml: line ").arg(broken)));
        const QString wrongType = write(QStringLiteral("bad/type"), "clusters:\n  name: x\n");
        QCOMPARE(
            KubeConfig::loadFiles({wrongType}).errors(),
            QStringList{
                QStringLiteral("error loading config file \"%1\": line 2: clusters must be a list")
                    .arg(wrongType)});
        const QString duplicate =
            write(QStringLiteral("bad/dup"),
                  "users:\n- name: a\n  user: {}\n- name: a\n  user: {token: t}\n");
        QCOMPARE(KubeConfig::loadFiles({duplicate}).errors(),
                 QStringList{QStringLiteral(
                                 "error loading config file \"%1\": duplicate name \"a\" in users")
                                 .arg(duplicate)});
        const QString badBase64 =
            write(QStringLiteral("bad/b64"), "clusters:\n- name: a\n  cluster: {server: "
                                             "'https://x', certificate-authority-data: '%%%'}\n");
        QCOMPARE(KubeConfig::loadFiles({badBase64}).errors(),
                 QStringList{QStringLiteral("error loading config file \"%1\": line 3: "
                                            "certificate-authority-data is not valid base64")
                                 .arg(badBase64)});
        // A broken file next to a good one still fails, as kubectl fails.
        const QString good = write(QStringLiteral("bad/good"), "current-context: fine\n");
        QVERIFY(!KubeConfig::loadFiles({good, broken}).isValid());
    }

    void resolvesTheCurrentContext()
    {
        QString error;
        const auto connection =
            resolve("current-context: dev\nclusters:\n- name: c\n  cluster: {server: "
                    "'https://10.0.0.1:6443/prefix'}\n"
                    "users:\n- name: u\n  user: {token: abc-123}\ncontexts:\n- name: dev\n  "
                    "context: {cluster: c, user: u, namespace: team-a}\n"
                    "- name: nons\n  context: {cluster: c, user: u}\n",
                    QString(), &error);
        QVERIFY2(connection, qPrintable(error));
        QCOMPARE(connection->contextName(), QStringLiteral("dev"));
        QCOMPARE(connection->defaultNamespace(), QStringLiteral("team-a"));
        QCOMPARE(connection->server().toString(), QStringLiteral("https://10.0.0.1:6443/prefix"));
        QCOMPARE(connection->staticCredentials().authorization, QByteArray("Bearer abc-123"));
        QCOMPARE(connection->redact(QStringLiteral("token abc-123 leaked")),
                 QStringLiteral("token <redacted> leaked"));
    }

    void contextErrors_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("message");
        const QByteArray base =
            "clusters:\n- name: c\n  cluster: {server: 'https://x'}\ncontexts:\n- name: ok\n  "
            "context: {cluster: c, user: u}\n";
        QTest::newRow("no current context")
            << QByteArray(base + "users:\n- name: u\n  user: {}\n") << QString()
            << QStringLiteral("no context chosen: the kubeconfig sets no current-context (choose "
                              "one with --context)");
        QTest::newRow("unknown context")
            << QByteArray(base + "users:\n- name: u\n  user: {}\n") << QStringLiteral("nope")
            << QStringLiteral("context \"nope\" does not exist");
        QTest::newRow("user missing")
            << base << QStringLiteral("ok")
            << QStringLiteral("invalid configuration: user \"u\" was not found for context \"ok\"");
        QTest::newRow("token and basic auth")
            << QByteArray(base +
                          "users:\n- name: u\n  user: {token: t0k3n, username: me, password: pw}\n")
            << QStringLiteral("ok")
            << QStringLiteral("invalid configuration: more than one authentication method found "
                              "for u; found [token basicAuth], only one is allowed");
        QTest::newRow("auth provider")
            << QByteArray(base + "users:\n- name: u\n  user:\n    auth-provider: {name: gcp, "
                                 "config: {access-token: xyz}}\n")
            << QStringLiteral("ok")
            << QStringLiteral(
                   "invalid configuration: user \"u\" authenticates with the auth-provider "
                   "\"gcp\", which MeshEntry does not support (kubectl dropped auth providers in "
                   "v1.26); use an exec credential plugin instead");
        QTest::newRow("v1 exec without interactiveMode")
            << QByteArray(base + "users:\n- name: u\n  user:\n    exec: {apiVersion: "
                                 "client.authentication.k8s.io/v1, command: plugin}\n")
            << QStringLiteral("ok")
            << QStringLiteral("invalid configuration: interactiveMode must be specified for u to "
                              "use exec authentication plugin");
        QTest::newRow("exec with a bad apiVersion")
            << QByteArray(base + "users:\n- name: u\n  user:\n    exec: {apiVersion: "
                                 "client.authentication.k8s.io/v2, command: plugin}\n")
            << QStringLiteral("ok")
            << QStringLiteral("invalid configuration: exec plugin: invalid apiVersion "
                              "\"client.authentication.k8s.io/v2\"");
        QTest::newRow("certificate without key")
            << QByteArray(base + "users:\n- name: u\n  user: {client-certificate-data: " +
                          QByteArray("PEM").toBase64() + "}\n")
            << QStringLiteral("ok")
            << QStringLiteral("invalid configuration: client-key-data or client-key must be "
                              "specified for u to use the clientCert authentication method.");
        QTest::newRow("insecure with a CA")
            << QByteArray("clusters:\n- name: c\n  cluster: {server: 'https://x', "
                          "insecure-skip-tls-verify: true, certificate-authority-data: " +
                          QByteArray("-----BEGIN CERTIFICATE-----\n").toBase64() +
                          "}\ncontexts:\n- name: ok\n  context: {cluster: c, user: u}\nusers:\n- "
                          "name: u\n  user: {}\n")
            << QStringLiteral("ok")
            << QStringLiteral("invalid configuration: specifying a root certificates file with the "
                              "insecure flag is not allowed, the certificate authority of cluster "
                              "\"c\" holds no PEM certificate");
        QTest::newRow("no server")
            << QByteArray("clusters:\n- name: c\n  cluster: {}\ncontexts:\n- name: ok\n  context: "
                          "{cluster: c, user: u}\nusers:\n- name: u\n  user: {}\n")
            << QStringLiteral("ok")
            << QStringLiteral("invalid configuration: no server found for cluster \"c\"");
        QTest::newRow("bad namespace")
            << QByteArray("clusters:\n- name: c\n  cluster: {server: 'https://x'}\ncontexts:\n- "
                          "name: ok\n  context: {cluster: c, user: u, namespace: "
                          "Bad_NS}\nusers:\n- name: u\n  user: {}\n")
            << QStringLiteral("ok")
            << QStringLiteral("invalid configuration: namespace \"Bad_NS\" for context \"ok\" does "
                              "not conform to the kubernetes DNS_LABEL rules");
    }

    void contextErrors()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, context);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!resolve(config, context, &error));
        QCOMPARE(error, message);
    }

    void secretsNeverReachErrors()
    {
        QString error;
        QVERIFY(
            !resolve("clusters:\n- name: c\n  cluster: {server: 'https://x'}\ncontexts:\n- name: "
                     "ok\n  context: {cluster: c, user: u}\n"
                     "users:\n- name: u\n  user: {token: sup3r-s3cret, password: also-s3cret}\n",
                     QStringLiteral("ok"), &error));
        QVERIFY(!error.contains(QLatin1String("sup3r-s3cret")));
        QVERIFY(!error.contains(QLatin1String("also-s3cret")));
    }

    void tokenFileWinsOverToken()
    {
        write(QStringLiteral("tf/token"), "  from-file-token\n");
        QString error;
        const QString path =
            write(QStringLiteral("tf/config"),
                  "clusters:\n- name: c\n  cluster: {server: 'https://x'}\ncontexts:\n- name: ok\n "
                  " context: {cluster: c, user: u}\n"
                  "users:\n- name: u\n  user: {token: inline-token, tokenFile: token}\n");
        const auto connection =
            ClusterConnection::resolve(KubeConfig::load(path), QStringLiteral("ok"), &error);
        QVERIFY2(connection, qPrintable(error));
        QCOMPARE(connection->staticCredentials().authorization,
                 QByteArray("Bearer from-file-token"));
        QVERIFY(connection->redact(QStringLiteral("x from-file-token y"))
                    .contains(QLatin1String("<redacted>")));
        const QString missing =
            write(QStringLiteral("tf/missing"),
                  "clusters:\n- name: c\n  cluster: {server: 'https://x'}\ncontexts:\n- name: ok\n "
                  " context: {cluster: c, user: u}\n"
                  "users:\n- name: u\n  user: {tokenFile: nowhere}\n");
        QVERIFY(
            !ClusterConnection::resolve(KubeConfig::load(missing), QStringLiteral("ok"), &error));
        QCOMPARE(error,
                 QStringLiteral("cannot read tokenFile %1 of user \"u\": No such file or directory")
                     .arg(m_dir.filePath(QStringLiteral("tf/nowhere"))));
    }

    void basicAuthAndHttpServers()
    {
        QString error;
        const QByteArray users = "users:\n- name: u\n  user: {username: admin, password: pw}\n";
        const auto https =
            resolve("clusters:\n- name: c\n  cluster: {server: 'https://x'}\ncontexts:\n- name: "
                    "ok\n  context: {cluster: c, user: u}\n" +
                        users,
                    QStringLiteral("ok"), &error);
        QVERIFY2(https, qPrintable(error));
        QCOMPARE(https->staticCredentials().authorization,
                 "Basic " + QByteArray("admin:pw").toBase64());
        // kubectl sends no credentials to a plain http server; neither do we.
        const auto http =
            resolve("clusters:\n- name: c\n  cluster: {server: 'http://x:8080'}\ncontexts:\n- "
                    "name: ok\n  context: {cluster: c, user: u}\n" +
                        users,
                    QStringLiteral("ok"), &error);
        QVERIFY2(http, qPrintable(error));
        QVERIFY(http->staticCredentials().authorization.isEmpty());
        QVERIFY(http->credentialsWithheld());
        QVERIFY(!http->isSecure());
    }

    void execTokenWinsOverNothingButLosesToToken()
    {
        QString error;
        const QByteArray exec =
            "    exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: plugin}\n";
        const QByteArray head =
            "clusters:\n- name: c\n  cluster: {server: 'https://x'}\ncontexts:\n- name: ok\n  "
            "context: {cluster: c, user: u}\nusers:\n- name: u\n  user:\n";
        const auto withExec = resolve(head + exec, QStringLiteral("ok"), &error);
        QVERIFY2(withExec, qPrintable(error));
        QVERIFY(withExec->execSource());
        const auto withToken =
            resolve(head + "    token: wins\n" + exec, QStringLiteral("ok"), &error);
        QVERIFY2(withToken, qPrintable(error));
        QVERIFY(!withToken->execSource());
        QCOMPARE(withToken->staticCredentials().authorization, QByteArray("Bearer wins"));
    }

    void proxies()
    {
        QString error;
        const QByteArray tail = "contexts:\n- name: ok\n  context: {cluster: c, user: "
                                "u}\nusers:\n- name: u\n  user: {}\n";
        const auto configured =
            resolve("clusters:\n- name: c\n  cluster: {server: 'https://api.example.com', "
                    "proxy-url: 'socks5://proxy.corp:1081'}\n" +
                        tail,
                    QStringLiteral("ok"), &error);
        QVERIFY2(configured, qPrintable(error));
        QCOMPARE(configured->proxy().type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(configured->proxy().hostName(), QStringLiteral("proxy.corp"));
        QCOMPARE(configured->proxy().port(), quint16(1081));
        qputenv("HTTPS_PROXY", "http://envproxy:3128");
        qputenv("NO_PROXY", "internal.example.com,.svc");
        const auto viaEnvironment =
            resolve("clusters:\n- name: c\n  cluster: {server: 'https://api.example.com'}\n" + tail,
                    QStringLiteral("ok"), &error);
        QCOMPARE(viaEnvironment->proxy().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(viaEnvironment->proxy().hostName(), QStringLiteral("envproxy"));
        QCOMPARE(viaEnvironment->proxy().port(), quint16(3128));
        const auto excepted = resolve(
            "clusters:\n- name: c\n  cluster: {server: 'https://k8s.internal.example.com'}\n" +
                tail,
            QStringLiteral("ok"), &error);
        QCOMPARE(excepted->proxy().type(), QNetworkProxy::NoProxy);
        const auto loopback =
            resolve("clusters:\n- name: c\n  cluster: {server: 'https://127.0.0.1:6443'}\n" + tail,
                    QStringLiteral("ok"), &error);
        QCOMPARE(loopback->proxy().type(), QNetworkProxy::NoProxy);
        qunsetenv("HTTPS_PROXY");
        qunsetenv("NO_PROXY");
    }

    void noKubeconfigAtAll()
    {
        QString error;
        const QString nowhere = m_dir.filePath(QStringLiteral("none/config"));
        QVERIFY(!ClusterConnection::resolve(KubeConfig::loadFiles({nowhere}), QString(), &error));
        QCOMPARE(error,
                 QStringLiteral(
                     "no kubeconfig found (looked for %1); set KUBECONFIG or pass --kubeconfig")
                     .arg(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
