"""Collective units among a pledge's owners: ``各镇街`` (the towns and 街道), ``各镇（街道）``,
``各乡镇（街道）``, ``各村（社区）``, ``各部门``, ``各成员单位``, ``相关单位``, ``县直各部门``.
Written in wordings and layouts of our own: an owner bracket ``（县民政局牵头，各镇街配合）``,
an owner sentence, a ``责任单位：`` line, ``牵头单位：``/``配合单位：`` lines; copied text with
blank lines and without, a web page and a Word document.

What a user sees: the group is a co-owner as written, the lead the unit named first; the bracket
or the owner lines are no part of the pledge's text, and no owner is guessed (SPEC §3).
"""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs

GROUPS = [
    "各镇街",
    "各镇（街道）",
    "各乡镇（街道）",
    "各村（社区）",
    "各部门",
    "各成员单位",
    "相关单位",
    "县直各部门",
]
TITLE = "临川县2045年为民办实事项目"
#: (pledge, lead) — the group given helps each
PLEDGES = [
    ("新建社区嵌入式养老服务站8个，10月底前投入运营。", "县民政局"),
    ("改造提升农村公路90公里。", "县交通运输局"),
]
#: How the owners are written after a pledge, ``{lead}`` and ``{group}`` filled in.
WORDINGS = {
    "bracket": "{pledge}（{lead}牵头，{group}配合）",
    "labelled_bracket": "{pledge}（牵头单位：{lead}；配合单位：{group}）",
    "owner_sentence": "{pledge}{lead}牵头，{group}配合。",
    "duty_line": "{pledge}\n责任单位：{lead}（牵头）、{group}",
    "two_labels": "{pledge}\n牵头单位：{lead}\n配合单位：{group}",
}


def _lines(wording: str, group: str) -> list[str]:
    lines = [TITLE, "一、养老服务和交通出行"]
    for pledge, lead in PLEDGES:
        lines += WORDINGS[wording].format(pledge=pledge, lead=lead, group=group).split("\n")
    return lines


def _html(lines: list[str]) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in lines[1:])
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{lines[0]}</title></head>'
        f"<body><h1>{lines[0]}</h1>{body}</body></html>"
    ).encode()


LAYOUTS = {
    "copied_text": lambda lines: (("\n".join(lines) + "\n").encode(), "实事.txt"),
    "copied_with_blank_lines": lambda lines: (("\n\n".join(lines) + "\n").encode(), "实事.txt"),
    "web_page": lambda lines: (_html(lines), "实事.html"),
    "word": lambda lines: (paragraphs("\n".join(lines)), "实事.docx"),
}


def _assert_read(parsed, group: str) -> None:
    pledges = commitments_of(parsed)
    assert [p.text for p in pledges] == [text for text, _ in PLEDGES]
    assert [p.owner for p in pledges] == [lead for _, lead in PLEDGES]
    assert [p.co_owners for p in pledges] == [[group]] * len(PLEDGES)
    warnings = " ".join(parsed.documents[0].warnings)
    assert f"“{group}”" not in warnings  # a group is kept as written, no unknown unit


CASES = [(wording, group) for wording in WORDINGS for group in GROUPS]


@pytest.mark.parametrize(("wording", "group"), CASES)
def test_group_is_a_co_owner_in_each_wording(parse, wording, group):
    _assert_read(parse("\n".join(_lines(wording, group)) + "\n", year=2045), group)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("wording", ["bracket", "duty_line"])
def test_towns_and_streets_in_each_layout(parse, layout, wording):
    """``各镇街`` (the brief's bracket) in every layout a user brings."""
    data, name = LAYOUTS[layout](_lines(wording, "各镇街"))
    _assert_read(parse(data, name, year=2045), "各镇街")


def test_group_leads_when_named_first(parse):
    """``（各镇街负责，县民政局配合）``: the group leads, as written."""
    text = f"{TITLE}\n一、养老服务\n新建村级邻里互助点30个。（各镇街负责，县民政局配合）\n"
    (pledge,) = commitments_of(parse(text, year=2045))
    assert (pledge.text, pledge.owner, pledge.co_owners) == (
        "新建村级邻里互助点30个。",
        "各镇街",
        ["县民政局"],
    )
