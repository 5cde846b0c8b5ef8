#include "linebreaks.h"

#include <cstring>

namespace MeshEntry::LineBreaks {

namespace {

bool isBreak(char c)
{
    return c == '\n' || c == '\r';
}

/// The first `\n` or `\r` at or after from, or size.
qsizetype firstBreak(const char *data, qsizetype from, qsizetype size)
{
    // memchr twice keeps the scan vectorised: the `\r` search covers one line only.
    const auto *newline = static_cast<const char *>(memchr(data + from, '\n', size_t(size - from)));
    const qsizetype lineEnd = newline ? newline - data : size;
    const auto *ret = static_cast<const char *>(memchr(data + from, '\r', size_t(lineEnd - from)));
    return ret ? ret - data : lineEnd;
}

} // namespace

bool startsLine(const QByteArray &text, qsizetype offset)
{
    if (offset <= 0)
        return true;
    if (offset > text.size())
        return false;
    const char before = text[offset - 1];
    return before == '\n' || (before == '\r' && (offset == text.size() || text[offset] != '\n'));
}

qsizetype nextLineStart(const QByteArray &text, qsizetype from)
{
    const qsizetype size = text.size();
    const qsizetype found = firstBreak(text.constData(), qBound(qsizetype(0), from, size), size);
    if (found == size)
        return -1;
    return text[found] == '\r' && found + 1 < size && text[found + 1] == '\n' ? found + 2
                                                                              : found + 1;
}

qsizetype lineStartOf(const QByteArray &text, qsizetype offset)
{
    const qsizetype end = qBound(qsizetype(0), offset, text.size());
    if (startsLine(text, end))
        return end;
    // The last `\n` before end bounds the search for a lone `\r`; a `\r` right before end is
    // the first half of the `\r\n` at end, not a break of its own.
    const qsizetype from = text.lastIndexOf('\n', end - 1) + 1;
    const qsizetype to = text[end - 1] == '\r' ? end - 1 : end;
    const auto *ret =
        static_cast<const char *>(memrchr(text.constData() + from, '\r', size_t(to - from)));
    return ret ? ret - text.constData() + 1 : from;
}

qsizetype boundaryAfter(const QByteArray &text, qsizetype offset)
{
    if (startsLine(text, offset))
        return offset;
    const qsizetype next = nextLineStart(text, offset);
    return next < 0 ? text.size() : next;
}

qsizetype nextDocumentMarker(const QByteArray &text, qsizetype from)
{
    const char *data = text.constData();
    const qsizetype size = text.size();
    for (qsizetype p = boundaryAfter(text, from); p >= 0 && p < size; p = nextLineStart(text, p)) {
        if (p + 3 <= size && memcmp(data + p, "---", 3) == 0 &&
            (p + 3 == size || data[p + 3] == ' ' || data[p + 3] == '\t' || isBreak(data[p + 3])))
            return p;
    }
    return -1;
}

} // namespace MeshEntry::LineBreaks
