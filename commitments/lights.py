"""The warning light (红黄绿灯), derived from stored facts, never set by hand.

red    = overdue (``rules.overdue``), or past a milestone, and not closed;
yellow = the report for the current period is missing (a month the pledge owes,
         ``commitments.owed.owes_month``: as the scorecard, the queue and the
         chart count it), or progress trails the share of time elapsed (序时进度)
         by more than the plan's margin;
green  = otherwise (closed commitments, and those a re-import retired until a
         supervisor keeps them, are green: nothing is asked of anyone).

The rule is one SQL annotation so that lists can filter and count by light
in the database, whatever the number of commitments; ``light_reason`` turns
the annotated facts into words a supervisor can act on.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import Case, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from commitments import rules
from commitments.choices import CLOSED_STATUSES, Light, Status
from commitments.owed import owes_month


class DaysBetween(models.Func):
    """Whole days from the second date to the first (``a - b``)."""

    arity = 2
    output_field = models.IntegerField()

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(
            compiler, connection, template="(%(expressions)s)", arg_joiner=" - ", **extra
        )

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(
            compiler,
            connection,
            template="CAST(ROUND(julianday(%(expressions)s)) AS INTEGER)",
            arg_joiner=") - julianday(",
            **extra,
        )

    def as_sql(self, compiler, connection, **extra):  # other backends: PostgreSQL form
        extra.setdefault("template", "(%(expressions)s)")
        extra.setdefault("arg_joiner", " - ")
        return super().as_sql(compiler, connection, **extra)


def month_start(day: datetime.date, months_back: int = 0) -> datetime.date:
    year, month = day.year, day.month - months_back
    while month < 1:
        month += 12
        year -= 1
    return datetime.date(year, month, 1)


def annotate_light(queryset, today: datetime.date | None = None):
    """Add ``light`` and the facts its reason needs to each commitment."""
    from commitments.models import Milestone

    today = today or timezone.localdate()
    this_month = month_start(today)
    last_month = month_start(today, 1)
    date = models.DateField()
    today_v = Value(today, output_field=date)
    overdue_milestones = Milestone.objects.filter(
        commitment=OuterRef("pk"), completed_at__isnull=True, due__lt=today
    ).order_by("due", "position")
    qs = (
        queryset.annotate(
            _due_day=Coalesce(F("plan__report_due_day"), Value(settings.REPORT_DUE_DAY)),
            _margin=Coalesce(
                F("plan__progress_margin"), Value(int(settings.PROGRESS_MARGIN_PERCENT))
            ),
            days_overdue=DaysBetween(today_v, F("deadline")),
            _elapsed=DaysBetween(today_v, F("plan__starts_on")),
            _total=DaysBetween(F("deadline"), F("plan__starts_on")),
            milestone_overdue_due=Subquery(overdue_milestones.values("due")[:1]),
            milestone_overdue_text=Subquery(overdue_milestones.values("text")[:1]),
        )
        .annotate(
            _progress_x=(F("percent") + F("_margin")) * F("_total"),
            _expected_x=F("_elapsed") * 100,
            report_missing=Case(
                When(
                    Q(_due_day__lt=today.day)
                    & (Q(last_report_on__isnull=True) | Q(last_report_on__lt=this_month))
                    & owes_month(this_month),
                    then=Value(this_month, output_field=date),
                ),
                When(
                    Q(_due_day__gte=today.day)
                    & (Q(last_report_on__isnull=True) | Q(last_report_on__lt=last_month))
                    & owes_month(last_month),
                    then=Value(last_month, output_field=date),
                ),
                default=None,
                output_field=date,
            ),
        )
        .annotate(
            behind_schedule=Case(
                When(
                    Q(_total__gt=0) & Q(_elapsed__gt=0) & Q(_progress_x__lt=F("_expected_x")),
                    then=Value(True),
                ),
                default=Value(False),
                output_field=models.BooleanField(),
            ),
        )
        .annotate(
            light=Case(
                When(~rules.tracked(), then=Value(Light.GREEN.value)),
                When(rules.overdue(today), then=Value(Light.RED.value)),
                When(milestone_overdue_due__isnull=False, then=Value(Light.RED.value)),
                When(report_missing__isnull=False, then=Value(Light.YELLOW.value)),
                When(behind_schedule=True, then=Value(Light.YELLOW.value)),
                default=Value(Light.GREEN.value),
                output_field=models.CharField(),
            ),
        )
    )
    return qs


@dataclass(frozen=True)
class LightInfo:
    """``color``: red, yellow or green (SPEC §2: a closed pledge is green, nothing is asked
    of anyone); ``closed``: completed or cancelled, which pages show as the state
    (``reason``: 已办结, 已取消) instead of a 绿灯 that would read as "on schedule");
    ``parts``: the facts ``reason`` joins (逾期3天, 7月进度未报送, …), for a reader that
    says some of them already (a reminder's ``逾期3天`` line)."""

    color: str
    reason: str
    closed: bool = False
    parts: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """What a page writes before ``reason``: 预警原因 for a red or yellow light only;
        a green light's reason says how it stands (进度情况), not a warning."""
        if self.color in (Light.RED, Light.YELLOW):
            return gettext("预警原因")
        return gettext("进度情况")


def shown(light: str, status: str) -> str:
    """What a list or a file shows in a pledge's light column (SPEC §2): its light
    (``red``/``yellow``/``green``), or for a completed or cancelled pledge its status
    (``completed``/``cancelled``, shown as 已办结/已取消 with no light): its green asks
    nothing of anyone and is not counted as a 绿灯 (``shown_label`` names either)."""
    return status if status in CLOSED_STATUSES else light


def shown_label(code: str) -> str:
    """The label of a ``shown`` code in the active language: 红灯/黄灯/绿灯, 已办结/已取消."""
    return str(Light(code).label if code in Light.values else Status(code).label)


def expected_percent(commitment, today: datetime.date) -> int:
    """Share of the commitment's time that has elapsed, 0–100 (序时进度)."""
    start = commitment.plan.starts_on
    total = (commitment.deadline - start).days
    if total <= 0:
        return 100
    return max(0, min(100, rules.whole_percent((today - start).days, total)))


class Words:
    """How ``light_reason`` translates: Django's ``gettext``/``ngettext`` each time."""

    gettext = staticmethod(gettext)
    ngettext = staticmethod(ngettext)


class RememberedWords(Words):
    """Each phrase translated once (per message and number) in the language active
    when the first row asks: a ledger of a million rows asks for the same few
    phrases, and Django's lookup (its thread-local language) costs 10–20 µs a call.
    One per streamed report, never shared between requests."""

    def __init__(self) -> None:
        self._one: dict[str, str] = {}
        self._many: dict[tuple[str, int], str] = {}

    def gettext(self, message: str) -> str:
        text = self._one.get(message)
        if text is None:
            text = self._one[message] = gettext(message)
        return text

    def ngettext(self, singular: str, plural: str, number: int) -> str:  # type: ignore[override]
        key = (singular, number)
        text = self._many.get(key)
        if text is None:
            text = self._many[key] = ngettext(singular, plural, number)
        return text


_ASK_DJANGO = Words()


def light_reason(
    commitment, today: datetime.date | None = None, words: Words | None = None
) -> LightInfo:
    """The light of an annotated commitment and why, in the user's language
    (``words``: ``RememberedWords()`` when explaining many rows at once)."""
    _, ngettext = (words or _ASK_DJANGO).gettext, (words or _ASK_DJANGO).ngettext
    today = today or timezone.localdate()
    color = commitment.light
    if commitment.status == Status.COMPLETED:
        return LightInfo(color, _("已办结"), closed=True)
    if commitment.status == Status.CANCELLED:
        return LightInfo(color, _("已取消"), closed=True)
    if getattr(commitment, "removed_from_source", False):
        return LightInfo(color, _("源文已删除，待督办人确认是否保留"))
    reasons: list[str] = []
    if rules.is_overdue(commitment, today):
        days = (today - commitment.deadline).days
        reasons.append(ngettext("逾期%(days)d天", "逾期%(days)d天", days) % {"days": days})
    if commitment.milestone_overdue_due is not None:
        days = (today - commitment.milestone_overdue_due).days
        reasons.append(
            ngettext("阶段节点“%(text)s”逾期%(days)d天", "阶段节点“%(text)s”逾期%(days)d天", days)
            % {"text": commitment.milestone_overdue_text, "days": days}
        )
    if commitment.report_missing is not None:
        month = rules.month_name(commitment.report_missing.month, _)
        reasons.append(_("%(month)s进度未报送") % {"month": month})
    if commitment.behind_schedule or not reasons:
        expected = expected_percent(commitment, today)
        reasons.append(progress_words(commitment.percent, expected, _))
    return LightInfo(color, _("；").join(reasons), parts=tuple(reasons))


def expected_words(expected: int, gettext: Callable[[str], str] = gettext) -> str:
    """序时进度 in words, the one wording of light reasons and pages: ``序时应达58%``."""
    return gettext("序时应达%(expected)d%%") % {"expected": expected}


def progress_words(percent: int, expected: int, gettext: Callable[[str], str] = gettext) -> str:
    """Done against expected by now, as a light's reason says it: ``完成40%，序时应达58%``."""
    return gettext("完成%(percent)d%%，%(expected)s") % {
        "percent": percent,
        "expected": expected_words(expected, gettext),
    }
