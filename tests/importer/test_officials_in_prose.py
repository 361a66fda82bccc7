# ruff: noqa: E501  (spoken sentences in Chinese run past the line limit)
"""An official who leads a pledge in prose (``由王镇长牵头``, ``分管副县长李明牵头``, ``张三同志牵头``) is
the pledge's 责任领导 (SPEC §2: a commitment's responsible official), never its owner: the unit
the sentence has do the work owns it, else the catalog's rules pick one. Written in speeches,
numbered lists and Word documents of their own."""

from __future__ import annotations

import pytest

from commitments.models import Commitment
from commitments.services.plan_import import import_plan_file
from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs


def _speech(year: int, *sections: str) -> str:
    numbers = "一二三四五六七八"
    body = "\n".join(f"（{numbers[i]}）{s}" for i, s in enumerate(sections))
    return (
        f"在全镇{year}年经济工作会议上的讲话\n同志们：\n"
        f"一、{year - 1}年工作回顾\n{year - 1}年，全镇新建道路12公里。\n"
        f"二、{year}年工作安排\n{body}\n同志们，任务已经明确，关键在落实。谢谢大家！\n"
    )


def _list(year: int, *items: str) -> str:
    body = "\n".join(f"{i + 1}.{s}" for i, s in enumerate(items))
    return f"青石镇{year}年重点工作计划\n一、重点任务\n{body}\n"


def _parse(parse, text: str, kind: str):
    data = paragraphs(text) if kind == "docx" else text
    return commitments_of(parse(data, f"plan.{kind}"))


OFFICIALS = [
    (
        "抓好农业生产。今年要新建高标准农田一千亩，这件事由王镇长牵头，农业办具体抓，财政所、自然资源所要全力配合。",
        ("农业农村办公室", ["财政所", "自然资源所"], "王镇长"),
    ),
    (
        "抓好山塘水库。由分管副县长李明牵头，水利站具体负责，年底前加固山塘六处。",
        ("水利站", [], "分管副县长李明"),
    ),
    (
        "抓好招商引资。张三同志牵头，经发办负责，全年引进亿元项目三个。",
        ("经济发展办公室", [], "张三"),
    ),
    (
        "办好民生实事。九月底前新建日间照料中心两个，由县委常委、副县长李明同志牵头，社会事务办具体实施。",
        ("社会事务办公室", [], "县委常委、副县长李明"),
    ),
    (
        "改善医疗服务。由李书记亲自挂帅，卫生院具体落实，家庭医生签约率达到80%以上。",
        (None, [], "李书记"),
    ),
]


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize(
    ("sentence", "expected"), OFFICIALS, ids=["镇长", "副县长", "同志", "常委", "书记"]
)
def test_it_stores_the_official_who_leads_as_the_responsible_official(
    parse, kind, sentence, expected
):
    (pledge,) = _parse(parse, _speech(2031, sentence), kind)
    owner, co_owners, official = expected
    assert pledge.official == official
    assert sorted(pledge.co_owners) == sorted(co_owners)
    if owner:
        assert pledge.owner == owner
    assert official not in (pledge.owner or "")
    assert pledge.owner_source != "explicit" or pledge.owner != official


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_an_official_alone_never_becomes_the_owner(parse, kind):
    """No unit does the work: the catalog's rules pick the owner, helpers stay co-owners."""
    pledges = _parse(
        parse,
        _list(
            2031,
            "新建村级养老服务站三个，由王镇长牵头，各村配合。",
            "汛期前加固水库堤防六处，由张三同志牵头。",
            "完成农村公路改造八公里，分管副镇长赵刚负总责。",
        ),
        kind,
    )
    assert [(p.owner, p.co_owners, p.official) for p in pledges] == [
        ("社会事务办公室", ["各村"], "王镇长"),
        ("水利站", [], "张三"),
        (pledges[2].owner, [], "分管副镇长赵刚"),
    ]
    assert pledges[2].owner not in (None, "分管副镇长赵刚")
    assert all(p.owner_known for p in pledges)


def test_a_labelled_official_wins_over_the_one_in_the_sentence(parse):
    text = (
        "青石镇2031年重点工作任务\n"
        "1.新建高标准农田一千亩，由王镇长牵头抓总。\n责任单位：农业办\n责任领导：李明\n"
    )
    (pledge,) = commitments_of(parse(text, "plan.txt"))
    assert (pledge.owner, pledge.official) == ("农业农村办公室", "李明")


def test_a_sentence_that_names_no_official_has_none(parse):
    (pledge,) = _parse(
        parse, _speech(2031, "抓好交通。镇长每月调度一次，交通办要修通道路四公里。"), "txt"
    )
    assert (pledge.owner, pledge.official) == ("交通办", None)


@pytest.mark.django_db
def test_the_import_stores_the_official_on_the_commitment(departments):
    text = _speech(2031, "抓好农业生产。今年要新建高标准农田一千亩，由王镇长牵头，农业办具体抓。")
    import_plan_file(text.encode("utf-8"), "jianghua.txt")
    (item,) = Commitment.objects.all()
    assert (item.lead_owner.name, item.official) == ("农业农村办公室", "王镇长")
