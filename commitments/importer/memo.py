"""Per-sentence work remembered for the length of one parse.

The importer reads a pledge's sentences and clauses several times over (for its
targets, its deadline, its closing time, an owner sentence's time, whether it is
narrative). The pure functions that do the reading keep what they found here,
keyed by their arguments, and :func:`~commitments.importer.pipeline.parse_file`
forgets it all when it starts: results never depend on an earlier file, and a
long-lived worker holds at most one plan's worth.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, ParamSpec, TypeVar, cast

P = ParamSpec("P")
R = TypeVar("R")

#: Entries per function: a 5,000-pledge plan reads ~5,400 texts for their times and
#: ~6,600 for their targets; an entry is a pledge-sized text and a few small records.
MAXSIZE = 16384

_CACHES: list[Any] = []


def remembered(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` (pure, hashable arguments, an immutable result) remembered per parse."""
    cached = lru_cache(maxsize=MAXSIZE)(function)
    _CACHES.append(cached)
    return cast(Callable[P, R], cached)


def forget() -> None:
    """Start a parse with nothing remembered."""
    for cached in _CACHES:
        cached.cache_clear()
