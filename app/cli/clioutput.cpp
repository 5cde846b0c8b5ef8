#include "clioutput.h"
#include "exitcode.h"

#include <QCommandLineParser>
#include <cstdio>

namespace MeshEntry::CliOutput {

void out(const QByteArray &bytes)
{
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

void out(const QString &text)
{
    out(text.toUtf8());
}

void help(const QCommandLineParser &parser, const QString &usage)
{
    QString text = parser.helpText();
    text.replace(0, text.indexOf(u'\n'), QStringLiteral("Usage: ") + usage);
    out(text);
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &args,
                         const QCommandLineOption &helpOption, const QString &usage)
{
    if (!parser.parse(args)) {
        error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        help(parser, usage);
        return ExitOk;
    }
    return std::nullopt;
}

void error(const QString &text)
{
    const QByteArray line = QStringLiteral("meshentry: %1\n").arg(text).toUtf8();
    fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

void note(const QString &text)
{
    const QByteArray line = (text + u'\n').toUtf8();
    fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

} // namespace MeshEntry::CliOutput
