#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace MeshEntry {

class ActionRegistry;
class CurrentDocument;
class DockPanels;
class DocumentCommands;
class DocumentManager;
class OutlineView;
class PreferencesDialog;
class YamlPane;
class YamlPaneController;

/**
 * The window's commands and menus: every command registered in the ActionRegistry under its
 * id, with its keys, connected to the controller that carries it out; the YAML pane's own
 * commands scoped to it; the menus and the tool bar built from the ids.
 */
class WindowActions : public QObject
{
    Q_OBJECT
public:
    struct Parts {
        QMainWindow *window;
        ActionRegistry *actions;
        DocumentManager *documents;
        CurrentDocument *current;
        DocumentCommands *commands;
        YamlPaneController *yamlController;
        YamlPane *yamlPane;
        OutlineView *outline;
        DockPanels *panels;
    };

    explicit WindowActions(const Parts &parts);

    /// Enables what the current file allows.
    void update();
    /// The outline's context menu.
    void showOutlineMenu(const QPoint &globalPosition);

signals:
    /// The user chose a file to open (Open…, Open Recent).
    void openRequested(const QString &path);
    /// Preferences is about to be shown: controllers add their pages to it.
    void preferencesOpening(PreferencesDialog *dialog);

private:
    void registerActions();
    void registerYamlCommands();
    void buildMenus();
    void openWithDialog();
    void showPreferences();
    void showAbout();

    QMainWindow *m_window;
    ActionRegistry *m_actions;
    DocumentManager *m_documents;
    CurrentDocument *m_current;
    DocumentCommands *m_commands;
    YamlPaneController *m_yamlController;
    YamlPane *m_yamlPane;
    OutlineView *m_outline;
    DockPanels *m_panels;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_addDocumentMenu = nullptr;
};

} // namespace MeshEntry
