#include "manifestresultsmodel.h"

#include "clusterdiff.h"
#include "manifestbatch.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

namespace MeshEntry {

using State = ManifestResult::State;

ManifestResultsModel::ManifestResultsModel(QObject *parent)
    : QAbstractTableModel(parent), m_working(tr("Working…"))
{}

void ManifestResultsModel::setBatch(ManifestBatch *batch)
{
    beginResetModel();
    if (m_batch)
        m_batch->disconnect(this);
    m_batch = batch;
    if (batch)
        connect(batch, &ManifestBatch::resultChanged, this,
                [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    endResetModel();
}

void ManifestResultsModel::setWorkingText(const QString &text)
{
    m_working = text;
}

void ManifestResultsModel::setPendingText(const QString &text)
{
    m_pending = text;
}

int ManifestResultsModel::changedLines(int row) const
{
    const ManifestResult &result = m_batch->result(row);
    const ClusterDiff::Sides sides = ClusterDiff::sides({}, result.live, result.merged, true);
    const QList<ClusterDiff::Row> rows = ClusterDiff::align(sides.live, sides.merged);
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const ClusterDiff::Row &r) {
        return r.kind != ClusterDiff::Row::Kind::Same;
    }));
}

QString ManifestResultsModel::summary(int row) const
{
    const ManifestResult &result = m_batch->result(row);
    switch (result.state) {
    case State::Pending:
        return m_pending;
    case State::Working:
        return m_working;
    case State::WillCreate:
        return tr("will be created");
    case State::WillChange:
        return tr("will change (%n line(s))", nullptr, changedLines(row));
    case State::Unchanged:
        return tr("no change");
    case State::Conflict: {
        // "conflict with "kubectl-client-side-apply" using …" → the field and its manager.
        static const QRegularExpression manager(QStringLiteral("conflict with \"([^\"]+)\""));
        QStringList fields;
        for (const StatusCause &cause : result.error.causes())
            fields.append(QStringLiteral("%1 (%2)").arg(cause.field,
                                                        manager.match(cause.message).captured(1)));
        return tr("conflict: %1").arg(fields.join(QLatin1String(", ")));
    }
    case State::Failed:
        return result.error.displayText().section(u'\n', 0, 0).trimmed();
    case State::Created:
        return tr("created");
    case State::Configured:
        return tr("configured");
    case State::Deleted:
        return tr("deleted");
    case State::NotFound:
        return tr("not found (already gone)");
    case State::Cancelled:
        return tr("cancelled");
    }
    return QString();
}

QString ManifestResultsModel::details(int row) const
{
    if (!m_batch || row < 0 || row >= m_batch->count())
        return QString();
    const ManifestResult &result = m_batch->result(row);
    const QString name = m_batch->manifests()[row].objectName();
    QStringList parts{result.state == State::Failed ? name
                                                    : name + QStringLiteral(": ") + summary(row)};
    if (result.error.isError())
        parts.append(result.error.displayText());
    if (!result.error.hint().isEmpty())
        parts.append(result.error.displayHint());
    for (const QString &warning : result.warnings)
        parts.append(tr("Warning: %1").arg(warning));
    return parts.join(QLatin1String("\n\n"));
}

int ManifestResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_batch ? 0 : m_batch->count();
}

int ManifestResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ManifestResultsModel::data(const QModelIndex &index, int role) const
{
    if (!m_batch || !index.isValid() || index.row() >= m_batch->count())
        return {};
    const ManifestResult &result = m_batch->result(index.row());
    if (role == StateRole)
        return int(result.state);
    if (role == Qt::ToolTipRole)
        return details(index.row());
    if (role == Qt::ForegroundRole && index.column() == ResultColumn) {
        const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
        if (result.isFailure())
            return QBrush(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
        if (result.state == State::Conflict)
            return QBrush(dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8a, 0x5a, 0x00));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == ObjectColumn)
        return m_batch->manifests()[index.row()].displayName();
    return summary(index.row());
}

QVariant ManifestResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == ObjectColumn ? tr("Object") : tr("Result");
}

} // namespace MeshEntry
