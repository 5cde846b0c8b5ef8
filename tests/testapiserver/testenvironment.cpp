#include "testenvironment.h"

#include <QFile>

namespace MeshEntry::TestApi {

bool TestEnvironment::setUp(QString *error)
{
    if (!m_directory.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (!m_pki.generate(m_directory.filePath(QStringLiteral("pki")), error))
        return false;
    m_server = std::make_unique<TestApiServer>(&m_pki);
    m_httpServer = std::make_unique<TestApiServer>(nullptr);
    if (!m_server->start(error) || !m_httpServer->start(error))
        return false;
    for (TestApiServer *server : {m_server.get(), m_httpServer.get()})
        server->addToken(token, QStringLiteral("tester"));

    const QByteArray ca = TestPki::read(m_pki.caCertificate()).toBase64();
    const QByteArray otherCa = TestPki::read(m_pki.otherCaCertificate()).toBase64();
    const QByteArray https = m_server->url().toUtf8();
    const QByteArray http = m_httpServer->url().toUtf8();
    const QByteArray config =
        "apiVersion: v1\nkind: Config\ncurrent-context: test\nclusters:\n"
        "- name: fake\n  cluster:\n    server: " +
        https + "\n    certificate-authority-data: " + ca +
        "\n"
        "- name: fake-insecure\n  cluster:\n    server: " +
        https +
        "\n    insecure-skip-tls-verify: true\n"
        "- name: fake-untrusted\n  cluster:\n    server: " +
        https + "\n    certificate-authority-data: " + otherCa +
        "\n"
        "- name: fake-plain\n  cluster:\n    server: " +
        http +
        "\n"
        "users:\n"
        "- name: tester\n  user:\n    token: " +
        token.toUtf8() +
        "\n"
        "- name: cert-user\n  user:\n    client-certificate: pki/client.crt\n    client-key: "
        "pki/client.key\n"
        "- name: certdata-user\n  user:\n    client-certificate-data: " +
        TestPki::read(m_pki.clientCertificate()).toBase64() +
        "\n    client-key-data: " + TestPki::read(m_pki.clientKey()).toBase64() +
        "\n"
        "- name: bad-user\n  user:\n    token: not-the-right-token\n"
        "contexts:\n"
        "- name: test\n  context: {cluster: fake, user: tester, namespace: demo}\n"
        "- name: cert\n  context: {cluster: fake, user: cert-user, namespace: demo}\n"
        "- name: certdata\n  context: {cluster: fake, user: certdata-user}\n"
        "- name: badtoken\n  context: {cluster: fake, user: bad-user, namespace: demo}\n"
        "- name: insecure\n  context: {cluster: fake-insecure, user: tester, namespace: demo}\n"
        "- name: untrusted\n  context: {cluster: fake-untrusted, user: tester, namespace: demo}\n"
        "- name: plain\n  context: {cluster: fake-plain, user: tester, namespace: demo}\n";
    m_kubeconfig = write(QStringLiteral("kubeconfig"), config);
    return !m_kubeconfig.isEmpty();
}

QString TestEnvironment::write(const QString &name, const QByteArray &text) const
{
    const QString path = m_directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return QString();
    return path;
}

QString TestEnvironment::execKubeconfig(const QString &name, const QString &script,
                                        const QString &apiVersion,
                                        const QString &interactiveMode) const
{
    const QByteArray ca = TestPki::read(m_pki.caCertificate()).toBase64();
    QByteArray config = "apiVersion: v1\nkind: Config\ncurrent-context: exec\nclusters:\n"
                        "- name: fake\n  cluster:\n    server: " +
                        m_server->url().toUtf8() + "\n    certificate-authority-data: " + ca +
                        "\n"
                        "users:\n- name: exec-user\n  user:\n    exec:\n      apiVersion: " +
                        apiVersion.toUtf8() + "\n      command: " + script.toUtf8() +
                        "\n      args: [--cluster, fake]\n"
                        "      env:\n      - {name: PLUGIN_MODE, value: test}\n";
    if (!interactiveMode.isEmpty())
        config += "      interactiveMode: " + interactiveMode.toUtf8() + "\n";
    config +=
        "      provideClusterInfo: true\n"
        "contexts:\n- name: exec\n  context: {cluster: fake, user: exec-user, namespace: demo}\n";
    return write(name, config);
}

QString TestEnvironment::execPlugin(const QString &name, const QString &prefix,
                                    const QString &expiry) const
{
    const QString count = m_directory.filePath(name + QStringLiteral(".count"));
    const QString info = m_directory.filePath(name + QStringLiteral(".info"));
    const QString expiration = expiry.isEmpty()
                                   ? QString()
                                   : QStringLiteral(",\"expirationTimestamp\":\"%1\"").arg(expiry);
    const QByteArray script =
        "#!/bin/sh\n"
        "n=$(cat '" +
        count.toUtf8() + "' 2>/dev/null || echo 0)\nn=$((n+1))\necho $n > '" + count.toUtf8() +
        "'\n"
        "printf '%s' \"$KUBERNETES_EXEC_INFO|$PLUGIN_MODE|$*\" > '" +
        info.toUtf8() +
        "'\n"
        "api=$(printf '%s' \"$KUBERNETES_EXEC_INFO\" | sed "
        "'s/.*\"apiVersion\":\"\\([^\"]*\\)\".*/\\1/')\n"
        "printf '{\"apiVersion\":\"%s\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"" +
        prefix.toUtf8() + "-%s\"" + expiration.toUtf8() + "}}' \"$api\" \"$n\"\n";
    const QString path = write(name, script);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace MeshEntry::TestApi
