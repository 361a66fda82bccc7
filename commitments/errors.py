"""The errors every service raises: refused, nothing written.

Four kinds, each a class with a stable machine ``code`` (what clients branch
on) and a ``message`` for people (Chinese by default, translated):

- ``Forbidden``  — the user may not do this (HTTP 403);
- ``Conflict``   — the commitment or request is not in a state that allows it (409);
- ``Invalid``    — the input itself is wrong; ``field``/``errors`` name the culprits (400);
- ``NotFound``   — something named does not exist (here) (404).

Services (``commitments/services``), the report roll-ups and the commands raise
these and nothing else for a refusal; ``commitments/api/errors.py`` turns them
into HTTP in one place, the admin and the workspace show ``message``.
"""

from __future__ import annotations

from typing import ClassVar


class DomainError(Exception):
    """A refused operation; nothing was written."""

    #: what the API answers with (see ``commitments.api.errors``)
    http_status: ClassVar[int] = 409
    #: the machine code when the raiser gives none
    default_code: ClassVar[str] = "refused"

    def __init__(
        self,
        code: str | None,
        message: str,
        field: str | None = None,
        errors: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code or self.default_code
        self.message = message
        self.field = field
        #: field name → messages, for an input refused on several fields at once
        self.errors = errors or ({field: [message]} if field else {})

    def __str__(self) -> str:
        return str(self.message)


class Forbidden(DomainError):
    """The user may not take this step (HTTP 403)."""

    http_status = 403
    default_code = "forbidden"


class Conflict(DomainError):
    """The state does not allow it (HTTP 409)."""

    http_status = 409
    default_code = "conflict"


class Invalid(DomainError):
    """The input is wrong (HTTP 400)."""

    http_status = 400
    default_code = "invalid"


class NotFound(DomainError):
    """Something named does not exist, or not on this commitment (HTTP 404)."""

    http_status = 404
    default_code = "not_found"
