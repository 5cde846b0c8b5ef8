#include "mainwindow.h"

#include "autosaver.h"
#include "banner.h"
#include "colorscheme.h"
#include "diagnosticsmodel.h"
#include "diagnosticspanel.h"
#include "diffdialog.h"
#include "documentvalidator.h"
#include "editordocument.h"
#include "findbar.h"
#include "linediff.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "preferencesdialog.h"
#include "routingcontroller.h"
#include "serviceentryform.h"
#include "validationbridge.h"
#include "workloadentryform.h"
#include "yamleditor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWhatsThis>
#include <Qsci/qscilexer.h>
#include <QtConcurrent>
#include <optional>

namespace MeshEntry {

namespace {

constexpr int maxRecentFiles = 10;
/// Files larger than this are read by a worker behind a progress dialog.
constexpr qint64 largeFileBytes = 4 * 1024 * 1024;

struct Template {
    const char *resource;
    const char *title;
};

const Template templates[] = {
    {":/templates/external-https-api.yaml", QT_TRANSLATE_NOOP("MainWindow", "External HTTPS API")},
    {":/templates/external-tcp-database.yaml",
     QT_TRANSLATE_NOOP("MainWindow", "External TCP Database with Addresses")},
    {":/templates/egress-wildcard.yaml",
     QT_TRANSLATE_NOOP("MainWindow", "Egress Wildcard with DYNAMIC_DNS")},
    {":/templates/vm-workloads.yaml",
     QT_TRANSLATE_NOOP("MainWindow", "VM Workloads (ServiceEntry + WorkloadEntries)")},
};

/// The desktop theme's icon, or the style's own where the desktop has no icon theme.
QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name),
                            QApplication::style()->standardIcon(fallback));
}

QByteArray readResource(const QString &resource)
{
    QFile file(resource);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_outlineModel(new OutlineModel(this)),
      m_diagnostics(new DiagnosticsModel(this)), m_validation(new ValidationBridge(this)),
      m_autosaver(new Autosaver(Autosaver::defaultDirectory(), this)),
      m_outline(new OutlineView(m_outlineModel)),
      m_diagnosticsPanel(new DiagnosticsPanel(m_diagnostics)), m_yaml(new YamlEditor),
      m_findBar(new FindBar(m_yaml)), m_banner(new Banner), m_forms(new QStackedWidget),
      m_formMessage(new QLabel), m_serviceEntryForm(new ServiceEntryForm),
      m_workloadEntryForm(new WorkloadEntryForm), m_cursorLabel(new QLabel),
      m_countsLabel(new QLabel)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/meshentry.svg")));
    setAcceptDrops(true);
    m_outlineModel->setCountsProvider([this](const EditorDocument *file, int document) {
        return m_validation->counts(file, document);
    });

    m_formMessage->setAlignment(Qt::AlignCenter);
    m_formMessage->setWordWrap(true);
    m_formMessage->setMargin(24);
    m_forms->addWidget(m_formMessage);
    m_forms->addWidget(m_serviceEntryForm);
    m_forms->addWidget(m_workloadEntryForm);
    for (ResourceForm *form : {static_cast<ResourceForm *>(m_serviceEntryForm),
                               static_cast<ResourceForm *>(m_workloadEntryForm)})
        connect(form, &ResourceForm::fieldActivated, this, &MainWindow::followField);

    auto *yamlPane = new QWidget;
    auto *yamlLayout = new QVBoxLayout(yamlPane);
    yamlLayout->setContentsMargins(0, 0, 0, 0);
    yamlLayout->setSpacing(0);
    yamlLayout->addWidget(m_yaml);
    yamlLayout->addWidget(m_findBar);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("formYamlSplitter"));
    splitter->addWidget(m_forms);
    splitter->addWidget(yamlPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_cursorLabel);

    createDocks();
    new RoutingController(this, m_validation); // the Request tester and the Visibility map
    createActions();
    applyEditorFont();

    connect(m_outline, &OutlineView::documentSelected, this, &MainWindow::setCurrent);
    connect(m_outline, &OutlineView::contextMenuRequested, this, &MainWindow::showOutlineMenu);
    connect(m_diagnosticsPanel, &DiagnosticsPanel::diagnosticActivated, this,
            &MainWindow::showDiagnostic);
    connect(m_validation, &ValidationBridge::diagnosticsChanged, this,
            &MainWindow::updateDiagnostics);
    connect(m_yaml, &YamlEditor::cursorMoved, this, [this](int line, int column) {
        m_cursorLabel->setText(tr("Ln %1, Col %2").arg(line).arg(column));
        syncSelectionToCursor();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        splitter->setSizes({560, 480});
    updateWindow();
}

MainWindow::~MainWindow()
{
    // The views outlive the files while the window is torn down and may still ask the models
    // for data: detach everything from the files before they go.
    m_yaml->setDocument(nullptr);
    m_serviceEntryForm->setDocument(nullptr, -1);
    m_workloadEntryForm->setDocument(nullptr, -1);
    for (EditorDocument *file : std::as_const(m_files)) {
        file->disconnect();
        m_validation->removeFile(file);
        m_diagnostics->removeFile(file);
        m_outlineModel->removeFile(file);
        m_undoGroup.removeStack(file->undoStack());
    }
    qDeleteAll(m_files);
}

void MainWindow::createDocks()
{
    auto *outlineDock = new QDockWidget(tr("Outline"), this);
    outlineDock->setObjectName(QStringLiteral("outlineDock"));
    outlineDock->setWidget(m_outline);
    addDockWidget(Qt::LeftDockWidgetArea, outlineDock);

    auto *diagnosticsDock = new QDockWidget(tr("Diagnostics"), this);
    diagnosticsDock->setObjectName(QStringLiteral("diagnosticsDock"));
    diagnosticsDock->setWidget(m_diagnosticsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, diagnosticsDock);
    resizeDocks({outlineDock}, {280}, Qt::Horizontal);
    resizeDocks({diagnosticsDock}, {130}, Qt::Vertical);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(themeIcon("document-new", QStyle::SP_FileIcon),
                                             tr("&New"), this, &MainWindow::newFile);
    newAction->setShortcut(QKeySequence::New);
    m_templatesMenu = fileMenu->addMenu(tr("New from &Template"));
    for (const Template &entry : templates)
        m_templatesMenu->addAction(tr(entry.title), this, [this, entry] {
            newFromTemplate(QString::fromLatin1(entry.resource));
        });
    QAction *open = fileMenu->addAction(themeIcon("document-open", QStyle::SP_DialogOpenButton),
                                        tr("&Open…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    updateRecentFiles();
    fileMenu->addSeparator();
    m_saveAction = fileMenu->addAction(themeIcon("document-save", QStyle::SP_DialogSaveButton),
                                       tr("&Save"), this, [this] { save(m_current); });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = fileMenu->addAction(themeIcon("document-save-as", QStyle::SP_DialogSaveButton),
                                         tr("Save &As…"), this, [this] { saveAs(m_current); });
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAllAction = fileMenu->addAction(tr("Save A&ll"), this, &MainWindow::saveAll);
    m_saveAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_reloadAction =
        fileMenu->addAction(themeIcon("view-refresh", QStyle::SP_BrowserReload),
                            tr("Re&load from Disk"), this, [this] { reload(m_current); });
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_closeAction = fileMenu->addAction(tr("&Close"), this, [this] { closeFile(m_current); });
    m_closeAction->setShortcut(QKeySequence::Close);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(themeIcon("application-exit", QStyle::SP_DialogCloseButton),
                                        tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    // The pane's pending typing becomes a command before undo or redo runs.
    m_undoAction = editMenu->addAction(themeIcon("edit-undo", QStyle::SP_ArrowBack), tr("&Undo"),
                                       this, [this] {
                                           m_yaml->flushPendingEdits();
                                           m_undoGroup.undo();
                                       });
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = editMenu->addAction(themeIcon("edit-redo", QStyle::SP_ArrowForward), tr("&Redo"),
                                       this, [this] {
                                           m_yaml->flushPendingEdits();
                                           m_undoGroup.redo();
                                       });
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(&m_undoGroup, &QUndoGroup::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(&m_undoGroup, &QUndoGroup::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(&m_undoGroup, &QUndoGroup::undoTextChanged, this, [this](const QString &text) {
        m_undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(&m_undoGroup, &QUndoGroup::redoTextChanged, this, [this](const QString &text) {
        m_redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    editMenu->addSeparator();
    QAction *find = editMenu->addAction(themeIcon("edit-find", QStyle::SP_FileDialogContentsView),
                                        tr("&Find…"), m_findBar, &FindBar::showFind);
    find->setShortcut(QKeySequence::Find);
    QAction *findNext =
        editMenu->addAction(tr("Find &Next"), m_findBar, [this] { m_findBar->findNext(); });
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious =
        editMenu->addAction(tr("Find Pre&vious"), m_findBar, [this] { m_findBar->findNext(true); });
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    QAction *replace =
        editMenu->addAction(themeIcon("edit-find-replace", QStyle::SP_FileDialogDetailedView),
                            tr("R&eplace…"), m_findBar, &FindBar::showReplace);
    replace->setShortcut(QKeySequence::Replace);
    QAction *goTo = editMenu->addAction(tr("&Go to Line…"), this, &MainWindow::goToLine);
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    editMenu->addSeparator();
    QAction *filter =
        editMenu->addAction(tr("Filter &Outline"), m_outline, &OutlineView::focusFilter);
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    editMenu->addSeparator();
    QAction *preferences =
        editMenu->addAction(themeIcon("preferences-system", QStyle::SP_ComputerIcon),
                            tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *documentMenu = menuBar()->addMenu(tr("&Document"));
    m_addDocumentMenu = documentMenu->addMenu(themeIcon("list-add", QStyle::SP_FileDialogNewFolder),
                                              tr("&Add from Template"));
    for (const Template &entry : templates)
        m_addDocumentMenu->addAction(tr(entry.title), this, [this, entry] {
            addDocumentFromTemplate(QString::fromLatin1(entry.resource));
        });
    m_duplicateAction = documentMenu->addAction(tr("D&uplicate"), this, [this] {
        if (m_current && m_currentDocument >= 0)
            m_current->duplicateDocument(m_currentDocument);
    });
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteDocumentAction = documentMenu->addAction(
        themeIcon("edit-delete", QStyle::SP_TrashIcon), tr("&Delete"), this, [this] {
            if (m_current && m_currentDocument >= 0)
                m_current->removeDocument(m_currentDocument);
        });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("What's &This?"), this, [] { QWhatsThis::enterWhatsThisMode(); })
        ->setShortcut(QKeySequence::WhatsThis);
    QAction *about = helpMenu->addAction(tr("&About MeshEntry"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(newAction);
    toolBar->addAction(open);
    toolBar->addAction(m_saveAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    toolBar->addSeparator();
    toolBar->addAction(find);
    m_viewMenu->addAction(toolBar->toggleViewAction());
}

void MainWindow::applyEditorFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (const int size = PreferencesDialog::editorFontSize())
        font.setPointSize(size);
    m_yaml->lexer()->setDefaultFont(font);
    m_yaml->lexer()->setFont(font);
}

void MainWindow::addFile(EditorDocument *file)
{
    file->setParent(this);
    m_files.append(file);
    m_undoGroup.addStack(file->undoStack());
    m_outlineModel->addFile(file);
    m_validation->addFile(file);
    if (PreferencesDialog::autosaveEnabled())
        m_autosaver->watch(file);
    connect(file, &EditorDocument::modificationChanged, this, &MainWindow::updateWindow);
    connect(file, &EditorDocument::pathChanged, this, &MainWindow::updateWindow);
    connect(file, &EditorDocument::readOnlyChanged, this, &MainWindow::updateBanner);
    connect(file, &EditorDocument::changedOnDisk, this, [this, file] { onChangedOnDisk(file); });
    connect(file, &EditorDocument::documentChanged, this, [this, file](int document) {
        if (file == m_current && document == m_currentDocument)
            updateFormPage();
    });
    connect(file, &EditorDocument::documentsReset, this, [this, file] {
        if (file != m_current)
            return;
        const int count = file->file().documentCount();
        setCurrent(file, qBound(0, m_currentDocument, count - 1));
    });
    setCurrent(file, 0);
}

void MainWindow::setCurrent(EditorDocument *file, int document)
{
    if (file != m_current) {
        m_yaml->flushPendingEdits();
        m_current = file;
        m_undoGroup.setActiveStack(file ? file->undoStack() : nullptr);
        m_yaml->setDocument(file);
        // The pane now shows another file: its squiggles and the counts follow.
        if (file)
            updateDiagnostics(file);
    }
    m_currentDocument = file ? qMin(qMax(document, 0), file->file().documentCount() - 1) : -1;
    if (file && document >= 0) {
        const qsizetype start = file->textOffset(m_currentDocument);
        const qsizetype end = file->textOffset(m_currentDocument + 1);
        const qsizetype cursor = m_yaml->cursorOffset();
        if (cursor < start || cursor >= end || document != m_currentDocument)
            m_yaml->goToOffset(start);
        m_yaml->setCurrentRange(start, end);
    }
    if (file)
        m_outline->select(file, document < 0 ? -1 : m_currentDocument);
    updateFormPage();
    updateWindow();
    updateBanner();
}

void MainWindow::syncSelectionToCursor()
{
    if (!m_current)
        return;
    const int document = m_current->documentAt(m_yaml->cursorOffset());
    if (document == m_currentDocument)
        return;
    m_currentDocument = document;
    m_yaml->setCurrentRange(m_current->textOffset(document), m_current->textOffset(document + 1));
    m_outline->select(m_current, document);
    updateFormPage();
}

ResourceForm *MainWindow::currentForm() const
{
    return qobject_cast<ResourceForm *>(m_forms->currentWidget());
}

void MainWindow::updateFormPage()
{
    if (!m_current || m_currentDocument < 0) {
        m_formMessage->setText(tr("Open a YAML file or create one from a template (File ▸ New "
                                  "from Template)."));
        m_forms->setCurrentWidget(m_formMessage);
        return;
    }
    const YamlDocument &document = m_current->file().document(m_currentDocument);
    const DocumentInfo &info = document.info();
    ResourceForm *form = nullptr;
    if (DocumentValidator::isIstioDocument(info))
        form = info.kind == m_serviceEntryForm->kind()
                   ? static_cast<ResourceForm *>(m_serviceEntryForm)
                   : m_workloadEntryForm;
    if (form) {
        if (form->document() != m_current || form->documentIndex() != m_currentDocument)
            form->setDocument(m_current, m_currentDocument);
        m_forms->setCurrentWidget(form);
        updateFieldMessages();
        return;
    }
    for (ResourceForm *unused : {static_cast<ResourceForm *>(m_serviceEntryForm),
                                 static_cast<ResourceForm *>(m_workloadEntryForm)})
        unused->setDocument(nullptr, -1);
    if (document.hasSyntaxErrors()) {
        const YamlError &error = document.syntaxErrors().first();
        const FilePosition position = m_current->file().position(m_currentDocument, error.offset);
        m_formMessage->setText(tr("<b>YAML syntax error</b> at line %1, column %2:<br>%3"
                                  "<br><br>Fix it in the YAML pane; nothing is lost.")
                                   .arg(position.line + 1)
                                   .arg(position.column + 1)
                                   .arg(error.message.toHtmlEscaped()));
    } else if (info.kind.isEmpty()) {
        m_formMessage->setText(tr("This document has no kind. Edit it in the YAML pane."));
    } else {
        m_formMessage->setText(tr("<b>%1</b> is not an Istio ServiceEntry or WorkloadEntry.<br>"
                                  "Edit it in the YAML pane; MeshEntry keeps it byte for byte.")
                                   .arg(info.kind.toHtmlEscaped()));
    }
    m_forms->setCurrentWidget(m_formMessage);
}

void MainWindow::updateFieldMessages()
{
    ResourceForm *form = currentForm();
    if (!form || !m_current)
        return;
    QList<FieldMessage> messages;
    for (const Diagnostic &diagnostic : m_validation->diagnostics(m_current, m_currentDocument)) {
        const FieldMessage::Severity severity =
            diagnostic.severity == Severity::Error     ? FieldMessage::Error
            : diagnostic.severity == Severity::Warning ? FieldMessage::Warning
                                                       : FieldMessage::Info;
        messages.append({diagnostic.path, severity, diagnostic.rule, diagnostic.message});
    }
    form->setFieldMessages(messages);
}

void MainWindow::followField(const YamlPath &path)
{
    if (!m_current || m_currentDocument < 0)
        return;
    const SpanTree &tree = m_current->file().document(m_currentDocument).tree();
    int node = -1;
    tree.existingPrefix(path, &node);
    if (node < 0)
        return;
    // Move the pane's cursor without taking the focus from the form.
    const qsizetype offset = m_current->textOffset(m_currentDocument) + tree.node(node).start;
    m_yaml->SendScintilla(QsciScintilla::SCI_GOTOPOS, static_cast<unsigned long>(offset));
    m_yaml->SendScintilla(QsciScintilla::SCI_SCROLLCARET);
}

void MainWindow::updateDiagnostics(EditorDocument *file, const QList<int> &documents)
{
    // After an edit only the documents whose findings changed are touched, so the cost does
    // not grow with the size of the file.
    const bool all = documents.isEmpty();
    if (all)
        m_diagnostics->setDiagnostics(file, m_validation->diagnostics(file));
    for (const int document : documents)
        m_diagnostics->setDocumentDiagnostics(file, document,
                                              m_validation->diagnostics(file, document));
    m_outlineModel->refreshCounts(file, m_diagnostics->counts(file));
    if (file == m_current) {
        const QList<int> marked = all ? QList<int>() : documents;
        const qsizetype from = all ? 0 : file->textOffset(marked.first());
        const qsizetype to = all ? file->textOffset(file->file().documentCount())
                                 : file->textOffset(marked.last() + 1);
        QList<TextMark> marks;
        const int first = all ? 0 : marked.first();
        const int last = all ? file->file().documentCount() - 1 : marked.last();
        for (int i = first; i <= last; ++i) {
            const qsizetype base = file->textOffset(i);
            for (const Diagnostic &diagnostic : m_validation->diagnostics(file, i)) {
                TextMark mark;
                mark.start = base + diagnostic.start;
                mark.end = base + diagnostic.end;
                mark.severity = diagnostic.severity == Severity::Error ? TextMark::Severity::Error
                                : diagnostic.severity == Severity::Warning
                                    ? TextMark::Severity::Warning
                                    : TextMark::Severity::Info;
                mark.message = diagnostic.message;
                marks.append(mark);
            }
        }
        m_yaml->setMarks(from, to, marks);
        updateFieldMessages();
    }
    m_countsLabel->setText(
        tr("%n document(s)", nullptr, m_current ? m_current->file().documentCount() : 0) +
        QStringLiteral(" · ") + tr("%n error(s)", nullptr, m_diagnostics->errorCount()) +
        QStringLiteral(" · ") + tr("%n warning(s)", nullptr, m_diagnostics->warningCount()));
}

void MainWindow::showDiagnostic(int row)
{
    const LocatedDiagnostic &located = m_diagnostics->at(row);
    setCurrent(located.file, located.diagnostic.document);
    m_yaml->goToOffset(located.file->textOffset(located.diagnostic.document) +
                       located.diagnostic.start);
    if (ResourceForm *form = currentForm())
        form->focusField(located.diagnostic.path);
}

void MainWindow::updateWindow()
{
    const bool haveFile = m_current != nullptr;
    QString title = haveFile ? m_current->displayName() + QStringLiteral("[*]") : QString();
    setWindowTitle(haveFile ? tr("%1 – MeshEntry").arg(title) : tr("MeshEntry"));
    setWindowModified(haveFile && m_current->isModified());
    m_saveAction->setEnabled(haveFile && !m_current->isReadOnly());
    m_saveAsAction->setEnabled(haveFile);
    m_closeAction->setEnabled(haveFile);
    m_reloadAction->setEnabled(haveFile && !m_current->path().isEmpty());
    m_saveAllAction->setEnabled(std::any_of(
        m_files.cbegin(), m_files.cend(), [](EditorDocument *file) { return file->isModified(); }));
    const bool editable = haveFile && !m_current->isReadOnly();
    m_addDocumentMenu->setEnabled(editable);
    m_duplicateAction->setEnabled(editable && m_currentDocument >= 0);
    m_deleteDocumentAction->setEnabled(editable && m_currentDocument >= 0);
}

void MainWindow::updateBanner()
{
    m_banner->clearButtons();
    m_banner->hide();
    if (!m_current || !m_current->isReadOnly())
        return;
    m_banner->setMessage(tr("%1 is read-only. You can look, copy and validate; to change it, "
                            "save a copy.")
                             .arg(m_current->displayName()),
                         Banner::Tone::Information);
    EditorDocument *file = m_current;
    connect(m_banner->addButton(tr("Save a Copy…")), &QPushButton::clicked, this,
            [this, file] { saveAs(file); });
}

void MainWindow::newFile()
{
    addFile(new EditorDocument());
}

void MainWindow::newFromTemplate(const QString &resource)
{
    auto *file = new EditorDocument();
    addFile(file);
    // The template arrives as one undoable edit of an empty buffer, so it can be undone.
    file->replaceText(0, 0, readResource(resource), {});
    setCurrent(file, 0);
}

void MainWindow::addDocumentFromTemplate(const QString &resource)
{
    if (!m_current)
        return newFromTemplate(resource);
    const int insertAt = m_current->file().documentCount();
    const qsizetype end = m_current->textOffset(insertAt);
    QByteArray text = readResource(resource);
    const QByteArray eol = m_current->file().lineEnding();
    text.replace("\n", eol);
    const QByteArray last = m_current->file().document(insertAt - 1).text();
    QByteArray prefix = last.isEmpty() || last.endsWith('\n') ? QByteArray() : eol;
    if (!last.trimmed().isEmpty())
        prefix += "---" + eol;
    m_current->replaceText(end, 0, prefix + text, {});
    setCurrent(m_current, insertAt);
}

void MainWindow::openWithDialog()
{
    const QString directory = m_current && !m_current->path().isEmpty()
                                  ? QFileInfo(m_current->path()).absolutePath()
                                  : QString();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open YAML Files"), directory,
        tr("YAML files (*.yaml *.yml);;JSON files (*.json);;All files (*)"));
    for (const QString &path : paths)
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (EditorDocument *file : std::as_const(m_files)) {
        if (QFileInfo(file->path()).absoluteFilePath() == absolute) {
            setCurrent(file, 0);
            return true;
        }
    }
    QString error;
    EditorDocument *file = nullptr;
    if (QFileInfo(path).size() < largeFileBytes) {
        file = EditorDocument::open(path, &error);
    } else {
        QProgressDialog progress(tr("Opening %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                                 0, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(200);
        std::atomic_bool cancel = false;
        QFutureWatcher<std::optional<YamlFile>> watcher;
        QEventLoop loop;
        connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        connect(&progress, &QProgressDialog::canceled, this, [&cancel] { cancel = true; });
        watcher.setFuture(QtConcurrent::run([path, &error, &cancel]() -> std::optional<YamlFile> {
            YamlFile loaded;
            if (!YamlFile::load(path, &loaded, &error, &cancel))
                return std::nullopt;
            return loaded;
        }));
        loop.exec();
        if (cancel) {
            statusBar()->showMessage(tr("Opening %1 was cancelled").arg(path), 5000);
            return false;
        }
        std::optional<YamlFile> loaded = watcher.result();
        if (loaded)
            file = EditorDocument::adopt(std::move(*loaded), path);
    }
    if (!file) {
        QMessageBox::warning(this, tr("Cannot Open File"), error);
        return false;
    }
    addFile(file);
    rememberRecent(path);
    int errors = 0;
    for (const YamlDocument &document : file->file().documents())
        errors += int(document.syntaxErrors().size());
    statusBar()->showMessage(
        errors ? tr("Opened %1: %n YAML syntax error(s); the affected documents open as text",
                    nullptr, errors)
                     .arg(file->displayName())
               : tr("Opened %1").arg(file->displayName()),
        5000);
    return true;
}

bool MainWindow::save(EditorDocument *file)
{
    if (!file)
        return false;
    if (file->path().isEmpty() || file->isReadOnly())
        return saveAs(file);
    m_yaml->flushPendingEdits();
    QString error;
    if (!file->save(&error)) {
        QMessageBox::warning(this, tr("Cannot Save"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(file->path()), 3000);
    return true;
}

bool MainWindow::saveAs(EditorDocument *file)
{
    if (!file)
        return false;
    m_yaml->flushPendingEdits();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save As"), file->path().isEmpty() ? tr("untitled.yaml") : file->path(),
        tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!file->saveAs(path, &error)) {
        QMessageBox::warning(this, tr("Cannot Save"), error);
        return false;
    }
    rememberRecent(path);
    updateBanner();
    return true;
}

void MainWindow::saveAll()
{
    for (EditorDocument *file : std::as_const(m_files)) {
        if (file->isModified() && !save(file))
            return;
    }
}

bool MainWindow::maybeSave(EditorDocument *file)
{
    m_yaml->flushPendingEdits();
    if (!file->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved. Save them?").arg(file->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save(file);
    return answer == QMessageBox::Discard;
}

bool MainWindow::closeFile(EditorDocument *file)
{
    if (!file || !maybeSave(file))
        return false;
    m_autosaver->forget(file);
    m_validation->removeFile(file);
    m_diagnostics->removeFile(file);
    m_outlineModel->removeFile(file);
    m_undoGroup.removeStack(file->undoStack());
    m_files.removeAll(file);
    if (file == m_current)
        setCurrent(m_files.isEmpty() ? nullptr : m_files.last(), 0);
    file->deleteLater();
    updateWindow();
    return true;
}

void MainWindow::reload(EditorDocument *file)
{
    if (!file)
        return;
    m_yaml->flushPendingEdits();
    if (file->isModified() &&
        QMessageBox::question(this, tr("Reload from Disk"),
                              tr("Replace your unsaved changes to %1 with the file on disk? "
                                 "Undo brings them back.")
                                  .arg(file->displayName())) != QMessageBox::Yes)
        return;
    QString error;
    if (!file->reload(&error))
        QMessageBox::warning(this, tr("Cannot Reload"), error);
    if (file == m_current)
        updateBanner();
}

void MainWindow::onChangedOnDisk(EditorDocument *file)
{
    if (!file->isModified()) {
        QString error;
        if (file->reload(&error))
            statusBar()->showMessage(
                tr("%1 changed on disk and was reloaded").arg(file->displayName()), 5000);
        return;
    }
    setCurrent(file, m_current == file ? m_currentDocument : 0);
    m_banner->clearButtons();
    m_banner->setMessage(
        tr("%1 changed on disk, and you have unsaved changes.").arg(file->displayName()),
        Banner::Tone::Warning);
    connect(m_banner->addButton(tr("Reload")), &QPushButton::clicked, this, [this, file] {
        QString error;
        if (!file->reload(&error))
            QMessageBox::warning(this, tr("Cannot Reload"), error);
        updateBanner();
    });
    connect(m_banner->addButton(tr("Keep Mine")), &QPushButton::clicked, this,
            &MainWindow::updateBanner);
    connect(m_banner->addButton(tr("Show Differences…")), &QPushButton::clicked, this,
            [this, file] { showDiskDifference(file); });
}

void MainWindow::showDiskDifference(EditorDocument *file)
{
    QByteArray disk;
    QString error;
    if (!file->readDisk(&disk, &error)) {
        QMessageBox::warning(this, tr("Cannot Read File"), error);
        return;
    }
    const QByteArray name = file->displayName().toUtf8();
    DiffDialog dialog(
        tr("Changes: disk → your buffer"),
        LineDiff::unified(disk, file->file().bytes(), name + " (on disk)", name + " (open)"), this);
    dialog.exec();
}

void MainWindow::goToLine()
{
    if (!m_current)
        return;
    bool ok = false;
    const int lines = m_yaml->lines();
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1–%1):").arg(lines), 1,
                                          1, lines, 1, &ok);
    if (!ok)
        return;
    m_yaml->setCursorPosition(line - 1, 0);
    m_yaml->ensureLineVisible(line - 1);
    m_yaml->setFocus();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ColorScheme::apply();
    applyEditorFont();
    for (EditorDocument *file : std::as_const(m_files)) {
        if (PreferencesDialog::autosaveEnabled())
            m_autosaver->watch(file);
        else
            m_autosaver->forget(file);
    }
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
    menu.addAction(m_duplicateAction);
    menu.addAction(m_deleteDocumentAction);
    menu.addSeparator();
    menu.addAction(m_saveAction);
    menu.addAction(m_closeAction);
    menu.exec(globalPosition);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, maxRecentFiles));
    updateRecentFiles();
}

void MainWindow::updateRecentFiles()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openFile(path); });
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(QStringLiteral("recentFiles"));
            updateRecentFiles();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::offerRecovery()
{
    const QList<RecoverableFile> files = m_autosaver->recoverableFiles();
    for (const RecoverableFile &recoverable : files) {
        const QString name =
            recoverable.originalPath.isEmpty() ? tr("an untitled file") : recoverable.originalPath;
        const auto answer = QMessageBox::question(
            this, tr("Recover Unsaved Changes"),
            tr("MeshEntry did not close normally. Unsaved changes to %1 from %2 were kept. "
               "Recover them?")
                .arg(name,
                     QLocale().toString(recoverable.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            continue;
        if (answer == QMessageBox::Yes) {
            QFile in(recoverable.autosavePath);
            if (!in.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = in.readAll();
            EditorDocument *file = nullptr;
            QString error;
            if (!recoverable.originalPath.isEmpty() && QFileInfo::exists(recoverable.originalPath))
                file = EditorDocument::open(recoverable.originalPath, &error);
            if (!file)
                file = new EditorDocument();
            addFile(file);
            // The recovered bytes are one undoable change on top of the file on disk.
            const qsizetype length = file->textOffset(file->file().documentCount());
            file->replaceText(0, length, bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes,
                              {});
        }
        Autosaver::discard(recoverable);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (EditorDocument *file : std::as_const(m_files)) {
        if (!maybeSave(file)) {
            event->ignore();
            return;
        }
    }
    for (EditorDocument *file : std::as_const(m_files))
        m_autosaver->forget(file);
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("formYamlSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
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
