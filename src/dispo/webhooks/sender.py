"""One signed HTTP POST, connecting only to vetted addresses and never following redirects."""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from standardwebhooks import Webhook

from dispo.webhooks.urls import is_public_address

RESPONSE_BODY_LIMIT = 2048
USER_AGENT = "dispo-webhooks/1"


class RefusedAddress(Exception):
    """The host resolved to an address webhooks may not reach."""


@dataclass(frozen=True)
class SendResult:
    status_code: int | None
    latency_ms: int
    response_body: str | None
    error: str | None
    retry_after: float | None

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def sign(secrets: list[str], msg_id: str, timestamp: datetime, body: str) -> str:
    """The webhook-signature header: one `v1,` signature per secret still in use."""
    return " ".join(Webhook(s).sign(msg_id, timestamp, body) for s in secrets)


def _connect(host: str, port: int, timeout: float, allow_private: bool) -> socket.socket:
    """Resolve, vet every candidate address, then connect to the vetted address itself.

    Connecting to the address that was checked (not the name again) closes the DNS-rebinding gap
    between check and use.
    """
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    last_error: OSError | None = None
    for family, type_, proto, _name, addr in infos:
        ip = ipaddress.ip_address(str(addr[0]).split("%", 1)[0])
        if not allow_private and not is_public_address(ip):
            raise RefusedAddress(f"{host} resolves to non-public address {ip}")
        sock = socket.socket(family, type_, proto)
        sock.settimeout(timeout)
        try:
            sock.connect(addr)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return sock
        except OSError as exc:
            sock.close()
            last_error = exc
    raise last_error or OSError(f"could not resolve {host}")


class _HTTPConnection(http.client.HTTPConnection):
    allow_private = False

    def connect(self) -> None:
        self.sock = _connect(self.host, self.port, self.timeout or 15.0, self.allow_private)


class _HTTPSConnection(http.client.HTTPSConnection):
    allow_private = False
    context = ssl.create_default_context()

    def connect(self) -> None:
        sock = _connect(self.host, self.port, self.timeout or 15.0, self.allow_private)
        self.sock = self.context.wrap_socket(sock, server_hostname=self.host)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime

        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def post(
    url: str, body: str, headers: dict[str, str], *, timeout: float, allow_private: bool
) -> SendResult:
    """POST once; any outcome, including a refused address, comes back as a SendResult."""
    parts = urlsplit(url)
    cls = _HTTPSConnection if parts.scheme == "https" else _HTTPConnection
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    started = time.perf_counter()
    conn = cls(parts.hostname or "", parts.port, timeout=timeout)
    conn.allow_private = allow_private
    data = body.encode()
    all_headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "Content-Length": str(len(data)),
        "Connection": "close",
        **headers,
    }
    deadline = started + timeout
    try:
        conn.request("POST", path, body=data, headers=all_headers)
        # The socket timeout is per operation; shrink it so the whole exchange fits `timeout`.
        sock = conn.sock
        if sock is not None:
            sock.settimeout(max(deadline - time.perf_counter(), 0.001))
        response = conn.getresponse()
        if sock is not None:
            sock.settimeout(max(deadline - time.perf_counter(), 0.001))
        # Only the first 2 KB is kept: a huge or endless body cannot hold the thread.
        raw = response.read(RESPONSE_BODY_LIMIT)
        return SendResult(
            status_code=response.status,
            latency_ms=_elapsed_ms(started),
            response_body=raw.decode("utf-8", errors="replace").replace("\x00", ""),
            error=None,
            retry_after=_retry_after(response.getheader("Retry-After")),
        )
    except RefusedAddress as exc:
        return SendResult(None, _elapsed_ms(started), None, f"refused: {exc}", None)
    except TimeoutError:
        return SendResult(None, _elapsed_ms(started), None, f"timed out after {timeout:g} s", None)
    except (OSError, http.client.HTTPException) as exc:
        return SendResult(None, _elapsed_ms(started), None, f"{type(exc).__name__}: {exc}", None)
    finally:
        conn.close()


def _elapsed_ms(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)
