#!/usr/bin/env bash
# A/B throughput of two revisions in one process: tools/perf-ab/run.sh REV_A REV_B [SECONDS] [rec]
# (REV: any git revision; "." is the working tree). Builds the runner against each checkout, then alternates corpus
# passes of the two (FACTCHECK_CORPUS, default ../shared/corpus/articles). On a shared or noisy VM this is steadier
# than two BenchmarkDotNet runs made minutes apart: both builds see the same load. BenchmarkDotNet stays the measure
# of record (README, Tests and measurements).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'git -C "$root" worktree prune; rm -rf "$work"' EXIT
export FACTCHECK_CORPUS="${FACTCHECK_CORPUS:-$root/../shared/corpus/articles}"
checkout() {
  if [ "$1" = "." ]; then echo "$root"; else git -C "$root" worktree add -q --detach "$work/src-$2" "$1" && echo "$work/src-$2"; fi
}
for side in a b; do
  rev=$([ "$side" = a ] && echo "$1" || echo "$2")
  dir=$(checkout "$rev" "$side")
  # The runner's restore names the checkout's Core, so each side starts from a clean obj.
  rm -rf "$root/tools/perf-ab/Runner/obj" "$root/tools/perf-ab/Runner/bin"
  dotnet build -c Release "$root/tools/perf-ab/Runner" -p:CoreDir="$dir" -o "$work/$side" > "$work/build-$side.log" ||
    { cat "$work/build-$side.log"; exit 1; }
done
dotnet build -c Release "$root/tools/perf-ab/Host" -o "$work/host" > "$work/build-host.log" || { cat "$work/build-host.log"; exit 1; }
dotnet "$work/host/PerfAbHost.dll" "$work/a" "$work/b" "${3:-40}" "${4:-}"
