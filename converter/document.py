"""The one document tree that every reader produces and every extractor reads.

A `Document` is a sequence of blocks. A `Paragraph` holds prose as normalized text (white space
folded, page furniture gone) and keeps, for every character, where it stood in the original
input, so that a fact can always point back at its source.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OffsetMap:
    """Maps positions in normalized text to offsets in the original input.

    Stored as runs: normalized text from `starts[i]` on was copied from original offset
    `origins[i]` on, so the map costs two integers per run, not per character.
    """

    starts: array = field(default_factory=lambda: array("q"))
    origins: array = field(default_factory=lambda: array("q"))

    def original(self, position: int) -> int:
        i = bisect_right(self.starts, position) - 1
        if i < 0:
            return self.origins[0] if self.origins else position
        return self.origins[i] + (position - self.starts[i])


class TextBuilder:
    """Builds normalized text piece by piece while recording where each piece came from."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._map = OffsetMap()

    def __len__(self) -> int:
        return self._length

    def add(self, text: str, origin: int) -> None:
        if not text:
            return
        starts, origins = self._map.starts, self._map.origins
        # a piece that continues the original right where the last run left off extends that run
        if not (starts and origins[-1] + (self._length - starts[-1]) == origin):
            starts.append(self._length)
            origins.append(origin)
        self._parts.append(text)
        self._length += len(text)

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), self._map


@dataclass(frozen=True)
class Paragraph:
    """A run of prose: normalized text plus the map back to the original input."""

    text: str
    offsets: OffsetMap

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of normalized characters [start, end)."""
        first = self.offsets.original(start)
        return first, max(first, self.offsets.original(end - 1) + 1) if end > start else first


@dataclass(frozen=True)
class Preformatted:
    """Lines laid out in columns (a plain-text table): kept as lines with their offsets."""

    lines: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class Cell:
    """One table cell placed on the grid: its first column, how many it spans, its text and source."""

    text: str
    col: int
    span: int = 1
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Table:
    """A table as a grid of rows of cells, with the text that stands just before it (its title)."""

    rows: tuple[tuple[Cell, ...], ...]
    context: str = ""


Block = Paragraph | Preformatted | Table


@dataclass(frozen=True)
class Document:
    """What a reader made of an input: its blocks, the original text, and what it learned about it.

    `meta` carries facts the container itself states (an EDGAR header's company name and CIK).
    """

    source: str
    blocks: tuple[Block, ...]
    name: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))

    @property
    def tables(self) -> tuple[Table, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Table))
