#!/usr/bin/env bash
# Fuzzes the .docx, HTML and Markdown extractors with SharpFuzz + AFL++ for a bounded time each.
#   tests/fuzz/run.sh [seconds-per-format]      (default 60; needs: apt-get install -y afl++)
# Any input that makes DocumentReader.Read throw anything but DocumentInputException is a crash: the script lists
# the crashing inputs under tests/fuzz/findings/<format>/default/crashes and exits 1. Turn each into a regression test
# under tests/FactCheck.Core.Tests and fix it.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
root="$(cd ../.. && pwd)"
out="$PWD/FactCheck.Fuzz/bin/Release/net10.0"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install -y afl++" >&2; exit 2; }
sharpfuzz="$(command -v sharpfuzz || true)"
if [[ -z "$sharpfuzz" ]]; then
  dotnet tool update --tool-path "$PWD/.tools" SharpFuzz.CommandLine --version 2.3.0 >/dev/null
  sharpfuzz="$PWD/.tools/sharpfuzz"
fi

dotnet build FactCheck.Fuzz -c Release --nologo -v quiet
# Instrument our extractors and the Markdown parser (OpenXml is left alone: it is large and not ours to fix).
for dll in FactCheck.Core.dll Markdig.dll; do
  "$sharpfuzz" "$out/$dll" >/dev/null
done

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
crashes=0
for format in html md docx; do
  rm -rf "findings/$format"
  mkdir -p "findings/$format"
  echo "fuzzing .$format for ${seconds}s" >&2
  afl-fuzz -V "$seconds" -i "corpus/$format" -o "findings/$format" -t 10000 -m none -- dotnet "$out/FactCheck.Fuzz.dll" "$format" \
    > "findings/$format/afl.log" 2>&1 || { echo "afl-fuzz failed for .$format; see tests/fuzz/findings/$format/afl.log" >&2; tail -20 "findings/$format/afl.log" >&2; exit 2; }
  stats="findings/$format/default/fuzzer_stats"
  execs="$(awk -F: '/^execs_done/ {gsub(/ /,"",$2); print $2}' "$stats")"
  paths="$(awk -F: '/^corpus_count/ {gsub(/ /,"",$2); print $2}' "$stats")"
  found="$(find "findings/$format/default/crashes" -name 'id:*' | wc -l)"
  hangs="$(find "findings/$format/default/hangs" -name 'id:*' | wc -l)"
  echo ".$format: $execs executions, $paths corpus entries, $found crashes, $hangs hangs"
  crashes=$((crashes + found))
done

if (( crashes > 0 )); then
  find findings -path '*/crashes/id:*' >&2
  exit 1
fi
