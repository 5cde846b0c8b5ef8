#include "routestepsmodel.h"

#include "routingsteps.h"

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
    return parent.isValid() ? 0 : int(m_answer.steps.size());
}

int RouteStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RouteStepsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_answer.steps.size())
        return {};
    const RouteStep &step = m_answer.steps[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return index.row() + 1;
        case RuleColumn:
            return step.rule;
        case DetailColumn:
            return step.detail;
        }
        return {};
    case Qt::ToolTipRole: {
        const RoutingSteps::Step *known = RoutingSteps::find(step.rule);
        QString tip =
            known ? tr("%1 (ISTIO-ROUTING.md %2, %3)")
                        .arg(QString::fromUtf8(known->summary), QString::fromUtf8(known->section),
                             QString::fromUtf8(known->source))
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
