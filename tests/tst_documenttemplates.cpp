#include "documentnames.h"
#include "documenttemplates.h"
#include "yamlfile.h"

#include <QFile>
#include <QtTest>

using namespace MeshEntry;

/// New resources: blank ones and templates, named freely, in the file's namespace.
class TestDocumentTemplates : public QObject
{
    Q_OBJECT

private slots:
    void everyTemplateReadsAndParses();
    void templatesTakeTheFilesNamespaceAndFreeNames();
    void crlfFilesGetCrlf();
    void names();
};

void TestDocumentTemplates::everyTemplateReadsAndParses()
{
    QCOMPARE(DocumentTemplates::all().size(), 6);
    for (const DocumentTemplates::Template &entry : DocumentTemplates::all()) {
        const YamlFile file = YamlFile::fromBytes(DocumentTemplates::read(entry));
        QVERIFY2(file.documentCount() > 0, qPrintable(entry.id));
        for (const YamlDocument &document : file.documents()) {
            QVERIFY2(!document.hasSyntaxErrors(), qPrintable(entry.id));
            QVERIFY2(!document.info().name.isEmpty(), qPrintable(entry.id));
        }
    }
    QCOMPARE(DocumentTemplates::find(QStringLiteral("serviceentry"))->title,
             QStringLiteral("ServiceEntry"));
    QCOMPARE(DocumentTemplates::find(QStringLiteral("nonesuch")), nullptr);
}

void TestDocumentTemplates::templatesTakeTheFilesNamespaceAndFreeNames()
{
    const YamlFile file = YamlFile::fromBytes(
        "kind: ServiceEntry\nmetadata:\n  name: new-service\n  namespace: payments\n---\n"
        "kind: WorkloadEntry\nmetadata:\n  name: w\n  namespace: payments\n---\n"
        "kind: WorkloadEntry\nmetadata:\n  name: x\n  namespace: other\n");
    const QByteArray text = DocumentTemplates::instantiate(
        DocumentTemplates::read(*DocumentTemplates::find(QStringLiteral("serviceentry"))), file);
    const YamlFile added = YamlFile::fromBytes(text);
    QCOMPARE(added.documentCount(), 1);
    QCOMPARE(added.document(0).info().namespaceName, QStringLiteral("payments"));
    QCOMPARE(added.document(0).info().name, QStringLiteral("new-service-2"));
    QVERIFY(text.contains("  name: new-service-2\n  namespace: payments\n"));
    // A template that sets its own namespace keeps it; an empty file sets none.
    const QByteArray own = DocumentTemplates::instantiate(
        "kind: ServiceEntry\nmetadata:\n  name: a\n  namespace: mine\n", file);
    QVERIFY(own.contains("namespace: mine\n"));
    QVERIFY(!own.contains("payments"));
    const QByteArray fresh = DocumentTemplates::instantiate(
        DocumentTemplates::read(*DocumentTemplates::find(QStringLiteral("vm-workloads"))),
        YamlFile::fromBytes({}));
    QVERIFY(!fresh.contains("namespace:"));
}

void TestDocumentTemplates::crlfFilesGetCrlf()
{
    const YamlFile file = YamlFile::fromBytes("kind: A\r\nmetadata:\r\n  name: a\r\n");
    const QByteArray text = DocumentTemplates::instantiate("kind: B\nmetadata:\n  name: b\n", file);
    QCOMPARE(text, QByteArray("kind: B\r\nmetadata:\r\n  name: b\r\n"));
}

void TestDocumentTemplates::names()
{
    const YamlFile file = YamlFile::fromBytes(
        "kind: A\nmetadata:\n  name: a\n  namespace: n\n---\n"
        "kind: A\nmetadata:\n  name: a-copy\n  namespace: n\n---\n"
        "kind: A\nmetadata:\n  name: b\n  namespace: m\n---\nkind: A\nmetadata:\n  name: c\n");
    QCOMPARE(DocumentNames::copyName(file, QStringLiteral("A"), QStringLiteral("n"),
                                     QStringLiteral("a")),
             QStringLiteral("a-copy-2"));
    QCOMPARE(DocumentNames::copyName(file, QStringLiteral("A"), QStringLiteral("m"),
                                     QStringLiteral("a")),
             QStringLiteral("a-copy"));
    QCOMPARE(DocumentNames::freeName(file, QStringLiteral("A"), QStringLiteral("n"),
                                     QStringLiteral("a")),
             QStringLiteral("a-2"));
    QCOMPARE(DocumentNames::freeName(file, QStringLiteral("B"), QStringLiteral("n"),
                                     QStringLiteral("a")),
             QStringLiteral("a"));
    // Two documents in n, one in m, one without: n is the file's namespace.
    QCOMPARE(DocumentNames::commonNamespace(file), QStringLiteral("n"));
    QCOMPARE(DocumentNames::commonNamespace(YamlFile::fromBytes("kind: A\n")), QString());
}

QTEST_GUILESS_MAIN(TestDocumentTemplates)
#include "tst_documenttemplates.moc"
