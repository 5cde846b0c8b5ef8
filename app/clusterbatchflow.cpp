#include "clusterbatchflow.h"

#include "clusterbanner.h"
#include "clusterdiffdialog.h"
#include "editordocument.h"
#include "kubeclient.h"
#include "mainwindow.h"
#include "manifestbatch.h"
#include "manifestresultsmodel.h"
#include "objectyaml.h"
#include "serverfindings.h"
#include "validationbridge.h"

#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>

namespace MeshEntry {

ClusterBatchFlow::ClusterBatchFlow(ClusterBatchDialog::Mode mode, MainWindow *window,
                                   KubeClient *client, EditorDocument *file, int document)
    : m_mode(mode), m_window(window), m_client(client), m_file(file), m_document(document),
      m_model(new ManifestResultsModel(this)),
      m_dialog(new ClusterBatchDialog(mode, m_model, window))
{
    setParent(m_dialog);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ClusterConnection &connection = client->connection();
    m_dialog->setContext(connection.contextName(), connection.server().toString());
    m_dialog->banner()->showFor(connection);
    const DocumentInfo &info = file->file().document(qMax(0, document)).info();
    const QString current = info.kind.isEmpty()
                                ? tr("This document")
                                : tr("This document (%1 %2)").arg(info.kind, info.name);
    m_dialog->setScopes(
        {current, tr("The whole file (%n document(s))", nullptr, file->file().documentCount())},
        document >= 0 ? 0 : 1);
    connect(m_dialog, &ClusterBatchDialog::scopeChanged, this, &ClusterBatchFlow::rebuild);
    connect(m_dialog, &ClusterBatchDialog::cancelRequested, this, [this] {
        if (m_batch)
            m_batch->cancel();
    });
    connect(m_dialog, &ClusterBatchDialog::primaryRequested, this, [this] {
        if (m_mode == ClusterBatchDialog::Mode::Apply) {
            applyNow(false);
            return;
        }
        m_phase = Phase::Delete;
        m_model->setWorkingText(tr("Deleting…"));
        m_dialog->setBusy(true, tr("Deleting from %1…").arg(m_client->connection().contextName()));
        static_cast<DeleteOperation *>(m_batch)->remove();
    });
    connect(m_dialog, &ClusterBatchDialog::forceRequested, this, &ClusterBatchFlow::confirmForce);
    connect(m_dialog, &ClusterBatchDialog::diffRequested, this, &ClusterBatchFlow::showDiff);
    rebuild();
}

void ClusterBatchFlow::rebuild()
{
    if (!m_file)
        return;
    delete m_batch;
    const QList<int> documents =
        m_dialog->scope() == 0 && m_document >= 0 ? QList<int>{m_document} : QList<int>();
    const QList<Manifest> manifests =
        Manifest::fromFile(m_file->file(), documents, m_client->connection().defaultNamespace());
    if (m_mode == ClusterBatchDialog::Mode::Apply)
        m_batch = new ApplyOperation(m_client, manifests, this);
    else
        m_batch = new DeleteOperation(m_client, manifests, this);
    m_model->setBatch(m_batch);
    connect(m_batch, &ManifestBatch::finished, this, &ClusterBatchFlow::onFinished);
    if (manifests.isEmpty()) {
        m_dialog->setSummary(tr("There is nothing to send: the documents are empty."), true);
        m_dialog->setActions(false, false);
        return;
    }
    if (m_mode == ClusterBatchDialog::Mode::Delete) {
        m_phase = Phase::Preview;
        m_model->setPendingText(tr("to be deleted"));
        const QString context = m_client->connection().contextName();
        m_dialog->setSummary(tr("Delete %n object(s) from context %1? This cannot be undone.",
                                nullptr, int(manifests.size()))
                                 .arg(context),
                             false);
        m_dialog->setActions(true, false);
        return;
    }
    m_phase = Phase::Preview;
    m_model->setWorkingText(tr("Checking…"));
    m_dialog->setBusy(true,
                      tr("Asking %1 for a dry run…").arg(m_client->connection().contextName()));
    static_cast<ApplyOperation *>(m_batch)->preview();
}

void ClusterBatchFlow::onFinished()
{
    m_dialog->setBusy(false);
    const QString context = m_client->connection().contextName();
    const int failures = m_batch->failures();
    if (m_phase == Phase::Delete) {
        const int deleted = m_batch->countIn(ManifestResult::State::Deleted);
        m_dialog->setSummary(
            failures ? tr("%n object(s) could not be deleted; see the list.", nullptr, failures)
                     : tr("Deleted %n object(s) from %1.", nullptr, deleted).arg(context),
            failures > 0);
        m_dialog->setDone();
        m_window->statusBar()->showMessage(
            tr("Deleted %n object(s) from context %1", nullptr, deleted).arg(context), 8000);
        return;
    }
    publishFindings();
    auto *apply = static_cast<ApplyOperation *>(m_batch);
    const int conflicts = apply->conflicts();
    if (m_phase == Phase::Apply) {
        const int applied = apply->countIn(ManifestResult::State::Created) +
                            apply->countIn(ManifestResult::State::Configured);
        const bool problem = failures > 0 || conflicts > 0;
        m_dialog->setSummary(
            problem ? tr("%n object(s) not applied; see the list.", nullptr, failures + conflicts)
                    : tr("Applied %n object(s) to %1.", nullptr, applied).arg(context),
            problem);
        m_dialog->setDone();
        m_window->statusBar()->showMessage(
            tr("Applied %n object(s) to context %1", nullptr, applied).arg(context), 8000);
        return;
    }
    if (failures > 0)
        m_dialog->setSummary(
            tr("The server refuses %n object(s); the problems are marked in the file. Nothing "
               "was applied.",
               nullptr, failures),
            true);
    else if (conflicts > 0)
        m_dialog->setSummary(
            tr("%n object(s) would change fields another field manager owns. Force Apply "
               "takes them over.",
               nullptr, conflicts),
            true);
    else
        m_dialog->setSummary(
            tr("The server's dry run accepts every object. Nothing is changed until you apply."),
            false);
    m_dialog->setActions(apply->canApply() && conflicts == 0, failures == 0 && conflicts > 0);
}

void ClusterBatchFlow::applyNow(bool force)
{
    m_phase = Phase::Apply;
    m_model->setWorkingText(tr("Applying…"));
    m_dialog->setBusy(true, tr("Applying to %1…").arg(m_client->connection().contextName()));
    static_cast<ApplyOperation *>(m_batch)->apply(force);
}

void ClusterBatchFlow::confirmForce()
{
    QStringList lines;
    static const QRegularExpression manager(QStringLiteral("conflict with \"([^\"]+)\""));
    for (int i = 0; i < m_batch->count(); ++i) {
        const ManifestResult &result = m_batch->result(i);
        if (result.state != ManifestResult::State::Conflict)
            continue;
        for (const StatusCause &cause : result.error.causes())
            lines.append(tr("%1: %2, managed by %3")
                             .arg(m_batch->manifests()[i].displayName(), cause.field,
                                  manager.match(cause.message).captured(1)));
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Take Over Fields?"),
                                tr("Applying takes these fields from their current field managers. "
                                   "Whoever set them may set them back:\n\n%1")
                                    .arg(lines.join(u'\n')),
                                QMessageBox::Cancel, m_dialog);
    QPushButton *take = box->addButton(tr("Force Apply"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, take](QAbstractButton *button) {
        if (button == take)
            applyNow(true);
    });
    box->open();
}

void ClusterBatchFlow::showDiff(int row)
{
    if (!m_file || row < 0 || row >= m_batch->count())
        return;
    auto *diff = new ClusterDiffDialog(m_dialog);
    diff->setAttribute(Qt::WA_DeleteOnClose);
    const ClusterConnection &connection = m_client->connection();
    diff->setContext(connection.contextName(), connection.server().toString());
    diff->banner()->showFor(connection);
    QStringList labels;
    for (const Manifest &manifest : m_batch->manifests())
        labels.append(manifest.displayName());
    diff->setDocuments(labels, row);
    for (int i = 0; i < m_batch->count(); ++i) {
        const Manifest &manifest = m_batch->manifests()[i];
        const ManifestResult &result = m_batch->result(i);
        const YamlValue value =
            manifest.document < m_file->file().documentCount()
                ? ObjectYaml::fromDocument(m_file->file().document(manifest.document).tree())
                : YamlValue();
        diff->setResult(i, value, result.live, result.merged,
                        result.isFailure() || result.state == ManifestResult::State::Conflict
                            ? result.error.displayText()
                            : QString());
    }
    diff->open();
}

void ClusterBatchFlow::publishFindings()
{
    if (!m_file)
        return;
    ValidationBridge *bridge = m_window->validationBridge();
    for (int i = 0; i < m_batch->count(); ++i) {
        const Manifest &manifest = m_batch->manifests()[i];
        if (manifest.document < 0 || manifest.document >= m_file->file().documentCount())
            continue;
        const YamlDocument &document = m_file->file().document(manifest.document);
        const ManifestResult &result = m_batch->result(i);
        bridge->setServerFindings(m_file, manifest.document,
                                  ServerFindings::diagnostics(result.error, document.text(),
                                                              document.tree(), manifest.document));
    }
}

} // namespace MeshEntry
