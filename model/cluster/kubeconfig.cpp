#include "kubeconfig.h"

#include "nodereader.h"
#include "spantree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace MeshEntry {

namespace {

// A problem of a kubeconfig (this file's words) on its line, inside the file's load error.
const char *const onLine = QT_TRANSLATE_NOOP("MeshEntry::Message", "line %1: %2");
const char *const loadingFailed =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "error loading config file \"%1\": %2");
const QList<const char *> kubeconfigTemplates = {
#include "kubeconfig.templates.inc"
};
const NestedMessages lineProblem(onLine, 2, kubeconfigTemplates);
const NestedMessages loadingWhy(loadingFailed, 2, kubeconfigTemplates);
const NestedMessages loadingFileError(loadingFailed, 2, {fileErrorSource});

/// Reads one kubeconfig file's nodes; records the first problem it meets.
class FileReader
{
public:
    FileReader(const QString &path, const QByteArray &bytes, const SpanTree &tree)
        : m_bytes(bytes), m_base(QFileInfo(path).absolutePath()), m_reader(tree)
    {}

    MessageText error;

    int root() const { return m_reader.resolve(m_reader.tree().root()); }

    QString string(int mapping, const char *key)
    {
        const int node = m_reader.presentValue(mapping, QString::fromLatin1(key));
        if (node < 0)
            return QString();
        const JsonType type = m_reader.jsonType(node);
        if (type == JsonType::Object || type == JsonType::Array)
            fail(node, MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 must be a string"))
                           .arg(QLatin1String(key)));
        return m_reader.text(node);
    }

    bool boolean(int mapping, const char *key)
    {
        const int node = m_reader.presentValue(mapping, QString::fromLatin1(key));
        if (node < 0)
            return false;
        if (m_reader.jsonType(node) != JsonType::Boolean) {
            fail(node,
                 MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 must be true or false"))
                     .arg(QLatin1String(key)));
            return false;
        }
        const QString text = m_reader.text(node).toLower();
        return text == u"true" || text == u"yes" || text == u"on" || text == u"y";
    }

    QByteArray base64(int mapping, const char *key)
    {
        const QString text = string(mapping, key);
        if (text.isEmpty())
            return QByteArray();
        const auto decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            fail(m_reader.presentValue(mapping, QString::fromLatin1(key)),
                 MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 is not valid base64"))
                     .arg(QLatin1String(key)));
        return *decoded;
    }

    /// A file reference, made absolute against the folder of the kubeconfig naming it.
    QString path(int mapping, const char *key)
    {
        const QString text = string(mapping, key);
        return text.isEmpty() ? text : resolve(text);
    }

    QString resolve(const QString &reference) const
    {
        return QDir::cleanPath(QDir(m_base).absoluteFilePath(reference));
    }

    int mapping(int parent, const char *key)
    {
        const int node = m_reader.presentValue(parent, QString::fromLatin1(key));
        if (node >= 0 && m_reader.jsonType(node) != JsonType::Object) {
            fail(node, MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 must be a mapping"))
                           .arg(QLatin1String(key)));
            return -1;
        }
        return node;
    }

    QList<int> list(int parent, const char *key)
    {
        const int node = m_reader.presentValue(parent, QString::fromLatin1(key));
        if (node < 0)
            return {};
        if (m_reader.jsonType(node) != JsonType::Array) {
            fail(node, MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 must be a list"))
                           .arg(QLatin1String(key)));
            return {};
        }
        QList<int> items;
        for (const int item : m_reader.items(node)) {
            if (m_reader.jsonType(item) != JsonType::Object)
                fail(item, MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                         "each entry of %1 must be a mapping"))
                               .arg(QLatin1String(key)));
            else
                items.append(item);
        }
        return items;
    }

    QStringList strings(int parent, const char *key)
    {
        QStringList out;
        const int node = m_reader.presentValue(parent, QString::fromLatin1(key));
        if (node < 0)
            return out;
        if (m_reader.jsonType(node) != JsonType::Array) {
            fail(node, MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 must be a list"))
                           .arg(QLatin1String(key)));
            return out;
        }
        for (const int item : m_reader.items(node))
            out.append(m_reader.text(item));
        return out;
    }

    void fail(int node, const MessageText &message)
    {
        if (!error.isEmpty())
            return;
        if (node < 0) {
            error = message;
            return;
        }
        const int line = int(m_bytes.left(m_reader.node(node).start).count('\n')) + 1;
        error = MessageText(onLine).args({QString::number(line), message});
    }

private:
    const QByteArray &m_bytes;
    QString m_base;
    NodeReader m_reader;
};

MessageText loadError(const QString &path, const MessageText &reason)
{
    return MessageText(loadingFailed).args({path, reason});
}

} // namespace

QStringList KubeConfig::defaultPaths()
{
    const QByteArray variable = qgetenv("KUBECONFIG");
    if (variable.isEmpty())
        return {QDir::homePath() + QStringLiteral("/.kube/config")};
    QStringList paths;
    for (const QString &path : QString::fromLocal8Bit(variable).split(u':', Qt::SkipEmptyParts)) {
        if (!paths.contains(path))
            paths.append(path);
    }
    return paths;
}

QStringList KubeConfig::errors() const
{
    QStringList texts;
    for (const MessageText &error : m_errors)
        texts.append(error.text());
    return texts;
}

KubeConfig KubeConfig::load(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return loadFiles({explicitPath}, true);
    return loadFiles(defaultPaths(), false);
}

KubeConfig KubeConfig::loadFiles(const QStringList &paths, bool explicitFile)
{
    KubeConfig config;
    for (const QString &path : paths) {
        if (path.isEmpty())
            continue;
        config.m_searched.append(path);
        QFile file(path);
        if (!file.exists()) {
            if (explicitFile)
                config.m_errors.append(
                    MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                  "stat %1: no such file or directory"))
                        .arg(path));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            config.m_errors.append(loadError(path, fileError(file.errorString())));
            continue;
        }
        // One byte more than allowed tells a file that is too large from one that fits.
        const QByteArray bytes = file.read(maxFileSize + 1);
        if (bytes.size() > maxFileSize) {
            config.m_errors.append(
                loadError(path, MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                              "the file is larger than %1 MiB"))
                                    .arg(maxFileSize >> 20)));
            continue;
        }
        config.addFile(path, bytes);
    }
    return config;
}

KubeConfig KubeConfig::fromBytes(const QString &path, const QByteArray &bytes)
{
    KubeConfig config;
    config.m_searched.append(path);
    config.addFile(path, bytes);
    return config;
}

void KubeConfig::addFile(const QString &path, const QByteArray &bytes)
{
    m_files.append(path);
    if (bytes.trimmed().isEmpty())
        return;
    const SpanTree tree = SpanTree::parse(bytes);
    if (tree.hasErrors()) {
        const YamlError &error = tree.errors().first();
        m_errors.append(loadError(
            path, MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "yaml: line %1: %2"))
                      .args({QString::number(error.line + 1), error.message})));
        return;
    }
    FileReader reader(path, bytes, tree);
    const int root = reader.root();
    if (root < 0)
        return;
    if (NodeReader(tree).jsonType(root) != JsonType::Object) {
        m_errors.append(
            loadError(path, MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                          "a kubeconfig must be a mapping"))));
        return;
    }

    // Within one file a name may appear once (client-go's conversion refuses duplicates);
    // across files the first file that defines a name wins.
    QList<KubeCluster> clusters;
    QList<KubeUser> users;
    QList<KubeContext> contexts;
    QSet<QString> seen;
    const auto duplicate = [&](const char *list, const QString &name) {
        const QString key = QLatin1String(list) + u'/' + name;
        if (seen.contains(key)) {
            reader.error =
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "duplicate name \"%1\" in %2"))
                    .arg(name, QLatin1String(list));
            return true;
        }
        seen.insert(key);
        return false;
    };
    for (const int entry : reader.list(root, "clusters")) {
        KubeCluster cluster;
        cluster.name = reader.string(entry, "name");
        cluster.origin = path;
        const int body = reader.mapping(entry, "cluster");
        if (body >= 0) {
            cluster.server = reader.string(body, "server");
            cluster.certificateAuthority = reader.path(body, "certificate-authority");
            cluster.certificateAuthorityData = reader.base64(body, "certificate-authority-data");
            cluster.insecureSkipTlsVerify = reader.boolean(body, "insecure-skip-tls-verify");
            cluster.tlsServerName = reader.string(body, "tls-server-name");
            cluster.proxyUrl = reader.string(body, "proxy-url");
        }
        if (!duplicate("clusters", cluster.name))
            clusters.append(cluster);
    }
    for (const int entry : reader.list(root, "users")) {
        KubeUser user;
        user.name = reader.string(entry, "name");
        user.origin = path;
        const int body = reader.mapping(entry, "user");
        if (body >= 0) {
            user.token = reader.string(body, "token");
            user.tokenFile = reader.path(body, "tokenFile");
            user.clientCertificate = reader.path(body, "client-certificate");
            user.clientKey = reader.path(body, "client-key");
            user.clientCertificateData = reader.base64(body, "client-certificate-data");
            user.clientKeyData = reader.base64(body, "client-key-data");
            user.username = reader.string(body, "username");
            user.password = reader.string(body, "password");
            const int provider = reader.mapping(body, "auth-provider");
            if (provider >= 0) {
                user.authProvider = reader.string(provider, "name");
                if (user.authProvider.isEmpty())
                    user.authProvider = QStringLiteral("(unnamed)");
            }
            const int exec = reader.mapping(body, "exec");
            if (exec >= 0) {
                KubeExecConfig plugin;
                plugin.apiVersion = reader.string(exec, "apiVersion");
                plugin.command = reader.string(exec, "command");
                if (plugin.command.contains(u'/'))
                    plugin.command = reader.resolve(plugin.command);
                plugin.args = reader.strings(exec, "args");
                for (const int variable : reader.list(exec, "env"))
                    plugin.env.append(
                        {reader.string(variable, "name"), reader.string(variable, "value")});
                plugin.interactiveMode = reader.string(exec, "interactiveMode");
                plugin.provideClusterInfo = reader.boolean(exec, "provideClusterInfo");
                plugin.installHint = reader.string(exec, "installHint");
                user.exec = plugin;
            }
        }
        if (!duplicate("users", user.name))
            users.append(user);
    }
    for (const int entry : reader.list(root, "contexts")) {
        KubeContext context;
        context.name = reader.string(entry, "name");
        context.origin = path;
        const int body = reader.mapping(entry, "context");
        if (body >= 0) {
            context.cluster = reader.string(body, "cluster");
            context.user = reader.string(body, "user");
            context.namespaceName = reader.string(body, "namespace");
        }
        if (!duplicate("contexts", context.name))
            contexts.append(context);
    }
    const QString current = reader.string(root, "current-context");
    if (!reader.error.isEmpty()) {
        m_errors.append(loadError(path, reader.error));
        return;
    }
    const auto addNew = [](auto &into, const auto &from) {
        for (const auto &item : from) {
            const bool known = std::any_of(into.cbegin(), into.cend(),
                                           [&item](const auto &o) { return o.name == item.name; });
            if (!known)
                into.append(item);
        }
    };
    addNew(m_clusters, clusters);
    addNew(m_users, users);
    addNew(m_contexts, contexts);
    if (m_currentContext.isEmpty())
        m_currentContext = current;
}

QList<KubeContext> KubeConfig::contexts() const
{
    QList<KubeContext> sorted = m_contexts;
    std::sort(sorted.begin(), sorted.end(),
              [](const KubeContext &a, const KubeContext &b) { return a.name < b.name; });
    return sorted;
}

namespace {
template <typename T> const T *byName(const QList<T> &list, const QString &name)
{
    for (const T &item : list) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}
} // namespace

const KubeContext *KubeConfig::context(const QString &name) const
{
    return byName(m_contexts, name);
}

const KubeCluster *KubeConfig::cluster(const QString &name) const
{
    return byName(m_clusters, name);
}

const KubeUser *KubeConfig::user(const QString &name) const
{
    return byName(m_users, name);
}

QStringList KubeConfig::secrets() const
{
    QStringList values;
    for (const KubeUser &user : m_users) {
        for (const QString &value : {user.token, user.password})
            if (!value.isEmpty())
                values.append(value);
        if (!user.clientKeyData.isEmpty())
            values.append(QString::fromLatin1(user.clientKeyData));
    }
    return values;
}

} // namespace MeshEntry
