"""Step 2: remove scraping debris and build the parse view.

What goes: site boilerplate lines, page furniture (breadcrumbs, metadata,
``责任编辑：``, ``扫一扫在手机打开当前页``, print/close links, comment boxes; see
:data:`vocabulary.FURNITURE`), bare page-number lines, markdown markup, and
page-break markers. A scraped page starts with its number and ``、``
(``10、绕几个产业园…``) and continues the previous page's word, so the
line break and the marker are dropped (``围`` + ``绕``). A real list item
``1、`` looks the same; the difference is that page breaks cut sentences
(the previous line does not end a sentence) in long lines, and their numbers
run on through the whole file.
"""

from __future__ import annotations

import re
from collections import Counter

from commitments.importer.arrangement import part_heading
from commitments.importer.normalize import normalize
from commitments.importer.text import Text
from commitments.importer.vocabulary import (
    FURNITURE,
    ISSUER_NOUN,
    LINK_MARK,
    RELATED_LINKS,
    TITLE_END,
)
from commitments.importer.wrapping import NEW_ITEM, fills, wrap_width, wrapped_breaks

BOILERPLATE = re.compile(
    r"由会员分享|可在线阅读|更多相关|珍藏版|文库上搜索|原创力文档|文档由用户上传|下载文档|免费下载"
    r"|版权归|侵权请|如有侵权|举报|本文档|文档投稿|点击下载|关注公众号|扫码|上一页|下一页"
    r"|https?://|www\.",
)
#: A page's number alone on its line (``3``, ``- 3 -``, ``第2页 共5页``); not a number of two
#: digits from ``0`` (``01`` over ``稳住经济基本盘``: a 公众号 article's round badge, its part's
#: number; ``vocabulary.NUMBERING['badge']``).
PAGE_NUMBER_LINE = re.compile(
    r"^(?!\s*0\d\s*$)\s*[-—－·•]*\s*(第\s*)?\d{1,4}\s*页?\s*([/／]\s*\d{1,4}|[,，]?\s*共\s*\d{1,4}\s*页)?"
    r"\s*[-—－·•]*\s*$"
)
#: A number of two digits alone on its line: a page's number, or a 公众号 article's round badge
#: (:func:`badge_lines`).
BADGE_LINE = re.compile(r"\s*(0[1-9]|[1-9]\d)\s*")
#: The longest heading a badge stands over.
MAX_BADGE_HEADING = 30
#: What a heading under a badge never holds: a sentence's or clause's mark.
CLAUSE_MARK = re.compile(r"[,，。;；:：!?！？、]$|[,，。;；!?！？]")
#: A page number at either end of a running header's line (``石桥镇工作要点  - 3 -``).
PAGE_NUMBER_END = re.compile(
    r"^\s*[-—－·•]*\s*(?:第\s*)?\d{1,4}\s*页?\s*[-—－·•]+\s*|\s*[-—－·•]+\s*(?:第\s*)?\d{1,4}"
    r"\s*页?\s*[-—－·•]*\s*$"
)
#: A line of single characters spaced apart (``政 府 工 作 报 告``, ``工　作　要　点``): a title
#: spaced out in print, read without its spaces.
LETTER_SPACED = re.compile(r"[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){2,19}")
#: OCR that reads a line's characters one by one puts a space between them (``新 建 卫 生 室 3
#: 个 , 完 成 …``): in a line with such a run (three Chinese characters one space apart), a
#: single space beside a single character is dropped. Words spaced apart (``交通站 配合单位``,
#: ``OA 系统``) keep their space, and a line without such a run keeps all.
OCR_SPACED = re.compile(r"[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){2,}")
#: A single space between two characters, one of them standing alone.
SPACED_GAP = re.compile(r"(?:(?<=^\S)|(?<=\s\S))[ \u3000](?=\S)|(?<=\S)[ \u3000](?=\S(?:\s|$))")
#: A running header or footer on one page only: a title's noun or an issuer at its end
#: (``石桥镇2026年工作要点``, ``石桥镇人民政府``, ``石桥镇人民政府文件``).
RUNNING_WORDS = re.compile(
    r"(?:" + TITLE_END.pattern.removesuffix(r"\s*$") + "|" + ISSUER_NOUN + r")(?:文件)?$"
)
#: A running header or footer is a short line: a title or an issuer, not a sentence.
MAX_RUNNING_LINE = 40
#: Kinds whose text the readers render from table cells (:mod:`commitments.importer.tables`).
RENDERED_TABLES = frozenset({"xlsx", "csv"})
PAGE_MARKER = re.compile(r"^\s*(\d{1,3})、\s*")
LABEL_LINE = re.compile(r"^\s*[（(]?\s*[\u4e00-\u9fff]{2,6}\s*[:：]")
SENTENCE_END = "。！!？?；;：:"
MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")
MD_PREFIX = re.compile(r"^\s{0,3}(?:>\s?)+|^\s{0,3}[-*+]\s+(?!\d)")
MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
#: Text struck out (GFM ``~~…~~``), with the space after it.
MD_STRUCK = re.compile(r"~~(?=\S)[^~\n]*?(?<=\S)~~[ \t\u3000]?")
#: A task list's box after its bullet or number (``- [x] 2月底前完成设计方案``, ``1. [ ] …``):
#: a mark, never text.
MD_TASK_BOX = re.compile(r"(?:\d{1,3}[.、．][ \t]*)?(?P<box>\[[ xX]\][ \t]+)")
MD_INLINE = re.compile(r"\*\*|__|`|~~|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")


def clean(raw: str, kind: str = "text") -> Text:
    """Return the cleaned text of ``raw`` with its map back to ``raw``."""
    lines = _lines(raw)
    bodies = [text for text, _ in lines]
    raw_view = normalize(raw)  # same length: each line's parse view (``l0.`` is item 10)
    views = [raw_view[start : start + len(text)] for text, start in lines]
    badges = badge_lines(bodies)
    pages = page_furniture(bodies, badges)
    furniture = pages | link_lists(bodies) | contents_lines(bodies)
    width = (
        None
        if kind == "markdown"
        else wrap_width([b for i, b in enumerate(bodies) if i not in furniture])
    )
    # a spreadsheet's lines are rendered from its cells: its ``1、`` is a row's number, never a
    # page break (a one-row ledger's title would otherwise swallow its only task)
    breaks = page_break_lines(bodies, width) if kind not in RENDERED_TABLES else set()
    kept = _next_kept(bodies, furniture, badges)
    joins = wrapped_breaks(bodies, kept, width, views) if kind != "markdown" else set()
    joins -= _title_lines(bodies, furniture)  # a title as wide as the body is a line of its own
    rejoined = _rejoined(bodies, pages, width, views)
    chars: list[str] = []
    offsets: list[int] = []
    title_starts: list[int] = []

    def keep(text: str, start: int, lo: int, hi: int) -> None:
        for i in range(lo, hi):
            chars.append(text[i])
            offsets.append(start + i)

    steps = False  # the last line was a task list's step joined to the label above it
    for index, (text, start) in enumerate(lines):
        after_step, steps = steps, False
        body_end = len(text.rstrip("\r\n"))
        if index in furniture or (index not in badges and _is_debris(text[:body_end])):
            continue
        lo = 0
        if index in breaks or index in rejoined:
            marker = PAGE_MARKER.match(text) if index in breaks else None
            lo = marker.end() if marker else len(text) - len(text.lstrip(" \t\u3000"))
            while chars and chars[-1] in "\r\n":  # join with the previous line
                chars.pop()
                offsets.pop()
        elif kind == "markdown":
            if MD_RULE.match(text[:body_end]):
                continue
            heading = MD_HEADING.match(text)
            if heading:
                lo = heading.end()
                if len(heading.group(1)) == 1:
                    title_starts.append(len(chars))
            else:
                prefix = MD_PREFIX.match(text)
                lo = prefix.end() if prefix else 0
                stepped = bool(prefix and MD_TASK_BOX.match(text, lo))
                if stepped and chars[-1:] == ["\n"] and (after_step or _label_waits(chars)):
                    # a task list's steps under a label (``- **节点**：`` over ``- [x] …``):
                    # the label's value, one step after another
                    if after_step:
                        chars[-1] = "；"
                    else:
                        chars.pop()
                        offsets.pop()
                    steps = True
        if kind == "markdown":
            for m_start, m_end in _inline_markup(text, lo, body_end):
                keep(text, start, lo, m_start)
                lo = m_end
        if LETTER_SPACED.fullmatch(text[lo:body_end].strip()):
            for i in range(lo, body_end):  # ``政 府 工 作 报 告``: a title spaced out in print
                if not text[i].isspace():
                    keep(text, start, i, i + 1)
        else:
            for gap_start, gap_end in _ocr_spaced(text, lo, body_end, kind):
                keep(text, start, lo, gap_start)
                lo = gap_end
            keep(text, start, lo, body_end)
        if body_end < len(text) and index not in joins:
            chars.append("\n")
            offsets.append(start + body_end)
    offsets.append(len(raw))
    clean_text = "".join(chars)
    return Text(clean_text, normalize(clean_text), offsets, title_starts)


def _label_waits(chars: list[str]) -> bool:
    """Does the text so far end with a label's line that waits for its value on the lines
    under it (``节点：``), before its line break?"""
    return chars[-2:-1] in (["："], [":"])


def _lines(raw: str) -> list[tuple[str, int]]:
    out, pos = [], 0
    for line in raw.splitlines(keepends=True):
        out.append((line, pos))
        pos += len(line)
    return out


def _next_kept(
    lines: list[str], furniture: set[int], badges: set[int] | None = None
) -> list[int | None]:
    """For each line, the index of the next line that is not debris (None at the end); a
    badge (:func:`badge_lines`) is no debris."""
    out: list[int | None] = [None] * len(lines)
    following = None
    for index in range(len(lines) - 1, -1, -1):
        out[index] = following
        if index not in furniture and (
            (badges is not None and index in badges) or not _is_debris(lines[index])
        ):
            following = index
    return out


#: The lines at a document's head that may hold its title: an issuer, the title, a date.
MAX_HEAD_LINES = 3


def _title_lines(lines: list[str], furniture: set[int]) -> set[int]:
    """The title lines at the document's head (no clause in them, a title's noun at their
    end: ``…工作要点``, ``…工作的安排``), which a hard-wrapped body as wide as they are follows
    without a blank line: never joined to it."""
    out: set[int] = set()
    head = [
        i for i, b in enumerate(lines) if b.strip() and i not in furniture and not _is_debris(b)
    ][:MAX_HEAD_LINES]
    for index in head:
        line = lines[index].strip()
        if re.search(r"[，,。；;：:]", line):
            break  # the body has begun
        if TITLE_END.search(line):
            out.add(index)
    return out


def badge_lines(lines: list[str]) -> set[int]:
    """Indexes of a 公众号 article's round badges from ``10`` on: a number alone on its line
    that goes on the badges' count (``09`` / heading / … / ``10`` / heading) and stands over a
    heading of its own — a few words, no sentence's mark, seen once in the document (a running
    header over a page's number repeats, or repeats the title). ``01``–``09`` are badges by
    their form (:data:`PAGE_NUMBER_LINE`); a page's ``10`` after ``9``, or under a line whose
    sentence it cuts (its next line ends that sentence), is a page number still (SPEC §3)."""
    bodies = [line.strip() for line in lines]
    found = [(i, m) for i, b in enumerate(bodies) if (m := BADGE_LINE.fullmatch(b))]
    if not any(m.group(1)[0] == "0" for _, m in found):
        return set()  # no badge by its form: no count for a ``10`` to go on
    counts = Counter(bodies)
    first = next((b for b in bodies if b), "")
    out: set[int] = set()
    last = 0  # the last badge's number, 0 before the first
    for index, match in found:
        number = int(match.group(1))
        following = _nearest(bodies, index, 1)
        heading = bodies[following] if following is not None else ""
        over_heading = (
            0 < len(heading) <= MAX_BADGE_HEADING
            and not CLAUSE_MARK.search(heading)
            and not BADGE_LINE.fullmatch(heading)
            and not PAGE_NUMBER_LINE.match(heading)
            and counts[heading] == 1
            and heading != first
        )
        if match.group(1)[0] == "0":
            last = number  # ``01``–``09``: a badge by its form
        elif number == last + 1 and over_heading:
            out.add(index)
            last = number
    return out


def page_furniture(lines: list[str], badges: set[int] | None = None) -> set[int]:
    """Indexes of a printed page's furniture: its page numbers (``- 3 -``, ``第2页 共5页``,
    ``·4·``) and the running header or footer beside them.

    A running header is a short line next to a page number (blank lines between) whose words
    stand elsewhere in the document on a line of their own (the title on the first page, the
    same header on another page), or that ends in a title's noun or an issuer and is no
    part's heading (``2026年工作安排``). It may carry the page number itself
    (``2026年石桥镇工作要点  - 3 -``). The document's first line, its title, always stays.
    A badge (``badges``, :func:`badge_lines`) is no page number.
    """
    bodies = [line.strip() for line in lines]
    # a table of contents' entry (``财政所2031年工作要点……6``) is no page number beside a header,
    # and the chapter's heading it repeats is no running header (:func:`contents_lines`)
    entries = {i for i, b in enumerate(bodies) if CONTENTS_ENTRY.fullmatch(b)}
    counts = Counter(
        PAGE_NUMBER_END.sub("", b) for i, b in enumerate(bodies) if b and i not in entries
    )
    first = next((i for i, b in enumerate(bodies) if b and not _is_debris(b)), None)
    title = bodies[first] if first is not None else ""

    def running(index: int, alone: bool = True) -> bool:
        words = PAGE_NUMBER_END.sub("", bodies[index])
        return (
            index != first
            and 2 <= len(words) <= MAX_RUNNING_LINE
            and words[-1] not in SENTENCE_END
            and not NEW_ITEM.match(words)
            and (
                counts[words] >= 2
                or words == title
                or (len(words) >= 4 and words in title)
                or (alone and bool(RUNNING_WORDS.search(words)) and not part_heading(words))
            )
        )

    numbers = {
        i
        for i, b in enumerate(bodies)
        if b and PAGE_NUMBER_LINE.match(b) and (badges is None or i not in badges)
    }
    numbers |= {
        i
        for i, b in enumerate(bodies)
        if i not in entries and PAGE_NUMBER_END.search(b) and running(i)
    }
    out = set(numbers)
    for index in numbers:
        for step in (-1, 1):
            near = _nearest(bodies, index, step)
            if near is None or near in out:
                continue
            # A footer seen once (``石桥镇人民政府`` over ``第 2 页``) stands after a sentence's
            # end; a line that goes on from a cut sentence is the body's (…年度工作计划).
            before = _nearest(bodies, near, -1) if step < 0 else None
            alone = step > 0 or before is None or bodies[before][-1] in SENTENCE_END
            if running(near, alone):
                out.add(near)
    return out


#: A line in a list of links: a page's title, short, no sentence.
MAX_LINK_LINE = 60


#: A table of contents' entry: a heading, leader dots, its page number
#: (``一、经济发展办公室2033年重点工作计划……………1``, ``第二章 水利站 ........ 9``).
CONTENTS_ENTRY = re.compile(r".{2,80}?(?:[.…·．⋯_]\s*){3,}\s*\d{1,3}\s*")
CONTENTS_HEAD = re.compile(r"目[ \t\u3000]*录|目[ \t\u3000]*次")


def contents_lines(bodies: list[str]) -> set[int]:
    """A table of contents: its entries (a heading, leader dots and a page number) and the
    ``目录`` line over them. It repeats the headings of the chapters; it is no structure."""
    out = {i for i, body in enumerate(bodies) if CONTENTS_ENTRY.fullmatch(body.strip())}
    for index, body in enumerate(bodies):
        if CONTENTS_HEAD.fullmatch(body.strip()):
            following = next((i for i in range(index + 1, len(bodies)) if bodies[i].strip()), None)
            if following in out:
                out.add(index)
    return out


def link_lists(bodies: list[str]) -> set[int]:
    """A scraped page's ``相关链接``/``相关阅读`` heading and the titles listed under it, up to
    the first line that is a sentence or a paragraph."""
    out: set[int] = set()
    for index, body in enumerate(bodies):
        if not RELATED_LINKS.match(body):
            continue
        out.add(index)
        for at in range(index + 1, len(bodies)):
            line = bodies[at]
            if line and (
                len(line) > MAX_LINK_LINE
                or (line[-1] in SENTENCE_END and not LINK_MARK.match(line))
            ):
                break
            out.add(at)
    return out


def _nearest(bodies: list[str], index: int, step: int) -> int | None:
    """The next line from ``index`` in direction ``step`` that is not blank."""
    at = index + step
    while 0 <= at < len(bodies) and not bodies[at]:
        at += step
    return at if 0 <= at < len(bodies) else None


def _rejoined(
    lines: list[str],
    furniture: set[int],
    width: int | None = None,
    views: list[str] | None = None,
) -> set[int]:
    """Lines that continue a sentence a page's furniture cut (``…9月底前完成`` / ``- 3 -`` /
    running title / ``改造。``): joined to the line before, the blank lines between dropped.

    The line before must stop mid-sentence and not be a heading (``二、保障措施``); the line
    after must not start an item of its own (read in its parse view: ``l0.`` is item 10). In
    hard-wrapped text a short line before (``（此件公开发布）``) ends its paragraph, and an
    indented line after it starts one: no sentence was cut.
    """
    bodies = [line.strip() for line in (views if views is not None else lines)]
    out: set[int] = set()
    for index in sorted(furniture):
        before = _nearest(bodies, index, -1)
        while before is not None and before in furniture:
            before = _nearest(bodies, before, -1)
        after = _nearest(bodies, index, 1)
        while after is not None and after in furniture:
            after = _nearest(bodies, after, 1)
        if before is None or after is None or _is_debris(bodies[before]):
            continue
        previous, following = bodies[before], bodies[after]
        heading = NEW_ITEM.match(previous) and not re.search(r"[。，,；;]", previous)
        paragraph = (
            width is not None and lines[after][:1].isspace() and not fills(lines[before], width)
        )
        if (
            previous[-1] not in SENTENCE_END
            and not heading
            and not paragraph
            and not NEW_ITEM.match(following)
            and not _is_debris(following)
        ):
            out.add(after)
    return out


def _is_debris(line: str) -> bool:
    stripped = line.strip()
    if PAGE_NUMBER_LINE.match(stripped):
        return bool(stripped)
    return len(stripped) < 300 and bool(BOILERPLATE.search(stripped) or FURNITURE.search(stripped))


def _ocr_spaced(text: str, lo: int, hi: int, kind: str) -> list[tuple[int, int]]:
    """The spaces to drop in ``text[lo:hi]`` (:data:`OCR_SPACED`), not in a table's cells."""
    line = text[lo:hi]
    if kind in RENDERED_TABLES or not OCR_SPACED.search(line):
        return []
    return [(lo + m.start(), lo + m.end()) for m in SPACED_GAP.finditer(line)]


def _inline_markup(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of a Markdown line left out: its marks (``**``, ``~~``, a task list's box), and
    text struck out (``~~新增公共充电桩300个~~``: deleted, as a tracked deletion in Word) whole."""
    spans: list[tuple[int, int]] = []
    box = MD_TASK_BOX.match(text, lo, hi)
    if box:
        spans += [(m.start(), m.end()) for m in MD_INLINE.finditer(text, lo, box.start("box"))]
        spans.append((box.start("box"), box.end("box")))
        lo = box.end()
    for struck in MD_STRUCK.finditer(text, lo, hi):
        spans += [(m.start(), m.end()) for m in MD_INLINE.finditer(text, lo, struck.start())]
        spans.append((struck.start(), struck.end()))
        lo = struck.end()
    return spans + [(m.start(), m.end()) for m in MD_INLINE.finditer(text, lo, hi)]


def page_break_lines(lines: list[str], width: int | None = None) -> set[int]:
    """Indexes of lines that start with a page-break marker, not a list number.

    Markers whose numbers run on (``1、``, ``2、``, …) form a chain; a chain is
    page breaks when most of its lines continue a cut sentence.
    """
    chains: list[list[int]] = []
    last_number = None
    for index, line in enumerate(lines):
        m = PAGE_MARKER.match(line)
        if not m or _is_debris(line):
            continue
        number = int(m.group(1))
        if chains and last_number is not None and number == last_number + 1:
            chains[-1].append(index)
        else:
            chains.append([index])
        last_number = number
    breaks: set[int] = set()
    for chain in chains:
        votes = [_looks_cut(lines, i, width) for i in chain]
        judged = [v for v in votes if v is not None]
        if judged and sum(judged) * 2 > len(judged):
            breaks.update(chain)
    return breaks


def _looks_cut(lines: list[str], index: int, width: int | None = None) -> bool | None:
    """Does the line at ``index`` continue a sentence cut by a page break?

    In hard-wrapped text (``width``) a page break follows a line that fills the
    margin; in scraped text, a long line.
    """
    previous = next(
        (
            lines[i].rstrip("\r\n")
            for i in range(index - 1, -1, -1)
            if lines[i].strip() and not _is_debris(lines[i])
        ),
        None,
    )
    if previous is None:
        return None
    marker = PAGE_MARKER.match(lines[index])
    rest = lines[index][marker.end() if marker else 0 :]
    if rest[:1] in ",，、；;。":
        return True
    tail = previous.rstrip()
    if not tail or tail[-1] in SENTENCE_END or LABEL_LINE.match(previous):
        return False
    return len(tail) >= 80 or fills(tail, width)
