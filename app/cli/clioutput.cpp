#include "clioutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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

void error(const QString &text)
{
    const QByteArray line = QStringLiteral("meshentry: %1\n").arg(text).toUtf8();
    fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

QString help(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QString usage = QStringLiteral("Usage: ");
    const QString started = usage + QCoreApplication::arguments().value(0);
    if (text.startsWith(started))
        text.replace(0, started.size(), usage + QStringLiteral("meshentry ") + command);
    return text;
}

} // namespace MeshEntry::CliOutput
