#include "openbenchmark.h"

#include "benchstats.h"
#include "childprocess.h"
#include "processmemory.h"
#include "validationworkspace.h"

#include <QElapsedTimer>
#include <algorithm>

namespace MeshEntry {

namespace {

constexpr double floorRatioBudget = 1.6;
constexpr double jsYamlRatioBudget = 0.5;
constexpr qint64 peakBudgetBytes = 150'000'000;

QString ratio(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("×");
}

} // namespace

bool OpenBenchmark::openInProcess(Sample *sample)
{
    ProcessMemory::resetPeak();
    YamlFile file;
    ValidationWorkspace workspace;
    // As meshentry validate does: nothing is edited, so no node store is kept.
    workspace.setReleaseTrees(true);
    DocumentObservations validated;
    QString error;
    QElapsedTimer timer;
    const double cpuStart = BenchStats::cpuSeconds();
    timer.start();
    if (!YamlFile::load(m_path, &file, &error, nullptr, workspace.validator(), &validated)) {
        m_report->check(QStringLiteral("YamlFile::load"), false, error);
        return false;
    }
    workspace.addFile(&file, m_path, std::move(validated));
    workspace.validateAll();
    sample->wall = BenchStats::elapsedSeconds(timer);
    sample->cpu = BenchStats::cpuSeconds() - cpuStart;
    sample->peak = ProcessMemory::peakBytes();
    const QList<Diagnostic> diagnostics = workspace.diagnostics();
    m_errors = std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                             [](const Diagnostic &d) { return d.severity == Severity::Error; });
    m_warnings = std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                               [](const Diagnostic &d) { return d.severity == Severity::Warning; });
    return true;
}

bool OpenBenchmark::openInChildProcess(Sample *sample)
{
    const ChildProcess::Result run = ChildProcess::run(
        QStringLiteral(MESHENTRY_BINARY),
        {QStringLiteral("validate"), QStringLiteral("--output"), QStringLiteral("json"), m_path},
        false);
    // Exit code 1 means findings, which the benchmark file has.
    if (!run.started || (run.exitCode != 0 && run.exitCode != 1)) {
        m_report->check(QStringLiteral("meshentry validate"), false,
                        run.error.isEmpty() ? QStringLiteral("exit code %1").arg(run.exitCode)
                                            : run.error);
        return false;
    }
    sample->wall = run.wallSeconds;
    sample->cpu = run.cpuSeconds;
    sample->peak = run.peakBytes;
    return true;
}

void OpenBenchmark::reportRatios(const QString &what, double ours, const QList<double> &floor,
                                 const QList<double> &jsYaml)
{
    if (!floor.isEmpty()) {
        const double value = ours / BenchStats::median(floor);
        m_report->budget(QStringLiteral("  %1 ÷ libyaml event pass").arg(what), value,
                         floorRatioBudget, ratio(value), ratio(floorRatioBudget));
    }
    if (!jsYaml.isEmpty()) {
        const double value = ours / BenchStats::median(jsYaml);
        m_report->budget(QStringLiteral("  %1 ÷ js-yaml loadAll").arg(what), value,
                         jsYamlRatioBudget, ratio(value), ratio(jsYamlRatioBudget));
    }
}

bool OpenBenchmark::run()
{
    QList<double> floor;
    QList<double> jsYaml;
    QList<double> inWall;
    QList<double> inCpu;
    QList<double> outWall;
    QList<double> outCpu;
    qint64 inPeak = 0;
    qint64 outPeak = 0;
    for (int round = 0; round < m_rounds; ++round) {
        QString error;
        if (m_peers->hasFloor()) {
            const double seconds = m_peers->runFloor(m_path, &error);
            if (seconds < 0)
                m_report->check(QStringLiteral("libyaml event pass"), false, error);
            else
                floor.append(seconds);
        }
        if (m_peers->hasJsYaml()) {
            const double seconds = m_peers->runJsYaml(m_path, &error);
            if (seconds < 0)
                m_report->check(QStringLiteral("js-yaml loadAll"), false, error);
            else
                jsYaml.append(seconds);
        }
        Sample inside;
        if (!openInProcess(&inside))
            return false;
        inWall.append(inside.wall);
        inCpu.append(inside.cpu);
        inPeak = qMax(inPeak, inside.peak);
        Sample child;
        if (!openInChildProcess(&child))
            return false;
        outWall.append(child.wall);
        outCpu.append(child.cpu);
        outPeak = qMax(outPeak, child.peak);
    }

    if (m_peers->hasFloor())
        m_report->info(QStringLiteral("peer: libyaml event pass (C)"), BenchStats::spread(floor),
                       m_peers->floorName());
    else
        m_report->info(QStringLiteral("peer: libyaml event pass"), QStringLiteral("skipped"),
                       m_peers->floorProblem());
    if (m_peers->hasJsYaml())
        m_report->info(QStringLiteral("peer: js-yaml loadAll"), BenchStats::spread(jsYaml),
                       m_peers->jsYamlName());
    else
        m_report->info(QStringLiteral("peer: js-yaml loadAll"), QStringLiteral("skipped"),
                       m_peers->jsYamlProblem());

    const double inside = BenchStats::median(inWall);
    m_report->info(QStringLiteral("open: read + index + validate all"),
                   BenchStats::withCpu(BenchStats::spread(inWall), inCpu),
                   QStringLiteral("%1 errors, %2 warnings")
                       .arg(BenchReport::count(m_errors), BenchReport::count(m_warnings)));
    reportRatios(QStringLiteral("open"), inside, floor, jsYaml);
    m_report->budget(QStringLiteral("  peak RSS, open + validate all"), double(inPeak),
                     double(peakBudgetBytes), BenchReport::megabytes(inPeak),
                     BenchReport::megabytes(peakBudgetBytes, 0));

    const double outside = BenchStats::median(outWall);
    m_report->info(QStringLiteral("meshentry validate --output json (process)"),
                   BenchStats::withCpu(BenchStats::spread(outWall), outCpu),
                   QStringLiteral("output to /dev/null"));
    reportRatios(QStringLiteral("validate"), outside, floor, jsYaml);
    m_report->budget(QStringLiteral("  peak RSS, meshentry validate"), double(outPeak),
                     double(peakBudgetBytes), BenchReport::megabytes(outPeak),
                     BenchReport::megabytes(peakBudgetBytes, 0));
    return true;
}

} // namespace MeshEntry
