"""The load balancer of the scaled topology: Debian's nginx, configured from settings.

Why nginx: it is one small Debian package (``nginx-light``), proxies websockets, and its
``hash ... consistent`` upstream gives the socket.io polling transport the stickiness it needs.

What the public side exposes is only what visitors need, by exact path; everything else is 404:

- ``/webhooks/rest/webhook``, ``/webhooks/rest/session``, ``/webhooks/rest/`` the REST channel
  (messages, issued web sessions, health): no stickiness needed, the lock store serialises one
  conversation across instances.
- ``/socket.io/...``      the widget's socket.io channel, sticky by client address: a polling
  session lives in one instance's memory, so every request of it must reach that instance.
- ``/widget/...``         the widget's files, from the web demo server.
- ``/healthz``            the REST channel's health through the pool (the supervisor's probe).

nginx matches locations on the normalised path (``%2e%2e``, ``..`` and ``//`` resolved first),
so ``/webhooks/rest/../../conversations/...`` lands on the 404 too. Rasa's HTTP API
(``/conversations``, ``/model``, ``/status``...) stays on the instances' own loopback ports and is
never proxied. The action servers get a second listener on ``ACTIONS_PORT`` (Rasa's action
endpoint), on loopback (or on ``BIND_HOST`` when that is one address, as ``make run`` binds its
one action server).
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

# Paths the public listener proxies: (nginx location, upstream). Everything else is 404.
PUBLIC_LOCATIONS: tuple[tuple[str, str], ...] = (
    ("= /webhooks/rest/webhook", "rasa_pool"),
    ("= /webhooks/rest/session", "rasa_pool"),
    ("= /webhooks/rest/", "rasa_pool"),
    ("/socket.io/", "rasa_sticky"),
    ("/widget/", "web"),
)
HEALTH_PATH = "/webhooks/rest/"
NGINX_CANDIDATES = ("nginx", "/usr/sbin/nginx")
# A request of one conversation may wait for the lock behind earlier ones, and Rasa may wait for
# a slow action: generous, but bounded.
PROXY_READ_TIMEOUT_SECONDS = 120
SOCKETIO_READ_TIMEOUT_SECONDS = 3600
MAX_BODY = "1m"


class BalancerError(RuntimeError):
    """The balancer cannot be configured or started; the message says what to do."""


def nginx_binary() -> str:
    """The nginx executable, or BalancerError naming how to install it."""
    for candidate in NGINX_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    raise BalancerError("nginx is not installed: `make run-scaled` installs Debian's nginx-light")


def _servers(ports: Sequence[int], extra: str = "") -> str:
    return "\n".join(f"        server 127.0.0.1:{port}{extra};" for port in ports)


def nginx_config(
    *,
    listen_host: str,
    listen_port: int,
    rasa_ports: Sequence[int],
    action_ports: Sequence[int],
    actions_listen_host: str,
    actions_listen_port: int,
    web_port: int,
    run_dir: Path,
) -> str:
    """The whole nginx.conf for one run (foreground, files under ``run_dir``)."""
    if not rasa_ports or not action_ports:
        raise BalancerError("the balancer needs at least one Rasa instance and one action server")
    temp = run_dir.resolve()
    # A dead instance is skipped for 5 s after one failure; a refused connection is retried on the
    # next instance (also for POST: nothing was sent yet). No keepalive pool to the instances: a
    # kept connection to an instance that was just killed would fail *after* sending the POST,
    # which nginx rightly does not resend (the message may have been handled), so the user
    # would get a 502; a new loopback connection per request costs far less than a turn.
    health = " max_fails=1 fail_timeout=5s"
    listen = _address(listen_host)
    locations = "\n".join(_location(path, upstream) for path, upstream in PUBLIC_LOCATIONS)
    return f"""# Written by `advisor run --instances N` on every start; edit settings, not this.
daemon off;
worker_processes 1;
pid {temp}/nginx.pid;
error_log stderr warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    server_tokens off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    client_max_body_size {MAX_BODY};
    map $http_upgrade $connection_upgrade {{ default upgrade; '' close; }}
    upstream rasa_pool {{
        least_conn;
{_servers(rasa_ports, health)}
    }}
    upstream rasa_sticky {{
        hash $remote_addr consistent;
{_servers(rasa_ports, health)}
    }}
    upstream web {{
        server 127.0.0.1:{web_port};
    }}
    upstream actions {{
        least_conn;
{_servers(action_ports, health)}
    }}
    proxy_http_version 1.1;
    proxy_set_header Host $host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_read_timeout {PROXY_READ_TIMEOUT_SECONDS}s;
    proxy_next_upstream error timeout;
    server {{
        listen {listen}:{listen_port};
{locations}
        location = /healthz {{
            proxy_set_header Connection "";
            proxy_pass http://rasa_pool{HEALTH_PATH};
        }}
        location / {{
            return 404 "not found\\n";
        }}
    }}
    server {{
        listen {_address(actions_listen_host)}:{actions_listen_port};
        location / {{
            proxy_set_header Connection "";
            proxy_pass http://actions;
        }}
    }}
}}
"""


def _address(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _location(path: str, upstream: str) -> str:
    if upstream == "rasa_sticky":
        connection = (
            "            proxy_set_header Upgrade $http_upgrade;\n"
            "            proxy_set_header Connection $connection_upgrade;\n"
            f"            proxy_read_timeout {SOCKETIO_READ_TIMEOUT_SECONDS}s;\n"
        )
    else:
        connection = '            proxy_set_header Connection "";\n'
    return (
        f"        location {path} {{\n{connection}"
        f"            proxy_pass http://{upstream};\n        }}"
    )
