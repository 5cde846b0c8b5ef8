#pragma once

#include "benchreport.h"
#include "editplan.h"
#include "peers.h"
#include "yamlfile.h"

#include <QByteArray>
#include <QList>
#include <QTemporaryDir>
#include <functional>

namespace MeshEntry {

/**
 * The benchmark of DESIGN.md §6 as a list of named steps that share one open file. A step
 * returns false when the steps after it cannot run; a new section (validation, matching) is
 * one more entry in the list.
 */
class Benchmark
{
public:
    struct Options {
        int documents = 40000;
        quint64 seed = 1;
        QString keepPath; ///< where to write the benchmark file; empty: a temporary directory
        int rounds = 5;   ///< repetitions of open, parse and save; the median is reported
        int edits = 1000;
    };

    explicit Benchmark(const Options &options);

    /// Runs every step; the exit code is 0 when everything is within budget and correct.
    int run();

private:
    struct Step {
        QString name;
        std::function<bool()> run;
    };

    bool generate();
    /// Open and validate against the peers (OpenBenchmark).
    bool compare();
    /// The editor's model of the file: every document with its node store resident.
    bool model();
    bool identity();
    bool edit();
    bool save();
    bool diff();
    /// Incremental revalidation and form edits on the validated file.
    bool revalidate();
    /// Aliases and shared hosts at growing sizes (ScalingBenchmark).
    bool scaling();

    Options m_options;
    Peers m_peers;
    QList<Step> m_steps;
    BenchReport m_report;
    QTemporaryDir m_directory;
    QString m_filePath;
    QByteArray m_generatedHash;
    qsizetype m_generatedSize = 0;
    YamlFile m_file;
    EditPlan m_plan;
};

} // namespace MeshEntry
