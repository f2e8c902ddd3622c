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

nl_init deploy
nl_require_p2pvpn "${1:-}"
for tool in /usr/sbin/sshd ssh-keygen; do
    command -v "$tool" >/dev/null || nl_fail "$tool is not installed (installer/bootstrap.sh test installs it)"
done

# `ip netns exec` puts /etc/netns/NS/sysctl.d over /etc/sysctl.d, so the sysctl file the install
# script writes lands there; removed with everything else.
deploy_cleanup()
{
    local status=$? lan
    for lan in "${NL_LANS[@]}"; do
        rm -rf "/etc/netns/$(nl_gw_ns "$lan")"
    done
    (exit "$status")
    nl_cleanup
}
trap deploy_cleanup EXIT

nl_lan a 10.31.0.0/16
nl_lan b 10.32.8.0/22
nl_lan c 192.168.131.0/24
nl_net_up
nl_all_lans_up

# The admin's machine: on the internet bridge, no route to any LAN.
admin="$NL_PREFIX-admin"
nl_netns_add "$admin"
ip -n "$admin" link add pub type veth peer name g99 netns "$NL_INET"
ip -n "$NL_INET" link set g99 master br0 up
ip -n "$admin" addr add 192.0.2.250/24 dev pub
ip -n "$admin" link set pub up

ssh-keygen -q -t ed25519 -N '' -C p2pvpn-admin -f "$NL_WORK/admin_key"
mkdir -p /run/sshd
mesh=deploymesh
file=$NL_WORK/$mesh.p2pmesh
nl_p2pvpn init "$file" --name "$mesh" --topology full
for lan in "${NL_LANS[@]}"; do
    gw=$(nl_gw_ns "$lan")
    dir=$NL_WORK/gw-$lan
    mkdir -p "$dir/run" "/etc/netns/$gw/sysctl.d"
    ssh-keygen -q -t ed25519 -N '' -C "$lan" -f "$dir/host_key"
    cp "$NL_WORK/admin_key.pub" "$dir/authorized_keys"
    cat >"$dir/sshd_config" <<EOF
ListenAddress $(nl_lan_pub "$lan")
HostKey $dir/host_key
PidFile $dir/run/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
StrictModes no
PermitRootLogin prohibit-password
UsePAM no
Subsystem sftp internal-sftp
SetEnv HOME=$dir
EOF
    # This gateway's stand-in for systemctl and openvpn-server@NAME.
    cat >"$dir/tunnel.sh" <<'EOF'
#!/bin/sh
# tunnel.sh restart|stop NAME
run=$(dirname "$0")/run
if [ -s "$run/$2.pid" ]; then
    kill "$(cat "$run/$2.pid")" 2>/dev/null
    sleep 0.3
    rm -f "$run/$2.pid"
fi
[ "$1" = stop ] && exit 0
exec openvpn --cd "$P2PVPN_TARGET_DIR" --config "$2.conf" --daemon "p2pvpn-$2" --writepid "$run/$2.pid" \
    --log-append "$run/$2.log" --status "$run/$2.status" 5
EOF
    ip netns exec "$gw" /usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/run/sshd.log" ||
        nl_fail "sshd did not start in $gw"
    subnets=()
    for subnet in ${NL_LAN_SUBNETS[$lan]}; do
        subnets+=(--subnet "$subnet")
    done
    nl_p2pvpn add-lan "$file" "$lan" --endpoint "$(nl_lan_pub "$lan")" "${subnets[@]}" \
        --ssh "root@$(nl_lan_pub "$lan"):22" --ssh-key "$NL_WORK/admin_key" --target-dir "$dir/openvpn" \
        --service-manager command --restart-command "sh $dir/tunnel.sh restart" \
        --stop-command "sh $dir/tunnel.sh stop"
done
nl_p2pvpn check "$file"

# Never the real ~/.ssh or agent.
deploy()
{
    HOME=$NL_WORK/home SSH_AUTH_SOCK='' ip netns exec "$admin" "$P2PVPN" deploy "$file" \
        --known-hosts "$NL_WORK/known_hosts" --keys "$NL_WORK/keys" "$@"
}

nl_log "deploying from $admin"
out=$(deploy --accept-new-host-keys 2>&1) || nl_fail "$(printf 'p2pvpn deploy failed:\n%s' "$out")"
for lan in "${NL_LANS[@]}"; do
    grep -q "^  $lan: done: 2 added" <<<"$out" || nl_fail "$(printf '%s was not deployed:\n%s' "$lan" "$out")"
    [ -s "/etc/netns/$(nl_gw_ns "$lan")/sysctl.d/60-p2pvpn-$mesh.conf" ] ||
        nl_fail "the install script wrote no sysctl file for $lan"
done

# Every tunnel end pings its peer's transit address, then every LAN host every other.
start=$SECONDS
for lan in "${NL_LANS[@]}"; do
    for conf in "$NL_WORK/gw-$lan/openvpn"/*.conf; do
        remote=$(nl_conf_remote_transit "$conf")
        until ip netns exec "$(nl_gw_ns "$lan")" ping -n -q -c 1 -W 1 "$remote" >/dev/null 2>&1; do
            [ $((SECONDS - start)) -lt 60 ] || nl_fail "tunnel $lan/$(basename "$conf") not up after 60 s"
            sleep 0.5
        done
    done
done
nl_log "all tunnels up after $((SECONDS - start)) s"
nl_assert_all_pairs

# Nothing changed: nothing is restarted.
pids=$(cat "$NL_WORK"/gw-*/run/*.pid | LC_ALL=C sort)
out=$(deploy 2>&1) || nl_fail "$(printf 'the second deploy failed:\n%s' "$out")"
for lan in "${NL_LANS[@]}"; do
    grep -q "^  $lan: unchanged" <<<"$out" || nl_fail "$(printf '%s was not unchanged:\n%s' "$lan" "$out")"
done
[ "$(cat "$NL_WORK"/gw-*/run/*.pid | LC_ALL=C sort)" = "$pids" ] || nl_fail "the second deploy restarted tunnels"
nl_assert_all_pairs
nl_log "PASS"
