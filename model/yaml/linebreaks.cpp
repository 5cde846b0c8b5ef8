#include "linebreaks.h"

#include <cstring>
#include <initializer_list>

namespace MeshEntry::LineBreaks {

namespace {

unsigned char byteAt(const char *data, qsizetype size, qsizetype offset)
{
    return offset < size ? static_cast<unsigned char>(data[offset]) : 0;
}

/// The length of the NEL, LS or PS that starts at offset, or 0.
int unicodeBreakLengthAt(const char *data, qsizetype size, qsizetype offset)
{
    const unsigned char lead = byteAt(data, size, offset);
    if (lead == 0xC2 && byteAt(data, size, offset + 1) == 0x85)
        return 2;
    if (lead == 0xE2 && byteAt(data, size, offset + 1) == 0x80) {
        const unsigned char last = byteAt(data, size, offset + 2);
        return last == 0xA8 || last == 0xA9 ? 3 : 0;
    }
    return 0;
}

/// The first line break at or after from, or size.
qsizetype firstBreak(const char *data, qsizetype from, qsizetype size)
{
    // memchr for each kind keeps the scan vectorised (a 100 MB line is one line): the search
    // for `\n` bounds the others to one line, and each found break bounds the next search.
    const auto *newline = static_cast<const char *>(memchr(data + from, '\n', size_t(size - from)));
    qsizetype found = newline ? newline - data : size;
    if (const auto *ret =
            static_cast<const char *>(memchr(data + from, '\r', size_t(found - from))))
        found = ret - data;
    // NEL starts with C2 and LS and PS with E2; other characters start with those bytes too.
    for (const char lead : {'\xC2', '\xE2'}) {
        for (qsizetype p = from; p < found;) {
            const auto *candidate =
                static_cast<const char *>(memchr(data + p, lead, size_t(found - p)));
            if (!candidate)
                break;
            const qsizetype at = candidate - data;
            if (unicodeBreakLengthAt(data, size, at) > 0) {
                found = at;
                break;
            }
            p = at + 1;
        }
    }
    return found;
}

/// How many bytes before end equal byte and, by endsBreak(offset after them), end a line break.
template <typename EndsBreak>
qsizetype countEnding(const char *data, qsizetype end, char byte, EndsBreak endsBreak)
{
    qsizetype count = 0;
    for (const char *p = data;
         (p = static_cast<const char *>(memchr(p, byte, size_t(data + end - p)))); ++p)
        count += endsBreak(p - data + 1) ? 1 : 0;
    return count;
}

} // namespace

int breakLengthAt(QByteArrayView text, qsizetype offset)
{
    const qsizetype size = text.size();
    if (offset < 0 || offset >= size)
        return 0;
    switch (text[offset]) {
    case '\n':
        return 1;
    case '\r':
        return offset + 1 < size && text[offset + 1] == '\n' ? 2 : 1;
    default:
        return unicodeBreakLengthAt(text.data(), size, offset);
    }
}

bool endsMarker(QByteArrayView text, qsizetype offset)
{
    return offset >= text.size() || text[offset] == ' ' || text[offset] == '\t' ||
           breakLengthAt(text, offset) > 0;
}

bool startsLine(QByteArrayView text, qsizetype offset)
{
    if (offset <= 0)
        return true;
    const qsizetype size = text.size();
    if (offset > size)
        return false;
    const char *data = text.data();
    switch (static_cast<unsigned char>(data[offset - 1])) {
    case '\n':
        return true;
    case '\r':
        return offset == size || data[offset] != '\n';
    case 0x85:
        return offset >= 2 && unicodeBreakLengthAt(data, size, offset - 2) == 2;
    case 0xA8:
    case 0xA9:
        return offset >= 3 && unicodeBreakLengthAt(data, size, offset - 3) == 3;
    default:
        return false;
    }
}

qsizetype nextLineStart(QByteArrayView text, qsizetype from)
{
    const qsizetype size = text.size();
    from = qBound(qsizetype(0), from, size);
    // From inside a NEL, LS or PS, as from between the `\r` and the `\n` of a `\r\n`: its end.
    for (qsizetype lead = from - 1; lead >= 0 && lead >= from - 2; --lead) {
        if (const qsizetype end = lead + unicodeBreakLengthAt(text.data(), size, lead); end > from)
            return end;
    }
    const qsizetype found = firstBreak(text.data(), from, size);
    return found == size ? -1 : found + breakLengthAt(text, found);
}

qsizetype lineStartOf(QByteArrayView text, qsizetype offset)
{
    const qsizetype end = qBound(qsizetype(0), offset, text.size());
    if (startsLine(text, end))
        return end;
    // The last `\n` before end bounds the search; the other breaks end in `\r`, 85, A8 or A9.
    // A break ending at end would have made end a line start, so those end before end - 1.
    const char *data = text.data();
    qsizetype start = text.lastIndexOf('\n', end - 1) + 1;
    for (const char last : {'\r', '\x85', '\xA8', '\xA9'}) {
        for (qsizetype to = end - 1; to > start;) {
            const auto *candidate =
                static_cast<const char *>(memrchr(data + start, last, size_t(to - start)));
            if (!candidate)
                break;
            const qsizetype after = candidate - data + 1;
            if (startsLine(text, after)) {
                start = after;
                break;
            }
            to = after - 1;
        }
    }
    return start;
}

qsizetype boundaryAfter(QByteArrayView text, qsizetype offset)
{
    if (startsLine(text, offset))
        return offset;
    const qsizetype next = nextLineStart(text, offset);
    return next < 0 ? text.size() : next;
}

qsizetype nextDocumentMarker(QByteArrayView text, qsizetype from)
{
    const char *data = text.data();
    const qsizetype size = text.size();
    for (qsizetype p = boundaryAfter(text, from); p >= 0 && p < size; p = nextLineStart(text, p)) {
        if (p + 3 <= size && memcmp(data + p, "---", 3) == 0 && endsMarker(text, p + 3))
            return p;
    }
    return -1;
}

qsizetype countBefore(QByteArrayView text, qsizetype end)
{
    end = qBound(qsizetype(0), end, text.size());
    const char *data = text.data();
    // `\n` in a loop the compiler vectorises; the rarer bytes ending the others by memchr.
    qsizetype count = 0;
    for (qsizetype i = 0; i < end; ++i)
        count += data[i] == '\n';
    const auto endsBreak = [&](qsizetype after) { return startsLine(text, after); };
    for (const char last : {'\r', '\x85', '\xA8', '\xA9'})
        count += countEnding(data, end, last, endsBreak);
    return count;
}

} // namespace MeshEntry::LineBreaks
