#include "fixcommand.h"

#include "clioutput.h"
#include "exitcode.h"
#include "filefixer.h"
#include "fileloading.h"
#include "fixregistry.h"

#include <QCommandLineParser>

namespace MeshEntry::FixCommand {

namespace {

QString where(const YamlFile &file, const QString &path, int document, qsizetype offset)
{
    YamlError at;
    at.offset = offset;
    return FileLoading::location(file, path, document, at);
}

/// Fixes one file; returns whether findings with fixes were left.
bool fixFile(YamlFile *file, const QString &path, const FileFixer &fixer)
{
    const FileFixer::Result result = fixer.run(file, path);
    // Where each finding was when it was fixed (earlier fixes may have moved it).
    for (const FileFixer::Applied &applied : result.applied)
        CliOutput::note(QStringLiteral("%1:%2:%3: fixed %4: %5")
                            .arg(path)
                            .arg(applied.position.line + 1)
                            .arg(applied.position.column + 1)
                            .arg(applied.finding.rule, applied.fix.label()));
    for (const FileFixer::Left &left : result.left) {
        const QString at = where(*file, path, left.document, left.finding.start);
        if (left.choices.isEmpty()) {
            CliOutput::note(QStringLiteral("%1: not fixed %2: %3 (%4)")
                                .arg(at, left.finding.rule, left.finding.message, left.reason));
            continue;
        }
        CliOutput::note(QStringLiteral("%1: not fixed %2: %3; choose one (in the editor, or by "
                                       "hand):")
                            .arg(at, left.finding.rule, left.finding.message));
        for (const Fix &choice : left.choices)
            CliOutput::note(QStringLiteral("  - %1").arg(choice.label()));
    }
    return !result.left.isEmpty();
}

} // namespace

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Apply the one-click fixes: every finding that has exactly one fix is fixed, the file\n"
            "is validated again, and so on until nothing is left to fix. Findings whose fixes are\n"
            "choices (keep workloadSelector or endpoints) are listed, not decided. Prints the\n"
            "fixed file, or writes each file atomically with --in-place; what was fixed goes to\n"
            "stderr. Exit 0 when nothing is left to fix, 1 when something is.\n"
            "Rules with fixes: ") +
        FixRegistry::instance().rules().join(QStringLiteral(", ")));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption rule(QStringLiteral("rule"),
                                  QStringLiteral("Fix only findings of this rule. Repeatable."),
                                  QStringLiteral("ID"));
    const QCommandLineOption inPlace(
        QStringList{QStringLiteral("i"), QStringLiteral("in-place")},
        QStringLiteral("Write each file (atomically) instead of printing it."));
    const QCommandLineOption namespaceOption(
        QStringList{QStringLiteral("n"), QStringLiteral("namespace")},
        QStringLiteral("Namespace of documents without metadata.namespace (default: default)."),
        QStringLiteral("NAME"), QStringLiteral("default"));
    parser.addOptions({help, rule, inPlace, namespaceOption});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("file, directory or -"),
                                 QStringLiteral("PATH..."));
    if (const auto done =
            CliOutput::parse(parser, args, help, QStringLiteral("meshentry fix [options] PATH...")))
        return *done;
    const QStringList rules = parser.values(rule);
    for (const QString &id : rules) {
        if (!FixRegistry::instance().covers(id)) {
            CliOutput::error(
                QStringLiteral("rule %1 has no fix; rules with fixes: %2")
                    .arg(id, FixRegistry::instance().rules().join(QStringLiteral(", "))));
            return ExitUsage;
        }
    }
    if (parser.positionalArguments().isEmpty()) {
        CliOutput::error(
            QStringLiteral("usage: meshentry fix [--rule ID]... [--in-place] PATH..."));
        return ExitUsage;
    }
    QStringList missing;
    const QStringList paths = FileLoading::expandPaths(parser.positionalArguments(), &missing);
    for (const QString &path : missing)
        CliOutput::error(QStringLiteral("%1: no such file or directory").arg(path));
    if (!missing.isEmpty())
        return ExitUnreadable;
    if (parser.isSet(inPlace) && paths.contains(QStringLiteral("-"))) {
        CliOutput::error(QStringLiteral("--in-place needs files, not standard input"));
        return ExitUsage;
    }
    if (!parser.isSet(inPlace) && paths.size() != 1) {
        CliOutput::error(
            QStringLiteral("%1 files: use --in-place to fix more than one").arg(paths.size()));
        return ExitUsage;
    }

    ValidationOptions options;
    options.defaultNamespace = parser.value(namespaceOption);
    const FileFixer fixer(options, rules);
    bool left = false;
    for (const QString &path : paths) {
        YamlFile file;
        if (const int code = FileLoading::load(path, &file))
            return code;
        left = fixFile(&file, path, fixer) || left;
        if (!parser.isSet(inPlace)) {
            CliOutput::out(file.bytes());
            continue;
        }
        QString error;
        if (!file.save(path, &error)) {
            CliOutput::error(error);
            return ExitUnreadable;
        }
    }
    return left ? ExitFindings : ExitOk;
}

} // namespace MeshEntry::FixCommand
