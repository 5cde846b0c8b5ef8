#pragma once

#include <QString>

class QCommandLineParser;

namespace MeshEntry::CliOutput {

/// Prints parser's help with usage ("meshentry validate [options] PATH...") as its first line
/// instead of the program's path.
void help(const QCommandLineParser &parser, const QString &usage);

void out(const QByteArray &bytes);
void out(const QString &text);
void error(const QString &text); ///< one line to stderr, prefixed "meshentry: "

} // namespace MeshEntry::CliOutput
