#include "filefixer.h"

#include "fixregistry.h"
#include "validationworkspace.h"
#include "yamlfile.h"

#include <QSet>

namespace MeshEntry {

namespace {

/// A finding's identity across rounds (its span moves when other fixes change the text).
QString findingKey(const Diagnostic &finding)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(finding.document)
        .arg(finding.rule, finding.path.toString(), finding.message);
}

QList<Diagnostic> validate(const YamlFile &file, const QString &name,
                           const ValidationOptions &options)
{
    ValidationWorkspace workspace(options);
    workspace.addFile(&file, name);
    workspace.validateAll();
    return workspace.diagnostics();
}

} // namespace

FileFixer::FileFixer(ValidationOptions options, QStringList rules)
    : m_options(std::move(options)), m_rules(std::move(rules))
{}

bool FileFixer::wanted(const Diagnostic &finding) const
{
    return FixRegistry::instance().covers(finding.rule) &&
           (m_rules.isEmpty() || m_rules.contains(finding.rule));
}

FileFixer::Result FileFixer::run(YamlFile *file, const QString &name) const
{
    Result result;
    QHash<QString, QString> failed; // finding key → why its fix was not written
    QSet<QString> tried;            // finding keys whose fix was applied once already
    // Each round applies one fix per document, then validates again: fixes of one document
    // would otherwise work on spans the previous one moved.
    for (int round = 0; round < 1000; ++round) {
        QSet<int> changed;
        for (const Diagnostic &finding : validate(*file, name, m_options)) {
            if (!wanted(finding) || changed.contains(finding.document))
                continue;
            const QString key = findingKey(finding);
            if (failed.contains(key))
                continue;
            const QByteArray &text = file->document(finding.document).text();
            const QList<Fix> fixes = FixRegistry::instance().fixesFor(finding, text);
            if (fixes.size() != 1 || fixes.first().choice)
                continue;
            if (tried.contains(key)) {
                failed.insert(key, QStringLiteral("the fix did not resolve the finding"));
                continue;
            }
            DocumentEdit edit = fixes.first().apply(text);
            if (!edit.ok) {
                failed.insert(key, edit.error);
                continue;
            }
            tried.insert(key);
            result.applied.append({finding.document, finding,
                                   file->position(finding.document, finding.start), fixes.first()});
            file->applyEdit(finding.document, std::move(edit));
            changed.insert(finding.document);
        }
        if (changed.isEmpty())
            break;
    }
    for (const Diagnostic &finding : validate(*file, name, m_options)) {
        if (!wanted(finding))
            continue;
        const QList<Fix> fixes =
            FixRegistry::instance().fixesFor(finding, file->document(finding.document).text());
        if (fixes.isEmpty())
            continue;
        Left left{finding.document, finding, {}, failed.value(findingKey(finding))};
        if (fixes.size() > 1 || fixes.first().choice) {
            left.choices = fixes;
            left.reason = QStringLiteral("choose one");
        }
        result.left.append(left);
    }
    return result;
}

} // namespace MeshEntry
