#pragma once

#include <QString>
#include <QStringList>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace MeshEntry::CliOutput {

/// Prints parser's help with usage ("meshentry validate [options] PATH...") as its first line
/// instead of the program's path.
void help(const QCommandLineParser &parser, const QString &usage);
/// Parses a subcommand's arguments: prints the parse error (then ExitUsage) or, for the help
/// option, the help with usage (then ExitOk); nothing when the command should go on.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &args,
                         const QCommandLineOption &helpOption, const QString &usage);

void out(const QByteArray &bytes);
void out(const QString &text);
void error(const QString &text); ///< one line to stderr, prefixed "meshentry: "
void note(const QString &text);  ///< one line to stderr as it is (a report, not an error)

} // namespace MeshEntry::CliOutput
