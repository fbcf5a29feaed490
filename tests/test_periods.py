"""Period mentions, the fiscal calendar, and resolving mentions against the release's anchor."""

from __future__ import annotations

import datetime as dt

import pytest

from converter.extract.periods import (
    Anchor,
    PeriodRef,
    Resolved,
    column_periods,
    find_anchor,
    find_periods,
    listed_length,
    resolve,
    shift_quarters,
    start_of,
)
from converter.model import Period

D = dt.date

# A calendar-quarter company: second quarter ended Friday June 30, 2006, released July 20, 2006.
CAL = Anchor(end=D(2006, 6, 30), months=3, quarter=2, fiscal_year=2006, release=D(2006, 7, 20),
             stated=frozenset({D(2006, 6, 30)}))
# A 52/53-week company: second quarter ended Saturday July 1, 2006, released July 27, 2006.
WK = Anchor(end=D(2006, 7, 1), months=3, quarter=2, fiscal_year=2006, release=D(2006, 7, 27),
            stated=frozenset({D(2006, 7, 1)}))
# A 52/53-week company whose quarters end on a Friday: third quarter ended September 28, 2007.
FRI = Anchor(end=D(2007, 9, 28), months=3, quarter=3, fiscal_year=2007, release=D(2007, 10, 18),
             stated=frozenset({D(2007, 9, 28)}))


def ref(text: str) -> PeriodRef:
    found = find_periods(text)
    assert len(found) == 1, found
    return found[0]


def dur(text: str, anchor: Anchor | None, previous: Resolved | None = None) -> Resolved:
    r = resolve(ref(text), anchor, previous, False)
    assert r is not None, text
    return r


def inst(text: str, anchor: Anchor | None, previous: Resolved | None = None) -> Resolved:
    r = resolve(ref(text), anchor, previous, True)
    assert r is not None, text
    return r


# -- find_periods ---------------------------------------------------------------------------------


def test_ordinal_quarter_ended() -> None:
    text = "for the third quarter ended September 30, 2006"
    r = ref(text)
    assert r.kind == "ended"
    assert text[r.start : r.end] == "third quarter ended September 30, 2006"
    assert (r.months, r.quarter, r.stated_end) == (3, 3, D(2006, 9, 30))
    assert r.weeks is None
    assert not r.instant


def test_three_months_ended() -> None:
    r = ref("for the three months ended June 30, 2005")
    assert (r.kind, r.months, r.quarter, r.stated_end) == ("ended", 3, None, D(2005, 6, 30))


def test_fiscal_year_ended() -> None:
    r = ref("for the fiscal year ended January 28, 2006")
    assert (r.kind, r.months, r.stated_end) == ("ended", 12, D(2006, 1, 28))


@pytest.mark.parametrize("text", ["for the quarter ended 30 June 2005", "for the quarter ended 30th June, 2005",
                                  "for the quarter ended June 30,2005"])
def test_dates_written_day_first_or_without_a_space(text: str) -> None:
    r = ref(text)
    assert (r.kind, r.months, r.stated_end, r.end) == ("ended", 3, D(2005, 6, 30), len(text))
    assert find_periods("up 130 June 2005") == ()  # not a day of the month


@pytest.mark.parametrize("count", ["16", "sixteen"])
def test_stated_weeks(count: str) -> None:
    r = ref(f"for the {count} weeks ended April 22, 2006")
    assert r.kind == "ended"
    assert r.weeks == 16
    assert r.stated_end == D(2006, 4, 22)


def test_fifty_three_weeks() -> None:
    r = ref("for the 53 weeks ended February 3, 2007")
    assert (r.weeks, r.months, r.stated_end) == (53, 12, D(2007, 2, 3))


@pytest.mark.parametrize(("text", "listed"), [
    ("for the 12 and 28 weeks ended September 9, 2006", (3, 12)),
    ("for the twelve and forty weeks ended September 9, 2006", (3, 12)),
    ("for the three and nine months ended September 30, 2006", (3, None)),
    ("for the 3 and 6 months ended June 30, 2006", (3, None)),
    ("for the 13 and nine months ended September 30, 2006", None),  # not a count of months
    ("for the 28 weeks ended September 9, 2006", None),
])
def test_a_length_listed_before_a_stated_one(text: str, listed: tuple[int, int | None] | None) -> None:
    r = ref(text)
    found = listed_length(text, r)
    assert (None if found is None else (found.months, found.weeks)) == listed
    if found is not None:
        assert found.stated_end == r.stated_end


def test_ordinal_quarter_of_fiscal_year_ended() -> None:
    r = ref("the second quarter of fiscal 2007 ended July 1, 2006")
    assert (r.kind, r.quarter, r.fiscal_year, r.stated_end) == ("ended", 2, 2007, D(2006, 7, 1))


@pytest.mark.parametrize("text", ["the same quarter a year ago", "the same quarter last year",
                                  "the comparable quarter of the prior year"])
def test_same_quarter_a_year_ago(text: str) -> None:
    r = ref(text)
    assert r.kind == "same_period"
    assert (r.months, r.years_back, r.same) == (3, 1, True)
    assert r.stated_end is None


def test_first_six_months_of_fiscal_year() -> None:
    r = ref("the first six months of fiscal 2006")
    assert (r.kind, r.months, r.fiscal_year, r.years_back) == ("months", 6, 2006, 0)


def test_same_period_in_fiscal_year() -> None:
    r = ref("the same period in fiscal year 2005")
    assert (r.kind, r.fiscal_year, r.same, r.years_back) == ("same_period", 2005, True, 0)
    assert r.months is None  # its length comes from the period spoken of before


@pytest.mark.parametrize(("text", "year", "back"), [("the same period during 2004", 2004, 0),
                                                   ("the same period one year ago", None, 1),
                                                   ("the corresponding prior fiscal year", None, 1)])
def test_same_period_with_what_follows_it(text: str, year: int | None, back: int) -> None:
    r = ref(text)
    assert (r.kind, r.fiscal_year, r.same, r.years_back, r.end) == ("same_period", year, True, back, len(text))


def test_end_of_month() -> None:
    r = ref("at the end of March")
    assert (r.kind, r.instant, r.end_month, r.fiscal_year) == ("instant_month", True, 3, None)
    r = ref("at the end of March 2006")
    assert (r.end_month, r.fiscal_year) == (3, 2006)


def test_last_year_at_this_time() -> None:
    r = ref("last year at this time")
    assert r.kind == "year_ago_instant"
    assert r.years_back == 1
    assert r.is_relative_only


def test_as_of_date() -> None:
    r = ref("as of June 30, 2006")
    assert (r.kind, r.instant, r.stated_end) == ("instant_date", True, D(2006, 6, 30))


@pytest.mark.parametrize(
    ("text", "kind", "quarter", "fiscal_year", "years_back"),
    [
        ("the second quarter of 2006", "ordinal_quarter", 2, 2006, 0),
        ("the fourth quarter of last year", "ordinal_quarter", 4, None, 1),
        ("Q3 2006", "q_quarter", 3, 2006, 0),
        ("Q4 Net income of $12.4 million", "q_quarter", 4, None, 0),
        ("fiscal 2006 Q2", "q_quarter", 2, 2006, 0),
    ],
)
def test_quarters_without_dates(text: str, kind: str, quarter: int, fiscal_year: int | None,
                                years_back: int) -> None:
    r = ref(text)
    assert (r.kind, r.months, r.quarter, r.fiscal_year, r.years_back) == (kind, 3, quarter, fiscal_year,
                                                                          years_back)


@pytest.mark.parametrize(
    ("text", "months", "fiscal_year"),
    [
        ("fiscal 2011 nine months", 9, 2011),
        ("the 2011 nine-month results", 9, 2011),
        ("Fiscal 2006 Six Month Highlights", 6, 2006),
        ("FY 2006 first half", 6, 2006),
        ("for nine-months 1996", 9, 1996),
        ("the first nine months of 1996", 9, 1996),
    ],
)
def test_months_with_the_year_written_first_or_after(text: str, months: int, fiscal_year: int) -> None:
    (r,) = find_periods(text)
    assert (r.months, r.fiscal_year) == (months, fiscal_year)


@pytest.mark.parametrize("text", ["Q42 revenue", "Q4'06", "Q4FY07", "AQ4 units"])
def test_a_q_without_a_quarter_of_its_own_is_no_period(text: str) -> None:
    assert not [r for r in find_periods(text) if r.kind == "q_quarter" and r.fiscal_year is None]


@pytest.mark.parametrize(("text", "quarter", "years_back", "end"), [
    ("the current year third quarter ended November 3, 2018", 3, 0, dt.date(2018, 11, 3)),
    ("the prior year third quarter ended October 28, 2017", 3, 0, dt.date(2017, 10, 28)),
    ("the current year fourth quarter", 4, 0, None),
    ("last year fourth quarter", 4, 1, None),
])
def test_a_year_naming_the_quarter_after_it_is_no_period_of_its_own(text: str, quarter: int, years_back: int,
                                                                    end: dt.date | None) -> None:
    (r,) = find_periods(text)
    assert (r.start, r.end, r.quarter, r.years_back, r.stated_end) == (0, len(text), quarter, years_back, end)


def test_year_ago_quarter() -> None:
    r = ref("the year-ago quarter")
    assert (r.kind, r.months, r.years_back) == ("prior_quarter", 3, 1)


def test_mentions_do_not_overlap_and_come_in_order() -> None:
    text = ("Revenue for the three months ended June 30, 2006 rose from the same quarter a year ago, "
            "and long-term debt at the end of June fell.")
    found = find_periods(text)
    assert [r.kind for r in found] == ["ended", "same_period", "instant_month"]
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start


def test_no_periods_in_plain_text() -> None:
    assert find_periods("The company makes precision valves in three plants.") == ()


# -- shift_quarters and start_of -------------------------------------------------------------------


def test_shift_quarters_calendar() -> None:
    assert shift_quarters(D(2006, 6, 30), -4) == D(2005, 6, 30)
    assert shift_quarters(D(2006, 3, 31), -1) == D(2005, 12, 31)
    assert shift_quarters(D(2006, 6, 30), 1) == D(2006, 9, 30)
    assert shift_quarters(D(2006, 5, 31), -1) == D(2006, 2, 28)
    assert shift_quarters(D(2008, 5, 31), -1) == D(2008, 2, 29)
    assert shift_quarters(D(2006, 6, 30), 0) == D(2006, 6, 30)


def test_shift_quarters_weeks() -> None:
    assert shift_quarters(D(2006, 7, 1), -4) == D(2005, 7, 2)  # 52 weeks earlier
    assert shift_quarters(D(2006, 7, 1), -1) == D(2006, 4, 1)  # 13 weeks earlier
    assert shift_quarters(D(2007, 9, 28), -4) == D(2006, 9, 29)


def test_start_of_calendar() -> None:
    assert start_of(D(2006, 6, 30), 3) == D(2006, 4, 1)
    assert start_of(D(2006, 6, 30), 6) == D(2006, 1, 1)
    assert start_of(D(2006, 9, 30), 9) == D(2006, 1, 1)
    assert start_of(D(2005, 12, 31), 12) == D(2005, 1, 1)
    assert start_of(D(2007, 2, 28), 3) == D(2006, 12, 1)


def test_start_of_weeks() -> None:
    end = D(2006, 7, 1)
    assert start_of(end, 3) == D(2006, 4, 2)  # 13 weeks
    assert start_of(end, 6) == D(2006, 1, 1)  # 26 weeks
    assert start_of(end, 9) == D(2005, 10, 2)  # 39 weeks
    assert start_of(end, 12) == D(2005, 7, 3)  # 52 weeks
    assert start_of(D(2006, 4, 22), 3, weeks=16) == D(2006, 1, 1)


def test_stated_weeks_win_even_at_a_month_end() -> None:
    assert start_of(D(2006, 6, 30), 3, weeks=12) == D(2006, 4, 8)


# -- resolve: calendar months ------------------------------------------------------------------------


def test_quarter_ended_june_30_starts_april_1() -> None:
    r = dur("for the quarter ended June 30, 2006", CAL)
    assert r.period == Period(D(2006, 6, 30), D(2006, 4, 1))
    assert r.inferred == ("start",)


def test_three_months_ended_stated() -> None:
    r = dur("for the three months ended June 30, 2006", None)
    assert r.period == Period(D(2006, 6, 30), D(2006, 4, 1))
    assert r.inferred == ("start",)


def test_calendar_same_quarter_a_year_ago() -> None:
    r = dur("the same quarter a year ago", CAL)
    assert r.period == Period(D(2005, 6, 30), D(2005, 4, 1))
    assert r.inferred == ("start", "end")


def test_calendar_year_ago_quarter_with_ordinal() -> None:
    r = dur("the second quarter of 2005", CAL)
    assert r.period == Period(D(2005, 6, 30), D(2005, 4, 1))


def test_calendar_first_six_months_of_fiscal_year() -> None:
    r = dur("the first six months of fiscal 2006", CAL)
    assert r.period == Period(D(2006, 6, 30), D(2006, 1, 1))
    assert r.inferred == ("start",)  # June 30, 2006 is stated in the document


def test_calendar_same_period_in_fiscal_year_needs_previous() -> None:
    six = dur("the six months ended June 30, 2006", CAL)
    r = dur("the same period in fiscal year 2005", CAL, six)
    assert r.period == Period(D(2005, 6, 30), D(2005, 1, 1))
    assert r.inferred == ("start", "end")


def test_current_quarter_phrases() -> None:
    assert dur("the current quarter", CAL).period == Period(D(2006, 6, 30), D(2006, 4, 1))
    assert dur("the second quarter", CAL).period == Period(D(2006, 6, 30), D(2006, 4, 1))


def test_earlier_quarter_of_the_same_year() -> None:
    r = dur("the first quarter", CAL)
    assert r.period == Period(D(2006, 3, 31), D(2006, 1, 1))
    assert r.inferred == ("start", "end")


def test_end_of_month_instants() -> None:
    r = inst("at the end of June", CAL)
    assert r.period == Period(D(2006, 6, 30))
    assert r.inferred == ()  # the anchor's own end, stated in the document
    r = inst("at the end of March", CAL)
    assert r.period == Period(D(2006, 3, 31))
    assert r.inferred == ("instant",)
    r = inst("at the end of December", CAL)
    assert r.period == Period(D(2005, 12, 31))


def test_instant_mention_is_refused_for_a_duration() -> None:
    assert resolve(ref("at the end of March"), CAL, None, False) is None
    assert resolve(ref("as of June 30, 2006"), CAL, None, False) is None


def test_stated_instant() -> None:
    r = inst("as of June 30, 2006", CAL)
    assert r.period == Period(D(2006, 6, 30))
    assert r.inferred == ()


def test_last_year_at_this_time_is_the_year_ago_balance_date() -> None:
    r = inst("last year at this time", CAL)
    assert r.period == Period(D(2005, 6, 30))
    assert r.inferred == ("instant",)
    r = inst("last year at this time", WK)
    assert r.period == Period(D(2005, 7, 2))


def test_fiscal_year_ended_52_weeks() -> None:
    r = dur("for the fiscal year ended January 28, 2006", None)
    assert r.period == Period(D(2006, 1, 28), D(2005, 1, 30))
    assert r.inferred == ("start",)


def test_year_ended_calendar() -> None:
    r = dur("for the year ended December 31, 2005", CAL)
    assert r.period == Period(D(2005, 12, 31), D(2005, 1, 1))


def test_relative_mention_without_anchor_is_not_resolved() -> None:
    assert resolve(ref("the same quarter a year ago"), None, None, False) is None
    assert resolve(ref("the first six months of fiscal 2006"), None, None, False) is None


def test_fiscal_year_mention_without_known_fiscal_year_is_not_guessed() -> None:
    anchor = Anchor(end=D(2006, 7, 1), months=3, quarter=2, fiscal_year=None, release=D(2006, 7, 27))
    assert resolve(ref("the first six months of fiscal 2006"), anchor, None, False) is None


# -- resolve: 52/53-week calendars ---------------------------------------------------------------


def test_weeks_current_quarter_is_13_weeks() -> None:
    r = dur("the second quarter", WK)
    assert r.period == Period(D(2006, 7, 1), D(2006, 4, 2))
    assert r.inferred == ("start",)


def test_weeks_quarter_ended_stated() -> None:
    r = dur("the quarter ended July 1, 2006", WK)
    assert r.period == Period(D(2006, 7, 1), D(2006, 4, 2))


def test_weeks_six_months_is_26_weeks() -> None:
    r = dur("the first six months of fiscal 2006", WK)
    assert r.period == Period(D(2006, 7, 1), D(2006, 1, 1))
    r = dur("the six months ended July 1, 2006", WK)
    assert r.period == Period(D(2006, 7, 1), D(2006, 1, 1))


def test_weeks_nine_months_is_39_weeks() -> None:
    r = dur("the nine months ended September 28, 2007", FRI)
    assert r.period == Period(D(2007, 9, 28), D(2006, 12, 30))
    r = dur("the first nine months of fiscal 2007", FRI)
    assert r.period == Period(D(2007, 9, 28), D(2006, 12, 30))


def test_weeks_same_quarter_a_year_ago_ends_52_weeks_earlier() -> None:
    r = dur("the same quarter a year ago", WK)
    assert r.period == Period(D(2005, 7, 2), D(2005, 4, 3))
    assert r.inferred == ("start", "end")
    r = dur("the year-ago quarter", FRI)
    assert r.period == Period(D(2006, 9, 29), D(2006, 7, 1))


def test_weeks_prior_year_quarter_on_a_month_end_is_still_13_weeks() -> None:
    # A Friday-quarter company: the third quarter of 2006 ended Friday September 29, 2006; the
    # same quarter of 2005, 52 weeks earlier, ended Friday September 30, 2005, which happens to be
    # a month end. The company still keeps a 52/53-week year: that quarter is 13 weeks,
    # July 2 - September 30, 2005, not the calendar quarter from July 1.
    anchor = Anchor(end=D(2006, 9, 29), months=3, quarter=3, fiscal_year=2006, release=D(2006, 10, 19),
                    stated=frozenset({D(2006, 9, 29)}))
    r = dur("the same quarter a year ago", anchor)
    assert r.period.end == D(2005, 9, 30)
    assert r.period.start == D(2005, 7, 2)


def test_weeks_same_period_in_fiscal_year() -> None:
    six = dur("the six months ended July 1, 2006", WK)
    r = dur("the same period in fiscal year 2005", WK, six)
    assert r.period == Period(D(2005, 7, 2), D(2005, 1, 2))
    assert r.inferred == ("start", "end")


def test_weeks_same_period_last_year_takes_previous_length() -> None:
    six = dur("the six months ended July 1, 2006", WK)
    r = dur("the same period last year", WK, six)
    assert r.period == Period(D(2005, 7, 2), D(2005, 1, 2))


def test_stated_sixteen_weeks_win() -> None:
    r = dur("for the sixteen weeks ended April 22, 2006", None)
    assert r.period == Period(D(2006, 4, 22), D(2006, 1, 1))
    assert r.inferred == ("start",)


def test_stated_twelve_weeks_win() -> None:
    r = dur("for the 12 weeks ended June 17, 2006", None)
    assert r.period == Period(D(2006, 6, 17), D(2006, 3, 26))


def test_stated_53_weeks_win() -> None:
    r = dur("for the 53 weeks ended February 3, 2007", None)
    assert r.period == Period(D(2007, 2, 3), D(2006, 1, 29))


# -- outlook: periods that end after the release --------------------------------------------------


def test_stated_period_after_release_is_refused() -> None:
    assert resolve(ref("the quarter ending September 30, 2006"), CAL, None, False) is None
    assert resolve(ref("the third quarter ended September 30, 2006"), CAL, None, False) is None


def test_relative_period_after_release_is_refused() -> None:
    assert resolve(ref("the third quarter"), CAL, None, False) is None
    assert resolve(ref("the nine months"), CAL, None, False) is None
    assert resolve(ref("the third quarter"), CAL, None, True) is None


def test_period_on_release_day_or_before_is_kept() -> None:
    anchor = Anchor(end=D(2006, 6, 30), months=3, quarter=2, fiscal_year=2006, release=D(2006, 6, 30))
    assert resolve(ref("the quarter ended June 30, 2006"), anchor, None, False) is not None


# -- find_anchor ---------------------------------------------------------------------------------

HEADLINE = "HALVERSON LABS INC. REPORTS SECOND QUARTER RESULTS"
DATELINE = ("PORTVILLE, Maine, July 20, 2006 -- Halverson Labs Inc. (NASDAQ: HALV) announced today results "
            "for the second quarter ended June 30, 2006.")


def test_anchor_calendar_quarter() -> None:
    a = find_anchor([HEADLINE, DATELINE, "Revenue for the quarter was $7.3 million."])
    assert a is not None
    assert a.end == D(2006, 6, 30)
    assert a.months == 3
    assert a.quarter == 2
    assert a.fiscal_year == 2006
    assert a.release == D(2006, 7, 20)
    assert D(2006, 6, 30) in a.stated


def test_anchor_ignores_a_period_ending_after_the_release() -> None:
    outlook = "The Company expects revenue of $8.0 million for the quarter ending September 30, 2006."
    a = find_anchor([HEADLINE, DATELINE, outlook])
    assert a is not None
    assert a.end == D(2006, 6, 30)
    assert a.quarter == 2


def test_anchor_fiscal_year_is_not_taken_from_a_comparison() -> None:
    comparison = "Net income was $1.1 million, compared to $0.9 million in the second quarter of 2005."
    a = find_anchor([HEADLINE, DATELINE, comparison])
    assert a is not None
    assert a.end == D(2006, 6, 30)
    assert a.fiscal_year == 2006


def test_anchor_is_not_a_period_end_a_comparison_names() -> None:
    dateline = ("PORTVILLE, Maine, April 18, 2007 -- Halverson Labs Inc. announced today results for the first "
                "quarter of 2007.")
    aside = "On a linked-quarter basis (compared to the quarter ended December 31, 2006), loans increased 3%."
    a = find_anchor(["HALVERSON LABS INC. REPORTS FIRST QUARTER RESULTS", dateline, aside])
    assert a is not None
    assert (a.end, a.quarter, a.fiscal_year) == (D(2007, 3, 31), 1, 2007)
    # with nothing else stated, the comparison's end says only that the current period came after it
    assert find_anchor([dateline.replace("for the first quarter of 2007", "today"), aside]) is None
    yearless = ("For the year ended Jan. 29, net income was $88.4 million compared to net income of $70.3 million "
                "for the year ended Jan. 30, 2009.")
    a = find_anchor(["PENNY MART SEES SALES INCREASE", yearless])
    assert a is not None and (a.end, a.months) == (D(2010, 1, 29), 12)


@pytest.mark.parametrize("label", ["the 13 weeks ended January 30, 2010 (fiscal year 2009)",
                                   "fiscal 2009, which ended January 30, 2010,"])
def test_anchor_fiscal_year_as_the_release_names_it(label: str) -> None:
    a = find_anchor([f"OAKVALE, Ohio, March 4, 2010 -- Tamsin Outfitters Inc. today reported results for {label} "
                     "and for the 13 weeks ended January 30, 2010."])
    assert a is not None
    assert (a.end, a.fiscal_year) == (D(2010, 1, 30), 2009)


@pytest.mark.parametrize(("said", "expected"), [
    # a period end without a year, set off by commas, with a dateline without a year
    ("DAYTON, Nov. 9 /PRNewswire/ -- For the third quarter of fiscal 2005, the 13 weeks ended Oct. 29, net "
     "earnings were $61 million.", (D(2005, 10, 29), 3)),
    ("SAN MATEO, Calif., Nov. 9, 2023 -- Model Co. today announced financial results for the fourth quarter and "
     "fiscal year 2023 ended September 30, 2023.", (D(2023, 9, 30), 12)),
])
def test_anchor_from_less_usual_wordings(said: str, expected: tuple[object, ...]) -> None:
    a = find_anchor([said])
    assert a is not None
    assert (a.end, a.months) == expected


def test_anchor_year_end_release() -> None:
    a = find_anchor(["PORTVILLE, Maine, February 8, 2006 -- Halverson Labs Inc. announced today results "
                     "for the year ended December 31, 2005."])
    assert a is not None
    assert (a.end, a.months, a.quarter, a.fiscal_year) == (D(2005, 12, 31), 12, 4, 2005)
    assert a.release == D(2006, 2, 8)


def test_anchor_prefers_the_quarter_when_quarter_and_year_share_an_end() -> None:
    a = find_anchor(["PORTVILLE, Maine, February 8, 2006 -- Halverson Labs Inc. announced today results.",
                     "For the three months ended December 31, 2005, revenue was $8.1 million.",
                     "For the year ended December 31, 2005, revenue was $30.2 million."])
    assert a is not None
    assert (a.end, a.months) == (D(2005, 12, 31), 3)


def test_anchor_52_week_quarter_with_fiscal_year() -> None:
    a = find_anchor(["MARLOW, Texas, July 27, 2006 -- Quillon Foods Corp. announced today results for the "
                     "second quarter of fiscal 2007 ended July 1, 2006."])
    assert a is not None
    assert (a.end, a.months, a.quarter, a.fiscal_year) == (D(2006, 7, 1), 3, 2, 2007)
    assert a.release == D(2006, 7, 27)


def test_anchor_sixteen_week_quarter() -> None:
    a = find_anchor(["MARLOW, Texas, May 10, 2006 -- Quillon Foods Corp. announced today results for the "
                     "sixteen weeks ended April 22, 2006."])
    assert a is not None
    assert a.end == D(2006, 4, 22)
    assert a.months == 3


def test_anchor_latest_stated_end() -> None:
    a = find_anchor(["PORTVILLE, Maine, October 26, 2006 -- Halverson Labs Inc. announced today results for "
                     "its third fiscal quarter ended September 30, 2006.",
                     "For the nine months ended September 30, 2006, revenue was $20.4 million, compared to "
                     "$18.0 million for the nine months ended September 30, 2005."])
    assert a is not None
    assert (a.end, a.months, a.quarter, a.fiscal_year) == (D(2006, 9, 30), 3, 3, 2006)
    assert {D(2006, 9, 30), D(2005, 9, 30)} <= a.stated


def test_no_anchor_without_a_stated_period() -> None:
    assert find_anchor(["Halverson Labs Inc. announced a new line of valves today."]) is None
    assert find_anchor([]) is None


def test_anchor_quarter_is_not_taken_from_a_comparison() -> None:
    # no ordinal beside the stated end: the quarter named outside a comparison is the one reported
    dateline = ("PORTVILLE, Maine, July 20, 2006 -- Halverson Labs Inc. (NASDAQ: HALV) announced today results "
                "for the quarter ended June 30, 2006.")
    body = ("Revenue for the quarter ended June 30, 2006 was $15.3 million, compared to $9.5 million for the first "
            "quarter of 2006. Net income for the second quarter of 2006 was $3.2 million.")
    a = find_anchor([HEADLINE.replace("SECOND ", ""), dateline, body])
    assert a is not None
    assert (a.end, a.quarter, a.fiscal_year) == (D(2006, 6, 30), 2, 2006)


@pytest.mark.parametrize(("text", "months", "back"), [
    ("net income for the first half of the year", 6, 0),
    ("the first six months of the fiscal year", 6, 0),
    ("the second quarter of the year", 3, 0),
    ("a net loss for the first half last year", 6, 1),
    ("the first nine months of last year", 9, 1),
])
def test_of_the_year_belongs_to_the_mention(text: str, months: int, back: int) -> None:
    # "the year" alone is twelve months; after "the first half of" it only says which year
    found = ref(text)
    assert (found.months, found.years_back) == (months, back)
    assert text.endswith(text[found.start : found.end])


@pytest.mark.parametrize(("released", "said", "end"), [
    ("February 7, 2003", "for the quarter ended Dec. 28", D(2002, 12, 28)),
    ("January 20, 2004", "for the fourth quarter ended January 3", D(2004, 1, 3)),
    ("July 20, 2006", "for the second quarter ended June 30", D(2006, 6, 30)),
])
def test_anchor_from_a_period_end_without_a_year(released: str, said: str, end: dt.date) -> None:
    # the year is the release's, or the one before when the day has not come yet in it
    a = find_anchor([f"PORTVILLE, Maine, {released} -- Halverson Labs Inc. announced today a net loss {said}."])
    assert a is not None
    assert (a.end, a.months) == (end, 3)


def test_a_period_ending_without_a_year_is_no_anchor() -> None:
    # "ending": not over yet, an outlook; no year stated and none to borrow without a release date
    assert find_anchor(["PORTVILLE, Maine, July 20, 2006 -- Halverson Labs Inc. expects a profit for the "
                        "quarter ending September 30."]) is None
    assert find_anchor(["Halverson Labs Inc. posted a net loss for the quarter ended Dec. 28."]) is None


@pytest.mark.parametrize(("said", "expected"), [
    ("today reported financial results for the third quarter of 2015", (D(2015, 9, 30), 3, 3, 2015)),
    ("today reported results for 2015", (D(2015, 12, 31), 12, 4, 2015)),
    ("today reported results for the third quarter of fiscal 2015", None),  # a fiscal year ends in any month
    ("today reported results for the second quarter of 2015", None),  # ended in June: too long before the release
    ("today completed its merger, announced in the third quarter of 2015", None),  # no results of that quarter
])
def test_anchor_from_a_quarter_named_without_its_end(said: str, expected: tuple[object, ...] | None) -> None:
    # no "ended <date>" anywhere: a calendar quarter or year that ended shortly before the release
    released = "January 28, 2016" if "for 2015" in said else "October 23, 2015"
    a = find_anchor([f"PORTVILLE, Maine, {released} - Halverson Labs Inc. (NASDAQ: HALV) {said}."])
    got = None if a is None else (a.end, a.months, a.quarter, a.fiscal_year)
    assert got == expected


def test_the_release_date_is_the_datelines_not_a_date_after_today() -> None:
    # "retroactive to January 1, 2022" after "today reported" is no release date: the quarter ended
    # September 30, 2022 is the current period, not the one a year before
    a = find_anchor(["SAN DIMAS, Calif. -- American States Water Company today reported earnings per share of $0.69 "
                     "for the quarter ended September 30, 2022, compared to $0.76 for the quarter ended September 30, "
                     "2021, with new rates retroactive to January 1, 2022."])
    assert a is not None
    assert (a.end, a.release) == (D(2022, 9, 30), None)


def test_without_a_release_date_nothing_ends_after_the_current_period() -> None:
    anchor = Anchor(end=D(2006, 9, 30), months=3, quarter=3, fiscal_year=2006)
    assert resolve(ref("for 2006"), anchor, None, False) is None
    assert resolve(ref("for 2005"), anchor, None, False) is not None


def test_a_52_53_week_year_ending_near_december_31_is_the_calendar_years() -> None:
    # the year ended December 30, 2001 is fiscal 2001, whatever earlier years the text names
    a = find_anchor(["SOUTH PORTLAND, Maine, January 20, 2002 -- Halverson Labs Inc. today reported results for the "
                     "fourth quarter and full year ended December 30, 2001. Revenues were down 31 percent from "
                     "fourth-quarter 2000."])
    assert a is not None
    assert (a.end, a.quarter, a.fiscal_year) == (D(2001, 12, 30), 4, 2001)


def test_anchor_quarter_is_not_taken_from_a_quarter_that_cannot_end_there() -> None:
    dateline = ("SALEM, Ore., March 10, 2005 -- Halverson Labs Inc. today reported results for the year and quarter "
                "ended December 31, 2004.")
    passing = "Severance charges of $210,000 were recorded in the first quarter of 2004."
    a = find_anchor([dateline, passing])
    assert a is not None
    assert a.end == D(2004, 12, 31)
    assert a.quarter != 1  # the first quarter of 2004 ended long before December 31, 2004
    a = find_anchor([dateline, "Sales for the fourth quarter of 2004 were flat."])
    assert a is not None and a.quarter == 4


def test_a_release_dated_on_released_reports_the_year_it_names_not_a_footnotes_year() -> None:
    paragraphs = ["On January 15, 1999, Dunmore Fiduciary Corporation released its earnings for the fourth quarter "
                  "and year end 1998.",
                  "Revenues for 1998 were $310.5 million.",
                  "(a) The year ended Dec. 31, 1997, reflects charges of $4.0 million."]
    a = find_anchor(paragraphs)
    assert a is not None
    assert (a.release, a.end, a.months) == (D(1999, 1, 15), D(1998, 12, 31), 12)
    # a stated end within a year of the release is still the period reported
    recent = [paragraphs[0].replace("January 15, 1999", "February 2, 1998"), *paragraphs[1:]]
    a = find_anchor(recent)
    assert a is not None and a.end == D(1997, 12, 31)


def test_a_fiscal_quarter_right_before_a_period_end_of_no_length_ends_there() -> None:
    # a year ending in September: its first quarter ends in December of the year before the fiscal year's number
    a = find_anchor(["Springdale, Arkansas--Oakhill Foods, Inc. (NYSE:OHF), today announced operating results for "
                     "the first quarter of fiscal year 1998 for the period ended December 27, 1997. Sales were $1.10 "
                     "billion."])
    assert a is not None
    assert (a.end, a.months, a.quarter, a.fiscal_year) == (D(1997, 12, 27), 3, 1, 1998)
    # a quarter that cannot end there gives no anchor
    assert find_anchor(["Oakhill Foods, Inc. today announced operating results for the second quarter of fiscal "
                        "year 1997 for the period ended December 27, 1997."]) is None


def test_a_trailing_twelve_months_beside_a_named_quarter_is_no_fiscal_year() -> None:
    a = find_anchor(["RIVERTON, Ore., April 30, 2011 -- Blue Heron Utilities today announced net income of $2.3 "
                     "million for the first quarter of 2011.",
                     "For the twelve months ended March 31, 2011, net income was $19.4 million."])
    assert a is not None
    assert (a.end, a.months, a.quarter, a.fiscal_year) == (D(2011, 3, 31), 3, 1, 2011)
    # a year stated as a year stays the fiscal year, whatever quarter the text mentions
    a = find_anchor(["PORTLAND, Ore., May 20, 2011 -- Blue Heron Utilities today reported results for the fiscal year "
                     "ended March 31, 2011.", "Rates rose in the first quarter of 2011."])
    assert a is not None and (a.months, a.quarter) == (12, 4)


def test_a_wire_name_without_its_slash_opens_a_dateline_without_a_year() -> None:
    a = find_anchor(["Harbor Air Reports Third Quarter", "PRNewswire-FirstCall DULLES, Va. Oct. 22 :",
                     "Harbor Air Holdings, Inc. today reported net income of $12.6 million for the third quarter "
                     "2003."])
    assert a is not None
    assert (a.release, a.end, a.quarter) == (D(2003, 10, 22), D(2003, 9, 30), 3)


def test_a_quarter_without_a_year_before_the_period_end_its_sentence_names() -> None:
    a = find_anchor(["SPRINGFIELD, Ill.--May 8, 2001--Acme Widgets, Inc. today reported its third quarter results for "
                     "the period ending April 28, 2001. Net sales for the third quarter of fiscal 2001 were $3.84 "
                     "million."])
    assert a is not None
    assert (a.end, a.months, a.quarter, a.fiscal_year) == (D(2001, 4, 28), 3, 3, 2001)


def test_a_period_an_outlook_names_is_not_the_period_reported() -> None:
    a = find_anchor(["Kestrel Pumps Inc. reported net income of $4.1 million for the quarter ended March 31, 2012.",
                     "The Company projects that earnings per share will range from $0.30 to $0.35 for the quarter "
                     "ending June 30, 2012."])
    assert a is not None and a.end == D(2012, 3, 31)
    # the outlook word after the period says nothing of it
    a = find_anchor(["Kestrel Pumps Inc. reported results for the quarter ended June 30, 2012, and expects growth."])
    assert a is not None and a.end == D(2012, 6, 30)


def test_a_dated_release_on_a_quarter_of_no_year() -> None:
    a = find_anchor(["BRISTOW, Va. (April 21, 2006) Kestrel Mutual Life Company reported today net income for the "
                     "first quarter of $3.4 million."])
    assert a is not None and (a.end, a.months, a.quarter) == (D(2006, 3, 31), 3, 1)
    # not a quarter that ended months before the release, nor one called fiscal
    for late in ["BRISTOW, Va. (June 21, 2006) Kestrel Mutual Life Company reported today net income for the first "
                 "quarter of $3.4 million.",
                 "BRISTOW, Va. (April 21, 2006) Kestrel Stores reported today net income for the fiscal first quarter "
                 "of $3.4 million."]:
        assert find_anchor([late]) is None


def test_a_release_on_nine_months_is_on_the_years_third_quarter() -> None:
    a = find_anchor(["HARTFORD, Conn., October 20, 1997 - Kestrel Insurance Group today reported results for the "
                     "nine months ended September 30, 1997."])
    assert a is not None and (a.end, a.months, a.quarter, a.fiscal_year) == (D(1997, 9, 30), 9, 3, 1997)
    assert dur("the first nine months of 1996", a).period == Period(D(1996, 9, 30), D(1996, 1, 1))


def test_a_period_ended_on_a_day_without_a_year() -> None:
    text = "for the third quarter ended Sept. 30 was"
    r = ref(text)
    assert (r.kind, r.months, r.quarter, r.end_day, r.stated_end) == ("ended_day", 3, 3, (9, 30), None)
    assert text[r.start : r.end] == "third quarter ended Sept. 30"
    released = Anchor(end=D(2006, 12, 31), months=3, quarter=4, fiscal_year=2006, release=D(2007, 1, 24))
    assert dur("the quarter ended Sept. 30", released).period == Period(D(2006, 9, 30), D(2006, 7, 1))
    # not a day a year back, nor one a year is written after
    assert [r.kind for r in find_periods("the year-ago quarter ended Sept. 30")] == ["prior_quarter"]
    assert find_periods("the quarter ended Sept. 30 of last year")[0].end_day is None


@pytest.mark.parametrize(("text", "year"), [("in 4Q08", 2008), ("in 4Q 2008", 2008), ("in Q4'97", 1997),
                                            ("in Q4 \u201908", 2008)])
def test_a_quarter_written_short(text: str, year: int) -> None:
    r = ref(text)
    assert (r.kind, r.months, r.quarter, r.fiscal_year, r.end) == ("q_short", 3, 4, year, len(text))


def test_no_quarter_inside_a_word() -> None:
    assert find_periods("the Model 4Q08X pump") == ()


def test_shorthand_heads_no_table_column() -> None:
    # "2Q21 | 1Q21 | 2Q20" heads earnings summaries and breakdowns ("PNC legacy", "acquired bank" under "2Q21")
    assert column_periods("2Q21") == [] and [r.kind for r in find_periods("2Q21")] == ["q_short"]
    assert [r.kind for r in column_periods("Q2 2021")] == ["q_quarter"]


def test_a_count_of_weeks_of_a_named_year() -> None:
    r = ref("attained in the 13-week quarter of 1998")
    assert (r.kind, r.weeks, r.months, r.fiscal_year) == ("weeks", 13, 3, 1998)
    assert dur("the 13-week quarter of 2006", WK).period == Period(D(2006, 7, 1), D(2006, 4, 2))


def test_a_yearless_dateline_takes_its_year_from_the_release_not_from_a_cover_page_above_it() -> None:
    cover = ["FORM 8-K", "CURRENT REPORT", "PURSUANT TO SECTION 13 OR 15 (d) OF", "THE SECURITIES EXCHANGE ACT OF 1934",
             "Osgood Brokers Inc.", "(Exact name of registrant)", "Maryland", "1-4120", "52-0061234", "12 Water Street",
             "New York, New York", "(212) 555-0188", "Item 5. Other Events."]
    a = find_anchor(cover + ["OSGOOD REPORTS NET INCOME OF $41.2 MILLION IN 1995",
                             "NEW YORK, Feb. 14 -- For the year ending December 31, 1995, Osgood Brokers Inc. today "
                             "reported net income of $41.2 million, or $1.12 per share."])
    assert a is not None
    assert a.release == D(1996, 2, 14)
    assert (a.end, a.months) == (D(1995, 12, 31), 12)
