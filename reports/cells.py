"""What goes into a spreadsheet cell: stored text made safe to write and to open.

Two faults of stored text reach the files (issue 19):

- control characters (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, and
  the code points XML cannot hold): openpyxl refuses them and the whole
  export failed. They are dropped; a vertical tab or form feed (Word's
  manual line and page breaks) becomes a line break.
- formula injection: a narrative ``=HYPERLINK(…)`` opened in Excel runs as a
  formula. XLSX cells are written as text cells (never formulas); in CSV a
  free-text value starting with ``= + - @ TAB CR`` gets a leading ``'``
  (OWASP's rule), so a spreadsheet shows it as text.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_BREAK = re.compile("[\x0b\x0c]")
#: A cell starting with one of these is a formula (or a DDE payload) to a spreadsheet.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def clean_text(value: str) -> str:
    """``value`` without the characters an XLSX (XML 1.0) cannot hold."""
    if value.isprintable():  # the common case, and fast
        return value
    return _CONTROL.sub("", _BREAK.sub("\n", value))


def csv_text(value: str) -> str:
    """A free-text value for a CSV cell: clean, and never read as a formula."""
    value = clean_text(value)
    if value.startswith(FORMULA_START):
        return "'" + value
    return value
