#pragma once

#include "benchreport.h"
#include "editplan.h"
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
    bool open();
    bool parse();
    /// Peak RSS of parsing every document and dropping its tree at once.
    qint64 parseReleasingTrees();
    bool identity();
    bool edit();
    bool save();
    bool diff();
    /// The editor's whole open with validation, then incremental revalidation after edits.
    bool validate();

    Options m_options;
    QList<Step> m_steps;
    BenchReport m_report;
    QTemporaryDir m_directory;
    QString m_filePath;
    QByteArray m_generatedHash;
    qsizetype m_generatedSize = 0;
    YamlFile m_file;
    double m_openSeconds = 0;
    EditPlan m_plan;
};

} // namespace MeshEntry
