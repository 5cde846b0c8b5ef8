#include "documentvalidator.h"
#include "fixregistry.h"
#include "meshconfigloader.h"
#include "nodereader.h"
#include "routingmodel.h"
#include "ruleregistry.h"
#include "validationworkspace.h"

#include <QDir>
#include <QtTest>

using namespace MeshEntry;

/**
 * Istio's own test data through the whole validator (tests/fixtures/istio, unmodified).
 *
 * The *-invalid.yaml files carry a top-level `_err:` key with the apiserver's message. It is
 * test metadata, not part of the object, so findings on `_err` itself (CRD-TYPES strict
 * decoding, WEBHOOK-UNKNOWN-FIELD) are ignored here; everything else about the document counts.
 */
class TestValidationFixtures : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString &name)
    {
        return QStringLiteral(MESHENTRY_FIXTURES "/istio/") + name;
    }

    static YamlFile load(const QString &name)
    {
        YamlFile file;
        QString error;
        if (!YamlFile::load(fixture(name), &file, &error))
            qFatal("%s", qPrintable(error));
        return file;
    }

    static bool isErrorOfLayer(const Diagnostic &diagnostic,
                               std::initializer_list<RuleLayer> layers)
    {
        const RuleLayer layer = RuleRegistry::instance().rule(diagnostic.rule).layer;
        return diagnostic.severity == Severity::Error &&
               std::find(layers.begin(), layers.end(), layer) != layers.end();
    }

private slots:
    void validDocumentsPass_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("serviceentry") << "serviceentry-valid.yaml";
        QTest::newRow("workloadentry") << "workloadentry-valid.yaml";
    }
    void validDocumentsPass()
    {
        QFETCH(QString, file);
        YamlFile yaml = load(file);
        for (int i = 0; i < yaml.documentCount(); ++i) {
            // libyaml (YAML 1.1) rejects `:` right before `]` in a plain scalar of a flow
            // sequence, which Kubernetes' Go reader accepts: `addresses: [1.2.3.4, 001:db8::]`.
            // The finding says so, and its fix quotes the scalar.
            if (yaml.document(i).hasSyntaxErrors()) {
                const QList<Diagnostic> found =
                    DocumentValidator::validate(yaml.document(i), {}).diagnostics;
                QCOMPARE(found.size(), 1);
                QCOMPARE(found.first().rule, QStringLiteral("YAML-SYNTAX"));
                QCOMPARE(found.first().message,
                         QStringLiteral("the plain scalar 001:db8:: has a ':' right before ']' "
                                        "inside a flow collection: libyaml (YAML 1.1) stops "
                                        "there, but Kubernetes' YAML reader accepts it as the "
                                        "string \"001:db8::\"; quote it: \"001:db8::\""));
                const QByteArray &text = yaml.document(i).text();
                QCOMPARE(text.mid(found.first().start, found.first().end - found.first().start),
                         QByteArray("001:db8::"));
                const QList<Fix> fixes = FixRegistry::instance().fixesFor(found.first(), text);
                QCOMPARE(fixes.size(), 1);
                DocumentEdit edit = fixes.first().apply(text);
                QVERIFY2(edit.ok, qPrintable(edit.error));
                QCOMPARE(edit.text, QByteArray(text).replace("001:db8::]", "\"001:db8::\"]"));
                yaml.applyEdit(i, std::move(edit));
            }
            QVERIFY2(!yaml.document(i).hasSyntaxErrors(), qPrintable(yaml.document(i).info().name));
        }
        ValidationWorkspace workspace;
        workspace.addFile(&yaml, file);
        workspace.validateAll();
        QCOMPARE(yaml.documentCount(), 5);
        for (const Diagnostic &diagnostic : workspace.diagnostics()) {
            QVERIFY2(!isErrorOfLayer(diagnostic, {RuleLayer::Decoding, RuleLayer::Apiserver,
                                                  RuleLayer::Webhook}),
                     qPrintable(QStringLiteral("%1 %2: %3")
                                    .arg(yaml.document(diagnostic.document).info().name,
                                         diagnostic.rule, diagnostic.message)));
        }
    }

    void invalidDocumentsFailTheCrd_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("documents");
        QTest::newRow("serviceentry") << "serviceentry-invalid.yaml" << 12;
        QTest::newRow("workloadentry") << "workloadentry-invalid.yaml" << 7;
    }
    void invalidDocumentsFailTheCrd()
    {
        QFETCH(QString, file);
        QFETCH(int, documents);
        const YamlFile yaml = load(file);
        ValidationWorkspace workspace;
        workspace.addFile(&yaml, file);
        workspace.validateAll();
        int checked = 0;
        for (int i = 0; i < yaml.documentCount(); ++i) {
            const SpanTree &tree = yaml.document(i).tree();
            if (tree.root() < 0)
                continue;
            const NodeReader reader(tree);
            const QString expected = reader.text(reader.value(tree.root(), u"_err"));
            QVERIFY(!expected.isEmpty());
            ++checked;
            QStringList crd;
            for (const Diagnostic &diagnostic : workspace.diagnostics(0, i)) {
                if (diagnostic.path.toString() == u"_err")
                    continue;
                if (isErrorOfLayer(diagnostic, {RuleLayer::Apiserver}))
                    crd.append(diagnostic.message);
            }
            const bool matched = std::any_of(crd.cbegin(), crd.cend(), [&](const QString &message) {
                return message.contains(expected);
            });
            QVERIFY2(matched, qPrintable(QStringLiteral("%1: expected \"%2\", got: %3")
                                             .arg(yaml.document(i).info().name, expected,
                                                  crd.join(QStringLiteral(" | ")))));
        }
        QCOMPARE(checked, documents);
    }

    /// The inputs of istioctl's own IST0134 and IST0177 analyzer tests, with the same verdicts.
    void analyzerInputs()
    {
        const YamlFile conflicting = load(QStringLiteral("serviceentry-conflicting-protocol.yaml"));
        ValidationWorkspace workspace;
        workspace.addFile(&conflicting, QStringLiteral("conflicting"));
        workspace.validateAll();
        QStringList reported;
        for (const Diagnostic &diagnostic : workspace.diagnostics()) {
            if (diagnostic.rule == u"IST0177")
                reported.append(conflicting.document(diagnostic.document).info().name);
        }
        QCOMPARE(reported, QStringList({QStringLiteral("se-https"), QStringLiteral("se-http")}));

        const YamlFile missing =
            load(QStringLiteral("serviceentry-missing-addresses-protocol.yaml"));
        ValidationWorkspace second;
        second.addFile(&missing, QStringLiteral("missing"));
        second.validateAll();
        reported.clear();
        for (const Diagnostic &diagnostic : second.diagnostics()) {
            if (diagnostic.rule == u"IST0134")
                reported.append(missing.document(diagnostic.document).info().name);
        }
        QCOMPARE(reported, QStringList({QStringLiteral("service-entry-test-03"),
                                        QStringLiteral("service-entry-test-04"),
                                        QStringLiteral("service-entry-test-07")}));
    }

    /// Istio's TestServiceEntryMerge (pilot/pkg/xds/cds_test.go): five ServiceEntries of one
    /// host in one namespace whose resolution, labels, workloadSelector and exportTo agree.
    /// istiod merges them into clusters outbound|80||example.com and
    /// outbound|8080||example.com: no host finding, and the request tester routes both ports.
    void serviceEntryMerge()
    {
        const YamlFile merge = load(QStringLiteral("cds-serviceentry-merge.yaml"));
        QCOMPARE(merge.documentCount(), 5);
        RoutingModel routing;
        ValidationWorkspace workspace;
        workspace.setExtension(&routing);
        workspace.addFile(&merge, QStringLiteral("merge"));
        workspace.validateAll();
        QStringList hostFindings;
        for (const Diagnostic &diagnostic : workspace.diagnostics()) {
            if (diagnostic.rule == u"ME-HOST-PORTS-DIFFER" || diagnostic.rule == u"IST0177" ||
                diagnostic.rule.startsWith(u"ME-ROUTE"))
                hostFindings.append(diagnostic.rule + u' ' + diagnostic.message);
        }
        QCOMPARE(hostFindings, QStringList());
        const auto route = [&](quint32 port) {
            RoutingRequest request;
            request.fromNamespace = QStringLiteral("default");
            request.port = port;
            request.host = QStringLiteral("example.com");
            request.protocol = RoutingRequest::Protocol::Http;
            return routing.route(request);
        };
        for (const quint32 port : {80u, 8080u}) {
            const RouteAnswer answer = route(port);
            QCOMPARE(answer.cluster, QStringLiteral("outbound|%1||example.com").arg(port));
            QCOMPARE(answer.outcome, QStringLiteral("service"));
        }
        // Each entry makes endpoints from its own ports (endpoint port, else targetPort, else
        // number; a DNS entry without endpoints makes one of the host), pooled by port number:
        // TestServiceEntryMerge's lists. Istio pools the entries in creation order (here: no
        // timestamps, so by name) but leaves the endpoint order undefined (istio/istio#50749)
        // and sorts before comparing; MeshEntry shows the creation order.
        const auto endpoints = [&](quint32 port) {
            bool selector = false;
            QStringList out;
            for (const RoutingRegistry::ClusterEndpoint &endpoint : routing.registry().endpoints(
                     QStringLiteral("example.com"), QStringLiteral("default"), port, &selector))
                out.append(QStringLiteral("%1:%2").arg(endpoint.address).arg(endpoint.port));
            return out;
        };
        QCOMPARE(endpoints(80), QStringList({"example.com:80", "example.com:80", "example.com:1234",
                                             "endpoint.example.com:999",
                                             "endpoint-port-override.example.com:2345"}));
        QCOMPARE(endpoints(8080), QStringList{"example.com:8080"});
        // The Request tester's cluster step shows the first four.
        const auto clusterStep = [&](quint32 port) { return route(port).steps.last().detail; };
        QCOMPARE(clusterStep(80),
                 QStringLiteral("Cluster outbound|80||example.com of ServiceEntry default/se1 "
                                "(resolution DNS): STRICT_DNS, endpoints example.com:80, "
                                "example.com:80, example.com:1234, endpoint.example.com:999 and 1 "
                                "more."));
        QCOMPARE(clusterStep(8080),
                 QStringLiteral("Cluster outbound|8080||example.com of ServiceEntry default/se1 "
                                "(resolution DNS): STRICT_DNS, endpoint example.com:8080."));
    }

    /// Istio's IST0134 inputs (9 ServiceEntries) with and without the mesh config its test
    /// runs with: DNS capture and auto-allocation on silence IST0134 everywhere; the webhook's
    /// case-sensitive TCP-address warning follows istiod's PILOT_ENABLE_IP_AUTOALLOCATE and
    /// the resolution, never the mesh config (ISTIO-RULES.md §4.5, §8).
    void addressesRequiredUnderAutoAllocation_data()
    {
        QTest::addColumn<bool>("meshAllocates");
        QTest::addColumn<bool>("istiodAllocates");
        QTest::addColumn<QStringList>("ist0134");
        QTest::addColumn<QStringList>("webhook");
        const QStringList analyzerDefault = {"service-entry-test-03", "service-entry-test-04",
                                             "service-entry-test-07", "address-missing-lowercase",
                                             "address-missing-uppercase"};
        // Resolution DNS everywhere except the two case files (NONE, the default).
        QTest::newRow("defaults") << false << true << analyzerDefault
                                  << QStringList{"address-missing-uppercase"};
        QTest::newRow("mesh auto-allocation")
            << true << true << QStringList() << QStringList{"address-missing-uppercase"};
        QTest::newRow("mesh auto-allocation, istiod before 1.25")
            << true << false << QStringList()
            << QStringList{"service-entry-test-03", "service-entry-test-04",
                           "service-entry-test-07", "address-missing-uppercase"};
    }
    void addressesRequiredUnderAutoAllocation()
    {
        QFETCH(bool, meshAllocates);
        QFETCH(bool, istiodAllocates);
        QFETCH(QStringList, ist0134);
        QFETCH(QStringList, webhook);
        ValidationOptions options;
        options.ipAutoallocate = istiodAllocates;
        if (meshAllocates) {
            QString error;
            QVERIFY2(MeshConfigLoader::fromFile(
                         fixture(QStringLiteral(
                             "serviceentry-missing-addresses-protocol-mesh-cfg.yaml")),
                         &options.mesh, &error),
                     qPrintable(error));
            QVERIFY(options.mesh.analyzerSeesAutoAllocation());
        }
        const QList<YamlFile> files = {
            load(QStringLiteral("serviceentry-missing-addresses-protocol.yaml")),
            load(QStringLiteral("serviceentry-address-required-lowercase.yaml")),
            load(QStringLiteral("serviceentry-address-required-uppercase.yaml"))};
        ValidationWorkspace workspace(options);
        for (const YamlFile &file : files)
            workspace.addFile(&file, QStringLiteral("f"));
        workspace.validateAll();
        QStringList analyzer;
        QStringList webhookFound;
        for (const Diagnostic &diagnostic : workspace.diagnostics()) {
            const QString name =
                workspace.file(diagnostic.file)->document(diagnostic.document).info().name;
            if (diagnostic.rule == u"IST0134")
                analyzer.append(name);
            if (diagnostic.rule == u"SE-PORT-TCP-NEEDS-ADDRESS")
                webhookFound.append(name);
        }
        QCOMPARE(analyzer, ist0134);
        QCOMPARE(webhookFound, webhook);
    }

    /// Every fixture goes through without a crash, with registered rules and spans inside the text.
    void everyFixture()
    {
        const QStringList names =
            QDir(fixture(QString())).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 16);
        QList<YamlFile> files;
        files.reserve(names.size());
        ValidationWorkspace workspace;
        for (const QString &name : names) {
            files.append(load(name));
            workspace.addFile(&files.last(), name);
        }
        workspace.validateAll();
        for (const Diagnostic &diagnostic : workspace.diagnostics()) {
            QVERIFY(RuleRegistry::instance().find(diagnostic.rule));
            const QByteArray &text =
                workspace.file(diagnostic.file)->document(diagnostic.document).text();
            QVERIFY(diagnostic.start >= 0 && diagnostic.start <= diagnostic.end &&
                    diagnostic.end <= text.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestValidationFixtures)
#include "tst_validationfixtures.moc"
