#pragma once

#include "diagnostic.h"
#include "routingregistry.h"
#include "sidecarscope.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace MeshEntry {

/**
 * The routing model's conflicts as findings (docs/RULES.md, "MeshEntry checks"): what a
 * sidecar in each namespace silently loses. Each namespace the files or the imports name is
 * evaluated; namespaces with nothing of their own (no entries, nothing exported to them
 * explicitly, no Sidecar) share one evaluation. A finding names the namespaces it holds for.
 * Recomputed only for the namespaces a change can affect.
 */
class RoutingConflicts
{
public:
    /// Re-evaluates what changes can affect; returns the documents whose findings changed.
    QSet<int> update(const RoutingRegistry &registry, const RoutingRegistry::Changes &changes);
    QList<Diagnostic> findings(int document) const { return m_findings.value(document); }
    /// Hands over document's findings and forgets what update() diffs against: for a batch
    /// run that never updates again (ValidationExtension::takeFindings).
    QList<Diagnostic> takeFindings(int document);
    /// How many Facts the namespaces' views hold in all, each counted once per copy.
    qsizetype keptFacts() const;

    /**
     * A conflict before its namespaces are listed. Built with `%NS%` standing for them; once
     * evaluated for a namespace of its own, that namespace replaces the mark at [mark, mark +
     * markLength) (bytes of the UTF-8 message), so that a finding seen from that namespace
     * alone shares this text instead of holding a second copy.
     */
    struct Fact {
        QString rule;
        int document = -1;
        TextSpan span;
        YamlPath path;
        FindingText message;
        /// The template message was made from, for translatedMessage() (MessageText::source).
        const char *source = nullptr;
        qsizetype mark = -1; ///< where the namespaces go; -1 when the message names none
        qsizetype markLength = 0;

        bool operator==(const Fact &o) const
        {
            return rule == o.rule && document == o.document && span.start == o.span.start &&
                   span.end == o.span.end && path == o.path && mark == o.mark &&
                   markLength == o.markLength && message == o.message;
        }
        bool operator!=(const Fact &o) const { return !(*this == o); }
    };

private:
    /// Where a fact of a ViewerFacts is: in scope, or in the list of a port.
    struct FactPlace {
        qint64 port = -1; ///< -1: scope
        qsizetype index = 0;
    };
    /// What one namespace's sidecars lose: facts of the whole scope, facts per listener port.
    struct ViewerFacts {
        QList<Fact> scope;
        QHash<quint32, QList<Fact>> ports;
        /// Where the facts on each document are in the two above (a place, not a second copy
        /// of each Fact: a namespace's view can hold tens of thousands).
        QHash<int, QList<FactPlace>> byDocument;

        const Fact &at(const FactPlace &place) const
        {
            return place.port < 0 ? scope.at(place.index)
                                  : ports.constFind(quint32(place.port))->at(place.index);
        }
        /// Whether the facts on document are those other holds on it, in the same order.
        bool sameFacts(int document, const ViewerFacts &other) const;
    };

    /// Re-evaluates a namespace: every port, or (with only) those ports, the others kept from
    /// previous. viewer is the namespace itself, or empty for the generic view.
    ViewerFacts evaluate(const RoutingRegistry &registry, const QString &namespaceName,
                         const QString &viewer, const ViewerFacts &previous,
                         const QSet<quint32> *only) const;
    QList<Fact> portFacts(const RoutingRegistry &registry, const SidecarScope &scope,
                          quint32 port) const;
    QList<Fact> entryFacts(const RoutingRegistry &registry, const ServiceEntryRecord &entry,
                           const QSet<QString> &workloads) const;
    QList<Diagnostic> aggregate(int document) const;

    QStringList m_viewers;                       ///< evaluated namespaces with views of their own
    QStringList m_generic;                       ///< namespaces sharing the generic view
    QHash<QString, ViewerFacts> m_byViewer;      ///< "" is the generic view
    QHash<int, QStringList> m_viewersByDocument; ///< few per document: a list, not a set
    QHash<int, QList<Fact>> m_entryFacts;        ///< per-entry checks (ME-EXPORTTO-NO-WORKLOADS)
    QHash<int, QList<Diagnostic>> m_findings;
};

} // namespace MeshEntry
