#pragma once

#include "benchreport.h"

#include <QString>

namespace MeshEntry {

/**
 * The selector figures of DESIGN.md §6: a generated 100,000-pod `kubectl get pods -A -o json`
 * (about 300 MB) is imported (time and memory against its size), then one selector and every
 * ServiceEntry of the benchmark file are matched against those 100,000 workloads.
 */
class MatchBenchmark
{
public:
    struct Options {
        QString benchmarkFile; ///< the generated ServiceEntry/WorkloadEntry file
        QString podsFile;      ///< where to write the pod list
        bool keepPods = false;
        int pods = 100000;
        quint64 seed = 1;
    };

    MatchBenchmark(BenchReport &report, Options options)
        : m_report(report), m_options(std::move(options))
    {}

    bool run();

private:
    BenchReport &m_report;
    Options m_options;
};

} // namespace MeshEntry
