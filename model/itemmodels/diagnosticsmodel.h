#pragma once

#include "diagnostic.h"

#include <QAbstractTableModel>

namespace MeshEntry {

class EditorDocument;

/// A diagnostic with what the panel shows: which file and the 1-based line and column.
struct LocatedDiagnostic {
    Diagnostic diagnostic;
    EditorDocument *file = nullptr;
    int line = 0;
    int column = 0;
};

/// The diagnostics panel's rows: severity, rule id, message, location.
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, RuleColumn, MessageColumn, LocationColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1 };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    /// Replaces the rows of one file (sorted by position).
    void setDiagnostics(EditorDocument *file, QList<LocatedDiagnostic> diagnostics);
    void removeFile(EditorDocument *file);
    const LocatedDiagnostic &at(int row) const { return m_rows[row]; }
    int errorCount() const;
    int warningCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<LocatedDiagnostic> m_rows;
};

} // namespace MeshEntry
