#include "mainwindow.h"

#include "documentlistmodel.h"
#include "yamltextview.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

namespace MeshEntry {

namespace {

constexpr int maxRecentFiles = 8;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_documents(new DocumentListModel(this)), m_outline(new QListView),
      m_text(new YamlTextView), m_summary(new QLabel)
{
    setWindowTitle(tr("MeshEntry"));
    m_outline->setModel(m_documents);
    m_outline->setUniformItemSizes(true);
    m_text->setReadOnly(true);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_outline);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({280, 820});
    setCentralWidget(splitter);
    statusBar()->addPermanentWidget(m_summary);

    connect(m_outline->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDocument(current.row()); });
    createActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                        tr("&Open…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    updateRecentFiles();
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About MeshEntry"), this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("File"));
    toolBar->setObjectName(QStringLiteral("fileToolBar"));
    toolBar->addAction(open);
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open YAML File"), QFileInfo(m_path).absolutePath(),
        tr("YAML files (*.yaml *.yml *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    YamlFile file;
    if (!YamlFile::load(path, &file, &error)) {
        QMessageBox::warning(this, tr("Cannot Open File"), error);
        return false;
    }
    m_file = std::move(file);
    m_path = path;
    m_documents->setFile(&m_file);
    m_text->setYaml(m_file.bytes());
    int errors = 0;
    for (int i = 0; i < m_file.documentCount(); ++i) {
        for (const YamlError &syntax : m_file.document(i).syntaxErrors()) {
            m_text->markError(m_file.position(i, syntax.offset).line, syntax.message);
            ++errors;
        }
    }
    setWindowTitle(tr("%1 – MeshEntry").arg(QFileInfo(path).fileName()));
    m_summary->setText(tr("%n document(s)", nullptr, m_file.documentCount()) +
                       (errors ? tr(", %n syntax error(s)", nullptr, errors) : QString()));
    m_outline->setCurrentIndex(m_documents->index(0));

    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, maxRecentFiles));
    updateRecentFiles();
    return true;
}

void MainWindow::showDocument(int row)
{
    if (row < 0 || row >= m_file.documentCount())
        return;
    m_text->showLine(m_file.documentLine(row));
    statusBar()->showMessage(m_documents->index(row).data(Qt::ToolTipRole).toString());
}

void MainWindow::updateRecentFiles()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openFile(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MeshEntry"),
                       tr("<h3>MeshEntry %1</h3><p>An editor for Istio ServiceEntry and "
                          "WorkloadEntry resources that keeps every byte you did not change.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace MeshEntry
