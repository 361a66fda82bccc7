"""How a pledge is named to a reader: its 编号, and beside it its plan when the code
alone could point to two pledges.

Codes are ``YYYY-SS-NN`` (SPEC §3), unique within a plan: two plans of one year both
have ``2026-01-01``. Wherever a code is quoted alone (e-mails, robot messages, the
review queue, a pledge's page) and its year has several plans, the plan's tag
(``2026 · 某某镇2026年工作要点``, the title cut short) goes beside it; the workspace
list's cards use the same tag. The files name the plan in full in a column of their own
(工作计划, ``reports.exports.plan_label``): a row there is never a code alone.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef
from django.utils.text import Truncator
from django.utils.translation import gettext

from commitments import rules
from commitments.models import Plan

#: How much of a plan's title its tag keeps (the cards' chip is narrow).
PLAN_TAG_CHARS = 16


def plan_tag(year: int, title: str) -> str:
    """A plan as it is named beside a code: ``2026 · 某某镇2026年工作要点``."""
    return f"{year} · {Truncator(title).chars(PLAN_TAG_CHARS)}"


def years_with_several_plans() -> set[int]:
    """The years for which a code alone is ambiguous. One query over the plans."""
    seen: set[int] = set()
    twins: set[int] = set()
    for year in Plan.objects.order_by().values_list("year", flat=True):
        (twins if year in seen else seen).add(year)
    return twins


def needs_plan(plan: Plan) -> bool:
    """Whether a code of ``plan`` needs the plan beside it (another plan of its year)."""
    return Plan.objects.filter(year=plan.year).exclude(pk=plan.pk).exists()


def plan_has_twin(plan_ref: str = "plan_id", year_ref: str = "plan__year") -> Exists:
    """For a commitment queryset's ``annotate``: another plan of its year exists (its
    code needs the plan beside it). Over the small plan table, by its year index."""
    return Exists(
        Plan.objects.filter(year=OuterRef(year_ref)).exclude(pk=OuterRef(plan_ref)).order_by()
    )


def with_plan(label: str, plan: str, template: str | None = None) -> str:
    """A code's or a section's label with its plan's tag beside it (``plan_tag``):
    ``编号 2026-01-02（2026 · 某某镇2026年工作要点）``; ``label`` alone without a tag.
    ``template``: ``plan_code_template()`` looked up once for many labels."""
    if not plan:
        return label
    return (template or plan_code_template()) % {"code": label, "plan": plan}


#: How much of a section's title a filter's option keeps.
SECTION_OPTION_CHARS = 18


def section_option(number: int, title: str, plan: str = "") -> str:
    """A section as a filter offers it: ``(1) 狠抓招商引资,积蓄…`` (``rules.section_label``,
    the title cut short), with its plan's tag (``plan``: ``plan_tag``) when the list spans
    several plans, where ``(1)`` alone could be any plan's first section:
    ``(1) 狠抓招商引资,积蓄…（2026 · 某某镇2026年工作要点）``."""
    return with_plan(
        rules.section_label(number, Truncator(title).chars(SECTION_OPTION_CHARS)), plan
    )


def code_template() -> str:
    return gettext("编号 %(code)s")


def plan_code_template() -> str:
    return gettext("%(code)s（%(plan)s）")


def code_label(
    code: object, template: str | None = None, plan: str = "", plan_template: str | None = None
) -> str:
    """A commitment's code labelled as the pages show it (``编号 2026-05-03``): bare,
    a code reads as a date beside the real ones. ``plan``: the plan's tag when its
    year has several plans (``编号 2026-01-02（2026 · 某某镇2026年工作要点）``).
    ``template`` and ``plan_template``: ``code_template()`` and ``plan_code_template()``
    looked up once per part (a sweep's e-mails list ~8,000 items, each in two parts)."""
    if not code:
        return ""
    return with_plan((template or code_template()) % {"code": code}, plan, plan_template)
