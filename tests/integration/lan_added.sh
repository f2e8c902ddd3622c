#!/usr/bin/env bash
# Issue 3, proof on a real network: a LAN added to a running mesh. The mesh is
# generated and started; LAN d is added and the mesh regenerated into a new
# directory. The two bundle trees may differ only by the new tunnels' configs and by
# route lines (existing tunnels keep ports, addresses and keys); only the tunnel ends
# whose config changed are restarted, the new ones started; then all pairs must ping
# again, and every unchanged tunnel end must still be the same openvpn process.
#   full:   a, b, c full mesh, add d -> new tunnels only, no existing config changes.
#   manual: chain a-b-c, add d linked to c -> a's end of a-b and b's end of b-c gain
#           routes to d (they change and restart); b's end of a-b and c's end of b-c do not.
# Usage: lan_added.sh PATH-OF-p2pvpn full|manual
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=netns-lib.sh
. "$here/netns-lib.sh"

mode=${2:-}
case $mode in
full | manual) ;;
*)
    echo "usage: $0 PATH-OF-p2pvpn full|manual" >&2
    exit 2
    ;;
esac
nl_init "lanadded$mode"
nl_require_p2pvpn "${1:-}"
nl_require_generate

mesh=added$mode
file=$NL_WORK/$mesh.p2pmesh
nl_lan a 10.10.0.0/16
nl_lan b 10.20.16.0/20 192.168.77.0/26
nl_lan c 172.20.0.64/26
nl_p2pvpn init "$file" --name "$mesh" --topology "$mode"
for lan in a b c; do
    nl_cli_add_lan "$file" "$lan"
done
if [ "$mode" = manual ]; then
    nl_p2pvpn link "$file" a b
    nl_p2pvpn link "$file" b c
fi
nl_p2pvpn check "$file"
old=$NL_WORK/bundle-1
nl_generate "$file" "$old"

nl_net_up
nl_all_lans_up
nl_start_bundle "$old"
nl_wait_tunnels 60
nl_assert_all_pairs
declare -A pid_before=()
for key in $(nl_running_tunnels); do
    pid_before[$key]=$(nl_tunnel_pid "${key%%/*}" "${key#*/}")
done

# Add d and regenerate into a new directory.
nl_lan d 192.168.200.0/22
nl_cli_add_lan "$file" d
[ "$mode" = full ] || nl_p2pvpn link "$file" c d
nl_p2pvpn check "$file"
new=$NL_WORK/bundle-2
nl_generate "$file" "$new"

if [ "$mode" = full ]; then
    expect_added="a/openvpn/$mesh-d.conf b/openvpn/$mesh-d.conf c/openvpn/$mesh-d.conf"
    expect_added+=" d/openvpn/$mesh-a.conf d/openvpn/$mesh-b.conf d/openvpn/$mesh-c.conf"
    expect_changed=""
else
    expect_added="c/openvpn/$mesh-d.conf d/openvpn/$mesh-c.conf"
    expect_changed="a/openvpn/$mesh-b.conf b/openvpn/$mesh-c.conf"
fi
sorted() { tr ' ' '\n' | grep . | LC_ALL=C sort || true; }

# The delta between the trees. Under <lan>/openvpn it must be exactly the expected one;
# other files of existing LANs (README, firewall rules, install.sh) may change, since
# they list ports and routes; they are reported.
delta=$(nl_bundle_delta "$old" "$new")
removed=$(echo "$delta" | awk '$1 == "removed" { print $2 }')
[ -z "$removed" ] || nl_fail "$(printf 'regenerating removed files:\n%s' "$removed")"
added_confs=$(echo "$delta" | awk '$1 == "added" && $2 ~ /^[^\/]+\/openvpn\// { print $2 }' | grep '\.conf$' || true)
[ "$added_confs" = "$(echo "$expect_added" | sorted)" ] ||
    nl_fail "$(printf 'new tunnel configs expected:\n%s\nbut the new bundle added:\n%s' "$(echo "$expect_added" | sorted)" "$added_confs")"
changed_confs=$(echo "$delta" | awk '$1 == "changed" && $2 ~ /^[^\/]+\/openvpn\// { print $2 }')
[ "$changed_confs" = "$(echo "$expect_changed" | sorted)" ] ||
    nl_fail "$(printf 'changed tunnel configs expected:\n%s\nbut these changed:\n%s' "$(echo "$expect_changed" | sorted | grep . || echo "(none)")" "${changed_confs:-(none)}")"
for f in $changed_confs; do
    other=$(nl_conf_nonroute_changes "$old/$f" "$new/$f")
    [ -z "$other" ] || nl_fail "$(printf '%s changed in more than its route lines:\n%s' "$f" "$other")"
    gained=$(diff "$old/$f" "$new/$f" | grep -E '^>[[:space:]]*route[[:space:]]' || true)
    [ -n "$gained" ] || nl_fail "$f changed but gained no route line"
done
stray=$(echo "$delta" | awk '$1 == "added" && $2 ~ /^[^\/]+\/openvpn\// { print $2 }' | grep -v '\.conf$' || true)
[ -z "$stray" ] || nl_fail "$(printf 'unexpected new files beside the tunnel configs:\n%s' "$stray")"
others=$(echo "$delta" | awk '$1 != "same" && $2 !~ /^d\// && $2 !~ /^[^\/]+\/openvpn\// { print $1 " " $2 }')
nl_log "regenerated: $(echo "$added_confs" | grep -c . || true) new and $(echo "$changed_confs" | grep -c . || true) changed tunnel configs"
[ -z "$others" ] || nl_log "$(printf 'other files that differ:\n%s' "$others")"

# Update the running mesh the way install.sh would: compare file contents, restart
# only the changed tunnel ends, start the new ones, leave the rest alone.
nl_lan_up d
restarted=() started=() kept=()
for lan in "${NL_LANS[@]}"; do
    for conf in $(nl_tunnel_confs "$new" "$lan"); do
        key=$lan/$conf
        if [ -z "${pid_before[$key]:-}" ]; then
            nl_start_tunnel "$new" "$lan" "$conf"
            started+=("$key")
        elif cmp -s "${NL_TUN_CONF[$key]}" "$new/$lan/openvpn/$conf"; then
            kept+=("$key")
        else
            nl_stop_tunnel "$lan" "$conf"
            nl_start_tunnel "$new" "$lan" "$conf"
            restarted+=("$key")
        fi
    done
done
nl_log "restarted ${#restarted[@]} (${restarted[*]:-}), started ${#started[@]}, kept ${#kept[@]} tunnel ends"
[ "$(echo "${restarted[*]:-}" | sorted)" = "$(echo "$expect_changed" | sed 's|/openvpn/|/|g' | sorted)" ] ||
    nl_fail "restarted ${restarted[*]:-nothing}, expected ${expect_changed:-nothing}"

nl_wait_tunnels 60
nl_assert_all_pairs
for key in "${kept[@]}"; do
    now=$(nl_tunnel_pid "${key%%/*}" "${key#*/}")
    [ "$now" = "${pid_before[$key]}" ] ||
        nl_fail "the unchanged tunnel end $key is no longer openvpn pid ${pid_before[$key]} (now: ${now:-not running})"
done
nl_log "the ${#kept[@]} unchanged tunnel ends kept their openvpn processes"
nl_log "PASS"
