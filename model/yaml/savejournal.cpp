#include "savejournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace MeshEntry {

namespace {

/// Records of saves of the same file share a prefix, so one listing finds them.
QString recordPrefix(const QString &absolutePath)
{
    return QString::fromLatin1(
               QCryptographicHash::hash(QFile::encodeName(absolutePath), QCryptographicHash::Sha1)
                   .toHex()
                   .left(20)) +
           u'-';
}

/// NAME, a dot and six ASCII letters: the names QSaveFile gives its temporary files.
bool isTemporaryName(const QString &candidate, const QString &name)
{
    if (candidate.size() != name.size() + 7 || !candidate.startsWith(name) ||
        candidate[name.size()] != u'.')
        return false;
    for (qsizetype i = name.size() + 1; i < candidate.size(); ++i) {
        const char16_t c = candidate[i].unicode();
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
    }
    return true;
}

bool processAlive(pid_t pid)
{
    return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
}

/// Whether some process holds path open (one of the /proc/PID/fd links names it).
bool openByAnyProcess(const QByteArray &path)
{
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return true; // cannot tell: leave the file
    bool found = false;
    while (!found) {
        const dirent *process = ::readdir(proc);
        if (!process)
            break;
        if (process->d_name[0] < '0' || process->d_name[0] > '9')
            continue;
        const QByteArray fdFolder = QByteArray("/proc/") + process->d_name + "/fd/";
        DIR *fds = ::opendir(fdFolder.constData());
        if (!fds)
            continue;
        while (const dirent *fd = ::readdir(fds)) {
            char target[4096];
            const QByteArray link = fdFolder + fd->d_name;
            const ssize_t size = ::readlink(link.constData(), target, sizeof target);
            if (size == path.size() && memcmp(target, path.constData(), size_t(size)) == 0) {
                found = true;
                break;
            }
        }
        ::closedir(fds);
    }
    ::closedir(proc);
    return found;
}

} // namespace

QString SaveJournal::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/saves-in-progress");
}

SaveJournal::Entry::Entry(const QString &path, int handle)
{
    static std::atomic_int serial{0};
    struct stat status;
    if (::fstat(handle, &status) != 0 || !QDir().mkpath(folder()))
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_file = folder() + u'/' + recordPrefix(absolute) + QString::number(::getpid()) + u'-' +
             QString::number(serial++);
    QFile record(m_file);
    const QByteArray text =
        QByteArray::number(::getpid()) + ' ' + QByteArray::number(quint64(status.st_dev)) + ' ' +
        QByteArray::number(quint64(status.st_ino)) + '\n' + QFile::encodeName(absolute) + '\n';
    if (!record.open(QIODevice::WriteOnly) || record.write(text) != text.size()) {
        record.remove();
        m_file.clear();
    }
}

SaveJournal::Entry::~Entry()
{
    if (!m_file.isEmpty())
        QFile::remove(m_file);
}

QStringList SaveJournal::removeLeftovers(const QString &path)
{
    const QFileInfo target(path);
    const QString absolute = target.absoluteFilePath();
    const QDir records(folder());
    const QStringList entries = records.entryList({recordPrefix(absolute) + u'*'}, QDir::Files);
    if (entries.isEmpty())
        return {};

    // The temporary files of killed saves of this file, by identity; live saves are left be.
    QHash<std::pair<quint64, quint64>, QString> killed;
    for (const QString &entry : entries) {
        QFile record(records.filePath(entry));
        if (!record.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = record.readAll().split('\n');
        const QList<QByteArray> fields = lines.value(0).split(' ');
        if (lines.value(1) != QFile::encodeName(absolute) || fields.size() != 3)
            continue; // another file with the same prefix
        const pid_t pid = pid_t(fields[0].toLongLong());
        if (pid == ::getpid() || processAlive(pid))
            continue;
        killed.insert({fields[1].toULongLong(), fields[2].toULongLong()}, record.fileName());
    }
    if (killed.isEmpty())
        return {};

    QStringList removed;
    const QString name = target.fileName();
    for (const QFileInfo &info : target.absoluteDir().entryInfoList(
             {name + QStringLiteral(".??????")}, QDir::Files | QDir::Hidden | QDir::System)) {
        const QByteArray native = QFile::encodeName(info.absoluteFilePath());
        struct stat status;
        if (!isTemporaryName(info.fileName(), name) || ::lstat(native.constData(), &status) != 0 ||
            !S_ISREG(status.st_mode))
            continue;
        const auto record = killed.constFind({quint64(status.st_dev), quint64(status.st_ino)});
        if (record == killed.cend() || openByAnyProcess(native))
            continue;
        if (QFile::remove(info.absoluteFilePath()))
            removed.append(info.absoluteFilePath());
    }
    // Every record of a killed save goes: its file is removed, or was never named, or is open
    // in another process that owns it now.
    for (const QString &record : std::as_const(killed))
        QFile::remove(record);
    removed.sort();
    return removed;
}

} // namespace MeshEntry
