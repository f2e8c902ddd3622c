#!/usr/bin/python
# Part of the Ansible project `p2pvpn export-ansible` writes; MIT licence, like P2P-VPN Mesh Designer.
"""Waits until OpenVPN tunnel ends answer on their management sockets."""

import os
import socket
import time

from ansible.module_utils.basic import AnsibleModule

DOCUMENTATION = r"""
module: p2pvpn_tunnel_answers
short_description: Wait until OpenVPN tunnel ends answer on their management sockets
description:
  - Asks each tunnel end's management socket for its state until every one answers or the timeout passes.
  - Changes nothing on the gateway.
options:
  folder:
    description: The folder holding the sockets, one <tunnel>.sock per tunnel end.
    required: true
    type: path
  tunnels:
    description: The tunnels to wait for.
    required: true
    type: list
    elements: str
  timeout:
    description: Seconds to wait in all.
    default: 60
    type: int
"""

RETURN = r"""
states:
  description: Each tunnel's OpenVPN state, such as CONNECTED or WAIT.
  returned: always
  type: dict
"""


def ask_state(path, timeout):
    """The state word OpenVPN's management interface gives for `state`, or None when it does not answer."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(path)
        sock.sendall(b"state\n")
        data = b""
        while b"\nEND" not in data and len(data) < 65536:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    except OSError:
        return None
    finally:
        sock.close()
    for line in data.decode("utf-8", "replace").splitlines():
        fields = line.split(",")
        if not line.startswith(">") and len(fields) > 1 and fields[0].isdigit():
            return fields[1]
    return None


def main():
    module = AnsibleModule(
        argument_spec={
            "folder": {"type": "path", "required": True},
            "tunnels": {"type": "list", "elements": "str", "required": True},
            "timeout": {"type": "int", "default": 60},
        },
        supports_check_mode=True,
    )
    folder = module.params["folder"]
    waiting = list(module.params["tunnels"])
    states = {}
    if module.check_mode:
        module.exit_json(changed=False, states=states)
    deadline = time.monotonic() + module.params["timeout"]
    while waiting:
        for tunnel in list(waiting):
            state = ask_state(os.path.join(folder, tunnel + ".sock"), 2)
            if state is not None:
                states[tunnel] = state
                waiting.remove(tunnel)
        if not waiting or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    if waiting:
        module.fail_json(
            msg="these tunnels did not answer on their management sockets within %d s: %s"
            % (module.params["timeout"], ", ".join(waiting)),
            states=states,
        )
    module.exit_json(changed=False, states=states)


if __name__ == "__main__":
    main()
