#include "fieldtable.h"
#include "formfacts.h"
#include "yamlcompletion.h"

#include <QtTest>

using namespace MeshEntry;

namespace {

const FieldTable *serviceEntry()
{
    return FieldTable::forKind(u"ServiceEntry");
}

const QByteArray head = "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n"
                        "metadata:\n  name: api\nspec:\n  hosts:\n  - a.example.com\n";

} // namespace

/// What the YAML pane offers at the cursor, from the indentation above it and the field table.
class TestYamlCompletion : public QObject
{
    Q_OBJECT

private slots:
    void valuesOfTheFieldAfterItsKey();
    void aFinishedValueOffersNothing();
    void keysOfTheEnclosingField();
    void itemsOfIndentlessLists();
    void mapsAndUnknownPlacesOfferNothing();
    void contextFollowsIndentation_data();
    void contextFollowsIndentation();
};

void TestYamlCompletion::valuesOfTheFieldAfterItsKey()
{
    YamlCompletion::Offer offer = YamlCompletion::at(serviceEntry(), head + "  resolution: ");
    QVERIFY(offer.value);
    QCOMPARE(offer.prefix, QString());
    QCOMPARE(offer.words, QStringList({"DNS", "DNS_ROUND_ROBIN", "DYNAMIC_DNS", "NONE", "STATIC"}));
    // Not "status": values of the field, not every word of the table.
    offer = YamlCompletion::at(serviceEntry(), head + "  resolution: ST");
    QCOMPARE(offer.prefix, QStringLiteral("ST"));
    QCOMPARE(offer.words, QStringList({"STATIC"}));
    offer = YamlCompletion::at(serviceEntry(), head + "  location: mesh_");
    QCOMPARE(offer.words, QStringList({"MESH_EXTERNAL", "MESH_INTERNAL"}));
    offer =
        YamlCompletion::at(serviceEntry(), head + "  ports:\n  - number: 80\n    protocol: HTTP");
    QCOMPARE(offer.words, QStringList({"HTTP2", "HTTP_PROXY", "HTTPS"}));
}

void TestYamlCompletion::aFinishedValueOffersNothing()
{
    QCOMPARE(YamlCompletion::at(serviceEntry(), head + "  resolution: STATIC").words,
             QStringList());
    QCOMPARE(YamlCompletion::at(serviceEntry(), head + "  resolution: \"ST").words, QStringList());
    QCOMPARE(YamlCompletion::at(serviceEntry(), head + "  exportTo: [\".").words, QStringList());
}

void TestYamlCompletion::keysOfTheEnclosingField()
{
    QCOMPARE(YamlCompletion::at(serviceEntry(), head + "  reso").words,
             QStringList({"resolution"}));
    QCOMPARE(YamlCompletion::at(serviceEntry(), "kind: ServiceEntry\nmetadata:\n  na").words,
             QStringList({"name", "namespace"}));
    QCOMPARE(YamlCompletion::at(serviceEntry(), "kind: ServiceEntry\nsp").words,
             QStringList({"spec"}));
    // A key typed whole offers nothing more.
    QCOMPARE(YamlCompletion::at(serviceEntry(), head + "  resolution").words, QStringList());
    QCOMPARE(YamlCompletion::at(serviceEntry(), head + "  workloadSelector:\n    la").words,
             QStringList({"labels"}));
}

void TestYamlCompletion::itemsOfIndentlessLists()
{
    // kubectl writes `ports:` and its `- ` at one indentation.
    QCOMPARE(YamlCompletion::at(serviceEntry(), head + "  ports:\n  - num").words,
             QStringList({"number"}));
    QCOMPARE(YamlCompletion::at(serviceEntry(), head + "  ports:\n  - number: 80\n    ta").words,
             QStringList({"targetPort"}));
    QCOMPARE(YamlCompletion::at(serviceEntry(), head + "  endpoints:\n    - address: a\n      netw")
                 .words,
             QStringList({"network"}));
}

void TestYamlCompletion::mapsAndUnknownPlacesOfferNothing()
{
    // Label keys are the user's own.
    QCOMPARE(YamlCompletion::at(serviceEntry(), "kind: ServiceEntry\nmetadata:\n  labels:\n    ap")
                 .words,
             QStringList());
    QCOMPARE(YamlCompletion::at(serviceEntry(), "kind: ServiceEntry\nunknown:\n  na").words,
             QStringList());
    QCOMPARE(YamlCompletion::at(nullptr, head + "  reso").words, QStringList());
}

void TestYamlCompletion::contextFollowsIndentation_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("top") << QByteArray("kind: ServiceEntry\nme") << QString();
    QTest::newRow("spec") << QByteArray(head + "  lo") << QStringLiteral("spec");
    QTest::newRow("port item") << QByteArray(head + "  ports:\n  - number: 1\n    na")
                               << QStringLiteral("spec.ports[]");
    QTest::newRow("after a comment and a blank line")
        << QByteArray(head + "  ports:\n  - number: 1\n\n    # the name\n    na")
        << QStringLiteral("spec.ports[]");
    QTest::newRow("back out of the list")
        << QByteArray(head + "  ports:\n  - number: 1\n  lo") << QStringLiteral("spec");
    QTest::newRow("next document")
        << QByteArray(head + "---\nkind: WorkloadEntry\nsp") << QString();
}

void TestYamlCompletion::contextFollowsIndentation()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, pattern);
    QCOMPARE(YamlCompletion::parentPattern(serviceEntry(), text), pattern);
}

QTEST_MAIN(TestYamlCompletion)
#include "tst_yamlcompletion.moc"
