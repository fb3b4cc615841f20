"""Which URLs and addresses a webhook may go to (the SSRF guard), at save and at connect time."""

from __future__ import annotations

import ipaddress
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator, Field

from dispo.core.settings import get_settings
from dispo.core.validation import SafeStr

MAX_URL_LENGTH = 2048
# Names that resolve to the machine itself or a private network by convention.
_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".localdomain", ".home.arpa")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_public_address(ip: IPAddress) -> bool:
    """True for a globally routable unicast address (not loopback, private, link-local...)."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _ip_literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def check_webhook_url(value: str) -> str:
    """Refuse what can never be delivered to; resolved addresses are checked again at send time."""
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        raise ValueError("must be a valid URL") from None
    if parts.scheme not in ("http", "https"):
        raise ValueError("must be an http(s) URL")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise ValueError("must have a host")
    if port == 0:
        raise ValueError("must not use port 0")
    if any(c.isspace() for c in value):
        raise ValueError("must not contain whitespace")
    if get_settings().webhook_allow_private:
        return value
    ip = _ip_literal(host)
    if ip is not None and not is_public_address(ip):
        raise ValueError("must not point at a loopback, private or otherwise non-public address")
    if ip is None and (host == "localhost" or host.endswith(_LOCAL_SUFFIXES) or "." not in host):
        raise ValueError("must be a public host name")
    return value


WebhookUrl = Annotated[
    Annotated[SafeStr, Field(max_length=MAX_URL_LENGTH)], AfterValidator(check_webhook_url)
]
