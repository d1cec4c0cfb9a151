#!/usr/bin/env bash
# The test command (README "Quick start"; .ci/run runs exactly this): install the test-time tools the project's
# own files pin, then run every test project in the solution.
#   - Azurite (local Azure Storage) from package-lock.json, for the storage integration tests;
#   - Chromium from Debian, for the review page's browser tests (installed only when missing; needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ ! -x node_modules/.bin/azurite ]; then
  echo "== npm ci (Azurite)"
  npm ci --no-audit --no-fund
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "== apt-get install chromium (browser tests)"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

echo "== dotnet test"
dotnet test FactCheck.sln "$@"
