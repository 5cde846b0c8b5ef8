#pragma once

#include <QObject>

class QToolButton;

namespace MeshEntry {

class MainWindow;
class MeshConfig;
class PreferencesDialog;
class SelectionWorkspace;

/**
 * The window's mesh settings, and the status bar's one summary of what MeshEntry assumes
 * beyond the files: the mesh settings, the imported namespaces and workloads. The settings are
 * kept in QSettings as the MeshConfig YAML (so unknown keys and comments survive) and edited on
 * the Mesh page of Preferences, which Workloads ▸ Mesh Settings, the Request tester and a click
 * on the summary open. They live in the SelectionWorkspace, which matching, routing and
 * validation read.
 */
class MeshSettingsController : public QObject
{
    Q_OBJECT
public:
    MeshSettingsController(MainWindow *window, SelectionWorkspace *workspace,
                           QObject *parent = nullptr);

    QToolButton *statusButton() const { return m_status; }
    /// New mesh settings: remembered, and in force for matching, routing and validation.
    void setMesh(const MeshConfig &mesh);
    /// Opens Preferences on its Mesh page.
    void showPreferences();
    /// "Mesh: default exportTo [.] · 3 namespaces · 120 imported workloads"
    const QString &summary() const { return m_summary; }
    /// Every setting in force and where the namespaces and workloads came from, one a line.
    const QString &details() const { return m_details; }

signals:
    void summaryChanged(const QString &summary, const QString &details);

private:
    void restore();
    void addPage(PreferencesDialog *dialog);
    void updateStatus();

    MainWindow *m_window;
    SelectionWorkspace *m_workspace;
    QToolButton *m_status;
    bool m_showPage = false;
    QString m_summary;
    QString m_details;
};

} // namespace MeshEntry
