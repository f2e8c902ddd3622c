# shellcheck shell=bash
# ansible-playbook against the gateways of netns-gateways.sh, for the Ansible tests. Source after it; set
# `fleet` (the exported project) and `vault_args` (extra arguments, may be empty) before calling playbook.

# ansible-playbook as the user types it, from the admin namespace, never with the real ~/.ssh or agent.
# Its JSON output is summarised into $NL_WORK/summary (see ansible_summary.py).
na_here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
run=0
playbook()
{
    run=$((run + 1))
    local out=$NL_WORK/ansible-$run.json
    (cd "$fleet" && HOME=$NL_WORK/home SSH_AUTH_SOCK='' ANSIBLE_STDOUT_CALLBACK=json ANSIBLE_NOCOLOR=1 \
        ip netns exec "$NG_ADMIN" ansible-playbook -i inventory.yml site.yml "${vault_args[@]}" \
        --ssh-common-args "-o UserKnownHostsFile=$NL_WORK/known_hosts -o StrictHostKeyChecking=accept-new" \
        "$@" >"$out" 2>"$NL_WORK/ansible-$run.err") ||
        nl_fail "$(printf 'ansible-playbook %s failed:\n%s\n%s' "$*" "$(tail -c 3000 "$out")" \
            "$(cat "$NL_WORK/ansible-$run.err")")"
    python3 "$na_here/ansible_summary.py" <"$out" >"$NL_WORK/summary" ||
        nl_fail "ansible-playbook's output is not its JSON: $(head -c 2000 "$out")"
    nl_log "ansible-playbook $* (run $run): $(grep -v '^play ' "$NL_WORK/summary" | tr '\n' ';')"
}
summary_of() { awk -v h="$1" '$1 == h' "$NL_WORK/summary"; }
changes_of() { awk -v h="$1" '$1 == "changes" && $2 == h { print $3 }' "$NL_WORK/summary"; }
expect_clean()
{
    local lan
    for lan in "$@"; do
        summary_of "$lan" | grep -q 'unreachable=0 failed=0' ||
            nl_fail "$(printf 'ansible did not finish %s:\n%s' "$lan" "$(cat "$NL_WORK/summary")")"
    done
}


# expect_no_change HOST...: a run of the unchanged project reports changed=0 on each and restarts nothing.
expect_no_change()
{
    local lan before
    before=$(ng_tunnel_pids)
    playbook
    expect_clean "$@"
    for lan in "$@"; do
        summary_of "$lan" | grep -q ' changed=0 ' ||
            nl_fail "$(printf 'the second run changed %s:\n%s' "$lan" "$(cat "$NL_WORK/summary")")"
    done
    [ "$(ng_tunnel_pids)" = "$before" ] || nl_fail "the second run restarted tunnels"
}
