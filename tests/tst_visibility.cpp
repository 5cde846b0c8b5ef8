// `visible`: which hosts a namespace's sidecars see, and the rule that hides the others.

#include "requestwalker.h"
#include "routingtesthelpers.h"

using namespace MeshEntry;
using namespace MeshEntry::RoutingTest;

namespace {

QByteArray entry(const char *name, const char *ns, const char *hosts, const QByteArray &extra = {},
                 const char *ports = "[{number: 443, name: tls, protocol: TLS}]")
{
    return QByteArray("---\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                      "  name: ") +
           name + "\n  namespace: " + ns + "\nspec:\n  hosts: " + hosts + "\n  ports: " + ports +
           "\n  resolution: DNS\n" + extra;
}

QByteArray sidecar(const char *ns, const char *hosts)
{
    return QByteArray("---\napiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata:\n"
                      "  name: default\n  namespace: ") +
           ns + "\nspec:\n  egress:\n  - hosts: " + hosts + "\n";
}

/// "host ns/name" of the visible services.
QStringList visibleHosts(const ServiceVisibility &visibility)
{
    QStringList out;
    for (const ServiceVisibility::Visible &service : visibility.services)
        out.append(service.host + u' ' + entryName(*service.entry));
    return out;
}

/// "host ns/name RULE: reason" of the hidden ones.
QStringList hiddenHosts(const ServiceVisibility &visibility)
{
    QStringList out;
    for (const ServiceVisibility::Hidden &hidden : visibility.hidden)
        out.append(QStringLiteral("%1 %2 %3: %4")
                       .arg(hidden.host, entryName(*hidden.entry), hidden.rule, hidden.reason));
    return out;
}

} // namespace

class VisibilityTest : public QObject
{
    Q_OBJECT

private slots:
    void ownNamespaceImport();
    void exactImportAndExclusion();
    void duplicateHostsAcrossNamespaces();
    void sameNamespaceMergeAndIgnore();
    void serviceEntryVisibility();
    void cellsAgreeWithTheList();
};

void VisibilityTest::ownNamespaceImport()
{
    const auto routing =
        model(entry("api", "payments", "[api.payments.example.com]") +
              entry("shared", "shared", "[shared.example.com]") + sidecar("payments", "[\"./*\"]"));
    const ServiceVisibility visibility = routing->visibility(QStringLiteral("payments"));
    QCOMPARE(visibleHosts(visibility), QStringList{"api.payments.example.com payments/api"});
    QCOMPARE(hiddenHosts(visibility),
             QStringList{"shared.example.com shared/shared IMPORT: Sidecar payments/default does "
                         "not import it"});
    // Elsewhere the default scope imports everything.
    QCOMPARE(
        visibleHosts(routing->visibility(QStringLiteral("orders"))),
        (QStringList{"api.payments.example.com payments/api", "shared.example.com shared/shared"}));
}

void VisibilityTest::exactImportAndExclusion()
{
    const auto routing =
        model(entry("a", "shared", "[a.example.com, b.example.com, c.example.com]") +
              sidecar("payments", "[\"*/*\", \"~shared/b.example.com\"]") +
              sidecar("orders", "[\"*/c.example.com\"]"));
    QCOMPARE(visibleHosts(routing->visibility(QStringLiteral("payments"))),
             (QStringList{"a.example.com shared/a", "c.example.com shared/a"}));
    QCOMPARE(hiddenHosts(routing->visibility(QStringLiteral("payments"))),
             QStringList{"b.example.com shared/a IMPORT: excluded by Sidecar payments/default "
                         "(egress host \"~shared/b.example.com\")"});
    QCOMPARE(visibleHosts(routing->visibility(QStringLiteral("orders"))),
             QStringList{"c.example.com shared/a"});
}

void VisibilityTest::duplicateHostsAcrossNamespaces()
{
    const auto routing = model(entry("old", "a", "[api.example.com]", {}) +
                               entry("new", "b", "[api.example.com]", "  exportTo: [orders, b]\n") +
                               entry("api", "payments", "[api.example.com]"));
    QCOMPARE(visibleHosts(routing->visibility(QStringLiteral("payments"))),
             QStringList{"api.example.com payments/api"});
    QCOMPARE(hiddenHosts(routing->visibility(QStringLiteral("payments"))),
             (QStringList{"api.example.com a/old HOST-NAMESPACE: shadowed by the entry in "
                          "payments's own namespace (payments/api)",
                          "api.example.com b/new EXPORTTO: not exported to payments (exportTo "
                          "[\"orders\", \"b\"])"}));
    QCOMPARE(visibleHosts(routing->visibility(QStringLiteral("orders"))),
             QStringList{"api.example.com b/new"});
    QCOMPARE(hiddenHosts(routing->visibility(QStringLiteral("orders"))),
             (QStringList{"api.example.com a/old HOST-NAMESPACE: shadowed by b/new, exported to "
                          "orders explicitly",
                          "api.example.com payments/api HOST-NAMESPACE: shadowed by b/new, "
                          "exported to orders explicitly"}));
    // Without creation times, the host then the namespace decide: a sorts first.
    QCOMPARE(visibleHosts(routing->visibility(QStringLiteral("billing"))),
             QStringList{"api.example.com a/old"});
    QCOMPARE(hiddenHosts(routing->visibility(QStringLiteral("billing"))).last(),
             QStringLiteral("api.example.com payments/api HOST-NAMESPACE: shadowed by a/old, which "
                            "comes first in creation order"));
}

void VisibilityTest::sameNamespaceMergeAndIgnore()
{
    const auto routing =
        model(entry("v1", "payments", "[api.example.com]", {},
                    "[{number: 443, name: tls, protocol: TLS}]") +
              entry("v2", "payments", "[api.example.com]", {},
                    "[{number: 8443, name: tls2, protocol: TLS}]") +
              entry("v3", "payments", "[api.example.com]", "  endpoints: [{address: 10.0.0.1}]\n",
                    "[{number: 9443, name: tls3, protocol: TLS}]")
                  .replace("resolution: DNS", "resolution: STATIC"));
    const ServiceVisibility visibility = routing->visibility(QStringLiteral("payments"));
    QCOMPARE(visibleHosts(visibility), QStringList{"api.example.com payments/v1"});
    QCOMPARE(visibility.services.first().ports.size(), 2); // 443 and 8443 merged
    QCOMPARE(visibility.services.first().ports.last().number, 8443u);
    QCOMPARE(hiddenHosts(visibility),
             QStringList{"api.example.com payments/v3 HOST-MERGE: ServiceEntry payments/v1 defines "
                         "the host first in payments; the ports of this entry are not merged "
                         "(resolutions differ)"});
}

void VisibilityTest::serviceEntryVisibility()
{
    const QByteArray mesh = R"(serviceEntryVisibility:
  applyToSidecars: true
  defaultVisibility: NAMESPACE
)";
    const auto routing = model(entry("api", "payments", "[api.example.com]"), mesh);
    QCOMPARE(hiddenHosts(routing->visibility(QStringLiteral("orders"))),
             QStringList{"api.example.com payments/api VISIBILITY: serviceEntryVisibility narrows "
                         "exportTo [\"*\"] of namespace payments to [\".\"]"});
    QCOMPARE(visibleHosts(routing->visibility(QStringLiteral("payments"))),
             QStringList{"api.example.com payments/api"});
}

void VisibilityTest::cellsAgreeWithTheList()
{
    const auto routing = model(entry("old", "a", "[api.example.com]", {}) +
                               entry("new", "b", "[api.example.com]", "  exportTo: [orders, b]\n") +
                               entry("api", "payments", "[api.example.com, only.example.com]") +
                               sidecar("orders", "[\"*/*\", \"~/only.example.com\"]"));
    const auto cell = [&](const char *viewer, const char *host, const char *source) {
        return routing->visibilityCell(QString::fromLatin1(viewer), QString::fromLatin1(host),
                                       QString::fromLatin1(source));
    };
    QCOMPARE(cell("orders", "api.example.com", "b").state, ServiceVisibility::State::Visible);
    QCOMPARE(cell("orders", "api.example.com", "b").reason,
             QStringLiteral("orders sees api.example.com from ServiceEntry b/new"));
    QCOMPARE(cell("orders", "api.example.com", "a").state, ServiceVisibility::State::Shadowed);
    QCOMPARE(cell("orders", "api.example.com", "a").reason,
             QStringLiteral("a/old (HOST-NAMESPACE): shadowed by b/new, exported to orders "
                            "explicitly"));
    QCOMPARE(cell("payments", "api.example.com", "b").state, ServiceVisibility::State::Hidden);
    QCOMPARE(cell("orders", "only.example.com", "payments").reason,
             QStringLiteral("payments/api (IMPORT): excluded by Sidecar orders/default (egress "
                            "host \"~/only.example.com\")"));
    QCOMPARE(cell("orders", "only.example.com", "a").reason,
             QStringLiteral("no ServiceEntry in a defines only.example.com"));
}

QTEST_GUILESS_MAIN(VisibilityTest)
#include "tst_visibility.moc"
