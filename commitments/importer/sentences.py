"""Step 6: one commitment per sentence.

A sentence ends at ``。``, ``;``/``；``, ``!``/``！``, ``?`` or a line break;
a terminator inside quotes (``“…。”``) or brackets (``（责任单位：…；完成时限：…）``,
``（其中：大豆2000亩；玉米3000亩）``, ``【…】``) does not end it. A quote or bracket
that never closes on its line (scraped text loses them) is ignored rather
than swallowing the rest of the section.

Every step that cuts text at punctuation — a sentence here, a section's or a
sub-item's ``heading：text`` (:mod:`sections`), a pledge's title clause
(:mod:`pipeline`), a title cut short — asks :func:`enclosed`, :func:`search_outside`,
:func:`split_outside` or :func:`shorten`, so a colon
or semicolon inside a closed bracket or quotes cuts nothing anywhere.
"""

from __future__ import annotations

import re

from commitments.importer.normalize import normalize
from commitments.importer.targets import find_targets, quoted_ranges
from commitments.importer.vocabulary import CIRCLED, ITEM_DOT_NEXT, LIST_NUMBER

TERMINATORS = set("。;!?")
TRAILERS = set("”’」』)）】\"'")
LIST_PREFIX = re.compile(r"\s*" + LIST_NUMBER + r"\s*")


INLINE_ITEM = re.compile(
    r"\s*(?:\(\d{1,2}\)|\d{1,2}[.、]"
    + ITEM_DOT_NEXT
    + r"|[一二三四五六七八九十]{1,3}是|\([一二三四五六七八九十]{1,3}\)"
    rf"|[{CIRCLED}])"
)


SHI_FIRST = re.compile(r"\s*[一二三四五六七八九十]{1,2}是(?![的否不])")
SHI_NEXT = re.compile(r"\s*[二三四五六七八九十]{1,2}是(?![的否不])")


def split_sentences(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence ranges in ``[start, end)`` with leading list numbers and spaces trimmed."""
    inside = enclosed(view, start, end)
    out: list[tuple[int, int]] = []
    begin = start
    i = start
    while i < end:
        ch = view[i]
        split_here = False
        if ch in TERMINATORS and i not in inside:
            while i + 1 < end and view[i + 1] in TRAILERS | TERMINATORS and i + 1 not in inside:
                i += 1
            split_here = True
            stop = i + 1
        elif (
            ch == ","
            and i not in inside
            and SHI_NEXT.match(view, i + 1, end)
            and SHI_FIRST.match(view, begin, i)
        ):  # ``一是新建…，二是组建…``: each item is a pledge
            split_here = True
            stop = i + 1
        elif ch == ":" and i not in inside and _parts_of_pledge(view, begin, i, end):
            i = _circled_run_end(view, i + 1, end)  # ``新建公厕3座，具体为：①…2座；②…1座。``
            continue
        elif ch == ":" and i not in inside and INLINE_ITEM.match(view, i + 1, end):
            split_here = True  # ``以下实事：（1）…``: the list's items are sentences
            stop = i + 1
        elif ch == "\n" and (i == begin or view[i - 1] not in ",、"):
            split_here = True
            stop = i
        if split_here:
            _add(view, begin, stop, out)
            begin = i + 1
        i += 1
    _add(view, begin, end, out)
    return out


CIRCLED_ITEM = re.compile(rf"\s*([{CIRCLED}])")
#: Where a circled item may end and the next begin.
ITEM_BREAK = re.compile(r"[,;。\n]")


def _parts_of_pledge(view: str, begin: int, colon: int, end: int) -> bool:
    """``新建公厕3座，具体为：①集镇2座；②东村1座``: circled items after a pledge that states
    its own goal are its parts; after an introduction (``办好以下实事：①…②…``) they are
    pledges of their own."""
    first = CIRCLED_ITEM.match(view, colon + 1, end)
    if first is None or first.group(1) != CIRCLED[0]:
        return False
    return bool(find_targets(view[begin:colon], view[begin:colon]))


def _circled_run_end(view: str, start: int, end: int) -> int:
    """Where the run ``①…；②…；③…`` starting at ``start`` ends: the break after its last item
    that no next number follows (the caller splits there)."""
    number = 0
    pos = start
    while True:
        item = CIRCLED_ITEM.match(view, pos, end)
        if item is None or number >= len(CIRCLED) or item.group(1) != CIRCLED[number]:
            return pos
        number += 1
        pos = item.end()
        while True:
            stop = ITEM_BREAK.search(view, pos, end)
            if stop is None:
                return end
            following = CIRCLED_ITEM.match(view, stop.end(), end)
            if following and number < len(CIRCLED) and following.group(1) == CIRCLED[number]:
                pos = stop.end()
                break
            if view[stop.start()] != ",":
                return stop.start()
            pos = stop.end()


MAX_BRACKET = 120
#: Brackets on the parse view (``（…）`` is ``(…)`` there), each with its closer.
BRACKETS = {"(": ")", "【": "】", "〔": "〕"}
OPENERS = re.compile("[" + re.escape("".join(BRACKETS)) + "]")


def enclosed(view: str, start: int, end: int) -> set[int]:
    """Positions in ``[start, end)`` inside a closed bracket or quotes (not the marks)."""
    inside: set[int] = set()
    for s, e in quoted_ranges(view[start:end]) + bracket_ranges(view[start:end]):
        inside.update(range(start + s + 1, start + e - 1))
    return inside


def search_outside(
    pattern: re.Pattern[str], view: str, start: int, end: int
) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``[start, end)`` that no closed bracket or quote
    holds: ``新建农田5000亩（其中：大豆2000亩）`` has no ``:`` for a heading to end at."""
    inside: set[int] | None = None
    for m in pattern.finditer(view, start, end):
        if inside is None:
            inside = enclosed(view, start, end)
        if m.start() not in inside:
            return m
    return None


def split_outside(pattern: re.Pattern[str], text: str) -> list[str]:
    """``pattern.split(text)`` with no cut inside a closed bracket or quotes; ``text`` may be
    cleaned (full-width) text: the brackets are found on its parse view."""
    inside = enclosed(normalize(text), 0, len(text))
    parts, begin = [], 0
    for m in pattern.finditer(text):
        if m.start() not in inside:
            parts.append(text[begin : m.start()])
            begin = m.end()
    parts.append(text[begin:])
    return parts


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters; a bracket that the cut would leave open
    (``新建农田5000亩（其中：大豆2000亩；玉米30``) is left out whole."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    opened = max(cut.rfind(mark) for mark in "（(【〔")
    if opened >= 6 and not any(mark in cut[opened:] for mark in "）)】〕"):
        return cut[:opened].rstrip(" ,，、")
    return cut


def bracket_ranges(view: str) -> list[tuple[int, int]]:
    """Ranges of ``(…)``, ``【…】``, ``〔…〕`` that close on the same line, within
    ``MAX_BRACKET`` characters."""
    ranges: list[tuple[int, int]] = []
    opener = OPENERS.search(view)  # from one opener to the next: most text has none
    while opener is not None:
        i = opener.start()
        close = BRACKETS[view[i]]
        stop = min(len(view), i + MAX_BRACKET)
        j = i + 1
        while j < stop and view[j] not in close + view[i] + "\n":
            j += 1
        if j < stop and view[j] == close:
            ranges.append((i, j + 1))
            opener = OPENERS.search(view, j + 1)
        else:
            opener = OPENERS.search(view, i + 1)
    return ranges


def _add(view: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and view[start] in " \t\r\n\u3000":
        start += 1
    prefix = LIST_PREFIX.match(view, start, end)
    if prefix and prefix.end() < end:
        start = prefix.end()
    while end > start and view[end - 1] in " \t\r\n\u3000":
        end -= 1
    body = view[start:end]
    if len(re.sub(r"[\W_]", "", body)) >= 2:
        out.append((start, end))
