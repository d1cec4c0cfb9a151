#!/usr/bin/env bash
# The shell steps of the FactCheck GitHub Action (action.yml), kept here so tests run them outside GitHub.
#
#   run.sh install   install the factcheck .NET tool: FACTCHECK_VERSION from the NuGet feeds, or (empty) packed from
#                    the source tree at FACTCHECK_SOURCE; writes command=PATH to $GITHUB_OUTPUT and prints PATH.
#   run.sh check     check FACTCHECK_PATHS, or the drafts changed between FACTCHECK_BASE_REF and FACTCHECK_HEAD_REF,
#                    or the whole working tree; report through reviewdog (rdjson on its standard input) or write SARIF.
#
# Inputs come as environment variables (FACTCHECK_REPORTER, FACTCHECK_FILTER_MODE, FACTCHECK_FAIL_ON, ...), the way
# action.yml passes them. Exit codes: 0 passed, 1 flags at or above fail_on (or reviewdog failed the step), 2 bad input
# or a file factcheck could not check, anything else a failure of the tools.
set -euo pipefail

# Every extension factcheck reads; git pathspecs, matched in any directory and in any case.
draft_pathspecs=(':(icase)*.txt' ':(icase)*.md' ':(icase)*.markdown' ':(icase)*.html' ':(icase)*.htm' ':(icase)*.docx')

fail() {
  # A workflow error annotation, then the exit code the caller documents.
  echo "::error title=FactCheck::$2" >&2
  exit "$1"
}

output() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    printf '%s=%s\n' "$1" "$2" >> "$GITHUB_OUTPUT"
  fi
}

install_tool() {
  local tool_dir="${FACTCHECK_TOOL_DIR:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/factcheck-tool}"
  if [ -n "${FACTCHECK_VERSION:-}" ]; then
    dotnet tool install --tool-path "$tool_dir" FactCheck.Cli --version "$FACTCHECK_VERSION"
  else
    local source="${FACTCHECK_SOURCE:?FACTCHECK_SOURCE names the FactCheck source tree to build the tool from}"
    local packages
    packages="$(mktemp -d)"
    dotnet pack "$source/src/FactCheck.Cli" --configuration Release --output "$packages" --nologo
    local package version
    package="$(find "$packages" -maxdepth 1 -name 'FactCheck.Cli.*.nupkg' | head -n 1)"
    [ -n "$package" ] || fail 3 "dotnet pack produced no FactCheck.Cli package in $packages"
    version="$(basename "$package" .nupkg)"
    version="${version#FactCheck.Cli.}"
    # Only the package just built: a feed must not be able to hand over another FactCheck.Cli of the same version.
    cat > "$packages/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="factcheck" value="$packages" /></packageSources></configuration>
CONFIG
    dotnet tool install --tool-path "$tool_dir" --configfile "$packages/nuget.config" --version "$version" FactCheck.Cli
  fi

  output command "$tool_dir/factcheck"
  echo "$tool_dir/factcheck"
}

have_commit() {
  if ! git cat-file -e "$1^{commit}" 2>/dev/null; then
    # actions/checkout fetches a single commit unless told otherwise; the diff needs both ends.
    git fetch --no-tags --quiet origin "$1" 2>/dev/null ||
      fail 2 "commit $1 is not in the clone; check out with fetch-depth: 0"
  fi
}

check() {
  local reporter="${FACTCHECK_REPORTER:-github-pr-check}"
  local filter_mode="${FACTCHECK_FILTER_MODE:-added}"
  local fail_on="${FACTCHECK_FAIL_ON:-warning}"
  local factcheck="${FACTCHECK_COMMAND:-factcheck}"

  case "$reporter" in
    github-pr-check | github-pr-review | github-check | sarif) ;;
    *) fail 2 "reporter '$reporter' is not one of github-pr-check, github-pr-review, github-check, sarif" ;;
  esac
  case "$filter_mode" in
    added | diff_context | file | nofilter) ;;
    *) fail 2 "filter_mode '$filter_mode' is not one of added, diff_context, file, nofilter" ;;
  esac
  local fail_level cli_fail_on
  case "$fail_on" in
    error | warning | info) fail_level="$fail_on" cli_fail_on="$fail_on" ;;
    never) fail_level=none cli_fail_on=none ;;
    *) fail 2 "fail_on '$fail_on' is not one of error, warning, info, never" ;;
  esac

  local given="${FACTCHECK_PATHS:-}"
  local paths=()
  if [ -n "${given//[[:space:]]/}" ]; then
    read -r -d '' -a paths <<< "$given" || true
  elif [ -n "${FACTCHECK_BASE_REF:-}" ]; then
    local head="${FACTCHECK_HEAD_REF:-HEAD}"
    # git prints changed paths relative to the top of the work tree, and reviewdog matches them the same way.
    cd "$(git rev-parse --show-toplevel)"
    have_commit "$FACTCHECK_BASE_REF"
    have_commit "$head"
    local changed
    while IFS= read -r -d '' changed; do
      paths+=("$changed")
    done < <(git diff -z --name-only --diff-filter=ACMR "$FACTCHECK_BASE_REF...$head" -- "${draft_pathspecs[@]}")
  else
    paths=(.)
  fi

  # A path that starts with '-' would be read as an option.
  local i
  for i in "${!paths[@]}"; do
    case "${paths[$i]}" in -*) paths[i]="./${paths[$i]}" ;; esac
  done

  output checked "${#paths[@]}"
  if [ "${#paths[@]}" -eq 0 ]; then
    echo "FactCheck: the pull request changed no draft; nothing to check."
    output sarif_file ""
    return 0
  fi

  echo "FactCheck: checking ${#paths[@]} path(s): ${paths[*]}"
  local status=0
  if [ "$reporter" = sarif ]; then
    local sarif="${FACTCHECK_SARIF_FILE:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/factcheck.sarif}"
    "$factcheck" check --format sarif --output "$sarif" --fail-on "$cli_fail_on" "${paths[@]}" || status=$?
    [ -s "$sarif" ] && output sarif_file "$sarif"
    [ "$status" -le 1 ] || fail "$status" "factcheck could not check every file (exit $status); see the lines above"
    return "$status"
  fi

  # reviewdog decides what fails: only flags inside filter_mode count, so factcheck itself never fails on flags.
  local rdjson
  rdjson="$(mktemp)"
  "$factcheck" check --format rdjson --fail-on none "${paths[@]}" > "$rdjson" || status=$?
  [ "$status" -eq 0 ] || fail "$status" "factcheck could not check every file (exit $status); see the lines above"
  reviewdog -f=rdjson -name=factcheck -reporter="$reporter" -filter-mode="$filter_mode" -fail-level="$fail_level" < "$rdjson"
}

case "${1:-}" in
  install) install_tool ;;
  check) check ;;
  *) fail 2 "usage: run.sh install|check" ;;
esac
