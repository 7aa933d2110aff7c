#!/usr/bin/env bash
# Coverage-guided fuzzing of BackPain.Core with SharpFuzz and AFL++ (docs/reliability.md, "Fuzzing").
#
#   fuzz/run.sh <target> <seconds>
#
# target: report | history | workout | checkin | assessment | plan | life
# Installs AFL++ (apt) and the sharpfuzz tool (tools manifest) when missing, publishes fuzz/BackPain.Core.Fuzz to
# fuzz/bin/<target>, instruments BackPain.Core.dll there, and runs afl-fuzz on fuzz/corpus/<target> for <seconds> seconds.
# Findings go to fuzz/out/<target>/default/{crashes,hangs}; a previous output of the target is moved aside first
# (fuzz/out/<target>.<time>). fuzz/stats.sh prints the figures. Two cores are shared: prefix with `nice -n 19`.
set -euo pipefail

targets="report history workout checkin assessment plan life"
if [[ $# -ne 2 || ! " $targets " =~ " $1 " || ! "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: fuzz/run.sh <${targets// /|}> <seconds>" >&2
  exit 2
fi
target=$1
seconds=$2
fuzz=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz")
cd "$root"

if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++
fi
dotnet tool restore >/dev/null

# A fresh publish each run, one folder per target so that several targets can run at once: sharpfuzz instruments the
# assembly in place, and only once.
bin="$fuzz/bin/$target"
mkdir -p "$fuzz/out"
rm -rf "$bin"
(
  flock 9  # two targets started together must not build into the same obj/ at once
  dotnet publish "$fuzz/BackPain.Core.Fuzz" -c Release -o "$bin" -p:ContinuousIntegrationBuild=false --nologo -v quiet
) 9>"$fuzz/out/.publish.lock"
dotnet tool run sharpfuzz "$bin/BackPain.Core.dll"

out="$fuzz/out/$target"
if [[ -e "$out" ]]; then
  mv "$out" "$out.$(date +%Y%m%d-%H%M%S)"
fi
mkdir -p "$fuzz/out"

# The JSON targets get a dictionary of the field names and ids their seeds use.
dict=()
if [[ $target != life ]]; then
  grep -oh '"[A-Za-z][A-Za-z0-9-]*"' "$fuzz/corpus/$target"/* | sort -u | sed 's/"/\\"/g; s/.*/"&"/' > "$fuzz/out/$target.dict"
  dict=(-x "$fuzz/out/$target.dict")
fi

# dotnet itself is not instrumented (SharpFuzz reports the coverage of the instrumented assembly), .NET starts slowly
# (-t: 5 s, and a slow input is skipped rather than fatal), and the CPU's frequency governor is not ours to change.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1
afl-fuzz -i "$fuzz/corpus/$target" -o "$out" -t 5000+ -m none -V "$seconds" "${dict[@]}" -- \
  dotnet "$bin/BackPain.Core.Fuzz.dll" "$target"

"$fuzz/stats.sh" "$target"
crashes=$(find "$out/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
if [[ $crashes -gt 0 ]]; then
  echo "$crashes crash(es) in $out/default/crashes; replay one with:"
  echo "  dotnet run -c Release --project fuzz/BackPain.Core.Fuzz -- $target '$out/default/crashes/<file>'"
fi
