#include "benchmark.h"

#include "benchfilegenerator.h"
#include "documenteditor.h"
#include "guilatency.h"
#include "matchbenchmark.h"
#include "processmemory.h"
#include "routingbench.h"
#include "validationworkspace.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <ctime>

namespace MeshEntry {

namespace {

constexpr double openBudgetSeconds = 0.6;
constexpr qint64 peakBudgetBytes = 200'000'000;
constexpr double editBudgetMilliseconds = 2.0;
constexpr double saveBudgetMilliseconds = 100.0;
constexpr double revalidateBudgetMilliseconds = 1.0;

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    if (fraction == 0.5 && values.size() % 2 == 0)
        return (values[values.size() / 2 - 1] + values[values.size() / 2]) / 2;
    const qsizetype rank = qsizetype(std::ceil(fraction * double(values.size())));
    return values[qBound<qsizetype>(0, rank - 1, values.size() - 1)];
}

/// "0.352 s (0.341..0.360)" for repeated runs, the single value otherwise.
QString spread(const QList<double> &seconds)
{
    const QString median = BenchReport::seconds(percentile(seconds, 0.5));
    if (seconds.size() < 2)
        return median;
    const auto [low, high] = std::minmax_element(seconds.begin(), seconds.end());
    return QStringLiteral("%1 (%2..%3)")
        .arg(median, QString::number(*low, 'f', 3), QString::number(*high, 'f', 3));
}

double elapsedSeconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

/// CPU time of this process: on a shared machine it shows what wall time lost to others.
double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

QString withCpu(const QString &wall, const QList<double> &cpu)
{
    return wall + QStringLiteral(", CPU ") + BenchReport::seconds(percentile(cpu, 0.5));
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

} // namespace

Benchmark::Benchmark(const Options &options) : m_options(options)
{
    m_steps = {
        {QStringLiteral("generate"), [this] { return generate(); }},
        {QStringLiteral("open"), [this] { return open(); }},
        {QStringLiteral("parse"), [this] { return parse(); }},
        {QStringLiteral("identity"), [this] { return identity(); }},
        {QStringLiteral("edit"), [this] { return edit(); }},
        {QStringLiteral("save"), [this] { return save(); }},
        {QStringLiteral("diff"), [this] { return diff(); }},
        {QStringLiteral("validate"), [this] { return validate(); }},
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
    for (const Step &step : std::as_const(m_steps)) {
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

bool Benchmark::open()
{
    QList<double> times;
    QList<double> cpu;
    qint64 peak = 0;
    bool peakReset = true;
    for (int round = 0; round < m_options.rounds; ++round) {
        m_file = YamlFile();
        peakReset = ProcessMemory::resetPeak() && peakReset;
        QString error;
        QElapsedTimer timer;
        const double cpuStart = cpuSeconds();
        timer.start();
        const bool loaded = YamlFile::load(m_filePath, &m_file, &error);
        times.append(elapsedSeconds(timer));
        cpu.append(cpuSeconds() - cpuStart);
        peak = qMax(peak, ProcessMemory::peakBytes());
        if (!loaded) {
            m_report.check(QStringLiteral("YamlFile::load"), false, error);
            return false;
        }
    }
    m_openSeconds = percentile(times, 0.5);
    m_report.budget(QStringLiteral("open + index (YamlFile::load)"), m_openSeconds,
                    openBudgetSeconds, withCpu(spread(times), cpu),
                    BenchReport::seconds(openBudgetSeconds, 1));
    if (!peakReset)
        m_report.info(QStringLiteral("note"),
                      QStringLiteral("the peak RSS cannot be reset here: peaks include the "
                                     "generation step"));
    m_report.budget(QStringLiteral("peak RSS after open"), double(peak), double(peakBudgetBytes),
                    BenchReport::megabytes(peak), BenchReport::megabytes(peakBudgetBytes, 0));

    int serviceEntries = 0;
    int workloadEntries = 0;
    int broken = 0;
    for (const YamlDocument &document : m_file.documents()) {
        serviceEntries += document.info().kind == QLatin1String("ServiceEntry");
        workloadEntries += document.info().kind == QLatin1String("WorkloadEntry");
        broken += document.hasSyntaxErrors();
    }
    const int expected = m_options.documents;
    m_report.check(QStringLiteral("documents indexed"),
                   m_file.documentCount() == expected && broken == 0 &&
                       serviceEntries == (expected + 1) / 2 && workloadEntries == expected / 2,
                   QStringLiteral("%1: %2 ServiceEntry, %3 WorkloadEntry, %4 broken")
                       .arg(BenchReport::count(m_file.documentCount()),
                            BenchReport::count(serviceEntries), BenchReport::count(workloadEntries))
                       .arg(broken));
    return m_file.documentCount() == expected;
}

bool Benchmark::parse()
{
    QList<double> times;
    QList<double> cpu;
    qint64 peak = 0;
    qint64 nodes = 0;
    int broken = 0;
    for (int round = 0; round < m_options.rounds; ++round) {
        if (round > 0) {
            for (const YamlDocument &document : m_file.documents())
                document.releaseTree();
        }
        ProcessMemory::resetPeak();
        nodes = 0;
        broken = 0;
        QElapsedTimer timer;
        const double cpuStart = cpuSeconds();
        timer.start();
        for (const YamlDocument &document : m_file.documents()) {
            const SpanTree &tree = document.tree();
            nodes += tree.nodeCount();
            broken += tree.hasErrors();
        }
        times.append(elapsedSeconds(timer));
        cpu.append(cpuSeconds() - cpuStart);
        peak = qMax(peak, ProcessMemory::peakBytes());
    }
    const double parseSeconds = percentile(times, 0.5);
    const qint64 releasedPeak = parseReleasingTrees();
    m_report.info(QStringLiteral("full parse (a SpanTree per document)"),
                  withCpu(spread(times), cpu),
                  QStringLiteral("%1 nodes").arg(BenchReport::count(nodes)));
    m_report.budget(QStringLiteral("open total: index + parse (no validation yet)"),
                    m_openSeconds + parseSeconds, openBudgetSeconds,
                    BenchReport::seconds(m_openSeconds + parseSeconds),
                    BenchReport::seconds(openBudgetSeconds, 1));
    m_report.budget(QStringLiteral("peak RSS after full parse"), double(peak),
                    double(peakBudgetBytes), BenchReport::megabytes(peak),
                    BenchReport::megabytes(peakBudgetBytes, 0));
    m_report.info(QStringLiteral("peak RSS, parse with releaseTree() after each"),
                  BenchReport::megabytes(releasedPeak),
                  QStringLiteral("for comparison: trees not kept"));
    m_report.check(QStringLiteral("documents parsed without errors"), broken == 0,
                   QStringLiteral("%1 with errors").arg(broken));
    return true;
}

qint64 Benchmark::parseReleasingTrees()
{
    for (const YamlDocument &document : m_file.documents())
        document.releaseTree();
    ProcessMemory::resetPeak();
    for (const YamlDocument &document : m_file.documents()) {
        document.tree();
        document.releaseTree();
    }
    const qint64 peak = ProcessMemory::peakBytes();
    // Later steps edit through cached trees, as the editor does.
    for (const YamlDocument &document : m_file.documents())
        document.tree();
    return peak;
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

bool Benchmark::validate()
{
    // The trees the earlier steps kept would count in this step's peak.
    m_file = YamlFile();
    // What opening the file in the editor costs: read, index, parse and validate everything.
    QList<double> opens;
    QList<double> openCpu;
    QList<double> validations;
    qint64 peak = 0;
    qsizetype errors = 0;
    qsizetype warnings = 0;
    for (int round = 0; round < m_options.rounds; ++round) {
        ProcessMemory::resetPeak();
        YamlFile file;
        ValidationWorkspace workspace;
        workspace.setReleaseTrees(true);
        QString error;
        QElapsedTimer timer;
        const double cpuStart = cpuSeconds();
        timer.start();
        if (!YamlFile::load(m_filePath, &file, &error)) {
            m_report.check(QStringLiteral("YamlFile::load"), false, error);
            return false;
        }
        const qint64 loaded = timer.nsecsElapsed();
        workspace.addFile(&file, m_filePath);
        workspace.validateAll();
        opens.append(elapsedSeconds(timer));
        openCpu.append(cpuSeconds() - cpuStart);
        validations.append(double(timer.nsecsElapsed() - loaded) / 1e9);
        peak = qMax(peak, ProcessMemory::peakBytes());
        const QList<Diagnostic> diagnostics = workspace.diagnostics();
        errors = std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                               [](const Diagnostic &d) { return d.severity == Severity::Error; });
        warnings = std::count_if(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) {
            return d.severity == Severity::Warning;
        });
    }
    m_report.info(QStringLiteral("full validation (ValidationWorkspace)"), spread(validations),
                  QStringLiteral("%1 errors, %2 warnings")
                      .arg(BenchReport::count(errors), BenchReport::count(warnings)));
    m_report.budget(QStringLiteral("open: index + parse + validate all"), percentile(opens, 0.5),
                    openBudgetSeconds, withCpu(spread(opens), openCpu),
                    BenchReport::seconds(openBudgetSeconds, 1));
    m_report.budget(QStringLiteral("peak RSS, open with validation"), double(peak),
                    double(peakBudgetBytes), BenchReport::megabytes(peak),
                    BenchReport::megabytes(peakBudgetBytes, 0));

    // A form edit as the editor makes it: patch, re-parse and verify, apply, re-validate the
    // document and what depends on it, and read its findings back for the outline's badges.
    YamlFile file;
    QString error;
    YamlFile::load(m_filePath, &file, &error);
    ValidationWorkspace workspace;
    const int id = workspace.addFile(&file, m_filePath);
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

} // namespace MeshEntry
