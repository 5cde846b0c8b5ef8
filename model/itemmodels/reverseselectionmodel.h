#pragma once

#include "groupedrowsmodel.h"
#include "workloadmatcher.h"

namespace MeshEntry {

/**
 * The reverse view: for one workload, the ServiceEntries that select it (with whether Istio
 * uses it), those that would but for one label, and those in other namespaces whose selector
 * it satisfies. Each row's key is the index into the list of matches given.
 */
class ReverseSelectionModel : public GroupedRowsModel
{
    Q_OBJECT
public:
    enum GroupIndex { SelectingGroup, NearMissGroup, OtherNamespaceGroup };
    enum Column { ServiceEntryColumn, StatusColumn, ResolutionColumn, HostsColumn, ColumnCount };

    explicit ReverseSelectionModel(QObject *parent = nullptr);

    void setMatches(const Workload &workload, const QList<ReverseMatch> &matches);
    void clear() { setGroups({}); }
};

} // namespace MeshEntry
