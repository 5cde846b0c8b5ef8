#include "rulescommand.h"

#include "clioutput.h"
#include "exitcode.h"
#include "ruleregistry.h"

#include <QCommandLineParser>

namespace MeshEntry::RulesCommand {

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the rules 'meshentry validate' reports: id, severity and title, one a line.\n"
        "With --markdown, print docs/RULES.md (id, severity, trigger and fix of every rule)."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption markdown(
        QStringLiteral("markdown"), QStringLiteral("Print the rules as Markdown (docs/RULES.md)."));
    parser.addOptions({help, markdown});
    if (const auto done =
            CliOutput::parse(parser, args, help, QStringLiteral("meshentry rules [options]")))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        CliOutput::error(QStringLiteral("usage: meshentry rules [--markdown]"));
        return ExitUsage;
    }
    const RuleRegistry &registry = RuleRegistry::instance();
    if (parser.isSet(markdown)) {
        CliOutput::out(registry.markdown());
        return ExitOk;
    }
    QString text;
    for (const Rule &rule : registry.rules())
        text +=
            QStringLiteral("%1\t%2\t%3\n").arg(rule.id, severityName(rule.severity), rule.title);
    CliOutput::out(text);
    return ExitOk;
}

} // namespace MeshEntry::RulesCommand
