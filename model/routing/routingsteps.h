#pragma once

#include <QList>
#include <QString>

namespace MeshEntry {

/**
 * The ids of the steps `meshentry route` tells, each with the part of ISTIO-ROUTING.md and
 * the Istio function it follows. The README lists them; the ids are stable.
 */
class RoutingSteps
{
public:
    struct Step {
        const char *id;
        const char *section; ///< ISTIO-ROUTING.md section
        const char *source;  ///< Istio file:function
        const char *summary;
    };

    static const QList<Step> &steps();
    static const Step *find(const QString &id);
    /// The outcome values of RouteAnswer::outcome, each with a sentence.
    static const QList<std::pair<const char *, const char *>> &outcomes();
};

} // namespace MeshEntry
