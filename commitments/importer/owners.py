"""Step 8: who owns a pledge.

Explicit labels win (``牵头单位：经发办``), matched against the catalog's
names, short names and aliases. Otherwise the catalog's keyword rules pick
the lead owner: most keyword hits, then the higher priority. No hit → the
default department, flagged for a supervisor to review.
"""

from __future__ import annotations

import re

from commitments.importer.normalize import to_simplified
from commitments.importer.types import CatalogEntry, Owners

SPLIT = re.compile(r"[、,，/／;；\s]+|和|及|与")
LEAD_MARK = re.compile(r"[(（]\s*牵头\s*[)）]")
TOWN_PREFIX = re.compile(r"^(镇|乡|街道|本镇|全镇)")
MENTION = re.compile(
    r"由(?P<lead>[^,，。;；]{2,14}?)(?:牵头|负责)(?:[,，、]?(?P<co>[^,，。;；]{2,20}?)配合)?"
)


def match_department(name: str, catalog: list[CatalogEntry]) -> CatalogEntry | None:
    """The catalog entry a written department name refers to."""
    name = TOWN_PREFIX.sub("", to_simplified(LEAD_MARK.sub("", name)).strip(" 。.,，"))
    if len(name) < 2:
        return None
    for entry in catalog:
        if name in entry.names():
            return entry
    best: tuple[int, CatalogEntry] | None = None
    for entry in catalog:
        for known in entry.names():
            if len(known) >= 2 and (known in name or name in known):
                score = min(len(known), len(name))
                if best is None or score > best[0]:
                    best = (score, entry)
    return best[1] if best else None


def split_names(value: str) -> list[tuple[str, bool]]:
    """``经发办（牵头）、财政所`` → [("经发办（牵头）", True), ("财政所", False)]."""
    names = [n for n in SPLIT.split(value) if n and n.strip()]
    return [(n, bool(LEAD_MARK.search(n))) for n in names]


def explicit_owners(
    lead_values: list[str], co_values: list[str], catalog: list[CatalogEntry]
) -> tuple[list[CatalogEntry], list[str]]:
    """Departments named in labels, lead first; and the names not in the catalog."""
    named: list[tuple[str, bool]] = []
    for value in lead_values:
        named.extend(split_names(value))
    leads = [n for n, marked in named if marked]
    ordered = leads + [n for n, marked in named if not marked]
    for value in co_values:
        ordered.extend(n for n, _ in split_names(value))
    found: list[CatalogEntry] = []
    unknown: list[str] = []
    for name in ordered:
        entry = match_department(name, catalog)
        if entry is None:
            if not re.fullmatch(r"各[\u4e00-\u9fff]{1,4}", name):  # 各村, 各部门: nobody
                unknown.append(name)
        elif entry not in found:
            found.append(entry)
    return found, unknown


def _hits(text: str, entry: CatalogEntry) -> int:
    hits = sum(text.count(to_simplified(k)) for k in entry.keywords if k)
    return hits + 3 * sum(text.count(n) for n in entry.names() if len(n) >= 3)


def rule_owner(text: str, catalog: list[CatalogEntry], context: str = "") -> CatalogEntry | None:
    """The department whose keywords (or names) the text mentions most.

    Ties go to the department the section heading (``context``) speaks of,
    then to the higher priority.
    """
    best: tuple[tuple[int, int, int, int], CatalogEntry] | None = None
    for order, entry in enumerate(catalog):
        hits = _hits(text, entry)
        if hits == 0:
            continue
        key = (hits, _hits(context, entry), entry.priority, -order)
        if best is None or key > best[0]:
            best = (key, entry)
    return best[1] if best else None


def mentioned_owners(view: str, catalog: list[CatalogEntry]) -> tuple[list[CatalogEntry], bool]:
    """``由经发办牵头,财政所配合``: owners written in the sentence itself."""
    m = MENTION.search(view)
    if not m:
        return [], False
    found, _ = explicit_owners([m.group("lead")], [m.group("co") or ""], catalog)
    return found, bool(found)


def assign_owners(
    view: str,
    section_title: str,
    catalog: list[CatalogEntry],
    lead_values: list[str],
    co_values: list[str],
    official: str | None,
) -> tuple[Owners, list[str]]:
    """Owners of one pledge and any warnings about them."""
    warnings: list[str] = []
    if lead_values or co_values:
        found, unknown = explicit_owners(lead_values, co_values, catalog)
        if unknown:
            warnings.append("unknown:" + "、".join(unknown))
        lead_known = any(
            match_department(n, catalog) for v in lead_values for n, _ in split_names(v)
        )
        if found and (lead_known or not lead_values):
            lead, co = found[0], found[1:]
            return Owners(lead.name, [c.name for c in co], "explicit", official), warnings
        if found:  # only co-owners are known: the lead comes from the rules below
            co_names = [c.name for c in found]
            owners, more = assign_owners(view, section_title, catalog, [], [], official)
            owners.co_owners = [n for n in co_names if n != owners.owner]
            return owners, warnings + more
    found, ok = mentioned_owners(view, catalog)
    if ok:
        return Owners(found[0].name, [c.name for c in found[1:]], "explicit", official), warnings
    context = to_simplified(section_title)
    entry = rule_owner(view, catalog, context) or rule_owner(context, catalog)
    if entry is not None:
        return Owners(entry.name, [], "rule", official), warnings
    default = next((e for e in catalog if e.is_default), None)
    warnings.append("default")
    return Owners(default.name if default else None, [], "default", official), warnings
