#pragma once

#include <QGraphicsView>

namespace MeshEntry {

class WorkloadInventory;
struct SelectionResult;
struct SelectorQuery;

/**
 * A ServiceEntry drawn as a diagram: the entry, its hosts and its ports, and the workloads it
 * selects, Pods and VMs (WorkloadEntries) in their own groups, each port joined to each
 * workload with the endpoint port Istio uses; workloads Istio does not use are marked and
 * say why on hover. Exports as PNG and SVG.
 */
class SelectionDiagram : public QGraphicsView
{
    Q_OBJECT
public:
    /// Workloads drawn at most per group; a note says how many more there are.
    static constexpr int maxWorkloads = 40;

    explicit SelectionDiagram(QWidget *parent = nullptr);

    void setSelection(const SelectorQuery &query, const SelectionResult &result,
                      const WorkloadInventory &inventory);
    /// Workload boxes drawn (tests and the status line).
    int workloadCount() const { return m_workloads; }

    bool exportPng(const QString &path, QString *error) const;
    bool exportSvg(const QString &path, QString *error) const;

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    int m_workloads = 0;
};

} // namespace MeshEntry
