#include "revalidationcontroller.h"

#include "diagnosticspanel.h"
#include "mainwindow.h"
#include "selectionworkspace.h"
#include "validationbridge.h"
#include "workloadscontroller.h"

#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

namespace MeshEntry {

namespace {

/// The progress dialog's scale: each document counts once per stage.
constexpr int stages = 2;

} // namespace

RevalidationController::RevalidationController(MainWindow *window)
    : QObject(window), m_window(window), m_validation(window->validationBridge()),
      m_showTimer(new QTimer(this)), m_outdated(new QLabel)
{
    m_outdated->setObjectName(QStringLiteral("findingsOutdated"));
    m_outdated->setVisible(false);
    window->statusBar()->addPermanentWidget(m_outdated);
    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(showAfterMs);
    connect(m_showTimer, &QTimer::timeout, this, [this] {
        if (m_dialog)
            m_dialog->show();
    });
    connect(m_validation, &ValidationBridge::revalidationStarted, this,
            &RevalidationController::started);
    connect(m_validation, &ValidationBridge::revalidationProgressed, this,
            &RevalidationController::progressed);
    connect(m_validation, &ValidationBridge::revalidationEnded, this,
            &RevalidationController::ended);
    connect(m_validation, &ValidationBridge::outdatedChanged, this,
            &RevalidationController::showOutdated);
    connect(window->diagnosticsPanel(), &DiagnosticsPanel::revalidateRequested, this,
            [this] { m_validation->setMesh(m_window->workloads()->workspace()->mesh()); });
}

void RevalidationController::started(int documents)
{
    m_userCancelled = false;
    delete m_dialog;
    // Not modal, as the open's: the window keeps painting and its menus answer meanwhile.
    m_dialog = new QProgressDialog(m_window);
    m_dialog->setObjectName(QStringLiteral("revalidationProgress"));
    m_dialog->setWindowModality(Qt::NonModal);
    m_dialog->setWindowTitle(tr("Revalidating"));
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(std::numeric_limits<int>::max()); // shown by m_showTimer
    m_dialog->setMinimumWidth(420);
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->setRange(0, stages * std::max(documents, 1));
    m_dialog->setValue(0);
    progressed(0, 0, documents);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        m_userCancelled = true;
        m_validation->cancelRevalidation();
        m_showTimer->stop();
        m_dialog->hide();
    });
    m_showTimer->start();
}

void RevalidationController::progressed(int stage, int done, int total)
{
    if (!m_dialog || !m_validation->isRevalidating())
        return; // a report queued before the job ended
    const QLocale locale;
    const QString label =
        stage == ValidationWorkspace::Progress::OwnChecks
            ? tr("Revalidating for the new mesh settings… %1 of %2 documents")
            : tr("Checking across documents for the new mesh settings… %1 of %2 documents");
    m_dialog->setLabelText(label.arg(locale.toString(done), locale.toString(total)));
    m_dialog->setValue(stage * total + done);
}

void RevalidationController::ended(bool completed)
{
    m_showTimer->stop();
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = nullptr;
    if (completed)
        m_window->statusBar()->showMessage(tr("Revalidated for the new mesh settings"), 5000);
    else if (m_userCancelled)
        m_window->statusBar()->showMessage(
            tr("Revalidation cancelled: the findings are still those of the previous mesh "
               "settings"),
            10000);
}

void RevalidationController::showOutdated(bool outdated)
{
    m_outdated->setVisible(outdated);
    m_outdated->setText(outdated ? tr("⚠ Findings: previous mesh settings") : QString());
    m_outdated->setToolTip(outdated ? tr("The revalidation for the new mesh settings was "
                                         "cancelled: Revalidate in the Diagnostics panel")
                                    : QString());
    m_window->diagnosticsPanel()->setNotice(
        outdated ? tr("These findings are for the previous mesh settings: their revalidation "
                      "was cancelled. Matching and routing use the new ones.")
                 : QString());
}

} // namespace MeshEntry
