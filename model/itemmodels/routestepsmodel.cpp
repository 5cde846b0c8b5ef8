#include "routestepsmodel.h"

#include "messagetext.h"

#include "routingsteps.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace MeshEntry {

RouteStepsModel::RouteStepsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RouteStepsModel::setAnswer(const RouteAnswer &answer)
{
    beginResetModel();
    m_answer = answer;
    endResetModel();
}

void RouteStepsModel::clear()
{
    setAnswer(RouteAnswer());
}

int RouteStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid()
               ? 0
               : int(m_answer.steps.size() + m_answer.unknowns.size() + m_answer.warnings.size());
}

RouteStepsModel::Kind RouteStepsModel::kind(int row) const
{
    if (row < m_answer.steps.size())
        return Kind::Step;
    return row < m_answer.steps.size() + m_answer.unknowns.size() ? Kind::Unknown : Kind::Warning;
}

RouteStep RouteStepsModel::step(int row) const
{
    switch (kind(row)) {
    case Kind::Step:
        return m_answer.steps[row];
    case Kind::Unknown: {
        const qsizetype at = row - m_answer.steps.size();
        return {QString(), m_answer.unknowns[at], -1, {}, m_answer.unknownSources.value(at)};
    }
    case Kind::Warning: {
        const qsizetype at = row - m_answer.steps.size() - m_answer.unknowns.size();
        return {QString(), m_answer.warnings[at], -1, {}, m_answer.warningSources.value(at)};
    }
    }
    return {};
}

int RouteStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RouteStepsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Kind rowKind = kind(index.row());
    const RouteStep step = this->step(index.row());
    if (rowKind != Kind::Step) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == RuleColumn
                       ? QVariant(rowKind == Kind::Unknown ? tr("unknown") : tr("warning"))
                   : index.column() == DetailColumn
                       ? QVariant(translatedMessage(step.source, step.detail))
                       : QVariant();
        case Qt::ToolTipRole:
            return rowKind == Kind::Unknown
                       ? tr("The answer depends on this, which the files cannot tell.")
                       : tr("Something on the way that Istio would not do as written.");
        case Qt::FontRole: {
            QFont font;
            font.setItalic(true);
            return font;
        }
        case Qt::ForegroundRole:
            return rowKind == Kind::Warning ? QBrush(QColor(176, 96, 0)) : QVariant();
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignLeft | Qt::AlignTop);
        case DocumentRole:
            return -1;
        case KindRole:
            return int(rowKind);
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return index.row() + 1;
        case RuleColumn:
            return step.rule;
        case DetailColumn:
            return translatedMessage(step.source, step.detail);
        }
        return {};
    case KindRole:
        return int(rowKind);
    case Qt::ToolTipRole: {
        const RoutingSteps::Step *known = RoutingSteps::find(step.rule);
        QString tip =
            known ? tr("%1 (ISTIO-ROUTING.md %2, %3)")
                        .arg(translatedMessage(QString::fromUtf8(known->summary)),
                             QString::fromUtf8(known->section), QString::fromUtf8(known->source))
                  : step.rule;
        if (step.document >= 0)
            tip += tr("\nDouble-click to open %1.").arg(step.path.toString());
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == NumberColumn ? QVariant(Qt::AlignRight | Qt::AlignTop)
                                              : QVariant(Qt::AlignLeft | Qt::AlignTop);
    case DocumentRole:
        return step.document;
    case PathRole:
        return step.path.toString();
    }
    return {};
}

QVariant RouteStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case RuleColumn:
        return tr("Rule");
    case DetailColumn:
        return tr("What happens");
    }
    return {};
}

} // namespace MeshEntry
