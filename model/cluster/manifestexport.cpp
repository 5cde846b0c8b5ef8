#include "manifestexport.h"

#include "documenteditor.h"
#include "yamlfile.h"

namespace MeshEntry::ManifestExport {

namespace {

QByteArray cleanDocument(const YamlDocument &document)
{
    if (document.hasSyntaxErrors())
        return document.text();
    QByteArray text = document.text();
    SpanTree tree = document.tree();
    const auto removeIfPresent = [&](const YamlPath &path) {
        if (tree.find(path) < 0)
            return;
        DocumentEdit edit = DocumentEditor(text, tree).remove(path);
        if (!edit.ok)
            return; // an alias or a flow style the editor will not touch: keep the text
        text = edit.text;
        tree = edit.tree;
    };
    const YamlPath metadata = YamlPath::fromText(QStringLiteral("metadata"));
    for (const char *key :
         {"managedFields", "uid", "resourceVersion", "creationTimestamp", "generation", "selfLink"})
        removeIfPresent(metadata.key(QLatin1String(key)));
    removeIfPresent(YamlPath::fromText(QStringLiteral("status")));
    const YamlPath annotations = metadata.key(QStringLiteral("annotations"));
    removeIfPresent(
        annotations.key(QStringLiteral("kubectl.kubernetes.io/last-applied-configuration")));
    const int node = tree.find(annotations);
    if (node >= 0 && (tree.node(node).empty ||
                      (tree.node(node).isMapping() && tree.node(node).children.isEmpty())))
        removeIfPresent(annotations);
    return text;
}

} // namespace

QByteArray cleanText(const YamlFile &file, const QList<int> &documents)
{
    QList<int> indexes = documents;
    if (indexes.isEmpty())
        for (int i = 0; i < file.documentCount(); ++i)
            indexes.append(i);
    QByteArray out;
    for (const int index : std::as_const(indexes)) {
        const QByteArray text = cleanDocument(file.document(index));
        if (text.trimmed().isEmpty())
            continue;
        if (!out.isEmpty()) {
            if (!out.endsWith('\n'))
                out += '\n';
            const SpanTree tree = SpanTree::parse(text);
            if (tree.documentMarker() < 0)
                out += "---\n";
        }
        out += text;
    }
    if (!out.isEmpty() && !out.endsWith('\n'))
        out += '\n';
    return out;
}

} // namespace MeshEntry::ManifestExport
