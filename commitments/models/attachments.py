"""Evidence files (佐证材料, SPEC §4b): photos, scans, PDFs and Office documents.

Stored through Django's storage API (files under ``var/media`` locally, an
S3-compatible bucket in production). An attachment belongs to a report or a
closure request, and never goes away with it: both are append-only records
(``on_delete=PROTECT``).
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from commitments.models.commitment import Commitment
from commitments.models.progress import ProgressReport
from commitments.models.workflow import ClosureRequest


def evidence_path(instance: Attachment, filename: str) -> str:
    """``evidence/<commitment>/<random>.<ext>``: the stored name never reuses the
    uploader's (which is kept in ``name`` for the download)."""
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"evidence/{instance.commitment_id}/{uuid.uuid4().hex}.{ext[:8]}"


class Attachment(models.Model):
    commitment = models.ForeignKey(
        Commitment,
        on_delete=models.PROTECT,
        related_name="attachments",
        verbose_name=_("承诺事项"),
    )
    report = models.ForeignKey(
        ProgressReport,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="attachments",
        verbose_name=_("进度报送"),
    )
    closure_request = models.ForeignKey(
        ClosureRequest,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="attachments",
        verbose_name=_("办结申请"),
    )
    file = models.FileField(_("文件"), upload_to=evidence_path, max_length=300)
    name = models.CharField(_("文件名"), max_length=255)
    size = models.PositiveBigIntegerField(_("大小（字节）"))
    content_type = models.CharField(_("文件类型"), max_length=100)
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("上传人"),
    )
    public = models.BooleanField(
        _("公开"),
        default=False,
        help_text=_("督办人标记为公开后，在计划的承诺兑现公示页面上可下载"),
    )
    created_at = models.DateTimeField(_("上传时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("佐证材料文件")
        verbose_name_plural = pgettext_lazy("plural", "佐证材料文件")
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(report__isnull=False) | Q(closure_request__isnull=False),
                name="attachment_has_owner",
            ),
        ]

    def __str__(self) -> str:
        return self.name
