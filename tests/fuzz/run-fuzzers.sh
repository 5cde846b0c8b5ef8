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
  # The largest input worth trying: files of several documents for the indexer and the edits,
  # a few documents for the validator and the request explainer, a few rows of CSV; longer
  # inputs only run slower (every byte more is more work for every check), reaching no more.
  case $target in
  document-index | edits | workload-import) max_len=8192 ;;
  validator | request) max_len=4096 ;;
  vm-inventory-csv) max_len=2048 ;;
  *) max_len=8192 ;;
  esac
  # A feature stops counting as rare (for the entropic schedule) after 16 hits instead of 255:
  # until the most frequent rare feature passes that, libFuzzer keeps every feature in its rare
  # list and searches it on every hit, which cost the validator 3/4 of its CPU time.
  options=(-timeout=10 -rss_limit_mb=4096 -max_len=$max_len -artifact_prefix="$artifacts/"
    -entropic_feature_frequency_threshold=16)
  # One job, a hard time limit; 10 s for one input or 4 GiB of memory is a hang or a leak.
  status=0
  # The CPU time too: on a busy machine (or under nice) executions per wall second say little.
  TIMEFORMAT='%U %S'
  {
    time {
      # The grown corpus is minimised (-merge keeps every input that adds coverage) when it
      # has grown by a quarter since it last was: a run starts by executing its whole corpus,
      # where libFuzzer's bookkeeping of rare features grows with the corpus times the features
      # each input reaches. Not on every run: the merge executes the whole corpus once more,
      # CPU time that counts no execution (the validator's 1439 inputs replayed: 12 CPU s, as
      # long as 2,100 of its executions while fuzzing), and a corpus merged a run ago shrinks
      # by a few percent (loading the validator's 1439 inputs, libFuzzer kept 1356).
      inputs=$(ls -A "$work" | wc -l)
      stamp="build-fuzz/corpus/.$target-merged"
      merged_inputs=$(cat "$stamp" 2>/dev/null || echo 0)
      if [ "$inputs" -gt 0 ] && [ $((inputs * 4)) -gt $((merged_inputs * 5)) ]; then
        merged=$(mktemp -d "build-fuzz/corpus/.$target-XXXXXX")
        if "$program" -merge=1 "${options[@]}" "$merged" "$work" >"$log.merge" 2>&1; then
          rm -rf "$work" && mv "$merged" "$work"
          ls -A "$work" | wc -l >"$stamp"
        else
          rm -rf "$merged"
        fi
      fi
      "$program" -max_total_time="$seconds" "${options[@]}" -print_final_stats=1 "$work" "tests/fuzz/corpus/$target" \
        "tests/fuzz/regressions/$target" >"$log" 2>&1
    }
  } 2>"$log.cpu" || status=$?
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
