#!/usr/bin/env bash
# Line coverage per area: runs the tests with coverlet's collector, then prints one row per folder of the generator
# (Rungs.Core/Input, Rungs.Cli/Serving, …). There is no gate; the figures are for reading (docs/coverage.md).
# Extra arguments go to `dotnet test` (e.g. --filter FullyQualifiedName~Serving for a quick look at one area).
set -euo pipefail
cd "$(dirname "$0")/.."
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
# Coverlet instruments the rungs.dll the tests start as a child process too (so serve's and build's own runs count), and
# an instrumented child writes its hits where only the test's user may: the tests that run rungs as `nobody` (unreadable
# files) then crash, so they are left out here; `scripts/test.sh` runs them as usual.
filter="FullyQualifiedName!~UnreadableContentTests"
for arg in "$@"; do case "$arg" in --filter|--filter=*) filter="";; esac; done
bash scripts/test.sh --collect:"XPlat Code Coverage" --results-directory "$results" ${filter:+--filter "$filter"} "$@" >"$results/test.log" 2>&1 || {
  tail -40 "$results/test.log"; echo "coverage.sh: the tests failed; no figures" >&2; exit 1; }
grep -E '^(Passed|Failed)!' "$results/test.log" || true
dotnet run --file scripts/coverage-summary.cs -- "$results"
