// What the cluster client makes of bad input: certificate files that are missing or endless,
// servers that cannot be found, answer garbage or close the connection mid-reply, exec
// plugins that hang or print nonsense. Each gives one clear message; nothing crashes or hangs.
#include "execcredentials.h"
#include "objectlist.h"

#include <QTcpServer>
#include <QTcpSocket>

#include "clustertesthelpers.h"

using namespace MeshEntry;
using namespace MeshEntry::ClusterTest;
using namespace MeshEntry::TestApi;

namespace {

/// An HTTP server that reads a request's head and answers with reply, then (unless keepOpen)
/// closes the connection: whatever reply holds, however short it falls of its own headers.
class RawServer : public QTcpServer
{
public:
    QByteArray reply;

    RawServer()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received[socket] += socket->readAll();
                    if (!m_received[socket].contains("\r\n\r\n"))
                        return;
                    m_received.remove(socket);
                    socket->write(reply);
                    socket->flush();
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

private:
    QHash<QTcpSocket *, QByteArray> m_received;
};

QByteArray httpReply(const QByteArray &body, qsizetype contentLength = -1)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(contentLength < 0 ? body.size() : contentLength) + "\r\n\r\n" + body;
}

const KubeRequestSpec apiRequest{
    "GET", QStringLiteral("/api/v1/pods"), {}, {}, {}, "application/json", {}};

} // namespace

class TestClusterBadInput : public Base
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_env.setUp(&error), qPrintable(error));
    }

    void missingCertificateFiles_data()
    {
        QTest::addColumn<QByteArray>("cluster");
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QString>("message");
        const QString missing = m_env.directory() + QStringLiteral("/pki/missing");
        QTest::newRow("certificate-authority")
            << QByteArray("certificate-authority: pki/missing/ca.crt") << QByteArray("token: t")
            << QStringLiteral("invalid configuration: unable to read certificate-authority "
                              "%1/ca.crt for c due to No such file or directory")
                   .arg(missing);
        QTest::newRow("client-certificate")
            << QByteArray("insecure-skip-tls-verify: true")
            << QByteArray("client-certificate: pki/missing/client.crt, client-key: "
                          "pki/client.key")
            << QStringLiteral("invalid configuration: unable to read client-cert "
                              "%1/client.crt for u due to No such file or directory")
                   .arg(missing);
        QTest::newRow("client-key") << QByteArray("insecure-skip-tls-verify: true")
                                    << QByteArray("client-certificate: pki/client.crt, "
                                                  "client-key: pki/missing/client.key")
                                    << QStringLiteral("invalid configuration: unable to read "
                                                      "client-key %1/client.key for u due to No "
                                                      "such file or directory")
                                           .arg(missing);
        // A device that never ends is refused after 64 MiB instead of filling memory.
        QTest::newRow("endless certificate-authority")
            << QByteArray("certificate-authority: /dev/zero") << QByteArray("token: t")
            << QStringLiteral(
                   "invalid configuration: unable to read certificate-authority "
                   "/dev/zero for c due to the file is larger than 64 MiB, the certificate "
                   "authority of cluster \"c\" holds no PEM certificate");
        QTest::newRow("certificate-authority is a directory")
            << QByteArray("certificate-authority: pki") << QByteArray("token: t")
            << QStringLiteral("invalid configuration: unable to read certificate-authority "
                              "%1/pki for c due to file to open is a directory")
                   .arg(m_env.directory());
    }

    void missingCertificateFiles()
    {
        QFETCH(QByteArray, cluster);
        QFETCH(QByteArray, user);
        QFETCH(QString, message);
        const QString config =
            m_env.write(QStringLiteral("certs-%1.yaml")
                            .arg(QString::fromLatin1(QTest::currentDataTag()))
                            .replace(u' ', u'-'),
                        "clusters:\n- name: c\n  cluster: {server: '" +
                            m_env.server()->url().toUtf8() + "', " + cluster +
                            "}\ncontexts:\n- name: x\n  context: {cluster: c, user: u}\n"
                            "users:\n- name: u\n  user: {" +
                            user + "}\ncurrent-context: x\n");
        QString error;
        QVERIFY(!ClusterConnection::resolve(KubeConfig::load(config), QString(), &error));
        QCOMPARE(error, message);
    }

    void endlessKubeconfigIsRefused()
    {
        const KubeConfig config = KubeConfig::load(QStringLiteral("/dev/zero"));
        QCOMPARE(config.errors(),
                 QStringList{QStringLiteral("error loading config file \"/dev/zero\": the file "
                                            "is larger than 64 MiB")});
    }

    void unknownHost()
    {
        const QString config = m_env.write(
            QStringLiteral("unknown-host.yaml"),
            "clusters:\n- name: c\n  cluster: {server: 'https://api.cluster.invalid:6443'}\n"
            "contexts:\n- name: x\n  context: {cluster: c, user: u}\nusers:\n- name: u\n  "
            "user: {token: t}\ncurrent-context: x\n");
        auto kube = client(QString(), config);
        QVERIFY(kube);
        const KubeResponse response = request(kube.get(), apiRequest);
        QCOMPARE(response.error.kind(), ClusterError::Kind::Network);
        QCOMPARE(response.error.text(), QStringLiteral("Unable to connect to the server: lookup "
                                                       "api.cluster.invalid: no such host"));
    }

    void badServers_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("message");
        QByteArray noise(4096, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) % 251);
        QTest::newRow("not HTTP") << noise
                                  << QStringLiteral("Unable to connect to the server: "
                                                    "127.0.0.1:%1 closed the connection");
        QTest::newRow("closes at once") << QByteArray()
                                        << QStringLiteral("Unable to connect to the server: "
                                                          "127.0.0.1:%1 closed the connection");
        const QByteArray list = "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"items\":[" +
                                QByteArray("{\"metadata\":{\"name\":\"p\"}},").repeated(200);
        QTest::newRow("closes mid-reply")
            << httpReply(list, list.size() * 10)
            << QStringLiteral("Unable to connect to the server: 127.0.0.1:%1 closed the "
                              "connection");
        QTest::newRow("garbage JSON") << httpReply(noise)
                                      << QStringLiteral("the server's answer to get pods is not "
                                                        "JSON: illegal value");
    }

    void badServers()
    {
        QFETCH(QByteArray, reply);
        QFETCH(QString, message);
        RawServer server;
        QVERIFY(server.isListening());
        server.reply = reply;
        const QString config = m_env.write(
            QStringLiteral("raw.yaml"),
            "clusters:\n- name: c\n  cluster: {server: '" + server.url().toUtf8() +
                "'}\ncontexts:\n- name: x\n  context: {cluster: c, user: u}\nusers:\n- name: u\n"
                "  user: {}\ncurrent-context: x\n");
        auto kube = client(QString(), config);
        QVERIFY(kube);
        kube->setTimeout(10000);
        const ResourceCatalog *catalog = nullptr;
        ClusterError error;
        catalog = discover(kube.get(), &error);
        QVERIFY(!catalog);
        QVERIFY2(error.isError(), "discovery took garbage for an answer");
        ApiResource pods;
        pods.version = QStringLiteral("v1");
        pods.resource = QStringLiteral("pods");
        pods.kind = QStringLiteral("Pod");
        ListJob list(kube.get(), pods, QString());
        QSignalSpy finished(&list, &ListJob::finished);
        QVERIFY(list.isFinished() || finished.wait(waitMs));
        QCOMPARE(list.result().error.text(), message.arg(server.serverPort()));
        QVERIFY(list.result().items().isEmpty());
    }

    void hangingExecPluginTimesOut()
    {
        ExecCredentialSource::clearCache();
        const QString script =
            m_env.write(QStringLiteral("plugin-hang"), "#!/bin/sh\nexec sleep 60\n");
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString config =
            m_env.execKubeconfig(QStringLiteral("exec-hang.yaml"), script,
                                 QStringLiteral("client.authentication.k8s.io/v1"));
        ExecCredentialSource::setTimeout(500);
        auto kube = client(QString(), config);
        QElapsedTimer timer;
        timer.start();
        const KubeResponse response = request(kube.get(), apiRequest);
        ExecCredentialSource::setTimeout(ExecCredentialSource::defaultTimeoutMs);
        QVERIFY2(timer.elapsed() < 20000, "the plugin was not stopped");
        QCOMPARE(response.error.kind(), ClusterError::Kind::Credentials);
        QCOMPARE(response.error.text(),
                 QStringLiteral("getting credentials: exec: executable %1 did not finish within "
                                "0.5 s")
                     .arg(script));
    }

    void invalidExecOutput_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("message");
        const QString prefix = QStringLiteral(
            "getting credentials: exec plugin of user \"exec-user\": decoding stdout: ");
        QTest::newRow("not JSON") << QByteArray("{\"kind\": ExecCredential")
                                  << prefix + QStringLiteral("illegal number");
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x01\x02\x00\xff",
                                              8)
                                << prefix + QStringLiteral("illegal value");
        QTest::newRow("an array") << QByteArray("[1, 2]")
                                  << prefix + QStringLiteral("not a JSON object");
        QTest::newRow("not an ExecCredential")
            << QByteArray("{\"kind\": \"Pod\", \"status\": {\"token\": \"t\"}}")
            << QStringLiteral("getting credentials: exec plugin of user \"exec-user\" did not "
                              "return an ExecCredential");
    }

    void invalidExecOutput()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, message);
        ExecCredentialSource::clearCache();
        const QString name = QStringLiteral("plugin-%1")
                                 .arg(QString::fromLatin1(QTest::currentDataTag()))
                                 .replace(u' ', u'-');
        m_env.write(name + QStringLiteral(".out"), output);
        const QString script = m_env.write(
            name, "#!/bin/sh\ncat '" + (m_env.directory() + u'/' + name).toUtf8() + ".out'\n");
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString config =
            m_env.execKubeconfig(name + QStringLiteral(".yaml"), script,
                                 QStringLiteral("client.authentication.k8s.io/v1"));
        auto kube = client(QString(), config);
        const KubeResponse response = request(kube.get(), apiRequest);
        QCOMPARE(response.error.kind(), ClusterError::Kind::Credentials);
        QCOMPARE(response.error.text(), message);
    }
};

QTEST_GUILESS_MAIN(TestClusterBadInput)
#include "tst_clusterbadinput.moc"
