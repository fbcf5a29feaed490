"""The report's data model: small immutable records that every stage passes on.

Readers know nothing of these; extractors build them; writers only read them. Values are
`Decimal` so that no binary float ever touches an amount.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

CIK_SCHEME = "http://www.sec.gov/CIK"
NAME_SCHEME = "https://converter.dev/entity-name"
"""Fallback identifier scheme when no CIK is known: the identifier is the company's name as a token."""


@dataclass(frozen=True, order=True)
class Period:
    """A reporting period with inclusive calendar dates; `start` is None for an instant."""

    end: dt.date
    start: dt.date | None = None

    @property
    def is_instant(self) -> bool:
        return self.start is None

    def label(self) -> str:
        return self.end.isoformat() if self.start is None else f"{self.start.isoformat()}..{self.end.isoformat()}"


@dataclass(frozen=True, order=True)
class Unit:
    """A unit as measures: `("iso4217:USD",)` over `("xbrli:shares",)` for a per-share amount."""

    numerator: tuple[str, ...]
    denominator: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        def part(measures: tuple[str, ...]) -> str:
            return "_".join(m.split(":", 1)[1] for m in measures)

        return part(self.numerator) + (f"_per_{part(self.denominator)}" if self.denominator else "")

    def oim(self) -> str:
        """The OIM unit string (`iso4217:USD/xbrli:shares`)."""

        def part(measures: tuple[str, ...]) -> str:
            joined = "*".join(sorted(measures))
            return f"({joined})" if len(measures) > 1 and self.denominator else joined

        return part(self.numerator) + (f"/{part(self.denominator)}" if self.denominator else "")

    @property
    def short(self) -> str:
        """Local names as a person reads them: `USD`, `USD/shares`."""
        sides = (self.numerator, self.denominator)
        return "/".join("*".join(m.split(":", 1)[1] for m in side) for side in sides if side)


def currency(code: str) -> Unit:
    return Unit((f"iso4217:{code}",))


def per_share(code: str) -> Unit:
    return Unit((f"iso4217:{code}",), ("xbrli:shares",))


SHARES = Unit(("xbrli:shares",))


@dataclass(frozen=True)
class Entity:
    """Who reports: an identifier under a scheme, and the name the document gives."""

    scheme: str
    identifier: str
    name: str | None = None


@dataclass(frozen=True)
class Source:
    """Where a fact came from: character offsets into the original input, and the quoted phrase.

    `kind` is "prose" for a sentence, "table" for a table cell (the quote is then "row label | cell",
    `table` the table's number in the document and `row` the row's index within it), "reconciliation"
    for a cell of a GAAP line in a non-GAAP reconciliation (it yields to every other source).
    """

    start: int
    end: int
    quote: str
    kind: str = "prose"
    row: int = -1
    table: int = -1
    number: tuple[int, int] | None = None  # offsets of the written number itself, for tagging it in place
    scale: int = 0  # the power of ten between the written number and the value (6 for "$7.3 million")


@dataclass(frozen=True)
class Fact:
    """One reported value of one concept for one period.

    `value` is a Decimal for numeric concepts and a string for text and date concepts;
    `decimals` is None for non-numeric facts. `inferred` names the dates (`start`, `end`,
    `instant`) that the document did not state and the extractor worked out.
    """

    concept: str
    value: Decimal | str
    period: Period
    unit: Unit | None = None
    decimals: int | None = None
    source: Source | None = None
    inferred: tuple[str, ...] = ()

    @property
    def is_numeric(self) -> bool:
        return isinstance(self.value, Decimal)


@dataclass(frozen=True)
class Report:
    """A converted document: the entity, its facts, and what the converter warns about."""

    entity: Entity
    facts: tuple[Fact, ...]
    warnings: tuple[str, ...] = ()
    source_name: str | None = None
    meta: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    source_text: str | None = field(default=None, compare=False, hash=False, repr=False)
    """The decoded input the report was converted from: Inline XBRL and the review page show it."""

    def to_xml(self, taxonomy: str | None = None) -> str:
        """The report as an xBRL-XML instance (XBRL 2.1), against our taxonomy or a published one
        ("us-gaap-2024")."""
        from .render.xml import render_xml

        return render_xml(self, taxonomy)

    def to_json(self, taxonomy: str | None = None) -> str:
        """The report as xBRL-JSON 1.0, checked against the project's JSON Schema."""
        from .render.json import render_json

        return render_json(self, taxonomy)

    def to_ixbrl(self, taxonomy: str | None = None) -> str:
        """The report as Inline XBRL 1.1: the source document itself, each fact tagged where it stands."""
        from .render.ixbrl import render_ixbrl

        return render_ixbrl(self, self._source(), taxonomy_name=taxonomy)

    def to_review(self) -> str:
        """A self-contained HTML page: the document with its tagged numbers highlighted, the facts beside it."""
        from .render.review import render_review

        return render_review(self, self._source())

    def _source(self) -> str:
        if self.source_text is None:
            raise ValueError("this Report holds no source text: make it with converter.convert()")
        return self.source_text

    def rows(self) -> list[dict[str, str]]:
        """The facts as rows a person reads: concept, period, value, unit, decimals, source."""
        from .render.table import fact_rows

        return fact_rows(self)
