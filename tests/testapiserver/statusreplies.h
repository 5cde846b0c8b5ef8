#pragma once

#include "clustererror.h"
#include "fakecluster.h"

namespace MeshEntry::TestApi::StatusReplies {

/// A Status object reply: {"kind":"Status",…,"reason","message","details","code"}.
HttpResponse status(int code, const QString &reason, const QString &message,
                    const QJsonObject &details = {});
HttpResponse notFound(const FakeResource &resource, const QString &name);
HttpResponse forbidden(const FakeResource &resource, const QString &user, const QString &verb,
                       const QString &namespaceName, const QString &name);
HttpResponse invalid(const QString &kind, const QString &group, const QString &name,
                     const QList<StatusCause> &causes);
HttpResponse conflict(const FakeResource &resource, const QString &name);
HttpResponse json(int code, const QJsonObject &object);
HttpResponse raw(int code, const QByteArray &body);

} // namespace MeshEntry::TestApi::StatusReplies
