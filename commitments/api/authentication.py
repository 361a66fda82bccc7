"""``Authorization: Token <token>`` against hashed, revocable tokens."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import authentication, exceptions

from commitments.models import ApiToken, hash_token


class HashedTokenAuthentication(authentication.TokenAuthentication):
    """DRF's token header, but tokens are looked up by their SHA-256."""

    keyword = "Token"

    def authenticate(self, request):
        """A header with another scheme (``Bearer …``, ``Basic …``) is refused with
        a message that says which one to use, not taken for a missing header."""
        header = authentication.get_authorization_header(request).split()
        if header and header[0].lower() != self.keyword.lower().encode():
            raise exceptions.AuthenticationFailed(
                _("请使用 Token 认证方式：Authorization: Token <令牌>")
            )
        return super().authenticate(request)

    def authenticate_credentials(self, key: str):
        # The user's membership (role, department) comes in the same query: every
        # endpoint's permission check reads it (``commitments.access``), and a
        # user without one is cached as such (``membership_of``).
        token = (
            ApiToken.objects.active()
            .select_related("user__membership")
            .filter(key_hash=hash_token(key))
            .first()
        )
        if token is None:
            raise exceptions.AuthenticationFailed(_("令牌无效或已吊销"))
        if not token.user.is_active:
            raise exceptions.AuthenticationFailed(_("账号已停用"))
        now = timezone.now()
        if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 300:
            # Coarse-grained, so that each request does not write a row.
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        return token.user, token
