#include "actionregistry.h"
#include "currentdocument.h"
#include "diagnosticspanel.h"
#include "editordocument.h"
#include "findbar.h"
#include "formtesthelpers.h"
#include "gotolinedialog.h"
#include "keyvalueeditor.h"
#include "mainwindow.h"
#include "metadatasection.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "preferencesdialog.h"
#include "scalarfield.h"
#include "serviceentryform.h"
#include "stringlisteditor.h"
#include "tablefield.h"
#include "workloadentryform.h"
#include "yamleditor.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <Qsci/qscicommandset.h>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::FormTest;

namespace {

/// What a focused widget is, in the words of the test: "metadata.labels table",
/// "spec.hosts Add", "metadata.name", "yaml", "diagnostics", "outline".
QString describe(QWidget *widget, MainWindow *window)
{
    if (!widget)
        return QStringLiteral("(none)");
    if (widget == window->yamlEditor())
        return QStringLiteral("yaml");
    if (widget == window->diagnosticsPanel()->view())
        return QStringLiteral("diagnostics");
    if (widget == window->outlineView()->tree())
        return QStringLiteral("outline");
    if (widget == window->outlineView()->filterEdit())
        return QStringLiteral("filter");
    // The nearest enclosing field names it by its path.
    for (QWidget *parent = widget; parent; parent = parent->parentWidget()) {
        const QString name = parent->objectName();
        if (name.isEmpty() || name.startsWith(QLatin1String("qt_")))
            continue;
        if (qobject_cast<QTableWidget *>(widget))
            return name + QStringLiteral(" table");
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            return name + u' ' + button->text();
        return name;
    }
    return QString::fromLatin1(widget->metaObject()->className());
}

} // namespace

/// Keys and focus in the real window: shortcuts through the window, keys to the focus widget.
class TestKeysAndFocus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlLFromTheYamlPaneOpensGoToLineAndChangesNoByte();
    void goToLineMovesOutlineAndForm();
    void ctrlEndInTheYamlPaneMovesOutlineAndForm();
    void outlineClickKeepsTheFocusAndShowsTheDocumentAtTheTop();
    void deleteAfterAnOutlineClickDeletesExactlyThatDocument();
    void ctrlDInTheOutlineDuplicatesWithAFreeNameAndSelectsTheCopy();
    void deleteInTheYamlPaneDeletesOneCharacter();
    void preferencesAndReplaceHaveTheirKeys();
    void noKeyIsBoundTwice();
    void undoIsTheFilesInEveryLineEdit();
    void editorCommandsAreInTheEditMenu();
    void tabWalksTheServiceEntryFormIntoYamlAndDiagnostics();
    void tabWalksTheWorkloadEntryForm();
    void tabAndShiftTabLeaveATableAndItsCellEditor();
    void outlineFilterMatchesNamesNamespacesAndKinds();
    void firstWindowFitsTheAvailableScreen();

private:
    QString writeExample();
    /// Tab from the current focus until the diagnostics view has it; the widgets passed.
    QStringList walkTabs();

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    EditorDocument *m_file = nullptr;
    QByteArray m_original;
};

void TestKeysAndFocus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // no window layout or preferences from an earlier run
    m_original = example();
    QVERIFY(!m_original.isEmpty());
}

QString TestKeysAndFocus::writeExample()
{
    const QString path = m_dir.filePath(QStringLiteral("payments-mesh.yaml"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(m_original);
    return path;
}

void TestKeysAndFocus::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(m_window->openFile(writeExample()));
    m_file = m_window->currentFile();
}

void TestKeysAndFocus::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestKeysAndFocus::ctrlLFromTheYamlPaneOpensGoToLineAndChangesNoByte()
{
    YamlEditor *pane = m_window->yamlEditor();
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(200, 40));
    QCOMPARE(QApplication::focusWidget(), pane);
    const QByteArray shown = pane->bytes(0, pane->length());
    QString opened;
    onNextDialog([&opened](QWidget *dialog) {
        opened = dialog->objectName();
        press(Qt::Key_Escape);
    });
    press(Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(opened, QStringLiteral("goToLineDialog"));
    pane->flushPendingEdits();
    QCOMPARE(pane->bytes(0, pane->length()), shown);
    QCOMPARE(m_file->file().bytes(), m_original);
    QCOMPARE(m_file->undoStack()->count(), 0);
}

void TestKeysAndFocus::goToLineMovesOutlineAndForm()
{
    YamlEditor *pane = m_window->yamlEditor();
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(200, 40));
    bool typedIntoTheLineNumber = false;
    onNextDialog([&](QWidget *dialog) {
        typedIntoTheLineNumber =
            QApplication::focusWidget() == static_cast<GoToLineDialog *>(dialog)->spinBox();
        typeKeys(QStringLiteral("70"));
        press(Qt::Key_Return);
    });
    press(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(typedIntoTheLineNumber);
    int line = 0;
    int index = 0;
    pane->getCursorPosition(&line, &index);
    QCOMPARE(line + 1, 70);
    QCOMPARE(m_window->focusWidget(), pane);
    // Line 70 is in ledger-vm-2: the outline and the form follow the pane.
    QTRY_COMPARE(m_window->currentDocument(), 3);
    const QModelIndex row = m_window->outlineView()->tree()->currentIndex();
    QCOMPARE(row.data().toString(), QStringLiteral("payments/ledger-vm-2"));
    QCOMPARE(m_window->workloadEntryForm()->metadataSection()->nameField()->lineEdit()->text(),
             QStringLiteral("ledger-vm-2"));
}

void TestKeysAndFocus::ctrlEndInTheYamlPaneMovesOutlineAndForm()
{
    YamlEditor *pane = m_window->yamlEditor();
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(200, 40));
    press(Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(pane->cursorOffset(), qsizetype(m_original.size()));
    // The pane reports its cursor when it updates the screen, right after the key.
    QTRY_COMPARE(m_window->currentDocument(), 3);
    QTreeView *tree = m_window->outlineView()->tree();
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("payments/ledger-vm-2"));
    QVERIFY(tree->selectionModel()->isSelected(tree->currentIndex()));
    QCOMPARE(m_window->formStack()->currentWidget(), m_window->workloadEntryForm());
    press(Qt::Key_Home, Qt::ControlModifier);
    QTRY_COMPARE(m_window->currentDocument(), 0);
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("payments/stripe-api"));
}

void TestKeysAndFocus::outlineClickKeepsTheFocusAndShowsTheDocumentAtTheTop()
{
    QTreeView *tree = m_window->outlineView()->tree();
    auto *model = static_cast<OutlineModel *>(tree->model());
    clickRow(tree, model->documentIndex(m_file, 2));
    QCOMPARE(QApplication::focusWidget(), tree);
    QCOMPARE(m_window->currentDocument(), 2);
    QCOMPARE(m_window->workloadEntryForm()->metadataSection()->nameField()->lineEdit()->text(),
             QStringLiteral("ledger-vm-1"));
    YamlEditor *pane = m_window->yamlEditor();
    // ledger-vm-1's text starts on line 49 (its `---`), which is now the pane's top line.
    QCOMPARE(m_file->file().documentLine(2), 48);
    QCOMPARE(pane->firstVisibleLine(), 48);
    QCOMPARE(pane->rangeFirstLine(), 48);
    QCOMPARE(pane->rangeLastLine(), 66);
    // Down moves in the outline, not in the text.
    press(Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), tree);
    QCOMPARE(m_window->currentDocument(), 3);
    QCOMPARE(m_file->file().bytes(), m_original);
}

void TestKeysAndFocus::deleteAfterAnOutlineClickDeletesExactlyThatDocument()
{
    QTreeView *tree = m_window->outlineView()->tree();
    auto *model = static_cast<OutlineModel *>(tree->model());
    clickRow(tree, model->documentIndex(m_file, 2));
    QCOMPARE(QApplication::focusWidget(), tree);
    const QByteArray removed = m_file->file().document(2).text();
    press(Qt::Key_Delete);
    QCOMPARE(m_file->file().bytes(), QByteArray(m_original).replace(removed, ""));
    QCOMPARE(m_file->file().documentCount(), 3);
    QCOMPARE(m_file->undoStack()->count(), 1);
    QCOMPARE(m_file->undoStack()->undoText(), QStringLiteral("Delete ledger-vm-1"));
    QCOMPARE(m_window->actions()->action(QStringLiteral("edit.undo"))->text(),
             QStringLiteral("&Undo Delete ledger-vm-1"));
    // The document that took its place is selected, and the focus stays in the outline.
    QCOMPARE(m_window->currentDocument(), 2);
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("payments/ledger-vm-2"));
    QCOMPARE(QApplication::focusWidget(), tree);
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_file->file().bytes(), m_original);
}

void TestKeysAndFocus::ctrlDInTheOutlineDuplicatesWithAFreeNameAndSelectsTheCopy()
{
    QTreeView *tree = m_window->outlineView()->tree();
    auto *model = static_cast<OutlineModel *>(tree->model());
    clickRow(tree, model->documentIndex(m_file, 2));
    press(Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_file->file().documentCount(), 5);
    QCOMPARE(m_file->file().document(3).info().name, QStringLiteral("ledger-vm-1-copy"));
    QCOMPARE(m_file->file().document(3).text(),
             QByteArray(m_file->file().document(2).text())
                 .replace("name: ledger-vm-1\n", "name: ledger-vm-1-copy\n"));
    QCOMPARE(m_file->undoStack()->undoText(), QStringLiteral("Duplicate ledger-vm-1"));
    QCOMPARE(m_window->currentDocument(), 3);
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("payments/ledger-vm-1-copy"));
    QCOMPARE(QApplication::focusWidget(), tree);
    // A second copy gets the next free name.
    clickRow(tree, model->documentIndex(m_file, 2));
    press(Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_file->file().document(3).info().name, QStringLiteral("ledger-vm-1-copy-2"));
    QCOMPARE(m_window->currentDocument(), 3);
}

void TestKeysAndFocus::deleteInTheYamlPaneDeletesOneCharacter()
{
    YamlEditor *pane = m_window->yamlEditor();
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(200, 40));
    pane->goToOffset(m_original.indexOf("stripe-api"));
    press(Qt::Key_Delete);
    pane->flushPendingEdits();
    QCOMPARE(m_file->file().bytes(),
             QByteArray(m_original).replace("name: stripe-api", "name: tripe-api"));
    QCOMPARE(m_file->file().documentCount(), 4);
}

void TestKeysAndFocus::preferencesAndReplaceHaveTheirKeys()
{
    YamlEditor *pane = m_window->yamlEditor();
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(200, 40));
    press(Qt::Key_H, Qt::ControlModifier);
    FindBar *find = m_window->findChild<FindBar *>();
    QVERIFY(find->isVisible());
    auto *replace = find->findChild<QLineEdit *>(QStringLiteral("replaceEdit"));
    QVERIFY(replace && replace->isVisible());
    // Both fields keep room for 16 characters beside the buttons and options.
    auto *findEdit = find->findChild<QLineEdit *>(QStringLiteral("findEdit"));
    const int room = findEdit->fontMetrics().averageCharWidth() * 16;
    QVERIFY2(findEdit->width() >= room, qPrintable(QString::number(findEdit->width())));
    QVERIFY2(replace->width() >= room, qPrintable(QString::number(replace->width())));
    press(Qt::Key_Escape);
    QVERIFY(!find->isVisible());
    QString opened;
    onNextDialog([&opened](QWidget *dialog) {
        opened = QString::fromLatin1(dialog->metaObject()->className());
        press(Qt::Key_Escape);
    });
    press(Qt::Key_Comma, Qt::ControlModifier);
    QCOMPARE(opened, QStringLiteral("MeshEntry::PreferencesDialog"));
    // Both are in the menus with their keys.
    ActionRegistry *actions = m_window->actions();
    QCOMPARE(actions->action(QStringLiteral("edit.replace"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_H));
    QCOMPARE(actions->action(QStringLiteral("edit.preferences"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QVERIFY(!actions->action(QStringLiteral("edit.replace"))->associatedObjects().isEmpty());
}

void TestKeysAndFocus::noKeyIsBoundTwice()
{
    ActionRegistry *actions = m_window->actions();
    QCOMPARE(actions->conflicts(), QStringList());
    // The YAML pane keeps no binding of a window shortcut, nor the ones removed on purpose.
    QList<int> windowKeys;
    for (const QString &id : actions->ids()) {
        if (actions->scope(id) && actions->scope(id) != m_window->yamlEditor())
            continue;
        for (const QKeySequence &key : actions->action(id)->shortcuts())
            windowKeys.append(key[0].toCombined());
    }
    QStringList bound;
    for (QsciCommand *command : m_window->yamlEditor()->standardCommands()->commands()) {
        for (const int key : {command->key(), command->alternateKey()}) {
            if (key && windowKeys.contains(key))
                bound.append(command->description());
        }
    }
    QCOMPARE(bound, QStringList());
    QsciCommandSet *commands = m_window->yamlEditor()->standardCommands();
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
          QKeySequence(Qt::CTRL | Qt::Key_D), QKeySequence(Qt::CTRL | Qt::Key_T),
          QKeySequence(Qt::CTRL | Qt::Key_U), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
          QKeySequence(Qt::CTRL | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        QVERIFY2(!commands->boundTo(key[0].toCombined()), qPrintable(key.toString()));
    // What stays QScintilla's: moving and selecting.
    QCOMPARE(commands->boundTo((Qt::CTRL | Qt::Key_Right).toCombined())->command(),
             QsciCommand::WordRight);
}

void TestKeysAndFocus::undoIsTheFilesInEveryLineEdit()
{
    QTreeView *tree = m_window->outlineView()->tree();
    clickRow(tree, static_cast<OutlineModel *>(tree->model())->documentIndex(m_file, 0));
    press(Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_file->file().documentCount(), 5);
    // In the outline's filter, as in a form field, Ctrl+Z is the file's undo.
    QTest::mouseClick(m_window->outlineView()->filterEdit(), Qt::LeftButton);
    typeKeys(QStringLiteral("st"));
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_file->file().bytes(), m_original);
    QCOMPARE(m_window->outlineView()->filterEdit()->text(), QStringLiteral("st"));
    QLineEdit *name = m_window->serviceEntryForm()->metadataSection()->nameField()->lineEdit();
    QTest::mouseClick(name, Qt::LeftButton);
    press(Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier);
    QCOMPARE(m_file->file().documentCount(), 5);
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_file->file().bytes(), m_original);
    // The copy, current again after the redo, went with the undo: the form shows the document
    // in its place.
    QCOMPARE(name->text(), QStringLiteral("ledger-vms"));
}

void TestKeysAndFocus::editorCommandsAreInTheEditMenu()
{
    QMenu *edit = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->text() == QLatin1String("&Edit"))
            edit = menu->menu();
    }
    QVERIFY(edit);
    QStringList entries;
    for (QAction *action : edit->actions()) {
        if (!action->isSeparator())
            entries << action->text() + u'\t' + action->shortcut().toString();
    }
    QCOMPARE(
        entries,
        QStringList({"&Undo\tCtrl+Z", "&Redo\tCtrl+Shift+Z", "&Find…\tCtrl+F", "Find &Next\tF3",
                     "Find Pre&vious\tShift+F3", "R&eplace…\tCtrl+H", "&Go to Line…\tCtrl+L",
                     "D&uplicate Line\tCtrl+Shift+D", "De&lete Line\tCtrl+Shift+K",
                     "Move Line U&p\tAlt+Up", "Move Line Dow&n\tAlt+Down",
                     "Toggle &Comment\tCtrl+/", "&Indent\tCtrl+]", "Unin&dent\tCtrl+[",
                     "Filter &Outline\tCtrl+Shift+F", "&Preferences…\tCtrl+,"}));
    // In the pane, Ctrl+Shift+D duplicates the line and Ctrl+/ comments it: one step each.
    YamlEditor *pane = m_window->yamlEditor();
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(200, 40));
    pane->goToOffset(m_original.indexOf("  - api.stripe.com"));
    press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_file->file().bytes(),
             QByteArray(m_original)
                 .replace("  - api.stripe.com\n", "  - api.stripe.com\n  - api.stripe.com\n"));
    QCOMPARE(m_file->undoStack()->undoText(), QStringLiteral("Duplicate line"));
    press(Qt::Key_Slash, Qt::ControlModifier);
    QCOMPARE(m_file->file().bytes(),
             QByteArray(m_original)
                 .replace("  - api.stripe.com\n", "  # - api.stripe.com\n  - api.stripe.com\n"));
    QCOMPARE(m_file->undoStack()->undoText(), QStringLiteral("Comment lines"));
    QCOMPARE(m_file->undoStack()->count(), 2);
    press(Qt::Key_Slash, Qt::ControlModifier);
    QCOMPARE(m_file->undoStack()->undoText(), QStringLiteral("Uncomment lines"));
    // Outside the pane its commands are not offered.
    clickRow(m_window->outlineView()->tree(),
             m_window->outlineView()->tree()->model()->index(0, 0));
    QVERIFY(!m_window->actions()->action(QStringLiteral("yaml.duplicateLine"))->isEnabled());
}

QStringList TestKeysAndFocus::walkTabs()
{
    QStringList visited;
    for (int step = 0; step < 80; ++step) {
        press(Qt::Key_Tab);
        if (QTest::currentTestFailed())
            return visited;
        QWidget *focus = QApplication::focusWidget();
        visited.append(describe(focus, m_window));
        if (focus == m_window->diagnosticsPanel()->view())
            break;
        if (focus == m_window->yamlEditor()) {
            // Tab indents in the pane; Ctrl+Tab leaves it.
            press(Qt::Key_Tab, Qt::ControlModifier);
            visited.append(describe(QApplication::focusWidget(), m_window));
            break;
        }
    }
    return visited;
}

void TestKeysAndFocus::tabWalksTheServiceEntryFormIntoYamlAndDiagnostics()
{
    QTreeView *tree = m_window->outlineView()->tree();
    clickRow(tree, static_cast<OutlineModel *>(tree->model())->documentIndex(m_file, 0));
    QCOMPARE(QApplication::focusWidget(), tree);
    // A table takes its first row as current when the focus enters it, so its Remove (and
    // Move Down) buttons are offered after Add; an empty one has only its adding row.
    QCOMPARE(walkTabs(), QStringList({"apiVersion",
                                      "metadata.name",
                                      "metadata.namespace",
                                      "metadata.labels table",
                                      "metadata.labels Add",
                                      "metadata.labels Remove",
                                      "metadata.annotations table",
                                      "metadata.annotations Add",
                                      "spec.hosts table",
                                      "spec.hosts Add",
                                      "spec.hosts Remove",
                                      "spec.hosts Move Down",
                                      "spec.addresses table",
                                      "spec.addresses Add",
                                      "spec.ports table",
                                      "spec.ports Add",
                                      "spec.ports Remove",
                                      "spec.location",
                                      "spec.resolution",
                                      "spec.endpoints table",
                                      "spec.endpoints Add",
                                      "spec.workloadSelector.labels table",
                                      "spec.workloadSelector.labels Add",
                                      "spec.exportTo table",
                                      "spec.exportTo Add",
                                      "spec.exportTo Remove",
                                      "spec.subjectAltNames table",
                                      "spec.subjectAltNames Add",
                                      "yaml",
                                      "diagnostics"}));
    // On round: the docked panels, the status bar's mesh settings (made with the Selected
    // Workloads panel), the dock tab bars, the cluster context picker, the outline's filter,
    // the outline.
    QStringList round;
    for (int step = 0; step < 20 && round.value(round.size() - 1) != QLatin1String("outline");
         ++step) {
        press(Qt::Key_Tab);
        round.append(describe(QApplication::focusWidget(), m_window));
    }
    // Panels behind another's tab are skipped; the tab bars of both dock areas are stops.
    QCOMPARE(round, QStringList({"selectedWorkloadsPanel", "selectedWorkloadsPanel Import…",
                                 "meshStatus Mesh: Istio defaults", "QTabBar", "QTabBar",
                                 "clusterContextButton No cluster", "filter", "outline"}));
    QCOMPARE(m_file->file().bytes(), m_original);
}

void TestKeysAndFocus::tabWalksTheWorkloadEntryForm()
{
    QTreeView *tree = m_window->outlineView()->tree();
    clickRow(tree, static_cast<OutlineModel *>(tree->model())->documentIndex(m_file, 3));
    QCOMPARE(walkTabs(), QStringList({"apiVersion",
                                      "metadata.name",
                                      "metadata.namespace",
                                      "metadata.labels table",
                                      "metadata.labels Add",
                                      "metadata.annotations table",
                                      "metadata.annotations Add",
                                      "spec.address",
                                      "spec.network",
                                      "spec.locality",
                                      "spec.weight",
                                      "spec.serviceAccount",
                                      "spec.ports table",
                                      "spec.ports Add",
                                      "spec.ports Remove",
                                      "spec.labels table",
                                      "spec.labels Add",
                                      "spec.labels Remove",
                                      "yaml",
                                      "diagnostics"}));
}

void TestKeysAndFocus::tabAndShiftTabLeaveATableAndItsCellEditor()
{
    QTreeView *tree = m_window->outlineView()->tree();
    clickRow(tree, static_cast<OutlineModel *>(tree->model())->documentIndex(m_file, 0));
    TableField *labels = m_window->serviceEntryForm()->metadataSection()->labelsEditor();
    QTableWidget *table = labels->table();
    clickRow(table, table->model()->index(0, 1));
    QCOMPARE(QApplication::focusWidget(), table);
    // Arrows move inside, Shift+Tab goes back to the namespace.
    press(Qt::Key_Down);
    QCOMPARE(table->currentRow(), 1);
    QCOMPARE(QApplication::focusWidget(), table);
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(describe(QApplication::focusWidget(), m_window), QStringLiteral("metadata.namespace"));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), table);
    // Enter edits the cell; Tab closes the editor and goes on to the buttons.
    press(Qt::Key_Return);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("external"));
    press(Qt::Key_Tab);
    QTRY_COMPARE(describe(QApplication::focusWidget(), m_window),
                 QStringLiteral("metadata.labels Add"));
    // Remove is offered now that a row is current.
    press(Qt::Key_Tab);
    QCOMPARE(describe(QApplication::focusWidget(), m_window),
             QStringLiteral("metadata.labels Remove"));
    QCOMPARE(m_file->file().bytes(), m_original);
}

void TestKeysAndFocus::outlineFilterMatchesNamesNamespacesAndKinds()
{
    QTreeView *tree = m_window->outlineView()->tree();
    const auto shown = [tree] {
        QStringList rows;
        QAbstractItemModel *model = tree->model();
        for (int file = 0; file < model->rowCount(); ++file) {
            const QModelIndex parent = model->index(file, 0);
            for (int row = 0; row < model->rowCount(parent); ++row)
                rows << parent.data().toString() + u'/' +
                            model->index(row, 0, parent).data().toString();
        }
        return rows;
    };
    press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), m_window->outlineView()->filterEdit());
    typeKeys(QStringLiteral("ledger"));
    QCOMPARE(shown(), QStringList({"payments-mesh.yaml/payments/ledger-vms",
                                   "payments-mesh.yaml/payments/ledger-vm-1",
                                   "payments-mesh.yaml/payments/ledger-vm-2"}));
    const auto retype = [](const QString &text) {
        press(Qt::Key_A, Qt::ControlModifier);
        typeKeys(text);
    };
    retype(QStringLiteral("vm-1"));
    QCOMPARE(shown(), QStringList({"payments-mesh.yaml/payments/ledger-vm-1"}));
    retype(QStringLiteral("STRIPE"));
    QCOMPARE(shown(), QStringList({"payments-mesh.yaml/payments/stripe-api"}));
    retype(QStringLiteral("payments"));
    QCOMPARE(shown().size(), 4);
    retype(QStringLiteral("workloadentry"));
    QCOMPARE(shown(), QStringList({"payments-mesh.yaml/payments/ledger-vm-1",
                                   "payments-mesh.yaml/payments/ledger-vm-2"}));
    retype(QStringLiteral("nothing-like-this"));
    QCOMPARE(shown(), QStringList());
    QVERIFY(m_window->outlineView()->findChild<QLabel *>()->isVisible());
    // Escape clears the filter; Down moves into the list of matches.
    press(Qt::Key_Escape);
    QCOMPARE(shown().size(), 4);
    typeKeys(QStringLiteral("vm-2"));
    press(Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), tree);
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("payments/ledger-vm-2"));
    QCOMPARE(m_window->currentDocument(), 3);
    QCOMPARE(m_file->file().bytes(), m_original);
}

void TestKeysAndFocus::firstWindowFitsTheAvailableScreen()
{
    QSettings().clear();
    MainWindow fresh;
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    const QRect available = fresh.screen()->availableGeometry();
    QVERIFY2(available.contains(fresh.frameGeometry()),
             qPrintable(QStringLiteral("%1,%2 %3x%4 outside %5x%6")
                            .arg(fresh.x())
                            .arg(fresh.y())
                            .arg(fresh.width())
                            .arg(fresh.height())
                            .arg(available.width())
                            .arg(available.height())));
}

QTEST_MAIN(TestKeysAndFocus)
#include "tst_keysandfocus.moc"
