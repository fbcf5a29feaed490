"""Extractors: a Document in, facts with periods, units and sources out."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace
from decimal import Decimal

from ..document import Document, Paragraph, Table
from ..model import CIK_SCHEME, NAME_SCHEME, Entity, Fact, Period
from . import calculations
from .amounts import normalize, stated_dollar
from .concepts import trailing_mention
from .entity import EntityInfo, find_entity, our_filer
from .periods import Anchor, clear_caches, find_anchor, start_of
from .prose import ProseExtractor, defined_per_share_terms, states_all_diluted
from .tables import TableReader, column_headers, document_scale

LAST_DAY = dt.date.max  # a period ending here has no day after it for OIM to write


@dataclass(frozen=True)
class Extraction:
    entity: EntityInfo
    anchor: Anchor | None
    facts: tuple[Fact, ...]
    warnings: tuple[str, ...]
    registrant: tuple[str, str] | None = None  # (name, CIK) of the EDGAR filer the release is by


def extract(document: Document) -> Extraction:
    """Every fact the document states, consolidated: one fact per concept, period and unit."""
    clear_caches()  # remembered within a document: its cost never depends on the one before
    trailing_mention.cache_clear()
    texts = [p.text for p in document.paragraphs]
    entity = find_entity(texts)
    registrant = _registrant(document.meta, entity)
    registered = registrant[0] if registrant else None
    if registered and not (entity.words() & EntityInfo(registered, None).words()):
        entity = EntityInfo(registered, entity.ticker)  # the text's name is not the filer's: trust the header
    headers = [ref for table in document.tables for ref in column_headers(table)]
    anchor = find_anchor(texts, headers, _filing_date(document.meta))
    dollar = stated_dollar(texts)
    prose = ProseExtractor(anchor, entity.own_words(), dollar, states_all_diluted(texts), entity.ticker,
                           defined_per_share_terms(texts))
    tables = TableReader(anchor, entity.own_words(), document_scale(document.tables), dollar)
    facts: list[Fact] = []
    number = 0
    noted, since = 0, 0  # the scale a note above the prose states for its amounts, and where the note ends
    for block in document.blocks:
        if isinstance(block, Paragraph):
            if (note := _PROSE_SCALE_NOTE.search(block.text)) is not None:
                noted, since = (3 if note.group("unit").lower() == "thousands" else 6), block.span(*note.span())[1]
            facts.extend(_scaled(f, noted) if noted and _money(f) and f.source is not None and not f.source.scale
                         and f.source.start >= since else f for f in prose.paragraph(block))
        else:
            noted = 0  # a table states its own
            if isinstance(block, Table):
                facts.extend(tables.facts(block, number))
                number += 1
    continuing = {id(f) for f in prose.of_continuing_operations()}
    facts = [f for f in facts if id(f) not in continuing and not prose.is_pro_forma(f)]
    facts, scaled = _scaled_by_prose(facts, tables.unstated)
    facts, warnings = _in_reporting_currency(facts)
    warnings = prose.warnings + tables.warnings + scaled + warnings
    representable = [f for f in facts if f.period.end < LAST_DAY]  # OIM writes the day after the end
    if len(representable) < len(facts):
        warnings.append(f"{len(facts) - len(representable)} fact(s) dated at the end of the calendar left out")
    kept, more = consolidate(representable)
    warnings += more
    warnings += calculations.check(kept)
    if anchor is None:
        warnings.append("no reporting period stated in the document (no period end date, nor a dated release "
                        "naming its quarter or year): figures were not dated, so none is reported")
    return Extraction(entity, anchor, tuple(kept), tuple(warnings), registrant)


def _filing_date(meta: dict[str, str]) -> dt.date | None:
    """The "FILED AS OF DATE" of an EDGAR submission's header (YYYYMMDD), if it is a day."""
    try:
        return dt.datetime.strptime(meta.get("filed", ""), "%Y%m%d").date()
    except ValueError:
        return None


def _registrant(meta: dict[str, str], entity: EntityInfo) -> tuple[str, str] | None:
    """The EDGAR filer the release is by: of several co-registrants (a holding company and its
    subsidiaries), the one the text names; else the header's first."""
    filers = [line.split("\t", 1)[::-1] for line in meta.get("filers", "").splitlines() if "\t" in line]
    if filers and (chosen := our_filer([name for name, _ in filers], entity)) is not None:
        return filers[chosen][0], filers[chosen][1]
    return (meta["company_name"], meta.get("cik", "")) if meta.get("company_name") else None


# "(Amounts in thousands of dollars except share and per share data)" over the release's prose
_PROSE_SCALE_NOTE = re.compile(r"\(\s*(?:all\s)?(?:dollar\s)?(?:amounts|figures|dollars)\s(?:are\s)?"
                               r"(?:(?:expressed|stated|shown|presented)\s)?in\s(?P<unit>thousands|millions)\b"
                               r"(?:\sof\s(?:u\.?s\.?\s)?dollars)?(?:,?\s(?:except|other\sthan)\b[^()]*)?\s*\)", re.I)


def _scaled_by_prose(facts: list[Fact], unstated: set[int]) -> tuple[list[Fact], list[str]]:
    """A table that states no scale, read as whole dollars, whose amounts the text states a thousand
    or a million times larger ("Net sales of $4,815,000" above "Net Sales $ 4,815"): the scale note
    is missing, and the text's figures say which it is. Only when every figure the text and the table
    share agrees on one scale, and none matches as written."""
    text = {(f.concept, f.period, f.unit): f for f in facts if f.source is not None and f.source.kind == "prose"}
    powers: dict[int, set[int]] = {}
    for f in facts:
        if f.source is None or f.source.table not in unstated or not _money(f) or f.source.kind == "prose":
            continue
        said = text.get((f.concept, f.period, f.unit))
        if said is not None and f.value:
            powers.setdefault(f.source.table, set()).update(
                power for power in (0, 3, 6) if _consistent(said, _scaled(f, power)))
    rescale = {table: found.pop() for table, found in powers.items() if len(found) == 1 and 0 not in found}
    out = [_scaled(f, rescale[f.source.table]) if f.source is not None and f.source.kind != "prose"
           and f.source.table in rescale and _money(f) else f for f in facts]
    return out, [f"table {table + 1} states no scale: its amounts are read in "
                 f"{'thousands' if power == 3 else 'millions'}, as the text's figures for the same lines are"
                 for table, power in sorted(rescale.items())]


def _money(fact: Fact) -> bool:
    """A currency amount (not per share, not shares)."""
    return fact.unit is not None and len(fact.unit.numerator) == 1 and not fact.unit.denominator and \
        fact.unit.numerator[0].startswith("iso4217:")


def _scaled(fact: Fact, power: int) -> Fact:
    assert isinstance(fact.value, Decimal) and fact.source is not None
    if not power:
        return fact
    decimals = fact.decimals - power if fact.decimals is not None else None
    return replace(fact, value=normalize(fact.value.scaleb(power)), decimals=decimals,
                   source=replace(fact.source, scale=fact.source.scale + power))


def _in_reporting_currency(facts: list[Fact]) -> tuple[list[Fact], list[str]]:
    """Keep the amounts in the currency most of the document's amounts are in.

    A US filer's figures in yen or euros are a segment's or a subsidiary's, not the company's.
    """
    money = [f.unit.numerator[0] for f in facts if f.unit is not None]
    counts = Counter(m for m in money if m.startswith("iso4217"))
    if len(counts) < 2:
        return facts, []
    main = max(counts.items(), key=lambda kv: (kv[1], kv[0] == "iso4217:USD"))[0]
    kept = [f for f in facts if f.unit is None or not f.unit.numerator[0].startswith("iso4217")
            or f.unit.numerator[0] == main]
    dropped = len(facts) - len(kept)
    return kept, [f"{dropped} amount(s) in currencies other than the report's {main.split(':')[1]} left out"]


def consolidate(facts: list[Fact]) -> tuple[list[Fact], list[str]]:
    """Keep the most precise of consistent duplicates; drop a fact whose statements disagree.

    A wrong number is worse than a missing one: when the document gives two different values
    for the same concept and period, neither is reported, and a warning says why; except that
    tables, which state every figure in full beside its label and column, win over prose when
    the tables agree among themselves.
    """
    facts = _qualified_elsewhere(_defer_to_tables(_behind_the_rest(facts)))
    groups: dict[tuple[str, Period, object], list[Fact]] = {}
    for fact in facts:
        groups.setdefault((fact.concept, fact.period, fact.unit), []).append(fact)
    kept: list[Fact] = []
    warnings: list[str] = []
    including_minority = {(f.period, f.value) for f in facts if f.concept == "ProfitLoss"}
    for (concept, period, _), group in groups.items():
        if concept == "NetIncomeLoss" and len({f.value for f in group}) > 1:
            # a "net income" line equal to the consolidated total before noncontrolling interests
            # (a cash flow statement's first line) is that total, not the company's share
            own = [f for f in group if (period, f.value) not in including_minority]
            group = own or group
        best = max(enumerate(group), key=lambda nf: (nf[1].decimals if nf[1].decimals is not None else 99, -nf[0]))[1]
        tabled = [f for f in group if f.source is not None and f.source.kind == "table"]
        statement = _first_table(tabled)
        if all(_consistent(best, other) for other in group):
            kept.append(best)
        elif tabled and all(_consistent(tabled[0], other) for other in tabled):
            kept.append(max(tabled, key=lambda f: f.decimals if f.decimals is not None else 99))
            warnings.append(f"prose and table disagree on {concept} {period.label()}: the table's value is reported")
        elif statement is not None:
            kept.append(statement)
            warnings.append(f"tables disagree on {concept} {period.label()}: the value of the first table "
                            f"stating it is reported")
        else:
            values = ", ".join(sorted({str(f.value) for f in group}))
            warnings.append(f"conflicting values for {concept} {period.label()}: {values}; none reported")
    kept.sort(key=lambda f: (f.source.start if f.source else -1, f.concept))
    return kept, warnings


def _first_table(tabled: list[Fact]) -> Fact | None:
    """Among disagreeing table facts, the one from the earliest table: releases put the consolidated
    statements before breakdowns, segments and supplements."""
    ranked = sorted(tabled, key=lambda f: f.source.table if f.source is not None else 1 << 30)
    return ranked[0] if ranked else None


def _behind_the_rest(facts: list[Fact]) -> list[Fact]:
    """A reconciliation's GAAP line yields to any statement, table or sentence giving the same fact.

    It is read for the periods nothing else covers (trailing four quarters); where something else
    covers its period, that is the statement, and a reconciliation that disagrees is the one to doubt.
    """
    others = {(f.concept, f.period, f.unit) for f in facts if f.source is None or f.source.kind != "reconciliation"}
    return [f for f in facts if f.source is None or f.source.kind != "reconciliation"
            or (f.concept, f.period, f.unit) not in others]


def _defer_to_tables(facts: list[Fact]) -> list[Fact]:
    """Drop a prose fact that a table states under a more exact concept.

    "$0.89 per share" in prose is any kind of EPS; the table's "Basic 0.89" says which. "Net
    income of $1.1 billion" is the table's ProfitLoss when the table deducts noncontrolling
    interests from that line.
    """
    tabled = [f for f in facts if f.source is not None and f.source.kind in ("table", "reconciliation")]
    concepts = {(f.concept, f.period, f.unit) for f in tabled}
    out = []
    for fact in facts:
        if fact.source is not None and fact.source.kind == "prose" and fact.is_numeric and \
                (fact.concept, fact.period, fact.unit) not in concepts and any(
                    t.period == fact.period and t.unit == fact.unit and t.concept != fact.concept
                    and _consistent(t, fact) for t in tabled):
            continue
        out.append(fact)
    return out


def _qualified_elsewhere(facts: list[Fact]) -> list[Fact]:
    """A sentence's unqualified "earnings per share of $1.21", where another sentence qualifies the
    same period's figure: the same value as basic or as diluted says which it is (the unqualified
    fact goes); a different diluted value says it is basic, as in a table (`_basic_beside_diluted`)."""
    qualified = {(f.period, f.unit, f.value) for f in facts
                 if f.concept in ("EarningsPerShareBasic", "EarningsPerShareDiluted")}
    diluted = {(f.period, f.unit) for f in facts if f.concept == "EarningsPerShareDiluted"}

    def unqualified(f: Fact) -> bool:
        quote = f.source.quote.lower() if f.source is not None else ""
        return f.concept == "EarningsPerShareBasicAndDiluted" and not ("basic" in quote and "diluted" in quote)

    out = []
    for f in facts:
        if unqualified(f) and (f.period, f.unit, f.value) in qualified:
            continue
        out.append(replace(f, concept="EarningsPerShareBasic") if unqualified(f) and (f.period, f.unit) in diluted
                   else f)
    return out


def _consistent(a: Fact, b: Fact) -> bool:
    assert isinstance(a.value, Decimal) and isinstance(b.value, Decimal)
    places = min(a.decimals if a.decimals is not None else 99, b.decimals if b.decimals is not None else 99)
    return abs(a.value - b.value) <= Decimal(5).scaleb(-places - 1)


def entity_for(info: EntityInfo, cik: str | None) -> tuple[Entity, list[str]]:
    """The entity identifier: the CIK when given, else the documented fallback (name as a token)."""
    if cik and re.fullmatch(r"[0-9]{1,10}", cik.strip(), re.ASCII):
        return Entity(CIK_SCHEME, cik.strip().zfill(10), info.name), []
    if cik:
        info_warning = [f"{cik.strip()[:40]!r} is not a CIK (one to ten digits): ignored"]
        entity, warnings = entity_for(info, None)
        return entity, info_warning + warnings
    if info.name:
        token = re.sub(r"[^A-Za-z0-9]+", "-", info.name).strip("-") or "unknown"
        return Entity(NAME_SCHEME, token, info.name), [
            f"no CIK given (--cik): the entity is identified by its name under {NAME_SCHEME}"]
    return Entity(NAME_SCHEME, "unknown", None), [
        f"no CIK given (--cik) and no company name found: the entity is 'unknown' under {NAME_SCHEME}"]


def document_facts(info: EntityInfo, entity: Entity, anchor: Anchor | None) -> list[Fact]:
    """Cover-page facts: registrant, symbol, period end, fiscal year and period focus."""
    if anchor is None or anchor.end >= LAST_DAY:
        return []
    try:
        period = Period(anchor.end, start_of(anchor.end, anchor.months))
    except (ValueError, OverflowError):
        return []  # a period at the edge of the calendar ("January 31, 0001") has no start we can write
    facts: list[Fact] = []

    def add(concept: str, value: str | None) -> None:
        if value:
            facts.append(Fact(concept, value, period, inferred=("start",)))

    add("EntityRegistrantName", info.name)
    if entity.scheme == CIK_SCHEME:
        add("EntityCentralIndexKey", entity.identifier)
    add("TradingSymbol", info.ticker)
    add("DocumentPeriodEndDate", anchor.end.isoformat())
    if anchor.fiscal_year:
        add("DocumentFiscalYearFocus", f"{anchor.fiscal_year:04d}")  # an xs:gYear has four digits, "0002" too
    focus = "FY" if anchor.months == 12 else f"Q{anchor.quarter}" if anchor.quarter else None
    add("DocumentFiscalPeriodFocus", focus)
    return facts


__all__ = ["Extraction", "consolidate", "document_facts", "entity_for", "extract"]
