#include "routingtesthelpers.h"
#include "visibilitymapmodel.h"

#include <QSignalSpy>
#include <QtTest>

using namespace MeshEntry;

namespace {

QByteArray serviceEntry(const QByteArray &name, const QByteArray &ns, const QByteArray &host,
                        const QByteArray &exportTo)
{
    return "---\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: " +
           name + "\n  namespace: " + ns + "\nspec:\n  hosts: [" + host + "]\n  exportTo: [" +
           exportTo +
           "]\n  location: MESH_EXTERNAL\n  resolution: DNS\n"
           "  ports: [{number: 443, name: https, protocol: TLS}]\n";
}

QByteArray mesh(const QByteArray &stripeExportTo)
{
    return serviceEntry("stripe", "payments", "api.stripe.com", stripeExportTo) +
           serviceEntry("stripe-again", "payments", "api.stripe.com", stripeExportTo) +
           serviceEntry("ledger", "payments", "ledger.example.com", "\"*\"") +
           serviceEntry("audit", "orders", "audit.example.com", "\".\"");
}

QStringList rowNames(const VisibilityMapModel &map)
{
    QStringList names;
    for (int row = 0; row < map.rowCount(); ++row)
        names.append(map.headerData(row, Qt::Vertical, Qt::DisplayRole).toString());
    return names;
}

QStringList cells(const VisibilityMapModel &map)
{
    QStringList states;
    for (int row = 0; row < map.rowCount(); ++row) {
        QStringList line;
        for (int column = 0; column < map.columnCount(); ++column)
            line.append(map.index(row, column).data().toString());
        states.append(line.join(u' '));
    }
    return states;
}

} // namespace

/// The Visibility map's rows are rebuilt by a worker; the map shown stays until they come.
class TestVisibilityMapModel : public QObject
{
    Q_OBJECT

private slots:
    void rebuildsInAWorkerAndAdoptsTheNewest()
    {
        const auto hidden = RoutingTest::model(mesh("\".\""));
        const auto exported = RoutingTest::model(mesh("\"*\""));
        VisibilityMapModel map;
        QSignalSpy resets(&map, &QAbstractItemModel::modelReset);
        QSignalSpy rebuilding(&map, &VisibilityMapModel::rebuildingChanged);
        map.setRoutingModel(hidden.get());
        // Not built on this thread: nothing is shown yet, a worker orders the rows.
        QVERIFY(map.isRebuilding());
        QCOMPARE(map.rowCount(), 0);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(rebuilding.size(), 1);
        QTRY_VERIFY(!map.isRebuilding());
        QCOMPARE(resets.size(), 1);
        QCOMPARE(rebuilding.size(), 2);
        QCOMPARE(map.namespaces(), (QStringList{"orders", "payments"}));
        // One row per host and namespace that defines it (stripe twice in payments: once).
        QCOMPARE(rowNames(map),
                 (QStringList{"api.stripe.com  (payments)", "audit.example.com  (orders)",
                              "ledger.example.com  (payments)"}));
        QCOMPARE(cells(map), (QStringList{"hidden visible", "visible hidden", "visible visible"}));

        // An edit's rebuild: the old rows stay meanwhile; the newer of two rebuilds wins and
        // the older one's rows are never shown.
        map.setRoutingModel(exported.get());
        QVERIFY(map.isRebuilding());
        QCOMPARE(rowNames(map).size(), 3);
        map.setRoutingModel(hidden.get());
        map.setRoutingModel(exported.get());
        QTRY_VERIFY(!map.isRebuilding());
        QTest::qWait(50);
        QCOMPARE(resets.size(), 2);
        QCOMPARE(rebuilding.size(), 4);
        QCOMPARE(map.routingModel(), exported.get());
        QCOMPARE(rowNames(map).size(), 3);
        QCOMPARE(cells(map), (QStringList{"visible visible", "visible hidden", "visible visible"}));

        // Without a routing model (a validation job owns it) the map empties at once.
        map.setRoutingModel(nullptr);
        QVERIFY(!map.isRebuilding());
        QCOMPARE(map.rowCount(), 0);
    }
};

QTEST_MAIN(TestVisibilityMapModel)
#include "tst_visibilitymapmodel.moc"
