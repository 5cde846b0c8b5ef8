#include "diagnosticsmodel.h"

#include "messagetext.h"

#include "editordocument.h"
#include "fixregistry.h"
#include "ruleregistry.h"
#include "severitycolors.h"
#include "workerpool.h"

#include <QColor>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>
#include <QtConcurrent>

namespace MeshEntry {

namespace {

bool byPosition(const Diagnostic &a, const Diagnostic &b)
{
    if (a.document != b.document)
        return a.document < b.document;
    if (a.start != b.start)
        return a.start < b.start;
    return a.rule < b.rule;
}

RuleLayer layerOf(const Diagnostic &diagnostic)
{
    const Rule *rule = RuleRegistry::instance().find(diagnostic.rule);
    return rule ? rule->layer : RuleLayer::MeshEntry;
}

/// Istio's own webhook message reads best, then the apiserver's; the rest follow.
int layerRank(RuleLayer layer)
{
    switch (layer) {
    case RuleLayer::Webhook:
        return 0;
    case RuleLayer::Apiserver:
        return 1;
    case RuleLayer::Decoding:
        return 2;
    default:
        return 3;
    }
}

/// Two layers judging the same field: same node, same severity, different layer.
bool sameFinding(const Diagnostic &a, const Diagnostic &b)
{
    return a.document == b.document && a.start == b.start && a.end == b.end &&
           a.severity == b.severity && a.path == b.path && layerOf(a) != layerOf(b);
}

/// One layer's id is the other's with the layer's prefix (CRD-…).
bool sameRule(const Diagnostic &a, const Diagnostic &b)
{
    return a.rule.endsWith(b.rule) || b.rule.endsWith(a.rule);
}

QList<RuleLayer> layersOf(const LocatedDiagnostic &row)
{
    QList<RuleLayer> layers{layerOf(row.diagnostic)};
    for (const Diagnostic &other : row.alsoReported)
        layers.append(layerOf(other));
    return layers;
}

/**
 * Merges the rows from first on (one position) that are one finding of several layers: pairs
 * that name the same rule first (CRD-SE-PORT-NUMBER-RANGE with SE-PORT-NUMBER-RANGE), then any
 * other layer's report of the same node. The row shows the webhook's message when it has one.
 */
void mergeLayers(QList<LocatedDiagnostic> &rows, qsizetype first)
{
    for (const bool byRule : {true, false}) {
        for (qsizetype i = first; i < rows.size(); ++i) {
            for (qsizetype j = i + 1; j < rows.size(); ++j) {
                if (!sameFinding(rows[i].diagnostic, rows[j].diagnostic) ||
                    !rows[j].alsoReported.isEmpty() ||
                    (byRule && !sameRule(rows[i].diagnostic, rows[j].diagnostic)) ||
                    layersOf(rows[i]).contains(layerOf(rows[j].diagnostic)))
                    continue;
                Diagnostic joining = std::move(rows[j].diagnostic);
                rows.removeAt(j);
                LocatedDiagnostic &row = rows[i];
                if (layerRank(layerOf(joining)) < layerRank(layerOf(row.diagnostic)))
                    std::swap(row.diagnostic, joining);
                row.alsoReported.append(std::move(joining));
                --j;
            }
        }
    }
}

} // namespace

QStringList LocatedDiagnostic::rules() const
{
    QStringList ids{diagnostic.rule};
    for (const Diagnostic &other : alsoReported)
        ids.append(other.rule);
    return ids;
}

QList<Diagnostic> LocatedDiagnostic::all() const
{
    return QList<Diagnostic>{diagnostic} + alsoReported;
}

bool LocatedDiagnostic::hasFixes() const
{
    if (fixable < 0) {
        const QList<QString> ids = rules();
        const bool covered = std::any_of(ids.cbegin(), ids.cend(), [](const QString &id) {
            return FixRegistry::instance().covers(id);
        });
        fixable = covered && file && diagnostic.document < file->file().documentCount() &&
                  !FixRegistry::instance()
                       .fixesFor(all(), file->file().document(diagnostic.document).text())
                       .isEmpty();
    }
    return fixable > 0;
}

QList<LocatedDiagnostic> DiagnosticsModel::rowsOf(EditorDocument *file,
                                                  QList<Diagnostic> diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(), byPosition);
    QList<LocatedDiagnostic> rows;
    rows.reserve(diagnostics.size());
    // Findings at one position are adjacent after sorting; each run is grouped on its own.
    for (qsizetype runStart = 0; runStart < diagnostics.size();) {
        qsizetype runEnd = runStart + 1;
        while (runEnd < diagnostics.size() &&
               diagnostics[runEnd].document == diagnostics[runStart].document &&
               diagnostics[runEnd].start == diagnostics[runStart].start)
            ++runEnd;
        const qsizetype first = rows.size();
        for (qsizetype i = runStart; i < runEnd; ++i)
            rows.append({std::move(diagnostics[i]), file, {}});
        mergeLayers(rows, first);
        runStart = runEnd;
    }
    return rows;
}

DiagnosticCounts DiagnosticsModel::countRows(const QList<Diagnostic> &diagnostics)
{
    DiagnosticCounts counts;
    for (const LocatedDiagnostic &row : rowsOf(nullptr, diagnostics)) {
        if (row.diagnostic.severity == Severity::Error)
            ++counts.errors;
        else if (row.diagnostic.severity == Severity::Warning)
            ++counts.warnings;
    }
    return counts;
}

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

void DiagnosticsModel::count(const EditorDocument *file, const QList<LocatedDiagnostic> &rows,
                             int sign)
{
    DiagnosticCounts &perFile = m_perFile[file];
    for (const LocatedDiagnostic &row : rows) {
        if (row.diagnostic.severity == Severity::Error) {
            m_total.errors += sign;
            perFile.errors += sign;
        } else if (row.diagnostic.severity == Severity::Warning) {
            m_total.warnings += sign;
            perFile.warnings += sign;
        }
    }
}

void DiagnosticsModel::setDiagnostics(EditorDocument *file, QList<Diagnostic> diagnostics)
{
    beginResetModel();
    QList<LocatedDiagnostic> old;
    for (const LocatedDiagnostic &row : std::as_const(m_rows)) {
        if (row.file == file)
            old.append(row);
    }
    count(file, old, -1);
    m_rows.removeIf([file](const LocatedDiagnostic &row) { return row.file == file; });
    if (!m_fileOrder.contains(file))
        m_fileOrder.append(file);
    QList<LocatedDiagnostic> rows = rowsOf(file, std::move(diagnostics));
    count(file, rows, +1);
    const qsizetype at = lowerBound(file, 0);
    m_rows.insert(at, rows.size(), LocatedDiagnostic());
    std::move(rows.begin(), rows.end(), m_rows.begin() + at);
    endResetModel();
}

bool DiagnosticsModel::setDocumentDiagnostics(EditorDocument *file, int document,
                                              QList<Diagnostic> diagnostics)
{
    if (!m_fileOrder.contains(file))
        m_fileOrder.append(file);
    const qsizetype first = lowerBound(file, document);
    const qsizetype end = lowerBound(file, document + 1);
    QList<LocatedDiagnostic> rows = rowsOf(file, std::move(diagnostics));
    // A keystroke mostly leaves the findings as they were: then no row moves or repaints.
    if (sameRows(first, end, rows))
        return false;
    if (end > first) {
        beginRemoveRows({}, int(first), int(end - 1));
        count(file, m_rows.mid(first, end - first), -1);
        m_rows.remove(first, end - first);
        endRemoveRows();
    }
    if (rows.isEmpty())
        return true;
    count(file, rows, +1);
    beginInsertRows({}, int(first), int(first + rows.size() - 1));
    // One shift of the rows after them, not one per row (40,000 rows of a large file).
    m_rows.insert(first, rows.size(), LocatedDiagnostic());
    std::move(rows.begin(), rows.end(), m_rows.begin() + first);
    endInsertRows();
    return true;
}

bool DiagnosticsModel::sameRows(qsizetype first, qsizetype end,
                                const QList<LocatedDiagnostic> &rows) const
{
    return rows.size() == end - first &&
           std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin() + first,
                      [](const LocatedDiagnostic &a, const LocatedDiagnostic &b) {
                          return a.diagnostic == b.diagnostic && a.alsoReported == b.alsoReported;
                      });
}

QList<int> DiagnosticsModel::setDocumentsDiagnostics(EditorDocument *file,
                                                     QList<DocumentFindings> documents)
{
    if (!m_fileOrder.contains(file))
        m_fileOrder.append(file);
    // Which documents change, and their new rows: their old ones are found by binary search.
    struct Change {
        int document;
        qsizetype first, end; ///< the old rows
        QList<LocatedDiagnostic> rows;
    };
    QList<Change> changes;
    for (auto &[document, diagnostics] : documents) {
        const qsizetype first = lowerBound(file, document);
        const qsizetype end = lowerBound(file, document + 1);
        QList<LocatedDiagnostic> rows = rowsOf(file, std::move(diagnostics));
        if (!sameRows(first, end, rows))
            changes.append({document, first, end, std::move(rows)});
    }
    QList<int> changed;
    changed.reserve(changes.size());
    for (const Change &change : std::as_const(changes))
        changed.append(change.document);
    if (changes.size() <= separateSignalsUpTo) {
        // Few documents: each its own removal and insertion, last first so that the rows of
        // the others stay where they were found.
        for (qsizetype i = changes.size() - 1; i >= 0; --i) {
            Change &change = changes[i];
            if (change.end > change.first) {
                beginRemoveRows({}, int(change.first), int(change.end - 1));
                count(file, m_rows.mid(change.first, change.end - change.first), -1);
                m_rows.remove(change.first, change.end - change.first);
                endRemoveRows();
            }
            if (change.rows.isEmpty())
                continue;
            count(file, change.rows, +1);
            beginInsertRows({}, int(change.first), int(change.first + change.rows.size() - 1));
            m_rows.insert(change.first, change.rows.size(), LocatedDiagnostic());
            std::move(change.rows.begin(), change.rows.end(), m_rows.begin() + change.first);
            endInsertRows();
        }
        return changed;
    }
    // Many documents: the rows are rebuilt in one pass, with one layout change; each row kept
    // (an unchanged document's, or a changed document's finding that is still there) keeps
    // the view's current index and selection.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<qsizetype> newRow(m_rows.size(), -1);
    QList<LocatedDiagnostic> rows;
    rows.reserve(m_rows.size());
    qsizetype next = 0; // the first old row not taken yet
    const auto keep = [&](qsizetype end) {
        for (; next < end; ++next) {
            newRow[next] = rows.size();
            rows.append(std::move(m_rows[next]));
        }
    };
    for (Change &change : changes) {
        keep(change.first);
        count(file, m_rows.mid(change.first, change.end - change.first), -1);
        count(file, change.rows, +1);
        for (LocatedDiagnostic &row : change.rows) {
            for (qsizetype old = change.first; old < change.end; ++old) {
                if (newRow[old] < 0 && m_rows[old].diagnostic == row.diagnostic) {
                    newRow[old] = rows.size();
                    break;
                }
            }
            rows.append(std::move(row));
        }
        next = change.end;
    }
    keep(m_rows.size());
    // The old rows of changed documents go in a worker, as a closed file's (thousands of
    // findings take a while to free).
    auto gone = std::make_shared<QList<LocatedDiagnostic>>(std::exchange(m_rows, std::move(rows)));
    (void)QtConcurrent::run(workerPool(), [gone = std::move(gone)]() mutable { gone.reset(); });
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (const QModelIndex &index : persistent) {
        const qsizetype row = index.row() < newRow.size() ? newRow[index.row()] : -1;
        moved.append(row < 0 ? QModelIndex() : this->index(int(row), index.column()));
    }
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    return changed;
}

void DiagnosticsModel::setDocumentRangeDiagnostics(EditorDocument *file, int first, int end,
                                                   QList<Diagnostic> diagnostics)
{
    if (!m_fileOrder.contains(file))
        m_fileOrder.append(file);
    const qsizetype from = lowerBound(file, first);
    const qsizetype to = lowerBound(file, end);
    if (to > from) {
        beginRemoveRows({}, int(from), int(to - 1));
        count(file, m_rows.mid(from, to - from), -1);
        m_rows.remove(from, to - from);
        endRemoveRows();
    }
    QList<LocatedDiagnostic> rows = rowsOf(file, std::move(diagnostics));
    if (rows.isEmpty())
        return;
    count(file, rows, +1);
    beginInsertRows({}, int(from), int(from + rows.size() - 1));
    m_rows.insert(from, rows.size(), LocatedDiagnostic());
    std::move(rows.begin(), rows.end(), m_rows.begin() + from);
    endInsertRows();
}

void DiagnosticsModel::removeFile(EditorDocument *file)
{
    // A file's rows are together: they go as one block, and are freed in a worker (40,000
    // findings of a large file take a while to free).
    if (m_fileOrder.contains(file)) {
        const qsizetype first = lowerBound(file, 0);
        qsizetype end = first;
        while (end < m_rows.size() && m_rows[end].file == file)
            ++end;
        if (end > first) {
            beginRemoveRows({}, int(first), int(end - 1));
            auto gone = std::make_shared<QList<LocatedDiagnostic>>(
                std::make_move_iterator(m_rows.begin() + first),
                std::make_move_iterator(m_rows.begin() + end));
            m_rows.remove(first, end - first);
            endRemoveRows();
            (void)QtConcurrent::run(workerPool(),
                                    [gone = std::move(gone)]() mutable { gone.reset(); });
        }
    }
    const DiagnosticCounts counts = m_perFile.take(file);
    m_total.errors -= counts.errors;
    m_total.warnings -= counts.warnings;
    m_fileOrder.removeAll(file);
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiagnosticsModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        break;
    }
    return tr("Info");
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LocatedDiagnostic &row = m_rows[index.row()];
    const Diagnostic &diagnostic = row.diagnostic;
    if (role == SeverityRole)
        return int(diagnostic.severity);
    if (role == HasFixesRole)
        return row.hasFixes();
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return severityText(diagnostic.severity);
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
        if (role == Qt::ForegroundRole)
            return SeverityColors::text(diagnostic.severity,
                                        QGuiApplication::palette().color(QPalette::Base));
        break;
    case RuleColumn:
        if (role == Qt::DisplayRole)
            return row.rules().join(QStringLiteral(", "));
        if (role == Qt::ToolTipRole && !row.alsoReported.isEmpty())
            return tr("Reported by several layers: %1").arg(row.rules().join(QStringLiteral(", ")));
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole)
            return translatedMessage(diagnostic.source, diagnostic.message);
        if (role == Qt::DecorationRole && row.hasFixes())
            return QIcon(QStringLiteral(":/icons/fix.svg"));
        if (role == Qt::ToolTipRole) {
            QStringList lines{diagnostic.rule + QStringLiteral(": ") +
                              translatedMessage(diagnostic.source, diagnostic.message)};
            for (const Diagnostic &other : row.alsoReported)
                lines.append(other.rule + QStringLiteral(": ") +
                             translatedMessage(other.source, other.message));
            if (row.hasFixes())
                lines.append(tr("A fix is available: click the light bulb, or open the row's "
                                "context menu."));
            return lines.join(u'\n');
        }
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
