#include "documentnames.h"

#include "yamlfile.h"

#include <QHash>
#include <QSet>

namespace MeshEntry::DocumentNames {

namespace {

QSet<QString> namesOf(const YamlFile &file, const QString &kind, const QString &namespaceName)
{
    QSet<QString> names;
    for (const YamlDocument &document : file.documents()) {
        const DocumentInfo &info = document.info();
        if (info.kind == kind && info.namespaceName == namespaceName)
            names.insert(info.name);
    }
    return names;
}

QString numbered(const QSet<QString> &taken, const QString &base, int first)
{
    if (!taken.contains(base))
        return base;
    for (int number = first;; ++number) {
        const QString candidate = base + u'-' + QString::number(number);
        if (!taken.contains(candidate))
            return candidate;
    }
}

} // namespace

QString freeName(const YamlFile &file, const QString &kind, const QString &namespaceName,
                 const QString &wanted)
{
    return numbered(namesOf(file, kind, namespaceName), wanted, 2);
}

QString copyName(const YamlFile &file, const QString &kind, const QString &namespaceName,
                 const QString &name)
{
    return numbered(namesOf(file, kind, namespaceName), name + QLatin1String("-copy"), 2);
}

QString commonNamespace(const YamlFile &file)
{
    QHash<QString, int> uses;
    QString best;
    for (const YamlDocument &document : file.documents()) {
        const QString &space = document.info().namespaceName;
        if (space.isEmpty())
            continue;
        // Ties go to the namespace seen first.
        if (++uses[space] > uses.value(best))
            best = space;
    }
    return best;
}

} // namespace MeshEntry::DocumentNames
