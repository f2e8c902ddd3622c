#!/usr/bin/env bash
# Issue 3, proof on a real network: a generated full mesh of 4 LANs with masks other
# than /24 and one LAN with two subnets routes every LAN host to every other.
# Usage: full_mesh.sh PATH-OF-p2pvpn
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=netns-lib.sh
. "$here/netns-lib.sh"

nl_init fullmesh
nl_require_p2pvpn "${1:-}"
nl_require_generate

nl_lan a 10.10.0.0/16
nl_lan b 10.20.16.0/20 192.168.77.0/26
nl_lan c 172.20.0.64/26
nl_lan d 192.168.200.0/22

mesh=fullmesh
file=$NL_WORK/$mesh.p2pmesh
nl_p2pvpn init "$file" --name "$mesh" --topology full
for lan in "${NL_LANS[@]}"; do
    nl_cli_add_lan "$file" "$lan"
done
nl_p2pvpn check "$file"
bundle=$NL_WORK/bundle
nl_generate "$file" "$bundle"

# One file per tunnel end: each LAN has one conf per other LAN.
for lan in "${NL_LANS[@]}"; do
    peers=()
    for peer in "${NL_LANS[@]}"; do
        [ "$peer" = "$lan" ] || peers+=("$peer")
    done
    nl_assert_tunnel_files "$bundle" "$mesh" "$lan" "${peers[@]}"
done

nl_net_up
nl_all_lans_up
nl_start_bundle "$bundle"
nl_wait_tunnels 60
nl_assert_all_pairs
nl_log "PASS"
