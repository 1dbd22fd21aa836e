#!/usr/bin/env bash
# Benchmark of the agents: builds the host, the agent, the CLI (the baseline) and the benchmark in Release, runs
# one agent checking many endpoints at once beside the CLI scripted for the same endpoints, then a check fanned
# out to many agents, and writes the "Agents" section of docs/benchmarks.md between its markers (the rest of the
# file belongs to the other benchmarks), with the findings kept by hand in bench/VpnBot.Bench.Agents/Notes.md as
# its notes. Needs no root and no network beyond loopback; needs GNU time (/usr/bin/time) for the CLI's figures.
# Extra arguments go to the benchmark (see its usage), e.g. --endpoints 20 --agents 2 --repeat 1 for a quick try.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/VpnBot.Host src/VpnBot.Agent src/VpnBot.Cli bench/VpnBot.Bench.Agents; do
  dotnet build "$project" -c Release -v quiet -nologo
done
# exec: SIGTERM to this script reaches the benchmark itself, which kills the processes it started on the way out.
exec dotnet bench/VpnBot.Bench.Agents/bin/Release/net10.0/VpnBot.Bench.Agents.dll \
  --host src/VpnBot.Host/bin/Release/net10.0/VpnBot.Host.dll \
  --agent src/VpnBot.Agent/bin/Release/net10.0/vpnbot-agent.dll \
  --cli src/VpnBot.Cli/bin/Release/net10.0/vpnbot.dll \
  --notes bench/VpnBot.Bench.Agents/Notes.md --out docs/benchmarks.md "$@"
