#pragma once

#include "messagetext.h"

#include <QString>
#include <QStringView>

namespace MeshEntry {

/**
 * The shared predicates of ISTIO-RULES.md §3, with Istio's exact messages. Each check returns
 * an empty string when the value passes, and Istio's error text otherwise. Lengths count UTF-8
 * bytes, as Go does.
 */
namespace IstioPredicates {

/// Istio's protocol names (protocol.Parse), Unsupported for anything else.
enum class Protocol {
    Unsupported,
    Tcp,
    Udp,
    Grpc,
    GrpcWeb,
    Http,
    HttpProxy,
    Http2,
    Https,
    Tls,
    Mongo,
    Redis,
    Mysql
};

/// Go's %q: the text in double quotes with Go escapes.
QString goQuote(QStringView text);

bool isDns1123Label(QStringView text);                 ///< P-LABEL (upper case accepted)
bool isWildcardDns1123Label(QStringView text);         ///< P-WILDLABEL
MessageText checkDnsPreconditions(QStringView domain); ///< P-PRECOND
MessageText checkDnsLabels(QStringView domain);        ///< P-LABELS
MessageText checkFqdn(QStringView domain);             ///< P-FQDN
MessageText checkWildcardDomain(QStringView domain);   ///< P-WILDDOMAIN
MessageText checkPartialWildcard(QStringView host);    ///< P-PARTIALWILD

/// Go netip.ParseAddr. *isV6 and *hasZone describe the address when it parses.
bool parseIp(QStringView text, bool *isV6 = nullptr, bool *hasZone = nullptr);
bool isIp(QStringView text);                ///< P-IP
bool isCidr(QStringView text);              ///< P-CIDR (Go netip.ParsePrefix)
MessageText checkAddress(QStringView text); ///< P-ADDR

MessageText checkPort(qint64 number);        ///< P-PORT
MessageText checkPortName(QStringView name); ///< P-PORTNAME
Protocol parseProtocol(QStringView name);    ///< P-PROTO
MessageText checkProtocol(QStringView name); ///< P-PROTO-VALID
bool isHttp(Protocol protocol);
bool isTls(Protocol protocol);
bool isTcp(Protocol protocol);

MessageText checkLabelKey(QStringView key);     ///< the key half of P-K8SLABELS
MessageText checkLabelValue(QStringView value); ///< the value half of P-K8SLABELS
MessageText checkUnixAddress(QStringView rest); ///< P-UNIX, rest without `unix://`

/// Go strconv.Atoi succeeds (sign, decimal digits, fits in int64).
bool isGoInteger(QStringView text);

/// Kubernetes' DNS-1123 subdomain (lowercase, ≤ 253) and label (lowercase, ≤ 63).
bool isKubernetesSubdomain(QStringView text);
bool isKubernetesLabel(QStringView text);
/// Kubernetes' qualified name (label and annotation keys); empty when valid, else the reason.
MessageText checkQualifiedName(QStringView key);
/// Kubernetes' label value rule; empty when valid, else the reason.
MessageText checkKubernetesLabelValue(QStringView value);

} // namespace IstioPredicates
} // namespace MeshEntry
