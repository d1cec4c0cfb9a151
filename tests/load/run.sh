#!/usr/bin/env bash
# Load benchmark (not a test): `factcheck serve` (Release, local recognizer) over Azurite on loopback, driven by
# autocannon. Prints the check-path figures (requests/s, p50/p99 latency, errors), the upload-path figures (1,000
# drafts → all Checked or Rejected, none lost, time taken) and the server's peak memory (VmHWM).
#   npm ci && tests/load/run.sh [seconds=60] [connections=50] [drafts=1000]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}" connections="${2:-50}" drafts="${3:-1000}"
root="$PWD"
work="$(mktemp -d /tmp/factcheck-load-XXXXXX)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_port() { for _ in $(seq 1 300); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done; echo "nothing listens on $1" >&2; return 1; }

[[ -x node_modules/.bin/azurite && -d node_modules/autocannon ]] || { echo "run npm ci at the repository root first" >&2; exit 2; }
dotnet build src/FactCheck.Cli -c Release --nologo -v quiet >/dev/null

blob=$(free_port) queue=$(free_port) table=$(free_port) port=$(free_port)
# Azurite refuses --location with --inMemoryPersistence; its working directory catches any stray file.
(cd "$work" && exec "$root/node_modules/.bin/azurite" --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" \
  --tableHost 127.0.0.1 --tablePort "$table" --inMemoryPersistence --skipApiVersionCheck --silent >"$work/azurite.log" 2>&1) &
pids+=($!)
wait_port "$blob" || { cat "$work/azurite.log" >&2; exit 2; }
wait_port "$table"
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"

Logging__LogLevel__Default=Warning dotnet src/FactCheck.Cli/bin/Release/net10.0/factcheck.dll serve --port "$port" --storage "$storage" >"$work/serve.log" 2>&1 &
server=$!
pids+=("$server")
wait_port "$port" || { cat "$work/serve.log" >&2; exit 2; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run" >&2
status=0
node tests/load/load.mjs "http://127.0.0.1:$port" "$seconds" "$connections" "$drafts" || status=$?
echo "{\"phase\":\"server\",\"peakMemoryMB\":$(( $(awk '/VmHWM/ {print $2}' "/proc/$server/status") / 1024 )),\"loadAverageAfter\":\"$(cut -d' ' -f1-3 /proc/loadavg)\"}"
if grep -qiE "fail|exception" "$work/serve.log"; then echo "serve logged failures:" >&2; grep -iE "fail|exception" "$work/serve.log" | head -5 >&2; fi
exit "$status"
