#include "scalingbenchmark.h"

#include "benchstats.h"
#include "seededrandom.h"
#include "validationworkspace.h"

#include <QElapsedTimer>

namespace MeshEntry {

namespace {

constexpr double aliasBudgetSeconds = 0.3;
constexpr int aliasCount = 50000;
/// Linear: the cost per item at the largest size may be at most this multiple of the smallest.
constexpr double growthBudget = 2.0;
constexpr double groupEditBudgetMilliseconds = 50.0;

const char *const hostPool[] = {"api.github.com", "db.shared.internal", "*.googleapis.com",
                                "payments.example.com"};

} // namespace

QByteArray ScalingBenchmark::aliasDocument(int count)
{
    QByteArray text = "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                      "  name: many-endpoints\n  namespace: vms\nspec:\n"
                      "  hosts: [many.internal.example.com]\n"
                      "  location: MESH_INTERNAL\n  resolution: STATIC\n"
                      "  ports:\n  - {number: 80, name: http, protocol: HTTP}\n  endpoints:\n";
    text.reserve(text.size() + qsizetype(count) * 48);
    for (int i = 0; i < count; ++i) {
        text += "  - address: 10." + QByteArray::number(i / 65536 % 256) + '.' +
                QByteArray::number(i / 256 % 256) + '.' + QByteArray::number(i % 256) + '\n';
        text += i == 0 ? "    labels: &l {app: many, version: v1}\n" : "    labels: *l\n";
    }
    return text;
}

QByteArray ScalingBenchmark::sharedHostFile(int count, quint64 seed)
{
    // Every namespace declares the same external hosts; protocols agree per port (a conflict
    // would list every ServiceEntry of its scope in each finding), ports and exportTo differ.
    SeededRandom random(seed);
    static const char *const portSets[] = {
        "  - {number: 443, name: https, protocol: TLS}\n",
        "  - {number: 443, name: https, protocol: TLS}\n  - {number: 80, name: http, "
        "protocol: HTTP}\n",
        "  - {number: 5432, name: tcp-pg, protocol: TCP}\n"};
    static const char *const exports[] = {"  exportTo: [\".\"]\n",
                                          "  exportTo: [\".\", istio-system]\n", ""};
    QByteArray text;
    text.reserve(qsizetype(count) * 330);
    for (int i = 0; i < count; ++i) {
        text += "---\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                "  name: external-" +
                QByteArray::number(i % (count / 4 + 1)) + "\n  namespace: team-" +
                QByteArray::number(i % 500) + "\nspec:\n  hosts:\n  - " +
                hostPool[random.below(4)] + "\n  - " + hostPool[random.below(4)] +
                "\n  location: MESH_EXTERNAL\n  resolution: DNS\n  ports:\n" +
                portSets[random.below(3)] + exports[random.below(10) == 0 ? 2 : random.below(2)];
    }
    return text;
}

double ScalingBenchmark::openSeconds(const QByteArray &bytes) const
{
    QList<double> times;
    for (int round = 0; round < m_rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        ValidationWorkspace workspace;
        DocumentObservations validated;
        const YamlFile file =
            YamlFile::fromBytes(bytes, nullptr, workspace.validator(), &validated);
        workspace.addFile(&file, QStringLiteral("scaling.yaml"), std::move(validated));
        workspace.validateAll();
        times.append(BenchStats::elapsedSeconds(timer));
    }
    return BenchStats::median(times);
}

void ScalingBenchmark::reportGrowth(const QString &what, const QList<int> &sizes,
                                    const QList<double> &seconds, const QString &unit)
{
    QStringList steps;
    for (qsizetype i = 0; i < sizes.size(); ++i)
        steps.append(QStringLiteral("%1: %2 µs")
                         .arg(BenchReport::count(sizes[i]))
                         .arg(seconds[i] * 1e6 / sizes[i], 0, 'f', 2));
    const double growth = (seconds.last() / sizes.last()) / (seconds.first() / sizes.first());
    m_report->budget(QStringLiteral("  %1 per %2, largest ÷ smallest").arg(what, unit), growth,
                     growthBudget, QString::number(growth, 'f', 2) + QStringLiteral("×"),
                     QString::number(growthBudget, 'f', 1) + QStringLiteral("× (linear)"));
    m_report->info(QStringLiteral("    per %1").arg(unit), steps.join(QStringLiteral(", ")));
}

void ScalingBenchmark::aliases()
{
    const QList<int> sizes = {aliasCount / 4, aliasCount / 2, aliasCount};
    QList<double> seconds;
    for (const int size : sizes)
        seconds.append(openSeconds(aliasDocument(size)));
    m_report->budget(QStringLiteral("open + validate, %1 aliases in one document")
                         .arg(BenchReport::count(aliasCount)),
                     seconds.last(), aliasBudgetSeconds, BenchReport::seconds(seconds.last()),
                     BenchReport::seconds(aliasBudgetSeconds, 1));
    reportGrowth(QStringLiteral("cost"), sizes, seconds, QStringLiteral("alias"));
}

void ScalingBenchmark::sharedHosts()
{
    const QList<int> sizes = {2500, 5000, 10000, 20000};
    QList<double> seconds;
    QList<double> edits;
    double recheckedPerEdit = 0;
    for (const int size : sizes) {
        const QByteArray bytes = sharedHostFile(size, 5);
        seconds.append(openSeconds(bytes));
        // An edit to one member: revalidating it re-checks every group it is in.
        ValidationWorkspace workspace;
        YamlFile file = YamlFile::fromBytes(bytes);
        const int id = workspace.addFile(&file, QStringLiteral("shared.yaml"));
        workspace.validateAll();
        QList<double> times;
        QList<double> rechecked;
        for (int round = 0; round < 9; ++round) {
            const int index = (round * 7919) % file.documentCount();
            // Another port number: the member's signature, and so its whole group, changes.
            QByteArray text = file.document(index).text();
            if (text.contains("number: 443,"))
                text.replace("number: 443,", "number: 8443,");
            else
                text.replace("number: 5432,", "number: 5433,");
            file.setDocumentText(index, text);
            QElapsedTimer timer;
            timer.start();
            workspace.documentChanged(id, index);
            times.append(BenchStats::elapsedSeconds(timer));
            rechecked.append(double(workspace.refreshedDocuments().size()));
        }
        edits.append(BenchStats::median(times));
        recheckedPerEdit = BenchStats::median(rechecked);
    }
    m_report->info(QStringLiteral("open + validate, %1 ServiceEntries on 4 shared hosts")
                       .arg(BenchReport::count(sizes.last())),
                   BenchReport::seconds(seconds.last()),
                   QStringLiteral("every host in every one of 500 namespaces"));
    reportGrowth(QStringLiteral("cost"), sizes, seconds, QStringLiteral("document"));
    m_report->budget(QStringLiteral("edit one of %1 ServiceEntries sharing hosts")
                         .arg(BenchReport::count(sizes.last())),
                     edits.last() * 1e3, groupEditBudgetMilliseconds,
                     BenchReport::milliseconds(edits.last() * 1e3),
                     BenchReport::milliseconds(groupEditBudgetMilliseconds, 0));
    m_report->info(QStringLiteral("  documents re-checked per edit"),
                   BenchReport::count(qint64(recheckedPerEdit)),
                   QStringLiteral("those whose host findings change, and the edited one"));
    reportGrowth(QStringLiteral("edit"), sizes, edits, QStringLiteral("document"));
}

} // namespace MeshEntry
