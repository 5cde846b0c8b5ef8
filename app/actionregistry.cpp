#include "actionregistry.h"

#include "editorkeybindings.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QWidget>
#include <Qsci/qsciscintilla.h>

namespace MeshEntry {

ActionRegistry::ActionRegistry(QWidget *window) : QObject(window), m_window(window)
{
    // Before any widget sees a key: a widget that accepts a ShortcutOverride keeps the key.
    qApp->installEventFilter(this);
}

bool ActionRegistry::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    // A window command's key is the window's in every widget of it (QLineEdit would take
    // Ctrl+Z for its own undo): swallowing the override, unaccepted, lets the shortcut run.
    const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
    for (const QString &id : std::as_const(m_order)) {
        if (m_scopes.value(id))
            continue;
        const QAction *action = m_actions[id];
        if (action->isEnabled() && action->shortcuts().contains(pressed))
            return true;
    }
    return false;
}

QAction *ActionRegistry::add(const QString &id, const QString &text,
                             const QList<QKeySequence> &shortcuts, QWidget *scope)
{
    Q_ASSERT_X(!m_actions.contains(id), "ActionRegistry::add", qPrintable(id));
    auto *action = new QAction(text, scope ? static_cast<QObject *>(scope) : m_window);
    action->setObjectName(id);
    QList<QKeySequence> keys;
    for (const QKeySequence &key : shortcuts) {
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    action->setShortcuts(keys);
    if (scope) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        scope->addAction(action);
    } else {
        action->setShortcutContext(Qt::WindowShortcut);
        m_window->addAction(action);
    }
    m_actions.insert(id, action);
    m_scopes.insert(id, scope);
    m_order.append(id);
    return action;
}

QAction *ActionRegistry::action(const QString &id) const
{
    QAction *action = m_actions.value(id);
    Q_ASSERT_X(action, "ActionRegistry::action", qPrintable(id));
    return action;
}

void ActionRegistry::addToMenu(QMenu *menu, const QStringList &ids) const
{
    for (const QString &id : ids) {
        if (id == QLatin1String("-"))
            menu->addSeparator();
        else
            menu->addAction(action(id));
    }
}

QStringList ActionRegistry::conflicts() const
{
    QStringList result;
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        for (qsizetype j = i + 1; j < m_order.size(); ++j) {
            QWidget *a = m_scopes.value(m_order[i]);
            QWidget *b = m_scopes.value(m_order[j]);
            // Scopes overlap when one is the window or contains the other.
            const bool overlap = !a || !b || a == b || a->isAncestorOf(b) || b->isAncestorOf(a);
            if (!overlap)
                continue;
            for (const QKeySequence &key : m_actions[m_order[i]]->shortcuts()) {
                if (m_actions[m_order[j]]->shortcuts().contains(key)) {
                    result.append(
                        QStringLiteral("%1/%2: %3")
                            .arg(m_order[i], m_order[j], key.toString(QKeySequence::PortableText)));
                }
            }
        }
    }
    return result;
}

QList<QKeySequence> ActionRegistry::shortcuts() const
{
    QList<QKeySequence> keys;
    for (const QString &id : m_order)
        keys += m_actions[id]->shortcuts();
    return keys;
}

void ActionRegistry::claimKeysFrom(QsciScintilla *editor) const
{
    // The window's shortcuts and those of the editor's own scope; a panel's (Delete in the
    // outline) leave the editor's keys alone.
    QList<QKeySequence> claimed;
    for (const QString &id : m_order) {
        QWidget *scope = m_scopes.value(id);
        if (!scope || scope == editor || scope->isAncestorOf(editor))
            claimed += m_actions[id]->shortcuts();
    }
    EditorKeyBindings::apply(editor, claimed);
}

} // namespace MeshEntry
