#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>

class QAction;
class QMenu;
class QWidget;
class QsciScintilla;

namespace MeshEntry {

/**
 * The one place that decides which key does what (after Tiled's ActionManager). Every command
 * of the window is registered under a stable id ("file.save", "edit.goToLine") with its
 * shortcuts; menus and tool bars are assembled from ids; panels register their own commands
 * with the panel as scope, so that their shortcuts work while the focus is inside the panel
 * (Delete in the outline deletes a document, in the YAML pane a character).
 *
 * Window shortcuts win everywhere: claimKeysFrom() removes every binding of the YAML pane's
 * QScintilla command set that a registered shortcut uses, after EditorKeyBindings has decided
 * the deliberate removals and remappings; and no line edit of the window keeps one for
 * itself (Ctrl+Z in the outline's filter or a form field undoes the file's last step, not the
 * field's typing). conflicts() lists shortcuts two actions would share; a test keeps it empty.
 */
class ActionRegistry : public QObject
{
    Q_OBJECT
public:
    explicit ActionRegistry(QWidget *window);

    /**
     * Registers an action. shortcuts: the first is shown in menus; standard keys that are
     * empty on this platform are skipped, so pass the key users expect after them.
     * scope null: the whole window; else the shortcut acts only while focus is in scope.
     */
    QAction *add(const QString &id, const QString &text, const QList<QKeySequence> &shortcuts = {},
                 QWidget *scope = nullptr);
    /// The action registered under id (which must exist).
    QAction *action(const QString &id) const;
    bool contains(const QString &id) const { return m_actions.contains(id); }
    QStringList ids() const { return m_order; }
    /// The scope an action's shortcuts work in; nullptr for the window.
    QWidget *scope(const QString &id) const { return m_scopes.value(id); }

    /// Adds actions by id to a menu; "-" adds a separator.
    void addToMenu(QMenu *menu, const QStringList &ids) const;
    /// Pairs of ids whose shortcuts collide in scopes that overlap, as "a/b: key".
    QStringList conflicts() const;
    /// Every key sequence registered, for the editor to give way.
    QList<QKeySequence> shortcuts() const;
    /// Makes the YAML pane's own key bindings give way to the shortcuts registered for the
    /// window and for the editor's own scope.
    void claimKeysFrom(QsciScintilla *editor) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    QHash<QString, QAction *> m_actions;
    QHash<QString, QWidget *> m_scopes;
    QStringList m_order;
};

} // namespace MeshEntry
