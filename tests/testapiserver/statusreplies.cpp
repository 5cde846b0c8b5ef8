#include "statusreplies.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace MeshEntry::TestApi::StatusReplies {

HttpResponse status(int code, const QString &reason, const QString &message,
                    const QJsonObject &details)
{
    QJsonObject body{{QLatin1String("kind"), QStringLiteral("Status")},
                     {QLatin1String("apiVersion"), QStringLiteral("v1")},
                     {QLatin1String("metadata"), QJsonObject()},
                     {QLatin1String("status"), QStringLiteral("Failure")},
                     {QLatin1String("message"), message},
                     {QLatin1String("reason"), reason},
                     {QLatin1String("code"), code}};
    if (!details.isEmpty())
        body.insert(QLatin1String("details"), details);
    return json(code, body);
}

namespace {
QJsonObject details(const FakeResource &resource, const QString &name)
{
    QJsonObject out{{QLatin1String("kind"), resource.resource}};
    if (!name.isEmpty())
        out.insert(QLatin1String("name"), name);
    if (!resource.group.isEmpty())
        out.insert(QLatin1String("group"), resource.group);
    return out;
}
} // namespace

HttpResponse notFound(const FakeResource &resource, const QString &name)
{
    return status(404, QStringLiteral("NotFound"),
                  QStringLiteral("%1 \"%2\" not found").arg(resource.qualified(), name),
                  details(resource, name));
}

HttpResponse forbidden(const FakeResource &resource, const QString &user, const QString &verb,
                       const QString &namespaceName, const QString &name)
{
    const QString subject = name.isEmpty()
                                ? resource.qualified()
                                : QStringLiteral("%1 \"%2\"").arg(resource.qualified(), name);
    return status(403, QStringLiteral("Forbidden"),
                  QStringLiteral("%1 is forbidden: User \"%2\" cannot %3 resource \"%4\" in API "
                                 "group \"%5\" in the namespace \"%6\"")
                      .arg(subject, user, verb, resource.resource, resource.group, namespaceName),
                  details(resource, name));
}

HttpResponse invalid(const QString &kind, const QString &group, const QString &name,
                     const QList<StatusCause> &causes)
{
    QStringList texts;
    QJsonArray array;
    for (const StatusCause &cause : causes) {
        texts.append(QStringLiteral("%1: %2").arg(cause.field, cause.message));
        array.append(QJsonObject{{QLatin1String("reason"), cause.reason},
                                 {QLatin1String("message"), cause.message},
                                 {QLatin1String("field"), cause.field}});
    }
    const QString qualifiedKind = group.isEmpty() ? kind : kind + u'.' + group;
    const QString list =
        texts.size() == 1 ? texts.first() : u'[' + texts.join(QLatin1String(", ")) + u']';
    QJsonObject details{{QLatin1String("name"), name},
                        {QLatin1String("kind"), kind},
                        {QLatin1String("causes"), array}};
    if (!group.isEmpty())
        details.insert(QLatin1String("group"), group);
    return status(422, QStringLiteral("Invalid"),
                  QStringLiteral("%1 \"%2\" is invalid: %3").arg(qualifiedKind, name, list),
                  details);
}

HttpResponse conflict(const FakeResource &resource, const QString &name)
{
    return status(409, QStringLiteral("Conflict"),
                  QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": the object has "
                                 "been modified; please apply your changes to the latest version "
                                 "and try again")
                      .arg(resource.qualified(), name),
                  details(resource, name));
}

HttpResponse json(int code, const QJsonObject &object)
{
    return raw(code, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse raw(int code, const QByteArray &body)
{
    HttpResponse response;
    response.status = code;
    response.body = body;
    return response;
}

} // namespace MeshEntry::TestApi::StatusReplies
