#include "scalarresolver.h"

#include <QRegularExpression>

namespace MeshEntry::ScalarResolver {

namespace {

bool matches(const QRegularExpression &re, QStringView text)
{
    return re.match(text).hasMatch();
}

} // namespace

// The expressions are per thread: validation runs on every core.
ScalarType resolvePlain(QStringView text)
{
    if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL")
        return ScalarType::Null;
    const QChar first = text.front();
    const bool maybeSpecial = first.isDigit() || first == u'-' || first == u'+' || first == u'.' ||
                              first == u'<' || first == u'=' || first.isLetter();
    if (!maybeSpecial)
        return ScalarType::String;
    static thread_local const QRegularExpression boolRe(
        QStringLiteral("^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|"
                       "off|Off|OFF)$"));
    if (text.size() <= 5 && matches(boolRe, text))
        return ScalarType::Bool;
    if (text == u"<<")
        return ScalarType::Merge;
    if (text == u"=")
        return ScalarType::String;
    // Decimals with a leading zero (`08`) are not octal, but Kubernetes still reads a number.
    static thread_local const QRegularExpression intRe(
        QStringLiteral("^[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*|[1-9][0-9_]*(?::["
                       "0-5]?[0-9])+)$"));
    if (matches(intRe, text))
        return ScalarType::Int;
    static thread_local const QRegularExpression floatRe(
        QStringLiteral("^(?:[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*("
                       "?:\\.[0-9_]*)?[eE][-+]?"
                       "[0-9]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)"
                       "|\\.(?:nan|NaN|NAN))$"));
    if (matches(floatRe, text) && text != u".")
        return ScalarType::Float;
    static thread_local const QRegularExpression timestampRe(
        QStringLiteral("^[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:(?:[Tt]|[ "
                       "\\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9]"
                       "(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)?$"));
    if (matches(timestampRe, text))
        return ScalarType::Timestamp;
    return ScalarType::String;
}

ScalarType typeForTag(QStringView tag, bool *known)
{
    *known = true;
    QStringView name = tag;
    if (name.startsWith(u"tag:yaml.org,2002:"))
        name = name.mid(18);
    else if (name.startsWith(u"!!"))
        name = name.mid(2);
    else {
        *known = false;
        return ScalarType::String;
    }
    if (name == u"str")
        return ScalarType::String;
    if (name == u"int")
        return ScalarType::Int;
    if (name == u"float")
        return ScalarType::Float;
    if (name == u"bool")
        return ScalarType::Bool;
    if (name == u"null")
        return ScalarType::Null;
    if (name == u"timestamp")
        return ScalarType::Timestamp;
    *known = false;
    return ScalarType::String;
}

bool canBePlainString(QStringView text, bool inFlow)
{
    if (text.isEmpty() || resolvePlain(text) != ScalarType::String)
        return false;
    if (text.front().isSpace() || text.back().isSpace() || text.back() == u':')
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(text.front()))
        return false;
    if (text.contains(u": ") || text.contains(u" #") || text.contains(u":\t") ||
        text.contains(u"\t#"))
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F) ||
            c.unicode() == 0x2028 || c.unicode() == 0x2029 || c.unicode() == 0xFEFF ||
            c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            return false;
        if (inFlow && (c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}'))
            return false;
    }
    return true;
}

bool canBeSingleQuoted(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F) ||
            c.unicode() == 0x2028 || c.unicode() == 0x2029 || c.unicode() == 0xFEFF ||
            c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            return false;
    }
    return true;
}

} // namespace MeshEntry::ScalarResolver
