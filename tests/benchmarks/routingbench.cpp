#include "routingbench.h"

#include "benchreport.h"
#include "documenteditor.h"
#include "processmemory.h"
#include "routingmodel.h"
#include "validationworkspace.h"

#include <QElapsedTimer>
#include <QMap>
#include <algorithm>
#include <cmath>
#include <ctime>

namespace MeshEntry::RoutingBench {

namespace {

constexpr double requestBudgetMilliseconds = 1.0;
constexpr double recomputeBudgetMilliseconds = 2.0;
constexpr int requests = 1000;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

double p99(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[qsizetype(std::ceil(0.99 * double(values.size()))) - 1];
}

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// CPU time of this thread: on a shared machine it shows what wall time lost to others.
double cpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QString withCpu(double wall, double cpu, int decimals = 3)
{
    return BenchReport::milliseconds(wall, decimals) + QStringLiteral(", CPU ") +
           BenchReport::milliseconds(cpu, decimals);
}

QString namespaceOf(const YamlDocument &document)
{
    return document.info().namespaceName.isEmpty() ? QStringLiteral("default")
                                                   : document.info().namespaceName;
}

double openSeconds(const QString &path, bool withRouting, int *findings)
{
    YamlFile file;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!YamlFile::load(path, &file, &error))
        return -1;
    RoutingModel routing;
    ValidationWorkspace workspace;
    workspace.setReleaseTrees(true);
    if (withRouting)
        workspace.setExtension(&routing);
    workspace.addFile(&file, path);
    workspace.validateAll();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    *findings = 0;
    for (const Diagnostic &diagnostic : workspace.diagnostics())
        *findings += diagnostic.rule.startsWith(u"ME-ROUTE") ||
                     diagnostic.rule.startsWith(u"ME-SIDECAR") ||
                     diagnostic.rule == u"ME-EXPORTTO-NO-WORKLOADS";
    return seconds;
}

} // namespace

bool run(const QString &path, BenchReport &report)
{
    YamlFile file;
    QString error;
    if (!YamlFile::load(path, &file, &error)) {
        report.check(QStringLiteral("YamlFile::load"), false, error);
        return false;
    }
    // What the routing model costs on top of the validation that parses the trees anyway.
    for (const YamlDocument &document : file.documents())
        document.tree();
    ProcessMemory::resetPeak();
    const qint64 before = ProcessMemory::peakBytes();
    RoutingModel routing;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < file.documentCount(); ++i)
        routing.documentRead(i, file.document(i), namespaceOf(file.document(i)));
    const double read = milliseconds(timer);
    timer.restart();
    routing.update();
    const double built = milliseconds(timer);
    ProcessMemory::resetPeak();
    const qint64 resident = ProcessMemory::peakBytes() - before;
    report.info(QStringLiteral("routing facts of every document (trees parsed)"),
                BenchReport::milliseconds(read, 1));
    report.info(QStringLiteral("routing model: index + conflicts of every namespace"),
                BenchReport::milliseconds(built, 1),
                QStringLiteral("%1 namespaces").arg(routing.namespaces().size()));
    report.info(QStringLiteral("routing model memory (facts, indexes, conflicts)"),
                BenchReport::megabytes(resident));

    int without = 0;
    int with = 0;
    const double plain = openSeconds(path, false, &without);
    const double routed = openSeconds(path, true, &with);
    report.info(QStringLiteral("open with validation, without routing"),
                BenchReport::seconds(plain));
    report.info(QStringLiteral("open with validation and routing conflicts"),
                BenchReport::seconds(routed),
                QStringLiteral("%1 routing findings").arg(BenchReport::count(with)));

    // Requests: from each sampled entry's namespace to its first host and port.
    QList<int> entries;
    for (int i = 0; i < file.documentCount(); ++i) {
        if (file.document(i).info().kind == u"ServiceEntry")
            entries.append(i);
    }
    const qsizetype step = std::max<qsizetype>(1, entries.size() / requests);
    QList<double> cold;
    QList<double> warm;
    QList<double> recompute;
    QList<double> coldCpu;
    QList<double> warmCpu;
    QList<double> recomputeCpu;
    QMap<QString, int> outcomes;
    int served = 0;
    for (qsizetype n = 0; n < entries.size() && cold.size() < requests; n += step) {
        const int id = entries[n];
        const ServiceEntryRecord *entry = routing.registry().serviceEntry(id);
        if (!entry || entry->facts.hosts.isEmpty() || entry->ports.isEmpty())
            continue;
        // An edit of the entry (its first port number, and back) as a form makes it.
        const YamlDocument &document = file.document(id);
        const YamlPath at = YamlPath::fromText(QStringLiteral("spec.ports[0].number"));
        const int node = document.tree().find(at);
        if (node < 0)
            continue;
        const YamlValue old = document.tree().value(node);
        DocumentEdit edit =
            DocumentEditor(document.text(), document.tree())
                .setValue(at, YamlValue::plain(QString::number(entry->ports.first().number + 1)));
        if (!edit.ok)
            continue;
        file.applyEdit(id, std::move(edit));
        timer.restart();
        double cpu = cpuMilliseconds();
        routing.documentRead(id, file.document(id), namespaceOf(file.document(id)));
        routing.update();
        recompute.append(milliseconds(timer));
        recomputeCpu.append(cpuMilliseconds() - cpu);
        const ServiceEntryRecord *edited = routing.registry().serviceEntry(id);
        RoutingRequest request;
        request.fromNamespace = edited->namespaceName();
        request.host = edited->facts.hosts.first().value;
        request.port = edited->ports.first().number;
        timer.restart();
        cpu = cpuMilliseconds();
        const RouteAnswer first = routing.route(request);
        cold.append(milliseconds(timer));
        coldCpu.append(cpuMilliseconds() - cpu);
        timer.restart();
        cpu = cpuMilliseconds();
        const RouteAnswer again = routing.route(request);
        warm.append(milliseconds(timer));
        warmCpu.append(cpuMilliseconds() - cpu);
        served += !first.outcome.isEmpty() && again.cluster == first.cluster;
        outcomes[first.outcome] += 1;
        // Put the old value back so the file stays the benchmark file.
        DocumentEdit back =
            DocumentEditor(file.document(id).text(), file.document(id).tree()).setValue(at, old);
        if (back.ok)
            file.applyEdit(id, std::move(back));
        routing.documentRead(id, file.document(id), namespaceOf(file.document(id)));
        routing.update();
    }
    if (cold.isEmpty()) {
        report.check(QStringLiteral("routing requests"), false,
                     QStringLiteral("none could be made"));
        return false;
    }
    report.budget(QStringLiteral("one request, first after an edit (%1 requests)")
                      .arg(BenchReport::count(cold.size())),
                  median(cold), requestBudgetMilliseconds, withCpu(median(cold), median(coldCpu)),
                  BenchReport::milliseconds(requestBudgetMilliseconds, 0));
    report.info(QStringLiteral("one request, first after an edit, p99"),
                BenchReport::milliseconds(p99(cold)));
    report.budget(QStringLiteral("one request, warm"), median(warm), requestBudgetMilliseconds,
                  withCpu(median(warm), median(warmCpu), 4),
                  BenchReport::milliseconds(requestBudgetMilliseconds, 0));
    report.budget(QStringLiteral("incremental recompute after one edit (model + conflicts)"),
                  median(recompute), recomputeBudgetMilliseconds,
                  withCpu(median(recompute), median(recomputeCpu)),
                  BenchReport::milliseconds(recomputeBudgetMilliseconds, 0));
    report.info(QStringLiteral("incremental recompute p99"),
                BenchReport::milliseconds(p99(recompute)));
    QStringList spread;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        spread.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    report.check(QStringLiteral("every request answered, the same when asked again"),
                 served == cold.size(), spread.join(QStringLiteral(", ")));
    return true;
}

} // namespace MeshEntry::RoutingBench
