#pragma once

#include "diagnostic.h"
#include "diagnosticcounts.h"

#include <QAbstractTableModel>
#include <QHash>

namespace MeshEntry {

class EditorDocument;

/**
 * A row of the panel: a diagnostic and the open file it belongs to. When other validation
 * layers report the same field with the same severity (CRD-SE-PORT-NUMBER-RANGE and
 * SE-PORT-NUMBER-RANGE for one port), they share the row.
 */
struct LocatedDiagnostic {
    Diagnostic diagnostic;
    EditorDocument *file = nullptr;
    QList<Diagnostic> alsoReported; ///< the same finding from other layers
    mutable qint8 fixable = -1;     ///< whether it has one-click fixes; -1: not asked yet

    /// The diagnostic and those of the other layers.
    QList<Diagnostic> all() const;
    /// Whether a one-click fix resolves the finding (worked out once per row).
    bool hasFixes() const;

    /// Every rule id of the row, the shown one first.
    QStringList rules() const;
    /// 1-based file line and column of the finding's start, as the file is now.
    int line() const;
    int column() const;
};

/**
 * The diagnostics panel's rows: severity, rule ids, message, location. Rows are kept sorted
 * by file, document and offset; lines are computed when shown, so an edit that moves text
 * needs no update of the rows of other documents. One finding reported by several layers is
 * one row (and counts once); the CLI keeps them apart.
 */
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, RuleColumn, MessageColumn, LocationColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, HasFixesRole };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    /// Replaces every row of one file.
    void setDiagnostics(EditorDocument *file, QList<Diagnostic> diagnostics);
    /// Replaces the rows of one document of a file; false when they were the same already.
    bool setDocumentDiagnostics(EditorDocument *file, int document, QList<Diagnostic> diagnostics);
    /// One document's findings, for setDocumentsDiagnostics().
    using DocumentFindings = std::pair<int, QList<Diagnostic>>;
    /// Replaces the rows of several documents of a file (sorted by document, each once) in one
    /// pass over the rows; returns the documents whose rows changed. Up to
    /// separateSignalsUpTo changed documents get their own row removals and insertions; more
    /// (a cross-document change across a large file) get one layout change, which moves the
    /// view's current and selected rows with their findings.
    QList<int> setDocumentsDiagnostics(EditorDocument *file, QList<DocumentFindings> documents);
    static constexpr int separateSignalsUpTo = 8;
    /// Replaces the rows of documents [first, end) of a file (diagnostics of those documents):
    /// a large file's findings are adopted a range per event-loop turn.
    void setDocumentRangeDiagnostics(EditorDocument *file, int first, int end,
                                     QList<Diagnostic> diagnostics);
    void removeFile(EditorDocument *file);
    const LocatedDiagnostic &at(int row) const { return m_rows[row]; }
    int errorCount() const { return m_total.errors; }
    int warningCount() const { return m_total.warnings; }
    /// Errors and warnings of one file.
    DiagnosticCounts counts(const EditorDocument *file) const { return m_perFile.value(file); }
    /// Groups the findings of one document into rows, sorted by position.
    static QList<LocatedDiagnostic> rowsOf(EditorDocument *file, QList<Diagnostic> diagnostics);
    /// Errors and warnings as the panel counts them (a finding of several layers once).
    static DiagnosticCounts countRows(const QList<Diagnostic> &diagnostics);
    /// A severity in the user's language, as the severity column shows it.
    static QString severityText(Severity severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    /// Whether rows are the findings of a document already.
    bool sameRows(qsizetype first, qsizetype end, const QList<LocatedDiagnostic> &rows) const;
    /// First row at or after (file, document).
    qsizetype lowerBound(const EditorDocument *file, int document) const;
    void count(const EditorDocument *file, const QList<LocatedDiagnostic> &rows, int sign);

    QList<LocatedDiagnostic> m_rows;
    QList<EditorDocument *> m_fileOrder; ///< files in the order their rows appear
    DiagnosticCounts m_total;
    QHash<const EditorDocument *, DiagnosticCounts> m_perFile;
};

} // namespace MeshEntry
