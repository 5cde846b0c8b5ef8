#include "objectyaml.h"

#include "fragmentwriter.h"
#include "nodereader.h"
#include "spantree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace MeshEntry::ObjectYaml {

namespace {

/// Expanding aliases can multiply a document; beyond this many values it is refused.
constexpr int maxExpandedValues = 200000;

const QString lastApplied = QStringLiteral("kubectl.kubernetes.io/last-applied-configuration");

YamlValue scalarOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return YamlValue::typedScalar(
            value.toBool() ? QStringLiteral("true") : QStringLiteral("false"), ScalarType::Bool);
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const bool whole = number == double(qint64(number));
        return YamlValue::typedScalar(whole ? QString::number(qint64(number))
                                            : QString::number(number, 'g', 17),
                                      whole ? ScalarType::Int : ScalarType::Float);
    }
    case QJsonValue::String:
        return YamlValue::string(value.toString());
    default:
        return YamlValue();
    }
}

struct DocumentConverter {
    const NodeReader &reader;
    int budget = maxExpandedValues;

    bool convert(int node, YamlValue *out)
    {
        if (--budget < 0)
            return false;
        node = reader.resolve(node);
        if (node < 0) {
            *out = YamlValue();
            return true;
        }
        switch (reader.jsonType(node)) {
        case JsonType::Object: {
            QList<YamlValue::Entry> entries;
            for (const NodeReader::Entry &entry : reader.entries(node)) {
                YamlValue child;
                if (!convert(entry.value, &child))
                    return false;
                entries.append({entry.name, child});
            }
            *out = YamlValue::mapping(entries);
            return true;
        }
        case JsonType::Array: {
            QList<YamlValue> items;
            for (const int item : reader.items(node)) {
                YamlValue child;
                if (!convert(item, &child))
                    return false;
                items.append(child);
            }
            *out = YamlValue::sequence(items);
            return true;
        }
        case JsonType::Null:
            *out = YamlValue();
            return true;
        case JsonType::Boolean:
            *out = YamlValue::typedScalar(reader.jsonToken(node), ScalarType::Bool);
            return true;
        case JsonType::Integer:
            *out = YamlValue::typedScalar(reader.jsonToken(node), ScalarType::Int);
            return true;
        case JsonType::Number:
            *out = YamlValue::typedScalar(reader.text(node), ScalarType::Float);
            return true;
        case JsonType::String:
            *out = YamlValue::string(reader.text(node));
            return true;
        }
        return true;
    }
};

YamlValue *findMutable(YamlValue *value, const QStringList &keys)
{
    for (const QString &key : keys) {
        if (!value->isMapping())
            return nullptr;
        const qsizetype index = value->indexOfKey(key);
        if (index < 0)
            return nullptr;
        value = &value->entries()[index].second;
    }
    return value;
}

} // namespace

YamlValue fromJson(const QByteArray &json)
{
    const SpanTree tree = SpanTree::parse(json);
    if (!tree.hasErrors() && tree.root() >= 0)
        return tree.documentValue();
    // libyaml refuses a few valid JSON texts (escaped surrogate pairs): keep the meaning,
    // lose the order.
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (document.isObject())
        return fromJsonValue(document.object());
    if (document.isArray())
        return fromJsonValue(document.array());
    return YamlValue();
}

YamlValue fromJsonValue(const QJsonValue &value)
{
    if (value.isObject()) {
        QList<YamlValue::Entry> entries;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            entries.append({it.key(), fromJsonValue(it.value())});
        return YamlValue::mapping(entries);
    }
    if (value.isArray()) {
        QList<YamlValue> items;
        for (const QJsonValue &item : value.toArray())
            items.append(fromJsonValue(item));
        return YamlValue::sequence(items);
    }
    return scalarOf(value);
}

YamlValue fromDocument(const SpanTree &tree, QString *error)
{
    if (tree.root() < 0) {
        if (error)
            *error = QStringLiteral("the document is empty");
        return YamlValue();
    }
    const NodeReader reader(tree);
    DocumentConverter converter{reader};
    YamlValue value;
    if (!converter.convert(tree.root(), &value)) {
        if (error)
            *error = QStringLiteral("the document expands to more than %1 values through its "
                                    "aliases")
                         .arg(maxExpandedValues);
        return YamlValue();
    }
    return value;
}

QJsonValue toJson(const YamlValue &value)
{
    switch (value.kind()) {
    case YamlValue::Kind::Mapping: {
        QJsonObject object;
        for (const YamlValue::Entry &entry : value.entries())
            object.insert(entry.first, toJson(entry.second));
        return object;
    }
    case YamlValue::Kind::Sequence: {
        QJsonArray array;
        for (const YamlValue &item : value.items())
            array.append(toJson(item));
        return array;
    }
    case YamlValue::Kind::Alias:
        return QJsonValue();
    case YamlValue::Kind::Scalar:
        break;
    }
    switch (value.scalarType()) {
    case ScalarType::Null:
        return QJsonValue();
    case ScalarType::Bool: {
        const QString word = value.text().toLower();
        return word == u"true" || word == u"yes" || word == u"on" || word == u"y";
    }
    case ScalarType::Int: {
        qint64 number = 0;
        if (NodeReader::parseInteger(value.text(), &number))
            return double(number);
        return value.text().toDouble();
    }
    case ScalarType::Float:
        return value.text().toDouble();
    default:
        return value.text();
    }
}

QByteArray toYaml(const YamlValue &object)
{
    const FragmentWriter writer;
    if (!object.isCollection() || !FragmentWriter::needsBlockLines(object))
        return (writer.inlineValue(object, false) + u'\n').toUtf8();
    return (writer.blockLines(object, 0).join(u'\n') + u'\n').toUtf8();
}

QByteArray toYamlStream(const QList<YamlValue> &objects)
{
    QByteArray stream;
    for (const YamlValue &object : objects) {
        if (!stream.isEmpty())
            stream += "---\n";
        stream += toYaml(object);
    }
    return stream;
}

const YamlValue *find(const YamlValue &value, const QStringList &keys)
{
    return findMutable(const_cast<YamlValue *>(&value), keys);
}

QString stringAt(const YamlValue &value, const QStringList &keys)
{
    const YamlValue *found = find(value, keys);
    return found && found->isScalar() && !found->isNull() ? found->text() : QString();
}

bool remove(YamlValue *value, const QStringList &keys)
{
    if (keys.isEmpty())
        return false;
    YamlValue *parent = findMutable(value, keys.mid(0, keys.size() - 1));
    if (!parent || !parent->isMapping())
        return false;
    const qsizetype index = parent->indexOfKey(keys.last());
    if (index < 0)
        return false;
    parent->entries().removeAt(index);
    return true;
}

void setTopLevel(YamlValue *object, const QString &key, const YamlValue &value, int position)
{
    const qsizetype index = object->indexOfKey(key);
    if (index >= 0)
        object->entries()[index].second = value;
    else
        object->entries().insert(qBound(0, position, int(object->entries().size())), {key, value});
}

void cleanForEditing(YamlValue *object)
{
    for (const char *key :
         {"managedFields", "uid", "resourceVersion", "creationTimestamp", "generation", "selfLink"})
        remove(object, {QStringLiteral("metadata"), QLatin1String(key)});
    remove(object, {QStringLiteral("status")});
    remove(object, {QStringLiteral("metadata"), QStringLiteral("annotations"), lastApplied});
    const YamlValue *annotations =
        find(*object, {QStringLiteral("metadata"), QStringLiteral("annotations")});
    if (annotations &&
        (annotations->isNull() || (annotations->isMapping() && annotations->entries().isEmpty())))
        remove(object, {QStringLiteral("metadata"), QStringLiteral("annotations")});
}

void removeManagedFields(YamlValue *object)
{
    remove(object, {QStringLiteral("metadata"), QStringLiteral("managedFields")});
}

void orderLike(YamlValue *value, const YamlValue &reference)
{
    if (value->isMapping() && reference.isMapping()) {
        QList<YamlValue::Entry> ordered;
        QList<YamlValue::Entry> rest = value->entries();
        for (const YamlValue::Entry &wanted : reference.entries()) {
            for (qsizetype i = 0; i < rest.size(); ++i) {
                if (rest[i].first == wanted.first) {
                    orderLike(&rest[i].second, wanted.second);
                    ordered.append(rest.takeAt(i));
                    break;
                }
            }
        }
        value->entries() = ordered + rest;
    } else if (value->isSequence() && reference.isSequence()) {
        for (qsizetype i = 0; i < value->items().size() && i < reference.items().size(); ++i)
            orderLike(&value->items()[i], reference.items()[i]);
    }
}

} // namespace MeshEntry::ObjectYaml
