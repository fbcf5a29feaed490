"""The review page: the release with every tagged number highlighted, and the facts beside it.

Before anyone files, a person wants to see what was tagged, where and as what without reading
XML. The page is one self-contained HTML file (its style sheet and a small script inline, no
network): the document as the Inline XBRL output shows it (the same `document_view`, so the
same places), a table of every fact, and the report's warnings at the top. Clicking a fact
scrolls to its place and flashes it; hovering a place shows its concept and period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from markupsafe import Markup

from .. import taxonomy
from ..model import Fact, Report
from . import GENERATOR, layout
from .ixbrl import Mark, Part, document_view, escape, render_body, xml_text
from .xml import environment

FAMILIES: tuple[tuple[str, str], ...] = (
    ("revenue", "Revenue"), ("income", "Income and expenses"), ("eps", "Earnings per share"), ("debt", "Debt"),
    ("balance", "Balance sheet"), ("cashflow", "Cash flow"), ("other", "Other"),
)
_REVENUE = re.compile(r"\bRevenues?\b|\bPremiums\b|Interest and Dividend Income|Noninterest Income")
_CASH_FLOW = re.compile(r"^(?:Net Cash|Payments to|Proceeds from)")
# words that, in the phrase a fact was read from, say the amount is not the GAAP one
_NON_GAAP = re.compile(r"\bnon-?\s?GAAP\b|\badjusted\b|\bpro[\s-]?forma\b|\bexcluding\b|\bcore earnings\b", re.I)


def family(concept: str) -> str:
    """The colour group of a concept, from its type, period type and label in the taxonomy."""
    tax = taxonomy.load()
    if concept not in tax:
        return "other"
    c = tax[concept]
    if c.is_per_share:
        return "eps" if "Earnings Per Share" in c.label else "other"
    if not c.is_monetary:
        return "other"
    if "Debt" in c.label:
        return "debt"
    if c.period_type == "instant":
        return "balance"
    if _CASH_FLOW.search(c.label):
        return "cashflow"
    if _REVENUE.search(c.label) and not c.label.startswith("Cost"):
        return "revenue"
    return "income"


def is_non_gaap(fact: Fact) -> bool:
    """Whether the phrase the fact was read from calls it adjusted, pro forma or non-GAAP."""
    return fact.source is not None and bool(_NON_GAAP.search(fact.source.quote))


def _period(fact: Fact) -> str:
    p = fact.period
    return f"at {p.end.isoformat()}" if p.start is None else f"{p.start.isoformat()} \u2013 {p.end.isoformat()}"


def _value(fact: Fact) -> str:
    if isinstance(fact.value, Decimal):
        return format(fact.value, ",f")
    return xml_text(str(fact.value))


@dataclass(frozen=True)
class _Row:
    fid: str
    fact: Fact
    label: str
    qname: str
    family: str
    period: str
    value: str
    unit: str
    at: str  # the id of its highlighted place, "" when it has none
    non_gaap: bool


def render_review(report: Report, source: str, kind: str | None = None) -> str:
    """The review page for `report`, converted from `source` (the decoded input; `kind` as for
    `render_ixbrl`)."""
    tax = taxonomy.load()
    view = document_view(report, source, kind)
    rows: list[_Row] = []
    for fid, fact in layout(report).facts:
        concept = tax.concepts.get(fact.concept)
        place = fid if fid in view.places else view.shared.get(fid, "")
        rows.append(_Row(
            fid=fid, fact=fact, label=concept.label if concept else fact.concept,
            qname=concept.qname if concept else fact.concept, family=family(fact.concept), period=_period(fact),
            value=_value(fact), unit=fact.unit.short if fact.unit else "", at=f"cv-at-{place}" if place else "",
            non_gaap=is_non_gaap(fact),
        ))
    by_place: dict[str, list[_Row]] = {}
    for row in rows:
        if row.at:
            by_place.setdefault(row.at, []).append(row)

    def highlight(m: Mark) -> str:
        here = by_place.get(f"cv-at-{m.fid}", [])
        classes = ["cv-hl", f"cv-fam-{here[0].family if here else 'other'}"]
        if any(r.fact.inferred for r in here):
            classes.append("cv-inferred")
        if any(r.non_gaap for r in here):
            classes.append("cv-nongaap")
        title = "\n\n".join(_describe(r) for r in here)
        facts = " ".join(r.fid for r in here)
        return (f'<span class="{" ".join(classes)}" id="cv-at-{m.fid}" data-facts="{facts}" '
                f'title="{escape(title, True)}">{escape(m.text)}</span>')

    def part_label(part: Part) -> str:
        return f'<div class="cv-part-label">{escape(part.label)}</div>' if part.label else ""

    tagged = sum(1 for r in rows if r.at)
    return environment().get_template("review.html.j2").render(
        generator=GENERATOR,
        company=xml_text(report.entity.name or report.entity.identifier),
        entity=report.entity,
        source_name=xml_text(report.source_name) if report.source_name else None,
        warnings=[xml_text(w) for w in report.warnings],
        families=FAMILIES,
        rows=rows,
        tagged=tagged,
        untagged=len(rows) - tagged,
        body=Markup(render_body(view, highlight, part_label)),
    )


def _describe(row: _Row) -> str:
    inferred = f" (inferred: {', '.join(row.fact.inferred)})" if row.fact.inferred else ""
    flags = " \u2014 non-GAAP" if row.non_gaap else ""
    unit = f" {row.unit}" if row.unit else ""
    return f"{row.label} ({row.qname}){flags}\n{row.period}{inferred}\n{row.value}{unit}"
