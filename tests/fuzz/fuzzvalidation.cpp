#include "fuzztargets.h"
#include "routingmodel.h"
#include "validationworkspace.h"
#include "yamlfile.h"

#include <algorithm>

namespace MeshEntry::Fuzz {

namespace {

QList<Diagnostic> sorted(QList<Diagnostic> diagnostics)
{
    std::sort(diagnostics.begin(), diagnostics.end(), diagnosticLessThan);
    return diagnostics;
}

QString checkSpans(const ValidationWorkspace &workspace, const YamlFile &file)
{
    for (const Diagnostic &diagnostic : workspace.diagnostics()) {
        if (diagnostic.document < 0 || diagnostic.document >= file.documentCount())
            return QStringLiteral("%1 names document %2 of %3")
                .arg(diagnostic.rule)
                .arg(diagnostic.document)
                .arg(file.documentCount());
        const qsizetype size = file.document(diagnostic.document).text().size();
        if (diagnostic.start < 0 || diagnostic.start > diagnostic.end || diagnostic.end > size)
            return QStringLiteral("%1 spans %2..%3 of a %4-byte document")
                .arg(diagnostic.rule)
                .arg(diagnostic.start)
                .arg(diagnostic.end)
                .arg(size);
        if (diagnostic.rule.isEmpty() || diagnostic.message.isEmpty())
            return QStringLiteral("a finding without a rule or message");
        workspace.startPosition(diagnostic);
        workspace.endPosition(diagnostic);
    }
    return {};
}

} // namespace

/**
 * The validator, its cross-document checks and the routing model's conflicts on arbitrary
 * documents: every finding points inside its document, and validating again after an edit
 * (the last document's text copied over the first) finds what a fresh validation finds.
 */
QString validator(const QByteArray &input)
{
    YamlFile file = YamlFile::fromBytes(input);
    RoutingModel routing;
    ValidationWorkspace workspace;
    workspace.setExtension(&routing);
    const int id = workspace.addFile(&file, QStringLiteral("fuzz.yaml"));
    workspace.validateAll();
    if (const QString broken = checkSpans(workspace, file); !broken.isEmpty())
        return broken;
    if (file.documentCount() < 2)
        return {};

    file.setDocumentText(0, file.document(file.documentCount() - 1).text());
    workspace.documentChanged(id, 0);
    if (const QString broken = checkSpans(workspace, file); !broken.isEmpty())
        return QStringLiteral("after an edit: ") + broken;
    RoutingModel freshRouting;
    ValidationWorkspace fresh;
    fresh.setExtension(&freshRouting);
    fresh.addFile(&file, QStringLiteral("fuzz.yaml"));
    fresh.validateAll();
    if (sorted(workspace.diagnostics()) != sorted(fresh.diagnostics()))
        return QStringLiteral("revalidating an edited document differs from validating afresh");
    return {};
}

} // namespace MeshEntry::Fuzz
