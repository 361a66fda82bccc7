"""Hard-wrapped text (PDF or e-mail conversions): which line breaks only wrap a line.

A converted PDF breaks every line at the page width, mid-sentence and even
mid-word (``6月`` / ``底前``). Left alone, each piece would become a pledge of
its own. A break is a wrap when the document is wrapped at all (many lines
fill the same width), the line fills that width without ending a sentence,
and the next line does not start something new (a number, a heading, a
label, an indented paragraph). A line that starts with ``，``/``。`` always
continues the previous one: no sentence starts with punctuation. A scan's OCR wraps where
the print did, also inside a bracket (``…5个。(责`` / ``任单位:农业办)``, ``(牵头单位:`` /
``县水利局)``): the line after, closing the bracket, continues it even when it reads like a
label; and an item's number alone on its line (``12.`` / ``秋季开学前…``) numbers the next
line. Whether a line starts an item is read in the parse view (``l0.`` is item 10). Short lines
(headings, titles, the last line of a paragraph) are never joined, so
documents that are not wrapped keep their lines.
"""

from __future__ import annotations

import re
import unicodedata

from commitments.importer.owners import UNIT_NAME
from commitments.importer.vocabulary import EMOJI, GROUP_UNITS, ITEM_DOT_NEXT, LABELS

SENTENCE_END = "。！!？?；;：:"
#: What starts a new item, heading or labelled line rather than continuing one.
NEW_ITEM = re.compile(
    r"^(?:[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]"
    r"|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}(?:[、)）]|[.．]" + ITEM_DOT_NEXT + ")"
    r"|第[一二三四五六七八九十]{1,3}(?:[,，、:：]|部分|条|章)|[一二三四五六七八九十]是"
    r"|[\u4e00-\u9fff]{2,6}[:：]|同志们|#|>|[-*+]\s|[①-⑳]|【"
    # an article's item or heading opens with an emoji bullet (``✅２．…``, ``🔥一、…``), or with
    # the ``＊`` that marks a listed item before its number (``＊３．…``)
    rf"|{EMOJI}|[▪▫]|[*＊]\s*[\d０-９])"
)
#: A line that starts as a label does (``任单位:``: a bracket's label wrapped inside its word).
LABEL_START = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：]")
#: A line that is only an item's number (``12.``, ``（三）``, ``四、``): its text is on the next.
BARE_NUMBER = re.compile(
    r"^\s*(?:[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]"
    r"|(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．])\s*$"
)
#: A sentence closed by its owner's bracket (``…12间。（社事办）``): the line ends there.
CLOSED_BRACKET = re.compile(r"[。！!？?；;]\s*[（(][^()（）]*[)）]\s*$")
CONTINUATION = re.compile(r"^[,，、;；。.!！?？:：)）”’》]")
#: Widths of wrapped lines vary a little (half-width digits, punctuation at the margin).
FILL = 0.8
MIN_WRAPPED_LINES = 4
#: A printed page holds 10–60 CJK characters a line; longer "lines" are paragraphs.
MIN_WIDTH, MAX_WIDTH = 20, 120


def display_width(line: str) -> int:
    """Columns a line takes: CJK characters count double, as on the printed page."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def wrap_width(lines: list[str]) -> int | None:
    """The width a document is wrapped at, or None when it is not wrapped.

    The width is the one that most lines not ending a sentence come close to
    filling; the document counts as wrapped when such lines are many, both
    absolutely and relative to all its lines, and hardly any line runs past
    that width (headings of equal length over long paragraphs are no wrap).
    """
    bodies = [line.rstrip() for line in lines if line.strip()]
    open_widths = sorted(display_width(b) for b in bodies if b[-1] not in SENTENCE_END)
    best, best_count = None, 0
    for width in set(open_widths):
        if not MIN_WIDTH <= width <= MAX_WIDTH:
            continue
        count = sum(FILL * width <= w <= width for w in open_widths)
        if count > best_count or (count == best_count and best is not None and width > best):
            best, best_count = width, count
    if best is None or best_count < max(MIN_WRAPPED_LINES, len(bodies) // 4):
        return None
    wider = sum(display_width(b) > best * 1.1 for b in bodies)
    if wider * 10 > len(bodies):
        return None
    return best


def ends_sentence(body: str) -> bool:
    """Does ``body`` end a sentence, or a sentence and its bracket (``…完成。（社事办）``)?"""
    return body[-1] in SENTENCE_END or CLOSED_BRACKET.search(body) is not None


def fills(line: str, width: int | None) -> bool:
    """Does ``line`` reach the wrap margin without ending a sentence?"""
    body = line.rstrip()
    return (
        width is not None
        and bool(body)
        and not ends_sentence(body)
        and display_width(body) >= FILL * width
    )


def breaks_clause(line: str, width: int | None) -> bool:
    """Does ``line`` stop mid-sentence after a clause (``新建卫生室5个，10月底前完成镇中心小学``)?

    In a wrapped document such a line continues on the next one even when it falls a little
    short of the margin (a conversion that dropped spaces or half-width digits); a heading or
    title holds no clause break before an open end, nor starts with an item number.
    """
    body = line.strip()
    return (
        width is not None
        and bool(body)
        and not ends_sentence(body)
        and bool(re.search(r"[，,、]", body))
        and not NEW_ITEM.match(body)
        and display_width(body) >= 0.6 * width
    )


def continues(line: str) -> bool:
    """Does ``line`` obviously continue the previous line (starts with punctuation)?"""
    return bool(CONTINUATION.match(line))


def open_bracket(line: str) -> bool:
    """Does ``line`` leave a bracket open (``…创建美丽屋场5个。(责``)?"""
    depth = 0
    for ch in line:
        if ch in "(（":
            depth += 1
        elif ch in ")）" and depth:
            depth -= 1
    return depth > 0


def closes_bracket(line: str) -> bool:
    """Does ``line`` close a bracket opened before it (``任单位:农业办、环保办)``)?"""
    found = re.search(r"[()（）]", line)
    return found is not None and found.group(0) in ")）"


def wrapped_breaks(
    lines: list[str],
    next_index: list[int | None],
    width: int | None,
    views: list[str] | None = None,
) -> set[int]:
    """Indexes of lines whose line break only wraps the text (to be joined with the next).

    ``next_index[i]`` is the next line that is kept (debris skipped), or None; ``views`` the
    lines' parse views (:func:`normalize`), where an item's number is read.
    """
    joins: set[int] = set()
    for index, line in enumerate(lines):
        following = next_index[index]
        if following is None or not line.strip():
            continue
        nxt = lines[following]
        if not nxt.strip():
            continue
        view = views[following] if views is not None else nxt
        if continues(nxt.lstrip()):
            joins.add(index)
        elif BARE_NUMBER.match(line) and not NEW_ITEM.match(view.lstrip()):
            joins.add(index)  # ``12.`` / ``秋季开学前完成…``
        elif (
            width is not None
            and open_bracket(line)
            and closes_bracket(nxt)
            and (not NEW_ITEM.match(view) or LABEL_START.match(view))
        ):
            joins.add(index)  # ``(责`` / ``任单位:农业办)``, ``(牵头单位:`` / ``县水利局)``
        elif (
            (fills(line, width) or breaks_clause(line, width))
            and not nxt[:1].isspace()
            and not NEW_ITEM.match(view)
            and not _heads_item(nxt, next_index[following], lines, views)
            and not _ends_owner_list(line, nxt)
        ):
            joins.add(index)
    return joins


#: An owner label's line (``责任单位：``, ``牵头单位：``, ``配合单位：``, ``【责任单位】``).
OWNER_LABEL_LINE = re.compile(
    rf"^\s*[【\[]?\s*(?:{LABELS['lead']}|{LABELS['co']})\s*(?:[:：]|[】\]])"
)
#: A list of units ending with a whole name (``…、县统计局``, ``…县工信局（牵头）``, ``…各镇街``).
UNIT_LIST_END = re.compile(rf"(?:{UNIT_NAME}|{GROUP_UNITS})(?:\s*[(（]\s*牵头\s*[)）])?\s*$")
#: A line that goes on with a list of units: a unit named with a list's mark, a role or the
#: line's end after it (``县财政局、县审计局``, ``县财政局（牵头）``, ``各乡镇``), or a bracket.
UNIT_LIST_START = re.compile(
    rf"^\s*(?:[(（]|(?:{UNIT_NAME}|{GROUP_UNITS})(?:[、,，;；(（]|配合|牵头|负责|\s*$))"
)


def _ends_owner_list(line: str, nxt: str) -> bool:
    """Does an owner label's line end its list of units (``责任单位：县工信局（牵头）、县统计局``)
    over a line that names no unit (``新建标准厂房12万平方米…``, the next paragraph)? Then the
    label's value ends there: text without blank lines between its paragraphs, each closed by
    such a line, fills the wrap margin with them, but a wrapped list breaks inside a name
    (``县统`` / ``计局``) or goes on with one (``县财政局、…``)."""
    return (
        OWNER_LABEL_LINE.match(line) is not None
        and UNIT_LIST_END.search(line) is not None
        and UNIT_LIST_START.match(nxt) is None
    )


#: A heading line's length at most (``教育事业``, ``二、交通出行``: no tail of a wrapped line).
MAX_HEADING = 30
#: Any punctuation: a wrapped sentence's tail has some (its ``。`` at least), a heading none.
PUNCTUATION = re.compile(r"[，,、。.；;：:！!？?（）()“”]")


def _heads_item(line: str, after: int | None, lines: list[str], views: list[str] | None) -> bool:
    """Is ``line`` a heading over the item that starts on the line after it (``交通建设`` over
    ``1.硬化通村道路…``)? A few words, no punctuation, no digit: the last line of a wrapped
    sentence would end it (``。``), a heading stands on its own."""
    body = line.strip()
    if after is None or not body or len(body) > MAX_HEADING:
        return False
    if PUNCTUATION.search(body) or re.search(r"\d", body):
        return False
    nxt = views[after] if views is not None else lines[after]
    return bool(NEW_ITEM.match(nxt.lstrip()))
