// Server-side apply, dry runs, conflicts, Strict field validation, delete and diffs through
// the REST client against the test API server, and the server's complaints on document lines.
#include "clusterdiff.h"
#include "manifestexport.h"
#include "objectyaml.h"
#include "serverfindings.h"

#include "clustertesthelpers.h"

using namespace MeshEntry;
using namespace MeshEntry::ClusterTest;
using namespace MeshEntry::TestApi;

class TestClusterApply : public Base
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_env.setUp(&error), qPrintable(error));
    }

    void init()
    {
        m_env.server()->withCluster([](FakeCluster &cluster) {
            cluster.istioInstalled = true;
            cluster.aggregatedDiscovery = true;
            return 0;
        });
        m_env.server()->setDelay(0);
        m_env.server()->clearRequests();
    }

    void istioNotInstalled()
    {
        m_env.server()->withCluster(
            [](FakeCluster &cluster) { return cluster.istioInstalled = false; });
        auto kube = client(QStringLiteral("test"));
        const ResourceCatalog *catalog = discover(kube.get());
        QVERIFY(catalog);
        QVERIFY(catalog->istioVersions(QStringLiteral("ServiceEntry")).isEmpty());
        const YamlFile file = YamlFile::fromBytes(serviceEntry);
        ApplyOperation apply(kube.get(), manifests(file));
        apply.preview();
        QVERIFY(finish(&apply));
        QCOMPARE(apply.result(0).state, ManifestResult::State::Failed);
        QCOMPARE(apply.result(0).error.text(),
                 QStringLiteral("resource mapping not found for name: \"external-api\" namespace: "
                                "\"demo\": no matches for kind "
                                "\"ServiceEntry\" in version \"networking.istio.io/v1\"\nensure "
                                "CRDs are installed first"));
    }

    void applyCreatesThenUpdates()
    {
        auto kube = client(QStringLiteral("test"));
        YamlFile file = YamlFile::fromBytes(serviceEntry);
        ApplyOperation preview(kube.get(), manifests(file));
        preview.preview();
        QVERIFY(finish(&preview));
        QCOMPARE(preview.result(0).state, ManifestResult::State::WillCreate);
        QVERIFY(preview.canApply());
        // The dry run stored nothing.
        QCOMPARE(m_env.server()->withCluster([](FakeCluster &c) {
            return c.object("serviceentries", "demo", "external-api").has_value();
        }),
                 false);
        const QList<LoggedRequest> patches = m_env.server()->requests(
            "PATCH",
            QStringLiteral(
                "/apis/networking.istio.io/v1/namespaces/demo/serviceentries/external-api"));
        QCOMPARE(patches.size(), 1);
        QCOMPARE(
            patches.first().query,
            QStringLiteral("fieldManager=meshentry&fieldValidation=Strict&force=false&dryRun=All"));
        QCOMPARE(patches.first().headers.value("content-type"),
                 QByteArray("application/apply-patch+yaml"));
        QCOMPARE(patches.first().body, serviceEntry);

        preview.apply(false);
        QVERIFY(finish(&preview));
        QCOMPARE(preview.result(0).state, ManifestResult::State::Created);
        const QJsonObject stored = *m_env.server()->withCluster(
            [](FakeCluster &c) { return c.object("serviceentries", "demo", "external-api"); });
        const QJsonArray managed =
            stored.value("metadata").toObject().value("managedFields").toArray();
        QCOMPARE(managed.size(), 1);
        QCOMPARE(managed[0].toObject().value("manager").toString(), QStringLiteral("meshentry"));
        QCOMPARE(managed[0].toObject().value("operation").toString(), QStringLiteral("Apply"));

        // Same document again: nothing would change.
        ApplyOperation again(kube.get(), manifests(file));
        again.preview();
        QVERIFY(finish(&again));
        QCOMPARE(again.result(0).state, ManifestResult::State::Unchanged);

        // An edit: the dry run shows it, with the server's generation bump.
        file = YamlFile::fromBytes(
            QByteArray(serviceEntry).replace("api.example.com", "api2.example.com"));
        ApplyOperation change(kube.get(), manifests(file));
        change.preview();
        QVERIFY(finish(&change));
        QCOMPARE(change.result(0).state, ManifestResult::State::WillChange);
        const Manifest &manifest = change.manifests().first();
        const QByteArray diff =
            ClusterDiff::kubectlStyle(manifest, change.result(0).live, change.result(0).merged);
        QVERIFY2(
            diff.startsWith("diff -u -N LIVE/networking.istio.io.v1.ServiceEntry.demo.external-api "
                            "MERGED/networking.istio.io.v1.ServiceEntry.demo.external-api\n"
                            "--- LIVE/networking.istio.io.v1.ServiceEntry.demo.external-api\n"
                            "+++ MERGED/networking.istio.io.v1.ServiceEntry.demo.external-api\n"),
            diff.constData());
        QVERIFY(diff.contains("\n-  - api.example.com\n+  - api2.example.com\n"));
        QVERIFY(diff.contains("\n-  generation: 1\n+  resourceVersion: \"") &&
                diff.contains("\n+  generation: 2\n"));
        QVERIFY(!diff.contains("managedFields"));
        const ClusterDiff::Sides sides =
            ClusterDiff::sides(ObjectYaml::fromDocument(file.document(0).tree()),
                               change.result(0).live, change.result(0).merged, true);
        QCOMPARE(sides.file, serviceEntry.mid(0).replace("api.example.com", "api2.example.com"));
        QCOMPARE(sides.merged, sides.file);
        QCOMPARE(sides.live, serviceEntry);
        change.apply(false);
        QVERIFY(finish(&change));
        QCOMPARE(change.result(0).state, ManifestResult::State::Configured);
    }

    void conflictsNeedForce()
    {
        m_env.server()->withCluster([](FakeCluster &cluster) {
            cluster.put(seed(QStringLiteral("owned"), {QStringLiteral("old.example.com")}));
            return 0;
        });
        auto kube = client(QStringLiteral("test"));
        const QByteArray text =
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: owned\n"
            "spec:\n  hosts:\n  - new.example.com\n  resolution: DNS\n";
        const YamlFile file = YamlFile::fromBytes(text);
        ApplyOperation apply(kube.get(), manifests(file));
        apply.preview();
        QVERIFY(finish(&apply));
        QCOMPARE(apply.result(0).state, ManifestResult::State::Conflict);
        const ClusterError &error = apply.result(0).error;
        QVERIFY(error.isFieldConflict());
        QCOMPARE(error.text(),
                 QStringLiteral(
                     "Apply failed with 1 conflict: conflict with \"kubectl-client-side-apply\" "
                     "using networking.istio.io/v1: .spec.hosts"));
        QCOMPARE(error.causes().size(), 1);
        QCOMPARE(error.causes().first().field, QStringLiteral(".spec.hosts"));
        QVERIFY(!apply.canApply() || apply.conflicts() == 1);
        const QList<Diagnostic> findings =
            ServerFindings::diagnostics(error, file.document(0).text(), file.document(0).tree(), 0);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().rule, QStringLiteral("SERVER-Conflict"));
        QCOMPARE(findings.first().severity, Severity::Warning);
        QCOMPARE(lineOf(file, findings.first()), 6);
        QCOMPARE(findings.first().path.toString(), QStringLiteral("spec.hosts"));

        apply.apply(false);
        QVERIFY(finish(&apply));
        QCOMPARE(apply.result(0).state, ManifestResult::State::Conflict);
        apply.apply(true);
        QVERIFY(finish(&apply));
        QCOMPARE(apply.result(0).state, ManifestResult::State::Configured);
        QCOMPARE(
            m_env.server()
                ->requests("PATCH",
                           QStringLiteral(
                               "/apis/networking.istio.io/v1/namespaces/demo/serviceentries/owned"))
                .last()
                .query,
            QStringLiteral("fieldManager=meshentry&fieldValidation=Strict&force=true"));
        const QJsonObject stored = *m_env.server()->withCluster(
            [](FakeCluster &c) { return c.object("serviceentries", "demo", "owned"); });
        QCOMPARE(stored.value("spec").toObject().value("hosts").toArray().first().toString(),
                 QStringLiteral("new.example.com"));
    }

    void invalidObjectsMapToLines()
    {
        auto kube = client(QStringLiteral("test"));
        const QByteArray text =
            "# a comment line\n"
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: broken-se\n"
            "spec:\n  location: MESH_EXTERNAL\n  ports:\n  - number: 70000\n    name: tcp\n  "
            "resolution: DNZ\n";
        const YamlFile file = YamlFile::fromBytes(
            "---\n" + QByteArray(serviceEntry).replace("external-api", "fresh-api") + "---\n" +
            text);
        ApplyOperation apply(kube.get(), manifests(file));
        apply.preview();
        QVERIFY(finish(&apply));
        QCOMPARE(apply.result(0).state, ManifestResult::State::WillCreate);
        QCOMPARE(apply.result(1).state, ManifestResult::State::Failed);
        QVERIFY(!apply.canApply());
        const ClusterError &error = apply.result(1).error;
        QCOMPARE(error.httpStatus(), 422);
        QCOMPARE(error.text(),
                 QStringLiteral(
                     "The ServiceEntry \"broken-se\" is invalid: \n"
                     "* spec.hosts: Required value\n"
                     "* spec.resolution: Unsupported value: \"DNZ\": supported values: \"NONE\", "
                     "\"STATIC\", \"DNS\", \"DNS_ROUND_ROBIN\", \"DYNAMIC_DNS\"\n"
                     "* spec.ports[0].number: Invalid value: 70000: port must be between 1-65535"));
        const YamlDocument &document = file.document(1);
        const QList<Diagnostic> findings =
            ServerFindings::diagnostics(error, document.text(), document.tree(), 1);
        QCOMPARE(findings.size(), 3);
        QCOMPARE(findings[0].rule, QStringLiteral("SERVER-FieldValueRequired"));
        QCOMPARE(findings[0].message, QStringLiteral("API server: spec.hosts: Required value"));
        QCOMPARE(lineOf(file, findings[0]), 22); // spec: (hosts is missing)
        QCOMPARE(findings[1].rule, QStringLiteral("SERVER-FieldValueNotSupported"));
        QCOMPARE(lineOf(file, findings[1]), 27);
        QCOMPARE(document.text().mid(findings[1].start, findings[1].end - findings[1].start),
                 QByteArray("resolution: DNZ"));
        QCOMPARE(findings[2].path.toString(), QStringLiteral("spec.ports[0].number"));
        QCOMPARE(lineOf(file, findings[2]), 25);
        QCOMPARE(document.text().mid(findings[2].start, findings[2].end - findings[2].start),
                 QByteArray("number: 70000"));
    }

    void strictFieldValidation()
    {
        auto kube = client(QStringLiteral("test"));
        const QByteArray text =
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: typo\n"
            "spec:\n  hosts: [a.example.com]\n  hostz: [b.example.com]\n  resolution: DNS\n  "
            "resolution: NONE\n";
        const YamlFile file = YamlFile::fromBytes(text);
        ApplyOperation apply(kube.get(), manifests(file));
        apply.preview();
        QVERIFY(finish(&apply));
        const ClusterError &error = apply.result(0).error;
        QCOMPARE(error.httpStatus(), 400);
        QCOMPARE(error.text(), QStringLiteral("Error from server (BadRequest): ServiceEntry in "
                                              "version \"v1\" cannot be handled as a ServiceEntry: "
                                              "strict decoding error: duplicate field "
                                              "\"spec.resolution\", unknown field \"spec.hostz\""));
        const QList<Diagnostic> findings =
            ServerFindings::diagnostics(error, text, file.document(0).tree(), 0);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].rule, QStringLiteral("SERVER-DuplicateField"));
        QCOMPARE(findings[1].rule, QStringLiteral("SERVER-UnknownField"));
        QCOMPARE(
            findings[1].message,
            QStringLiteral("API server (fieldValidation=Strict): unknown field \"spec.hostz\""));
        QCOMPARE(lineOf(file, findings[1]), 7);
        QCOMPARE(text.mid(findings[1].start, findings[1].end - findings[1].start),
                 QByteArray("hostz"));
    }

    void documentsThatCannotBeSent()
    {
        auto kube = client(QStringLiteral("test"));
        const YamlFile file = YamlFile::fromBytes(
            "# only a comment\n---\nkind: ServiceEntry\nmetadata: {name: x}\n---\n"
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n---\nkey: [unclosed\n");
        const QList<Manifest> list = manifests(file);
        QCOMPARE(list.size(), 3);
        // The leading comment belongs to the first document.
        QCOMPARE(list[0].error.text(),
                 QStringLiteral("error validating document 0: apiVersion not set"));
        QCOMPARE(list[1].error.text(),
                 QStringLiteral(
                     "document 1 (ConfigMap) has no metadata.name; server-side apply needs one"));
        QVERIFY2(list[2].error.text().startsWith(
                     QLatin1String("error parsing document 2: yaml: line 11: ")),
                 qPrintable(list[2].error.text()));
        ApplyOperation apply(kube.get(), list);
        apply.preview();
        QVERIFY(finish(&apply));
        QCOMPARE(apply.failures(), 3);
        QVERIFY(m_env.server()->requests("PATCH", QString()).isEmpty());
    }

    void deleteObjects()
    {
        m_env.server()->withCluster([](FakeCluster &cluster) {
            cluster.put(seed(QStringLiteral("doomed"), {QStringLiteral("d.example.com")}));
            return 0;
        });
        auto kube = client(QStringLiteral("test"));
        const YamlFile file =
            YamlFile::fromBytes("apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: "
                                "{name: doomed}\nspec: {hosts: [d.example.com]}\n");
        DeleteOperation remove(kube.get(), manifests(file));
        remove.remove();
        QVERIFY(finish(&remove));
        QCOMPARE(remove.result(0).state, ManifestResult::State::Deleted);
        QCOMPARE(
            m_env.server()->requests("DELETE", QString()).last().body,
            QByteArray(
                R"({"kind":"DeleteOptions","apiVersion":"v1","propagationPolicy":"Background"})"));
        remove.remove();
        QVERIFY(finish(&remove));
        QCOMPARE(remove.result(0).state, ManifestResult::State::NotFound);
    }

    void exportKeepsCommentsAndDropsServerFields()
    {
        const YamlFile file = YamlFile::fromBytes(
            "# first\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"
            "  uid: 1234\n  resourceVersion: \"9\"  # server\n  annotations:\n"
            "    kubectl.kubernetes.io/last-applied-configuration: |\n      {}\n"
            "data:\n  k: v # kept\nstatus: {phase: x}\n---\n# second\nkind: Namespace\n"
            "apiVersion: v1\nmetadata: {name: b}\n");
        QCOMPARE(ManifestExport::cleanText(file),
                 QByteArray("# first\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"
                            "data:\n  k: v # kept\n---\n# second\nkind: Namespace\n"
                            "apiVersion: v1\nmetadata: {name: b}\n"));
        QCOMPARE(
            ManifestExport::cleanText(file, {1}),
            QByteArray("---\n# second\nkind: Namespace\napiVersion: v1\nmetadata: {name: b}\n"));
    }

    void sideBySideAlignment()
    {
        const QList<ClusterDiff::Row> rows = ClusterDiff::align("a\nb\nc\nd\n", "a\nB\nc\nx\ny\n");
        QCOMPARE(rows.size(), 5);
        QCOMPARE(int(rows[0].kind), int(ClusterDiff::Row::Kind::Same));
        QCOMPARE(int(rows[1].kind), int(ClusterDiff::Row::Kind::Changed));
        QCOMPARE(rows[1].left, 1);
        QCOMPARE(rows[1].right, 1);
        QCOMPARE(int(rows[2].kind), int(ClusterDiff::Row::Kind::Same));
        QCOMPARE(int(rows[3].kind), int(ClusterDiff::Row::Kind::Changed));
        QCOMPARE(int(rows[4].kind), int(ClusterDiff::Row::Kind::Added));
        QCOMPARE(rows[4].left, -1);
        QCOMPARE(rows[4].right, 4);
        QCOMPARE(ClusterDiff::align("same\n", "same\n").size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestClusterApply)
#include "tst_clusterapply.moc"
