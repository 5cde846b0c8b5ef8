#pragma once

#include "portplan.h"
#include "routeanswer.h"
#include "routingconflicts.h"
#include "routingregistry.h"
#include "servicevisibility.h"
#include "stringpool.h"
#include "validationextension.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <memory>

namespace MeshEntry {

/**
 * Where a request from a sidecar goes, from the open documents alone (ISTIO-ROUTING.md): the
 * services each namespace sees, the listeners, filter chains and routes its sidecars get, a
 * request walked through them, and the conflicts that silently lose traffic.
 *
 * Fed one document at a time, either by ValidationWorkspace (it is a ValidationExtension, so
 * its conflicts are findings like any other) or directly. Call update() after feeding; the
 * answers then reflect every change. Sidecar views and listener plans are built on first use
 * per namespace and port, so a request costs what its namespace and port hold, not the file.
 * Single-threaded apart from documentRead() and observe().
 */
class RoutingModel : public ValidationExtension
{
public:
    RoutingModel();
    ~RoutingModel() override;

    /// Mesh settings (rootNamespace, defaultServiceExportTo, outbound policy, DNS capture…).
    void setMeshConfig(const MeshConfig &mesh);
    const MeshConfig &meshConfig() const { return m_registry.mesh(); }
    /// The cluster's namespaces and their labels (serviceEntryVisibility, the map's columns).
    void setNamespaceInventory(const NamespaceInventory &namespaces);
    /// Pods outside the files (not owned; must outlive the model or be reset to nullptr).
    void setWorkloadInventory(const WorkloadInventory *workloads);

    // ValidationExtension
    void documentRead(int id, const YamlDocument &document, const QString &namespaceName) override;
    std::any observe(const SpanTree &tree, const DocumentInfo &info, bool syntaxErrors,
                     const QString &namespaceName) const override;
    void documentObserved(int id, std::any observation) override;
    void documentRemoved(int id) override;
    QSet<int> update() override;
    QList<Diagnostic> findings(int id) const override { return m_conflicts.findings(id); }
    QList<Diagnostic> takeFindings(int id) override { return m_conflicts.takeFindings(id); }
    const RoutingConflicts &conflicts() const { return m_conflicts; }

    /// Adds or replaces a document's facts directly (tests, tools without a workspace).
    void setDocument(int id, RoutingFacts facts);

    RouteAnswer route(const RoutingRequest &request) const;
    ServiceVisibility visibility(const QString &namespaceName) const;
    /// How sidecars in viewer see host as sourceNamespace's entries define it (the map's cell).
    ServiceVisibility::Cell visibilityCell(const QString &viewer, const QString &host,
                                           const QString &sourceNamespace) const
    {
        return ServiceVisibility::cell(m_registry, *scope(viewer), host, sourceNamespace);
    }
    /// Namespaces the files, their exportTo lists and the imports name, sorted.
    QStringList namespaces() const;
    const RoutingRegistry &registry() const { return m_registry; }
    /// The pool the documents' repeated values share.
    const StringPool &strings() const { return m_strings; }
    /// Bumped by every update() that changed anything.
    quint64 revision() const { return m_revision; }

    /// A sidecar's view of a namespace and its plan for one port (built once, kept until a
    /// change).
    std::shared_ptr<const SidecarScope> scope(const QString &namespaceName) const;
    std::shared_ptr<const PortPlan> plan(const QString &namespaceName, quint32 port) const;

private:
    void setPending(int id, std::shared_ptr<RoutingFacts> facts);

    /// Shared copies of the values documents repeat; read() uses it from several threads.
    mutable StringPool m_strings;
    qsizetype m_stringsPruned = 0; ///< pool size after the last prune
    RoutingRegistry m_registry;
    RoutingConflicts m_conflicts;
    mutable QMutex m_pendingLock;
    /// Facts waiting for update(); by pointer, so that a file's worth of them is never held
    /// twice (the observation is moved here, then into the registry). Null: Kind::Other.
    QHash<int, std::shared_ptr<RoutingFacts>> m_pending;
    QSet<int> m_pendingRemovals;
    bool m_settingsChanged = false;
    quint64 m_revision = 0;
    mutable QHash<QString, std::shared_ptr<const SidecarScope>> m_scopes;
    mutable QHash<QString, std::shared_ptr<const PortPlan>> m_plans;
};

} // namespace MeshEntry
