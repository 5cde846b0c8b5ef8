#include "clustererror.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace MeshEntry {

namespace {

// The templates that nest another of this file's messages (a status's words, the head of an
// invalid object's causes).
const char *const withOperation = QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 (%2)");
const char *const loggedIn =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "You must be logged in to the server (%1)");
const char *const invalidObject =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "The %1 \"%2\" is invalid");
const char *const invalidCause = QT_TRANSLATE_NOOP("MeshEntry::Message", "%1: %2: %3");
const char *const invalidCauses = QT_TRANSLATE_NOOP("MeshEntry::Message", "%1: %2");
const char *const fromServer =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "Error from server (%1): %2");
const QList<const char *> clusterErrorTemplates = {
#include "clustererror.templates.inc"
};
const NestedMessages statusWithOperation(withOperation, 1, clusterErrorTemplates);
const NestedMessages statusLoggedIn(loggedIn, 1, clusterErrorTemplates);
const NestedMessages causeHead(invalidCause, 1, clusterErrorTemplates);
const NestedMessages causesHead(invalidCauses, 1, clusterErrorTemplates);
const NestedMessages statusFromServer(fromServer, 2, clusterErrorTemplates);

/// client-go's reason and message for a status code that came without a Status body.
void genericStatus(int status, QString *reason, MessageText *message)
{
    switch (status) {
    case 400:
        *reason = QStringLiteral("BadRequest");
        *message = MessageText(QT_TRANSLATE_NOOP(
            "MeshEntry::Message", "the server rejected our request for an unknown reason"));
        return;
    case 401:
        *reason = QStringLiteral("Unauthorized");
        *message = MessageText(QT_TRANSLATE_NOOP(
            "MeshEntry::Message", "the server has asked for the client to provide credentials"));
        return;
    case 403:
        *reason = QStringLiteral("Forbidden");
        *message = MessageText(
            QT_TRANSLATE_NOOP("MeshEntry::Message",
                              "the server does not allow this method on the requested resource"));
        return;
    case 404:
        *reason = QStringLiteral("NotFound");
        *message = MessageText(QT_TRANSLATE_NOOP(
            "MeshEntry::Message", "the server could not find the requested resource"));
        return;
    case 405:
        *reason = QStringLiteral("MethodNotAllowed");
        *message = MessageText(
            QT_TRANSLATE_NOOP("MeshEntry::Message",
                              "the server does not allow this method on the requested resource"));
        return;
    case 409:
        *reason = QStringLiteral("Conflict");
        *message =
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "the server reported a conflict"));
        return;
    case 415:
        *reason = QStringLiteral("UnsupportedMediaType");
        *message = MessageText(QT_TRANSLATE_NOOP(
            "MeshEntry::Message", "the server responded with the status code 415 but did not "
                                  "return more information"));
        return;
    case 422:
        *reason = QStringLiteral("Invalid");
        *message = MessageText(
            QT_TRANSLATE_NOOP("MeshEntry::Message",
                              "the server rejected our request due to an error in our request"));
        return;
    case 429:
        *reason = QStringLiteral("TooManyRequests");
        *message = MessageText(QT_TRANSLATE_NOOP(
            "MeshEntry::Message", "the server has received too many requests and has asked us to "
                                  "try again later"));
        return;
    case 503:
        *reason = QStringLiteral("ServiceUnavailable");
        *message = MessageText(QT_TRANSLATE_NOOP(
            "MeshEntry::Message", "the server is currently unable to handle the request"));
        return;
    case 504:
        *reason = QStringLiteral("Timeout");
        *message = MessageText(QT_TRANSLATE_NOOP(
            "MeshEntry::Message", "the server was unable to return a response in the time "
                                  "allotted, but may still be processing the request"));
        return;
    default:
        *reason = status >= 500 ? QStringLiteral("InternalError") : QStringLiteral("Unknown");
        *message = MessageText(QT_TRANSLATE_NOOP(
                                   "MeshEntry::Message",
                                   "an error on the server (\"%1\") has prevented the request from "
                                   "succeeding"))
                       .arg(status);
    }
}

} // namespace

ClusterError ClusterError::fromReply(int httpStatus, const QByteArray &body,
                                     const QString &operation)
{
    ClusterError error(Kind::Server, QString());
    error.m_status = httpStatus;
    const QJsonObject status = QJsonDocument::fromJson(body).object();
    if (status.value(QLatin1String("kind")).toString() == u"Status") {
        error.m_reason = status.value(QLatin1String("reason")).toString();
        error.m_message = status.value(QLatin1String("message")).toString();
        const QJsonObject details = status.value(QLatin1String("details")).toObject();
        error.m_detailsKind = details.value(QLatin1String("kind")).toString();
        error.m_detailsName = details.value(QLatin1String("name")).toString();
        for (const QJsonValue &value : details.value(QLatin1String("causes")).toArray()) {
            const QJsonObject cause = value.toObject();
            error.m_causes.append({cause.value(QLatin1String("reason")).toString(),
                                   cause.value(QLatin1String("message")).toString(),
                                   cause.value(QLatin1String("field")).toString()});
        }
        if (error.m_reason.isEmpty() || error.m_message.isEmpty()) {
            QString reason;
            MessageText message;
            genericStatus(httpStatus, &reason, &message);
            if (error.m_reason.isEmpty())
                error.m_reason = reason;
            if (error.m_message.isEmpty()) {
                error.m_message = message.text();
                error.m_source = message.source();
            }
        }
        return error;
    }
    MessageText message;
    genericStatus(httpStatus, &error.m_reason, &message);
    if (!operation.isEmpty())
        message = MessageText(withOperation).args({message, operation});
    error.m_message = message.text();
    error.m_source = message.source();
    return error;
}

bool ClusterError::isFieldConflict() const
{
    if (m_status != 409)
        return false;
    for (const StatusCause &cause : m_causes) {
        if (cause.reason == u"FieldManagerConflict")
            return true;
    }
    return false;
}

QString ClusterError::hint() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
        return QString::fromUtf8(
            QT_TRANSLATE_NOOP("MeshEntry::Message",
                              "Check that the cluster is running and reachable: the server address "
                              "in the kubeconfig, a VPN or a proxy."));
    case Kind::Tls:
        return QString::fromUtf8(
            QT_TRANSLATE_NOOP("MeshEntry::Message",
                              "Check the cluster's certificate-authority in the kubeconfig; the "
                              "server's certificate is not signed by it."));
    case Kind::Credentials:
        return QString::fromUtf8(QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "The kubeconfig's exec credential plugin failed; run it in a terminal "
            "to see why (you may need to log in again)."));
    case Kind::Server:
        if (m_status == 401)
            return QString::fromUtf8(
                QT_TRANSLATE_NOOP("MeshEntry::Message",
                                  "The server did not accept this context's credentials. Check the "
                                  "user's token, certificate or exec plugin in the kubeconfig, or "
                                  "log in again."));
        if (m_status == 403)
            return QString::fromUtf8(
                QT_TRANSLATE_NOOP("MeshEntry::Message",
                                  "The user may not do this here; ask the cluster's administrator "
                                  "for access (RBAC)."));
        return QString();
    default:
        return QString();
    }
}

MessageText ClusterError::textMessage() const
{
    const MessageText message(m_source, m_message);
    if (m_kind != Kind::Server)
        return message;
    if (m_status == 401)
        return MessageText(loggedIn).args({message});
    if (m_status == 422 && !m_detailsKind.isEmpty()) {
        // kubectl prints an invalid object from its causes only.
        const MessageText head = MessageText(invalidObject).arg(m_detailsKind, m_detailsName);
        if (m_causes.isEmpty())
            return head;
        if (m_causes.size() == 1) {
            const StatusCause &cause = m_causes.first();
            return MessageText(invalidCause).args({head, cause.field, cause.message});
        }
        QString causes;
        for (const StatusCause &cause : m_causes)
            causes += QStringLiteral("\n* %1: %2").arg(cause.field, cause.message);
        return MessageText(invalidCauses).args({head, causes});
    }
    if (isFieldConflict())
        return message;
    return MessageText(fromServer).args({m_reason, message});
}

QString ClusterError::text() const
{
    return textMessage().text();
}

QString ClusterError::displayText() const
{
    const MessageText message = textMessage();
    return translatedMessage(message.source(), message.text());
}

} // namespace MeshEntry
