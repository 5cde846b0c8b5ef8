#include "filefixer.h"
#include "fixregistry.h"
#include "validationworkspace.h"

#include <QtTest>

using namespace MeshEntry;

namespace {

const QByteArray head = "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                        "  name: api\n  namespace: ns5\n";

QList<Diagnostic> validate(const QByteArray &yaml)
{
    const YamlFile file = YamlFile::fromBytes(yaml);
    ValidationWorkspace workspace;
    workspace.addFile(&file, QStringLiteral("x.yaml"));
    workspace.validateAll();
    return workspace.diagnostics();
}

QStringList rulesOf(const QList<Diagnostic> &diagnostics)
{
    QStringList rules;
    for (const Diagnostic &diagnostic : diagnostics)
        rules.append(diagnostic.rule);
    return rules;
}

} // namespace

/// Every one-click fix: the finding it answers, the exact text it writes, and that the finding
/// is gone when validation runs again.
class TestFixes : public QObject
{
    Q_OBJECT

private slots:
    void fixWritesExactText_data();
    void fixWritesExactText();
    void choicesNameTheirConsequences();
    void integerTrapWithLeadingZeroIsAChoice();
    void noFixWhereNoneIsSensible();
    void fileFixerFixesUntilNothingIsLeft();
    void fileFixerLeavesChoices();
    void rulesWithFixesAreRegistered();
};

void TestFixes::fixWritesExactText_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QByteArray>("output");

    const QByteArray spec = "spec:\n  hosts: [api.example.com]\n  addresses: [10.0.0.1]\n"
                            "  resolution: STATIC\n";
    QTest::newRow("label value on")
        << head + "  labels:\n    enabled: on\n" + spec << "ME-YAML11-TYPING"
        << "Quote \"on\"" << head + "  labels:\n    enabled: \"on\"\n" + spec;
    QTest::newRow("annotation value 1.0")
        << head + "  annotations:\n    version: 1.0 # release\n" + spec << "ME-YAML11-TYPING"
        << "Quote \"1.0\"" << head + "  annotations:\n    version: \"1.0\" # release\n" + spec;
    QTest::newRow("label value 0755")
        << head + "  labels: {mode: 0755}\n" + spec << "ME-YAML11-TYPING"
        << "Quote \"0755\"" << head + "  labels: {mode: \"0755\"}\n" + spec;
    QTest::newRow("label key yes")
        << head + "  labels:\n    yes: x\n" + spec << "ME-YAML11-TYPING"
        << "Quote the key \"yes\"" << head + "  labels:\n    \"yes\": x\n" + spec;
    QTest::newRow("hexadecimal port number")
        << head + "spec:\n  hosts: [api.example.com]\n  ports:\n  - {number: 0x1BB, name: tls, "
                  "protocol: TLS}\n"
        << "ME-YAML11-TYPING"
        << "Write 443"
        << head + "spec:\n  hosts: [api.example.com]\n  ports:\n  - {number: 443, name: tls, "
                  "protocol: TLS}\n";
    QTest::newRow("port name from protocol")
        << head + "spec:\n  hosts: [db.example.com]\n  addresses: [10.0.0.1]\n  ports:\n"
                  "  - number: 5432\n    name: http-db\n    protocol: TCP\n"
        << "ME-PORT-NAME-CONVENTION"
        << "Name the port \"tcp\""
        << head + "spec:\n  hosts: [db.example.com]\n  addresses: [10.0.0.1]\n  ports:\n"
                  "  - number: 5432\n    name: tcp\n    protocol: TCP\n";
    QTest::newRow("port name taken gets the number")
        << head + "spec:\n  hosts: [a.example.com]\n  ports:\n"
                  "  - {number: 80, name: http, protocol: HTTP}\n"
                  "  - {number: 8443, name: tls-web, protocol: HTTP}\n"
        << "ME-PORT-NAME-CONVENTION"
        << "Name the port \"http-8443\""
        << head + "spec:\n  hosts: [a.example.com]\n  ports:\n"
                  "  - {number: 80, name: http, protocol: HTTP}\n"
                  "  - {number: 8443, name: http-8443, protocol: HTTP}\n";
    QTest::newRow("missing port name")
        << head + "spec:\n  hosts: [a.example.com]\n  ports:\n  - number: 443\n"
                  "    protocol: HTTPS\n"
        << "CRD-SE-PORTS-LISTMAP"
        << "Name the port \"https\""
        << head + "spec:\n  hosts: [a.example.com]\n  ports:\n  - number: 443\n"
                  "    protocol: HTTPS\n    name: https\n";
    QTest::newRow("invalid port name")
        << head + "spec:\n  hosts: [a.example.com]\n  ports:\n  - number: 80\n"
                  "    name: bad_name\n    protocol: HTTP_PROXY\n"
        << "SE-PORT-NAME"
        << "Name the port \"http-proxy\""
        << head + "spec:\n  hosts: [a.example.com]\n  ports:\n  - number: 80\n"
                  "    name: http-proxy\n    protocol: HTTP_PROXY\n";
    QTest::newRow("protocol case")
        << head + "spec:\n  hosts: [a.example.com]\n  ports:\n  - number: 443\n"
                  "    name: https\n    protocol: 'https'\n"
        << "ME-PROTOCOL-CASE"
        << "Write HTTPS"
        << head + "spec:\n  hosts: [a.example.com]\n  ports:\n  - number: 443\n"
                  "    name: https\n    protocol: 'HTTPS'\n";
    QTest::newRow("protocol case grpc-web")
        << head + "spec:\n  hosts: [a.example.com]\n  ports:\n  - {number: 80, name: grpc-web, "
                  "protocol: grpc-web}\n"
        << "ME-PROTOCOL-CASE"
        << "Write GRPC-Web"
        << head + "spec:\n  hosts: [a.example.com]\n  ports:\n  - {number: 80, name: grpc-web, "
                  "protocol: GRPC-Web}\n";
    QTest::newRow("duplicate exportTo after dot")
        << head + spec + "  exportTo: [\".\", ns5]\n"
        << "SE-EXPORTTO-DUP"
        << "Remove the duplicate exportTo entry \"ns5\"" << head + spec + "  exportTo: [\".\"]\n";
    QTest::newRow("duplicate exportTo block") << head + spec + "  exportTo:\n  - a\n  - b\n  - a\n"
                                              << "SE-EXPORTTO-DUP"
                                              << "Remove the duplicate exportTo entry \"a\""
                                              << head + spec + "  exportTo:\n  - a\n  - b\n";
    QTest::newRow("ipv6 in a flow sequence")
        << head + "spec:\n  hosts: [a.example.com]\n  addresses: [1.2.3.4, 001:db8::]\n"
        << "YAML-SYNTAX"
        << "Quote 001:db8::"
        << head + "spec:\n  hosts: [a.example.com]\n  addresses: [1.2.3.4, \"001:db8::\"]\n";
}

void TestFixes::fixWritesExactText()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, rule);
    QFETCH(QString, title);
    QFETCH(QByteArray, output);
    const QList<Diagnostic> before = validate(input);
    const auto finding = std::find_if(before.cbegin(), before.cend(),
                                      [&](const Diagnostic &d) { return d.rule == rule; });
    QVERIFY2(finding != before.cend(), qPrintable(rulesOf(before).join(u' ')));
    const QList<Fix> fixes = FixRegistry::instance().fixesFor(*finding, input);
    QCOMPARE(fixes.size(), 1);
    QCOMPARE(fixes.first().title, title);
    QVERIFY(!fixes.first().choice);
    const DocumentEdit edit = fixes.first().apply(input);
    QVERIFY2(edit.ok, qPrintable(edit.error));
    QCOMPARE(edit.text, output);
    // Validated again, the finding is gone.
    for (const Diagnostic &after : validate(edit.text))
        QVERIFY2(!(after.rule == rule && after.path == finding->path),
                 qPrintable(after.rule + u' ' + after.message));
}

void TestFixes::choicesNameTheirConsequences()
{
    const QByteArray input =
        head + "spec:\n  hosts: [vm.internal]\n  addresses: [10.0.0.1]\n  location: "
               "MESH_INTERNAL\n  resolution: STATIC\n  workloadSelector:\n    labels:\n"
               "      app: vm\n  endpoints:\n  - address: 10.0.0.2\n  - address: 10.0.0.3\n";
    const QList<Diagnostic> before = validate(input);
    const auto finding = std::find_if(before.cbegin(), before.cend(), [](const Diagnostic &d) {
        return d.rule == u"SE-SELECTOR-XOR-ENDPOINTS";
    });
    QVERIFY(finding != before.cend());
    const QList<Fix> fixes = FixRegistry::instance().fixesFor(*finding, input);
    QCOMPARE(fixes.size(), 2);
    QVERIFY(fixes[0].choice && fixes[1].choice);
    QCOMPARE(fixes[0].label(),
             QStringLiteral("Keep workloadSelector, remove endpoints — the 2 listed endpoint(s) "
                            "go; the Pods and WorkloadEntries the selector matches become the "
                            "endpoints"));
    QCOMPARE(fixes[1].label(),
             QStringLiteral("Keep endpoints, remove workloadSelector — only the listed endpoints "
                            "are used; no Pod or WorkloadEntry is selected"));
    QCOMPARE(fixes[0].apply(input).text,
             head + "spec:\n  hosts: [vm.internal]\n  addresses: [10.0.0.1]\n  location: "
                    "MESH_INTERNAL\n  resolution: STATIC\n  workloadSelector:\n    labels:\n"
                    "      app: vm\n");
    QCOMPARE(fixes[1].apply(input).text,
             head + "spec:\n  hosts: [vm.internal]\n  addresses: [10.0.0.1]\n  location: "
                    "MESH_INTERNAL\n  resolution: STATIC\n  endpoints:\n  - address: 10.0.0.2\n"
                    "  - address: 10.0.0.3\n");
    // The CRD's oneOf reports the same finding: the same two choices.
    const auto crd = std::find_if(before.cbegin(), before.cend(),
                                  [](const Diagnostic &d) { return d.rule == u"CRD-SE-ONEOF"; });
    QVERIFY(crd != before.cend());
    QCOMPARE(FixRegistry::instance().fixesFor({*finding, *crd}, input).size(), 2);
}

void TestFixes::integerTrapWithLeadingZeroIsAChoice()
{
    const QByteArray input = head + "spec:\n  hosts: [a.example.com]\n  addresses: [10.0.0.1]\n"
                                    "  ports:\n  - {number: 0443, name: tls, protocol: TLS}\n";
    const QList<Diagnostic> before = validate(input);
    const auto finding = std::find_if(before.cbegin(), before.cend(), [](const Diagnostic &d) {
        return d.rule == u"ME-YAML11-TYPING";
    });
    QVERIFY(finding != before.cend());
    const QList<Fix> fixes = FixRegistry::instance().fixesFor(*finding, input);
    QCOMPARE(fixes.size(), 2);
    QCOMPARE(fixes[0].label(), QStringLiteral("Write 291 — the number Kubernetes reads from 0443"));
    QCOMPARE(fixes[1].label(),
             QStringLiteral("Write 443 — the digits read as decimal, a different number from "
                            "the 291 Kubernetes reads now"));
    QVERIFY(fixes[1].apply(input).text.contains("{number: 443, name: tls"));
}

void TestFixes::noFixWhereNoneIsSensible()
{
    // No protocol to derive a name from; an unknown protocol has no spelling to correct.
    const QByteArray input = head + "spec:\n  hosts: [a.example.com]\n  ports:\n  - number: 80\n"
                                    "  - {number: 81, name: x, protocol: quic}\n";
    for (const Diagnostic &diagnostic : validate(input))
        QVERIFY2(FixRegistry::instance().fixesFor(diagnostic, input).isEmpty(),
                 qPrintable(diagnostic.rule + u' ' + diagnostic.message));
}

void TestFixes::fileFixerFixesUntilNothingIsLeft()
{
    // Two documents, several findings each; the IPv6 fix makes the document parse, and the
    // validation that follows finds the port name to fix.
    YamlFile file = YamlFile::fromBytes(
        head +
        "  labels: {enabled: on}\nspec:\n  hosts: [a.example.com]\n"
        "  addresses: [1.2.3.4, 001:db8::]\n  ports:\n"
        "  - {number: 80, name: tcp, protocol: http}\n  exportTo: [a, a]\n---\n" +
        head +
        "spec:\n  hosts: [b.example.com]\n  addresses: [10.0.0.2]\n  ports:\n"
        "  - {number: 53, name: dns, protocol: udp}\n");
    const FileFixer::Result result = FileFixer().run(&file, QStringLiteral("x.yaml"));
    QStringList applied;
    for (const FileFixer::Applied &fix : result.applied)
        applied.append(fix.finding.rule + u':' + fix.fix.title);
    // One fix per document and round, each document's findings in the order of the text.
    QCOMPARE(applied, QStringList({"YAML-SYNTAX:Quote 001:db8::", "ME-PROTOCOL-CASE:Write UDP",
                                   "ME-YAML11-TYPING:Quote \"on\"",
                                   "ME-PORT-NAME-CONVENTION:Name the port \"http\"",
                                   "ME-PROTOCOL-CASE:Write HTTP",
                                   "SE-EXPORTTO-DUP:Remove the duplicate exportTo entry \"a\""}));
    QVERIFY(result.left.isEmpty());
    QCOMPARE(file.bytes(),
             head +
                 "  labels: {enabled: \"on\"}\nspec:\n  hosts: [a.example.com]\n"
                 "  addresses: [1.2.3.4, \"001:db8::\"]\n  ports:\n"
                 "  - {number: 80, name: http, protocol: HTTP}\n  exportTo: [a]\n---\n" +
                 head +
                 "spec:\n  hosts: [b.example.com]\n  addresses: [10.0.0.2]\n  ports:\n"
                 "  - {number: 53, name: dns, protocol: UDP}\n");
}

void TestFixes::fileFixerLeavesChoices()
{
    YamlFile file = YamlFile::fromBytes(
        head + "spec:\n  hosts: [vm.internal]\n  addresses: [10.0.0.1]\n  resolution: STATIC\n"
               "  workloadSelector: {labels: {app: vm}}\n  endpoints: [{address: 10.0.0.2}]\n"
               "  exportTo: [b, b]\n");
    const FileFixer::Result result =
        FileFixer({}, {QStringLiteral("SE-SELECTOR-XOR-ENDPOINTS")}).run(&file, {});
    QVERIFY(result.applied.isEmpty());
    QCOMPARE(result.left.size(), 1);
    QCOMPARE(result.left.first().finding.rule, QStringLiteral("SE-SELECTOR-XOR-ENDPOINTS"));
    QCOMPARE(result.left.first().choices.size(), 2);
    // --rule kept the exportTo duplicate as it was.
    QVERIFY(file.bytes().contains("exportTo: [b, b]"));
}

void TestFixes::rulesWithFixesAreRegistered()
{
    QCOMPARE(FixRegistry::instance().rules(),
             QStringList({"CRD-SE-ONEOF", "CRD-SE-PORTS-LISTMAP", "ME-PORT-NAME-CONVENTION",
                          "ME-PROTOCOL-CASE", "ME-YAML11-TYPING", "SE-EXPORTTO-DUP", "SE-PORT-NAME",
                          "SE-SELECTOR-XOR-ENDPOINTS", "YAML-SYNTAX"}));
}

QTEST_GUILESS_MAIN(TestFixes)
#include "tst_fixes.moc"
