#include "objectlist.h"

#include "kubeclient.h"
#include "objectyaml.h"
#include "resourcecatalog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace MeshEntry {

namespace {

/// The kind of a list's items: "ServiceEntryList" holds ServiceEntries.
QString itemKind(const QString &listKind)
{
    return listKind.endsWith(QLatin1String("List")) ? listKind.chopped(4) : QString();
}

} // namespace

QList<QJsonObject> ObjectList::items() const
{
    QList<QJsonObject> out;
    for (const QByteArray &page : pages) {
        const QJsonObject list = QJsonDocument::fromJson(page).object();
        const QString apiVersion = list.value(QLatin1String("apiVersion")).toString();
        const QString kind = itemKind(list.value(QLatin1String("kind")).toString());
        for (const QJsonValue &value : list.value(QLatin1String("items")).toArray()) {
            QJsonObject item = value.toObject();
            if (!item.contains(QLatin1String("apiVersion")))
                item.insert(QLatin1String("apiVersion"), apiVersion);
            if (!item.contains(QLatin1String("kind")))
                item.insert(QLatin1String("kind"), kind);
            out.append(item);
        }
    }
    return out;
}

QList<YamlValue> ObjectList::orderedItems() const
{
    QList<YamlValue> out;
    for (const QByteArray &page : pages) {
        const YamlValue list = ObjectYaml::fromJson(page);
        const QString apiVersion = ObjectYaml::stringAt(list, {QStringLiteral("apiVersion")});
        const QString kind = itemKind(ObjectYaml::stringAt(list, {QStringLiteral("kind")}));
        const YamlValue *items = ObjectYaml::find(list, {QStringLiteral("items")});
        if (!items || !items->isSequence())
            continue;
        for (YamlValue item : items->items()) {
            if (!item.isMapping())
                continue;
            if (item.indexOfKey(QStringLiteral("apiVersion")) < 0)
                ObjectYaml::setTopLevel(&item, QStringLiteral("apiVersion"),
                                        YamlValue::string(apiVersion), 0);
            if (item.indexOfKey(QStringLiteral("kind")) < 0)
                ObjectYaml::setTopLevel(&item, QStringLiteral("kind"), YamlValue::string(kind), 1);
            out.append(item);
        }
    }
    return out;
}

QByteArray ObjectList::kubectlJson() const
{
    QJsonArray array;
    for (const QJsonObject &item : items())
        array.append(item);
    const QJsonObject list{
        {QLatin1String("apiVersion"), QStringLiteral("v1")},
        {QLatin1String("items"), array},
        {QLatin1String("kind"), QStringLiteral("List")},
        {QLatin1String("metadata"), QJsonObject{{QLatin1String("resourceVersion"), QString()}}}};
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

ListJob::ListJob(KubeClient *client, const ApiResource &resource, const QString &namespaceName,
                 int limit, const QString &labelSelector, QObject *parent)
    : QObject(parent), m_client(client), m_path(resource.collectionPath(namespaceName)),
      m_operation(QStringLiteral("get %1").arg(resource.qualifiedResource())), m_limit(limit),
      m_labelSelector(labelSelector)
{
    requestPage(QString());
}

void ListJob::requestPage(const QString &continueToken)
{
    KubeRequestSpec spec;
    spec.path = m_path;
    spec.operation = m_operation;
    if (!m_labelSelector.isEmpty())
        spec.query.addQueryItem(QStringLiteral("labelSelector"), m_labelSelector);
    if (!continueToken.isEmpty())
        spec.query.addQueryItem(QStringLiteral("continue"), continueToken);
    if (m_limit > 0)
        spec.query.addQueryItem(QStringLiteral("limit"), QString::number(m_limit));
    m_request = m_client->call(spec, this, [this](const KubeResponse &response) {
        m_request = nullptr;
        if (!response.ok()) {
            m_result.error = response.error;
            m_finished = true;
            emit finished();
            return;
        }
        QJsonObject list;
        ClusterError notJson;
        if (!response.jsonObject(m_operation, &list, &notJson)) {
            m_result.error = notJson;
            m_finished = true;
            emit finished();
            return;
        }
        m_result.pages.append(response.body);
        m_items += int(list.value(QLatin1String("items")).toArray().size());
        emit progress(m_items);
        const QString next = list.value(QLatin1String("metadata"))
                                 .toObject()
                                 .value(QLatin1String("continue"))
                                 .toString();
        if (!next.isEmpty()) {
            requestPage(next);
            return;
        }
        m_finished = true;
        emit finished();
    });
}

void ListJob::cancel()
{
    if (m_request)
        m_request->cancel();
}

} // namespace MeshEntry
