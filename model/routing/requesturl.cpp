#include "requesturl.h"

#include "ipprefix.h"

namespace MeshEntry::RequestUrl {

bool parse(const QString &input, RoutingRequest *request, QString *error)
{
    QString text = input.trimmed();
    if (text.isEmpty()) {
        *error =
            QStringLiteral("Type a URL such as https://api.example.com or tcp://10.0.0.5:5432.");
        return false;
    }
    RoutingRequest::Protocol protocol = RoutingRequest::Protocol::Default;
    quint32 port = 0;
    const qsizetype scheme = text.indexOf(QStringLiteral("://"));
    if (scheme >= 0) {
        const QString name = text.left(scheme).toLower();
        if (!RoutingRequest::parseProtocol(name, &protocol)) {
            *error = QStringLiteral("Unknown scheme %1: use http, https, tls or tcp.").arg(name);
            return false;
        }
        port = protocol == RoutingRequest::Protocol::Http    ? 80
               : protocol == RoutingRequest::Protocol::Https ? 443
               : protocol == RoutingRequest::Protocol::Tls   ? 443
                                                             : 0;
        text = text.mid(scheme + 3);
    }
    const qsizetype slash = text.indexOf(u'/');
    if (slash >= 0)
        text = text.left(slash);
    QString host = text;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0) {
            *error = QStringLiteral("An IPv6 address needs its closing ].");
            return false;
        }
        host = text.mid(1, close - 1);
        if (text.mid(close + 1).startsWith(u':'))
            portText = text.mid(close + 2);
    } else if (text.count(u':') == 1) {
        host = text.section(u':', 0, 0);
        portText = text.section(u':', 1);
    } else if (text.contains(u':') && !IpPrefix::parse(text).isValid()) {
        // More than one ':' outside brackets is an IPv6 address or nothing a request can name.
        *error = QStringLiteral("%1 is not an IPv6 address: write a port after an address in "
                                "brackets, as in [2001:db8::1]:443.")
                     .arg(text);
        return false;
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint number = portText.toUInt(&ok);
        if (!ok || number == 0 || number > 65535) {
            *error = QStringLiteral("Port %1 is not a number from 1 to 65535.").arg(portText);
            return false;
        }
        port = number;
    }
    if (host.isEmpty()) {
        *error = QStringLiteral("The URL names no host or address.");
        return false;
    }
    if (port == 0) {
        *error = scheme >= 0
                     ? QStringLiteral("tcp:// needs a port, as in tcp://10.0.0.5:5432.")
                     : QStringLiteral("Give a port (%1:443) or a scheme (https://%1).").arg(host);
        return false;
    }
    const IpPrefix ip = IpPrefix::parse(host);
    request->protocol = protocol;
    request->port = port;
    if (ip.isValid() && !ip.isCidr()) {
        request->address = ip.address().toString();
        request->host.clear();
    } else {
        request->host = host;
        request->address.clear();
    }
    return true;
}

QString format(const RoutingRequest &request)
{
    QString target = request.host.isEmpty() ? request.address : request.host;
    if (target.contains(u':'))
        target = u'[' + target + u']';
    const QString scheme = RoutingRequest::protocolName(request.protocol);
    const bool defaultPort =
        (request.protocol == RoutingRequest::Protocol::Http && request.port == 80) ||
        ((request.protocol == RoutingRequest::Protocol::Https ||
          request.protocol == RoutingRequest::Protocol::Tls) &&
         request.port == 443);
    QString text = scheme.isEmpty() ? target : scheme + QStringLiteral("://") + target;
    if (!defaultPort && request.port)
        text += u':' + QString::number(request.port);
    return text;
}

} // namespace MeshEntry::RequestUrl
