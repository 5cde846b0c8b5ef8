#include "workloadscontroller.h"

#include "actionregistry.h"
#include "currentdocument.h"
#include "dockpanels.h"
#include "documentmanager.h"
#include "editordocument.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "meshsettingscontroller.h"
#include "messagetext.h"
#include "reverseselectionmodel.h"
#include "selectedworkloadspanel.h"
#include "selectiondiagram.h"
#include "selectiondiagramdialog.h"
#include "selectionmodel.h"
#include "selectionworkspace.h"
#include "validationbridge.h"
#include "vminventorydialog.h"
#include "yamleditor.h"

#include <QDockWidget>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>

namespace MeshEntry {

namespace {

/// What the panel lists of near-misses and other namespaces.
const MatchLimits panelLimits{50, 50};

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString selectorText(const SelectorQuery &query)
{
    QStringList labels;
    for (auto it = query.selector.cbegin(); it != query.selector.cend(); ++it)
        labels.append(it.key() + u'=' + it.value());
    return labels.isEmpty() ? QStringLiteral("{}") : labels.join(QStringLiteral(", "));
}

} // namespace

WorkloadsController::WorkloadsController(MainWindow *window)
    : QObject(window), m_window(window), m_validation(window->validationBridge()),
      m_workspace(new SelectionWorkspace(this)), m_selection(new SelectionModel(this)),
      m_reverse(new ReverseSelectionModel(this)),
      m_panel(new SelectedWorkloadsPanel(m_selection, m_reverse))
{
    m_dock = window->panels()->add(QStringLiteral("workloads"), tr("Selected Workloads"), m_panel,
                                   Qt::RightDockWidgetArea);
    window->resizeDocks({m_dock}, {420}, Qt::Horizontal);
    // Validation reads the mesh settings and the imported workloads from the workspace.
    connect(m_workspace, &SelectionWorkspace::meshChanged, this,
            [this] { m_validation->setMesh(m_workspace->mesh()); });
    connect(m_workspace, &SelectionWorkspace::importedChanged, this,
            [this] { m_validation->setWorkloads(m_workspace->importedSnapshot()); });
    m_mesh = new MeshSettingsController(window, m_workspace, this);
    m_imports = new ImportController(window, m_workspace, m_mesh, this);
    createActions();
    connect(window->documents(), &DocumentManager::fileAdded, this,
            &WorkloadsController::fileAdded);
    connect(window->documents(), &DocumentManager::fileAboutToClose, this,
            &WorkloadsController::fileClosing);
    connect(window->current(), &CurrentDocument::changed, this,
            [this](EditorDocument *file, int document) { setCurrent(file, document); });

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &WorkloadsController::refresh);
    connect(m_workspace, &SelectionWorkspace::changed, this, &WorkloadsController::scheduleRefresh);
    connect(m_workspace, &SelectionWorkspace::changed, this, [this] {
        updateInventoryStatus();
        m_namesStale = true;
    });
    // The find field's 100,000 names are listed when someone types there, not per change.
    connect(m_panel, &SelectedWorkloadsPanel::findEdited, this, [this] {
        if (m_namesStale)
            updateWorkloadNames();
    });
    connect(m_panel, &SelectedWorkloadsPanel::selectionActivated, this,
            &WorkloadsController::activateSelection);
    connect(m_panel, &SelectedWorkloadsPanel::reverseActivated, this,
            &WorkloadsController::activateReverse);
    connect(m_panel, &SelectedWorkloadsPanel::findRequested, this, &WorkloadsController::find);
    connect(m_panel, &SelectedWorkloadsPanel::backRequested, this, [this] {
        m_pinnedWorkload = -1;
        refresh();
    });
    connect(m_panel, &SelectedWorkloadsPanel::importRequested, this,
            [this] { m_imports->chooseFile(false); });
    connect(m_panel, &SelectedWorkloadsPanel::diagramRequested, this,
            &WorkloadsController::showDiagram);
    updateInventoryStatus();
}

WorkloadsController::~WorkloadsController() = default;

void WorkloadsController::setClusterSession(ClusterSession *session)
{
    m_imports->setClusterSession(session);
}

SelectionDiagramDialog *WorkloadsController::diagramDialog() const
{
    return m_diagram;
}

void WorkloadsController::createActions()
{
    ActionRegistry *registry = m_window->actions();
    const auto add = [this, registry](const char *id, const QString &text, const QKeySequence &key,
                                      auto handler) {
        QAction *action = registry->add(QLatin1String(id), text, {key});
        connect(action, &QAction::triggered, this, handler);
        return action;
    };
    m_importAction = add("workloads.import", tr("&Import Pods and WorkloadEntries…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                         [this] { m_imports->chooseFile(false); });
    m_importAction->setToolTip(tr("Read 'kubectl get pods -A -o json' (or -o yaml) output, or "
                                  "WorkloadEntry files"));
    QAction *importNamespaces = add("workloads.importNamespaces", tr("Import &Namespaces…"), {},
                                    [this] { m_imports->chooseFile(true); });
    importNamespaces->setToolTip(tr("Read 'kubectl get namespaces -o json': their labels decide "
                                    "serviceEntryVisibility"));
    QAction *importCluster = add("workloads.importFromCluster", tr("Import from C&luster…"), {},
                                 [this] { m_imports->importFromCluster(); });
    importCluster->setToolTip(tr("Read the Pods, WorkloadEntries and Namespaces of the current "
                                 "cluster context, and offer its mesh settings"));
    m_clearAction =
        add("workloads.forget", tr("&Forget Imports"), {}, [this] { m_imports->forget(); });
    m_clearAction->setToolTip(tr("Forget the imported workloads and namespaces (the open "
                                 "files' WorkloadEntries stay)"));
    QAction *meshSettings = add("workloads.meshSettings", tr("&Mesh Settings…"), {},
                                [this] { m_mesh->showPreferences(); });
    meshSettings->setToolTip(tr("Root namespace, default exportTo, outbound policy, DNS "
                                "capture, serviceEntryVisibility (Preferences ▸ Mesh)"));
    m_csvAction = add("workloads.createFromCsv", tr("&Create WorkloadEntries from CSV…"), {},
                      [this] { createFromCsv(); });
    m_diagramAction =
        add("workloads.diagram", tr("Selection &Diagram…"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), [this] { showDiagram(); });
    QMenu *menu = m_window->addMenu(tr("&Workloads"));
    menu->setObjectName(QStringLiteral("workloadsMenu"));
    menu->addActions({m_importAction, importNamespaces, importCluster, m_clearAction});
    menu->addSeparator();
    menu->addAction(meshSettings);
    menu->addSeparator();
    menu->addAction(m_csvAction);
    menu->addSeparator();
    menu->addAction(m_diagramAction);
}

void WorkloadsController::fileAdded(EditorDocument *file)
{
    m_workspace->addFile(file);
}

void WorkloadsController::fileClosing(EditorDocument *file)
{
    m_workspace->removeFile(file);
    if (m_file == file)
        setCurrent(nullptr, -1);
}

void WorkloadsController::setCurrent(EditorDocument *file, int document)
{
    if (file == m_file && document == m_document)
        return;
    m_file = file;
    m_document = document;
    m_pinnedWorkload = -1;
    scheduleRefresh();
}

void WorkloadsController::scheduleRefresh()
{
    m_refreshTimer.start();
}

void WorkloadsController::refresh()
{
    m_refreshTimer.stop();
    m_showingQuery = false;
    if (m_pinnedWorkload >= 0 && m_workspace->inventory().contains(m_pinnedWorkload)) {
        showReverse(m_pinnedWorkload, true);
        return;
    }
    m_pinnedWorkload = -1;
    if (!m_file || m_document < 0) {
        m_panel->showHint(tr("Open a file with a ServiceEntry to see the workloads it selects."));
        return;
    }
    if (const SelectorQuery *query = m_workspace->serviceEntry(m_file, m_document)) {
        showSelection(*query);
        return;
    }
    const int workload = m_workspace->workloadOf(m_file, m_document);
    if (workload >= 0) {
        showReverse(workload, false);
        return;
    }
    m_panel->showHint(m_workspace->isReading(m_file)
                          ? tr("Reading the file's ServiceEntries and WorkloadEntries…")
                          : tr("This document is neither a ServiceEntry nor a WorkloadEntry."));
}

QString WorkloadsController::visibilityText(const SelectionResult &result) const
{
    if (result.visibleIn == QStringList{QStringLiteral("*")})
        return tr("visible in every namespace");
    if (result.visibleIn.isEmpty())
        return tr("visible in no namespace");
    return tr("visible in %1").arg(result.visibleIn.join(QStringLiteral(", ")));
}

void WorkloadsController::showSelection(const SelectorQuery &query)
{
    const QString title = tr("ServiceEntry %1/%2").arg(query.namespaceName, query.name);
    if (!query.hasSelector) {
        m_selection->clear();
        m_panel->showHint(title + u'\n' +
                          tr("No workloadSelector: the endpoints are the ones listed in "
                             "spec.endpoints (or the hosts themselves for DNS)."));
        return;
    }
    WorkloadMatcher matcher(m_workspace->inventory());
    matcher.setMesh(&m_workspace->mesh());
    if (!m_workspace->namespaces().isEmpty())
        matcher.setNamespaces(&m_workspace->namespaces());
    const SelectionResult result = matcher.match(query, panelLimits);
    m_selection->setSelection(m_workspace->inventory(), query, result);
    QString summary = tr("Selector %1 in namespace %2, resolution %3: %4 of %5 selected "
                         "workloads back it; %6.")
                          .arg(selectorText(query), query.namespaceName, query.resolutionName())
                          .arg(result.readyCount)
                          .arg(result.selected.size())
                          .arg(visibilityText(result));
    if (m_workspace->importedCount() == 0)
        summary += u' ' + tr("Only the open files' WorkloadEntries are known: import Pods "
                             "(Workloads ▸ Import) to match them too.");
    QStringList warnings;
    for (const MessageText &warning : result.warnings)
        warnings.append(translatedMessage(warning.source(), warning.text()));
    m_panel->showSelection(title, summary, warnings);
    m_shownQuery = query;
    m_showingQuery = true;
    updateDiagram();
}

void WorkloadsController::showReverse(int workload, bool canGoBack)
{
    const Workload &shown = m_workspace->inventory().workload(workload);
    m_reverseMatches = WorkloadMatcher::reverse(shown, m_workspace->inventory().clusterId(),
                                                m_workspace->serviceEntries());
    m_reverse->setMatches(shown, m_reverseMatches);
    int selecting = 0;
    for (const ReverseMatch &match : std::as_const(m_reverseMatches))
        selecting += match.relation == ReverseMatch::Relation::Selects;
    const QString origin = shown.document >= 0 ? tr("in %1").arg(shown.source)
                                               : tr("imported from %1").arg(shown.source);
    const QString selectedBy = selecting == 1
                                   ? tr("selected by 1 open ServiceEntry")
                                   : tr("selected by %1 open ServiceEntries").arg(selecting);
    m_panel->showReverse(tr("%1 %2/%3").arg(shown.kindName(), shown.namespaceName, shown.name),
                         tr("%1, %2; %3.")
                             .arg(shown.address().isEmpty() ? tr("no address") : shown.address(),
                                  origin, selectedBy),
                         canGoBack);
}

void WorkloadsController::activateSelection(const QModelIndex &index)
{
    const GroupedRowsModel::Row *row = m_selection->row(index);
    if (!row || !row->key.isValid())
        return;
    const int workload = row->key.toInt();
    EditorDocument *file = nullptr;
    int document = -1;
    if (m_workspace->documentOf(workload, &file, &document)) {
        m_window->setCurrent(file, document);
        return;
    }
    m_pinnedWorkload = workload;
    refresh();
}

void WorkloadsController::activateReverse(const QModelIndex &index)
{
    const GroupedRowsModel::Row *row = m_reverse->row(index);
    if (!row || !row->key.isValid() || row->key.toInt() >= m_reverseMatches.size())
        return;
    EditorDocument *file = nullptr;
    int document = -1;
    if (m_workspace->documentOf(m_reverseMatches[row->key.toInt()].query, &file, &document))
        m_window->setCurrent(file, document);
}

void WorkloadsController::find(const QString &name)
{
    // "namespace/name", or a name alone in any namespace.
    const bool qualified = name.contains(u'/');
    const QString ns = name.section(u'/', 0, 0);
    const QString workloadName = qualified ? name.section(u'/', 1) : name;
    const WorkloadInventory &inventory = m_workspace->inventory();
    const QList<int> candidates = qualified ? inventory.index().inNamespace(ns) : inventory.ids();
    for (const int id : candidates) {
        if (inventory.workload(id).name == workloadName) {
            m_pinnedWorkload = id;
            refresh();
            return;
        }
    }
    m_window->statusBar()->showMessage(tr("No workload %1 is known").arg(name), 5000);
}

void WorkloadsController::updateWorkloadNames()
{
    QStringList names;
    const WorkloadInventory &inventory = m_workspace->inventory();
    names.reserve(inventory.size());
    for (const int id : inventory.ids())
        names.append(inventory.workload(id).namespaceName + u'/' + inventory.workload(id).name);
    names.sort();
    m_panel->setWorkloadNames(names);
    m_namesStale = false;
}

void WorkloadsController::updateInventoryStatus()
{
    const int imported = m_workspace->importedCount();
    const int open = m_workspace->openWorkloadCount();
    QString text = tr("Workloads: %1 imported, %2 in open files").arg(count(imported), count(open));
    if (!m_workspace->namespaces().isEmpty())
        text += tr("; %1 namespaces").arg(count(m_workspace->namespaces().size()));
    const QStringList sources = m_workspace->importedSources();
    if (!sources.isEmpty()) {
        QStringList names;
        for (const QString &source : sources)
            names.append(ImportController::sourceName(source));
        text += tr(" (from %1)").arg(names.join(QStringLiteral(", ")));
    }
    m_panel->setInventoryStatus(text);
    m_clearAction->setEnabled(imported > 0 || !m_workspace->namespaces().isEmpty());
}

void WorkloadsController::showDiagram()
{
    if (!m_diagram) {
        m_diagram = new SelectionDiagramDialog(m_window);
        m_diagram->setAttribute(Qt::WA_DeleteOnClose);
    }
    updateDiagram();
    m_diagram->show();
    m_diagram->raise();
}

void WorkloadsController::updateDiagram()
{
    if (!m_diagram)
        return;
    if (!m_showingQuery) {
        m_diagram->setCaption(tr("Select a ServiceEntry with a workloadSelector."));
        return;
    }
    WorkloadMatcher matcher(m_workspace->inventory());
    matcher.setMesh(&m_workspace->mesh());
    const SelectionResult result = matcher.match(m_shownQuery, MatchLimits{0, 0});
    m_diagram->diagram()->setSelection(m_shownQuery, result, m_workspace->inventory());
    m_diagram->setCaption(tr("ServiceEntry %1/%2: %3 of %4 selected workloads back it")
                              .arg(m_shownQuery.namespaceName, m_shownQuery.name)
                              .arg(result.readyCount)
                              .arg(result.selected.size()));
}

void WorkloadsController::createFromCsv(const QString &path)
{
    EditorDocument *file = m_window->currentFile();
    if (!file) {
        m_window->statusBar()->showMessage(tr("Open or create a file to add WorkloadEntries to"),
                                           5000);
        return;
    }
    QSet<QString> existing;
    for (int i = 0; i < file->file().documentCount(); ++i) {
        const int id = m_workspace->workloadOf(file, i);
        if (id >= 0) {
            const Workload &workload = m_workspace->inventory().workload(id);
            existing.insert(workload.namespaceName + u'/' + workload.name);
        }
    }
    VmInventoryDialog dialog(m_workspace->defaultNamespace(), existing, m_window);
    if (!path.isEmpty())
        dialog.load(path);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<VmInventoryCsv::Row> rows = dialog.insertable();
    if (rows.isEmpty() || m_window->currentFile() != file)
        return;
    m_window->yamlEditor()->flushPendingEdits();
    const QByteArray eol = file->file().lineEnding();
    QByteArray text = VmInventoryCsv::documents(rows, eol);
    const int count = file->file().documentCount();
    const YamlDocument &last = file->file().document(count - 1);
    qsizetype offset = file->textOffset(count - 1) + last.text().size();
    qsizetype replaced = 0;
    if (count == 1 && last.text().trimmed().isEmpty()) {
        offset = 0; // an empty file: the new documents are all of it
        replaced = last.text().size();
    } else if (!last.text().isEmpty() && !last.text().endsWith('\n')) {
        text.prepend(eol);
    }
    const int first = replaced > 0 ? 0 : count;
    // One undo step for every row.
    const QString what =
        rows.size() == 1 ? tr("1 WorkloadEntry") : tr("%1 WorkloadEntries").arg(rows.size());
    file->undoStack()->beginMacro(tr("Create %1 from CSV").arg(what));
    file->replaceText(offset, replaced, text);
    file->undoStack()->endMacro();
    m_window->setCurrent(file, qMin(first, file->file().documentCount() - 1));
    m_window->statusBar()->showMessage(tr("Created %1; Undo removes them all").arg(what), 8000);
}

} // namespace MeshEntry
