#include "benchstats.h"

#include "benchreport.h"

#include <QFile>
#include <algorithm>
#include <cmath>
#include <ctime>

namespace MeshEntry::BenchStats {

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    if (fraction == 0.5 && values.size() % 2 == 0)
        return (values[values.size() / 2 - 1] + values[values.size() / 2]) / 2;
    const qsizetype rank = qsizetype(std::ceil(fraction * double(values.size())));
    return values[qBound<qsizetype>(0, rank - 1, values.size() - 1)];
}

double median(const QList<double> &values)
{
    return percentile(values, 0.5);
}

QString spread(const QList<double> &seconds)
{
    const QString middle = BenchReport::seconds(median(seconds));
    if (seconds.size() < 2)
        return middle;
    const auto [low, high] = std::minmax_element(seconds.begin(), seconds.end());
    return QStringLiteral("%1 (%2..%3)")
        .arg(middle, QString::number(*low, 'f', 3), QString::number(*high, 'f', 3));
}

QString withCpu(const QString &wall, const QList<double> &cpu)
{
    return wall + QStringLiteral(", CPU ") + BenchReport::seconds(median(cpu));
}

double elapsedSeconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString loadAverage()
{
    return QString::fromLatin1(readAll(QStringLiteral("/proc/loadavg"))).section(u' ', 0, 2);
}

} // namespace MeshEntry::BenchStats
