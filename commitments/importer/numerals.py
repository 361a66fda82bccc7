"""Chinese numerals → numbers (``两千五百`` → 2500, ``三点五`` → 3.5)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10**4, "亿": 10**8}
CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿点"
#: A Chinese numeral with at least one digit (or a leading 十): ``千方百计`` is not a number.
CN_NUMBER_RE = re.compile(rf"(?:[零〇一二两三四五六七八九]|十)[{CN_NUMERAL}]*")


def cn_to_int(text: str) -> int | None:
    """Integer value of a Chinese numeral, or None if it is not one."""
    if not CN_NUMBER_RE.fullmatch(text) or "点" in text:
        return None
    if all(ch in DIGITS for ch in text) and len(text) > 1:  # 二〇二四 read digit by digit
        return int("".join(str(DIGITS[ch]) for ch in text))
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        else:
            section += digit or 0
            total = (
                (total + section) * BIG_UNITS[ch]
                if total < BIG_UNITS[ch]
                else (total + section * BIG_UNITS[ch])
            )
            section, digit = 0, None
    return total + section + (digit or 0)


def parse_number(text: str) -> Decimal | None:
    """A number written in Arabic digits, Chinese numerals, or a mix (``3千``, ``1.5万``)."""
    text = text.replace(",", "").strip()
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        pass
    mixed = re.fullmatch(r"(\d+(?:\.\d+)?)([十百千万亿]+)", text)
    if mixed:
        factor = Decimal(1)
        for ch in mixed.group(2):
            factor *= SMALL_UNITS.get(ch) or BIG_UNITS[ch]
        return Decimal(mixed.group(1)) * factor
    if "点" in text:
        whole, _, fraction = text.partition("点")
        integer = cn_to_int(whole) if whole else 0
        if integer is None or not fraction or any(ch not in DIGITS for ch in fraction):
            return None
        return Decimal(f"{integer}.{''.join(str(DIGITS[ch]) for ch in fraction)}")
    value = cn_to_int(text)
    return None if value is None else Decimal(value)


def cn_small_int(text: str) -> int | None:
    """A month, day or quarter number in either script (``六`` / ``6`` / ``十二``)."""
    if text.isdigit():
        return int(text)
    return cn_to_int(text)


def to_chinese(value: int) -> str:
    """``1`` → ``一``, ``12`` → ``十二``, ``20`` → ``二十``: list numbers as Word shows them."""
    digits = "零一二三四五六七八九"
    if not 0 < value < 100:
        return str(value)
    tens, ones = divmod(value, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else digits[tens] + "十")
    return head + (digits[ones] if ones else "")
