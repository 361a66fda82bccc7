"""Small template helpers of the workspace pages."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from commitments import access, history, naming, people, rules
from commitments.wording import listed

register = template.Library()


@register.filter(expects_localtime=True)
def day(value: datetime.date | datetime.datetime | None, fmt: str = "Y-m-d") -> str:
    """A date (or time, ``fmt``) kept whole on its line: a phone never breaks
    ``2026-12-31`` after a hyphen (``.date`` is ``white-space: nowrap``)."""
    if value in (None, ""):
        return ""
    return format_html('<span class="date">{}</span>', date_filter(value, fmt))


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@register.filter
def dates_whole(text: object) -> str:
    """Plain text with each ``2026-12-31`` in it kept whole (:func:`day`'s span), for
    lines that wrap (the import's diff preview on a phone)."""
    return mark_safe(  # escaped first
        ISO_DATE.sub(
            lambda m: f'<span class="date">{m.group(0)}</span>',
            str(conditional_escape(str(text))),
        )
    )


@register.filter
def column_heading(header: object) -> str:
    """A table heading that breaks between words only (``word-break: keep-all``): a
    Chinese heading stays whole (牵头事项, never 牵头事/项) but for its unit, which may go
    to a line of its own (按批准时限办结率 / (%))."""
    return mark_safe(conditional_escape(str(header)).replace("(", "<wbr>("))  # escaped first


@register.filter
def person(user) -> str:
    """A person as the pages name them: full name, else user name (``people.person_name``)."""
    return people.person_name(user)


@register.filter
def plan_tag(plan) -> str:
    """A plan as it is named beside a code (``commitments.naming.plan_tag``)."""
    return naming.plan_tag(plan.year, plan.title)


@register.filter
def may_use_admin(user) -> bool:
    """Whether the top bar links to ``/admin/`` for ``user`` (the middleware's rule)."""
    return access.may_use_admin(user)


@register.filter
def http_link(value: object) -> str:
    """The address if it is http(s), else empty: nothing else becomes a link."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else ""


@register.filter
def plain_number(value: Decimal | None) -> str:
    """A target's quantity as written (``rules.plain_number``); empty for none."""
    return "" if value is None else rules.plain_number(value)


@register.filter
def change_lines(changes: object, targets: object = None) -> list[tuple[str, str, str]]:
    """``{field: [old, new]}`` of a history event as (label, old, new) rows
    (``commitments.history.change_lines``)."""
    return history.change_lines(changes, targets)  # type: ignore[arg-type]


@register.filter
def event_lines(event: object, targets: object = None) -> list[tuple[str, str, str]]:
    """What a history event changed in words (``commitments.history.event_lines``)."""
    return history.event_lines(event, targets)  # type: ignore[arg-type]


@register.filter
def actor_words(event: object) -> str:
    return history.actor_words(event)


@register.filter
def note_shown(event: object) -> str:
    """A history event's note as a reader sees it (``commitments.history.note_shown``)."""
    return history.note_shown(event)


@register.filter
def month_day(day: datetime.date) -> str:
    """A day of the year by name (12月25日, December 25)."""
    return _("%(month)s%(day)s日") % {"month": rules.month_name(day.month), "day": day.day}


@register.filter(name="listed")
def listed_filter(items: list[object]) -> str:
    """A list as the reader's language joins it (财政所、林业站; A, B in English)."""
    return listed(items)


@register.filter
def month_days(days: list[datetime.date]) -> str:
    """Several days by name (12月25日、12月28日)."""
    return listed(month_day(day) for day in days)


@register.filter
def month_name(day: datetime.date) -> str:
    """The month of ``day`` by name (11月, November): ``rules.month_name``."""
    return rules.month_name(day.month)


@register.filter
def filesize(size: int) -> str:
    if size is None:
        return ""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
