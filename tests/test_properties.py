"""Property tests (Hypothesis) over the number, date and period parsers and over whole documents.

Every property runs a fixed number of derandomized examples with no example database, so a run in
CI sees the same inputs every time; no property has a deadline (the project has no timed tests).

* numbers: an amount written as a release writes it ("$1,234.5 million", "$(0.05)", "27 cents")
  reads back as the value, the decimals and the sign it was written with;
* dates and periods: "three months ended <date>" reads back as its date and length; the quarter
  arithmetic undoes itself; resolving never raises and never gives a period that ends before it
  starts; impossible dates are ignored, not raised;
* whole documents built from fragments: `convert` gives a Report or an `InputError`, never anything
  else; the Report's xBRL-XML and xBRL-JSON parse and pass `converter.validate`; the same input gives
  the same outputs.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import json
import os
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

import converter
from converter.errors import InputError
from converter.extract import amounts, tables
from converter.extract.amounts import find_amounts, normalize, parse_number
from converter.extract.periods import (
    Anchor,
    PeriodRef,
    Resolved,
    find_anchor,
    find_periods,
    header_dates,
    header_ref,
    is_month_end,
    resolve,
    shift_quarters,
    start_of,
)
from converter.model import Period

# PROPERTY_SCALE=10 runs ten times the examples (still the same ones on every run), to search longer locally.
SCALE = max(1, int(os.environ.get("PROPERTY_SCALE", "1") or 1))


def fixed(examples: int) -> settings:
    """The same `examples` inputs on every run: derandomized, no database, no deadline."""
    return settings(max_examples=examples * SCALE, derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


D = dt.date
MONTHS = [calendar.month_name[m] for m in range(1, 13)]
ABBREVIATIONS = {1: "Jan", 2: "Feb", 3: "Mar", 4: "Apr", 5: "May", 6: "Jun", 7: "Jul", 8: "Aug", 9: "Sept",
                 10: "Oct", 11: "Nov", 12: "Dec"}

# -- numbers ---------------------------------------------------------------------------------------

SCALE_WORDS = {None: 0, "thousand": 3, "million": 6, "billion": 9, "trillion": 12, "Million": 6, "BILLION": 9}
ABBREVIATED = {"K": 3, "k": 3, "M": 6, "MM": 6, "mm": 6, "mn": 6, "mil": 6, "m": 6, "B": 9, "bn": 9, "BN": 9}
SYMBOLS = {"$": "USD", "US$": "USD", "\u20ac": "EUR", "\u00a3": "GBP", "\u00a5": "JPY", "C$": "CAD", "A$": "AUD"}


@st.composite
def written_numbers(draw: st.DrawFn, max_whole: int = 10**15 - 1) -> tuple[str, Decimal, int]:
    """A number as a release prints it: (text, value, digits after the point).

    At most 15 integer digits and 6 after the point, as `amounts` documents.
    """
    whole = draw(st.integers(0, max_whole))
    fraction = draw(st.text("0123456789", max_size=6))
    text = f"{whole:,}" if draw(st.booleans()) else str(whole)
    if whole == 0 and fraction and draw(st.booleans()):
        text = ""  # "$.16"
    if fraction:
        text += "." + fraction
    value = Decimal(f"{whole}.{fraction}" if fraction else str(whole))
    return text, value, len(fraction)


@st.composite
def written_amounts(draw: st.DrawFn) -> tuple[str, Decimal, int, bool, str]:
    """A money amount as a release prints it: (text, value in units, decimals, negative, currency)."""
    number, value, places = draw(written_numbers())
    if draw(st.integers(0, 3)) == 0:
        word = draw(st.sampled_from(list(ABBREVIATED)))  # "$1.5M", "$5.2bn": written against the number
        power, body = ABBREVIATED[word], f"{number}{word}"
    else:
        word = draw(st.sampled_from(list(SCALE_WORDS)))
        power, body = SCALE_WORDS[word], f"{number} {word}" if word else number
    symbol = draw(st.sampled_from(list(SYMBOLS)))
    gap = draw(st.sampled_from(["", " "]))  # "$ 7.3 million"
    style = draw(st.sampled_from(["plain", "inner", "outer"]))
    text = {"plain": f"{symbol}{gap}{body}", "inner": f"{symbol}{gap}({body})",
            "outer": f"({symbol}{gap}{body})"}[style]
    return text, value.scaleb(power), places - power, style != "plain", SYMBOLS[symbol]


@fixed(300)
@given(written_amounts())
@example(("$1,234.5 million", Decimal("1234500000"), -5, False, "USD"))
@example(("$(0.05)", Decimal("0.05"), 2, True, "USD"))
@example(("($7.3 million)", Decimal("7300000"), -5, True, "USD"))
@example(("$.16", Decimal("0.16"), 2, False, "USD"))
def test_money_round_trip(written: tuple[str, Decimal, int, bool, str]) -> None:
    text, value, decimals, negative, code = written
    sentence = f"Net income for the quarter was {text}, the company said."
    found = find_amounts(sentence)
    assert len(found) == 1, (sentence, found)
    amount = found[0]
    assert (amount.value, amount.decimals, amount.negative, amount.currency) == (value, decimals, negative, code), \
        sentence
    assert not amount.per_unit
    assert sentence[amount.start : amount.end] == text, sentence
    number = sentence[amount.digits[0] : amount.digits[1]]
    assert parse_number(number)[0].scaleb(amount.scale) == value


@fixed(100)
@given(written_numbers(max_whole=10**6), st.sampled_from(["bn", "BN", "mn", "mil", "MM"]))
@example(("5.2", Decimal("5.2"), 1), "bn")
def test_scale_abbreviation_after_a_space(written: tuple[str, Decimal, int], word: str) -> None:
    """"$5.2 bn" is 5.2 billion, as "$5.2bn" is (the abbreviations that cannot be a word of their own)."""
    number, value, places = written
    sentence = f"Revenue was ${number} {word} for the quarter."
    found = find_amounts(sentence)
    assert len(found) == 1, (sentence, found)
    power = ABBREVIATED[word]
    assert (found[0].value, found[0].decimals) == (value.scaleb(power), places - power), sentence


@fixed(200)
@given(written_numbers(max_whole=10**6), st.sampled_from([" cents", " cent", "-cent", "-cents"]))
@example(("27", Decimal(27), 0), " cents")
def test_cents_round_trip(written: tuple[str, Decimal, int], word: str) -> None:
    number, value, places = written
    sentence = f"Earnings were {number}{word} per diluted share."
    found = find_amounts(sentence)
    assert len(found) == 1, (sentence, found)
    amount = found[0]
    assert (amount.value, amount.decimals, amount.negative, amount.per_unit) == (value.scaleb(-2), places + 2, False,
                                                                                  True), sentence
    assert sentence[amount.start : amount.end] == number + word


@st.composite
def loosely_written_numbers(draw: st.DrawFn) -> tuple[str, Decimal, int]:
    """Digits with commas anywhere and at most one point: (text, value, digits after the point)."""
    whole = draw(st.text("0123456789,", max_size=30))
    point = draw(st.booleans())
    fraction = draw(st.text("0123456789,", max_size=12)) if point else ""
    digits = whole.replace(",", ""), fraction.replace(",", "")
    if not digits[0] and not digits[1]:
        whole = "0" + whole  # at least one digit
        digits = "0", digits[1]
    text = whole + ("." + fraction if point else "")
    value = Decimal(f"{digits[0] or '0'}.{digits[1]}" if digits[1] else digits[0])
    return text, value, len(digits[1])


@fixed(300)
@given(loosely_written_numbers())
@example(("1,234.50", Decimal("1234.5"), 2))
@example((".5", Decimal("0.5"), 1))
@example(("7.", Decimal(7), 0))
def test_parse_number_reads_digits_commas_and_a_point(written: tuple[str, Decimal, int]) -> None:
    text, value, places = written
    assert parse_number(text) == (value, places)


@fixed(300)
@given(st.text(alphabet="0123456789,.$() -centsmilobKMBU\u20ac", max_size=80))
def test_number_patterns_only_match_what_parse_number_reads(text: str) -> None:
    """Whatever the amount and table-cell patterns accept, `parse_number` reads without raising."""
    for found in find_amounts(text):
        assert found.value == normalize(found.value)
    for pattern, group in ((amounts.MONEY, "num"), (amounts.CENTS, "num")):
        for m in pattern.finditer(text):
            parse_number(m.group(group))
    cell = tables._NUMBER.match(text.strip())
    if cell:
        parse_number(cell.group(3))


@st.composite
def decimals(draw: st.DrawFn) -> Decimal:
    """Any finite decimal of up to 40 significant digits, exponent -40 to 40 (every number a release
    can state: amounts stop at 21 digits, table cells at 24, scale words add at most 12)."""
    digits = draw(st.lists(st.integers(0, 9), min_size=1, max_size=40))
    return Decimal((draw(st.integers(0, 1)), tuple(digits), draw(st.integers(-40, 40))))


@fixed(300)
@given(decimals())
@example(Decimal("7.3E+6"))
@example(Decimal("1.50"))
@example(Decimal("-0E+5"))
@example(Decimal("0.0000001"))
def test_normalize_is_a_plain_decimal(value: Decimal) -> None:
    out = normalize(value)
    assert out == value
    sign, digits, exponent = out.as_tuple()
    assert isinstance(exponent, int) and exponent <= 0, f"{value} -> {out!r}"  # integers written out in full
    assert exponent == 0 or digits[-1] != 0, f"{value} -> {out!r}"  # no needless trailing zeros
    assert "E" not in format(out, "f") and Decimal(format(out, "f")) == value


# -- dates and periods -----------------------------------------------------------------------------

FOUR_DIGIT_YEARS = st.dates(D(1000, 1, 1), D(9999, 12, 31))


@st.composite
def written_dates(draw: st.DrawFn, days: st.SearchStrategy[dt.date] = FOUR_DIGIT_YEARS) -> tuple[str, dt.date]:
    """A date as a release writes it: "June 30, 2005", "Sept. 30, 2005", "Jan 1st, 2005"."""
    day = draw(days)
    month = draw(st.sampled_from([MONTHS[day.month - 1], ABBREVIATIONS[day.month], ABBREVIATIONS[day.month] + ".",
                                  MONTHS[day.month - 1].upper()]))
    suffix = draw(st.sampled_from(["", _ordinal(day.day)]))
    return f"{month} {day.day}{suffix}, {day.year:04d}", day


def _ordinal(day: int) -> str:
    return "th" if day in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


LENGTHS = {"three months ended": (3, None), "six months ended": (6, None), "nine months ended": (9, None),
           "twelve months ended": (12, None), "fiscal year ended": (12, None), "year ended": (12, None),
           "quarter ended": (3, None), "thirteen weeks ended": (3, 13), "52 weeks ended": (12, 52),
           "first quarter ended": (3, None), "fourth fiscal quarter ended": (3, None)}
# the same lengths said with "period": "the six-month period ended", "the 39-week fiscal period ended"
PERIOD_LENGTHS = {"three-month period ended": (3, None), "six-month period ended": (6, None),
                  "nine-month period ended": (9, None), "twelve-month period ended": (12, None),
                  "13-week period ended": (3, 13), "39-week fiscal period ended": (9, 39),
                  "six months period ended": (6, None)}


@fixed(300)
@given(written_dates(), st.sampled_from(list(LENGTHS)))
@example(("June 30, 2005", D(2005, 6, 30)), "three months ended")
@example(("Dec. 31, 9999", D(9999, 12, 31)), "fiscal year ended")
def test_stated_period_end_round_trip(written: tuple[str, dt.date], phrase: str) -> None:
    _round_trip(written, phrase, LENGTHS[phrase])


@fixed(60)
@given(written_dates(), st.sampled_from(list(PERIOD_LENGTHS)))
@example(("November 2, 2024", D(2024, 11, 2)), "39-week fiscal period ended")
def test_stated_period_length_said_with_period(written: tuple[str, dt.date], phrase: str) -> None:
    _round_trip(written, phrase, PERIOD_LENGTHS[phrase])


def _round_trip(written: tuple[str, dt.date], phrase: str, length: tuple[int, int | None]) -> None:
    date_text, day = written
    sentence = f"Revenue for the {phrase} {date_text} rose 12%."
    refs = [r for r in find_periods(sentence) if r.stated_end is not None]
    assert len(refs) == 1, (sentence, refs)
    ref = refs[0]
    months, weeks = length
    assert (ref.stated_end, ref.months, ref.weeks, ref.kind) == (day, months, weeks, "ended"), sentence
    assert sentence[ref.start : ref.end] == f"{phrase} {date_text}"
    assert header_dates(f"{phrase} {date_text}") == [day]


@fixed(200)
@given(st.dates(D(1950, 1, 1), D(2049, 12, 31)), st.booleans())
def test_numeric_header_dates_round_trip(day: dt.date, short_year: bool) -> None:
    year = f"{day.year % 100:02d}" if short_year else str(day.year)
    assert header_dates(f"{day.month}/{day.day}/{year}") == [day]


@st.composite
def maybe_impossible_dates(draw: st.DrawFn) -> tuple[str, str, int, int, int]:
    """Month, day and year drawn apart, so that most do not exist: (long text, numeric text, y, m, d)."""
    month, day, year = draw(st.integers(1, 12)), draw(st.integers(0, 39)), draw(st.integers(0, 99999))
    return f"{MONTHS[month - 1]} {day}, {year:04d}", f"{month}/{day}/{year:04d}", year, month, day


def _real(year: int, month: int, day: int) -> dt.date | None:
    try:
        return D(year, month, day)
    except ValueError:
        return None


@fixed(300)
@given(maybe_impossible_dates())
@example(("February 30, 2005", "2/30/2005", 2005, 2, 30))
@example(("December 31, 99999", "12/31/99999", 99999, 12, 31))
@example(("April 31, 2004", "4/31/2004", 2004, 4, 31))
@example(("January 0, 0000", "1/0/0000", 0, 1, 0))
def test_impossible_dates_are_ignored(written: tuple[str, str, int, int, int]) -> None:
    long, numeric, year, month, day = written
    real = _real(year, month, day) if year < 10000 else None
    text = f"Net income for the three months ended {long} was $1.2 million, as of {long} ({numeric})."
    ends = {r.stated_end for r in find_periods(text) if r.stated_end is not None}
    assert ends <= ({real} if real else set()), (text, ends)
    assert set(header_dates(text)) <= ({real} if real else set()), text
    ref = header_ref(f"Three Months Ended {long}")
    assert ref is None or ref.stated_end in (None, real)
    anchor = find_anchor([f"ACME Inc. today reported results for the three months ended {long}.", text])
    assert anchor is None or anchor.end == real


# month ends and days far enough from both ends of the calendar that ten years either way exist
INNER_DAYS = st.dates(D(11, 1, 1), D(9988, 12, 31))
MONTH_ENDS = st.builds(lambda y, m: D(y, m, calendar.monthrange(y, m)[1]), st.integers(11, 9988), st.integers(1, 12))
QUARTERS = st.integers(-40, 40)


@fixed(300)
@given(MONTH_ENDS, QUARTERS)
def test_calendar_quarters_shift_back(end: dt.date, n: int) -> None:
    shifted = shift_quarters(end, n)
    assert is_month_end(shifted)
    assert (shifted.year * 12 + shifted.month) - (end.year * 12 + end.month) == 3 * n
    assert shift_quarters(shifted, -n) == end


@fixed(300)
@given(INNER_DAYS, QUARTERS)
def test_week_quarters_shift_back(end: dt.date, n: int) -> None:
    shifted = shift_quarters(end, n, weekly=True)
    assert shifted - end == dt.timedelta(weeks=13 * n)
    assert shifted.weekday() == end.weekday()
    assert shift_quarters(shifted, -n, weekly=True) == end


@fixed(300)
@given(INNER_DAYS.filter(lambda d: not is_month_end(d)), QUARTERS)
def test_week_quarters_shift_back_by_default(end: dt.date, n: int) -> None:
    """A period that does not end on a month end is a 52/53-week period, and so is the one 13n weeks away,
    unless that one falls on a month end (then the calendar reading is taken: see the report)."""
    shifted = shift_quarters(end, n)
    assert shifted - end == dt.timedelta(weeks=13 * n)
    if not is_month_end(shifted):
        assert shift_quarters(shifted, -n) == end


@fixed(300)
@given(st.dates(D(2, 1, 1), D(9999, 12, 31)), st.sampled_from([3, 6, 9, 12]))
def test_start_of_a_period(end: dt.date, months: int) -> None:
    start = start_of(end, months)
    assert start <= end
    if is_month_end(end):
        # the first day of the month months - 1 before: June 30 -> April 1 for a quarter
        index = end.year * 12 + end.month - 1 - (months - 1)
        assert start == D(index // 12, index % 12 + 1, 1)
    else:
        assert start == end - dt.timedelta(weeks=13 * months // 3) + dt.timedelta(days=1)


@fixed(200)
@given(st.dates(D(2, 1, 1), D(9999, 12, 31)), st.sampled_from([3, 6, 9, 12]), st.integers(1, 53))
def test_start_of_stated_weeks(end: dt.date, months: int, weeks: int) -> None:
    assert start_of(end, months, weeks) == end - dt.timedelta(weeks=weeks) + dt.timedelta(days=1)


# Every date a document can state: "ended" takes any four-digit year, fiscal years are 19xx or 20xx.
ANY_DAY = st.dates(D(1, 1, 1), D(9999, 12, 31))
FISCAL_YEARS = st.none() | st.integers(1900, 2099)
KINDS = ["ended", "ordinal_quarter", "q_quarter", "same_period", "prior_quarter", "months", "quarters", "half", "ytd",
         "this_quarter", "month_quarter", "year", "this_year", "instant_month", "instant_end", "instant_date",
         "year_ago_instant", "implied"]

period_refs = st.builds(
    PeriodRef, start=st.just(0), end=st.just(0), months=st.sampled_from([None, 3, 6, 9, 12]),
    weeks=st.none() | st.integers(12, 53), quarter=st.none() | st.integers(1, 4), fiscal_year=FISCAL_YEARS,
    years_back=st.integers(0, 2), same=st.booleans(), instant=st.booleans(),
    end_month=st.none() | st.integers(1, 12), stated_end=st.none() | ANY_DAY, kind=st.sampled_from(KINDS))
anchors = st.builds(
    Anchor, end=ANY_DAY, months=st.sampled_from([3, 6, 9, 12]),
    week_lengths=st.lists(st.tuples(st.sampled_from([3, 6, 9, 12]), st.integers(12, 53)), max_size=2).map(tuple),
    quarter=st.none() | st.integers(1, 4), fiscal_year=FISCAL_YEARS, release=st.none() | ANY_DAY,
    stated=st.frozensets(ANY_DAY, max_size=3), tabled=st.frozensets(ANY_DAY, max_size=3))


@st.composite
def previous_periods(draw: st.DrawFn) -> Resolved | None:
    if draw(st.booleans()):
        return None
    end = draw(ANY_DAY)
    start = draw(st.none() | st.dates(D(1, 1, 1), end))
    return Resolved(Period(end, start), (), draw(period_refs))


# The dates stated in real text that broke resolving ("three months ended January 31, 0001", "first
# quarter ended December 31, 9999" and then "the fourth quarter"): see the report of these tests.
YEAR_ONE = PeriodRef(0, 0, months=3, stated_end=D(1, 1, 31), kind="ended")
YEAR_ONE_WEEKS = PeriodRef(0, 0, months=3, stated_end=D(1, 1, 5), kind="ended")
FOURTH = PeriodRef(0, 0, months=3, quarter=4, kind="ordinal_quarter")
LAST_DAY = Anchor(end=D(9999, 12, 31), months=3, quarter=1)


@fixed(400)
@given(period_refs, st.none() | anchors, previous_periods(), st.booleans())
@example(YEAR_ONE, None, None, False)
@example(YEAR_ONE_WEEKS, None, None, False)
@example(FOURTH, LAST_DAY, None, False)
def test_resolve_never_raises(ref: PeriodRef, anchor: Anchor | None, previous: Resolved | None,
                              instant: bool) -> None:
    resolved = resolve(ref, anchor, previous, instant)
    assert resolved is None or isinstance(resolved, Resolved)
    if resolved is not None:
        period = resolved.period
        assert period.is_instant == instant
        assert period.start is None or period.start <= period.end


@fixed(300)
@given(period_refs, anchors.filter(lambda a: 1900 <= a.end.year <= 2099), previous_periods(), st.booleans())
def test_resolve_in_this_era(ref: PeriodRef, anchor: Anchor, previous: Resolved | None, instant: bool) -> None:
    """The same, for the years releases are written in, so that the calendar's edges do not hide
    other failures."""
    ref = ref if ref.stated_end is None or 1900 <= ref.stated_end.year <= 2099 else PeriodRef(0, 0, months=3)
    if previous is not None and (previous.period.start or previous.period.end).year < 1900:
        previous = None
    resolved = resolve(ref, anchor, previous, instant)
    if resolved is not None:
        assert resolved.period.start is None or resolved.period.start <= resolved.period.end


# -- whole documents -------------------------------------------------------------------------------

NAME_WORDS = ["Acme", "Smith & Jones", "<Bolt>", '"Quoted"', "O'Brien", "Caf\u00e9", "Tab\tWorks", "Bell\x07",
              "Esc\x1b", "Del\x7f", "Nel\u0085", "Line\u2028Sep", "Z\u00fcrich", "\u65e5\u672c", "Amp&amp;",
              "Hash&#", "Brace{}", "Back\\slash", "CDATA]]>", "<!--x-->"]
SUFFIXES = ["Inc.", "Corp.", "Corporation", "Co.", "Ltd.", "Holdings, Inc.", "plc"]
CONCEPT_PHRASES = ["Revenue", "Net sales", "Total revenues", "Net income", "Net loss", "Operating income",
                   "Gross profit", "Income from operations", "Net earnings", "Cash and cash equivalents",
                   "Total assets", "Diluted earnings per share"]
COMPARISONS = ["compared with", "compared to", "versus", "up from", "down from", "against"]
REALISTIC = st.dates(D(1990, 1, 1), D(2030, 12, 31))
EXTREME = st.dates(D(1, 1, 1), D(2, 12, 31)) | st.dates(D(9998, 1, 1), D(9999, 12, 31))
IMPOSSIBLE = st.sampled_from(["February 30, 2005", "April 31, 2004", "February 29, 2005", "December 31, 99999",
                              "June 0, 2004", "13/45/2005"])


@st.composite
def amount_texts(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["money", "money", "money", "cents", "odd"]))
    if kind == "money":
        return draw(written_amounts())[0]
    if kind == "cents":
        return f"{draw(written_numbers(max_whole=999))[0]} cents"
    return draw(st.sampled_from(["$(1,234", "$1,234,567,890,123,456", "$" + "9" * 500, "(" * 20 + "$1",
                                 "$1.2.3 million", "$ ", "$-5", "\u2212$4.2 million", "$0.00001", "0.00001 cents"]))


@st.composite
def date_texts(draw: st.DrawFn, days: st.SearchStrategy[dt.date]) -> str:
    if draw(st.integers(0, 9)) == 0:
        return draw(IMPOSSIBLE)
    return draw(written_dates(days))[0]


@st.composite
def period_texts(draw: st.DrawFn, days: st.SearchStrategy[dt.date]) -> str:
    date = draw(date_texts(days))
    year = draw(st.integers(1990, 2030))
    return draw(st.sampled_from([
        f"three months ended {date}", f"fiscal year ended {date}", f"six months ended {date}",
        f"thirteen weeks ended {date}", f"first quarter of fiscal {year}", "the quarter", "the same period last year",
        "the fourth quarter", f"Q3 {year}", "the first half", "the year-ago quarter", f"fiscal {year}",
        "the nine months", "year-to-date", f"at {date}", "at the end of the quarter", "a year ago",
        f"the same quarter of fiscal {year}"]))


@st.composite
def sentences(draw: st.DrawFn, name: str, days: st.SearchStrategy[dt.date]) -> str:
    concept = draw(st.sampled_from(CONCEPT_PHRASES))
    period = draw(period_texts(days))
    a, b = draw(amount_texts()), draw(amount_texts())
    return draw(st.sampled_from([
        f"{concept} for {period} was {a}, {draw(st.sampled_from(COMPARISONS))} {b} {draw(period_texts(days))}.",
        f"{concept} was {a}, or {b} per diluted share, for {period}.",
        f"{concept} increased 12% to {a} from {b} in {period}.",
        f"{concept} at {period} were {a}.",
        f"Net loss for {period} was {a}, or {b} per share.",
        f"{name} expects revenue of {a} to {b} for {period}.",
        f"{concept} of {a} ({b} in {period}) reflects growth.",
        f"{name}'s {concept.lower()} was {a} for {period}.",
        f"Earnings were {a} per share, or {b} on a non-GAAP basis, for {period}.",
        f"\u201c{concept} of {a} shows our strength,\u201d said Mr. O'Neil, CEO of {name}.",
        f"{concept} was {a}; {concept.lower()} was {b} in {period}.",
    ]))


FURNITURE = ["<PAGE>", "\f", "Page 2 of 5", "-more-", "###", "[LOGO OMITTED]", "- 3 -", "-" * 40, "=" * 20,
             "(more)", "<TABLE>", "</TABLE>", "<S>   <C>", "&nbsp;", "\u00a0"]


@st.composite
def text_table(draw: st.DrawFn, days: st.SearchStrategy[dt.date]) -> str:
    date = draw(date_texts(days))
    rows = draw(st.lists(st.sampled_from(CONCEPT_PHRASES), min_size=1, max_size=5))
    numbers = st.sampled_from(["1,234", "$ 5,678", "(12)", "--", "0.12", "$(0.05)", "1,234,567", "n/a", "9" * 30])
    lines = ["(in thousands, except per share data)", f"{'':40}Three Months Ended",
             f"{'':40}{date}", f"{'':40}{'2005':>12}{'2004':>12}"]
    lines += [f"{label:40}{draw(numbers):>12}{draw(numbers):>12}" for label in rows]
    return "\n".join(lines)


@st.composite
def html_table(draw: st.DrawFn, days: st.SearchStrategy[dt.date]) -> str:
    date = draw(date_texts(days))
    rows = draw(st.lists(st.sampled_from(CONCEPT_PHRASES), min_size=1, max_size=5))
    numbers = st.sampled_from(["1,234", "$5,678", "(12)", "&#151;", "0.12", "$(0.05)", "1,234,567", "", "&#x2014;"])
    colspan = draw(st.sampled_from(["", ' colspan="2"', ' colspan="99999"', ' rowspan="3"', ' colspan="x"']))
    body = "".join(f"<tr><td>{html.escape(label)}</td><td{colspan}>{draw(numbers)}</td><td>{draw(numbers)}</td></tr>"
                   for label in rows)
    head = f"<tr><td></td><td>Three Months Ended {date}</td><td>Three Months Ended {date}</td></tr>"
    if draw(st.booleans()):
        head += "<tr><td></td><td>2005</td><td>2004</td></tr>"
    return f"<p>(in thousands)</p><table>{head}{body}</table>"


@st.composite
def documents(draw: st.DrawFn, days: st.SearchStrategy[dt.date] = REALISTIC) -> str | bytes:
    """A release put together from fragments: a dateline, sentences, page furniture, maybe a table;
    plain text or HTML, as text or as bytes."""
    name = " ".join(draw(st.lists(st.sampled_from(NAME_WORDS), min_size=1, max_size=3)))
    name += " " + draw(st.sampled_from(SUFFIXES))
    ticker = draw(st.sampled_from(["(NASDAQ: ACME)", "(NYSE: AB.A)", "(ACME.OB)", "", "(Nasdaq:ACME; TSX:AC)"]))
    release = draw(date_texts(days))
    period = draw(period_texts(days))
    period = period if period.startswith(("the ", "a ", "at ")) else f"the {period}"
    dateline = f"SPRINGFIELD, {release} /PRNewswire/ -- {name} {ticker} today reported results for {period}."
    headline = draw(st.sampled_from([f"{name} Reports Record Results", "", "FOR IMMEDIATE RELEASE",
                                     f"{name.upper()} ANNOUNCES {draw(period_texts(days)).upper()} EARNINGS"]))
    paragraphs = [headline, dateline]
    for _ in range(draw(st.integers(0, 5))):
        paragraphs.append(" ".join(draw(st.lists(sentences(name, days), min_size=1, max_size=3))))
        if draw(st.integers(0, 3)) == 0:
            paragraphs.append(draw(st.sampled_from(FURNITURE)))
    as_html = draw(st.booleans())
    if as_html:
        escape = draw(st.booleans())
        body = "\n".join(f"<p>{html.escape(p) if escape else p}</p>" for p in paragraphs)
        if draw(st.booleans()):
            body += "\n" + draw(html_table(days))
        text = f"<html><body>\n{body}\n</body></html>\n"
    else:
        text = "\n\n".join(paragraphs)
        if draw(st.booleans()):
            text += "\n\n" + draw(text_table(days)) + "\n"
    if draw(st.booleans()):
        return text.encode(draw(st.sampled_from(["utf-8", "utf-16", "cp1252"])), errors="replace")
    return text


def _check_conversion(source: str | bytes) -> None:
    try:
        report = converter.convert(source)
    except InputError:
        return
    xml_text, json_text = report.to_xml(), report.to_json()
    etree.fromstring(xml_text.encode("utf-8"))
    json.loads(json_text)
    assert converter.validate(xml_text) == [], xml_text
    assert converter.validate(json_text) == [], json_text
    again = converter.convert(source)
    assert (again.to_xml(), again.to_json()) == (xml_text, json_text), "two conversions of one input differ"


@fixed(120)
@given(documents())
def test_documents_convert_or_are_refused(source: str | bytes) -> None:
    """A Report whose outputs are valid and the same on every run, or an InputError: nothing else."""
    _check_conversion(source)


@fixed(40)
@given(documents(EXTREME))
@example("ACME Inc. (NASDAQ: ACME) today reported results for the three months ended January 31, 0001. "
         "Revenue was $5.0 million.")
@example("ACME Inc. (NASDAQ: ACME) today reported results for the first quarter ended December 31, 9999. "
         "Revenue for the fourth quarter was $5.0 million.")
@example("ACME INC. ANNOUNCES THREE MONTHS ENDED OCTOBER 1, 0002 EARNINGS\n\nSPRINGFIELD, February 30, 2005 "
         "/PRNewswire/ -- Acme Inc. (NASDAQ: ACME) today reported results for the three months ended February 30, "
         "2005.\n\nRevenue for three months ended February 30, 2005 was $0K, compared with $0K Q3 1990.\n\n<PAGE>")
# found on a fresh clone's CI run: the fiscal year 2 is written "0002", as an xs:gYear must be
@example("ACME INC. ANNOUNCES THREE MONTHS ENDED APRIL 2, 0002 EARNINGS\n\nSPRINGFIELD, January 1, 0002 /PRNewswire/ "
         "-- Acme Inc. (NASDAQ: ACME) today reported results for the three months ended February 30, 2005.\n\nRevenue "
         "for the fourth quarter was $0K, compared with 0 cents three months ended February 30, 2005.\n\n<PAGE>")
@example("Acme Inc. Reports Record Results\n\nSPRINGFIELD, February 30, 2005 /PRNewswire/ -- Acme Inc. (NASDAQ: ACME) "
         "today reported results for the three months ended February 30, 2005.\n\nRevenue for three months ended "
         "February 30, 2005 was $0K, compared with $0K the fourth quarter.\n\n(in thousands, except per share data)\n"
         "                                        Three Months Ended\n"
         "                                        April 30, 0001\n"
         "                                                2005        2004\n"
         "Revenue                                        1,234       1,234\n")
# and again when a sentence's period is weighed against the current fiscal year, which would start before year 1
def test_documents_dated_at_the_ends_of_the_calendar(source: str | bytes) -> None:
    """Years 0001 and 9999 are four-digit years a document may state: still a Report or an InputError."""
    _check_conversion(source)


@pytest.mark.parametrize("text", [
    "Net income for the three months ended February 30, 2005 was $1.2 million.",
    "ACME Inc. today reported results for the quarter ended December 31, 99999. Revenue was $5 million.",
    "ACME Inc. today reported results for the fiscal year ended June 31, 2004. Revenue was $5 million.",
])
def test_documents_with_impossible_dates(text: str) -> None:
    _check_conversion(text)


@fixed(60)
@given(st.sampled_from(NAME_WORDS + ["", "ACME WIDGETS INC"]),
       st.sampled_from(["0000123456", "123456", "", "0", "9" * 12, "12345 67", "0000123456dgets Inc. (NAS", "abc",
                        "-1", "\u0661\u0662\u0663"]),
       st.sampled_from(["1231", "0630", "", "99", "abcd"]))
@example("ACME WIDGETS INC", "12345 67", "1231")  # found by fuzz/fuzz_readers.py
def test_edgar_header_values(name: str, cik: str, year_end: str) -> None:
    """Whatever an EDGAR header says a company's name, CIK or fiscal year end is, the conversion gives
    valid outputs or an InputError."""
    _check_conversion(
        "<SEC-DOCUMENT>0000950123-05-000001.txt : 20050201\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t8-K\n"
        f"COMPANY CONFORMED NAME:\t{name}\nCENTRAL INDEX KEY:\t{cik}\nFISCAL YEAR END:\t{year_end}\n</SEC-HEADER>\n"
        "<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n"
        "ACME Widgets Inc. today reported results for the three months ended June 30, 2005.\n\n"
        "Net income was $1.2 million, or $0.10 per diluted share.\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
