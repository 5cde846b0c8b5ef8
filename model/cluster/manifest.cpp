#include "manifest.h"

#include "resourcecatalog.h"
#include "yamlfile.h"

namespace MeshEntry {

QString Manifest::objectName() const
{
    if (resource)
        return resource->qualifiedSingular() + u'/' + name;
    const QString group = apiVersion.contains(u'/') ? apiVersion.section(u'/', 0, 0) : QString();
    return (group.isEmpty() ? kind.toLower() : kind.toLower() + u'.' + group) + u'/' + name;
}

QString Manifest::diffName() const
{
    const QString group = resource ? resource->group : apiVersion.section(u'/', 0, -2);
    const QString version = resource ? resource->version : apiVersion.section(u'/', -1);
    QStringList parts;
    if (!group.isEmpty())
        parts << group;
    parts << version << kind;
    if (!namespaceName.isEmpty())
        parts << namespaceName;
    parts << name;
    return parts.join(u'.');
}

QString Manifest::displayName() const
{
    return namespaceName.isEmpty() ? QStringLiteral("%1 %2").arg(kind, name)
                                   : QStringLiteral("%1 %2/%3").arg(kind, namespaceName, name);
}

void Manifest::resolve(const ResourceCatalog &catalog)
{
    if (error.isError())
        return;
    resource = catalog.find(apiVersion, kind);
    if (!resource) {
        error = ClusterError(
            ClusterError::Kind::NotServed,
            MessageText(QT_TRANSLATE_NOOP(
                            "MeshEntry::Message",
                            "resource mapping not found for name: \"%1\" namespace: \"%2\": no "
                            "matches for kind \"%3\" in version \"%4\"\nensure CRDs are installed "
                            "first"))
                .arg(name, namespaceName, kind, apiVersion));
        return;
    }
    if (!resource->namespaced)
        namespaceName.clear();
}

QList<Manifest> Manifest::fromFile(const YamlFile &file, const QList<int> &documents,
                                   const QString &defaultNamespace)
{
    QList<int> indexes = documents;
    if (indexes.isEmpty()) {
        for (int i = 0; i < file.documentCount(); ++i)
            indexes.append(i);
    }
    QList<Manifest> manifests;
    for (const int index : std::as_const(indexes)) {
        const YamlDocument &document = file.document(index);
        Manifest manifest;
        manifest.document = index;
        manifest.body = document.text();
        const DocumentInfo &info = document.info();
        manifest.apiVersion = info.apiVersion;
        manifest.kind = info.kind;
        manifest.name = info.name;
        manifest.explicitNamespace = !info.namespaceName.isEmpty();
        manifest.namespaceName = manifest.explicitNamespace ? info.namespaceName : defaultNamespace;
        if (document.hasSyntaxErrors()) {
            const YamlError &syntax = document.syntaxErrors().first();
            const FilePosition position = file.position(index, syntax.offset);
            manifest.error = ClusterError(
                ClusterError::Kind::Input,
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                              "error parsing document %1: yaml: line %2: %3"))
                    .arg(index)
                    .arg(position.line + 1)
                    .arg(syntax.message));
        } else if (document.tree().root() < 0) {
            continue; // comments only
        } else if (info.apiVersion.isEmpty() || info.kind.isEmpty()) {
            manifest.error = ClusterError(
                ClusterError::Kind::Input,
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                              "error validating document %1: %2 not set"))
                    .arg(index)
                    .arg(info.apiVersion.isEmpty() ? QStringLiteral("apiVersion")
                                                   : QStringLiteral("kind")));
        } else if (info.name.isEmpty()) {
            manifest.error = ClusterError(
                ClusterError::Kind::Input,
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                              "document %1 (%2) has no metadata.name; server-side "
                                              "apply needs one"))
                    .arg(index)
                    .arg(info.kind));
        }
        manifests.append(manifest);
    }
    return manifests;
}

} // namespace MeshEntry
