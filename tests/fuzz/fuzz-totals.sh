#!/usr/bin/env bash
# Prints the cumulative executions, crashes and executions per second of every fuzz target
# over all the runs recorded in build-fuzz/fuzz-runs.tsv (run-fuzzers.sh appends one line per
# target and run), as a Markdown table. With SINCE (an ISO time such as 2026-12-01T17:45Z),
# only the runs recorded from then on.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=build-fuzz/fuzz-runs.tsv
[ -f "$runs" ] || { echo "no fuzz runs recorded yet ($runs)" >&2; exit 1; }
# Executions per CPU second count only the runs that recorded their CPU time (a sixth column).
echo "| target | runs | seconds | executions | crashes | executions/s | executions/CPU s |"
echo "|---|---:|---:|---:|---:|---:|---:|"
since=${1:-}
awk -F'\t' -v since="$since" '$1 >= since { n[$2]++; s[$2] += $3; e[$2] += $4; c[$2] += $5
    if (NF >= 6 && $6 > 0) { cpu[$2] += $6; ce[$2] += $4 } }
  END { for (t in n) printf "| %s | %d | %d | %d | %d | %.0f | %s |\n", t, n[t], s[t], e[t], c[t],
    s[t] ? e[t] / s[t] : 0, cpu[t] ? sprintf("%.0f", ce[t] / cpu[t]) : "-" }' "$runs" | sort
