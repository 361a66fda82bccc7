"""A 公众号 article whose parts each stand under a round badge (``01`` … ``12``) and a heading
line, their paragraph's owners on a line of their own (``责任单位：县民政局（牵头）、各镇街道``,
or ``牵头单位：`` then ``配合单位：``) instead of a bracket. The parts of
:mod:`tests.importer.test_badges_past_nine`, written in these wordings and in the layouts of our
own: the page saved from the browser, the article copied as text (blank lines or none), pasted
into Word; with five parts and with twelve.

What a user sees: a section per badge, titled by its heading, its paragraph the pledge with the
owners of its lines; no badge nor heading inside a pledge's text (SPEC §3). A badge right over
its pledge (no heading line) is no part of the pledge's text either.
"""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs
from tests.importer.test_badges_past_nine import CLOSING, HEADLINE, INTRO, PARTS


def _owners(bracket: str) -> tuple[str, list[str]]:
    """``（县民政局牵头，各镇街道配合）`` → (县民政局, [各镇街道])."""
    lead, *co = bracket.strip("（）").split("，")
    return lead.removesuffix("牵头"), [c.removesuffix("配合") for c in co]


def _owner_lines(wording: str, bracket: str) -> list[str]:
    lead, co = _owners(bracket)
    if wording == "duty_line":
        return ["责任单位：" + "、".join([f"{lead}（牵头）", *co])]
    return [f"牵头单位：{lead}"] + ([f"配合单位：{'、'.join(co)}"] if co else [])


def _parts(wording: str, count: int) -> list[tuple[str, str, list[str]]]:
    """(badge, heading, [paragraph and owner lines]) of each part."""
    return [
        (f"{n:02d}", heading, [pledge, *_owner_lines(wording, owners)])
        for n, (heading, pledge, owners, _) in enumerate(PARTS[:count], start=1)
    ]


def _lines(wording: str, count: int) -> list[str]:
    lines = [HEADLINE, *INTRO]
    for badge, heading, body in _parts(wording, count):
        lines += [badge, heading, *body]
    return lines + CLOSING


def _html(wording: str, count: int) -> bytes:
    body = []
    for badge, heading, lines in _parts(wording, count):
        body.append(
            '<section style="text-align:center;"><section style="display:inline-block;'
            f'border-radius:50%;background:#c0392b;color:#fff;"><p>{badge}</p></section></section>'
            f'<p style="text-align:center;"><strong>{heading}</strong></p>'
        )
        body += [f"<p>{lines[0]}</p>"] + [
            f'<p><span style="color:#888;">{line}</span></p>' for line in lines[1:]
        ]
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head>
<body><div id="js_article"><h1 class="rich_media_title">{HEADLINE}</h1>
<div class="rich_media_content" id="js_content">
{"".join(f"<p>{line}</p>" for line in INTRO)}{"".join(body)}
{"".join(f"<p>{line}</p>" for line in CLOSING)}
</div></div></body></html>
""".encode()


LAYOUTS = {
    "saved_page": lambda w, n: (_html(w, n), "溪口发布.html"),
    "copied_text": lambda w, n: (("\n".join(_lines(w, n)) + "\n").encode(), "溪口发布.txt"),
    "copied_with_blank_lines": lambda w, n: (
        ("\n\n".join(_lines(w, n)) + "\n").encode(),
        "溪口发布.txt",
    ),
    "pasted_into_word": lambda w, n: (paragraphs("\n".join(_lines(w, n))), "民生实事.docx"),
}


@pytest.mark.parametrize("count", [5, 12])
@pytest.mark.parametrize("wording", ["duty_line", "two_labels"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_badges_number_parts_with_owner_lines(parse, layout, wording, count):
    data, name = LAYOUTS[layout](wording, count)
    parsed = parse(data, name, year=2044)
    sections = parsed.documents[0].sections
    parts = PARTS[:count]
    assert [s.title for s in sections] == [heading for heading, *_ in parts]
    assert [[c.text for c in s.commitments] for s in sections] == [[p] for _, p, _, _ in parts]
    pledges = commitments_of(parsed)
    assert [(c.owner, c.co_owners) for c in pledges] == [_owners(o) for _, _, o, _ in parts]
    assert [c.deadline for c in pledges] == [d for *_, d in parts]


@pytest.mark.parametrize("blank_lines", [False, True], ids=["packed", "blank_lines"])
def test_badge_over_the_pledge_itself_is_cut(parse, blank_lines):
    """No heading line: each badge stands right over its pledge and owner line. The pledges are
    the article's, the badges no part of their text."""
    lines = [HEADLINE, *INTRO]
    for n, (_, pledge, owners, _) in enumerate(PARTS[:4], start=1):
        lines += [f"{n:02d}", pledge, *_owner_lines("duty_line", owners)]
    text = ("\n\n" if blank_lines else "\n").join(lines + CLOSING) + "\n"
    pledges = commitments_of(parse(text, year=2044))
    assert [c.text for c in pledges] == [p for _, p, _, _ in PARTS[:4]]
    assert [(c.owner, c.co_owners) for c in pledges] == [_owners(o) for _, _, o, _ in PARTS[:4]]
