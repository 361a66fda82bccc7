"""Evidence files: checked by content, stored through the storage API.

What a file *is* comes from its first bytes (``filetype``), never from its
name or the browser's claimed type: a renamed executable is refused. Allowed:
images, PDF and Office documents (Word, Excel, PowerPoint; OOXML, the old
binary formats and OpenDocument). The name's extension must agree with the
content (a JPEG named ``.pdf`` is refused, so readers never download a
``.pdf`` that is a photo); a name without an extension is taken as it is.
Checks run before anything is written, so a refused file leaves no report behind.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeAlias

import filetype
from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from commitments.errors import Invalid
from commitments.models import Attachment, ClosureRequest, Commitment, ProgressReport
from commitments.uploads import size_words

FIELD = "evidence_files"

#: MIME type by detected extension: what may be uploaded.
ALLOWED = {
    "jpg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "webp": "image/webp",
    "bmp": "image/bmp",
    "tif": "image/tiff",
    "heic": "image/heic",
    "pdf": "application/pdf",
    "doc": "application/msword",
    "xls": "application/vnd.ms-excel",
    "ppt": "application/vnd.ms-powerpoint",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}
#: Extensions a name may carry for each detected type, besides the type's own.
#: The old binary Office formats (and WPS's, which share them) are one family:
#: ``filetype`` tells them apart by heuristics that can mistake one for another.
_OLE = frozenset({"doc", "xls", "ppt", "wps", "et", "dps", "dot", "xlt", "pot"})
SAME_TYPE = {
    "jpg": frozenset({"jpeg", "jpe", "jfif"}),
    "tif": frozenset({"tiff"}),
    "heic": frozenset({"heif"}),
    "doc": _OLE,
    "xls": _OLE,
    "ppt": _OLE,
}
#: Bytes read to recognise a type (OOXML needs to see into the zip's first entries).
HEAD_BYTES = 8192


#: An uploaded file (Django's ``UploadedFile`` holds bytes).
Upload: TypeAlias = "UploadedFile[bytes]"


@dataclass(frozen=True)
class CheckedFile:
    upload: Upload
    name: str
    size: int
    content_type: str
    sha256: str


def _head(upload: Upload) -> bytes:
    upload.seek(0)
    head: bytes = upload.read(HEAD_BYTES)
    upload.seek(0)
    return head


def _detect(upload: Upload) -> str | None:
    kind = filetype.guess(_head(upload))
    if kind is None:
        return None
    if kind.extension == "zip":  # OOXML whose parts come late in the archive
        upload.seek(0)
        kind = filetype.guess(upload.read()) or kind
        upload.seek(0)
    extension: str = kind.extension
    return extension


def _sha256(upload: Upload) -> str:
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def _clean_name(name: str | None) -> str:
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '"<>|:*?')
    return name[:200] or "file"


def _name_extension(name: str) -> str:
    """``pdf`` of ``验收.PDF``; empty when the name has none."""
    stem, dot, extension = name.rpartition(".")
    return extension.lower() if dot and stem else ""


def _name_agrees(name: str, detected: str) -> bool:
    extension = _name_extension(name)
    return not extension or extension == detected or extension in SAME_TYPE.get(detected, ())


def check_files(uploads: Sequence[Upload | None]) -> list[CheckedFile]:
    """Each upload's size and content type, or ``errors.Invalid`` naming ``evidence_files``."""
    present = [u for u in uploads if u is not None]
    errors: list[str] = []
    limit = settings.EVIDENCE_MAX_FILES
    if len(present) > limit:
        errors.append(_("一次最多上传 %(n)d 个文件") % {"n": limit})
    checked = []
    max_bytes = settings.EVIDENCE_MAX_BYTES
    for upload in present:
        name = _clean_name(upload.name)
        size = upload.size or 0
        if size > max_bytes:
            errors.append(
                _("“%(name)s”超过 %(size)s 的大小上限")
                % {"name": name, "size": size_words(max_bytes)}
            )
            continue
        if size == 0:
            errors.append(_("“%(name)s”是空文件") % {"name": name})
            continue
        extension = _detect(upload)
        if extension not in ALLOWED:
            errors.append(
                _("“%(name)s”不是允许的文件类型（仅限图片、PDF 和 Office 文档）") % {"name": name}
            )
            continue
        if not _name_agrees(name, extension):
            errors.append(
                _(
                    "“%(name)s”的内容是 %(kind)s 文件，与扩展名 .%(extension)s 不符，"
                    "请改用正确的扩展名后重新上传"
                )
                % {"name": name, "kind": extension.upper(), "extension": _name_extension(name)}
            )
            continue
        checked.append(CheckedFile(upload, name, size, ALLOWED[extension], _sha256(upload)))
    if errors:
        raise Invalid("evidence_invalid", errors[0], errors={FIELD: errors})
    return checked


def store(
    files: Sequence[CheckedFile],
    commitment: Commitment,
    user: User,
    *,
    report: ProgressReport | None = None,
    closure_request: ClosureRequest | None = None,
) -> list[Attachment]:
    """Save each file to storage and record it (call inside the write's transaction)."""
    stored = []
    for item in files:
        attachment = Attachment(
            commitment=commitment,
            report=report,
            closure_request=closure_request,
            name=item.name,
            size=item.size,
            content_type=item.content_type,
            sha256=item.sha256,
            uploaded_by=user,
        )
        attachment.file.save(item.name, item.upload, save=False)
        attachment.save()
        stored.append(attachment)
    return stored
