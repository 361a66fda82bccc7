"""The cleaned text and its parse view, with a map back to the source.

Later steps search ``norm`` (half-width punctuation, simplified characters,
OCR digit errors fixed) and cut ``clean`` (the source characters without
scraping debris); both have the same length, and ``offsets`` maps each of
their positions to a position in the decoded source text.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Text:
    clean: str
    norm: str
    offsets: list[int]  # len(clean) + 1 entries; the last is the source end
    title_starts: list[int] = field(default_factory=list)  # markdown H1 lines

    def __post_init__(self) -> None:
        assert len(self.clean) == len(self.norm) == len(self.offsets) - 1

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source range covering clean[start:end]."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1
