"""Punctuality against both deadlines (按原定时限 / 按批准时限), as pure functions.

SPEC §2 keeps the original deadline when an extension is approved, so that
repeated extensions cannot hide slippage: a commitment finished after its
original deadline but within the extended one is on time by the approved
deadline and late by the original. Roll-ups and scorecards count both.

Nothing here touches the database; callers pass dates (``completion_date``
turns a stored ``completed_at`` into the local day).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils import timezone

from commitments import rules
from commitments.choices import Status


@dataclass(frozen=True)
class Punctuality:
    """How one commitment stands against each deadline.

    ``on_time_*`` is True (done in time), False (done late, or not done and
    the deadline has passed) or None (not done, deadline still ahead, or the
    commitment was cancelled): undecided items are left out of rates.
    """

    on_time_original: bool | None
    on_time_approved: bool | None
    days_late_original: int
    days_late_approved: int
    extended_days: int


def completion_date(completed_at: datetime.datetime | None) -> datetime.date | None:
    """The local day a commitment was completed (``Commitment.completed_at``)."""
    return rules.local_day(completed_at)


def _against(
    deadline: datetime.date, done_on: datetime.date | None, today: datetime.date
) -> tuple[bool | None, int]:
    if done_on is not None:
        return done_on <= deadline, max(0, (done_on - deadline).days)
    if today > deadline:
        return False, (today - deadline).days
    return None, 0


def punctuality(
    original_deadline: datetime.date,
    deadline: datetime.date,
    completed_on: datetime.date | None,
    today: datetime.date,
    status: str | None = None,
) -> Punctuality:
    """Punctuality of one commitment as of ``today``.

    ``completed_on`` is the day it was completed (None while open). A
    cancelled commitment (``status``) counts for neither deadline.
    """
    extended = max(0, (deadline - original_deadline).days)
    if status == Status.CANCELLED:
        return Punctuality(None, None, 0, 0, extended)
    on_original, late_original = _against(original_deadline, completed_on, today)
    on_approved, late_approved = _against(deadline, completed_on, today)
    return Punctuality(on_original, on_approved, late_original, late_approved, extended)


def of_commitment(commitment, today: datetime.date | None = None) -> Punctuality:
    """Punctuality of a ``Commitment`` (or any object with the same fields)."""
    return punctuality(
        commitment.original_deadline,
        commitment.deadline,
        completion_date(commitment.completed_at),
        today or timezone.localdate(),
        commitment.status,
    )


@dataclass(frozen=True)
class OnTimeRates:
    """On-time counts and rates (0–100, None when nothing is decided yet)."""

    decided_original: int
    on_time_original: int
    decided_approved: int
    on_time_approved: int
    extended: int

    @property
    def rate_original(self) -> float | None:
        return _rate(self.on_time_original, self.decided_original)

    @property
    def rate_approved(self) -> float | None:
        return _rate(self.on_time_approved, self.decided_approved)


_rate = rules.percent


def on_time_rates(items: Iterable[Punctuality]) -> OnTimeRates:
    """Roll up many commitments' punctuality (a department, a section, a plan)."""
    counts = [0, 0, 0, 0, 0]
    for item in items:
        if item.on_time_original is not None:
            counts[0] += 1
            counts[1] += item.on_time_original
        if item.on_time_approved is not None:
            counts[2] += 1
            counts[3] += item.on_time_approved
        counts[4] += item.extended_days > 0
    return OnTimeRates(*counts)
