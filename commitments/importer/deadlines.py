"""Deadline phrases → dates, and milestones when a pledge names several periods.

A period resolves to its last day (``6月底前`` → 06-30, ``三季度末``/``2031年Q3`` → 09-30,
``上半年`` → 06-30, ``年底前``/``今年``/``年内`` → 12-31; a month's ten days on their last:
``11月上旬`` → 11-10, ``10月中旬`` → 10-20, ``11月下旬`` → 11-30). A ``完成时限`` of
work that goes on (``长期坚持``, ``持续推进``) is the plan year's 12-31
(:func:`_standing_period`). Generic year words (``今年``, ``年内``) that merely qualify a
nearer date (``今年6月底前``) are not periods of their own. No period at all → the plan
year's 12-31.

Seasons and holidays, decided once for every plan:

- ``汛期前``/``汛前``/``入汛前`` → 05-31: the main flood season (主汛期) opens
  on 1 June in most of the country, and pre-flood checks are due by then;
- ``国庆前``/``国庆节前``/``国庆之前`` → 09-30; ``五一前``/``五一之前``/``劳动节前`` → 04-30;
- ``开学前``/``秋季开学前`` → 08-31 (the school year starts in September);
- the seasons end with their meteorological months: ``春季`` → 05-31, ``夏季`` → 08-31,
  ``秋季`` → 11-30; ``冬季`` (December to February) → 12-31 of the year it opens in, the plan
  year's last day (a plan's 冬季 work, 冬季植树 or 冬季清雪, is that year's); ``2032年春季`` is
  that year's; ``冬季前`` is before the season opens: the season before it ends (11-30;
  ``春季前`` → the end of February); ``每年春季`` recurs and ``冬春`` runs into the next year:
  no date;
- a year and month with a dot (``2032.8主体完工``, ``2031.10前``) is that month's end, when
  a stage or ``前``/``底`` follows it (``2031.5万元`` is an amount);
- ``今冬明春`` (this winter and next spring, the season of 农田水利 work and planting) runs to
  the end of next spring: the next year's 05-31, the one deadline past the plan year, because
  the work the phrase names is planned to finish then (``冬春`` alone recurs: no date);
- ``端午节前``, ``中秋节前`` (``端午前``, ``中秋之前``) are the day before that festival of the
  plan year, from the lunar calendar (:func:`festival_eve`; 端午 2032 is June 12 → 06-11);
  ``清明前`` the day before the solar term 清明 (April 4 or 5);
- ``元旦前`` is the plan year's last day, the eve of the next year's 元旦;
- ``春节前``, ``元宵节前`` (lunar 1-1, 1-15) in a plan issued before that festival of its year
  (:func:`issued_on`: the date it is signed or printed, ``2034年1月18日``, ``二〇三四年一月十八日``,
  ``…办公室  2034年1月18日印发``, or a speech's date line, ``——2034年1月18日在…会议上``,
  ``…上的讲话（2034年1月18日）``; in the plan year or the December before) are that festival's
  eve (issued 2034-01-18, 春节 02-19 → 02-18; :func:`coming_festival`); ``春运前`` the same way
  is the eve of 春运, the travel season that opens 15 days before 春节 (腊月十五) and lasts 40
  days (2034: 春运 from 02-04 → 02-03). Issued after it, or
  with no date of issue, the next one falls after the plan year (a deadline outside the plan,
  like 冬季's): not resolved. Nor are the farming seasons that differ by region (``夏收前``,
  ``秋收前``); ``春耕前`` is read as 03-31 (spring ploughing done by the end of March in most
  of the south), a guess. For these the pledge keeps its other periods or the year end (or
  03-31), and the import warns (:func:`unresolved_periods`) so that a supervisor corrects it.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

from lunardate import LunarDate

from commitments.importer.memo import remembered
from commitments.importer.numerals import cn_small_int
from commitments.importer.targets import find_targets
from commitments.importer.types import ParsedMilestone
from commitments.importer.vocabulary import (
    COMPLETION_VERBS,
    GENERIC_YEAR,
    LUNAR_FESTIVALS,
    SEASONS,
    STANDING,
    UNITS,
    UNRESOLVED_SEASONS,
    WINTER_SPRING,
)

N = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
YEAR = r"(?:(\d{4})\s?年)?"
NOT_RECURRING = r"(?<!每)(?<!逐)(?<!各)"

#: After a bare year, a completion verb makes it a deadline: ``力争2026年建成通车``.
COMPLETES = re.compile(
    r"\s*(?:前|内|底)?\s*(?:力争|争取|全面|全部|基本|如期|确保|实现)*(?:" + COMPLETION_VERBS + ")"
)

#: What follows a dotted year and month that is a time: a stage of the work, ``前``/``底``,
#: or nothing (a label's value); not a unit (``2031.5万元`` is an amount).
STAGE_WORDS = COMPLETION_VERBS + r"|开工|动工|启动|开始|主体|封顶|招标|签约|交付|部署|试运行|完成"
DOTTED_TIME = (
    r"(?=\s*(?:前|底|末|以前|之前)?\s*(?:力争|争取|全部|如期|确保)?(?:" + STAGE_WORDS + r")"
    r"|\s*(?:前|底|以前|之前)|\s*$)"
)

#: A year and a month written with a dot, a slash or a dash: ``2032.8``, ``2032/8``, ``2032-08``.
DOTTED_MONTH = r"(?<![\d.])(20\d\d)\s?[.．/／\-－]\s?(1[0-2]|0?[1-9])(?![\d.])"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("date", re.compile(YEAR + NOT_RECURRING + N + r"月" + N + r"[日号]")),
    (
        "month",
        re.compile(
            YEAR
            + NOT_RECURRING
            + r"(?<!个)"
            + N
            + r"月(底|末|份|上旬|中旬|下旬|中)?(?!起|开始|以来|至今|份以来)"
        ),
    ),
    (
        "quarter",
        re.compile(
            YEAR + NOT_RECURRING + r"(前)?第?([一二三四1-4])(?:个)?季度(末|底)?"
            r"(?!起|开始|以来)"
        ),
    ),
    # a quarter as a ledger writes it: ``2031年Q3``, ``2031Q3``, ``Q3``
    ("q", re.compile(r"(?:(\d{4})\s?年?\s?)?(?<![A-Za-z])[Qq]([1-4])(?![A-Za-z\d])")),
    # a year and a month with a dot before a stage (``2032.8主体完工``, ``2031.6开工``,
    # ``2031.10前完成``) or alone in a time label's value (``时限：2032.8``)
    ("dotted", re.compile(DOTTED_MONTH + DOTTED_TIME)),
    # a season of a named year: ``2032年春季``
    ("yseason", re.compile(r"(\d{4})\s?年(?:" + SEASONS + ")")),
    ("year", re.compile(r"(?:到|至|于|在)?(\d{4})\s?年(底|末|前|内|以前|之前)?")),
    ("half", re.compile(YEAR + r"(上半年|下半年|年中|年底|年末|岁末|年终)")),
    ("festival", re.compile(LUNAR_FESTIVALS)),
    ("winter_spring", re.compile(WINTER_SPRING)),
    ("season", re.compile(SEASONS)),
    ("generic", re.compile(GENERIC_YEAR)),
    ("next", re.compile(r"明年")),
]


@dataclass(frozen=True)
class Period:
    due: datetime.date
    start: int
    end: int
    generic: bool = False
    name: str = ""  # one occurrence of a recurring time (``三季度末`` of ``每季度末``)


#: A time that recurs through the year: ``每季度末``, ``每个季度``, ``按季度``, ``每月底``,
#: ``每月25日前``, ``按月``, ``每半年``. In a pledge's own time (a ``完成时限`` label or column) any
#: of them; in its text only one that says when (``每季度末``, ``每月底前``, ``每月25日前``):
#: ``每月驻村走访不少于8天`` is a rate, no time.
RECURRING = re.compile(
    r"(?:每|逐)(?:个)?(?P<every>半年|季度?|月)"
    r"(?:(?P<day>\d{1,2}|[一二三四五六七八九十]{1,3})\s?[日号])?(?P<end>末|底)?(?:前|以前|之前)?"
    r"|(?:按|分)(?P<by>季度?|月)(?!份)"
)
QUARTER_NAMES = "一二三四"


def _only_recurring(text: str, m: re.Match[str]) -> bool:
    """Is the recurring time ``m`` all the label says, but for its completion (``每季度``,
    ``按季度完成``), not how often work is done (``每月巡查4次``)?"""
    rest = (text[: m.start()] + text[m.end() :]).strip(" \t\n,，;；。、")
    return CLOSING_WORDS.fullmatch(rest) is not None


def _recurring_periods(text: str, year: int | None, label: bool) -> list[Period]:
    """Each occurrence in the plan year of the recurring time in ``text``: the period ends
    (``每季度末`` → 03-31, 06-30, 09-30, 12-31; ``每月底`` → each month's last day; ``每半年`` →
    06-30, 12-31), or the day it names (``每月25日前`` → the 25th of each month). The work runs
    all year, so the plan year's 12-31 closes it (SPEC §3): the occurrences before it are its
    milestones. ``label``: ``text`` is the pledge's time, where a bare ``每季度`` is one too."""
    if year is None:
        return []
    found: list[Period] = []
    for m in RECURRING.finditer(text):
        if not (m.group("end") or m.group("day")) and not (label and _only_recurring(text, m)):
            continue  # ``每月巡查4次``: how often, no time
        every = m.group("every") or m.group("by")
        day = cn_small_int(m.group("day")) if m.group("day") else None
        if every == "半年":
            months, names = [6, 12], ["上半年末", "年末"]
        elif every.startswith("季"):
            months = [3, 6, 9, 12]
            names = [f"{QUARTER_NAMES[i]}季度末" for i in range(4)]
        else:
            months = list(range(1, 13))
            names = [f"{n}月{f'{day}日前' if day else '底'}" for n in months]
        for month, name in zip(months, names, strict=True):
            end = _month_end(year, month)
            due = end.replace(day=min(day, end.day)) if day and every == "月" else end
            found.append(Period(due, m.start(), m.end(), name=name))
        found.append(Period(datetime.date(year, 12, 31), m.start(), m.end(), name="年末"))
    return found


def find_periods(text: str, year: int | None) -> list[Period]:
    """Every period phrase in ``text`` (the parse view), earliest first."""
    return list(_periods(text, year))


@remembered
def _periods(text: str, year: int | None) -> tuple[Period, ...]:
    """:func:`find_periods`, remembered: a pledge's sentences and clauses are read for their
    times several times over (its deadline, its closing sentence, an owner sentence's time,
    prose), 31,772 calls for 5,419 texts in a plan of 5,000 distinct pledges. A
    :class:`Period` is frozen, so the same ones serve every caller."""
    found: list[Period] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            due = _resolve(kind, m, year)
            if due is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(Period(due, m.start(), m.end(), generic=kind == "generic"))
    found.sort(key=lambda p: p.start)
    return tuple(
        p
        for i, p in enumerate(found)
        if not _qualifies_next(p, found[i + 1 :], text)
        and not _opens_range(p, found[i + 1 :], text)
    )


#: Between the two ends of a range: ``3月1日—3月20日``, ``4月至9月``, ``4月1日到9月30日``.
RANGE_TO = re.compile(r"\s*(?:—{1,2}|－|-|–|~|～|至|到)\s*")


def _opens_range(period: Period, later: list[Period], text: str) -> bool:
    """``2029年3月1日—3月20日``: the range's first day is no milestone; its end is the due day."""
    return bool(later) and RANGE_TO.fullmatch(text, period.end, later[0].start) is not None


def _qualifies_next(period: Period, later: list[Period], text: str) -> bool:
    """``今年6月底前``: the year word only qualifies the date after it."""
    if not period.generic or not later:
        return False
    gap = text[period.end : later[0].start]
    return len(gap) <= 3 and not re.search(r"[,;。、]", gap)


def _resolve(kind: str, m: re.Match[str], plan_year: int | None) -> datetime.date | None:
    """The last day of the period ``m``; None when it needs a plan year that is unknown."""
    own_year = (
        m.group(1)
        if kind in ("date", "month", "quarter", "q", "half", "year", "dotted", "yseason")
        else None
    )
    if plan_year is None and not own_year:
        return None
    year = plan_year if plan_year is not None else int(own_year or 0)
    try:
        return _date(kind, m, year)
    except (TypeError, ValueError):
        return None


def _small(text: str) -> int:
    """A month, day or quarter number; ValueError when it is none."""
    value = cn_small_int(text)
    if value is None:
        raise ValueError(text)
    return value


def _date(kind: str, m: re.Match[str], year: int) -> datetime.date | None:
    if kind == "date":
        y = int(m.group(1)) if m.group(1) else year
        return datetime.date(y, _small(m.group(2)), _small(m.group(3)))
    if kind == "month":
        y = int(m.group(1)) if m.group(1) else year
        month = _small(m.group(2))
        part = m.group(3) or ""
        if part in ("上旬",):
            return datetime.date(y, month, 10)
        if part in ("中旬", "中"):
            return datetime.date(y, month, 20)
        return _month_end(y, month)
    if kind == "quarter":
        y = int(m.group(1)) if m.group(1) else year
        quarter = _small(m.group(3)) if not m.group(3).isdigit() else int(m.group(3))
        return _month_end(y, quarter * 3) if quarter and 1 <= quarter <= 4 else None
    if kind == "q":
        return _month_end(int(m.group(1)) if m.group(1) else year, int(m.group(2)) * 3)
    if kind == "half":
        y = int(m.group(1)) if m.group(1) else year
        return _month_end(y, 6) if m.group(2) in ("上半年", "年中") else _month_end(y, 12)
    if kind == "year":
        y = int(m.group(1))
        if not m.group(2) and m.group(0)[0] not in "到至于在":
            if not COMPLETES.match(m.string, m.end()):
                return None  # a bare year (2024年,…) is context, not a deadline
        return datetime.date(y, 12, 31) if abs(y - year) <= 10 else None
    if kind == "dotted":
        return _month_end(int(m.group(1)), int(m.group(2)))
    if kind in ("season", "yseason"):
        y = int(m.group(1)) if kind == "yseason" else year
        month, day = _season(m.group(0))
        return datetime.date(y, month, min(day, calendar.monthrange(y, month)[1]))
    if kind == "winter_spring":  # ``今冬明春``: to the end of next spring (05-31)
        return datetime.date(year + 1, 5, 31)
    if kind == "festival":
        return festival_eve(m.group("festival"), year)
    if kind == "generic":
        return datetime.date(year, 12, 31)
    if kind == "next":
        return datetime.date(year + 1, 12, 31)
    return None


#: The lunar month and day of each festival that :data:`LUNAR_FESTIVALS` and
#: :data:`COMING_FESTIVALS` resolve.
LUNAR_DAYS = {"端午": (5, 5), "中秋": (8, 15), "春节": (1, 1), "元宵": (1, 15)}
#: 春运, the travel season around 春节, opens 15 days before it (腊月十五 in most years; the
#: season runs 40 days, 15 before 春节 and 25 after, as the State Council's 春运 notices set it).
SPRING_RUSH_LEAD = datetime.timedelta(days=15)


def festival_eve(festival: str, year: int) -> datetime.date:
    """The day before a festival of ``year`` (``端午节前`` in 2032: 端午 falls on June 12, the
    deadline is 06-11), from the lunar calendar (``lunardate``); 清明 is a solar term."""
    if festival == "清明":
        return qingming(year) - datetime.timedelta(days=1)
    if festival == "春运":  # the eve of the day 春运 opens, 15 days before 春节
        opens = LunarDate(year, 1, 1).to_solar_date() - SPRING_RUSH_LEAD
        return opens - datetime.timedelta(days=1)
    month, day = LUNAR_DAYS[festival]
    return LunarDate(year, month, day).to_solar_date() - datetime.timedelta(days=1)


def qingming(year: int) -> datetime.date:
    """The solar term 清明 of ``year`` (2001–2099): April ⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋, Y the
    year's last two digits (the almanac's rule; 2024 → 04-04, 2034 → 04-05)."""
    short = year % 100
    return datetime.date(year, 4, int(short * 0.2422 + 4.81) - short // 4)


#: Festivals at the year's turn that a plan issued before them means: ``春节前``, ``元宵节前``,
#: and the 春运 that opens before 春节 (``春运前``, ``春运开始前``).
COMING_FESTIVALS = re.compile(r"(?P<festival>春节|元宵|春运)节?(?:开始)?(?:之|以)?前")


def coming_festival(
    phrase: str, year: int | None, issued: datetime.date | None
) -> datetime.date | None:
    """The eve of the 春节/元宵 that ``phrase`` names when the plan, issued ``issued``, has it
    ahead in its year ``year`` (issued 2034-01-18: 春节前 → 2034-02-18); else None (the next
    one falls after the plan year, or the issue date is not known)."""
    found = COMING_FESTIVALS.search(phrase)
    if found is None or year is None or issued is None or issued.year not in (year - 1, year):
        return None
    eve = festival_eve(found.group("festival"), year)
    return eve if issued <= eve else None


#: The date a plan is signed or printed, on a line of its own (``2034年1月18日``,
#: ``二〇三四年一月十八日``) or at the end of the 印发 line (``…办公室  2034年1月18日印发``); or the
#: date a speech was given, on its line under the title (``——2035年1月12日在…会议上``,
#: ``（2035年1月12日）``) or at the end of the title (``…上的讲话（2035年1月12日）``).
ISSUE_LINE = re.compile(
    r"^[^\S\n]*(?:\S[^\n]*?[^\S\n]{2,}|[—－\-]{1,2}[^\S\n]*|(?:[^\n]{0,60}?(?:讲话|报告|发言))?[(（])?"
    r"(?P<y>20\d\d|二[〇零○][〇零○一二三四五六七八九]{2})\s?年"
    r"\s?(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s?月\s?(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s?日"
    r"(?:[^\S\n]*(?:印发|发布|成文)|在[^\n]{1,60}?上(?:的(?:讲话|工作报告|报告|发言))?|[)）])?"
    r"[^\S\n]*$",
    re.MULTILINE,
)
_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")


def issued_on(view: str, start: int = 0, end: int | None = None) -> datetime.date | None:
    """The date the document in ``view[start:end]`` was issued: its first line that is only a
    date (the 落款 under the issuer) or a 印发 line's date; None when it has none."""
    for found in ISSUE_LINE.finditer(view, start, len(view) if end is None else end):
        try:
            return datetime.date(
                int(found.group("y").translate(_YEAR_DIGITS)),
                _small(found.group("m")),
                _small(found.group("d")),
            )
        except ValueError:
            continue
    return None


def _season(phrase: str) -> tuple[int, int]:
    """Month and day that a season phrase ends (see the module docstring)."""
    if "汛" in phrase:
        return 5, 31
    if "国庆" in phrase:
        return 9, 30
    if "开学" in phrase:
        return 8, 31
    if "元旦" in phrase:  # the eve of the next year's 元旦
        return 12, 31
    if "春耕" in phrase:  # a guess, warned of (module docstring)
        return 3, 31
    seasons = {"春季": ((5, 31), (2, 29)), "夏季": ((8, 31), (5, 31)), "秋季": ((11, 30), (8, 31))}
    seasons["冬季"] = ((12, 31), (11, 30))
    for season, (end, before) in seasons.items():
        if season in phrase:  # ``冬季前``: before the season opens, the one before it ends
            return before if re.search(r"季(?:以|之)?前$", phrase) else end
    return 4, 30


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


#: The year word that only names the plan year (``今年全镇要…``), not a period to finish in as
#: ``年内``/``全年``/``年底前`` are: beside a dated time it gives no deadline of its own.
THIS_YEAR = re.compile(r"今年|本年度|本年|当年")
#: What a dated time completes when it times the whole pledge (``三季度要建成投产``,
#: ``三季度末前全部运营``, ``五一之前必须全部开工``), not one stage of it (``6月底前完成主体工程``,
#: ``3月底前完成选址``).
WHOLE_DONE = re.compile(COMPLETION_VERBS + r"|运营")
ALL_OF_IT = re.compile(r"全部|全面|全线|整体")
STAGE = re.compile(
    r"主体|选址|招标|招投标|开工|动工|启动|设计|前期|签约|首批|第一批|规划|方案|立项"
)
#: Festivals at the year's turn: ``春节前`` is the next 春节, after the plan year, unless the plan
#: was issued before this year's (:func:`coming_festival`); beside a dated time
#: (``春节前及中秋节前``) the year end then still stands.
YEAR_END_FESTIVAL = re.compile(r"(?:春节|春运(?:开始)?)(?:之|以)?前|元旦前|两节前|双节前")
CLAUSE_STOP = re.compile(r"[,;。!?、\n]")


def _completes(view: str, period: Period) -> bool:
    """Does a dated time complete the pledge (``三季度要建成投产``), not only start a stage?"""
    if period.generic:
        return False
    stop = CLAUSE_STOP.search(view, period.end)
    clause = view[period.end : stop.start() if stop else len(view)]
    if ALL_OF_IT.search(clause):  # ``五一之前必须全部开工``: the whole pledge's time
        return True
    return bool(WHOLE_DONE.search(clause)) and not STAGE.search(clause)


#: Words between a clause's time and its verb: ``三季度要建成投产``, ``端午节前必须建成``.
MODAL = re.compile(r"(?:前|以前|之前|内|底|要|将|须|必须|需|需要|务必|力争|争取|确保)+")
#: A clause's break inside a sentence.
CLAUSE_COMMA = re.compile(r"[,;，；]")


def _times_a_step(view: str, period: Period) -> bool:
    """Does a dated time inside a pledge time one step of it, not the whole? It stands in a
    middle clause of its sentence: after a clause with a target of its own (a time opening the
    sentence's work times all of it: ``汛期前完成河堤加固2.6公里，整治山塘9座``, ``由农业办牵头、
    水利站配合，6月底前完成3000亩…``, ``发展特色产业，10月底前新增…``), and not the last (the
    closing clause times the pledge: ``新建服务站4个，9月底前完成卫生院门诊楼改造``), more said
    after it (``新建厂房4.5万平方米，9月底前完成二期道路及管网配套，新增规上企业5家``, ``…，端午节前
    建成鹭溪二桥并通车，由村镇建设办牵头``); and what it times there names its own work
    (``6月底前完成主体工程``), not only the completion of the pledge (``10月底前投入使用``,
    ``三季度要建成投产``, ``五一之前必须全部开工``). Then it is a milestone and the plan year's end
    the deadline, as SPEC §3 reads ``全年引进…，第一季度末完成首批项目签约`` (→ 12-31)."""
    stops = SENTENCE_STOP.finditer(view, 0, period.start)
    sentence_start = max((m.end() for m in stops), default=0)
    breaks = list(CLAUSE_COMMA.finditer(view, sentence_start, period.start))
    if not breaks:
        return False  # the sentence's first clause: its time times the sentence
    clause_start = breaks[-1].end()
    before = view[sentence_start:clause_start]
    if not find_targets(before, before):
        return False  # ``由农业办牵头，6月底前完成…``: its first work after framing or owners
    stop = CLAUSE_STOP.search(view, period.end)
    clause_end = stop.start() if stop else len(view)
    sentence_end = SENTENCE_STOP.search(view, clause_end)
    if not view[clause_end : sentence_end.start() if sentence_end else len(view)].strip(" ,，、\n"):
        return False  # the sentence's last clause: ``新建服务站4个，9月底前完成卫生院门诊楼改造``
    words = view[period.end : clause_end].strip()
    modal = MODAL.match(words)
    words = words[modal.end() :] if modal else words
    if not words or ALL_OF_IT.search(words):
        return False
    if not STAGE.search(words) and (CLOSING_WORDS.fullmatch(words) or len(words) <= MAX_DONE_WORDS):
        return False  # ``…，10月底前投入使用``, ``…，9月底前建成投运``: the pledge's completion
    return True


#: A completion this short after a time names no work of its own (``建成投运``, ``竣工交付``).
MAX_DONE_WORDS = 4


def _coming_periods(text: str, year: int | None, issued: datetime.date | None) -> list[Period]:
    """The ``春节前``/``元宵节前`` of ``text`` that the plan's issue date resolves."""
    out = []
    for found in COMING_FESTIVALS.finditer(text):
        due = coming_festival(found.group(0), year, issued)
        if due is not None:
            out.append(Period(due, found.start(), found.end()))
    return out


#: A 完成时限 that opens with work that goes on (``长期坚持``, ``持续推进；3月底前…``).
STANDING_LIMIT = re.compile(rf"\s*{STANDING}(?![\u4e00-\u9fff]{{3}})")


def _standing_period(label: str, year: int | None) -> list[Period]:
    """``完成时限：长期坚持`` (``持续推进``, ``常态化开展``): the plan year's end, when the work is
    assessed; a schedule's nodes after it (``长期坚持；10月底前秋收巡查``) are its milestones."""
    found = STANDING_LIMIT.match(label)
    if found is None or year is None:
        return []
    return [Period(datetime.date(year, 12, 31), found.start(), found.end())]


def resolve_deadline(
    view: str,
    clean: str,
    year: int | None,
    label: str | None = None,
    issued: datetime.date | None = None,
) -> tuple[datetime.date | None, list[ParsedMilestone]]:
    """The deadline and milestones of a pledge.

    ``view``/``clean`` are the pledge's parse view and cleaned text; ``label``
    is a ``完成时限：`` value, which decides the deadline when given; ``issued`` the plan's
    issue date (:func:`issued_on`), which decides ``春节前``/``元宵节前``.
    """
    found = find_periods(view, year) + _coming_periods(view, year, issued)
    periods = [(p, view, clean) for p in found]
    if any(_completes(view, p) for p, _, _ in periods):  # ``今年…，加工厂三季度要建成投产``
        periods = [x for x in periods if not THIS_YEAR.fullmatch(view, x[0].start, x[0].end)]
    if not label:
        label = closing_time(view, year)
    if label:
        label_periods = [
            (p, label, label)
            for p in find_periods(label, year)
            + _coming_periods(label, year, issued)
            + _standing_period(label, year)
            + _recurring_periods(label, year, label=True)
        ]
        if label_periods:
            latest = max(p.due for p, _, _ in label_periods)
            periods = [x for x in periods if x[0].due < latest] + label_periods
    # ``每月底前报送进度`` in the text: milestones up to the deadline the pledge's other times set
    recurring = [(p, view, clean) for p in _recurring_periods(view, year, label=False)]
    if not periods:
        if not recurring:
            return (datetime.date(year, 12, 31) if year is not None else None), []
        periods = recurring
    deadline = max(p.due for p, _, _ in periods)
    if year is not None and any(
        coming_festival(m.group(0), year, issued) is None
        for m in YEAR_END_FESTIVAL.finditer(label or view)
    ):
        deadline = max(deadline, datetime.date(year, 12, 31))  # ``春节前及中秋节前``
    if not label and year is not None and all(_times_a_share(view, p) for p, _, _ in periods):
        deadline = datetime.date(year, 12, 31)  # ``新建公路25公里，6月底前完成15公里``
    dated = [p for p, _, _ in periods if not p.generic]
    if not label and year is not None and dated and all(_times_a_step(view, p) for p in dated):
        deadline = datetime.date(year, 12, 31)  # ``新建厂房4万平方米，9月底前完成二期道路配套，…``
    milestones: dict[datetime.date, ParsedMilestone] = {}
    for period, source_view, source_clean in [*periods, *recurring]:
        if period.due >= deadline or period.due in milestones:
            continue
        text = clause_at(source_view, source_clean, period.start, period.end)
        if period.name:  # ``每季度末报送进展`` → ``一季度末报送进展``
            text = text.replace(source_clean[period.start : period.end], period.name, 1)
        milestones[period.due] = ParsedMilestone(period.due, text)
    return deadline, sorted(milestones.values(), key=lambda m: m.due)


#: The words a closing time sentence may have besides its period: ``力争…前全面完成``,
#: ``…前投入运营``, ``…底前完成建设任务``.
CLOSING_WORDS = re.compile(
    r"(?:力争|争取|确保|计划|预计|于|在|到|截至|截止)*\s*(?:前|以前|之前|内|底)?\s*"
    r"(?:(?:全面|全部|基本|如期|按时|按期|并)?"
    r"(?:" + COMPLETION_VERBS + r"|投入运营|投入使用|投用|办结))*"
    r"(?:任务|工作|建设|建设任务|目标任务)?"
)
#: The stops between an item's sentences.
SENTENCE_STOP = re.compile(r"[。;!?；！？]")


def closing_time(view: str, year: int | None) -> str | None:
    """An item's closing sentence that is only its time: ``…年内整治背街小巷3条。2031年9月底前
    完成。``, ``…演练12场。10月底前完成。``, ``…床位40张。8月31日前投入运营。``. Such a sentence
    times the whole item, as a ``完成时限：`` line would: it decides the deadline over ``年内``/
    ``全年`` earlier in the item (SPEC §3). A time inside a clause of the item
    (``全年引进…，第一季度末完成首批项目签约``) times only its step: no closing sentence."""
    body = view.rstrip(" \t\n。.;；!！")
    stops = list(SENTENCE_STOP.finditer(body))
    if not stops:
        return None  # the item's only sentence
    sentence = body[stops[-1].end() :].strip()
    return sentence if is_time_sentence(sentence) else None


def is_time_sentence(sentence: str) -> bool:
    """Is the sentence only a time, maybe with its completion (``2031年9月底前完成``,
    ``力争8月31日前建成投用``, ``10月底前``), maybe after the time of its start
    (``3月底前启动，9月底前完成``), not a step (``6月底前开通全部新线路``)? (In prose a
    bare time on its own line heads the pledges after it: :mod:`group_times`.)"""
    sentence = sentence.strip(" \t\n。.;；!！")
    *steps, last = re.split(r"[,，]", sentence)
    # ``3月底前启动，9月底前完成``: the start's time, then the finish's
    return _only_time(last, CLOSING_WORDS) and all(_only_time(s, STARTING_WORDS) for s in steps)


#: The words of a clause that only times the start of an item: ``3月底前启动``, ``一季度开工``,
#: ``4月底前完成招标``.
STARTING_WORDS = re.compile(
    r"(?:力争|争取|确保|计划|于|在|到)*\s*(?:前|以前|之前|内|底)?\s*(?:完成)?"
    r"(?:启动|开工|动工|开始|招标|招投标|选址|立项|设计|前期工作|签约)(?:建设|实施|工作)?"
)


def _only_time(clause: str, words: re.Pattern[str]) -> bool:
    """Is ``clause`` its periods and ``words`` alone?"""
    clause = clause.strip()
    # where the periods stand is all that matters here: any year resolves them
    periods = find_periods(clause, 2000)
    if not clause or not periods:
        return False
    rest, at = [], 0
    for period in periods:
        rest.append(clause[at : period.start])
        at = period.end
    rest.append(clause[at:])
    return words.fullmatch("".join(rest).replace(" ", "")) is not None


#: Any unit a count may have, measures and count words (``15公里``, ``8部``, ``3个``).
_MEASURE = "|".join(re.escape(u) for u in UNITS)
#: A period followed by a count it completes: ``6月底前完成15公里``.
SHARE_AFTER = re.compile(
    r"(?:前|以前|之前)?\s*(?:累计)?(?:完成|建成|改造|新建|实现|达到|新增|培育|引进|招引|建设|整治"
    r"|开工|种植|栽植|硬化|铺设|安装|培训|发放)?[\u4e00-\u9fff]{0,4}?\s*(\d+(?:\.\d+)?)\s*("
    + _MEASURE
    + ")"
)
#: A batch's count before its period: ``改造背街小巷12条，其中第一批5条6月底前完工``.
SHARE_BEFORE = re.compile(
    r"(?:其中|第[一二三四\d]批|首批|第[一二三四\d]阶段)[^,;。\d]{0,8}?(\d+(?:\.\d+)?)\s*("
    + _MEASURE
    + r")[^,;。\d]{0,4}$"
)
COUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(" + _MEASURE + ")")


def _times_a_share(view: str, period: Period) -> bool:
    """Does the period time only a share of a total stated before it (``新建通组公路25公里，6月底前
    完成15公里``)? Then it is a milestone, and the plan year's end is the total's deadline."""
    if period.generic:
        return False
    share = SHARE_AFTER.match(view, period.end)
    total_before = period.start
    if share is None:
        share = SHARE_BEFORE.search(view, 0, period.start)
        total_before = share.start() if share else 0
    if share is None:
        return False
    value, unit = float(share.group(1)), share.group(2)
    return any(
        m.group(2) == unit and float(m.group(1)) > value
        for m in COUNT.finditer(view, 0, total_before)
    )


UNRESOLVED = re.compile(UNRESOLVED_SEASONS)


def unresolved_periods(
    view: str,
    label: str | None = None,
    year: int | None = None,
    issued: datetime.date | None = None,
) -> list[str]:
    """Time phrases of a pledge that name no date the importer can fix (``春节前`` in a plan
    issued after 春节 or on no known date) or only guess (``春耕前``)."""
    found = UNRESOLVED.findall(label or "") or UNRESOLVED.findall(view)
    return [p for p in dict.fromkeys(found) if coming_festival(p, year, issued) is None]


CLAUSE_BREAK = re.compile(r"[,;。!?:、\n，；！？：]")  # a label value is not normalized


def clause_at(view: str, clean: str, start: int, end: int) -> str:
    """The clause around ``[start, end)`` (between commas), from the clean text."""
    left = max((m.end() for m in CLAUSE_BREAK.finditer(view, 0, start)), default=0)
    right = CLAUSE_BREAK.search(view, end)
    text = clean[left : right.start() if right else len(view)].strip()
    return text[:300]
