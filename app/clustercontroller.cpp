#include "clustercontroller.h"

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
    m_menu = new QMenu(tr("&Cluster"), m_window);
    m_menu->setObjectName(QStringLiteral("clusterMenu"));
    m_contextMenu = m_menu->addMenu(tr("Con&text"));
    m_menu->addSeparator();
    QAction *open =
        m_menu->addAction(tr("&Open from Cluster…"), this, &ClusterController::openFromCluster);
    open->setObjectName(QStringLiteral("openFromClusterAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_menu->addSeparator();
    QAction *diff =
        m_menu->addAction(tr("&Diff with Cluster…"), this, &ClusterController::diffWithCluster);
    diff->setObjectName(QStringLiteral("diffWithClusterAction"));
    diff->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction *apply = m_menu->addAction(tr("&Apply to Cluster…"), this,
                                       [this] { openBatch(ClusterBatchDialog::Mode::Apply); });
    apply->setObjectName(QStringLiteral("applyToClusterAction"));
    apply->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QAction *remove = m_menu->addAction(tr("De&lete from Cluster…"), this,
                                        [this] { openBatch(ClusterBatchDialog::Mode::Delete); });
    remove->setObjectName(QStringLiteral("deleteFromClusterAction"));
    m_menu->addSeparator();
    QMenu *exportMenu = m_menu->addMenu(tr("&Export to kubectl"));
    QAction *copyDocument = exportMenu->addAction(tr("&Copy kubectl Command for This Document"),
                                                  this, [this] { copyCommand(Scope::Document); });
    copyDocument->setObjectName(QStringLiteral("copyKubectlCommandAction"));
    QAction *copyFile = exportMenu->addAction(tr("Copy kubectl Command for the &Whole File"), this,
                                              [this] { copyCommand(Scope::File); });
    exportMenu->addSeparator();
    QAction *saveDocument = exportMenu->addAction(tr("&Save This Document for kubectl…"), this,
                                                  [this] { saveForKubectl(Scope::Document); });
    QAction *saveFile = exportMenu->addAction(tr("Save the Whole &File for kubectl…"), this,
                                              [this] { saveForKubectl(Scope::File); });
    QAction *run =
        m_menu->addAction(tr("&Run with kubectl…"), this, &ClusterController::runKubectl);
    run->setObjectName(QStringLiteral("runKubectlAction"));
    m_fileActions = {diff, apply, remove, copyDocument, copyFile, saveDocument, saveFile, run};
    connect(m_menu, &QMenu::aboutToShow, this, &ClusterController::updateActions);

    // Before Help, where a menu bar's last menu stays.
    QMenuBar *bar = m_window->menuBar();
    QAction *before = nullptr;
    for (QAction *action : bar->actions())
        if (action->menu() &&
            action->menu()->title() == QCoreApplication::translate("MainWindow", "&Help"))
            before = action;
    bar->insertMenu(before, m_menu);
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
                                ? config.errors().first()
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
                             tr("MeshEntry cannot use the kubeconfig context \"%1\":\n\n%2")
                                 .arg(m_session->currentContext(), error));
    return client;
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
        QMessageBox::warning(m_window, tr("Cannot Save"),
                             tr("Cannot write %1: %2").arg(path, out.errorString()));
        return;
    }
    m_window->statusBar()->showMessage(tr("Saved %1 for kubectl apply -f").arg(path), 6000);
}

} // namespace MeshEntry
