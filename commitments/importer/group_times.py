"""A time that heads a group of pledges and is due for each that states none.

A line that is only a time (``到2027年底：``, ``2027年6月底前``) stands over the items after it,
down to the next such line or a line numbered in another style (a heading of another level);
a sentence's opening time clause (``到9月底，新建…；改造…；建成…。``) stands over the ``；``
items of that sentence. A pledge that names a time of its own keeps it.
"""

from __future__ import annotations

import re

from commitments.importer.vocabulary import CIRCLED, TIME_ONLY

_CN = "[一二三四五六七八九十]{1,3}"
#: An item's number at a line's or sentence's start, by style (each its own group).
MARK = re.compile(
    rf"[ \t]*(?:(\d{{1,2}})[.、)]|\((\d{{1,2}})\)|\(({_CN})\)|({_CN})、|([{CIRCLED}])|({_CN})是)"
)
#: What may close a time that heads a group: ``：``, ``，``, nothing.
_TIME_END = " \t:：,，。"
#: Where a sentence starts: after its stop or a line break.
_SENTENCE_STOPS = "。!?\n"


def _style(line: str) -> int | None:
    """Which numbering style a line opens with (the group's index), None for none."""
    m = MARK.match(line)
    return None if m is None else next(i for i, g in enumerate(m.groups()) if g)


def _time_line(line: str) -> str | None:
    stripped = line.strip(_TIME_END)
    return stripped if stripped and TIME_ONLY.fullmatch(stripped) else None


def line_time(view: str, start: int, at: int) -> str | None:
    """The time line over the pledge at ``at`` in ``[start, …)``, if one heads its group."""
    line_start = view.rfind("\n", start, at) + 1 if at > start else start
    line_start = max(line_start, start)
    line_end = view.find("\n", line_start)
    own = _style(view[line_start : len(view) if line_end < 0 else line_end])
    pos = line_start
    while pos > start:
        prev_start = max(view.rfind("\n", start, pos - 1) + 1, start)
        line = view[prev_start : pos - 1] if view[pos - 1] == "\n" else view[prev_start:pos]
        pos = prev_start
        if not line.strip():
            continue
        time = _time_line(line)
        if time is not None:
            return time
        style = _style(line)
        if style is not None and style != own:
            return None  # a heading of another level: the group has ended
    return None


def sentence_time(view: str, start: int, at: int) -> str | None:
    """``到9月底，A；B；C。``: the opening time clause of the sentence that the ``；`` item at
    ``at`` continues."""
    # the last stop before ``at``, looked for backwards: a section's pledges each scanning the
    # section from its start cost a 5,000-pledge plan ~0.4 s
    last = max(view.rfind(stop, start, at) for stop in _SENTENCE_STOPS)
    sentence_start = last + 1 if last >= 0 else start
    if ";" not in view[sentence_start:at]:
        return None  # the sentence's first item names its own time
    mark = MARK.match(view, sentence_start)
    head = mark.end() if mark else sentence_start
    clause = re.match(r"[^,:;。]{2,24}[,:]", view[head:at])
    if clause is None:
        return None
    return _time_line(clause.group())


def group_time(view: str, start: int, at: int) -> str | None:
    """The time that heads the group the pledge at ``at`` belongs to, if any."""
    return sentence_time(view, start, at) or line_time(view, start, at)
