#include "openfromclusterflow.h"

#include "clusterbanner.h"
#include "clusterobjectsmodel.h"
#include "clustersession.h"
#include "documentmanager.h"
#include "editordocument.h"
#include "kubeclient.h"
#include "mainwindow.h"
#include "objectyaml.h"
#include "openfromclusterdialog.h"

#include <QStatusBar>
#include <QTableView>

namespace MeshEntry {

OpenFromClusterFlow::OpenFromClusterFlow(MainWindow *window, ClusterSession *session)
    : m_window(window), m_session(session), m_model(new ClusterObjectsModel(this)),
      m_dialog(new OpenFromClusterDialog(m_model, window))
{
    setParent(m_dialog);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setContexts(session->contextNames(), session->currentContext());
    connect(m_dialog, &OpenFromClusterDialog::contextChosen, this,
            &OpenFromClusterFlow::chooseContext);
    connect(m_dialog, &OpenFromClusterDialog::loadRequested, this, &OpenFromClusterFlow::load);
    connect(m_dialog, &QDialog::accepted, this, &OpenFromClusterFlow::open);
    connect(m_dialog, &QDialog::finished, m_model, &ClusterObjectsModel::cancel);
    chooseContext(session->currentContext());
}

void OpenFromClusterFlow::chooseContext(const QString &context)
{
    m_session->setCurrentContext(context);
    QString error;
    KubeClient *client = m_session->client(context, &error);
    if (client) {
        const ClusterConnection &connection = client->connection();
        m_dialog->banner()->showFor(connection);
        m_dialog->setNamespace(connection.defaultNamespace());
    }
    load();
}

void OpenFromClusterFlow::load()
{
    QString error;
    KubeClient *client = m_session->client(m_dialog->context(), &error);
    if (!client) {
        m_model->clear();
        m_dialog->banner()->setMessage(error.toHtmlEscaped(), Banner::Tone::Warning);
        m_dialog->showNotLoaded();
        return;
    }
    m_model->load(client, m_dialog->namespaceName(), m_dialog->kinds());
}

void OpenFromClusterFlow::open()
{
    const QList<YamlValue> objects = m_model->checkedObjects();
    if (objects.isEmpty())
        return;
    EditorDocument *file =
        m_window->documents()->create(ObjectYaml::toYamlStream(objects), tr("Open from Cluster"));
    m_window->setCurrent(file, 0);
    m_window->statusBar()->showMessage(
        tr("Opened %n object(s) from context %1; the file is not saved yet.", nullptr,
           int(objects.size()))
            .arg(m_dialog->context()),
        8000);
}

} // namespace MeshEntry
