#pragma once

#include "benchreport.h"

#include <QByteArray>
#include <QList>
#include <functional>

namespace MeshEntry {

/**
 * The two inputs that used to cost the square of their size, each measured at growing sizes:
 * one document with tens of thousands of aliases (each was resolved by a backward search), and
 * many ServiceEntries sharing hosts and names (each member's checks scanned its whole group).
 * Opening and validating must stay within its budget at the largest size and grow linearly:
 * the cost per document at the largest size within twice that at the smallest.
 */
class ScalingBenchmark
{
public:
    ScalingBenchmark(BenchReport *report, int rounds) : m_report(report), m_rounds(rounds) {}

    void aliases();
    void sharedHosts();

    /// One document: a ServiceEntry with `count` endpoints whose labels are `*l`.
    static QByteArray aliasDocument(int count);
    /// `count` ServiceEntries over a few hosts shared by every namespace, with ports and
    /// exportTo that differ, and names that repeat.
    static QByteArray sharedHostFile(int count, quint64 seed);

private:
    /// Median seconds of opening and validating bytes.
    double openSeconds(const QByteArray &bytes) const;
    void reportGrowth(const QString &what, const QList<int> &sizes, const QList<double> &seconds,
                      const QString &unit);

    BenchReport *m_report;
    int m_rounds;
};

} // namespace MeshEntry
