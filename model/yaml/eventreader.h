#pragma once

#include "yamlerror.h"

#include <QByteArray>
#include <yaml.h>

namespace MeshEntry {

/**
 * Streams libyaml events over UTF-8 bytes and reports byte offsets.
 *
 * libyaml marks count code points; this maps them to byte offsets with a cursor that moves
 * both ways, so mostly-ordered marks cost O(distance). Nesting deeper than maxDepth is an error
 * because libyaml itself has no limit and is quadratic in depth.
 */
class EventReader
{
public:
    static constexpr int maxDepth = 500;

    /// knownAscii skips the scan for non-ASCII bytes when the caller already knows.
    EventReader(const char *data, qsizetype size, bool knownAscii = false);
    ~EventReader();
    EventReader(const EventReader &) = delete;
    EventReader &operator=(const EventReader &) = delete;

    /// Advances to the next event; false at the end of the stream or on an error.
    bool next();
    const yaml_event_t &event() const { return m_event; }
    yaml_event_type_t type() const { return m_event.type; }
    qsizetype startOffset() { return byteOffset(m_event.start_mark.index); }
    qsizetype endOffset() { return byteOffset(m_event.end_mark.index); }
    int depth() const { return m_depth; }

    bool failed() const { return m_failed; }
    /// The failure came from decoding bytes (invalid UTF-8, control characters), which libyaml
    /// reads ahead of the parser: events of earlier documents may not have been reported.
    bool failedInReader() const { return m_failedInReader; }
    const YamlError &error() const { return m_error; }

    qsizetype byteOffset(size_t codePointIndex);

private:
    void fail(qsizetype offset, const QString &message);

    const char *m_data;
    qsizetype m_size;
    bool m_ascii;
    yaml_parser_t m_parser;
    yaml_event_t m_event;
    bool m_haveEvent = false;
    int m_depth = 0;
    bool m_failed = false;
    bool m_failedInReader = false;
    YamlError m_error;
    size_t m_cursorIndex = 0;
    qsizetype m_cursorByte = 0;
};

/// True when every byte is below 0x80.
bool isAscii(const char *data, qsizetype size);
/// Number of line breaks (every kind libyaml knows, see linebreaks.h; a `\r\n` is one).
qsizetype countLines(const char *data, qsizetype size);

/// Line (0-based) and column (0-based, in characters) of a byte offset in text, as libyaml's
/// marks count them: after `\n`, `\r\n`, a lone `\r`, NEL, LS and PS alike.
void lineAndColumn(const char *data, qsizetype size, qsizetype offset, int *line, int *column);

} // namespace MeshEntry
