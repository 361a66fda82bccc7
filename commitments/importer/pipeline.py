"""The whole pipeline: bytes + catalog → :class:`ParsedFile`. Pure: no database."""

from __future__ import annotations

import datetime
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import PurePath

from django.utils.translation import gettext as _

from commitments.importer import memo
from commitments.importer.arrangement import (
    CONTACT,
    Arrangement,
    Part,
    find_arrangement,
    note_ranges,
    preamble_year,
)
from commitments.importer.chapters import Chapter, chapter_plans, find_chapters
from commitments.importer.clean import clean
from commitments.importer.deadlines import (
    find_periods,
    is_time_sentence,
    issued_on,
    resolve_deadline,
    unresolved_periods,
)
from commitments.importer.documents import DocumentSpan, split_documents
from commitments.importer.errors import PlanImportError
from commitments.importer.extract import Extracted, extract
from commitments.importer.group_times import group_time
from commitments.importer.labels import (
    CONTENT_LABEL,
    LABEL_RE,
    Labels,
    bracket_labels,
    column_labels,
    content_label_cut,
    has_labels,
    inline_labels,
    item_text_range,
    label_group,
    later_content,
    marked_content_cut,
    owner_sentence,
    read_funds,
    read_labels,
    time_after_labels,
)
from commitments.importer.normalize import normalize
from commitments.importer.owners import assign_owners
from commitments.importer.plan_year import (
    Writer,
    deadline_cells_year,
    file_name_year,
    how_to_give_year,
)
from commitments.importer.prose import (
    ACTION,
    PROSE_LEAD,
    decided,
    is_minutes,
    is_narrative,
    is_pledge,
    looks_back,
    pledges_in,
    prose_blocks,
)
from commitments.importer.readers.limits import clean_controls
from commitments.importer.sections import (
    BADGE,
    SectionSpan,
    choose_style,
    paragraph_leads,
    split_sections,
    subheadings,
)
from commitments.importer.sentences import (
    INLINE_ITEM,
    LIST_PREFIX,
    shorten,
    split_outside,
    split_sentences,
)
from commitments.importer.stages import stage_items
from commitments.importer.targets import find_targets, progress_share
from commitments.importer.text import Text
from commitments.importer.text_tables import rewrite_tables
from commitments.importer.types import (
    CatalogEntry,
    ParsedCommitment,
    ParsedDocument,
    ParsedFile,
    ParsedSection,
    ParsedTarget,
    UnitWarning,
)
from commitments.importer.vocabulary import (
    BULLETS,
    COST_WORDS,
    EMOJI_MARK,
    LIST_NUMBER,
    MEETING_LEAD,
    MONEY_UNIT,
    SERIES_NUMBER,
    TIME_ONLY,
    YEAR,
)
from commitments.wording import listed

FILLER_CLAUSE = re.compile(
    r"^(同时|此外|另外|其中|一方面|另一方面|总之|首先|其次|最后|再次|据介绍|据了解|据悉|具体包括)$"
)
MARKER_PREFIX = re.compile(
    r"\s*[(]?[\d一二三四五六七八九十]{1,3}(?:[)、.是]|\s*[)])?\s*"
    r"|\s*第[一二三四五六七八九十]{1,3}(?:[,、:]|[章篇][ \t]*)"
    rf"|\s*{SERIES_NUMBER}\s*"
    rf"|\s*[{BULLETS}]\s*"
)
REVIEW_TITLE = re.compile(r"总结|回顾|工作情况|完成情况|述职")
PLAN_TITLE = re.compile(r"计划|安排|打算|要点|任务|重点|实事|目标|思路|部署")
SAME_YEAR = re.compile(r"\s*(?:下半年|第?[三四]季度|下阶段|下一阶段)")
LABEL_FIRST = re.compile(r"\s*(?=" + LABEL_RE.pattern + ")")
#: A sub-heading standing on its own line above numbered items.
MAX_SUBHEADING_LINE = 30
#: An article item's number and its ``＊`` mark (``１．＊``, ``＊３．``), after its emoji bullet.
DECORATED_ITEM = re.compile(rf"[ \t]*\*?[ \t]*(?:{LIST_NUMBER})?[ \t]*\*?[ \t]*")
#: A labelled item's series heading (``议案一：``, ``任务1：``, ``提案四 ``): no part of its text.
SERIES_HEAD = re.compile(rf"\s*{SERIES_NUMBER}\s*")
CLAUSE_SPLIT = re.compile(r"[,，;；:：。!！?？\n]")


@dataclass(frozen=True)
class Pledge:
    """A commitment before its fields are read: a range of the cleaned text."""

    start: int
    end: int
    labels: Labels | None = None
    cut: tuple[int, int] | None = None  # inline labels inside the pledge, left out of its text


def parse_file(
    data: bytes,
    filename: str,
    catalog: list[CatalogEntry],
    year: int | None = None,
    writer: Writer = "cli",
) -> ParsedFile:
    """Parse a plan file into documents, sections and commitments. ``writer``: who reads
    the warnings (they say how that reader gives the plan year)."""
    memo.forget()
    name = clean_controls(PurePath(filename).name).strip() or "?"  # stored: no control characters
    extracted = extract(data, name)
    text = clean_extracted(extracted)
    if not text.clean.strip():
        raise PlanImportError(_("文件为空：%(name)s") % {"name": name})
    documents = [
        parse_document(text, span, index, catalog, year, name, writer)
        for index, span in enumerate(split_documents(text))
    ]
    documents[0].warnings[:0] = extracted.warnings  # what the reader could not read
    if not any(doc.has_arrangement and doc.commitments() for doc in documents):
        truncated = next((doc for doc in documents if doc.truncated), None)
        if truncated is not None:  # the speech's own reason, not the generic one
            raise PlanImportError(f"{name}：{truncated.warnings[-1]}")
        raise PlanImportError(
            _("未找到工作安排部分：%(name)s（应包含如“二、2024年工作安排”“下一步工作打算”等部分）")
            % {"name": name}
        )
    return ParsedFile(name, hashlib.sha256(data).hexdigest(), extracted.text, documents)


def clean_extracted(extracted: Extracted) -> Text:
    """Step 2: clean the text, with tables flattened into a text file read as tables."""
    if extracted.kind not in {"text", "markdown"}:
        return clean(extracted.text, extracted.kind)
    rewritten = rewrite_tables(extracted.text)
    if rewritten is None:
        return clean(extracted.text, extracted.kind)
    table_text, table_offsets = rewritten
    text = clean(table_text, extracted.kind)
    text.offsets = [table_offsets[o] for o in text.offsets]
    return text


def parse_document(
    text: Text,
    span: DocumentSpan,
    index: int,
    catalog: list[CatalogEntry],
    year: int | None,
    filename: str = "",
    writer: Writer = "cli",
) -> ParsedDocument:
    view = text.norm
    chapters = find_chapters(view, span.body_start, span.end, span.title)
    plans = chapter_plans(view, chapters)  # a compilation: each unit's plan, a chapter
    if plans:
        arrangement = Arrangement(
            chapters[0].start,
            chapters[-1].end,
            "",
            max((a.year for a, _parts in plans if a.year), default=None),
            False,
        )
        parts = [part for _arrangement, chapter_parts in plans for part in chapter_parts]
    else:
        arrangement, parts = find_arrangement(view, span.body_start, span.end)
    plan_year = (
        year
        or (arrangement.year if arrangement else None)
        or title_plan_year(span.title)
        or preamble_year(view, span.body_start, span.end, parts)
        or (
            relative_year(view, span.start, arrangement.start)
            if arrangement and arrangement.relative
            else None
        )
        or next(
            (
                p.year + (0 if arrangement and SAME_YEAR.match(arrangement.heading) else 1)
                for p in parts
                if p.kind == "review" and p.year
            ),
            None,
        )  # 下半年工作打算 after 2025年上半年工作: the same year
        or _title_year(span.title)
    )  # never today's date: a plan without a year is reported, not guessed
    doc = ParsedDocument(index=index, title=span.title, plan_year=plan_year, has_arrangement=False)
    issued = issued_on(view, span.start, span.end)  # decides 春节前 (deadlines.coming_festival)
    if arrangement is None:
        _warn_no_year(doc, writer)
        reviewed = listed(f"“{p.heading}”" for p in parts if p.kind == "review")
        doc.truncated = True
        doc.warnings.append(
            _("该讲话在工作安排部分之前结束（只有%(parts)s），未导入，请核对原文是否完整")
            % {"parts": reviewed}
        )
        return doc
    if plans:
        sections = [
            _chapter_section(text, number, chapter, plan, plan_year)
            for number, (chapter, (plan, _parts)) in enumerate(zip(chapters, plans, strict=True), 1)
        ]
    else:
        sections = build_sections(
            _without_notes(text, arrangement.start, arrangement.end),
            arrangement,
            span.title,
            plan_year,
        )
    units = {chapter.start: chapter.unit for chapter in chapters}
    if plan_year is None and labelled_items(view, arrangement.start, arrangement.end):
        doc.plan_year = plan_year = ledger_year(sections, filename, doc.warnings, writer)
    elif year is None and _titled_by_name(span.title, filename, plan_year):
        doc.warnings.append(_named_year(filename, plan_year, writer))  # titled by its name
    _warn_no_year(doc, writer)
    if not sections or not any(pledges for _, pledges in sections):
        doc.warnings.append(_("未找到工作安排部分或承诺事项，未导入"))
        return doc
    goals = goal_section(view, arrangement, parts, sections[0][0].start, span.body_start)
    stages = stage_items(view, parts, arrangement)
    if stages is not None:  # ``三、实施步骤``: each dated stage after the tasks
        part, items = stages
        title = part.heading.strip(" :：。")
        stage_span = SectionSpan(
            len(sections) + 1, part.start, part.end, title, part.heading_end, ""
        )
        sections.append((stage_span, [Pledge(start, end) for start, end in items]))
    doc.has_arrangement = True
    first = 1
    if goals is not None:  # section 0: the plan's goals, before its first numbered section
        sections, first = [goals, *sections], 0
    for number, (section, pledges) in enumerate(sections, start=first):
        parsed = ParsedSection(number, section.title, *text.source_span(section.start, section.end))
        for n, pledge in enumerate(pledges, start=1):
            parsed.commitments.append(
                build_commitment(
                    text,
                    pledge,
                    f"{plan_year or 'XXXX'}-{number:02d}-{n:02d}",
                    n,
                    section.title,
                    plan_year,
                    catalog,
                    doc.warnings,
                    group_time(view, section.start, pledge.start),
                    units.get(section.start),
                    issued,
                )
            )
        doc.sections.append(parsed)
    return doc


def _chapter_section(
    text: Text, number: int, chapter: Chapter, plan: Arrangement, year: int | None
) -> tuple[SectionSpan, list[Pledge]]:
    """A compilation's chapter as one section: the pledges of its plan part."""
    span = SectionSpan(
        number, chapter.start, chapter.end, chapter.title, chapter.body_start, "dun_cn"
    )
    if plan.start >= plan.end:
        return span, []
    found = build_sections(_without_notes(text, plan.start, plan.end), plan, chapter.title, year)
    return span, [pledge for _section, pledges in found for pledge in pledges]


def _without_notes(text: Text, start: int, end: int) -> Text:
    """The text with each note in ``[start, end)`` (``注：1.…；2.…`` under a table or a list,
    :func:`arrangement.note_ranges`) blanked: a note is no pledge, nor part of the item or the
    heading above it. Blanks keep every offset."""
    notes = note_ranges(text.norm, start, end)
    if not notes:
        return text

    def blank(value: str) -> str:
        for a, b in notes:
            value = value[:a] + re.sub(r"[^\n]", " ", value[a:b]) + value[b:]
        return value

    return replace(text, clean=blank(text.clean), norm=blank(text.norm))


#: A sentence that states the plan's goals: ``主要预期目标是：地区生产总值增长6%左右，…``; or
#: frames the plan and states planned numbers in its course (``总体思路是：以…为主线，…，力争
#: 财政收入增长5%以上``): the numbers are the goals (without numbers the framing is no pledge).
GOAL_WORDS = re.compile(
    r"(?P<words>主要预期目标|预期目标|主要目标|发展目标|工作目标|奋斗目标|总体目标"
    r"|总体思路|总体要求|工作思路|基本思路|总的要求|总体考虑)(?:是|为)?\s*[:：]"
)
#: A part that states the plan's goals (``一、2025年工作目标``, ``一、主要目标``).
GOALS_HEAD = re.compile(r"目标")


def goal_section(
    view: str, arrangement: Arrangement, parts: list[Part], first_section: int, body_start: int
) -> tuple[SectionSpan, list[Pledge]] | None:
    """The goals a plan states before its first section, as pledges of a section 0.

    SPEC §3: the numbers of the part that plans the year are targets (only the review's are
    achievements), so ``主要预期目标是：地区生产总值增长6%左右，城镇新增就业1200人。`` in the
    arrangement's opening, or a goals part before it (``一、2025年工作目标`` then
    ``二、主要工作措施``), is tracked like any pledge; the words that only frame the plan
    (``总体要求是：坚持稳中求进…``, ``围绕上述目标，重点抓好以下工作：``) state no number and
    stay out. The section is numbered 0 so that the document's own sections keep their numbers.
    """
    regions: list[tuple[int, int, str]] = []
    for part in parts:
        goals_part = part.kind == "support" and GOALS_HEAD.search(part.heading)
        if goals_part and body_start <= part.start and part.end <= arrangement.start:
            regions.append((part.heading_end, part.end, part.heading.strip(" :：")))
    if arrangement.start < first_section:  # also a plan read whole (a 通知 over its 工作要点)
        regions.append((arrangement.start, first_section, ""))
    pledges: list[Pledge] = []
    title = ""
    for start, end, heading in regions:
        for pledge in sentence_pledges(view, start, end):
            if pledges and pledge.start < pledges[-1].end:
                continue  # taken into the goals sentence before it
            sentence = view[pledge.start : pledge.end]
            words = GOAL_WORDS.search(sentence)
            if not (heading or words) or not find_targets(sentence, sentence):
                continue
            if words and sentence.endswith(";"):  # ``主要目标：…6%左右；…800人。``: one list
                stop = re.compile(r"。|(?=\n)").search(view, pledge.end, end)
                pledge = Pledge(pledge.start, stop.end() if stop else end)
            pledges.append(pledge)
            title = title or heading or (words.group("words") if words else "")
    if not pledges:
        return None
    start, end = pledges[0].start, pledges[-1].end
    return SectionSpan(0, start, end, title, start, ""), pledges


def _warn_no_year(doc: ParsedDocument, writer: Writer) -> None:
    if doc.plan_year is None:
        doc.warnings.append(
            _("未能从文中识别计划年度，完成时限未定；%(how)s") % {"how": how_to_give_year(writer)}
        )


def _titled_by_name(title: str, filename: str, plan_year: int | None) -> bool:
    """Is the year the title's, and the title the file's name (a table without title rows)?"""
    return (
        plan_year is not None
        and bool(filename)
        and title == PurePath(filename).stem.strip()
        and plan_year in (title_plan_year(title), _title_year(title))
    )


def _named_year(filename: str, year: int, writer: Writer) -> str:
    return _("计划年度取自文件名“%(name)s”：%(year)d年；如有误，%(how)s") % {
        "name": filename,
        "year": year,
        "how": how_to_give_year(writer),
    }


def ledger_year(
    sections: list[tuple[SectionSpan, list[Pledge]]],
    filename: str,
    warnings: list[str],
    writer: Writer,
) -> int | None:
    """A ledger's year when its words state none: its file's name, else its dated deadline
    cells (:mod:`commitments.importer.plan_year`), with a warning saying which."""
    year = file_name_year(filename)
    if year is not None:
        warnings.append(_named_year(filename, year, writer))
        return year
    cells = [p.labels.deadline if p.labels else None for _, pledges in sections for p in pledges]
    found = deadline_cells_year(cells)
    if found is None:
        return None
    year, agreeing, dated = found
    warnings.append(
        _(
            "计划年度取自完成时限：写明日期的 %(dated)d 个完成时限中有 %(agreeing)d 个在"
            " %(year)d 年；如有误，%(how)s"
        )
        % {"dated": dated, "agreeing": agreeing, "year": year, "how": how_to_give_year(writer)}
    )
    return year


def relative_year(view: str, start: int, end: int) -> int | None:
    """``下一步工作打算`` plans the year after the latest one the text looked back on."""
    years = [int(y) for y in re.findall(r"(20\d{2})\s?年", view[start:end])]
    return max(years) + 1 if years else None


TITLE_PLAN_YEAR = re.compile(
    YEAR + r"[^\d年。]{0,8}?(?:工作打算|工作计划|工作安排|工作要点|重点工作|主要任务|重点任务"
    r"|任务清单|打算|计划|安排|要点|实事|实施方案|工作方案)"
)


def title_plan_year(title: str) -> int | None:
    """``2024年工作总结及2025年工作打算``: the title names the year it plans."""
    m = TITLE_PLAN_YEAR.search(title)
    return int(m.group(1)) if m else None


def _title_year(title: str) -> int | None:
    m = re.search(r"(20\d{2})\s?年", title)
    return int(m.group(1)) if m else None


def labelled_items(view: str, start: int, end: int) -> bool:
    """Is the plan made of labelled items (a ledger's rows, ``牵头单位：`` lines)?"""
    return has_labels(view, start, end) and not inline_labels(view, start, end)


def build_sections(
    text: Text, arrangement: Arrangement, fallback_title: str = "", year: int | None = None
) -> list[tuple[SectionSpan, list[Pledge]]]:
    """Sections and their pledges: sentences, or labelled items when labels are used."""
    view, clean_text = text.norm, text.clean
    spans = split_sections(view, clean_text, arrangement.start, arrangement.end)
    labelled = labelled_items(view, arrangement.start, arrangement.end)
    if not spans:
        title = arrangement.heading or fallback_title or _("重点工作")
        whole = SectionSpan(1, arrangement.start, arrangement.end, title, arrangement.start, "")
        if labelled:
            items = item_pledges(view, arrangement.start, arrangement.end, ())
            if not items:
                return []
            return _headed_paragraphs(text, whole, items, whole.start) or [(whole, items)]
        if arrangement.whole_document and (
            not pledges_in(view, arrangement.start, arrangement.end, year)
            or (REVIEW_TITLE.search(fallback_title) and not PLAN_TITLE.search(fallback_title))
        ):
            return []  # no concrete pledge, or a review (``2024年工作总结``): no plan
        return prose_sections(text, arrangement.start, arrangement.end, title, year)
    if not labelled:
        minutes = is_minutes(
            f"{fallback_title}\n{view[arrangement.start : spans[0].start]}",
            [view[s.start : s.end] for s in spans],
        )
        result = [
            (
                s,
                sentence_pledges(view, s.body_start, s.end, (s.style,))
                or sentence_pledges(view, _after_marker(view, s), s.end),
            )
            for s in spans
        ]
        if minutes:  # a meeting's minutes: its decisions, not what it heard or approved
            result = [
                (s, [p for p in pledges if decided(view[p.start : p.end], year)])
                for s, pledges in result
            ]
        # a speech's framing, memories and exhortations between its pledges: no pledges
        return _with_subsections(
            text,
            [
                (
                    s,
                    [
                        p
                        for p in pledges
                        if p.labels is not None or not is_narrative(view[p.start : p.end], year)
                    ],
                )
                for s, pledges in result
            ],
        )
    result = []
    all_single = True
    for s in spans:
        if not has_labels(view, s.start, s.end):  # a section of prose among labelled ones
            result.append((s, sentence_pledges(view, s.body_start, s.end, (s.style,))))
            all_single = False
            continue
        if (
            LABEL_FIRST.match(view, s.body_start, s.end)
            and not _duty_over_items(view, s.body_start, s.end, (s.style,))
        ) or (
            CONTENT_LABEL.match(view, s.body_start, s.end)
            and choose_style(view, s.body_start, s.end, (s.style,), from_one=False)[0] is None
        ):  # the "heading" is the item itself, its title or its whole pledge
            items = [_single_item(view, s.start, s.end)]
        else:
            items = item_pledges(view, s.body_start, s.end, (s.style,))
            if (
                len(items) > 1
                or _headed_item(view, s)
                or (
                    s.body_start != _after_marker(view, s)
                    and choose_style(view, s.body_start, s.end, (s.style,), from_one=False)[1]
                )
            ):  # items numbered under a heading: a section; one body under it: its pledge
                all_single = False
            goals = _goals_over_items(view, s.body_start, items[0].start) if items else []
            items = goals + items or [_single_item(view, s.start, s.end)]
        result.append((s, items))
    if (
        (all_single or all(_one_item(view, s) for s in spans))
        and len(spans) > 1
        and not all(_headed_item(view, s) or _headed_badge(view, s) for s in spans)
    ):
        whole = SectionSpan(
            1,
            arrangement.start,
            arrangement.end,
            arrangement.heading or fallback_title or _("重点工作"),
            arrangement.start,
            "",
        )
        return [(whole, [_single_item(view, _item_start(view, s), s.end) for s in spans])]
    return _with_subsections(text, result)


def _headed_badge(view: str, span: SectionSpan) -> bool:
    """Is the section a 公众号 article's part: a round badge (``01``) over a heading line of its
    own (``办好家门口的学校``), its paragraphs under it with their labels (``责任单位：…``)? Then
    the badge numbers a section, titled by the heading, as when its owners are in brackets
    (SPEC §3), even when each part holds one paragraph. Not when the line under the badge is
    the pledge itself (``新建中小学2所，…。`` over its owner line): each badge then numbers an item,
    its text without the badge (:func:`_item_start`)."""
    heading_start = _after_marker(view, span)
    return (
        span.style == BADGE
        and span.body_start > heading_start
        and _heading_line(view[heading_start : span.body_start].strip())
    )


def _item_start(view: str, span: SectionSpan) -> int:
    """Where a numbered span's item starts when the span is one item: at its number (the item's
    text cuts a list number itself, :func:`_single_item`), after a round badge (``01``, alone on
    its line: no part of the pledge's text)."""
    return _after_marker(view, span) if span.style == BADGE else span.start


def _headed_paragraphs(
    text: Text, whole: SectionSpan, items: list[Pledge], start: int, within: str = ""
) -> list[tuple[SectionSpan, list[Pledge]]]:
    """A 工作要点 of paragraphs without numbers under heading lines (``聚力产业发展``, ``增进民生
    福祉``, :func:`paragraph_headings` in ``[start, whole.end)``): a section per heading, titled
    by it, as a numbered heading's (SPEC §3); items above the first heading stay in ``whole``.
    Under a numbered section's heading (``within``, its title) each heading's section is a
    sub-section of it, titled ``within·heading``. Fewer than two headings over items: ``[]``,
    no split."""
    headings = paragraph_headings(text.norm, start, whole.end)
    starts = [whole.start] + [a for a, _ in headings]
    groups = [
        [p for p in items if a <= p.start < b]
        for a, b in zip(starts, [*starts[1:], whole.end], strict=True)
    ]
    if sum(1 for g in groups[1:] if g) < 2:
        return []
    spans = [whole] + [
        SectionSpan(0, a, b, _subtitle(within, text.clean[a:heading_end].strip()), heading_end, "")
        for (a, heading_end), b in zip(headings, [*starts[2:], whole.end], strict=True)
    ]
    kept = [(s, g) for s, g in zip(spans, groups, strict=True) if g]
    return [
        (replace(s, number=n, end=kept[n][0].start if n < len(kept) else whole.end), g)
        for n, (s, g) in enumerate(kept, start=1)
    ]


#: Between a numbered section's title and a sub-section's heading in the sub-section's title
#: (``推动经济高质量发展·聚力工业升级``).
SUBTITLE_JOIN = "·"


def _subtitle(within: str, heading: str) -> str:
    return f"{within}{SUBTITLE_JOIN}{heading}" if within else heading


def _with_subsections(
    text: Text, sections: list[tuple[SectionSpan, list[Pledge]]]
) -> list[tuple[SectionSpan, list[Pledge]]]:
    """Each numbered section whose body is paragraphs without numbers under heading lines
    (``一、推动经济高质量发展`` / ``聚力工业升级`` / paragraphs / ``壮大现代农业`` / paragraphs):
    a sub-section per heading (:func:`_headed_paragraphs`), no heading line a pledge of the
    section, as at the plan's top level (SPEC §3). Other sections as they are."""
    out: list[tuple[SectionSpan, list[Pledge]]] = []
    for section, pledges in sections:
        headings = paragraph_headings(text.norm, section.body_start, section.end)
        if not headings or any(
            a <= p.start < b < p.end for p in pledges for a, b in headings
        ):  # none, or lines that open items of their own (``工程一、…`` over its labels)
            out.append((section, pledges))
            continue
        pledges = [p for p in pledges if not any(a <= p.start < b for a, b in headings)]
        out += _headed_paragraphs(text, section, pledges, section.body_start, section.title) or [
            (section, pledges)
        ]
    return out


#: A section's goal line over its labelled items: ``工作目标：``, ``目标：``, ``主要目标：``.
GOAL_LABEL = re.compile(r"\s*(?:(?:工作|主要|年度|发展|预期)?目标(?:任务)?)\s*[:：]\s*")


def _goals_over_items(view: str, start: int, end: int) -> list[Pledge]:
    """``工作目标：新增规上企业3家，工业产值增长8%。`` above a section's labelled items: its
    planned numbers are a pledge of the section (as the plan's headline goals are, SPEC §3),
    without the label; a goal line without a number only frames the items."""
    label = GOAL_LABEL.match(view, start, end)
    if label is None:
        return []
    stop = re.compile(r"\n\s*\n|\n(?=\s*\S)").search(view, label.end(), end)
    goal_end = stop.start() if stop else end
    while goal_end > label.end() and view[goal_end - 1].isspace():
        goal_end -= 1
    sentence = view[label.end() : goal_end]
    if not sentence or not find_targets(sentence, sentence):
        return []
    return [Pledge(label.end(), goal_end)]


#: A sentence that only prices the pledge before it (``项目估算投资1.2亿元。``, ``概算总投资3500万
#: 元，资金来源为上级补助和自筹。``): it is that pledge's, its amount a target of it.
COST_ONLY = re.compile(
    rf"\s*(?:该|本|此)?(?:项目|工程)?(?:{COST_WORDS})\s*(?:为|约|达|共|计)?\s*约?\s*"
    rf"[\d.,]+\s*(?:{MONEY_UNIT})(?:左右)?"
    r"(?:[,][^。;!?]*?(?:资金来源|其中|争取|自筹|配套|财政)[^。;!?]*)?[\s。;.]*"
)
#: A sentence that is one bracket and nothing else.
WHOLE_BRACKET = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)[\s。.;；]*")
#: Between two labels of one item's block: spaces and punctuation only.
LABEL_GAP = re.compile(r"[\s;；。.,，]*")


def _headed_item(view: str, span: SectionSpan) -> bool:
    """Does a heading line of the section's own (``（一）教育``) stand over an item's heading
    (``任务1：…``, ``事项一、``, ``【实事一】``)? Then the section is one, its item a pledge of
    it, even when each section holds one item only (SPEC §3)."""
    return (
        span.body_start != _after_marker(view, span)  # else the number opens the item itself
        and SERIES_HEAD.match(view, span.body_start, span.end) is not None
    )


def _one_item(view: str, span: SectionSpan) -> bool:
    """Is the numbered span one labelled item, not a section of them? Its labels stand
    together at its end (``1.养老服务：新建…\n牵头单位：…\n完成时限：…``, with a heading of
    its own or steps ``（1）…（2）…`` before them). A section heading (``一、``, ``（一）``)
    over a single numbered item (``1.…``) is a section still."""
    found = list(LABEL_RE.finditer(view, span.start, span.end))
    if not found:
        return False
    stops = [m.end() for m in found[:-1]]
    starts = [m.start() for m in found[1:]]
    if any(not LABEL_GAP.fullmatch(view, a, b) for a, b in zip(stops, starts, strict=True)):
        return False  # text between two labels: two items
    if not LABEL_GAP.fullmatch(view, found[-1].end(), span.end):
        return False  # text after the labels: another item, or prose
    _, nested = choose_style(view, _after_marker(view, span), found[0].start(), (span.style,))
    if span.style in ("arabic", "paren_ar"):
        return len(nested) != 1  # steps of the item, or none; not one sub-item under a heading
    return not nested


def prose_sections(
    text: Text, start: int, end: int, title: str, year: int | None
) -> list[tuple[SectionSpan, list[Pledge]]]:
    """Sections of an unnumbered arrangement: lead sentences and heading lines (:mod:`prose`)."""
    view = text.norm
    out = []
    blocks = [
        b for b in prose_blocks(view, text.clean, start, end, title) if not looks_back(b.title)
    ]
    for number, block in enumerate(blocks, start=1):
        pledges = [
            p
            for p in sentence_pledges(view, block.body_start, block.end)
            if is_pledge(view[p.start : p.end], year)
        ]
        span = SectionSpan(number, block.start, block.end, block.title, block.body_start, "")
        out.append((span, pledges))
    return [(s, p) for s, p in out if p]


def _after_marker(view: str, section: SectionSpan) -> int:
    m = MARKER_PREFIX.match(view, section.start, section.end)
    return m.end() if m else section.start


def item_pledges(view: str, start: int, end: int, exclude: tuple[str, ...]) -> list[Pledge]:
    """Labelled items in ``[start, end)``: one pledge per numbered item."""
    style, found = choose_style(view, start, end, exclude, from_one=False)
    if style is None:
        paragraphs = labelled_paragraphs(view, start, end)
        if len(paragraphs) < 2:
            return [_single_item(view, start, end)] if has_labels(view, start, end) else []
        unnumbered = []
        for a, b in paragraphs:
            item = _single_item(view, a, b)
            unnumbered.extend(_bracket_closes_sentences(view, item) or [item])
        return [p for p in unnumbered if p.end > p.start]
    pledges = []
    for i, marker in enumerate(found):
        item_end = found[i + 1].start if i + 1 < len(found) else end
        if i + 1 < len(found) and _introduces(view, marker.start, item_end):
            continue  # ``6.2027年安排镇级重点项目如下：`` over its table's rows
        nested = _nested_items(view, marker.end, item_end, (*exclude, style))
        if nested:
            pledges.extend(nested)
            continue
        item = _single_item(view, marker.start, item_end)
        pledges.extend(_bracket_closes_sentences(view, item) or [item])
    duty = _duty_under_heading(view, start, found[0].start)
    if duty is not None:  # the heading's owners: each item's that names no lead of its own
        pledges = [_given_duty(p, duty) for p in pledges]
    return [p for p in pledges if p.end > p.start]


def duty_line(view: str, start: int, end: int) -> Labels | None:
    """The owners a heading gives every item under it, on a line of their own between the
    heading and its first numbered item (``牵头单位：经发办；配合单位：自然资源所、财政所``,
    ``责任单位：社事办``, in brackets or not, SPEC §3), or None: the line holds owner labels and
    nothing else (a time or a content label makes it an item's own lines)."""
    line = view[start:end].strip()
    if not line or "\n" in line:
        return None
    start = view.index(line, start)
    end = start + len(line)
    if line[0] == "(" and line[-1] == ")":
        start, end = start + 1, end - 1
    if not LABEL_FIRST.match(view, start, end):
        return None
    labels = read_labels(view, start, end)
    if not labels.lead or labels.deadline or labels.stage or labels.funds:
        return None
    rest = view[start:end]
    for a, b in labels.spans:
        rest = rest.replace(view[a:b].strip(), "", 1)
    return labels if not rest.strip(" ;；,，。.") else None


def _duty_under_heading(view: str, start: int, end: int) -> Labels | None:
    """The :func:`duty_line` right above the first item at ``end``: alone, or under a heading
    line of its own (a lone ``（一）就业和社会保障`` the numbering skipped)."""
    lines = [line for line in view[start:end].split("\n") if line.strip()]
    if not lines or len(lines) > 2 or (len(lines) == 2 and not _heading_line(lines[0])):
        return None
    last = view.rfind(lines[-1], start, end)
    return duty_line(view, last, last + len(lines[-1]))


def _heading_line(line: str) -> bool:
    """A short heading on a line of its own (``（一）就业和社会保障``): no sentence, no labels."""
    prefix = LIST_PREFIX.match(line)
    words = line[prefix.end() :] if prefix else line
    return (
        0 < len(words.strip()) <= MAX_SUBHEADING_LINE
        and not re.search(r"[。;:!?,]", words)
        and LABEL_RE.search(line) is None
    )


def _duty_over_items(view: str, start: int, end: int, exclude: tuple[str, ...]) -> bool:
    """Does ``[start, end)`` open with a :func:`duty_line` right over numbered items?"""
    style, found = choose_style(view, start, end, exclude, from_one=False)
    return bool(found) and duty_line(view, start, found[0].start) is not None


def _given_duty(pledge: Pledge, duty: Labels) -> Pledge:
    """An item under a duty line: its own lead replaces the line's lead and co-owners."""
    own = pledge.labels
    if own is not None and own.lead:
        return pledge
    labels = replace(
        own or Labels(),
        lead=list(duty.lead),
        lead_is_primary=duty.lead_is_primary,
        co=list(duty.co) + (list(own.co) if own else []),
        official=(own.official if own else None) or duty.official,
    )
    return Pledge(pledge.start, pledge.end, labels, pledge.cut)


#: A blank line: what parts paragraphs typed without numbers.
BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n\s*")
#: A line that ends its sentence, before its owner bracket or not: a paragraph of Word's; or one
#: that introduces what follows (``现将重点任务及责任单位发布如下：``). The owner bracket may hold
#: a group's own bracket (``（牵头单位：县民政局；配合单位：各村（社区））``).
PARAGRAPH_END = re.compile(r"[。!?;:](?:\s*\((?:[^()]|\([^()]*\))*\))?\s*$")
#: A line of a few words without a sentence's marks or numbers after a line that ended one
#: (``做强产业支撑`` between a page's paragraphs, ``点击上方蓝字 关注…``): a heading or the page's
#: furniture, a paragraph of its own (no item), not a sentence a print wrapped.
HEADING_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z·、 \t\u3000]{2,16}")


def labelled_paragraphs(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Items without numbers, parted by blank lines (a 工作要点 pasted as paragraphs, each
    closing with its owner bracket, labelled or not (``（X牵头，Y配合）``), or over its
    ``牵头单位：`` lines, SPEC §3): one item per
    paragraph that names its owner. A paragraph of labels alone is the one's above it (its
    lines set apart); the paragraphs before the first item introduce the list, and an
    unlabelled one after it is an item when it pledges a target or a dated time (not ``以上工作
    请各单位认真抓好落实。``). Without blank lines the lines are the paragraphs (Word's). Fewer
    than two items with owners: no such list."""
    return _paragraph_list(view, start, end)[0]


def paragraph_headings(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The heading lines of a list of :func:`labelled_paragraphs` (``聚力产业发展``, a bold
    paragraph of a few words between Word's paragraphs): each right above an item of the list,
    it heads a section of the items under it (SPEC §3). No list, no headings."""
    return _paragraph_list(view, start, end)[1]


Span = tuple[int, int]


def _paragraph_list(view: str, start: int, end: int) -> tuple[list[Span], list[Span]]:
    """The items of :func:`labelled_paragraphs` and the heading lines right above them."""
    paragraphs: list[Span] = []
    headings: list[Span] = []  # lines of a few words after a line that ended a sentence
    at = start
    gaps = list(BLANK_LINE.finditer(view, start, end))
    lines = view[start:end].strip().split("\n")
    if not gaps and (len(lines) < 2 or any(_open_bracket(line) for line in lines)):
        return [], []  # one line, or lines a print wrapped (``（牵头单位：`` / ``区城管局）``)
    # a Word document's paragraphs are its lines: without blank lines, each line is one
    separator = BLANK_LINE if gaps else re.compile(r"\n\s*")
    ended = True  # the line before ended a sentence (or there was none)
    for gap in [*separator.finditer(view, start, end), None]:
        stop = gap.start() if gap else end
        text = view[at:stop].strip()
        line = text.split("\n")[0]
        if line:
            heading = ended and HEADING_WORDS.fullmatch(line) is not None
            labels = bool(paragraphs) and (
                LABEL_FIRST.match(view, at, stop) is not None or CONTACT.fullmatch(text) is not None
            )
            if labels:
                paragraphs[-1] = (paragraphs[-1][0], stop)  # its labels, set apart
            elif not gaps and not PARAGRAPH_END.search(line) and not heading:
                return [], []  # a line that ends no sentence: no paragraph of its own
            else:
                paragraphs.append((at, stop))
                if heading and line == text:
                    headings.append((at, stop))
            # a paragraph's own labels (``责任单位：X``) close it, as a sentence's end does
            ended = bool(labels or PARAGRAPH_END.search(line) or HEADING_WORDS.fullmatch(line))
        at = gap.end() if gap else end
    labelled = [
        has_labels(view, a, b) or bracket_labels(view, a, b) is not None for a, b in paragraphs
    ]
    if sum(labelled) < 2:
        return [], []
    first = labelled.index(True)
    items = [
        (a, b)
        for (a, b), named in zip(paragraphs[first:], labelled[first:], strict=True)
        if named or (is_pledge(view[a:b], None) and decided(view[a:b], None))
    ]
    index = {p: i for i, p in enumerate(paragraphs)}
    above = {paragraphs[index[p] - 1] for p in items if index[p] > 0}
    return items, [h for h in headings if h in above and h not in items]


def _open_bracket(line: str) -> bool:
    return line.count("(") != line.count(")") or line.count("【") != line.count("】")


def _bracket_closes_sentences(view: str, item: Pledge) -> list[Pledge]:
    """``（一）抓实招商引资。S1。S2。（牵头领导：X；责任单位：Y）``: a paragraph whose owner
    bracket follows its last sentence is sentences still, one pledge each (SPEC §3), the
    bracket's owners and time given to every one of them; its lead phrase is its heading
    (:func:`sections.paragraph_leads`). An item of one sentence after its lead phrase stays one
    pledge, lead included; labelled lines under an item keep it one pledge too."""
    labels = item.labels
    if not labels or not labels.spans or "\n" in view[item.start : item.end].strip():
        return []
    first = min(s for s, _ in labels.spans)
    if first < item.end or view[item.end - 1] != "。":
        return []
    if view[item.end : first].strip() not in ("", "(") or "(" not in view[item.end : first + 1]:
        return []
    sentences = sentence_pledges(view, item.start, item.end)
    if len(sentences) < 2 or any(p.labels for p in sentences):
        return []  # ``1.实施电商物流中心项目。建成…。（牵头单位：…）``: one sentence, one item
    return [Pledge(p.start, p.end, labels, p.cut) for p in sentences]


def _introduces(view: str, start: int, end: int) -> bool:
    """Is ``[start, end)`` a line that only introduces the items after it (``重点项目安排如下：``,
    ``具体项目见下表：``): one line ending with a colon, no labels? The items are the pledges.
    So is an item whose only sentence, after its lead clause, points at the table under it
    (``2.推进重点项目建设。2027年重点项目安排如下表。``, ``详见附表``): the rows are the
    pledges. Not when the sentence states a target too (``实施项目12个，详见附表。``)."""
    line = view[start:end].strip()
    if "\n" in line or has_labels(view, start, end):
        return False
    if line.endswith(":"):
        return True
    prefix = LIST_PREFIX.match(line)
    rest = line[prefix.end() :] if prefix else line
    lead = LEAD_CLAUSE.match(rest)
    if lead and lead.end() < len(rest):
        rest = rest[lead.end() :]
    return (
        TABLE_INTRO.search(rest) is not None
        and "。" not in rest.rstrip("。")
        and not find_targets(rest, rest)
    )


#: A sentence that only points at a table: ``…安排如下表。``, ``详见附表``, ``见下表所示``.
TABLE_INTRO = re.compile(
    r"(?:(?:如|见|详见|参见)(?:下表|附表\d*|附件\d*|表\d+)(?:所示)?"
    r"|(?:具体|安排|清单|项目|任务|情况|列表)如下)\s*[。.:]?\s*$"
)
#: An item's lead clause: a short sentence, its heading (``推进重点项目建设。``).
LEAD_CLAUSE = re.compile(r"[^,;。:!?\n]{2,16}。")


def _nested_items(view: str, start: int, end: int, exclude: tuple[str, ...]) -> list[Pledge]:
    """``（一）壮大实体经济`` on a line of its own, then ``1.…（牵头单位：…）``, ``2.…``: the
    numbered items under the sub-heading are the pledges, not the sub-heading's block."""
    line_end = view.find("\n", start, end)
    if line_end < 0 or not view[start:line_end].strip():
        return []
    line = view[start:line_end].strip()
    lead = LEAD_CLAUSE.fullmatch(line)  # ``1.老旧小区改造。`` over ``（1）…`` ``（2）…``
    if (
        len(line) > MAX_SUBHEADING_LINE
        or (re.search(r"[。;:!?,]", line) and not (lead and not find_targets(line, line)))
        or has_labels(view, start, line_end)
    ):
        return []
    body = line_end + 1
    style, found = choose_style(view, body, end, exclude, from_one=False)
    if style is None or not found:
        return []
    between = view[body : found[0].start]
    duty = duty_line(view, body, found[0].start) if between.strip() else None
    if between.strip() and not _introduces(view, body, found[0].start) and duty is None:
        return []
    if duty is not None or (has_labels(view, body, end) and not inline_labels(view, body, end)):
        return item_pledges(view, body, end, exclude)
    return sentence_pledges(view, body, end, exclude)


def _single_item(view: str, start: int, end: int) -> Pledge:
    from commitments.importer.sentences import LIST_PREFIX

    labels = read_labels(view, start, end)
    labels.deadline = labels.deadline or time_after_labels(view, labels, end)
    prefix = LIST_PREFIX.match(view, start, end) or SERIES_HEAD.match(view, start, end)
    text_start, text_end = item_text_range(view, prefix.end() if prefix else start, end, labels)
    closed = _bracket_close(view, text_start, text_end, end)
    if not labels or closed is not None:  # an item may close with an unlabelled bracket
        bracket = bracket_labels(view, text_start, closed or text_end)
        if bracket is not None:
            cut = bracket[0]
            while cut > text_start and view[cut - 1] in " ,，":
                cut -= 1
            return Pledge(text_start, cut, bracket[1])
    labels.funds = read_funds(view, start, end)
    if not labels.lead and (sentences := split_sentences(view, text_start, text_end))[1:]:
        said = owner_sentence(view, *sentences[-1])  # ``…150户。县残联牵头，县民政局配合。``
        if said is not None:
            labels.lead, labels.co = said[1].lead, labels.co + said[1].co
            labels.deadline = labels.deadline or said[1].deadline
            text_end = sentences[-2][1]
    cut = content_label_cut(view, text_start, text_end)
    if cut is None and "\n" not in view[text_start:text_end].strip():
        later = later_content(view, text_end, end)  # the content line after the label lines
        if later is not None:
            text_end, cut = later
    if cut is not None and _title_restated(view, text_start, cut, text_end):
        text_start, cut = cut[1] + 1, None  # the content line says all the title says
        while text_start < text_end and view[text_start] in " \t\n":
            text_start += 1
    if cut is None:
        cut = marked_content_cut(view, text_start, text_end)
    return Pledge(text_start, text_end, labels, cut)


def _bracket_close(view: str, start: int, stop: int, end: int) -> int | None:
    """Where the bracket left open at ``stop`` closes, when a label was read inside an owner
    bracket (``…（县住建局牵头，县财政局配合；分管领导：王明）``: the units before it are the
    bracket's, :func:`labels.role_clauses`); None when the item's text closes its brackets."""
    opened = view.rfind("(", start, stop)
    if opened < 0 or view.find(")", opened, stop) >= 0:
        return None
    close = view.find(")", stop, end)
    return close + 1 if close >= 0 else None


def _title_restated(view: str, start: int, cut: tuple[int, int], end: int) -> bool:
    """Does an item's content line state again every count of its title line
    (``新建养老服务中心6个\n目标：新建养老服务中心6个，新增床位240张。``)? Then the title
    adds nothing, and its counts are not targets twice."""
    title, content = view[start : cut[0]], view[cut[1] + 1 : end]
    said = find_targets(title, title)
    stated = {(t.value, t.unit) for t in find_targets(content, content)}
    return bool(said) and all((t.value, t.unit) in stated for t in said)


def sentence_pledges(view: str, start: int, end: int, outer: tuple[str, ...] = ()) -> list[Pledge]:
    """One pledge per sentence, leaving out sub-item headings; inline labels go with theirs."""
    skip = subheadings(view, start, end, outer)
    sentences = split_sentences(view, start, end)
    skip += paragraph_leads(view, sentences)
    pledges: list[Pledge] = []
    for s, e in sentences:
        if any(a <= s and e <= b for a, b in skip):
            continue
        if (
            pledges
            and view[e - 1] != ":"
            and "\n" not in view[pledges[-1].end : s]
            and is_time_sentence(view[s:e])
        ):  # ``…新增养老床位40张。8月31日前建成投用。``: the time closes the pledge before it
            last = pledges[-1]
            pledges[-1] = Pledge(last.start, e, last.labels, last.cut)
            continue
        if TIME_ONLY.fullmatch(view[s:e].strip(" \t:,。;\n")):
            continue  # ``2027年10月底前`` heads the pledges after it (:mod:`group_times`)
        if CONTACT.fullmatch(view[s:e].strip()):
            continue  # ``联系人：王明，电话：…`` between two items: whom to call, no pledge
        lead = MEETING_LEAD.match(view, s, e) or EMOJI_MARK.match(view, s, e)
        if lead and lead.end() < e:  # ``会议要求，…``, ``🔹 …``: the pledge is what follows
            s = lead.end()
        if (lead or view[s] == "*") and (marks := DECORATED_ITEM.match(view, s, e)):
            if marks.end() < e:  # ``✅１．＊青石工业园…``: the number and ``＊`` are decoration
                s = marks.end()
        if view[e - 1] == ":" and INLINE_ITEM.match(view, e, end):
            continue  # ``今年将办好以下实事：`` introduces the pledges after it
        columns = (
            column_labels(view, s, e)
            or (bracket_labels(view, s, e) if not has_labels(view, s, e) else None)
            or (owner_sentence(view, s, e) if pledges else None)
        )
        if columns and columns[0] == s and pledges and not pledges[-1].labels:
            # ``…5000亩。（镇农业农村办负责，6月底前完成）``: the bracket is the last pledge's,
            # and every unlabelled sentence's of its paragraph before it (``S1。S2。（…）``),
            # back to the paragraph's item before (``一是X。S1。二是Y。S2。Z负责。``: S2 only)
            # or a sentence that names its own lead (``…，由农业办牵头，…配合。``)
            i = len(pledges) - 1
            while i >= 0 and pledges[i].labels is None:
                pledges[i] = Pledge(pledges[i].start, pledges[i].end, columns[1], pledges[i].cut)
                if i == 0 or _item_break(view, skip, pledges[i - 1], pledges[i]):
                    break
                i -= 1
            continue
        if (
            columns is None
            and pledges
            and pledges[-1].labels is None
            and COST_ONLY.fullmatch(view, s, e)
        ):  # ``…新建管网12公里。项目估算投资1.2亿元。``: what the pledge before it costs
            last = pledges[-1]
            pledges[-1] = Pledge(last.start, e, last.labels, last.cut)
            continue
        if columns is None and pledges and WHOLE_BRACKET.fullmatch(view, s, e):
            # ``…。（某某，另行通知）``: a bracket it cannot read is the last pledge's, not a pledge
            last = pledges[-1]
            pledges[-1] = Pledge(last.start, e, last.labels, last.cut)
            continue
        if columns:
            pledge = Pledge(s, columns[0], columns[1])
        else:
            pledge = _inline_pledge(view, s, e) if has_labels(view, s, e) else Pledge(s, e)
        if pledge.end <= pledge.start:  # labels standing after the sentence they belong to
            if pledges and pledges[-1].labels is None:
                pledges[-1] = Pledge(pledges[-1].start, pledges[-1].end, pledge.labels)
            continue
        pledges.append(pledge)
    return pledges


def _item_break(view: str, skipped: list[tuple[int, int]], before: Pledge, after: Pledge) -> bool:
    """Do two sentences of a paragraph belong to different items, so that an owner sentence
    after ``after`` is not ``before``'s too? A new line, an item's lead phrase between them
    (``二是壮大园区平台。``), or ``before`` naming its own lead in prose (``由经发办牵头``)."""
    if "\n" in view[before.end : after.start]:
        return True
    if any(before.end <= a and b <= after.start for a, b in skipped):
        return True
    return PROSE_LEAD.search(view, before.start, before.end) is not None


def _inline_pledge(view: str, start: int, end: int) -> Pledge:
    """A sentence with bracketed labels: the text stops before them, or skips them."""
    labels = read_labels(view, start, end)
    group_start, group_end = label_group(view, labels)
    rest = view[group_end:end].strip(" 。.;,!")
    if rest:
        return Pledge(start, end, labels, (group_start, group_end))
    while group_start > start and view[group_start - 1] in " ,，":
        group_start -= 1
    return Pledge(start, group_start, labels)


def build_commitment(
    text: Text,
    pledge: Pledge,
    code: str,
    number: int,
    section_title: str,
    year: int | None,
    catalog: list[CatalogEntry],
    warnings: list[str],
    heading_time: str | None = None,
    unit: str | None = None,
    issued: datetime.date | None = None,
) -> ParsedCommitment:
    """One commitment's fields; ``heading_time`` is the time heading its group
    (:mod:`group_times`), due when the pledge states none; ``unit`` the unit whose chapter of a
    compilation holds it (:mod:`chapters`), its owner unless it names one; ``issued`` the
    plan's issue date (:func:`deadlines.issued_on`)."""
    view = text.norm[pledge.start : pledge.end]
    body = text.clean[pledge.start : pledge.end]
    if pledge.cut:
        lo, hi = pledge.cut[0] - pledge.start, pledge.cut[1] - pledge.start
        view, body = view[:lo] + view[hi:], body[:lo] + body[hi:]
    labels = pledge.labels or Labels()
    schedule = labels.deadline
    if not schedule and heading_time and not find_periods(view, year):
        schedule = heading_time  # ``到2027年底：`` over items that name no time
    # a stage's goal (阶段性目标) times a milestone; its numbers are no targets
    timing = "；".join(t for t in (schedule, labels.stage) if t) or None
    deadline, milestones = resolve_deadline(view, body, year, timing, issued)
    unresolved = unresolved_periods(view, schedule, year, issued)
    if unresolved and deadline is not None:
        warnings.append(
            _("%(code)s 的时限“%(phrase)s”没有确定的日期，暂按 %(date)s，请督办人复核")
            % {"code": code, "phrase": listed(unresolved), "date": deadline.isoformat()}
        )
    owners, owner_notes = assign_owners(
        view, section_title, catalog, labels.lead, labels.co, labels.official, unit
    )
    for note in owner_notes:
        if note == "default":
            warnings.append(
                _("%(code)s 未匹配到责任单位，暂由默认单位牵头，请督办人复核") % {"code": code}
            )
        elif note.startswith("unknown-lead:"):
            name = note.removeprefix("unknown-lead:")
            said = _("%(code)s 的牵头单位“%(name)s”不在单位目录中，按原文保留待确认")
            warnings.append(UnitWarning(said % {"code": code, "name": name}, (name,)))
        else:
            name = note.removeprefix("unknown-co:")
            said = _("%(code)s 的配合单位“%(name)s”不在单位目录中，按原文保留待确认")
            warnings.append(UnitWarning(said % {"code": code, "name": name}, (name,)))
    start, end = text.source_span(pledge.start, pledge.end)
    return ParsedCommitment(
        code=code,
        number=number,
        text=body.strip(),
        title=make_title(body),
        owner=owners.owner,
        co_owners=owners.co_owners,
        official=owners.official,
        owner_source=owners.source,
        owner_known=owners.known,
        deadline=deadline,
        milestones=milestones,
        targets=_targets(view, body, labels.deadline, labels.funds),
        start=start,
        end=end,
    )


def _targets(view: str, body: str, schedule: str | None, funds: str | None) -> list[ParsedTarget]:
    """The pledge's targets, with its schedule's counts (``6月底前完成200户``) where the pledge
    states none in their unit: beside a count of its own (``新建改造农村供水管网260公里``) the
    schedule's (``二季度完成管网铺设120公里``, ``三季度…220公里``) are stages on the way to it,
    milestones, not goals of their own; so is a share of the work done (``4月底前完成60%``)
    beside any pledge."""
    found = find_targets(*_with_schedule(view, body, schedule, funds))
    if not schedule:
        return found
    own = find_targets(*_with_schedule(view, body, None, funds))
    units = {_measure(t.unit) for t in own}
    left = Counter((t.value, t.unit) for t in own)
    kept: list[ParsedTarget] = []
    for target in found:
        key = (target.value, target.unit)
        if left[key]:
            left[key] -= 1
            kept.append(target)
        elif _measure(target.unit) not in units and not progress_share(target):
            kept.append(target)
    return kept


def _measure(unit: str) -> str:
    """What a unit measures, whatever its scale: ``万亩`` and ``亩``, ``万元`` and ``元``."""
    return unit.lstrip("万亿千百") or unit


def _with_schedule(
    view: str, body: str, schedule: str | None, funds: str | None = None
) -> tuple[str, str]:
    """The pledge with its schedule (a 时间节点/完成时限 label or column) and its money line
    (``资金估算：约320万元``) as more clauses: a milestone's own count (``6月底前完成200户``)
    and the amount are targets as they are in the text."""
    for clause in (schedule, funds):
        if clause:
            joint = "" if body.rstrip()[-1:] in "。；;，," else "，"
            view = view.rstrip() + normalize(joint + clause)
            body = f"{body.rstrip()}{joint}{clause}"
    return view, body


def make_title(body: str) -> str:
    """A short title that says what is pledged.

    The first clause, unless it only frames the pledge (``在发展农业产业的同时``,
    ``利用近郊区位优势``, ``坚持以民为本``, ``由…牵头、…配合``): then the first
    clause that states a target (``新建5兆瓦光伏电站一处``), else the first that
    does not frame. Words that only time or hedge it (``今年计划``) are left out.
    """
    clauses = [c.strip() for c in split_outside(CLAUSE_SPLIT, body) if c.strip()]
    clauses = [c for c in clauses if not FILLER_CLAUSE.match(c)]
    if clauses and is_framing(normalize(clauses[0])):
        pledged = [c for c in clauses if not is_framing(normalize(c))]
        with_target = [c for c in pledged if find_targets(normalize(c), c)]
        clauses = (with_target or pledged or clauses)[:1] + (pledged or clauses)[1:]
    title = ""
    for clause in clauses:
        title = f"{title},{clause}" if title else clause
        if len(title) >= 6:
            break
    title = title or body.strip()
    lead = TITLE_LEAD.match(title)
    if lead and len(title) - lead.end() >= 4:
        title = title[lead.end() :]
    return shorten(title, 30)


#: A clause that frames a pledge rather than states it.
FRAMING_START = re.compile(
    r"^(?:利用|依托|借助|立足|紧扣|聚焦|着眼|面向|按照|根据|本着|随着|面对|对照|针对|为了)"
)
FRAMING_END = re.compile(
    r"(?:的同时|的基础上|过程中|前提下|优势|为本|为中心|为导向|为抓手|为主线|为重点|为契机|为引领|为核心"
    r"|为载体|为支撑|为目标|为统领|牵头|配合|负责)$"
)
FRAMING_WHOLE = re.compile(r"^在[^,，]{2,20}(?:同时|基础上|过程中|前提下|中|方面|领域)$")
#: Words before a pledge that only time or hedge it.
TITLE_LEAD = re.compile(
    r"^(?:今年|全年|年内|明年|同时|计划|预计|力争|确保|争取|要|将|努力|着重|继续)+"
)


def is_framing(clause: str) -> bool:
    return bool(
        FRAMING_WHOLE.match(clause)
        or FRAMING_END.search(clause)
        or (FRAMING_START.match(clause) and not ACTION.search(clause, 2))
    )
