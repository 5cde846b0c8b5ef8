#include "routingcontroller.h"

#include "actionregistry.h"
#include "dockpanels.h"
#include "editordocument.h"
#include "mainwindow.h"
#include "meshsettingscontroller.h"
#include "requesttesterpanel.h"
#include "selectionworkspace.h"
#include "validationbridge.h"
#include "visibilitymapview.h"
#include "workloadscontroller.h"
#include "yamleditor.h"

#include <QComboBox>
#include <QDockWidget>
#include <QStatusBar>
#include <QTableView>

namespace MeshEntry {

RoutingController::RoutingController(MainWindow *window)
    : QObject(window), m_window(window), m_bridge(window->validationBridge()),
      m_workspace(window->workloads()->workspace()), m_tester(new RequestTesterPanel),
      m_map(new VisibilityMapView(&m_mapModel))
{
    // What the files do not say comes from the window's one record of it.
    m_model.setMeshConfig(m_workspace->mesh());
    m_model.setNamespaceInventory(m_workspace->namespaces());
    m_workloads = m_workspace->importedSnapshot();
    m_model.setWorkloadInventory(m_workloads.get());
    m_bridge->setExtension(&m_model);
    m_mapModel.setRoutingModel(&m_model);

    m_testerDock = window->panels()->add(QStringLiteral("requestTester"), tr("Request Tester"),
                                         m_tester, Qt::RightDockWidgetArea);
    m_mapDock = window->panels()->add(QStringLiteral("visibilityMap"), tr("Visibility Map"), m_map,
                                      Qt::BottomDockWidgetArea);
    // Each shares its place with a panel that is there already, as a tab behind it.
    if (QDockWidget *workloads = window->panels()->dock(QStringLiteral("workloads"))) {
        window->tabifyDockWidget(workloads, m_testerDock);
        workloads->raise();
    }
    if (QDockWidget *diagnostics = window->panels()->dock(QStringLiteral("diagnostics"))) {
        window->tabifyDockWidget(diagnostics, m_mapDock);
        diagnostics->raise();
    }
    window->resizeDocks({m_testerDock}, {420}, Qt::Horizontal);

    // One refresh per event-loop turn, however many documents an action touched.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &RoutingController::refresh);
    m_mapRefresh.setSingleShot(true);
    m_mapRefresh.setInterval(200);
    connect(&m_mapRefresh, &QTimer::timeout, this, &RoutingController::refreshMap);
    connect(m_bridge, &ValidationBridge::documentsChanged, &m_refresh, qOverload<>(&QTimer::start));
    // While a large file is validated its worker owns the routing model: answers and the map
    // wait until it is done.
    connect(m_bridge, &ValidationBridge::jobStarted, this, [this] {
        m_mapModel.setRoutingModel(nullptr);
        m_mapRevision = 0;
    });
    connect(m_bridge, &ValidationBridge::idle, &m_refresh, qOverload<>(&QTimer::start));
    connect(m_tester, &RequestTesterPanel::requestChanged, &m_refresh, qOverload<>(&QTimer::start));
    connect(m_tester, &RequestTesterPanel::stepActivated, this, &RoutingController::openStep);
    m_tester->setSettingsActions(
        window->actions()->action(QStringLiteral("workloads.meshSettings")),
        window->actions()->action(QStringLiteral("workloads.importNamespaces")));
    const MeshSettingsController *mesh = window->workloads()->meshSettings();
    m_tester->setSettingsSummary(mesh->summary(), mesh->details());
    connect(mesh, &MeshSettingsController::summaryChanged, m_tester,
            &RequestTesterPanel::setSettingsSummary);
    // The whole file's routing follows the mesh settings: in the validation's worker job.
    connect(m_workspace, &SelectionWorkspace::meshChanged, this, [this] {
        m_bridge->changeExtension([this, mesh = m_workspace->mesh()] {
            m_model.setMeshConfig(mesh);
            m_model.update();
        });
    });
    connect(m_workspace, &SelectionWorkspace::namespacesChanged, this, [this] {
        adopt([this] { m_model.setNamespaceInventory(m_workspace->namespaces()); });
    });
    connect(m_workspace, &SelectionWorkspace::importedChanged, this, [this] {
        // A snapshot: a validation job reads the routing model in a worker meanwhile.
        adopt([this, workloads = m_workspace->importedSnapshot()] {
            m_workloads = workloads;
            m_model.setWorkloadInventory(m_workloads.get());
        });
    });
    connect(m_mapDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_mapRefresh.start();
    });
    connect(m_map->view(), &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const VisibilityMapModel::Row &row = m_mapModel.rows().value(index.row());
        m_tester->namespaceField()->setCurrentText(m_mapModel.namespaces().value(index.column()));
        for (const RoutingService *service : m_model.registry().servicesWithHost(row.host)) {
            if (service->entry->namespaceName() == row.sourceNamespace) {
                openStep(
                    service->entry->document,
                    YamlPath::fromText(QStringLiteral("spec.hosts[%1]").arg(service->hostIndex)));
                break;
            }
        }
    });
}

void RoutingController::adopt(const std::function<void()> &change)
{
    if (m_bridge->isBusy()) {
        // A large file's validation worker reads the routing model: the change waits for it.
        connect(
            m_bridge, &ValidationBridge::idle, this, [this, change] { adopt(change); },
            Qt::SingleShotConnection);
        return;
    }
    change();
    // The conflicts are validation's findings: they follow at once, the panels next turn.
    m_bridge->extensionChanged();
    m_refresh.start();
}

void RoutingController::refresh()
{
    if (m_bridge->isBusy())
        return; // again when it is idle
    m_model.update();
    QString current;
    if (const EditorDocument *file = m_window->currentFile();
        file && m_window->currentDocument() >= 0)
        current = file->file().document(m_window->currentDocument()).info().namespaceName;
    m_tester->setNamespaces(m_model.namespaces(), current);
    RoutingRequest request;
    QString problem;
    if (m_tester->request(&request, &problem))
        m_tester->setAnswer(m_model.route(request));
    else
        m_tester->showProblem(problem);
    if (m_model.revision() != m_mapRevision && isMapShown())
        m_mapRefresh.start();
}

bool RoutingController::isMapShown() const
{
    return m_mapDock->isVisible() && !m_map->visibleRegion().isEmpty();
}

void RoutingController::refreshMap()
{
    // Rebuilding the map costs a second on the benchmark file: only for a map on screen
    // (a dock behind another's tab counts as visible but shows nothing).
    if (m_bridge->isBusy() || !isMapShown())
        return; // again when it is idle or shown
    m_model.update();
    m_mapRevision = m_model.revision();
    if (m_mapModel.routingModel())
        m_mapModel.refresh();
    else
        m_mapModel.setRoutingModel(&m_model); // after a validation job
}

void RoutingController::openStep(int document, const YamlPath &path)
{
    EditorDocument *file = nullptr;
    int index = -1;
    if (!m_bridge->locate(document, &file, &index))
        return;
    m_window->setCurrent(file, index);
    const SpanTree &tree = file->file().document(index).tree();
    int node = -1;
    tree.existingPrefix(path, &node);
    if (node >= 0)
        m_window->yamlEditor()->goToOffset(file->textOffset(index) + tree.node(node).valueStart);
    m_window->yamlEditor()->setFocus();
    m_window->statusBar()->showMessage(tr("%1: %2").arg(file->displayName(), path.toString()),
                                       4000);
}

} // namespace MeshEntry
