#include "fileloading.h"

#include "clioutput.h"
#include "exitcode.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace MeshEntry::FileLoading {

int load(const QString &path, YamlFile *file, const DocumentObserver *observer,
         DocumentObservations *observations)
{
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            CliOutput::error(QStringLiteral("cannot read standard input"));
            return ExitUnreadable;
        }
        *file = YamlFile::fromBytes(in.readAll(), nullptr, observer, observations);
        return ExitOk;
    }
    QString error;
    if (!YamlFile::load(path, file, &error, nullptr, observer, observations)) {
        CliOutput::error(error);
        return ExitUnreadable;
    }
    return ExitOk;
}

QStringList expandPaths(const QStringList &paths, QStringList *missing)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (path == QLatin1String("-") || (info.exists() && !info.isDir())) {
            files.append(path);
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(
                path, {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
                QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files += found;
        } else {
            missing->append(path);
        }
    }
    return files;
}

QString location(const YamlFile &file, const QString &path, int document, const YamlError &error)
{
    const FilePosition position = file.position(document, error.offset);
    return QStringLiteral("%1:%2:%3").arg(path).arg(position.line + 1).arg(position.column + 1);
}

int document(const YamlFile &file, const QString &path, const QString &spec, int *index)
{
    QString error;
    *index = file.findDocument(spec, &error);
    if (*index < 0) {
        CliOutput::error(QStringLiteral("%1: %2").arg(path, error));
        return ExitFindings;
    }
    const YamlDocument &document = file.document(*index);
    if (document.hasSyntaxErrors()) {
        const YamlError &syntax = document.syntaxErrors().first();
        CliOutput::error(QStringLiteral("%1: YAML syntax error: %2")
                             .arg(location(file, path, *index, syntax), syntax.message));
        return ExitUnreadable;
    }
    return ExitOk;
}

} // namespace MeshEntry::FileLoading
