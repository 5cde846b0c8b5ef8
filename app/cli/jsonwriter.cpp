#include "jsonwriter.h"

#include <QString>

namespace MeshEntry {

namespace {

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

} // namespace

void JsonWriter::appendEscaped(QByteArray *out, QStringView text)
{
    // Written through a pointer into room for the worst case (six bytes per unit, `\u0001`),
    // then cut to what was written: one resize per string instead of one append per byte.
    const qsizetype start = out->size();
    out->resize(start + 6 * text.size());
    char *cursor = out->data() + start;
    const char16_t *p = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *const end = p + text.size();
    const auto escape = [&cursor](char16_t unit) {
        *cursor++ = '\\';
        *cursor++ = 'u';
        *cursor++ = hexDigit(unit >> 12 & 0xF);
        *cursor++ = hexDigit(unit >> 8 & 0xF);
        *cursor++ = hexDigit(unit >> 4 & 0xF);
        *cursor++ = hexDigit(unit & 0xF);
    };
    while (p != end) {
        const char16_t unit = *p++;
        if (unit < 0x80) {
            if (unit >= 0x20 && unit != u'"' && unit != u'\\') {
                *cursor++ = char(unit);
                continue;
            }
            *cursor++ = '\\';
            switch (unit) {
            case u'"':
                *cursor++ = '"';
                break;
            case u'\\':
                *cursor++ = '\\';
                break;
            case 0x8:
                *cursor++ = 'b';
                break;
            case 0xC:
                *cursor++ = 'f';
                break;
            case 0xA:
                *cursor++ = 'n';
                break;
            case 0xD:
                *cursor++ = 'r';
                break;
            case 0x9:
                *cursor++ = 't';
                break;
            default:
                --cursor;
                escape(unit);
                break;
            }
        } else if (unit < 0x800) {
            *cursor++ = char(0xC0 | (unit >> 6));
            *cursor++ = char(0x80 | (unit & 0x3F));
        } else if (QChar::isHighSurrogate(unit) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t code = QChar::surrogateToUcs4(unit, *p++);
            *cursor++ = char(0xF0 | (code >> 18));
            *cursor++ = char(0x80 | ((code >> 12) & 0x3F));
            *cursor++ = char(0x80 | ((code >> 6) & 0x3F));
            *cursor++ = char(0x80 | (code & 0x3F));
        } else if (QChar::isSurrogate(unit)) {
            escape(unit);
        } else {
            *cursor++ = char(0xE0 | (unit >> 12));
            *cursor++ = char(0x80 | ((unit >> 6) & 0x3F));
            *cursor++ = char(0x80 | (unit & 0x3F));
        }
    }
    out->truncate(cursor - out->constData());
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
    // Keys are the writer's own ASCII names: nothing to escape.
    m_out.append('"');
    m_out.append(name.data(), name.size());
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
