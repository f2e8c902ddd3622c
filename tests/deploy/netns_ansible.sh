#!/usr/bin/env bash
# Issue 15, end to end: `p2pvpn export-ansible`, then the real ansible-playbook run from an admin
# namespace against an sshd in each gateway's namespace brings the whole mesh up (real openvpn through the
# LANs' service commands); all pairs ping. A second run changes nothing. After adding a LAN and exporting
# again, --check --diff names exactly the new tunnels, and the run restarts only those: every other
# tunnel end keeps its openvpn process, and all pairs ping again.
# Usage: netns_ansible.sh PATH-OF-p2pvpn plain|vault   (vault: configs encrypted with Ansible Vault)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=../integration/netns-lib.sh
. "$here/../integration/netns-lib.sh"
# shellcheck source-path=SCRIPTDIR source=netns-gateways.sh
. "$here/netns-gateways.sh"
# shellcheck source-path=SCRIPTDIR source=netns-ansible.sh
. "$here/netns-ansible.sh"

mode=${2:-}
case $mode in
plain | vault) ;;
*)
    echo "usage: $0 PATH-OF-p2pvpn plain|vault" >&2
    exit 2
    ;;
esac
NL_TIME_LIMIT=${NL_TIME_LIMIT:-420}
nl_init "ansible$mode"
nl_require_p2pvpn "${1:-}"
command -v ansible-playbook >/dev/null ||
    nl_fail "ansible-playbook is not installed (installer/bootstrap.sh test installs Debian's ansible)"

nl_lan a 10.41.0.0/16
nl_lan b 10.42.8.0/22
nl_lan c 192.168.141.0/24
nl_net_up
ng_init
mesh=fleet-$mode
file=$NL_WORK/$mesh.p2pmesh
fleet=$NL_WORK/fleet
nl_p2pvpn init "$file" --name "$mesh" --topology full
for lan in "${NL_LANS[@]}"; do
    ng_gateway_up "$lan"
    ng_add_lan "$file" "$lan"
done

export_args=()
vault_args=()
if [ "$mode" = vault ]; then
    (umask 077 && printf 'a vault password %s\n' "$$" >"$NL_WORK/vault-password")
    export_args=(--vault-password-file "$NL_WORK/vault-password")
    vault_args=(--vault-password-file "$NL_WORK/vault-password")
fi
export_fleet()
{
    nl_p2pvpn export-ansible "$file" --out "$fleet" --keys "$NL_WORK/keys" "${export_args[@]}" >/dev/null
    if [ "$mode" = vault ]; then
        grep -q '^\$ANSIBLE_VAULT;1.1;AES256$' "$fleet/bundles/a/openvpn/$mesh-b.conf" ||
            nl_fail "the vault export left a config unencrypted"
    fi
    ! grep -rq 'PRIVATE KEY' "$fleet/inventory.yml" "$fleet/host_vars" || nl_fail "key material in the inventory"
}

# A new mesh: every gateway at once. Ansible's own tools accept the export first.
export_fleet
if [ "$mode" = plain ]; then
    (cd "$fleet" && HOME=$NL_WORK/home ansible-inventory -i inventory.yml --list >"$NL_WORK/inventory.json") ||
        nl_fail "ansible-inventory refused the inventory"
    python3 -c 'import json, sys; h = json.load(open(sys.argv[1]))[sys.argv[2]]["hosts"]; sys.exit(sorted(h) != ["a", "b", "c"])' \
        "$NL_WORK/inventory.json" "${mesh//-/_}" || nl_fail "the inventory's group does not hold a, b and c"
    (cd "$fleet" && HOME=$NL_WORK/home ansible-playbook -i inventory.yml site.yml --syntax-check >/dev/null) ||
        nl_fail "ansible-playbook --syntax-check refused site.yml"
    if command -v ansible-lint >/dev/null; then
        out=$(cd "$fleet" && HOME=$NL_WORK/home ansible-lint --nocolor roles/p2pvpn_gateway site.yml 2>&1) ||
            nl_fail "$(printf 'ansible-lint found problems:\n%s' "$out")"
    else
        nl_fail "ansible-lint is not installed (installer/bootstrap.sh test installs it)"
    fi
fi
playbook
expect_clean a b c
grep -qx "play Bring up mesh $mesh" "$NL_WORK/summary" || nl_fail "the new mesh did not go to every gateway at once"
for lan in a b c; do
    [ -s "/etc/netns/$(nl_gw_ns "$lan")/sysctl.d/60-p2pvpn-$mesh.conf" ] || nl_fail "no sysctl file on $lan"
    [ "$(stat -c %a "$NL_WORK/gw-$lan/openvpn/$mesh-$( [ $lan = a ] && echo b || echo a).conf")" = 600 ] ||
        nl_fail "a config on $lan is not 0600"
done
ng_wait_installed_tunnels 60
nl_assert_all_pairs

# Nothing changed: changed=0 everywhere, no tunnel restarted.
pids=$(ng_tunnel_pids)
expect_no_change a b c

# A LAN added: the preview names exactly the new tunnels, the run restarts only them.
nl_lan d 192.168.150.0/23
ng_gateway_up d
ng_add_lan "$file" d
export_fleet
playbook --check --diff
expect_clean a b c d
for lan in a b c; do
    [ "$(changes_of "$lan")" = "$mesh-d" ] ||
        nl_fail "$(printf -- '--check named for %s: %s, not %s' "$lan" "$(changes_of "$lan")" "$mesh-d")"
done
[ "$(changes_of d)" = "$mesh-a,$mesh-b,$mesh-c" ] || nl_fail "--check named for d: $(changes_of d)"
[ "$(ng_tunnel_pids)" = "$pids" ] || nl_fail "--check restarted tunnels"

playbook
expect_clean a b c d
grep -qx "play Change mesh $mesh" "$NL_WORK/summary" || nl_fail "the change did not go one gateway at a time"
now=$(ng_tunnel_pids)
while read -r key pid; do
    grep -qx "$key $pid" <<<"$now" || nl_fail "$(printf 'tunnel end %s was restarted (pid %s before); now:\n%s' "$key" "$pid" "$now")"
done <<<"$pids"
[ "$(wc -l <<<"$now")" -eq 12 ] || nl_fail "$(printf '12 tunnel ends should run, not:\n%s' "$now")"
ng_wait_installed_tunnels 60
nl_assert_all_pairs
nl_log "PASS"
