#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace MeshEntry {

class ActionRegistry;
class Banner;
class BannerController;
class CurrentDocument;
class DiagnosticsController;
class DiagnosticsModel;
class DiagnosticsPanel;
class DockPanels;
class DocumentCommands;
class DocumentManager;
class EditorDocument;
class FormPanel;
class OutlineModel;
class OutlineView;
class ServiceEntryForm;
class ValidationBridge;
class WorkloadEntryForm;
class YamlEditor;
class YamlPane;
class YamlPaneController;
class WindowActions;
class WorkloadsController;

/**
 * The editor window. It creates the panes and controllers, registers the window's commands in
 * the ActionRegistry, builds the menus from them and lays the panes out; what the commands do
 * lives in the controllers (DocumentManager, DocumentCommands, YamlPaneController, …) and
 * which document is shown in CurrentDocument.
 *
 * A new panel joins through panels()->add() and registers its commands with actions(); it
 * follows currentDocument() (see DockPanels).
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens path and shows it; false when it cannot be read or opening was cancelled.
    bool openFile(const QString &path);
    /// Offers to restore buffers autosaved before a crash.
    void offerRecovery();
    /// Shows a document: outline selection, form and YAML pane follow.
    void setCurrent(EditorDocument *file, int document);
    /// Jumps to the finding in row of the diagnostics panel (its line and its field).
    void showDiagnostic(int row);

    EditorDocument *currentFile() const;
    int currentDocument() const;
    CurrentDocument *current() const { return m_current; }
    DocumentManager *documents() const { return m_documents; }
    ActionRegistry *actions() const { return m_actions; }
    DockPanels *panels() const { return m_panels; }
    WindowActions *windowActions() const { return m_windowActions; }
    WorkloadsController *workloads() const { return m_workloads; }
    YamlEditor *yamlEditor() const;
    OutlineView *outlineView() const { return m_outline; }
    DiagnosticsPanel *diagnosticsPanel() const { return m_diagnosticsPanel; }
    DiagnosticsModel *diagnosticsModel() const;
    QStackedWidget *formStack() const;
    ServiceEntryForm *serviceEntryForm() const;
    WorkloadEntryForm *workloadEntryForm() const;
    ValidationBridge *validationBridge() const;
    /// A top-level menu for a controller that joins the window (Cluster, Workloads…), placed
    /// before Help.
    QMenu *addMenu(const QString &title);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPanes();
    void connectControllers();
    void restoreLayout();
    void updateTitle();

    ActionRegistry *m_actions;
    DocumentManager *m_documents;
    CurrentDocument *m_current;
    OutlineModel *m_outlineModel;
    OutlineView *m_outline;
    Banner *m_banner;
    FormPanel *m_forms;
    YamlPane *m_yamlPane;
    QSplitter *m_splitter;
    DiagnosticsController *m_diagnostics;
    DiagnosticsPanel *m_diagnosticsPanel;
    YamlPaneController *m_yamlController;
    BannerController *m_bannerController;
    DocumentCommands *m_commands;
    DockPanels *m_panels;
    WindowActions *m_windowActions;
    WorkloadsController *m_workloads;
    QLabel *m_cursorLabel;
    QLabel *m_countsLabel;
    bool m_layoutRestored = false;
};

} // namespace MeshEntry
