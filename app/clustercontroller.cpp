#include "clustercontroller.h"

#include "actionregistry.h"
#include "clusterbatchflow.h"
#include "clusterdiffdialog.h"
#include "clusterdiffflow.h"
#include "clustersession.h"
#include "editordocument.h"
#include "kubeclient.h"
#include "kubectldialog.h"
#include "kubectlflow.h"
#include "kubectlrunner.h"
#include "mainwindow.h"
#include "manifestexport.h"
#include "messagetext.h"
#include "openfromclusterdialog.h"
#include "openfromclusterflow.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QToolButton>

namespace MeshEntry {

ClusterController::ClusterController(MainWindow *window)
    : QObject(window), m_window(window), m_session(new ClusterSession(this))
{
    createMenu();
    m_contextButton = new QToolButton;
    m_contextButton->setObjectName(QStringLiteral("clusterContextButton"));
    m_contextButton->setAutoRaise(true);
    m_contextButton->setPopupMode(QToolButton::InstantPopup);
    m_contextButton->setMenu(m_contextMenu);
    window->statusBar()->addPermanentWidget(m_contextButton);
    connect(m_session, &ClusterSession::currentContextChanged, this, [this] {
        updateContextMenu();
        updateContextButton();
    });
    connect(m_session, &ClusterSession::reloaded, this, &ClusterController::updateContextMenu);
    updateContextMenu();
    updateContextButton();
}

void ClusterController::createMenu()
{
    // The commands join the window's ActionRegistry, which keeps every shortcut of the window
    // free of collisions (Ctrl+Shift+D is the YAML pane's Duplicate Line).
    ActionRegistry *registry = m_window->actions();
    const auto add = [this, registry](const char *id, const QString &text, const QKeySequence &key,
                                      auto handler) {
        QAction *action = registry->add(QLatin1String(id), text, {key});
        connect(action, &QAction::triggered, this, handler);
        return action;
    };
    m_menu = m_window->addMenu(tr("&Cluster"));
    m_menu->setObjectName(QStringLiteral("clusterMenu"));
    m_contextMenu = m_menu->addMenu(tr("Con&text"));
    m_menu->addSeparator();
    QAction *open =
        add("cluster.open", tr("&Open from Cluster…"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { openFromCluster(); });
    QAction *diff =
        add("cluster.diff", tr("&Diff with Cluster…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D),
            [this] { diffWithCluster(); });
    QAction *apply = add("cluster.apply", tr("&Apply to Cluster…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                         [this] { openBatch(ClusterBatchDialog::Mode::Apply); });
    QAction *remove = add("cluster.delete", tr("De&lete from Cluster…"), {},
                          [this] { openBatch(ClusterBatchDialog::Mode::Delete); });
    QAction *copyDocument =
        add("cluster.copyCommand", tr("&Copy kubectl Command for This Document"), {},
            [this] { copyCommand(Scope::Document); });
    QAction *copyFile =
        add("cluster.copyFileCommand", tr("Copy kubectl Command for the &Whole File"), {},
            [this] { copyCommand(Scope::File); });
    QAction *saveDocument = add("cluster.saveDocument", tr("&Save This Document for kubectl…"), {},
                                [this] { saveForKubectl(Scope::Document); });
    QAction *saveFile = add("cluster.saveFile", tr("Save the Whole &File for kubectl…"), {},
                            [this] { saveForKubectl(Scope::File); });
    QAction *run =
        add("cluster.runKubectl", tr("&Run with kubectl…"), {}, [this] { runKubectl(); });
    m_menu->addAction(open);
    m_menu->addSeparator();
    m_menu->addActions({diff, apply, remove});
    m_menu->addSeparator();
    QMenu *exportMenu = m_menu->addMenu(tr("&Export to kubectl"));
    exportMenu->addActions({copyDocument, copyFile});
    exportMenu->addSeparator();
    exportMenu->addActions({saveDocument, saveFile});
    m_menu->addAction(run);
    m_fileActions = {diff, apply, remove, copyDocument, copyFile, saveDocument, saveFile, run};
    connect(m_menu, &QMenu::aboutToShow, this, &ClusterController::updateActions);
}

void ClusterController::updateActions()
{
    const bool haveFile = m_window->currentFile() != nullptr;
    for (QAction *action : std::as_const(m_fileActions))
        action->setEnabled(haveFile);
}

void ClusterController::updateContextMenu()
{
    m_contextMenu->clear();
    const KubeConfig &config = m_session->config();
    auto *group = new QActionGroup(m_contextMenu);
    for (const KubeContext &context : config.contexts()) {
        QAction *action = m_contextMenu->addAction(context.name);
        action->setCheckable(true);
        action->setChecked(context.name == m_session->currentContext());
        action->setToolTip(tr("cluster %1, user %2, namespace %3")
                               .arg(context.cluster, context.user,
                                    context.namespaceName.isEmpty() ? QStringLiteral("default")
                                                                    : context.namespaceName));
        group->addAction(action);
        const QString name = context.name;
        connect(action, &QAction::triggered, this,
                [this, name] { m_session->setCurrentContext(name); });
    }
    if (config.contexts().isEmpty()) {
        const QString why = !config.isValid()
                                ? translatedMessage(config.errorMessages().first().source(),
                                                    config.errorMessages().first().text())
                                : tr("No kubeconfig contexts (looked in %1)")
                                      .arg(config.searchedFiles().join(QLatin1String(", ")));
        QAction *none = m_contextMenu->addAction(
            QFontMetrics(m_contextMenu->font()).elidedText(why, Qt::ElideMiddle, 480));
        none->setToolTip(why);
        none->setEnabled(false);
    }
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(tr("&Reload Kubeconfig"), m_session, &ClusterSession::reload);
}

void ClusterController::updateContextButton()
{
    const QString context = m_session->currentContext();
    QString error;
    KubeClient *client = context.isEmpty() ? nullptr : m_session->client(context, &error);
    if (!client) {
        m_contextButton->setText(tr("No cluster"));
        m_contextButton->setToolTip(error.isEmpty() ? tr("No kubeconfig context to use") : error);
        return;
    }
    const ClusterConnection &connection = client->connection();
    QString text = QStringLiteral("⎈ %1 · %2").arg(context, connection.defaultNamespace());
    QString tip = tr("Cluster context %1: %2, user %3")
                      .arg(context, connection.server().toString(), connection.userName());
    if (connection.insecureSkipTlsVerify()) {
        text += tr(" · TLS not verified");
        tip += tr("\nThe server's certificate is not verified (insecure-skip-tls-verify).");
    } else if (connection.credentialsWithheld()) {
        text += tr(" · plain http");
        tip += tr("\nPlain http: nothing is encrypted and no credentials are sent.");
    }
    m_contextButton->setText(text);
    m_contextButton->setToolTip(tip);
}

KubeClient *ClusterController::client()
{
    QString error;
    KubeClient *client = m_session->client(QString(), &error);
    if (!client)
        QMessageBox::warning(m_window, tr("No Cluster"),
                             cannotUseContext(m_session->currentContext(), error));
    return client;
}

QString ClusterController::cannotUseContext(const QString &context, const QString &error)
{
    if (context.isEmpty())
        return tr("MeshEntry cannot reach a cluster:\n\n%1").arg(error);
    return tr("MeshEntry cannot use the kubeconfig context \"%1\":\n\n%2").arg(context, error);
}

EditorDocument *ClusterController::file() const
{
    EditorDocument *file = m_window->currentFile();
    if (!file)
        m_window->statusBar()->showMessage(tr("Open a file first."), 5000);
    return file;
}

QList<int> ClusterController::documents(Scope scope) const
{
    if (scope == Scope::File || m_window->currentDocument() < 0)
        return {};
    return {m_window->currentDocument()};
}

void ClusterController::openFromCluster()
{
    if (m_session->contextNames().isEmpty()) {
        client(); // explains why
        return;
    }
    (new OpenFromClusterFlow(m_window, m_session))->dialog()->open();
}

void ClusterController::withFileAndClient(
    const std::function<void(EditorDocument *, KubeClient *)> &open)
{
    EditorDocument *current = file();
    if (KubeClient *kube = current ? client() : nullptr)
        open(current, kube);
}

void ClusterController::diffWithCluster()
{
    withFileAndClient([this](EditorDocument *current, KubeClient *kube) {
        (new ClusterDiffFlow(m_window, kube, current, m_window->currentDocument()))
            ->dialog()
            ->open();
    });
}

void ClusterController::openBatch(ClusterBatchDialog::Mode mode)
{
    withFileAndClient([this, mode](EditorDocument *current, KubeClient *kube) {
        (new ClusterBatchFlow(mode, m_window, kube, current, m_window->currentDocument()))
            ->dialog()
            ->open();
    });
}

void ClusterController::runKubectl()
{
    if (EditorDocument *current = file())
        (new KubectlFlow(m_window, m_session->currentContext(), current,
                         m_window->currentDocument()))
            ->dialog()
            ->open();
}

void ClusterController::copyCommand(Scope scope)
{
    EditorDocument *current = file();
    if (!current)
        return;
    const QByteArray text = ManifestExport::cleanText(current->file(), documents(scope));
    // The command names the context; kubectl reads the credentials itself.
    QApplication::clipboard()->setText(
        KubectlRunner::exportCommand(m_session->currentContext(), text));
    m_window->statusBar()->showMessage(
        tr("Copied a kubectl apply command for context %1").arg(m_session->currentContext()), 6000);
}

void ClusterController::saveForKubectl(Scope scope)
{
    EditorDocument *current = file();
    if (!current)
        return;
    const QString suggested = current->path().isEmpty()
                                  ? tr("manifests.yaml")
                                  : QFileInfo(current->path()).absolutePath() + u'/' +
                                        QFileInfo(current->path()).completeBaseName() +
                                        QStringLiteral("-kubectl.yaml");
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save for kubectl"), suggested,
                                     tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    const QByteArray text = ManifestExport::cleanText(current->file(), documents(scope));
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
        QMessageBox::warning(
            m_window, tr("Cannot Save"),
            tr("Cannot write %1: %2").arg(path, translatedFileError(out.errorString())));
        return;
    }
    m_window->statusBar()->showMessage(tr("Saved %1 for kubectl apply -f").arg(path), 6000);
}

} // namespace MeshEntry
