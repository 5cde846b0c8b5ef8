#pragma once

#include <QStringList>

namespace MeshEntry::MatchCommand {

/**
 * `meshentry match [--output text|json] [--mesh-config FILE] [--workloads FILE]…
 * [--namespaces FILE] [-n NAMESPACE] [--near-misses N] PATH…`; args[0] is "match".
 * For every ServiceEntry with a workloadSelector in PATH, the workloads it selects (the
 * WorkloadEntries in PATH and those given with --workloads), with endpoints, readiness and the
 * near-misses. Exit code 0; 1 when some ServiceEntry selects no ready workload; 2 unreadable
 * input; 64 usage.
 */
int run(const QStringList &args);

} // namespace MeshEntry::MatchCommand
