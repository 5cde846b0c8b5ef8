#include "editdescription.h"
#include "editordocument.h"
#include "fieldtable.h"

#include <QtTest>

using namespace MeshEntry;

namespace {

const FieldTable *table(const char *kind)
{
    return FieldTable::forKind(QString::fromLatin1(kind));
}

YamlPath path(const char *text)
{
    return YamlPath::fromText(QLatin1String(text));
}

} // namespace

/// Undo texts in words, from the field table.
class TestEditDescription : public QObject
{
    Q_OBJECT

private slots:
    void subjects_data();
    void subjects();
    void texts();
    void theHistoryUsesThem();
};

void TestEditDescription::subjects_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("subject");
    const auto row = [](const char *kind, const char *path, const char *subject) {
        QTest::newRow(path) << QString::fromLatin1(kind) << QString::fromLatin1(path)
                            << QString::fromUtf8(subject);
    };
    row("ServiceEntry", "spec.ports[0].number", "port 1 number");
    row("ServiceEntry", "spec.ports[1].targetPort", "port 2 target port");
    row("ServiceEntry", "spec.hosts[1]", "host 2");
    row("ServiceEntry", "spec.resolution", "resolution");
    row("ServiceEntry", "spec.workloadSelector", "workload selector");
    row("ServiceEntry", "spec.workloadSelector.labels.app", "selector label app");
    row("ServiceEntry", "spec.endpoints[0].ports.http", "endpoint 1 port http");
    row("ServiceEntry", "spec.endpoints[2].serviceAccount", "endpoint 3 service account");
    row("ServiceEntry", "metadata.labels.team", "label team");
    row("ServiceEntry", "apiVersion", "API version");
    row("WorkloadEntry", "spec.ports.http", "port http");
    row("WorkloadEntry", "spec.address", "address");
    row("Deployment", "spec.replicas", "replicas");
}

void TestEditDescription::subjects()
{
    QFETCH(QString, kind);
    QFETCH(QString, path);
    QFETCH(QString, subject);
    QCOMPARE(EditDescription::subject(FieldTable::forKind(kind), YamlPath::fromText(path)),
             subject);
}

void TestEditDescription::texts()
{
    const FieldTable *se = table("ServiceEntry");
    QCOMPARE(EditDescription::setValue(se, path("spec.ports[0].number"), YamlValue::plain("70000")),
             QStringLiteral("Set port 1 number to 70000"));
    QCOMPARE(EditDescription::setValue(se, path("metadata.name"), YamlValue::string("")),
             QStringLiteral("Clear name"));
    QCOMPARE(
        EditDescription::setValue(se, path("spec.hosts[0]"), YamlValue::string(QString(60, u'a'))),
        QStringLiteral("Set host 1 to ") + QString(39, u'a') + u'…');
    QCOMPARE(EditDescription::insertItem(se, path("spec.hosts")), QStringLiteral("Add host"));
    QCOMPARE(EditDescription::insertItem(se, path("spec.endpoints")),
             QStringLiteral("Add endpoint"));
    QCOMPARE(EditDescription::addKey(se, path("metadata.labels.t")), QStringLiteral("Add label"));
    QCOMPARE(EditDescription::remove(se, path("spec.workloadSelector")),
             QStringLiteral("Remove workload selector"));
    QCOMPARE(EditDescription::moveItem(se, path("spec.hosts"), 0, 1),
             QStringLiteral("Move host 1 down"));
    QCOMPARE(EditDescription::renameKey(QStringLiteral("label team"), QStringLiteral("owner")),
             QStringLiteral("Rename label team to owner"));
}

void TestEditDescription::theHistoryUsesThem()
{
    EditorDocument document("kind: ServiceEntry\nmetadata:\n  name: a\n  labels:\n    team: x\n"
                            "spec:\n  hosts:\n  - a.example.com\n");
    // A rename typed key by key is one step named from the key it started as.
    const QString key = QStringLiteral("rename");
    document.renameKey(0, path("metadata.labels.team"), QStringLiteral("teams"), key);
    document.renameKey(0, path("metadata.labels.teams"), QStringLiteral("teamsx"), key);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Rename label team to teamsx"));
    // A protocol chosen with the name it suggests keeps the protocol's text.
    document.insertItem(0, path("spec.ports"), -1,
                        YamlValue::mapping({{QStringLiteral("number"), YamlValue::plain("80")}}));
    const QString port = QStringLiteral("port");
    document.setValue(0, path("spec.ports[0].protocol"), YamlValue::string("HTTP"), port);
    document.setValue(0, path("spec.ports[0].name"), YamlValue::string("http"), port);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Set port 1 protocol to HTTP"));
    document.removeDocument(0);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Delete a"));
}

QTEST_GUILESS_MAIN(TestEditDescription)
#include "tst_editdescription.moc"
