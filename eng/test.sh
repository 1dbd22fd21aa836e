#!/usr/bin/env bash
# Runs every test: installs what the tests need (Debian packages for the lab, npm packages) when it
# is missing, builds, runs the whole suite and prints one closing line:
#   tests: N passed, N failed, N skipped
# Exits non-zero when anything failed. With CI=true a missing daemon or tool fails the run.
set -uo pipefail
cd "$(dirname "$0")/.."

# The lab's real daemons and the standard tools the benchmark compares against.
debian_packages=(
  bind9 bind9-utils bind9-dnsutils unbound dnsmasq-base
  strongswan-charon strongswan-swanctl libcharon-extra-plugins libstrongswan-extra-plugins libstrongswan-standard-plugins
  ike-scan xl2tpd pptpd ppp softether-vpnserver softether-vpncmd
  openssl busybox iptables nftables iproute2 procps time
)

missing=()
for package in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing test dependencies: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: installing Debian packages needs root (missing: ${missing[*]})" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { echo "error: apt-get install failed for: ${missing[*]}" >&2; exit 1; }
fi

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

dotnet test VpnBot.sln --configuration Release --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0 failed=0 skipped=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get notExecuted)))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or a test host failed before any result was written: that is a failure too.
  failed=1
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
