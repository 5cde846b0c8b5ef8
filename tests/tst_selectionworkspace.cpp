#include "editordocument.h"
#include "selectionworkspace.h"
#include "workloadmatcher.h"

#include <QSignalSpy>
#include <QtConcurrent>
#include <QtTest>
#include <atomic>

using namespace MeshEntry;

namespace {

const QByteArray file = "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n"
                        "metadata: {name: ledger, namespace: pay}\n"
                        "spec:\n  hosts: [ledger.internal]\n  resolution: STATIC\n"
                        "  ports: [{number: 80, name: http}]\n"
                        "  workloadSelector:\n    labels: {app: ledger}\n"
                        "---\n"
                        "apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\n"
                        "metadata: {name: vm-1, namespace: pay}\n"
                        "spec:\n  address: 10.0.0.1\n  labels: {app: ledger}\n";

QStringList selectedNames(const SelectionWorkspace &workspace, const SelectorQuery &query)
{
    QStringList names;
    for (const SelectedWorkload &selected :
         WorkloadMatcher(workspace.inventory()).match(query).selected)
        names.append(workspace.inventory().workload(selected.id).name);
    return names;
}

WorkloadImporter::Result pods(const QString &source, int count)
{
    WorkloadImporter::Result result;
    result.source = source;
    for (int i = 0; i < count; ++i) {
        Workload pod;
        pod.name = QStringLiteral("%1-%2").arg(source).arg(i);
        pod.namespaceName = QStringLiteral("pay");
        pod.labels = {{QStringLiteral("app"), QStringLiteral("ledger")}};
        pod.source = source;
        result.workloads.append(pod);
    }
    return result;
}

} // namespace

/// The panel's inventory follows the open files and takes imports in batches.
class TestSelectionWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void followsEdits()
    {
        EditorDocument document(file);
        SelectionWorkspace workspace;
        QSignalSpy changed(&workspace, &SelectionWorkspace::changed);
        workspace.addFile(&document);
        QCOMPARE(changed.size(), 1);
        const SelectorQuery *query = workspace.serviceEntry(&document, 0);
        QVERIFY(query);
        QCOMPARE(query->selector.value(QStringLiteral("app")), QStringLiteral("ledger"));
        QCOMPARE(workspace.serviceEntry(&document, 1), nullptr);
        const int vm = workspace.workloadOf(&document, 1);
        QVERIFY(vm >= 0);
        QCOMPARE(selectedNames(workspace, *query), QStringList{QStringLiteral("vm-1")});
        EditorDocument *owner = nullptr;
        int index = -1;
        QVERIFY(workspace.documentOf(vm, &owner, &index));
        QCOMPARE(owner, &document);
        QCOMPARE(index, 1);

        // A label edit keeps the id and drops the workload out of the selection.
        QCOMPARE(document.setValue(1, YamlPath::fromText(QStringLiteral("spec.labels.app")),
                                   YamlValue::string(QStringLiteral("audit"))),
                 QString());
        QCOMPARE(workspace.workloadOf(&document, 1), vm);
        QCOMPARE(selectedNames(workspace, *workspace.serviceEntry(&document, 0)), QStringList());
        document.undoStack()->undo();
        QCOMPARE(selectedNames(workspace, *workspace.serviceEntry(&document, 0)),
                 QStringList{QStringLiteral("vm-1")});

        // Documents added before it move it; deleting it removes it. A copy gets a free name.
        document.duplicateDocument(1);
        QCOMPARE(workspace.inventory().size(), 2);
        QCOMPARE(selectedNames(workspace, *workspace.serviceEntry(&document, 0)),
                 QStringList({QStringLiteral("vm-1"), QStringLiteral("vm-1-copy")}));
        document.removeDocument(2);
        document.removeDocument(1);
        QCOMPARE(workspace.inventory().size(), 0);
        QCOMPARE(workspace.serviceEntries().size(), 1);
        workspace.removeFile(&document);
        QCOMPARE(workspace.serviceEntries().size(), 0);
    }

    void largeFilesAreReadInAWorker()
    {
        QByteArray text;
        for (int i = 0; i < 400; ++i)
            text += "---\napiVersion: networking.istio.io/v1\nkind: WorkloadEntry\n"
                    "metadata: {name: vm-" +
                    QByteArray::number(i) + ", namespace: pay}\nspec: {address: 10.0.0.1}\n";
        EditorDocument document(text);
        SelectionWorkspace workspace;
        QSignalSpy changed(&workspace, &SelectionWorkspace::changed);
        workspace.addFile(&document);
        QVERIFY(workspace.isReading(&document));
        // Edited while the worker reads: read again, so the edit is not lost.
        QCOMPARE(document.setValue(0, YamlPath::fromText(QStringLiteral("metadata.name")),
                                   YamlValue::string(QStringLiteral("first"))),
                 QString());
        QTRY_VERIFY(!workspace.isReading(&document));
        QCOMPARE(workspace.inventory().size(), 400);
        QCOMPARE(workspace.inventory().workload(workspace.workloadOf(&document, 0)).name,
                 QStringLiteral("first"));
    }

    /// What the store keeps per document of a large file: 24 bytes of entry, a query only for
    /// a ServiceEntry, nothing of what the worker read, and one copy of each repeated string.
    void holdsLittlePerDocument()
    {
        QByteArray text;
        for (int i = 0; i < 600; ++i) {
            const QByteArray name = QByteArray::number(i);
            text += i % 3 == 0 ? "---\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\n"
                                 "metadata: {name: se-" +
                                     name + ", namespace: pay}\nspec:\n  hosts: [h" + name +
                                     ".internal]\n  workloadSelector: {labels: {app: ledger}}\n"
                               : "---\napiVersion: networking.istio.io/v1\nkind: WorkloadEntry\n"
                                 "metadata: {name: vm-" +
                                     name +
                                     ", namespace: pay}\nspec: {address: 10.0.0.1, labels: {app: "
                                     "ledger}}\n";
        }
        EditorDocument document(text);
        SelectionWorkspace workspace;
        workspace.addFile(&document);
        QVERIFY(workspace.isReading(&document));
        QTRY_VERIFY(!workspace.isReading(&document));
        QCOMPARE(workspace.inventory().size(), 400);
        QCOMPARE(workspace.serviceEntries().size(), 200);
        QCOMPARE(workspace.entryBytes(), 600 * 24 + 200 * qsizetype(sizeof(SelectorQuery)));
        QCOMPARE(workspace.serviceEntry(&document, 1), nullptr);

        const Workload &first = workspace.inventory().workload(workspace.workloadOf(&document, 1));
        const Workload &last = workspace.inventory().workload(workspace.workloadOf(&document, 599));
        const SelectorQuery *query = workspace.serviceEntry(&document, 3);
        QVERIFY(query);
        QCOMPARE(first.source, QStringLiteral("Untitled"));
        QCOMPARE(last.source.constData(), first.source.constData());
        QCOMPARE(query->source.constData(), first.source.constData());
        QCOMPARE(last.namespaceName.constData(), first.namespaceName.constData());
        QCOMPARE(query->namespaceName.constData(), first.namespaceName.constData());
        QCOMPARE(last.labels.firstKey().constData(), first.labels.firstKey().constData());
        QCOMPARE(last.labels.first().constData(), first.labels.first().constData());
        QCOMPARE(query->selector.first().constData(), first.labels.first().constData());
        // "pay", "app" and "ledger", held once; forgotten with the file, but for "pay", which
        // the inventory still names as a namespace whose order is to be computed again.
        QCOMPARE(workspace.internedStrings(), 3);
        workspace.removeFile(&document);
        // 600 documents leave in workers, which forget the strings after them.
        QTRY_VERIFY(!workspace.isRemoving());
        QTRY_COMPARE(workspace.internedStrings(), 1);
    }

    void largeFilesLeaveInAWorker()
    {
        QByteArray text;
        for (int i = 0; i < 800; ++i)
            text += "---\napiVersion: networking.istio.io/v1\nkind: WorkloadEntry\n"
                    "metadata: {name: vm-" +
                    QByteArray::number(i) +
                    ", namespace: pay}\nspec: {address: 10.0.0.1, labels: {app: ledger}}\n";
        EditorDocument large(text);
        EditorDocument small(file);
        SelectionWorkspace workspace;
        workspace.addFile(&small);
        workspace.addFile(&large);
        QTRY_VERIFY(!workspace.isReading(&large));
        QCOMPARE(workspace.inventory().size(), 801);
        const SelectorQuery query = *workspace.serviceEntry(&small, 0);
        QCOMPARE(selectedNames(workspace, query).size(), 801);

        QSignalSpy changed(&workspace, &SelectionWorkspace::changed);
        workspace.removeFile(&large);
        // The index keeps them until the worker's copy replaces it; no document is theirs.
        QVERIFY(workspace.isRemoving());
        QCOMPARE(workspace.inventory().size(), 801);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(workspace.openWorkloadCount(), 1);
        EditorDocument *owner = nullptr;
        int index = -1;
        QVERIFY(!workspace.documentOf(800, &owner, &index));
        // Changed meanwhile (the small file's workload renamed): the copy is made again.
        QCOMPARE(small.setValue(1, YamlPath::fromText(QStringLiteral("metadata.name")),
                                YamlValue::string(QStringLiteral("vm-renamed"))),
                 QString());
        QTRY_VERIFY(!workspace.isRemoving());
        QCOMPARE(changed.size(), 3); // the close, the rename, then the removal
        QCOMPARE(workspace.inventory().size(), 1);
        QCOMPARE(selectedNames(workspace, query), QStringList{QStringLiteral("vm-renamed")});
        QVERIFY(workspace.documentOf(workspace.workloadOf(&small, 1), &owner, &index));
        QCOMPARE(owner, &small);
        QCOMPARE(index, 1);
    }

    void adoptInBatches()
    {
        SelectionWorkspace workspace;
        WorkloadImporter::Result result;
        for (int i = 0; i < 25; ++i) {
            Workload pod;
            pod.name = QStringLiteral("p%1").arg(i);
            pod.namespaceName = QStringLiteral("pay");
            pod.source = QStringLiteral("pods.json");
            result.workloads.append(pod);
        }
        result.namespaces.add(QStringLiteral("pay"),
                              {{QStringLiteral("team"), QStringLiteral("a")}});
        QSignalSpy progress(&workspace, &SelectionWorkspace::adoptionProgress);
        QSignalSpy adopted(&workspace, &SelectionWorkspace::adopted);
        workspace.adopt(result, 10);
        QCOMPARE(workspace.inventory().size(), 10);
        QVERIFY(workspace.isAdopting());
        QTRY_COMPARE(adopted.size(), 1);
        QCOMPARE(adopted.first().value(0).toString(), QStringLiteral("pods.json"));
        QCOMPARE(adopted.first().value(1).toInt(), 25);
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last().value(0).toInt(), 25);
        QCOMPARE(workspace.importedCount(), 25);
        QCOMPARE(workspace.importedSources(), QStringList{QStringLiteral("pods.json")});
        QVERIFY(workspace.namespaces().contains(QStringLiteral("pay")));

        // The same source again replaces; a cancelled adoption leaves nothing of itself.
        workspace.adopt(result, 10);
        workspace.cancelAdoption();
        QCOMPARE(workspace.inventory().size(), 0);
        workspace.adopt(result, 100);
        QCOMPARE(workspace.importedCount(), 25);
        QCOMPARE(workspace.clearImported(), 25);
        QCOMPARE(workspace.inventory().size(), 0);
    }

    /// Validation and routing read the imported workloads in workers while the GUI thread
    /// adopts the next import: they hold a snapshot, which no import changes. (Before, they
    /// held the inventory itself, which this thread changed under the reading worker.)
    void importSnapshotStaysWhileAWorkerReadsIt()
    {
        SelectionWorkspace workspace;
        QSignalSpy adopted(&workspace, &SelectionWorkspace::adopted);
        QVERIFY(!workspace.importedSnapshot());
        workspace.adopt(pods(QStringLiteral("a.json"), 2000), 500);
        QTRY_COMPARE(adopted.size(), 1);
        const std::shared_ptr<const WorkloadInventory> snapshot = workspace.importedSnapshot();
        QVERIFY(snapshot);
        QCOMPARE(snapshot->size(), 2000);

        // A worker matches a selector against it, as the selector checks do, all the while.
        std::atomic_bool stop = false;
        QFuture<int> reader = QtConcurrent::run([snapshot, &stop] {
            SelectorQuery query;
            query.namespaceName = QStringLiteral("pay");
            query.hasSelector = true;
            query.selector = {{QStringLiteral("app"), QStringLiteral("ledger")}};
            int rounds = 0;
            while (!stop) {
                if (WorkloadMatcher(*snapshot).match(query).selected.size() != 2000)
                    return -1; // the import below reached the worker's workloads
                ++rounds;
            }
            return rounds;
        });
        workspace.adopt(pods(QStringLiteral("b.json"), 3000), 100);
        QTRY_COMPARE(adopted.size(), 2);
        QCOMPARE(workspace.importedSnapshot()->size(), 5000);
        workspace.adopt(pods(QStringLiteral("a.json"), 10), 100); // replaces a.json's 2000
        QTRY_COMPARE(adopted.size(), 3);
        QCOMPARE(workspace.importedSnapshot()->size(), 3010);
        QCOMPARE(workspace.clearImported(), 3010);
        QVERIFY(!workspace.importedSnapshot());
        stop = true;
        QVERIFY(reader.result() > 0);
        QCOMPARE(snapshot->size(), 2000);
        QCOMPARE(snapshot->workload(0).name, QStringLiteral("a.json-0"));
    }

    void reverse()
    {
        EditorDocument document(file +
                                "---\napiVersion: networking.istio.io/v1\n"
                                "kind: ServiceEntry\nmetadata: {name: other, namespace: ops}\n"
                                "spec:\n  hosts: [o.internal]\n  workloadSelector:\n"
                                "    labels: {app: ledger}\n---\n"
                                "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n"
                                "metadata: {name: v2, namespace: pay}\n"
                                "spec:\n  hosts: [v2.internal]\n  workloadSelector:\n"
                                "    labels: {app: ledger, version: v2}\n");
        SelectionWorkspace workspace;
        workspace.addFile(&document);
        const Workload &vm = workspace.inventory().workload(workspace.workloadOf(&document, 1));
        const QList<ReverseMatch> matches = WorkloadMatcher::reverse(
            vm, workspace.inventory().clusterId(), workspace.serviceEntries());
        QStringList described;
        for (const ReverseMatch &match : matches)
            described.append(QStringLiteral("%1 %2/%3 %4")
                                 .arg(int(match.relation))
                                 .arg(match.query->namespaceName, match.query->name, match.label));
        QCOMPARE(described,
                 QStringList({QStringLiteral("0 pay/ledger "), QStringLiteral("1 pay/v2 version"),
                              QStringLiteral("2 ops/other ")}));
        QVERIFY(matches[0].ready);
        QVERIFY(matches[1].missing);
    }
};

QTEST_MAIN(TestSelectionWorkspace)
#include "tst_selectionworkspace.moc"
