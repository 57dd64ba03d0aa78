#!/usr/bin/env bash
# Builds the site on Netlify (or any CI): installs the .NET 10 SDK when the build image lacks it, installs Rungs as
# the repository's local tool (.config/dotnet-tools.json), then builds with the deploy's own URL as the base URL.
set -euo pipefail
cd "$(dirname "$0")/.."

has_sdk() { command -v dotnet >/dev/null 2>&1 && dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; }

if ! has_sdk; then
  export DOTNET_ROOT="${DOTNET_ROOT:-$HOME/.dotnet}"
  export PATH="$DOTNET_ROOT:$PATH"
  if ! has_sdk; then
    echo "Installing the .NET 10 SDK into $DOTNET_ROOT"
    curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
    bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$DOTNET_ROOT"
  fi
fi

# Rungs at the version the manifest names, from NuGet (or the feeds a nuget.config in this repository lists).
dotnet tool restore

# Production deploys use the site's URL; previews and branch deploys their own, so links in the sitemap match.
if [ "${CONTEXT:-}" = "production" ]; then base_url="${URL:-}"; else base_url="${DEPLOY_PRIME_URL:-${URL:-}}"; fi

# Arguments are passed on: deploy previews add --drafts (netlify.toml).
dotnet rungs build --content content --output output --base-url "$base_url" "$@"
