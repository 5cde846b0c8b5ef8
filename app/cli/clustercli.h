#pragma once

#include "clusterconnection.h"
#include "kubeclient.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <memory>

namespace MeshEntry {

class ManifestBatch;
class YamlFile;
struct Manifest;

/// What every `meshentry cluster …` subcommand shares: kubectl's connection flags, the
/// client, and waiting for asynchronous work in a headless process.
class ClusterCli
{
public:
    ClusterCli();

    /// Adds --kubeconfig, --context, --request-timeout and, when namespaced, -n/--namespace.
    void addOptions(QCommandLineParser *parser, bool namespaced = true) const;
    /// Parses args (after the subcommand); prints errors. Returns -1 to go on, else an exit
    /// code (help printed, usage error).
    int parse(QCommandLineParser *parser, const QStringList &args, const QString &usage);
    /// Loads the kubeconfig and resolves the context; prints why not and returns false.
    bool connect(const QCommandLineParser &parser);

    KubeClient *client() const { return m_client.get(); }
    const KubeConfig &config() const { return m_config; }
    /// -n, else the context's namespace.
    QString namespaceName() const { return m_namespace; }
    bool namespaceGiven() const { return m_namespaceGiven; }

    /// Discovery; prints the error and returns null when it fails.
    const ResourceCatalog *discover();
    /// Runs the event loop until object emits signal (or it is done already).
    template <typename Object, typename Signal>
    static void wait(Object *object, Signal signal, bool done)
    {
        if (done)
            return;
        QEventLoop loop;
        QObject::connect(object, signal, &loop, &QEventLoop::quit);
        loop.exec();
    }
    static void waitFor(ManifestBatch *batch);

    /// Loads FILE ("-" is stdin) for apply, diff and delete; prints the error.
    static int loadManifests(const QString &path, YamlFile *file);
    /// The documents of file as manifests in the chosen namespace; a document naming another
    /// namespace than -n fails, as kubectl refuses it.
    QList<Manifest> manifests(const YamlFile &file) const;
    /// Prints a manifest's failure as kubectl would, followed by FILE:LINE:COL lines for the
    /// fields the server named.
    static void printFailure(const YamlFile &file, const QString &path, const Manifest &manifest,
                             const ClusterError &error);
    static void printWarnings(const QStringList &warnings);
    /// Columns as kubectl's tabwriter writes them: each cell but the last padded to the
    /// column's widest cell plus three spaces.
    static QString table(const QList<QStringList> &rows);

    QCommandLineOption help;
    QCommandLineOption kubeconfig;
    QCommandLineOption context;
    QCommandLineOption namespaceOption;
    QCommandLineOption requestTimeout;

private:
    KubeConfig m_config;
    std::unique_ptr<KubeClient> m_client;
    QString m_namespace;
    bool m_namespaceGiven = false;
};

} // namespace MeshEntry
