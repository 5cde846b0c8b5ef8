#pragma once

#include <QByteArray>

namespace MeshEntry::LineBreaks {

/**
 * Lines as libyaml reads them: a line ends at `\n`, at `\r\n` or at a lone `\r`. The indexer
 * finds document markers and resumes after errors by these lines, so it must split them where
 * libyaml does, or a `\r` line would look like the end of a line it is not.
 *
 * All offsets are bytes into text.
 */

/// Whether offset starts a line: the text's start or right after a line break (not between
/// the `\r` and the `\n` of one `\r\n`).
bool startsLine(const QByteArray &text, qsizetype offset);

/// The start of the line after the first line break at or after from, or -1 without one.
qsizetype nextLineStart(const QByteArray &text, qsizetype from);

/// The start of the line holding offset.
qsizetype lineStartOf(const QByteArray &text, qsizetype offset);

/// offset when it starts a line, else the start of the next line (text.size() on the last).
qsizetype boundaryAfter(const QByteArray &text, qsizetype offset);

/// The start of the first line at or after from that holds a `---` document marker, or -1.
qsizetype nextDocumentMarker(const QByteArray &text, qsizetype from);

} // namespace MeshEntry::LineBreaks
