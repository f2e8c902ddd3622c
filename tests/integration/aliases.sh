#!/usr/bin/env bash
# Issue 14, proof on a real network: LANs whose subnets overlap, linked through aliases (1:1 NAT with the
# real nftables). Two "AWS default VPCs" both 172.31.0.0/16, two offices both 192.168.1.0/24, one data
# centre 10.0.0.0/16; each LAN's host sits at the same address (.2) as its twin's. `check` refuses the
# mesh, `resolve-overlaps` aliases the clashes, and then, with each gateway installed by its own install.sh:
#   - every host pings every other host at the address `addresses` gives;
#   - a TCP connection between the twins works, and the server sees the client's alias (conntrack both ways);
#   - traffic to a host outside the mesh (the "internet") leaves untranslated;
#   - a failed first install rolls back and leaves no NAT table; a second install changes nothing.
#   full:   every pair has its own tunnel.
#   manual: a chain aws1-office1-dc-aws2-office2, so gateways forward aliased traffic they do not own.
# Usage: aliases.sh PATH-OF-p2pvpn full|manual
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=netns-lib.sh
. "$here/netns-lib.sh"
# shellcheck source-path=SCRIPTDIR source=../deploy/netns-gateways.sh
. "$here/../deploy/netns-gateways.sh"

mode=${2:-}
case $mode in
full | manual) ;;
*)
    echo "usage: $0 PATH-OF-p2pvpn full|manual" >&2
    exit 2
    ;;
esac
nl_init "aliases$mode"
nl_require_p2pvpn "${1:-}"
command -v nft >/dev/null || nl_fail "nft is not installed (installer/bootstrap.sh test installs nftables)"
command -v python3 >/dev/null || nl_fail "python3 is not installed"

mesh=alias$mode
file=$NL_WORK/$mesh.p2pmesh
nl_lan aws1 172.31.0.0/16
nl_lan aws2 172.31.0.0/16
nl_lan office1 192.168.1.0/24
nl_lan office2 192.168.1.0/24
nl_lan dc 10.0.0.0/16
nl_p2pvpn init "$file" --name "$mesh" --topology "$mode"
for lan in "${NL_LANS[@]}"; do
    dir=$NL_WORK/gw-$lan
    ng_tunnel_script "$dir"
    nl_p2pvpn add-lan "$file" "$lan" --endpoint "$(nl_lan_pub "$lan")" --subnet "${NL_LAN_SUBNETS[$lan]}" \
        --target-dir "$dir/openvpn" --service-manager command --restart-command "sh $dir/tunnel.sh restart" \
        --stop-command "sh $dir/tunnel.sh stop"
done
if [ "$mode" = manual ]; then
    for pair in aws1:office1 office1:dc dc:aws2 aws2:office2; do
        nl_p2pvpn link "$file" "${pair%:*}" "${pair#*:}"
    done
fi

# Overlaps are errors until resolved, and the finding says how.
status=0
"$P2PVPN" check "$file" >"$NL_WORK/check.txt" 2>&1 || status=$?
[ "$status" -eq 1 ] || nl_fail "check of the overlapping mesh exited $status, not 1"
grep -q "alias aws1's 172.31.0.0/16 as 100.64.0.0/16" "$NL_WORK/check.txt" ||
    nl_fail "the overlap finding suggests no alias: $(cat "$NL_WORK/check.txt")"
nl_p2pvpn resolve-overlaps "$file"
nl_p2pvpn check "$file"

# The address map: LAN -> the network its host is reached in.
nl_read_addresses "$file"
for lan in aws1 aws2 office1 office2; do
    [ "${NL_REACHED_AS[$lan]}" != "${NL_LAN_SUBNETS[$lan]}" ] || nl_fail "$lan got no alias"
done
[ "${NL_REACHED_AS[dc]}" = 10.0.0.0/16 ] || nl_fail "dc, which clashes with nobody, got an alias"
address_of() { nl_mapped_address "$1"; }

bundle=$NL_WORK/bundle
nl_generate "$file" "$bundle"
[ -f "$bundle/aws1/nat/nftables.nft" ] || nl_fail "aws1's bundle has no NAT rules"
[ ! -e "$bundle/dc/nat" ] || nl_fail "dc's bundle has NAT rules though it has no alias"

nl_net_up
nl_all_lans_up
table=p2pvpn_${mesh}_nat

# install.sh on the gateway, as a deploy runs it, with the test's stand-ins for systemd and sysctl.
install_on()
{
    local lan=$1 restart=${2:-} dir=$NL_WORK/gw-$1
    ip netns exec "$(nl_gw_ns "$lan")" env P2PVPN_TARGET_DIR="$dir/openvpn" \
        P2PVPN_SERVICE_RESTART="${restart:-sh $dir/tunnel.sh restart}" P2PVPN_SERVICE_STOP="sh $dir/tunnel.sh stop" \
        P2PVPN_SYSCTL_DIR="$dir/sysctl.d" P2PVPN_SYSCTL_APPLY=true sh "$bundle/$lan/install.sh"
}
nat_rules() { ip netns exec "$(nl_gw_ns "$1")" nft -a list table ip "$table" 2>/dev/null; }

# A first install whose tunnel cannot start rolls back, translation rules included.
status=0
install_on aws1 false >"$NL_WORK/rollback.txt" 2>&1 || status=$?
[ "$status" -ne 0 ] || nl_fail "an install whose tunnels cannot start succeeded"
if nat_rules aws1 >/dev/null; then nl_fail "the rolled-back install left the NAT table $table on aws1"; fi
ls "$NL_WORK/gw-aws1/openvpn"/*.conf >/dev/null 2>&1 && nl_fail "the rolled-back install left tunnel configs"

for lan in "${NL_LANS[@]}"; do
    install_on "$lan" >"$NL_WORK/install-$lan.txt" 2>&1 || nl_fail "install.sh failed on $lan: $(cat "$NL_WORK/install-$lan.txt")"
done
# Read whole first: grep -q stopping early would break nft's pipe, and pipefail would call that a failure.
rules=$(nat_rules aws1 || true)
grep -q "dnat.* prefix to 172.31.0.0/16" <<<"$rules" || nl_fail "aws1 has no DNAT rule: $rules"
if nat_rules dc >/dev/null; then nl_fail "dc has a NAT table though it has no alias"; fi
ng_wait_installed_tunnels 60

# Every host reaches every other at the mapped address; twins share host addresses.
ping_from() { ip netns exec "$(nl_host_ns "$1")" ping -n -q -c 1 -W 2 "$2" >/dev/null 2>&1; }
nl_assert_all_pairs_mapped

# TCP between the twins: the server sees the client's alias address, and the reply finds its way back.
server_ns=$(nl_host_ns aws2)
ip netns exec "$server_ns" python3 -c '
import socket
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("0.0.0.0", 5555)); s.listen(1); s.settimeout(30)
c, a = s.accept(); c.sendall(a[0].encode()); c.close()' &
server=$!
sleep 0.5
seen=$(ip netns exec "$(nl_host_ns aws1)" python3 -c '
import socket, sys
c = socket.create_connection((sys.argv[1], 5555), timeout=10); print(c.recv(64).decode())' "$(address_of aws2)") ||
    nl_fail "no TCP connection from aws1 to aws2 at $(address_of aws2)"
wait "$server" || true
[ "$seen" = "$(address_of aws1)" ] || nl_fail "aws2's server saw the client as $seen, not $(address_of aws1)"
nl_log "TCP aws1 -> aws2 at $(address_of aws2) works; the server saw $seen"

# Outside the mesh nothing is translated: the "internet" host routes only aws1's real subnet back.
world="$NL_PREFIX-world"
nl_bridge_host "$world" 192.0.2.200 g98
ip -n "$world" route add 172.31.0.0/16 via "$(nl_lan_pub aws1)"
ping_from aws1 192.0.2.200 || nl_fail "aws1's host cannot reach the internet host untranslated"

# A second install changes nothing: same tunnel processes, the very same NAT table (rule handles included).
tunnel_pids=$(ng_tunnel_pids)
rules=$(nat_rules aws1)
for lan in "${NL_LANS[@]}"; do
    install_on "$lan" >"$NL_WORK/reinstall-$lan.txt" 2>&1 || nl_fail "the second install failed on $lan"
done
[ "$(ng_tunnel_pids)" = "$tunnel_pids" ] || nl_fail "the second install restarted tunnels"
[ "$(nat_rules aws1)" = "$rules" ] || nl_fail "the second install replaced aws1's NAT table"
nl_log "PASS"
