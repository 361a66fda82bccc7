"""The parse view of a text: same length, easier to match.

Full-width ASCII becomes half-width (``（一）`` → ``(一)``, ``，`` → ``,``),
traditional characters become simplified, and OCR letters inside numbers
become digits (``IO0%`` → ``100%``, ``100o`` → ``1000``). Nothing here
changes the length, so positions found in the view are positions in the
cleaned text.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH.update({0x3000: 0x20, 0x3001: 0x3001})  # ideographic space; keep 、
_WIDTH.update({ord("﹐"): ord(","), ord("﹔"): ord(";"), ord("﹕"): ord(":")})
_OCR_NUMBER = re.compile(r"(?<![A-Za-z0-9.])[0-9IlOo]*[0-9][0-9IlOo]*(?![A-Za-z])")
_UNIT_AFTER = re.compile(r"[%‰万千百亿元个亩米吨户人]")
_OCR_DIGITS = str.maketrans("IlOo", "1100")


def normalize(text: str) -> str:
    view = to_simplified(text.translate(_WIDTH))
    return _OCR_NUMBER.sub(_fix_number, view)


def _fix_number(match: re.Match) -> str:
    """Letters inside a number are OCR errors; a leading letter only before a unit."""
    token = match.group(0)
    if not token[0].isdigit() and not _UNIT_AFTER.match(match.string, match.end()):
        return token
    return token.translate(_OCR_DIGITS)


def to_simplified(text: str) -> str:
    """Traditional → simplified, keeping the length (phrase-level when possible)."""
    if not any(ord(ch) > 0x2E7F for ch in text):
        return text
    converted = _converter().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_char(ch) for ch in text)


@lru_cache(maxsize=4096)
def _char(ch: str) -> str:
    converted = _converter().convert(ch)
    return converted if len(converted) == 1 else ch


@lru_cache(maxsize=1)
def _converter():
    from opencc import OpenCC

    return OpenCC("t2s")
