#include "mainwindow.h"

#include "actionregistry.h"
#include "banner.h"
#include "bannercontroller.h"
#include "colorscheme.h"
#include "currentdocument.h"
#include "diagnosticscontroller.h"
#include "diagnosticsmodel.h"
#include "diagnosticspanel.h"
#include "dockpanels.h"
#include "documentcommands.h"
#include "documentmanager.h"
#include "documenttemplates.h"
#include "editordocument.h"
#include "findbar.h"
#include "formpanel.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "preferencesdialog.h"
#include "recentfiles.h"
#include "resourceform.h"
#include "serviceentryform.h"
#include "workloadentryform.h"
#include "yamleditor.h"
#include "yamlpane.h"
#include "yamlpanecontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace MeshEntry {

namespace {

/// The size a first window asks for; it gets less on a smaller screen.
constexpr QSize preferredSize(1400, 900);
/// The share of the centre the form takes from the YAML pane at first.
constexpr double formShare = 0.55;
/// What the YAML pane keeps when the form needs more.
constexpr int minimumYamlWidth = 300;

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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_actions(new ActionRegistry(this)),
      m_documents(new DocumentManager(this)), m_current(new CurrentDocument(this)),
      m_outlineModel(new OutlineModel(this)), m_cursorLabel(new QLabel), m_countsLabel(new QLabel)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/meshentry.svg")));
    setAcceptDrops(true);
    m_panels = new DockPanels(this, m_actions);
    createPanes();
    m_diagnostics = new DiagnosticsController(m_documents, m_current, m_outlineModel, yamlEditor(),
                                              m_forms, this);
    m_diagnosticsPanel = new DiagnosticsPanel(m_diagnostics->model());
    m_yamlController = new YamlPaneController(m_current, yamlEditor(), m_documents, this);
    m_bannerController = new BannerController(m_banner, m_current, m_documents, this);
    m_commands = new DocumentCommands(m_documents, m_current, this);
    // Panels in the order Tab visits them: outline, the centre (form, YAML), diagnostics.
    m_panels->add(QStringLiteral("outline"), tr("Outline"), m_outline, Qt::LeftDockWidgetArea);
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    m_panels->add(QStringLiteral("diagnostics"), tr("Diagnostics"), m_diagnosticsPanel,
                  Qt::BottomDockWidgetArea);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_cursorLabel);

    registerActions();
    registerYamlCommands();
    m_actions->claimKeysFrom(yamlEditor());
    buildMenus();
    connectControllers();
    yamlEditor()->setFontSize(PreferencesDialog::editorFontSize());
    restoreLayout();
    m_current->set(nullptr, -1);
    m_forms->showDocument(nullptr, -1);
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Views may still ask the models for data while the window is torn down: the files go
    // first, each announced as closing so that every model lets go of it.
    m_current->set(nullptr, -1);
    delete m_documents;
}

void MainWindow::createPanes()
{
    m_outline = new OutlineView(m_outlineModel, m_current);
    m_banner = new Banner;
    m_forms = new FormPanel;
    m_yamlPane = new YamlPane;
    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("formYamlSplitter"));
    m_splitter->addWidget(m_forms);
    m_splitter->addWidget(m_yamlPane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
}

void MainWindow::connectControllers()
{
    connect(m_documents, &DocumentManager::fileAdded, m_outlineModel, &OutlineModel::addFile);
    connect(m_documents, &DocumentManager::fileAboutToClose, this, [this](EditorDocument *file) {
        if (m_current->file() == file) {
            const QList<EditorDocument *> &files = m_documents->files();
            EditorDocument *next = nullptr;
            for (EditorDocument *other : files) {
                if (other != file)
                    next = other;
            }
            m_current->set(next, 0);
        }
        m_forms->showDocument(m_current->file(), m_current->document());
        m_outlineModel->removeFile(file);
    });
    connect(m_documents, &DocumentManager::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_documents, &DocumentManager::modificationChanged, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(m_documents->undoGroup(), &QUndoGroup::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_current, &CurrentDocument::changed, this,
            [this](EditorDocument *file, int document, bool fileChanged) {
                if (fileChanged) {
                    m_documents->undoGroup()->setActiveStack(file ? file->undoStack() : nullptr);
                    updateTitle();
                }
                m_forms->showDocument(file, document);
                updateActions();
            });
    connect(m_forms, &FormPanel::fieldActivated, m_yamlController, &YamlPaneController::showField);
    connect(m_outline, &OutlineView::contextMenuRequested, this, &MainWindow::showOutlineMenu);
    connect(m_diagnosticsPanel, &DiagnosticsPanel::diagnosticActivated, this,
            &MainWindow::showDiagnostic);
    connect(m_diagnostics, &DiagnosticsController::summaryChanged, m_countsLabel, &QLabel::setText);
    connect(yamlEditor(), &YamlEditor::cursorMoved, this, [this](int line, int column) {
        m_cursorLabel->setText(tr("Ln %1, Col %2").arg(line).arg(column));
    });
    connect(m_documents->recentFiles(), &RecentFiles::openRequested, this, &MainWindow::openFile);
    connect(m_documents->recentFiles(), &RecentFiles::changed, this,
            [this] { m_documents->recentFiles()->fillMenu(m_recentMenu); });
}

void MainWindow::registerActions()
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
    on(QStringLiteral("file.quit"), [this] { close(); });
    // The pane's pending typing becomes a command before undo or redo runs.
    on(QStringLiteral("edit.undo"), [this] {
        yamlEditor()->flushPendingEdits();
        m_documents->undoGroup()->undo();
    });
    on(QStringLiteral("edit.redo"), [this] {
        yamlEditor()->flushPendingEdits();
        m_documents->undoGroup()->redo();
    });
    FindBar *find = m_yamlPane->findBar();
    on(QStringLiteral("edit.find"), [find] { find->showFind(); });
    on(QStringLiteral("edit.findNext"), [find] { find->findNext(); });
    on(QStringLiteral("edit.findPrevious"), [find] { find->findNext(true); });
    on(QStringLiteral("edit.replace"), [find] { find->showReplace(); });
    on(QStringLiteral("edit.goToLine"), [this] { m_yamlController->goToLine(this); });
    on(QStringLiteral("edit.filterOutline"), [this] {
        m_panels->dock(QStringLiteral("outline"))->show();
        m_outline->focusFilter();
    });
    on(QStringLiteral("edit.preferences"), [this] { showPreferences(); });
    on(QStringLiteral("document.duplicate"), [this] { m_commands->duplicateCurrent(); });
    on(QStringLiteral("document.delete"), [this] { m_commands->deleteCurrent(); });
    connect(m_actions->action(QStringLiteral("view.yamlPane")), &QAction::toggled, m_yamlPane,
            &QWidget::setVisible);
    connect(m_actions->action(QStringLiteral("view.wrap")), &QAction::toggled, yamlEditor(),
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
    connect(undo, &QUndoGroup::undoTextChanged, undoAction,
            [undoAction, this](const QString &text) {
                undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
            });
    connect(undo, &QUndoGroup::redoTextChanged, redoAction,
            [redoAction, this](const QString &text) {
                redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
            });
    undoAction->setEnabled(false);
    redoAction->setEnabled(false);

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

void MainWindow::registerYamlCommands()
{
    // The pane's own commands: keys that collide with no window command, acting while the
    // focus is in the pane; in the Edit menu they are offered only then.
    YamlEditor *yaml = yamlEditor();
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

void MainWindow::buildMenus()
{
    ActionRegistry &a = *m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    a.addToMenu(file, {QStringLiteral("file.new")});
    QMenu *templates = file->addMenu(tr("New from &Template"));
    m_addDocumentMenu = new QMenu(tr("&Add from Template"), this);
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

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
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

    QMenu *document = menuBar()->addMenu(tr("&Document"));
    document->addMenu(m_addDocumentMenu);
    a.addToMenu(document,
                {QStringLiteral("document.duplicate"), QStringLiteral("document.delete")});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    a.addToMenu(view, m_panels->toggleIds());
    a.addToMenu(view, {QStringLiteral("view.yamlPane"), QStringLiteral("view.wrap")});
    QToolBar *toolBar = addToolBar(tr("Main"));
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    a.addToMenu(help, {QStringLiteral("help.whatsThis"), QStringLiteral("-"),
                       QStringLiteral("help.about"), QStringLiteral("help.aboutQt")});
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QRect available = screen()->availableGeometry();
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(preferredSize.boundedTo(available.size() * 0.92));
    // A window saved on a larger screen (or at another scale) is brought back onto this one.
    if (width() > available.width() || height() > available.height())
        resize(size().boundedTo(available.size()));
    if (!available.contains(frameGeometry()))
        move(available.center() - rect().center());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_layoutRestored =
        m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    // Side panels in proportion to the window, so a small screen leaves room for the form.
    resizeDocks({m_panels->dock(QStringLiteral("outline"))}, {qBound(160, width() * 2 / 9, 280)},
                Qt::Horizontal);
    resizeDocks({m_panels->dock(QStringLiteral("diagnostics"))}, {qBound(90, height() / 6, 180)},
                Qt::Vertical);
    QAction *pane = m_actions->action(QStringLiteral("view.yamlPane"));
    pane->setChecked(settings.value(QStringLiteral("view/yamlPane"), true).toBool());
    m_yamlPane->setVisible(pane->isChecked());
    QAction *wrap = m_actions->action(QStringLiteral("view.wrap"));
    wrap->setChecked(settings.value(QStringLiteral("view/wrap"), false).toBool());
    yamlEditor()->setLineWrap(wrap->isChecked());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_layoutRestored)
        return;
    // First start: the form gets a little more than half of the centre (more when it needs
    // it to show its tables whole), the YAML pane the rest.
    m_layoutRestored = true;
    const int width = m_splitter->width();
    const int form = qBound(int(width * formShare), m_forms->preferredWidth(),
                            qMax(int(width * formShare), width - minimumYamlWidth));
    m_splitter->setSizes({form, width - form});
}

void MainWindow::updateActions()
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

void MainWindow::updateTitle()
{
    EditorDocument *file = m_current->file();
    setWindowTitle(file ? tr("%1 – MeshEntry").arg(file->displayName() + QStringLiteral("[*]"))
                        : tr("MeshEntry"));
    setWindowModified(file && file->isModified());
}

bool MainWindow::openFile(const QString &path)
{
    EditorDocument *file = m_documents->open(path);
    if (file)
        m_current->set(file, 0);
    return file != nullptr;
}

void MainWindow::offerRecovery()
{
    m_documents->offerRecovery();
    if (!m_current->file() && !m_documents->files().isEmpty())
        m_current->set(m_documents->files().last(), 0);
}

void MainWindow::setCurrent(EditorDocument *file, int document)
{
    m_current->set(file, document);
}

void MainWindow::showDiagnostic(int row)
{
    const LocatedDiagnostic &located = m_diagnostics->model()->at(row);
    m_current->set(located.file, located.diagnostic.document, CurrentDocument::Origin::Diagnostics);
    yamlEditor()->goToOffset(located.file->textOffset(located.diagnostic.document) +
                             located.diagnostic.start);
    if (ResourceForm *form = m_forms->currentForm())
        form->focusField(located.diagnostic.path);
}

EditorDocument *MainWindow::currentFile() const
{
    return m_current->file();
}

int MainWindow::currentDocument() const
{
    return m_current->document();
}

YamlEditor *MainWindow::yamlEditor() const
{
    return m_yamlPane->editor();
}

DiagnosticsModel *MainWindow::diagnosticsModel() const
{
    return m_diagnostics->model();
}

QStackedWidget *MainWindow::formStack() const
{
    return m_forms;
}

ServiceEntryForm *MainWindow::serviceEntryForm() const
{
    return m_forms->serviceEntryForm();
}

WorkloadEntryForm *MainWindow::workloadEntryForm() const
{
    return m_forms->workloadEntryForm();
}

void MainWindow::openWithDialog()
{
    EditorDocument *file = m_current->file();
    const QString directory =
        file && !file->path().isEmpty() ? QFileInfo(file->path()).absolutePath() : QString();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open YAML Files"), directory,
        tr("YAML files (*.yaml *.yml);;JSON files (*.json);;All files (*)"));
    for (const QString &path : paths)
        openFile(path);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ColorScheme::apply();
    yamlEditor()->setFontSize(PreferencesDialog::editorFontSize());
    m_documents->applyAutosavePreference();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About MeshEntry"),
        tr("<h3>MeshEntry %1</h3><p>An editor for Istio ServiceEntry and "
           "WorkloadEntry resources that validates as Istio does and keeps "
           "every byte you did not change.</p><p>Built with Qt %2, QScintilla "
           "and libyaml.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::showOutlineMenu(const QPoint &globalPosition)
{
    QMenu menu;
    menu.addMenu(m_addDocumentMenu);
    m_actions->addToMenu(&menu, {QStringLiteral("document.duplicate"),
                                 QStringLiteral("document.delete"), QStringLiteral("-"),
                                 QStringLiteral("file.save"), QStringLiteral("file.close")});
    menu.exec(globalPosition);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documents->maybeSaveAll()) {
        event->ignore();
        return;
    }
    m_documents->forgetAutosaves();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("view/yamlPane"),
                      m_actions->action(QStringLiteral("view.yamlPane"))->isChecked());
    settings.setValue(QStringLiteral("view/wrap"),
                      m_actions->action(QStringLiteral("view.wrap"))->isChecked());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

} // namespace MeshEntry
