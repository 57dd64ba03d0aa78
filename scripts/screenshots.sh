#!/usr/bin/env bash
# Pictures of every page type of the sample site at desktop, phone, dark and print, for a person to look at after a
# change to the theme: builds content/ into screenshots/site/ and writes screenshots/<type>-<view>.png
# (tools/site-checks/screenshots.js). screenshots/ is git-ignored. Needs Node.js and /usr/bin/chromium, as the site checks do.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
out=screenshots
dotnet run --project generator/Rungs.Cli -- build --content content --output "$out/site" --force --quiet
[ -d tools/site-checks/node_modules/playwright-core ] || (cd tools/site-checks && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
node tools/site-checks/screenshots.js "$out/site" "$out"
echo "screenshots: wrote $out/*.png"
