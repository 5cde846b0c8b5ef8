#include "clusterdiffflow.h"

#include "clusterbanner.h"
#include "clusterdiffdialog.h"
#include "editordocument.h"
#include "kubeclient.h"
#include "mainwindow.h"
#include "manifestbatch.h"
#include "objectyaml.h"

namespace MeshEntry {

ClusterDiffFlow::ClusterDiffFlow(MainWindow *window, KubeClient *client, EditorDocument *file,
                                 int document)
    : m_client(client), m_file(file), m_dialog(new ClusterDiffDialog(window))
{
    setParent(m_dialog);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ClusterConnection &connection = client->connection();
    m_dialog->setContext(connection.contextName(), connection.server().toString());
    m_dialog->banner()->showFor(connection);
    const QList<Manifest> manifests =
        Manifest::fromFile(file->file(), {}, connection.defaultNamespace());
    QStringList labels;
    int current = 0;
    for (int i = 0; i < manifests.size(); ++i) {
        labels.append(manifests[i].displayName());
        if (manifests[i].document == document)
            current = i;
    }
    m_dialog->setDocuments(labels, current);
    m_operation = new ApplyOperation(client, manifests, this);
    connect(m_operation, &ManifestBatch::resultChanged, this, [this](int index) {
        const ManifestResult &result = m_operation->result(index);
        if (result.state == ManifestResult::State::Working || !m_file)
            return;
        const Manifest &manifest = m_operation->manifests()[index];
        const YamlValue value =
            manifest.document < m_file->file().documentCount()
                ? ObjectYaml::fromDocument(m_file->file().document(manifest.document).tree())
                : YamlValue();
        const bool failed = result.isFailure() || result.state == ManifestResult::State::Conflict;
        m_dialog->setResult(index, value, result.live, result.merged,
                            failed ? result.error.displayText() : QString());
    });
    connect(m_operation, &ManifestBatch::finished, this, [this] { m_dialog->setBusy(false); });
    connect(m_dialog, &ClusterDiffDialog::refreshRequested, this, &ClusterDiffFlow::refresh);
    connect(m_dialog, &ClusterDiffDialog::cancelRequested, m_operation, &ManifestBatch::cancel);
    refresh();
}

void ClusterDiffFlow::refresh()
{
    m_dialog->setBusy(true, tr("Asking %1 for the live objects and a dry run…")
                                .arg(m_client->connection().contextName()));
    m_operation->preview();
}

} // namespace MeshEntry
