#include "fuzzinput.h"
#include "fuzztargets.h"
#include "ipprefix.h"
#include "istiohost.h"
#include "requesturl.h"
#include "routingmodel.h"
#include "yamlfile.h"

namespace MeshEntry::Fuzz {

namespace {

QString checkUrl(const QString &text, RoutingRequest *request)
{
    QString error;
    if (!RequestUrl::parse(text, request, &error))
        return error.isEmpty() ? QStringLiteral("URL \"%1\" refused without a reason").arg(text)
                               : QString();
    // What the tester shows for a request reads back as the same request.
    const QString formatted = RequestUrl::format(*request);
    RoutingRequest again;
    if (!RequestUrl::parse(formatted, &again, &error))
        return QStringLiteral("URL \"%1\" formats as \"%2\", which is refused: %3")
            .arg(text, formatted, error);
    if (again.protocol != request->protocol || again.host != request->host ||
        again.address != request->address || again.port != request->port)
        return QStringLiteral("URL \"%1\" formats as \"%2\", another request").arg(text, formatted);
    return {};
}

QString checkHostsAndPrefix(const QString &line)
{
    const IpPrefix prefix = IpPrefix::parse(line);
    if (prefix.isValid()) {
        if (IpPrefix::parse(prefix.text()).text() != prefix.text())
            return QStringLiteral("prefix \"%1\" written as \"%2\" reads differently")
                .arg(line, prefix.text());
        if (!prefix.contains(prefix.firstHost()))
            return QStringLiteral("prefix \"%1\" does not contain its first host").arg(line);
    }
    const qsizetype space = line.indexOf(u' ');
    const QStringView a = QStringView(line).left(space < 0 ? line.size() : space);
    const QStringView b = space < 0 ? QStringView() : QStringView(line).mid(space + 1);
    if (IstioHost::matches(a, b) != IstioHost::matches(b, a))
        return QStringLiteral("hosts \"%1\" match one way only").arg(line);
    if (IstioHost::subsetOf(a, b) && !IstioHost::matches(a, b))
        return QStringLiteral("host \"%1\" is a subset of \"%2\" without matching it")
            .arg(a.toString(), b.toString());
    return {};
}

} // namespace

/**
 * The request explainer's inputs: a request URL (first line), the namespace it is sent from
 * (second), a host pair or CIDR (third), and the documents (ServiceEntries, Sidecars with
 * their egress host patterns, WorkloadEntries) the routing model reads (the rest).
 */
QString request(const QByteArray &input)
{
    FuzzInput in(input);
    const QString url = QString::fromUtf8(in.line());
    const QString from = QString::fromUtf8(in.line());
    const QString hosts = QString::fromUtf8(in.line());
    if (const QString broken = checkHostsAndPrefix(hosts); !broken.isEmpty())
        return broken;

    RoutingModel routing;
    const YamlFile file = YamlFile::fromBytes(in.rest());
    for (int i = 0; i < file.documentCount(); ++i) {
        const YamlDocument &document = file.document(i);
        const QString ns = document.info().namespaceName.isEmpty() ? QStringLiteral("default")
                                                                   : document.info().namespaceName;
        routing.documentRead(i, document, ns);
    }
    routing.update();
    for (int i = 0; i < file.documentCount(); ++i)
        routing.findings(i);

    RoutingRequest request;
    if (const QString broken = checkUrl(url, &request); !broken.isEmpty())
        return broken;
    if (request.port == 0)
        return {};
    request.fromNamespace = from.isEmpty() ? QStringLiteral("default") : from;
    const RouteAnswer answer = routing.route(request);
    if (answer.outcome.isEmpty())
        return QStringLiteral("a request to \"%1\" has no outcome").arg(url);
    routing.visibility(request.fromNamespace);
    return {};
}

} // namespace MeshEntry::Fuzz
