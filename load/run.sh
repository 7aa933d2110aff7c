#!/usr/bin/env bash
# Load test of the web sample on loopback (issue 18), not part of CI: publishes the sample (Release), starts it, writes
# the request bodies (load/make_bodies.py: valid and invalid assessments, plans and check-ins, and the largest plan
# and check-in the 1 MiB body limit allows), then runs wrk (load/mix.lua) in PHASES phases of DURATION seconds each
# with CONNECTIONS connections, and prints each phase's figures and the server's resident memory before and after each
# phase (growth after the first phase would be a leak).
# Usage: bash load/run.sh [DURATION=60] [CONNECTIONS=64] [THREADS=2] [PHASES=3]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

duration=${1:-60}
connections=${2:-64}
threads=${3:-2}
phases=${4:-3}
port=5099
base="http://127.0.0.1:$port"
work=$(mktemp -d)

if ! command -v wrk >/dev/null; then
    apt-get update && apt-get install -y --no-install-recommends wrk
fi

dotnet publish samples/BackPain.Samples.Web -c Release -o "$work/app" >/dev/null
# Logging at Warning: the load test measures the API, not the console logger.
Logging__LogLevel__Default=Warning ASPNETCORE_URLS="$base" "$work/app/BackPain.Samples.Web" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
    curl -fs "$base/api/catalogue" >/dev/null && break
    sleep 0.2
done

rss() { awk '/^VmRSS/ { printf "%.1f MiB", $2 / 1024 }' "/proc/$server/status"; }

echo "==> bodies"
python3 load/make_bodies.py "$base" examples "$work/bodies"
echo "server memory (RSS) before: $(rss)"

for phase in $(seq 1 "$phases"); do
    echo "==> phase $phase: wrk -t$threads -c$connections -d${duration}s --latency"
    BODIES="$work/bodies" wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 30s --latency -s load/mix.lua "$base" \
        | tee "$work/wrk-$phase.txt" | grep -E '^RESULT|Requests/sec|Socket errors'
    echo "server memory (RSS) after phase $phase: $(rss)"
done

if grep -qE 'status_5xx=[1-9]|socket_(connect|read|write|timeout)=[1-9]' "$work"/wrk-*.txt; then
    echo "load: server or socket errors (above)" >&2
    exit 1
fi
if grep -qiE 'fail|exception' "$work/server.log"; then
    echo "load: the server logged failures:" >&2
    grep -iE 'fail|exception' "$work/server.log" | head -20 >&2
    exit 1
fi
echo "load: no server error, no socket error"
