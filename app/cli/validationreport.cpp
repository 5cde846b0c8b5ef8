#include "validationreport.h"

#include "documentvalidator.h"
#include "jsonwriter.h"
#include "ruleregistry.h"
#include "validationworkspace.h"
#include "yamlfile.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace MeshEntry::ValidationReport {

namespace {

QLatin1StringView severityLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QLatin1StringView("error");
    case Severity::Warning:
        return QLatin1StringView("warning");
    case Severity::Info:
        return QLatin1StringView("note");
    }
    return {};
}

QByteArray plural(int count, const char *singular, const char *pluralForm)
{
    return QByteArray::number(count) + ' ' + (count == 1 ? singular : pluralForm);
}

template <typename Findings> QByteArray writeText(const Findings &findings, int files)
{
    QByteArray out;
    out.reserve(findings.size() * 160 + 64);
    int errors = 0;
    int warnings = 0;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        errors += f.diagnostic.severity == Severity::Error;
        warnings += f.diagnostic.severity == Severity::Warning;
        out += f.file.toUtf8();
        out += ':' + QByteArray::number(f.line) + ':' + QByteArray::number(f.column) + ": ";
        out += severityName(f.diagnostic.severity).toLatin1() + ": ";
        out += f.diagnostic.rule.toUtf8() + ": " + f.diagnostic.message.toUtf8();
        if (!f.kind.isEmpty())
            out += " [" + f.kind.toUtf8() + ' ' + f.namespaceName.toUtf8() + '/' + f.name.toUtf8() +
                   ']';
        out += '\n';
    }
    out += plural(errors, "error", "errors") + ", " + plural(warnings, "warning", "warnings") +
           " in " + plural(files, "file", "files") + '\n';
    return out;
}

template <typename Findings>
void writeJson(const Findings &findings, const std::function<void(const QByteArray &)> &out)
{
    constexpr qsizetype piece = 1 << 20;
    JsonWriter writer(piece + 4096);
    writer.beginArray();
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        if (writer.pending() >= piece)
            out(writer.take());
        writer.beginObject();
        writer.member(QLatin1StringView("column"), f.column);
        writer.member(QLatin1StringView("document"), f.diagnostic.document);
        writer.member(QLatin1StringView("endColumn"), f.endColumn);
        writer.member(QLatin1StringView("endLine"), f.endLine);
        writer.member(QLatin1StringView("file"), f.file);
        writer.member(QLatin1StringView("kind"), f.kind);
        writer.member(QLatin1StringView("line"), f.line);
        writer.member(QLatin1StringView("message"), f.diagnostic.message.toString());
        writer.member(QLatin1StringView("name"), f.name);
        writer.member(QLatin1StringView("namespace"), f.namespaceName);
        writer.member(QLatin1StringView("path"), f.diagnostic.path.toString());
        writer.member(QLatin1StringView("rule"), f.diagnostic.rule);
        writer.member(QLatin1StringView("severity"), severityName(f.diagnostic.severity));
        writer.endObject();
    }
    writer.endArray();
    out(writer.take());
}

template <typename Findings> QByteArray writeSarif(const Findings &findings)
{
    // Rules in the order they first fire, as ruleIndex refers to them.
    QList<const Rule *> rules;
    QHash<QString, int> ruleIndex;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        const Rule &rule = RuleRegistry::instance().rule(f.diagnostic.rule);
        if (!ruleIndex.contains(rule.id)) {
            ruleIndex.insert(rule.id, int(rules.size()));
            rules.append(&rule);
        }
    }
    JsonWriter writer(findings.size() * 700 + rules.size() * 600 + 512);
    writer.beginObject();
    writer.member(QLatin1StringView("$schema"),
                  QLatin1StringView("https://json.schemastore.org/sarif-2.1.0.json"));
    writer.key(QLatin1StringView("runs"));
    writer.beginArray();
    writer.beginObject();
    writer.key(QLatin1StringView("results"));
    writer.beginArray();
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        const Rule &rule = RuleRegistry::instance().rule(f.diagnostic.rule);
        writer.beginObject();
        writer.member(QLatin1StringView("level"), severityLevel(f.diagnostic.severity));
        writer.key(QLatin1StringView("locations"));
        writer.beginArray();
        writer.beginObject();
        if (!f.kind.isEmpty()) {
            writer.key(QLatin1StringView("logicalLocations"));
            writer.beginArray();
            writer.beginObject();
            writer.member(QLatin1StringView("fullyQualifiedName"),
                          QStringLiteral("%1/%2/%3").arg(f.kind, f.namespaceName, f.name));
            writer.member(QLatin1StringView("kind"), QLatin1StringView("resource"));
            writer.endObject();
            writer.endArray();
        }
        writer.key(QLatin1StringView("physicalLocation"));
        writer.beginObject();
        writer.key(QLatin1StringView("artifactLocation"));
        writer.beginObject();
        writer.member(QLatin1StringView("uri"), f.file);
        writer.endObject();
        writer.key(QLatin1StringView("region"));
        writer.beginObject();
        writer.member(QLatin1StringView("endColumn"), f.endColumn);
        writer.member(QLatin1StringView("endLine"), f.endLine);
        writer.member(QLatin1StringView("startColumn"), f.column);
        writer.member(QLatin1StringView("startLine"), f.line);
        writer.endObject();
        writer.endObject();
        writer.endObject();
        writer.endArray();
        writer.key(QLatin1StringView("message"));
        writer.beginObject();
        writer.member(QLatin1StringView("text"), f.diagnostic.message.toString());
        writer.endObject();
        writer.member(QLatin1StringView("ruleId"), rule.id);
        writer.member(QLatin1StringView("ruleIndex"), ruleIndex.value(rule.id));
        writer.endObject();
    }
    writer.endArray();
    writer.key(QLatin1StringView("tool"));
    writer.beginObject();
    writer.key(QLatin1StringView("driver"));
    writer.beginObject();
    writer.member(QLatin1StringView("name"), QLatin1StringView("meshentry"));
    writer.key(QLatin1StringView("rules"));
    writer.beginArray();
    for (const Rule *rule : std::as_const(rules)) {
        const auto textObject = [&writer](const QString &text) {
            writer.beginObject();
            writer.member(QLatin1StringView("text"), text);
            writer.endObject();
        };
        writer.beginObject();
        writer.key(QLatin1StringView("defaultConfiguration"));
        writer.beginObject();
        writer.member(QLatin1StringView("level"), severityLevel(rule->severity));
        writer.endObject();
        writer.key(QLatin1StringView("fullDescription"));
        textObject(rule->trigger);
        writer.key(QLatin1StringView("help"));
        textObject(rule->fix);
        writer.member(QLatin1StringView("id"), rule->id);
        writer.member(QLatin1StringView("name"), rule->title);
        writer.key(QLatin1StringView("properties"));
        writer.beginObject();
        writer.member(QLatin1StringView("layer"), RuleRegistry::layerName(rule->layer));
        writer.endObject();
        writer.key(QLatin1StringView("shortDescription"));
        textObject(rule->title);
        writer.endObject();
    }
    writer.endArray();
    writer.member(QLatin1StringView("version"), QCoreApplication::applicationVersion());
    writer.endObject();
    writer.endObject();
    writer.endObject();
    writer.endArray();
    writer.member(QLatin1StringView("version"), QLatin1StringView("2.1.0"));
    writer.endObject();
    return writer.take();
}

} // namespace

bool lessThan(const Finding &a, const Finding &b)
{
    if (a.file != b.file)
        return a.file < b.file;
    if (a.line != b.line)
        return a.line < b.line;
    if (a.column != b.column)
        return a.column < b.column;
    return diagnosticLessThan(a.diagnostic, b.diagnostic);
}

FindingList FindingList::collect(const ValidationWorkspace &workspace,
                                 const QString &defaultNamespace)
{
    FindingList list;
    list.m_defaultNamespace = defaultNamespace;
    list.m_refs.reserve(workspace.diagnosticCount());
    QList<const Diagnostic *> stored;
    for (const int id : workspace.fileIds()) {
        const YamlFile &file = *workspace.file(id);
        const int fileIndex = int(list.m_fileNames.size());
        list.m_fileNames.append(workspace.fileName(id));
        for (int index = 0; index < file.documentCount(); ++index) {
            const DocumentInfo &info = file.document(index).info();
            const bool istio = DocumentValidator::isIstioDocument(info);
            stored.clear();
            workspace.storedDiagnostics(id, index, &stored);
            for (const Diagnostic *diagnostic : std::as_const(stored)) {
                const FilePosition start = workspace.startPosition(*diagnostic);
                const FilePosition end = workspace.endPosition(*diagnostic);
                list.m_refs.append({diagnostic, &info, fileIndex, start.line + 1, start.column + 1,
                                    end.line + 1, end.column + 1, istio});
            }
        }
    }
    const QStringList &names = list.m_fileNames;
    std::sort(list.m_refs.begin(), list.m_refs.end(), [&names](const Ref &a, const Ref &b) {
        if (a.file != b.file && names[a.file] != names[b.file])
            return names[a.file] < names[b.file];
        if (a.line != b.line)
            return a.line < b.line;
        if (a.column != b.column)
            return a.column < b.column;
        return diagnosticLessThan(*a.diagnostic, *b.diagnostic);
    });
    return list;
}

Finding FindingList::at(qsizetype i) const
{
    const Ref &ref = m_refs[i];
    const DocumentInfo &info = *ref.info;
    return {*ref.diagnostic,
            m_fileNames[ref.file],
            ref.line,
            ref.column,
            ref.endLine,
            ref.endColumn,
            ref.istio ? info.kind : QString(),
            info.namespaceName.isEmpty() ? m_defaultNamespace : info.namespaceName,
            info.name};
}

QByteArray text(const QList<Finding> &findings, int files)
{
    return writeText(findings, files);
}

QByteArray FindingList::text(int files) const
{
    return writeText(*this, files);
}

QByteArray json(const QList<Finding> &findings)
{
    QByteArray all;
    all.reserve(findings.size() * 460 + 8);
    json(findings, [&all](const QByteArray &piece) { all += piece; });
    return all;
}

void json(const QList<Finding> &findings, const std::function<void(const QByteArray &)> &out)
{
    writeJson(findings, out);
}

void FindingList::json(const std::function<void(const QByteArray &)> &out) const
{
    writeJson(*this, out);
}

QByteArray sarif(const QList<Finding> &findings)
{
    return writeSarif(findings);
}

QByteArray FindingList::sarif() const
{
    return writeSarif(*this);
}

} // namespace MeshEntry::ValidationReport
