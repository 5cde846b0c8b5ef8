#include "actionregistry.h"
#include "dockpanels.h"
#include "editorkeybindings.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <Qsci/qscicommandset.h>
#include <Qsci/qsciscintilla.h>
#include <QtTest>

using namespace MeshEntry;

/// The one place that decides which key does what.
class TestActionRegistry : public QObject
{
    Q_OBJECT

private slots:
    void conflictsAreFoundWhereScopesOverlap();
    void standardKeysEmptyHereGetTheFallback();
    void theEditorGivesWayToWindowKeysOnly();
    void menusAreBuiltFromIds();
    void panelsBringTheirToggle();
};

void TestActionRegistry::conflictsAreFoundWhereScopesOverlap()
{
    QMainWindow window;
    auto *left = new QLineEdit(&window);
    auto *right = new QLineEdit(&window);
    ActionRegistry registry(&window);
    registry.add(QStringLiteral("a.one"), QStringLiteral("One"),
                 {QKeySequence(Qt::CTRL | Qt::Key_K)});
    registry.add(QStringLiteral("b.left"), QStringLiteral("Left"), {QKeySequence(Qt::Key_Delete)},
                 left);
    // Delete in two panels that do not contain each other is no conflict.
    registry.add(QStringLiteral("c.right"), QStringLiteral("Right"), {QKeySequence(Qt::Key_Delete)},
                 right);
    QCOMPARE(registry.conflicts(), QStringList());
    registry.add(QStringLiteral("d.again"), QStringLiteral("Again"),
                 {QKeySequence(Qt::CTRL | Qt::Key_K)}, right);
    QCOMPARE(registry.conflicts(), QStringList({"a.one/d.again: Ctrl+K"}));
    QCOMPARE(registry.action(QStringLiteral("b.left"))->shortcutContext(),
             Qt::WidgetWithChildrenShortcut);
    QCOMPARE(registry.scope(QStringLiteral("b.left")), left);
    QCOMPARE(registry.action(QStringLiteral("a.one"))->shortcutContext(), Qt::WindowShortcut);
}

void TestActionRegistry::standardKeysEmptyHereGetTheFallback()
{
    QMainWindow window;
    ActionRegistry registry(&window);
    QAction *preferences = registry.add(
        QStringLiteral("edit.preferences"), QStringLiteral("Preferences"),
        {QKeySequence(QKeySequence::Preferences), QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    QVERIFY(preferences->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QVERIFY(!preferences->shortcuts().contains(QKeySequence()));
}

void TestActionRegistry::theEditorGivesWayToWindowKeysOnly()
{
    QMainWindow window;
    auto *editor = new QsciScintilla(&window);
    auto *outline = new QLineEdit(&window);
    ActionRegistry registry(&window);
    registry.add(QStringLiteral("edit.goToLine"), QStringLiteral("Go to Line"),
                 {QKeySequence(Qt::CTRL | Qt::Key_L)});
    registry.add(QStringLiteral("edit.selectAll"), QStringLiteral("Select all"),
                 {QKeySequence(Qt::CTRL | Qt::Key_A)});
    // The outline's Delete must not take Delete from the editor.
    registry.add(QStringLiteral("document.delete"), QStringLiteral("Delete"),
                 {QKeySequence(Qt::Key_Delete)}, outline);
    registry.claimKeysFrom(editor);
    QsciCommandSet *commands = editor->standardCommands();
    QCOMPARE(commands->boundTo((Qt::CTRL | Qt::Key_L).toCombined()), nullptr);
    QCOMPARE(commands->boundTo((Qt::CTRL | Qt::Key_A).toCombined()), nullptr);
    QCOMPARE(commands->boundTo(int(Qt::Key_Delete))->command(), QsciCommand::Delete);
    // The bindings removed on purpose are gone whatever the window binds.
    for (const EditorKeyBindings::Decision &decision : EditorKeyBindings::removed()) {
        QsciCommand *command = commands->find(decision.command);
        QCOMPARE(command->key(), 0);
        QCOMPARE(command->alternateKey(), 0);
        QVERIFY(!decision.why.isEmpty());
    }
    QCOMPARE(commands->boundTo((Qt::CTRL | Qt::Key_D).toCombined()), nullptr);
    QCOMPARE(commands->boundTo((Qt::CTRL | Qt::Key_Slash).toCombined()), nullptr);
    QCOMPARE(commands->boundTo(int(Qt::Key_Tab))->command(), QsciCommand::Tab);
}

void TestActionRegistry::menusAreBuiltFromIds()
{
    QMainWindow window;
    ActionRegistry registry(&window);
    registry.add(QStringLiteral("a"), QStringLiteral("A"));
    registry.add(QStringLiteral("b"), QStringLiteral("B"));
    QMenu menu;
    registry.addToMenu(&menu, {QStringLiteral("a"), QStringLiteral("-"), QStringLiteral("b")});
    QCOMPARE(menu.actions().size(), 3);
    QVERIFY(menu.actions()[1]->isSeparator());
    QCOMPARE(menu.actions()[2]->text(), QStringLiteral("B"));
    QCOMPARE(registry.ids(), QStringList({"a", "b"}));
}

void TestActionRegistry::panelsBringTheirToggle()
{
    QMainWindow window;
    ActionRegistry registry(&window);
    DockPanels panels(&window, &registry);
    auto *panel = new QLineEdit;
    QDockWidget *dock = panels.add(QStringLiteral("workloads"), QStringLiteral("Workloads"), panel,
                                   Qt::RightDockWidgetArea, QKeySequence(Qt::CTRL | Qt::Key_4));
    window.show();
    QCOMPARE(dock->objectName(), QStringLiteral("workloadsDock"));
    QCOMPARE(panels.dock(QStringLiteral("workloads")), dock);
    QCOMPARE(panels.toggleIds(), QStringList({"view.workloads"}));
    QAction *toggle = registry.action(QStringLiteral("view.workloads"));
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_4));
    QVERIFY(toggle->isChecked());
    toggle->trigger();
    QVERIFY(dock->isHidden());
    QVERIFY(!toggle->isChecked());
    toggle->trigger();
    QVERIFY(!dock->isHidden());
}

QTEST_MAIN(TestActionRegistry)
#include "tst_actionregistry.moc"
