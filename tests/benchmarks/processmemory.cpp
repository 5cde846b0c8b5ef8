#include "processmemory.h"

#include <QFile>
#include <malloc.h>
#include <sys/resource.h>

namespace MeshEntry {

namespace {

qint64 statusField(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

} // namespace

qint64 ProcessMemory::peakBytes()
{
    const qint64 peak = statusField("VmHWM");
    if (peak >= 0)
        return peak;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

qint64 ProcessMemory::currentBytes()
{
    return statusField("VmRSS");
}

bool ProcessMemory::resetPeak()
{
    malloc_trim(0);
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly | QIODevice::Unbuffered) &&
           clearRefs.write("5") == 1;
}

} // namespace MeshEntry
