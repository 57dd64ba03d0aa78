#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing, then runs `dotnet test`.
#   - Debian's Chromium (/usr/bin/chromium) for the browser tests (Playwright drives it; no browser is ever downloaded);
#   - Node.js, which cross-checks the JavaScript port of the diff engine against the C#;
#   - git, which the history tests use to make repositories of their own;
#   - ICU, so the determinism tests can run a build in other cultures (tr-TR, ar-SA, de-DE).
# Installs use apt (as root, or through sudo). Extra arguments go to `dotnet test` (e.g. --filter Name~Serving).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v git >/dev/null 2>&1 || missing+=(git)
{ ldconfig -p 2>/dev/null || true; } | grep 'libicuuc\.so\.' >/dev/null || missing+=(libicu72)  # not grep -q: with pipefail, ldconfig's SIGPIPE would count as missing
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} with apt"
  if [ "$(id -u)" -eq 0 ]; then apt=(apt-get); elif command -v sudo >/dev/null 2>&1; then apt=(sudo apt-get); else
    echo "test.sh: ${missing[*]} missing, and installing needs root or sudo" >&2
    exit 1
  fi
  "${apt[@]}" update -qq
  # libicu's package name carries its version; take whichever this Debian release has.
  packages=()
  for p in "${missing[@]}"; do
    if [ "$p" = libicu72 ]; then p="$(apt-cache search --names-only '^libicu[0-9]+$' | cut -d' ' -f1 | sort -V | tail -n 1)"; fi
    packages+=("$p")
  done
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq "${packages[@]}" >/dev/null
fi

exec dotnet test Rungs.slnx "$@"
