#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>

namespace MeshEntry {

/// What one request presents to the API server: an Authorization header, a client
/// certificate, both or neither.
struct Credentials {
    QByteArray authorization; ///< "Bearer …" or "Basic …"; empty for none
    QSslCertificate certificate;
    QSslKey key;

    bool hasCertificate() const { return !certificate.isNull() && !key.isNull(); }
    bool operator==(const Credentials &o) const
    {
        return authorization == o.authorization && certificate == o.certificate && key == o.key;
    }
};

/// Reads a PEM private key of any algorithm Qt knows (RSA, EC, DSA); null when none fits.
QSslKey readPrivateKey(const QByteArray &pem);

} // namespace MeshEntry
