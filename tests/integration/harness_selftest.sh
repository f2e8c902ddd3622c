#!/usr/bin/env bash
# Proves the real-network harness itself, independent of p2pvpn's generator: a
# hand-written 3-LAN full mesh (OpenVPN 2.6 peer-fingerprint p2p configs, certificates
# made with the openssl program, in the bundle layout the generator writes) must pass
# all-pairs ping; with one tunnel stopped exactly that pair's pings must fail; one
# tunnel end restarted alone must come back while the others keep their PIDs; and a
# harness run that is killed, times out or fails must leave no namespace, process or
# temp dir behind.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=netns-lib.sh
. "$here/netns-lib.sh"

# The harness's own cleanup, run as a child process: MODE is term, timeout or fail.
if [ "${1:-}" = --child ]; then
    mode=$2 bundle=$3 report=$4
    nl_init "child$mode"
    nl_lan a 10.10.0.0/16
    nl_lan b 10.20.16.0/20 192.168.77.0/26
    nl_net_up
    nl_all_lans_up
    nl_start_tunnel "$bundle" a "$(nl_tunnel_confs "$bundle" a | head -n 1)"
    { echo "prefix $NL_PREFIX"; echo "work $NL_WORK"; echo "pid $(nl_tunnel_pid a "$(nl_tunnel_confs "$bundle" a | head -n 1)")"; } >"$report"
    [ "$mode" = fail ] && nl_fail "failing on purpose to prove the cleanup"
    while :; do sleep 0.2; done
fi

nl_init selftest
command -v openssl >/dev/null || nl_fail "the program \"openssl\" is not installed"
mesh=selftest

nl_lan a 10.10.0.0/16
nl_lan b 10.20.16.0/20 192.168.77.0/26
nl_lan c 172.20.0.64/26

prefix_mask() { nl_int2ip $(((0xffffffff << (32 - $1)) & 0xffffffff)); }

# make_bundle DIR: a full mesh over the declared LANs; tunnel k numbers its ends from
# 10.254.0.(4k)/30 and uses UDP port 1194+k on both gateways; the lower LAN is tls-server.
make_bundle()
{
    local dir=$1 pki=$NL_WORK/pki lan i j k=0 x y
    mkdir -p "$pki"
    for lan in "${NL_LANS[@]}"; do
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
            -subj "/CN=$lan" -keyout "$pki/$lan.key" -out "$pki/$lan.crt" 2>/dev/null ||
            nl_fail "openssl could not make a certificate for $lan"
        openssl x509 -in "$pki/$lan.crt" -noout -fingerprint -sha256 | sed 's/^.*=//' >"$pki/$lan.fp"
        mkdir -p "$dir/$lan/openvpn"
    done
    for ((i = 0; i < ${#NL_LANS[@]}; i++)); do
        for ((j = i + 1; j < ${#NL_LANS[@]}; j++)); do
            x=${NL_LANS[$i]} y=${NL_LANS[$j]}
            openvpn --genkey secret "$pki/$x-$y.tc" >/dev/null
            write_end "$dir" "$x" "$y" $((1194 + k)) "10.254.0.$((4 * k + 1))" "10.254.0.$((4 * k + 2))" server "$pki/$x-$y.tc"
            write_end "$dir" "$y" "$x" $((1194 + k)) "10.254.0.$((4 * k + 2))" "10.254.0.$((4 * k + 1))" client "$pki/$x-$y.tc"
            k=$((k + 1))
        done
    done
}

# write_end DIR LAN PEER PORT LOCAL REMOTE server|client TLSCRYPTFILE
write_end()
{
    local dir=$1 lan=$2 peer=$3 port=$4 local=$5 remote=$6 role=$7 tc=$8 pki=$NL_WORK/pki subnet
    {
        echo "# hand-written by harness_selftest.sh: mesh $mesh, tunnel $lan <-> $peer, this end $lan"
        echo "dev tun"
        echo "topology p2p"
        echo "proto udp"
        echo "lport $port"
        echo "remote $(nl_lan_pub "$peer") $port"
        echo "ifconfig $local $remote"
        echo "tls-$role"
        [ "$role" = server ] && echo "dh none"
        echo "data-ciphers AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305"
        echo "ping 2"
        echo "ping-restart 20"
        echo "verb 3"
        for subnet in ${NL_LAN_SUBNETS[$peer]}; do
            echo "route ${subnet%/*} $(prefix_mask "${subnet#*/}")"
        done
        echo "peer-fingerprint $(cat "$pki/$peer.fp")"
        echo "<cert>"; cat "$pki/$lan.crt"; echo "</cert>"
        echo "<key>"; cat "$pki/$lan.key"; echo "</key>"
        echo "<tls-crypt>"; cat "$tc"; echo "</tls-crypt>"
    } >"$dir/$lan/openvpn/$mesh-$peer.conf"
    chmod 600 "$dir/$lan/openvpn/$mesh-$peer.conf"
}

bundle=$NL_WORK/bundle
make_bundle "$bundle"

# 1. Everything up: every LAN host reaches every other LAN host, at every address.
nl_net_up
nl_all_lans_up
nl_start_bundle "$bundle"
nl_wait_tunnels 60
nl_assert_all_pairs
# 4 addresses (LANs of 1, 2 and 1 subnets): 4*3 ordered pairs less b's 2 within b.
[ "$NL_PAIRS_CHECKED" -eq 10 ] || nl_fail "expected 10 address pairs, checked $NL_PAIRS_CHECKED"

# 2. The check can fail, and no packet finds a way around a missing tunnel: with a-b
#    stopped, exactly the a<->b pairs fail.
nl_stop_tunnel a "$mesh-b.conf"
nl_stop_tunnel b "$mesh-a.conf"
expected=$(
    for src in ${NL_LAN_ADDRS[a]}; do for dst in ${NL_LAN_ADDRS[b]}; do echo "a ${src%/*} -> b ${dst%/*}"; done; done
    for src in ${NL_LAN_ADDRS[b]}; do for dst in ${NL_LAN_ADDRS[a]}; do echo "b ${src%/*} -> a ${dst%/*}"; done; done
)
expected=$(echo "$expected" | LC_ALL=C sort)
if nl_check_all_pairs; then
    nl_fail "all pairs still ping with the a-b tunnel stopped"
fi
[ "$NL_PAIRS_FAILED" = "$expected" ] ||
    nl_fail "$(printf 'with a-b stopped, expected exactly these pairs to fail:\n%s\nbut these failed:\n%s' "$expected" "$NL_PAIRS_FAILED")"
nl_log "with a-b stopped exactly its $(echo "$expected" | wc -l) pairs fail"

# 3. One end restarted alone (what an update of a changed tunnel does): a's end of a-c
#    is restarted, a-b comes back, and every other end keeps its process.
nl_start_tunnel "$bundle" a "$mesh-b.conf"
nl_start_tunnel "$bundle" b "$mesh-a.conf"
declare -A before=()
for key in $(nl_running_tunnels); do
    before[$key]=$(nl_tunnel_pid "${key%%/*}" "${key#*/}")
done
nl_stop_tunnel a "$mesh-c.conf"
nl_start_tunnel "$bundle" a "$mesh-c.conf"
nl_wait_tunnels 60
nl_assert_all_pairs
for key in "${!before[@]}"; do
    now=$(nl_tunnel_pid "${key%%/*}" "${key#*/}")
    if [ "$key" = "a/$mesh-c.conf" ]; then
        [ "$now" != "${before[$key]}" ] || nl_fail "a's end of a-c was not restarted (pid $now)"
    else
        [ "$now" = "${before[$key]}" ] || nl_fail "$key changed its pid from ${before[$key]} to ${now:-none}"
    fi
done
nl_log "restarting one end alone works; the other $((${#before[@]} - 1)) ends kept their pids"

# 4. The harness cleans up after a kill, its own timeout and a failure.
for mode in term timeout fail; do
    report=$NL_WORK/child-$mode.report
    mkdir -p "$NL_WORK/child-$mode"
    TMPDIR=$NL_WORK/child-$mode NL_TIME_LIMIT=$([ "$mode" = timeout ] && echo 4 || echo 60) \
        bash "$here/harness_selftest.sh" --child "$mode" "$bundle" "$report" >"$NL_WORK/child-$mode.out" 2>&1 &
    child=$!
    for _ in $(seq 150); do
        [ -s "$report" ] && grep -q '^pid [0-9]' "$report" && break
        sleep 0.1
    done
    grep -q '^pid [0-9]' "$report" 2>/dev/null || nl_fail "child ($mode) never started its tunnel: $(cat "$NL_WORK/child-$mode.out")"
    [ "$mode" = term ] && kill -TERM "$child"
    status=0
    wait "$child" || status=$?
    [ "$status" -ne 0 ] || nl_fail "child ($mode) exited with status 0"
    child_prefix=$(awk '$1 == "prefix" { print $2 }' "$report")
    child_pid=$(awk '$1 == "pid" { print $2 }' "$report")
    left=$(ip netns list | awk '{ print $1 }' | grep -F -- "$child_prefix-" || true)
    [ -z "$left" ] || nl_fail "child ($mode) left namespaces behind: $left"
    ! nl_is_openvpn "$child_pid" || nl_fail "child ($mode) left its openvpn (pid $child_pid) running"
    [ -z "$(ls -A "$NL_WORK/child-$mode")" ] || nl_fail "child ($mode) left files in its TMPDIR"
    [ "$mode" != timeout ] || grep -q 'timed out' "$NL_WORK/child-$mode.out" ||
        nl_fail "child (timeout) did not report its timeout: $(cat "$NL_WORK/child-$mode.out")"
    nl_log "child ($mode) exited with status $status and left nothing behind"
done

nl_log "PASS"
