#!/usr/bin/env bash
# Side-by-side benchmark: publishes the native vpnbot, starts the lab, times vpnbot against the standard
# tools on a healthy and a broken endpoint, and writes docs/benchmarks.md. Needs root (network
# namespaces); installs the lab's Debian packages when missing. Takes about fifteen minutes, mostly the
# tools waiting out their timeouts on the broken endpoint.
set -euo pipefail
cd "$(dirname "$0")/.."
eng/lab-packages.sh
out=artifacts/bench/vpnbot
dotnet publish src/VpnBot.Cli -c Release -r linux-x64 -o "$out" -v quiet -nologo
dotnet run -c Release --project bench/VpnBot.Bench -- --vpnbot "$out/vpnbot" --out docs/benchmarks.md "$@"
