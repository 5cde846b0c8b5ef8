#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace MeshEntry {

/**
 * Facts the forms need that the field table (model/resources/fieldtable.cpp) does not hold as
 * data: Istio's protocol names, the port naming convention, one line per enum choice, and how
 * a ServiceEntry's resolution constrains its other fields (ISTIO-RULES.md §3, §4.6, §9). Kept
 * in this one place so that each can move into the table when it grows the matching column.
 */
class FormFacts
{
    Q_DECLARE_TR_FUNCTIONS(FormFacts)
public:
    /// Istio's port protocols (P-PROTO) as Istio spells them; matching is case-insensitive.
    static QStringList protocols();
    /// The port name Istio's `<protocol>[-<suffix>]` convention suggests: HTTP_PROXY → http-proxy.
    static QString portNameFor(const QString &protocol);
    /// The apiVersions served for both kinds, newest first.
    static QStringList apiVersions();
    /// One line on what choosing value for the field with this pattern does; empty if unknown.
    static QString choiceHelp(QStringView pattern, QStringView value);
    /// What's This text a field needs beyond its table entry; empty for most fields.
    static QString supplement(QStringView pattern);
    /// What one exportTo entry means, for a resource in namespace ownNamespace.
    static QString exportToMeaning(const QString &entry, const QString &ownNamespace);

    // How ServiceEntryView::Resolution constrains the form (-1, an unknown name, constrains
    // nothing).
    static bool endpointsAllowed(int resolution);
    /// The most endpoints a resolution takes, or -1 for no limit.
    static int maxEndpoints(int resolution);
    static bool selectorIgnored(int resolution);
    static bool addressesAllowed(int resolution);
};

} // namespace MeshEntry
