#!/usr/bin/env bash
# Issue 3, proof on a real network: a generated manual mesh that needs multi-hop
# routing. The links form a ring a-b-c-d-a without its chords (a-c and b-d are two
# hops, with equal-cost ties) plus a tail d-e (e-b is three hops); every LAN host
# must still reach every other, through intermediate gateways that forward.
# Usage: manual_mesh.sh PATH-OF-p2pvpn
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=netns-lib.sh
. "$here/netns-lib.sh"

nl_init manualmesh
nl_require_p2pvpn "${1:-}"
nl_require_generate

nl_lan a 10.10.0.0/16
nl_lan b 10.20.16.0/20
nl_lan c 172.20.0.64/26 172.21.4.0/23
nl_lan d 192.168.200.0/22
nl_lan e 10.30.0.128/25

mesh=manualmesh
file=$NL_WORK/$mesh.p2pmesh
nl_p2pvpn init "$file" --name "$mesh" --topology manual
for lan in "${NL_LANS[@]}"; do
    nl_cli_add_lan "$file" "$lan"
done
for pair in a:b b:c c:d d:a d:e; do
    nl_p2pvpn link "$file" "${pair%:*}" "${pair#*:}"
done
nl_p2pvpn check "$file"
bundle=$NL_WORK/bundle
nl_generate "$file" "$bundle"

# Only the drawn links become tunnels.
nl_assert_tunnel_files "$bundle" "$mesh" a b d
nl_assert_tunnel_files "$bundle" "$mesh" b a c
nl_assert_tunnel_files "$bundle" "$mesh" c b d
nl_assert_tunnel_files "$bundle" "$mesh" d a c e
nl_assert_tunnel_files "$bundle" "$mesh" e d

nl_net_up
nl_all_lans_up
nl_start_bundle "$bundle"
nl_wait_tunnels 60
nl_assert_all_pairs
nl_log "PASS"
