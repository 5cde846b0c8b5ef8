#include "workloadentryview.h"

namespace MeshEntry {

quint32 WorkloadEntryView::uint32Value(const NodeReader &reader, int node)
{
    qint64 value = 0;
    if (reader.integer(node, &value))
        return value >= 0 && value <= 0xFFFFFFFFLL ? quint32(value) : 0;
    if (reader.jsonType(node) == JsonType::String) {
        bool ok = false;
        const quint32 parsed = reader.text(node).toUInt(&ok);
        return ok ? parsed : 0;
    }
    return 0;
}

Located<quint32> WorkloadEntryView::readUInt32(const NodeReader &reader, int mapping,
                                               QStringView key)
{
    Located<quint32> result;
    result.node = reader.presentValue(mapping, key);
    result.value = result.node < 0 ? 0 : uint32Value(reader, result.node);
    return result;
}

WorkloadEntryView WorkloadEntryView::read(const NodeReader &reader, int node)
{
    WorkloadEntryView view;
    view.node = reader.resolve(node);
    if (view.node < 0 || !reader.node(view.node).isMapping())
        return view;
    view.address = reader.stringAt(view.node, u"address");
    view.network = reader.stringAt(view.node, u"network");
    view.locality = reader.stringAt(view.node, u"locality");
    view.serviceAccount = reader.stringAt(view.node, u"serviceAccount");
    view.weight = readUInt32(reader, view.node, u"weight");
    view.portsNode = reader.presentValue(view.node, u"ports");
    for (const NodeReader::Entry &entry : reader.entries(view.portsNode))
        view.ports.append({entry.name, uint32Value(reader, entry.value), entry.key, entry.value});
    view.labelsNode = reader.presentValue(view.node, u"labels");
    view.labels = ObjectMetaView::readMap(reader, view.labelsNode);
    return view;
}

} // namespace MeshEntry
