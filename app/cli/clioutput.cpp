#include "clioutput.h"

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

void error(const QString &text)
{
    const QByteArray line = QStringLiteral("meshentry: %1\n").arg(text).toUtf8();
    fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

} // namespace MeshEntry::CliOutput
