#!/bin/sh
# Installs the tunnels of gateway @LAN@ in P2P-VPN mesh "@MESH@". Idempotent: run it again after every
# regeneration. Only tunnels whose configuration changed are restarted; tunnels of this mesh that no
# longer exist are stopped and removed. If a tunnel fails to start, the previous configurations are
# restored, the old tunnels restarted, and the script exits with status @EXIT_ROLLED_BACK@.
#
#   sh install.sh            install
#   sh install.sh --dry-run  list what would be added, changed and removed; change nothing
#
# Hosts without systemd: set P2PVPN_SERVICE_RESTART and P2PVPN_SERVICE_STOP to commands that get the
# tunnel name (e.g. @MESH@-peer) as their last argument. P2PVPN_TARGET_DIR overrides @TARGET@,
# P2PVPN_SYSCTL_DIR overrides /etc/sysctl.d, P2PVPN_SYSCTL_APPLY the command that applies a sysctl file.
set -eu

mesh='@MESH@'
here=$(cd "$(dirname "$0")" && pwd)
target=${P2PVPN_TARGET_DIR:-'@TARGET@'}
sysctl_dir=${P2PVPN_SYSCTL_DIR:-/etc/sysctl.d}
manifest="$target/.p2pvpn-$mesh.tunnels"
backup="$target/.p2pvpn-$mesh.backup"
dry_run=no
case "${1:-}" in
--dry-run) dry_run=yes ;;
'') ;;
*) echo "install.sh: unknown option $1 (use --dry-run or nothing)" >&2; exit @EXIT_USAGE@ ;;
esac

service_restart() {
    if [ -n "${P2PVPN_SERVICE_RESTART:-}" ]; then
        # The command is shell text (it may quote its own paths); the tunnel name is its last argument.
        sh -c "$P2PVPN_SERVICE_RESTART \"\$1\"" p2pvpn-restart "$1"
    else
        systemctl enable --quiet "openvpn-server@$1" && systemctl restart "openvpn-server@$1"
    fi
}

service_stop() {
    if [ -n "${P2PVPN_SERVICE_STOP:-}" ]; then
        sh -c "$P2PVPN_SERVICE_STOP \"\$1\"" p2pvpn-stop "$1"
    else
        systemctl disable --quiet --now "openvpn-server@$1"
    fi
}

# The plan: compare the bundle with what is installed.
new_tunnels=$(cd "$here/openvpn" && ls -1 -- *.conf 2>/dev/null | sed 's/\.conf$//')
old_tunnels=$(cat "$manifest" 2>/dev/null || true)
added='' changed='' unchanged='' removed=''
for t in $new_tunnels; do
    if [ ! -f "$target/$t.conf" ]; then
        added="$added $t"
    elif cmp -s "$here/openvpn/$t.conf" "$target/$t.conf"; then
        unchanged="$unchanged $t"
    else
        changed="$changed $t"
    fi
done
for t in $old_tunnels; do
    case " $(echo $new_tunnels) " in *" $t "*) ;; *) removed="$removed $t" ;; esac
done

# Aliased subnets: 1:1 translation rules in one nftables table of this mesh's, kept beside the configs.
nat_file="$here/nat/nftables.nft"
nat_installed="$target/.p2pvpn-$mesh.nat.nft"
nat_table='@NAT_TABLE@'
nat_present() { nft list table ip "$nat_table" >/dev/null 2>&1; }
nat_remove() {
    if command -v nft >/dev/null 2>&1 && nat_present; then nft delete table ip "$nat_table"; fi
    rm -f "$nat_installed"
}
# Puts the bundle's rules in place (or takes them away when it has none); unchanged rules stay untouched.
nat_install() {
    if [ ! -f "$nat_file" ]; then
        [ -f "$nat_installed" ] && nat_remove
        return 0
    fi
    if cmp -s "$nat_file" "$nat_installed" && nat_present; then return 0; fi
    nft -f "$nat_file" && cp "$nat_file" "$nat_installed"
}

# One line per tunnel; the deployer reads them (InstallProtocol).
report() {
    for t in $added; do echo "@REPORT_ADD@ $t"; done
    for t in $changed; do echo "@REPORT_CHANGE@ $t"; done
    for t in $removed; do echo "@REPORT_REMOVE@ $t"; done
    for t in $unchanged; do echo "@REPORT_UNCHANGED@ $t"; done
}

if [ "$dry_run" = yes ]; then
    report
    exit 0
fi

if [ -f "$nat_file" ] && ! command -v nft >/dev/null 2>&1; then
    echo "install.sh: this gateway translates aliased subnets and needs nftables (nft); install it, or apply" \
        "nat/iptables.sh by hand and remove nat/nftables.nft from the bundle" >&2
    exit @EXIT_USAGE@
fi

umask 077
mkdir -p "$target"
# The tunnels' management sockets: root only, whatever was there before.
mkdir -p "$target/@SOCKET_FOLDER@" && chmod 700 "$target/@SOCKET_FOLDER@"

# Keep what we are about to replace, so that a failure can put it back.
rm -rf "$backup"
mkdir -p "$backup"
for t in $changed $removed; do
    [ -f "$target/$t.conf" ] && cp -p "$target/$t.conf" "$backup/$t.conf"
done
[ -f "$manifest" ] && cp -p "$manifest" "$backup/manifest"
[ -f "$nat_installed" ] && cp -p "$nat_installed" "$backup/nat.nft"

rollback() {
    echo "install.sh: $1; restoring the previous configuration" >&2
    for t in $added; do
        service_stop "$t" >/dev/null 2>&1 || true
        rm -f "$target/$t.conf"
    done
    for t in $changed $removed; do
        if [ -f "$backup/$t.conf" ]; then
            cp -p "$backup/$t.conf" "$target/$t.conf"
            service_restart "$t" || echo "install.sh: could not restart the previous $t" >&2
        fi
    done
    if [ -f "$backup/manifest" ]; then cp -p "$backup/manifest" "$manifest"; else rm -f "$manifest"; fi
    if [ -f "$backup/nat.nft" ]; then
        nft -f "$backup/nat.nft" && cp -p "$backup/nat.nft" "$nat_installed" ||
            echo "install.sh: could not restore the previous address translation" >&2
    else
        nat_remove || echo "install.sh: could not remove the address translation" >&2
    fi
    exit @EXIT_ROLLED_BACK@
}

# Forwarding: the gateway routes between its LAN and the tunnels.
sysctl_file="$sysctl_dir/60-p2pvpn-$mesh.conf"
mkdir -p "$sysctl_dir"
cp "$here/sysctl/60-p2pvpn-$mesh.conf" "$sysctl_file.tmp" && chmod 644 "$sysctl_file.tmp" && mv -f "$sysctl_file.tmp" "$sysctl_file"
sh -c "${P2PVPN_SYSCTL_APPLY:-sysctl -q -p} \"\$1\"" p2pvpn-sysctl "$sysctl_file" >/dev/null

# Before the tunnels start: their first packets already need translating.
nat_install || rollback "the address translation rules (nat/nftables.nft) were refused"

for t in $removed; do
    service_stop "$t" || true
    rm -f "$target/$t.conf" "$target/$t.status"
done
for t in $added $changed; do
    cp "$here/openvpn/$t.conf" "$target/.$t.conf.tmp"
    chmod 600 "$target/.$t.conf.tmp"
    mv -f "$target/.$t.conf.tmp" "$target/$t.conf"
done
for t in $added $changed; do
    service_restart "$t" || rollback "tunnel $t failed to start"
done

printf '%s\n' $new_tunnels > "$manifest.tmp" && mv -f "$manifest.tmp" "$manifest"
rm -rf "$backup"
report
