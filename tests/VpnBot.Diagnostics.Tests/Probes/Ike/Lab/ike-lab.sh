#!/usr/bin/env bash
# A strongSwan IKE lab in network namespaces, for the IKE probe tests and for capturing fixtures.
#
#   ike-lab.sh up DIR     builds the lab under DIR and prints KEY=VALUE lines (addresses, pids)
#   ike-lab.sh down DIR   stops what `up` started (by the pids it recorded) and deletes its namespaces
#
# Two namespaces, each joined to this namespace by a veth pair:
#   ikeh-TAG-a  one charon with a connection per local address (swanctl local_addrs):
#     .2  default proposals, IKEv1 and IKEv2 (answers with an SA)
#     .3  IKEv2 proposal outside the probe's offer (NO_PROPOSAL_CHOSEN)
#     .4  IKEv2 with MODP_1024 only: offered by the probe, but its KE is for MODP_2048 (INVALID_KE_PAYLOAD)
#     .5  IKEv1 only, Windows-like proposals (Main Mode answer)
#     .6  IKEv1 only, proposal outside the probe's offer (NO-PROPOSAL-CHOSEN)
#     .7  UDP 500/4500 dropped by iptables (silence)
#     .8  UDP 500/4500 rejected with ICMP port unreachable
#     .9  DNAT to .2, so the responder sits behind a NAT as seen from the probe
#   ikeh-TAG-b  one charon with the cookie threshold at 1, at .2: once one IKE_SA_INIT has left a
#               half-open IKE SA, the next gets COOKIE
# Subnets are the first two free /24s of 198.19.137.0–198.19.160.0 (RFC 2544 benchmarking space).
set -euo pipefail

cmd=${1:?usage: ike-lab.sh up|down DIR}
dir=${2:?usage: ike-lab.sh up|down DIR}

down() {
  [ -f "$dir/lab.env" ] || return 0
  # shellcheck disable=SC1091
  . "$dir/lab.env"
  for pid in ${IKE_LAB_PIDS:-}; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in ${IKE_LAB_PIDS:-}; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    kill -9 "$pid" 2>/dev/null || true
  done
  for ns in ${IKE_LAB_NAMESPACES:-}; do
    ip netns del "$ns" 2>/dev/null || true
  done
  rm -f "$dir/lab.env"
}

free_subnets() {
  local used
  used=$(ip -4 route show; ip -4 addr show)
  for third in $(seq 137 160); do
    grep -q "198\.19\.$third\." <<<"$used" || echo "198.19.$third"
  done | head -n 2
}

# Writes strongswan.conf and swanctl.conf for one charon under $1; $2 adds charon settings.
write_charon_conf() {
  local base=$1 extra=$2
  mkdir -p "$base/run"
  cat >"$base/strongswan.conf" <<EOF
charon {
  load = random nonce aes sha1 sha2 md5 hmac gmp gcrypt curve25519 chapoly x509 pubkey pkcs1 pkcs8 pem revocation constraints kdf socket-default kernel-netlink vici
  install_routes = no
  install_virtual_ip = no
  send_vendor_id = yes
$extra
  filelog {
    log {
      path = $base/charon.log
      default = 1
      net = 2
      ike = 2
      cfg = 2
    }
  }
  plugins {
    vici {
      socket = unix://$base/run/charon.vici
    }
  }
}
swanctl {
  socket = unix://$base/run/charon.vici
}
EOF
}

# One swanctl connection: name, version, local address, proposals.
conn() {
  cat <<EOF
  $1 {
    version = $2
    local_addrs = $3
    proposals = $4
    local {
      auth = psk
    }
    remote {
      auth = psk
    }
  }
EOF
}

start_charon() {
  local ns=$1 base=$2
  STRONGSWAN_CONF=$base/strongswan.conf setsid ip netns exec "$ns" unshare --mount --propagation private \
    sh -c "mount --bind $base/run /run && exec /usr/lib/ipsec/charon" >"$base/charon.out" 2>&1 &
  local pid=$!
  echo "$pid"
  for _ in $(seq 100); do
    [ -S "$base/run/charon.vici" ] && break
    sleep 0.05
  done
  STRONGSWAN_CONF=$base/strongswan.conf swanctl --load-all --file "$base/swanctl.conf" >"$base/swanctl.out" 2>&1
}

veth() {
  local ns=$1 outside=$2 inside=$3 net=$4
  ip netns add "$ns"
  ip link add "$outside" type veth peer name "$inside"
  ip link set "$inside" netns "$ns"
  ip addr add "$net.1/24" dev "$outside"
  ip link set "$outside" up
  ip -n "$ns" link set lo up
  ip -n "$ns" link set "$inside" up
}

up() {
  mkdir -p "$dir"
  down
  local tag subnets a b
  tag=$(printf '%04x' $(( $$ % 65536 )))
  mapfile -t subnets < <(free_subnets)
  [ ${#subnets[@]} -eq 2 ] || { echo "no free 198.19.x.0/24 subnets" >&2; exit 1; }
  a=${subnets[0]} b=${subnets[1]}
  local nsa="ikeh-$tag-a" nsb="ikeh-$tag-b"
  echo "IKE_LAB_NAMESPACES='$nsa $nsb'" >"$dir/lab.env"

  veth "$nsa" "ikeh${tag}a" "ikeh${tag}a0" "$a"
  for host in 2 3 4 5 6 7 8 9; do
    ip -n "$nsa" addr add "$a.$host/24" dev "ikeh${tag}a0"
  done
  ip netns exec "$nsa" iptables-restore <<EOF
*filter
:INPUT ACCEPT [0:0]
-A INPUT -d $a.7 -p udp -m multiport --dports 500,4500 -j DROP
-A INPUT -d $a.8 -p udp -m multiport --dports 500,4500 -j REJECT --reject-with icmp-port-unreachable
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
-A PREROUTING -d $a.9 -p udp -m multiport --dports 500,4500 -j DNAT --to-destination $a.2
COMMIT
EOF

  veth "$nsb" "ikeh${tag}b" "ikeh${tag}b0" "$b"
  ip -n "$nsb" addr add "$b.2/24" dev "ikeh${tag}b0"

  # Every probe comes from one address and leaves a half-open IKE SA: lift the per-peer DoS limits.
  write_charon_conf "$dir/a" "  block_threshold = 1000
  cookie_threshold = 1000
  cookie_threshold_ip = 1000"
  {
    echo "connections {"
    conn default 0 "$a.2" default
    conn mismatch 2 "$a.3" chacha20poly1305-prfsha512-x25519
    conn modp1024 2 "$a.4" aes256-sha256-modp1024
    conn v1 1 "$a.5" "aes256-sha1-modp2048,aes128-sha1-modp2048,3des-sha1-modp1024"
    conn v1mismatch 1 "$a.6" aes192-sha512-modp4096
    conn nat 0 "$a.9" default
    echo "}"
    echo "secrets { ike-lab { secret = lab-only-secret } }"
  } >"$dir/a/swanctl.conf"

  write_charon_conf "$dir/b" "  block_threshold = 1000
  cookie_threshold = 1
  cookie_threshold_ip = 1"
  {
    echo "connections {"
    conn default 0 "$b.2" default
    echo "}"
    echo "secrets { ike-lab { secret = lab-only-secret } }"
  } >"$dir/b/swanctl.conf"

  local pida pidb
  pida=$(start_charon "$nsa" "$dir/a")
  echo "IKE_LAB_PIDS='$pida'" >>"$dir/lab.env"
  pidb=$(start_charon "$nsb" "$dir/b")
  echo "IKE_LAB_PIDS='$pida $pidb'" >>"$dir/lab.env"

  cat <<EOF
IKE_LAB_DEFAULT=$a.2
IKE_LAB_MISMATCH=$a.3
IKE_LAB_MODP1024=$a.4
IKE_LAB_V1=$a.5
IKE_LAB_V1_MISMATCH=$a.6
IKE_LAB_DROP=$a.7
IKE_LAB_REJECT=$a.8
IKE_LAB_NAT=$a.9
IKE_LAB_COOKIE=$b.2
EOF
}

case "$cmd" in
  up) up ;;
  down) down ;;
  *) echo "usage: ike-lab.sh up|down DIR" >&2; exit 2 ;;
esac
