#pragma once

#include "routingmodel.h"
#include "visibilitymapmodel.h"

#include <QObject>
#include <QTimer>

class QDockWidget;

namespace MeshEntry {

class MainWindow;
class RequestTesterPanel;
class ValidationBridge;
class VisibilityMapView;

/**
 * Wires the routing model into the window: it is the validation's extension (its conflicts
 * are findings), and it feeds the Request tester and the Visibility map, which follow every
 * edit. Steps and cells open the document and field they name; the mesh settings and the
 * namespace import are read from files the user picks and remembered.
 */
class RoutingController : public QObject
{
    Q_OBJECT
public:
    /// Creates the two panels as docks of window; call before any file is added.
    explicit RoutingController(MainWindow *window);

    RoutingModel *model() { return &m_model; }
    RequestTesterPanel *requestTester() const { return m_tester; }
    VisibilityMapView *visibilityMap() const { return m_map; }
    QDockWidget *requestTesterDock() const { return m_testerDock; }
    QDockWidget *visibilityMapDock() const { return m_mapDock; }

    bool loadMeshConfig(const QString &path, QString *error);
    bool loadNamespaces(const QString &path, QString *error);

private:
    void refresh();
    void refreshMap();
    void openStep(int document, const YamlPath &path);
    void chooseMeshConfig();
    void chooseNamespaces();
    void updateSummary();

    MainWindow *m_window;
    ValidationBridge *m_bridge;
    RoutingModel m_model;
    VisibilityMapModel m_mapModel;
    RequestTesterPanel *m_tester;
    VisibilityMapView *m_map;
    QDockWidget *m_testerDock;
    QDockWidget *m_mapDock;
    QTimer m_refresh;
    QTimer m_mapRefresh;
    QString m_meshSource;
    QString m_namespacesSource;
    int m_importedNamespaces = 0;
    quint64 m_mapRevision = 0;
};

} // namespace MeshEntry
