"""Year-over-year carry-over (跨年结转): a pledge of this year's plan that
continues an unfinished pledge of last year's."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from commitments.choices import CarryOverState
from commitments.models.commitment import Commitment


class CarryOver(models.Model):
    """A link ``predecessor`` (year N) → ``successor`` (year N+1).

    The importer proposes links (``score`` is the match's similarity, 0–1);
    an administrator or the successor's supervisor accepts or rejects each.
    A successor has at most one live link; a pledge split in two has two
    successors. A rejected pair is kept so that it is never proposed again.
    Links hang on commitment rows, whose codes stay stable through re-imports,
    so a chain survives re-importing either year.
    """

    predecessor = models.ForeignKey(
        Commitment,
        on_delete=models.CASCADE,
        related_name="successor_links",
        verbose_name=_("上年事项"),
    )
    successor = models.ForeignKey(
        Commitment,
        on_delete=models.CASCADE,
        related_name="predecessor_links",
        verbose_name=_("本年事项"),
    )
    score = models.FloatField(_("相似度"))
    state = models.CharField(
        _("状态"),
        max_length=10,
        choices=CarryOverState.choices,
        default=CarryOverState.PROPOSED,
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("确认人"),
    )
    decided_at = models.DateTimeField(_("确认时间"), null=True, blank=True)
    created_at = models.DateTimeField(_("提出时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("跨年结转")
        verbose_name_plural = pgettext_lazy("plural", "跨年结转")
        ordering = ["successor", "-score"]
        constraints = [
            models.UniqueConstraint(
                fields=["predecessor", "successor"], name="unique_carry_over_pair"
            ),
            models.UniqueConstraint(
                fields=["successor"],
                condition=~Q(state="rejected"),
                name="one_live_predecessor",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.predecessor.code} → {self.successor.code}"
