#pragma once

#include "manifestbatch.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace MeshEntry {

/// The rows of an apply or delete dialog: each document sent and what the server said.
class ManifestResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ObjectColumn, ResultColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1 }; ///< ManifestResult::State as int

    explicit ManifestResultsModel(QObject *parent = nullptr);

    void setBatch(ManifestBatch *batch);
    ManifestBatch *batch() const { return m_batch; }
    /// Shown while a row is in flight: "Checking…", "Applying…".
    void setWorkingText(const QString &text);
    /// Shown before anything is sent: "to be deleted".
    void setPendingText(const QString &text);
    /// Everything known about a row: the server's full message, warnings, the changed lines.
    QString details(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString summary(int row) const;
    int changedLines(int row) const;

    QPointer<ManifestBatch> m_batch;
    QString m_working;
    QString m_pending;
};

} // namespace MeshEntry
