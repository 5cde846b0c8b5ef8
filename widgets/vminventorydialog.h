#pragma once

#include "vminventorycsv.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace MeshEntry {

/**
 * Bulk-creates WorkloadEntries from a VM inventory CSV: choose the file, see every row as it
 * will be written with the validator's findings, and insert the rows without errors into the
 * current file as one undo step.
 */
class VmInventoryDialog : public QDialog
{
    Q_OBJECT
public:
    /// existingNames: "namespace/name" of the WorkloadEntries already in the file.
    VmInventoryDialog(const QString &defaultNamespace, const QSet<QString> &existingNames,
                      QWidget *parent = nullptr);

    /// Reads and checks a CSV file; false with a message shown in the dialog on failure.
    bool load(const QString &path);
    /// The rows that will be inserted (no errors).
    QList<VmInventoryCsv::Row> insertable() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *insertButton() const { return m_insert; }
    QLabel *summary() const { return m_summary; }

private:
    void browse();
    void reload();
    void fill();

    QString m_defaultNamespace;
    QSet<QString> m_existing;
    QList<VmInventoryCsv::Row> m_rows;
    QLineEdit *m_path;
    QLineEdit *m_namespace;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_insert;
};

} // namespace MeshEntry
