#include "clusterconnection.h"
#include "clusterobjectsmodel.h"
#include "clustersession.h"
#include "diagnosticsmodel.h"
#include "diagnosticspanel.h"
#include "formtesthelpers.h"
#include "helppages.h"
#include "kubeclient.h"
#include "kubeconfig.h"
#include "mainwindow.h"
#include "messagetext.h"
#include "openfromclusterdialog.h"
#include "processtesthelpers.h"
#include "requesttesterpanel.h"
#include "routestepsmodel.h"
#include "routingtesthelpers.h"
#include "serviceentryform.h"
#include "servicevisibility.h"
#include "translations.h"
#include "validationworkspace.h"
#include "visibilitymapview.h"
#include "workloadinventory.h"
#include "yamlfile.h"

#include <QComboBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTabBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::FormTest;

namespace {

/// Clicks the tab (of any tab bar of window) whose text is text, as the user would.
bool clickTab(QWidget &window, QStringView text)
{
    for (QTabBar *bar : window.findChildren<QTabBar *>()) {
        for (int tab = 0; tab < bar->count(); ++tab) {
            if (bar->tabText(tab) == text) {
                QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
                return true;
            }
        }
    }
    return false;
}

/// Two ports named https: Istio's webhook says so (SE-PORT-NAME-DUP), the apiserver too.
const QByteArray duplicatePortName = R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: billing
  namespace: payments
spec:
  hosts:
  - billing.example.com
  location: MESH_EXTERNAL
  resolution: DNS
  ports:
  - number: 443
    name: https
    protocol: TLS
  - number: 8443
    name: https
    protocol: TLS
)";

/// One finding of each kind of check: a YAML 1.1 typing trap and a CEL rule (schema), an
/// istioctl analyze condition, a cross-document finding and a Sidecar's routing conflict.
const QByteArray oneOfEachCheck = R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: billing
  namespace: payments
  labels:
    legacy: yes
spec:
  hosts:
  - billing.example.com
  location: MESH_EXTERNAL
  resolution: DNS
  ports:
  - number: 70000
    name: http
    protocol: HTTP
status:
  conditions:
  - type: istio.io/WaypointBound
    status: "False"
    reason: NoWaypoint
    message: none
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: billing
  namespace: payments
spec:
  hosts:
  - billing.example.com
  location: MESH_EXTERNAL
  resolution: DNS
  ports:
  - number: 443
    name: https
    protocol: TLS
---
apiVersion: networking.istio.io/v1
kind: Sidecar
metadata:
  name: default
  namespace: payments
spec:
  egress:
  - hosts:
    - billing.example.com
)";

/// Two entries of one host and namespace that Istio does not merge (every key differs), a
/// selector whose one WorkloadEntry Istio cannot use, and a finding only analyze reports.
const QByteArray composedFindings = R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: api-a
  namespace: payments
  labels:
    team: a
spec:
  hosts:
  - api.internal
  location: MESH_INTERNAL
  resolution: STATIC
  ports:
  - number: 80
    name: http
    protocol: HTTP
  workloadSelector:
    labels:
      app: vm
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: api-b
  namespace: payments
spec:
  hosts:
  - api.internal
  location: MESH_INTERNAL
  resolution: DNS
  exportTo: ["."]
  ports:
  - number: 8080
    name: http-alt
    protocol: HTTP
---
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata:
  name: vm-1
  namespace: payments
  labels:
    app: vm
spec:
  address: vm.example.com
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: dry
  namespace: payments
  annotations:
    istio.io/dry-run: "true"
spec:
  hosts: []
)";

/// Entries a request tester walks through: an HTTP service with two endpoints, a TLS API,
/// and one host defined in two namespaces (the later one is shadowed).
const QByteArray routedMesh = R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: web
  namespace: payments
spec:
  hosts:
  - web.example.com
  addresses:
  - 10.1.0.5
  location: MESH_INTERNAL
  resolution: STATIC
  ports:
  - number: 80
    name: http
    protocol: HTTP
  endpoints:
  - address: 10.0.0.1
  - address: 10.0.0.2
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: api
  namespace: payments
spec:
  hosts:
  - api.example.com
  location: MESH_EXTERNAL
  resolution: DNS
  ports:
  - number: 443
    name: tls
    protocol: TLS
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: shared
  namespace: alpha
  creationTimestamp: "2024-01-01T00:00:00Z"
spec:
  hosts:
  - shared.example.com
  location: MESH_EXTERNAL
  resolution: DNS
  ports:
  - number: 443
    name: tls
    protocol: TLS
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: shared
  namespace: beta
  creationTimestamp: "2024-02-01T00:00:00Z"
spec:
  hosts:
  - shared.example.com
  location: MESH_EXTERNAL
  resolution: DNS
  ports:
  - number: 443
    name: tls
    protocol: TLS
)";

/// What the view shows for a step: translatedMessage of its detail.
QString shown(const RouteAnswer &answer, const QString &rule)
{
    for (const RouteStep &step : answer.steps) {
        if (step.rule == rule)
            return translatedMessage(step.source, step.detail);
    }
    return QStringLiteral("(no %1 step)").arg(rule);
}

} // namespace

/**
 * The model keeps its messages in English (the CLI prints them); the views show them in the
 * user's language, translated from the template each message was made from.
 */
class TestModelMessages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void argumentsAreReadBackFromTheEnglish();
    void diagnosticShowsInGermanInThePanel();
    void everyKindOfCheckShowsInGerman();
    void ruleTitleShowsInGermanInTheReference();
    void routingStepShowsInGermanInTheTester();
    void routingDetailsAreGermanThroughout();
    void routingConflictWhyIsGerman();
    void routingDetailShowsInFrench();
    void clusterErrorShowsInGermanInTheOpenDialog();
    void composedFindingsShowInGerman();
    void selectorReasonShowsInGerman();
    void composedFindingShowsInFrench();
    void kubeconfigErrorShowsInGerman();
    void contextProblemsShowInGerman();
    void contextProblemShowsInGermanInTheOpenDialog();
    void execCredentialErrorShowsInGerman();
    void serverErrorShowsInGerman();
    void visibilityReasonShowsInGerman();
    void cliKeepsPrintingEnglish();
    // Last: the functions above made every composed kind of message.
    void translationIsLookedForOncePerLanguage();
    void listsTakeTheirSeparatorsFromTheTranslation_data();
    void listsTakeTheirSeparatorsFromTheTranslation();
    void listOfReasonsShowsInFrench();
    void tokenFileErrorShowsQtsGermanWords();
    void openingAMissingFileShowsInGerman();
    void visibilityMapCountsInFrench();
    void everyNestingIsDeclared();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    /// Replaces the German translation with French, loaded into french.
    bool switchToFrench(QTranslator &french);
    /// The shown text of every finding of rule in the window's Diagnostics model.
    static QStringList shownFindings(MainWindow &window, const QString &rule);
    /// The findings of rule for bytes with a known (empty) workload inventory, in the user's
    /// language: the selector's checks judge the open files' WorkloadEntries then.
    static QStringList translatedFindings(const QByteArray &bytes, const QString &rule);

    QTranslator m_german;
    QTemporaryDir m_directory;
};

void TestModelMessages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(
        m_german.load(QStringLiteral("meshentry_de"),
                      Translations::searchPath(QStringLiteral(MESHENTRY_BUILD_DIR "/app")).last()));
    QVERIFY(QCoreApplication::installTranslator(&m_german));
}

bool TestModelMessages::switchToFrench(QTranslator &french)
{
    QCoreApplication::removeTranslator(&m_german);
    return french.load(
               QStringLiteral("meshentry_fr"),
               Translations::searchPath(QStringLiteral(MESHENTRY_BUILD_DIR "/app")).last()) &&
           QCoreApplication::installTranslator(&french);
}

void TestModelMessages::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_german);
}

QString TestModelMessages::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_directory.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestModelMessages::argumentsAreReadBackFromTheEnglish()
{
    QStringList arguments;
    QVERIFY(messageArguments(u"%1/%2 has unsupported annotation istio.io/dry-run",
                             u"payments/a/b has unsupported annotation istio.io/dry-run",
                             &arguments));
    // The first split that fits: the name holds no slash in Kubernetes.
    QCOMPARE(arguments, QStringList({QStringLiteral("payments"), QStringLiteral("a/b")}));
    QVERIFY(messageArguments(u"port %1 of %2, again %1", u"port 80 of web, again 80", &arguments));
    QCOMPARE(arguments, QStringList({QStringLiteral("80"), QStringLiteral("web")}));
    QVERIFY(!messageArguments(u"port %1 of %2, again %1", u"port 80 of web, again 81", &arguments));
    QVERIFY(!messageArguments(u"endpoint port %1 is not defined", u"something else", &arguments));
    // Text that was not made from the template stays as it is.
    const char *source = QT_TRANSLATE_NOOP("MeshEntry::Message", "invalid host *");
    QCOMPARE(translatedMessage(source, QStringLiteral("invalid host *")),
             QStringLiteral("ungültiger Host *"));
    QCOMPARE(translatedMessage(source, QStringLiteral("libyaml said so")),
             QStringLiteral("libyaml said so"));
    QCOMPARE(translatedMessage(nullptr, QStringLiteral("invalid host *")),
             QStringLiteral("invalid host *"));
}

void TestModelMessages::diagnosticShowsInGermanInThePanel()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(writeFile(QStringLiteral("dup.yaml"), duplicatePortName)));
    QTreeView *view = window.diagnosticsPanel()->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QModelIndex message = view->model()->index(0, DiagnosticsModel::MessageColumn);
    // One row for both layers, with the webhook's message, in German; Istio's terms stay.
    QCOMPARE(message.data().toString(),
             QStringLiteral("Portname \"https\" ist im ServiceEntry bereits definiert"));
    QCOMPARE(message.data(Qt::ToolTipRole).toString().section(u'\n', 0, 1),
             QStringLiteral("SE-PORT-NAME-DUP: Portname \"https\" ist im ServiceEntry bereits "
                            "definiert\nCRD-SE-PORTS-LISTMAP: spec.ports[1]: Doppelter Wert: "
                            "map[string]interface {}{\"name\":\"https\"}"));
    // The form shows the same words under the field.
    QTRY_VERIFY(window.serviceEntryForm()->isVisible());
    bool shownUnderField = false;
    for (QLabel *label : window.serviceEntryForm()->findChildren<QLabel *>())
        shownUnderField = shownUnderField ||
                          (label->isVisible() &&
                           label->text().contains(QStringLiteral("ist im ServiceEntry bereits")));
    QTRY_VERIFY(shownUnderField);
}

void TestModelMessages::everyKindOfCheckShowsInGerman()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(writeFile(QStringLiteral("each.yaml"), oneOfEachCheck)));
    DiagnosticsModel *model = window.diagnosticsModel();
    const auto shown = [&](const QString &rule) {
        QStringList texts;
        // Every layer of a row: the CEL rule's finding shares a row with the webhook's.
        for (int row = 0; row < model->rowCount(); ++row) {
            for (const Diagnostic &diagnostic : model->at(row).all()) {
                if (diagnostic.rule == rule)
                    texts.append(translatedMessage(diagnostic.source, diagnostic.message));
            }
        }
        return texts;
    };
    QTRY_VERIFY(!shown(QStringLiteral("ME-SIDECAR-IMPORT-NOTHING")).isEmpty());
    QCOMPARE(shown(QStringLiteral("ME-YAML11-TYPING")),
             QStringList(QStringLiteral(
                 "Kubernetes liest den Wert yes ohne Anführungszeichen als den booleschen Wert "
                 "true, nicht als den String \"yes\": setzen Sie ihn in Anführungszeichen")));
    QCOMPARE(shown(QStringLiteral("CRD-SE-PORT-NUMBER-RANGE")),
             QStringList(QStringLiteral("spec.ports[0].number: Ungültiger Wert: \"integer\": der "
                                        "Port muss zwischen 1 und 65535 liegen")));
    QCOMPARE(shown(QStringLiteral("IST0171")),
             QStringList(QStringLiteral("Eine Condition mit negativem Status liegt vor: "
                                        "type=istio.io/WaypointBound, reason=NoWaypoint, "
                                        "message=none.")));
    QCOMPARE(shown(QStringLiteral("ME-DUPLICATE-NAME")),
             QStringList(2, QStringLiteral("ServiceEntry payments/billing ist in den geöffneten "
                                           "Dateien 2-mal definiert; beim Anwenden bleibt nur die "
                                           "letzte Definition")));
    QCOMPARE(shown(QStringLiteral("ME-SIDECAR-IMPORT-NOTHING")),
             QStringList(QStringLiteral("Der Egress-Host \"billing.example.com\" wird ignoriert: "
                                        "er muss die Form namespace/host haben")));
}

void TestModelMessages::ruleTitleShowsInGermanInTheReference()
{
    const QString html = HelpPages::rules();
    QVERIFY2(html.contains(QStringLiteral("<code>SE-PORT-NAME-DUP</code> Doppelter Portname</h3>")),
             qPrintable(html.left(400)));
    QVERIFY(html.contains(QStringLiteral("<code>YAML-SYNTAX</code> YAML-Syntaxfehler</h3>")));
    // What fires it and how to fix it, too.
    QVERIFY(html.contains(QStringLiteral("<b>Wann:</b> Ein Portname (auch ein leerer) wird schon "
                                         "von einem früheren Port verwendet.</p>")));
    QVERIFY(html.contains(QStringLiteral("Geben Sie jedem Port einen eigenen Namen.</p>")));
}

void TestModelMessages::routingStepShowsInGermanInTheTester()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(writeFile(QStringLiteral("mesh.yaml"), example())));
    auto *tester = window.findChild<RequestTesterPanel *>();
    QVERIFY(tester);
    QVERIFY(clickTab(window, u"Anfragetester"));
    QTRY_COMPARE(tester->namespaceField()->currentText(), QStringLiteral("payments"));
    QTest::mouseClick(tester->urlField(), Qt::LeftButton);
    QTRY_COMPARE(QApplication::focusWidget(), tester->urlField());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("https://api.stripe.com"));
    const RouteStepsModel *steps = tester->stepsModel();
    QTRY_COMPARE(steps->answer().steps.isEmpty(), false);
    QTRY_COMPARE(steps->answer().steps.last().rule, QStringLiteral("CLUSTER"));
    const int cluster = int(steps->answer().steps.size()) - 1;
    QCOMPARE(steps->index(cluster, RouteStepsModel::RuleColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .section(u'\n', 0, 0),
             QStringLiteral("Der Service-Cluster, sein Typ und seine Endpoints. (ISTIO-ROUTING.md "
                            "§2.1, §2.3, cluster.go:convertResolution)"));
    // The step's own words too: no Sidecar in the example.
    QCOMPARE(steps->answer().steps.first().rule, QStringLiteral("SIDECAR-DEFAULT"));
    QCOMPARE(steps->index(0, RouteStepsModel::DetailColumn).data().toString(),
             QStringLiteral("Für payments gilt kein Sidecar: seine Sidecars importieren jeden an "
                            "payments exportierten Service (*/*)."));
    QCOMPARE(steps->answer().steps.first().detail,
             QStringLiteral("No Sidecar applies to payments: its sidecars import every service "
                            "exported to payments (*/*)."));
}

void TestModelMessages::routingDetailsAreGermanThroughout()
{
    using RoutingTest::request;
    const auto routing = RoutingTest::model(routedMesh);
    const RouteAnswer http = routing->route(request(QStringLiteral("payments"), 80, QString(),
                                                    QStringLiteral("web.example.com"),
                                                    RoutingRequest::Protocol::Default));
    QCOMPARE(shown(http, QStringLiteral("OUTBOUND-POLICY")),
             QStringLiteral("Outbound-Traffic-Policy ALLOW_ANY (Istios Standard; keine "
                            "Mesh-Konfiguration angegeben)."));
    QCOMPARE(shown(http, QStringLiteral("FILTER-CHAIN")),
             QStringLiteral("Klartext-HTTP an 10.1.0.5 wählt die Filter-Chain für Klartext-HTTP "
                            "von web.example.com (ServiceEntry payments/web)."));
    QCOMPARE(shown(http, QStringLiteral("ROUTE")),
             QStringLiteral("Route 80 wird von den HTTP-Services auf Port 80 geteilt (1 virtueller "
                            "Host und der Catch-all)."));
    QCOMPARE(
        shown(http, QStringLiteral("VIRTUAL-HOST")),
        QStringLiteral("Host web.example.com wählt den virtuellen Host web.example.com:80 über "
                       "die exakte Domain web.example.com."));
    QCOMPARE(shown(http, QStringLiteral("CLUSTER")),
             QStringLiteral("Cluster outbound|80||web.example.com von ServiceEntry payments/web "
                            "(resolution STATIC): EDS, Endpoints 10.0.0.1:80, 10.0.0.2:80."));
    const RouteAnswer tls = routing->route(request(QStringLiteral("payments"), 443, QString(),
                                                   QStringLiteral("api.example.com"),
                                                   RoutingRequest::Protocol::Default));
    QCOMPARE(
        shown(tls, QStringLiteral("FILTER-CHAIN")),
        QStringLiteral("TLS mit SNI api.example.com an 203.0.113.10 wählt die Filter-Chain für "
                       "SNI api.example.com von api.example.com (ServiceEntry payments/api) "
                       "unter: SNI api.example.com → outbound|443||api.example.com; SNI "
                       "shared.example.com → outbound|443||shared.example.com."));
    QCOMPARE(shown(tls, QStringLiteral("CLUSTER")),
             QStringLiteral("Cluster outbound|443||api.example.com von ServiceEntry payments/api "
                            "(resolution DNS): STRICT_DNS, Endpoint api.example.com:443."));
    // An unknown host under REGISTRY_ONLY: the outcome, and the notes, in German too.
    const auto blocked =
        RoutingTest::model(routedMesh, "outboundTrafficPolicy:\n  mode: REGISTRY_ONLY\n");
    const RouteAnswer unknown = blocked->route(request(QStringLiteral("payments"), 9999, QString(),
                                                       QStringLiteral("db.unknown.example"),
                                                       RoutingRequest::Protocol::Default));
    QCOMPARE(shown(unknown, QStringLiteral("FALLBACK")),
             QStringLiteral("BlackHoleCluster: REGISTRY_ONLY schließt die Verbindung."));
    RouteStepsModel steps;
    steps.setAnswer(unknown);
    QStringList notes;
    for (int row = int(unknown.steps.size()); row < steps.rowCount(); ++row)
        notes.append(steps.index(row, RouteStepsModel::DetailColumn).data().toString());
    QCOMPARE(notes, QStringList({QStringLiteral("die Anwendung wählt, was das DNS für "
                                                "db.unknown.example antwortet: angenommen "
                                                "203.0.113.10, eine Adresse, die kein "
                                                "ServiceEntry deklariert"),
                                 QStringLiteral("kein ServiceEntry deklariert Port 9999 für "
                                                "db.unknown.example: die Anfrage wird als tcp "
                                                "gesendet")}));
    // The CLI's English stays as it was.
    QCOMPARE(unknown.steps.last().detail,
             QStringLiteral("BlackHoleCluster: REGISTRY_ONLY closes the connection."));
}

void TestModelMessages::routingConflictWhyIsGerman()
{
    MainWindow window;
    QVERIFY(window.openFile(writeFile(QStringLiteral("routed.yaml"), routedMesh)));
    DiagnosticsModel *model = window.diagnosticsModel();
    QStringList shadowed;
    const auto collect = [&] {
        shadowed.clear();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (const Diagnostic &diagnostic : model->at(row).all()) {
                if (diagnostic.rule == u"ME-ROUTE-HOST-SHADOWED")
                    shadowed.append(diagnostic.message + u'\n' +
                                    translatedMessage(diagnostic.source, diagnostic.message));
            }
        }
        return !shadowed.isEmpty();
    };
    QTRY_VERIFY(collect());
    // Seen from payments, beta's entry loses to alpha's, the older one: why, in German.
    QVERIFY2(shadowed.contains(
                 QStringLiteral("shared.example.com is shadowed for sidecars in payments by "
                                "ServiceEntry alpha/shared: it was created earlier\n"
                                "shared.example.com wird für Sidecars in payments von ServiceEntry "
                                "alpha/shared verdeckt: er wurde früher erstellt")),
             qPrintable(shadowed.join(u'\n')));
}

void TestModelMessages::routingDetailShowsInFrench()
{
    QTranslator french;
    QVERIFY(switchToFrench(french));
    const auto routing = RoutingTest::model(routedMesh);
    const RouteAnswer tls = routing->route(
        RoutingTest::request(QStringLiteral("payments"), 443, QString(),
                             QStringLiteral("api.example.com"), RoutingRequest::Protocol::Default));
    const QString filterChain = shown(tls, QStringLiteral("FILTER-CHAIN"));
    QCoreApplication::removeTranslator(&french);
    QVERIFY(QCoreApplication::installTranslator(&m_german));
    QCOMPARE(
        filterChain,
        QStringLiteral("TLS avec SNI api.example.com vers 203.0.113.10 choisit la filter chain "
                       "pour SNI api.example.com, de api.example.com (ServiceEntry "
                       "payments/api) parmi : SNI api.example.com → "
                       "outbound|443||api.example.com ; SNI shared.example.com → "
                       "outbound|443||shared.example.com."));
}

void TestModelMessages::clusterErrorShowsInGermanInTheOpenDialog()
{
    // A port nobody listens on: bind one, note it, close it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const QString kubeconfig = writeFile(
        QStringLiteral("refused.yaml"),
        "clusters:\n- name: c\n  cluster: {server: 'https://127.0.0.1:" + QByteArray::number(port) +
            "', insecure-skip-tls-verify: true}\ncontexts:\n- name: r\n  context: {cluster: c, "
            "user: u}\nusers:\n- name: u\n  user: {token: x}\ncurrent-context: r\n");
    QString problem;
    const auto connection =
        ClusterConnection::resolve(KubeConfig::load(kubeconfig), QString(), &problem);
    QVERIFY2(connection, qPrintable(problem));
    KubeClient client(*connection);
    ClusterObjectsModel objects;
    OpenFromClusterDialog dialog(&objects);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    objects.load(&client, QString(), {QStringLiteral("ServiceEntry")});
    QTRY_VERIFY_WITH_TIMEOUT(!objects.errorText().isEmpty(), 20000);
    const QString german =
        QStringLiteral("Die Verbindung zum Server 127.0.0.1:%1 wurde abgelehnt – stimmen Host und "
                       "Port?\nPrüfen Sie, ob der Cluster läuft und erreichbar ist: die "
                       "Serveradresse in der kubeconfig, ein VPN oder ein Proxy.")
            .arg(port);
    QCOMPARE(objects.errorText(), german);
    const auto shown = [&dialog, &german] {
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->isVisible() && label->text() == german)
                return true;
        }
        return false;
    };
    QTRY_VERIFY(shown());
}

QStringList TestModelMessages::shownFindings(MainWindow &window, const QString &rule)
{
    // Every layer of a row (the tooltip lists them), the row's own first.
    DiagnosticsModel *model = window.diagnosticsModel();
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (const Diagnostic &diagnostic : model->at(row).all()) {
            if (diagnostic.rule == rule)
                texts.append(translatedMessage(diagnostic.source, diagnostic.message));
        }
    }
    return texts;
}

QStringList TestModelMessages::translatedFindings(const QByteArray &bytes, const QString &rule)
{
    const WorkloadInventory inventory;
    const YamlFile file = YamlFile::fromBytes(bytes);
    ValidationWorkspace workspace;
    workspace.setInventory(&inventory);
    workspace.addFile(&file, QStringLiteral("composed.yaml"));
    workspace.validateAll();
    QStringList texts;
    for (const Diagnostic &diagnostic : workspace.diagnostics()) {
        if (diagnostic.rule == rule)
            texts.append(translatedMessage(diagnostic.source, diagnostic.message));
    }
    return texts;
}

void TestModelMessages::selectorReasonShowsInGerman()
{
    // Why the one workload the selector picks makes no endpoint, in the same words as the
    // Selected Workloads panel's status.
    QCOMPARE(translatedFindings(composedFindings, QStringLiteral("ME-SELECTOR-NO-MATCH")),
             QStringList(QStringLiteral(
                 "workloadSelector wählt 1 Workload im Namespace \"payments\" aus, Istio macht "
                 "daraus aber keinen Endpoint: WorkloadEntry vm-1: Adresse vm.example.com ist ein "
                 "Hostname: nur DNS- und DNS_ROUND_ROBIN-Einträge verwenden sie, nicht STATIC")));
}

void TestModelMessages::composedFindingsShowInGerman()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(writeFile(QStringLiteral("composed.yaml"), composedFindings)));
    QTRY_COMPARE(shownFindings(window, QStringLiteral("ME-HOST-PORTS-DIFFER")).size(), 2);
    // What differs, who wins and why, and the ports lost: seen from each entry.
    QCOMPARE(
        shownFindings(window, QStringLiteral("ME-HOST-PORTS-DIFFER")),
        QStringList(
            {QStringLiteral("Host \"api.internal\" ist im Namespace \"payments\" auch in "
                            "ServiceEntry payments/api-b (resolution unterscheidet sich: hier "
                            "STATIC, dort DNS; metadata.labels unterscheiden sich: hier team=a, "
                            "dort kein team; workloadSelector unterscheidet sich: hier app=vm, "
                            "dort kein app; exportTo unterscheidet sich: hier nicht gesetzt, dort "
                            "[.]) definiert, und Istio führt ServiceEntries eines Hosts und "
                            "Namespace nur zusammen, wenn resolution, labels, workloadSelector "
                            "und exportTo übereinstimmen: es behält payments/api-b für den Host "
                            "(er wird ausdrücklich in den Namespace exportiert, was ihn vor "
                            "öffentliche Einträge stellt), und Port 80 dieses ServiceEntry geht "
                            "verloren (Sidecars erhalten einen Listener, aber keinen Cluster "
                            "dafür)"),
             QStringLiteral("Host \"api.internal\" ist im Namespace \"payments\" auch in "
                            "ServiceEntry payments/api-a (resolution unterscheidet sich: hier "
                            "DNS, dort STATIC; metadata.labels unterscheiden sich: hier kein "
                            "team, dort team=a; workloadSelector unterscheidet sich: hier kein "
                            "app, dort app=vm; exportTo unterscheidet sich: hier [.], dort "
                            "nicht gesetzt) definiert, und Istio führt ServiceEntries eines "
                            "Hosts und Namespace nur zusammen, wenn resolution, labels, "
                            "workloadSelector und exportTo übereinstimmen: es behält diesen "
                            "ServiceEntry für den Host (er wird ausdrücklich in den Namespace "
                            "exportiert, was ihn vor öffentliche Einträge stellt), und Port 80 "
                            "von payments/api-a geht verloren (Sidecars erhalten einen "
                            "Listener, aber keinen Cluster dafür)")}));
    // The webhook's finding inside analyze's.
    QCOMPARE(
        shownFindings(window, QStringLiteral("IST0106")),
        QStringList(QStringLiteral(
            "Fehler bei der Schemavalidierung: ServiceEntry muss mindestens einen Host haben")));
}

void TestModelMessages::composedFindingShowsInFrench()
{
    QTranslator french;
    QVERIFY(switchToFrench(french));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&french);
        QCoreApplication::installTranslator(&m_german);
    });
    QCOMPARE(translatedFindings(composedFindings, QStringLiteral("ME-SELECTOR-NO-MATCH")),
             QStringList(QStringLiteral(
                 "le workloadSelector sélectionne 1 workload dans le namespace "
                 "\"payments\", mais Istio n’en fait aucun endpoint : WorkloadEntry "
                 "vm-1 : l’adresse vm.example.com est un nom d’hôte : seules les entrées "
                 "DNS et DNS_ROUND_ROBIN l’utilisent, pas STATIC")));
}

void TestModelMessages::kubeconfigErrorShowsInGerman()
{
    const QString path = writeFile(QStringLiteral("shape.yaml"), "clusters: 5\n");
    qputenv("KUBECONFIG", path.toLocal8Bit());
    ClusterSession session;
    QString error;
    QVERIFY(!session.client(QString(), &error));
    QCOMPARE(error, QStringLiteral("Fehler beim Laden der Konfigurationsdatei „%1“: Zeile 1: "
                                   "clusters muss eine Liste sein")
                        .arg(path));
    // The command line's words stay kubectl's.
    QCOMPARE(session.config().errors(),
             QStringList(QStringLiteral("error loading config file \"%1\": line 1: clusters must "
                                        "be a list")
                             .arg(path)));
}

namespace {

/// A kubeconfig whose current context names a cluster and a user it lacks, a context naming
/// neither, and a user with two kinds of credentials.
const QByteArray brokenContexts =
    "clusters:\n- name: c\n  cluster: {server: 'https://127.0.0.1:1'}\n"
    "contexts:\n- name: broken\n  context: {cluster: gone, user: nobody}\n"
    "- name: bare\n  context: {}\n"
    "- name: twice\n  context: {cluster: c, user: both}\n"
    "users:\n- name: both\n  user: {token: secret-token, username: admin, password: pw}\n"
    "current-context: broken\n";

} // namespace

void TestModelMessages::contextProblemsShowInGerman()
{
    const QString path = writeFile(QStringLiteral("contexts.yaml"), brokenContexts);
    qputenv("KUBECONFIG", path.toLocal8Bit());
    ClusterSession session;
    QString error;
    // client-go's list of problems, each one in German (the first problem's quotes are not
    // taken to hold the second).
    QVERIFY(!session.client(QStringLiteral("broken"), &error));
    QCOMPARE(error, QStringLiteral("ungültige Konfiguration: der Cluster „gone“ des Kontexts "
                                   "„broken“ wurde nicht gefunden, der Benutzer „nobody“ des "
                                   "Kontexts „broken“ wurde nicht gefunden"));
    QVERIFY(!session.client(QStringLiteral("bare"), &error));
    QCOMPARE(error, QStringLiteral("ungültige Konfiguration: für den Kontext „bare“ ist kein "
                                   "Cluster angegeben, für den Kontext „bare“ ist kein Benutzer "
                                   "angegeben"));
    QVERIFY(!session.client(QStringLiteral("twice"), &error));
    QCOMPARE(error, QStringLiteral("ungültige Konfiguration: mehr als eine Anmeldemethode für "
                                   "both gefunden; gefunden: [token basicAuth], erlaubt ist nur "
                                   "eine"));
    QVERIFY(!session.client(QStringLiteral("missing"), &error));
    QCOMPARE(error, QStringLiteral("Kontext „missing“ existiert nicht"));
    // The command line's words stay kubectl's, byte for byte.
    QString english;
    QVERIFY(!ClusterConnection::resolve(session.config(), QStringLiteral("broken"), &english));
    QCOMPARE(english, QStringLiteral("invalid configuration: cluster \"gone\" was not found for "
                                     "context \"broken\", user \"nobody\" was not found for "
                                     "context \"broken\""));
    QVERIFY(!ClusterConnection::resolve(session.config(), QStringLiteral("missing"), &english));
    QCOMPARE(english, QStringLiteral("context \"missing\" does not exist"));
}

void TestModelMessages::contextProblemShowsInGermanInTheOpenDialog()
{
    const QString path = writeFile(QStringLiteral("window-contexts.yaml"), brokenContexts);
    qputenv("KUBECONFIG", path.toLocal8Bit());
    QSettings().clear();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QString german =
        QStringLiteral("ungültige Konfiguration: der Cluster „gone“ des Kontexts „broken“ wurde "
                       "nicht gefunden, der Benutzer „nobody“ des Kontexts „broken“ wurde nicht "
                       "gefunden");
    // The toolbar's context button says why it has no cluster.
    auto *contextButton = window.findChild<QToolButton *>(QStringLiteral("clusterContextButton"));
    QVERIFY(contextButton);
    QTRY_COMPARE(contextButton->toolTip(), german);
    // File ▸ Open from Cluster (Ctrl+Shift+O): the dialog's banner says the same.
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
    QTest::keyClick(target, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    OpenFromClusterDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<OpenFromClusterDialog *>()) && dialog->isVisible());
    const auto shown = [dialog](const QString &text) {
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text() == text)
                return true;
        }
        return false;
    };
    QTRY_VERIFY(shown(german));
    // Below the empty list: why it is empty, not "nothing of these kinds in any namespace".
    QTRY_VERIFY(shown(QStringLiteral("Nichts aufgelistet: dieser Kontext ist nicht nutzbar.")));
    dialog->reject();
}

void TestModelMessages::execCredentialErrorShowsInGerman()
{
    const QString kubeconfig = writeFile(
        QStringLiteral("exec.yaml"),
        "clusters:\n- name: c\n  cluster: {server: 'https://127.0.0.1:1', "
        "insecure-skip-tls-verify: true}\ncontexts:\n- name: e\n  context: {cluster: c, user: "
        "u}\nusers:\n- name: u\n  user:\n    exec:\n      apiVersion: "
        "client.authentication.k8s.io/v1\n      command: /nonexistent/meshentry-plugin\n      "
        "interactiveMode: Never\n"
        "current-context: e\n");
    QString problem;
    const auto connection =
        ClusterConnection::resolve(KubeConfig::load(kubeconfig), QString(), &problem);
    QVERIFY2(connection, qPrintable(problem));
    KubeClient client(*connection);
    ClusterObjectsModel objects;
    objects.load(&client, QString(), {QStringLiteral("ServiceEntry")});
    QTRY_VERIFY_WITH_TIMEOUT(!objects.errorText().isEmpty(), 20000);
    QCOMPARE(objects.errorText().section(u'\n', 0, 0),
             QStringLiteral("Anmeldedaten holen: exec: Programm /nonexistent/meshentry-plugin "
                            "nicht gefunden"));
}

void TestModelMessages::serverErrorShowsInGerman()
{
    // client-go's words for a bare 404, and the server's own words framed by kubectl's.
    const ClusterError bare =
        ClusterError::fromReply(404, QByteArray(), QStringLiteral("get serviceentries"));
    QCOMPARE(bare.text(), QStringLiteral("Error from server (NotFound): the server could not find "
                                         "the requested resource (get serviceentries)"));
    QCOMPARE(bare.displayText(),
             QStringLiteral("Fehler vom Server (NotFound): der Server konnte die angefragte "
                            "Ressource nicht finden (get serviceentries)"));
    const ClusterError status = ClusterError::fromReply(
        403,
        R"({"kind":"Status","reason":"Forbidden","message":"serviceentries is forbidden: User \"x\" cannot list"})",
        QString());
    QCOMPARE(status.displayText(),
             QStringLiteral("Fehler vom Server (Forbidden): serviceentries is "
                            "forbidden: User \"x\" cannot list"));
}

void TestModelMessages::visibilityReasonShowsInGerman()
{
    // A hidden cell's reason nests the reason why (hiddenCell's %3); values stay as they are.
    QCOMPARE(
        ServiceVisibility::translatedReason(
            QStringLiteral("payments/api (EXPORTTO): not exported to orders (exportTo [.])")),
        QStringLiteral("payments/api (EXPORTTO): nicht nach orders exportiert (exportTo [.])"));
    QCOMPARE(
        ServiceVisibility::translatedReason(
            QStringLiteral("shadowed by shop/api, which comes first in creation order")),
        QStringLiteral("verdeckt durch shop/api, das in der Erstellungsreihenfolge zuerst kommt"));
    QCOMPARE(ServiceVisibility::translatedReason(QStringLiteral("a reason of nobody's")),
             QStringLiteral("a reason of nobody's"));
}

void TestModelMessages::cliKeepsPrintingEnglish()
{
    // With a German locale the CLI's words stay the contract's English.
    const QString path = writeFile(QStringLiteral("cli.yaml"), duplicatePortName);
    QProcessEnvironment german = QProcessEnvironment::systemEnvironment();
    german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    const ProcessTest::Run validate = ProcessTest::run(
        QStringLiteral(MESHENTRY_BINARY), {QStringLiteral("validate"), path}, {}, german);
    QCOMPARE(validate.exitCode, 1);
    QVERIFY2(validate.out.contains(": error: SE-PORT-NAME-DUP: service entry port name \"https\" "
                                   "already defined [ServiceEntry payments/billing]\n"),
             validate.out.constData());
    QVERIFY(validate.out.endsWith("2 errors, 0 warnings in 1 file\n"));
    // And in this process, with the German translator installed: the model stays English.
    MainWindow window;
    QVERIFY(window.openFile(path));
    QTRY_COMPARE(window.diagnosticsModel()->rowCount(), 1);
    const Diagnostic &shown = window.diagnosticsModel()->at(0).diagnostic;
    QCOMPARE(shown.rule, QStringLiteral("SE-PORT-NAME-DUP"));
    QCOMPARE(shown.message, QStringLiteral("service entry port name \"https\" already defined"));
    QCOMPARE(QString::fromUtf8(shown.source),
             QStringLiteral("service entry port name %1 already defined"));
}

void TestModelMessages::translationIsLookedForOncePerLanguage()
{
    // A list nests in itself and in any of its parts' templates: searched once per language,
    // not for every finding shown (the English window showed 30,000 that way).
    const MessageText list = joinedList(
        ListKind::Semicolons,
        {MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "exportTo differs: %1 here, %2 there"))
             .arg(QStringLiteral("[.]"), QStringLiteral("[*]")),
         MessageText(QStringLiteral("a value"))});
    QCoreApplication::removeTranslator(&m_german);
    const int before = translationSearches();
    QCOMPARE(translatedMessage(list.source(), list.text()),
             QStringLiteral("exportTo differs: [.] here, [*] there; a value"));
    QCOMPARE(translatedMessage(list.source(), list.text()),
             QStringLiteral("exportTo differs: [.] here, [*] there; a value"));
    QCOMPARE(translationSearches(), before + 1);
    QVERIFY(QCoreApplication::installTranslator(&m_german));
    QCOMPARE(translatedMessage(list.source(), list.text()),
             QStringLiteral("exportTo unterscheidet sich: hier [.], dort [*]; a value"));
    QCOMPARE(translatedMessage(list.source(), list.text()),
             QStringLiteral("exportTo unterscheidet sich: hier [.], dort [*]; a value"));
    QCOMPARE(translationSearches(), before + 2);
}

void TestModelMessages::listsTakeTheirSeparatorsFromTheTranslation_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");
    QTest::addColumn<QString>("french");
    const int semicolons = int(ListKind::Semicolons);
    const int commas = int(ListKind::Commas);
    const int andList = int(ListKind::And);
    QTest::newRow("semicolons of 1") << semicolons << 1 << "a"
                                     << "a"
                                     << "a";
    QTest::newRow("semicolons of 2") << semicolons << 2 << "a; b"
                                     << "a; b"
                                     << "a ; b";
    QTest::newRow("semicolons of 3") << semicolons << 3 << "a; b; c"
                                     << "a; b; c"
                                     << "a ; b ; c";
    QTest::newRow("semicolons of 12") << semicolons << 12 << "a; b; c; d; e; f; g; h; i; j; k; l"
                                      << "a; b; c; d; e; f; g; h; i; j; k; l"
                                      << "a ; b ; c ; d ; e ; f ; g ; h ; i ; j ; k ; l";
    QTest::newRow("commas of 1") << commas << 1 << "a"
                                 << "a"
                                 << "a";
    QTest::newRow("commas of 2") << commas << 2 << "a, b"
                                 << "a, b"
                                 << "a, b";
    QTest::newRow("commas of 3") << commas << 3 << "a, b, c"
                                 << "a, b, c"
                                 << "a, b, c";
    QTest::newRow("commas of 12") << commas << 12 << "a, b, c, d, e, f, g, h, i, j, k, l"
                                  << "a, b, c, d, e, f, g, h, i, j, k, l"
                                  << "a, b, c, d, e, f, g, h, i, j, k, l";
    QTest::newRow("and-list of 1") << andList << 1 << "a"
                                   << "a"
                                   << "a";
    QTest::newRow("and-list of 2") << andList << 2 << "a and b"
                                   << "a und b"
                                   << "a et b";
    QTest::newRow("and-list of 3") << andList << 3 << "a, b and c"
                                   << "a, b und c"
                                   << "a, b et c";
    QTest::newRow("and-list of 12") << andList << 12 << "a, b, c, d, e, f, g, h, i, j, k and l"
                                    << "a, b, c, d, e, f, g, h, i, j, k und l"
                                    << "a, b, c, d, e, f, g, h, i, j, k et l";
}

void TestModelMessages::listsTakeTheirSeparatorsFromTheTranslation()
{
    QFETCH(int, kind);
    QFETCH(int, count);
    QFETCH(QString, english);
    QFETCH(QString, german);
    QFETCH(QString, french);
    QList<MessageText> items;
    for (int item = 0; item < count; ++item)
        items.append(MessageText(QString(QChar(u'a' + item))));
    const MessageText list = joinedList(ListKind(kind), items);
    QCOMPARE(list.text(), english);
    QCOMPARE(translatedMessage(list.source(), list.text()), german);
    QCoreApplication::removeTranslator(&m_german);
    const QString english2 = translatedMessage(list.source(), list.text());
    QTranslator translator;
    QVERIFY(translator.load(
        QStringLiteral("meshentry_fr"),
        Translations::searchPath(QStringLiteral(MESHENTRY_BUILD_DIR "/app")).last()));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString shownInFrench = translatedMessage(list.source(), list.text());
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(QCoreApplication::installTranslator(&m_german));
    QCOMPARE(english2, english);
    QCOMPARE(shownInFrench, french);
}

void TestModelMessages::listOfReasonsShowsInFrench()
{
    // A list of messages: each item translated, and French's space before the semicolon.
    const MessageText list = joinedList(
        ListKind::Semicolons,
        {MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "exportTo differs: %1 here, %2 there"))
             .arg(QStringLiteral("[.]"), QStringLiteral("[*]")),
         MessageText(
             QT_TRANSLATE_NOOP("MeshEntry::Message", "resolution differs: %1 here, %2 there"))
             .arg(QStringLiteral("DNS"), QStringLiteral("STATIC"))});
    QTranslator french;
    QVERIFY(switchToFrench(french));
    const QString shown = translatedMessage(list.source(), list.text());
    QCoreApplication::removeTranslator(&french);
    QVERIFY(QCoreApplication::installTranslator(&m_german));
    QCOMPARE(list.text(), QStringLiteral("exportTo differs: [.] here, [*] there; resolution "
                                         "differs: DNS here, STATIC there"));
    QCOMPARE(shown, QStringLiteral("exportTo diffère : [.] ici, [*] là-bas ; resolution diffère : "
                                   "DNS ici, STATIC là-bas"));
}

void TestModelMessages::tokenFileErrorShowsQtsGermanWords()
{
    // Qt's own file errors are English text Qt's translation has (qtbase_de) or lacks (strerror()
    // of the C locale: "Not a directory"), which MeshEntry's translation has.
    QTranslator qt;
    QVERIFY(qt.load(QLocale(QStringLiteral("de")), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    const QString plain = writeFile(QStringLiteral("plain"), "not a directory");
    const QString path = writeFile(
        QStringLiteral("token.yaml"),
        "clusters:\n- name: c\n  cluster: {server: 'https://127.0.0.1:1'}\ncontexts:\n- name: t\n"
        "  context: {cluster: c, user: u}\nusers:\n- name: u\n  user: {tokenFile: " +
            plain.toUtf8() + "/token}\ncurrent-context: t\n");
    qputenv("KUBECONFIG", path.toLocal8Bit());
    ClusterSession session;
    QString english;
    QCoreApplication::removeTranslator(&m_german);
    QVERIFY(!ClusterConnection::resolve(session.config(), QStringLiteral("t"), &english));
    QVERIFY(QCoreApplication::installTranslator(&m_german));
    QVERIFY(QCoreApplication::installTranslator(&qt));
    QString shown;
    QVERIFY(!session.client(QStringLiteral("t"), &shown));
    QCoreApplication::removeTranslator(&qt);
    QCOMPARE(shown, QStringLiteral("tokenFile %1/token des Benutzers „u“ kann nicht gelesen "
                                   "werden: Kein Verzeichnis")
                        .arg(plain));
    QCOMPARE(
        english,
        QStringLiteral("cannot read tokenFile %1/token of user \"u\": Not a directory").arg(plain));
}

void TestModelMessages::openingAMissingFileShowsInGerman()
{
    QTranslator qt;
    QVERIFY(qt.load(QLocale(QStringLiteral("de")), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QVERIFY(QCoreApplication::installTranslator(&qt));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString path = m_directory.filePath(QStringLiteral("gone.yaml"));
    QString title;
    QString text;
    QTimer::singleShot(0, &window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        title = box->windowTitle();
        text = box->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    QVERIFY(!window.openFile(path));
    QCoreApplication::removeTranslator(&qt);
    QCOMPARE(title, QStringLiteral("Datei kann nicht geöffnet werden"));
    QCOMPARE(text, path + QStringLiteral(" kann nicht gelesen werden: Die Datei oder das "
                                         "Verzeichnis konnte nicht gefunden werden"));
}

void TestModelMessages::visibilityMapCountsInFrench()
{
    // One host and one namespace: singular words ("1 hôtes × 1 namespaces" before).
    QTranslator french;
    QVERIFY(switchToFrench(french));
    QStringList counts;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(writeFile(
            QStringLiteral("one-host.yaml"),
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: a\n  "
            "namespace: payments\nspec:\n  hosts: [api.example.com]\n  location: "
            "MESH_EXTERNAL\n  resolution: DNS\n  ports:\n  - number: 80\n    name: http\n    "
            "protocol: HTTP\n")));
        QVERIFY(clickTab(window, u"Carte de visibilité"));
        auto *map = window.findChild<VisibilityMapView *>();
        QVERIFY(map);
        const auto count = [&] {
            counts.clear();
            for (QLabel *label : map->findChildren<QLabel *>()) {
                if (label->text().contains(u'×'))
                    counts.append(label->text());
            }
            return counts == QStringList{QStringLiteral("1 hôte × 1 namespace")};
        };
        QTRY_VERIFY2(count(), qPrintable(counts.join(u'|')));
    }
    QCoreApplication::removeTranslator(&french);
    QVERIFY(QCoreApplication::installTranslator(&m_german));
}

void TestModelMessages::everyNestingIsDeclared()
{
    // Host merging (ME-HOST-PORTS-DIFFER), IST0106/IST0133, a workload's reasons, kubeconfig,
    // context, exec-credential and server errors were all built with args() above: each nested
    // template is one a NestedMessages declaration names, or it would show in English.
    QCOMPARE(undeclaredNestings(), 0);
}

QTEST_MAIN(TestModelMessages)
#include "tst_modelmessages.moc"
