#include "benchmark.h"

#include "benchfilegenerator.h"
#include "benchstats.h"
#include "documenteditor.h"
#include "guilatency.h"
#include "matchbenchmark.h"
#include "openbenchmark.h"
#include "processmemory.h"
#include "routingbench.h"
#include "scalingbenchmark.h"
#include "validationworkspace.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QThread>
#include <algorithm>

namespace MeshEntry {

using namespace BenchStats;

namespace {

constexpr qint64 modelBudgetBytes = 120'000'000;
constexpr double editBudgetMilliseconds = 2.0;
constexpr double saveBudgetMilliseconds = 100.0;
constexpr double revalidateBudgetMilliseconds = 1.0;

} // namespace

Benchmark::Benchmark(const Options &options) : m_options(options)
{
    m_steps = {
        {QStringLiteral("generate"), [this] { return generate(); }},
        // The model first, in a process that has not yet held anything else.
        {QStringLiteral("model: every node resident"), [this] { return model(); }},
        {QStringLiteral("identity"), [this] { return identity(); }},
        {QStringLiteral("edit"), [this] { return edit(); }},
        {QStringLiteral("save"), [this] { return save(); }},
        {QStringLiteral("diff"), [this] { return diff(); }},
        {QStringLiteral("open + validate, against the peers"), [this] { return compare(); }},
        {QStringLiteral("revalidate"), [this] { return revalidate(); }},
        {QStringLiteral("scaling"), [this] { return scaling(); }},
        {QStringLiteral("gui"), [this] { return GuiLatency::run(m_filePath, m_report); }},
        {QStringLiteral("match"),
         [this] {
             return MatchBenchmark(m_report, {m_filePath, m_filePath + QStringLiteral(".pods.json"),
                                              !m_options.keepPath.isEmpty(),
                                              m_options.documents * 5 / 2, m_options.seed})
                 .run();
         }},
        {QStringLiteral("routing"), [this] { return RoutingBench::run(m_filePath, m_report); }},
    };
}

int Benchmark::run()
{
    std::printf("MeshEntry benchmark: %s documents, seed %llu, %d rounds per timing (median "
                "shown, min..max in brackets)\n",
                qPrintable(BenchReport::count(m_options.documents)),
                static_cast<unsigned long long>(m_options.seed), m_options.rounds);
    std::printf("machine: %d CPUs, load average %s\n", QThread::idealThreadCount(),
                qPrintable(loadAverage()));
    if (m_options.documents != Options().documents)
        std::printf("note: the budgets are set for the full 40,000-document file\n");
    // MESHENTRY_BENCH_STEPS=open,model,routing runs only the steps whose name starts with one
    // of these words (the file is always generated).
    const QStringList only =
        qEnvironmentVariable("MESHENTRY_BENCH_STEPS").split(u',', Qt::SkipEmptyParts);
    for (const Step &step : std::as_const(m_steps)) {
        const QString word = step.name.section(u' ', 0, 0).remove(u':');
        if (!only.isEmpty() && &step != &m_steps.first() && !only.contains(word))
            continue;
        m_report.section(step.name);
        if (!step.run()) {
            m_report.check(step.name, false,
                           QStringLiteral("failed; the remaining steps were skipped"));
            break;
        }
    }
    std::printf("\nsummary: %d figure(s) over budget, %d failed check(s)\n", m_report.overBudget(),
                m_report.failedChecks());
    return m_report.overBudget() + m_report.failedChecks() == 0 ? 0 : 1;
}

bool Benchmark::generate()
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = BenchFileGenerator(m_options.seed).generate(m_options.documents);
    const double seconds = elapsedSeconds(timer);
    m_generatedSize = bytes.size();
    m_generatedHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    if (m_options.keepPath.isEmpty()) {
        if (!m_directory.isValid()) {
            m_report.check(QStringLiteral("temporary directory"), false, m_directory.errorString());
            return false;
        }
        m_filePath = m_directory.filePath(QStringLiteral("istio-bench.yaml"));
    } else {
        m_filePath = m_options.keepPath;
    }
    QFile out(m_filePath);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
        m_report.check(QStringLiteral("write the benchmark file"), false,
                       m_filePath + QStringLiteral(": ") + out.errorString());
        return false;
    }
    m_report.info(QStringLiteral("benchmark file"),
                  QStringLiteral("%1 bytes, %2 lines")
                      .arg(BenchReport::count(bytes.size()), BenchReport::count(bytes.count('\n'))),
                  QStringLiteral("generated in ") + BenchReport::seconds(seconds));
    m_report.info(QStringLiteral("written to"), m_filePath);
    return true;
}

bool Benchmark::compare()
{
    // The edited file of the earlier steps would count in this step's peaks.
    m_file = YamlFile();
    m_peers.prepare();
    return OpenBenchmark(&m_report, &m_peers, m_filePath, m_options.rounds).run();
}

bool Benchmark::model()
{
    QList<double> times;
    QList<double> cpu;
    qint64 peak = 0;
    qint64 resident = 0;
    // The libraries the program links (the GUI's, for the window step) are in every figure.
    const qint64 before = ProcessMemory::currentBytes();
    for (int round = 0; round < m_options.rounds; ++round) {
        m_file = YamlFile();
        ProcessMemory::resetPeak();
        QString error;
        QElapsedTimer timer;
        const double cpuStart = cpuSeconds();
        timer.start();
        const bool loaded = YamlFile::load(m_filePath, &m_file, &error);
        times.append(elapsedSeconds(timer));
        cpu.append(cpuSeconds() - cpuStart);
        peak = qMax(peak, ProcessMemory::peakBytes());
        resident = qMax(resident, ProcessMemory::currentBytes());
        if (!loaded) {
            m_report.check(QStringLiteral("YamlFile::load"), false, error);
            return false;
        }
    }
    qint64 nodes = 0;
    int serviceEntries = 0;
    int workloadEntries = 0;
    int broken = 0;
    int withoutStore = 0;
    for (const YamlDocument &document : m_file.documents()) {
        withoutStore += !document.hasTree();
        nodes += document.hasTree() ? document.tree().nodeCount() : 0;
        serviceEntries += document.info().kind == QLatin1String("ServiceEntry");
        workloadEntries += document.info().kind == QLatin1String("WorkloadEntry");
        broken += document.hasSyntaxErrors();
    }
    m_report.info(QStringLiteral("open: read + index + node stores"), withCpu(spread(times), cpu),
                  QStringLiteral("%1 nodes").arg(BenchReport::count(nodes)));
    m_report.budget(QStringLiteral("peak RSS of the model, every node resident"), double(peak),
                    double(modelBudgetBytes), BenchReport::megabytes(peak),
                    BenchReport::megabytes(modelBudgetBytes, 0));
    m_report.info(QStringLiteral("  of which the process before opening"),
                  BenchReport::megabytes(before),
                  QStringLiteral("model alone: %1").arg(BenchReport::megabytes(peak - before)));
    m_report.info(QStringLiteral("RSS after open"), BenchReport::megabytes(resident),
                  QStringLiteral("%1 bytes of file, %2 bytes per node")
                      .arg(BenchReport::count(m_generatedSize))
                      .arg(double(sizeof(StoredNode)), 0, 'f', 0));
    const int expected = m_options.documents;
    m_report.check(QStringLiteral("documents indexed, each with its node store"),
                   m_file.documentCount() == expected && broken == 0 && withoutStore == 0 &&
                       serviceEntries == (expected + 1) / 2 && workloadEntries == expected / 2,
                   QStringLiteral("%1: %2 ServiceEntry, %3 WorkloadEntry, %4 broken, %5 without")
                       .arg(BenchReport::count(m_file.documentCount()),
                            BenchReport::count(serviceEntries), BenchReport::count(workloadEntries))
                       .arg(broken)
                       .arg(withoutStore));
    return m_file.documentCount() == expected;
}

bool Benchmark::identity()
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = m_file.bytes();
    const double seconds = elapsedSeconds(timer);
    const bool same =
        bytes.size() == m_generatedSize &&
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256) == m_generatedHash;
    m_report.check(QStringLiteral("bytes() of the loaded file == generated"), same,
                   QStringLiteral("%1 of %2 bytes, hash %3")
                       .arg(BenchReport::count(bytes.size()), BenchReport::count(m_generatedSize),
                            same ? QStringLiteral("equal") : QStringLiteral("differs")));
    m_report.info(QStringLiteral("bytes() (concatenate all documents)"),
                  BenchReport::milliseconds(seconds * 1e3));
    return true;
}

bool Benchmark::edit()
{
    m_plan =
        EditPlan::spread(m_file, qMin(m_options.edits, m_file.documentCount()), m_options.seed);
    if (!m_plan.error().isEmpty()) {
        m_report.check(QStringLiteral("plan edits"), false, m_plan.error());
        return false;
    }
    QList<double> totals;
    QList<double> computeTimes;
    QList<double> applyTimes;
    QList<double> positionTimes;
    int refused = 0;
    QString firstError;
    QString slowest;
    double slowestTime = -1;
    for (const EditPlan::Edit &planned : m_plan.edits()) {
        QElapsedTimer timer;
        timer.start();
        const YamlDocument &document = m_file.document(planned.document);
        DocumentEdit result =
            DocumentEditor(document.text(), document.tree()).setValue(planned.path, planned.value);
        const qint64 computed = timer.nsecsElapsed();
        if (result.ok)
            m_file.applyEdit(planned.document, std::move(result));
        const qint64 total = timer.nsecsElapsed();
        if (!result.ok && refused++ == 0)
            firstError = QStringLiteral("document %1 %2: %3")
                             .arg(planned.document)
                             .arg(planned.path.toString(), result.error);
        QElapsedTimer lookup;
        lookup.start();
        m_file.position(planned.document, 0);
        positionTimes.append(double(lookup.nsecsElapsed()) / 1e6);
        totals.append(double(total) / 1e6);
        if (totals.last() > slowestTime) {
            slowestTime = totals.last();
            slowest =
                QStringLiteral("document %1 %2").arg(planned.document).arg(planned.path.toString());
        }
        computeTimes.append(double(computed) / 1e6);
        applyTimes.append(double(total - computed) / 1e6);
    }
    const double median = percentile(totals, 0.5);
    const QString count = BenchReport::count(totals.size());
    m_report.budget(QStringLiteral("edit latency median (%1 edits)").arg(count), median,
                    editBudgetMilliseconds, BenchReport::milliseconds(median),
                    BenchReport::milliseconds(editBudgetMilliseconds, 0));
    m_report.info(
        QStringLiteral("edit latency p99"), BenchReport::milliseconds(percentile(totals, 0.99)),
        QStringLiteral("max %1: %2").arg(BenchReport::milliseconds(slowestTime), slowest));
    m_report.info(QStringLiteral("  of which setValue (patch, re-parse, verify)"),
                  BenchReport::milliseconds(percentile(computeTimes, 0.5)),
                  QStringLiteral("median"));
    m_report.info(QStringLiteral("  of which YamlFile::applyEdit"),
                  BenchReport::milliseconds(percentile(applyTimes, 0.5)), QStringLiteral("median"));
    m_report.info(QStringLiteral("then the first YamlFile::position()"),
                  BenchReport::milliseconds(percentile(positionTimes, 0.5)),
                  QStringLiteral("median, not in the edit latency"));
    m_report.check(QStringLiteral("edits accepted"), refused == 0,
                   QStringLiteral("%1 of %2%3")
                       .arg(BenchReport::count(totals.size() - refused), count,
                            firstError.isEmpty() ? QString() : QStringLiteral("; ") + firstError));
    return true;
}

bool Benchmark::save()
{
    const QString savePath = m_filePath + QStringLiteral(".saved");
    QList<double> times;
    for (int round = 0; round < m_options.rounds; ++round) {
        QString error;
        QElapsedTimer timer;
        timer.start();
        const bool saved = m_file.save(savePath, &error);
        times.append(elapsedSeconds(timer) * 1e3);
        if (!saved) {
            m_report.check(QStringLiteral("YamlFile::save"), false, error);
            return false;
        }
    }
    const double median = percentile(times, 0.5);
    const auto [low, high] = std::minmax_element(times.begin(), times.end());
    m_report.budget(QStringLiteral("save (YamlFile::save, QSaveFile)"), median,
                    saveBudgetMilliseconds,
                    QStringLiteral("%1 (%2..%3)")
                        .arg(BenchReport::milliseconds(median), QString::number(*low, 'f', 1),
                             QString::number(*high, 'f', 1)),
                    BenchReport::milliseconds(saveBudgetMilliseconds, 0));
    const bool same = readAll(savePath) == m_file.bytes();
    m_report.check(QStringLiteral("saved file == bytes()"), same,
                   same ? QStringLiteral("identical") : QStringLiteral("differs"));
    if (m_options.keepPath.isEmpty())
        QFile::remove(savePath);
    else
        m_report.info(QStringLiteral("edited file kept at"), savePath);
    return true;
}

bool Benchmark::diff()
{
    const QList<QByteArray> before = readAll(m_filePath).split('\n');
    const QList<QByteArray> after = m_file.bytes().split('\n');
    QSet<int> expected;
    int wrongValues = 0;
    for (const EditPlan::Edit &planned : m_plan.edits()) {
        expected.insert(planned.line);
        const SpanTree &tree = m_file.document(planned.document).tree();
        const int node = tree.find(planned.path);
        wrongValues += node < 0 || tree.value(node) != planned.value;
    }
    QSet<int> changed;
    for (qsizetype i = 0; i < qMin(before.size(), after.size()); ++i) {
        if (before[i] != after[i])
            changed.insert(int(i));
    }
    const bool sameLines = before.size() == after.size();
    m_report.check(QStringLiteral("line count unchanged by the edits"), sameLines,
                   QStringLiteral("%1 before, %2 after")
                       .arg(BenchReport::count(before.size()), BenchReport::count(after.size())));
    const QSet<int> unexpected = changed - expected;
    const QSet<int> missing = expected - changed;
    m_report.check(QStringLiteral("only the edited lines changed"),
                   sameLines && unexpected.isEmpty() && missing.isEmpty(),
                   QStringLiteral("%1 changed of %2 edited; %3 others, %4 missed")
                       .arg(BenchReport::count(changed.size()), BenchReport::count(expected.size()))
                       .arg(unexpected.size())
                       .arg(missing.size()));
    m_report.check(QStringLiteral("edited values read back"), wrongValues == 0,
                   QStringLiteral("%1 wrong").arg(wrongValues));
    return true;
}

bool Benchmark::revalidate()
{
    // A form edit as the editor makes it: patch, re-parse and verify, apply, re-validate the
    // document and what depends on it, and read its findings back for the outline's badges.
    YamlFile file;
    QString error;
    ValidationWorkspace workspace;
    DocumentObservations validated;
    if (!YamlFile::load(m_filePath, &file, &error, nullptr, workspace.validator(), &validated)) {
        m_report.check(QStringLiteral("YamlFile::load"), false, error);
        return false;
    }
    const int id = workspace.addFile(&file, m_filePath, std::move(validated));
    workspace.validateAll();
    QList<double> revalidations;
    QList<double> formEdits;
    for (const EditPlan::Edit &planned : m_plan.edits()) {
        QElapsedTimer timer;
        timer.start();
        const YamlDocument &document = file.document(planned.document);
        DocumentEdit result =
            DocumentEditor(document.text(), document.tree()).setValue(planned.path, planned.value);
        if (!result.ok)
            continue;
        file.applyEdit(planned.document, std::move(result));
        const qint64 edited = timer.nsecsElapsed();
        workspace.documentChanged(id, planned.document);
        const qint64 revalidated = timer.nsecsElapsed();
        int badges = 0;
        for (const Diagnostic &diagnostic : workspace.diagnostics(id, planned.document))
            badges += diagnostic.severity == Severity::Error ? 1 : 0;
        file.position(planned.document, 0);
        formEdits.append(double(timer.nsecsElapsed()) / 1e6);
        revalidations.append(double(revalidated - edited) / 1e6);
        Q_UNUSED(badges);
    }
    if (revalidations.isEmpty()) {
        m_report.check(QStringLiteral("edits for revalidation"), false,
                       QStringLiteral("no edit could be made"));
        return false;
    }
    const double revalidation = percentile(revalidations, 0.5);
    m_report.budget(QStringLiteral("incremental revalidation median (%1 edits)")
                        .arg(BenchReport::count(revalidations.size())),
                    revalidation, revalidateBudgetMilliseconds,
                    BenchReport::milliseconds(revalidation),
                    BenchReport::milliseconds(revalidateBudgetMilliseconds, 0));
    m_report.info(QStringLiteral("incremental revalidation p99"),
                  BenchReport::milliseconds(percentile(revalidations, 0.99)));
    const double formEdit = percentile(formEdits, 0.5);
    m_report.budget(QStringLiteral("form edit: patch, re-parse, re-validate, badges"), formEdit,
                    editBudgetMilliseconds, BenchReport::milliseconds(formEdit),
                    BenchReport::milliseconds(editBudgetMilliseconds, 0));
    m_report.info(QStringLiteral("form edit p99"),
                  BenchReport::milliseconds(percentile(formEdits, 0.99)));
    return true;
}

bool Benchmark::scaling()
{
    ScalingBenchmark scaling(&m_report, m_options.rounds);
    scaling.aliases();
    scaling.sharedHosts();
    return true;
}

} // namespace MeshEntry
