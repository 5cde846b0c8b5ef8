#pragma once

#include "yamlpath.h"

#include <QMainWindow>
#include <QUndoGroup>

class QLabel;
class QMenu;
class QStackedWidget;

namespace MeshEntry {

class Autosaver;
class Banner;
class DiagnosticsModel;
class DiagnosticsPanel;
class EditorDocument;
class FindBar;
class OutlineModel;
class OutlineView;
class ResourceForm;
class ServiceEntryForm;
class ValidationBridge;
class WorkloadEntryForm;
class WorkloadsController;
class YamlEditor;

/// The editor window: wires the outline, the forms, the YAML pane and the panels to the model.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens path (a worker reads large files; the window stays responsive and can cancel).
    bool openFile(const QString &path);
    /// Offers to restore buffers autosaved before a crash.
    void offerRecovery();

    EditorDocument *currentFile() const { return m_current; }
    int currentDocument() const { return m_currentDocument; }
    YamlEditor *yamlEditor() const { return m_yaml; }
    DiagnosticsModel *diagnosticsModel() const { return m_diagnostics; }
    QStackedWidget *formStack() const { return m_forms; }
    ServiceEntryForm *serviceEntryForm() const { return m_serviceEntryForm; }
    WorkloadEntryForm *workloadEntryForm() const { return m_workloadEntryForm; }
    /// Shows a document: outline selection, form and YAML pane follow.
    void setCurrent(EditorDocument *file, int document);
    /// Jumps to the diagnostic in row of the diagnostics panel.
    void showDiagnostic(int row);
    WorkloadsController *workloads() const { return m_workloads; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void addFile(EditorDocument *file);
    void newFile();
    void newFromTemplate(const QString &resource);
    void addDocumentFromTemplate(const QString &resource);
    void openWithDialog();
    bool save(EditorDocument *file);
    bool saveAs(EditorDocument *file);
    void saveAll();
    bool closeFile(EditorDocument *file);
    void reload(EditorDocument *file);
    bool maybeSave(EditorDocument *file);
    void onChangedOnDisk(EditorDocument *file);
    void showDiskDifference(EditorDocument *file);
    void goToLine();
    void showPreferences();
    void showAbout();
    void showOutlineMenu(const QPoint &globalPosition);
    void updateRecentFiles();
    void rememberRecent(const QString &path);
    void updateWindow();
    void updateBanner();
    /// Refreshes panel, badges, squiggles and field markers of documents (empty: all).
    void updateDiagnostics(EditorDocument *file, const QList<int> &documents = {});
    void updateFormPage();
    ResourceForm *currentForm() const;
    void updateFieldMessages();
    void followField(const YamlPath &path);
    void syncSelectionToCursor();
    void applyEditorFont();

    QList<EditorDocument *> m_files;
    EditorDocument *m_current = nullptr;
    int m_currentDocument = -1;
    QUndoGroup m_undoGroup;
    OutlineModel *m_outlineModel;
    DiagnosticsModel *m_diagnostics;
    ValidationBridge *m_validation;
    Autosaver *m_autosaver;
    OutlineView *m_outline;
    DiagnosticsPanel *m_diagnosticsPanel;
    YamlEditor *m_yaml;
    FindBar *m_findBar;
    Banner *m_banner;
    QStackedWidget *m_forms;
    QLabel *m_formMessage;
    ServiceEntryForm *m_serviceEntryForm;
    WorkloadEntryForm *m_workloadEntryForm;
    QLabel *m_cursorLabel;
    QLabel *m_countsLabel;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_templatesMenu = nullptr;
    QMenu *m_addDocumentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_saveAllAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteDocumentAction = nullptr;
    WorkloadsController *m_workloads = nullptr;
};

} // namespace MeshEntry
