#include "selectorquery.h"

#include "serviceentryview.h"
#include "workloadreader.h"

namespace MeshEntry {

namespace {

const char *const resolutionNames[] = {"NONE", "STATIC", "DNS", "DNS_ROUND_ROBIN", "DYNAMIC_DNS"};

int resolutionNumber(const ObjectNode *node)
{
    if (!node || node->type != ObjectNode::Type::Scalar)
        return ServiceEntryView::None;
    bool isNumber = false;
    const int number = node->text.toInt(&isNumber);
    if (isNumber)
        return number;
    for (int i = 0; i < int(std::size(resolutionNames)); ++i) {
        if (node->text == QLatin1String(resolutionNames[i]))
            return i;
    }
    return -1;
}

QStringList strings(const ObjectNode *list)
{
    QStringList result;
    if (!list || !list->isSequence())
        return result;
    for (const ObjectNode &item : list->children)
        result.append(item.text);
    return result;
}

} // namespace

QString SelectorQuery::resolutionName() const
{
    if (resolution >= 0 && resolution < int(std::size(resolutionNames)))
        return QLatin1String(resolutionNames[resolution]);
    return resolution < 0 ? QStringLiteral("(unknown)") : QString::number(resolution);
}

bool SelectorQuery::isDnsType() const
{
    return resolution == ServiceEntryView::Dns || resolution == ServiceEntryView::DnsRoundRobin;
}

bool SelectorQuery::read(const ObjectNode &object, const QString &defaultNamespace,
                         SelectorQuery *out)
{
    if (object.string(u"kind") != u"ServiceEntry" ||
        !object.string(u"apiVersion").startsWith(u"networking.istio.io/"))
        return false;
    *out = SelectorQuery();
    if (const ObjectNode *metadata = object.value(u"metadata")) {
        out->name = metadata->string(u"name");
        out->namespaceName = metadata->string(u"namespace");
    }
    if (out->namespaceName.isEmpty())
        out->namespaceName = defaultNamespace;
    const ObjectNode *spec = object.value(u"spec");
    if (!spec)
        return true;
    out->hosts = strings(spec->value(u"hosts"));
    out->exportTo = strings(spec->value(u"exportTo"));
    out->resolution = resolutionNumber(spec->value(u"resolution"));
    if (const ObjectNode *ports = spec->value(u"ports"); ports && ports->isSequence()) {
        for (const ObjectNode &item : ports->children) {
            Port port;
            WorkloadReader::unsignedNumber(item.value(u"number"), &port.number);
            WorkloadReader::unsignedNumber(item.value(u"targetPort"), &port.targetPort);
            port.name = item.string(u"name");
            port.protocol = item.string(u"protocol");
            out->ports.append(port);
        }
    }
    const ObjectNode *selector = spec->value(u"workloadSelector");
    out->hasSelector = selector && selector->type != ObjectNode::Type::Null;
    if (out->hasSelector) {
        std::vector<std::pair<QString, QString>> labels;
        selector->stringMap(u"labels", &labels);
        for (const auto &[key, value] : labels)
            out->selector.insert(key, value);
    }
    return true;
}

} // namespace MeshEntry
