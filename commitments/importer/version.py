"""Which importer read a plan: a digest of the code that decides a reading.

A value derived from a plan's reading (the pledge page's 原文 excerpt, cut from the text as
the importer cleaned it) is cached by the plan's checksum *and* this digest, so an importer
upgrade — any change to a file of this package — is never hidden behind an old reading.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def code_digest(folder: Path) -> str:
    """SHA-256 (hex, 16 characters) over every ``.py`` file under ``folder``: names and bytes."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.py")):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@cache
def reader_version() -> str:
    """This importer's digest, computed once per process."""
    return code_digest(PACKAGE)
