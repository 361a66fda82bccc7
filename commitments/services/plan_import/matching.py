"""Which stored pledge is which parsed pledge, and the codes they carry.

A code, once given to a pledge, keeps pointing at it through every
re-import: pledges are paired by their content (the same wording first, then
similar wording), never by their position, and a new pledge gets a code that
no pledge of the plan ever had (:func:`next_codes`).
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from commitments.importer.normalize import normalize

#: Below this similarity two wordings are different pledges.
SIMILAR_ENOUGH = 0.6
#: Candidates per new pledge that get the (slow) exact similarity ratio.
SHORTLIST = 8
#: A character pair found in more stored pledges than this says nothing about
#: which one a new pledge is (``推进``, ``工作``): left out of the shortlist.
COMMON_PAIR = 200
CODE_RE = re.compile(r"^(?P<prefix>.*-)(?P<n>\d+)$")


@lru_cache(maxsize=65536)
def fingerprint(text: str) -> str:
    """Identity of a pledge's wording, blind to punctuation, spacing and script.
    Remembered: identity, diff and store each ask for every pledge's."""
    return hashlib.sha256(core(text).encode()).hexdigest()


@lru_cache(maxsize=65536)
def core(text: str) -> str:
    """The wording without punctuation and spacing, in simplified characters."""
    return re.sub(r"[\W_]+", "", normalize(text))


@dataclass(frozen=True)
class Side:
    """What matching needs to know of one pledge on either side."""

    text: str
    fingerprint: str
    section: int
    position: int


def match(old: Sequence[Side], new: Sequence[Side]) -> dict[int, int]:
    """Pair new pledges with stored ones: ``{new index: old index}``.

    The same fingerprint first (in the same section and nearest position when
    a wording repeats), then the most similar wording above
    :data:`SIMILAR_ENOUGH`. Similarity is computed only for a shortlist found
    through shared character pairs, so the cost grows with the number of
    changed pledges, not with the square of the plan.
    """
    pairs: dict[int, int] = {}
    by_print: dict[str, list[int]] = defaultdict(list)
    for i, side in enumerate(old):
        by_print[side.fingerprint].append(i)
    for j, side in enumerate(new):
        candidates = by_print.get(side.fingerprint)
        if not candidates:
            continue
        best = min(
            candidates,
            key=lambda i: (old[i].section != side.section, abs(old[i].position - side.position)),
        )
        candidates.remove(best)
        pairs[j] = best
    taken = set(pairs.values())
    free_old = [i for i in range(len(old)) if i not in taken]
    free_new = [j for j in range(len(new)) if j not in pairs]
    if not free_old or not free_new:
        return pairs
    cores = {i: core(old[i].text) for i in free_old}
    index: dict[str, list[int]] = defaultdict(list)
    for i in free_old:
        for pair in set(_pairs(cores[i])):
            index[pair].append(i)
    scored: list[tuple[float, int, int, int]] = []
    for j in free_new:
        text = core(new[j].text)
        hits: Counter[int] = Counter()
        for pair in set(_pairs(text)):
            posting = index.get(pair, ())
            if len(posting) <= COMMON_PAIR:
                hits.update(posting)
        for i, _count in hits.most_common(SHORTLIST):
            ratio = difflib.SequenceMatcher(None, cores[i], text, autojunk=False).ratio()
            if ratio >= SIMILAR_ENOUGH:
                distance = abs(old[i].position - new[j].position)
                scored.append((ratio, -distance, j, i))
    for _ratio, _distance, j, i in sorted(scored, reverse=True):
        if j in pairs or i in taken:
            continue
        pairs[j] = i
        taken.add(i)
    return pairs


def _pairs(text: str) -> Iterable[str]:
    return (text[k : k + 2] for k in range(len(text) - 1))


def next_codes(wanted: Sequence[str], used: Iterable[str]) -> list[str]:
    """Codes for new pledges: the parser's code unless a pledge of the plan ever
    had it, else the next number after the highest ever given under its prefix
    (``2024-02-``)."""
    taken = set(used)
    highest: dict[str, int] = {}
    for code in taken:
        m = CODE_RE.match(code)
        if m:
            highest[m["prefix"]] = max(highest.get(m["prefix"], 0), int(m["n"]))
    codes = []
    for code in wanted:
        if code in taken:
            m = CODE_RE.match(code)
            prefix = m["prefix"] if m else f"{code}-"
            number = highest.get(prefix, 0) + 1
            code = f"{prefix}{number:02d}"
            while code in taken:
                number += 1
                code = f"{prefix}{number:02d}"
        m = CODE_RE.match(code)
        if m:
            highest[m["prefix"]] = max(highest.get(m["prefix"], 0), int(m["n"]))
        taken.add(code)
        codes.append(code)
    return codes
