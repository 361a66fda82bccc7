"""Migration 0030: targets imported under the old comparator rule (a plain count ``=``)
read as the importer now reads them (SPEC §3: a count delivered is ``>=``, ``左右``/``约`` the
one ``=``, a naught ``<=``), so a re-import lists only what the file changed and the public
meter says 不低于; an about, a supervisor's target and a cut clause keep their ``=``."""

from __future__ import annotations

import functools
import importlib
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db.migrations.loader import MigrationLoader
from django.test import Client

from commitments.choices import EventKind
from commitments.models import Commitment, CommitmentEvent, Plan, Target
from commitments.services.plan_import import PlanChoice, import_plan_file
from tests.importer.test_admin import admin_client, row_of, upload  # noqa: F401 (fixture)
from tests.support.language import in_language

pytestmark = pytest.mark.django_db
migration = importlib.import_module("commitments.migrations.0030_targets_floor_rule")

PLAN = """镇长在经济工作会议上的讲话
同志们：
一、2024年工作回顾
全年完成税收700万元。
二、2025年工作安排
（一）抓产业。今年计划新建温室大棚20栋。引进项目5个，年底前开工。完成固定资产投资5000万元左右。建成农产品冷链仓储中心一处。签约招商项目3个。新建污水管网约12公里。
（二）抓民生。新增城镇就业岗位不少于300个。新建村级养老服务站3个。较大以上安全生产事故控制在2起以内。较大及以上生产安全事故0起。
同志们！谢谢大家！
"""
#: What the importer before walk14 m6 (fdc5936^) stored for each pledge of ``PLAN``, by code
#: (read by running that revision's ``parse_file`` on this text).
OLD_RULE = {
    "2025-01-01": "=",  # 新建温室大棚 20 栋
    "2025-01-02": "=",  # 引进项目 5 个
    "2025-01-03": "=",  # 5000 万元左右: about
    "2025-01-04": "=",  # 冷链仓储中心 一处
    "2025-01-05": "=",  # 签约招商项目 3 个 (签约's 约 is no about)
    "2025-01-06": "=",  # 约 12 公里: about
    "2025-02-01": ">=",  # 不少于 300 个
    "2025-02-02": "=",  # 养老服务站 3 个: the review's supervisor sets 4 个 (=)
    "2025-02-03": "<=",  # 控制在 2 起以内
    "2025-02-04": "=",  # 0 起
}
#: What a re-import under today's rule gives each of them (the walk14 m6 rule).
NEW_RULE = {
    **OLD_RULE,
    "2025-01-01": ">=",
    "2025-01-02": ">=",
    "2025-01-04": ">=",
    "2025-01-05": ">=",
    "2025-02-04": "<=",
}
SUPERVISED = "2025-02-02"


@functools.cache
def historical_apps():
    """The models as the migration sees them (its project state), not today's classes."""
    state = MigrationLoader(None, ignore_no_migrations=True).project_state(
        ("commitments", "0030_targets_floor_rule")
    )
    return state.apps


def migrate() -> None:
    """Migration 0030's data step, inside the test's transaction (a schema editor is not
    needed: the step changes rows only)."""
    migration.rewrite(historical_apps(), None)


def comparators(plan: Plan) -> dict[str, str]:
    rows = Target.objects.filter(commitment__plan=plan)
    return dict(rows.values_list("commitment__code", "comparator"))


@pytest.fixture
def old_plan(admin_client):  # noqa: F811
    """``PLAN`` committed from the review page, the 养老服务站's target corrected there to
    4 个 ``=`` (as the old page offered it), its other targets then set to what the old
    importer stored."""
    review = upload(admin_client, PLAN.encode(), "讲话稿.txt")
    row = row_of(admin_client.get(review), "新建村级养老服务站")
    admin_client.post(
        review,
        {
            "action": "save",
            "key": row["key"],
            "targets_shown": "1",
            "t_metric": ["新建村级养老服务站"],
            "t_comparator": ["="],
            "t_value": ["4"],
            "t_unit": ["个"],
        },
    )
    assert admin_client.post(review, {"action": "commit"}).status_code == 302
    plan = Plan.objects.get()
    for code, comparator in OLD_RULE.items():
        Target.objects.filter(commitment__plan=plan, commitment__code=code).update(
            comparator=comparator
        )
    assert comparators(plan) == OLD_RULE
    return plan


def preview(plan: Plan, text: str) -> dict:
    """The review's diff of ``text`` against ``plan`` (nothing written)."""
    result = import_plan_file(
        text.encode(), "讲话稿（修订）.docx.txt", dry_run=True, choice=PlanChoice(plan_id=plan.pk)
    )
    return result.as_dict()["plans"][0]["diff"]


def changed(diff: dict) -> dict[str, dict]:
    return {c["code"]: c["changes"] for c in diff["changed"]}


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(
            lambda text: text.replace("全年完成税收700万元", "全年完成税收710万元"), id="review"
        ),
        pytest.param(lambda text: text.replace("（二）抓民生。", "（二）抓民生。\n"), id="layout"),
        pytest.param(lambda text: text.replace("大棚20栋", "大棚30栋"), id="one-pledge"),
    ],
)
def test_after_the_migration_a_reimport_lists_only_what_the_file_changed(old_plan, edit):
    text = edit(PLAN)
    before = changed(preview(old_plan, text))
    # the noise the migration removes: comparators of pledges nobody edited
    assert {code for code, c in before.items() if "targets" in c} >= {
        "2025-01-02",
        "2025-01-04",
        "2025-01-05",
        "2025-02-04",
    }

    migrate()

    assert comparators(old_plan) == NEW_RULE
    after = changed(preview(old_plan, text))
    if "大棚30栋" in text:  # the one pledge the file changed, its count and no comparator
        assert set(after) == {"2025-01-01"}
        assert after["2025-01-01"]["targets"] == [
            [["新建温室大棚", 20, "栋", ">="]],
            [["新建温室大棚", 30, "栋", ">="]],
        ]
    else:
        assert after == {}


def test_the_about_the_supervisors_target_and_the_rest_keep_theirs(old_plan):
    migrate()
    targets = {t.commitment.code: t for t in Target.objects.filter(commitment__plan=old_plan)}
    assert (targets["2025-01-03"].comparator, targets["2025-01-03"].value) == ("=", 5000)
    assert (targets["2025-01-06"].comparator, targets["2025-01-06"].value) == ("=", 12)
    supervised = targets[SUPERVISED]
    assert (supervised.comparator, supervised.value, supervised.source_text) == ("=", 4, "")
    assert targets["2025-02-01"].comparator == ">="
    assert targets["2025-02-03"].comparator == "<="
    # a supervisor's target is not a change of the file: the re-import keeps it, unlisted
    assert SUPERVISED not in changed(preview(old_plan, PLAN.replace("700万元", "710万元")))


def test_a_naught_target_reads_as_a_cap_afterwards(old_plan):
    naught = Target.objects.get(commitment__plan=old_plan, commitment__code="2025-02-04")
    naught.current_value = Decimal(0)
    naught.save(update_fields=["current_value"])
    assert naught.progress_percent() is None  # ``=`` 0: no share of nothing

    migrate()

    naught.refresh_from_db()
    assert (naught.comparator, naught.progress_percent()) == ("<=", 100)


def test_a_target_a_supervisor_edited_after_the_import_keeps_its_comparator(old_plan):
    """``edited_fields`` or a supervisor's history event naming the targets: their ``=`` is
    a decision, whatever the clause says."""
    by_field = Commitment.objects.get(plan=old_plan, code="2025-01-01")
    by_field.edited_fields = ["targets"]
    by_field.save(update_fields=["edited_fields"])
    by_event = Commitment.objects.get(plan=old_plan, code="2025-01-02")
    CommitmentEvent.objects.create(
        commitment=by_event,
        kind=EventKind.EDITED,
        changes={"targets": [[["引进项目", 4, "个", "="]], [["引进项目", 5, "个", "="]]]},
    )

    migrate()

    assert comparators(old_plan) == {**NEW_RULE, "2025-01-01": "=", "2025-01-02": "="}


def test_a_clause_cut_at_its_stored_length_keeps_its_comparator(old_plan):
    """``source_text`` holds 200 characters: a longer clause may have lost its 左右."""
    long_clause = "今年计划" + "高标准" * 64 + "新建温室大棚20栋"
    assert len(long_clause[:200]) == 200
    Target.objects.filter(commitment__plan=old_plan, commitment__code="2025-01-01").update(
        source_text=long_clause[:200]
    )

    migrate()

    assert comparators(old_plan)["2025-01-01"] == "="


@pytest.mark.parametrize("language", ["zh-CN", "en"])
def test_the_public_meter_says_at_least_afterwards(old_plan, language):
    Plan.objects.filter(pk=old_plan.pk).update(public=True)
    page = f"/public/plans/{old_plan.pk}/"
    words = {
        "zh-CN": ("目标等于 5个", "目标不低于 5个", "目标等于 5000万元"),
        "en": ("target 5个", "target at least 5个", "target 5000万元"),
    }[language]
    equal, at_least, about = words
    cache.clear()
    html = in_language(Client(), language).get(page).content.decode()
    assert equal in html and at_least not in html

    migrate()

    cache.clear()  # the meter's view is cached for PUBLIC_CACHE_SECONDS
    html = in_language(Client(), language).get(page).content.decode()
    assert at_least in html and equal not in html
    assert about in html  # 左右 is still an about


@pytest.mark.parametrize(
    ("clause", "about"),
    [
        ("完成固定资产投资5000万元左右", True),
        ("新增就业岗位300个上下", True),
        ("总投资约2亿元", True),
        ("总投资大约2亿元", True),
        ("实现产值预计3000万元", True),
        ("预计新增产值3000万元", False),  # 预计 of the pledge, not of its number
        ("签约招商项目3个", False),
        ("节约用水3万吨", False),
        ("引进项目5个", False),
        ("新建村级养老服务站3个", False),
    ],
)
def test_the_clause_words_the_migration_reads_as_about(parse, clause, about):
    """The migration's "about" is the importer's: a clause it leaves at ``=`` is one the
    importer reads as about, and the others the importer reads as floors."""
    assert migration.states_about(clause) is about
    text = f"二、2025年工作安排\n（一）抓产业。{clause}。\n"
    parsed = parse(text).documents[0].sections[0].commitments[0].targets
    assert [t.comparator for t in parsed] == (["="] if about else [">="])
