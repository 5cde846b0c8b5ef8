#include "clustercli.h"

#include "clioutput.h"
#include "execcredentials.h"
#include "exitcode.h"
#include "fileloading.h"
#include "manifest.h"
#include "manifestbatch.h"
#include "serverfindings.h"
#include "yamlfile.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <unistd.h>

namespace MeshEntry {

ClusterCli::ClusterCli()
    : help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
           QStringLiteral("Show this help.")),
      kubeconfig(QStringLiteral("kubeconfig"),
                 QStringLiteral(
                     "Use this kubeconfig file alone (default: KUBECONFIG, else ~/.kube/config)."),
                 QStringLiteral("FILE")),
      context(QStringLiteral("context"),
              QStringLiteral("The kubeconfig context to use (default: its current-context)."),
              QStringLiteral("NAME")),
      namespaceOption(QStringList{QStringLiteral("n"), QStringLiteral("namespace")},
                      QStringLiteral("The namespace (default: the context's, else default)."),
                      QStringLiteral("NS")),
      requestTimeout(
          QStringLiteral("request-timeout"),
          QStringLiteral("Give up on a request after this long: 30s, 1m, 500ms (default 30s)."),
          QStringLiteral("DURATION"), QStringLiteral("30s"))
{}

void ClusterCli::addOptions(QCommandLineParser *parser, bool namespaced) const
{
    parser->addOptions({help, kubeconfig, context, requestTimeout});
    if (namespaced)
        parser->addOption(namespaceOption);
}

int ClusterCli::parse(QCommandLineParser *parser, const QStringList &args, const QString &usage)
{
    if (!parser->parse(args)) {
        CliOutput::error(parser->errorText());
        return ExitUsage;
    }
    if (parser->isSet(help)) {
        CliOutput::help(*parser, usage);
        return ExitOk;
    }
    return -1;
}

bool ClusterCli::connect(const QCommandLineParser &parser)
{
    // An interactive exec plugin may use the terminal the CLI runs in, as under kubectl.
    ExecCredentialSource::setTerminalAvailable(isatty(STDIN_FILENO));
    m_config = KubeConfig::load(parser.value(kubeconfig));
    QString error;
    const auto connection = ClusterConnection::resolve(m_config, parser.value(context), &error);
    if (!connection) {
        CliOutput::error(error);
        return false;
    }
    static const QRegularExpression duration(QStringLiteral("^(\\d+)(ms|s|m|h)?$"));
    const QRegularExpressionMatch match = duration.match(parser.value(requestTimeout));
    if (!match.hasMatch() || match.captured(1).toLongLong() <= 0) {
        CliOutput::error(QStringLiteral("invalid --request-timeout %1: use a duration such as 30s")
                             .arg(parser.value(requestTimeout)));
        return false;
    }
    const QString unit = match.captured(2);
    const qint64 amount = match.captured(1).toLongLong();
    const qint64 milliseconds = unit == u"ms"  ? amount
                                : unit == u"m" ? amount * 60000
                                : unit == u"h" ? amount * 3600000
                                               : amount * 1000;
    m_client = std::make_unique<KubeClient>(*connection);
    m_client->setTimeout(int(qMin<qint64>(milliseconds, std::numeric_limits<int>::max())));
    m_namespaceGiven = parser.isSet(namespaceOption);
    m_namespace = m_namespaceGiven ? parser.value(namespaceOption) : connection->defaultNamespace();
    if (connection->credentialsWithheld())
        CliOutput::error(
            QStringLiteral("warning: %1 is plain http: the credentials of user \"%2\" are not sent")
                .arg(connection->server().toString(), connection->userName()));
    return true;
}

const ResourceCatalog *ClusterCli::discover()
{
    const ResourceCatalog *catalog = nullptr;
    ClusterError error;
    bool done = false;
    QEventLoop loop;
    m_client->discover(&loop, [&](const ResourceCatalog *result, const ClusterError &failure) {
        catalog = result;
        error = failure;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    if (!catalog)
        CliOutput::error(error.text());
    return catalog;
}

void ClusterCli::waitFor(ManifestBatch *batch)
{
    wait(batch, &ManifestBatch::finished, !batch->isRunning());
}

int ClusterCli::loadManifests(const QString &path, YamlFile *file)
{
    return FileLoading::load(path, file);
}

QList<Manifest> ClusterCli::manifests(const YamlFile &file) const
{
    QList<Manifest> list = Manifest::fromFile(file, {}, m_namespace);
    for (Manifest &manifest : list) {
        if (m_namespaceGiven && manifest.explicitNamespace &&
            manifest.namespaceName != m_namespace && !manifest.error.isError())
            manifest.error = ClusterError(
                ClusterError::Kind::Input,
                QStringLiteral("the namespace from the provided object \"%1\" does not match the "
                               "namespace \"%2\". You must pass '--namespace=%1' to perform this "
                               "operation.")
                    .arg(manifest.namespaceName, m_namespace));
    }
    return list;
}

void ClusterCli::printFailure(const YamlFile &file, const QString &path, const Manifest &manifest,
                              const ClusterError &error)
{
    CliOutput::error(error.text());
    if (manifest.document < 0 || error.kind() != ClusterError::Kind::Server)
        return;
    const YamlDocument &document = file.document(manifest.document);
    const QString shown = path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
    for (const Diagnostic &diagnostic :
         ServerFindings::diagnostics(error, document.text(), document.tree(), manifest.document)) {
        const FilePosition position = file.position(manifest.document, diagnostic.start);
        CliOutput::error(
            QStringLiteral("%1:%2:%3: %4: %5: %6")
                .arg(shown)
                .arg(position.line + 1)
                .arg(position.column + 1)
                .arg(severityName(diagnostic.severity), diagnostic.rule, diagnostic.message));
    }
}

QString ClusterCli::table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], row[i].size());
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            text += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 3) : row[i];
        text += u'\n';
    }
    return text;
}

void ClusterCli::printWarnings(const QStringList &warnings)
{
    for (const QString &warning : warnings) {
        const QByteArray line = QStringLiteral("Warning: %1\n").arg(warning).toUtf8();
        fwrite(line.constData(), 1, size_t(line.size()), stderr);
    }
}

} // namespace MeshEntry
