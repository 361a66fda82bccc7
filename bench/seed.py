"""Seed a synthetic ledger of a given size with ``COPY``, in minutes at 100k.

What a size means: ``size`` commitments in plans of 500 (six sections
each), 50–500 departments (the shipped catalog plus synthetic offices and
village committees), one staff account per department, supervisors (one
overseeing everything, the others about 25 departments each), ≈10 progress
reports per commitment (lead monthly, co-owners now and then), targets,
milestones, co-owners and the history events the product writes.

The rows are consistent by construction, so foreign-key triggers are
switched off while loading (``session_replication_role = replica``; CHECK
and UNIQUE constraints still apply) and everything is loaded in one
transaction, then ``VACUUM ANALYZE`` gives the planner real statistics.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import random
import time
from dataclasses import dataclass

from django.core.management import call_command
from django.db import connection, transaction

from bench import textgen
from bench.copyio import CopyBuffer, reset_sequences
from bench.story import TZ, Story, story
from commitments.reminders import kept_counts
from commitments.reminders.decisions import refill_co_owner_facts
from commitments.services.first_reports import rebuild_first_report_tallies

PLAN_SIZE = 500
SECTIONS_PER_PLAN = 6
BATCH = 5000  # commitments per COPY round: bounded memory at any size
DEPARTMENTS_PER_SUPERVISOR = 25
UNUSABLE_PASSWORD = "!bench-no-login"

DATA_TABLES = [
    "commitments_notification_commitments",
    "commitments_notification",
    "commitments_idempotencyrecord",
    "commitments_apitoken",
    "commitments_reporttargetvalue",
    "commitments_firstreporttally",
    "commitments_duedayreporttally",
    "commitments_progressreport",
    "commitments_commitmentevent",
    "commitments_extensionrequest",
    "commitments_closurerequest",
    "commitments_milestone",
    "commitments_target",
    "commitments_coownership",
    "commitments_commitment",
    "commitments_section",
    "commitments_plan",
    "commitments_membership_supervised_departments",
    "commitments_membership",
    "commitments_department",
    "auth_user",
]

CHILD_TABLES: dict[str, tuple[str, ...]] = {
    "commitments_commitment": (
        "id",
        "plan_id",
        "section_id",
        "number",
        "code",
        "title",
        "text",
        "source_start",
        "source_end",
        "fingerprint",
        "lead_owner_id",
        "owner_source",
        "official",
        "deadline",
        "original_deadline",
        "status",
        "percent",
        "acknowledged_at",
        "last_report_at",
        "last_report_on",
        "completed_at",
        "removed_from_source",
        "edited_fields",
        "public_note",
        "created_at",
        "updated_at",
    ),
    "commitments_coownership": ("id", "commitment_id", "department_id"),
    "commitments_target": (
        "id",
        "commitment_id",
        "position",
        "metric",
        "value",
        "unit",
        "comparator",
        "current_value",
        "current_as_of",
        "source_text",
    ),
    "commitments_milestone": ("id", "commitment_id", "position", "due", "text", "completed_at"),
    "commitments_progressreport": (
        "id",
        "commitment_id",
        "department_id",
        "filed_by_id",
        "is_lead",
        "lead_by_merge",
        "status",
        "percent",
        "narrative",
        "evidence",
        "as_of",
        "period",
        "created_at",
    ),
    "commitments_reporttargetvalue": ("id", "report_id", "target_id", "value"),
    "commitments_commitmentevent": (
        "id",
        "commitment_id",
        "kind",
        "actor_id",
        "department_id",
        "changes",
        "note",
        "created_at",
    ),
}


@dataclass(frozen=True)
class Seeded:
    size: int
    departments: int
    users: int
    rows: dict[str, int]
    seconds: float
    year: int


#: The same number of departments at every size, so that what changes between
#: sizes is the number of commitments alone (the sweep is chunked by department).
DEFAULT_DEPARTMENTS = 200


#: A plan keeps its whole speech (``Plan.source_text``); real ones run to ~20k
#: characters. A short text hid what reading it on every row costs (issue 17).
SPEECH_CHARS = 20_000


def speech_text(seed: int, chars: int = SPEECH_CHARS) -> str:
    """A speech of about ``chars`` characters: paragraphs of generated pledges."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < chars:
        paragraph = "".join(textgen.pledge(rng) + "。" for _ in range(8))
        parts.append(paragraph)
        size += len(paragraph) + 1
    return "\n".join(parts)[:chars]


def reset() -> None:
    """Empty every table the product writes (ids restart) and reload the catalog."""
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(DATA_TABLES)} RESTART IDENTITY CASCADE")
    call_command("load_departments", verbosity=0, stdout=io.StringIO())


class Loader:
    """One seeding run; ids are assigned here so children can name their parents."""

    def __init__(self, size: int, departments: int, year: int, months: int, seed: int) -> None:
        self.size, self.wanted_departments = size, departments
        self.year, self.months, self.seed = year, months, seed
        self.ids: dict[str, int] = {t: 0 for t in CHILD_TABLES}
        self.staff_of: dict[int, int] = {}  # department id → its staff user id
        self.supervisors = 0

    def next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def run(self) -> Seeded:
        started = time.perf_counter()
        reset()
        raw = connection.connection
        with transaction.atomic(), raw.cursor() as cursor:
            cursor.execute("SET LOCAL session_replication_role = replica")
            departments = self.load_people(cursor)
            rows = self.load_ledger(cursor, departments)
            reset_sequences(
                cursor,
                [
                    *CHILD_TABLES,
                    "commitments_plan",
                    "commitments_section",
                    "commitments_department",
                    "auth_user",
                    "commitments_membership",
                    "commitments_membership_supervised_departments",
                ],
            )
        # The first reports of each period, counted as the filing service keeps them.
        rows["commitments_firstreporttally"] = rebuild_first_report_tallies()
        # The co-ownerships' kept facts, written by triggers the load switched off.
        refill_co_owner_facts()
        kept_counts.refill()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        return Seeded(
            self.size,
            len(departments),
            len(self.staff_of) + self.supervisors,
            rows,
            time.perf_counter() - started,
            self.year,
        )

    # -- departments, accounts -------------------------------------------

    def load_people(self, cursor) -> list[int]:
        cursor.execute("SELECT id, name FROM commitments_department ORDER BY id")
        catalog = cursor.fetchall()
        now = datetime.datetime(self.year, 1, 1, tzinfo=TZ)
        extra = max(0, self.wanted_departments - len(catalog))
        names = textgen.department_names(extra, {n for _, n in catalog})
        first = catalog[-1][0] + 1 if catalog else 1
        people = CopyBuffer(
            {
                "commitments_department": (
                    "id",
                    "name",
                    "short_name",
                    "aliases",
                    "keywords",
                    "priority",
                    "contact_emails",
                    "is_default",
                    "is_active",
                    "needs_review",
                    "created_at",
                    "updated_at",
                ),
                "auth_user": (
                    "id",
                    "password",
                    "is_superuser",
                    "username",
                    "first_name",
                    "last_name",
                    "email",
                    "is_staff",
                    "is_active",
                    "date_joined",
                ),
                "commitments_membership": ("id", "role", "department_id", "user_id"),
                "commitments_membership_supervised_departments": (
                    "id",
                    "membership_id",
                    "department_id",
                ),
            }
        )
        for offset, name in enumerate(names):
            pk = first + offset
            people.add(
                "commitments_department",
                (
                    pk,
                    name,
                    name[:50],
                    [],
                    [],
                    0,
                    [f"dept{pk}@bench.example.org"],
                    False,
                    True,
                    False,
                    now,
                    now,
                ),
            )
        ids = [pk for pk, _ in catalog] + [first + i for i in range(len(names))]
        for user_id, department_id in enumerate(ids, start=1):
            people.add(
                "auth_user",
                (
                    user_id,
                    UNUSABLE_PASSWORD,
                    False,
                    f"staff{department_id}",
                    "",
                    "",
                    f"staff{department_id}@bench.example.org",
                    False,
                    True,
                    now,
                ),
            )
            people.add("commitments_membership", (user_id, "staff", department_id, user_id))
            self.staff_of[department_id] = user_id
        groups = [
            ids[i : i + DEPARTMENTS_PER_SUPERVISOR]
            for i in range(0, len(ids), DEPARTMENTS_PER_SUPERVISOR)
        ]
        self.supervisors = 1 + len(groups)
        link = 0
        for n, group in enumerate([[], *groups]):
            user_id = len(ids) + 1 + n
            people.add(
                "auth_user",
                (
                    user_id,
                    UNUSABLE_PASSWORD,
                    False,
                    f"supervisor{n}",
                    "",
                    "",
                    f"supervisor{n}@bench.example.org",
                    False,
                    True,
                    now,
                ),
            )
            people.add("commitments_membership", (user_id, "supervisor", None, user_id))
            for department_id in group:
                link += 1
                people.add(
                    "commitments_membership_supervised_departments", (link, user_id, department_id)
                )
        people.flush(cursor)
        return ids

    # -- plans, commitments and everything under them --------------------

    def load_ledger(self, cursor, departments: list[int]) -> dict[str, int]:
        # A few departments own much of the work: weight ~ 1/rank.
        weights = [1.0 / (rank + 1) ** 0.7 for rank in range(len(departments))]
        plans = CopyBuffer(
            {
                "commitments_plan": (
                    "id",
                    "title",
                    "year",
                    "source_name",
                    "document_index",
                    "source_sha256",
                    "source_text",
                    "starts_on",
                    "retired_codes",
                    "public",
                    "created_at",
                    "updated_at",
                ),
                "commitments_section": (
                    "id",
                    "plan_id",
                    "number",
                    "title",
                    "source_start",
                    "source_end",
                ),
            }
        )
        n_plans = max(1, -(-self.size // PLAN_SIZE))
        created = datetime.datetime(self.year, 1, 3, 9, tzinfo=TZ)
        speech = speech_text(self.seed)
        for plan_id in range(1, n_plans + 1):
            text = f"镇{plan_id}在{self.year}年经济工作会议上的讲话（基准测试）\n{speech}"
            plans.add(
                "commitments_plan",
                (
                    plan_id,
                    f"{self.year}年工作安排（{plan_id}）",
                    self.year,
                    f"bench-{plan_id}.txt",
                    0,
                    hashlib.sha256(text.encode()).hexdigest(),
                    text,
                    datetime.date(self.year, 1, 1),
                    [],
                    False,
                    created,
                    created,
                ),
            )
            for number in range(1, SECTIONS_PER_PLAN + 1):
                plans.add(
                    "commitments_section",
                    (
                        (plan_id - 1) * SECTIONS_PER_PLAN + number,
                        plan_id,
                        number,
                        textgen.SECTION_TITLES[(number - 1) % len(textgen.SECTION_TITLES)],
                        0,
                        0,
                    ),
                )
        plans.flush(cursor)
        ledger = CopyBuffer(CHILD_TABLES)
        for i in range(1, self.size + 1):
            s = story(i, self.seed, departments, weights, self.year, self.months)
            self.add_commitment(ledger, i, s, created)
            if i % BATCH == 0:
                ledger.flush(cursor)
        ledger.flush(cursor)
        return {**plans.counts, **ledger.counts}

    def add_commitment(self, buf: CopyBuffer, i: int, s: Story, created: datetime.datetime) -> None:
        plan_id = (i - 1) // PLAN_SIZE + 1
        index = (i - 1) % PLAN_SIZE
        per_section = -(-PLAN_SIZE // SECTIONS_PER_PLAN)
        section_number = index // per_section + 1
        number = index % per_section + 1
        last = s.last_lead
        last_at = last.created_at if last else None
        buf.add(
            "commitments_commitment",
            (
                i,
                plan_id,
                (plan_id - 1) * SECTIONS_PER_PLAN + section_number,
                number,
                f"{self.year}-{section_number:02d}-{number:03d}",
                s.text[:40],
                s.text,
                0,
                len(s.text),
                hashlib.sha256(s.text.encode()).hexdigest(),
                s.lead_id,
                "rule",
                "",
                s.deadline,
                s.deadline,
                s.status,
                s.percent,
                s.acknowledged,
                last_at,
                last_at.date() if last_at else None,
                s.closed_at,
                False,
                [],
                "",
                created,
                s.closed_at or last_at or created,
            ),
        )
        for department_id in s.co_owner_ids:
            buf.add(
                "commitments_coownership",
                (self.next_id("commitments_coownership"), i, department_id),
            )
        target_ids = []
        for position, (metric, value, unit) in enumerate(s.targets):
            target_ids.append(self.next_id("commitments_target"))
            current = last.target_values[position][1] if last else None
            buf.add(
                "commitments_target",
                (
                    target_ids[-1],
                    i,
                    position,
                    metric,
                    value,
                    unit,
                    ">=",
                    current,
                    last_at.date() if last else None,
                    f"{value}{unit}",
                ),
            )
        for position, (due, text) in enumerate(s.milestones):
            buf.add(
                "commitments_milestone",
                (self.next_id("commitments_milestone"), i, position, due, text, None),
            )
        buf.add(
            "commitments_commitmentevent",
            (
                self.next_id("commitments_commitmentevent"),
                i,
                "imported",
                None,
                None,
                {},
                "从 bench 导入",
                created,
            ),
        )
        for report in s.reports:
            report_id = self.next_id("commitments_progressreport")
            staff = self.staff_of[report.department_id]
            buf.add(
                "commitments_progressreport",
                (
                    report_id,
                    i,
                    report.department_id,
                    staff,
                    report.is_lead,
                    False,  # lead_by_merge: no merge in a seeded ledger
                    report.status,
                    report.percent,
                    report.narrative,
                    [],
                    report.created_at.date(),
                    f"{report.created_at:%Y-%m}",
                    report.created_at,
                ),
            )
            for position, value in report.target_values:
                buf.add(
                    "commitments_reporttargetvalue",
                    (
                        self.next_id("commitments_reporttargetvalue"),
                        report_id,
                        target_ids[position],
                        value,
                    ),
                )
            buf.add(
                "commitments_commitmentevent",
                (
                    self.next_id("commitments_commitmentevent"),
                    i,
                    "reported",
                    staff,
                    report.department_id,
                    {},
                    f"report:{report_id}",
                    report.created_at,
                ),
            )


def seed(
    size: int, year: int, months: int, departments: int | None = None, seed: int = 2024
) -> Seeded:
    """Replace the database's contents with a ledger of ``size`` commitments."""
    return Loader(size, departments or DEFAULT_DEPARTMENTS, year, months, seed).run()
