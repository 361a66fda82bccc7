"""How large a request may be, per kind of endpoint: the one rule the API's
parsers, the pages and the deployment documents follow.

- ``BODY``: a JSON body or a form without files: ``DATA_UPLOAD_MAX_MEMORY_SIZE``
  (5 MB by default).
- ``EVIDENCE``: a progress report or closure request with evidence files
  (SPEC §4b): ``EVIDENCE_MAX_BYTES`` × ``EVIDENCE_MAX_FILES`` plus ``FORM_BYTES``
  for the form fields (10 MB × 10 + 1 MB = 101 MB by default).
- ``PLAN``: a plan document (SPEC §3): the importer's largest file plus
  ``FORM_BYTES`` (20 MB + 1 MB = 21 MB).

Each file is checked again on its own (``services.evidence.check_files``, the
importer's ``readers.limits``); this limit only refuses, before anything is
read, a request that cannot pass. nginx's ``client_max_body_size``
(deploy/nginx/tracker.conf) must be at least ``largest()``; a test checks it.
"""

from __future__ import annotations

from typing import Any, Literal

from django.conf import settings
from django.utils.translation import gettext as _

Kind = Literal["body", "evidence", "plan"]
BODY: Kind = "body"
EVIDENCE: Kind = "evidence"
PLAN: Kind = "plan"

MB = 1024 * 1024
#: Room for the form fields and multipart headers next to the files.
FORM_BYTES = MB


def plan_file_bytes() -> int:
    from commitments.importer.readers.limits import MAX_FILE_BYTES

    return MAX_FILE_BYTES


def max_request_bytes(kind: Kind) -> int:
    if kind == EVIDENCE:
        return settings.EVIDENCE_MAX_BYTES * settings.EVIDENCE_MAX_FILES + FORM_BYTES
    if kind == PLAN:
        return plan_file_bytes() + FORM_BYTES
    return settings.DATA_UPLOAD_MAX_MEMORY_SIZE


def largest() -> int:
    return max(max_request_bytes(kind) for kind in (BODY, EVIDENCE, PLAN))


def size_words(size: int) -> str:
    """``5 MB``, ``10.5 MB``, ``512 KB``, ``300 B`` (1 MB = 1024 × 1024 bytes)."""
    if size >= MB:
        return f"{size / MB:.1f}".removesuffix(".0") + " MB"
    if size >= 1024:
        return f"{size / 1024:.1f}".removesuffix(".0") + " KB"
    return f"{size} B"


def evidence_rule() -> str:
    """What a person uploading evidence needs to know, e.g. ``每个文件不超过 10 MB，最多 10 个``."""
    return _("每个文件不超过 %(size)s，最多 %(count)d 个") % {
        "size": size_words(settings.EVIDENCE_MAX_BYTES),
        "count": settings.EVIDENCE_MAX_FILES,
    }


def too_large_message(kind: Kind) -> str:
    limit = size_words(max_request_bytes(kind))
    if kind == EVIDENCE:
        return _("请求内容过大，上限为 %(limit)s（佐证材料%(rule)s）") % {
            "limit": limit,
            "rule": evidence_rule(),
        }
    if kind == PLAN:
        return _("请求内容过大，上限为 %(limit)s（计划文件不超过 %(file)s）") % {
            "limit": limit,
            "file": size_words(plan_file_bytes()),
        }
    return _("请求内容过大，上限为 %(limit)s") % {"limit": limit}


def declared_length(meta: dict[str, Any]) -> int:
    try:
        return int(meta.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def is_too_large(meta: dict[str, Any], kind: Kind) -> bool:
    """Whether the request's declared length is over the limit of ``kind``."""
    return declared_length(meta) > max_request_bytes(kind)


def kind_of(view: Any) -> Kind:
    """The kind a view declares with an ``upload_kind`` attribute (``BODY`` if none)."""
    return getattr(view, "upload_kind", BODY)
