#include "jsonwriter.h"

#include <QString>

namespace MeshEntry {

namespace {

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

void appendUnicodeEscape(QByteArray *out, char16_t unit)
{
    const char escape[6] = {'\\',
                            'u',
                            hexDigit(unit >> 12 & 0xF),
                            hexDigit(unit >> 8 & 0xF),
                            hexDigit(unit >> 4 & 0xF),
                            hexDigit(unit & 0xF)};
    out->append(escape, 6);
}

} // namespace

void JsonWriter::appendEscaped(QByteArray *out, QStringView text)
{
    const char16_t *p = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t unit = *p++;
        if (unit < 0x80) {
            if (unit >= 0x20 && unit != u'"' && unit != u'\\') {
                out->append(char(unit));
                continue;
            }
            switch (unit) {
            case u'"':
                out->append("\\\"", 2);
                break;
            case u'\\':
                out->append("\\\\", 2);
                break;
            case 0x8:
                out->append("\\b", 2);
                break;
            case 0xC:
                out->append("\\f", 2);
                break;
            case 0xA:
                out->append("\\n", 2);
                break;
            case 0xD:
                out->append("\\r", 2);
                break;
            case 0x9:
                out->append("\\t", 2);
                break;
            default:
                appendUnicodeEscape(out, unit);
                break;
            }
        } else if (unit < 0x800) {
            out->append(char(0xC0 | (unit >> 6)));
            out->append(char(0x80 | (unit & 0x3F)));
        } else if (QChar::isHighSurrogate(unit) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t code = QChar::surrogateToUcs4(unit, *p++);
            out->append(char(0xF0 | (code >> 18)));
            out->append(char(0x80 | ((code >> 12) & 0x3F)));
            out->append(char(0x80 | ((code >> 6) & 0x3F)));
            out->append(char(0x80 | (code & 0x3F)));
        } else if (QChar::isSurrogate(unit)) {
            appendUnicodeEscape(out, unit);
        } else {
            out->append(char(0xE0 | (unit >> 12)));
            out->append(char(0x80 | ((unit >> 6) & 0x3F)));
            out->append(char(0x80 | (unit & 0x3F)));
        }
    }
}

void JsonWriter::indent(qsizetype depth)
{
    m_out.append(4 * depth, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.isEmpty())
        return;
    if (!m_empty.last())
        m_out.append(",\n", 2);
    m_empty.last() = false;
    indent(m_empty.size());
}

void JsonWriter::key(QLatin1StringView name)
{
    if (!m_empty.last())
        m_out.append(",\n", 2);
    m_empty.last() = false;
    indent(m_empty.size());
    m_out.append('"');
    appendEscaped(&m_out, QString(name));
    m_out.append("\": ", 3);
    m_afterKey = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out.append("{\n", 2);
    m_empty.append(true);
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out.append("[\n", 2);
    m_empty.append(true);
}

void JsonWriter::endObject()
{
    const bool empty = m_empty.takeLast();
    if (!empty)
        m_out.append('\n');
    indent(m_empty.size());
    m_out.append('}');
    if (m_empty.isEmpty())
        m_out.append('\n');
}

void JsonWriter::endArray()
{
    const bool empty = m_empty.takeLast();
    if (!empty)
        m_out.append('\n');
    indent(m_empty.size());
    m_out.append(']');
    if (m_empty.isEmpty())
        m_out.append('\n');
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    m_out.append('"');
    appendEscaped(&m_out, text);
    m_out.append('"');
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out.append(QByteArray::number(number));
}

} // namespace MeshEntry
