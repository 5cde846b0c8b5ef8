#pragma once

#include "meshconfig.h"
#include "workloadimporter.h"
#include "workloadmatcher.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <atomic>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace MeshEntry {

class EditorDocument;
class MainWindow;
class PreferencesDialog;
class ReverseSelectionModel;
class SelectedWorkloadsPanel;
class SelectionDiagramDialog;
class SelectionModel;
class SelectionWorkspace;
class ValidationBridge;
class WorkloadImportDialog;

/**
 * Everything about "which workloads back this ServiceEntry" in the window: the Selected
 * workloads dock and its models, the Workloads menu (imports with progress and cancel, the
 * VM inventory CSV, the diagram), the mesh settings (the Preferences page, the status bar,
 * what validation assumes). The window only tells it which file and document are current.
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
    QLabel *meshLabel() const { return m_meshLabel; }
    SelectionDiagramDialog *diagramDialog() const;
    QAction *importAction() const { return m_importAction; }
    QAction *csvAction() const { return m_csvAction; }

    void fileAdded(EditorDocument *file);
    void fileClosing(EditorDocument *file);
    void setCurrent(EditorDocument *file, int document);

    /// Imports Pods, WorkloadEntries or Namespaces from a file, with a progress dialog;
    /// importFinished() tells how it ended.
    void importFile(const QString &path);
    bool isImporting() const;
    /// Adds the Mesh page to Preferences; it takes effect when the dialog is accepted.
    void addPreferencesPages(PreferencesDialog *dialog);
    /// New mesh settings: saved, shown in the status bar, used by validation and matching.
    void setMesh(const MeshConfig &mesh);
    void showDiagram();
    /// Bulk-creates WorkloadEntries from a VM inventory CSV into the current file.
    void createFromCsv(const QString &path = QString());
    /// Recomputes the panel now (it otherwise follows edits within the same event-loop turn).
    void refresh();

signals:
    void importFinished(const QString &path, bool ok, const QString &message);

private:
    void createActions();
    void scheduleRefresh();
    void showSelection(const SelectorQuery &query);
    void showReverse(int workload, bool canGoBack);
    void activateSelection(const QModelIndex &index);
    void activateReverse(const QModelIndex &index);
    void find(const QString &name);
    void chooseImport(bool namespaces);
    void finishReading();
    void updateInventoryStatus();
    void updateWorkloadNames();
    void updateMeshStatus();
    void updateDiagram();
    QString visibilityText(const SelectionResult &result) const;

    MainWindow *m_window;
    ValidationBridge *m_validation;
    SelectionWorkspace *m_workspace;
    SelectionModel *m_selection;
    ReverseSelectionModel *m_reverse;
    SelectedWorkloadsPanel *m_panel;
    QDockWidget *m_dock;
    QLabel *m_meshLabel;
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

    QFutureWatcher<WorkloadImporter::Result> m_import;
    QString m_importPath;
    QPointer<WorkloadImportDialog> m_importDialog;
    std::atomic_bool m_cancelImport{false};
    std::atomic<qint64> m_importDone{0};
    std::atomic<qint64> m_importTotal{0};
    QTimer m_importPoll;
};

} // namespace MeshEntry
