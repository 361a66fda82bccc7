"""A web page (.html/.htm, or its source saved as .txt) → text lines, in reading order.

Towns publish plans on their sites; a clerk saves the page or copies its source. What a
reader of the page sees of the article is read: the site's furniture goes (scripts,
styles, ``nav``/``header``/``footer``/``aside``, and elements whose class or id says
navigation, menu, breadcrumb, footer, share or copyright, and lists of links), then the
article is the smallest container holding most of the page's text, headed by the page's
title when the article does not start with it. Paragraphs, headings, list items and
``<br>`` end lines; entities are decoded. A ``<table>`` becomes rows of
:class:`~commitments.importer.tables.Cell` with ``rowspan``/``colspan`` expanded (a lead
unit merged down several tasks owns each of them, as merged cells do in Word and Excel;
a ``<br>`` in a cell breaks a line in it) and goes through
:mod:`commitments.importer.tables` as every table does. A table holding another table
lays the page out and is read as blocks.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from commitments.importer.errors import PlanImportError
from commitments.importer.tables import (
    CONTEXT_LINES,
    Cell,
    find_header,
    is_card,
    lines_text,
    render_tasks,
)

#: Elements that show nothing of the article.
DROPPED_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "head",
}
#: A class or id word that names the site's furniture (``main-nav``, ``art-share``,
#: ``breadcrumb``, ``copyright``, ``location`` for 当前位置).
FURNITURE_NAME = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|navigation|menu|menus|submenu|breadcrumbs?|crumbs?|bread"
    r"|footer|foot|share|sharing|bdshare|copyright|location|topbar|top-bar|sidebar"
    r"|related|print|toolbar|comments?|qrcode|ewm)(?:$|[-_\s\d])",
    re.I,
)
#: Elements whose end ends a line.
BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "body",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "address",
    "center",
    "figure",
    "figcaption",
    "caption",
    "hr",
    "tr",
    "td",
    "th",
    "table",
    "tbody",
    "thead",
    "tfoot",
}
#: Containers that may hold the article.
CONTAINER_TAGS = {"div", "article", "main", "section", "td", "center"}
#: A cell longer than this holds an article, not a task (a table without a known header).
LAYOUT_CELL = 300
#: An element the page hides (``style="display:none"``, ``hidden``).
HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: The article holds at least this share of the page's text (after its furniture is gone).
ARTICLE_SHARE = 0.6
#: A title that names its column and site after the article's (``标题_督查通报_云溪县人民政府``,
#: ``标题-桃源镇人民政府``; ``2030-2032年`` is a range).
TITLE_TAIL = re.compile(r"\s*(?:[_|｜]|\s-\s|(?<!\d)-(?!\d)|——).*$")
CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
#: A source line break between two Chinese characters joins them; elsewhere it is a space.
SOURCE_BREAK = re.compile(rf"(?<=[{CJK}])[ \t\r\n]*[\r\n][ \t\r\n]*(?=[{CJK}])")
SPACES = re.compile(r"[ \t\r\n\f]+")
#: A ``<br>`` while a block's text is gathered (a source line break is only white space).
BREAK = "\u2028"


#: An element a script fills in the browser (``<div id="app"></div>``, Vue's, React's, Nuxt's).
MOUNT_POINT = re.compile(r"^(?:app|root|__nuxt|__next|vue-app|react-root|main-app)$", re.I)
#: A page with scripts that shows less text than this besides its title is built by them; one
#: whose script mount point is empty, less than :data:`SCRIPTED_SHELL`.
SCRIPTED_TEXT = 40
SCRIPTED_SHELL = 300


#: The start of a page's source (``<!DOCTYPE html>``, ``<html>``), after a BOM, white space
#: and comments.
PAGE_START = re.compile(
    r"^(?:\ufeff|\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
#: A tag (``<p>``, ``</td>``, ``<br/>``, ``<div class="…">``).
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
#: Markup that makes text a page's source without its head: tags are this share of its
#: characters, or most of its lines open with a tag (``<p>　　一、…</p>``).
TAG_SHARE = 0.3
TAGGED_LINES = 0.6
MIN_TAGS = 5


def looks_like_html(text: str) -> bool:
    """Is ``text`` a web page's source? It starts as one (``<!DOCTYPE html>``, ``<html>``),
    or its tags are a large share of it (a page's article copied as source). A text with a
    few ``<br>`` in its table cells (Markdown) is no page."""
    if PAGE_START.match(text[:4096]):
        return True
    sample = text[:65536]
    tags = TAG.findall(sample)
    if len(tags) < MIN_TAGS:
        return False
    visible = len(re.sub(r"\s", "", sample))
    lines = [line.strip() for line in sample.splitlines() if line.strip()]
    tagged = sum(1 for line in lines if TAG.match(line))
    return sum(len(t) for t in tags) >= TAG_SHARE * max(1, visible) or tagged >= TAGGED_LINES * len(
        lines
    )


def read_html(text: str, name: str = "?") -> str:
    """The article of the page whose source is ``text``, as text lines. A page whose article
    its scripts build in the browser (:func:`_built_by_scripts`) is refused: the saved source
    holds no pledge, and the clerk is asked for the page's text."""
    import lxml.html

    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses a str that declares its bytes
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    title = _title(root)
    body = root.find("body")
    if body is None:
        body = root
    scripted, mounted = _scripts(root)
    _drop_furniture(body)
    article = _article(body)
    lines = [line for line in _blocks(article) if line.strip()]
    shown = sum(len(line.strip()) for line in lines if line.strip() != title)
    if scripted and (shown < SCRIPTED_TEXT or (mounted and shown < SCRIPTED_SHELL)):
        raise PlanImportError(
            _(
                "网页“%(name)s”的正文由网页脚本（JavaScript）在浏览器中生成，保存的文件里没有正文，"
                "无法导入。请在浏览器中打开该网页，复制正文粘贴到 .txt 文件，"
                "或用浏览器的“打印→另存为 PDF”保存后再导入"
            )
            % {"name": name}
        )
    if title and not any(title in line for line in lines[:3]):
        lines.insert(0, title)
    return "\n".join(lines)


def _scripts(root) -> tuple[bool, bool]:
    """Does the page run scripts, and does it hold an empty element they fill
    (:data:`MOUNT_POINT`)? Read before the furniture goes."""
    scripted = any(
        (script.get("src") or (script.text or "").strip()) for script in root.iter("script")
    )
    mounted = any(
        MOUNT_POINT.match(element.get("id") or "") and not element.text_content().strip()
        for element in root.iter("div", "main", "section", "body")
    )
    return scripted, mounted


def _title(root) -> str:
    """The page's title: its article title (``ArticleTitle``), else its ``<title>`` without
    the column's and site's names after it, or the ``<h1>`` that title begins (a site's
    logo in an ``<h1>`` is no title)."""
    for meta in root.iter("meta"):
        words = _inline(meta.get("content") or "")
        if (meta.get("name") or "").lower() == "articletitle" and words:
            return words
    found = root.find(".//title")
    words = _inline(found.text_content()) if found is not None else ""
    title = TITLE_TAIL.sub("", words) or words
    for heading in root.iter("h1"):
        words = _inline(heading.text_content())
        if words and (not title or title.rstrip(".…") in words or words in title):
            return words
    return title


def _drop_furniture(body) -> None:
    total = len(_inline(body.text_content())) or 1
    doomed = []
    for element in body.iter():
        if not isinstance(element.tag, str) or element is body:
            continue
        names = f"{element.get('class', '')} {element.get('id', '')}"
        hidden = element.get("hidden") is not None or HIDDEN.search(element.get("style") or "")
        if element.tag in DROPPED_TAGS:
            doomed.append(element)
        elif hidden or FURNITURE_NAME.search(names) or _link_list(element):
            # a site that wraps the whole page in ``<div id="header-wrap">`` keeps its article
            if len(_inline(element.text_content())) < total / 2:
                doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _link_list(element) -> bool:
    """A list of links (a menu, ``相关链接``): three links or more and little text besides."""
    if element.tag not in ("ul", "ol", "dl", "div"):
        return False
    links = element.findall(".//a")
    if len(links) < 3 or element.find(".//table") is not None:
        return False
    linked = sum(len(_inline(a.text_content())) for a in links)
    return linked >= 0.8 * len(_inline(element.text_content()))


def _article(body):
    """The smallest container holding most of the page's text."""
    total = len(_inline(body.text_content()))
    best = body
    for element in body.iter(*CONTAINER_TAGS):
        if element is body or (element.tag == "td" and not _layout_cell(element)):
            continue  # a data table's cell is no article
        size = len(_inline(element.text_content()))
        if size >= ARTICLE_SHARE * total and _depth(element) > _depth(best):
            best = element
    return best


def _layout_cell(cell) -> bool:
    """A table cell that may hold the article: paragraphs or lines in it, or a long text."""
    return any(child.tag in ("p", "div", "table", "h1", "h2", "h3", "br") for child in cell) or (
        len(_inline(cell.text_content())) > LAYOUT_CELL
    )


def _depth(element) -> int:
    depth = 0
    while element is not None:
        element = element.getparent()
        depth += 1
    return depth


def _blocks(element) -> list[str]:
    """The lines of ``element``: its blocks' text, a table as the importer's table."""
    lines: list[str] = []
    parts: list[str] = []
    tasks = [0]  # tasks laid out a card of label cells each, numbered on across tables

    def flush() -> None:
        line = _inline("".join(parts))
        parts.clear()
        lines.extend(piece.strip() for piece in line.split("\n"))

    def walk(node) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if not isinstance(child.tag, str):
                pass
            elif child.tag == "br":
                parts.append(BREAK)
            elif child.tag == "table" and not _layout(child, rows := _table_rows(child)):
                flush()
                above = [line for line in lines if line][-CONTEXT_LINES:]  # ``单位：万元``
                filled = [r for r in rows if any(c.text.strip() for c in r)]
                rendered, found = render_tasks(filled, tasks[0], context=above)
                tasks[0] += found
                lines.extend(lines_text(rendered).split("\n"))
            elif child.tag in BLOCK_TAGS:
                flush()
                walk(child)
                flush()
            else:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    flush()
    return lines


def _layout(table, rows: list[list[Cell]]) -> bool:
    """A table that lays the page out: it holds another table, has one cell a row, or, without
    a header the table rules know, is one row (menu | article) or holds an article in a cell."""
    if table.find(".//table") is not None or all(len(row) <= 1 for row in rows):
        return True
    return (
        find_header(rows) is None
        and not is_card(rows)
        and (len(rows) == 1 or any(len(c.text) > LAYOUT_CELL for r in rows for c in r))
    )


def _rows(table) -> list:
    return [row for row in table.iter("tr") if _owner_table(row) is table]


def _owner_table(element):
    parent = element.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _cells(row) -> list:
    return [cell for cell in row if cell.tag in ("td", "th")]


def _table_rows(table) -> list[list[Cell]]:
    """The table's rows of cells, ``rowspan``/``colspan`` expanded."""
    rows: list[list[Cell]] = []
    pending: dict[int, tuple[Cell, int]] = {}  # column → (cell merged down, rows still under it)
    for tr in _rows(table):
        row: list[Cell] = []
        for td in _cells(tr):
            _carry(row, pending)
            text = "\n".join(line for line in _blocks(td) if line)
            for _column in range(_span(td, "colspan")):
                row.append(Cell(text))
                if (down := _span(td, "rowspan")) > 1:
                    pending[len(row) - 1] = (Cell(text), down - 1)
        _carry(row, pending)
        for column in sorted(c for c in pending if c > len(row)):  # merged down past its end
            row.extend(Cell("") for _blank in range(column - len(row)))
            _carry(row, pending)
        rows.append(row)
    return rows


def _carry(row: list[Cell], pending: dict[int, tuple[Cell, int]]) -> None:
    """The cells merged down into ``row`` from above, where the row has reached them."""
    while len(row) in pending:
        cell, left = pending.pop(len(row))
        row.append(Cell(cell.text, continued=True))
        if left > 1:
            pending[len(row) - 1] = (cell, left - 1)


def _span(cell, name: str) -> int:
    value = re.match(r"\s*(\d+)", cell.get(name) or "")
    return max(1, min(int(value.group(1)), 100)) if value else 1


def _inline(text: str) -> str:
    """Text as a page shows it: white space one space, none where a source line broke between
    Chinese words; ``&nbsp;`` a space; a ``<br>`` (:data:`BREAK`) ends a line."""
    text = SOURCE_BREAK.sub("", text.replace("\u00a0", " "))
    return "\n".join(SPACES.sub(" ", line).strip() for line in text.split(BREAK))
