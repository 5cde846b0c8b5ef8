#include "istioprotocol.h"

namespace MeshEntry {

IstioProtocol IstioProtocol::parse(const QString &text)
{
    static const struct {
        const char *name;
        Value value;
    } names[] = {{"tcp", Tcp},          {"udp", Udp},     {"grpc", Grpc},
                 {"grpc-web", GrpcWeb}, {"http", Http},   {"http_proxy", HttpProxy},
                 {"http2", Http2},      {"https", Https}, {"tls", Tls},
                 {"mongo", Mongo},      {"redis", Redis}, {"mysql", MySql}};
    const QString lower = text.toLower();
    for (const auto &entry : names) {
        if (lower == QLatin1String(entry.name))
            return entry.value;
    }
    return Unsupported;
}

QString IstioProtocol::name() const
{
    switch (m_value) {
    case Unsupported:
        return QStringLiteral("UnsupportedProtocol");
    case Http:
        return QStringLiteral("HTTP");
    case Http2:
        return QStringLiteral("HTTP2");
    case Https:
        return QStringLiteral("HTTPS");
    case Tcp:
        return QStringLiteral("TCP");
    case Tls:
        return QStringLiteral("TLS");
    case Grpc:
        return QStringLiteral("GRPC");
    case GrpcWeb:
        return QStringLiteral("GRPC-Web");
    case HttpProxy:
        return QStringLiteral("HTTP_PROXY");
    case Mongo:
        return QStringLiteral("Mongo");
    case Redis:
        return QStringLiteral("Redis");
    case MySql:
        return QStringLiteral("MySQL");
    case Udp:
        return QStringLiteral("UDP");
    }
    return QString();
}

bool IstioProtocol::isHttp() const
{
    return m_value == Http || m_value == Http2 || m_value == HttpProxy || m_value == Grpc ||
           m_value == GrpcWeb;
}

bool IstioProtocol::isTcp() const
{
    return m_value == Tcp || m_value == Https || m_value == Tls || m_value == Mongo ||
           m_value == Redis || m_value == MySql;
}

IstioProtocol::ListenerClass IstioProtocol::listenerClass() const
{
    if (isHttp())
        return ListenerClass::Http;
    if (isTcp())
        return ListenerClass::Tcp;
    return m_value == Udp ? ListenerClass::None : ListenerClass::Auto;
}

} // namespace MeshEntry
