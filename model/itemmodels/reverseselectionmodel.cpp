#include "reverseselectionmodel.h"

#include "messagetext.h"

#include <QCoreApplication>

namespace MeshEntry {

ReverseSelectionModel::ReverseSelectionModel(QObject *parent)
    : GroupedRowsModel({tr("ServiceEntry"), tr("Status"), tr("Resolution"), tr("Hosts")}, parent)
{}

void ReverseSelectionModel::setMatches(const Workload &workload, const QList<ReverseMatch> &matches)
{
    QList<Group> groups(3);
    groups[SelectingGroup].tooltip =
        tr("ServiceEntries in namespace %1 whose selector labels %2 carries")
            .arg(workload.namespaceName, workload.name);
    groups[NearMissGroup].tooltip =
        tr("ServiceEntries in namespace %1 whose selector misses %2 by exactly one label")
            .arg(workload.namespaceName, workload.name);
    groups[OtherNamespaceGroup].tooltip =
        tr("ServiceEntries in other namespaces whose selector %1 satisfies: a selector never "
           "crosses namespaces")
            .arg(workload.name);
    for (int i = 0; i < matches.size(); ++i) {
        const ReverseMatch &match = matches[i];
        Row row;
        row.kind = QStringLiteral("ServiceEntry");
        row.key = i;
        for (auto it = match.query->selector.cbegin(); it != match.query->selector.cend(); ++it)
            row.labels.append(it.key() + u'=' + it.value());
        row.cells = QStringList(ColumnCount);
        row.tooltips = QStringList(ColumnCount);
        row.cells[ServiceEntryColumn] = match.query->namespaceName + u'/' + match.query->name;
        row.cells[HostsColumn] = match.query->hosts.join(QStringLiteral(", "));
        row.cells[ResolutionColumn] = match.query->resolutionName();
        row.tooltips[ServiceEntryColumn] =
            tr("Selector: %1")
                .arg(row.labels.isEmpty() ? tr("(empty: every workload)")
                                          : row.labels.join(QStringLiteral(", ")));
        int group = SelectingGroup;
        switch (match.relation) {
        case ReverseMatch::Relation::Selects:
            row.state = match.ready ? State::Ready : State::NotReady;
            row.cells[StatusColumn] =
                match.ready
                    ? tr("Selects it; Istio uses it")
                    : tr("Selects it, but ") + translatedMessage(match.reasonSource, match.reason);
            break;
        case ReverseMatch::Relation::NearMiss:
            group = NearMissGroup;
            row.state = State::NearMiss;
            row.missedKey = match.label;
            row.cells[StatusColumn] =
                match.missing
                    ? tr("wants label %1=%2, which it lacks").arg(match.label, match.want)
                    : tr("wants %1=%2, it has %3").arg(match.label, match.want, match.have);
            break;
        case ReverseMatch::Relation::OtherNamespace:
            group = OtherNamespaceGroup;
            row.state = State::OtherNamespace;
            row.cells[StatusColumn] = tr("in namespace %1, not %2")
                                          .arg(match.query->namespaceName, workload.namespaceName);
            break;
        }
        row.tooltips[StatusColumn] = row.cells[StatusColumn];
        groups[group].rows.append(row);
    }
    groups[SelectingGroup].title = tr("Selected by: %1").arg(groups[SelectingGroup].rows.size());
    groups[NearMissGroup].title =
        tr("Would be selected but for one label: %1").arg(groups[NearMissGroup].rows.size());
    groups[OtherNamespaceGroup].title =
        tr("Same labels, other namespace: %1").arg(groups[OtherNamespaceGroup].rows.size());
    setGroups(groups);
}

} // namespace MeshEntry
