#include "fuzztargets.h"
#include "vminventorycsv.h"
#include "workloadimporter.h"
#include "yamlfile.h"

namespace MeshEntry::Fuzz {

/// The workload importers (`kubectl get … -o json|yaml`: Lists, arrays, documents): the text is
/// imported or refused with a message.
QString workloadImport(const QByteArray &input)
{
    const WorkloadImporter importer;
    const WorkloadImporter::Result result =
        importer.importBytes(input, QStringLiteral("pods.json"));
    if (!result.ok && result.error.isEmpty())
        return QStringLiteral("refused without a message");
    if (result.ok && !result.error.isEmpty())
        return QStringLiteral("imported with an error: ") + result.error;
    for (const Workload &workload : result.workloads)
        workload.labels.size();
    return {};
}

/// The VM inventory CSV: rows are read or the text is refused with a reason; the
/// WorkloadEntries of the rows read back, as YAML, as exactly the values the rows describe.
QString vmInventoryCsv(const QByteArray &input)
{
    QList<VmInventoryCsv::Row> rows;
    QString error;
    if (!VmInventoryCsv::parse(input, QStringLiteral("default"), &rows, &error)) {
        if (error.isEmpty())
            return QStringLiteral("refused without a reason");
        return {};
    }
    VmInventoryCsv::validate(&rows, {});
    for (const QByteArray &lineEnding : {QByteArray("\n"), QByteArray("\r\n")}) {
        const YamlFile file = YamlFile::fromBytes(VmInventoryCsv::documents(rows, lineEnding));
        if (file.documentCount() != rows.size())
            return QStringLiteral("%1 rows became %2 documents")
                .arg(rows.size())
                .arg(file.documentCount());
        for (int i = 0; i < rows.size(); ++i) {
            const YamlDocument &document = file.document(i);
            if (document.hasSyntaxErrors())
                return QStringLiteral("the WorkloadEntry of line %1 does not parse: %2")
                    .arg(rows[i].line)
                    .arg(document.syntaxErrors().first().message);
            if (document.tree().documentValue() != VmInventoryCsv::workloadEntry(rows[i]))
                return QStringLiteral("the WorkloadEntry of line %1 reads back as another value")
                    .arg(rows[i].line);
        }
    }
    return {};
}

} // namespace MeshEntry::Fuzz
