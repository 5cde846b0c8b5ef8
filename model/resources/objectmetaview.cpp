#include "objectmetaview.h"

namespace MeshEntry {

namespace {

const ObjectMetaView::Entry *findEntry(const QList<ObjectMetaView::Entry> &entries, QStringView key)
{
    for (const ObjectMetaView::Entry &entry : entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

} // namespace

QList<ObjectMetaView::Entry> ObjectMetaView::readMap(const NodeReader &reader, int node)
{
    QList<Entry> result;
    for (const NodeReader::Entry &entry : reader.entries(node))
        result.append({entry.name,
                       reader.isNull(entry.value) ? QString() : reader.text(entry.value), entry.key,
                       entry.value});
    return result;
}

ObjectMetaView ObjectMetaView::read(const NodeReader &reader, int node)
{
    ObjectMetaView meta;
    meta.node = reader.resolve(node);
    if (meta.node < 0 || !reader.node(meta.node).isMapping())
        return meta;
    meta.name = reader.stringAt(meta.node, u"name");
    meta.namespaceName = reader.stringAt(meta.node, u"namespace");
    meta.labelsNode = reader.presentValue(meta.node, u"labels");
    meta.labels = readMap(reader, meta.labelsNode);
    meta.annotationsNode = reader.presentValue(meta.node, u"annotations");
    meta.annotations = readMap(reader, meta.annotationsNode);
    return meta;
}

const ObjectMetaView::Entry *ObjectMetaView::label(QStringView key) const
{
    return findEntry(labels, key);
}

const ObjectMetaView::Entry *ObjectMetaView::annotation(QStringView key) const
{
    return findEntry(annotations, key);
}

} // namespace MeshEntry
