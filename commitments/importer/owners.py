"""Step 8: who owns a pledge.

Explicit labels win (``牵头单位：经发办``), and so do owners written in prose
(``由镇农田建设股牵头、各村配合``, ``县住建局、社会事务办负责``, ``县工信局配合经发办``,
``社会事务办要…``, ``各村（社区）开展…``; not ``各部门要…`` nor ``各村也要…``).
Each name is matched against the catalog's names, short names and aliases; a
unit the catalog does not hold is kept as written (``owner_known`` false, a
warning) and never replaced by a guess, and co-owners, groups such as ``各村``
included, are never dropped. Otherwise the catalog's keyword rules pick the
lead owner: most keyword hits, then the higher priority. No hit → the default
department, flagged for a supervisor to review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commitments.importer.normalize import to_simplified
from commitments.importer.types import CatalogEntry, Owners
from commitments.importer.vocabulary import (
    CO_LABEL_WORDS,
    GROUP_OWNER,
    GROUP_UNITS,
    HELP_ADVERBS,
    JOINS,
    LEAD_LABEL_WORDS,
    OFFICIAL_TITLE,
    ROLE_ADVERBS,
    SHARED_DUTY,
    TIME_ONLY,
    UNIT_NOUN,
)

SPLIT = re.compile(r"[、,，/／;；\s]+")
#: ``和``/``及``/``与`` between two units joins two names (``经发办和财政所``); inside a name
#: (``县发展和改革局``, ``县卫生健康和医疗保障局``) it is part of it.
JOIN_WORD = re.compile(r"和|及|与")
LEAD_MARK = re.compile(r"[(（]\s*牵头\s*[)）]")
TOWN_PREFIX = re.compile(r"^(镇|乡|街道|本镇|全镇|本乡|全乡)")
#: A written name that is a unit: it ends with an office word.
UNIT_NAME = (
    r"[\u4e00-\u9fff]{1,14}?"
    r"(?:办公室|办|所|站|中心|局|委|会|室|院|队|组|(?<!干)部|部门|股|科|村|社区|公司|政府|街道|处"
    r"|(?<=[残妇侨文商台])联|(?<=[科政作])协)"
)  # 干部 (cadres) are people, not a unit; 残联, 妇联, 工商联, 科协 are units (联合会, 协会)
#: A group of units as the parse view writes it: ``各村(社区)``, ``相关部门``, ``各镇街``.
GROUP_NAME = GROUP_UNITS
#: A unit or a group of units, as written (``经发办``, ``县教育局``, ``各村(社区)``).
UNIT = rf"(?:{GROUP_NAME}|{UNIT_NAME})"
_UNITS = rf"{UNIT}(?:[、和与及]{UNIT})*"
#: Where a clause starts: after a comma, a stop, a colon, or the dash before an article item's
#: owners (``…，１０月底前竣工——经发办负责，财政所配合``).
_CLAUSE = r"(?:^|(?<=[,，。;；:：—]))\s*"
#: Villages as a clause's subject (``各村（社区）要…``, ``各社区开展…``); not ``各部门`` (no
#: unit), nor ``各村也要…`` (they join a pledge that is someone else's).
_VILLAGES = r"各(?:行政村|村委会|居委会|村\(社区\)|村|社区)"
_ACTS = r"开展|实施|完成|推进|组织|建成|新建|落实|建立|做好|抓好|改造|创建"
#: A subject that is an office (``社会事务办要``, ``镇卫生院要``), not a place (``农村要``).
_OFFICE = (
    r"(?:[\u4e00-\u9fff]{1,12}?(?:办公室|办|所|站|中心|局|委)"
    r"|(?:镇|乡|县|区|市)[\u4e00-\u9fff]{1,12}?(?:院|会|队|组|(?<!干)部|股|科|公司))"
)
#: An office as a list of owners writes its first (lead) unit: not a place (``东村``).
OFFICE_NAME = re.compile(_OFFICE)
#: Words after a unit that helps (配合单位): ``财政所配合``.
HELP = r"(?:配合|参与|协助|协同)"
_END = r"(?=[,，;；。.\s)）]|$)"
#: The doer a clause starts with (``县教育局牵头``, ``各村（社区）要``, ``由经发办负责``): a
#: target's metric words leave it out, as they leave out the time.
DOER_PREFIX = re.compile(
    rf"由?{_UNITS}(?:{SHARED_DUTY}负责|牵头负责|牵头|主责|主抓)(?:要|将)?"
    rf"|{UNIT}(?:要|将)|{GROUP_NAME}(?:要|将)?"
)
#: An official's title as a speech writes it: ``副镇长``, ``常务副县长``, ``镇党委书记``,
#: ``县委常委``, ``分管领导``.
_TITLE = (
    r"(?:(?:镇|乡|县|区|市)(?:委|党委|党工委|人大|政协|政府)?|党委|党工委)?"
    rf"(?:常务|执行)?副?{OFFICIAL_TITLE}"
)
#: An official who leads a pledge in a speech (责任领导), never a unit: ``王镇长``, ``李书记``,
#: ``分管副镇长``, ``分管副县长李明``, ``县委常委、副县长李明同志``, ``张三同志``; only where a
#: clause (or its ``由``) starts, before the words that make it lead (:data:`OFFICIAL_LEADS`).
#: A person's name's first character: not the ``由`` before it.
_SURNAME = r"(?:(?!由|这|该|此)[\u4e00-\u9fff])"
_OFFICIAL = (
    r"(?:(?<=由)|(?<=^)|(?<=[,，。;；:：\s]))"
    r"(?P<official>"
    rf"(?:分管|主管|主要|包保|挂点|联系)?(?:{_TITLE}[、,，])*{_SURNAME}?{_TITLE}"
    r"[\u4e00-\u9fff]{0,3}?(?:同志)?"
    rf"|{_SURNAME}[\u4e00-\u9fff]{{1,2}}?同志)"
)
#: The words after an official that make them the pledge's leader.
_OFFICIAL_VERB = r"(?:亲自)?(?:牵头|挂帅|负总责|总负责|总牵头|抓总|领衔)"
OFFICIAL_LEADS = re.compile(rf"{_OFFICIAL}(?={_OFFICIAL_VERB})")
#: What every match of :data:`OFFICIAL_LEADS` holds: a verb that leads, and a title or ``同志``.
_LEAD_WORDS = ("牵头", "挂帅", "负总责", "总负责", "抓总", "领衔")
_TITLE_WORD = re.compile(OFFICIAL_TITLE + "|同志")


def _official_leads(view: str) -> re.Match[str] | None:
    """:data:`OFFICIAL_LEADS` in ``view``, its slow pattern tried only where it may match."""
    if not any(word in view for word in _LEAD_WORDS) or not _TITLE_WORD.search(view):
        return None
    return OFFICIAL_LEADS.search(view)


#: What an official who leads reads as when the owners written in prose are looked for: a word
#: that is no unit, so no pattern takes the official for the owner.
_LEADER = "领导"
OFFICIAL = rf"由?{_LEADER}"
#: Another clause of the sentence whose units help (``…，应急办配合把防汛物资备足``, ``…，自然资源所
#: 配合做好用地保障``): co-owners beside the lead the sentence names elsewhere.
MORE_HELP = re.compile(
    _CLAUSE + rf"由?(?P<co>{_UNITS})(?:要|须|将|也要)?{HELP_ADVERBS}?{HELP}"
    r"(?=把|做|抓|搞|落实|开展|推进|完成|保障|提供|[,，。;；]|$)"
)
#: A time said before the unit it times (``下半年交通办要…``, ``年底前经发办要…``): not the unit's.
TIME_BEFORE = re.compile(rf"^(?:{TIME_ONLY.pattern})")
#: Owners written in prose, most explicit first: ``牵头单位为…，配合单位为…``;
#: ``由镇农田建设股牵头、各村配合``, ``由镇农业农村办、自然资源所共同负责``;
#: ``镇水利站牵头，各村配合``, ``县住建局、社会事务办负责``, ``…，镇招商服务中心负责，…``,
#: ``经发办和社会事务办共同负责…``; ``县工信局配合镇经济发展办``; and a unit that a clause
#: has as its subject: ``社会事务办要落实…``, ``各村（社区）开展…``.
MENTIONS = (
    # ``由王镇长牵头，农业办具体抓，财政所、自然资源所要全力配合``: the official who leads is the
    # leader (责任领导), not a unit; the unit that does the work (具体抓/具体负责) owns it
    re.compile(
        rf"{OFFICIAL}{_OFFICIAL_VERB}[,，、]\s*由?(?P<lead>{_UNITS})"
        rf"{ROLE_ADVERBS}?(?:抓|负责|落实|实施|推进|承办|牵头)"
        rf"(?:[,，、]\s*(?P<co>{_UNITS})(?:要|须|将)?{HELP_ADVERBS}?{HELP})?"
    ),
    re.compile(
        rf"{LEAD_LABEL_WORDS}{UNIT_NOUN}(?:为|是)(?P<lead>{_UNITS}){_END}"
        rf"(?:[,，;；]\s*{CO_LABEL_WORDS}{UNIT_NOUN}(?:为|是)(?P<co>{_UNITS}){_END})?"
    ),
    # ``由农业办会同财政所推进``, ``经发办牵头联合市场监管所开展…``: the first leads
    re.compile(
        rf"(?:由(?P<lead>[^,，。;；由]{{2,20}}?)|{_CLAUSE}(?P<unit>{UNIT}))(?:牵头)?{ROLE_ADVERBS}?{JOINS}"
        rf"(?P<co>{_UNITS}){ROLE_ADVERBS}?(?:推进|实施|负责|开展|落实|完成|抓好|办理|组织实施)"
    ),
    re.compile(
        rf"由(?P<lead>[^,，。;；由]{{2,20}}?){ROLE_ADVERBS}?(?:牵头|{SHARED_DUTY}负责|组织实施|实施)"
        rf"(?:[,，、]?(?P<co>[^,，。;；]{{2,30}}?){HELP})?"
    ),
    re.compile(
        _CLAUSE + rf"(?P<lead>{_UNITS}){ROLE_ADVERBS}?(?:牵头负责|{SHARED_DUTY}负责|牵头|主责|主抓)"
        rf"(?:[,，、](?P<co>[^,，。;；]{{2,30}}?){HELP})?"
    ),
    # ``经发办、市场监管所要密切配合``: units that work together, none named to lead: the
    # first named leads, as in an owner column without roles (:func:`owner_roles`)
    re.compile(
        _CLAUSE + rf"(?P<lead>{UNIT})[、和与及](?P<co>{UNIT}(?:[、和与及]{UNIT})*)"
        rf"(?:要|须|应|将|必须)?{HELP_ADVERBS}?(?:配合|协作|协同|联动){_END}"
    ),
    re.compile(
        _CLAUSE + rf"(?P<co>{_UNITS}){HELP}(?P<lead>{UNIT})(?=[,，。;；]|[\u4e00-\u9fff]{{2}})"
    ),
    # ``配合县交通运输局完成…``: the town helps, the unit it helps leads
    re.compile(
        _CLAUSE + rf"(?:积极|主动|全力|全面|密切)?(?:配合|协助)(?P<lead>{UNIT})"
        rf"(?=(?:{_ACTS}|做好|抓好|推进|实施|开展|建设|完成)|[,，。;；])"
    ),
    # ``由村股份经济合作社统一经营``: the unit that runs what the pledge builds
    re.compile(
        r"由(?P<lead>[^,，。;；由]{2,20}?(?:合作社|委员会|村委会|公司|中心|站|所|办|局|院|队))"
        r"(?:统一|具体|集中|整体)?(?:经营|管理|运营|运行|维护|承办|组织)"
    ),
    re.compile(_CLAUSE + rf"(?P<lead>{_VILLAGES}|{_OFFICE})(?:要|将|须|必须|应)(?!求)"),
    re.compile(_CLAUSE + rf"(?P<lead>{_VILLAGES})(?={_ACTS})"),
)


@dataclass(frozen=True)
class Named:
    """An owner as a pledge names it: the catalog's name when it is a known unit."""

    name: str
    known: bool


def match_department(name: str, catalog: list[CatalogEntry]) -> CatalogEntry | None:
    """The catalog entry a written department name is, by name, short name or alias.

    Only the same unit matches: the name as written, or without the town's
    prefix (``镇农业农村办`` = ``农业农村办``, an alias of 农业农村办公室). A name
    that merely contains a known one (``镇招商服务中心`` ∌ 招商办) is unknown.
    Failing that, a variant of one catalog name (:func:`variant_key`): the name
    without its bracket or with another (``平安建设办公室`` and
    ``平安建设办公室（信访办）`` are ``平安建设办公室（综治中心）``), ``办`` for
    ``办公室``; a variant two entries share names neither.
    """
    written = to_simplified(LEAD_MARK.sub("", name)).strip(" 。.,，")
    candidates = [c for c in dict.fromkeys((written, TOWN_PREFIX.sub("", written))) if len(c) >= 2]
    for candidate in candidates:
        for entry in catalog:
            if candidate in entry.names():
                return entry
    variants = _variants(catalog)
    for candidate in candidates:
        for key in _written_keys(candidate):
            variant = variants.get(key)
            if variant is not None:
                return variant
    return None


_BRACKET = re.compile(r"[(（]([^()（）]*)[)）]")
#: A bracket's words that name the unit again (``综治中心``), not a qualifier (``民政``).
_UNIT_WORDS = re.compile(r"[\u4e00-\u9fff]{2,}(?:办公室|办|所|站|中心|局|委|室|队)")


def variant_key(name: str) -> str:
    """A unit's name as its variants share it: no bracket, ``办`` for ``办公室``."""
    base = _BRACKET.sub("", name).strip()
    return base[: -len("办公室")] + "办" if base.endswith("办公室") else base


def _written_keys(name: str) -> list[str]:
    """Keys a written name may be: itself, and a bracket's unit name
    (``综治中心（平安建设办公室）`` names 平安建设办公室 too)."""
    keys = [variant_key(name)]
    keys += [variant_key(m) for m in _BRACKET.findall(name) if _UNIT_WORDS.fullmatch(m)]
    return [k for k in keys if len(k) >= 3]


_variant_index: tuple[list[CatalogEntry], int, dict[str, CatalogEntry]] | None = None


def _variants(catalog: list[CatalogEntry]) -> dict[str, CatalogEntry]:
    """Each variant key of the catalog's names that only one entry has (and that is no
    other entry's name as written). Built once per catalog list."""
    global _variant_index
    cached = _variant_index
    if cached is not None and cached[0] is catalog and cached[1] == len(catalog):
        return cached[2]
    owners: dict[str, set[int]] = {}
    exact: dict[str, set[int]] = {}
    for order, entry in enumerate(catalog):
        for written in entry.names():
            name = to_simplified(written)
            exact.setdefault(name, set()).add(order)
            for key in _written_keys(name):
                owners.setdefault(key, set()).add(order)
    found = {
        key: catalog[next(iter(orders))]
        for key, orders in owners.items()
        if len(orders) == 1 and exact.get(key, orders) == orders
    }
    _variant_index = (catalog, len(catalog), found)
    return found


def written_name(name: str) -> str:
    """A unit's name as the document writes it, without ``（牵头）`` and punctuation."""
    name = LEAD_MARK.sub("", name).strip(" 。.,，:：")
    return name.replace("(", "（").replace(")", "）")  # the parse view's brackets, as written


def split_names(value: str) -> list[tuple[str, bool]]:
    """``经发办（牵头）、财政所`` → [("经发办（牵头）", True), ("财政所", False)]."""
    names = [n for n in _split_units(value, SPLIT) if n and n.strip()]
    return [(n, bool(LEAD_MARK.search(n))) for n in names]


#: One unit as written, with its bracket (``经发办（牵头）``).
_WHOLE_UNIT = re.compile(rf"{UNIT}(?:[(（][^()（）]*[)）])?")


def _split_units(value: str, separators: re.Pattern[str]) -> list[str]:
    """``value`` split at ``separators``, and at ``和``/``及``/``与`` where each side is a unit."""
    out: list[str] = []
    for piece in separators.split(value):
        parts = JOIN_WORD.split(piece)
        if len(parts) > 1 and all(_WHOLE_UNIT.fullmatch(part.strip(" 。.")) for part in parts):
            out.extend(parts)
        else:
            out.append(piece)
    return out


#: ``（配合：国土所、供电所）``, ``协办单位：财政所``: the units after it help.
_CO_GROUP = re.compile(
    r"[(（]?\s*(?:配合|协助|协办|参与|协同)(?:单位|部门)?\s*[:：]\s*(?P<names>[^()（）\n;；]*)[)）]?"
)
_LEAD_ROLE = re.compile(r"\s*(?:[(（]\s*(?:牵头|主责|负责)\s*[)）]|牵头负责|牵头|主责|负责)\s*$")
_CO_ROLE = re.compile(r"\s*(?:[(（]\s*" + HELP + r"\s*[)）]|" + HELP + r")\s*$")
_CLAUSES = re.compile(r"[\n;；,，]+")
_NAMES = re.compile(r"[、/／\s]+")
#: Role words in an owner value: ``牵头``, ``配合``, ``（配合：…）``.
OWNER_ROLES = re.compile(r"牵头|主责|负责|" + HELP)


def owner_roles(value: str) -> tuple[list[str], list[str]]:
    """The lead and helping units of an owner value written over clauses or lines.

    ``生态办（牵头）\n水利站、规划建设办`` → (生态办; 水利站, 规划建设办);
    ``规划建设办牵头；\n各社区配合`` → (规划建设办; 各社区); ``经发办\n（配合：国土所、供电所）``
    → (经发办; 国土所, 供电所); ``县教育局\n镇中心校`` → (县教育局; 镇中心校);
    ``农业办、生态办，各村配合`` → (农业办; 生态办, 各村); ``县住建局、县民政局（牵头）`` →
    (县民政局; 县住建局): a bracketed mark is its own name's. Units without a role after a
    named lead help; without any role, the first unit leads.
    """
    co: list[str] = []
    for m in _CO_GROUP.finditer(value):
        co.extend(n for n in _split_units(m.group("names"), _NAMES) if n.strip(" 。."))
    rest = _CO_GROUP.sub("\n", value)
    marked: list[str] = []
    plain: list[str] = []
    for clause in _CLAUSES.split(rest):
        clause = clause.strip(" 。.:：")
        if not clause:
            continue
        lead_role, co_role = _LEAD_ROLE.search(clause), _CO_ROLE.search(clause)
        role = lead_role or co_role
        names = [n for n in _split_units(clause[: role.start()] if role else clause, _NAMES) if n]
        if lead_role and len(names) > 1 and lead_role.group(0).strip()[:1] in "(（":
            marked.append(names[-1])  # ``区住建局、区民政局（牵头）``: the mark is the last name's
            plain.extend(names[:-1])
        elif lead_role:
            marked.extend(names)
        elif co_role:
            co.extend(names)
        else:
            plain.extend(LEAD_MARK.sub("", n) for n in names if n)
            if any(LEAD_MARK.search(n) for n in names):
                marked.extend(LEAD_MARK.sub("", n) for n in names if LEAD_MARK.search(n))
                plain = [n for n in plain if n not in marked]
    leads = marked or plain[:1]
    helpers = (plain if marked else plain[1:]) + co
    return leads, [n for n in helpers if n not in leads]


def explicit_owners(
    lead_values: list[str], co_values: list[str], catalog: list[CatalogEntry]
) -> list[Named]:
    """Every unit named in labels, lead first, each once: known ones by their catalog
    name, the others (and groups such as ``各村``) as written."""
    named: list[tuple[str, bool]] = []
    for value in lead_values:
        named.extend(split_names(value))
    leads = [n for n, marked in named if marked]
    ordered = leads + [n for n, marked in named if not marked]
    for value in co_values:
        ordered.extend(n for n, _ in split_names(value))
    found: list[Named] = []
    for name in ordered:
        entry = match_department(name, catalog)
        owner = Named(entry.name, True) if entry else Named(written_name(name), False)
        if owner.name and owner.name not in [f.name for f in found]:
            found.append(owner)
    return found


#: A term (keyword or name) and who counts it: ``[(entry's index in the catalog, weight)]``.
Terms = dict[str, list[tuple[int, int]]]
_index: tuple[list[CatalogEntry], int, dict[str, Terms]] | None = None


def _terms_by_start(catalog: list[CatalogEntry]) -> dict[str, Terms]:
    """Every entry's keywords (simplified, weight 1) and names of three characters or
    more (weight 3), by their first character: a pledge is compared only with the
    terms that start with one of its characters, not with every keyword of every
    department (5,000 pledges × 200 departments were a million comparisons per
    department's keywords). Built once per catalog list (the last one is kept)."""
    global _index
    cached = _index
    if cached is not None and cached[0] is catalog and cached[1] == len(catalog):
        return cached[2]
    found: dict[str, Terms] = {}
    for order, entry in enumerate(catalog):
        terms = [(to_simplified(k), 1) for k in entry.keywords if k]
        terms += [(n, 3) for n in entry.names() if len(n) >= 3]
        for term, weight in terms:
            found.setdefault(term[0], {}).setdefault(term, []).append((order, weight))
    _index = (catalog, len(catalog), found)
    return found


def _hits(text: str, catalog: list[CatalogEntry]) -> dict[int, int]:
    """Keyword and name hits of each entry (by index) that the text mentions: every
    occurrence of a keyword counts 1, of a name 3."""
    by_start = _terms_by_start(catalog)
    hits: dict[int, int] = {}
    for char in set(text):
        for term, owners in by_start.get(char, {}).items():
            count = text.count(term)
            if count:
                for order, weight in owners:
                    hits[order] = hits.get(order, 0) + count * weight
    return hits


def rule_owner(text: str, catalog: list[CatalogEntry], context: str = "") -> CatalogEntry | None:
    """The department whose keywords (or names) the text mentions most.

    Ties go to the department the section heading (``context``) speaks of,
    then to the higher priority.
    """
    hits = _hits(text, catalog)
    if not hits:
        return None
    most = max(hits.values())
    tied = [i for i in hits if hits[i] == most]
    if len(tied) == 1:  # no tie: the heading is not read (half the hits a plan looked up)
        return catalog[tied[0]]
    heading = _hits(context, catalog)
    order = max(tied, key=lambda i: (heading.get(i, 0), catalog[i].priority, -i))
    return catalog[order]


def leading_official(view: str) -> str | None:
    """The official a sentence says leads its pledge (``这件事由王镇长牵头`` → ``王镇长``,
    ``由分管副县长李明同志牵头`` → ``分管副县长李明``), as written without ``同志``."""
    m = _official_leads(view)
    if m is None:
        return None
    name = m.group("official").strip(" ,，、")
    return name.removesuffix("同志") or name


def mentioned_owners(view: str) -> tuple[list[str], list[str]] | None:
    """``由镇农田建设股牵头、各村配合``: owners written in the sentence itself. An official who
    leads (``由王镇长牵头``) is the 责任领导, never a unit: the unit the sentence has do the work
    (``农业办具体抓``) leads, else the rules pick one; the sentence names owners all the same."""
    led = _official_leads(view)
    if led is not None:
        view = OFFICIAL_LEADS.sub(_LEADER, view)
    for pattern in MENTIONS:
        m = pattern.search(view)
        if m and m.groupdict().get("lead") != _LEADER:
            co = m.groupdict().get("co") or ""
            groups = m.groupdict()
            helpers = [co] if co else []
            for more in MORE_HELP.finditer(view):  # ``…，应急办配合把防汛物资备足``
                if not (m.start() <= more.start("co") < m.end()):
                    helpers.append(more.group("co"))
            return [_untimed(groups.get("lead") or groups["unit"])], helpers
    helpers = [more.group("co") for more in MORE_HELP.finditer(view)]
    # ``自然资源所配合做好…``: a helper, no lead named
    return ([], helpers) if helpers or led else None


def _untimed(name: str) -> str:
    """A unit without the time said before it: ``下半年交通办`` → ``交通办``."""
    time = TIME_BEFORE.match(name)
    if time and time.end() and re.fullmatch(UNIT, name[time.end() :]):
        return name[time.end() :]
    return name


def assign_owners(
    view: str,
    section_title: str,
    catalog: list[CatalogEntry],
    lead_values: list[str],
    co_values: list[str],
    official: str | None,
    unit: str | None = None,
    mentions: bool = True,
) -> tuple[Owners, list[str]]:
    """Owners of one pledge and any warnings about them. ``unit``: the unit whose chapter of a
    compilation holds the pledge (``一、经济发展办公室2033年重点工作计划``), the lead when the
    pledge names none: the catalog's name, else as written (unknown, as an explicit label's).

    Warnings are ``"default"`` (no owner found), or ``"unknown-lead:名称"`` and
    ``"unknown-co:名称"``, one for each unit named in the document that the catalog does
    not hold, with its role (groups such as ``各村`` are kept without a warning).
    """
    warnings: list[str] = []
    official = official or leading_official(view)
    if not lead_values and not co_values and mentions:
        mentioned = mentioned_owners(view)
        if mentioned:
            lead_values, co_values = mentioned
            mentions = False  # the prose's owners are read: only the rules can add a lead
    if lead_values or co_values:
        found = explicit_owners(lead_values, co_values, catalog)
        warnings.extend(
            f"unknown-{'lead' if i == 0 and lead_values else 'co'}:{n.name}"
            for i, n in enumerate(found)
            if not n.known and not GROUP_OWNER.fullmatch(n.name)
        )
        if lead_values and found:
            lead, co = found[0], found[1:]
            owners = Owners(lead.name, [c.name for c in co], "explicit", official, lead.known)
            return owners, warnings
        # only co-owners are named: the lead comes from the rules below
        owners, more = assign_owners(view, section_title, catalog, [], [], official, unit, mentions)
        owners.co_owners = [n.name for n in found if n.name != owners.owner]
        return owners, warnings + more
    if unit:  # the unit whose chapter holds the pledge: as written when the catalog lacks it
        chapter = match_department(unit, catalog)
        if chapter is not None:
            return Owners(chapter.name, [], "explicit", official), warnings
        name = written_name(unit)
        warnings.append(f"unknown-lead:{name}")
        return Owners(name, [], "explicit", official, known=False), warnings
    context = to_simplified(section_title)
    entry = rule_owner(view, catalog, context) or rule_owner(context, catalog)
    if entry is not None:
        return Owners(entry.name, [], "rule", official), warnings
    default = next((e for e in catalog if e.is_default), None)
    warnings.append("default")
    return Owners(default.name if default else None, [], "default", official), warnings
