"""The life of one synthetic commitment: owners, deadline, targets, milestones, reports.

Pure (no database): ``story(i, …)`` draws everything from its own seeded
``random.Random``, so the loader can write the commitment row (which carries
its latest report's percent and time) together with its children.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass, field

from bench import textgen

TZ = datetime.timezone(datetime.timedelta(hours=8))  # Asia/Shanghai, no DST
MONTH_ENDS = ((3, 31), (6, 30), (9, 30), (10, 31), (12, 31))
DEADLINE_WEIGHTS = (1, 2, 2, 1, 6)
UNITS = ("万元", "兆瓦", "%", "亩", "个", "户", "公里")
LEAD_REPORT_CHANCE = 0.8  # per month, so ≈ 10 reports per commitment with co-owners'
CO_REPORT_CHANCE = 0.1


@dataclass(frozen=True)
class Report:
    department_id: int
    is_lead: bool
    status: str
    percent: int
    narrative: str
    created_at: datetime.datetime
    target_values: tuple[tuple[int, int], ...] = ()  # (target position, value)


@dataclass
class Story:
    text: str
    lead_id: int
    co_owner_ids: list[int]
    deadline: datetime.date
    acknowledged: datetime.datetime | None
    targets: list[tuple[str, int, str]]  # (metric, value, unit)
    milestones: list[tuple[datetime.date, str]]
    reports: list[Report] = field(default_factory=list)
    status: str = "not_started"
    percent: int = 0
    closed_at: datetime.datetime | None = None

    @property
    def last_lead(self) -> Report | None:
        leads = [r for r in self.reports if r.is_lead]
        return leads[-1] if leads else None


def _deadline(rng: random.Random, year: int) -> datetime.date:
    month, day = rng.choices(MONTH_ENDS, DEADLINE_WEIGHTS)[0]
    return datetime.date(year, month, day)


def _reports(rng: random.Random, s: Story, year: int, months: int) -> None:
    percent = 0
    for month in range(1, months + 1):
        day = rng.randint(5, 25)
        at = datetime.datetime(year, month, day, rng.randint(8, 17), rng.randint(0, 59), tzinfo=TZ)
        if at + datetime.timedelta(hours=1) > datetime.datetime.now(TZ):
            break  # no report filed in the future (the current month runs to the 25th)
        if rng.random() < LEAD_REPORT_CHANCE:
            percent = min(100, percent + rng.randint(0, 15))
            status = rng.choices(("on_track", "at_risk", "delayed"), (8, 1, 1))[0]
            values = tuple(
                (i, value * percent // 100) for i, (_m, value, _u) in enumerate(s.targets)
            )
            s.reports.append(
                Report(s.lead_id, True, status, percent, textgen.narrative(rng), at, values)
            )
            s.status, s.percent = status, percent
        for co_owner in s.co_owner_ids:
            if rng.random() < CO_REPORT_CHANCE:
                s.reports.append(
                    Report(
                        co_owner,
                        False,
                        "on_track",
                        percent,
                        textgen.narrative(rng),
                        at + datetime.timedelta(hours=1),
                    )
                )


def story(
    i: int, seed: int, departments: list[int], weights: list[float], year: int, months: int
) -> Story:
    """Commitment number ``i``: reports for months 1..``months`` of ``year``."""
    rng = random.Random(seed * 1_000_003 + i)
    lead = rng.choices(departments, weights)[0]
    co_count = rng.choices((0, 1, 2, 3), (35, 35, 20, 10))[0]
    co_owners = sorted({d for d in rng.sample(departments, co_count) if d != lead})
    deadline = _deadline(rng, year)
    text = textgen.pledge(rng) + "。"
    targets = [
        (f"指标{i}-{n + 1}", rng.choice((5, 30, 90, 500, 2500, 5000)), rng.choice(UNITS))
        for n in range(rng.choices((0, 1, 2), (3, 5, 2))[0])
    ]
    milestones = sorted(
        {
            (
                datetime.date(year, rng.randint(1, deadline.month), 28),
                rng.choice(("完成选址", "完成招投标", "开工建设", "主体完工", "验收")),
            )
            for _ in range(rng.choices((0, 1, 2, 3), (4, 3, 2, 1))[0])
        }
    )
    acknowledged = (
        datetime.datetime(year, 1, rng.randint(5, 30), 9, tzinfo=TZ) if rng.random() < 0.9 else None
    )
    s = Story(text, lead, co_owners, deadline, acknowledged, targets, milestones)
    _reports(rng, s, year, months)
    roll = rng.random()
    last = s.last_lead
    if roll < 0.01:
        s.status = "cancelled"
    elif roll < 0.11 and last is not None:
        s.status, s.percent, s.closed_at = "completed", 100, last.created_at
    return s
