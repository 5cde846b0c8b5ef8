#include "scalarresolver.h"

#include <QString>

#include <cstring>

namespace MeshEntry::ScalarResolver {

namespace {

// A hand-written matcher for each expression YAML 1.1 and 1.2 type plain scalars with; the
// comments give the expression it answers exactly like (tst_scalarclassifier compares them on
// every scalar of the corpus). `$` of those expressions also matched before a final line
// break, so each is tried on the text with one trailing "\n" removed as well.

template <typename Char> bool isDigit(Char c)
{
    return c >= '0' && c <= '9';
}

template <typename Char> bool isDigitOrUnderscore(Char c)
{
    return isDigit(c) || c == '_';
}

template <typename Char> bool isOctalOrUnderscore(Char c)
{
    return (c >= '0' && c <= '7') || c == '_';
}

template <typename Char> bool isHexOrUnderscore(Char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '_';
}

template <typename Char> bool isBlankChar(Char c)
{
    return c == ' ' || c == '\t';
}

template <typename Char, typename Predicate>
bool allOf(const Char *s, qsizetype from, qsizetype to, Predicate predicate)
{
    for (qsizetype i = from; i < to; ++i) {
        if (!predicate(s[i]))
            return false;
    }
    return true;
}

template <typename Char> bool equalsAscii(const Char *s, qsizetype n, const char *word)
{
    qsizetype i = 0;
    for (; i < n && word[i]; ++i) {
        if (s[i] != Char(uchar(word[i])))
            return false;
    }
    return i == n && !word[i];
}

/// y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF
template <typename Char> bool isBoolWord(const Char *s, qsizetype n)
{
    if (n == 0 || n > 5)
        return false;
    // Each word in lower, title or upper case: the first letter picks the word.
    const auto spelled = [s, n](const char *lower) {
        const qsizetype size = qsizetype(strlen(lower));
        if (n != size)
            return false;
        const auto upper = [](char c) { return char(c - 'a' + 'A'); };
        const bool title = s[0] == Char(upper(lower[0]));
        if (!title && s[0] != Char(lower[0]))
            return false;
        bool allLower = true;
        bool allUpper = true;
        for (qsizetype i = 1; i < size; ++i) {
            allLower = allLower && s[i] == Char(lower[i]);
            allUpper = allUpper && s[i] == Char(upper(lower[i]));
        }
        return allLower || (title && allUpper);
    };
    switch (s[0]) {
    case 'y':
    case 'Y':
        return n == 1 || spelled("yes");
    case 'n':
    case 'N':
        return n == 1 || spelled("no");
    case 't':
    case 'T':
        return spelled("true");
    case 'f':
    case 'F':
        return spelled("false");
    case 'o':
    case 'O':
        return spelled("on") || spelled("off");
    default:
        return false;
    }
}

/// Groups of `(?::[0-5]?[0-9])+` from i, each ending at a ':' or at one of the terminators;
/// returns where they end, or -1 when there is not at least one well-formed group.
template <typename Char>
qsizetype sexagesimalGroups(const Char *s, qsizetype i, qsizetype n, char terminator)
{
    qsizetype groups = 0;
    while (i < n && s[i] == ':') {
        qsizetype j = i + 1;
        while (j < n && isDigit(s[j]))
            ++j;
        const qsizetype digits = j - (i + 1);
        if (digits == 0 || digits > 2 || (digits == 2 && s[i + 1] > '5'))
            return -1;
        i = j;
        ++groups;
        if (i < n && s[i] != ':' && s[i] != terminator)
            return -1;
    }
    return groups > 0 ? i : -1;
}

/// [-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*|[1-9][0-9_]*(?::[0-5]?[0-9])+)
template <typename Char> bool isIntText(const Char *s, qsizetype n)
{
    qsizetype i = 0;
    if (i < n && (s[i] == '-' || s[i] == '+'))
        ++i;
    if (i >= n || !isDigit(s[i]))
        return false;
    if (s[i] == '0' && i + 1 < n) {
        const Char marker = s[i + 1];
        if (marker == 'b')
            return i + 2 < n &&
                   allOf(s, i + 2, n, [](Char c) { return c == '0' || c == '1' || c == '_'; });
        if (marker == 'x')
            return i + 2 < n && allOf(s, i + 2, n, isHexOrUnderscore<Char>);
        if (marker == 'o')
            return i + 2 < n && allOf(s, i + 2, n, isOctalOrUnderscore<Char>);
    }
    qsizetype j = i + 1;
    while (j < n && isDigitOrUnderscore(s[j]))
        ++j;
    if (j == n)
        return true;
    return s[i] != '0' && sexagesimalGroups(s, j, n, ':') == n;
}

/// [-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?
/// | [-+]?[0-9][0-9_]*(?:\.[0-9_]*)?[eE][-+]?[0-9]+
/// | [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
/// | [-+]?\.(?:inf|Inf|INF) | \.(?:nan|NaN|NAN)
template <typename Char> bool isFloatText(const Char *s, qsizetype n)
{
    const auto exponentToEnd = [s, n](qsizetype i) {
        if (i >= n || (s[i] != 'e' && s[i] != 'E'))
            return false;
        ++i;
        if (i < n && (s[i] == '-' || s[i] == '+'))
            ++i;
        return i < n && allOf(s, i, n, isDigit<Char>);
    };
    if (n >= 4 && s[0] == '.' &&
        (equalsAscii(s + 1, n - 1, "nan") || equalsAscii(s + 1, n - 1, "NaN") ||
         equalsAscii(s + 1, n - 1, "NAN")))
        return true;
    qsizetype i = 0;
    if (i < n && (s[i] == '-' || s[i] == '+'))
        ++i;
    if (i < n && s[i] == '.' &&
        (equalsAscii(s + i + 1, n - i - 1, "inf") || equalsAscii(s + i + 1, n - i - 1, "Inf") ||
         equalsAscii(s + i + 1, n - i - 1, "INF")))
        return true;
    const qsizetype digitsStart = i;
    while (i < n && isDigitOrUnderscore(s[i]) && (i > digitsStart || isDigit(s[i])))
        ++i;
    const bool haveDigits = i > digitsStart;
    if (i < n && s[i] == '.') {
        qsizetype j = i + 1;
        while (j < n && isDigitOrUnderscore(s[j]))
            ++j;
        return j == n || exponentToEnd(j);
    }
    if (!haveDigits)
        return false;
    if (exponentToEnd(i))
        return true;
    const qsizetype groupsEnd = sexagesimalGroups(s, i, n, '.');
    return groupsEnd >= 0 && groupsEnd < n && s[groupsEnd] == '.' &&
           allOf(s, groupsEnd + 1, n, isDigitOrUnderscore<Char>);
}

/// [0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9]
/// (?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)?
template <typename Char> bool isTimestampText(const Char *s, qsizetype n)
{
    qsizetype i = 0;
    const auto digits = [s, n, &i](int least, int most) {
        int count = 0;
        while (count < most && i < n && isDigit(s[i])) {
            ++i;
            ++count;
        }
        return count >= least;
    };
    const auto expect = [s, n, &i](char c) {
        if (i >= n || s[i] != c)
            return false;
        ++i;
        return true;
    };
    if (!digits(4, 4) || !expect('-') || !digits(1, 2) || !expect('-') || !digits(1, 2))
        return false;
    if (i == n)
        return true;
    if (s[i] == 'T' || s[i] == 't') {
        ++i;
    } else if (isBlankChar(s[i])) {
        while (i < n && isBlankChar(s[i]))
            ++i;
    } else {
        return false;
    }
    if (!digits(1, 2) || !expect(':') || !digits(2, 2) || !expect(':') || !digits(2, 2))
        return false;
    if (i < n && s[i] == '.') {
        ++i;
        while (i < n && isDigit(s[i]))
            ++i;
    }
    if (i == n)
        return true;
    while (i < n && isBlankChar(s[i]))
        ++i;
    if (expect('Z'))
        return i == n;
    if (i >= n || (s[i] != '-' && s[i] != '+'))
        return false;
    ++i;
    if (!digits(1, 2))
        return false;
    if (i < n && s[i] == ':') {
        ++i;
        if (!digits(2, 2))
            return false;
    }
    return i == n;
}

/// The expression matches text, or text without one final line break.
template <typename Char>
bool matchesLine(bool (*matcher)(const Char *, qsizetype), const Char *s, qsizetype n)
{
    return matcher(s, n) || (n > 0 && s[n - 1] == '\n' && matcher(s, n - 1));
}

template <typename Char> ScalarType classify(const Char *s, qsizetype n)
{
    if (n == 0 || equalsAscii(s, n, "~") || equalsAscii(s, n, "null") ||
        equalsAscii(s, n, "Null") || equalsAscii(s, n, "NULL"))
        return ScalarType::Null;
    // Every typed form is ASCII, and starts with one of these.
    const Char first = s[0];
    const bool maybeSpecial = isDigit(first) || first == '-' || first == '+' || first == '.' ||
                              first == '<' || first == '=' || (first >= 'a' && first <= 'z') ||
                              (first >= 'A' && first <= 'Z');
    if (!maybeSpecial)
        return ScalarType::String;
    if (n <= 5 && matchesLine(isBoolWord<Char>, s, n))
        return ScalarType::Bool;
    // Only the words above start with a letter.
    if ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))
        return ScalarType::String;
    if (equalsAscii(s, n, "<<"))
        return ScalarType::Merge;
    if (equalsAscii(s, n, "="))
        return ScalarType::String;
    if (matchesLine(isIntText<Char>, s, n))
        return ScalarType::Int;
    if (matchesLine(isFloatText<Char>, s, n) && !equalsAscii(s, n, "."))
        return ScalarType::Float;
    if (matchesLine(isTimestampText<Char>, s, n))
        return ScalarType::Timestamp;
    return ScalarType::String;
}

} // namespace

ScalarType resolvePlain(QStringView text)
{
    return classify(reinterpret_cast<const char16_t *>(text.utf16()), text.size());
}

ScalarType resolvePlain(const char *utf8, qsizetype size)
{
    return classify(utf8, size);
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
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.unicode() == 0x85 ||
            c.unicode() == 0x2028 || c.unicode() == 0x2029 || c.unicode() == 0xFEFF)
            return false;
        if (inFlow && (c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}'))
            return false;
    }
    return true;
}

bool canBeSingleQuoted(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.unicode() == 0x85 ||
            c.unicode() == 0x2028 || c.unicode() == 0x2029 || c.unicode() == 0xFEFF)
            return false;
    }
    return true;
}

} // namespace MeshEntry::ScalarResolver
