#include "fieldreference.h"

#include "fieldspec.h"

namespace MeshEntry::FieldReference {

namespace {

constexpr QLatin1StringView scheme("meshentry");
constexpr QLatin1StringView fieldsPage("fields/");
constexpr QLatin1StringView istioPages("https://istio.io/latest/docs/reference/config/networking/");
constexpr QLatin1StringView objectMetaPage(
    "https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/object-meta/");

/// The protobuf name of a field: Istio's reference anchors use snake_case (`export_to`).
QString protoName(QStringView camel)
{
    QString name;
    for (const QChar c : camel) {
        if (c.isUpper()) {
            name += u'_';
            name += c.toLower();
        } else {
            name += c;
        }
    }
    return name;
}

/// The page of a kind on istio.io.
QString kindPage(QStringView kind)
{
    return kind == u"WorkloadEntry" ? QStringLiteral("workload-entry/")
                                    : QStringLiteral("service-entry/");
}

} // namespace

QUrl helpUrl(QStringView kind, QStringView pattern)
{
    QUrl url;
    url.setScheme(scheme);
    url.setPath(fieldsPage + kind.toString());
    if (!pattern.isEmpty())
        url.setFragment(pattern.toString());
    return url;
}

bool parseHelpUrl(const QUrl &url, QString *kind, QString *pattern)
{
    if (url.scheme() != scheme || !url.path().startsWith(fieldsPage))
        return false;
    *kind = url.path().mid(fieldsPage.size());
    *pattern = url.fragment();
    return !kind->isEmpty();
}

QUrl upstreamUrl(QStringView kind, const FieldSpec &field)
{
    const QString &path = field.path;
    if (path.startsWith(QLatin1StringView("metadata"))) {
        return QUrl(objectMetaPage + QLatin1StringView("#ObjectMeta"));
    }
    const QString page = istioPages + kindPage(kind);
    // Where a message's own fields are: the message is the last structured segment.
    struct Message {
        QLatin1StringView prefix;
        QLatin1StringView page; ///< empty: the kind's page
        QLatin1StringView name;
    };
    static const Message messages[] = {
        {QLatin1StringView("spec.ports[]."), {}, QLatin1StringView("ServicePort")},
        {QLatin1StringView("spec.endpoints[]."), QLatin1StringView("workload-entry/"),
         QLatin1StringView("WorkloadEntry")},
        {QLatin1StringView("spec."), {}, {}},
    };
    for (const Message &message : messages) {
        if (!path.startsWith(message.prefix))
            continue;
        const QString name = message.name.isEmpty() ? kind.toString() : QString(message.name);
        // A field's entries (`spec.hosts[]`, `spec.ports.*`) and nested maps are described
        // with the field.
        QString field = path.mid(message.prefix.size());
        field = field.section(u'.', 0, 0).section(u'[', 0, 0);
        const QString base = message.page.isEmpty() ? page : istioPages + message.page;
        return QUrl(base + u'#' + name + u'-' + protoName(field));
    }
    return QUrl(page + u'#' + kind.toString());
}

} // namespace MeshEntry::FieldReference
