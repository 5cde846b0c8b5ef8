#include "importcontroller.h"

#include "clustercontroller.h"
#include "clusterinventory.h"
#include "clustersession.h"
#include "kubeclient.h"
#include "mainwindow.h"
#include "meshconfigloader.h"
#include "meshsettingscontroller.h"
#include "messagetext.h"
#include "selectionworkspace.h"
#include "workerpool.h"
#include "workloadimportdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QtConcurrent>

namespace MeshEntry {

namespace {

QString count(qint64 value)
{
    return QLocale().toString(value);
}

/// Shows a message without blocking the event loop (imports finish in the background).
void warnLater(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

ImportController::ImportController(MainWindow *window, SelectionWorkspace *workspace,
                                   MeshSettingsController *mesh, QObject *parent)
    : QObject(parent), m_window(window), m_workspace(workspace), m_mesh(mesh)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_dialog)
            m_dialog->setReading(m_done, m_total);
    });
    connect(&m_reading, &QFutureWatcher<WorkloadImporter::Result>::finished, this,
            &ImportController::finishReading);
    connect(workspace, &SelectionWorkspace::adoptionProgress, this, [this](int done, int total) {
        if (m_dialog)
            m_dialog->setIndexing(done, total);
    });
    connect(workspace, &SelectionWorkspace::adopted, this,
            [this](const QString &, int adopted) { this->adopted(adopted); });
}

ImportController::~ImportController()
{
    m_cancel = true;
    m_reading.waitForFinished();
}

void ImportController::chooseFile(bool namespaces)
{
    const QString path = QFileDialog::getOpenFileName(
        m_window,
        namespaces ? tr("Import Namespaces (kubectl get namespaces -o json)")
                   : tr("Import Workloads (kubectl get pods -A -o json)"),
        QString(), tr("kubectl output (*.json *.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool ImportController::begin(const QString &source, const QString &name)
{
    if (isImporting()) {
        m_window->statusBar()->showMessage(tr("An import is already running"), 5000);
        return false;
    }
    m_source = source;
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    m_dialog = new WorkloadImportDialog(name, m_window);
    connect(m_dialog, &QProgressDialog::canceled, this, &ImportController::cancel);
    return true;
}

void ImportController::importFile(const QString &path)
{
    if (!begin(path, path))
        return;
    m_total = QFileInfo(path).size();
    read([path](const WorkloadImporter &importer) { return importer.importFile(path); });
}

void ImportController::importFromCluster()
{
    QString error;
    KubeClient *client = m_session ? m_session->client(QString(), &error) : nullptr;
    if (!client) {
        warnLater(m_window, tr("Import from Cluster"),
                  m_session && m_session->contextNames().isEmpty()
                      ? tr("There is no kubeconfig context to import from.")
                      : ClusterController::cannotUseContext(
                            m_session ? m_session->currentContext() : QString(), error));
        return;
    }
    const QString context = client->connection().contextName();
    if (!begin(QStringLiteral("context %1").arg(context),
               QStringLiteral("context %1").arg(context)))
        return;
    m_clusterContext = context;
    m_clusterMesh.clear();
    m_dialog->setFetching(tr("Reading Pods, WorkloadEntries, Namespaces and the istio ConfigMap "
                             "from context %1…")
                              .arg(context));
    m_dialog->show();
    m_cluster = new ClusterInventory(client, this);
    connect(m_cluster, &ClusterInventory::finished, this, &ImportController::fetched);
    m_cluster->fetch(m_workspace->mesh().rootNamespace);
}

void ImportController::fetched()
{
    ClusterInventory *reader = m_cluster;
    if (!reader)
        return;
    reader->deleteLater();
    m_cluster = nullptr;
    if (reader->error().isError()) {
        const QString message =
            tr("Cannot read context %1: %2").arg(m_clusterContext, reader->error().displayText());
        warnLater(m_window, tr("Import from Cluster"), message);
        end(false, message);
        return;
    }
    m_clusterMesh = reader->meshConfig().toUtf8();
    const QByteArray pods = reader->pods();
    const QByteArray entries = reader->workloadEntries();
    const QByteArray namespaces = reader->namespaces();
    m_total = pods.size() + entries.size() + namespaces.size();
    const QString source = m_source;
    read([pods, entries, namespaces, source](const WorkloadImporter &importer) {
        WorkloadImporter::Result result = importer.importBytes(pods, source);
        for (const QByteArray &more : {entries, namespaces}) {
            if (!result.ok || more.isEmpty())
                continue;
            WorkloadImporter::Result part = importer.importBytes(more, source);
            result.ok = part.ok;
            result.cancelled = part.cancelled;
            result.error = part.error;
            result.workloads += std::move(part.workloads);
            for (const QString &name : part.namespaces.names())
                result.namespaces.add(name, *part.namespaces.labels(name));
            result.bytes += part.bytes;
        }
        return result;
    });
}

void ImportController::read(
    const std::function<WorkloadImporter::Result(const WorkloadImporter &)> &work)
{
    m_poll.start();
    const QString ns = m_workspace->defaultNamespace();
    m_reading.setFuture(QtConcurrent::run(workerPool(), [this, work, ns] {
        WorkloadImporter importer(ns);
        importer.setCancel(&m_cancel);
        // A cluster's lists are read one after the other: each starts again at 0.
        importer.setProgress([this, base = qint64(0), previous = qint64(0),
                              previousTotal = qint64(0)](qint64 done, qint64 total) mutable {
            if (done < previous)
                base += previousTotal;
            previous = done;
            previousTotal = total;
            m_done = base + done;
        });
        return work(importer);
    }));
}

void ImportController::finishReading()
{
    m_poll.stop();
    WorkloadImporter::Result result = m_reading.result();
    if (!isImporting())
        return;
    if (m_cancel)
        result = {false, true, m_source, tr("%1: import cancelled").arg(m_source)};
    if (!result.ok) {
        if (!result.cancelled)
            warnLater(m_window, tr("Import Workloads"),
                      translatedMessage(fileTemplates(), result.error));
        end(false, result.cancelled ? tr("Import of %1 cancelled").arg(m_source) : result.error);
        return;
    }
    if (result.workloads.isEmpty() && result.namespaces.isEmpty())
        m_window->statusBar()->showMessage(
            tr("%1 holds no Pod, WorkloadEntry or Namespace").arg(m_source), 8000);
    // The source names the file or the context: importing it again replaces what it gave.
    result.source = m_source;
    m_workspace->adopt(std::move(result));
}

void ImportController::adopted(int adopted)
{
    if (!isImporting())
        return;
    const QString message =
        tr("Imported %1 workloads and %2 namespaces from %3")
            .arg(count(adopted), count(m_workspace->namespaces().size()), sourceName(m_source));
    m_window->statusBar()->showMessage(message, 8000);
    const QString context = m_clusterContext;
    end(true, message);
    if (!context.isEmpty())
        offerClusterMesh(context);
}

void ImportController::end(bool ok, const QString &message)
{
    m_poll.stop();
    const QString source = std::exchange(m_source, QString());
    m_clusterContext.clear();
    if (m_dialog)
        m_dialog->deleteLater();
    emit importFinished(source, ok, message);
}

void ImportController::cancel()
{
    m_cancel = true;
    if (m_cluster) {
        // Destroying the reader abandons its requests: none of them calls back.
        delete m_cluster;
        m_cluster = nullptr;
    } else if (m_workspace->isAdopting()) {
        m_workspace->cancelAdoption();
    } else if (m_reading.isRunning()) {
        return; // the worker stops at its next object and reports itself cancelled
    }
    m_window->statusBar()->showMessage(tr("Import of %1 cancelled").arg(m_source), 5000);
    end(false, tr("Import of %1 cancelled").arg(m_source));
}

void ImportController::offerClusterMesh(const QString &context)
{
    const QByteArray text = std::exchange(m_clusterMesh, QByteArray());
    if (text.isEmpty())
        return;
    const QString source = tr("configmap istio-system/istio (context %1)").arg(context);
    MeshConfig mesh;
    QString error;
    if (!MeshConfigLoader::fromBytes(text, source, &mesh, &error)) {
        m_window->statusBar()->showMessage(
            tr("The cluster's mesh settings cannot be read: %1").arg(error), 10000);
        return;
    }
    if (mesh.text.trimmed() == m_workspace->mesh().text.trimmed())
        return; // already in force
    const QStringList summary = mesh.summary();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Mesh Settings of the Cluster"),
        tr("Context %1 has mesh settings of its own (%2).\n\nUse them instead of the current "
           "ones for matching, routing and validation?")
            .arg(context,
                 summary.isEmpty() ? tr("Istio's defaults") : summary.join(QStringLiteral(", "))),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("clusterMeshQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *use = box->addButton(tr("&Use Them"), QMessageBox::AcceptRole);
    box->addButton(tr("&Keep Mine"), QMessageBox::RejectRole);
    box->setDefaultButton(use);
    connect(use, &QPushButton::clicked, this, [this, mesh] { m_mesh->setMesh(mesh); });
    box->open();
}

QString ImportController::sourceName(const QString &source)
{
    return source.startsWith(QLatin1String("context ")) ? source : QFileInfo(source).fileName();
}

void ImportController::forget()
{
    const int removed = m_workspace->clearImported();
    m_window->statusBar()->showMessage(
        tr("Forgot %1 imported workloads and the imported namespaces").arg(count(removed)), 5000);
}

} // namespace MeshEntry
