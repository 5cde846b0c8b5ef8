#!/usr/bin/env bash
# ./build.sh fuzz [SECONDS] [--no-build] [TARGET...]: builds the libFuzzer targets with clang
# (ASan + UBSan) in build-fuzz/ (unless --no-build) and runs each for SECONDS (default 60) from its seed corpus. New inputs that
# reach new code stay in build-fuzz/corpus/TARGET for the next run; an input that crashes a
# target (or breaks one of its checks, or hangs it) is copied to tests/fuzz/regressions/TARGET,
# where the normal suite's tst_fuzzregressions replays it. Executions and crashes of each run
# are appended to build-fuzz/fuzz-runs.tsv (time, target, seconds, executions, crashes, CPU
# seconds); tests/fuzz/fuzz-totals.sh sums them up per target.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=60
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
# --no-build: run the programs as they are (a long campaign while the sources change).
if [ "${1:-}" = --no-build ]; then
  shift
else
  cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DMESHENTRY_FUZZ=ON >/dev/null
  cmake --build build-fuzz --parallel "$(nproc)"
fi
read -r -a targets <<<"$(tr ';' ' ' <build-fuzz/fuzz-targets.txt)"
[ $# -gt 0 ] && targets=("$@")

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=0
printf '%-18s %12s %8s\n' target executions crashes
for target in "${targets[@]}"; do
  program=build-fuzz/tests/fuzz/fuzz-$target
  [ -x "$program" ] || { echo "no fuzz target $target" >&2; exit 64; }
  work=build-fuzz/corpus/$target
  artifacts=build-fuzz/artifacts/$target
  mkdir -p "$work" "$artifacts" "tests/fuzz/regressions/$target"
  log=build-fuzz/fuzz-$target.log
  before=$(ls "$artifacts" | wc -l)
  # The largest input worth trying: files of many documents for the indexer and the edits,
  # a few documents or lines for the others (longer ones only run slower, reaching no more).
  case $target in
  document-index | edits | workload-import) max_len=16384 ;;
  *) max_len=8192 ;;
  esac
  # One job, a hard time limit; 10 s for one input or 4 GiB of memory is a hang or a leak.
  status=0
  # The CPU time too: on a busy machine (or under nice) executions per wall second say little.
  TIMEFORMAT='%U %S'
  { time "$program" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=$max_len \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$work" "tests/fuzz/corpus/$target" \
    "tests/fuzz/regressions/$target" >"$log" 2>&1; } 2>"$log.cpu" || status=$?
  cpu=$(awk '{ printf "%.0f", $1 + $2 }' "$log.cpu")
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  crashes=$(($(ls "$artifacts" | wc -l) - before))
  if [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ]; then
    echo "fuzz-$target failed without an artifact, see $log" >&2
    crashes=1
  fi
  for artifact in $(ls -t "$artifacts" | head -n "$crashes"); do
    cp "$artifacts/$artifact" "tests/fuzz/regressions/$target/"
    echo "  $target: $artifact -> tests/fuzz/regressions/$target/ (see $log)"
  done
  [ "$crashes" -gt 0 ] && failed=1
  printf '%-18s %12s %8s\n' "$target" "${runs:-0}" "$crashes"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" "$seconds" "${runs:-0}" \
    "$crashes" "$cpu" >>build-fuzz/fuzz-runs.tsv
done
exit $failed
