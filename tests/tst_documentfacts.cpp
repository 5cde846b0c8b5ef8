#include "documentfacts.h"
#include "documentvalidator.h"
#include "yamlfile.h"

#include <QtTest>

using namespace MeshEntry;

namespace {

const QByteArray serviceEntry = "apiVersion: networking.istio.io/v1\n"
                                "kind: ServiceEntry\n"
                                "metadata:\n"
                                "  name: ledger\n"
                                "  namespace: pay\n"
                                "  labels: {app: ledger, team: \"a\\tb\", tier: data}\n"
                                "spec:\n"
                                "  hosts: [ledger.pay.internal, api.example.com]\n"
                                "  exportTo: [\".\"]\n"
                                "  ports:\n"
                                "  - {number: 443, name: https, protocol: TLS}\n"
                                "  - {number: 80, name: http, protocol: HTTP}\n"
                                "  resolution: DNS\n";

YamlText text(const char *bytes)
{
    return YamlText(bytes, qsizetype(qstrlen(bytes)));
}

} // namespace

/// The cross-document index keeps one DocumentFacts per ServiceEntry and WorkloadEntry of every
/// open file: what each holds.
class TestDocumentFacts : public QObject
{
    Q_OBJECT

private slots:
    void holdsItsListsInOneBlock();
    void listsAddedInAnyOrderKeepTheirItems();
};

void TestDocumentFacts::holdsItsListsInOneBlock()
{
    const YamlFile file = YamlFile::fromBytes(serviceEntry);
    DocumentFacts facts = DocumentValidator::validate(file.documents().first(), {}).facts;
    facts.squeeze();
    // 2 hosts, 2 ports, 1 exportTo entry and 3 labels of 20 bytes in one list (five lists of
    // their own before: 352 bytes of facts and four blocks); "a\tb" is the one value copied;
    // 5 places (name, selector, address, 2 hosts) of 40 bytes.
    QCOMPARE(sizeof(DocumentFacts), size_t(280));
    QCOMPARE(facts.heapBytes(), 8 * 20 + 3 + 5 * 40);
    QCOMPARE(facts.hostCount(), 2);
    QCOMPARE(facts.host(1), QStringLiteral("api.example.com"));
    QCOMPARE(facts.ports().size(), 2);
    QCOMPARE(facts.ports().at(1).number, 80u);
    QCOMPARE(facts.ports().at(1).name, QStringLiteral("http"));
    QCOMPARE(facts.ports().at(1).protocol, QStringLiteral("HTTP"));
    QCOMPARE(facts.exportTo(), QStringList{QStringLiteral(".")});
    const QMap<QString, QString> labels{{QStringLiteral("app"), QStringLiteral("ledger")},
                                        {QStringLiteral("team"), QStringLiteral("a\tb")},
                                        {QStringLiteral("tier"), QStringLiteral("data")}};
    QCOMPARE(facts.labels(), labels);
    QVERIFY(facts.hasLabel(u"team", u"a\tb"));
}

void TestDocumentFacts::listsAddedInAnyOrderKeepTheirItems()
{
    DocumentFacts facts;
    facts.setLabel(text("app"), text("ledger"));
    facts.addWorkloadPort(text("http"), 7);
    facts.addHost(text("a.internal"), 3);
    facts.addExportTo(text("*"));
    facts.addPort(8080, text("http"), text("HTTP"));
    facts.addHost(text("b.internal"), 5);
    facts.setLabel(text("app"), text("payments"));
    facts.addWorkloadPort(text("grpc"), 9);
    QCOMPARE(facts.hostCount(), 2);
    QCOMPARE(facts.host(0), QStringLiteral("a.internal"));
    QCOMPARE(facts.hostNode(1), 5);
    QCOMPARE(facts.ports().size(), 1);
    QCOMPARE(facts.ports().first().number, 8080u);
    QCOMPARE(facts.exportTo(), QStringList{QStringLiteral("*")});
    QCOMPARE(facts.labels().value(QStringLiteral("app")), QStringLiteral("payments"));
    QVERIFY(facts.hasLabel(u"app", u"payments"));
    QCOMPARE(facts.workloadPortCount(), 2);
    QCOMPARE(facts.workloadPort(0).name, QStringLiteral("http"));
    QCOMPARE(facts.workloadPort(1).keyNode, 9);
    // Nothing is in the document's text (none set), so every text is a copy.
    facts.squeeze();
    QCOMPARE(facts.heapBytes(), 8 * 20 + qsizetype(qstrlen("appledgerhttpa.internal*httpHTTPb."
                                                           "internalapppaymentsgrpc")));
}

QTEST_GUILESS_MAIN(TestDocumentFacts)
#include "tst_documentfacts.moc"
