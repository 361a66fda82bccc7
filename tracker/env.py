"""Typed readers for settings that come from the environment.

Each helper fails loudly on a value it cannot parse: a typo in production
configuration should stop the process at start-up, not surface later as odd
behaviour.
"""

from __future__ import annotations

import os
from urllib.parse import parse_qs, unquote, urlparse

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


class ConfigError(ValueError):
    """A setting in the environment has a value we cannot use."""


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise ConfigError(f"{name}={raw!r} is not a boolean (use true/false)")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name}={raw!r} is not an integer") from exc


def env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise ConfigError(f"{name}={raw!r} is not a number") from exc


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


def parse_email_url(url: str) -> dict[str, object]:
    """Turn ``smtp://user:pass@host:587?tls=true`` into Django EMAIL_* settings.

    Schemes: ``smtp`` (plain, or STARTTLS with ``?tls=true``), ``smtp+tls``
    (STARTTLS), ``smtps``/``smtp+ssl`` (implicit TLS), ``file:///dir`` and
    ``console:``.
    """
    parsed = urlparse(url)
    scheme = parsed.scheme.lower()
    query = {k: v[-1] for k, v in parse_qs(parsed.query).items()}
    if scheme == "console":
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if scheme == "file":
        return {
            "EMAIL_BACKEND": "tracker.mailfiles.EmailBackend",
            "EMAIL_FILE_PATH": unquote(parsed.path),
        }
    if scheme not in {"smtp", "smtp+tls", "smtps", "smtp+ssl"}:
        raise ConfigError(f"EMAIL_URL scheme {scheme!r} is not supported")
    if not parsed.hostname:
        raise ConfigError("EMAIL_URL needs a host name")
    use_ssl = scheme in {"smtps", "smtp+ssl"} or query.get("ssl") in TRUE_WORDS
    use_tls = scheme == "smtp+tls" or query.get("tls") in TRUE_WORDS
    if use_ssl and use_tls:
        raise ConfigError("EMAIL_URL cannot ask for both SSL and STARTTLS")
    default_port = 465 if use_ssl else (587 if use_tls else 25)
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parsed.hostname,
        "EMAIL_PORT": parsed.port or default_port,
        "EMAIL_HOST_USER": unquote(parsed.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parsed.password or ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
    }
