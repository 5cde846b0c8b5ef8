#include "selectionmodel.h"

#include "messagetext.h"

#include <QCoreApplication>

namespace MeshEntry {

namespace {

QStringList labelList(const QMap<QString, QString> &labels)
{
    QStringList result;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        result.append(it.key() + u'=' + it.value());
    return result;
}

QString workloadTooltip(const Workload &workload)
{
    QStringList lines{
        QStringLiteral("%1 %2/%3").arg(workload.kindName(), workload.namespaceName, workload.name)};
    lines.append(workload.document >= 0
                     ? SelectionModel::tr("In the open file %1").arg(workload.source)
                     : SelectionModel::tr("Imported from %1").arg(workload.source));
    if (!workload.owner.isEmpty())
        lines.append(SelectionModel::tr("Owner: %1").arg(workload.owner));
    if (!workload.nodeName.isEmpty())
        lines.append(SelectionModel::tr("Node: %1").arg(workload.nodeName));
    if (!workload.serviceAccount.isEmpty())
        lines.append(SelectionModel::tr("Service account: %1").arg(workload.serviceAccount));
    if (!workload.network.isEmpty())
        lines.append(SelectionModel::tr("Network: %1").arg(workload.network));
    if (!workload.locality.isEmpty())
        lines.append(SelectionModel::tr("Locality: %1").arg(workload.locality));
    if (workload.weight > 0)
        lines.append(SelectionModel::tr("Weight: %1").arg(workload.weight));
    if (workload.hostNetwork)
        lines.append(SelectionModel::tr("hostNetwork: the endpoint is the node's IP"));
    if (workload.isPod() && !workload.phase.isEmpty())
        lines.append(SelectionModel::tr("Phase: %1").arg(workload.phase));
    return lines.join(u'\n');
}

QString labelsTooltip(const Workload &workload, const QString &clusterId,
                      const QStringList &matched)
{
    QStringList lines;
    const QMap<QString, QString> labels = workload.effectiveLabels(clusterId);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        QString line = it.key() + u'=' + it.value();
        const QString origin = workload.labelOrigin(it.key(), clusterId);
        if (!origin.isEmpty())
            line += QStringLiteral("  (") + origin + u')';
        if (matched.contains(it.key()))
            line += SelectionModel::tr("  ✓ selector");
        lines.append(line);
    }
    return lines.join(u'\n');
}

GroupedRowsModel::Row workloadRow(const WorkloadInventory &inventory, int id,
                                  const SelectorQuery &query)
{
    const Workload &workload = inventory.workload(id);
    GroupedRowsModel::Row row;
    row.kind = workload.kindName();
    row.key = id;
    row.labels = labelList(inventory.effectiveLabels(id));
    for (auto it = query.selector.cbegin(); it != query.selector.cend(); ++it) {
        QString value;
        if (workload.effectiveLabel(it.key(), inventory.clusterId(), &value) && value == it.value())
            row.matchedKeys.append(it.key());
    }
    // The namespace is the entry's for all but the other-namespace rows: name it only there.
    row.cells = QStringList(SelectionModel::ColumnCount);
    row.tooltips = QStringList(SelectionModel::ColumnCount);
    row.cells[SelectionModel::WorkloadColumn] = workload.namespaceName == query.namespaceName
                                                    ? workload.name
                                                    : workload.namespaceName + u'/' + workload.name;
    row.cells[SelectionModel::AddressColumn] = workload.addresses.isEmpty()
                                                   ? SelectionModel::tr("(no address)")
                                                   : workload.addresses.join(QStringLiteral(", "));
    row.cells[SelectionModel::LabelsColumn] = row.labels.join(QStringLiteral(", "));
    row.tooltips[SelectionModel::WorkloadColumn] = workloadTooltip(workload);
    row.tooltips[SelectionModel::LabelsColumn] =
        labelsTooltip(workload, inventory.clusterId(), row.matchedKeys);
    return row;
}

void addNote(QList<GroupedRowsModel::Row> *rows, int total)
{
    if (total <= rows->size())
        return;
    GroupedRowsModel::Row note;
    note.state = GroupedRowsModel::State::Note;
    note.cells = {SelectionModel::tr("… and %1 more").arg(total - rows->size())};
    rows->append(note);
}

} // namespace

SelectionModel::SelectionModel(QObject *parent)
    : GroupedRowsModel({SelectionModel::tr("Workload"), SelectionModel::tr("Status"),
                        SelectionModel::tr("Address"), SelectionModel::tr("Endpoints"),
                        SelectionModel::tr("Labels")},
                       parent)
{}

QString SelectionModel::endpointsText(const QList<EndpointPort> &ports)
{
    QStringList parts;
    for (const EndpointPort &port : ports) {
        const QString target =
            port.rule == PortRule::UnixSocket ? tr("socket") : QString::number(port.endpointPort);
        parts.append(QStringLiteral("%1 %2→%3").arg(port.name).arg(port.servicePort).arg(target));
    }
    return parts.join(QStringLiteral(", "));
}

void SelectionModel::setSelection(const WorkloadInventory &inventory, const SelectorQuery &query,
                                  const SelectionResult &result)
{
    QList<Group> groups(3);
    Group &selected = groups[SelectedGroup];
    selected.title =
        result.selected.isEmpty()
            ? tr("Selected: none")
            : tr("Selected: %1 (%2 ready)").arg(result.selected.size()).arg(result.readyCount);
    selected.tooltip = tr("Workloads in namespace %1 whose labels carry every selector label")
                           .arg(query.namespaceName);
    for (const SelectedWorkload &item : result.selected) {
        if (selected.rows.size() == maxRows)
            break;
        Row row = workloadRow(inventory, item.id, query);
        row.state = item.ready ? State::Ready : State::NotReady;
        row.cells[AddressColumn] =
            item.addresses.isEmpty() ? tr("(no address)") : item.addresses.join(u", ");
        row.cells[EndpointsColumn] = endpointsText(item.ports);
        QStringList explanations;
        for (const EndpointPort &port : item.ports)
            explanations.append(
                QStringLiteral("%1 (%2): ").arg(port.name).arg(port.servicePort) +
                translatedMessage(port.explanation().source(), port.explanation().text()));
        row.tooltips[EndpointsColumn] = explanations.join(u'\n');
        const QString reason = translatedMessage(item.reasonSource, item.reason);
        row.cells[StatusColumn] = item.ready ? tr("Ready") : reason;
        row.tooltips[StatusColumn] =
            item.ready ? tr("Istio makes an endpoint of it") : tr("Not used: ") + reason;
        selected.rows.append(row);
    }
    addNote(&selected.rows, int(result.selected.size()));

    Group &elsewhere = groups[OtherNamespaceGroup];
    elsewhere.title = tr("Other namespaces: %1").arg(result.otherNamespaceTotal);
    elsewhere.tooltip = tr("These match the labels, but a workloadSelector only selects "
                           "workloads in the ServiceEntry's own namespace (%1)")
                            .arg(query.namespaceName);
    for (const int id : result.otherNamespaces) {
        Row row = workloadRow(inventory, id, query);
        row.state = State::OtherNamespace;
        row.cells[StatusColumn] =
            tr("in namespace %1, not %2")
                .arg(inventory.workload(id).namespaceName, query.namespaceName);
        row.tooltips[StatusColumn] = elsewhere.tooltip;
        elsewhere.rows.append(row);
    }
    addNote(&elsewhere.rows, result.otherNamespaceTotal);

    Group &near = groups[NearMissGroup];
    near.title = tr("Near-misses: %1").arg(result.nearMissTotal);
    near.tooltip = tr("Workloads in namespace %1 that miss exactly one selector label, "
                      "closest values first")
                       .arg(query.namespaceName);
    for (const NearMiss &miss : result.nearMisses) {
        Row row = workloadRow(inventory, miss.id, query);
        row.state = State::NearMiss;
        row.missedKey = miss.label;
        row.cells[StatusColumn] =
            miss.missing ? tr("no label %1 (wants %2)").arg(miss.label, miss.want)
                         : tr("%1 is %2, wants %3").arg(miss.label, miss.have, miss.want);
        near.rows.append(row);
    }
    addNote(&near.rows, result.nearMissTotal);
    setGroups(groups);
}

} // namespace MeshEntry
