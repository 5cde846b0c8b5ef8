#pragma once

#include <QString>

class QCommandLineParser;

namespace MeshEntry::CliOutput {

void out(const QByteArray &bytes);
void out(const QString &text);
void error(const QString &text); ///< one line to stderr, prefixed "meshentry: "
/// A subcommand's --help: the parser's text with the usage line naming "meshentry COMMAND"
/// (QCommandLineParser names the executable as it was started, ./build/app/meshentry).
QString help(const QCommandLineParser &parser, const QString &command);

} // namespace MeshEntry::CliOutput
