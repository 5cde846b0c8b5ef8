#include "portprotocols.h"

namespace MeshEntry::PortProtocols {

QStringList names()
{
    return {QStringLiteral("HTTP"),  QStringLiteral("HTTPS"),    QStringLiteral("HTTP2"),
            QStringLiteral("GRPC"),  QStringLiteral("GRPC-Web"), QStringLiteral("HTTP_PROXY"),
            QStringLiteral("TLS"),   QStringLiteral("TCP"),      QStringLiteral("UDP"),
            QStringLiteral("Mongo"), QStringLiteral("Redis"),    QStringLiteral("MySQL")};
}

QString canonical(QStringView protocol)
{
    for (const QString &name : names()) {
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
    QString found;
    for (const QString &protocol : names()) {
        const QString prefix = portNameFor(protocol);
        if (prefix.size() > portNameFor(found).size() &&
            name.startsWith(prefix, Qt::CaseInsensitive) &&
            (name.size() == prefix.size() || name.at(prefix.size()) == u'-'))
            found = protocol;
    }
    return found;
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
