#include "jsontyping.h"
#include "yamltext.h"

#include <QString>

#include <cmath>

namespace MeshEntry::JsonTyping {

namespace {

template <typename Char> bool isDecimal(const Char *s, qsizetype n)
{
    if (n == 0 || n > 18)
        return false;
    if (s[0] == '0')
        return n == 1;
    for (qsizetype i = 0; i < n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
    }
    return true;
}

/// A decimal with leading zeros and an 8 or 9 (`08`): not octal, but Go's float parser reads it.
bool isLeadingZeroDecimal(QStringView text)
{
    QStringView digits = text;
    if (!digits.isEmpty() && (digits.front() == u'-' || digits.front() == u'+'))
        digits = digits.mid(1);
    if (digits.size() < 2 || digits.front() != u'0')
        return false;
    for (const QChar c : digits) {
        if ((c < u'0' || c > u'9') && c != u'_')
            return false;
    }
    return true;
}

bool wholeNumber(QStringView text, qint64 *value)
{
    QString plain = text.toString();
    plain.remove(u'_');
    bool ok = false;
    const double number = plain.toDouble(&ok);
    if (!ok || !std::isfinite(number) || std::floor(number) != number ||
        std::fabs(number) >= 9.2e18)
        return false;
    *value = qint64(number);
    return true;
}

/// The numeric part of scalarType: Int and Float as Kubernetes reads them.
JsonType numberType(QStringView text, ScalarType type)
{
    qint64 value = 0;
    switch (type) {
    case ScalarType::Null:
        return JsonType::Null;
    case ScalarType::Bool:
        return JsonType::Boolean;
    case ScalarType::Int:
        // Go's YAML reader has no sexagesimal numbers: `1:20` stays a string.
        if (text.contains(u':'))
            return JsonType::String;
        if (parseInteger(text, &value) || (isLeadingZeroDecimal(text) && wholeNumber(text, &value)))
            return JsonType::Integer;
        return JsonType::Number;
    case ScalarType::Float:
        if (text.contains(u':'))
            return JsonType::String;
        return wholeNumber(text, &value) ? JsonType::Integer : JsonType::Number;
    case ScalarType::String:
    case ScalarType::Timestamp:
    case ScalarType::Merge:
        return JsonType::String;
    }
    return JsonType::String;
}

} // namespace

bool parseInteger(QStringView text, qint64 *value)
{
    QString plain = text.toString();
    plain.remove(u'_');
    QStringView digits(plain);
    bool negative = false;
    if (!digits.isEmpty() && (digits.front() == u'-' || digits.front() == u'+')) {
        negative = digits.front() == u'-';
        digits = digits.mid(1);
    }
    int base = 10;
    if (digits.size() > 1 && digits.front() == u'0') {
        const QChar marker = digits[1].toLower();
        if (marker == u'x' || marker == u'o' || marker == u'b') {
            base = marker == u'x' ? 16 : (marker == u'o' ? 8 : 2);
            digits = digits.mid(2);
        } else {
            base = 8;
            digits = digits.mid(1);
        }
    }
    if (digits.isEmpty())
        return false;
    bool ok = false;
    const qlonglong parsed = digits.toLongLong(&ok, base);
    if (!ok || digits.front() == u'-' || digits.front() == u'+')
        return false;
    *value = negative ? -parsed : parsed;
    return true;
}

bool integerValue(QStringView text, qint64 *value)
{
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    if (isDecimal(s, text.size())) {
        *value = text.toLongLong();
        return true;
    }
    if (isLeadingZeroDecimal(text) && !parseInteger(text, value)) {
        QString plain = text.toString();
        plain.remove(u'_');
        *value = plain.toLongLong();
        return true;
    }
    return parseInteger(text, value) || wholeNumber(text, value);
}

bool decimalValue(const char *utf8, qsizetype size, qint64 *value)
{
    if (!isDecimal(utf8, size))
        return false;
    qint64 result = 0;
    for (qsizetype i = 0; i < size; ++i)
        result = result * 10 + (utf8[i] - '0');
    *value = result;
    return true;
}

JsonType scalarType(QStringView text, QStringView tag, bool plain)
{
    ScalarType type = ScalarType::String;
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    if (!tag.isEmpty()) {
        bool known = false;
        type = ScalarResolver::typeForTag(tag, &known);
        if (!known)
            return JsonType::String;
    } else if (!plain) {
        return JsonType::String;
    } else if (text.isEmpty()) {
        return JsonType::Null;
    } else if (isDecimal(s, text.size())) {
        return JsonType::Integer;
    } else {
        type = ScalarResolver::resolvePlain(text);
    }
    return numberType(text, type);
}

JsonType scalarType(const char *utf8, qsizetype size, QStringView tag, bool plain,
                    ScalarType plainType)
{
    if (!tag.isEmpty())
        return scalarType(YamlText::decode(utf8, size), tag, plain);
    if (!plain)
        return JsonType::String;
    if (size == 0)
        return JsonType::Null;
    if (isDecimal(utf8, size) ||
        (size > 1 && (utf8[0] == '-' || utf8[0] == '+') && isDecimal(utf8 + 1, size - 1)))
        return JsonType::Integer;
    switch (plainType) {
    case ScalarType::String:
    case ScalarType::Timestamp:
    case ScalarType::Merge:
        return JsonType::String;
    case ScalarType::Null:
        return JsonType::Null;
    case ScalarType::Bool:
        return JsonType::Boolean;
    case ScalarType::Int:
    case ScalarType::Float:
        break;
    }
    // Octal, hex, underscores, floats: rare enough to read through QString.
    return numberType(YamlText::decode(utf8, size), plainType);
}

} // namespace MeshEntry::JsonTyping
