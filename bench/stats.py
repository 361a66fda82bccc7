"""Latency samples → p50/p95 in milliseconds."""

from __future__ import annotations

import math
from dataclasses import dataclass


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile (no interpolation: a reported p95 is a real request)."""
    if not samples:
        return math.nan
    ordered = sorted(samples)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Latency:
    p50_ms: float
    p95_ms: float
    n: int

    @classmethod
    def of(cls, seconds: list[float]) -> Latency:
        return cls(
            round(percentile(seconds, 50) * 1000, 2),
            round(percentile(seconds, 95) * 1000, 2),
            len(seconds),
        )
