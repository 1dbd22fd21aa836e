#!/usr/bin/env bash
# Load benchmark of the bot host: builds the host, the SDK's echo bot (the baseline) and the benchmark in
# Release, runs both bots side by side under the same load, and writes the "Bot host" section of
# docs/benchmarks.md between its markers (the rest of the file is bench/run.sh's), with the findings kept by
# hand in bench/VpnBot.Bench.Host/Notes.md as its notes. Needs no root and no network beyond loopback; takes
# about half an hour. Extra arguments go to the benchmark (see its usage).
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/VpnBot.Host bench/EchoBaseline bench/VpnBot.Bench.Host; do
  dotnet build "$project" -c Release -v quiet -nologo
done
# exec: SIGTERM to this script reaches the benchmark itself, which kills the bot it is running on the way out.
exec dotnet bench/VpnBot.Bench.Host/bin/Release/net10.0/VpnBot.Bench.Host.dll \
  --host src/VpnBot.Host/bin/Release/net10.0/VpnBot.Host.dll \
  --baseline bench/EchoBaseline/bin/Release/net10.0/EchoBaseline.dll \
  --notes bench/VpnBot.Bench.Host/Notes.md --out docs/benchmarks.md "$@"
