#include "routingcontroller.h"

#include "dockpanels.h"
#include "editordocument.h"
#include "mainwindow.h"
#include "meshconfigloader.h"
#include "namespaceinventory.h"
#include "requesttesterpanel.h"
#include "validationbridge.h"
#include "visibilitymapview.h"
#include "yamleditor.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace MeshEntry {

namespace {

const QString meshKey = QStringLiteral("routing/meshConfig");
const QString namespacesKey = QStringLiteral("routing/namespaces");

} // namespace

RoutingController::RoutingController(MainWindow *window)
    : QObject(window), m_window(window), m_bridge(window->validationBridge()),
      m_tester(new RequestTesterPanel), m_map(new VisibilityMapView(&m_mapModel))
{
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
    connect(m_tester, &RequestTesterPanel::meshConfigRequested, this,
            &RoutingController::chooseMeshConfig);
    connect(m_tester, &RequestTesterPanel::namespacesRequested, this,
            &RoutingController::chooseNamespaces);
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

    QSettings settings;
    QString error;
    const QString mesh = settings.value(meshKey).toString();
    if (!mesh.isEmpty() && !loadMeshConfig(mesh, &error))
        settings.remove(meshKey);
    const QString namespaces = settings.value(namespacesKey).toString();
    if (!namespaces.isEmpty() && !loadNamespaces(namespaces, &error))
        settings.remove(namespacesKey);
    updateSummary();
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
    updateSummary();
    if (m_model.revision() != m_mapRevision && m_mapDock->isVisible())
        m_mapRefresh.start();
}

void RoutingController::refreshMap()
{
    if (m_bridge->isBusy())
        return; // again when it is idle
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

bool RoutingController::loadMeshConfig(const QString &path, QString *error)
{
    MeshConfig mesh;
    if (!MeshConfigLoader::fromFile(path, &mesh, error))
        return false;
    if (m_bridge->isBusy()) {
        connect(
            m_bridge, &ValidationBridge::idle, this,
            [this, path] {
                QString later;
                loadMeshConfig(path, &later);
            },
            Qt::SingleShotConnection);
        return true;
    }
    m_model.setMeshConfig(mesh);
    m_meshSource = path;
    QSettings().setValue(meshKey, path);
    m_bridge->extensionChanged();
    m_refresh.start();
    return true;
}

bool RoutingController::loadNamespaces(const QString &path, QString *error)
{
    NamespaceInventory namespaces;
    if (!namespaces.addFromFile(path, error))
        return false;
    if (m_bridge->isBusy()) {
        connect(
            m_bridge, &ValidationBridge::idle, this,
            [this, path] {
                QString later;
                loadNamespaces(path, &later);
            },
            Qt::SingleShotConnection);
        return true;
    }
    m_model.setNamespaceInventory(namespaces);
    m_namespacesSource = path;
    m_importedNamespaces = namespaces.size();
    QSettings().setValue(namespacesKey, path);
    m_bridge->extensionChanged();
    m_refresh.start();
    return true;
}

void RoutingController::chooseMeshConfig()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Mesh Config"), QFileInfo(m_meshSource).absolutePath(),
        tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadMeshConfig(path, &error))
        QMessageBox::warning(m_window, tr("Cannot Read Mesh Config"), error);
}

void RoutingController::chooseNamespaces()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Namespaces"), QFileInfo(m_namespacesSource).absolutePath(),
        tr("YAML or JSON (*.yaml *.yml *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadNamespaces(path, &error))
        QMessageBox::warning(m_window, tr("Cannot Read Namespaces"), error);
}

void RoutingController::updateSummary()
{
    const MeshConfig &mesh = m_model.meshConfig();
    QString text = m_meshSource.isEmpty() ? tr("Mesh: Istio's defaults")
                                          : tr("Mesh: %1").arg(QFileInfo(m_meshSource).fileName());
    const QStringList summary = mesh.summary();
    if (!summary.isEmpty())
        text += tr(" (%1)").arg(summary.join(QStringLiteral(", ")));
    text += m_namespacesSource.isEmpty()
                ? tr(" · namespaces from the files (%1)").arg(m_model.namespaces().size())
                : tr(" · %1 namespaces from %2")
                      .arg(m_importedNamespaces)
                      .arg(QFileInfo(m_namespacesSource).fileName());
    m_tester->setSettingsSummary(text);
}

} // namespace MeshEntry
