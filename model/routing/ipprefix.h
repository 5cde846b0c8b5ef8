#pragma once

#include <QHostAddress>
#include <QString>
#include <optional>

namespace MeshEntry {

/**
 * An IP address or CIDR as Istio reads a ServiceEntry address (conversion.go:convertServices):
 * a plain IP, or a prefix; a prefix of full length (/32, /128) is a plain IP. Comparisons of
 * prefixes use the masked network, so 1.2.3.4/8 and 1.5.6.7/8 are the same prefix.
 */
class IpPrefix
{
public:
    IpPrefix() = default;
    /// Parses an IP or a CIDR; invalid() when it is neither.
    static IpPrefix parse(const QString &text);

    bool isValid() const { return m_bits >= 0; }
    /// A prefix shorter than the address (a CIDR that stays a CIDR).
    bool isCidr() const { return isValid() && m_bits < fullLength(); }
    bool isIPv6() const { return m_address && m_address->protocol() == QHostAddress::IPv6Protocol; }
    int bits() const { return m_bits; }
    /// The address; a null one when invalid.
    const QHostAddress &address() const { return m_address ? *m_address : noAddress(); }
    bool contains(const QHostAddress &address) const;
    /// The address as Istio writes it: the IP for a full-length prefix, else "ip/bits".
    QString text() const;
    /// The masked network ("10.0.0.0/8"): the identity of a prefix in filter chain matches.
    QString maskedText() const;
    /// The first address inside a CIDR that is not its network address (the IP itself otherwise).
    QHostAddress firstHost() const;

private:
    int fullLength() const { return isIPv6() ? 128 : 32; }
    static const QHostAddress &noAddress();

    /// Unset when invalid: a default QHostAddress allocates, and most services have none.
    std::optional<QHostAddress> m_address;
    int m_bits = -1;
};

} // namespace MeshEntry
