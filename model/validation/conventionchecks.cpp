#include "conventionchecks.h"

#include "istiopredicates.h"
#include "portprotocols.h"
#include "serviceentryview.h"
#include "validationcontext.h"

namespace MeshEntry::ConventionChecks {

void runServiceEntry(ValidationContext &context, const ServiceEntryView &view)
{
    if (context.decodeFailed)
        return;
    const NodeReader &reader = context.reader();
    for (const ServiceEntryView::Port &port : view.ports) {
        if (!port.protocol.present() || reader.jsonType(port.protocol.node) != JsonType::String)
            continue;
        const QString canonical = PortProtocols::canonical(port.protocol.value);
        if (canonical.isEmpty())
            continue;
        if (canonical != port.protocol.value)
            context.report(
                u"ME-PROTOCOL-CASE",
                MessageText(QT_TRANSLATE_NOOP(
                                "MeshEntry::Message",
                                "protocol %1 is Istio's %2 written in another case: Istio reads "
                                "it, but checks that compare the text (the webhook's address "
                                "warning looks for \"TCP\") do not: write %2"))
                    .arg(IstioPredicates::goQuote(port.protocol.value), canonical),
                port.protocol.node);
        if (!port.name.present() || reader.jsonType(port.name.node) != JsonType::String ||
            !IstioPredicates::checkPortName(port.name.value).isEmpty())
            continue;
        const QString named = PortProtocols::protocolOfName(port.name.value);
        if (!named.isEmpty() && !PortProtocols::sameFamily(named, canonical))
            context.report(
                u"ME-PORT-NAME-CONVENTION",
                MessageText(QT_TRANSLATE_NOOP(
                                "MeshEntry::Message",
                                "port name %1 says %2, but the port's protocol is %3: people and "
                                "tools that read <protocol>[-suffix] names take it for %2"))
                    .arg(IstioPredicates::goQuote(port.name.value), named, canonical),
                port.name.node);
    }
}

} // namespace MeshEntry::ConventionChecks
