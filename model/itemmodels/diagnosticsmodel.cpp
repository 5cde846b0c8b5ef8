#include "diagnosticsmodel.h"

#include "editordocument.h"

#include <QColor>
#include <QIcon>

namespace MeshEntry {

namespace {

bool byPosition(const Diagnostic &a, const Diagnostic &b)
{
    if (a.document != b.document)
        return a.document < b.document;
    return a.start < b.start;
}

} // namespace

int LocatedDiagnostic::line() const
{
    return file->file().position(diagnostic.document, diagnostic.start).line + 1;
}

int LocatedDiagnostic::column() const
{
    return file->file().position(diagnostic.document, diagnostic.start).column + 1;
}

DiagnosticsModel::DiagnosticsModel(QObject *parent) : QAbstractTableModel(parent) {}

qsizetype DiagnosticsModel::lowerBound(const EditorDocument *file, int document) const
{
    const qsizetype fileRank = m_fileOrder.indexOf(const_cast<EditorDocument *>(file));
    const auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), std::make_pair(fileRank, document),
        [this](const LocatedDiagnostic &row, const std::pair<qsizetype, int> &key) {
            const qsizetype rank = m_fileOrder.indexOf(row.file);
            return rank != key.first ? rank < key.first : row.diagnostic.document < key.second;
        });
    return it - m_rows.cbegin();
}

void DiagnosticsModel::count(const EditorDocument *file, const QList<Diagnostic> &diagnostics,
                             int sign)
{
    DiagnosticCounts &perFile = m_perFile[file];
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity == Severity::Error) {
            m_total.errors += sign;
            perFile.errors += sign;
        } else if (diagnostic.severity == Severity::Warning) {
            m_total.warnings += sign;
            perFile.warnings += sign;
        }
    }
}

void DiagnosticsModel::setDiagnostics(EditorDocument *file, QList<Diagnostic> diagnostics)
{
    beginResetModel();
    QList<Diagnostic> old;
    for (const LocatedDiagnostic &row : std::as_const(m_rows)) {
        if (row.file == file)
            old.append(row.diagnostic);
    }
    count(file, old, -1);
    m_rows.removeIf([file](const LocatedDiagnostic &row) { return row.file == file; });
    if (!m_fileOrder.contains(file))
        m_fileOrder.append(file);
    std::stable_sort(diagnostics.begin(), diagnostics.end(), byPosition);
    count(file, diagnostics, +1);
    const qsizetype at = lowerBound(file, 0);
    QList<LocatedDiagnostic> rows;
    rows.reserve(diagnostics.size());
    for (Diagnostic &diagnostic : diagnostics)
        rows.append({std::move(diagnostic), file});
    m_rows.insert(at, rows.size(), LocatedDiagnostic());
    std::move(rows.begin(), rows.end(), m_rows.begin() + at);
    endResetModel();
}

void DiagnosticsModel::setDocumentDiagnostics(EditorDocument *file, int document,
                                              QList<Diagnostic> diagnostics)
{
    if (!m_fileOrder.contains(file))
        m_fileOrder.append(file);
    const qsizetype first = lowerBound(file, document);
    const qsizetype end = lowerBound(file, document + 1);
    if (end > first) {
        beginRemoveRows({}, int(first), int(end - 1));
        for (qsizetype i = first; i < end; ++i)
            count(file, {m_rows[i].diagnostic}, -1);
        m_rows.remove(first, end - first);
        endRemoveRows();
    }
    if (diagnostics.isEmpty())
        return;
    std::stable_sort(diagnostics.begin(), diagnostics.end(), byPosition);
    count(file, diagnostics, +1);
    beginInsertRows({}, int(first), int(first + diagnostics.size() - 1));
    for (qsizetype i = 0; i < diagnostics.size(); ++i)
        m_rows.insert(first + i, {std::move(diagnostics[i]), file});
    endInsertRows();
}

void DiagnosticsModel::removeFile(EditorDocument *file)
{
    setDiagnostics(file, {});
    m_fileOrder.removeAll(file);
    m_perFile.remove(file);
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
        if (role == Qt::DisplayRole) {
            const FilePosition position =
                row.file->file().position(diagnostic.document, diagnostic.start);
            return QStringLiteral("%1:%2:%3")
                .arg(row.file->displayName())
                .arg(position.line + 1)
                .arg(position.column + 1);
        }
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
