# shellcheck shell=bash
# Real-network test harness: Linux network namespaces, real openvpn, real ping.
#
# Topology (per design.md): one "internet" namespace holding a bridge; per LAN a
# gateway namespace with a veth to the bridge (public address 192.0.2.x/24, the
# LAN's endpoint in the mesh) and a veth to a LAN-host namespace; the host holds
# one address in each of the LAN's subnets and routes by default via the gateway.
# Gateways have no route to another LAN except through a tunnel, so a ping that
# passes has crossed the mesh.
#
# Usage from a test script:
#   . netns-lib.sh
#   nl_init TAG                  # skip (77) without root or /dev/net/tun; traps; work dir
#   nl_lan a 10.10.0.0/16 ...    # declare LANs (public address assigned here)
#   nl_net_up; nl_lan_up a ...   # build namespaces
#   nl_start_bundle DIR; nl_wait_tunnels; nl_assert_all_pairs
# Everything made (namespaces, veths, openvpn daemons, work dir) is removed by an
# EXIT/INT/TERM trap; a watchdog sends TERM before ctest's own timeout would
# SIGKILL the script and leave namespaces behind.
#
# Environment: NL_TIME_LIMIT (seconds, default 150), NL_KEEP=1 keeps the work dir,
# NL_VERBOSE=1 traces commands.

NL_SKIP=77

NL_TAG=
NL_PREFIX=
NL_WORK=
NL_RUN=
NL_INET=
NL_WATCHDOG=
NL_CLEANED=
NL_NAMESPACES=()       # every namespace made, in creation order
NL_LANS=()             # LAN names, in declaration order
declare -A NL_LAN_INDEX=() NL_LAN_PUB=() NL_LAN_SUBNETS=() NL_LAN_ADDRS=() NL_LAN_IS_UP=()
declare -A NL_TUN_CONF=()  # "lan/file.conf" -> the conf file that tunnel end runs from

nl_log() { printf '[%s %s] %s\n' "$NL_TAG" "$(date +%H:%M:%S)" "$*" >&2; }

# Fails the test: prints the reason and the diagnostics, exits 1 (the trap cleans up).
nl_fail()
{
    printf '[%s] FAIL: %s\n' "$NL_TAG" "$*" >&2
    nl_dump_diagnostics
    exit 1
}

nl_skip()
{
    printf '[%s] SKIP: %s\n' "${NL_TAG:-netns}" "$*" >&2
    exit "$NL_SKIP"
}

# nl_init TAG: checks the machine, sets the unique prefix, traps and the work dir.
nl_init()
{
    NL_TAG=$1
    [ "$(id -u)" -eq 0 ] || nl_skip "needs root to create network namespaces (running as uid $(id -u))"
    [ -c /dev/net/tun ] || nl_skip "needs /dev/net/tun for openvpn's tun devices, and it is missing"
    local tool
    for tool in ip openvpn ping; do
        command -v "$tool" >/dev/null || nl_fail "the program \"$tool\" is not installed (installer/bootstrap.sh test installs it)"
    done
    # Unique per process and test, so that parallel tests never share a name.
    NL_PREFIX="p2pt-$$-$NL_TAG"
    NL_WORK=$(mktemp -d "${TMPDIR:-/tmp}/p2pvpn-netns-$NL_TAG.XXXXXX")
    NL_RUN=$NL_WORK/run
    mkdir -p "$NL_RUN"
    trap nl_cleanup EXIT
    trap 'nl_log "interrupted"; exit 130' INT
    trap 'nl_on_term' TERM
    trap 'exit 129' HUP
    [ "${NL_VERBOSE:-0}" = 1 ] && set -x
    nl_start_watchdog "${NL_TIME_LIMIT:-150}"
    nl_log "prefix $NL_PREFIX, work dir $NL_WORK"
}

nl_on_term()
{
    if [ -e "$NL_WORK/.timed-out" ]; then
        printf '[%s] FAIL: timed out after %s s (NL_TIME_LIMIT)\n' "$NL_TAG" "${NL_TIME_LIMIT:-150}" >&2
        nl_dump_diagnostics
    else
        nl_log "terminated"
    fi
    exit 1
}

# ctest kills a test that overruns with SIGKILL, which no trap sees; end earlier with TERM.
nl_start_watchdog()
{
    local limit=$1 main=$$ work=$NL_WORK
    (
        sleeper=
        trap '[ -n "$sleeper" ] && kill "$sleeper" 2>/dev/null; exit 0' TERM
        sleep "$limit" &
        sleeper=$!
        wait "$sleeper"
        touch "$work/.timed-out"
        kill -TERM "$main"
    ) </dev/null >/dev/null 2>&1 &
    NL_WATCHDOG=$!
}

nl_cleanup()
{
    local status=$?
    [ -n "$NL_CLEANED" ] && return
    NL_CLEANED=1
    set +e +x
    trap - INT TERM HUP
    [ -n "$NL_WATCHDOG" ] && kill "$NL_WATCHDOG" 2>/dev/null
    local pidfile ns pid
    if [ -n "$NL_RUN" ] && [ -d "$NL_RUN" ]; then
        while IFS= read -r pidfile; do
            nl_kill_openvpn "$pidfile"
        done < <(find "$NL_RUN" -name '*.pid' 2>/dev/null)
    fi
    # Anything else still running inside our namespaces was started by this test too.
    for ns in "${NL_NAMESPACES[@]}"; do
        for pid in $(ip netns pids "$ns" 2>/dev/null); do
            kill -KILL "$pid" 2>/dev/null
        done
    done
    for ns in "${NL_NAMESPACES[@]}"; do
        ip netns del "$ns" 2>/dev/null
    done
    if [ -n "$NL_WORK" ] && [ -d "$NL_WORK" ]; then
        if [ "${NL_KEEP:-0}" = 1 ]; then
            nl_log "kept $NL_WORK (NL_KEEP=1)"
        else
            rm -rf "$NL_WORK"
        fi
    fi
    exit "$status"
}

# True if PID runs and is an openvpn (a zombie whose parent has not reaped it does not count).
nl_is_openvpn()
{
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    [ "$(cat "/proc/$1/comm" 2>/dev/null)" = openvpn ] || return 1
    stat=${stat##*) }
    [ "${stat%% *}" != Z ]
}

# Stops the openvpn whose pid file this is (only if that pid still is an openvpn).
nl_kill_openvpn()
{
    local pidfile=$1 pid
    [ -s "$pidfile" ] || return 0
    pid=$(cat "$pidfile")
    rm -f "$pidfile"
    nl_is_openvpn "$pid" || return 0
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 50); do
        nl_is_openvpn "$pid" || return 0
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null
    return 0
}

nl_dump_diagnostics()
{
    [ -n "$NL_RUN" ] && [ -d "$NL_RUN" ] || return 0
    local log lan
    for log in "$NL_RUN"/*/*.log; do
        [ -e "$log" ] || continue
        printf '\n----- openvpn log %s (last 30 lines)\n' "${log#"$NL_RUN"/}" >&2
        tail -n 30 "$log" >&2
    done
    for lan in "${NL_LANS[@]}"; do
        [ -n "${NL_LAN_IS_UP[$lan]:-}" ] || continue
        printf '\n----- routes in gateway %s\n' "$lan" >&2
        ip -n "$(nl_gw_ns "$lan")" -4 route show >&2
    done
}

# --- IPv4 arithmetic -----------------------------------------------------------

nl_ip2int()
{
    local IFS=.
    # shellcheck disable=SC2086
    set -- $1
    echo $((($1 << 24) | ($2 << 16) | ($3 << 8) | $4))
}

nl_int2ip() { echo "$((($1 >> 24) & 255)).$((($1 >> 16) & 255)).$((($1 >> 8) & 255)).$(($1 & 255))"; }

# nl_cidr_host CIDR N: the N-th address of the network, with the prefix ("10.1.0.2/16").
nl_cidr_host()
{
    local net=${1%/*} len=${1#*/}
    echo "$(nl_int2ip $(($(nl_ip2int "$net") + $2)))/$len"
}

# --- topology ------------------------------------------------------------------

nl_gw_ns() { echo "$NL_PREFIX-g-$1"; }
nl_host_ns() { echo "$NL_PREFIX-h-$1"; }

nl_netns_add()
{
    ip netns add "$1" || nl_fail "cannot create network namespace $1"
    NL_NAMESPACES+=("$1")
    ip -n "$1" link set lo up
}

# nl_lan NAME CIDR...: declares a LAN; its public address is 192.0.2.(10+index).
nl_lan()
{
    local name=$1
    shift
    [ -z "${NL_LAN_INDEX[$name]:-}" ] || nl_fail "LAN $name declared twice"
    NL_LANS+=("$name")
    NL_LAN_INDEX[$name]=${#NL_LANS[@]}
    NL_LAN_PUB[$name]=192.0.2.$((10 + ${#NL_LANS[@]}))
    NL_LAN_SUBNETS[$name]="$*"
    local subnet addrs=
    for subnet in "$@"; do
        addrs+="${addrs:+ }$(nl_cidr_host "$subnet" 2)"
    done
    NL_LAN_ADDRS[$name]=$addrs # the LAN host's addresses; the gateway takes .1 of each
}

nl_lan_pub() { echo "${NL_LAN_PUB[$1]}"; }

# The "internet": a namespace with a bridge that every gateway's public veth joins.
nl_net_up()
{
    NL_INET="$NL_PREFIX-inet"
    nl_netns_add "$NL_INET"
    ip -n "$NL_INET" link add br0 type bridge
    ip -n "$NL_INET" link set br0 up
}

# nl_bridge_host NS ADDRESS PORT: a namespace NS with ADDRESS/24 on the "internet" bridge (bridge port PORT).
nl_bridge_host()
{
    nl_netns_add "$1"
    ip -n "$1" link add pub type veth peer name "$3" netns "$NL_INET"
    ip -n "$NL_INET" link set "$3" master br0 up
    ip -n "$1" addr add "$2/24" dev pub
    ip -n "$1" link set pub up
}

# nl_lan_up NAME: the gateway and LAN-host namespaces of a declared LAN.
nl_lan_up()
{
    local lan=$1 index=${NL_LAN_INDEX[$1]:-}
    [ -n "$index" ] || nl_fail "nl_lan_up: LAN $lan was not declared with nl_lan"
    [ -n "$NL_INET" ] || nl_fail "nl_lan_up: call nl_net_up first"
    local gw host subnet first=
    gw=$(nl_gw_ns "$lan")
    host=$(nl_host_ns "$lan")
    nl_netns_add "$gw"
    nl_netns_add "$host"
    # Created directly inside the namespaces, so no name is ever taken in the host's namespace.
    ip -n "$gw" link add pub type veth peer name "g$index" netns "$NL_INET"
    ip -n "$NL_INET" link set "g$index" master br0 up
    ip -n "$gw" addr add "${NL_LAN_PUB[$lan]}/24" dev pub
    ip -n "$gw" link set pub up
    ip -n "$gw" link add lan type veth peer name eth0 netns "$host"
    ip -n "$gw" link set lan up
    ip -n "$host" link set eth0 up
    for subnet in ${NL_LAN_SUBNETS[$lan]}; do
        ip -n "$gw" addr add "$(nl_cidr_host "$subnet" 1)" dev lan
        ip -n "$host" addr add "$(nl_cidr_host "$subnet" 2)" dev eth0
        [ -n "$first" ] || first=$(nl_cidr_host "$subnet" 1)
    done
    ip -n "$host" route add default via "${first%/*}"
    ip netns exec "$gw" sysctl -qw net.ipv4.ip_forward=1
    # Loose reverse-path filtering, as systemd sets it on most distributions.
    ip netns exec "$gw" sysctl -qw net.ipv4.conf.all.rp_filter=2
    NL_LAN_IS_UP[$lan]=1
}

nl_all_lans_up()
{
    local lan
    for lan in "${NL_LANS[@]}"; do
        [ -n "${NL_LAN_IS_UP[$lan]:-}" ] || nl_lan_up "$lan"
    done
}

# --- the p2pvpn CLI -------------------------------------------------------------

# nl_require_p2pvpn PATH: sets P2PVPN, fails unless it is an executable.
nl_require_p2pvpn()
{
    P2PVPN=${1:-${P2PVPN:-}}
    [ -n "$P2PVPN" ] || nl_fail "pass the path of the built p2pvpn as the first argument (or set P2PVPN)"
    [ -x "$P2PVPN" ] || nl_fail "p2pvpn is not an executable at $P2PVPN; build the target p2pvpn first"
}

# Fails, clearly, while the generator is not in the CLI yet.
nl_require_generate()
{
    if ! "$P2PVPN" generate --help >/dev/null 2>&1; then
        nl_fail "\"p2pvpn generate\" is missing from $P2PVPN (issue 3's generator is not implemented yet)"
    fi
}

nl_p2pvpn()
{
    "$P2PVPN" "$@" || nl_fail "p2pvpn $* exited with status $?"
}

# nl_cli_add_lan FILE NAME: adds a declared LAN to the mesh file with its subnets and endpoint.
nl_cli_add_lan()
{
    local file=$1 lan=$2 subnet args=()
    for subnet in ${NL_LAN_SUBNETS[$lan]}; do
        args+=(--subnet "$subnet")
    done
    nl_p2pvpn add-lan "$file" "$lan" --endpoint "${NL_LAN_PUB[$lan]}" "${args[@]}"
}

# nl_generate FILE DIR: generates the bundles and checks that each declared LAN got its directory.
nl_generate()
{
    local file=$1 dir=$2 lan
    nl_p2pvpn generate "$file" --out "$dir"
    for lan in "${NL_LANS[@]}"; do
        [ -d "$dir/$lan/openvpn" ] || nl_fail "the bundle $dir has no $lan/openvpn directory"
    done
}

# nl_assert_tunnel_files BUNDLE MESH LAN PEER...: LAN's bundle holds exactly one
# MESH-PEER.conf per given peer, nothing more, nothing less.
nl_assert_tunnel_files()
{
    local bundle=$1 mesh=$2 lan=$3 peer expected have
    shift 3
    expected=$(for peer in "$@"; do echo "$mesh-$peer.conf"; done | LC_ALL=C sort)
    have=$(nl_tunnel_confs "$bundle" "$lan")
    [ "$have" = "$expected" ] ||
        nl_fail "$(printf '%s/openvpn should hold exactly:\n%s\nbut holds:\n%s' "$lan" "$expected" "${have:-(nothing)}")"
}

# --- tunnels ---------------------------------------------------------------------

# nl_tunnel_confs BUNDLE LAN: the conf files' names, sorted.
nl_tunnel_confs()
{
    local f
    for f in "$1/$2"/openvpn/*.conf; do
        [ -e "$f" ] && basename "$f"
    done | LC_ALL=C sort
}

# nl_start_tunnel BUNDLE LAN CONF: starts one tunnel end as the real openvpn in the LAN's gateway.
nl_start_tunnel()
{
    local bundle=$1 lan=$2 conf=$3 key="$2/$3"
    local dir="$bundle/$lan/openvpn" base=$NL_RUN/$lan/${3%.conf}
    [ -f "$dir/$conf" ] || nl_fail "no tunnel config $dir/$conf"
    [ -n "${NL_LAN_IS_UP[$lan]:-}" ] || nl_fail "LAN $lan's namespaces are not up"
    mkdir -p "$NL_RUN/$lan"
    dir=$(cd "$dir" && pwd)
    # Our status/log/pid options come after --config so that they win: paths in the
    # generated file are meant for a real gateway, not for parallel tests.
    # shellcheck disable=SC2094 # openvpn appends to the log; the redirect only catches early errors
    ip netns exec "$(nl_gw_ns "$lan")" openvpn --cd "$dir" --config "$conf" \
        --status "$base.status" 5 --management "$base.sock" unix --log-append "$base.log" --writepid "$base.pid" --daemon "p2pvpn-test-$lan" \
        </dev/null >>"$base.log" 2>&1 ||
        nl_fail "openvpn did not start for $key (status $?)"
    for _ in $(seq 50); do
        [ -s "$base.pid" ] && break
        sleep 0.1
    done
    [ -s "$base.pid" ] || nl_fail "openvpn wrote no pid file for $key"
    NL_TUN_CONF[$key]="$dir/$conf"
}

nl_stop_tunnel()
{
    local key="$1/$2"
    nl_kill_openvpn "$NL_RUN/$1/${2%.conf}.pid"
    unset "NL_TUN_CONF[$key]"
}

# The running openvpn's pid for LAN CONF, or nothing.
nl_tunnel_pid()
{
    local pidfile="$NL_RUN/$1/${2%.conf}.pid" pid
    [ -s "$pidfile" ] || return 0
    pid=$(cat "$pidfile")
    if nl_is_openvpn "$pid"; then echo "$pid"; fi
}

# The running tunnel ends as "lan/file.conf", sorted.
nl_running_tunnels() { printf '%s\n' "${!NL_TUN_CONF[@]}" | grep . | LC_ALL=C sort || true; }

# nl_start_bundle BUNDLE: every declared LAN's tunnel ends; refuses unknown LAN dirs.
nl_start_bundle()
{
    local bundle=$1 lan conf d count=0
    for d in "$bundle"/*/; do
        lan=$(basename "$d")
        [ -n "${NL_LAN_INDEX[$lan]:-}" ] || nl_fail "bundle $bundle has a directory for an unknown LAN: $lan"
    done
    for lan in "${NL_LANS[@]}"; do
        for conf in $(nl_tunnel_confs "$bundle" "$lan"); do
            nl_start_tunnel "$bundle" "$lan" "$conf"
            count=$((count + 1))
        done
    done
    [ "$count" -gt 0 ] || nl_fail "bundle $bundle has no tunnel configs"
    nl_log "started $count openvpn tunnel ends from $bundle"
}

# The peer's transit address from a p2p conf's "ifconfig LOCAL REMOTE" line.
nl_conf_remote_transit() { awk '$1 == "ifconfig" { print $3; exit }' "$1"; }

# nl_wait_tunnels [SECONDS]: polls until every running tunnel end pings its peer's
# transit address (or, without an ifconfig line, logs "Initialization Sequence Completed").
nl_wait_tunnels()
{
    local limit=${1:-60} start=$SECONDS key lan conf pid remote pending
    while :; do
        pending=()
        for key in $(nl_running_tunnels); do
            lan=${key%%/*}
            conf=${key#*/}
            pid=$(nl_tunnel_pid "$lan" "$conf")
            [ -n "$pid" ] || nl_fail "openvpn for $key is not running (it exited; see its log)"
            remote=$(nl_conf_remote_transit "${NL_TUN_CONF[$key]}")
            if [ -n "$remote" ]; then
                ip netns exec "$(nl_gw_ns "$lan")" ping -n -q -c 1 -W 1 "$remote" >/dev/null 2>&1 && continue
            else
                grep -q 'Initialization Sequence Completed' "$NL_RUN/$lan/${conf%.conf}.log" && continue
            fi
            pending+=("$key")
        done
        [ ${#pending[@]} -eq 0 ] && break
        [ $((SECONDS - start)) -lt "$limit" ] ||
            nl_fail "tunnels not up after $limit s: ${pending[*]}"
        sleep 0.5
    done
    nl_log "all $(nl_running_tunnels | wc -l) tunnel ends up after $((SECONDS - start)) s"
}

# --- reachability --------------------------------------------------------------

# nl_check_all_pairs: pings every other LAN's host addresses from each address of every
# LAN host (both directions, each subnet as source and as target), all pairs at once.
# Sets NL_PAIRS_CHECKED and NL_PAIRS_FAILED ("lan src -> lan dst" lines); returns 1 if any failed.
nl_check_all_pairs()
{
    local out=$NL_WORK/pairs a b src dst n=0 pids=()
    rm -rf "$out"
    mkdir -p "$out"
    for a in "${NL_LANS[@]}"; do
        [ -n "${NL_LAN_IS_UP[$a]:-}" ] || continue
        for b in "${NL_LANS[@]}"; do
            if [ "$a" = "$b" ] || [ -z "${NL_LAN_IS_UP[$b]:-}" ]; then continue; fi
            for src in ${NL_LAN_ADDRS[$a]}; do
                for dst in ${NL_LAN_ADDRS[$b]}; do
                    n=$((n + 1))
                    (
                        ip netns exec "$(nl_host_ns "$a")" \
                            ping -n -q -c 2 -i 0.3 -W 2 -I "${src%/*}" "${dst%/*}" >/dev/null 2>&1 ||
                            echo "$a ${src%/*} -> $b ${dst%/*}" >"$out/$n"
                    ) &
                    pids+=($!)
                done
            done
        done
    done
    # Not a bare "wait": that would also wait for the watchdog.
    [ ${#pids[@]} -eq 0 ] || wait "${pids[@]}"
    NL_PAIRS_CHECKED=$n
    NL_PAIRS_FAILED=$(cat "$out"/* 2>/dev/null | LC_ALL=C sort)
    rm -rf "$out"
    [ -z "$NL_PAIRS_FAILED" ]
}

nl_assert_all_pairs()
{
    if nl_check_all_pairs; then
        [ "$NL_PAIRS_CHECKED" -gt 0 ] || nl_fail "no LAN host pairs to ping"
        nl_log "all $NL_PAIRS_CHECKED LAN host pairs ping"
        return 0
    fi
    nl_fail "$(printf 'these LAN host pairs do not ping (%s of %s):\n%s' \
        "$(echo "$NL_PAIRS_FAILED" | wc -l)" "$NL_PAIRS_CHECKED" "$NL_PAIRS_FAILED")"
}

# --- bundle comparison ---------------------------------------------------------

# nl_bundle_delta OLD NEW: one line per file, "same|changed|added|removed PATH", sorted by path.
nl_bundle_delta()
{
    local old=$1 new=$2 f
    {
        (cd "$old" && find . -type f | sed 's|^\./||')
        (cd "$new" && find . -type f | sed 's|^\./||')
    } | LC_ALL=C sort -u | while IFS= read -r f; do
        if [ ! -e "$new/$f" ]; then
            echo "removed $f"
        elif [ ! -e "$old/$f" ]; then
            echo "added $f"
        elif cmp -s "$old/$f" "$new/$f"; then
            echo "same $f"
        else
            echo "changed $f"
        fi
    done
}

# nl_conf_nonroute_changes OLD NEW: the changed lines of two confs other than "route" lines
# (empty: only routes differ, so ports, addresses and inline keys are the same).
nl_conf_nonroute_changes()
{
    diff "$1" "$2" | grep -E '^[<>]' | grep -Ev '^[<>][[:space:]]*route[[:space:]]'
    return 0
}

# --- aliases (overlapping subnets) -----------------------------------------------

# nl_read_addresses FILE: NL_REACHED_AS[lan] = the network the rest of the mesh reaches the LAN's (single)
# subnet in, from `p2pvpn addresses --csv`.
declare -A NL_REACHED_AS=()
nl_read_addresses()
{
    local lan subnet as
    NL_REACHED_AS=()
    while IFS=, read -r lan subnet as; do
        [ "$lan" = lan ] && continue
        [ "$subnet" = "${NL_LAN_SUBNETS[$lan]}" ] || nl_fail "addresses lists $subnet for $lan"
        NL_REACHED_AS[$lan]=$as
    done < <("$P2PVPN" addresses "$1" --csv)
}

# nl_mapped_address LAN: the address the other LANs reach LAN's host at.
nl_mapped_address() { local a; a=$(nl_cidr_host "${NL_REACHED_AS[$1]}" 2) && echo "${a%/*}"; }

# nl_assert_all_pairs_mapped: every LAN host pings every other at its mapped address (a few tries each).
nl_assert_all_pairs_mapped()
{
    local src dst target failed=() i ok
    for src in "${NL_LANS[@]}"; do
        for dst in "${NL_LANS[@]}"; do
            [ "$src" = "$dst" ] && continue
            target=$(nl_mapped_address "$dst")
            ok=no
            for i in 1 2 3 4 5; do
                if ip netns exec "$(nl_host_ns "$src")" ping -n -q -c 1 -W 2 "$target" >/dev/null 2>&1; then
                    ok=yes
                    break
                fi
                sleep 1
            done
            [ "$ok" = yes ] || failed+=("$src->$dst($target)")
        done
    done
    [ ${#failed[@]} -eq 0 ] || nl_fail "these hosts do not reach each other: ${failed[*]}"
    nl_log "all $((${#NL_LANS[@]} * (${#NL_LANS[@]} - 1))) host pairs ping by their mapped addresses"
}
