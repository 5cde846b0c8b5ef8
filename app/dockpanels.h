#pragma once

#include <QKeySequence>
#include <QObject>
#include <QStringList>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace MeshEntry {

class ActionRegistry;

/**
 * How a panel joins the window. add() puts it in a dock, registers its View menu toggle
 * ("view.<id>", with an optional shortcut) and remembers it for the saved layout. The panel
 * registers its own commands with the ActionRegistry, scoped to itself, and follows the
 * CurrentDocument; it needs nothing else from the window:
 *
 *     auto *panel = new SelectedWorkloadsPanel(window->currentDocument(), …);
 *     window->panels()->add("workloads", tr("Selected Workloads"), panel,
 *                           Qt::RightDockWidgetArea);
 *     window->actions()->add("workloads.refresh", tr("Refresh"), {QKeySequence::Refresh},
 *                            panel);
 */
class DockPanels : public QObject
{
    Q_OBJECT
public:
    DockPanels(QMainWindow *window, ActionRegistry *actions);

    QDockWidget *add(const QString &id, const QString &title, QWidget *panel,
                     Qt::DockWidgetArea area, const QKeySequence &toggle = {});
    QDockWidget *dock(const QString &id) const;
    /// The View menu ids of the panels' toggles, in the order they were added.
    QStringList toggleIds() const { return m_toggleIds; }

signals:
    void panelAdded(const QString &id);

private:
    QMainWindow *m_window;
    ActionRegistry *m_actions;
    QStringList m_ids;
    QStringList m_toggleIds;
    QList<QDockWidget *> m_docks;
};

} // namespace MeshEntry
