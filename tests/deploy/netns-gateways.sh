# Gateways reached over SSH, for the tests that install a mesh into network namespaces (p2pvpn deploy,
# Ansible): an sshd in each gateway's namespace, an admin namespace on the "internet" bridge with no route
# to any LAN, and tunnel.sh as each gateway's stand-in for systemctl and openvpn-server@NAME.
# Source after netns-lib.sh, call ng_init after nl_init and nl_net_up.

# `ip netns exec` puts /etc/netns/NS/sysctl.d over /etc/sysctl.d, so the sysctl file an install writes
# lands there; removed with everything else.
ng_cleanup()
{
    local status=$? lan
    set +e # errexit is still on in the trap: the "(exit ...)" below would end the script before nl_cleanup
    for lan in "${NL_LANS[@]}"; do
        rm -rf "/etc/netns/$(nl_gw_ns "$lan")"
    done
    (exit "$status")
    nl_cleanup
}

ng_init()
{
    local tool
    for tool in /usr/sbin/sshd ssh-keygen; do
        command -v "$tool" >/dev/null || nl_fail "$tool is not installed (installer/bootstrap.sh test installs it)"
    done
    trap ng_cleanup EXIT
    NG_ADMIN="$NL_PREFIX-admin"
    nl_bridge_host "$NG_ADMIN" 192.0.2.250 g99
    ssh-keygen -q -t ed25519 -N '' -C p2pvpn-admin -f "$NL_WORK/admin_key"
    mkdir -p /run/sshd "$NL_WORK/home"
}

# ng_tunnel_script DIR: DIR/tunnel.sh, the gateway's stand-in for systemctl and openvpn-server@NAME
# (restart|stop NAME; the configs are in $P2PVPN_TARGET_DIR, pid files and logs in DIR/run).
ng_tunnel_script()
{
    local dir=$1
    mkdir -p "$dir/run"
    cat >"$dir/tunnel.sh" <<'SCRIPT'
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
SCRIPT
}

# ng_gateway_up LAN: the LAN's namespaces (if not up yet) and an sshd in its gateway.
ng_gateway_up()
{
    local lan=$1 gw dir
    [ -n "${NL_LAN_IS_UP[$lan]:-}" ] || nl_lan_up "$lan"
    gw=$(nl_gw_ns "$lan")
    dir=$NL_WORK/gw-$lan
    mkdir -p "$dir/run" "/etc/netns/$gw/sysctl.d"
    ssh-keygen -q -t ed25519 -N '' -C "$lan" -f "$dir/host_key"
    cp "$NL_WORK/admin_key.pub" "$dir/authorized_keys"
    cat >"$dir/sshd_config" <<CONFIG
ListenAddress $(nl_lan_pub "$lan")
HostKey $dir/host_key
PidFile $dir/run/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
StrictModes no
PermitRootLogin prohibit-password
UsePAM no
Subsystem sftp internal-sftp
SetEnv HOME=$dir
CONFIG
    ng_tunnel_script "$dir"
    ip netns exec "$gw" /usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/run/sshd.log" ||
        nl_fail "sshd did not start in $gw"
}

# ng_add_lan FILE LAN: adds the LAN to the mesh with SSH access for the admin key and tunnel.sh as its
# service commands.
ng_add_lan()
{
    local file=$1 lan=$2 dir=$NL_WORK/gw-$2 subnet subnets=()
    for subnet in ${NL_LAN_SUBNETS[$lan]}; do
        subnets+=(--subnet "$subnet")
    done
    nl_p2pvpn add-lan "$file" "$lan" --endpoint "$(nl_lan_pub "$lan")" "${subnets[@]}" \
        --ssh "root@$(nl_lan_pub "$lan"):22" --ssh-key "$NL_WORK/admin_key" --target-dir "$dir/openvpn" \
        --service-manager command --restart-command "sh $dir/tunnel.sh restart" \
        --stop-command "sh $dir/tunnel.sh stop"
}

# ng_wait_installed_tunnels [SECONDS]: every installed tunnel end pings its peer's transit address.
ng_wait_installed_tunnels()
{
    local limit=${1:-60} start=$SECONDS lan conf remote
    for lan in "${NL_LANS[@]}"; do
        for conf in "$NL_WORK/gw-$lan/openvpn"/*.conf; do
            [ -f "$conf" ] || nl_fail "no tunnel is installed on $lan"
            remote=$(nl_conf_remote_transit "$conf")
            until ip netns exec "$(nl_gw_ns "$lan")" ping -n -q -c 1 -W 1 "$remote" >/dev/null 2>&1; do
                [ $((SECONDS - start)) -lt "$limit" ] ||
                    nl_fail "tunnel $lan/$(basename "$conf") not up after $limit s"
                sleep 0.5
            done
        done
    done
    nl_log "all installed tunnels up after $((SECONDS - start)) s"
}

# ng_tunnel_pids: "LAN/TUNNEL PID" for every running tunnel end, sorted.
ng_tunnel_pids()
{
    local pidfile lan
    for pidfile in "$NL_WORK"/gw-*/run/*.pid; do
        [ -f "$pidfile" ] || continue
        [ "$(basename "$pidfile")" = sshd.pid ] && continue
        lan=${pidfile#"$NL_WORK"/gw-}
        lan=${lan%%/*}
        echo "$lan/$(basename "$pidfile" .pid) $(cat "$pidfile")"
    done | LC_ALL=C sort
}
