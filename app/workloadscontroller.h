#pragma once

#include "workloadmatcher.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QDockWidget;

namespace MeshEntry {

class ClusterSession;
class EditorDocument;
class ImportController;
class MainWindow;
class MeshSettingsController;
class ReverseSelectionModel;
class SelectedWorkloadsPanel;
class SelectionDiagramDialog;
class SelectionModel;
class SelectionWorkspace;
class ValidationBridge;

/**
 * Everything about "which workloads back this ServiceEntry" in the window: the Selected
 * workloads dock and its models, the Workloads menu (imports, the mesh settings, the VM
 * inventory CSV, the diagram). It owns the window's SelectionWorkspace, the one holder of the
 * mesh settings, the namespaces and the workloads, which the Request tester and validation
 * read too; imports are the ImportController's, the mesh settings and the status bar's summary
 * the MeshSettingsController's. The window only tells it which file and document are current.
 */
class WorkloadsController : public QObject
{
    Q_OBJECT
public:
    explicit WorkloadsController(MainWindow *window);
    ~WorkloadsController() override;

    SelectionWorkspace *workspace() const { return m_workspace; }
    SelectedWorkloadsPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    SelectionModel *selectionModel() const { return m_selection; }
    ReverseSelectionModel *reverseModel() const { return m_reverse; }
    MeshSettingsController *meshSettings() const { return m_mesh; }
    ImportController *imports() const { return m_imports; }
    /// The contexts Import from Cluster reads from.
    void setClusterSession(ClusterSession *session);
    SelectionDiagramDialog *diagramDialog() const;
    QAction *importAction() const { return m_importAction; }
    QAction *csvAction() const { return m_csvAction; }

    void fileAdded(EditorDocument *file);
    void fileClosing(EditorDocument *file);
    void setCurrent(EditorDocument *file, int document);

    void showDiagram();
    /// Bulk-creates WorkloadEntries from a VM inventory CSV into the current file.
    void createFromCsv(const QString &path = QString());
    /// Recomputes the panel now (it otherwise follows edits within the same event-loop turn).
    void refresh();

private:
    void createActions();
    void scheduleRefresh();
    void showSelection(const SelectorQuery &query);
    void showReverse(int workload, bool canGoBack);
    void activateSelection(const QModelIndex &index);
    void activateReverse(const QModelIndex &index);
    void find(const QString &name);
    void updateInventoryStatus();
    void updateWorkloadNames();
    void updateDiagram();
    QString visibilityText(const SelectionResult &result) const;

    MainWindow *m_window;
    ValidationBridge *m_validation;
    SelectionWorkspace *m_workspace;
    SelectionModel *m_selection;
    ReverseSelectionModel *m_reverse;
    SelectedWorkloadsPanel *m_panel;
    QDockWidget *m_dock;
    MeshSettingsController *m_mesh;
    ImportController *m_imports;
    QAction *m_importAction = nullptr;
    QAction *m_csvAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_diagramAction = nullptr;
    QPointer<SelectionDiagramDialog> m_diagram;
    QTimer m_refreshTimer;
    bool m_namesStale = true;

    EditorDocument *m_file = nullptr;
    int m_document = -1;
    /// An imported workload shown in the reverse view (-1: follow the current document).
    int m_pinnedWorkload = -1;
    QList<ReverseMatch> m_reverseMatches;
    /// The query the selection view shows (for the diagram), valid until the next refresh.
    SelectorQuery m_shownQuery;
    bool m_showingQuery = false;
};

} // namespace MeshEntry
