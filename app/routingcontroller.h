#pragma once

#include "routingmodel.h"
#include "visibilitymapmodel.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

class QDockWidget;

namespace MeshEntry {

class MainWindow;
class RequestTesterPanel;
class SelectionWorkspace;
class ValidationBridge;
class VisibilityMapView;
class WorkloadInventory;

/**
 * Wires the routing model into the window: it is the validation's extension (its conflicts
 * are findings), and it feeds the Request tester and the Visibility map, which follow every
 * edit. Steps and cells open the document and field they name. The mesh settings, the
 * namespaces' labels and the imported workloads come from the window's SelectionWorkspace
 * (the Workloads menu and Preferences ▸ Mesh change them) and are followed as they change.
 */
class RoutingController : public QObject
{
    Q_OBJECT
public:
    /// Creates the two panels as docks of window; call before any file is added, after the
    /// WorkloadsController (whose workspace and commands it uses).
    explicit RoutingController(MainWindow *window);

    RoutingModel *model() { return &m_model; }
    RequestTesterPanel *requestTester() const { return m_tester; }
    VisibilityMapView *visibilityMap() const { return m_map; }
    QDockWidget *requestTesterDock() const { return m_testerDock; }
    QDockWidget *visibilityMapDock() const { return m_mapDock; }

private:
    void refresh();
    void refreshMap();
    bool isMapShown() const;
    void openStep(int document, const YamlPath &path);
    /// Applies a change of the workspace's facts to the model and refreshes what shows it.
    void adopt(const std::function<void()> &change);

    MainWindow *m_window;
    ValidationBridge *m_bridge;
    SelectionWorkspace *m_workspace;
    RoutingModel m_model;
    /// The imported workloads m_model reads (a snapshot, see SelectionWorkspace).
    std::shared_ptr<const WorkloadInventory> m_workloads;
    VisibilityMapModel m_mapModel;
    RequestTesterPanel *m_tester;
    VisibilityMapView *m_map;
    QDockWidget *m_testerDock;
    QDockWidget *m_mapDock;
    QTimer m_refresh;
    QTimer m_mapRefresh;
    quint64 m_mapRevision = 0;
};

} // namespace MeshEntry
