"""Robot webhooks and signing secrets, encrypted at rest.

A WeCom webhook carries its key in the URL and a DingTalk robot has a signing
secret: whoever reads either can post into the office's group. Both are kept
encrypted with Fernet (AES-128-CBC + HMAC-SHA256) under ``CHANNEL_SECRET_KEY``
(default: derived from ``SECRET_KEY``), or as a reference ``env:NAME`` to an
environment variable read only when a message is sent. They are never shown
back in full (``mask``).
"""

from __future__ import annotations

import base64
import hashlib
import os
import re

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.db import models

PREFIX = "fernet:"
ENV_REFERENCE = re.compile(r"^env:([A-Z_][A-Z0-9_]*)$")


def _fernet() -> Fernet:
    secret = settings.CHANNEL_SECRET_KEY or settings.SECRET_KEY
    key = base64.urlsafe_b64encode(hashlib.sha256(f"channels|{secret}".encode()).digest())
    return Fernet(key)


def encrypt(value: str) -> str:
    if not value or ENV_REFERENCE.match(value):
        return value
    return PREFIX + _fernet().encrypt(value.encode()).decode()


def decrypt(stored: str) -> str:
    """The plain value; an ``env:NAME`` reference is returned as it is."""
    if not stored.startswith(PREFIX):
        return stored
    try:
        return _fernet().decrypt(stored[len(PREFIX) :].encode()).decode()
    except InvalidToken as exc:
        raise ValueError("无法解密（CHANNEL_SECRET_KEY 或 SECRET_KEY 已更换？）") from exc


def resolve(value: str) -> str:
    """The value to use: an ``env:NAME`` reference reads the environment now."""
    match = ENV_REFERENCE.match(value)
    if match:
        found = os.environ.get(match.group(1), "")
        if not found:
            raise ValueError(f"环境变量 {match.group(1)} 未设置")
        return found
    return value


def mask(value: str) -> str:
    """What the admin shows: the scheme and host, and the last four characters."""
    if not value:
        return ""
    if ENV_REFERENCE.match(value):
        return value
    head = re.match(r"^(https?://[^/?#]+)", value)
    tail = value[-4:] if len(value) > 12 else ""
    return f"{head.group(1) if head else ''}/…{tail}" if head else f"…{tail}"


class EncryptedTextField(models.TextField):
    """Stores ``encrypt(value)``, reads back the plain value."""

    def from_db_value(self, value, expression, connection):
        return value if value is None else decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return value if value is None else encrypt(value)
