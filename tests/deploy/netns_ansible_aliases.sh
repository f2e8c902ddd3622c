#!/usr/bin/env bash
# Issues 14 and 15 together: a mesh with overlapping subnets handed to Ansible. a and b are twins (both
# 10.41.0.0/16, aliased by resolve-overlaps); c is aliased by hand though it clashes with nobody. The real
# ansible-playbook, from an admin namespace against an sshd per gateway, installs the role, which puts the
# translation rules in place before the tunnels start: every host pings every other at its mapped address.
# A second run changes nothing. Then c's alias is taken away and the project exported again: the run
# removes c's translation table and c is reached at its real address.
# Usage: netns_ansible_aliases.sh PATH-OF-p2pvpn
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=../integration/netns-lib.sh
. "$here/../integration/netns-lib.sh"
# shellcheck source-path=SCRIPTDIR source=netns-gateways.sh
. "$here/netns-gateways.sh"
# shellcheck source-path=SCRIPTDIR source=netns-ansible.sh
. "$here/netns-ansible.sh"

NL_TIME_LIMIT=${NL_TIME_LIMIT:-300}
nl_init ansiblealiases
nl_require_p2pvpn "${1:-}"
for tool in ansible-playbook nft; do
    command -v "$tool" >/dev/null || nl_fail "$tool is not installed (installer/bootstrap.sh test installs it)"
done

nl_lan a 10.41.0.0/16
nl_lan b 10.41.0.0/16
nl_lan c 192.168.141.0/24
nl_net_up
ng_init
mesh=twins
file=$NL_WORK/$mesh.p2pmesh
fleet=$NL_WORK/fleet
vault_args=()
nl_p2pvpn init "$file" --name "$mesh" --topology full
for lan in "${NL_LANS[@]}"; do
    ng_gateway_up "$lan"
    ng_add_lan "$file" "$lan"
done
nl_p2pvpn resolve-overlaps "$file" >/dev/null
nl_p2pvpn set-lan "$file" c --alias 192.168.141.0/24=100.99.0.0/24
nl_p2pvpn check "$file" >/dev/null
export_fleet() { nl_p2pvpn export-ansible "$file" --out "$fleet" --keys "$NL_WORK/keys" >/dev/null; }
nat_rules() { ip netns exec "$(nl_gw_ns "$1")" nft list table ip "p2pvpn_${mesh}_nat" 2>/dev/null; }

export_fleet
playbook
expect_clean a b c
for lan in a b c; do
    # Read whole first: grep -q stopping early would break nft's pipe, and pipefail would fail the test.
    rules=$(nat_rules "$lan" || true)
    grep -q "dnat.* prefix to ${NL_LAN_SUBNETS[$lan]}" <<<"$rules" ||
        nl_fail "ansible left $lan without its translation rules: $rules"
done
ng_wait_installed_tunnels 60
nl_read_addresses "$file"
nl_assert_all_pairs_mapped

# Nothing changed: changed=0 everywhere, no tunnel restarted.
expect_no_change a b c

# c without its alias: its table goes, the others reach it at its real address again.
nl_p2pvpn set-lan "$file" c --alias 192.168.141.0/24=none
export_fleet
playbook
expect_clean a b c
if nat_rules c >/dev/null; then nl_fail "c kept its translation table after its alias was taken away"; fi
nat_rules a >/dev/null || nl_fail "a lost its translation table"
ng_wait_installed_tunnels 60
nl_read_addresses "$file"
[ "${NL_REACHED_AS[c]}" = 192.168.141.0/24 ] || nl_fail "c is still reached as ${NL_REACHED_AS[c]}"
nl_assert_all_pairs_mapped
nl_log "PASS"
