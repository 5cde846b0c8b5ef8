#pragma once

#include <QString>

namespace MeshEntry {

class BenchReport;

/**
 * The routing figures of DESIGN.md §6 on the benchmark file: building the routing model and its
 * conflicts, what that adds to opening the file with validation, one request through the model
 * (cold: the first in its namespace after an edit, as the Request tester asks it; and warm), and
 * the incremental recompute after one edit.
 */
namespace RoutingBench {

bool run(const QString &path, BenchReport &report);

} // namespace RoutingBench

} // namespace MeshEntry
