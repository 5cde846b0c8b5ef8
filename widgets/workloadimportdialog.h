#pragma once

#include <QProgressDialog>

namespace MeshEntry {

/**
 * Progress of one workload import: reading the file (in a worker), then handing the
 * workloads to the inventory in batches. Cancel stops either phase; nothing of the file is
 * kept then.
 */
class WorkloadImportDialog : public QProgressDialog
{
    Q_OBJECT
public:
    WorkloadImportDialog(const QString &fileName, QWidget *parent = nullptr);

    /// Waiting for a server: a busy bar and what is being fetched.
    void setFetching(const QString &what);
    void setReading(qint64 done, qint64 total);
    void setIndexing(int done, int total);

private:
    QString m_fileName;
};

} // namespace MeshEntry
