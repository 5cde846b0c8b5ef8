#include "dockpanels.h"

#include "actionregistry.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QPointer>
#include <QTabBar>

namespace MeshEntry {

DockPanels::DockPanels(QMainWindow *window, ActionRegistry *actions)
    : QObject(window), m_window(window), m_actions(actions)
{}

void DockPanels::describeTabBars()
{
    // The tab bars of docks that share an area come and go with the layout.
    for (QTabBar *tabs : m_window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        if (tabs->accessibleDescription().isEmpty())
            tabs->setAccessibleDescription(
                tr("Panels sharing this place; Left and Right choose one"));
    }
}

QDockWidget *DockPanels::add(const QString &id, const QString &title, QWidget *panel,
                             Qt::DockWidgetArea area, const QKeySequence &toggle)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(id + QLatin1String("Dock")); // saveState() finds it by this name
    dock->setWidget(panel);
    m_window->addDockWidget(area, dock);
    // The registry owns the toggle's shortcut like any other; the dock keeps its own action
    // checked in step.
    const QString toggleId = QStringLiteral("view.") + id;
    QAction *action = m_actions->add(toggleId, title, {toggle});
    action->setCheckable(true);
    action->setChecked(true);
    connect(action, &QAction::toggled, dock, [dock](bool shown) {
        dock->setVisible(shown);
        if (!shown)
            return;
        dock->raise(); // a panel behind another's tab comes to the front
        // The panel's first control that takes the focus, as Tab would reach it.
        for (QWidget *child = dock->widget(); child; child = child->nextInFocusChain()) {
            if ((child->focusPolicy() & Qt::TabFocus) && child->isVisibleTo(dock)) {
                child->setFocus(Qt::ShortcutFocusReason);
                break;
            }
            if (child->nextInFocusChain() == dock->widget())
                break;
        }
    });
    // Context this, not the action: the action outlives the panels, and the docks are hidden
    // again while the window is torn down, after this object is gone.
    connect(dock, &QDockWidget::visibilityChanged, this,
            [this, action = QPointer<QAction>(action), dock, panel](bool visible) {
                if (action)
                    action->setChecked(!dock->isHidden());
                describeTabBars();
                // A panel behind another's tab still counts as shown to Qt, and Tab would walk into
                // controls nobody can see: they take no focus until their tab is chosen.
                panel->setEnabled(visible);
            });
    m_ids.append(id);
    m_toggleIds.append(toggleId);
    m_docks.append(dock);
    emit panelAdded(id);
    return dock;
}

QDockWidget *DockPanels::dock(const QString &id) const
{
    const qsizetype at = m_ids.indexOf(id);
    return at < 0 ? nullptr : m_docks[at];
}

} // namespace MeshEntry
