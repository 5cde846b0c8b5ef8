#include "serviceentryview.h"

#include "fieldtable.h"

namespace MeshEntry {

namespace {

/// An enum as protobuf JSON reads it: a name from the field table, or a number.
Located<int> readEnum(const NodeReader &reader, int mapping, QStringView key, QStringView pattern)
{
    Located<int> result;
    result.node = reader.presentValue(mapping, key);
    if (result.node < 0)
        return result;
    qint64 number = 0;
    if (reader.integer(result.node, &number)) {
        result.value = int(number);
        return result;
    }
    const FieldSpec *spec = FieldTable::forKind(u"ServiceEntry")->field(pattern);
    result.value = int(spec->enumValues.indexOf(reader.text(result.node)));
    return result;
}

} // namespace

QList<Located<QString>> ServiceEntryView::readStrings(const NodeReader &reader, int sequence)
{
    QList<Located<QString>> result;
    for (const int item : reader.items(sequence))
        result.append({reader.text(item), item});
    return result;
}

QString ServiceEntryView::resolutionName() const
{
    const FieldSpec *spec = FieldTable::forKind(u"ServiceEntry")->field(u"spec.resolution");
    return resolution.value >= 0 && resolution.value < spec->enumValues.size()
               ? spec->enumValues[resolution.value]
               : QString();
}

ServiceEntryView ServiceEntryView::read(const NodeReader &reader, int node)
{
    ServiceEntryView view;
    view.node = reader.resolve(node);
    if (view.node < 0 || !reader.node(view.node).isMapping())
        return view;
    view.hostsNode = reader.presentValue(view.node, u"hosts");
    view.hosts = readStrings(reader, view.hostsNode);
    view.addressesNode = reader.presentValue(view.node, u"addresses");
    view.addresses = readStrings(reader, view.addressesNode);
    view.portsNode = reader.presentValue(view.node, u"ports");
    for (const int item : reader.items(view.portsNode)) {
        Port port;
        port.node = item;
        port.number = WorkloadEntryView::readUInt32(reader, item, u"number");
        port.name = reader.stringAt(item, u"name");
        port.protocol = reader.stringAt(item, u"protocol");
        port.targetPort = WorkloadEntryView::readUInt32(reader, item, u"targetPort");
        view.ports.append(port);
    }
    view.location = readEnum(reader, view.node, u"location", u"spec.location");
    view.resolution = readEnum(reader, view.node, u"resolution", u"spec.resolution");
    view.endpointsNode = reader.presentValue(view.node, u"endpoints");
    for (const int item : reader.items(view.endpointsNode))
        view.endpoints.append(WorkloadEntryView::read(reader, item));
    view.workloadSelectorNode = reader.presentValue(view.node, u"workloadSelector");
    view.selectorLabels =
        ObjectMetaView::readMap(reader, reader.presentValue(view.workloadSelectorNode, u"labels"));
    view.exportToNode = reader.presentValue(view.node, u"exportTo");
    view.exportTo = readStrings(reader, view.exportToNode);
    view.subjectAltNames = readStrings(reader, reader.presentValue(view.node, u"subjectAltNames"));
    return view;
}

} // namespace MeshEntry
