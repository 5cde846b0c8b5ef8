#include "editplan.h"

#include "seededrandom.h"

namespace MeshEntry {

EditPlan EditPlan::spread(const YamlFile &file, int count, quint64 seed)
{
    EditPlan plan;
    SeededRandom random(seed ^ 0xED17ED17ULL);
    const int stride = file.documentCount() / count;
    for (int i = 0; i < count; ++i) {
        const int document = i * stride + random.below(stride);
        if (!plan.add(file, document, i % 2, random.below(4)))
            break;
    }
    return plan;
}

bool EditPlan::add(const YamlFile &file, int document, int variant, int choice)
{
    const SpanTree &tree = file.document(document).tree();
    const QString kind = file.document(document).info().kind;
    const YamlPath spec = YamlPath().key(QStringLiteral("spec"));
    const int ports = tree.find(spec.key(QStringLiteral("ports")));
    Edit edit;
    edit.document = document;
    if (variant == 0 && ports >= 0 && tree.node(ports).entryCount() > 0) {
        const YamlNode &portsNode = tree.node(ports);
        const int port = choice % portsNode.entryCount();
        edit.path =
            kind == QLatin1String("ServiceEntry")
                ? spec.key(QStringLiteral("ports")).index(port).key(QStringLiteral("number"))
                : spec.key(QStringLiteral("ports"))
                      .key(tree.node(portsNode.children[port * 2]).value);
    } else if (kind == QLatin1String("ServiceEntry")) {
        edit.path = YamlPath::fromText(QStringLiteral("metadata.labels.app"));
    } else {
        edit.path = spec.key(QStringLiteral("labels")).key(QStringLiteral("version"));
    }
    const int node = tree.find(edit.path);
    if (node < 0 || !tree.node(node).isScalar()) {
        m_error = QStringLiteral("document %1 has no scalar at %2")
                      .arg(document)
                      .arg(edit.path.toString());
        return false;
    }
    const QString old = tree.node(node).value;
    edit.value = variant == 0 ? YamlValue::plain(QString::number(old.toInt() + 1))
                              : YamlValue::string(old + QStringLiteral("-edited"));
    edit.line = file.position(document, tree.node(node).valueStart).line;
    m_edits.append(edit);
    return true;
}

} // namespace MeshEntry
