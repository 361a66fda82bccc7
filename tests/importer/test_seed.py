"""The seed document: the first acceptance test of the importer (SPEC §3)."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal

import pytest
from django.core.management import call_command

from tests.importer.conftest import SEED, commitments_of


@pytest.fixture(scope="module")
def seed(catalog):
    from commitments.importer import parse_file

    return parse_file(SEED.read_bytes(), SEED.name, catalog)


def test_it_finds_two_documents(seed):
    assert len(seed.documents) == 2
    assert seed.documents[0].title == "镇长在经济工作会议上的讲话"
    assert seed.documents[0].plan_year == 2024


def test_it_finds_five_sections_with_their_headings(seed):
    sections = seed.documents[0].sections
    assert [s.number for s in sections] == [1, 2, 3, 4, 5]
    assert sections[0].title == "狠抓招商引资,积蓄发展动能"
    assert sections[4].title == "狠抓作风建设,提升政府效能"


def test_it_makes_one_commitment_per_sentence(seed):
    counts = [len(s.commitments) for s in seed.documents[0].sections]
    assert counts == [3, 2, 4, 8, 3]
    first = seed.documents[0].sections[0].commitments[0]
    assert first.code == "2024-01-01"
    assert first.text == "坚持高质量发展目标不动摇,推动招商引资向招商选资转变。"


def test_it_leaves_out_the_heading_the_overview_and_the_closing(seed):
    texts = [c.text for c in commitments_of(seed)]
    assert not any("狠抓招商引资,积蓄发展动能" in t for t in texts)
    assert not any("总体要求" in t for t in texts)
    assert not any("同志们" in t or "谢谢大家" in t for t in texts)
    assert texts[-1].endswith("提供坚强保障。")


def test_it_joins_words_cut_by_page_breaks(seed):
    texts = "".join(c.text for c in commitments_of(seed))
    assert "围绕几个产业园" in texts
    assert "绿水青山就是金山银山" in texts
    assert "持续扩大养老保险覆盖面" in texts
    assert "10、" not in texts and "\n" not in texts


def test_it_finds_exactly_the_three_real_targets(seed):
    targets = [(t.value, t.unit, t.comparator) for c in commitments_of(seed) for t in c.targets]
    assert sorted(targets) == sorted(
        [(Decimal(5000), "万元", ">="), (Decimal(5), "兆瓦", ">="), (Decimal(90), "%", ">=")]
    )
    insurance = next(t for c in commitments_of(seed) for t in c.targets if t.unit == "%")
    assert insurance.metric == "城乡医保参保率"


def test_it_gives_every_commitment_an_owner_and_the_year_end(seed):
    for c in commitments_of(seed):
        assert c.owner
        assert c.owner_source in ("rule", "explicit", "default")
        assert c.deadline == datetime.date(2024, 12, 31)
        assert c.milestones == []
    owners = {c.code: c.owner for c in commitments_of(seed)}
    assert owners["2024-01-01"] == "经济发展办公室"
    assert owners["2024-04-03"] == "社会事务办公室"
    assert owners["2024-04-08"] == "应急管理办公室"


#: Every pledge's owner. The speech names no unit: each comes from the catalog's
#: keyword rules, read pledge by pledge. ``各部门要…`` (01-03) and ``各村…光伏``
#: (02-02) are not owners: an owner rule once gave those pledges to 各部门 and 各村.
SEED_OWNERS = {
    "2024-01-01": "经济发展办公室",
    "2024-01-02": "经济发展办公室",
    "2024-01-03": "经济发展办公室",
    "2024-02-01": "农业农村办公室",
    "2024-02-02": "经济发展办公室",
    "2024-03-01": "生态环境办公室",
    "2024-03-02": "生态环境办公室",
    "2024-03-03": "水利站",
    "2024-03-04": "农业农村办公室",
    "2024-04-01": "社会事务办公室",
    "2024-04-02": "社会事务办公室",
    "2024-04-03": "社会事务办公室",
    "2024-04-04": "社会事务办公室",
    "2024-04-05": "文化站",
    "2024-04-06": "平安建设办公室（综治中心）",
    "2024-04-07": "平安建设办公室（综治中心）",
    "2024-04-08": "应急管理办公室",
    "2024-05-01": "党政综合办公室",
    "2024-05-02": "党政综合办公室",
    "2024-05-03": "经济发展办公室",
}


def test_every_pledge_has_the_owner_of_its_words(seed):
    found = {c.code: (c.owner, c.owner_source, tuple(c.co_owners)) for c in commitments_of(seed)}
    assert {code: owner for code, (owner, _, _) in found.items()} == SEED_OWNERS
    assert {source for _, source, _ in found.values()} == {"rule"}
    assert all(co == () for _, _, co in found.values())


def test_it_reports_the_second_speech_as_ending_before_its_arrangement(seed):
    second = seed.documents[1]
    assert second.has_arrangement is False
    assert second.sections == []
    assert any("工作安排部分之前结束" in w for w in second.warnings)


def test_it_keeps_spans_that_locate_each_commitment_in_the_source(seed):
    for c in commitments_of(seed):
        source = seed.source_text[c.start : c.end]
        assert source.replace("\n", "")[:5] == c.text[:5]
        assert source.endswith(c.text[-3:])
    joined = next(c for c in commitments_of(seed) if "围绕几个产业园" in c.text)
    assert "10、" in seed.source_text[joined.start : joined.end]


@pytest.mark.django_db
def test_it_prints_the_contract_json_on_a_dry_run(departments, capsys):
    call_command("import_plan", str(SEED), "--dry-run", "--format", "json")
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["documents", "plans"]  # plans: which plan each goes to, the diff
    first = data["documents"][0]
    assert set(first) == {"title", "plan_year", "has_arrangement", "warnings", "sections"}
    commitment = first["sections"][0]["commitments"][0]
    assert set(commitment) == {
        "code",
        "text",
        "title",
        "owner",
        "co_owners",
        "official",
        "owner_source",
        "owner_known",
        "deadline",
        "milestones",
        "targets",
        "source",
        "predecessor",
    }
    assert commitment["predecessor"] is None  # no 2023 plan in the database
    assert commitment["deadline"] == "2024-12-31"
    assert set(commitment["source"]) == {"start", "end"}
