"""Step 5: numbered sections inside the arrangement.

Numbering styles: ``(一)``/``（一）``, ``一、``, ``一是…二是…``,
``1.``/``1、``, ``(1)``, ``第一,``, and an item heading series (``议案一：``,
``任务1：``, ``【实事一】``: one word repeated, each heading over labelled lines of
its own). The outermost style is the one whose first item comes first; its items
must count up from one. A section's title is the short clause after its number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commitments.importer.labels import has_labels, owner_sentence
from commitments.importer.normalize import normalize
from commitments.importer.numerals import cn_to_int
from commitments.importer.sentences import search_outside, shorten, split_outside
from commitments.importer.vocabulary import (
    BULLETS,
    CIRCLED,
    LAST_WORD,
    NUMBER_PREFIX,
    NUMBERING,
    ORDINAL_WORDS,
    OUTLINE_STYLES,
    TIME_ONLY,
)

#: Numbering styles, declared once in :mod:`vocabulary`.
STYLES: dict[str, re.Pattern[str]] = {name: re.compile(p) for name, p in NUMBERING.items()}
HEADING_END = re.compile(r"[。!?;:\n]")
CLAUSE_END = re.compile(r"[,，;；:：。!！?？\n]")
MAX_HEADING = 30
#: A line of its own without final punctuation is a heading up to this length.
MAX_HEADING_LINE = 80
SENTENCE_MARK = re.compile(r"[。!?;:]|[,、]$")
MAX_SUBHEADING = 16
PLEDGE_LIKE = re.compile(r"\d|[月季年]底|完成|达到")
#: A meeting item's opening clause, its topic: ``研究了X``, ``听取了X的汇报``.
MEETING_TOPIC = re.compile(
    r"\s*(?:会议)?(?:听取|研究|审议|讨论|传达学习|学习)了[^,;。!?:\n]{2,40}$"
)
#: All that follows an item's first sentence is a bracket (its owner or time).
OWN_BRACKET = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)\s*[。.;]?")


@dataclass(frozen=True)
class Marker:
    number: int
    start: int  # where the number starts
    end: int  # where the text after it starts


@dataclass(frozen=True)
class SectionSpan:
    number: int
    start: int
    end: int
    title: str
    body_start: int  # after the title if the title is a heading of its own
    style: str


#: The style of a 公众号 article's round badges (``01`` alone on its line, over its part).
BADGE = "badge"
#: The style of an item heading series (``议案一：``, ``【实事一】``: :data:`SERIES_NUMBER`).
SERIES = "series"
#: Items numbered with keycaps (``1️⃣``…``🔟``) or marked with an article's mark (``📌``) over
#: labelled lines: a chat announcement's list (:data:`vocabulary.NUMBERING`).
KEYCAP = "keycap"
MARKED = "marked"
CHAT_STYLES = (KEYCAP, MARKED)


def markers(view: str, start: int, end: int, style: str) -> list[Marker]:
    """Items of ``style`` in ``[start, end)`` that count up 1, 2, 3…"""
    return _counted(view, start, end, style, from_one=True)


def runs(view: str, start: int, end: int, style: str) -> list[Marker]:
    """Items of ``style`` counting up from any number (a table's rows, a sub-list)."""
    return _counted(view, start, end, style, from_one=False)


def _counted(view: str, start: int, end: int, style: str, from_one: bool) -> list[Marker]:
    """Items of ``style`` in ``[start, end)``, counted from one or from any number.

    Keycap or marked items (``1️⃣``…``🔟``, ``📌``…, a chat announcement's) are two at least,
    each holding labelled lines of its own (``👉牵头：``), a marked headline before the first
    left out: keycaps or marks over lines of prose head an article's blocks
    (:func:`prose.prose_blocks`) or dress its sentences, no list.

    An item heading series (SPEC §3) is the headings that repeat one word (``议案一：``
    ``议案二：``, ``【实事一】`` ``【实事二】``; of several words, the one with the most headings),
    two at least, each followed by labelled lines of its own (``办理单位：``, ``完成时限：``). A
    single heading, or headings without labels (a sentence that opens ``任务1：``), are none."""
    matches = list(STYLES[style].finditer(view, start, end))
    if style in CHAT_STYLES:  # a 群公告's items, each over labelled lines
        found = _count(matches, style, from_one)
        if style == MARKED:  # ``📢【…任务分工】`` over the first item: a headline, no item
            while found and not has_labels(view, found[0].end, _next_start(found, 0, end)):
                found = found[1:]
        return found if len(found) >= 2 and _labelled(view, found, end) else []
    if style != SERIES:
        return _count(matches, style, from_one)
    by_word: dict[str, list[re.Match[str]]] = {}
    for m in matches:
        by_word.setdefault(re.sub(r"[\s【]", "", view[m.start() : m.start("n")]), []).append(m)
    best: list[Marker] = []
    for same in by_word.values():
        found = _count(same, style, from_one)
        if len(found) >= 2 and len(found) > len(best) and _labelled(view, found, end):
            best = found
    return best


def _count(matches: list[re.Match[str]], style: str, from_one: bool) -> list[Marker]:
    found: list[Marker] = []
    for m in matches:
        expected = found[-1].number + 1 if found else 1
        number = _number(_numeral(m), expected)
        if number is None:
            continue
        if number == expected or (not from_one and (not found or number == 1)):
            found.append(Marker(number, _start(m, style), m.end()))
    return found


def _next_start(found: list[Marker], i: int, end: int) -> int:
    """Where the item after ``found[i]`` starts: ``end`` after the last."""
    return found[i + 1].start if i + 1 < len(found) else end


def _labelled(view: str, found: list[Marker], end: int) -> bool:
    """Does each item hold labelled lines of its own?"""
    stops = [m.start for m in found[1:]] + [end]
    return all(has_labels(view, m.end, stop) for m, stop in zip(found, stops, strict=True))


def _numeral(m: re.Match[str]) -> str:
    """A style's numeral: its group ``n`` when it names one (:data:`SERIES_NUMBER`), else its
    first group."""
    return m.group("n") if "n" in m.re.groupindex else m.group(1)


def _start(m: re.Match[str], style: str) -> int:
    """Where an item's number starts: at ``(``, not at the numeral; at ``1.`` of ``1.2.3``; at
    a series heading's word or ``【`` (``议案一：``, ``【实事一】``)."""
    if style in OUTLINE_STYLES:
        return m.end(1) - len(m.group().lstrip(" \t"))
    if style == SERIES:
        return m.end() - len(m.group().lstrip(" \t"))
    return m.start(1) - NUMBER_PREFIX.get(style, 0)


def _number(text: str, expected: int = 1) -> int | None:
    if text in BULLETS:  # ``★``: the next item, whatever its number
        return expected
    if text == "\U0001f51f":  # the keycap ``🔟``
        return 10
    if text.endswith("\u20e3"):  # a keycap ``1️⃣``: its digit (``10⃣`` too)
        return int(text.rstrip("\ufe0f\u20e3"))
    if not text[0].isalnum():  # an article's mark (``📌``): the next item, as a bullet
        return expected
    if text in CIRCLED:  # ``①``: str.isdigit() holds, int() fails
        return CIRCLED.index(text) + 1
    if text in ORDINAL_WORDS:
        return ORDINAL_WORDS[text]
    if text == LAST_WORD:  # ``最后，`` after ``首先…其次…``: the next; it opens no count
        return expected if expected > 1 else None
    text = text.removeprefix("第")
    return int(text) if text.isdigit() else cn_to_int(text)


def choose_style(
    view: str, start: int, end: int, exclude: tuple[str, ...] = (), from_one: bool = True
) -> tuple[str | None, list[Marker]]:
    """The outermost numbering style in ``[start, end)``.

    Sections count up from one; items of a task list may continue the
    numbering of the previous section (``3.``, ``4.`` under ``二、``), so
    ``from_one=False`` accepts a run that starts anywhere.
    """
    best: tuple[str | None, list[Marker]] = (None, [])
    find = markers if from_one else runs
    for style in STYLES:
        if style in exclude:
            continue
        found = find(view, start, end, style)
        if not found:
            continue
        key = (len(found) >= 2, -found[0].start)
        if best[0] is None or key > (len(best[1]) >= 2, -best[1][0].start):
            best = (style, found)
    return best


def split_sections(
    view: str, clean: str, start: int, end: int, exclude: tuple[str, ...] = ()
) -> list[SectionSpan]:
    style, found = choose_style(view, start, end, exclude)
    while style in INLINE_STYLES and _inline(view, found):
        exclude = (*exclude, style)  # ``（1）…（2）…`` in one paragraph: pledges, not sections
        style, found = choose_style(view, start, end, exclude)
    if len(found) < 2 and SERIES not in exclude:
        # ``【教育】 任务1：…`` ``【交通】 任务1：…``: a series that counts from one under each
        # heading counts one item from one only; the headings are the sections
        headed = headed_runs(view, clean, start, end, SERIES)
        if headed:
            return headed
    if style is None:
        return []
    lone = _lone_heading(view, start, found[0].start, end, exclude) if len(found) >= 2 else None
    if lone is not None:  # ``一、平安建设`` over ``1.`` ``2.``: one section, the items its pledges
        lone_style, marker = lone
        title, body_start = heading(view, clean, marker.end, end)
        return [SectionSpan(1, marker.start, end, title, body_start, lone_style)]
    headed = headed_runs(view, clean, start, end, style)
    if headed:  # ``【教育】 1. 2.`` ``【交通】 1. 2.``: each heading a section, its items from one
        return headed
    sections = []
    for i, marker in enumerate(found):
        section_end = found[i + 1].start if i + 1 < len(found) else end
        if i + 1 < len(found):
            section_end = _before_interlude(view, marker.end, section_end)
        title, body_start = heading(view, clean, marker.end, section_end)
        sections.append(
            SectionSpan(marker.number, marker.start, section_end, title, body_start, style)
        )
    return sections


#: An item's body that ends a sentence, or a sentence and its bracket (``…完成。（社事办）``).
ENDS_SENTENCE = re.compile(r"[。!?;](?:\s*\([^()]*\))?\s*$")


def _before_interlude(view: str, start: int, end: int) -> int:
    """Where an item of a list that goes on counting ends, before a line standing between it
    and the next number that heads or introduces what follows (``交通出行方面``, ``同时加快
    补齐交通短板，重点抓好以下几项：``): that line is no part of the item, nor a pledge, nor a
    section (SPEC §3). ``end`` when there is no such line, or the item's own text does not end
    a sentence before it (``1.加快园区建设`` over ``完善基础设施``)."""
    body_end = start + len(view[start:end].rstrip())
    line_start = view.rfind("\n", start, body_end) + 1
    if line_start <= start:
        return end
    line = view[line_start:body_end].strip()
    if not (_heading_line(line) or (line.endswith(":") and not PLEDGE_LIKE.search(line))):
        return end
    if not ENDS_SENTENCE.search(view, start, line_start):
        return end
    return line_start


#: The sections of :func:`headed_runs`: headed by a line of their own, numbered by none.
HEADED = "headed"
#: What frames a heading line's words: ``【教育】``, ``[交通]``, ``■``, ``*``.
HEADING_FRAME = "【】[]〔〕■□◆◇●○*# \t\u3000"


def headed_runs(view: str, clean: str, start: int, end: int, style: str) -> list[SectionSpan]:
    """Sections headed by heading lines that no number of ``style`` opens, when the items of
    ``style`` number from one again under each of them (SPEC §3).

    ``【教育】`` / ``教育事业`` (a Word or web page's bold heading, as its text gives it) on a line
    of its own, then ``1.…`` ``2.…``; ``【交通】``, then ``1.…`` again: two sections, titled
    ``教育`` and ``交通``, the items under each their pledges. A heading line is short and ends
    no sentence (:func:`_heading_line`); every run of items from one must stand right under
    one, the first included, or there are none (``[]``): a list that goes on counting (``3.``
    under a line between ``2.`` and ``3.``) is one list still, and a restart after a sentence
    (``具体要求如下：``) is a sub-list of the item above it."""
    heads = run_heads(view, start, end, style)
    sections = []
    for i, (head_start, head_end) in enumerate(heads):
        section_end = heads[i + 1][0] if i + 1 < len(heads) else end
        while head_start < head_end and view[head_start].isspace():
            head_start += 1
        title = clean[head_start:head_end].strip().strip(HEADING_FRAME) or view[
            head_start:head_end
        ].strip(HEADING_FRAME)
        sections.append(SectionSpan(i + 1, head_start, section_end, title, head_end + 1, HEADED))
    return sections


def run_heads(view: str, start: int, end: int, style: str) -> list[tuple[int, int]]:
    """The heading lines (start, end) over the runs of ``style``'s items in ``[start, end)``
    that number from one again, one over each run, the first run's included; none (``[]``)
    unless there are two runs at least and each stands right under such a line."""
    found = runs(view, start, end, style)
    firsts = [m for m in found if m.number == 1]
    if len(firsts) < 2:
        firsts = _counted_on_heads(view, start, found)
    if len(firsts) < 2:
        return []
    heads: list[tuple[int, int]] = []
    for marker in firsts:
        line_start = view.rfind("\n", start, marker.start) + 1
        if line_start <= start or view[line_start : marker.start].strip():
            return []  # the number opens no line, or nothing stands above it
        head_end = start + len(view[start : line_start - 1].rstrip())
        head_start = max(view.rfind("\n", start, head_end) + 1, start)
        if not _heading_line(view[head_start:head_end]) or (heads and head_start < heads[-1][1]):
            return []
        heads.append((head_start, head_end))
    return heads


def _counted_on_heads(view: str, start: int, found: list[Marker]) -> list[Marker]:
    """The items of one list counting on (``1.``–``3.``, ``4.``–``5.``) that each stand right
    under a heading line of their own (``经济发展``, ``【社会事业】``), the first item included:
    they open the runs those lines head (SPEC §3), so that the items keep their sections. A
    list whose first item has no such line above it is one list, its lines between items no
    sections (``3.…`` / ``交通出行方面`` / ``4.…``)."""
    if not found or found[0].number != 1:
        return []
    headed = []
    for i, marker in enumerate(found):
        line_start = view.rfind("\n", start, marker.start) + 1
        if line_start <= start or view[line_start : marker.start].strip():
            continue
        head_end = start + len(view[start : line_start - 1].rstrip())
        head_start = max(view.rfind("\n", start, head_end) + 1, start)
        if not _heading_line(view[head_start:head_end]):
            continue
        if i and not ENDS_SENTENCE.search(view, found[i - 1].end, head_start):
            continue  # ``1.加快园区建设`` over ``完善基础设施``: the item's own line
        headed.append(marker)
    return headed if headed and headed[0] is found[0] else []


def _heading_line(line: str) -> bool:
    """A line that heads the items under it: a few words (up to :data:`MAX_HEADING`), no
    sentence's end nor clause mark, no bracket (``（社事办）`` on its own line is the owner of
    the item above), no count nor deadline (``教育事业``, ``【交通出行】``)."""
    words = line.strip().strip(HEADING_FRAME)
    return (
        2 <= len(words) <= MAX_HEADING
        and not SENTENCE_MARK.search(words)
        and not re.search(r"[,，。;；:：!?！？()（）]", words)
        and not PLEDGE_LIKE.search(words)
    )


def _lone_heading(
    view: str, start: int, first_item: int, end: int, exclude: tuple[str, ...]
) -> tuple[str, Marker] | None:
    """A single numbered heading line (``一、平安建设``, ``（一）项目建设``) before the first of
    several items of another style: the one section they stand in, not a preamble."""
    for style in STYLES:
        if style in exclude or style in ("shi", "di"):
            continue
        found = markers(view, start, first_item, style)
        if len(found) != 1 or any(m.number == 2 for m in runs(view, first_item, end, style)):
            continue  # none, or a section numbering that goes on (二、) after the items
        marker = found[0]
        line_end = view.find("\n", marker.end, first_item)
        line = view[marker.end : line_end].strip() if line_end >= 0 else ""
        if (
            line
            and len(line) <= MAX_HEADING
            and not SENTENCE_MARK.search(line)
            and not view[line_end:first_item].strip()
        ):
            return style, marker
    return None


#: Styles that, written inline in one paragraph, list pledges rather than sections.
INLINE_STYLES = ("paren_ar", "arabic", "circled")


def _inline(view: str, found: list[Marker]) -> bool:
    """All items in one paragraph (``今年将办好以下实事：（1）…（2）…``)."""
    return len(found) >= 2 and "\n" not in view[found[0].start : found[-1].end]


def heading(view: str, clean: str, start: int, end: int) -> tuple[str, int]:
    """A section's title, and where its pledges start.

    A short first sentence (``狠抓招商引资,积蓄发展动能。``) or a line of its
    own is a heading; otherwise the title is the first clause of the first
    pledge, which stays a pledge.
    """
    line_end = view.find("\n", start, end)
    if line_end > start:
        line = view[start:line_end].strip()
        if (
            line
            and len(line) <= MAX_HEADING_LINE
            and not SENTENCE_MARK.search(line)
            and view[line_end:end].strip()
        ):  # a heading line of its own, however long, without final punctuation
            return clean[start:line_end].strip(), line_end + 1
    stop = search_outside(HEADING_END, view, start, end)  # not at ``（其中：…）``'s colon
    stop_at = stop.start() if stop else end
    sentence = clean[start:stop_at].strip()
    rest = view[stop.end() : end].strip() if stop else ""
    on_own_line = stop is not None and (
        view[stop.start()] in "\n:" or view[stop.end() : stop.end() + 1] == "\n"
    )
    looks_like_pledge = bool(PLEDGE_LIKE.search(view, start, stop_at)) and not (
        MEETING_TOPIC.match(view, start, stop_at)
    )  # ``二、研究了2031年县级重点项目计划。会议明确，…``: the item's topic is its heading
    if (
        stop is not None
        and sentence
        and rest
        and len(sentence) <= MAX_HEADING
        and (on_own_line or not looks_like_pledge)
    ):
        return sentence.rstrip("。.;；:："), stop.end()
    clauses = [c.strip() for c in split_outside(CLAUSE_END, sentence) if c.strip()]
    # ``到2027年6月底，完成…``: the title says what, not when
    clause = next((c for c in clauses if not TIME_ONLY.fullmatch(normalize(c))), "")
    return shorten(clause, MAX_HEADING) or shorten(sentence, MAX_HEADING), start


def subheadings(
    view: str, start: int, end: int, exclude: tuple[str, ...] = ()
) -> list[tuple[int, int]]:
    """Headings of the numbered sub-items inside a section, as ranges.

    ``（一）突出招商引资。一是强化精准招商。围绕…引进项目3个。二是…``: the
    sub-item opens with a short heading sentence of its own — a few words,
    no comma, no number or deadline — and its pledges follow. Such a heading
    is no pledge. A sub-item that starts with its pledge (``一是新建养老站2处。``)
    keeps it.
    """
    style, found = choose_style(view, start, end, exclude)
    if style is None:
        return []
    # ``教育`` over ``1.`` ``2.``, ``交通`` over ``1.`` again: the lines head the runs
    ranges = [(a, b + 1) for a, b in run_heads(view, start, end, style)]
    if len(found) >= 2:
        for i, marker in enumerate(found):
            item_end = found[i + 1].start if i + 1 < len(found) else end
            heading_range = _subheading(view, marker, item_end)
            if heading_range is not None:
                ranges.append(heading_range)
    # A lone item of an outer style over the chosen one's items (``1.基层治理。`` over
    # ``（1）…（2）…``) heads them as well: a section with one such heading is no different
    # from a section with two.
    item_starts = {m.start for m in found}
    for other in STYLES:
        if other in exclude or other == style:
            continue
        for marker in markers(view, start, end, other):
            heading_range = _subheading(view, marker, end)
            if heading_range is None or heading_range in ranges:
                continue
            after = heading_range[1]
            while after < end and view[after].isspace():
                after += 1
            if after in item_starts and marker.start < after:
                ranges.append(heading_range)
    return sorted(ranges)


def _subheading(view: str, marker: Marker, item_end: int) -> tuple[int, int] | None:
    """The range of an item's heading sentence, when it opens the item and pledges follow."""
    stop = search_outside(HEADING_END, view, marker.end, item_end)
    rest = view[stop.end() : item_end].strip() if stop is not None else ""
    if stop is None or not rest or OWN_BRACKET.fullmatch(rest):
        return None  # ``2.推进网格化管理。（平安办，6月底前）``: the item's owner, not its pledges
    sentence = view[marker.end : stop.start()].strip()
    if _heading_sentence(sentence):
        return marker.start, stop.end()
    return None


#: A number before a paragraph's lead phrase (``（一）夯实基层组织。年内发展党员12名…``).
LEAD_MARKER = re.compile(
    r"[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．]"
)


def paragraph_leads(view: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lead phrases of paragraphs: a heading sentence (:func:`_heading_sentence`) that opens its
    line with more sentences after it on that line (``抓项目扩投资。全年实施…``, bold in a web
    page, plain in a copy), after the paragraph's number or not. The paragraph's heading, not a
    pledge."""
    leads = []
    for (s, e), (next_s, _) in zip(sentences, sentences[1:], strict=False):
        line_start = view.rfind("\n", 0, s) + 1
        before = view[line_start:s].strip()
        if before and not LEAD_MARKER.fullmatch(before):
            continue
        if view[e - 1] != "。" or "\n" in view[e:next_s]:
            continue
        line_end = view.find("\n", e)
        if OWN_BRACKET.fullmatch(view[e : len(view) if line_end < 0 else line_end].strip()):
            continue  # ``推进网格化服务管理。（平安办，6月底前）``: the pledge and its owner
        if owner_sentence(view, s, e) is not None:
            continue  # ``…9座。\n水利站负责，应急办配合。``: the owners of the pledge before it
        if _heading_sentence(view[s : e - 1].strip()):
            leads.append((s, e))
    return leads


#: Each half of a two-clause heading (``抓项目招引，增强发展后劲``) is this short at most.
MAX_HEADING_CLAUSE = 8


def _heading_sentence(sentence: str) -> bool:
    """A few words with no number or deadline (``强化精准招商``), or two short clauses
    (``聚焦项目建设，筑牢发展支撑``): a heading, not a pledge."""
    if PLEDGE_LIKE.search(sentence) or "、" in sentence:
        return False
    clauses = sentence.split(",")
    if len(clauses) == 1:
        return 2 <= len(sentence) <= MAX_SUBHEADING
    return len(clauses) == 2 and all(2 <= len(c.strip()) <= MAX_HEADING_CLAUSE for c in clauses)
