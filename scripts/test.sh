#!/usr/bin/env bash
# Runs every test of KommunalBot: .NET tests (unit + the real bot over HTTP on loopback, the playground page in
# Debian's Chromium), the Teams app package checks and the Adaptive Card quality gate. Installs what it needs
# (NuGet restore, npm ci; the browser test installs Chromium with apt-get when it is missing).
set -euo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
record() { # record <name> <exit code>
  if [ "$2" -eq 0 ]; then echo "== $1: ok"; else echo "== $1: FAILED"; fi
}

echo "== installing Node test tools (npm ci)"
for dir in manifest tools/cardcheck tools/azurite; do
  if [ -f "$dir/package-lock.json" ]; then
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
  fi
done

echo "== building (.NET restore + build)"
dotnet build KommunalBot.sln -c Release --nologo -v quiet

results_dir="$(mktemp -d)"
set +e
dotnet test KommunalBot.sln -c Release --no-build --nologo --logger "trx" --results-directory "$results_dir"
dotnet_rc=$?
set -e
# Count the .NET results from the trx files (one per test project).
for trx in "$results_dir"/*.trx; do
  p=$(grep -o 'passed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*' || echo 0)
  f=$(grep -o 'failed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*' || echo 0)
  passed=$((passed + p)); failed=$((failed + f))
done
record "dotnet test" $dotnet_rc
# The playground's browser test leaves what Chromium showed at its end.
[ -f artifacts/playground/playground.png ] && echo "== playground screenshot: artifacts/playground/playground.png"
[ $dotnet_rc -eq 0 ] || [ "$failed" -gt 0 ] || failed=$((failed + 1))

node_suites=()
[ -d manifest/test ] && node_suites+=(manifest/test/)
if [ ${#node_suites[@]} -gt 0 ]; then
  set +e
  node --test --test-reporter=tap "${node_suites[@]}" > "$results_dir/node.tap" 2>&1
  node_rc=$?
  set -e
  tail -n 12 "$results_dir/node.tap"
  p=$(grep -E '^# pass ' "$results_dir/node.tap" | awk '{print $3}' || echo 0)
  f=$(grep -E '^# fail ' "$results_dir/node.tap" | awk '{print $3}' || echo 0)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  record "node --test ${node_suites[*]}" $node_rc
  [ $node_rc -eq 0 ] || [ "${f:-0}" -gt 0 ] || failed=$((failed + 1))
fi

if [ -f tools/cardcheck/check-cards.sh ]; then
  set +e
  CARDCHECK_SKIP_DOTNET=1 bash tools/cardcheck/check-cards.sh
  cards_rc=$?
  set -e
  record "card quality gate" $cards_rc
  if [ $cards_rc -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
fi

# The package with example ids, as an operator would build it (validated before it is written).
set +e
TeamsApp__AppId=11111111-2222-4333-8444-555555555555 MicrosoftAppId=66666666-7777-4888-9999-000000000000 \
  TeamsApp__HostName=kommunalbot.example.org TeamsApp__WebsiteUrl=https://kommunalbot.example.org \
  TeamsApp__PrivacyUrl=https://kommunalbot.example.org/datenschutz \
  TeamsApp__TermsOfUseUrl=https://kommunalbot.example.org/nutzungsbedingungen \
  node manifest/build.js --out "$results_dir/kommunalbot.zip"
pkg_rc=$?
set -e
record "Teams app package build + validation" $pkg_rc
if [ $pkg_rc -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

rm -rf "$results_dir"
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
