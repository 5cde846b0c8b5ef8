#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <sys/stat.h>

namespace MeshEntry::RegularFile {

/**
 * Why path cannot be opened as a file, when it names a named pipe, socket or device: opening
 * a pipe without a writer would wait forever, and a device never ends. Empty for regular
 * files, directories and paths that do not exist (opening them says why). Looks only at the
 * file's type, so it never blocks.
 */
inline QString refusal(const QString &path)
{
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {};
    const char *kind = nullptr;
    if (S_ISFIFO(status.st_mode))
        kind = QT_TRANSLATE_NOOP("MeshEntry::RegularFile",
                                 "%1 is a named pipe; MeshEntry opens regular files only");
    else if (S_ISSOCK(status.st_mode))
        kind = QT_TRANSLATE_NOOP("MeshEntry::RegularFile",
                                 "%1 is a socket; MeshEntry opens regular files only");
    else if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode))
        kind = QT_TRANSLATE_NOOP("MeshEntry::RegularFile",
                                 "%1 is a device; MeshEntry opens regular files only");
    if (!kind)
        return {};
    return QCoreApplication::translate("MeshEntry::RegularFile", kind).arg(path);
}

} // namespace MeshEntry::RegularFile
