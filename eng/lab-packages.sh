#!/usr/bin/env bash
# Installs the Debian packages the lab and the benchmark need, when any is missing: the real daemons
# the integration tests start (BIND, unbound, strongSwan, xl2tpd, pptpd, SoftEther, OpenSSL, BusyBox
# httpd), Chromium with Japanese fonts for the card and chat-page tests, and the standard tools the benchmark compares against (dig, ike-scan, openssl, nc, GNU time).
set -euo pipefail

debian_packages=(
  bind9 bind9-utils bind9-dnsutils unbound dnsmasq-base
  strongswan-charon strongswan-swanctl libcharon-extra-plugins libstrongswan-extra-plugins libstrongswan-standard-plugins
  ike-scan xl2tpd pptpd ppp softether-vpnserver softether-vpncmd
  openssl busybox iptables nftables iproute2 procps time netcat-openbsd
  chromium fonts-noto-cjk python3
)

missing=()
for package in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing lab dependencies: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "error: installing Debian packages needs root (missing: ${missing[*]})" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
  || { echo "error: apt-get install failed for: ${missing[*]}" >&2; exit 1; }
