#pragma once

#include <QString>
#include <QStringList>

namespace MeshEntry {

/**
 * Istio's port protocols as `pkg/config/protocol/instance.go` spells them, and the port naming
 * convention `<protocol>[-<suffix>]` that tools and people read (Istio itself reads a
 * ServiceEntry port's `protocol` field, case-insensitively).
 */
namespace PortProtocols {

/// The protocol names in Istio's spelling: HTTP, HTTPS, … GRPC-Web, HTTP_PROXY, Mongo, MySQL.
QStringList names();
/// Istio's spelling of protocol (any case), or empty when Istio does not know it.
QString canonical(QStringView protocol);
/// The port name the convention gives a protocol: HTTP_PROXY → http-proxy (names are DNS-1123
/// labels, so the underscore cannot stay).
QString portNameFor(QStringView protocol);
/// The protocol a port name names by the convention (its longest protocol prefix, alone or
/// followed by `-suffix`: `http-proxy-2` → HTTP_PROXY), or empty.
QString protocolOfName(QStringView name);
/// Whether two protocols are read alike by a name: HTTP, HTTP2, GRPC, GRPC-Web and
/// HTTP_PROXY; HTTPS and TLS; TCP and the TCP protocols Mongo, Redis and MySQL.
bool sameFamily(QStringView a, QStringView b);

} // namespace PortProtocols

} // namespace MeshEntry
