#!/usr/bin/env bash
# One full mutation run of the core and the add-ons on one commit (issue 18), split into groups of files.
#
#   mutation/run.sh <commit> [out-dir]      (default out-dir: mutation-runs/<commit>)
#
# The commit is checked out into its own clone (<out-dir>/src), so main can move on while the run goes. Each group is a
# separate Stryker run with its own report in <out-dir>/<group>/reports; a group whose report exists is skipped, so the
# script can be started again after an interruption and finishes the same commit. mutation/score.py adds the groups up.
# Not part of CI: on two cores the whole run takes hours (docs/quality.md has the figures).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
commit=${1:?usage: mutation/run.sh <commit> [out-dir]}
out=$(realpath -m "${2:-$repo/mutation-runs/$commit}")
mkdir -p "$out"
if [[ ! -d "$out/src/.git" ]]; then
  git clone -q "$repo" "$out/src"
fi
git -C "$out/src" checkout -q --detach "$commit"
cd "$out/src"
dotnet tool restore >/dev/null

# The properties run 200 cases per mutant instead of 10,000; the four slowest test classes (schema-reader agreement,
# a thousand check-ins on one date, the hostile-JSON list, eight threads on shared instances) are left out of the
# mutant runs. Both only make a mutant harder to kill, so the score is a lower bound of the full suite's.
export BACKPAIN_PROPERTY_ITERATIONS=200
slow='FullyQualifiedName!~SchemaReaderAgreementTests&FullyQualifiedName!~ThousandCheckIns&FullyQualifiedName!~HostileJsonTests&FullyQualifiedName!~SharedInstanceTests'

stryker() { # group, test folder, stryker arguments...
  local group=$1 tests=$2; shift 2
  if [[ -f "$out/$group/reports/mutation-report.json" ]]; then
    echo "$(date +%T) $group: done before, skipped"
    return
  fi
  # A file named "pause" in the out-dir holds the next group back (to give the machine to something else for a while
  # without a run's timeouts being skewed by it).
  while [[ -e "$out/pause" ]]; do sleep 30; done
  echo "$(date +%T) $group: started"
  # Under `script` the progress bar gets a terminal, so the log shows the count, the score so far and the time left.
  # A group below the configured break threshold makes Stryker exit with 1; the other groups still run.
  local status=0
  (cd "tests/$tests" && script -qfec "stty cols 180 rows 40; dotnet stryker $(printf '%q ' "$@") --output $(printf '%q' "$out/$group")" "$out/$group.log" >/dev/null) || status=$?
  echo "$(date +%T) $group: finished (exit code $status)"
}

core() { # group, mutate patterns...
  local group=$1; shift
  local args=(--config-file ../../stryker-config.json --test-case-filter "$slow")
  for pattern in "$@"; do args+=(-m "$pattern"); done
  stryker "core-$group" BackPain.Core.Tests "${args[@]}"
}

# The FHIR add-on's properties read 100 generated cases instead of 1,000 and validate every 50th against the R4
# specification (instead of every 5th or 20th): Firely's validator takes a third of a second per bundle.
addon() { # project
  BACKPAIN_PROPERTY_ITERATIONS=100 BACKPAIN_FHIR_VALIDATE_EVERY=50 stryker "$1" "$1.Tests" --project "$1.csproj" --concurrency 2 --reporter progress --reporter json --reporter markdown --reporter html
}

# The core's groups partition its files (score.py checks that every file was mutated by exactly one group).
timeline=('**/Planning/PlanTimeline.cs' '**/Planning/DaySweep.cs')
planning=('**/Planning/**' '**/Recovery*.cs' '**/Rules/Recovery*.cs' '**/CheckIn*.cs' '**/Plan*.cs' '**/Availability.cs')
assessment=('**/BackPainAssessor.cs' '**/Symptom*.cs' '**/Assessment*.cs' '**/CauseLikelihood.cs' '**/Ranking.cs' '**/Rules/**')
jsonread=('**/Serialization/BackPainJson.cs' '**/Serialization/DocumentConverter.cs' '**/Serialization/JsonValueException.cs' '**/Serialization/Converters.cs')
not() { for pattern in "$@"; do printf '!%s\n' "$pattern"; done; }

# A group stopped half-way starts again from nothing; the two short add-on groups come early, to fill the end of a sitting.
core timeline "${timeline[@]}"
addon BackPain.Core.Extensions.DependencyInjection
addon BackPain.Core.Calendar
mapfile -t x < <(not "${timeline[@]}")
core planning "${planning[@]}" "${x[@]}"
mapfile -t x < <(not "${planning[@]}" '**/Serialization/**')
core assessment "${assessment[@]}" "${x[@]}"
mapfile -t x < <(not "${planning[@]}" "${assessment[@]}" '**/Serialization/**')
core domain '**/*.cs' "${x[@]}"
core json-read "${jsonread[@]}"
mapfile -t x < <(not "${jsonread[@]}" "${planning[@]}")
core json-rest '**/Serialization/**' "${x[@]}"
addon BackPain.Core.Fhir
echo "$(date +%T) all groups finished; python3 $repo/mutation/score.py $out"
