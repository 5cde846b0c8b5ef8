#pragma once

#include "testapiserver.h"
#include "testpki.h"

#include <QTemporaryDir>
#include <memory>

namespace MeshEntry::TestApi {

/**
 * What a cluster test needs: certificates, an HTTPS and an HTTP test server, and kubeconfig
 * files in a fresh temporary folder. The kubeconfig's contexts:
 *
 * | context   | user                                           | server  |
 * |-----------|------------------------------------------------|---------|
 * | test      | token (current context, namespace demo)        | https   |
 * | cert      | client certificate and key files (relative)     | https   |
 * | certdata  | client certificate and key inline              | https   |
 * | badtoken  | a token the server does not know                | https   |
 * | insecure  | token, insecure-skip-tls-verify                 | https   |
 * | untrusted | token, the other CA (server not trusted)        | https   |
 * | plain     | token                                           | http    |
 */
class TestEnvironment
{
public:
    static inline const QString token = QStringLiteral("s3cr3t-token-7f1c9a");

    bool setUp(QString *error);

    QString directory() const { return m_directory.path(); }
    TestApiServer *server() const { return m_server.get(); }
    TestApiServer *httpServer() const { return m_httpServer.get(); }
    const TestPki &pki() const { return m_pki; }
    /// The kubeconfig described above.
    QString kubeconfig() const { return m_kubeconfig; }
    /// Writes text to name in the folder; returns the path.
    QString write(const QString &name, const QByteArray &text) const;
    /// A kubeconfig with one context "exec" whose user runs script (an executable file).
    QString execKubeconfig(const QString &name, const QString &script, const QString &apiVersion,
                           const QString &interactiveMode = QStringLiteral("Never")) const;
    /// A shell script that prints an ExecCredential with token prefix-N (N counting runs in
    /// countFile) expiring at expiry (RFC 3339; empty for none) and saves its environment's
    /// KUBERNETES_EXEC_INFO to infoFile.
    QString execPlugin(const QString &name, const QString &prefix, const QString &expiry) const;

private:
    QTemporaryDir m_directory;
    TestPki m_pki;
    std::unique_ptr<TestApiServer> m_server;
    std::unique_ptr<TestApiServer> m_httpServer;
    QString m_kubeconfig;
};

} // namespace MeshEntry::TestApi
