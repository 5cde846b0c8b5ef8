#include "windowactions.h"

#include "actionregistry.h"
#include "colorscheme.h"
#include "currentdocument.h"
#include "dockpanels.h"
#include "documentcommands.h"
#include "documentmanager.h"
#include "documenttemplates.h"
#include "editordocument.h"
#include "findbar.h"
#include "outlineview.h"
#include "preferencesdialog.h"
#include "recentfiles.h"
#include "yamleditor.h"
#include "yamlpane.h"
#include "yamlpanecontroller.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QWhatsThis>

namespace MeshEntry {

namespace {

/// The desktop theme's icon, or the style's own where the desktop has no icon theme.
QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name),
                            QApplication::style()->standardIcon(fallback));
}

QKeySequence keys(QKeyCombination combination)
{
    return QKeySequence(combination);
}

} // namespace

WindowActions::WindowActions(const Parts &parts)
    : QObject(parts.window), m_window(parts.window), m_actions(parts.actions),
      m_documents(parts.documents), m_current(parts.current), m_commands(parts.commands),
      m_yamlController(parts.yamlController), m_yamlPane(parts.yamlPane), m_outline(parts.outline),
      m_panels(parts.panels)
{
    registerActions();
    registerYamlCommands();
    m_actions->claimKeysFrom(m_yamlPane->editor());
    buildMenus();
    connect(m_documents->recentFiles(), &RecentFiles::openRequested, this,
            &WindowActions::openRequested);
    connect(m_documents->recentFiles(), &RecentFiles::changed, this,
            [this] { m_documents->recentFiles()->fillMenu(m_recentMenu); });
}

void WindowActions::registerActions()
{
    ActionRegistry &a = *m_actions;
    const auto current = [this] { return m_current->file(); };
    a.add(QStringLiteral("file.new"), tr("&New…"), {QKeySequence::New});
    a.add(QStringLiteral("file.open"), tr("&Open…"), {QKeySequence::Open});
    a.add(QStringLiteral("file.save"), tr("&Save"), {QKeySequence::Save});
    a.add(QStringLiteral("file.saveAs"), tr("Save &As…"), {QKeySequence::SaveAs});
    a.add(QStringLiteral("file.saveAll"), tr("Save A&ll"), {keys(Qt::CTRL | Qt::ALT | Qt::Key_S)});
    a.add(QStringLiteral("file.reload"), tr("Re&load from Disk"), {QKeySequence::Refresh});
    a.add(QStringLiteral("file.close"), tr("&Close"), {QKeySequence::Close});
    a.add(QStringLiteral("file.quit"), tr("&Quit"), {QKeySequence::Quit})
        ->setMenuRole(QAction::QuitRole);
    // Standard keys that this platform leaves empty get the key users expect.
    a.add(QStringLiteral("edit.undo"), tr("&Undo"), {QKeySequence::Undo});
    a.add(QStringLiteral("edit.redo"), tr("&Redo"),
          {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo, keys(Qt::CTRL | Qt::Key_Y)});
    a.add(QStringLiteral("edit.find"), tr("&Find…"), {QKeySequence::Find});
    a.add(QStringLiteral("edit.findNext"), tr("Find &Next"), {QKeySequence::FindNext});
    a.add(QStringLiteral("edit.findPrevious"), tr("Find Pre&vious"), {QKeySequence::FindPrevious});
    a.add(QStringLiteral("edit.replace"), tr("R&eplace…"),
          {QKeySequence::Replace, keys(Qt::CTRL | Qt::Key_H)});
    a.add(QStringLiteral("edit.goToLine"), tr("&Go to Line…"), {keys(Qt::CTRL | Qt::Key_L)});
    a.add(QStringLiteral("edit.filterOutline"), tr("Filter &Outline"),
          {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    a.add(QStringLiteral("edit.preferences"), tr("&Preferences…"),
          {QKeySequence::Preferences, keys(Qt::CTRL | Qt::Key_Comma)})
        ->setMenuRole(QAction::PreferencesRole);
    a.add(QStringLiteral("document.duplicate"), tr("D&uplicate"), {keys(Qt::CTRL | Qt::Key_D)});
    // Delete is the outline's: elsewhere it deletes characters. The menu item works anywhere.
    a.add(QStringLiteral("document.delete"), tr("&Delete"), {QKeySequence::Delete},
          m_outline->tree());
    a.add(QStringLiteral("view.yamlPane"), tr("&YAML Pane"))->setCheckable(true);
    a.add(QStringLiteral("view.wrap"), tr("&Wrap Long Lines"), {keys(Qt::ALT | Qt::Key_Z)})
        ->setCheckable(true);
    a.add(QStringLiteral("help.whatsThis"), tr("What's &This?"), {QKeySequence::WhatsThis});
    a.add(QStringLiteral("help.about"), tr("&About MeshEntry"))->setMenuRole(QAction::AboutRole);
    a.add(QStringLiteral("help.aboutQt"), tr("About &Qt"))->setMenuRole(QAction::AboutQtRole);
    for (const DocumentTemplates::Template &entry : DocumentTemplates::all()) {
        a.add(QStringLiteral("file.newFrom.") + entry.id, entry.title);
        a.add(QStringLiteral("document.add.") + entry.id, entry.title);
    }

    const auto on = [this](const QString &id, auto handler) {
        connect(m_actions->action(id), &QAction::triggered, this, handler);
    };
    on(QStringLiteral("file.new"), [this] { m_commands->newDocument(); });
    on(QStringLiteral("file.open"), [this] { openWithDialog(); });
    on(QStringLiteral("file.save"), [this, current] { m_documents->save(current()); });
    on(QStringLiteral("file.saveAs"), [this, current] { m_documents->saveAs(current()); });
    on(QStringLiteral("file.saveAll"), [this] { m_documents->saveAll(); });
    on(QStringLiteral("file.reload"), [this, current] { m_documents->reload(current()); });
    on(QStringLiteral("file.close"), [this, current] { m_documents->close(current()); });
    on(QStringLiteral("file.quit"), [this] { m_window->close(); });
    // The pane's pending typing becomes a command before undo or redo runs.
    on(QStringLiteral("edit.undo"), [this] {
        m_yamlPane->editor()->flushPendingEdits();
        m_documents->undoGroup()->undo();
    });
    on(QStringLiteral("edit.redo"), [this] {
        m_yamlPane->editor()->flushPendingEdits();
        m_documents->undoGroup()->redo();
    });
    FindBar *find = m_yamlPane->findBar();
    on(QStringLiteral("edit.find"), [find] { find->showFind(); });
    on(QStringLiteral("edit.findNext"), [find] { find->findNext(); });
    on(QStringLiteral("edit.findPrevious"), [find] { find->findNext(true); });
    on(QStringLiteral("edit.replace"), [find] { find->showReplace(); });
    on(QStringLiteral("edit.goToLine"), [this] { m_yamlController->goToLine(m_window); });
    on(QStringLiteral("edit.filterOutline"), [this] {
        m_panels->dock(QStringLiteral("outline"))->show();
        m_outline->focusFilter();
    });
    on(QStringLiteral("edit.preferences"), [this] { showPreferences(); });
    on(QStringLiteral("document.duplicate"), [this] { m_commands->duplicateCurrent(); });
    on(QStringLiteral("document.delete"), [this] { m_commands->deleteCurrent(); });
    connect(m_actions->action(QStringLiteral("view.yamlPane")), &QAction::toggled, m_yamlPane,
            &QWidget::setVisible);
    connect(m_actions->action(QStringLiteral("view.wrap")), &QAction::toggled, m_yamlPane->editor(),
            &YamlEditor::setLineWrap);
    on(QStringLiteral("help.whatsThis"), [] { QWhatsThis::enterWhatsThisMode(); });
    on(QStringLiteral("help.about"), [this] { showAbout(); });
    on(QStringLiteral("help.aboutQt"), [] { QApplication::aboutQt(); });
    for (const DocumentTemplates::Template &entry : DocumentTemplates::all()) {
        const QString id = entry.id;
        on(QStringLiteral("file.newFrom.") + id,
           [this, id] { m_commands->addTemplate(id, false); });
        on(QStringLiteral("document.add.") + id, [this, id] { m_commands->addTemplate(id, true); });
    }

    QUndoGroup *undo = m_documents->undoGroup();
    QAction *undoAction = m_actions->action(QStringLiteral("edit.undo"));
    QAction *redoAction = m_actions->action(QStringLiteral("edit.redo"));
    connect(undo, &QUndoGroup::canUndoChanged, undoAction, &QAction::setEnabled);
    connect(undo, &QUndoGroup::canRedoChanged, redoAction, &QAction::setEnabled);
    // The menu names the step; the tool bar stays short and names it in its tooltip.
    undoAction->setIconText(tr("Undo"));
    redoAction->setIconText(tr("Redo"));
    connect(undo, &QUndoGroup::undoTextChanged, undoAction,
            [undoAction, this](const QString &text) {
                undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
                undoAction->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo %1").arg(text));
            });
    connect(undo, &QUndoGroup::redoTextChanged, redoAction,
            [redoAction, this](const QString &text) {
                redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
                redoAction->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo %1").arg(text));
            });
    undoAction->setEnabled(false);
    redoAction->setEnabled(false);
    m_yamlPane->editor()->setHistoryActions(undoAction, redoAction);

    const struct {
        const char *id;
        const char *icon;
        QStyle::StandardPixmap fallback;
    } icons[] = {
        {"file.new", "document-new", QStyle::SP_FileIcon},
        {"file.open", "document-open", QStyle::SP_DialogOpenButton},
        {"file.save", "document-save", QStyle::SP_DialogSaveButton},
        {"file.saveAs", "document-save-as", QStyle::SP_DialogSaveButton},
        {"file.reload", "view-refresh", QStyle::SP_BrowserReload},
        {"file.quit", "application-exit", QStyle::SP_DialogCloseButton},
        {"edit.undo", "edit-undo", QStyle::SP_ArrowBack},
        {"edit.redo", "edit-redo", QStyle::SP_ArrowForward},
        {"edit.find", "edit-find", QStyle::SP_FileDialogContentsView},
        {"edit.replace", "edit-find-replace", QStyle::SP_FileDialogDetailedView},
        {"edit.preferences", "preferences-system", QStyle::SP_ComputerIcon},
        {"document.delete", "edit-delete", QStyle::SP_TrashIcon},
    };
    for (const auto &icon : icons)
        m_actions->action(QLatin1String(icon.id))->setIcon(themeIcon(icon.icon, icon.fallback));
}
void WindowActions::registerYamlCommands()
{
    // The pane's own commands: keys that collide with no window command, acting while the
    // focus is in the pane; in the Edit menu they are offered only then.
    YamlEditor *yaml = m_yamlPane->editor();
    const struct {
        const char *id;
        QString text;
        QKeySequence key;
        void (YamlEditor::*run)();
    } commands[] = {
        {"yaml.duplicateLine", tr("D&uplicate Line"), keys(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
         &YamlEditor::duplicateSelection},
        {"yaml.deleteLine", tr("De&lete Line"), keys(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
         &YamlEditor::deleteLines},
        {"yaml.moveLineUp", tr("Move Line U&p"), keys(Qt::ALT | Qt::Key_Up),
         &YamlEditor::moveLinesUp},
        {"yaml.moveLineDown", tr("Move Line Dow&n"), keys(Qt::ALT | Qt::Key_Down),
         &YamlEditor::moveLinesDown},
        {"yaml.toggleComment", tr("Toggle &Comment"), keys(Qt::CTRL | Qt::Key_Slash),
         &YamlEditor::toggleComment},
        {"yaml.indent", tr("&Indent"), keys(Qt::CTRL | Qt::Key_BracketRight),
         &YamlEditor::indentLines},
        {"yaml.unindent", tr("Unin&dent"), keys(Qt::CTRL | Qt::Key_BracketLeft),
         &YamlEditor::unindentLines},
    };
    QList<QAction *> actions;
    for (const auto &command : commands) {
        QAction *action =
            m_actions->add(QLatin1String(command.id), command.text, {command.key}, yaml);
        connect(action, &QAction::triggered, yaml, command.run);
        actions.append(action);
    }
    const auto enable = [yaml, actions] {
        QWidget *focus = QApplication::focusWidget();
        const bool inPane = focus && (focus == yaml || yaml->isAncestorOf(focus));
        for (QAction *action : actions)
            action->setEnabled(inPane && !yaml->isReadOnly());
    };
    connect(qApp, &QApplication::focusChanged, this, enable);
    enable();
}
void WindowActions::buildMenus()
{
    ActionRegistry &a = *m_actions;
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    a.addToMenu(file, {QStringLiteral("file.new")});
    QMenu *templates = file->addMenu(tr("New from &Template"));
    m_addDocumentMenu = new QMenu(tr("&Add from Template"), m_window);
    m_addDocumentMenu->setIcon(themeIcon("list-add", QStyle::SP_FileDialogNewFolder));
    for (const DocumentTemplates::Template &entry : DocumentTemplates::all()) {
        templates->addAction(a.action(QStringLiteral("file.newFrom.") + entry.id));
        m_addDocumentMenu->addAction(a.action(QStringLiteral("document.add.") + entry.id));
    }
    a.addToMenu(file, {QStringLiteral("file.open")});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_documents->recentFiles()->fillMenu(m_recentMenu);
    a.addToMenu(file,
                {QStringLiteral("-"), QStringLiteral("file.save"), QStringLiteral("file.saveAs"),
                 QStringLiteral("file.saveAll"), QStringLiteral("file.reload"),
                 QStringLiteral("file.close"), QStringLiteral("-"), QStringLiteral("file.quit")});

    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    a.addToMenu(edit, {QStringLiteral("edit.undo"),
                       QStringLiteral("edit.redo"),
                       QStringLiteral("-"),
                       QStringLiteral("edit.find"),
                       QStringLiteral("edit.findNext"),
                       QStringLiteral("edit.findPrevious"),
                       QStringLiteral("edit.replace"),
                       QStringLiteral("edit.goToLine"),
                       QStringLiteral("-"),
                       QStringLiteral("yaml.duplicateLine"),
                       QStringLiteral("yaml.deleteLine"),
                       QStringLiteral("yaml.moveLineUp"),
                       QStringLiteral("yaml.moveLineDown"),
                       QStringLiteral("yaml.toggleComment"),
                       QStringLiteral("yaml.indent"),
                       QStringLiteral("yaml.unindent"),
                       QStringLiteral("-"),
                       QStringLiteral("edit.filterOutline"),
                       QStringLiteral("-"),
                       QStringLiteral("edit.preferences")});

    QMenu *document = m_window->menuBar()->addMenu(tr("&Document"));
    document->addMenu(m_addDocumentMenu);
    a.addToMenu(document,
                {QStringLiteral("document.duplicate"), QStringLiteral("document.delete")});

    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    a.addToMenu(view, m_panels->toggleIds());
    a.addToMenu(view, {QStringLiteral("view.yamlPane"), QStringLiteral("view.wrap")});
    QToolBar *toolBar = m_window->addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(a.action(QStringLiteral("file.new")));
    toolBar->addAction(a.action(QStringLiteral("file.open")));
    toolBar->addAction(a.action(QStringLiteral("file.save")));
    toolBar->addSeparator();
    toolBar->addAction(a.action(QStringLiteral("edit.undo")));
    toolBar->addAction(a.action(QStringLiteral("edit.redo")));
    toolBar->addSeparator();
    toolBar->addAction(a.action(QStringLiteral("edit.find")));
    view->addSeparator();
    view->addAction(toolBar->toggleViewAction());
    // Panels added later (selected workloads, cluster…) get their toggle too.
    connect(m_panels, &DockPanels::panelAdded, view, [this, view](const QString &id) {
        view->insertAction(m_actions->action(QStringLiteral("view.yamlPane")),
                           m_actions->action(QStringLiteral("view.") + id));
    });

    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    a.addToMenu(help, {QStringLiteral("help.whatsThis"), QStringLiteral("-"),
                       QStringLiteral("help.about"), QStringLiteral("help.aboutQt")});
}
void WindowActions::update()
{
    EditorDocument *file = m_current->file();
    const bool haveFile = file != nullptr;
    const bool editable = haveFile && !file->isReadOnly();
    const auto enable = [this](const char *id, bool enabled) {
        m_actions->action(QLatin1String(id))->setEnabled(enabled);
    };
    enable("file.save", editable);
    enable("file.saveAs", haveFile);
    enable("file.close", haveFile);
    enable("file.reload", haveFile && !file->path().isEmpty());
    const QList<EditorDocument *> &files = m_documents->files();
    enable("file.saveAll", std::any_of(files.cbegin(), files.cend(),
                                       [](EditorDocument *open) { return open->isModified(); }));
    enable("document.duplicate", m_commands->canEditCurrent());
    enable("document.delete", m_commands->canEditCurrent());
    m_addDocumentMenu->setEnabled(editable);
}
void WindowActions::openWithDialog()
{
    EditorDocument *file = m_current->file();
    const QString directory =
        file && !file->path().isEmpty() ? QFileInfo(file->path()).absolutePath() : QString();
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Open YAML Files"), directory,
        tr("YAML files (*.yaml *.yml);;JSON files (*.json);;All files (*)"));
    for (const QString &path : paths)
        emit openRequested(path);
}
void WindowActions::showPreferences()
{
    PreferencesDialog dialog(m_window);
    emit preferencesOpening(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ColorScheme::apply();
    m_yamlPane->editor()->setFontSize(PreferencesDialog::editorFontSize());
    m_documents->applyAutosavePreference();
}
void WindowActions::showAbout()
{
    QMessageBox::about(
        m_window, tr("About MeshEntry"),
        tr("<h3>MeshEntry %1</h3><p>An editor for Istio ServiceEntry and "
           "WorkloadEntry resources that validates as Istio does and keeps "
           "every byte you did not change.</p><p>Built with Qt %2, QScintilla "
           "and libyaml.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}
void WindowActions::showOutlineMenu(const QPoint &globalPosition)
{
    QMenu menu;
    menu.addMenu(m_addDocumentMenu);
    m_actions->addToMenu(&menu, {QStringLiteral("document.duplicate"),
                                 QStringLiteral("document.delete"), QStringLiteral("-"),
                                 QStringLiteral("file.save"), QStringLiteral("file.close")});
    menu.exec(globalPosition);
}

} // namespace MeshEntry
