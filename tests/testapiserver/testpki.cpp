#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace MeshEntry::TestApi {

QByteArray TestPki::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestPki::openssl(const QStringList &arguments, QString *error) const
{
    QProcess process;
    process.setWorkingDirectory(m_directory);
    process.setProgram(QStringLiteral("openssl"));
    process.setArguments(arguments);
    process.start();
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2%3")
                     .arg(arguments.join(u' '), process.errorString(),
                          QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestPki::generate(const QString &directory, QString *error)
{
    m_directory = directory;
    QDir().mkpath(directory);
    const auto write = [this](const char *name, const QByteArray &text) {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    if (!write(
            "server.ext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
            "extendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n") ||
        !write(
            "client.ext",
            "extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n")) {
        *error = QStringLiteral("cannot write into %1").arg(directory);
        return false;
    }
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1")};
    const QStringList rsa{QStringLiteral("-newkey"), QStringLiteral("rsa:2048")};
    const auto authority = [&](const char *name, const char *subject) {
        return openssl(QStringList{"req", "-x509", "-nodes", "-days", "3"} + ec +
                           QStringList{"-keyout", QLatin1String(name) + QStringLiteral(".key"),
                                       "-out", QLatin1String(name) + QStringLiteral(".crt"),
                                       "-subj", QLatin1String(subject), "-addext",
                                       "basicConstraints=critical,CA:TRUE", "-addext",
                                       "keyUsage=critical,keyCertSign,cRLSign"},
                       error);
    };
    const auto leaf = [&](const char *name, const char *subject, const QStringList &key,
                          const char *ca, const char *extensions) {
        const QString base = QLatin1String(name);
        return openssl(QStringList{"req", "-nodes"} + key +
                           QStringList{"-keyout", base + QStringLiteral(".key"), "-out",
                                       base + QStringLiteral(".csr"), "-subj",
                                       QLatin1String(subject)},
                       error) &&
               openssl({"x509", "-req", "-in", base + QStringLiteral(".csr"), "-CA",
                        QLatin1String(ca) + QStringLiteral(".crt"), "-CAkey",
                        QLatin1String(ca) + QStringLiteral(".key"), "-CAcreateserial", "-days", "3",
                        "-out", base + QStringLiteral(".crt"), "-extfile",
                        QLatin1String(extensions)},
                       error);
    };
    return authority("ca", "/CN=meshentry-test-ca") &&
           leaf("server", "/CN=127.0.0.1", ec, "ca", "server.ext") &&
           leaf("client", "/O=system:masters/CN=editor-test", rsa, "ca", "client.ext") &&
           authority("other-ca", "/CN=untrusted-ca") &&
           leaf("other-client", "/O=system:masters/CN=intruder", ec, "other-ca", "client.ext");
}

} // namespace MeshEntry::TestApi
