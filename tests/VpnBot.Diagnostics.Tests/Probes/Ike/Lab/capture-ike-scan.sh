#!/usr/bin/env bash
# Captures ike-scan's requests and the lab's replies to them as hex fixtures (Fixtures/ike-scan-*.hex),
# so the parsers are also tested on exchanges the project's own probes did not make.
# Needs root, ike-scan and python3 (a raw AF_PACKET socket on the lab's outside veth sees both directions).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
fixtures=$here/../Fixtures
dir=$(mktemp -d /tmp/ikeh-scan-XXXXXX)
trap '"$here/ike-lab.sh" down "$dir"; [ -n "${IKE_LAB_KEEP:-}" ] || rm -rf "$dir"' EXIT

eval "$("$here/ike-lab.sh" up "$dir")"
iface=$(ip -o addr show | awk -v a="${IKE_LAB_DEFAULT%.*}.1/" 'index($4, a) == 1 { print $2 }')

# capture NAME COMMENT IKE-SCAN-ARGS...: runs ike-scan while sniffing; writes NAME-request.hex and NAME-reply.hex.
capture() {
  local name=$1 comment=$2
  shift 2
  rm -f "$dir/ready"
  python3 - "$iface" "$dir/ready" >"$dir/sniff.txt" <<'EOF' &
import socket, struct, sys, time
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.ntohs(0x0003))
s.bind((sys.argv[1], 0))
s.settimeout(0.1)
open(sys.argv[2], 'w').close()
end = time.time() + 2
while time.time() < end:
    try:
        frame = s.recv(65535)
    except socket.timeout:
        continue
    if frame[12:14] != b'\x08\x00' or frame[23] != 17:
        continue
    ip = frame[14:]
    ihl = (ip[0] & 0x0f) * 4
    sport, dport, length = struct.unpack('!HHH', ip[ihl:ihl + 6])
    if 500 in (sport, dport):
        print('reply' if sport == 500 else 'request', ip[ihl + 8:ihl + length].hex(), flush=True)
EOF
  local sniffer=$!
  for _ in $(seq 100); do [ -e "$dir/ready" ] && break; sleep 0.05; done
  ike-scan --retry=1 "$@" >"$dir/$name.out"
  wait "$sniffer"
  for kind in request reply; do
    {
      echo "# $comment: the $kind, as ike-scan $(ike-scan --version 2>&1 | awk 'NR==1 { print $2 }') ${*:1:$#-1} and strongSwan 5.9.8 in Lab/ike-lab.sh exchanged it."
      echo "# Captured by Lab/capture-ike-scan.sh."
      awk -v k="$kind" '$1 == k { print $2; exit }' "$dir/sniff.txt" | fold -w 64
    } >"$fixtures/ike-scan-$name-$kind.hex"
  done
}

capture ikev2-invalid-ke "IKEv2 SA_INIT, default responder" --ikev2 --sport=0 "$IKE_LAB_DEFAULT"
capture ikev2-no-proposal-chosen "IKEv2 SA_INIT, responder limited to chacha20poly1305-prfsha512-x25519" --ikev2 --sport=0 "$IKE_LAB_MISMATCH"
capture mm-answered "Main Mode, IKEv1 responder with 3des-sha1-modp1024 among its proposals" --sport=0 "$IKE_LAB_V1"
capture mm-no-proposal-chosen "Main Mode, IKEv1 responder limited to aes192-sha512-modp4096" --sport=0 "$IKE_LAB_V1_MISMATCH"
