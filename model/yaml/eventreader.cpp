#include "eventreader.h"

#include "linebreaks.h"

namespace MeshEntry {

bool isAscii(const char *data, qsizetype size)
{
    // OR whole blocks together (the compiler vectorises this) and stop at the first bad block.
    constexpr qsizetype block = 256;
    qsizetype i = 0;
    for (; i + block <= size; i += block) {
        unsigned char bits = 0;
        for (qsizetype j = 0; j < block; ++j)
            bits |= static_cast<unsigned char>(data[i + j]);
        if (bits & 0x80)
            return false;
    }
    unsigned char bits = 0;
    for (; i < size; ++i)
        bits |= static_cast<unsigned char>(data[i]);
    return !(bits & 0x80);
}

qsizetype countLines(const char *data, qsizetype size)
{
    return LineBreaks::countBefore(QByteArrayView(data, size), size);
}

namespace {

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// The Unicode encoding other than UTF-8 that text starts in, told by its byte order mark or by
/// the NULs around its first ASCII characters; empty when it does not look like one.
QString otherEncoding(const char *data, qsizetype size)
{
    const auto at = [&](qsizetype i) {
        return i < size ? int(static_cast<unsigned char>(data[i])) : -1;
    };
    if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF)
        return QStringLiteral("UTF-32BE");
    if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0)
        return QStringLiteral("UTF-32LE");
    if (at(0) == 0xFE && at(1) == 0xFF)
        return QStringLiteral("UTF-16BE");
    if (at(0) == 0xFF && at(1) == 0xFE)
        return QStringLiteral("UTF-16LE");
    if (at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) > 0)
        return QStringLiteral("UTF-32BE");
    if (at(0) > 0 && at(1) == 0 && at(2) == 0 && at(3) == 0)
        return QStringLiteral("UTF-32LE");
    if (at(0) == 0 && at(1) > 0)
        return QStringLiteral("UTF-16BE");
    if (at(0) > 0 && at(1) == 0)
        return QStringLiteral("UTF-16LE");
    return {};
}

} // namespace

void lineAndColumn(const char *data, qsizetype size, qsizetype offset, int *line, int *column)
{
    const QByteArrayView text(data, size);
    offset = qBound<qsizetype>(0, offset, size);
    int characters = 0;
    for (qsizetype i = LineBreaks::lineStartOf(text, offset); i < offset; ++i) {
        if (!isContinuationByte(data[i]))
            ++characters;
    }
    *line = int(LineBreaks::countBefore(text, offset));
    *column = characters;
}

EventReader::EventReader(const char *data, qsizetype size, bool knownAscii)
    : m_data(data), m_size(size), m_ascii(knownAscii || isAscii(data, size))
{
    yaml_parser_initialize(&m_parser);
    yaml_parser_set_encoding(&m_parser, YAML_UTF8_ENCODING);
    yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char *>(data),
                                 static_cast<size_t>(size));
}

EventReader::~EventReader()
{
    if (m_haveEvent)
        yaml_event_delete(&m_event);
    yaml_parser_delete(&m_parser);
}

qsizetype EventReader::byteOffset(size_t codePointIndex)
{
    if (m_ascii)
        return qMin<qsizetype>(static_cast<qsizetype>(codePointIndex), m_size);
    while (m_cursorIndex < codePointIndex && m_cursorByte < m_size) {
        ++m_cursorByte;
        while (m_cursorByte < m_size && isContinuationByte(m_data[m_cursorByte]))
            ++m_cursorByte;
        ++m_cursorIndex;
    }
    while (m_cursorIndex > codePointIndex && m_cursorByte > 0) {
        --m_cursorByte;
        while (m_cursorByte > 0 && isContinuationByte(m_data[m_cursorByte]))
            --m_cursorByte;
        --m_cursorIndex;
    }
    return m_cursorByte;
}

void EventReader::fail(qsizetype offset, const QString &message)
{
    m_failed = true;
    m_error.offset = offset;
    m_error.message = message;
    lineAndColumn(m_data, m_size, offset, &m_error.line, &m_error.column);
}

bool EventReader::next()
{
    if (m_failed)
        return false;
    if (m_haveEvent) {
        const bool end = m_event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&m_event);
        m_haveEvent = false;
        if (end)
            return false;
    }
    if (!yaml_parser_parse(&m_parser, &m_event)) {
        QString message = QString::fromUtf8(m_parser.problem ? m_parser.problem : "syntax error");
        qsizetype offset;
        if (m_parser.error == YAML_READER_ERROR) {
            m_failedInReader = true;
            offset = static_cast<qsizetype>(m_parser.problem_offset);
            if (m_parser.problem_value != -1)
                message += QStringLiteral(" (byte 0x%1)")
                               .arg(m_parser.problem_value, 2, 16, QLatin1Char('0'));
            // A file in UTF-16 or UTF-32 fails on its first bytes: say what it is instead.
            const QString encoding = offset < 4 ? otherEncoding(m_data, m_size) : QString();
            if (!encoding.isEmpty()) {
                offset = 0;
                message = QStringLiteral("the file is %1 text, not UTF-8: convert it with "
                                         "iconv -f %1 -t UTF-8")
                              .arg(encoding);
            }
        } else {
            offset = byteOffset(m_parser.problem_mark.index);
            if (m_parser.context)
                message += QStringLiteral(" (%1)").arg(QString::fromUtf8(m_parser.context));
        }
        fail(offset, message);
        return false;
    }
    m_haveEvent = true;
    switch (m_event.type) {
    case YAML_MAPPING_START_EVENT:
    case YAML_SEQUENCE_START_EVENT:
        if (++m_depth > maxDepth) {
            fail(startOffset(), QStringLiteral("nesting deeper than %1 levels").arg(maxDepth));
            return false;
        }
        break;
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT:
        --m_depth;
        break;
    default:
        break;
    }
    return true;
}

} // namespace MeshEntry
