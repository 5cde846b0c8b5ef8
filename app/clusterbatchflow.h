#pragma once

#include "clusterbatchdialog.h"

#include <QObject>
#include <QPointer>

namespace MeshEntry {

class ApplyOperation;
class EditorDocument;
class KubeClient;
class MainWindow;
class ManifestBatch;
class ManifestResultsModel;

/**
 * Apply to Cluster and Delete from Cluster for the current document or the whole file. Apply
 * runs the server's dry run at once and applies only what passed (conflicts only after the
 * user agrees to take the fields); what the server says about a field becomes a finding on
 * that field's line. Delete lists the objects and deletes after the user confirms.
 */
class ClusterBatchFlow : public QObject
{
    Q_OBJECT
public:
    ClusterBatchFlow(ClusterBatchDialog::Mode mode, MainWindow *window, KubeClient *client,
                     EditorDocument *file, int document);
    ClusterBatchDialog *dialog() const { return m_dialog; }

private:
    void rebuild();
    void onFinished();
    void applyNow(bool force);
    void confirmForce();
    void showDiff(int row);
    void publishFindings();

    ClusterBatchDialog::Mode m_mode;
    MainWindow *m_window;
    KubeClient *m_client;
    QPointer<EditorDocument> m_file;
    int m_document;
    ManifestResultsModel *m_model;
    ClusterBatchDialog *m_dialog;
    ManifestBatch *m_batch = nullptr;
    enum class Phase { Preview, Apply, Delete } m_phase = Phase::Preview;
};

} // namespace MeshEntry
