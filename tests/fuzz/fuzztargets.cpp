#include "fuzztargets.h"

namespace MeshEntry::Fuzz {

const QList<Target> &targets()
{
    static const QList<Target> all{
        {"document-index", documentIndex},
        {"edits", edits},
        {"validator", validator},
        {"mesh-config", meshConfig},
        {"kubeconfig", kubeconfig},
        {"workload-import", workloadImport},
        {"vm-inventory-csv", vmInventoryCsv},
        {"request", request},
    };
    return all;
}

} // namespace MeshEntry::Fuzz
