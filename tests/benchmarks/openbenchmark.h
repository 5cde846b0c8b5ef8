#pragma once

#include "benchreport.h"
#include "peers.h"

#include <QList>
#include <QString>

namespace MeshEntry {

/**
 * The open budget of DESIGN.md section 6: reading, indexing and validating the benchmark file,
 * in this process (as the editor opens it) and as `meshentry validate --output json` (a whole
 * process), against a bare libyaml event pass and js-yaml's loadAll. The four run in turn in
 * every round, so that they share whatever else the machine is doing; the ratios of the
 * medians are the budgets.
 */
class OpenBenchmark
{
public:
    OpenBenchmark(BenchReport *report, const Peers *peers, const QString &path, int rounds)
        : m_report(report), m_peers(peers), m_path(path), m_rounds(rounds)
    {}

    /// False when something failed that the later steps need.
    bool run();

private:
    struct Sample {
        double wall = 0;
        double cpu = 0;
        qint64 peak = 0;
    };

    bool openInProcess(Sample *sample);
    bool openInChildProcess(Sample *sample);
    void reportRatios(const QString &what, double ours, const QList<double> &floor,
                      const QList<double> &jsYaml);

    BenchReport *m_report;
    const Peers *m_peers;
    QString m_path;
    int m_rounds;
    qsizetype m_errors = 0;
    qsizetype m_warnings = 0;
};

} // namespace MeshEntry
