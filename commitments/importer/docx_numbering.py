"""Automatic numbering in .docx: the list numbers Word shows but the text lacks.

A paragraph styled ``List Number`` or ``Heading 1`` (when the style is numbered) or with its
own ``w:numPr`` shows ``1.``, ``（一）``, ``1.1`` … in Word, but its text holds no number. The
importer's section and item rules read numbers from the text, so the number is rendered back
in front of the paragraph as Word shows it, from the numbering definitions:

- a level's format (``decimal``, ``chineseCounting``, ``ideographTraditional`` 甲乙丙…,
  letters, roman numerals), its text (``%1.%2``: the counters of the levels it names), its
  start value and what follows the number (``w:suff``: a tab unless told, a space, nothing;
  a number that ends in a digit, ``1.2``, always a tab: the text may start with a digit);
  ``w:isLgl`` shows every level in decimal;
- counters: the lists (``w:num``) of one definition (``w:abstractNum``) count on together; a
  list that overrides a start (``w:lvlOverride/w:startOverride``, Word's "restart at 1")
  counts on its own from there; a deeper level restarts after a higher one unless its
  ``w:lvlRestart`` says otherwise;
- a numbered style (``styles.xml``, inherited through ``w:basedOn``; a definition linked to
  a numbering style by ``w:numStyleLink``); ``w:numId`` 0 takes a style's number away.

Bullets render as nothing: they number nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from commitments.importer.numerals import to_chinese
from commitments.importer.vocabulary import CIRCLED

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CHINESE_FORMATS = {
    "chineseCounting",
    "chineseCountingThousand",
    "chineseLegalSimplified",
    "japaneseCounting",
    "taiwaneseCounting",
    "taiwaneseCountingThousand",
}
#: ``ideographTraditional`` counts 甲乙丙丁…, ``ideographZodiac`` 子丑寅卯…
CYCLES = {
    "ideographTraditional": "甲乙丙丁戊己庚辛壬癸",
    "ideographZodiac": "子丑寅卯辰巳午未申酉戌亥",
}
#: What Word puts between a list number and its text (``w:suff``; a tab unless told).
SUFFIXES = {"tab": "\t", "space": " ", "nothing": ""}
ROMAN: tuple[tuple[int, str], ...] = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"))
ROMAN += ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"))
ROMAN += ((4, "iv"), (1, "i"))


def _val(element, tag: str) -> str | None:
    child = element.find(f"{W}{tag}") if element is not None else None
    return child.get(f"{W}val") if child is not None else None


def _int(element, tag: str) -> int | None:
    value = _val(element, tag)
    return int(value) if value is not None and value.lstrip("-").isdigit() else None


@dataclass(frozen=True)
class Level:
    start: int
    format: str
    text: str
    suffix: str
    restart: int | None  # ``w:lvlRestart``: restart after this (1-based) level; 0 never
    legal: bool  # ``w:isLgl``: every level's number in decimal

    @classmethod
    def read(cls, lvl) -> Level:
        return cls(
            start=_int(lvl, "start") or 0 if lvl.find(f"{W}start") is not None else 1,
            format=_val(lvl, "numFmt") or "decimal",
            text=_val(lvl, "lvlText") or "",
            suffix=SUFFIXES.get(_val(lvl, "suff") or "tab", "\t"),
            restart=_int(lvl, "lvlRestart"),
            legal=lvl.find(f"{W}isLgl") is not None and _val(lvl, "isLgl") not in ("0", "false"),
        )


@dataclass(frozen=True)
class NumberedList:
    counter: str  # whose counters it advances: its definition's, or its own after a restart
    levels: dict[int, Level]
    starts: dict[int, int]  # ``w:startOverride`` per level


class Numbering:
    """Counters over a document's numbered paragraphs, in document order."""

    def __init__(self, document) -> None:
        self.lists: dict[str, NumberedList] = {}
        self.style_num: dict[str, tuple[str | None, int | None]] = {}
        self.based_on: dict[str, str] = {}
        self.counters: dict[str, dict[int, int]] = defaultdict(dict)
        self.started: set[str] = set()  # lists whose start overrides were applied
        for style in document.styles.element.findall(f"{W}style"):
            style_id = style.get(f"{W}styleId") or ""
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                self.style_num[style_id] = (_val(num_pr, "numId"), _int(num_pr, "ilvl"))
            if _val(style, "basedOn"):
                self.based_on[style_id] = _val(style, "basedOn") or ""
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(f"{W}abstractNumId"): a for a in numbering.findall(f"{W}abstractNum")}
        nums = {num.get(f"{W}numId"): num for num in numbering.findall(f"{W}num")}
        for num_id, num in nums.items():
            abstract_id = _val(num, "abstractNumId")
            definition = self._definition(abstract, nums, abstract_id)
            if definition is None:
                continue
            levels = {_int_attr(lvl): Level.read(lvl) for lvl in definition.findall(f"{W}lvl")}
            starts: dict[int, int] = {}
            for override in num.findall(f"{W}lvlOverride"):
                level = _int_attr(override)
                replaced = override.find(f"{W}lvl")
                if replaced is not None:
                    levels[level] = Level.read(replaced)
                start = _int(override, "startOverride")
                if start is not None:
                    starts[level] = start
            shared = definition.get(f"{W}abstractNumId")
            counter = f"num:{num_id}" if starts else f"abstract:{shared}"
            self.lists[num_id or ""] = NumberedList(counter, levels, starts)

    def _definition(self, abstract: dict, nums: dict, abstract_id: str | None):
        """The definition with the levels: through ``w:numStyleLink`` to the numbering style's."""
        definition = abstract.get(abstract_id)
        link = _val(definition, "numStyleLink")
        if link is None:
            return definition
        num_id, _level = self.style_num.get(link, (None, None))
        linked = nums.get(num_id)
        target = abstract.get(_val(linked, "abstractNumId")) if linked is not None else None
        if target is None or _val(target, "numStyleLink") is not None:
            return definition
        return target

    def _style_numbering(self, style: str | None) -> tuple[str | None, int | None]:
        seen = set()
        while style and style not in seen:
            seen.add(style)
            if style in self.style_num:
                return self.style_num[style]
            style = self.based_on.get(style)
        return None, None

    def label(self, paragraph, counted: bool = True) -> str:
        """The number Word shows before ``paragraph`` (advancing the counters), or ''.

        ``counted=False``: a paragraph Word does not show (its mark deleted and no text left)."""
        p_pr = paragraph.find(f"{W}pPr")
        num_pr = p_pr.find(f"{W}numPr") if p_pr is not None else None
        style_num, style_level = self._style_numbering(_val(p_pr, "pStyle"))
        num_id = _val(num_pr, "numId") or style_num
        level = _int(num_pr, "ilvl")
        level = level if level is not None else (style_level or 0)
        numbered = self.lists.get(num_id or "")
        if not counted or numbered is None or level not in numbered.levels:
            return ""  # numId 0 (numbering taken away) names no list
        counters = self.counters[numbered.counter]
        if numbered.counter not in self.started:
            self.started.add(numbered.counter)
            for k, start in numbered.starts.items():
                counters[k] = start - 1  # the restart: the level counts on from its new start
        definition = numbered.levels[level]
        counters[level] = counters.get(level, self._start(numbered, level) - 1) + 1
        for deeper in [k for k in counters if k > level]:
            restart = numbered.levels[deeper].restart if deeper in numbered.levels else None
            if restart != 0 and (restart is None or level < restart):
                del counters[deeper]  # a new parent item restarts its children
        if definition.format in ("bullet", "none"):
            return ""
        text = definition.text
        for k in sorted(numbered.levels):
            placeholder = f"%{k + 1}"
            if placeholder in text:
                value = counters.get(k, self._start(numbered, k))
                number_format = "decimal" if definition.legal else numbered.levels[k].format
                text = text.replace(placeholder, render(value, number_format))
        if text[-1:].isdigit():  # ``1.1`` + ``3月底前…``: a bare number is set off, always
            return text + "\t"
        return text + definition.suffix if text else ""

    @staticmethod
    def _start(numbered: NumberedList, level: int) -> int:
        return numbered.starts.get(level, numbered.levels[level].start)


def _int_attr(element) -> int:
    value = element.get(f"{W}ilvl", "0")
    return int(value) if value.isdigit() else 0


def render(value: int, number_format: str) -> str:
    """One counter as Word writes it in ``number_format``."""
    if number_format in CHINESE_FORMATS:
        return to_chinese(value)
    if number_format in CYCLES:
        cycle = CYCLES[number_format]
        return cycle[(value - 1) % len(cycle)]
    if number_format in ("upperLetter", "lowerLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if number_format == "upperLetter" else letter
    if number_format in ("upperRoman", "lowerRoman") and value > 0:
        roman = ""
        for amount, letters in ROMAN:
            count, value = divmod(value, amount)
            roman += letters * count
        return roman.upper() if number_format == "upperRoman" else roman
    if number_format == "decimalZero":
        return f"{value:02d}"
    if number_format in ("decimalFullWidth", "decimalFullWidth2"):
        return str(value).translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    if number_format.startswith("decimalEnclosedCircle") and 0 < value <= len(CIRCLED):
        return CIRCLED[value - 1]
    if number_format == "decimalEnclosedParen":
        return f"({value})"
    return str(value)
