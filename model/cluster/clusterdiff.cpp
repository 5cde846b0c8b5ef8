#include "clusterdiff.h"

#include "linediff.h"
#include "manifest.h"
#include "objectyaml.h"

#include <limits>

namespace MeshEntry::ClusterDiff {

namespace {

void hideServerFields(YamlValue *object)
{
    for (const char *key :
         {"managedFields", "uid", "resourceVersion", "creationTimestamp", "generation", "selfLink"})
        ObjectYaml::remove(object, {QStringLiteral("metadata"), QLatin1String(key)});
    ObjectYaml::remove(object, {QStringLiteral("status")});
}

QByteArray render(const QByteArray &json, const YamlValue &order, bool hide)
{
    if (json.isEmpty())
        return QByteArray();
    YamlValue object = ObjectYaml::fromJson(json);
    ObjectYaml::removeManagedFields(&object);
    if (hide)
        hideServerFields(&object);
    ObjectYaml::orderLike(&object, order);
    return ObjectYaml::toYaml(object);
}

} // namespace

Sides sides(const YamlValue &document, const QByteArray &liveJson, const QByteArray &mergedJson,
            bool hide)
{
    Sides result;
    result.file = ObjectYaml::toYaml(document);
    result.live = render(liveJson, document, hide);
    result.merged = render(mergedJson, document, hide);
    return result;
}

QByteArray kubectlStyle(const Manifest &manifest, const QByteArray &liveJson,
                        const QByteArray &mergedJson)
{
    const YamlValue order = ObjectYaml::fromJson(liveJson.isEmpty() ? mergedJson : liveJson);
    const QByteArray live = render(liveJson, order, false);
    const QByteArray merged = render(mergedJson, order, false);
    const QByteArray name = manifest.diffName().toUtf8();
    const QByteArray diff = LineDiff::unified(live, merged, "LIVE/" + name, "MERGED/" + name);
    if (diff.isEmpty())
        return diff;
    return "diff -u -N LIVE/" + name + " MERGED/" + name + '\n' + diff;
}

QList<Row> align(const QByteArray &left, const QByteArray &right)
{
    QList<Row> rows;
    const QByteArray diff =
        LineDiff::unified(left, right, "a", "b", std::numeric_limits<int>::max() / 4);
    if (diff.isEmpty()) {
        const int lines = int(left.count('\n') + (left.endsWith('\n') || left.isEmpty() ? 0 : 1));
        for (int i = 0; i < lines; ++i)
            rows.append({Row::Kind::Same, i, i});
        return rows;
    }
    int leftLine = 0;
    int rightLine = 0;
    QList<int> removed;
    QList<int> added;
    const auto flush = [&] {
        const qsizetype paired = qMin(removed.size(), added.size());
        for (qsizetype i = 0; i < paired; ++i)
            rows.append({Row::Kind::Changed, removed[i], added[i]});
        for (qsizetype i = paired; i < removed.size(); ++i)
            rows.append({Row::Kind::Removed, removed[i], -1});
        for (qsizetype i = paired; i < added.size(); ++i)
            rows.append({Row::Kind::Added, -1, added[i]});
        removed.clear();
        added.clear();
    };
    // One hunk (the context covers everything) after the two header lines.
    const QList<QByteArray> lines = diff.split('\n');
    for (qsizetype i = 3; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.isEmpty())
            continue;
        switch (line.at(0)) {
        case '-':
            removed.append(leftLine++);
            break;
        case '+':
            added.append(rightLine++);
            break;
        default:
            flush();
            rows.append({Row::Kind::Same, leftLine++, rightLine++});
        }
    }
    flush();
    return rows;
}

} // namespace MeshEntry::ClusterDiff
