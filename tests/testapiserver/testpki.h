#pragma once

#include <QByteArray>
#include <QString>

namespace MeshEntry::TestApi {

/**
 * Certificates made with the openssl command for one test run: a CA, a server certificate
 * for 127.0.0.1 and localhost, a client certificate (O=system:masters, CN=editor-test), and
 * a second CA with its own client certificate that the server does not trust.
 */
class TestPki
{
public:
    /// Writes everything into directory; false with *error when openssl fails.
    bool generate(const QString &directory, QString *error);

    QString directory() const { return m_directory; }
    QString path(const char *file) const { return m_directory + u'/' + QLatin1String(file); }
    QString caCertificate() const { return path("ca.crt"); }
    QString serverCertificate() const { return path("server.crt"); }
    QString serverKey() const { return path("server.key"); }
    QString clientCertificate() const { return path("client.crt"); }
    QString clientKey() const { return path("client.key"); }
    QString otherCaCertificate() const { return path("other-ca.crt"); }
    QString otherClientCertificate() const { return path("other-client.crt"); }
    QString otherClientKey() const { return path("other-client.key"); }

    static QByteArray read(const QString &path);

private:
    bool openssl(const QStringList &arguments, QString *error) const;

    QString m_directory;
};

} // namespace MeshEntry::TestApi
