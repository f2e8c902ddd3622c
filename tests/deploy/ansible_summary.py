#!/usr/bin/env python3
"""Reads ansible-playbook's JSON output (ANSIBLE_STDOUT_CALLBACK=json) on stdin and prints one line per
host: "HOST ok=N changed=N unreachable=N failed=N", then "changes HOST T1,T2" for each host whose
"Name the tunnels that change" task named tunnels, then "play NAME" for each play that ran on a host."""
import json
import sys

run = json.load(sys.stdin)
for host, stats in sorted(run["stats"].items()):
    print("%s ok=%d changed=%d unreachable=%d failed=%d"
          % (host, stats["ok"], stats["changed"], stats["unreachable"], stats["failures"]))
for play in run["plays"]:
    hosts = set()
    for task in play["tasks"]:
        for host, result in task["hosts"].items():
            hosts.add(host)
            if task["task"]["name"].endswith("Name the tunnels that change") and not result.get("skipped"):
                print("changes %s %s" % (host, ",".join(sorted(result["msg"]))))
    if hosts:
        print("play %s" % play["play"]["name"])
