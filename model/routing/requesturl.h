#pragma once

#include "routeanswer.h"

#include <QString>

namespace MeshEntry {

/**
 * The Request tester's URL field: `https://api.example.com`, `tcp://10.0.0.5:5432`,
 * `api.example.com:8080`, `http://[2001:db8::1]:8080/path`. The scheme gives the protocol and
 * the default port (http 80, https and tls 443); a host that is an IP is the destination
 * address; a path is ignored (sidecars route without VirtualServices by host alone).
 */
namespace RequestUrl {

/// Fills request's protocol, host, address and port; false with *error when text is not a
/// request MeshEntry can send (no port, unknown scheme).
bool parse(const QString &text, RoutingRequest *request, QString *error);
/// The URL of a request's protocol, host (or address) and port.
QString format(const RoutingRequest &request);

} // namespace RequestUrl

} // namespace MeshEntry
