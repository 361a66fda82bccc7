"""``Authorization: Token <token>`` against hashed, revocable tokens."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from django.db import connection
from django.db.models import Expression, TextField
from django.db.models.signals import m2m_changed
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import authentication, exceptions

from commitments.api.compiled import RowMaker
from commitments.models import ApiToken, Membership, hash_token

#: Stands for the key's hash in the token query built once (``_token_query``): no
#: SHA-256 hex digest looks like it.
_HASH_MARK = "-token-key-hash-"


class _ListedDepartments(Expression):
    """The departments listed on the token user's membership (``supervised_departments``),
    in the token's row: a supervisor's permission check reads them on every request
    (``commitments.access.supervised_department_ids``), and this saves it a query."""

    output_field = TextField()

    def as_sql(self, compiler, connection, **extra):
        listed = Membership.supervised_departments.through._meta.db_table
        membership = Membership._meta.db_table
        token = compiler.quote_name_unless_alias(ApiToken._meta.db_table)
        found = (
            f"FROM {listed} l JOIN {membership} m ON m.id = l.membership_id "
            f"WHERE m.user_id = {token}.user_id"
        )
        if connection.vendor == "postgresql":
            return f"ARRAY(SELECT l.department_id {found})", []
        return f"(SELECT group_concat(l.department_id) {found})", []


@receiver(m2m_changed, sender=Membership.supervised_departments.through)
def _forget_listed(sender, instance, **kwargs) -> None:
    """A membership whose departments are written forgets those read with the token
    (``supervised_department_ids`` then reads them again)."""
    if isinstance(instance, Membership):
        instance.__dict__.pop("listed_department_ids", None)


def listed_ids(value: list[int] | str | None) -> list[int]:
    """``_ListedDepartments`` as a list (PostgreSQL gives an array, SQLite a joined string)."""
    if not value:
        return []
    if isinstance(value, str):
        return [int(part) for part in value.split(",")]
    return list(value)


@dataclass(frozen=True)
class _TokenQuery:
    """The token lookup (the token, its user, the user's membership and the departments
    listed on it: one row) compiled once per process: building and compiling it through
    the ORM took ~1 ms of every API request's CPU, more than running it."""

    sql: str
    params: tuple
    #: how a row becomes the token with its user and membership (select_related),
    #: converted with the requesting thread's connection
    maker: RowMaker
    #: where the departments listed on the membership are (``_ListedDepartments``)
    listed_at: int

    def token(self, key_hash: str) -> tuple[ApiToken, list[int]] | None:
        """The active token of ``key_hash`` with its user and membership, and the
        departments listed on the membership; ``None`` for no such token."""
        params = [key_hash if p == _HASH_MARK else p for p in self.params]
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        if not rows:
            return None
        token, row = self.maker.make(rows[0], connection.alias, connection)
        assert isinstance(token, ApiToken)
        return token, listed_ids(row[self.listed_at])


@functools.cache
def _token_query(vendor: str) -> _TokenQuery:
    queryset = (
        ApiToken.objects.active()
        .select_related("user__membership")
        .annotate(listed_departments=_ListedDepartments())
        .filter(key_hash=_HASH_MARK)[:1]
    )
    compiler = queryset.query.get_compiler(using=queryset.db)
    sql, params = compiler.as_sql()
    assert params.count(_HASH_MARK) == 1
    return _TokenQuery(
        sql,
        tuple(params),
        RowMaker.of(compiler, queryset.db),
        compiler.annotation_col_map["listed_departments"],
    )


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
        # The user's membership (role, department) and the departments listed on it
        # come in the same query: every endpoint's permission check reads them
        # (``commitments.access``), and a user without one is cached as such
        # (``membership_of``).
        found = _token_query(connection.vendor).token(hash_token(key))
        if found is None:
            raise exceptions.AuthenticationFailed(_("令牌无效或已吊销"))
        token, listed = found
        if not token.user.is_active:
            raise exceptions.AuthenticationFailed(_("账号已停用"))
        membership = getattr(token.user, "membership", None)
        if membership is not None:
            membership.listed_department_ids = listed
        now = timezone.now()
        if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 300:
            # Coarse-grained, so that each request does not write a row.
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        return token.user, token


class CsrfFailed(exceptions.PermissionDenied):
    """A signed-in browser's call without its CSRF token, or with a stale one (DRF's
    own is English only: "CSRF Failed: CSRF token missing.")."""

    default_code = "csrf_failed"
    default_detail = _(
        "页面已过期或请求未带 CSRF 令牌：请刷新页面后重试（以登录会话调用接口时，"
        "须在 X-CSRFToken 请求头中带上 csrftoken Cookie 的值）"
    )


class CsrfSessionAuthentication(authentication.SessionAuthentication):
    """DRF's session sign-in; a refused CSRF check is ``CsrfFailed`` (the
    user's language, the API's error shape), not DRF's English "CSRF Failed: …"."""

    def enforce_csrf(self, request) -> None:
        try:
            super().enforce_csrf(request)
        except exceptions.PermissionDenied as refused:
            raise CsrfFailed() from refused
