#include "ipprefix.h"

#include <QAbstractSocket>

namespace MeshEntry {

IpPrefix IpPrefix::parse(const QString &text)
{
    IpPrefix prefix;
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        QHostAddress address;
        if (text.contains(u'%') || !address.setAddress(text))
            return prefix;
        prefix.m_address = address;
        prefix.m_bits = prefix.fullLength();
        return prefix;
    }
    QHostAddress address;
    bool ok = false;
    const int bits = text.mid(slash + 1).toInt(&ok);
    if (!ok || !address.setAddress(text.left(slash)))
        return prefix;
    const int full = address.protocol() == QHostAddress::IPv6Protocol ? 128 : 32;
    if (bits < 0 || bits > full)
        return prefix;
    prefix.m_address = address;
    prefix.m_bits = bits;
    return prefix;
}

bool IpPrefix::contains(const QHostAddress &address) const
{
    return isValid() && address.protocol() == m_address->protocol() &&
           address.isInSubnet(*m_address, m_bits);
}

const QHostAddress &IpPrefix::noAddress()
{
    static const QHostAddress none;
    return none;
}

QString IpPrefix::text() const
{
    if (!isValid())
        return QString();
    return isCidr() ? QStringLiteral("%1/%2").arg(address().toString()).arg(m_bits)
                    : address().toString();
}

QString IpPrefix::maskedText() const
{
    if (!isValid())
        return QString();
    if (isIPv6()) {
        Q_IPV6ADDR bytes = address().toIPv6Address();
        for (int i = 0; i < 16; ++i) {
            const int keep = qBound(0, m_bits - i * 8, 8);
            bytes[i] = quint8(bytes[i] & (0xff00 >> keep));
        }
        return QStringLiteral("%1/%2").arg(QHostAddress(bytes).toString()).arg(m_bits);
    }
    const quint32 mask = m_bits == 0 ? 0 : ~quint32(0) << (32 - m_bits);
    return QStringLiteral("%1/%2")
        .arg(QHostAddress(address().toIPv4Address() & mask).toString())
        .arg(m_bits);
}

QHostAddress IpPrefix::firstHost() const
{
    if (!isCidr())
        return address();
    const IpPrefix network = parse(maskedText());
    if (isIPv6()) {
        Q_IPV6ADDR bytes = network.address().toIPv6Address();
        bytes[15] = quint8(bytes[15] | 1);
        return QHostAddress(bytes);
    }
    return QHostAddress(network.address().toIPv4Address() + (m_bits < 32 ? 1 : 0));
}

} // namespace MeshEntry
