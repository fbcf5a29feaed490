"""Facts in financial statement tables: rows named by the taxonomy's labels, columns by their headers.

A column's period comes from the header cells above it ("Three Months Ended" / "March 31," /
"2020"), never from its position; the scale from the table's own title or header ("in
thousands, except per share data"), never from the prose around it. Per-share amounts are not
scaled by a money scale. Signs follow the concept: an expense printed in parentheses is still a
positive expense, a net loss is a negative NetIncomeLoss, cash used is negative. Tables that are
not GAAP statements of the company as a whole (non-GAAP, adjusted, segment, outlook,
reconciliation) are left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from .. import taxonomy, vocab
from ..document import Cell, Table
from ..model import SHARES, Fact, Period, Source, currency, per_share
from .amounts import normalize, parse_number
from .entity import TITLED_COMPANY, names_another_company
from .periods import Anchor, PeriodRef, find_periods, header_dates, header_ref, resolve

_V = vocab.load()
_SKIP = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in _V["table_skip"]) + r")(?![\w-])", re.I)
_SCALES = sorted(_V["scale_phrases"].items(), key=lambda kv: -len(kv[0]))
_SHARE_SCALES = sorted(_V["share_scale_phrases"].items(), key=lambda kv: -len(kv[0]))
_UNSCALED_SHARES = tuple(_V["unscaled_share_phrases"])
_CURRENCY_NAMES = sorted(_V["currency_words"], key=len, reverse=True)
_CURRENCY_WORDS = re.compile(r"(?<![\w])(" + "|".join(re.escape(w) for w in _CURRENCY_NAMES) + r")(?![\w])", re.I)
_NUMBER = re.compile(r"^(?P<minus>[-\u2212]\s?)?\(?\s*[$€£]?\s*(?P<minus2>[-\u2212]\s?)?\(?\s*"
                     r"(\d{1,3}(?:,\d{3}){0,5}(?:\.\d{1,6})?|\d{1,18}(?:\.\d{1,6})?|\.\d{1,6})\s*\)?\s*$")
_MARKER_AFTER = re.compile(r"^(.*[\d)])\s*(?:\(\s*(?:\d{1,2}|[a-z])\s*\)|\*+|[\u2020\u2021])$")
_DASH = re.compile(r"^[$\s]*[-\u2013\u2014]+\s*$")
_YEAR_CELL = re.compile(r"^(?:19|20)\d\d$")
_OTHER_OWNERS = re.compile(r"noncontrolling|non controlling|minority|common|preferred|participating|diluted|"
                           r"basic|unitholders|partners|redeemable", re.I)
_CHANGE = re.compile(r"%|\bchange\b|\bvariance\b|\bincrease\b|\bdecrease\b|\bgrowth\b", re.I)
_QUALIFIER = re.compile(r"\b(?:basic|diluted|primary)\b")
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+|[-\u2013\u2014]+")
_TOTAL = re.compile(r"^\s*(?:total|consolidated)\b", re.I)
_PERIOD_WORDS = re.compile(r"\b(?:ended|ending|months|weeks|quarter|year)\b", re.I)
_FOOTNOTE = re.compile(r"\(\s*(?:\d{1,2}|[a-z]|[ivx]+)\s*\)|\*+|\u2020|\u2021")


def normalize_label(text: str) -> str:
    """A row label or synonym reduced to words: no footnote marks, "(loss)", punctuation or case."""
    text = text.lower().replace("\u2019", "'").replace("&", " and ")
    text = re.sub(r"/\s*\(?\s*loss(?:es)?\s*\)?", " ", text)
    # "(loss)", "(benefit from)", "(including buying costs)" are asides; "(diluted)" qualifies and stays
    text = re.sub(r"\(([^()]{1,80})\)", lambda m: m.group(1) if _QUALIFIER.search(m.group(1)) else " ", text)
    text = re.sub(r"(,?\snet)\sof\s.*$", r"\1", text)  # "receivable, net of allowance of $446 and $411"
    text = _FOOTNOTE.sub(" ", text)
    text = re.sub(r"^\s*(?:less|add|plus|deduct)\s*:", " ", text)  # "Less: net income from noncontrolling interests"
    text = re.sub(r"[,:;.\-\u2013\u2014/$()]", " ", text)
    return " ".join(text.split())


_IGNORED_WORDS = frozenset({"the", "total"})


def _words(label: str) -> frozenset[str]:
    return frozenset(label.split()) - _IGNORED_WORDS


_Match = tuple[str, bool, str]  # concept, a loss label, "start"/"end" for a balance at a period's edge (else "")


@cache
def _labels() -> dict[str, _Match]:
    """Normalized label -> (concept, is a loss label, edge), from the taxonomy."""
    out: dict[str, _Match] = {}
    for concept in taxonomy.load().concepts.values():
        if not concept.is_numeric:
            continue
        for text in (concept.label, *concept.synonyms):
            out.setdefault(normalize_label(text), (concept.name, False, ""))
        for text in concept.loss_synonyms:
            out.setdefault(normalize_label(text), (concept.name, True, ""))
        for edge, texts in (("start", concept.period_start_labels), ("end", concept.period_end_labels)):
            for text in texts:
                out.setdefault(normalize_label(text), (concept.name, False, edge))
    return out


@cache
def _word_sets() -> dict[frozenset[str], _Match | None]:
    """The same labels as sets of words, for row labels that order the words differently.

    A set that two concepts share is ambiguous and maps to None.
    """
    out: dict[frozenset[str], _Match | None] = {}
    for label, match in _labels().items():
        key = _words(label)
        out[key] = match if out.get(key, match) == match else None
    return out


def signed_as_printed(concept: taxonomy.Concept, label: str = "") -> bool:
    """Whether parentheses make the amount negative, by what the concept measures.

    US-GAAP names say which amounts may be negative: income or loss, cash provided or used, equity
    (a deficit), per-share earnings; a tax provision only when the label speaks of a benefit. A
    debit-balance amount (an expense, a noncontrolling interest's share) printed in parentheses is
    a deduction, and still positive.
    """
    name = concept.name
    if name.endswith("ExpenseBenefit"):
        return "benefit" in label.lower()
    if concept.balance == "debit":
        return False
    return any(part in name for part in ("IncomeLoss", "ProfitLoss", "ProvidedByUsedIn", "IncomeExpense",
                                         "EarningsPerShare", "StockholdersEquity"))


@dataclass(frozen=True)
class _Column:
    resolved_period: Period | None
    instant: Period | None
    inferred: tuple[str, ...]


@dataclass(frozen=True)
class _Value:
    col: int
    span: int
    value: Decimal
    places: int
    negative: bool
    cell: Cell


def _is_numeric(text: str) -> bool:
    return bool(_NUMBER.match(text) or _DASH.match(text))


def _row_values(row: tuple[Cell, ...], label_cell: Cell | None) -> list[_Value]:
    """Numbers in a row, joining "$" and ")" cells to the number beside them; percentages dropped."""
    values: list[_Value] = []
    cells = [c for c in row if c.text and c is not label_cell]
    for i, cell in enumerate(cells):
        text = cell.text.replace("\u00a0", " ").strip()
        marked = _MARKER_AFTER.match(text)
        if marked and _NUMBER.match(marked.group(1)):
            text = marked.group(1)  # "12,345 (1)": a footnote marker beside the number
        after = cells[i + 1].text.strip() if i + 1 < len(cells) else ""
        if text in ("$", ")", "%", "(") or text.startswith("%"):
            continue
        if after.lstrip(")").startswith("%") or text.endswith("%"):
            continue
        if _DASH.match(text):
            values.append(_Value(cell.col, cell.span, Decimal(0), 0, False, cell))
            continue
        m = _NUMBER.match(text)
        if not m:
            continue
        value, places = parse_number(m.group(3))
        minus = bool(m.group("minus") or m.group("minus2"))
        negative = ("(" in text and (")" in text or after.startswith(")"))) or minus
        values.append(_Value(cell.col, cell.span, value, places, negative, cell))
    return values


def _signed(v: _Value) -> Decimal:
    return -v.value if v.negative else v.value


def _sums(values: list[_Value], rows: list[list[_Value]]) -> bool:
    """Whether every number of a row is the sum of two or more numbers above it in its column, as printed."""
    if not values:
        return False
    for v in values:
        parts = [p for row in rows for p in row if (p.col, p.span) == (v.col, v.span)]
        if len(parts) < 2 or sum(map(_signed, parts)) != _signed(v):
            return False
    return True


def _scale(text: str, phrases: list[tuple[str, int]]) -> int | None:
    """The power of ten of the first scale phrase in `text` ("in millions ... shares in thousands" is 6)."""
    low = " ".join(text.lower().split())
    found = [(low.find(phrase), -len(phrase), power) for phrase, power in phrases if phrase in low]
    return min(found)[2] if found else None


_SHARE_SCALE = re.compile(r"\bshares?\b[^.;)]{0,40}?\bin\s(thousands|millions)\b", re.I)


def _share_scale(text: str, money: int) -> int:
    """Shares follow the money scale unless the title scales them apart or excepts them."""
    m = _SHARE_SCALE.search(text)
    if m:
        return 3 if m.group(1).lower() == "thousands" else 6
    explicit = _scale(text, _SHARE_SCALES)
    if explicit is not None:
        return explicit
    return 0 if any(p in text.lower() for p in _UNSCALED_SHARES) else money


class TableReader:
    """Reads the tables of one document against its anchor period."""

    def __init__(self, anchor: Anchor | None, entity_words: frozenset[str] = frozenset()) -> None:
        self.anchor = anchor
        self.entity_words = entity_words
        self.taxonomy = taxonomy.load()
        self.warnings: list[str] = []

    def facts(self, table: Table, number: int = -1) -> list[Fact]:
        rows = table.rows
        first_data = next((i for i, row in enumerate(rows) if self._is_data_row(row)), None)
        if first_data is None:
            return []
        title = " ".join(c.text for row in rows[:first_data] for c in row if c.text)
        # rows of one text (titles, scale notes) speak for the whole table; column headers for their columns
        banner = " ".join(texts[0] for row in rows[:first_data] if len(texts := [c.text for c in row if c.text]) == 1)
        context = table.context  # the short paragraphs right above: a title, a scale note
        title_above = context if len(context) < 200 else ""  # a title, not the paragraph before
        if _SKIP.search(banner) or _SKIP.search(context) or (
                bool(self.entity_words)
                and names_another_company(f"{banner} | {title_above}", self.entity_words, TITLED_COMPANY)):
            return []
        code = self._currency(title, context, rows)
        scale_text = title if _scale(title, _SCALES) is not None else context
        scale = _scale(scale_text, _SCALES) or 0
        share_scale = _share_scale(scale_text, scale)
        header: list[tuple[Cell, ...]] = list(rows[:first_data])
        columns: dict[tuple[int, int], _Column | None] = {}
        sections: list[str] = []
        after_section = False
        out: list[Fact] = []
        unmapped: list[str] = []
        minority_rows: list[int] = []
        in_section: list[list[_Value]] = []  # the rows since the last section heading
        for index, row in enumerate(rows[first_data:]):
            if self._is_header_row(row):
                header = [*header, row] if not self._has_period(header) else [row]
                columns, in_section = {}, []
                continue
            label_cell = next((c for c in row if c.text and not _is_numeric(c.text)), None)
            values = _row_values(row, label_cell)
            if label_cell is None and sections and _sums(values, in_section):
                # a row of numbers alone that adds up the rows of its section is the section's total:
                # "OPERATING EXPENSES:" / Selling / General and administrative / 85,588
                label_cell, sections, in_section = Cell(sections[-1], 0), sections[:-1], []
            if label_cell is None:
                continue
            if not values:
                # consecutive label-only rows build one section heading: "Per Common Share" / "Net Earnings"
                sections = [*sections, label_cell.text] if after_section else [label_cell.text]
                after_section, in_section = True, []
                continue
            after_section = False
            in_section.append(values)
            match = self._concept(label_cell.text, sections)
            if match is None:
                if re.search(r"[A-Za-z]{2}", label_cell.text):
                    unmapped.append(label_cell.text)
                continue
            name, loss, edge = match
            if name == "NetIncomeLossAttributableToNoncontrollingInterest":
                minority_rows.append(index)
            concept = self.taxonomy[name]
            for v in values:
                if (v.col, v.span) not in columns:
                    columns[(v.col, v.span)] = self._column(header, v.col, v.span)
                column = columns[(v.col, v.span)]
                if column is None:
                    continue
                if edge:
                    period, inferred = self._edge(column, edge, label_cell.text)
                elif concept.period_type == "instant":
                    period, inferred = column.instant, ()
                else:
                    period, inferred = column.resolved_period, column.inferred
                if period is None:
                    continue
                out.append(self._fact(concept, loss, v, period, inferred, scale, share_scale, label_cell, index,
                                      number, code))
        if out and unmapped:
            shown = "; ".join(f"'{label[:60]}'" for label in unmapped[:8])
            more = f" and {len(unmapped) - 8} more" if len(unmapped) > 8 else ""
            self.warnings.append(f"table {number + 1}: {len(unmapped)} row(s) not mapped to a concept: {shown}{more}")
        return _totals_over_parts(_basic_beside_diluted(_including_minority(out, minority_rows)))

    @staticmethod
    def _currency(title: str, context: str, rows: tuple[tuple[Cell, ...], ...]) -> str:
        """The table's currency: named in its title ("in millions of euros") or printed in its cells."""
        words = _V["currency_words"]
        for text in (title, context, " ".join(c.text for row in rows[:12] for c in row if c.text)):
            m = _CURRENCY_WORDS.search(text)
            if m:
                return words[m.group(1).lower()]
        return "USD"

    # -- rows ------------------------------------------------------------------------------------

    @staticmethod
    def _is_data_row(row: tuple[Cell, ...]) -> bool:
        label = next((c for c in row if c.text and not _is_numeric(c.text)), None)
        numbers = [c for c in row if c.text and _is_numeric(c.text) and not _YEAR_CELL.match(c.text.strip())]
        return label is not None and label.col == min((c.col for c in row if c.text), default=0) and bool(numbers)

    @staticmethod
    def _is_header_row(row: tuple[Cell, ...]) -> bool:
        texts = [c for c in row if c.text]
        if not texts:
            return False
        first_col = min(c.col for c in texts)
        rest = [c for c in texts if c.col > first_col or (c.col == first_col and _YEAR_CELL.match(c.text))]
        return bool(rest) and all(_YEAR_CELL.match(c.text.strip()) or not _is_numeric(c.text) for c in rest) and (
            any(_YEAR_CELL.match(c.text.strip()) for c in rest) or any(find_periods(c.text) for c in rest))

    @staticmethod
    def _has_period(header: list[tuple[Cell, ...]]) -> bool:
        return any(_YEAR_CELL.match(c.text.strip()) for row in header for c in row)

    def _concept(self, label: str, sections: list[str]) -> _Match | None:
        """The concept a row label names, read with its headings first ("Per common share:" / "Net income"
        is earnings per share, "Basic" under "Weighted average shares" a share count)."""
        labels, sets = _labels(), _word_sets()
        norm = normalize_label(label)
        lines = [normalize_label(h) for h in sections]
        joined = [" ".join(lines[i:]) for i in range(len(lines) - 2, -1, -1)]
        # a heading qualifies a label that adds words of its own ("Basic" under "Earnings per share"),
        # not one it merely repeats ("Total liabilities" under "Liabilities and equity")
        headings = [h for h in [*reversed(lines), *joined] if not _words(norm) <= _words(h)]
        qualified = [c for h in headings for c in (f"{h} {norm}", f"{norm} {h}")]
        for group in (qualified, [norm]):
            for candidate in group:
                if candidate in labels:
                    return labels[candidate]
            for candidate in group:
                match = sets.get(_words(candidate))
                if match is not None:
                    return match
        head, sep, owner = norm.partition(" attributable to ")
        if sep and not _OTHER_OWNERS.search(owner) and head in labels:
            return labels[head]  # "net income attributable to <the company>"
        words = norm.split()
        own = 0
        while own < len(words) and words[own] in self.entity_words:
            own += 1
        if 0 < own < len(words) and " ".join(words[own:]) in labels:
            return labels[" ".join(words[own:])]  # "<the company> net income"
        return None

    # -- columns ---------------------------------------------------------------------------------

    def _column(self, header: list[tuple[Cell, ...]], col: int, span: int = 1) -> _Column | None:
        parts, own = _header_parts(header, col, span)
        text = " ".join(parts)
        if not text or _SKIP.search(text) or not own.strip() or _CHANGE.search(own):
            return None
        text = re.sub(r"\((?:unaudited|audited)\)|\b(?:unaudited|audited)\b", " ", text, flags=re.I)
        years = re.findall(r"\b(?:19|20)\d\d\b", own)
        if not years and len(set(header_dates(text))) > 1:
            return None  # "12/31/93 12/31/92" over one column: nothing says which date is its own
        ref = header_ref(text, int(years[-1]) if years else None)
        if ref is None:
            return None
        if ref.instant:
            return _Column(None, Period(ref.stated_end), ()) if ref.stated_end else None
        duration = resolve(ref, self.anchor, None, False)
        return _Column(duration.period, None, duration.inferred) if duration else None

    def _edge(self, column: _Column, edge: str, label: str) -> tuple[Period | None, tuple[str, ...]]:
        """The instant of a balance shown at a period's edge ("cash, beginning of period") in a column.

        The end is the column's end; the start, the day before the column begins. "Beginning of year"
        is read only in a column that begins with the fiscal year (the year to date, or the year)."""
        duration = column.resolved_period
        if duration is None or duration.start is None:
            return (column.instant, ()) if edge == "end" else (None, ())
        if edge == "end":
            return Period(duration.end), ("instant",) if "end" in column.inferred else ()
        if "year" in normalize_label(label).split() and not self._from_year_start(duration):
            return None, ()
        return Period(duration.start - dt.timedelta(days=1)), ("instant",)

    def _from_year_start(self, duration: Period) -> bool:
        quarter = self.anchor.quarter if self.anchor is not None else None
        assert duration.start is not None
        quarters = round((duration.end - duration.start).days / 91.3)
        return quarters == 4 or (quarter is not None and quarters == quarter)

    # -- facts -----------------------------------------------------------------------------------

    def _fact(self, concept: taxonomy.Concept, loss: bool, v: _Value, period: Period, inferred: tuple[str, ...],
              scale: int, share_scale: int, label: Cell, row: int, number: int, code: str = "USD") -> Fact:
        if concept.is_per_share:
            power, unit = 0, per_share(code)
        elif concept.is_shares:
            power, unit = share_scale, SHARES
        else:
            power, unit = scale, currency(code)
        value = normalize(v.value.scaleb(power))
        if loss:
            value = -abs(value)
        elif v.negative and signed_as_printed(concept, label.text):
            value = -value
        quote = f"{label.text} | {v.cell.text}"
        digits = _DIGITS.search(v.cell.text)
        at = (v.cell.start + digits.start(), v.cell.start + digits.end()) if digits else None
        return Fact(concept=concept.name, value=value, period=period, unit=unit, decimals=v.places - power,
                    source=Source(v.cell.start, v.cell.end, quote, "table", row, number, at, power), inferred=inferred)


def _header_parts(header: list[tuple[Cell, ...]], col: int, span: int = 1) -> tuple[list[str], str]:
    """The header texts above columns [col, col + span), top down, and the part that is the column's own."""
    parts: list[str] = []
    own: list[str] = []
    for row in header:
        texts = [c for c in row if c.text]
        if len(texts) == 1 and texts[0].col == 0 and texts[0].span > 1:
            continue  # a banner across the table (its title), not a column header
        for cell in row:
            if not cell.text:
                continue
            if cell.col == 0 and cell.span == 1:
                if _PERIOD_WORDS.search(cell.text):
                    parts.append(cell.text)  # the label column's header, when it names a period, heads all
            elif cell.col < col + span and col < cell.col + cell.span:
                parts.append(cell.text)
                own.append(cell.text)
    return parts, " ".join(own)


def column_headers(table: Table) -> list[PeriodRef]:
    """The period every column holding a number states in its header, for finding the document's periods."""
    first = next((i for i, row in enumerate(table.rows) if TableReader._is_data_row(row)), None)
    if first is None:
        return []
    cols = sorted({c.col for row in table.rows[first:] for c in row if c.text and _is_numeric(c.text)})
    refs = []
    for col in cols[:40]:
        parts, own = _header_parts(list(table.rows[:first]), col)
        years = re.findall(r"\b(?:19|20)\d\d\b", own)
        ref = header_ref(" ".join(parts), int(years[-1]) if years else None)
        if ref is not None:
            refs.append(ref)
    return refs


def _basic_beside_diluted(facts: list[Fact]) -> list[Fact]:
    """In a table, an unqualified per-share row beside a diluted row is basic."""
    if not any(f.concept == "EarningsPerShareDiluted" for f in facts):
        return facts
    return [replace(f, concept="EarningsPerShareBasic") if f.concept == "EarningsPerShareBasicAndDiluted" else f
            for f in facts]


def _totals_over_parts(facts: list[Fact]) -> list[Fact]:
    """Rows of one concept that disagree within a table are lines of products or segments under
    their headings ("Widgets: Net sales", "Gears: Net sales"); the "Total ..." row is the company's."""
    groups: dict[tuple[str, Period], list[Fact]] = {}
    for f in facts:
        groups.setdefault((f.concept, f.period), []).append(f)
    drop: set[int] = set()
    for group in groups.values():
        if len({f.value for f in group}) < 2:
            continue
        totals = [f for f in group if f.source is not None and _TOTAL.match(f.source.quote)]
        drop.update(id(f) for f in group if f not in totals)
    return [f for f in facts if id(f) not in drop]


def _including_minority(facts: list[Fact], minority_rows: list[int]) -> list[Fact]:
    """A "Net income" line from which noncontrolling interests are then deducted is ProfitLoss."""
    income_rows = sorted({f.source.row for f in facts if f.concept == "NetIncomeLoss" and f.source is not None})
    before = {max((r for r in income_rows if r < m), default=-1) for m in minority_rows} - {-1}
    return [replace(f, concept="ProfitLoss") if f.concept == "NetIncomeLoss" and f.source is not None
            and f.source.row in before else f for f in facts]
