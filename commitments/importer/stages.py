"""The dated stages of a 实施方案: each a pledge, due at the end of its range.

A plan that sets out its steps in a part of its own (``三、实施步骤``, ``工作步骤``,
``进度安排``) after its tasks gives each stage a time:
``（一）动员部署阶段（2029年3月1日—3月20日）。召开全乡动员大会…``. What the stage says it
will do by then is planned work like any task, so each dated stage is one pledge (its
deadline the range's end: :mod:`deadlines` reads a range as its last day). A stage without a
time, or a steps part inside the arrangement itself, is left to the rules that read the
arrangement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from commitments.importer.arrangement import Arrangement, Part, closing_start
from commitments.importer.sections import choose_style

#: A part that sets out the plan's steps in time.
STAGES_HEAD = re.compile(
    r"^\s*[\u4e00-\u9fff]{0,4}步骤|^\s*(?:进度|时间|阶段|时序)安排|^\s*(?:实施|工作|推进)进度"
    r"|^\s*时间节点|^\s*阶段任务"
)
#: A time in a stage's item: a month (``3月20日``, ``4月—9月``), a quarter, a half-year.
DATED = re.compile(
    r"\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|[一二三四1-4]季度|[上下]半年|年底|年末"
)


def stage_items(
    view: str, parts: Sequence[Part], arrangement: Arrangement
) -> tuple[Part, list[tuple[int, int]]] | None:
    """The stages part after the arrangement and its dated items (``[start, end)`` each, after
    the item's number), or None."""
    for part in parts:
        if part.kind == "review" or not STAGES_HEAD.search(part.heading.strip(" :：。")):
            continue
        if part.start < arrangement.end and arrangement.start < part.end:
            continue  # inside the arrangement: its own sections read it
        items = [
            (start, end)
            for start, end in _items(
                view, part.heading_end, closing_start(view, part.heading_end, part.end)
            )
            if DATED.search(view, start, min(end, start + 40))
        ]
        if items:
            return part, items
    return None


def _items(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The part's numbered items (``（一）…``, ``1.…``) after their numbers, else its lines
    (``第一阶段：…``, ``2031年4月至9月：…``)."""
    style, found = choose_style(view, start, end, from_one=True)
    if style is None:
        spans, pos = [], start
        for line in view[start:end].split("\n"):
            if line.strip():
                lead = len(line) - len(line.lstrip())
                spans.append((pos + lead, pos + len(line.rstrip())))
            pos += len(line) + 1
        return spans
    spans = []
    for i, marker in enumerate(found):
        item_end = found[i + 1].start if i + 1 < len(found) else end
        while item_end > marker.end and view[item_end - 1].isspace():
            item_end -= 1
        spans.append((marker.end, item_end))
    return spans
