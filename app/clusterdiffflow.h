#pragma once

#include <QObject>
#include <QPointer>

namespace MeshEntry {

class ApplyOperation;
class ClusterDiffDialog;
class EditorDocument;
class KubeClient;
class MainWindow;

/// Diff with Cluster: every document of the file against its live object and the server's
/// dry-run result, the current document shown first.
class ClusterDiffFlow : public QObject
{
    Q_OBJECT
public:
    ClusterDiffFlow(MainWindow *window, KubeClient *client, EditorDocument *file, int document);
    ClusterDiffDialog *dialog() const { return m_dialog; }

private:
    void refresh();

    KubeClient *m_client;
    QPointer<EditorDocument> m_file;
    ClusterDiffDialog *m_dialog;
    ApplyOperation *m_operation = nullptr;
};

} // namespace MeshEntry
