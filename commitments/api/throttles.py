"""Throttles: password attempts per client address and per user name, writes per user.

The counters live in Django's default cache, which production points at Redis
(``CACHE_URL``) so that every gunicorn worker on every machine counts
together; a per-process cache would let N workers accept N times the limit.

The client address is ``REMOTE_ADDR``, unless the request came through one of
``TRUSTED_PROXIES`` (the nginx of ``deploy/``): then it is the right-most
address of ``X-Forwarded-For`` that is not itself a trusted proxy, i.e. the
address our own proxy saw. Anything a client writes into the header before
that is ignored, so forging it buys nothing.
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
from functools import cache

from django.conf import settings
from redis.exceptions import RedisError
from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle, UserRateThrottle

logger = logging.getLogger(__name__)
#: What the cache raises when its server cannot be reached.
CACHE_DOWN = (RedisError, OSError)

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


@cache
def _trusted_networks(
    proxies: tuple[str, ...],
) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(p, strict=False) for p in proxies)


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def is_trusted_proxy(address: str) -> bool:
    ip = _ip(address)
    networks = _trusted_networks(tuple(settings.TRUSTED_PROXIES))
    return ip is not None and any(ip in network for network in networks)


def client_address(request) -> str:
    """The address of the client, trusting ``X-Forwarded-For`` only from our proxies."""
    meta = request.META
    remote = meta.get("REMOTE_ADDR", "") or ""
    if not is_trusted_proxy(remote):
        return remote
    hops = [hop.strip() for hop in meta.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for hop in reversed(hops):
        if not hop:
            continue
        if _ip(hop) is None:  # garbage the proxy passed on: stop trusting the chain here
            return remote
        if not is_trusted_proxy(hop):
            return hop
    return remote


def submitted_username(request) -> str:
    """The user name a login attempt names (JSON body or form), normalised."""
    data = getattr(request, "data", None)
    if data is None:
        data = request.POST
    value = data.get("username", "") if hasattr(data, "get") else ""
    return value.strip().casefold() if isinstance(value, str) else ""


class CountingThrottleMixin:
    """A fixed-window counter incremented atomically in the cache.

    DRF's own throttles read a list of timestamps, append and write it back:
    two workers doing that at once each overwrite the other's attempt, so a
    burst spread over processes is barely counted. ``cache.incr`` is one
    atomic step in Redis (and under a lock in the local caches).
    """

    def allow_request(self, request, view) -> bool:
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        now = self.timer()
        window = int(now // self.duration)
        self.window_ends = (window + 1) * self.duration
        key = f"{self.key}:{window}"
        try:
            self.cache.add(key, 0, self.duration + 1)
            try:
                count = self.cache.incr(key)
            except ValueError:  # expired between the two calls
                self.cache.add(key, 1, self.duration + 1)
                count = 1
        except CACHE_DOWN as exc:
            # The shared cache (Redis) is down: the service keeps answering and
            # counts nothing until it is back, rather than failing every request.
            logger.error("throttle counters unavailable (%s); request allowed", exc)
            return True
        return count <= self.num_requests

    def wait(self) -> float:
        return max(self.window_ends - self.timer(), 1.0)


class ClientAddressThrottle(CountingThrottleMixin, AnonRateThrottle):
    """Password attempts per client address (``/auth/token/`` and the session logins)."""

    scope = "token"

    def get_ident(self, request) -> str:
        return client_address(request)

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class UsernameThrottle(CountingThrottleMixin, SimpleRateThrottle):
    """Password attempts per user name, whatever address they come from."""

    scope = "token_user"

    def get_cache_key(self, request, view):
        username = submitted_username(request)
        if not username:
            return None  # nothing to guess for; the body is refused anyway
        ident = hashlib.sha256(username.encode()).hexdigest()[:32]
        return self.cache_format % {"scope": self.scope, "ident": ident}


#: What a password attempt passes, on the API and on the session logins alike
#: (same scopes: the counters are shared, switching endpoints buys nothing).
LOGIN_THROTTLES = (ClientAddressThrottle, UsernameThrottle)

# The name the API's token view has always used.
TokenRateThrottle = ClientAddressThrottle


class WriteRateThrottle(CountingThrottleMixin, UserRateThrottle):
    """Only unsafe methods count, so reading the ledger is never throttled."""

    scope = "writes"

    def get_ident(self, request) -> str:
        return client_address(request)

    def allow_request(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return True
        return super().allow_request(request, view)
