#include "diagnosticsmodel.h"

#include "editordocument.h"

#include <QColor>
#include <QIcon>

namespace MeshEntry {

DiagnosticsModel::DiagnosticsModel(QObject *parent) : QAbstractTableModel(parent) {}

void DiagnosticsModel::setDiagnostics(EditorDocument *file, QList<LocatedDiagnostic> diagnostics)
{
    beginResetModel();
    m_rows.removeIf([file](const LocatedDiagnostic &row) { return row.file == file; });
    m_rows.append(std::move(diagnostics));
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const LocatedDiagnostic &a, const LocatedDiagnostic &b) {
                         if (a.file != b.file)
                             return a.file < b.file;
                         if (a.line != b.line)
                             return a.line < b.line;
                         return a.column < b.column;
                     });
    endResetModel();
}

void DiagnosticsModel::removeFile(EditorDocument *file)
{
    setDiagnostics(file, {});
}

int DiagnosticsModel::errorCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const LocatedDiagnostic &row) {
        return row.diagnostic.severity == Severity::Error;
    }));
}

int DiagnosticsModel::warningCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const LocatedDiagnostic &row) {
        return row.diagnostic.severity == Severity::Warning;
    }));
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LocatedDiagnostic &row = m_rows[index.row()];
    const Diagnostic &diagnostic = row.diagnostic;
    if (role == SeverityRole)
        return int(diagnostic.severity);
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return severityName(diagnostic.severity);
        if (role == Qt::DecorationRole) {
            switch (diagnostic.severity) {
            case Severity::Error:
                return QIcon::fromTheme(QStringLiteral("dialog-error"));
            case Severity::Warning:
                return QIcon::fromTheme(QStringLiteral("dialog-warning"));
            case Severity::Info:
                return QIcon::fromTheme(QStringLiteral("dialog-information"));
            }
        }
        if (role == Qt::ForegroundRole) {
            switch (diagnostic.severity) {
            case Severity::Error:
                return QColor(0xd0, 0x30, 0x30);
            case Severity::Warning:
                return QColor(0xc0, 0x80, 0x00);
            case Severity::Info:
                return {};
            }
        }
        break;
    case RuleColumn:
        if (role == Qt::DisplayRole)
            return diagnostic.rule;
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return diagnostic.message;
        break;
    case LocationColumn:
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1:%2:%3")
                .arg(row.file ? row.file->displayName() : QString())
                .arg(row.line)
                .arg(row.column);
        if (role == Qt::ToolTipRole)
            return diagnostic.path.toString();
        break;
    default:
        break;
    }
    return {};
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    case LocationColumn:
        return tr("Location");
    default:
        return {};
    }
}

} // namespace MeshEntry
