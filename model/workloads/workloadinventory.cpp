#include "workloadinventory.h"

#include "nodereader.h"
#include "yamlfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace MeshEntry {

namespace {

void mergeJsonLabels(const QJsonValue &labels, QMap<QString, QString> *out)
{
    const QJsonObject object = labels.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        out->insert(it.key(), it.value().toString());
}

/// Workloads in one JSON object: a Pod, a WorkloadEntry, or a List of them.
void collectJson(const QJsonObject &object, QList<Workload> *out, const QString &source,
                 const QString &defaultNamespace)
{
    const QString kind = object.value(QLatin1String("kind")).toString();
    if (object.value(QLatin1String("items")).isArray()) {
        for (const QJsonValue &item : object.value(QLatin1String("items")).toArray())
            collectJson(item.toObject(), out, source, defaultNamespace);
        return;
    }
    if (kind != u"Pod" && kind != u"WorkloadEntry")
        return;
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    Workload workload;
    workload.kind = kind == u"Pod" ? Workload::Kind::Pod : Workload::Kind::WorkloadEntry;
    workload.name = metadata.value(QLatin1String("name")).toString();
    workload.namespaceName = metadata.value(QLatin1String("namespace")).toString(defaultNamespace);
    workload.source = source;
    if (workload.kind == Workload::Kind::Pod) {
        workload.address = object.value(QLatin1String("status"))
                               .toObject()
                               .value(QLatin1String("podIP"))
                               .toString();
    } else {
        workload.address = spec.value(QLatin1String("address")).toString();
        mergeJsonLabels(spec.value(QLatin1String("labels")), &workload.labels);
    }
    mergeJsonLabels(metadata.value(QLatin1String("labels")), &workload.labels);
    out->append(workload);
}

void mergeYamlLabels(const NodeReader &reader, int labels, QMap<QString, QString> *out)
{
    for (const NodeReader::Entry &entry : reader.entries(labels))
        out->insert(entry.name, reader.text(entry.value));
}

void collectYaml(const NodeReader &reader, int object, QList<Workload> *out, const QString &source,
                 const QString &defaultNamespace)
{
    const int items = reader.presentValue(object, u"items");
    if (items >= 0 && reader.node(items).isSequence()) {
        for (const int item : reader.items(items))
            collectYaml(reader, item, out, source, defaultNamespace);
        return;
    }
    const QString kind = reader.text(reader.value(object, u"kind"));
    if (kind != u"Pod" && kind != u"WorkloadEntry")
        return;
    const int metadata = reader.value(object, u"metadata");
    const int spec = reader.value(object, u"spec");
    Workload workload;
    workload.kind = kind == u"Pod" ? Workload::Kind::Pod : Workload::Kind::WorkloadEntry;
    workload.name = reader.text(reader.value(metadata, u"name"));
    workload.namespaceName = reader.text(reader.value(metadata, u"namespace"));
    if (workload.namespaceName.isEmpty())
        workload.namespaceName = defaultNamespace;
    workload.source = source;
    if (workload.kind == Workload::Kind::Pod) {
        workload.address = reader.text(reader.value(reader.value(object, u"status"), u"podIP"));
    } else {
        workload.address = reader.text(reader.value(spec, u"address"));
        mergeYamlLabels(reader, reader.value(spec, u"labels"), &workload.labels);
    }
    mergeYamlLabels(reader, reader.value(metadata, u"labels"), &workload.labels);
    out->append(workload);
}

} // namespace

int WorkloadInventory::add(const Workload &workload)
{
    const int id = int(m_workloads.size());
    m_workloads.append(workload);
    m_index.insert(id, workload.namespaceName, workload.labels);
    return id;
}

bool WorkloadInventory::addJson(const QByteArray &bytes, const QString &source, QString *error,
                                const QString &defaultNamespace)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: invalid JSON at offset %2: %3")
                     .arg(source)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    QList<Workload> found;
    if (document.isArray()) {
        for (const QJsonValue &value : document.array())
            collectJson(value.toObject(), &found, source, defaultNamespace);
    } else {
        collectJson(document.object(), &found, source, defaultNamespace);
    }
    for (const Workload &workload : found)
        add(workload);
    return true;
}

bool WorkloadInventory::addYaml(const QByteArray &bytes, const QString &source, QString *error,
                                const QString &defaultNamespace)
{
    const YamlFile file = YamlFile::fromBytes(bytes);
    QList<Workload> found;
    for (int i = 0; i < file.documentCount(); ++i) {
        const YamlDocument &document = file.document(i);
        if (document.hasSyntaxErrors()) {
            const YamlError &syntax = document.syntaxErrors().first();
            const FilePosition position = file.position(i, syntax.offset);
            *error = QStringLiteral("%1:%2:%3: %4")
                         .arg(source)
                         .arg(position.line + 1)
                         .arg(position.column + 1)
                         .arg(syntax.message);
            return false;
        }
        const NodeReader reader(document.tree());
        if (document.tree().root() >= 0)
            collectYaml(reader, document.tree().root(), &found, source, defaultNamespace);
    }
    for (const Workload &workload : found)
        add(workload);
    return true;
}

bool WorkloadInventory::addFromBytes(const QByteArray &bytes, const QString &source, QString *error,
                                     const QString &defaultNamespace)
{
    for (const char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '{' || c == '[')
            return addJson(bytes, source, error, defaultNamespace);
        break;
    }
    return addYaml(bytes, source, error, defaultNamespace);
}

bool WorkloadInventory::addFromFile(const QString &path, QString *error,
                                    const QString &defaultNamespace)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, in.errorString());
        return false;
    }
    return addFromBytes(in.readAll(), path, error, defaultNamespace);
}

QList<int> WorkloadInventory::select(const QString &namespaceName,
                                     const QMap<QString, QString> &selector) const
{
    return m_index.select(namespaceName, selector);
}

bool WorkloadInventory::matchesAny(const QString &namespaceName,
                                   const QMap<QString, QString> &selector) const
{
    return m_index.matchesAny(namespaceName, selector);
}

} // namespace MeshEntry
