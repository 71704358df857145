#!/usr/bin/env bash
# KommunalBot's card quality gate (see tools/cardcheck/README.md). Exits non-zero on any problem.
#   1. installs the pinned npm packages (npm ci) when node_modules is missing or older than the lock file;
#   2. self-test of the gate: good card passes, broken cards fail (node --test);
#   3. the official engine's reference bindings and the samples' texts are current (expected.js --check);
#   4. the bot's own binder binds every card with its sample, German and English, equal to the official
#      engine, and writes them to artifacts/cards/ (dotnet test; CARDCHECK_SKIP_DOTNET=1 skips this when
#      the caller has just run the tests and artifacts/cards/ is fresh);
#   5. every bound card: Adaptive Card 1.5 schema, official adaptivecards parser, version, size.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

lock_sum="$(sha256sum tools/cardcheck/package-lock.json | cut -d' ' -f1)"
stamp="tools/cardcheck/node_modules/.kommunalbot-lock-sha256"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  echo "== npm ci (tools/cardcheck)"
  (cd tools/cardcheck && npm ci --no-audit --no-fund)
  echo "$lock_sum" > "$stamp"
fi

echo "== card gate self-test"
node --test tools/cardcheck/test/

echo "== official engine reference bindings and sample texts"
node tools/cardcheck/expected.js --check

if [ "${CARDCHECK_SKIP_DOTNET:-0}" != "1" ]; then
  echo "== bot binder: cards tests, bound cards to artifacts/cards/"
  rm -rf artifacts/cards
  dotnet test tests/Bot.Tests --filter "FullyQualifiedName~KommunalBot.Bot.Tests.Cards"
fi

templates=$(find cards -maxdepth 1 -name '*.json' ! -name '*.sample.json' | wc -l)
bound=$(find artifacts/cards -maxdepth 1 -name '*.json' 2>/dev/null | wc -l)
if [ "$bound" -ne $((templates * 2)) ]; then
  echo "FAIL: artifacts/cards/ has $bound bound cards, expected $((templates * 2)) (de and en for $templates templates)" >&2
  exit 1
fi

echo "== branch fixtures are current copies of the card templates"
node tests/Bot.Tests/Cards/Fixtures/card-variants.js --check

echo "== bound cards: schema 1.5, official parser, size"
node tools/cardcheck/check.js artifacts/cards/
