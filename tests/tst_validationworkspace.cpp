#include "validationworkspace.h"
#include "workloadinventory.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>

using namespace MeshEntry;

namespace {

QByteArray serviceEntry(const QString &name, const QString &ns, const QString &host, int port,
                        const QString &protocol, const QString &selector = {})
{
    QString text =
        QStringLiteral("---\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                       "  name: %1\n  namespace: %2\nspec:\n  hosts: [%3]\n  ports:\n"
                       "  - {name: p%4, number: %4, protocol: %5}\n")
            .arg(name, ns, host)
            .arg(port)
            .arg(protocol);
    if (!selector.isEmpty())
        text += QStringLiteral("  resolution: STATIC\n  workloadSelector:\n    labels: {app: %1}\n")
                    .arg(selector);
    return text.toUtf8();
}

QByteArray workloadEntry(const QString &name, const QString &ns, const QString &app,
                         const QString &address, int port)
{
    return QStringLiteral(
               "---\napiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n"
               "  name: %1\n  namespace: %2\nspec:\n  address: %3\n  labels: {app: %4}\n"
               "  ports: {p%5: 9000}\n")
        .arg(name, ns, address, app)
        .arg(port)
        .toUtf8();
}

/// Ignores the file id, which differs between workspaces.
QStringList render(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(QStringLiteral("%1 %2-%3 %4: %5")
                         .arg(d.document)
                         .arg(d.start)
                         .arg(d.end)
                         .arg(d.rule, d.message));
    return lines;
}

QStringList fresh(const YamlFile &file, const WorkloadInventory *inventory = nullptr)
{
    ValidationWorkspace workspace;
    workspace.setInventory(inventory);
    workspace.addFile(&file, QStringLiteral("fresh"));
    workspace.validateAll();
    return render(workspace.diagnostics());
}

/// Applies a delta to a list of findings, as the GUI would.
QList<Diagnostic> applied(QList<Diagnostic> before, const ValidationDelta &delta)
{
    for (const Diagnostic &removed : delta.removed)
        before.removeOne(removed);
    before += delta.added;
    std::sort(before.begin(), before.end(), diagnosticLessThan);
    return before;
}

} // namespace

class TestValidationWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void crossDocumentDelta()
    {
        YamlFile file =
            YamlFile::fromBytes(serviceEntry(QStringLiteral("a"), QStringLiteral("ns"),
                                             QStringLiteral("h.com"), 80, QStringLiteral("HTTP")) +
                                serviceEntry(QStringLiteral("b"), QStringLiteral("ns"),
                                             QStringLiteral("h.com"), 80, QStringLiteral("HTTP")));
        ValidationWorkspace workspace;
        const int id = workspace.addFile(&file, QStringLiteral("x.yaml"));
        workspace.validateAll();
        QVERIFY(workspace.diagnostics().isEmpty());

        file.setDocumentText(1, serviceEntry(QStringLiteral("b"), QStringLiteral("ns"),
                                             QStringLiteral("h.com"), 80, QStringLiteral("HTTPS")));
        ValidationDelta delta = workspace.documentChanged(id, 1);
        QStringList added;
        for (const Diagnostic &diagnostic : delta.added) {
            if (diagnostic.rule == u"IST0177")
                added.append(QString::number(diagnostic.document));
        }
        added.sort();
        QCOMPARE(added, QStringList({QStringLiteral("0"), QStringLiteral("1")}));
        QVERIFY(delta.removed.isEmpty());
        const Diagnostic conflict = delta.added.first();
        QCOMPARE(conflict.file, id);

        file.setDocumentText(1, serviceEntry(QStringLiteral("b"), QStringLiteral("ns"),
                                             QStringLiteral("h.com"), 80, QStringLiteral("http")));
        delta = workspace.documentChanged(id, 1);
        // IST0177 compares protocols upper-cased: no conflict, only the note on the spelling.
        QCOMPARE(delta.added.size(), 1);
        QCOMPARE(delta.added.first().rule, QStringLiteral("ME-PROTOCOL-CASE"));
        QCOMPARE(delta.removed.size(), 2);
        QCOMPARE(workspace.diagnostics().size(), 1);
    }

    void positions()
    {
        const YamlFile file = YamlFile::fromBytes(
            "# head\n" + serviceEntry(QStringLiteral("a"), QStringLiteral("ns"),
                                      QStringLiteral("\"*\""), 80, QStringLiteral("HTTP")));
        ValidationWorkspace workspace;
        workspace.addFile(&file, QStringLiteral("x.yaml"));
        workspace.validateAll();
        const QList<Diagnostic> diagnostics = workspace.diagnostics(0, 0);
        QVERIFY(!diagnostics.isEmpty());
        const FilePosition start = workspace.startPosition(diagnostics.first());
        const FilePosition end = workspace.endPosition(diagnostics.first());
        QCOMPARE(start.line, 8);
        QCOMPARE(start.column, 10);
        QCOMPARE(end.column, 13);
        QCOMPARE(workspace.fileName(0), QStringLiteral("x.yaml"));
    }

    void selectorFollowsWorkloads()
    {
        WorkloadInventory inventory;
        YamlFile file = YamlFile::fromBytes(
            serviceEntry(QStringLiteral("a"), QStringLiteral("ns"), QStringLiteral("h.com"), 80,
                         QStringLiteral("HTTP"), QStringLiteral("vm")));
        ValidationWorkspace workspace;
        workspace.setInventory(&inventory);
        const int id = workspace.addFile(&file, QStringLiteral("x.yaml"));
        workspace.validateAll();
        QCOMPARE(render(workspace.diagnostics())
                     .join(u'\n')
                     .count(QStringLiteral("ME-SELECTOR-NO-MATCH")),
                 1);

        const QByteArray entry =
            workloadEntry(QStringLiteral("w"), QStringLiteral("ns"), QStringLiteral("vm"),
                          QStringLiteral("vm.example.com"), 80);
        file.insertDocument(1, entry);
        ValidationDelta delta = workspace.documentInserted(id, 1);
        QStringList rules;
        for (const Diagnostic &diagnostic : delta.removed)
            rules.append(QStringLiteral("-") + diagnostic.rule);
        for (const Diagnostic &diagnostic : delta.added)
            rules.append(QStringLiteral("+") + diagnostic.rule);
        rules.sort();
        // STATIC takes no host-name entry: the selector still backs nothing, now for a reason.
        QCOMPARE(rules, QStringList({QStringLiteral("+ME-SELECTOR-NO-MATCH"),
                                     QStringLiteral("+ME-STATIC-FQDN-WORKLOAD"),
                                     QStringLiteral("-ME-SELECTOR-NO-MATCH")}));

        file.removeDocument(1);
        delta = workspace.documentRemoved(id, 1);
        QCOMPARE(render(workspace.diagnostics()), fresh(file, &inventory));
        QCOMPARE(delta.added.size(), 1);
        QCOMPARE(delta.added.first().rule, QStringLiteral("ME-SELECTOR-NO-MATCH"));
    }

    void filesComeAndGo()
    {
        const YamlFile first =
            YamlFile::fromBytes(serviceEntry(QStringLiteral("a"), QStringLiteral("ns"),
                                             QStringLiteral("h.com"), 80, QStringLiteral("HTTP")));
        const YamlFile second =
            YamlFile::fromBytes(serviceEntry(QStringLiteral("a"), QStringLiteral("ns"),
                                             QStringLiteral("h.com"), 80, QStringLiteral("HTTPS")));
        ValidationWorkspace workspace;
        workspace.addFile(&first, QStringLiteral("first.yaml"));
        workspace.validateAll();
        QVERIFY(workspace.diagnostics().isEmpty());
        const int id = workspace.addFile(&second, QStringLiteral("second.yaml"));
        const ValidationDelta added = workspace.validateFile(id);
        QStringList rules;
        for (const Diagnostic &diagnostic : added.added)
            rules.append(
                QStringLiteral("%1 %2").arg(workspace.fileName(diagnostic.file), diagnostic.rule));
        rules.sort();
        QCOMPARE(rules, QStringList({QStringLiteral("first.yaml IST0177"),
                                     QStringLiteral("first.yaml ME-DUPLICATE-NAME"),
                                     QStringLiteral("second.yaml IST0177"),
                                     QStringLiteral("second.yaml ME-DUPLICATE-NAME")}));
        const ValidationDelta removed = workspace.removeFile(id);
        QCOMPARE(removed.removed.size(), 4);
        QVERIFY(workspace.diagnostics().isEmpty());
        QCOMPARE(workspace.fileIds(), QList<int>{0});
    }

    /// Random edits, inserts and removals: the incremental state always equals a full run, and
    /// the deltas turn the old findings into the new ones.
    void incrementalMatchesFullValidation()
    {
        QRandomGenerator random(7);
        const auto pick = [&random](int n) { return int(random.bounded(n)); };
        const QStringList namespaces = {QStringLiteral("a"), QStringLiteral("b")};
        const QStringList protocols = {QStringLiteral("HTTP"), QStringLiteral("TCP"),
                                       QStringLiteral("https"), QString()};
        const auto randomDocument = [&]() {
            const QString ns = namespaces[pick(2)];
            if (pick(2) == 0)
                return serviceEntry(QStringLiteral("s%1").arg(pick(6)), ns,
                                    QStringLiteral("h%1.com").arg(pick(4)), 80 + pick(3),
                                    protocols[pick(4)],
                                    pick(2) ? QStringLiteral("app%1").arg(pick(3)) : QString());
            return workloadEntry(
                QStringLiteral("w%1").arg(pick(6)), ns, QStringLiteral("app%1").arg(pick(3)),
                pick(2) ? QStringLiteral("10.0.0.1") : QStringLiteral("vm.example.com"),
                80 + pick(3));
        };
        WorkloadInventory inventory;
        YamlFile file;
        for (int i = 0; i < 30; ++i)
            file.insertDocument(i, randomDocument());
        ValidationWorkspace workspace;
        workspace.setInventory(&inventory);
        const int id = workspace.addFile(&file, QStringLiteral("x.yaml"));
        workspace.validateAll();
        QList<Diagnostic> current = workspace.diagnostics();
        for (int step = 0; step < 300; ++step) {
            ValidationDelta delta;
            const int action = pick(10);
            if (action == 0 && file.documentCount() > 1) {
                const int index = pick(file.documentCount());
                file.removeDocument(index);
                delta = workspace.documentRemoved(id, index);
            } else if (action == 1) {
                const int index = pick(file.documentCount() + 1);
                file.insertDocument(index, randomDocument());
                delta = workspace.documentInserted(id, index);
            } else {
                const int index = pick(file.documentCount());
                file.setDocumentText(index, randomDocument());
                delta = workspace.documentChanged(id, index);
            }
            const QList<Diagnostic> now = workspace.diagnostics();
            QCOMPARE(render(now), fresh(file, &inventory));
            if (action > 1)
                QCOMPARE(render(applied(current, delta)), render(now));
            current = now;
        }
    }

    /// DESIGN.md §6: one edit in a 40,000-document file revalidates in ≤ 1 ms (median).
    void incrementalBudget()
    {
        QByteArray bytes;
        for (int i = 0; i < 20000; ++i) {
            const QString ns = QStringLiteral("ns-%1").arg(i % 200);
            bytes += serviceEntry(QStringLiteral("svc-%1").arg(i), ns,
                                  QStringLiteral("svc-%1.example.com").arg(i), 443,
                                  QStringLiteral("TLS"), QStringLiteral("app-%1").arg(i));
            bytes += workloadEntry(
                QStringLiteral("vm-%1").arg(i), ns, QStringLiteral("app-%1").arg(i),
                QStringLiteral("10.%1.%2.%3").arg(i / 65536).arg(i / 256 % 256).arg(i % 256), 443);
        }
        YamlFile file = YamlFile::fromBytes(bytes);
        QCOMPARE(file.documentCount(), 40000);
        ValidationWorkspace workspace;
        workspace.setReleaseTrees(true);
        const int id = workspace.addFile(&file, QStringLiteral("big.yaml"));
        QElapsedTimer timer;
        timer.start();
        workspace.validateAll();
        const qint64 full = timer.elapsed();
        QList<qint64> times;
        for (int i = 0; i < 200; ++i) {
            const int index = (i * 7919) % file.documentCount();
            QByteArray text = file.document(index).text();
            text.replace("protocol: TLS", i % 2 ? "protocol: HTTPS" : "protocol: TLS");
            text.replace("10.", "10.");
            file.setDocumentText(index, text);
            timer.start();
            workspace.documentChanged(id, index);
            times.append(timer.nsecsElapsed());
        }
        std::sort(times.begin(), times.end());
        const double median = times[times.size() / 2] / 1e6;
        qInfo("full validation %lld ms; incremental median %.3f ms, p99 %.3f ms", full, median,
              times[times.size() * 99 / 100] / 1e6);
        QVERIFY2(median <= 1.0, qPrintable(QString::number(median)));
    }
};

QTEST_GUILESS_MAIN(TestValidationWorkspace)
#include "tst_validationworkspace.moc"
