#include "fuzztargets.h"
#include "yamlfile.h"

namespace MeshEntry::Fuzz {

namespace {

/// Offsets that stay inside the text, children that point back at their parent.
QString checkTree(const SpanTree &tree, qsizetype size)
{
    for (int i = 0; i < tree.nodeCount(); ++i) {
        const YamlNode &node = tree.node(i);
        // An empty node (`key:`, a `---` with nothing after it) sits where its value would
        // be, which may lie before its start; only its own bounds must hold.
        const bool ordered =
            node.empty ? node.start <= node.propertiesEnd
                       : node.start <= node.propertiesEnd && node.propertiesEnd <= node.valueStart;
        if (!(0 <= node.start && ordered && 0 <= node.valueStart &&
              node.valueStart <= node.valueEnd && node.valueEnd <= size &&
              node.propertiesEnd <= size))
            return QStringLiteral("node %1 spans %2..%3..%4..%5 in %6 bytes")
                .arg(i)
                .arg(node.start)
                .arg(node.propertiesEnd)
                .arg(node.valueStart)
                .arg(node.valueEnd)
                .arg(size);
        if (node.parent < -1 || node.parent >= tree.nodeCount())
            return QStringLiteral("node %1 has parent %2").arg(i).arg(node.parent);
        // A tree cut short by a syntax error may end on a key without its value.
        if (!tree.hasErrors() && node.isMapping() && node.children.size() % 2 != 0)
            return QStringLiteral("mapping %1 has an odd number of children").arg(i);
        for (const int child : node.children) {
            if (child < 0 || child >= tree.nodeCount() || tree.node(child).parent != i)
                return QStringLiteral("node %1 lists child %2 of another parent").arg(i).arg(child);
        }
        if (node.isAlias() && tree.resolveAlias(i) >= tree.nodeCount())
            return QStringLiteral("alias %1 resolves outside the tree").arg(i);
        tree.pathOf(i);
    }
    return {};
}

} // namespace

/// The document index and node store on arbitrary bytes: every byte comes back, each tree is
/// consistent, and a document parsed on its own means what the indexing pass made of it.
QString documentIndex(const QByteArray &input)
{
    const YamlFile file = YamlFile::fromBytes(input);
    if (file.bytes() != input)
        return QStringLiteral("the file's bytes differ from the input");
    for (int i = 0; i < file.documentCount(); ++i) {
        const YamlDocument &document = file.document(i);
        const SpanTree &tree = document.tree();
        if (const QString broken = checkTree(tree, document.text().size()); !broken.isEmpty())
            return QStringLiteral("document %1: %2").arg(i).arg(broken);
        for (const YamlError &error : document.syntaxErrors()) {
            const FilePosition position = file.position(i, error.offset);
            if (position.line < 0 || position.column < 0)
                return QStringLiteral("document %1: error at line %2 column %3")
                    .arg(i)
                    .arg(position.line)
                    .arg(position.column);
        }
        if (document.hasSyntaxErrors())
            continue;
        const SpanTree alone = SpanTree::parse(document.text());
        if (alone.hasErrors())
            return QStringLiteral("document %1 fails on its own: %2")
                .arg(i)
                .arg(alone.errors().first().message);
        if (alone.documentValue() != tree.documentValue())
            return QStringLiteral("document %1 means something else on its own").arg(i);
    }
    return {};
}

} // namespace MeshEntry::Fuzz
