#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace MeshEntry::BenchStats {

/// The value below which fraction of the values lie (the mean of the middle two for a median).
double percentile(QList<double> values, double fraction);
double median(const QList<double> &values);
/// "0.352 s (0.341..0.360)" for repeated runs, the single value otherwise.
QString spread(const QList<double> &seconds);
QString withCpu(const QString &wall, const QList<double> &cpu);
double elapsedSeconds(const QElapsedTimer &timer);
/// CPU time of this process: on a shared machine it shows what wall time lost to others.
double cpuSeconds();
QByteArray readAll(const QString &path);
QString loadAverage();

} // namespace MeshEntry::BenchStats
