#pragma once

#include "messagetext.h"
#include "yamlpath.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace MeshEntry {

/// A request from a sidecar: `meshentry route`'s options, the Request tester's fields.
struct RoutingRequest {
    enum class Protocol { Default, Http, Https, Tls, Tcp };

    QString fromNamespace;
    quint32 port = 0;
    QString address; ///< empty: the address the host has in the files, else an undeclared one
    QString host;    ///< HTTP Host (a `:port` is ignored, as Envoy ignores it on sidecars)
    QString sni;     ///< empty: the host, for tls and https
    Protocol protocol = Protocol::Default;

    static QString protocolName(Protocol protocol); ///< http, https, tls, tcp, "" for Default
    static bool parseProtocol(const QString &text, Protocol *protocol);
};

/// One step of the story, with the document and field it came from (document -1: none).
struct RouteStep {
    QString rule; ///< a routing step id (RoutingSteps)
    QString detail;
    int document = -1;
    YamlPath path;
    const char *source = nullptr; ///< detail's template (translatedMessage), null when composed
};

/// Where a request goes and why (ISTIO-ROUTING.md §5): the `meshentry route` object.
struct RouteAnswer {
    struct Entry {
        int document = -1;
        QString namespaceName;
        QString name;
        QString host;
        quint32 port = 0;
        int hostIndex = -1;
        int portIndex = -1;
    };

    QString cluster;     ///< Envoy cluster; empty for a direct response or a failed connection
    QString virtualHost; ///< Istio virtual host name when an HTTP route decided
    QString listener;    ///< the listener that took the connection
    QString outcome;     ///< see RoutingSteps::outcomes()
    bool hasServiceEntry = false;
    Entry serviceEntry; ///< the ServiceEntry whose cluster the request reaches
    QList<RouteStep> steps;
    QStringList unknowns;
    QStringList warnings;
    /// The templates of unknowns and warnings, by index (translatedMessage); null when composed.
    QList<const char *> unknownSources;
    QList<const char *> warningSources;

    /// Adds a note unless the list has it already.
    void addUnknown(const MessageText &text) { add(&unknowns, &unknownSources, text); }
    void addWarning(const MessageText &text) { add(&warnings, &warningSources, text); }

    /// The request as sent, defaults filled in.
    RoutingRequest request;
    QString chosenProtocol; ///< http, https, tls or tcp

private:
    static void add(QStringList *texts, QList<const char *> *sources, const MessageText &text)
    {
        if (texts->contains(text.text()))
            return;
        texts->append(text.text());
        sources->append(text.source());
    }
};

} // namespace MeshEntry
