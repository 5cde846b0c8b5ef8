#include "schemachecks.h"

#include "istiopredicates.h"
#include "validationcontext.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <climits>

namespace MeshEntry::SchemaChecks {

namespace {

using IstioPredicates::goQuote;

constexpr qint64 maxUInt32 = 0xFFFFFFFFLL;

QString jsonTypeName(JsonType type)
{
    switch (type) {
    case JsonType::Null:
        return QStringLiteral("null");
    case JsonType::String:
        return QStringLiteral("string");
    case JsonType::Integer:
        return QStringLiteral("integer");
    case JsonType::Number:
        return QStringLiteral("number");
    case JsonType::Boolean:
        return QStringLiteral("boolean");
    case JsonType::Object:
        return QStringLiteral("object");
    case JsonType::Array:
        return QStringLiteral("array");
    }
    return QString();
}

/// The CRD rule id for a field's count, length, range or enum limit.
QString limitRule(QStringView kind, QStringView pattern)
{
    static const QHash<QString, QString> serviceEntry = {
        {QStringLiteral("spec.hosts"), QStringLiteral("CRD-SE-HOSTS-COUNT")},
        {QStringLiteral("spec.addresses"), QStringLiteral("CRD-SE-ADDRESSES")},
        {QStringLiteral("spec.addresses[]"), QStringLiteral("CRD-SE-ADDRESSES")},
        {QStringLiteral("spec.ports"), QStringLiteral("CRD-SE-PORTS-LISTMAP")},
        {QStringLiteral("spec.ports[].name"), QStringLiteral("CRD-SE-PORT-STRLEN")},
        {QStringLiteral("spec.ports[].protocol"), QStringLiteral("CRD-SE-PORT-STRLEN")},
        {QStringLiteral("spec.ports[].number"), QStringLiteral("CRD-SE-PORT-NUMBER-RANGE")},
        {QStringLiteral("spec.ports[].targetPort"), QStringLiteral("CRD-SE-PORT-TARGET-RANGE")},
        {QStringLiteral("spec.location"), QStringLiteral("CRD-SE-LOCATION-ENUM")},
        {QStringLiteral("spec.resolution"), QStringLiteral("CRD-SE-RESOLUTION-ENUM")},
        {QStringLiteral("spec.endpoints"), QStringLiteral("CRD-SE-ENDPOINTS-COUNT")},
        {QStringLiteral("spec.workloadSelector.labels"), QStringLiteral("CRD-SE-SELECTOR-LABELS")},
        {QStringLiteral("spec.workloadSelector.labels.*"),
         QStringLiteral("CRD-SE-SELECTOR-LABELS")}};
    static const QHash<QString, QString> workload = {
        {QStringLiteral("address"), QStringLiteral("CRD-WE-ADDRESS-LEN")},
        {QStringLiteral("ports"), QStringLiteral("CRD-WE-PORTS")},
        {QStringLiteral("ports.*"), QStringLiteral("CRD-WE-PORTS")},
        {QStringLiteral("labels"), QStringLiteral("CRD-WE-LABELS")},
        {QStringLiteral("network"), QStringLiteral("CRD-WE-STRLEN")},
        {QStringLiteral("locality"), QStringLiteral("CRD-WE-STRLEN")},
        {QStringLiteral("serviceAccount"), QStringLiteral("CRD-WE-STRLEN")},
        {QStringLiteral("weight"), QStringLiteral("CRD-WE-WEIGHT")}};
    const QStringView endpointPrefix = u"spec.endpoints[].";
    if (kind == u"ServiceEntry" && !pattern.startsWith(endpointPrefix))
        return serviceEntry.value(pattern.toString(), QStringLiteral("CRD-TYPES"));
    const QStringView rest =
        pattern.startsWith(endpointPrefix) ? pattern.mid(endpointPrefix.size()) : pattern.mid(5);
    return workload.value(rest.toString(), QStringLiteral("CRD-TYPES"));
}

QString requiredRule(QStringView pattern)
{
    if (pattern == u"spec")
        return QStringLiteral("CRD-SPEC-REQUIRED");
    if (pattern == u"spec.hosts")
        return QStringLiteral("CRD-SE-HOSTS-REQUIRED");
    if (pattern == u"spec.ports[].name" || pattern == u"spec.ports[].number")
        return QStringLiteral("CRD-SE-PORTS-LISTMAP");
    return QString();
}

bool isLabelMapValue(QStringView pattern)
{
    return pattern.endsWith(u"labels.*") || pattern.endsWith(u"annotations.*");
}

/// isLabelMapValue() of every entry of a table, worked out once per table.
class LabelValues
{
public:
    explicit LabelValues(const FieldTable &fields)
    {
        for (const FieldSpec &spec : fields.fields())
            m_values.append(isLabelMapValue(spec.path));
    }
    bool at(int index) const { return m_values[index]; }

private:
    QList<bool> m_values;
};

const LabelValues &labelValues(const FieldTable &fields)
{
    static const LabelValues serviceEntry(*FieldTable::forKind(u"ServiceEntry"));
    static const LabelValues workloadEntry(*FieldTable::forKind(u"WorkloadEntry"));
    return &fields == FieldTable::forKind(u"ServiceEntry") ? serviceEntry : workloadEntry;
}

/// Plain decimal as written by humans: no sign, base prefix, underscore or
/// leading zero.
bool isPlainDecimal(YamlText text)
{
    if (text.isEmpty() || (text.size() > 1 && text.front() == '0'))
        return false;
    for (const char c : text.bytes()) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

class Walker
{
public:
    explicit Walker(ValidationContext &context)
        : m_context(context), m_reader(context.reader()), m_fields(context.fields()),
          m_labelValues(labelValues(context.fields()))
    {}

    void run()
    {
        checkDuplicateKeys();
        object(-1, m_context.root(), false);
    }

private:
    QString pathText(int node) const { return m_context.tree().pathOf(node).toString(); }

    void schemaType(int node, const QString &expected, JsonType actual)
    {
        const QString path = pathText(node);
        const QString type = jsonTypeName(actual);
        m_context.report(u"CRD-TYPES",
                         MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                       "%1: Invalid value: \"%2\": %1 in body "
                                                       "must be of type %3: \"%2\""))
                             .arg(path, type, expected),
                         node);
    }

    void decodeError(int node, const MessageText &message)
    {
        m_context.decodeFailed = true;
        m_context.report(u"DECODE-TYPE", message, node);
    }

    void scalarDecodeError(int node, const QString &protoType)
    {
        decodeError(node,
                    MessageText(QT_TRANSLATE_NOOP(
                                    "MeshEntry::Message",
                                    "error decoding configuration: invalid value for %1 type: %2"))
                        .arg(protoType, m_reader.jsonToken(node)));
    }

    void typingTrap(int node, bool key)
    {
        const SpanTree &tree = m_context.tree();
        if (tree.style(node) != YamlNode::Style::Plain || !tree.tagOf(node).isEmpty() ||
            tree.text(node).isEmpty())
            return;
        const JsonType type = tree.jsonTypeOf(node);
        // One template per reading and side, so that each translates as one
        // sentence.
        const QString text = tree.text(node).toString();
        MessageText message;
        qint64 number = 0;
        switch (type) {
        case JsonType::Boolean:
            message = key ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                          "Kubernetes reads the unquoted key "
                                                          "%1 as the boolean %2, not as "
                                                          "the string \"%1\": quote it"))
                          : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                          "Kubernetes reads the unquoted value "
                                                          "%1 as the boolean %2, not as "
                                                          "the string \"%1\": quote it"));
            message = message.arg(text, m_reader.jsonToken(node));
            break;
        case JsonType::Integer:
            m_reader.integer(node, &number);
            message = key ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                          "Kubernetes reads the unquoted key "
                                                          "%1 as the integer %2, not as "
                                                          "the string \"%1\": quote it"))
                          : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                          "Kubernetes reads the unquoted value "
                                                          "%1 as the integer %2, not as "
                                                          "the string \"%1\": quote it"));
            message = message.arg(text, QString::number(number));
            break;
        case JsonType::Number:
            message = key ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                          "Kubernetes reads the unquoted "
                                                          "key %1 as the number %1, not as "
                                                          "the string \"%1\": quote it"))
                          : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                          "Kubernetes reads the unquoted value "
                                                          "%1 as the number %1, not as "
                                                          "the string \"%1\": quote it"));
            message = message.arg(text);
            break;
        case JsonType::Null:
            message = key ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                          "Kubernetes reads the unquoted key "
                                                          "%1 as null, not as the string "
                                                          "\"%1\": quote it"))
                          : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                          "Kubernetes reads the unquoted "
                                                          "value %1 as null, not as the "
                                                          "string \"%1\": quote it"));
            message = message.arg(text);
            break;
        default:
            return;
        }
        const SourceSpan span = key ? m_context.keySpan(node) : m_context.spanOf(node);
        m_context.reportAt(u"ME-YAML11-TYPING", message, span);
    }

    void integerTrap(int node)
    {
        const SpanTree &tree = m_context.tree();
        qint64 number = 0;
        if (tree.style(node) != YamlNode::Style::Plain || !tree.tagOf(node).isEmpty())
            return;
        const YamlText text = tree.text(node);
        if (isPlainDecimal(text) || tree.jsonTypeOf(node) != JsonType::Integer ||
            !m_reader.integer(node, &number))
            return;
        // Floats that happen to be whole (1e3, 80.0) and signed numbers are not
        // base traps.
        const bool hex = text.startsWith("0x") || text.startsWith("0X");
        if (text.contains('.') || text.startsWith("-") || text.startsWith("+") ||
            (!hex && (text.contains('e') || text.contains('E'))))
            return;
        m_context.report(
            u"ME-YAML11-TYPING",
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "Kubernetes reads %1 as the integer %2: write the "
                                          "number in plain decimal"))
                .arg(text.toString())
                .arg(number),
            node);
    }

    void checkString(int index, int node, JsonType type, bool element, bool inSpec)
    {
        const FieldSpec &spec = m_fields.at(index);
        if (element && m_labelValues.at(index))
            typingTrap(node, false);
        if (type != JsonType::String) {
            schemaType(node, QStringLiteral("string"), type);
            if (inSpec)
                scalarDecodeError(node, QStringLiteral("string"));
            return;
        }
        if (spec.maxLength < 0)
            return;
        const QString text = m_reader.text(node);
        if (text.size() * 3 > spec.maxLength && text.toUtf8().size() > spec.maxLength)
            m_context.report(
                limitRule(m_context.kind(), spec.path),
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                              "%1: Too long: may not be longer than %2"))
                    .arg(pathText(node))
                    .arg(spec.maxLength),
                node);
    }

    void checkInteger(int index, int node, JsonType type, bool inSpec)
    {
        const FieldSpec &spec = m_fields.at(index);
        qint64 value = 0;
        const bool isInteger = m_reader.integer(node, &value);
        if (type != JsonType::Integer) {
            schemaType(node, QStringLiteral("integer"), type);
        } else if (value > maxUInt32 || value < 0) {
            m_context.report(
                limitRule(m_context.kind(), spec.path),
                (value < 0
                     ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                     "%1: Invalid value: %2: %1 in body should be "
                                                     "greater than or equal to 0"))
                     : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                     "%1: Invalid value: %2: %1 in body should be "
                                                     "less than or equal to 4294967295")))
                    .arg(pathText(node))
                    .arg(value),
                node);
        }
        if (isInteger)
            integerTrap(node);
        if (!inSpec)
            return;
        bool decodes = isInteger && value >= 0 && value <= maxUInt32;
        if (type == JsonType::String) {
            bool ok = false;
            m_reader.text(node).toUInt(&ok);
            decodes = ok;
        }
        if (!decodes)
            scalarDecodeError(node, QStringLiteral("uint32"));
    }

    void checkEnum(int index, int node, JsonType type, bool inSpec)
    {
        const FieldSpec &spec = m_fields.at(index);
        const QString text = m_reader.text(node);
        if (type != JsonType::String) {
            schemaType(node, QStringLiteral("string"), type);
        } else if (!spec.enumValues.contains(text)) {
            QStringList quoted;
            for (const QString &value : spec.enumValues)
                quoted.append(goQuote(value));
            m_context.report(
                limitRule(m_context.kind(), spec.path),
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                              "%1: Unsupported value: %2: supported values: %3"))
                    .arg(pathText(node), goQuote(text), quoted.join(QStringLiteral(", "))),
                node);
        }
        if (!inSpec)
            return;
        qint64 number = 0;
        if (type == JsonType::String && !spec.enumValues.contains(text)) {
            m_context.decodeFailed = true;
            m_context.report(u"DECODE-ENUM",
                             MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                           "error decoding configuration: invalid "
                                                           "value for enum type: %1 "
                                                           "(%2 takes %3)"))
                                 .arg(m_reader.jsonToken(node), spec.name(),
                                      spec.enumValues.join(QStringLiteral(", "))),
                             node);
        } else if (type != JsonType::String &&
                   !(m_reader.integer(node, &number) && number >= INT_MIN && number <= INT_MAX)) {
            scalarDecodeError(node, QStringLiteral("enum"));
        }
    }

    void checkCount(int index, int node, qsizetype count)
    {
        const FieldSpec &spec = m_fields.at(index);
        if (spec.minItems >= 0 && count < spec.minItems)
            m_context.report(
                limitRule(m_context.kind(), spec.path),
                MessageText(
                    QT_TRANSLATE_NOOP("MeshEntry::Message",
                                      "%1: Invalid value: %2: %1 in body should have at least %3 "
                                      "items"))
                    .arg(pathText(node))
                    .arg(count)
                    .arg(spec.minItems),
                node);
        if (spec.maxItems >= 0 && count > spec.maxItems)
            m_context.report(
                limitRule(m_context.kind(), spec.path),
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                              "%1: Too many: %2: must have at most %3 items"))
                    .arg(pathText(node))
                    .arg(count)
                    .arg(spec.maxItems),
                node);
    }

    void value(int index, int node, bool element, bool inSpec)
    {
        const FieldSpec &spec = m_fields.at(index);
        const JsonType type = m_reader.jsonType(node);
        if ((type == JsonType::Null && !element) || spec.type == FieldType::Any)
            return;
        switch (spec.type) {
        case FieldType::String:
            checkString(index, node, type, element, inSpec);
            return;
        case FieldType::Integer:
            checkInteger(index, node, type, inSpec);
            return;
        case FieldType::Enum:
            checkEnum(index, node, type, inSpec);
            return;
        case FieldType::Object:
        case FieldType::Map:
        case FieldType::List:
            break;
        case FieldType::Any:
            return;
        }
        const bool list = spec.type == FieldType::List;
        if (type != (list ? JsonType::Array : JsonType::Object)) {
            schemaType(node, list ? QStringLiteral("array") : QStringLiteral("object"), type);
            if (inSpec)
                decodeError(node,
                            MessageText(QT_TRANSLATE_NOOP(
                                            "MeshEntry::Message",
                                            "error decoding configuration: unexpected token %1"))
                                .arg(m_reader.jsonToken(node)));
            return;
        }
        if (spec.type == FieldType::Object) {
            object(index, node, inSpec);
        } else if (list) {
            const NodeReader::Items items = m_reader.items(node);
            checkCount(index, node, items.size());
            for (const int item : items)
                value(m_fields.element(index), item, true, inSpec);
        } else {
            const NodeReader::Entries entries = m_reader.entries(node);
            checkCount(index, node, entries.size());
            const int element = m_fields.element(index);
            const bool labels = m_labelValues.at(element);
            for (const NodeReader::Entry &entry : entries) {
                if (labels)
                    typingTrap(entry.key, true);
                value(element, entry.value, true, inSpec);
            }
        }
    }

    void unknownField(const NodeReader::Entry &entry, int parent, bool inSpec)
    {
        const SourceSpan span = m_context.keySpan(entry.key);
        m_context.reportAt(u"CRD-TYPES",
                           MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                         "strict decoding error: unknown field %1"))
                               .arg(goQuote(span.path.toString())),
                           span);
        if (inSpec)
            m_context.reportAt(
                u"DECODE-UNKNOWN-FIELD",
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                              "cannot parse proto message: unknown field %1 in %2"))
                    .arg(goQuote(entry.name.toString()),
                         parent < 0 ? m_context.kind() : m_fields.at(parent).path),
                span);
    }

    void object(int index, int node, bool inSpec)
    {
        const NodeReader::Entries entries = m_reader.entries(node);
        QVarLengthArray<int, 16> present;
        for (const NodeReader::Entry &entry : entries) {
            const int child = m_fields.child(index, entry.name);
            if (child < 0) {
                unknownField(entry, index, inSpec);
                continue;
            }
            if (!m_reader.isNull(entry.value))
                present.append(child);
            value(child, entry.value, false, inSpec || (index < 0 && entry.name == u"spec"));
        }
        for (const int child : m_fields.childIndexes(index)) {
            const FieldSpec &spec = m_fields.at(child);
            if (!spec.required ||
                std::find(present.cbegin(), present.cend(), child) != present.cend())
                continue;
            const QString rule = requiredRule(spec.path);
            if (rule.isEmpty())
                continue;
            const QString prefix = index < 0 ? QString() : pathText(node) + u'.';
            m_context.report(
                rule,
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "%1%2: Required value"))
                    .arg(prefix, spec.name()),
                index < 0 ? -1 : node);
        }
    }

    void checkDuplicateKeys()
    {
        const SpanTree &tree = m_context.tree();
        for (int i = 0; i < tree.nodeCount(); ++i) {
            const int count = tree.childCount(i);
            // The store marks mappings whose keys it found distinct while it was
            // built.
            if (!tree.isMapping(i) || count < 4 || tree.hasPlainKeys(i))
                continue;
            // Most mappings are small: compare pairwise; hash the large ones.
            const bool large = count > 64;
            QSet<QByteArrayView> seen;
            QVarLengthArray<int, 16> keys;
            YamlPath mappingPath;
            bool pathKnown = false;
            int keyNode = i + 1;
            for (int k = 0; k + 1 < count; k += 2) {
                const int key = keyNode;
                keyNode = tree.subtreeEnd(tree.subtreeEnd(key));
                if (!tree.isScalar(key) || tree.text(key) == u"<<") {
                    keys.append(-1);
                    continue;
                }
                const YamlText name = tree.text(key);
                bool duplicate = false;
                if (large) {
                    duplicate = seen.contains(name.bytes());
                    seen.insert(name.bytes());
                } else {
                    for (const int earlier : std::as_const(keys)) {
                        if (earlier >= 0 && tree.text(earlier) == name) {
                            duplicate = true;
                            break;
                        }
                    }
                }
                keys.append(key);
                if (!duplicate)
                    continue;
                // pathOf() scans the siblings; derive the key's path from the mapping's
                // instead.
                if (!pathKnown) {
                    mappingPath = tree.pathOf(i);
                    pathKnown = true;
                }
                m_context.reportAt(
                    u"ME-DUPLICATE-KEY",
                    MessageText(
                        QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "mapping key %1 is already defined in this mapping; "
                                          "Kubernetes keeps only the last value"))
                        .arg(goQuote(name.toString())),
                    {tree.valueStartOf(key), tree.valueEndOf(key),
                     mappingPath.key(name.toString())});
            }
        }
    }

    ValidationContext &m_context;
    const NodeReader &m_reader;
    const FieldTable &m_fields;
    const LabelValues &m_labelValues;
};

} // namespace

void run(ValidationContext &context)
{
    Walker(context).run();
}

} // namespace MeshEntry::SchemaChecks
