#include "istiopredicates.h"

#include <QList>

namespace MeshEntry::IstioPredicates {

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - '0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - 'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - 'A' + 10;
    return -1;
}

qsizetype utf8Size(QStringView text)
{
    qsizetype size = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            size += 1;
        else if (c < 0x800)
            size += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            size += 4;
            ++i;
        } else
            size += 3;
    }
    return size;
}

/// `[a-zA-Z0-9](?:[-a-zA-Z0-9]*[a-zA-Z0-9])?` without a length limit.
bool matchesLabelPattern(QStringView text)
{
    if (text.isEmpty() || !isAsciiAlnum(text.front()) || !isAsciiAlnum(text.back()))
        return false;
    for (const QChar c : text) {
        if (!isAsciiAlnum(c) && c != u'-')
            return false;
    }
    return true;
}

/// `[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?`
bool matchesNamePattern(QStringView text)
{
    if (text.isEmpty() || !isAsciiAlnum(text.front()) || !isAsciiAlnum(text.back()))
        return false;
    for (const QChar c : text) {
        if (!isAsciiAlnum(c) && c != u'-' && c != u'_' && c != u'.')
            return false;
    }
    return true;
}

/// Four dotted decimal fields, no leading zeros (Go parseIPv4Fields).
bool parseIpv4(QStringView text)
{
    int fields = 0;
    int value = 0;
    int digits = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == u'.') {
            if (digits == 0 || fields == 4)
                return false;
            ++fields;
            value = 0;
            digits = 0;
            continue;
        }
        if (!isDigit(text[i]))
            return false;
        if (digits > 0 && value == 0)
            return false;
        value = value * 10 + (text[i].unicode() - '0');
        ++digits;
        if (value > 255)
            return false;
    }
    return fields == 4;
}

/// Go's parseIPv6, without the zone.
bool parseIpv6(QStringView s)
{
    int filled = 0;
    int ellipsis = -1;
    if (s.size() >= 2 && s[0] == u':' && s[1] == u':') {
        ellipsis = 0;
        s = s.mid(2);
        if (s.isEmpty())
            return true;
    }
    while (filled < 16) {
        qsizetype off = 0;
        unsigned acc = 0;
        for (; off < s.size(); ++off) {
            const int digit = hexValue(s[off]);
            if (digit < 0)
                break;
            acc = (acc << 4) + unsigned(digit);
            if (off > 3 || acc > 0xFFFF)
                return false;
        }
        if (off == 0)
            return false;
        if (off < s.size() && s[off] == u'.') {
            if ((ellipsis < 0 && filled != 12) || filled + 4 > 16)
                return false;
            if (!parseIpv4(s))
                return false;
            s = QStringView();
            filled += 4;
            break;
        }
        filled += 2;
        s = s.mid(off);
        if (s.isEmpty())
            break;
        if (s[0] != u':' || s.size() == 1)
            return false;
        s = s.mid(1);
        if (s[0] == u':') {
            if (ellipsis >= 0)
                return false;
            ellipsis = filled;
            s = s.mid(1);
            if (s.isEmpty())
                break;
        }
    }
    if (!s.isEmpty())
        return false;
    if (filled < 16)
        return ellipsis >= 0;
    return ellipsis < 0;
}

} // namespace

QString goQuote(QStringView text)
{
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            continue;
        case '\\':
            out += QStringLiteral("\\\\");
            continue;
        case '\a':
            out += QStringLiteral("\\a");
            continue;
        case '\b':
            out += QStringLiteral("\\b");
            continue;
        case '\f':
            out += QStringLiteral("\\f");
            continue;
        case '\n':
            out += QStringLiteral("\\n");
            continue;
        case '\r':
            out += QStringLiteral("\\r");
            continue;
        case '\t':
            out += QStringLiteral("\\t");
            continue;
        case '\v':
            out += QStringLiteral("\\v");
            continue;
        default:
            break;
        }
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
        } else if (!c.isPrint() && !c.isSpace())
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + u'"';
}

bool isDns1123Label(QStringView text)
{
    return text.size() <= 63 && matchesLabelPattern(text);
}

bool isWildcardDns1123Label(QStringView text)
{
    if (text.size() > 63)
        return false;
    if (text == u"*")
        return true;
    if (text.startsWith(u"*-"))
        text = text.mid(2);
    else if (text.startsWith(u'*'))
        text = text.mid(1);
    return matchesLabelPattern(text);
}

bool isGoInteger(QStringView text)
{
    if (!text.isEmpty() && (text.front() == u'+' || text.front() == u'-'))
        text = text.mid(1);
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isDigit(c))
            return false;
    }
    bool ok = false;
    (void)text.toLongLong(&ok);
    return ok;
}

MessageText checkDnsPreconditions(QStringView domain)
{
    if (utf8Size(domain) > 255)
        return MessageText(
                   QT_TRANSLATE_NOOP("MeshEntry::Message", "domain name %1 too long (max 255)"))
            .arg(goQuote(domain));
    if (domain.isEmpty())
        return MessageText(
            QT_TRANSLATE_NOOP("MeshEntry::Message", "empty domain name not allowed"));
    return {};
}

MessageText checkDnsLabels(QStringView domain)
{
    // The labels between dots, walked without splitting the text.
    const qsizetype lastDot = domain.lastIndexOf(u'.');
    const QStringView last = lastDot < 0 ? domain : domain.mid(lastDot + 1);
    if (isGoInteger(last))
        return MessageText(
                   QT_TRANSLATE_NOOP(
                       "MeshEntry::Message",
                       "domain name %1 invalid (top level domain %2 cannot be all-numeric)"))
            .arg(goQuote(domain), goQuote(last));
    qsizetype start = 0;
    while (true) {
        const qsizetype dot = domain.indexOf(u'.', start);
        const QStringView label = domain.mid(start, dot < 0 ? -1 : dot - start);
        if (dot < 0 && label.isEmpty())
            return {};
        if (!isDns1123Label(label))
            return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                 "domain name %1 invalid (label %2 invalid)"))
                .arg(goQuote(domain), goQuote(label));
        if (dot < 0)
            return {};
        start = dot + 1;
    }
}

MessageText checkFqdn(QStringView domain)
{
    const MessageText precondition = checkDnsPreconditions(domain);
    return precondition.isEmpty() ? checkDnsLabels(domain) : precondition;
}

MessageText checkWildcardDomain(QStringView domain)
{
    const MessageText precondition = checkDnsPreconditions(domain);
    if (!precondition.isEmpty())
        return precondition;
    const qsizetype dot = domain.indexOf(u'.');
    const QStringView first = dot < 0 ? domain : domain.left(dot);
    if (!isWildcardDns1123Label(first))
        return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                             "domain name %1 invalid (label %2 invalid)"))
            .arg(goQuote(domain), goQuote(first));
    return dot < 0 ? MessageText() : checkDnsLabels(domain.mid(dot + 1));
}

MessageText checkPartialWildcard(QStringView host)
{
    if (host.contains(u'*') && host != u"*" && !host.startsWith(u"*."))
        return MessageText(
                   QT_TRANSLATE_NOOP("MeshEntry::Message", "partial wildcard %1 not allowed"))
            .arg(goQuote(host));
    return {};
}

bool parseIp(QStringView text, bool *isV6, bool *hasZone)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'.') {
            if (isV6)
                *isV6 = false;
            if (hasZone)
                *hasZone = false;
            return parseIpv4(text);
        }
        if (text[i] == u':') {
            QStringView address = text;
            const qsizetype percent = text.indexOf(u'%');
            if (percent >= 0) {
                if (percent == text.size() - 1)
                    return false;
                address = text.left(percent);
            }
            if (isV6)
                *isV6 = true;
            if (hasZone)
                *hasZone = percent >= 0;
            return parseIpv6(address);
        }
        if (text[i] == u'%')
            return false;
    }
    return false;
}

bool isIp(QStringView text)
{
    return parseIp(text);
}

bool isCidr(QStringView text)
{
    const qsizetype slash = text.lastIndexOf(u'/');
    if (slash < 0)
        return false;
    bool isV6 = false;
    bool hasZone = false;
    if (!parseIp(text.left(slash), &isV6, &hasZone) || hasZone)
        return false;
    const QStringView bits = text.mid(slash + 1);
    if (bits.size() > 1 && (bits.front() < u'1' || bits.front() > u'9'))
        return false;
    if (bits.isEmpty() || !isGoInteger(bits) || bits.front() == u'+' || bits.front() == u'-')
        return false;
    const qint64 value = bits.toLongLong();
    return value >= 0 && value <= (isV6 ? 128 : 32);
}

MessageText checkAddress(QStringView text)
{
    if (text.count(u'/') == 1)
        return isCidr(text) ? MessageText()
                            : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                            "%1 is not a valid CIDR block"))
                                  .arg(text.toString());
    return isIp(text) ? MessageText()
                      : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 is not a valid IP"))
                            .arg(text.toString());
}

MessageText checkPort(qint64 number)
{
    if (number < 1 || number > 65535)
        return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                             "port number %1 must be in the range 1..65535"))
            .arg(number);
    return {};
}

MessageText checkPortName(QStringView name)
{
    return isDns1123Label(name)
               ? MessageText()
               : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "invalid port name: %1"))
                     .arg(name.toString());
}

Protocol parseProtocol(QStringView name)
{
    static const QList<std::pair<QString, Protocol>> names = {
        {QStringLiteral("tcp"), Protocol::Tcp},
        {QStringLiteral("udp"), Protocol::Udp},
        {QStringLiteral("grpc"), Protocol::Grpc},
        {QStringLiteral("grpc-web"), Protocol::GrpcWeb},
        {QStringLiteral("http"), Protocol::Http},
        {QStringLiteral("http_proxy"), Protocol::HttpProxy},
        {QStringLiteral("http2"), Protocol::Http2},
        {QStringLiteral("https"), Protocol::Https},
        {QStringLiteral("tls"), Protocol::Tls},
        {QStringLiteral("mongo"), Protocol::Mongo},
        {QStringLiteral("redis"), Protocol::Redis},
        {QStringLiteral("mysql"), Protocol::Mysql}};
    for (const auto &entry : names) {
        if (name.size() == entry.first.size() &&
            name.compare(entry.first, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return Protocol::Unsupported;
}

MessageText checkProtocol(QStringView name)
{
    if (name.isEmpty() || parseProtocol(name) != Protocol::Unsupported)
        return {};
    return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "unsupported protocol: %1"))
        .arg(name.toString());
}

bool isHttp(Protocol protocol)
{
    return protocol == Protocol::Http || protocol == Protocol::Http2 ||
           protocol == Protocol::HttpProxy || protocol == Protocol::Grpc ||
           protocol == Protocol::GrpcWeb;
}

bool isTls(Protocol protocol)
{
    return protocol == Protocol::Https || protocol == Protocol::Tls;
}

bool isTcp(Protocol protocol)
{
    return protocol == Protocol::Tcp || protocol == Protocol::Https || protocol == Protocol::Tls ||
           protocol == Protocol::Mongo || protocol == Protocol::Redis ||
           protocol == Protocol::Mysql;
}

MessageText checkLabelKey(QStringView key)
{
    const QList<QStringView> parts = key.split(u'/');
    bool valid = parts.size() <= 2 && matchesNamePattern(parts.last());
    if (valid && parts.size() == 2) {
        for (const QStringView piece : parts.first().split(u'.'))
            valid = valid && matchesLabelPattern(piece);
    }
    if (!valid)
        return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "invalid tag key: %1"))
            .arg(goQuote(key));
    if (parts.size() == 2 && parts.first().size() > 253)
        return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                             "invalid tag key: %1 (DNS prefix is too long)"))
            .arg(goQuote(key));
    if (parts.last().size() > 63)
        return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                             "invalid tag key: %1 (name is too long)"))
            .arg(goQuote(key));
    return {};
}

MessageText checkLabelValue(QStringView value)
{
    if (value.isEmpty() || matchesNamePattern(value))
        return {};
    return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "invalid tag value: %1"))
        .arg(goQuote(value));
}

MessageText checkUnixAddress(QStringView rest)
{
    if (rest.isEmpty())
        return MessageText(
            QT_TRANSLATE_NOOP("MeshEntry::Message", "unix address must not be empty"));
    if (rest.startsWith(u'@'))
        return {};
    if (!rest.startsWith(u'/') || rest.endsWith(u'/'))
        return MessageText(
                   QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 is not an absolute path to a file"))
            .arg(rest.toString());
    return {};
}

bool isKubernetesLabel(QStringView text)
{
    if (text.isEmpty() || text.size() > 63 || !isLowerAlnum(text.front()) ||
        !isLowerAlnum(text.back()))
        return false;
    for (const QChar c : text) {
        if (!isLowerAlnum(c) && c != u'-')
            return false;
    }
    return true;
}

bool isKubernetesSubdomain(QStringView text)
{
    if (text.isEmpty() || text.size() > 253)
        return false;
    for (const QStringView piece : text.split(u'.')) {
        if (piece.isEmpty() || !isLowerAlnum(piece.front()) || !isLowerAlnum(piece.back()))
            return false;
        for (const QChar c : piece) {
            if (!isLowerAlnum(c) && c != u'-')
                return false;
        }
    }
    return true;
}

MessageText checkQualifiedName(QStringView key)
{
    const QList<QStringView> parts = key.split(u'/');
    if (parts.size() > 2)
        return MessageText(
            QT_TRANSLATE_NOOP("MeshEntry::Message",
                              "a qualified name must consist of alphanumeric characters, '-', '_' "
                              "or '.', and must start and end with an alphanumeric character "
                              "(e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for "
                              "validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an "
                              "optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"));
    if (parts.size() == 2) {
        if (parts.first().isEmpty())
            return MessageText(
                QT_TRANSLATE_NOOP("MeshEntry::Message", "prefix part must be non-empty"));
        if (!isKubernetesSubdomain(parts.first()))
            return MessageText(QT_TRANSLATE_NOOP(
                "MeshEntry::Message",
                "prefix part a lowercase RFC 1123 subdomain must consist of lower "
                "case alphanumeric characters, '-' or '.', and must start and end "
                "with an alphanumeric character (e.g. 'example.com', regex used "
                "for validation is "
                "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"));
    }
    const QStringView name = parts.last();
    if (name.isEmpty())
        return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "name part must be non-empty"));
    if (name.size() > 63)
        return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                             "name part must be no more than 63 characters"));
    if (!matchesNamePattern(name))
        return MessageText(
            QT_TRANSLATE_NOOP("MeshEntry::Message",
                              "name part must consist of alphanumeric characters, '-', '_' or '.', "
                              "and must start and end with an alphanumeric character (e.g. "
                              "'MyName',  or 'my.name',  or '123-abc', regex used for validation "
                              "is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"));
    return {};
}

MessageText checkKubernetesLabelValue(QStringView value)
{
    if (value.size() > 63)
        return MessageText(
            QT_TRANSLATE_NOOP("MeshEntry::Message", "must be no more than 63 characters"));
    if (!value.isEmpty() && !matchesNamePattern(value))
        return MessageText(
            QT_TRANSLATE_NOOP("MeshEntry::Message",
                              "a valid label must be an empty string or consist of alphanumeric "
                              "characters, '-', '_' or '.', and must start and end with an "
                              "alphanumeric character (e.g. 'MyValue',  or 'my_value',  or "
                              "'12345', regex used for validation is "
                              "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"));
    return {};
}

} // namespace MeshEntry::IstioPredicates
