"""Step 2: remove scraping debris and build the parse view.

What goes: site boilerplate lines, page furniture (breadcrumbs, metadata,
``责任编辑：``, ``扫一扫在手机打开当前页``, print/close links, comment boxes; see
:data:`vocabulary.FURNITURE`), bare page-number lines, markdown markup, and
page-break markers. A scraped page starts with its number and ``、``
(``10、绕几个产业园…``) and continues the previous page's word, so the
line break and the marker are dropped (``围`` + ``绕``). A real list item
``1、`` looks the same; the difference is that page breaks cut sentences
(the previous line does not end a sentence) in long lines, and their numbers
run on through the whole file.
"""

from __future__ import annotations

import re

from commitments.importer.normalize import normalize
from commitments.importer.text import Text
from commitments.importer.vocabulary import FURNITURE
from commitments.importer.wrapping import fills, wrap_width, wrapped_breaks

BOILERPLATE = re.compile(
    r"由会员分享|可在线阅读|更多相关|珍藏版|文库上搜索|原创力文档|文档由用户上传|下载文档|免费下载"
    r"|版权归|侵权请|如有侵权|举报|本文档|文档投稿|点击下载|关注公众号|扫码|上一页|下一页"
    r"|https?://|www\.",
)
PAGE_NUMBER_LINE = re.compile(
    r"^\s*[-—－]*\s*(第\s*)?\d{1,4}\s*页?\s*([/／]\s*\d{1,4}|共\s*\d{1,4}\s*页)?\s*[-—－]*\s*$"
)
PAGE_MARKER = re.compile(r"^\s*(\d{1,3})、\s*")
LABEL_LINE = re.compile(r"^\s*[（(]?\s*[\u4e00-\u9fff]{2,6}\s*[:：]")
SENTENCE_END = "。！!？?；;：:"
MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")
MD_PREFIX = re.compile(r"^\s{0,3}(?:>\s?)+|^\s{0,3}[-*+]\s+(?!\d)")
MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
MD_INLINE = re.compile(r"\*\*|__|`|~~|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")


def clean(raw: str, kind: str = "text") -> Text:
    """Return the cleaned text of ``raw`` with its map back to ``raw``."""
    lines = _lines(raw)
    bodies = [text for text, _ in lines]
    width = None if kind == "markdown" else wrap_width([b for b in bodies if not _is_debris(b)])
    breaks = page_break_lines(bodies, width)
    joins = wrapped_breaks(bodies, _next_kept(bodies), width) if kind != "markdown" else set()
    chars: list[str] = []
    offsets: list[int] = []
    title_starts: list[int] = []

    def keep(text: str, start: int, lo: int, hi: int) -> None:
        for i in range(lo, hi):
            chars.append(text[i])
            offsets.append(start + i)

    for index, (text, start) in enumerate(lines):
        body_end = len(text.rstrip("\r\n"))
        if _is_debris(text[:body_end]):
            continue
        lo = 0
        if index in breaks:
            marker = PAGE_MARKER.match(text)
            lo = marker.end() if marker else 0
            while chars and chars[-1] in "\r\n":  # join with the previous line
                chars.pop()
                offsets.pop()
        elif kind == "markdown":
            if MD_RULE.match(text[:body_end]):
                continue
            heading = MD_HEADING.match(text)
            if heading:
                lo = heading.end()
                if len(heading.group(1)) == 1:
                    title_starts.append(len(chars))
            else:
                prefix = MD_PREFIX.match(text)
                lo = prefix.end() if prefix else 0
        if kind == "markdown":
            for m_start, m_end in _inline_markup(text, lo, body_end):
                keep(text, start, lo, m_start)
                lo = m_end
        keep(text, start, lo, body_end)
        if body_end < len(text) and index not in joins:
            chars.append("\n")
            offsets.append(start + body_end)
    offsets.append(len(raw))
    clean_text = "".join(chars)
    return Text(clean_text, normalize(clean_text), offsets, title_starts)


def _lines(raw: str) -> list[tuple[str, int]]:
    out, pos = [], 0
    for line in raw.splitlines(keepends=True):
        out.append((line, pos))
        pos += len(line)
    return out


def _next_kept(lines: list[str]) -> list[int | None]:
    """For each line, the index of the next line that is not debris (None at the end)."""
    out: list[int | None] = [None] * len(lines)
    following = None
    for index in range(len(lines) - 1, -1, -1):
        out[index] = following
        if not _is_debris(lines[index]):
            following = index
    return out


def _is_debris(line: str) -> bool:
    stripped = line.strip()
    if PAGE_NUMBER_LINE.match(stripped):
        return bool(stripped)
    return len(stripped) < 300 and bool(BOILERPLATE.search(stripped) or FURNITURE.search(stripped))


def _inline_markup(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in MD_INLINE.finditer(text, lo, hi)]


def page_break_lines(lines: list[str], width: int | None = None) -> set[int]:
    """Indexes of lines that start with a page-break marker, not a list number.

    Markers whose numbers run on (``1、``, ``2、``, …) form a chain; a chain is
    page breaks when most of its lines continue a cut sentence.
    """
    chains: list[list[int]] = []
    last_number = None
    for index, line in enumerate(lines):
        m = PAGE_MARKER.match(line)
        if not m or _is_debris(line):
            continue
        number = int(m.group(1))
        if chains and last_number is not None and number == last_number + 1:
            chains[-1].append(index)
        else:
            chains.append([index])
        last_number = number
    breaks: set[int] = set()
    for chain in chains:
        votes = [_looks_cut(lines, i, width) for i in chain]
        judged = [v for v in votes if v is not None]
        if judged and sum(judged) * 2 > len(judged):
            breaks.update(chain)
    return breaks


def _looks_cut(lines: list[str], index: int, width: int | None = None) -> bool | None:
    """Does the line at ``index`` continue a sentence cut by a page break?

    In hard-wrapped text (``width``) a page break follows a line that fills the
    margin; in scraped text, a long line.
    """
    previous = next(
        (
            lines[i].rstrip("\r\n")
            for i in range(index - 1, -1, -1)
            if lines[i].strip() and not _is_debris(lines[i])
        ),
        None,
    )
    if previous is None:
        return None
    marker = PAGE_MARKER.match(lines[index])
    rest = lines[index][marker.end() if marker else 0 :]
    if rest[:1] in ",，、；;。":
        return True
    tail = previous.rstrip()
    if not tail or tail[-1] in SENTENCE_END or LABEL_LINE.match(previous):
        return False
    return len(tail) >= 80 or fills(tail, width)
