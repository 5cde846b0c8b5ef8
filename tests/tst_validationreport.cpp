#include "documentvalidator.h"
#include "generatedyaml.h"
#include "ruleregistry.h"
#include "validationreport.h"
#include "validationworkspace.h"
#include "yamlfile.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace MeshEntry;
using ValidationReport::Finding;

namespace {

// The writers as they were before the direct JSON writer: QJsonObject per value, then
// QJsonDocument::toJson. Kept here as the reference the new writers must equal byte for byte.

QString severityLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("note");
    }
    return QString();
}

QByteArray referenceJson(const QList<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &f : findings) {
        QJsonObject object;
        object.insert(QLatin1String("file"), f.file);
        object.insert(QLatin1String("line"), f.line);
        object.insert(QLatin1String("column"), f.column);
        object.insert(QLatin1String("endLine"), f.endLine);
        object.insert(QLatin1String("endColumn"), f.endColumn);
        object.insert(QLatin1String("document"), f.diagnostic.document);
        object.insert(QLatin1String("kind"), f.kind);
        object.insert(QLatin1String("namespace"), f.namespaceName);
        object.insert(QLatin1String("name"), f.name);
        object.insert(QLatin1String("path"), f.diagnostic.path.toString());
        object.insert(QLatin1String("rule"), f.diagnostic.rule);
        object.insert(QLatin1String("severity"), severityName(f.diagnostic.severity));
        object.insert(QLatin1String("message"), f.diagnostic.message.toString());
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray referenceSarif(const QList<Finding> &findings)
{
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    QJsonArray results;
    for (const Finding &f : findings) {
        const Rule &rule = RuleRegistry::instance().rule(f.diagnostic.rule);
        if (!ruleIndex.contains(rule.id)) {
            ruleIndex.insert(rule.id, int(rules.size()));
            rules.append(QJsonObject{
                {QLatin1String("id"), rule.id},
                {QLatin1String("name"), rule.title},
                {QLatin1String("shortDescription"),
                 QJsonObject{{QLatin1String("text"), rule.title}}},
                {QLatin1String("fullDescription"),
                 QJsonObject{{QLatin1String("text"), rule.trigger}}},
                {QLatin1String("help"), QJsonObject{{QLatin1String("text"), rule.fix}}},
                {QLatin1String("defaultConfiguration"),
                 QJsonObject{{QLatin1String("level"), severityLevel(rule.severity)}}},
                {QLatin1String("properties"),
                 QJsonObject{{QLatin1String("layer"), RuleRegistry::layerName(rule.layer)}}}});
        }
        QJsonObject location{
            {QLatin1String("physicalLocation"),
             QJsonObject{
                 {QLatin1String("artifactLocation"), QJsonObject{{QLatin1String("uri"), f.file}}},
                 {QLatin1String("region"),
                  QJsonObject{{QLatin1String("startLine"), f.line},
                              {QLatin1String("startColumn"), f.column},
                              {QLatin1String("endLine"), f.endLine},
                              {QLatin1String("endColumn"), f.endColumn}}}}}};
        if (!f.kind.isEmpty())
            location.insert(QLatin1String("logicalLocations"),
                            QJsonArray{QJsonObject{
                                {QLatin1String("fullyQualifiedName"),
                                 QStringLiteral("%1/%2/%3").arg(f.kind, f.namespaceName, f.name)},
                                {QLatin1String("kind"), QStringLiteral("resource")}}});
        results.append(
            QJsonObject{{QLatin1String("ruleId"), rule.id},
                        {QLatin1String("ruleIndex"), ruleIndex.value(rule.id)},
                        {QLatin1String("level"), severityLevel(f.diagnostic.severity)},
                        {QLatin1String("message"),
                         QJsonObject{{QLatin1String("text"), f.diagnostic.message.toString()}}},
                        {QLatin1String("locations"), QJsonArray{location}}});
    }
    const QJsonObject driver{{QLatin1String("name"), QStringLiteral("meshentry")},
                             {QLatin1String("version"), QCoreApplication::applicationVersion()},
                             {QLatin1String("rules"), rules}};
    const QJsonObject run{{QLatin1String("tool"), QJsonObject{{QLatin1String("driver"), driver}}},
                          {QLatin1String("results"), results}};
    const QJsonObject log{
        {QLatin1String("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QLatin1String("version"), QStringLiteral("2.1.0")},
        {QLatin1String("runs"), QJsonArray{run}}};
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

/// The findings `meshentry validate` prints for a set of files, built as it builds them.
QList<Finding> findingsOf(const QList<QPair<QString, QByteArray>> &files)
{
    ValidationWorkspace workspace;
    QList<YamlFile> loaded;
    loaded.reserve(files.size());
    for (const auto &[name, bytes] : files) {
        DocumentObservations validated;
        loaded.append(YamlFile::fromBytes(bytes, nullptr, workspace.validator(), &validated));
        workspace.addFile(&loaded.last(), name, std::move(validated));
    }
    workspace.validateAll();
    QList<Finding> findings;
    for (const Diagnostic &diagnostic : workspace.diagnostics()) {
        const DocumentInfo &info =
            workspace.file(diagnostic.file)->document(diagnostic.document).info();
        const FilePosition start = workspace.startPosition(diagnostic);
        const FilePosition end = workspace.endPosition(diagnostic);
        Finding finding{
            diagnostic,
            workspace.fileName(diagnostic.file),
            start.line + 1,
            start.column + 1,
            end.line + 1,
            end.column + 1,
            info.kind,
            info.namespaceName.isEmpty() ? QStringLiteral("default") : info.namespaceName,
            info.name};
        if (!DocumentValidator::isIstioDocument(info))
            finding.kind.clear();
        findings.append(finding);
    }
    std::sort(findings.begin(), findings.end(), ValidationReport::lessThan);
    return findings;
}

QList<QPair<QString, QByteArray>> corpus()
{
    QList<QPair<QString, QByteArray>> files;
    QDirIterator it(QStringLiteral(MESHENTRY_FIXTURES), {QStringLiteral("*.yaml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile in(it.next());
        if (in.open(QIODevice::ReadOnly))
            files.append({in.fileName(), in.readAll()});
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

/// The direct JSON and SARIF writers against the QJsonDocument path they replaced.
class TestValidationReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7")); }
    void corpusFindingsGiveTheSameBytes();
    void generatedFindingsGiveTheSameBytes();
    void everyEscapeGivesTheSameBytes();
    void noFindingsGiveTheSameBytes();
    void keptFindingsReferToTheWorkspaceAndGiveTheSameBytes();
};

void TestValidationReport::corpusFindingsGiveTheSameBytes()
{
    const QList<Finding> findings = findingsOf(corpus());
    QVERIFY(findings.size() > 50);
    QCOMPARE(ValidationReport::json(findings), referenceJson(findings));
    QCOMPARE(ValidationReport::sarif(findings), referenceSarif(findings));
}

void TestValidationReport::generatedFindingsGiveTheSameBytes()
{
    const QList<Finding> findings =
        findingsOf({{QStringLiteral("généré.yaml"), GeneratedYaml(3).generate(400)}});
    QVERIFY(findings.size() > 200);
    QCOMPARE(ValidationReport::json(findings), referenceJson(findings));
    QCOMPARE(ValidationReport::sarif(findings), referenceSarif(findings));
}

void TestValidationReport::everyEscapeGivesTheSameBytes()
{
    QString awkward = QStringLiteral("quote \" backslash \\ slash / tab \t newline \n return \r "
                                     "bell \x07 form \f back \b nul ");
    awkward += QChar(0);
    awkward += QStringLiteral(" del \x7f é ✓ ") + QString::fromUcs4(U"😀") + u' ';
    awkward += QChar(0xD800); // an unpaired surrogate
    awkward += QStringLiteral(" end ");
    awkward += QChar(0xDFFF);
    QList<Finding> findings = findingsOf(corpus()).mid(0, 3);
    QVERIFY(findings.size() == 3);
    findings[0].diagnostic.message = awkward;
    findings[1].file = awkward;
    findings[1].kind = QStringLiteral("ServiceEntry");
    findings[2].name = awkward;
    findings[2].kind.clear();
    QCOMPARE(ValidationReport::json(findings), referenceJson(findings));
    QCOMPARE(ValidationReport::sarif(findings), referenceSarif(findings));
}

void TestValidationReport::noFindingsGiveTheSameBytes()
{
    QCOMPARE(ValidationReport::json({}), referenceJson({}));
    QCOMPARE(ValidationReport::sarif({}), referenceSarif({}));
    QCOMPARE(ValidationReport::json({}), QByteArray("[\n]\n"));
}

/// What `meshentry validate` keeps per finding until it prints: references into the workspace,
/// 40 bytes instead of a copied Diagnostic with its file and resource names; the same bytes out.
void TestValidationReport::keptFindingsReferToTheWorkspaceAndGiveTheSameBytes()
{
    QCOMPARE(sizeof(ValidationReport::FindingList::Ref), size_t(40));
    QVERIFY(sizeof(Finding) >= 5 * sizeof(ValidationReport::FindingList::Ref));
    QList<QPair<QString, QByteArray>> files = corpus();
    files.append({QStringLiteral("généré.yaml"), GeneratedYaml(3).generate(400)});
    const QList<Finding> copied = findingsOf(files);

    ValidationWorkspace workspace;
    QList<YamlFile> loaded;
    loaded.reserve(files.size());
    for (const auto &[name, bytes] : std::as_const(files)) {
        DocumentObservations validated;
        loaded.append(YamlFile::fromBytes(bytes, nullptr, workspace.validator(), &validated));
        workspace.addFile(&loaded.last(), name, std::move(validated));
    }
    workspace.validateAll();
    const ValidationReport::FindingList kept =
        ValidationReport::FindingList::collect(workspace, QStringLiteral("default"));
    QCOMPARE(kept.size(), copied.size());
    QVERIFY(kept.size() > 250);

    // Each refers to the diagnostic the workspace keeps, not to a copy.
    QSet<const Diagnostic *> stored;
    for (const int file : workspace.fileIds()) {
        for (int index = 0; index < workspace.file(file)->documentCount(); ++index) {
            QList<const Diagnostic *> on;
            workspace.storedDiagnostics(file, index, &on);
            for (const Diagnostic *diagnostic : std::as_const(on))
                stored.insert(diagnostic);
        }
    }
    QCOMPARE(stored.size(), kept.size());
    for (qsizetype i = 0; i < kept.size(); ++i)
        QVERIFY(stored.contains(kept.ref(i).diagnostic));

    QCOMPARE(kept.text(int(files.size())), ValidationReport::text(copied, int(files.size())));
    QByteArray json;
    kept.json([&json](const QByteArray &piece) { json += piece; });
    QCOMPARE(json, ValidationReport::json(copied));
    QCOMPARE(kept.sarif(), ValidationReport::sarif(copied));
}

QTEST_GUILESS_MAIN(TestValidationReport)
#include "tst_validationreport.moc"
