#pragma once

#include <QString>
#include <QStringList>

namespace MeshEntry {

/**
 * Cleans up after saves that were killed (SIGKILL, power loss of the process): QSaveFile
 * writes NAME.XXXXXX next to NAME (or an unnamed file it names so just before the rename) and
 * renames it over NAME, so a save killed in between leaves that temporary file behind. Every
 * save is recorded in the journal while it runs: a small file in the user's data folder with
 * the process id and the identity (device and inode) of the temporary file. The next open or
 * save of NAME removes the temporary files of recorded saves whose process is gone, and only
 * those: a file is removed when its name is exactly NAME, a dot and six letters (QSaveFile's
 * pattern), it is the very file the record names, and no process has it open. A file of the
 * same pattern the user made (NAME.backup, even a copy of a leftover) is never touched.
 */
class SaveJournal
{
public:
    /// Records a save of path into the open temporary file handle for as long as it lives.
    class Entry
    {
    public:
        Entry(const QString &path, int handle);
        ~Entry();
        Entry(const Entry &) = delete;
        Entry &operator=(const Entry &) = delete;

    private:
        QString m_file;
    };

    /// Removes what killed saves of path left behind (see above) and their records; returns
    /// the paths of the files removed.
    static QStringList removeLeftovers(const QString &path);

    /// Where the records are kept (a folder under the user's data location).
    static QString folder();
};

} // namespace MeshEntry
