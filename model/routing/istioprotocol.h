#pragma once

#include <QString>

namespace MeshEntry {

/**
 * A port protocol as Istio parses it (pkg/config/protocol/instance.go:Parse, case-insensitive).
 * Anything else, an unset protocol included, is Unsupported: the port is sniffed. A
 * ServiceEntry port's protocol is never inferred from its name (conversion.go:convertPort).
 */
class IstioProtocol
{
public:
    enum Value {
        Unsupported,
        Http,
        Http2,
        Https,
        Tcp,
        Tls,
        Grpc,
        GrpcWeb,
        HttpProxy,
        Mongo,
        Redis,
        MySql,
        Udp
    };
    /// How a sidecar builds the listener (networking.go:ModelProtocolToListenerProtocol).
    enum class ListenerClass { Http, Tcp, Auto, None };

    IstioProtocol() = default;
    IstioProtocol(Value value) : m_value(value) {}
    static IstioProtocol parse(const QString &text);

    Value value() const { return m_value; }
    bool operator==(IstioProtocol o) const { return m_value == o.m_value; }
    bool operator!=(IstioProtocol o) const { return m_value != o.m_value; }

    /// Istio's spelling: HTTP, GRPC-Web, Mongo, UnsupportedProtocol…
    QString name() const;
    bool isHttp() const; ///< HTTP, HTTP2, HTTP_PROXY, GRPC, GRPC-Web
    bool isTcp() const;  ///< TCP, HTTPS, TLS, Mongo, Redis, MySQL
    bool isTls() const { return m_value == Https || m_value == Tls; }
    bool isUnsupported() const { return m_value == Unsupported; }
    bool isHttpOrSniffed() const { return isHttp() || isUnsupported(); }
    ListenerClass listenerClass() const;

private:
    Value m_value = Unsupported;
};

} // namespace MeshEntry
