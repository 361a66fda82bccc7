"""Step 3: split a file into documents (speeches) and title each.

A notice that issues a plan (``关于印发《…》的通知``) is titled by the plan.
A speech opens with a salutation (``同志们：``, ``各位代表：``) after its
title; a file that holds several speeches has several. Without salutations a
file is one document, unless markdown level-1 headings or title lines
(``……工作计划``) mark several; a compilation of units' plans (:mod:`chapters`) is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commitments.importer.chapters import find_chapters
from commitments.importer.text import Text
from commitments.importer.vocabulary import LINE_MARKS, LIST_NUMBER

SALUTATION = re.compile(r"(同志们|各位代表|各位委员|各位领导|同志们、朋友们)[^。!?;:\n]{0,12}?:")
TITLE_WORDS = re.compile(
    r"讲话|报告|会议|工作计划|工作要点|工作安排|实施方案|任务清单|任务分解|打算|重点事项|实事|工作任务"
    r"|工作的安排|重点工作"
)
TITLE_LINE = re.compile(
    r"^[^\d一二三四五六七八九十(（第#\s][^。!?;:,\n]{3,40}"
    r"(讲话|报告|工作计划|工作要点|任务清单|任务分解表?|实施方案|工作打算)\s*$",
    re.M,
)
SEGMENT_BREAK = re.compile(r"[。!?;\n]")
#: A first line that is a numbered part or section heading, not a title.
FIRST_PART = re.compile(r"\s*(?:" + LIST_NUMBER + r"|第[一二三四五六七八九十]{1,3}部分)")
#: ``关于印发《2025年民生实事项目实施方案》的通知``: a notice that issues a plan is titled by
#: the plan it issues, not by the notice.
NOTICE = re.compile(
    r"关于(?:印发|下达|转发|公布|分解)[《“]?(?P<name>[^《》“”]{4,60}?)[》”]?的?(?:通知|函)\s*$"
)
DATE_OR_NAME = re.compile(r"^[(（]?\s*\d{4}年\d{1,2}月\d{1,2}日\s*[)）]?$|^[\u4e00-\u9fff]{2,4}$")


@dataclass(frozen=True)
class DocumentSpan:
    start: int
    end: int
    title: str
    body_start: int  # after the title (and salutation)


def split_documents(text: Text) -> list[DocumentSpan]:
    view = text.norm
    salutations = _salutations(view)
    if len(salutations) >= 2:
        starts = [
            _preamble(view, s, previous)
            for s, previous in zip(salutations, [0, *salutations[:-1]], strict=True)
        ]
        starts[0] = 0
    elif _compilation(view):
        starts = [0]  # a compilation: its units' plans are chapters of one plan
    elif len(text.title_starts) >= 2:
        starts = [0, *text.title_starts[1:]]
    else:
        lines = [m.start() for m in TITLE_LINE.finditer(view)]
        starts = [0, *lines[1:]] if len(lines) >= 2 else [0]
    spans = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(view)
        title, body_start = _title(text, start, end)
        spans.append(DocumentSpan(start, end, title, body_start))
    return spans


def _compilation(view: str) -> bool:
    """Is the file a compilation of units' plans (:mod:`chapters`) under its first line?"""
    head = view.lstrip()
    title_end = view.find("\n", len(view) - len(head))
    if title_end < 0:
        return False
    return bool(find_chapters(view, title_end, len(view), view[:title_end].strip()))


def _salutations(view: str) -> list[int]:
    found: list[int] = []
    for m in SALUTATION.finditer(view):
        if found and m.start() - found[-1] < 30:
            continue
        found.append(m.start())
    return found


def _preamble(view: str, salutation: int, previous: int) -> int:
    """Where the document that greets at ``salutation`` starts: its title."""
    floor = max(previous + 1, salutation - 200)
    region = view[floor:salutation]
    thanks = max(region.rfind("谢谢大家"), region.rfind("谢谢!"), region.rfind("谢谢。"))
    if thanks >= 0:
        after = SEGMENT_BREAK.search(region, thanks)
        return floor + (after.end() if after else thanks)
    segments = [m.end() for m in SEGMENT_BREAK.finditer(region)]
    candidates = [floor + s for s in [0, *segments]]
    for start in candidates:
        segment = view[start:salutation].split("\n", 1)[0]
        if TITLE_WORDS.search(segment):
            return start
    return candidates[-1]


def _title(text: Text, start: int, end: int) -> tuple[str, int]:
    """The document's title and where its body starts."""
    title, body_start = _written_title(text, start, end)
    title = GLUED_NUMBER.sub("", title)  # ``…的通知白政发〔2027〕4号``: the number is no title
    notice = NOTICE.search(title)
    return (notice.group("name").strip() if notice else title), body_start


#: A document number over the title (``石政发〔2026〕5号``, ``东政办发[2026]12号``): not the title.
DOC_NUMBER = re.compile(
    r"[ \t]*[\u4e00-\u9fff]{1,10}\s*[〔\[【(（]\s*\d{4}\s*[〕\]】)）]"
    r"\s*(?:第\s*)?\d{1,4}\s*号[ \t]*(?:\n|$)\s*"
)


#: A document number glued to the end of a title line by the converter
#: (``关于印发…实施方案的通知白政发〔2027〕4号``): the title ends at its last noun.
GLUED_NUMBER = re.compile(
    r"(?<=通知|方案|要点|计划|安排|清单|意见|报告|任务|实事)\s*(?!的|通知)[\u4e00-\u9fff]{1,8}\s*"
    r"[〔\[【(（]\s*\d{4}\s*[〕\]】)）]\s*(?:第\s*)?\d{1,4}\s*号\s*$"
)
#: The red head of an issued document (``中共某镇委员会文件``, ``某镇人民政府文件``): the issuer's
#: name, not the title.
FILE_HEAD = re.compile(r"[ \t]*[^\n。,:;关]{2,30}文件[ \t]*(?:\n|$)\s*")


def _written_title(text: Text, start: int, end: int) -> tuple[str, int]:
    view = text.norm
    while True:  # ``中共某镇委员会文件`` / ``某发〔2027〕3号`` over the notice's title
        head = FILE_HEAD.match(view, start, end) or DOC_NUMBER.match(view, start, end)
        if head is None or head.end() >= end:
            break
        start = head.end()
    salutation = SALUTATION.search(view, start, min(end, start + 400))
    if salutation:
        region = range(start, salutation.start())
        body_start = salutation.end()
    elif FIRST_PART.match(view, start, end):  # the file begins with its first part
        return "", start
    else:
        header = _header_lines(view, start, end)
        headed = [
            i
            for i, (s, e) in enumerate(header)
            if TITLE_WORDS.search(view[s:e]) or NOTICE_END.search(view[s:e])
        ]
        if not headed:  # a site's name and menus over the page's heading: the heading
            header = _header_lines(view, start, end, most=PAST_FURNITURE, skip_blank=True)
            headed = [i for i, (s, e) in enumerate(header) if _names_a_plan(view[s:e])]
        if headed:  # 某县农业农村局 / 2025年农业农村重点工作安排: the title is the second line
            first = last = headed[0]
            while first > 0 and _wraps(view, header[first - 1], header[first]):
                first -= 1  # 某镇人民政府关于印发 / 2026年重点工作任务分解的通知: one title
            while last + 1 < len(header) and _wraps(view, header[last], header[last + 1]):
                last += 1
            title = "".join(text.clean[s:e].strip() for s, e in header[first : last + 1])
            marks = LINE_MARKS.match(title)  # ``📢重磅！…``: an article's marks dress its headline
            return title[marks.end() :] if marks else title, header[last][1]
        first_line_end = view.find("\n", start, end)
        region = range(start, first_line_end if first_line_end >= 0 else min(end, start + 60))
        body_start = region.stop
    lines = [seg for seg in _segments(text, region.start, region.stop)]
    titled = [seg for seg in lines if TITLE_WORDS.search(seg) and not DATE_OR_NAME.match(seg)]
    title = (titled or [seg for seg in lines if not DATE_OR_NAME.match(seg)] or [""])[0]
    if len(title) > 80:
        title = ""
    if not salutation and not title:
        body_start = start
    return title, body_start


#: How many short lines a scraped page may show above its heading (a site's name, its menu,
#: ``搜索``, a channel's name) before the heading that names the plan.
PAST_FURNITURE = 8
#: A heading that names a plan with its year: ``云溪街道2029年十件民生实事项目公布``,
#: ``2026年石桥镇工作要点``, ``关于2027年…实施方案``.
PLAN_HEADING = re.compile(r"\d{4}\s?年.*(?:" + TITLE_WORDS.pattern + r"|方案|项目|清单)")


def _names_a_plan(line: str) -> bool:
    return len(line.strip()) <= 40 and PLAN_HEADING.search(line) is not None


def _header_lines(
    view: str, start: int, end: int, most: int = 3, skip_blank: bool = False
) -> list[tuple[int, int]]:
    """The short lines before the body: an issuer, a title, a date; no sentences."""
    lines: list[tuple[int, int]] = []
    pos = start
    while len(lines) < most and pos < end:
        stop = view.find("\n", pos, end)
        stop = end if stop < 0 else stop
        line = view[pos:stop].strip()
        if skip_blank and not line:
            pos = stop + 1
            continue
        if (
            not line
            or len(line) > 60
            or FIRST_PART.match(view, pos, stop)
            or (HEADER_STOP.search(line) and not (skip_blank and _headline(line)))
        ):
            break
        lines.append((pos, stop))
        pos = stop + 1
    return lines


#: What an article's headline may exclaim or run on with, which a sentence of its body does not
#: end or part with: ``重磅！2038年…出炉，件件关乎你我！``, ``官宣！…定了``.
SENTENCE_MARKS = re.compile(r"[。;:]")


def _headline(line: str) -> bool:
    """Is ``line``, under a page's or an account's furniture, the article's headline: it names a
    plan with its year and exclaims or runs on after a comma, no sentence of the body?"""
    return _names_a_plan(line) and not SENTENCE_MARKS.search(line)


HEADER_STOP = re.compile(r"[。!?;,:]")
#: A title line that ends a notice's name: ``…的通知``, ``…实施方案``.
NOTICE_END = re.compile(r"(?:的通知|的函|的意见|实施方案|工作方案)\s*$")
#: A title line that goes on on the next line: it stops after ``关于印发``, a connective or
#: ``《`` (``某镇人民政府关于印发`` / ``2026年重点工作任务分解的通知``).
WRAPPED_END = re.compile(r"(?:关于|印发|下达|转发|公布|分解|[的和及与暨、《“])\s*$")
#: A line that continues the title before it: ``的通知``, ``》的通知``, ``任务分解表``.
WRAPPED_START = re.compile(r"^\s*(?:的|[》”]|(?:任务分解|工作要点|实施方案|工作安排|任务清单))")


def _wraps(view: str, line: tuple[int, int], following: tuple[int, int]) -> bool:
    """Does the title on ``line`` go on on ``following``? Not an issuer above its title
    (``某县农业农村局`` / ``2025年…工作安排``), nor a date or a name below it."""
    this, that = view[line[0] : line[1]].strip(), view[following[0] : following[1]].strip()
    if DATE_OR_NAME.match(this) or DATE_OR_NAME.match(that):
        return False
    if view.count("\n", line[1], following[0]) > 1:
        return False  # a blank line between: an article's headline over its account's line
    opened = "关于" in this and not NOTICE_END.search(this)
    return bool(
        WRAPPED_END.search(this)
        or WRAPPED_START.match(that)
        or (opened and NOTICE_END.search(that))
    )


def _segments(text: Text, start: int, end: int) -> list[str]:
    out, last = [], start
    for m in SEGMENT_BREAK.finditer(text.norm, start, end):
        out.append(text.clean[last : m.start()].strip())
        last = m.end()
    out.append(text.clean[last:end].strip())
    return [s for s in out if s]
