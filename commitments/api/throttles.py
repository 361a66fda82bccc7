"""Throttles: token requests per client address, writes per user."""

from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


class TokenRateThrottle(AnonRateThrottle):
    """Password guessing on ``/auth/token/`` is limited per client address."""

    scope = "token"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class WriteRateThrottle(UserRateThrottle):
    """Only unsafe methods count, so reading the ledger is never throttled."""

    scope = "writes"

    def allow_request(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return True
        return super().allow_request(request, view)
