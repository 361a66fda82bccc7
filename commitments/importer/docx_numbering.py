"""Automatic numbering in .docx: the list numbers Word shows but the text lacks.

A paragraph styled ``List Number`` (or with its own ``w:numPr``) shows
``1.``, ``（一）`` … in Word, but its text holds no number. The importer's
section and item rules read numbers from the text, so the number is rendered
back in front of the paragraph from the numbering definitions (start value,
format, level text). Bullets render as nothing: they number nothing.
"""

from __future__ import annotations

from collections import defaultdict

from commitments.importer.numerals import to_chinese

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CHINESE_FORMATS = {
    "chineseCounting",
    "chineseCountingThousand",
    "chineseLegalSimplified",
    "ideographTraditional",
    "japaneseCounting",
    "taiwaneseCounting",
    "taiwaneseCountingThousand",
}


def _val(element, tag: str) -> str | None:
    child = element.find(f"{W}{tag}") if element is not None else None
    return child.get(f"{W}val") if child is not None else None


class Numbering:
    """Counters over a document's numbered paragraphs, in document order."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.style_num: dict[str, tuple[str, int]] = {}
        self.counters: dict[str, dict[int, int]] = defaultdict(dict)
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering = None
        if numbering is not None:
            abstract = {a.get(f"{W}abstractNumId"): a for a in numbering.findall(f"{W}abstractNum")}
            for num in numbering.findall(f"{W}num"):
                definition = abstract.get(_val(num, "abstractNumId"))
                if definition is None:
                    continue
                levels = {}
                for lvl in definition.findall(f"{W}lvl"):
                    levels[int(lvl.get(f"{W}ilvl", "0"))] = (
                        int(_val(lvl, "start") or 1),
                        _val(lvl, "numFmt") or "decimal",
                        _val(lvl, "lvlText") or "",
                    )
                self.levels[num.get(f"{W}numId")] = levels
        for style in document.styles.element.findall(f"{W}style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            num_id = _val(num_pr, "numId")
            if num_id:
                self.style_num[style.get(f"{W}styleId")] = (num_id, int(_val(num_pr, "ilvl") or 0))

    def label(self, paragraph) -> str:
        """The number Word shows before ``paragraph`` (advancing the counters), or ''."""
        p_pr = paragraph.find(f"{W}pPr")
        num_pr = p_pr.find(f"{W}numPr") if p_pr is not None else None
        num_id, level = _val(num_pr, "numId"), int(_val(num_pr, "ilvl") or 0)
        if num_id is None:
            style = _val(p_pr, "pStyle")
            num_id, style_level = self.style_num.get(style or "", (None, 0))
            level = int(_val(num_pr, "ilvl") or style_level)
        levels = self.levels.get(num_id or "")
        if not levels or level not in levels:
            return ""
        counters = self.counters[num_id]
        start = levels[level][0]
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]  # a new parent item restarts its children
        text = levels[level][2]
        for k, (k_start, k_format, _) in levels.items():
            placeholder = f"%{k + 1}"
            if placeholder in text:
                text = text.replace(placeholder, _format(counters.get(k, k_start), k_format))
        return "" if levels[level][1] in {"bullet", "none"} else text


def _format(value: int, number_format: str) -> str:
    if number_format in CHINESE_FORMATS:
        return to_chinese(value)
    if number_format == "upperLetter":
        return chr(ord("A") + (value - 1) % 26)
    if number_format == "lowerLetter":
        return chr(ord("a") + (value - 1) % 26)
    return str(value)
