#include "mainwindow.h"

#include "actionregistry.h"
#include "banner.h"
#include "bannercontroller.h"
#include "clustercontroller.h"
#include "currentdocument.h"
#include "diagnosticscontroller.h"
#include "diagnosticsmodel.h"
#include "diagnosticspanel.h"
#include "dockpanels.h"
#include "documentcommands.h"
#include "documentmanager.h"
#include "editordocument.h"
#include "fixcontroller.h"
#include "formpanel.h"
#include "helpcontroller.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "preferencesdialog.h"
#include "resourceform.h"
#include "revalidationcontroller.h"
#include "routingcontroller.h"
#include "serviceentryform.h"
#include "windowactions.h"
#include "workloadentryform.h"
#include "workloadscontroller.h"
#include "yamleditor.h"
#include "yamlpane.h"
#include "yamlpanecontroller.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace MeshEntry {

namespace {

/// The size a first window asks for; it gets less on a smaller screen.
constexpr QSize preferredSize(1400, 900);
/// The share of the centre the form takes from the YAML pane at first.
constexpr double formShare = 0.55;
/// What the YAML pane keeps when the form needs more.
constexpr int minimumYamlWidth = 300;

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
    m_documents->setValidation(m_diagnostics->validation());
    m_diagnosticsPanel = new DiagnosticsPanel(m_diagnostics->model());
    m_yamlController = new YamlPaneController(m_current, yamlEditor(), m_documents, this);
    auto *fixes = new FixController(m_diagnostics, m_diagnosticsPanel, yamlEditor(), m_forms,
                                    m_current, this);
    connect(fixes, &FixController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(fixes, &FixController::jumpRequested, this, &MainWindow::showDiagnostic);
    m_bannerController = new BannerController(m_banner, m_current, m_documents, this);
    m_commands = new DocumentCommands(m_documents, m_current, this);
    connect(m_forms, &FormPanel::templateRequested, m_commands,
            [this](const QString &id) { m_commands->addTemplate(id, true); });
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

    m_windowActions = new WindowActions({this, m_actions, m_documents, m_current, m_commands,
                                         m_yamlController, m_yamlPane, m_outline, m_panels});
    connectControllers();
    // Controllers that bring their own panels, menus and status-bar parts; children of the window.
    m_workloads = new WorkloadsController(this);
    new RoutingController(this);      // the Request tester and the Visibility map
    new RevalidationController(this); // new mesh settings' progress and Cancel
    // Import from Cluster reads the context the Cluster menu chose.
    m_workloads->setClusterSession((new ClusterController(this))->session());
    m_help = new HelpController(this);
    yamlEditor()->setFontSize(PreferencesDialog::editorFontSize());
    restoreLayout();
    m_current->set(nullptr, -1);
    m_forms->showDocument(nullptr, -1);
    m_windowActions->update();
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
    // A large file opens in the background: it is shown once it is ready.
    connect(m_documents, &DocumentManager::fileOpened, this,
            [this](EditorDocument *file) { m_current->set(file, 0); });
    connect(m_documents, &DocumentManager::modificationChanged, this, [this] {
        updateTitle();
        m_windowActions->update();
    });
    connect(m_documents->undoGroup(), &QUndoGroup::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_current, &CurrentDocument::changed, this,
            [this](EditorDocument *file, int document, bool fileChanged) {
                if (fileChanged) {
                    m_documents->setActiveFile(file);
                    updateTitle();
                }
                m_forms->showDocument(file, document);
                // The form shown may be another one now: it gets the document's findings.
                m_diagnostics->updateFieldMessages();
                m_windowActions->update();
            });
    connect(m_forms, &FormPanel::fieldActivated, m_yamlController, &YamlPaneController::showField);
    connect(m_outline, &OutlineView::contextMenuRequested, m_windowActions,
            &WindowActions::showOutlineMenu);
    connect(m_diagnosticsPanel, &DiagnosticsPanel::diagnosticActivated, this,
            &MainWindow::showDiagnostic);
    connect(m_diagnostics, &DiagnosticsController::summaryChanged, m_countsLabel, &QLabel::setText);
    connect(yamlEditor(), &YamlEditor::cursorMoved, this, [this](int line, int column) {
        m_cursorLabel->setText(tr("Ln %1, Col %2").arg(line).arg(column));
    });
    connect(m_windowActions, &WindowActions::openRequested, this, &MainWindow::openFile);
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
    // it to show its tables whole, and at least what it needs not to scroll sideways in a
    // small window), the YAML pane the rest.
    m_layoutRestored = true;
    // The right side (Selected Workloads, the Request tester behind it): 420 px on a large
    // window, about 260 on a 1024-pixel one so that the form keeps its room.
    if (QDockWidget *right = m_panels->dock(QStringLiteral("workloads"))) {
        resizeDocks({right}, {qBound(250, (QMainWindow::width() - 700) * 4 / 5, 420)},
                    Qt::Horizontal);
        layout()->activate();
    }
    const int width = m_splitter->width();
    const int least =
        qMax(int(width * formShare), qMin(m_forms->minimumFormWidth(), width * 3 / 4));
    const int form =
        qBound(least, m_forms->preferredWidth(), qMax(least, width - minimumYamlWidth));
    m_splitter->setSizes({form, width - form});
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
    if (EditorDocument *file = m_documents->open(path)) {
        m_current->set(file, 0);
        return true;
    }
    return m_documents->isOpening(path);
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

ValidationBridge *MainWindow::validationBridge() const
{
    return m_diagnostics->validation();
}

QMenu *MainWindow::addMenu(const QString &title)
{
    auto *menu = new QMenu(title, this);
    const auto *help = menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    menuBar()->insertMenu(help ? help->menuAction() : nullptr, menu);
    return menu;
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
