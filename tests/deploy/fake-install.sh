#!/bin/sh
# Test stand-in for the generator's install.sh; same contract (InstallProtocol, whose values writeBundle
# fills in for the @...@ tokens, as the generator does in the real template):
#   sh install.sh --dry-run  prints "add|change|remove|unchanged NAME" lines and exits 0
#   sh install.sh            installs and prints the same lines; exit 0 done, @EXIT_ROLLED_BACK@ a tunnel
#                            failed to start and the previous configs are back with the old tunnels restarted
# Environment: P2PVPN_TARGET_DIR (default /etc/openvpn/server), P2PVPN_SERVICE_RESTART and
# P2PVPN_SERVICE_STOP (shell commands; the tunnel name is appended as one argument).
set -u
here=$(cd "$(dirname "$0")" && pwd) || exit 1
target=${P2PVPN_TARGET_DIR:-/etc/openvpn/server}
manifest=$target/.p2pvpn-tunnels
dry=no
[ "${1:-}" = --dry-run ] && dry=yes

service() { # ACTION NAME
    case $1 in
    restart) command=${P2PVPN_SERVICE_RESTART:-} ;;
    *) command=${P2PVPN_SERVICE_STOP:-} ;;
    esac
    if [ -z "$command" ]; then
        systemctl "$1" "openvpn-server@$2"
    else
        sh -c "$command \"\$1\"" p2pvpn-service "$2"
    fi
}

plan=$(
    for file in "$here"/openvpn/*.conf; do
        [ -e "$file" ] || continue
        name=$(basename "$file" .conf)
        if [ ! -e "$target/$name.conf" ]; then
            echo "@REPORT_ADD@ $name"
        elif cmp -s "$file" "$target/$name.conf"; then
            echo "@REPORT_UNCHANGED@ $name"
        else
            echo "@REPORT_CHANGE@ $name"
        fi
    done
    if [ -f "$manifest" ]; then
        while read -r name; do
            [ -n "$name" ] && [ ! -e "$here/openvpn/$name.conf" ] && echo "@REPORT_REMOVE@ $name"
        done <"$manifest"
    fi
)

if [ "$dry" = yes ]; then
    [ -n "$plan" ] && printf '%s\n' "$plan"
    exit 0
fi

mkdir -p "$target" || exit 1
backup=$(mktemp -d "$target/.p2pvpn-backup.XXXXXX") || exit 1
for file in "$target"/*.conf "$manifest"; do
    [ -e "$file" ] && { cp -p "$file" "$backup/" || exit 1; }
done

restore() {
    while read -r action name; do
        case $action in
        @REPORT_ADD@)
            service stop "$name"
            rm -f "$target/$name.conf"
            ;;
        @REPORT_CHANGE@ | @REPORT_REMOVE@)
            cp -p "$backup/$name.conf" "$target/$name.conf"
            service restart "$name"
            ;;
        esac
    done <<PLAN
$plan
PLAN
    if [ -e "$backup/.p2pvpn-tunnels" ]; then cp -p "$backup/.p2pvpn-tunnels" "$manifest"; else rm -f "$manifest"; fi
    rm -rf "$backup"
}

# Removed tunnels first (that frees their ports), then new and changed ones.
while read -r action name; do
    if [ "$action" = @REPORT_REMOVE@ ]; then
        service stop "$name"
        rm -f "$target/$name.conf"
    fi
done <<PLAN
$plan
PLAN
failed=
while read -r action name; do
    case $action in
    @REPORT_ADD@ | @REPORT_CHANGE@)
        cp "$here/openvpn/$name.conf" "$target/.$name.conf.new" && mv "$target/.$name.conf.new" "$target/$name.conf" &&
            service restart "$name" || { failed=$name; break; }
        ;;
    esac
done <<PLAN
$plan
PLAN

if [ -n "$failed" ]; then
    echo "tunnel $failed failed to start; restoring the previous configs" >&2
    restore
    exit @EXIT_ROLLED_BACK@
fi
for file in "$here"/openvpn/*.conf; do
    [ -e "$file" ] && basename "$file" .conf
done >"$manifest.new" && mv "$manifest.new" "$manifest"
rm -rf "$backup"
[ -n "$plan" ] && printf '%s\n' "$plan"
exit 0
