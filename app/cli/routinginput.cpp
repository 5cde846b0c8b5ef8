#include "routinginput.h"

#include "clioutput.h"
#include "documentvalidator.h"
#include "exitcode.h"
#include "fileloading.h"
#include "meshconfigloader.h"
#include "namespaceinventory.h"

namespace MeshEntry {

RoutingInput::RoutingInput()
    : m_output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
               QStringLiteral("Output format: text or json."), QStringLiteral("FORMAT"),
               QStringLiteral("text")),
      m_meshConfig(QStringLiteral("mesh-config"),
                   QStringLiteral("Mesh settings: a MeshConfig YAML, the istio ConfigMap or an "
                                  "IstioOperator (default: Istio's defaults)."),
                   QStringLiteral("FILE")),
      m_namespaces(QStringLiteral("namespaces"),
                   QStringLiteral("The cluster's namespaces and labels: output of 'kubectl get "
                                  "namespaces -o yaml' (or -o json)."),
                   QStringLiteral("FILE")),
      m_namespace(QStringList{QStringLiteral("n"), QStringLiteral("namespace")},
                  QStringLiteral("Namespace of documents without metadata.namespace (default: "
                                 "default), as kubectl would apply them."),
                  QStringLiteral("NAMESPACE"), QStringLiteral("default")),
      m_fromOption(QStringLiteral("from"),
                   QStringLiteral("Namespace of the sidecar that sends the request."),
                   QStringLiteral("NAMESPACE"))
{}

void RoutingInput::addOptions(QCommandLineParser *parser) const
{
    parser->addOptions({m_output, m_meshConfig, m_namespaces, m_namespace, m_fromOption});
    parser->addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("file, directory or -"),
                                  QStringLiteral("PATH..."));
}

int RoutingInput::load(const QCommandLineParser &parser, const QString &usage)
{
    const QString format = parser.value(m_output);
    if (format != u"text" && format != u"json") {
        CliOutput::error(QStringLiteral("--output must be text or json, not %1").arg(format));
        return ExitUsage;
    }
    m_json = format == u"json";
    m_from = parser.value(m_fromOption);
    if (m_from.isEmpty()) {
        CliOutput::error(QStringLiteral("--from NAMESPACE is required; usage: %1").arg(usage));
        return ExitUsage;
    }
    m_defaultNamespace = parser.value(m_namespace);
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        CliOutput::error(QStringLiteral("usage: %1").arg(usage));
        return ExitUsage;
    }
    if (parser.isSet(m_meshConfig)) {
        MeshConfig mesh;
        QString error;
        if (!MeshConfigLoader::fromFile(parser.value(m_meshConfig), &mesh, &error)) {
            CliOutput::error(error);
            return ExitUnreadable;
        }
        m_model.setMeshConfig(mesh);
    }
    if (parser.isSet(m_namespaces)) {
        NamespaceInventory namespaces;
        QString error;
        if (!namespaces.addFromFile(parser.value(m_namespaces), &error)) {
            CliOutput::error(error);
            return ExitUnreadable;
        }
        m_model.setNamespaceInventory(namespaces);
    }
    QStringList missing;
    const QStringList files = FileLoading::expandPaths(paths, &missing);
    for (const QString &path : std::as_const(missing)) {
        CliOutput::error(QStringLiteral("cannot read %1: no such file or directory").arg(path));
        m_unreadable = true;
    }
    for (const QString &path : files) {
        auto file = std::make_unique<YamlFile>();
        if (FileLoading::load(path, file.get()) != ExitOk) {
            m_unreadable = true;
            continue;
        }
        const int fileIndex = int(m_files.size());
        for (int i = 0; i < file->documentCount(); ++i) {
            const YamlDocument &document = file->document(i);
            const QString ns = document.info().namespaceName.isEmpty()
                                   ? m_defaultNamespace
                                   : document.info().namespaceName;
            m_model.documentRead(int(m_documents.size()), document, ns);
            m_documents.append({fileIndex, i});
        }
        m_names.append(path == QLatin1String("-") ? QStringLiteral("<stdin>") : path);
        m_files.push_back(std::move(file));
    }
    m_model.update();
    return ExitOk;
}

QJsonObject RoutingInput::entryObject(int document) const
{
    const RoutingRegistry::DocumentName name = m_model.registry().documentName(document);
    const Document &at = m_documents.value(document);
    return {{QLatin1String("namespace"), name.namespaceName},
            {QLatin1String("name"), name.name},
            {QLatin1String("file"), m_names.value(at.file)},
            {QLatin1String("document"), at.index}};
}

QString RoutingInput::location(int document, const YamlPath &path) const
{
    if (document < 0 || document >= m_documents.size())
        return QString();
    const Document &at = m_documents[document];
    const YamlFile &file = *m_files[size_t(at.file)];
    const SpanTree &tree = file.document(at.index).tree();
    int node = -1;
    tree.existingPrefix(path, &node);
    const qsizetype offset = node >= 0 ? tree.node(node).start : 0;
    return QStringLiteral("%1:%2")
        .arg(m_names[at.file])
        .arg(file.position(at.index, offset).line + 1);
}

QStringList RoutingInput::errors(int document) const
{
    QStringList out;
    if (document < 0 || document >= m_documents.size())
        return out;
    const Document &at = m_documents[document];
    const YamlFile &file = *m_files[size_t(at.file)];
    if (!DocumentValidator::isIstioDocument(file.document(at.index).info()))
        return out;
    ValidationOptions options;
    options.defaultNamespace = m_defaultNamespace;
    for (const Diagnostic &diagnostic :
         DocumentValidator::validate(file.document(at.index), options).diagnostics) {
        if (diagnostic.severity != Severity::Error)
            continue;
        const FilePosition position = file.position(at.index, diagnostic.start);
        out.append(QStringLiteral("%1: %2 (%3:%4)")
                       .arg(diagnostic.rule, diagnostic.message, m_names[at.file])
                       .arg(position.line + 1));
    }
    return out;
}

} // namespace MeshEntry
