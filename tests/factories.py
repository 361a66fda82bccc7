"""Plain factory functions for test data: readable, no magic."""

from __future__ import annotations

import datetime
import hashlib
import itertools

from django.utils import timezone

from commitments.choices import Role
from commitments.models import (
    Commitment,
    CoOwnership,
    Department,
    Plan,
    Section,
)
from commitments.services import accounts

_seq = itertools.count(1)
#: Every test account's password.
PASSWORD = "pw-for-tests-1"


def department(name: str | None = None, **fields) -> Department:
    n = next(_seq)
    return Department.objects.create(
        name=name or f"测试单位{n}",
        contact_emails=fields.pop("contact_emails", [f"dept{n}@example.org"]),
        **fields,
    )


def user(
    username: str | None = None,
    role: str = Role.STAFF,
    dept: Department | None = None,
    supervises: list[Department] | None = None,
    email: str | None = None,
):
    """An account through the accounts service (as ``create_account`` makes it)."""
    username = username or f"user{next(_seq)}"
    departments = [dept] if role == Role.STAFF and dept is not None else list(supervises or [])
    return accounts.save_account(
        username,
        role,
        departments,
        email=email or f"{username}@example.org",
        password=PASSWORD,
    )


def plan(year: int = 2024, **fields) -> Plan:
    n = next(_seq)
    text = fields.pop("source_text", f"测试计划{n}")
    return Plan.objects.create(
        title=fields.pop("title", f"{year}年工作安排{n}"),
        year=year,
        source_name=fields.pop("source_name", f"plan-{n}.txt"),
        source_sha256=hashlib.sha256(text.encode()).hexdigest(),
        source_text=text,
        **fields,
    )


def section(the_plan: Plan, number: int = 1, title: str = "测试板块") -> Section:
    return Section.objects.create(plan=the_plan, number=number, title=title)


def commitment(
    owner: Department,
    the_section: Section | None = None,
    deadline: datetime.date | None = None,
    co_owners: list[Department] = (),
    **fields,
) -> Commitment:
    the_section = the_section or section(plan(), number=next(_seq) % 30000)
    number = fields.pop("number", next(_seq))
    deadline = deadline or datetime.date(the_section.plan.year, 12, 31)
    text = fields.pop("text", f"承诺事项{number}。")
    item = Commitment.objects.create(
        plan=the_section.plan,
        section=the_section,
        number=number,
        code=fields.pop("code", f"{the_section.plan.year}-{the_section.number:02d}-{number:02d}"),
        title=fields.pop("title", text[:20]),
        text=text,
        source_start=0,
        source_end=len(text),
        fingerprint=hashlib.sha256(text.encode()).hexdigest(),
        lead_owner=owner,
        deadline=deadline,
        original_deadline=deadline,
        **fields,
    )
    # A plan's pledges are assigned when it starts (reports are owed from then on:
    # reports.punctuality.due_periods), unless that is still ahead.
    starts = datetime.datetime.combine(
        item.plan.starts_on, datetime.time(), tzinfo=timezone.get_current_timezone()
    )
    if starts < item.created_at:
        Commitment.objects.filter(pk=item.pk).update(created_at=starts)
        item.created_at = starts
    for dept in co_owners:
        CoOwnership.objects.create(commitment=item, department=dept)
    return item
