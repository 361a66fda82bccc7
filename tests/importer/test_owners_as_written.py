"""Owners as the document writes them (issue 12): a named unit is never replaced
by a guess, co-owners are never dropped, and a real import creates the units
the catalog lacks, flagged for a supervisor to confirm or merge."""

from __future__ import annotations

import pytest

from commitments.models import Commitment, CommitmentEvent, Department
from commitments.services import merge_jobs
from commitments.services.plan_import import import_plan_file
from tests.importer.conftest import commitments_of

LABELLED = """某镇2025年重点工作任务清单
1、新建招商服务大厅1处。
责任单位：镇招商服务中心
配合单位：各村、镇供电所
完成时限：2025年9月底
2、建设高标准农田2万亩。
责任单位：镇农业农村办
"""
PROSE = "某镇2025年工作要点\n（一）农田建设。由镇农田建设股牵头、各村配合，建设高标准农田2万亩。\n"


def test_an_unknown_unit_is_kept_as_written_with_its_co_owners(parse):
    parsed = parse(LABELLED)
    hall, farmland = commitments_of(parsed)
    assert (hall.owner, hall.co_owners, hall.owner_source, hall.owner_known) == (
        "镇招商服务中心",
        ["各村", "镇供电所"],
        "explicit",
        False,
    )
    # one warning a unit, with its role; a group (各村) is kept without one
    warnings = [w for w in parsed.documents[0].warnings if hall.code in w]
    assert len(warnings) == 2, warnings
    assert "牵头单位“镇招商服务中心”" in warnings[0] and "配合单位“镇供电所”" in warnings[1]
    assert not any("各村" in w for w in warnings)
    # the same unit under another name is the catalog's department
    assert (farmland.owner, farmland.owner_known) == ("农业农村办公室", True)


def test_owners_in_prose_are_explicit(parse):
    (farmland,) = commitments_of(parse(PROSE))
    assert (farmland.owner, farmland.co_owners, farmland.owner_source) == (
        "镇农田建设股",
        ["各村"],
        "explicit",
    )


@pytest.mark.parametrize(
    ("sentence", "lead", "co"),
    [
        ("由镇水利站负责，年底前完成河道清淤10公里。", "水利站", []),
        ("镇林业站牵头，各村配合，完成植树造林300亩。", "林业站", ["各村"]),
        (
            "由经发办牵头、财政所和相关村配合，新建厂房2万平方米。",
            "经济发展办公室",
            ["财政所", "相关村"],
        ),
    ],
)
def test_prose_owners_in_other_wordings(parse, sentence, lead, co):
    (pledge,) = commitments_of(parse(f"某镇2025年工作要点\n（一）建设。{sentence}\n"))
    assert (pledge.owner, pledge.co_owners, pledge.owner_source) == (lead, co, "explicit")


@pytest.mark.django_db
def test_a_real_import_creates_the_unknown_units_for_review(departments):
    result = import_plan_file(LABELLED.encode(), "tasks.txt")
    assert result.summary["departments_created"] == 3
    flagged = set(Department.objects.filter(needs_review=True).values_list("name", flat=True))
    assert flagged == {"镇招商服务中心", "各村", "镇供电所"}
    hall = Commitment.objects.get(code="2025-01-01")
    assert hall.lead_owner.name == "镇招商服务中心"
    assert sorted(d.name for d in hall.co_owners.all()) == ["各村", "镇供电所"]
    # importing again creates nothing new
    again = import_plan_file(LABELLED.encode(), "tasks.txt")
    assert again.summary["departments_created"] == 0


@pytest.mark.django_db
def test_a_supervisor_merges_a_flagged_unit_through_an_alias(departments):
    import_plan_file(LABELLED.encode(), "tasks.txt")
    economy = Department.objects.get(name="经济发展办公室")
    economy.aliases = [*economy.aliases, "镇招商服务中心"]
    economy.save()
    # the admin's 合并 action: queued for a worker (the unit that lists the name), run
    queued = merge_jobs.queue(Department.objects.filter(name__in=["镇招商服务中心", "镇供电所"]))
    assert queued.missing == ["镇供电所"]
    assert queued.job is not None and merge_jobs.run(queued.job.pk) == "done"
    queued.job.refresh_from_db()
    assert [(m.source, m.target, m.retired) for m in merge_jobs.results(queued.job)] == [
        ("镇招商服务中心", "经济发展办公室", False)  # nothing filed under it: deleted
    ]
    hall = Commitment.objects.get(code="2025-01-01")
    assert hall.lead_owner == economy
    assert not Department.objects.filter(name="镇招商服务中心").exists()
    assert CommitmentEvent.objects.filter(commitment=hall, changes__has_key="department_merged")
    # the next import maps the written name to the merged unit
    parsed = import_plan_file(LABELLED.encode(), "other.txt", dry_run=True).parsed
    assert commitments_of(parsed)[0].owner == "经济发展办公室"


@pytest.mark.parametrize(
    "bracket",
    [
        "【牵头单位：环保办；配合单位：农业办、各村】",
        "【责任领导：李明；牵头单位：环保办；配合单位：农业办、各村】",
        "【牵头单位:环保办　配合单位:农业办、各村】",
    ],
)
def test_owner_labels_in_square_brackets(parse, bracket):
    text = (
        f"2031年重点工作\n1.完成5个村污水治理，上半年完工。{bracket}\n"
        "2.新建公厕4座。（责任单位：村建办）\n"
    )
    first = commitments_of(parse(text))[0]
    assert (first.owner, first.co_owners) == ("生态环境办公室", ["农业农村办公室", "各村"])
    assert first.text == "完成5个村污水治理，上半年完工。"
