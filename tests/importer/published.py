"""Plans in the shapes towns publish them (issue 12), with an annotator's
expectations, and the score of the importer on them.

Each document in ``published/`` imitates a kind of published plan: news
reports of a plan, 工作要点 behind a site's breadcrumbs, inline lists, files
that begin with their first part, scraped pages full of furniture, series of
targets, OCR noise, owners in prose and units the catalog lacks. An expected
pledge is identified by a piece of its text (``key``); its deadline, targets
(value, unit) and, when the document names them, owners are what a careful
annotator would write down.

Run ``.venv/bin/python -m tests.importer.published`` for the score table.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).resolve().parent / "published"


@dataclass(frozen=True)
class Pledge:
    key: str  # a piece of the pledge's text that no other pledge holds
    deadline: str | None
    targets: tuple[tuple[str, str], ...] = ()  # (value, unit)
    owner: str | None = None  # only when the document names it
    co_owners: tuple[str, ...] = ()


@dataclass(frozen=True)
class Expected:
    kinds: tuple[str, ...]
    year: int | None
    pledges: tuple[Pledge, ...]


def P(
    key: str, deadline: str | None, *targets: str, owner: str | None = None, co: str = ""
) -> Pledge:
    parsed = tuple((t.split()[0], t.split()[1]) for t in targets)
    return Pledge(key, deadline, parsed, owner, tuple(c for c in co.split("、") if c))


EXPECTED: dict[str, Expected] = {
    "news-qiaotou-scraped.txt": Expected(
        ("prose-news", "furniture", "breadcrumb"),
        2025,
        (
            P("新建村级养老服务站4个", "2025-12-31", "4 个"),  # 今年 is a period (SPEC §3)
            P("改造农村危房35户", "2025-12-31", "35 户"),
            P("新建农村公路18公里", "2026-12-31", "18 公里"),
            P("新建幼儿园1所", "2025-08-31", "1 所", "2 处"),
        ),
    ),
    "yaodian-shimen-breadcrumb.txt": Expected(
        ("breadcrumb", "furniture", "series"),
        2025,
        (
            P("新发展设施蔬菜500亩", "2025-12-31", "500 亩"),
            P("龙头企业2家", "2025-12-31", "2 家"),
            P("实施重点项目12个", "2025-12-31", "12 个", "3.5 亿元", "1.2 亿元"),
            P("农村户厕改造600户", "2025-09-30", "600 户"),
            P("新建村级文化广场6个", "2025-12-31", "6 个", "3 个"),
            P("参保率稳定在95%", "2025-12-31", "95 %"),
            P("新增城镇就业岗位150个", "2025-12-31", "150 个"),
        ),
    ),
    "speech-inline-lists.txt": Expected(
        ("inline-list", "speech"),
        2025,
        (
            P("建成投产饲料加工项目", "2025-06-30"),
            P("开工建设冷链物流中心", "2025-12-31", "8000 万元"),
            P("启动集镇污水管网改造", "2025-12-31", "6.5 公里"),
            P("新建公办幼儿园1所", "2025-12-31", "1 所"),
            P("改造老旧小区3个", "2025-12-31", "3 个", "420 户"),
            P("免费体检2000人次", "2025-12-31", "2000 人次"),
        ),
    ),
    "first-part-summary-plan.txt": Expected(
        ("first-part", "ocr"),
        2025,
        (
            P("新建高标准农田2万亩", "2025-10-31", "2 万亩"),
            P("完成人工造林", "2025-12-31", "1000 亩", "500 亩"),
            P("新增就业岗位320个", "2025-12-31", "320 个", "600 人次"),
            P("建成镇区污水处理厂", "2026-12-31"),
        ),
    ),
    "tasks-unknown-units.txt": Expected(
        ("owners", "labelled"),
        2025,
        (
            P(
                "新建农贸市场1处",
                "2025-09-30",
                "1 处",
                owner="镇市场服务中心",
                co="自然资源所、城关社区",
            ),
            P("完成老旧管网改造", "2025-11-30", "4.2 公里", owner="农业农村办公室", co="镇供水站"),
            P(
                "清理垃圾2000吨",
                "2025-06-30",
                "2000 吨",
                owner="生态环境办公室",
                co="各村（社区）",
            ),
            P(
                "新建标准化厂房",
                "2025-12-31",
                "3 万平方米",
                owner="经济发展办公室",
                co="财政所、相关村",
            ),
        ),
    ),
    "ocr-county-agriculture.txt": Expected(
        ("ocr", "title-after-header"),
        2025,
        (
            P("粮食播种面积稳定在", "2025-12-31", "12.5 万亩", "5.6 万吨"),
            P("新建高标准农田", "2025-10-31", "1.8 万亩"),
            P("食用菌大棚", "2025-12-31", "150 栋", "30 家"),
            P("卫生厕所普及率", "2025-12-31", "95 %", "100 %"),
            P("组织农技培训", "2025-12-31", "20 期", "1500 人次"),
        ),
    ),
    "series-hexi-street.txt": Expected(
        ("series",),
        2025,
        (
            P("改造老旧小区5个", "2025-12-31", "5 个", "12 条", "800 个"),
            P("新建社区食堂3个", "2025-12-31", "3 个", "2 个", "4 处"),
            P("招引亿元以上项目6个", "2025-12-31", "6 个", "1 个"),
            P("新增规上企业8家", "2025-12-31", "8 家"),
            P("创建省级文明社区2个", "2025-12-31", "2 个", "5 个"),
        ),
    ),
    "first-part-prose-leads.txt": Expected(
        ("first-part", "prose-leads"),
        2025,
        (
            P("扩大中药材种植面积", "2025-12-31", "8000 亩"),
            P("新建农产品加工厂2家", "2025-12-31", "2 家"),
            P("实施通组公路硬化20公里", "2026-12-31", "20 公里"),
            P("改造农村电网线路35公里", "2025-12-31", "35 公里"),
            P("新建村卫生室4所", "2025-12-31", "4 所"),
            P("发放各类救助资金300万元", "2025-12-31", "300 万元"),
        ),
    ),
    "news-xiaohe-meeting.txt": Expected(
        ("prose-news",),
        2025,
        (
            P("地区生产总值增长6%", "2025-12-31", "6 %", "4500 万元"),
            P("加快推进工业园区扩区", "2025-12-31", "300 亩", "3 家"),
            P("新建蔬菜大棚100栋", "2025-12-31", "100 栋", "5000 亩"),
            P("实施村庄清洁行动", "2025-09-30", "12 个"),
        ),
    ),
    "scraped-changling-shi.txt": Expected(
        ("furniture", "breadcrumb", "series"),
        2025,
        (
            P("新建长岭镇敬老院1所", "2025-12-31", "1 所", "80 张"),
            P("新建集中供水站3处", "2025-12-31", "3 处", "5000 人"),
            P("改造农村公路危桥4座", "2025-06-30", "4 座"),
            P("新增城镇公益性岗位60个", "2025-12-31", "60 个"),
        ),
    ),
    "inline-village-prose.txt": Expected(
        ("inline-list", "prose-news"),
        2025,
        (
            P("硬化通组道路3.5公里", "2025-12-31", "3.5 公里"),
            P("新建村级文化活动室1处", "2025-12-31", "1 处"),
            P("安装太阳能路灯120盏", "2025-08-31", "120 盏"),
            P("组织开展技能培训4期", "2025-12-31", "4 期", "200 名"),
        ),
    ),
    "inline-safety-points.txt": Expected(
        ("inline-list", "series"),
        2025,
        (
            P("每月开展一次全覆盖检查", "2025-12-31"),
            P("建立隐患台账", "2025-12-31", "100 %"),
            P("危化品经营单位专项整治", "2025-12-31", "12 家"),
            P("新建应急物资储备库1个", "2025-12-31", "1 个"),
            P("组建村级应急队伍15支", "2025-12-31", "15 支"),
            P("组织应急演练4次", "2025-12-31", "4 次"),
            P("发放宣传资料5000份", "2025-12-31", "5000 份"),
        ),
    ),
    "first-part-half-year.txt": Expected(
        ("first-part",),
        2025,
        (
            P("产业园标准化厂房主体施工", "2025-12-31", "4.5 亿元"),
            P("组建森林防火巡查队伍8支", "2025-12-31", "8 支", "30 公里"),
        ),
    ),
    "ocr-wangzhuang.txt": Expected(
        ("ocr",),
        2025,
        (
            P("完成粮食播种面积3.2万亩", "2025-12-31", "3.2 万亩", "0.6 万亩", "120 亩"),
            P("实施重点项目l8个", "2025-12-31", "18 个", "2.3 亿元"),
            P("新增就业岗位l00个", "2025-12-31", "100 个", "96 %"),
        ),
    ),
    "owners-prose-liji.txt": Expected(
        ("owners", "prose-owners"),
        2025,
        (
            P(
                "签约亿元以上项目3个",
                "2025-12-31",
                "3 个",
                owner="镇招商服务中心",
                co="经济发展办公室",
            ),
            P("新增市场主体200户", "2025-12-31", "200 户", owner="镇市场监管所"),
            P("新建冷库2座", "2025-08-31", "2 座", owner="农业农村办公室", co="各村"),
            P("建设高标准农田1.2万亩", "2025-10-31", "1.2 万亩", owner="镇农田建设股"),
        ),
    ),
    "owners-county-projects.txt": Expected(
        ("owners", "unknown-units"),
        2025,
        (
            P(
                "新建城区幼儿园2所",
                "2025-12-31",
                "2 所",
                "540 个",
                owner="县教育局",
                co="县住建局、县自然资源局",
            ),
            P("改造提升农村公路80公里", "2025-10-31", "80 公里", owner="县交通运输局", co="各乡镇"),
            P("免费健康体检3万人次", "2025-12-31", "3 万人次", owner="县卫健委"),
        ),
    ),
    # written after the importer was tuned on the documents above, scored before any fix
    "report-town-gov-2026.txt": Expected(
        ("speech", "breadcrumb", "prose-owners"),
        2026,
        (
            # The goals stated before the first section are a pledge (section 0): SPEC §3
            # counts every number of the plan part as a target, only the review's are
            # achievements; both blind sets expect the same (pipeline.goal_section).
            P("主要预期目标是", "2026-12-31", "6 %", "7 %"),
            P("招引亿元以上项目4个", "2026-12-31", "4 个", "2 个"),
            P("食品产业园二期建成投产", "2026-12-31", "10 亿元"),
            P("改造雨污管网9.5公里", "2026-09-30", "9.5 公里"),
            P("新建城市书房1处", "2026-12-31", "1 处", "3 个"),
            P("新增城镇就业500人", "2026-12-31", "500 人"),
            P("改造提升村卫生室6个", "2026-06-30", "6 个"),
            P("危房改造40户", "2026-12-31", "40 户", owner="社会事务办公室", co="各村"),
        ),
    ),
    "scraped-plan-pipes-free.txt": Expected(
        ("furniture", "series", "ocr", "prose-owners"),
        2025,
        (
            P("新建规模化供水工程2处", "2025-12-31", "2 处", "26 公里", "98 %"),
            P("硬化村组道路l8公里", "2025-12-31", "18 公里", "40 处", "6.2 公里"),
            P("运动场改造", "2025-08-31"),
            P("健康筛查1200人次", "2025-12-31", "1200 人次"),
            P("新建农村幸福院2个", "2025-10-31", "2 个", owner="社会事务办公室", co="各村委会"),
        ),
    ),
    "first-part-villages-inline.txt": Expected(
        ("first-part", "inline-list", "no-year"),
        None,
        (
            P("培育壮大村级集体经济", None, "15 个"),
            P("新创建示范户300户", None, "300 户"),
            # product decision 2026-12-06: an interim share is a target too (blind3, blind5, blind7 annotators)  # noqa: E501
            P("改造村级党群服务中心5个", None, "5 个", "3 个"),
        ),
    ),
}


@dataclass
class Score:
    name: str
    expected: int
    found: int
    matched: int
    year_right: bool
    deadlines: list[bool] = field(default_factory=list)
    targets: list[bool] = field(default_factory=list)
    owners: list[bool] = field(default_factory=list)
    false_targets: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        if not self.expected or not self.found:
            return 0.0
        precision, recall = self.matched / self.found, self.matched / self.expected
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _rate(values: list[bool]) -> float:
    return sum(values) / len(values) if values else 1.0


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f")


def score(name: str, parsed: Any, expectations: dict[str, Expected] | None = None) -> Score:
    """Compare a parsed file with its expectations (``expectations``: this module's
    ``EXPECTED`` unless another set's, e.g. ``tests.importer.blind``)."""
    expected = (expectations or EXPECTED)[name]
    docs = [d for d in parsed.documents if d.has_arrangement]
    found = [c for d in docs for c in d.commitments()]
    year = docs[0].plan_year if docs else None
    result = Score(name, len(expected.pledges), len(found), 0, year == expected.year)
    taken: set[int] = set()
    for pledge in expected.pledges:
        match = next(
            (i for i, c in enumerate(found) if i not in taken and pledge.key in c.text), None
        )
        if match is None:
            result.misses.append(pledge.key)
            continue
        taken.add(match)
        result.matched += 1
        c = found[match]
        due = c.deadline.isoformat() if c.deadline else None
        result.deadlines.append(due == pledge.deadline)
        got = [(_number(t.value), t.unit) for t in c.targets]
        result.targets.append(sorted(got) == sorted(pledge.targets))
        result.false_targets.extend(
            f"{c.text[:12]}…{v}{u}" for v, u in got if (v, u) not in pledge.targets
        )
        if pledge.owner:
            result.owners.append(
                (c.owner, sorted(c.co_owners)) == (pledge.owner, sorted(pledge.co_owners))
            )
    result.extras = [c.text[:20] for i, c in enumerate(found) if i not in taken]
    return result


def run_all(
    parse: Any, expectations: dict[str, Expected] | None = None, folder: Path | None = None
) -> list[Score]:
    """Every document of a set parsed by ``parse(data, name)`` and scored (this
    module's set unless ``expectations`` and their ``folder`` are given)."""
    from commitments.importer.errors import PlanImportError

    expectations = expectations or EXPECTED
    folder = folder or FOLDER
    scores = []
    for name in sorted(expectations):
        try:
            parsed = parse((folder / name).read_bytes(), name)
        except PlanImportError:  # a refused document: nothing found, the year not known
            pledges = len(expectations[name].pledges)
            scores.append(Score(name, pledges, 0, 0, expectations[name].year is None))
            continue
        scores.append(score(name, parsed, expectations))
    return scores


def table(scores: list[Score]) -> str:
    lines = [f"{'document':34} {'F1':>5} {'year':>4} {'dl':>5} {'tg':>5} {'own':>5} false"]
    for s in scores:
        lines.append(
            f"{s.name:34} {s.f1:5.2f} {'ok' if s.year_right else 'NO':>4} {_rate(s.deadlines):5.2f}"
            f" {_rate(s.targets):5.2f} {_rate(s.owners):5.2f} {len(s.false_targets)}"
        )
    n = len(scores)
    lines.append(
        f"{'mean':34} {sum(s.f1 for s in scores) / n:5.2f}"
        f" {sum(s.year_right for s in scores):>2}/{n}"
        f" {_rate([d for s in scores for d in s.deadlines]):5.2f}"
        f" {_rate([t for s in scores for t in s.targets]):5.2f}"
        f" {_rate([o for s in scores for o in s.owners]):5.2f}"
        f" {sum(len(s.false_targets) for s in scores)}"
    )
    return "\n".join(lines)


def check_floors(
    scores: list[Score],
    floors: dict[str, tuple[float, float, float, float]],
    years_right: int,
    false_targets: int,
) -> None:
    """Assert that a set keeps its floors: at least ``years_right`` plan years right, at most
    ``false_targets`` false targets, and per document ``floors[name]`` = (F1, deadlines,
    targets, owners) reached; each failure shows the score table."""
    summary = table(scores)
    assert sum(s.year_right for s in scores) >= years_right, summary
    assert len([f for s in scores for f in s.false_targets]) <= false_targets, summary
    for s in scores:
        f1, deadlines, targets, owners = floors[s.name]
        assert s.f1 >= f1, (s.name, summary)
        assert _rate(s.deadlines) >= deadlines, (s.name, summary)
        assert _rate(s.targets) >= targets, (s.name, summary)
        assert _rate(s.owners) >= owners, (s.name, summary)


def _parse_with_catalog() -> Any:
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    django.setup()

    from commitments.importer import parse_file
    from commitments.services.catalog import importer_entries

    catalog = importer_entries()
    return lambda data, name: parse_file(data, name, catalog)


def print_scores(scores: list[Score]) -> None:
    """The score table, then each document's misses, extras and false targets."""
    print(table(scores))
    for s in scores:
        for label, items in (("miss", s.misses), ("extra", s.extras), ("false", s.false_targets)):
            for item in items:
                print(f"  {s.name}: {label} {item}")
        if not s.year_right:
            print(f"  {s.name}: year wrong")


if __name__ == "__main__":
    print_scores(run_all(_parse_with_catalog()))
    _ = datetime  # dates are compared as ISO strings
