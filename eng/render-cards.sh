#!/usr/bin/env bash
# Renders every card the bot can send, in English and Japanese, from the sample gallery of
# tests/VpnBot.Bot.Tests/Cards to docs/cards/*.png with the official Adaptive Cards renderer in headless
# Chromium, and rewrites docs/cards/README.md. The same rendering runs in the test suite into a
# temporary folder; this writes it where people look.
set -euo pipefail
cd "$(dirname "$0")/.."
eng/test-node.sh
VPNBOT_RENDER_CARDS=1 dotnet test tests/VpnBot.Bot.Tests --configuration Release \
  --filter "FullyQualifiedName~VpnBot.Bot.Tests.Cards.CardRenderingTests"
echo "docs/cards: $(find docs/cards -name '*.png' | wc -l) images"
