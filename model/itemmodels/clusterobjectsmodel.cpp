#include "clusterobjectsmodel.h"

#include "kubeclient.h"
#include "objectlist.h"
#include "objectyaml.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace MeshEntry {

ClusterObjectsModel::ClusterObjectsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClusterObjectsModel::clear()
{
    cancel();
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit checkedCountChanged(0);
}

void ClusterObjectsModel::cancel()
{
    ++m_generation;
    const QList<QPointer<ListJob>> jobs = std::exchange(m_jobs, {});
    for (const QPointer<ListJob> &job : jobs) {
        if (job) {
            job->disconnect(this);
            job->cancel();
            job->deleteLater();
        }
    }
    if (m_discovering || !jobs.isEmpty()) {
        m_discovering = false;
        emit loadingChanged(false);
    }
}

void ClusterObjectsModel::fail(const QString &text)
{
    m_error = text;
    emit errorChanged(text);
}

void ClusterObjectsModel::load(KubeClient *client, const QString &namespaceName,
                               const QStringList &kinds)
{
    clear();
    m_error.clear();
    emit errorChanged(QString());
    m_discovering = true;
    emit loadingChanged(true);
    const int generation = ++m_generation;
    client->discover(this, [this, client, namespaceName, kinds,
                            generation](const ResourceCatalog *catalog, const ClusterError &error) {
        if (generation != m_generation)
            return;
        m_discovering = false;
        if (!catalog) {
            fail(error.hint().isEmpty() ? error.displayText()
                                        : error.displayText() + u'\n' + error.displayHint());
            emit loadingChanged(false);
            return;
        }
        if (catalog->istioVersions(QStringLiteral("ServiceEntry")).isEmpty()) {
            fail(tr("Istio is not installed on this cluster: the API server (%1) does not serve "
                    "networking.istio.io ServiceEntry. Install Istio, or choose another context.")
                     .arg(client->serverAddress()));
            emit loadingChanged(false);
            return;
        }
        for (const QString &kind : kinds) {
            const ApiResource *resource =
                catalog->findKind(QStringLiteral("networking.istio.io"), kind);
            if (!resource)
                continue;
            auto *job = new ListJob(client, *resource, namespaceName, 500, {}, this);
            m_jobs.append(job);
            connect(job, &ListJob::finished, this, [this, job] { finishJob(job); });
        }
        if (m_namespacesFrom != client) {
            if (const ApiResource *namespaces =
                    catalog->findKind(QString(), QStringLiteral("Namespace"))) {
                m_namespacesFrom = client;
                auto *job = new ListJob(client, *namespaces, QString(), 500, {}, this);
                connect(job, &ListJob::finished, this, [this, job] {
                    QStringList names;
                    for (const QJsonObject &item : job->result().items())
                        names.append(item.value(QLatin1String("metadata"))
                                         .toObject()
                                         .value(QLatin1String("name"))
                                         .toString());
                    job->deleteLater();
                    if (!names.isEmpty() || job->result().ok()) {
                        m_namespaces = names;
                        emit namespacesChanged(names);
                    }
                });
            }
        }
        if (m_jobs.isEmpty())
            emit loadingChanged(false);
    });
}

void ClusterObjectsModel::finishJob(ListJob *job)
{
    m_jobs.removeAll(job);
    job->deleteLater();
    if (!job->result().ok()) {
        const ClusterError &error = job->result().error;
        if (m_error.isEmpty())
            fail(error.hint().isEmpty() ? error.displayText()
                                        : error.displayText() + u'\n' + error.displayHint());
    } else {
        QList<Row> added;
        for (const YamlValue &object : job->result().orderedItems()) {
            Row row;
            row.object = object;
            row.kind = ObjectYaml::stringAt(object, {QStringLiteral("kind")});
            row.namespaceName = ObjectYaml::stringAt(
                object, {QStringLiteral("metadata"), QStringLiteral("namespace")});
            row.name =
                ObjectYaml::stringAt(object, {QStringLiteral("metadata"), QStringLiteral("name")});
            row.created = ObjectYaml::stringAt(
                object, {QStringLiteral("metadata"), QStringLiteral("creationTimestamp")});
            if (const YamlValue *hosts =
                    ObjectYaml::find(object, {QStringLiteral("spec"), QStringLiteral("hosts")})) {
                QStringList texts;
                for (const YamlValue &host : hosts->items())
                    texts.append(host.text());
                row.details = texts.join(QLatin1String(", "));
            } else {
                row.details = ObjectYaml::stringAt(
                    object, {QStringLiteral("spec"), QStringLiteral("address")});
            }
            added.append(row);
        }
        if (!added.isEmpty()) {
            // Rows stay sorted by kind, namespace and name whatever order the lists finish in.
            beginResetModel();
            m_rows += added;
            std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
                return std::tie(a.kind, a.namespaceName, a.name) <
                       std::tie(b.kind, b.namespaceName, b.name);
            });
            endResetModel();
        }
    }
    if (m_jobs.isEmpty())
        emit loadingChanged(false);
}

void ClusterObjectsModel::setAllChecked(bool checked)
{
    for (Row &row : m_rows)
        row.checked = checked;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, KindColumn), index(int(m_rows.size()) - 1, KindColumn),
                         {Qt::CheckStateRole});
    emit checkedCountChanged(checkedCount());
}

int ClusterObjectsModel::checkedCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.checked; }));
}

QList<YamlValue> ClusterObjectsModel::checkedObjects() const
{
    QList<YamlValue> objects;
    for (const Row &row : m_rows) {
        if (!row.checked)
            continue;
        YamlValue object = row.object;
        ObjectYaml::cleanForEditing(&object);
        objects.append(object);
    }
    return objects;
}

int ClusterObjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClusterObjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterObjectsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    if (role == Qt::CheckStateRole && index.column() == KindColumn)
        return row.checked ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == AgeColumn)
        return row.created;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return row.kind;
    case NamespaceColumn:
        return row.namespaceName;
    case NameColumn:
        return row.name;
    case DetailsColumn:
        return row.details;
    case AgeColumn: {
        const QDateTime created = QDateTime::fromString(row.created, Qt::ISODate);
        return created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)
                                 : QString();
    }
    }
    return {};
}

bool ClusterObjectsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != KindColumn || index.row() >= m_rows.size())
        return false;
    m_rows[index.row()].checked = value.toInt() == Qt::Checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedCountChanged(checkedCount());
    return true;
}

Qt::ItemFlags ClusterObjectsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == KindColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ClusterObjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NamespaceColumn:
        return tr("Namespace");
    case NameColumn:
        return tr("Name");
    case DetailsColumn:
        return tr("Hosts / Address");
    case AgeColumn:
        return tr("Created");
    }
    return {};
}

} // namespace MeshEntry
