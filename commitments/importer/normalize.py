"""The parse view of a text: same length, easier to match.

Full-width ASCII becomes half-width (``（一）`` → ``(一)``, ``，`` → ``,``),
traditional characters become simplified, and OCR letters inside numbers
become digits (``IO0%`` → ``100%``, ``100o`` → ``1000``, ``l.2亿元`` → ``1.2亿元``,
``l5栋`` → ``15栋``, ``lOO%`` → ``100%``; an item's number at a line's start, ``l0.`` →
``10.``; never a letter of a word or code, ``OA系统``, ``I/O``), and ``队`` read for ``%``
after a rate becomes ``%`` (``增长6队，`` → ``增长6%，``). A year written in
Chinese digits becomes Arabic digits (``二〇三五年`` → ``2035年``, ``二零三五年度``,
``二〇三四至二〇三五年``), so every rule that reads a year reads it; only four digits that start
as a year does (``二〇``/``二零``/``一九``) before ``年`` (or a range's second year), never a
count (``三千五百年``) nor a number in a name (``一二三四``). Nothing here
changes the length, so positions found in the view are positions in the
cleaned text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from commitments.importer.memo import remembered
from commitments.importer.vocabulary import UNIT_STARTS

_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH.update({0x3000: 0x20, 0x3001: 0x3001})  # ideographic space; keep 、
_WIDTH.update({ord("﹐"): ord(","), ord("﹔"): ord(";"), ord("﹕"): ord(":")})
_OCR_NUMBER = re.compile(r"(?<![A-Za-z0-9.])[0-9IlOo]+(?:\.[0-9IlOo]+)?(?![A-Za-z0-9])")
#: What may follow a number: the first character of any unit (``l5栋``, ``I2公里``).
_UNIT_AFTER = re.compile(rf"\s?[{re.escape(UNIT_STARTS)}月日号季]")
_OCR_DIGITS = str.maketrans("IlOo", "1100")
#: An item's number at a line's start (``l0.上半年完成…``, ``lO、``): its mark follows, then the
#: item's words (not a letter: ``O.K.``).
_ITEM_AFTER = re.compile(r"[.．、](?![A-Za-z0-9])")
_CODE_MARKS = "/-_&+#@"
_LINE_START = re.compile(r"(?:^|\n)[ \t\u3000]*$")
#: ``增长6队，``: OCR reads ``%`` as ``队`` after a rate.
_OCR_PERCENT = re.compile(r"(?<=\d)队(?=\s?[,;。，；])")
_RATE = re.compile(r"率|增长|增幅|提高|提升|下降|降低|减少|占比|比重|比例")


#: A year in Chinese digits (``二〇三五年``, ``二零三五年度``, ``一九九八年``), or a range's first
#: year before its second (``二〇三四至二〇三五年``).
_CN_YEAR = re.compile(
    r"(?<![零〇○一二两三四五六七八九十百千万亿\d])(?:二[〇零○]|一九)[〇零○一二三四五六七八九]{2}"
    r"(?=\s?年|\s?(?:至|到|—|-|－|~|～)\s?(?:二[〇零○]|一九)[〇零○一二三四五六七八九]{2}\s?年)"
)
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")


@remembered
def normalize(text: str) -> str:
    """The parse view of ``text`` (module docstring); remembered per parse, as a pledge's text
    is normalized again by each step that cuts it (10,002 calls for 5,133 texts in a plan
    of 5,000 distinct pledges)."""
    view = _OCR_NUMBER.sub(_fix_number, to_simplified(text.translate(_WIDTH)))
    if "年" in view:
        view = _CN_YEAR.sub(lambda m: m.group(0).translate(_CN_DIGITS), view)
    return _OCR_PERCENT.sub(_fix_percent, view) if "队" in view else view


def _fix_percent(match: re.Match[str]) -> str:
    clause = re.split(r"[,;。:\n]", match.string[max(0, match.start() - 30) : match.start()])[-1]
    return "%" if _RATE.search(clause) else match.group(0)


def _fix_number(match: re.Match[str]) -> str:
    """Letters inside a number are OCR errors; a leading letter only where the context is a
    number's: before a unit (``l5栋``, ``lOO%``) or as an item's number at a line's start
    (``l0.``). Letters alone need two of them (``lO``), or a unit right after (``l个``)."""
    token = match.group(0)
    if token[0].isdigit():
        return token.translate(_OCR_DIGITS)
    text, end = match.string, match.end()
    if match.start() and text[match.start() - 1] in _CODE_MARKS:
        return token  # ``I/O口``, ``B-O型``: a code's letter
    if _UNIT_AFTER.match(text, end) or (
        _ITEM_AFTER.match(text, end) and _LINE_START.search(text, 0, match.start())
    ):
        return token.translate(_OCR_DIGITS)
    return token


def to_simplified(text: str) -> str:
    """Traditional → simplified, keeping the length (phrase-level when possible)."""
    return _short_simplified(text) if len(text) <= 64 else _simplified(text)


@lru_cache(maxsize=16384)
def _short_simplified(text: str) -> str:
    """Keywords and names are converted again for every pledge: remembered (a
    5,000-pledge plan spent 80% of its parse converting the same keywords)."""
    return _simplified(text)


def _simplified(text: str) -> str:
    if not any(ord(ch) > 0x2E7F for ch in text):
        return text
    converted = _convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_char(ch) for ch in text)


def _convert(text: str) -> str:
    """What OpenCC's ``t2s`` makes of ``text``, without its phrase search where no
    phrase can match: OpenCC looks for its (few hundred) phrases at every position
    of every clause, then maps the remaining characters one by one, which cost a
    5,000-pledge plan 0.8 s. A text in which none of the phrases occurs is mapped
    one character at a time here with OpenCC's own character table, to the same
    result; any other text goes through OpenCC."""
    tables = _tables()
    if tables is not None and tables[0].search(text) is None:
        return text.translate(tables[1])
    result: str = _converter().convert(text)
    return result


@lru_cache(maxsize=4096)
def _char(ch: str) -> str:
    converted: str = _converter().convert(ch)
    return converted if len(converted) == 1 else ch


@lru_cache(maxsize=1)
def _converter() -> Any:
    from opencc import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern[str], dict[int, str]] | None:
    """OpenCC's ``t2s`` dictionaries as a pattern of its phrases and a character
    table, or ``None`` when they are not the shape this relies on (one step of
    phrases then single characters; no entry holds a clause separator)."""
    converter = _converter()
    chain = getattr(converter, "_dict_chain_data", None)
    if not chain or len(chain) != 1 or len(chain[0]) != 2:
        return None
    (_, _, phrases), (longest, shortest, characters) = chain[0]
    if (longest, shortest) != (1, 1):
        return None
    keys = [*phrases, *characters]
    if any(converter.split_chars_re.search(k) for k in keys):
        return None
    pattern = re.compile("|".join(map(re.escape, sorted(phrases, key=len, reverse=True))))
    # an entry with several readings (``覆\t覆 复``) takes the first, as OpenCC does
    return pattern, {ord(k): v.split(" ")[0] for k, v in characters.items()}
