#pragma once

#include <QByteArrayView>

namespace MeshEntry::LineBreaks {

/**
 * Lines as libyaml reads them (YAML 1.1, its IS_BREAK and SKIP_LINE in scanner.c): a line ends
 * at `\n`, at `\r\n`, at a lone `\r`, at NEL (U+0085, bytes C2 85), at LS (U+2028, E2 80 A8)
 * or at PS (U+2029, E2 80 A9). Its marks count each of these as one line (a `---` after any of
 * them starts a document), so the indexer splits documents and resumes after errors by these
 * lines, and line numbers count them, or a line would look like the end of a line it is not.
 *
 * All offsets are bytes into UTF-8 text.
 */

/// The length in bytes of the line break that starts at offset: 1 for `\n` and a lone `\r`, 2
/// for `\r\n` and NEL, 3 for LS and PS; 0 when none starts there.
int breakLengthAt(QByteArrayView text, qsizetype offset);

/// Whether a `---` or `...` marker ending at offset stands alone, as libyaml requires: the
/// text ends there, or a space, a tab or a line break follows.
bool endsMarker(QByteArrayView text, qsizetype offset);

/// Whether offset starts a line: the text's start or right after a line break (not inside
/// one, as between the `\r` and the `\n` of one `\r\n`).
bool startsLine(QByteArrayView text, qsizetype offset);

/// The start of the line after the first line break at or after from, or -1 without one.
qsizetype nextLineStart(QByteArrayView text, qsizetype from);

/// The start of the line holding offset.
qsizetype lineStartOf(QByteArrayView text, qsizetype offset);

/// offset when it starts a line, else the start of the next line (text.size() on the last).
qsizetype boundaryAfter(QByteArrayView text, qsizetype offset);

/// The start of the first line at or after from that holds a `---` document marker, or -1.
qsizetype nextDocumentMarker(QByteArrayView text, qsizetype from);

/// The number of line breaks that end at or before end (a `\r\n` is one): the 0-based line
/// that end is on.
qsizetype countBefore(QByteArrayView text, qsizetype end);

} // namespace MeshEntry::LineBreaks
