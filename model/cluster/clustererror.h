#pragma once

#include "messagetext.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace MeshEntry {

/// One entry of a Status object's details.causes.
struct StatusCause {
    QString reason; ///< FieldValueRequired, FieldManagerConflict, …
    QString message;
    QString field; ///< spec.hosts, .spec.ports[0].number, …
};

/**
 * Why a cluster operation failed: a Status object from the server (reason, message, causes),
 * or a problem reaching it (network, TLS, timeout), or the configuration. text() renders it
 * as kubectl does, so users can search for it.
 */
class ClusterError
{
public:
    enum class Kind {
        None,
        Configuration, ///< kubeconfig or context not usable
        Credentials,   ///< the exec plugin or a token file failed
        Network,       ///< refused, unreachable, closed
        Tls,           ///< certificate not trusted or handshake failed
        Timeout,
        Cancelled,
        Server,    ///< an HTTP error status (httpStatus(), reason())
        NotServed, ///< the kind is not served (CRD missing)
        Input,     ///< the document cannot be sent (no name, syntax error)
    };

    ClusterError() = default;
    ClusterError(Kind kind, const MessageText &message)
        : m_kind(kind), m_message(message.text()), m_source(message.source())
    {}
    /// From an HTTP error reply. operation names what was asked ("get serviceentries…"), for
    /// replies without a Status body.
    static ClusterError fromReply(int httpStatus, const QByteArray &body, const QString &operation);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_status; }
    /// Status.reason: NotFound, Conflict, Invalid, Unauthorized, Forbidden, AlreadyExists, …
    QString reason() const { return m_reason; }
    QString message() const { return m_message; }
    const QList<StatusCause> &causes() const { return m_causes; }
    /// Status.details.kind and name.
    QString detailsKind() const { return m_detailsKind; }
    QString detailsName() const { return m_detailsName; }

    bool isNotFound() const { return m_status == 404; }
    /// A server-side apply field conflict (409 with FieldManagerConflict causes).
    bool isFieldConflict() const;

    /// The message as kubectl prints it (without its "error: " prefix).
    QString text() const;
    /// What the user can do about it, for the editor's dialogs; empty when nothing general.
    QString hint() const;
    /// text() and hint() in the user's language, for the views: our own messages translated,
    /// the server's words as it sent them.
    QString displayText() const;
    QString displayHint() const { return translatedMessage(hint()); }

    /// Keeps the template: a redacted argument still fits it (translatedMessage checks).
    void setMessage(const QString &message) { m_message = message; }

private:
    /// text() with its template, the message nested in it.
    MessageText textMessage() const;

    Kind m_kind = Kind::None;
    int m_status = 0;
    QString m_reason;
    QString m_message;
    QString m_detailsKind;
    QString m_detailsName;
    QList<StatusCause> m_causes;
    const char *m_source = nullptr; ///< the template of m_message, when it is ours
};

} // namespace MeshEntry
