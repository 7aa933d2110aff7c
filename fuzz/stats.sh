#!/usr/bin/env bash
# The figures of the fuzz runs in fuzz/out (AFL++'s fuzzer_stats), one Markdown table row per target, as
# docs/reliability.md shows them:   fuzz/stats.sh [target...]   (default: every target that has run)
set -euo pipefail
out="$(cd "$(dirname "$0")" && pwd)/out"
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  for stats in "$out"/*/default/fuzzer_stats; do
    [[ -f $stats ]] && targets+=("$(basename "$(dirname "$(dirname "$stats")")")")
  done
fi

echo "| Target | Run time (s) | Executions | Execs/s | Corpus (paths) | Found | Coverage | Stability | Crashes | Hangs |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for target in "${targets[@]}"; do
  stats="$out/$target/default/fuzzer_stats"
  [[ -f $stats ]] || { echo "| $target | no run in $out/$target |"; continue; }
  field() { sed -n "s/^$1 *: *//p" "$stats"; }
  echo "| $target | $(field run_time) | $(field execs_done) | $(field execs_per_sec) | $(field corpus_count) | $(field corpus_found) | $(field bitmap_cvg) | $(field stability) | $(field saved_crashes) | $(field saved_hangs) |"
done
