#include "meshconfigloader.h"

#include "eventreader.h"
#include "messagetext.h"
#include "nodereader.h"
#include "yamlfile.h"

#include <QFile>
#include <functional>

namespace MeshEntry {

namespace {

using Locate = std::function<QString(qsizetype offset)>;

/// Reads one MeshConfig mapping into a MeshConfig, collecting every problem with its place.
class MeshReader
{
public:
    MeshReader(const NodeReader &reader, Locate locate, MeshConfig *out)
        : m_reader(reader), m_locate(std::move(locate)), m_out(out)
    {}

    void read(int root)
    {
        if (m_reader.isNull(root))
            return;
        if (m_reader.jsonType(root) != JsonType::Object) {
            fail(root, QStringLiteral("a MeshConfig is a mapping, not %1").arg(typeName(root)));
            return;
        }
        for (const NodeReader::Entry &entry : m_reader.entries(root)) {
            const QString &key = entry.name;
            const int value = entry.value;
            if (m_reader.isNull(value))
                continue;
            if (is(key, "rootNamespace", "root_namespace"))
                readString(value, key, &m_out->rootNamespace);
            else if (is(key, "trustDomain", "trust_domain"))
                readString(value, key, &m_out->trustDomain);
            else if (is(key, "defaultServiceExportTo", "default_service_export_to"))
                readStrings(value, key, &m_out->defaultServiceExportTo);
            else if (is(key, "outboundTrafficPolicy", "outbound_traffic_policy"))
                readOutbound(value, key);
            else if (is(key, "defaultConfig", "default_config"))
                readProxyConfig(value, key);
            else if (is(key, "serviceEntryVisibility", "service_entry_visibility"))
                readVisibility(value, key);
            else if (is(key, "proxyListenPort", "proxy_listen_port"))
                readPort(value, key, &m_out->proxyListenPort);
            else
                m_out->otherKeys.append(key);
        }
    }

    const QStringList &errors() const { return m_errors; }

private:
    static bool is(const QString &key, const char *camel, const char *snake)
    {
        return key == QLatin1String(camel) || key == QLatin1String(snake);
    }

    QString typeName(int node) const
    {
        switch (m_reader.jsonType(node)) {
        case JsonType::Null:
            return QStringLiteral("null");
        case JsonType::String:
            return QStringLiteral("a string");
        case JsonType::Integer:
        case JsonType::Number:
            return QStringLiteral("a number");
        case JsonType::Boolean:
            return QStringLiteral("a boolean");
        case JsonType::Object:
            return QStringLiteral("a mapping");
        case JsonType::Array:
            return QStringLiteral("a list");
        }
        return QString();
    }

    void fail(int node, const QString &message)
    {
        const qsizetype offset = node >= 0 ? m_reader.node(node).valueStart : 0;
        m_errors.append(m_locate(offset) + QStringLiteral(": ") + message);
    }

    bool expect(int node, JsonType type, const QString &path, const char *what)
    {
        if (m_reader.jsonType(node) == type)
            return true;
        fail(
            node,
            QStringLiteral("%1 must be %2, not %3").arg(path, QLatin1String(what), typeName(node)));
        return false;
    }

    void readString(int node, const QString &path, QString *out)
    {
        if (expect(node, JsonType::String, path, "a string"))
            *out = m_reader.text(node);
    }

    void readStrings(int node, const QString &path, QStringList *out)
    {
        if (!expect(node, JsonType::Array, path, "a list of strings"))
            return;
        QStringList values;
        const NodeReader::Items items = m_reader.items(node);
        for (int i = 0; i < items.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!expect(items[i], JsonType::String, itemPath, "a string"))
                return;
            values.append(m_reader.text(items[i]));
        }
        *out = values;
    }

    void readBool(int node, const QString &path, bool *out)
    {
        if (expect(node, JsonType::Boolean, path, "true or false"))
            *out = m_reader.text(node).compare(u"true", Qt::CaseInsensitive) == 0 ||
                   m_reader.text(node).compare(u"yes", Qt::CaseInsensitive) == 0 ||
                   m_reader.text(node).compare(u"on", Qt::CaseInsensitive) == 0 ||
                   m_reader.text(node).compare(u"y", Qt::CaseInsensitive) == 0;
    }

    void readPort(int node, const QString &path, quint32 *out)
    {
        qint64 value = 0;
        bool number = m_reader.integer(node, &value);
        // protobuf JSON also accepts an integer written as a string.
        if (!number && m_reader.jsonType(node) == JsonType::String)
            number = NodeReader::parseInteger(m_reader.text(node), &value);
        if (!number) {
            fail(node, QStringLiteral("%1 must be a number, not %2").arg(path, typeName(node)));
            return;
        }
        // pkg/config/validation/agent:ValidateMeshConfig checks the listen port.
        if (value < 1 || value > 65535) {
            fail(node, QStringLiteral("invalid proxy listen port: port number %1 must be in the "
                                      "range 1..65535")
                           .arg(value));
            return;
        }
        *out = quint32(value);
    }

    NodeReader::Entries mapping(int node, const QString &path)
    {
        if (!expect(node, JsonType::Object, path, "a mapping"))
            return {};
        return m_reader.entries(node);
    }

    void other(const QString &path, const QString &key)
    {
        m_out->otherKeys.append(path + u'.' + key);
    }

    void readOutbound(int node, const QString &path)
    {
        for (const NodeReader::Entry &entry : mapping(node, path)) {
            if (m_reader.isNull(entry.value))
                continue;
            if (entry.name != u"mode") {
                other(path, entry.name);
                continue;
            }
            const QString modePath = path + QStringLiteral(".mode");
            if (!expect(entry.value, JsonType::String, modePath, "a string"))
                continue;
            const QString name = m_reader.text(entry.value);
            if (!MeshConfig::parseOutboundMode(name, &m_out->outboundMode))
                fail(entry.value, QStringLiteral("%1: unknown value \"%2\" (expected ALLOW_ANY, "
                                                 "REGISTRY_ONLY or ALLOW_ANY_DYNAMIC_DNS)")
                                      .arg(modePath, name));
        }
    }

    void readProxyConfig(int node, const QString &path)
    {
        for (const NodeReader::Entry &entry : mapping(node, path)) {
            if (m_reader.isNull(entry.value))
                continue;
            if (!is(entry.name, "proxyMetadata", "proxy_metadata")) {
                other(path, entry.name);
                continue;
            }
            const QString metadataPath = path + u'.' + entry.name;
            // mesh.go:MergeProxyConfig merges proxyMetadata into the defaults (empty here).
            for (const NodeReader::Entry &variable : mapping(entry.value, metadataPath)) {
                const QString variablePath = metadataPath + u'.' + variable.name;
                if (m_reader.isNull(variable.value))
                    continue;
                if (m_reader.jsonType(variable.value) != JsonType::String) {
                    fail(variable.value,
                         QStringLiteral("%1 must be a string, not %2 (quote it: \"%3\")")
                             .arg(variablePath, typeName(variable.value),
                                  m_reader.text(variable.value)));
                    continue;
                }
                m_out->proxyMetadata.insert(variable.name, m_reader.text(variable.value));
            }
        }
    }

    bool readVisibilityName(int node, const QString &path, ServiceEntryVisibility::Visibility *out)
    {
        if (!expect(node, JsonType::String, path, "a string"))
            return false;
        const QString name = m_reader.text(node);
        if (name == u"PUBLIC" || name == u"UNSPECIFIED" || name == u"VISIBILITY_UNSPECIFIED")
            *out = ServiceEntryVisibility::Visibility::Public;
        else if (name == u"NAMESPACE")
            *out = ServiceEntryVisibility::Visibility::Namespace;
        else if (name == u"NONE")
            *out = ServiceEntryVisibility::Visibility::None;
        else {
            fail(node, QStringLiteral("%1: unknown value \"%2\" (expected PUBLIC, NAMESPACE or "
                                      "NONE)")
                           .arg(path, name));
            return false;
        }
        return true;
    }

    void readVisibility(int node, const QString &path)
    {
        ServiceEntryVisibility &visibility = m_out->serviceEntryVisibility;
        if (m_reader.jsonType(node) != JsonType::Object) {
            expect(node, JsonType::Object, path, "a mapping");
            return;
        }
        visibility.configured = true;
        for (const NodeReader::Entry &entry : m_reader.entries(node)) {
            const QString entryPath = path + u'.' + entry.name;
            if (m_reader.isNull(entry.value))
                continue;
            if (is(entry.name, "defaultVisibility", "default_visibility"))
                readVisibilityName(entry.value, entryPath, &visibility.defaultVisibility);
            else if (is(entry.name, "applyToSidecars", "apply_to_sidecars"))
                readBool(entry.value, entryPath, &visibility.applyToSidecars);
            else if (entry.name == u"policies")
                readPolicies(entry.value, entryPath);
            else
                other(path, entry.name);
        }
    }

    void readPolicies(int node, const QString &path)
    {
        if (!expect(node, JsonType::Array, path, "a list"))
            return;
        const NodeReader::Items items = m_reader.items(node);
        for (int i = 0; i < items.size(); ++i) {
            const QString policyPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            ServiceEntryVisibility::Policy policy;
            for (const NodeReader::Entry &entry : mapping(items[i], policyPath)) {
                const QString entryPath = policyPath + u'.' + entry.name;
                if (m_reader.isNull(entry.value))
                    continue;
                if (entry.name == u"visibility") {
                    readVisibilityName(entry.value, entryPath, &policy.visibility);
                } else if (is(entry.name, "matchingRules", "matching_rules")) {
                    if (!expect(entry.value, JsonType::Array, entryPath, "a list"))
                        continue;
                    const NodeReader::Items rules = m_reader.items(entry.value);
                    for (int r = 0; r < rules.size(); ++r)
                        policy.rules.append(
                            readRule(rules[r], QStringLiteral("%1[%2]").arg(entryPath).arg(r)));
                } else {
                    other(policyPath, entry.name);
                }
            }
            m_out->serviceEntryVisibility.policies.append(policy);
        }
    }

    std::optional<LabelSelector> readRule(int node, const QString &path)
    {
        std::optional<LabelSelector> result;
        for (const NodeReader::Entry &entry : mapping(node, path)) {
            const QString entryPath = path + u'.' + entry.name;
            if (!is(entry.name, "namespaceSelector", "namespace_selector")) {
                // serviceentry_visibility.go: an unknown matcher never matches.
                other(path, entry.name);
                continue;
            }
            LabelSelector selector;
            if (!m_reader.isNull(entry.value) && !readSelector(entry.value, entryPath, &selector))
                continue;
            result = selector;
        }
        return result;
    }

    bool readSelector(int node, const QString &path, LabelSelector *selector)
    {
        const int errorsBefore = int(m_errors.size());
        for (const NodeReader::Entry &entry : mapping(node, path)) {
            const QString entryPath = path + u'.' + entry.name;
            if (m_reader.isNull(entry.value))
                continue;
            if (is(entry.name, "matchLabels", "match_labels")) {
                for (const NodeReader::Entry &label : mapping(entry.value, entryPath)) {
                    if (expect(label.value, JsonType::String, entryPath + u'.' + label.name,
                               "a string"))
                        selector->matchLabels.insert(label.name, m_reader.text(label.value));
                }
            } else if (is(entry.name, "matchExpressions", "match_expressions")) {
                if (!expect(entry.value, JsonType::Array, entryPath, "a list"))
                    continue;
                const NodeReader::Items items = m_reader.items(entry.value);
                for (int i = 0; i < items.size(); ++i)
                    readRequirement(items[i], QStringLiteral("%1[%2]").arg(entryPath).arg(i),
                                    selector);
            } else {
                other(path, entry.name);
            }
        }
        return m_errors.size() == errorsBefore;
    }

    void readRequirement(int node, const QString &path, LabelSelector *selector)
    {
        LabelSelector::Requirement requirement;
        int operatorNode = -1;
        for (const NodeReader::Entry &entry : mapping(node, path)) {
            const QString entryPath = path + u'.' + entry.name;
            if (m_reader.isNull(entry.value))
                continue;
            if (entry.name == u"key") {
                readString(entry.value, entryPath, &requirement.key);
            } else if (entry.name == u"operator") {
                operatorNode = entry.value;
                QString name;
                readString(entry.value, entryPath, &name);
                if (!LabelSelector::parseOperator(name, &requirement.op)) {
                    fail(entry.value, QStringLiteral("%1: \"%2\" is not a valid label selector "
                                                     "operator (In, NotIn, Exists, DoesNotExist)")
                                          .arg(entryPath, name));
                    return;
                }
            } else if (entry.name == u"values") {
                readStrings(entry.value, entryPath, &requirement.values);
            } else {
                other(path, entry.name);
            }
        }
        // k8s.io/apimachinery labels.NewRequirement: In and NotIn need values, the others none.
        using Op = LabelSelector::Operator;
        const bool needsValues = requirement.op == Op::In || requirement.op == Op::NotIn;
        if (operatorNode < 0)
            fail(node, QStringLiteral("%1.operator is missing").arg(path));
        else if (requirement.key.isEmpty())
            fail(node, QStringLiteral("%1.key is missing").arg(path));
        else if (needsValues && requirement.values.isEmpty())
            fail(node, QStringLiteral("%1: values must be non-empty for operator %2")
                           .arg(path, LabelSelector::operatorName(requirement.op)));
        else if (!needsValues && !requirement.values.isEmpty())
            fail(node, QStringLiteral("%1: values must be empty for operator %2")
                           .arg(path, LabelSelector::operatorName(requirement.op)));
        else
            selector->matchExpressions.append(requirement);
    }

    const NodeReader &m_reader;
    Locate m_locate;
    MeshConfig *m_out;
    QStringList m_errors;
};

QString place(const QString &source, int line, int column)
{
    return QStringLiteral("%1:%2:%3").arg(source).arg(line + 1).arg(column + 1);
}

/// Where a MeshConfig lives in a document, and how to name a position in it.
struct Found {
    enum class Where { Nothing, Plain, ConfigMap, IstioOperator };
    Where where = Where::Nothing;
    int document = -1;
    int node = -1; ///< the mapping (Plain, IstioOperator) or the data.mesh string (ConfigMap)
    int rank = 0;  ///< the better candidate has the higher rank
};

Found classify(const NodeReader &reader, int object, int document)
{
    Found found;
    found.document = document;
    const QString kind = reader.text(reader.value(object, u"kind"));
    const int metadata = reader.value(object, u"metadata");
    const QString name = reader.text(reader.value(metadata, u"name"));
    if (kind == u"ConfigMap") {
        const int mesh = reader.presentValue(reader.value(object, u"data"), u"mesh");
        if (mesh < 0)
            return found;
        found.where = Found::Where::ConfigMap;
        found.node = mesh;
        // istiod reads the ConfigMap named istio (istio-<revision> for a revision).
        found.rank = name == u"istio" ? 30 : name.startsWith(u"istio-") ? 20 : 10;
    } else if (kind == u"IstioOperator") {
        const int mesh = reader.presentValue(reader.value(object, u"spec"), u"meshConfig");
        if (mesh < 0)
            return found;
        found.where = Found::Where::IstioOperator;
        found.node = mesh;
        found.rank = 5;
    } else if (kind.isEmpty() && reader.value(object, u"apiVersion") < 0) {
        found.where = Found::Where::Plain;
        found.node = object;
        found.rank = 1;
    }
    return found;
}

Found best(const NodeReader &reader, int root, int document)
{
    Found result;
    const int items = reader.presentValue(root, u"items");
    if (reader.text(reader.value(root, u"kind")).endsWith(u"List") && items >= 0) {
        for (const int item : reader.items(items)) {
            const Found candidate = classify(reader, item, document);
            if (candidate.rank > result.rank)
                result = candidate;
        }
        return result;
    }
    return classify(reader, root, document);
}

/// Reads data.mesh, naming file lines: exact for a literal block, else the scalar's line.
bool readEmbedded(const YamlFile &file, const Found &found, const NodeReader &outer,
                  const QString &source, MeshConfig *out, QStringList *errors)
{
    const YamlNode &scalar = outer.node(found.node);
    if (outer.jsonType(found.node) != JsonType::String) {
        const FilePosition at = file.position(found.document, scalar.valueStart);
        errors->append(place(source, at.line, at.column) +
                       QStringLiteral(": data.mesh must be a string holding the MeshConfig YAML"));
        return false;
    }
    const QByteArray inner = outer.text(found.node).toUtf8();
    const QByteArray &documentText = file.document(found.document).text();
    const FilePosition scalarAt = file.position(found.document, scalar.valueStart);
    int firstLine = -1;
    int indent = 0;
    if (scalar.style == YamlNode::Style::Literal) {
        const qsizetype lineEnd = documentText.indexOf('\n', scalar.valueStart);
        if (lineEnd >= 0) {
            firstLine = scalarAt.line + 1;
            qsizetype cursor = lineEnd + 1;
            // Blank lines before the first content line do not set the indentation.
            while (cursor < documentText.size() && documentText.at(cursor) == '\n')
                ++cursor;
            while (cursor + indent < documentText.size() && documentText.at(cursor + indent) == ' ')
                ++indent;
        }
    }
    const Locate locate = [&](qsizetype offset) {
        int line = 0;
        int column = 0;
        lineAndColumn(inner.constData(), inner.size(), offset, &line, &column);
        if (firstLine >= 0)
            return place(source, firstLine + line, indent + column);
        return QStringLiteral("%1:%2: data.mesh line %3, column %4")
            .arg(source)
            .arg(scalarAt.line + 1)
            .arg(line + 1)
            .arg(column + 1);
    };
    const SpanTree tree = SpanTree::parse(inner);
    if (tree.hasErrors()) {
        const YamlError &syntax = tree.errors().first();
        errors->append(locate(syntax.offset) + QStringLiteral(": ") + syntax.message);
        return false;
    }
    const NodeReader reader(tree);
    MeshReader meshReader(reader, locate, out);
    meshReader.read(tree.root());
    *errors += meshReader.errors();
    out->text = inner;
    return errors->isEmpty();
}

/// The text of a block mapping nested in a document, as a document of its own.
QByteArray dedented(const QByteArray &text, const YamlNode &node)
{
    const qsizetype lineStart = text.lastIndexOf('\n', node.valueStart - 1) + 1;
    const qsizetype indent = node.valueStart - lineStart;
    QByteArray out;
    for (const QByteArray &line : text.mid(lineStart, node.valueEnd - lineStart).split('\n')) {
        qsizetype strip = 0;
        while (strip < indent && strip < line.size() && line.at(strip) == ' ')
            ++strip;
        out += line.mid(strip) + '\n';
    }
    return out;
}

} // namespace

bool MeshConfigLoader::fromBytes(const QByteArray &bytes, const QString &source, MeshConfig *out,
                                 QString *error)
{
    const YamlFile file = YamlFile::fromBytes(bytes);
    QStringList errors;
    Found chosen;
    for (int i = 0; i < file.documentCount(); ++i) {
        const YamlDocument &document = file.document(i);
        if (document.hasSyntaxErrors()) {
            const YamlError &syntax = document.syntaxErrors().first();
            const FilePosition at = file.position(i, syntax.offset);
            errors.append(place(source, at.line, at.column) + QStringLiteral(": ") +
                          syntax.message);
            continue;
        }
        const NodeReader reader(document.tree());
        if (document.tree().root() < 0)
            continue;
        const Found candidate = best(reader, document.tree().root(), i);
        if (candidate.rank > chosen.rank)
            chosen = candidate;
    }
    if (!errors.isEmpty()) {
        *error = errors.join(u'\n');
        return false;
    }
    MeshConfig config;
    config.source = source;
    if (chosen.where == Found::Where::Nothing) {
        // An empty file is an empty MeshConfig: Istio's defaults.
        bool empty = true;
        for (int i = 0; i < file.documentCount() && empty; ++i)
            empty = file.document(i).tree().root() < 0;
        if (!empty) {
            *error = QStringLiteral("%1: no mesh settings found: expected a MeshConfig YAML, the "
                                    "istio ConfigMap (data.mesh) or an IstioOperator "
                                    "(spec.meshConfig)")
                         .arg(source);
            return false;
        }
        *out = config;
        return true;
    }
    const YamlDocument &document = file.document(chosen.document);
    const NodeReader reader(document.tree());
    if (chosen.where == Found::Where::ConfigMap) {
        if (!readEmbedded(file, chosen, reader, source, &config, &errors)) {
            *error = errors.join(u'\n');
            return false;
        }
    } else {
        const Locate locate = [&](qsizetype offset) {
            const FilePosition at = file.position(chosen.document, offset);
            return place(source, at.line, at.column);
        };
        MeshReader meshReader(reader, locate, &config);
        meshReader.read(chosen.node);
        if (!meshReader.errors().isEmpty()) {
            *error = meshReader.errors().join(u'\n');
            return false;
        }
        config.text = chosen.where == Found::Where::Plain
                          ? document.text()
                          : dedented(document.text(), reader.node(chosen.node));
    }
    *out = config;
    return true;
}

bool MeshConfigLoader::fromFile(const QString &path, MeshConfig *out, QString *error)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = cannotRead(path, in.errorString()).text();
        return false;
    }
    return fromBytes(in.readAll(), path, out, error);
}

} // namespace MeshEntry
