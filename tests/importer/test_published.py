"""The importer on plans in the shapes towns publish them (issue 12's goals).

The documents and an annotator's expectations are in :mod:`tests.importer.published`;
``.venv/bin/python -m tests.importer.published`` prints the score table.
"""

from __future__ import annotations

import pytest

from tests.importer.published import EXPECTED, FOLDER, Score, check_floors, score, table


def test_every_kind_has_at_least_three_documents():
    kinds: dict[str, int] = {}
    for expected in EXPECTED.values():
        for kind in expected.kinds:
            kinds[kind] = kinds.get(kind, 0) + 1
    for kind in ("prose-news", "breadcrumb", "inline-list", "first-part", "furniture", "series"):
        assert kinds[kind] >= 3, kind
    assert kinds["ocr"] >= 3 and kinds["owners"] >= 3


def test_it_meets_the_issue_goals_on_published_shapes(scores):
    summary = table(scores)
    assert all(s.year_right for s in scores), summary
    assert sum(s.f1 for s in scores) / len(scores) >= 0.85, summary
    assert min(s.f1 for s in scores) >= 0.8, summary
    deadlines = [d for s in scores for d in s.deadlines]
    targets = [t for s in scores for t in s.targets]
    owners = [o for s in scores for o in s.owners]
    assert sum(deadlines) / len(deadlines) >= 0.9, summary
    assert sum(targets) / len(targets) >= 0.8, summary
    assert sum(owners) / len(owners) >= 0.8, summary
    assert [f for s in scores for f in s.false_targets] == [], summary


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("news-qiaotou-scraped.txt", "桥头镇：今年将实施十大民生实事"),
        ("yaodian-shimen-breadcrumb.txt", "石门乡2025年工作要点"),
        ("scraped-changling-shi.txt", "长岭镇2025年民生实事项目安排"),
        ("ocr-county-agriculture.txt", "2025年农业农村重点工作安排"),
        ("first-part-summary-plan.txt", ""),
    ],
)
def test_the_title_is_the_real_title(parse, name, title):
    assert parse((FOLDER / name).read_bytes(), name).documents[0].title == title


def test_the_score_of_one_document_names_what_it_missed(parse):
    name = "series-hexi-street.txt"
    parsed = parse((FOLDER / name).read_bytes(), name)
    parsed.documents[0].sections[0].commitments.pop()
    result = score(name, parsed)
    assert result.misses == ["改造老旧小区5个"] and result.f1 < 1


def test_the_floors_check_fails_on_any_floor_missed_and_shows_the_table():
    good = Score("a.txt", 2, 2, 2, True, [True, True], [True, True], [True])
    slow = Score("b.txt", 2, 2, 2, True, [True, False], [True, True], [])
    floors = {"a.txt": (1.0, 1.0, 1.0, 1.0), "b.txt": (1.0, 0.5, 1.0, 1.0)}
    check_floors([good, slow], floors, 2, 0)
    for changed_floors, years, false in (
        ({**floors, "b.txt": (1.0, 0.6, 1.0, 1.0)}, 2, 0),  # a deadline floor
        (floors, 3, 0),  # more plan years right than there are documents
    ):
        with pytest.raises(AssertionError) as caught:
            check_floors([good, slow], changed_floors, years, false)
        assert "b.txt" in str(caught.value) and "mean" in str(caught.value)
    slow.false_targets.append("新建…3个")
    with pytest.raises(AssertionError):
        check_floors([good, slow], floors, 2, 0)
    check_floors([good, slow], floors, 2, 1)
