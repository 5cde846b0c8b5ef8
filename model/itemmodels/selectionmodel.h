#pragma once

#include "groupedrowsmodel.h"
#include "workloadmatcher.h"

namespace MeshEntry {

/**
 * The Selected workloads panel's rows for one ServiceEntry: the selected Pods and
 * WorkloadEntries (address, endpoint per port with the precedence rule as a tooltip,
 * readiness with its reason, labels with the matched keys marked), then the workloads of other
 * namespaces that match and the near-misses. Rows hold copies, so they stay valid whatever
 * happens to the inventory afterwards.
 */
class SelectionModel : public GroupedRowsModel
{
    Q_OBJECT
public:
    enum GroupIndex { SelectedGroup, OtherNamespaceGroup, NearMissGroup };
    /// Status second: in a narrow panel it is what must stay in view.
    enum Column {
        WorkloadColumn,
        StatusColumn,
        AddressColumn,
        EndpointsColumn,
        LabelsColumn,
        ColumnCount
    };
    /// Rows listed per group at most; a note says how many more there are.
    static constexpr int maxRows = 2000;

    explicit SelectionModel(QObject *parent = nullptr);

    void setSelection(const WorkloadInventory &inventory, const SelectorQuery &query,
                      const SelectionResult &result);
    void clear() { setGroups({}); }

    /// "http 80→8080, grpc 9090→9090"
    static QString endpointsText(const QList<EndpointPort> &ports);
};

} // namespace MeshEntry
