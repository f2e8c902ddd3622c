#!/usr/bin/env bash
# Issue 5, end to end: an sshd in each gateway's network namespace, `p2pvpn deploy` run from an
# admin namespace over the "internet" bridge, the generator's install.sh starting the real
# openvpn through the LAN's service commands, then every LAN host pings every other. A second
# deploy changes nothing and restarts no tunnel.
# Usage: netns_deploy.sh PATH-OF-p2pvpn
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=../integration/netns-lib.sh
. "$here/../integration/netns-lib.sh"
# shellcheck source-path=SCRIPTDIR source=netns-gateways.sh
. "$here/netns-gateways.sh"

nl_init deploy
nl_require_p2pvpn "${1:-}"

nl_lan a 10.31.0.0/16
nl_lan b 10.32.8.0/22
nl_lan c 192.168.131.0/24
nl_net_up
ng_init
mesh=deploymesh
file=$NL_WORK/$mesh.p2pmesh
nl_p2pvpn init "$file" --name "$mesh" --topology full
for lan in "${NL_LANS[@]}"; do
    ng_gateway_up "$lan"
    ng_add_lan "$file" "$lan"
done
nl_p2pvpn check "$file"

# Never the real ~/.ssh or agent.
deploy()
{
    HOME=$NL_WORK/home SSH_AUTH_SOCK='' ip netns exec "$NG_ADMIN" "$P2PVPN" deploy "$file" \
        --known-hosts "$NL_WORK/known_hosts" --keys "$NL_WORK/keys" "$@"
}

nl_log "deploying from $NG_ADMIN"
out=$(deploy --accept-new-host-keys 2>&1) || nl_fail "$(printf 'p2pvpn deploy failed:\n%s' "$out")"
for lan in "${NL_LANS[@]}"; do
    grep -q "^  $lan: done: 2 added" <<<"$out" || nl_fail "$(printf '%s was not deployed:\n%s' "$lan" "$out")"
    [ -s "/etc/netns/$(nl_gw_ns "$lan")/sysctl.d/60-p2pvpn-$mesh.conf" ] ||
        nl_fail "the install script wrote no sysctl file for $lan"
done

ng_wait_installed_tunnels 60
# Each tunnel end has its management socket, in a folder only root may enter.
for lan in "${NL_LANS[@]}"; do
    sockets=$NL_WORK/gw-$lan/openvpn/.p2pvpn-sockets
    [ "$(stat -c %a "$sockets")" = 700 ] || nl_fail "$sockets is not 0700"
    for conf in "$NL_WORK/gw-$lan/openvpn"/*.conf; do
        [ -S "$sockets/$(basename "$conf" .conf).sock" ] || nl_fail "no management socket for $lan/$(basename "$conf")"
    done
done
nl_assert_all_pairs

# Nothing changed: nothing is restarted.
pids=$(ng_tunnel_pids)
out=$(deploy 2>&1) || nl_fail "$(printf 'the second deploy failed:\n%s' "$out")"
for lan in "${NL_LANS[@]}"; do
    grep -q "^  $lan: unchanged" <<<"$out" || nl_fail "$(printf '%s was not unchanged:\n%s' "$lan" "$out")"
done
[ "$(ng_tunnel_pids)" = "$pids" ] || nl_fail "the second deploy restarted tunnels"
nl_assert_all_pairs
nl_log "PASS"
