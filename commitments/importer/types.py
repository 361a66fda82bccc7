"""Dataclasses passed between the importer's steps."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


class UnitWarning(str):
    """A warning about units the catalog lacks: its text, in the language active when it
    was made, and ``units``, the names as the pledges carry them. A page that drops the
    warning once those units are mapped or created reads ``units``, never the words,
    which differ by language (``配合单位“村建办”`` / ``The co-owner “村建办”``)."""

    units: tuple[str, ...]

    def __new__(cls, text: str, units: tuple[str, ...]) -> UnitWarning:
        made = super().__new__(cls, text)
        made.units = units
        return made


@dataclass(frozen=True)
class CatalogEntry:
    """A department as the pure pipeline sees it (loaded from the DB by the service)."""

    name: str
    short_name: str = ""
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    priority: int = 0
    is_default: bool = False

    def names(self) -> list[str]:
        return [n for n in dict.fromkeys((self.name, self.short_name, *self.aliases)) if n]


@dataclass(frozen=True)
class Span:
    """A half-open range ``[start, end)`` of the cleaned text."""

    start: int
    end: int


@dataclass
class ParsedTarget:
    metric: str
    value: Decimal
    unit: str
    comparator: str
    source_text: str = ""
    approximate: bool = False  # ``5000万元左右``: about, comparator "="

    def as_dict(self) -> dict[str, Any]:
        value = (
            int(self.value) if self.value == self.value.to_integral_value() else float(self.value)
        )
        return {
            "metric": self.metric,
            "value": value,
            "unit": self.unit,
            "comparator": self.comparator,
            "approximate": self.approximate,
        }


@dataclass
class ParsedMilestone:
    due: datetime.date
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {"due": self.due.isoformat(), "text": self.text}


@dataclass
class Owners:
    owner: str | None
    co_owners: list[str] = field(default_factory=list)
    source: str = "rule"  # explicit | rule | default
    official: str | None = None
    known: bool = True  # the lead is a catalog department (else: as the document writes it)


@dataclass
class ParsedCommitment:
    code: str
    number: int
    text: str
    title: str
    owner: str | None
    co_owners: list[str]
    official: str | None
    owner_source: str
    owner_known: bool
    deadline: datetime.date | None  # None only when the plan year is unknown
    milestones: list[ParsedMilestone]
    targets: list[ParsedTarget]
    start: int  # offsets into the decoded source text
    end: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "text": self.text,
            "title": self.title,
            "owner": self.owner,
            "co_owners": list(self.co_owners),
            "official": self.official,
            "owner_source": self.owner_source,
            "owner_known": self.owner_known,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "milestones": [m.as_dict() for m in self.milestones],
            "targets": [t.as_dict() for t in self.targets],
            "source": {"start": self.start, "end": self.end},
        }


@dataclass
class ParsedSection:
    number: int
    title: str
    start: int
    end: int
    commitments: list[ParsedCommitment] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "commitments": [c.as_dict() for c in self.commitments],
        }


@dataclass
class ParsedDocument:
    index: int
    title: str
    plan_year: int | None  # None: the document states no year (never today's)
    has_arrangement: bool
    warnings: list[str] = field(default_factory=list)
    sections: list[ParsedSection] = field(default_factory=list)
    truncated: bool = False  # a speech that ends before its arrangement part

    def commitments(self) -> list[ParsedCommitment]:
        return [c for s in self.sections for c in s.commitments]

    def as_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "plan_year": self.plan_year,
            "has_arrangement": self.has_arrangement,
            "warnings": list(self.warnings),
            "sections": [s.as_dict() for s in self.sections],
        }


@dataclass
class ParsedFile:
    filename: str
    sha256: str
    source_text: str  # the decoded file text; every span indexes into it
    documents: list[ParsedDocument]

    def as_dict(self) -> dict[str, Any]:
        return {"documents": [d.as_dict() for d in self.documents]}
