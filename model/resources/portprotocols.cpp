#include "portprotocols.h"

namespace MeshEntry::PortProtocols {

namespace {

/// Istio's protocol names, and the port-name prefix of each (lower case, `-` for `_`): made
/// once, since the checks ask for them on every port of every document.
const QStringList &protocolNames()
{
    static const QStringList names = {
        QStringLiteral("HTTP"),  QStringLiteral("HTTPS"),    QStringLiteral("HTTP2"),
        QStringLiteral("GRPC"),  QStringLiteral("GRPC-Web"), QStringLiteral("HTTP_PROXY"),
        QStringLiteral("TLS"),   QStringLiteral("TCP"),      QStringLiteral("UDP"),
        QStringLiteral("Mongo"), QStringLiteral("Redis"),    QStringLiteral("MySQL")};
    return names;
}

const QStringList &portNamePrefixes()
{
    static const QStringList prefixes = [] {
        QStringList out;
        for (const QString &protocol : protocolNames())
            out.append(portNameFor(protocol));
        return out;
    }();
    return prefixes;
}

} // namespace

QStringList names()
{
    return protocolNames();
}

QString canonical(QStringView protocol)
{
    for (const QString &name : protocolNames()) {
        if (protocol.compare(name, Qt::CaseInsensitive) == 0)
            return name;
    }
    return {};
}

QString portNameFor(QStringView protocol)
{
    return protocol.toString().toLower().replace(u'_', u'-');
}

QString protocolOfName(QStringView name)
{
    const QStringList &protocols = protocolNames();
    const QStringList &prefixes = portNamePrefixes();
    qsizetype found = -1;
    for (qsizetype i = 0; i < protocols.size(); ++i) {
        const QString &prefix = prefixes[i];
        if (prefix.size() > (found < 0 ? 0 : prefixes[found].size()) &&
            name.startsWith(prefix, Qt::CaseInsensitive) &&
            (name.size() == prefix.size() || name.at(prefix.size()) == u'-'))
            found = i;
    }
    return found < 0 ? QString() : protocols[found];
}

namespace {

QString family(QStringView protocol)
{
    const QString name = canonical(protocol);
    if (name == u"HTTP" || name == u"HTTP2" || name == u"GRPC" || name == u"GRPC-Web" ||
        name == u"HTTP_PROXY")
        return QStringLiteral("http");
    if (name == u"HTTPS" || name == u"TLS")
        return QStringLiteral("tls");
    if (name == u"TCP" || name == u"Mongo" || name == u"Redis" || name == u"MySQL")
        return QStringLiteral("tcp");
    return name;
}

} // namespace

bool sameFamily(QStringView a, QStringView b)
{
    return family(a) == family(b);
}

} // namespace MeshEntry::PortProtocols
