#include "matchbenchmark.h"

#include "podlistgenerator.h"
#include "processmemory.h"
#include "selectionmodel.h"
#include "workloadimporter.h"
#include "workloadinventory.h"
#include "workloadmatcher.h"
#include "yamlfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <ctime>

namespace MeshEntry {

namespace {

constexpr double oneSelectorBudgetMs = 1.0;
constexpr double everyEntryBudgetMs = 300.0;
constexpr double importMemoryFactor = 2.0;
/// DESIGN.md §6: a keystroke in the GUI on the benchmark file.
constexpr double keystrokeBudgetMs = 50.0;
/// What the Selected workloads panel lists of the near-misses and other namespaces.
const MatchLimits panelLimits{50, 50};

qint64 currentRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

/// CPU time of this process: on a shared machine it shows what wall time lost to others.
double cpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

QList<SelectorQuery> serviceEntries(const YamlFile &file)
{
    QList<SelectorQuery> result;
    for (const YamlDocument &document : file.documents()) {
        if (document.info().kind != QLatin1String("ServiceEntry"))
            continue;
        ObjectStream stream(document.text().constData(), document.text().size());
        stream.read([&](const ObjectNode &object, qsizetype) {
            SelectorQuery query;
            if (SelectorQuery::read(object, QStringLiteral("default"), &query))
                result.append(query);
            return true;
        });
    }
    return result;
}

} // namespace

bool MatchBenchmark::run()
{
    YamlFile file;
    QString error;
    if (!YamlFile::load(m_options.benchmarkFile, &file, &error)) {
        m_report.check(QStringLiteral("load the benchmark file"), false, error);
        return false;
    }
    const QList<SelectorQuery> queries = serviceEntries(file);
    file = YamlFile();
    QList<PodListGenerator::Target> targets;
    for (const SelectorQuery &query : queries) {
        if (query.hasSelector && !query.selector.isEmpty())
            targets.append({query.namespaceName, query.selector});
    }
    if (targets.isEmpty()) {
        m_report.check(QStringLiteral("ServiceEntries with a selector"), false,
                       QStringLiteral("none in the benchmark file"));
        return false;
    }

    // The pod list, written in chunks so that generating it costs no memory worth measuring.
    QElapsedTimer timer;
    timer.start();
    {
        QFile out(m_options.podsFile);
        PodListGenerator generator(m_options.seed, targets);
        if (!out.open(QIODevice::WriteOnly) || !generator.write(&out, m_options.pods)) {
            m_report.check(QStringLiteral("write the pod list"), false,
                           m_options.podsFile + QStringLiteral(": ") + out.errorString());
            return false;
        }
    }
    const qint64 podBytes = QFile(m_options.podsFile).size();
    m_report.info(QStringLiteral("pod list (kubectl get pods -A -o json)"),
                  QStringLiteral("%1 pods, %2")
                      .arg(BenchReport::count(m_options.pods), BenchReport::megabytes(podBytes)),
                  QStringLiteral("generated in ") +
                      BenchReport::seconds(timer.nsecsElapsed() / 1e9));

    // Import: a worker's job in the GUI; here on this thread, measured alone.
    ProcessMemory::resetPeak();
    const qint64 before = currentRss();
    timer.restart();
    WorkloadImporter::Result imported = WorkloadImporter().importFile(m_options.podsFile);
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    const qint64 importPeak = ProcessMemory::peakBytes() - before;
    if (!imported.ok) {
        m_report.check(QStringLiteral("import the pod list"), false, imported.error);
        return false;
    }
    m_report.info(
        QStringLiteral("import 100,000 pods (WorkloadImporter)"),
        BenchReport::seconds(importSeconds),
        QStringLiteral("%1/s").arg(BenchReport::megabytes(qint64(podBytes / importSeconds))));
    m_report.budget(QStringLiteral("import memory: peak RSS growth"), double(importPeak),
                    importMemoryFactor * double(podBytes), BenchReport::megabytes(importPeak),
                    QStringLiteral("2× file = ") +
                        BenchReport::megabytes(qint64(importMemoryFactor * double(podBytes)), 0));
    timer.restart();
    WorkloadInventory inventory;
    for (Workload &workload : imported.workloads)
        inventory.add(std::move(workload));
    imported.workloads.clear();
    const double indexSeconds = timer.nsecsElapsed() / 1e9;
    inventory.prepareOrder();
    const double rankSeconds = timer.nsecsElapsed() / 1e9 - indexSeconds;
    m_report.info(QStringLiteral("index 100,000 workloads (WorkloadInventory)"),
                  BenchReport::seconds(indexSeconds),
                  QStringLiteral("then order them: ") + BenchReport::seconds(rankSeconds));
    m_report.info(QStringLiteral("RSS holding the indexed inventory"),
                  BenchReport::megabytes(currentRss() - before));
    if (!m_options.keepPods)
        QFile::remove(m_options.podsFile);
    else
        m_report.info(QStringLiteral("pod list kept at"), m_options.podsFile);

    const WorkloadMatcher matcher(inventory);
    // One selector: each of the first 2,000 selecting entries, as the panel shows it.
    QList<double> single;
    int checked = 0;
    int wrong = 0;
    for (const SelectorQuery &query : queries) {
        if (!query.hasSelector)
            continue;
        timer.restart();
        const SelectionResult result = matcher.match(query, panelLimits);
        single.append(timer.nsecsElapsed() / 1e6);
        for (const SelectedWorkload &selected : result.selected)
            wrong += inventory.workload(selected.id).namespaceName != query.namespaceName;
        wrong += result.selected.isEmpty();
        if (++checked == 2000)
            break;
    }
    std::sort(single.begin(), single.end());
    const double singleMedian = median(single);
    m_report.budget(
        QStringLiteral("match one selector (median of %1)").arg(BenchReport::count(single.size())),
        singleMedian, oneSelectorBudgetMs, BenchReport::milliseconds(singleMedian),
        BenchReport::milliseconds(oneSelectorBudgetMs, 0));
    m_report.info(QStringLiteral("match one selector, slowest"),
                  BenchReport::milliseconds(single.isEmpty() ? 0 : single.last()));
    m_report.check(QStringLiteral("each selector picks its own namespace's pods"), wrong == 0,
                   QStringLiteral("%1 wrong of %2").arg(wrong).arg(checked));

    // What a keystroke in a selector costs the panel: match, then its rows with tooltips.
    QList<double> panel;
    SelectionModel rows;
    checked = 0;
    for (const SelectorQuery &query : queries) {
        if (!query.hasSelector)
            continue;
        timer.restart();
        rows.setSelection(inventory, query, matcher.match(query, panelLimits));
        panel.append(timer.nsecsElapsed() / 1e6);
        if (++checked == 500)
            break;
    }
    std::sort(panel.begin(), panel.end());
    m_report.budget(QStringLiteral("panel update per selector keystroke (median)"), median(panel),
                    keystrokeBudgetMs, BenchReport::milliseconds(median(panel)),
                    BenchReport::milliseconds(keystrokeBudgetMs, 0));
    m_report.info(QStringLiteral("panel update, slowest of %1").arg(panel.size()),
                  BenchReport::milliseconds(panel.isEmpty() ? 0 : panel.last()));

    // Every ServiceEntry, as `meshentry match` and the validator go through them.
    QList<double> every;
    QList<double> everyCpu;
    QList<double> everyOneCore;
    QList<double> everyOneCoreCpu;
    QList<double> everyFull;
    QList<double> everyReady;
    qint64 selected = 0;
    qint64 ready = 0;
    qint64 nearMisses = 0;
    for (int round = 0; round < 5; ++round) {
        selected = ready = nearMisses = 0;
        timer.restart();
        double cpu = cpuMilliseconds();
        const QList<SelectionResult> results = matcher.matchAll(queries, panelLimits);
        every.append(timer.nsecsElapsed() / 1e6);
        everyCpu.append(cpuMilliseconds() - cpu);
        for (const SelectionResult &result : results) {
            selected += result.selected.size();
            ready += result.readyCount;
            nearMisses += result.nearMissTotal;
        }
        timer.restart();
        cpu = cpuMilliseconds();
        for (const SelectorQuery &query : queries)
            matcher.match(query, panelLimits);
        everyOneCore.append(timer.nsecsElapsed() / 1e6);
        everyOneCoreCpu.append(cpuMilliseconds() - cpu);
        timer.restart();
        matcher.matchAll(queries);
        everyFull.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        int selecting = 0;
        for (const SelectorQuery &query : queries)
            selecting += matcher.selectsReady(query);
        everyReady.append(timer.nsecsElapsed() / 1e6);
        Q_UNUSED(selecting);
    }
    const double everyMedian = median(every);
    m_report.budget(
        QStringLiteral("match every ServiceEntry (%1)").arg(BenchReport::count(queries.size())),
        everyMedian, everyEntryBudgetMs,
        BenchReport::milliseconds(everyMedian, 1) + QStringLiteral(", CPU ") +
            BenchReport::milliseconds(median(everyCpu), 1),
        BenchReport::milliseconds(everyEntryBudgetMs, 0));
    m_report.info(QStringLiteral("  on one core"),
                  BenchReport::milliseconds(median(everyOneCore), 1) + QStringLiteral(", CPU ") +
                      BenchReport::milliseconds(median(everyOneCoreCpu), 1));
    m_report.info(QStringLiteral("  every near-miss listed (meshentry match)"),
                  BenchReport::milliseconds(median(everyFull), 1));
    m_report.info(QStringLiteral("  any ready workload? (validation)"),
                  BenchReport::milliseconds(median(everyReady), 1));
    m_report.info(QStringLiteral("  selected / ready / near-misses"),
                  QStringLiteral("%1 / %2 / %3")
                      .arg(BenchReport::count(selected), BenchReport::count(ready),
                           BenchReport::count(nearMisses)));
    return true;
}

} // namespace MeshEntry
