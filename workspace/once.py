"""A form submitted twice writes once (the API's ``Idempotency-Key``, for forms).

Each rendered form carries a fresh token. The write and a record of its token
commit together, so a double click, a reload or a resubmitted POST finds the
record and writes nothing more; two racing submits collide on the unique
(user, key) constraint and the loser's whole transaction rolls back.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TypeVar

from django.db import IntegrityError, transaction

from commitments.models import IdempotencyRecord

PREFIX = "form:"
T = TypeVar("T")


def new_token() -> str:
    return uuid.uuid4().hex


def already_done(user, token: str) -> bool:
    return IdempotencyRecord.objects.filter(user=user, key=PREFIX + token).exists()


def run_once(user, token: str, scope: str, perform: Callable[[], T]) -> T | None:
    """``perform()`` and remember ``token`` in one transaction; None if it already ran."""
    if already_done(user, token):
        return None
    try:
        with transaction.atomic():
            result = perform()
            IdempotencyRecord.objects.create(
                user=user,
                key=PREFIX + token,
                scope=scope[:255],
                request_hash="",
                response_status=303,
                response_body={},
            )
    except IntegrityError:
        if already_done(user, token):
            return None
        raise
    return result
