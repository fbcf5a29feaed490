"""Whole documents through `converter.convert`: which facts prose yields, and which it must not.

Every release here is invented. The calendar-quarter company, Halverson Labs Inc., reports its
second quarter ended June 30, 2006 on July 20, 2006; the 52/53-week company, Quillon Foods Corp.,
reports quarters ending on Saturdays.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from gold import SCORED

import converter
from converter.errors import InputError
from converter.extract.entity import is_heading
from converter.model import Fact, Period
from converter.readers.text import decode, read_text

D = dt.date

HEAD = ("HALVERSON LABS INC. REPORTS SECOND QUARTER RESULTS\n\n"
        "PORTVILLE, Maine, July 20, 2006 -- Halverson Labs Inc. (NASDAQ: HALV) announced today results\n"
        "for the second quarter ended June 30, 2006.\n\n")

Q2_2006 = Period(D(2006, 6, 30), D(2006, 4, 1))
Q2_2005 = Period(D(2005, 6, 30), D(2005, 4, 1))
H1_2006 = Period(D(2006, 6, 30), D(2006, 1, 1))
H1_2005 = Period(D(2005, 6, 30), D(2005, 1, 1))
Q1_2006 = Period(D(2006, 3, 31), D(2006, 1, 1))
FY_2005 = Period(D(2005, 12, 31), D(2005, 1, 1))

DOCUMENT_CONCEPTS = {"EntityRegistrantName", "EntityCentralIndexKey", "TradingSymbol", "DocumentPeriodEndDate",
                     "DocumentFiscalYearFocus", "DocumentFiscalPeriodFocus"}


def release(body: str, head: str = HEAD) -> str:
    return head + body + "\n"


def facts_of(text: str | bytes) -> list[Fact]:
    """The facts the prose states (the document's cover facts left out)."""
    return [f for f in converter.convert(text).facts if f.concept not in DOCUMENT_CONCEPTS]


def facts(body: str, head: str = HEAD) -> list[Fact]:
    return facts_of(release(body, head))


def one(found: list[Fact], concept: str, period: Period | None = None) -> Fact:
    hits = [f for f in found if f.concept == concept and (period is None or f.period == period)]
    assert len(hits) == 1, (concept, period, [(f.concept, f.value, f.period) for f in found])
    return hits[0]


def summary(found: list[Fact]) -> set[tuple[str, Decimal | str, Period]]:
    return {(f.concept, f.value, f.period) for f in found}


def values(found: list[Fact]) -> set[Decimal | str]:
    return {f.value for f in found}


# -- concepts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "value", "decimals"),
    [
        ("Revenue for the second quarter was $7.3 million.", Decimal("7300000"), -5),
        ("Revenues for the quarter were $7,312,000.", Decimal("7312000"), 0),
        ("Net sales were $5,432,000 for the quarter.", Decimal("5432000"), 0),
        ("Total revenues increased 12% to $9.8 million.", Decimal("9800000"), -5),
        ("Total revenue rose to a record $11.25 million in the quarter.", Decimal("11250000"), -4),
        ("Revenue was $7.3 million in the second quarter of 2006.", Decimal("7300000"), -5),
        ("Revenue was $7.3 million in Q2, up 12%.", Decimal("7300000"), -5),
    ],
)
def test_revenue_phrases(body: str, value: Decimal, decimals: int) -> None:
    f = one(facts(body), "Revenues")
    assert f.value == value
    assert f.decimals == decimals
    assert f.period == Q2_2006
    assert f.unit is not None and f.unit.short == "USD"
    assert f.inferred == ("start",)


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Net income was $412,000 for the quarter.", Decimal("412000")),
        ("Net earnings were $1.1 million.", Decimal("1100000")),
        ("Net income increased to $2.0 million for the quarter.", Decimal("2000000")),
        ("The Company reported a net loss of $1.4 million for the second quarter.", Decimal("-1400000")),
        ("Net loss for the quarter was $(850,000).", Decimal("-850000")),
        ("Net income (loss) was ($1.2 million).", Decimal("-1200000")),
    ],
)
def test_net_income_phrases(body: str, value: Decimal) -> None:
    f = one(facts(body), "NetIncomeLoss")
    assert f.value == value
    assert f.period == Q2_2006
    assert f.unit is not None and f.unit.short == "USD"


@pytest.mark.parametrize(
    ("body", "concept", "value"),
    [
        ("Net income was $2.0 million, or $0.21 per diluted share.", "EarningsPerShareDiluted", Decimal("0.21")),
        ("Net income was $2.0 million, or 21 cents per diluted share.", "EarningsPerShareDiluted",
         Decimal("0.21")),
        ("Net income was $2,012,000 ($0.21 per diluted share) for the quarter.", "EarningsPerShareDiluted",
         Decimal("0.21")),
        ("Net income was $2.0 million, or $0.22 per basic share.", "EarningsPerShareBasic", Decimal("0.22")),
        ("Net earnings were $1.1 million, or $0.10 per share.", "EarningsPerShareBasicAndDiluted",
         Decimal("0.10")),
        ("Earnings per diluted share were $0.20 for the quarter.", "EarningsPerShareDiluted", Decimal("0.20")),
        ("The Company reported a loss of $0.12 per share for the quarter.", "EarningsPerShareBasicAndDiluted",
         Decimal("-0.12")),
        ("The net loss was $1.4 million, or 12 cents per share.", "EarningsPerShareBasicAndDiluted",
         Decimal("-0.12")),
        ("The Company reported a net loss of $1.4 million, or $0.12 per share, for the second quarter.",
         "EarningsPerShareBasicAndDiluted", Decimal("-0.12")),
        # the phrase after the amount says it is a loss
        ("The Company reported a net loss of $1.4 million, or $0.12 loss per share, for the quarter.",
         "EarningsPerShareBasicAndDiluted", Decimal("-0.12")),
        ("Net loss was $1.4 million, or 12 cents loss per diluted share.", "EarningsPerShareDiluted",
         Decimal("-0.12")),
        ("Net loss was $1.4 million, or $0.12 net loss per basic share.", "EarningsPerShareBasic",
         Decimal("-0.12")),
    ],
)
def test_per_share_phrases(body: str, concept: str, value: Decimal) -> None:
    f = one(facts(body), concept)
    assert f.value == value
    assert f.decimals == 2
    assert f.period == Q2_2006
    assert f.unit is not None and f.unit.short == "USD/shares"


def test_a_loss_per_share_of_something_else_is_not_earnings() -> None:
    found = facts("Net income was $2.0 million. The quarter included a restructuring charge of $5.0 million, "
                  "or $0.50 loss per share.")
    assert not [f for f in found if f.concept.startswith("EarningsPerShare")]


def test_basic_and_diluted_in_one_sentence() -> None:
    found = facts("Net income was $2.0 million, or $0.21 per basic share and $0.20 per diluted share.")
    assert one(found, "NetIncomeLoss").value == Decimal("2000000")
    assert one(found, "EarningsPerShareBasic").value == Decimal("0.21")
    assert one(found, "EarningsPerShareDiluted").value == Decimal("0.20")


def test_basic_and_diluted_written_after_per_share() -> None:
    found = facts("Net income was $2.0 million, or $0.21 per share basic and $0.20 per share diluted.")
    assert one(found, "EarningsPerShareBasic").value == Decimal("0.21")
    assert one(found, "EarningsPerShareDiluted").value == Decimal("0.20")


def test_net_loss_and_loss_per_share_are_negative() -> None:
    found = facts("The Company reported a net loss of $1.4 million, or $0.12 per share, for the second quarter.")
    assert one(found, "NetIncomeLoss").value == Decimal("-1400000")
    assert one(found, "EarningsPerShareBasicAndDiluted").value == Decimal("-0.12")


@pytest.mark.parametrize(
    ("body", "period", "inferred"),
    [
        ("Long-term debt was $2.5 million at June 30, 2006.", Period(D(2006, 6, 30)), ()),
        ("Long-term debt was $2.5 million at the end of the quarter.", Period(D(2006, 6, 30)), ()),
        ("Long-term debt was $2.5 million at the end of June.", Period(D(2006, 6, 30)), ()),
        ("The company had long-term debt of $2.5 million at June 30, 2006.", Period(D(2006, 6, 30)), ()),
        ("Long-term debt was $2.5 million at the end of March.", Period(D(2006, 3, 31)), ("instant",)),
    ],
)
def test_long_term_debt_is_an_instant(body: str, period: Period, inferred: tuple[str, ...]) -> None:
    f = one(facts(body), "LongTermDebt")
    assert f.value == Decimal("2500000")
    assert f.period == period
    assert f.period.is_instant
    assert f.inferred == inferred


def test_long_term_debt_two_balance_sheet_dates() -> None:
    found = facts("Long-term debt was $2.5 million at June 30, 2006, compared to $3.0 million at "
                  "December 31, 2005.")
    assert summary(found) == {
        ("LongTermDebt", Decimal("2500000"), Period(D(2006, 6, 30))),
        ("LongTermDebt", Decimal("3000000"), Period(D(2005, 12, 31))),
    }


def test_long_term_debt_last_year_at_this_time() -> None:
    found = facts("Long-term debt was $2.5 million at the end of the quarter, down from $3.0 million last "
                  "year at this time.")
    prior = one(found, "LongTermDebt", Period(D(2005, 6, 30)))
    assert prior.value == Decimal("3000000")
    assert prior.inferred == ("instant",)


# -- periods --------------------------------------------------------------------------------------


def test_comparison_same_quarter_a_year_ago() -> None:
    found = facts("Revenue for the second quarter was $7.3 million, compared to $6.1 million in the same "
                  "quarter a year ago.")
    assert summary(found) == {
        ("Revenues", Decimal("7300000"), Q2_2006),
        ("Revenues", Decimal("6100000"), Q2_2005),
    }
    assert one(found, "Revenues", Q2_2005).inferred == ("start", "end")


def test_comparison_without_a_period_takes_the_prior_year() -> None:
    found = facts("Revenue was $7.3 million, up from $6.1 million.")
    assert one(found, "Revenues", Q2_2005).value == Decimal("6100000")
    assert one(found, "Revenues", Q2_2006).value == Decimal("7300000")


def test_comparison_of_net_income_and_eps() -> None:
    found = facts("Net income was $412,000, or $0.05 per diluted share, compared to net income of $298,000, "
                  "or $0.04 per diluted share, in the same quarter last year.")
    assert summary(found) == {
        ("NetIncomeLoss", Decimal("412000"), Q2_2006),
        ("EarningsPerShareDiluted", Decimal("0.05"), Q2_2006),
        ("NetIncomeLoss", Decimal("298000"), Q2_2005),
        ("EarningsPerShareDiluted", Decimal("0.04"), Q2_2005),
    }


def test_comparison_of_eps_alone() -> None:
    found = facts("Diluted earnings per share were $0.20, compared to $0.15 in the same quarter last year.")
    assert one(found, "EarningsPerShareDiluted", Q2_2006).value == Decimal("0.20")
    assert one(found, "EarningsPerShareDiluted", Q2_2005).value == Decimal("0.15")


def test_comparison_naming_the_prior_year_quarter() -> None:
    text = release("Net income was $412,000, compared to $298,000 in the second quarter of 2005.")
    found = facts_of(text)
    assert summary(found) == {
        ("NetIncomeLoss", Decimal("412000"), Q2_2006),
        ("NetIncomeLoss", Decimal("298000"), Q2_2005),
    }


def test_prior_year_quarter_named_alone() -> None:
    found = facts("Revenue for the second quarter was $7.3 million. Net income for the second quarter of 2005 "
                  "was $298,000.")
    assert one(found, "NetIncomeLoss").period == Q2_2005


def test_six_months_ended() -> None:
    found = facts("For the six months ended June 30, 2006, revenue was $14.2 million, compared to $11.9 million "
                  "for the same period last year.")
    assert summary(found) == {
        ("Revenues", Decimal("14200000"), H1_2006),
        ("Revenues", Decimal("11900000"), H1_2005),
    }


def test_first_six_months() -> None:
    found = facts("For the first six months of 2006, revenue was $14.2 million compared with $11.9 million for "
                  "the first six months of 2005.")
    assert summary(found) == {
        ("Revenues", Decimal("14200000"), H1_2006),
        ("Revenues", Decimal("11900000"), H1_2005),
    }


def test_quarter_ended_stated_in_the_sentence() -> None:
    f = one(facts("Revenue for the three months ended June 30, 2006 was $7.3 million."), "Revenues")
    assert f.period == Q2_2006
    assert f.inferred == ("start",)


def test_period_carries_to_the_next_sentence() -> None:
    found = facts("For the first six months of 2006, revenue was $14.2 million. Net income was $1.3 million.")
    assert one(found, "NetIncomeLoss").period == H1_2006


# -- 52/53-week calendars ---------------------------------------------------------------------------

HEAD_WEEKS = ("QUILLON FOODS CORP. REPORTS SECOND QUARTER RESULTS\n\n"
              "MARLOW, Texas, July 27, 2006 -- Quillon Foods Corp. (NYSE: QLF) announced today results for the "
              "second quarter of fiscal 2006 ended July 1, 2006.\n\n")
HEAD_16 = ("QUILLON FOODS CORP. REPORTS FIRST QUARTER RESULTS\n\n"
           "MARLOW, Texas, May 10, 2006 -- Quillon Foods Corp. (NYSE: QLF) announced today results for the "
           "sixteen weeks ended April 22, 2006.\n\n")


def test_weeks_quarter_and_year_ago_quarter() -> None:
    found = facts("Net sales for the quarter were $48.2 million, compared to $44.0 million in the same quarter "
                  "last year.", HEAD_WEEKS)
    assert summary(found) == {
        ("Revenues", Decimal("48200000"), Period(D(2006, 7, 1), D(2006, 4, 2))),
        ("Revenues", Decimal("44000000"), Period(D(2005, 7, 2), D(2005, 4, 3))),
    }


def test_weeks_six_months_and_same_period_in_fiscal_year() -> None:
    found = facts("For the first six months of fiscal 2006, net sales were $95.0 million, compared with "
                  "$88.1 million for the same period in fiscal 2005.", HEAD_WEEKS)
    assert summary(found) == {
        ("Revenues", Decimal("95000000"), Period(D(2006, 7, 1), D(2006, 1, 1))),
        ("Revenues", Decimal("88100000"), Period(D(2005, 7, 2), D(2005, 1, 2))),
    }


def test_weeks_balance_a_year_ago() -> None:
    found = facts("Long-term debt was $12.0 million at the end of the quarter, compared to $14.5 million last "
                  "year at this time.", HEAD_WEEKS)
    assert summary(found) == {
        ("LongTermDebt", Decimal("12000000"), Period(D(2006, 7, 1))),
        ("LongTermDebt", Decimal("14500000"), Period(D(2005, 7, 2))),
    }


def test_sixteen_weeks_stated_in_the_sentence() -> None:
    f = one(facts("Net sales for the sixteen weeks ended April 22, 2006 were $48.2 million.", HEAD_16), "Revenues")
    assert f.period == Period(D(2006, 4, 22), D(2006, 1, 1))


def test_sixteen_week_quarter_called_the_quarter() -> None:
    # the document says its quarter is sixteen weeks long: that count wins over 13
    f = one(facts("Net sales for the quarter were $48.2 million.", HEAD_16), "Revenues")
    assert f.period == Period(D(2006, 4, 22), D(2006, 1, 1))


def test_sixteen_week_quarter_year_ago_comparison() -> None:
    found = facts("Net sales were $48.2 million, compared to $44.0 million a year ago.", HEAD_16)
    assert one(found, "Revenues", Period(D(2006, 4, 22), D(2006, 1, 1))).value == Decimal("48200000")
    # sixteen weeks ended April 23, 2005, 52 weeks before April 22, 2006
    assert one(found, "Revenues", Period(D(2005, 4, 23), D(2005, 1, 2))).value == Decimal("44000000")


HEAD_12_28 = ("QUILLON FOODS CORP. REPORTS SECOND QUARTER RESULTS\n\n"
              "MARLOW, Texas, October 5, 2006 -- Quillon Foods Corp. (NYSE: QLF) announced today fiscal 2006 "
              "second quarter and year to date results for the 12 and 28 weeks ended September 9, 2006.\n\n")


def test_twelve_and_twenty_eight_weeks_listed_give_the_quarter_and_the_half_their_lengths() -> None:
    found = facts("Net sales for the second quarter were $40.2 million. Net sales for the first half of fiscal "
                  "2006 were $91.5 million. Year to date net income was $3.1 million.", HEAD_12_28)
    assert summary(found) == {
        ("Revenues", Decimal("40200000"), Period(D(2006, 9, 9), D(2006, 6, 18))),  # 12 weeks
        ("Revenues", Decimal("91500000"), Period(D(2006, 9, 9), D(2006, 2, 26))),  # 28 weeks
        ("NetIncomeLoss", Decimal("3100000"), Period(D(2006, 9, 9), D(2006, 2, 26))),
    }


def test_a_year_named_in_a_comparison_with_a_half_is_that_years_half() -> None:
    # "in fiscal year 2005" compared with 28 weeks: the same 28 weeks of fiscal 2005, not the whole year
    found = facts("Sales for the 28 weeks year to date were $91.5 million versus $86.0 million in fiscal "
                  "year 2005.", HEAD_12_28)
    assert summary(found) == {
        ("Revenues", Decimal("91500000"), Period(D(2006, 9, 9), D(2006, 2, 26))),
        ("Revenues", Decimal("86000000"), Period(D(2005, 9, 10), D(2005, 2, 27))),
    }


# -- what is not a fact -----------------------------------------------------------------------------

REAL = "Revenue for the second quarter was $7.3 million. "


@pytest.mark.parametrize(
    "body",
    [
        # outlook
        "The Company expects revenue of $10.5 million for the third quarter.",
        "For the third quarter, management anticipates net income of $1.5 million.",
        # orders and backlog for a later quarter
        "The Company has booked orders for revenue of $3.4 million for the third quarter.",
        "Backlog for shipments in the third quarter was $3.4 million.",
        # share prices and dividends
        "The closing price of the Company's common stock on June 30, 2006 was $57.125 per share.",
        "The Company's stock closed at $23.50 per share on June 30, 2006.",
        "The Board declared a quarterly cash dividend of $0.08 per share.",
        # bounds
        "Revenue for the quarter was over $2.0 million.",
        "Net income was more than $1.0 million.",
        # adjusted and non-GAAP amounts
        "Adjusted net income was $1.9 million for the quarter.",
        "Non-GAAP net income was $1.9 million, or $0.19 per diluted share.",
        # segments and product lines
        "Services revenue of $3.3 million rose 8%.",
        "Product revenue was $4.0 million for the quarter.",
        "Online sales increased 1.1 percent to $1.6 million, compared to net sales of $1.5 million a year ago.",
        # a part of a line, or of the company
        "The Company recorded a net loss of $(2.4) million in other gain (loss), net.",
        "Net income was $1.2 million in Europe.",
        # a row label that is too loose for a sentence
        "Finance receivables were $2.0 million at June 30, 2006.",
        # a figure on another basis than the reported one
        "Net income was $1.9 million, or $0.19 per share, on an adjusted basis.",
        "Net income was $1.9 million on a comparable fully-taxed basis.",
        # the effect of something on a figure, not the figure
        "The adoption of the new standard had a net favorable impact on stockholders' equity of $215,000 "
        "at June 30, 2006.",
        "The quarter included a charge to net income of $1.2 million.",
        "The settlement made an addition to net income of $0.4 million in the quarter.",
    ],
)
def test_not_facts(body: str) -> None:
    found = facts(REAL + body)
    assert summary(found) == {("Revenues", Decimal("7300000"), Q2_2006)}


@pytest.mark.parametrize(
    "body",
    [
        "Halverson Canada reported operating income of $1.1 million for the second quarter, compared with "
        "operating income of $0.9 million a year ago.",
        "The Instruments segment, which makes the company's meters, reported revenue of $3.0 million.",
        "Brixton Analytics (BRX) reported net income of $9.0 million for the quarter.",
        "Halverson Europe net sales rose 4% to $2.1 million. Total revenues were up 3% to $2.5 million.",
    ],
)
def test_a_segments_or_subsidiarys_figures_are_not_the_companys(body: str) -> None:
    found = facts(REAL + "\n\n" + body)
    assert summary(found) == {("Revenues", Decimal("7300000"), Q2_2006)}


def test_a_figure_on_the_reported_basis_is_a_fact() -> None:
    found = facts("Net income was $1.9 million, or $0.19 per diluted share, on a GAAP basis.")
    assert summary(found) == {("NetIncomeLoss", Decimal("1900000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.19"), Q2_2006)}


@pytest.mark.parametrize("body", [
    "Halverson Labs reported net income of $2.0 million for the quarter. Halverson's revenue was $7.3 million.",
    "We reported net income of $2.0 million for the quarter. Management reported revenue of $7.3 million.",
])
def test_the_companys_own_name_before_its_figures_is_no_part(body: str) -> None:
    assert summary(facts(body)) == {("NetIncomeLoss", Decimal("2000000"), Q2_2006),
                                    ("Revenues", Decimal("7300000"), Q2_2006)}


@pytest.mark.parametrize("heading", ["International", "Halverson Canada", "CORPORATE AND OTHER", "Europe Segment"])
def test_a_section_under_a_parts_heading_gives_no_fact_until_the_next_heading(heading: str) -> None:
    found = facts(f"{REAL}\n\n{heading}\n\nRevenue for the quarter was $2.1 million.\n\n"
                  "Net income was $0.4 million.\n\nBalance Sheet\n\nNet income for the quarter was $1.3 million.")
    assert summary(found) == {("Revenues", Decimal("7300000"), Q2_2006), ("NetIncomeLoss", Decimal("1300000"), Q2_2006)}


@pytest.mark.parametrize("heading", ["Halverson Labs Reports", "Halverson Declares Dividend", "Second Quarter Results"])
def test_a_headline_with_our_name_opens_no_parts_section(heading: str) -> None:
    found = facts(f"{heading}\n\nNet income for the quarter was $1.3 million.")
    assert summary(found) == {("NetIncomeLoss", Decimal("1300000"), Q2_2006)}


def test_part_of_a_total_is_not_the_total() -> None:
    found = facts("Revenue was $9.1 million, of which $800,000 was from service contracts.")
    assert summary(found) == {("Revenues", Decimal("9100000"), Q2_2006)}


def test_part_of_a_total_included() -> None:
    found = facts("Revenue was $9.1 million, including $800,000 from licensing.")
    assert summary(found) == {("Revenues", Decimal("9100000"), Q2_2006)}


def test_percentages_are_not_facts() -> None:
    found = facts(REAL + "Revenue rose 14% in the quarter. Gross margin improved to 42.5 percent.")
    assert values(found) == {Decimal("7300000")}


def test_telephone_numbers_and_addresses_are_not_facts() -> None:
    body = (REAL + "\n\nA conference call will be held at 4:30 p.m. Eastern time; dial 1-800-555-0142 or "
            "(212) 555-0199, passcode 40211.\n\n"
            "Halverson Labs Inc., 2400 Harbor Boulevard, Suite 300, Portville, Maine 04101, makes "
            "precision sensors.")
    found = facts(body)
    assert summary(found) == {("Revenues", Decimal("7300000"), Q2_2006)}


@pytest.mark.parametrize(
    "body",
    [
        "Halverson Labs Inc. completed its acquisition of Corvin Systems, Inc. during the quarter. "
        "Corvin Systems, Inc. had revenues of $12.0 million for the year ended December 31, 2005.",
        "During the quarter the Company acquired Corvin Systems, which had revenue of $12.0 million in 2005.",
        "During the quarter the Company acquired Corvin Systems. Corvin's revenue for 2005 was $12.0 million.",
    ],
)
def test_acquired_company_revenue_is_not_a_fact(body: str) -> None:
    found = facts(REAL + body)
    assert Decimal("12000000") not in values(found)
    assert summary(found) == {("Revenues", Decimal("7300000"), Q2_2006)}


def test_outlook_in_a_release_keeps_the_actuals() -> None:
    found = facts(REAL + "Net income was $412,000.\n\nLooking ahead, the Company expects revenue of $8.0 "
                  "million and net income of $500,000 for the third quarter.")
    assert summary(found) == {
        ("Revenues", Decimal("7300000"), Q2_2006),
        ("NetIncomeLoss", Decimal("412000"), Q2_2006),
    }


# -- sources ------------------------------------------------------------------------------------------

SOURCED = ("Revenue for the second quarter was $7.3 million, compared to $6.1 million in the same quarter\n"
           "a year ago. Net income was $412,000, or $0.05 per diluted share, compared to net income of\n"
           "$298,000, or $0.04 per diluted share, in the same quarter last year.\n\n"
           "Long-term debt was $2.5 million at the end of June.")


def check_sources(text: str, found: list[Fact]) -> None:
    assert found
    for f in found:
        assert f.source is not None
        quoted = text[f.source.start : f.source.end]
        assert " ".join(quoted.split()) == f.source.quote
        written = abs(f.value)
        assert isinstance(written, Decimal)
        amounts = {"7300000": "$7.3 million", "6100000": "$6.1 million", "412000": "$412,000",
                   "298000": "$298,000", "0.05": "$0.05", "0.04": "$0.04", "2500000": "$2.5 million"}
        assert amounts[str(written)] in quoted


def test_sources_point_at_the_input() -> None:
    text = release(SOURCED)
    found = facts_of(text)
    assert len(found) == 7
    check_sources(text, found)


def test_sources_point_at_the_input_with_crlf() -> None:
    text = release(SOURCED).replace("\n", "\r\n")
    found = facts_of(text)
    assert len(found) == 7
    check_sources(text, found)


def test_document_facts_have_no_source() -> None:
    report = converter.convert(release(REAL))
    for f in report.facts:
        if f.concept in DOCUMENT_CONCEPTS:
            assert f.source is None
            assert not f.is_numeric


# -- document facts ---------------------------------------------------------------------------------

HEAD_CORP = ("BRAMBLEWOOD INSTRUMENTS CORP. REPORTS SECOND QUARTER RESULTS\n\n"
             "LAKEVILLE, Ohio, July 20, 2006 -- Bramblewood Instruments Corp. (NASDAQ: BRMW) announced today "
             "results for the second quarter ended June 30, 2006.\n\n")


def document_facts(text: str) -> dict[str, Fact]:
    return {f.concept: f for f in converter.convert(text).facts if f.concept in DOCUMENT_CONCEPTS}


def test_document_facts() -> None:
    doc = document_facts(release(REAL, HEAD_CORP))
    assert doc["EntityRegistrantName"].value == "Bramblewood Instruments Corp."
    assert doc["TradingSymbol"].value == "BRMW"
    assert doc["DocumentPeriodEndDate"].value == "2006-06-30"
    assert doc["DocumentFiscalPeriodFocus"].value == "Q2"
    assert doc["DocumentFiscalYearFocus"].value == "2006"
    for f in doc.values():
        assert f.period == Q2_2006
    assert "EntityCentralIndexKey" not in doc


def test_document_facts_with_cik() -> None:
    report = converter.convert(release(REAL, HEAD_CORP), cik="815097")
    doc = {f.concept: f for f in report.facts if f.concept in DOCUMENT_CONCEPTS}
    assert doc["EntityCentralIndexKey"].value == "0000815097"
    assert report.entity.identifier == "0000815097"
    assert report.entity.name == "Bramblewood Instruments Corp."


def test_document_fiscal_year_is_not_the_comparison_year() -> None:
    text = release("Net income was $412,000, compared to $298,000 in the second quarter of 2005.", HEAD_CORP)
    doc = document_facts(text)
    assert doc["DocumentFiscalYearFocus"].value == "2006"
    assert doc["DocumentPeriodEndDate"].value == "2006-06-30"


def test_year_end_release_focus() -> None:
    head = ("BRAMBLEWOOD INSTRUMENTS CORP. REPORTS 2005 RESULTS\n\n"
            "LAKEVILLE, Ohio, February 9, 2006 -- Bramblewood Instruments Corp. (NASDAQ: BRMW) announced today "
            "results for the year ended December 31, 2005.\n\n")
    text = release("Revenue for the year was $30.2 million.", head)
    doc = document_facts(text)
    assert doc["DocumentFiscalPeriodFocus"].value == "FY"
    assert doc["DocumentFiscalYearFocus"].value == "2005"
    assert doc["DocumentPeriodEndDate"].value == "2005-12-31"
    f = one(facts_of(text), "Revenues")
    assert f.period == Period(D(2005, 12, 31), D(2005, 1, 1))


def test_no_stated_period_gives_no_facts() -> None:
    # without a period the document states, neither cover facts nor amounts can be dated
    report = converter.convert("Halverson Labs Inc. (NASDAQ: HALV) announced today that revenue was $7.3 million.\n")
    assert report.facts == ()


# -- the plain-text reader --------------------------------------------------------------------------


def test_page_furniture_is_dropped() -> None:
    text = ("[GRAPHIC OMITTED]\n\n" + HEAD +
            "Revenue for the second quarter was $7.3 million.\n\n"
            "                               Page 1 of 5\n"
            "\f\n"
            "Net income for the quarter was $412,000.\n\n"
            "<PAGE> 3\n\n"
            "Long-term debt was $2.5 million at the end of the quarter.\n\n"
            "[LOGO OMITTED]\n")
    doc = read_text(text)
    joined = "\n".join(p.text for p in doc.paragraphs)
    for junk in ("GRAPHIC", "OMITTED", "LOGO", "Page 1 of 5", "<PAGE>", "\f"):
        assert junk not in joined
    assert "Net income for the quarter was $412,000." in joined
    assert "Long-term debt was $2.5 million at the end of the quarter." in joined
    found = facts_of(text)
    assert summary(found) == {
        ("Revenues", Decimal("7300000"), Q2_2006),
        ("NetIncomeLoss", Decimal("412000"), Q2_2006),
        ("LongTermDebt", Decimal("2500000"), Period(D(2006, 6, 30))),
    }


def test_page_number_lines_are_dropped() -> None:
    text = release("Revenue for the second quarter was $7.3 million.\n\n"
                   "                                 - 2 -\n"
                   "\f\n"
                   "Net income for the quarter was $412,000.\n\n"
                   "Page 4 of 5\n")
    joined = "\n".join(p.text for p in read_text(text).paragraphs)
    assert "- 2 -" not in joined
    assert "Page 4" not in joined
    assert summary(facts_of(text)) == {
        ("Revenues", Decimal("7300000"), Q2_2006),
        ("NetIncomeLoss", Decimal("412000"), Q2_2006),
    }


def test_paragraph_after_form_feed_and_page_tag_is_kept() -> None:
    # EDGAR exhibits often mark a page break with a form feed followed by a <PAGE> tag
    text = ("[GRAPHIC OMITTED]\n\n" + HEAD +
            "Revenue for the second quarter was $7.3 million.\n\n"
            "\f\n"
            "<PAGE>\n\n"
            "Long-term debt was $2.5 million at the end of the quarter.\n")
    joined = "\n".join(p.text for p in read_text(text).paragraphs)
    assert "<PAGE>" not in joined
    assert "Long-term debt was $2.5 million at the end of the quarter." in joined
    assert one(facts_of(text), "LongTermDebt").value == Decimal("2500000")


def test_sentence_across_a_form_feed() -> None:
    text = release("Revenue for the second quarter was $7.3 million. Net income for the quarter was\n"
                   "\f\n"
                   "$412,000, or $0.05 per diluted share.")
    found = facts_of(text)
    f = one(found, "NetIncomeLoss")
    assert f.value == Decimal("412000")
    assert f.source is not None and "$412,000" in text[f.source.start : f.source.end]
    assert one(found, "EarningsPerShareDiluted").value == Decimal("0.05")


def test_sentence_across_a_numbered_page_break() -> None:
    text = release("Revenue for the second quarter was $7.3 million. Net income for the quarter was\n"
                   "                               Page 1 of 3\n"
                   "\f\n"
                   "$412,000, or $0.05 per diluted share.")
    found = facts_of(text)
    assert one(found, "NetIncomeLoss").value == Decimal("412000")


def test_sentence_across_form_feed_and_page_tag() -> None:
    # EDGAR exhibits often mark a page break with a form feed followed by a <PAGE> tag
    text = release("Revenue for the second quarter was $7.3 million. Net income for the quarter was\n"
                   "\f\n"
                   "<PAGE>\n"
                   "$412,000, or $0.05 per diluted share.")
    paragraphs = [p.text for p in read_text(text).paragraphs]
    assert any("Net income for the quarter was $412,000, or $0.05 per diluted share." in p for p in paragraphs)
    assert one(facts_of(text), "NetIncomeLoss").value == Decimal("412000")


def test_sentence_across_page_tag_between_blank_lines() -> None:
    text = release("Revenue for the second quarter was $7.3 million. Net income for the quarter was\n"
                   "\n"
                   "<PAGE> 2\n"
                   "\n"
                   "$412,000, or $0.05 per diluted share.")
    paragraphs = [p.text for p in read_text(text).paragraphs]
    assert any("Net income for the quarter was $412,000, or $0.05 per diluted share." in p for p in paragraphs)
    assert one(facts_of(text), "NetIncomeLoss").value == Decimal("412000")


def test_paragraph_after_a_page_break_is_kept_apart() -> None:
    text = release("Revenue for the second quarter was $7.3 million.\n\f\nLong-term debt was $2.5 million at "
                   "the end of the quarter.")
    paragraphs = [p.text for p in read_text(text).paragraphs]
    assert "Revenue for the second quarter was $7.3 million." in paragraphs
    assert "Long-term debt was $2.5 million at the end of the quarter." in paragraphs


def test_crlf_input_gives_the_same_facts() -> None:
    body = ("Revenue for the second quarter was $7.3 million, compared to $6.1 million in the same quarter a\n"
            "year ago. Net income was $412,000, or $0.05 per diluted share.")
    lf = release(body)
    crlf = lf.replace("\n", "\r\n")
    assert summary(facts_of(crlf)) == summary(facts_of(lf))
    assert len(facts_of(crlf)) == 4
    doc = document_facts(crlf)
    assert doc["EntityRegistrantName"].value == "Halverson Labs Inc."


def test_cp1252_decodes() -> None:
    assert decode(b"\x93quoted\x94") == "\u201cquoted\u201d"
    assert decode(b"fiscal 2006 \x96 a record") == "fiscal 2006 \u2013 a record"
    assert decode(b"caf\xe9") == "caf\u00e9"
    assert decode(b"\x81\x8d") == "\x81\x8d"  # bytes cp1252 leaves undefined read as latin-1


def test_cp1252_release_converts() -> None:
    body = "Revenue for the second quarter was a \u201crecord\u201d $7.3 million \u2013 up 20%."
    data = release(body).encode("cp1252")
    assert b"\x93record\x94" in data
    found = facts_of(data)
    assert summary(found) == {("Revenues", Decimal("7300000"), Q2_2006)}
    assert document_facts(data.decode("cp1252"))["TradingSymbol"].value == "HALV"


def test_utf8_with_bom_converts() -> None:
    data = b"\xef\xbb\xbf" + release(REAL).encode("utf-8")
    assert summary(facts_of(data)) == {("Revenues", Decimal("7300000"), Q2_2006)}


@pytest.mark.parametrize("source", ["", b"", "   \n\n\t", b"\r\n\r\n"])
def test_empty_input_is_an_input_error(source: str | bytes) -> None:
    with pytest.raises(InputError):
        converter.convert(source)


@pytest.mark.parametrize(
    "source",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)),
        b"\x00\x01\x02\x03" * 100,
    ],
)
def test_binary_input_is_an_input_error(source: bytes) -> None:
    with pytest.raises(InputError):
        converter.convert(source)


# -- held-out lessons: comparisons, scales, bases ------------------------------------------------------------


def test_a_comparison_pairs_with_the_amounts_right_before_it() -> None:
    found = facts("For the second quarter, net sales increased 4% to $3,946 million, operating income increased 8% "
                  "to $971 million, and diluted earnings per share increased 11% to $3.06 compared to $2.75 in the "
                  "same quarter last year.")
    assert one(found, "EarningsPerShareDiluted", Q2_2005).value == Decimal("2.75")
    assert summary(found) == {
        ("Revenues", Decimal("3946000000"), Q2_2006), ("OperatingIncomeLoss", Decimal("971000000"), Q2_2006),
        ("EarningsPerShareDiluted", Decimal("3.06"), Q2_2006), ("EarningsPerShareDiluted", Decimal("2.75"), Q2_2005)}


def test_two_pairs_compared_in_order() -> None:
    found = facts("Revenue for the quarter was $10.2 million and net income was $2.1 million, compared to "
                  "$8.4 million and $1.5 million in the second quarter of 2005.")
    assert one(found, "Revenues", Q2_2005).value == Decimal("8400000")
    assert one(found, "NetIncomeLoss", Q2_2005).value == Decimal("1500000")


@pytest.mark.parametrize("body", [
    "Net loss for the quarter was $1,378.1.",  # the scale word lost: not $1,378.10
    "Revenue for the quarter was $4.75.",  # a price, not a company's revenue
    "Revenue for the quarter was $3.9 million, compared to $2.75 a year ago.",
])
def test_an_amount_unlike_a_company_total_is_no_total(body: str) -> None:
    assert [f for f in facts(body) if f.concept in ("Revenues", "NetIncomeLoss")] == [
        f for f in facts(body) if f.value == Decimal("3900000")]


def test_one_scale_word_for_both_periods() -> None:
    found = facts("For the first six months of 2006, net sales totaled $1,637 versus $1,792 million a year ago.")
    assert summary(found) == {("Revenues", Decimal("1637000000"), H1_2006),
                              ("Revenues", Decimal("1792000000"), H1_2005)}
    assert one(found, "Revenues", H1_2006).decimals == -6


@pytest.mark.parametrize("body", [
    "On a non-GAAP basis (as described and reconciled below), the Company posted a net loss of $785,000, or $(0.25) "
    "per diluted share, compared to a net loss of $808,000, or $(0.28) per diluted share, in the second quarter "
    "of 2005.",
    "Excluding special items, net income for the quarter was $5.1 million, or $0.42 per diluted share.",
    "On an operating basis, net income for the quarter rose to $5.1 million from $4.2 million a year ago.",
])
def test_a_sentence_on_another_basis_gives_no_fact(body: str) -> None:
    assert facts(body) == []


def test_a_basis_in_an_aside_qualifies_only_its_own_amount() -> None:
    found = facts("For the second quarter, reported net sales increased 4% to $3,946,000 (+6% on an underlying "
                  "basis), and net income increased 8% to $971,000.")
    assert summary(found) == {("Revenues", Decimal("3946000"), Q2_2006), ("NetIncomeLoss", Decimal("971000"), Q2_2006)}


def test_a_loss_from_continuing_operations_is_part_of_the_net_loss() -> None:
    found = facts("The net loss for the second quarter of $3,283,000 was comprised of a net loss of $2,481,000 from "
                  "continuing operations and a loss of $802,000 from discontinued operations.")
    assert summary(found) == {("NetIncomeLoss", Decimal("-3283000"), Q2_2006)}


def test_an_analysts_prediction_is_no_fact() -> None:
    found = facts("The net loss for the quarter of $0.48 per share compares with a loss of $0.58 per share "
                  "predicted by analysts.")
    assert Decimal("-0.58") not in values(found)


def test_where_the_company_is_based_is_not_its_name() -> None:
    head = HEAD.replace("-- Halverson Labs Inc.", "-- Maine-based Halverson Labs Inc.")
    report = converter.convert(release("Revenue for the quarter was $7.3 million.", head))
    assert one(list(report.facts), "EntityRegistrantName").value == "Halverson Labs Inc."


@pytest.mark.parametrize(("body", "expected"), [
    ("Net income attributable to Halverson Labs for the quarter was $5.1 million.", Decimal("5100000")),
    ("Net loss attributable to the Company was $19,000 for the quarter.", Decimal("-19000")),
    ("Net income attributable to Quillon Foods was $2.0 million.", None),  # another company's share
    ("Net income attributable to the segment was $2.0 million.", None),
])
def test_net_income_attributable_to_the_company(body: str, expected: Decimal | None) -> None:
    found = [f for f in facts(body) if f.concept == "NetIncomeLoss"]
    assert [f.value for f in found] == ([expected] if expected is not None else [])


def test_a_year_ago_belongs_to_its_own_amount_and_does_not_carry_on() -> None:
    # each "a year ago" goes back from the current period, never from the sentence before
    found = facts("For the quarter, the company posted net income of $1,470,568 against $493,712 a year ago. "
                  "Net income available to common shareholders was $1,420,568 against $442,601 a year ago.")
    assert summary(found) == {
        ("NetIncomeLoss", Decimal("1470568"), Q2_2006), ("NetIncomeLoss", Decimal("493712"), Q2_2005),
        ("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("1420568"), Q2_2006),
        ("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("442601"), Q2_2005)}


def test_a_per_share_amount_shares_the_period_of_the_amount_it_joins() -> None:
    found = facts("Net income for the most recent quarter at $208,715, or $0.20 per share, was more than double "
                  "the $103,137, or $0.09 per share, for the second quarter of 2005.")
    assert one(found, "EarningsPerShareBasicAndDiluted", Q2_2006).value == Decimal("0.20")
    assert one(found, "NetIncomeLoss", Q2_2006).value == Decimal("208715")


@pytest.mark.parametrize("body", [
    "Total revenues $ 6,512 $ 6,407 2 $ 19,263 $ 18,810 2",  # a table's row read as text: its scale is above it
    "For the 13 weeks ended June 30, 2006 and the 26 weeks ended June 30, 2006: |Total revenues |$150,210 |97 |.5 |",
    "Net income for the quarter was $660.",  # no company's net income: a figure in thousands that lost its scale
])
def test_amounts_that_are_no_sentences_figures(body: str) -> None:
    assert facts(body) == []


def test_a_months_sales_over_four_weeks_is_not_the_quarter() -> None:
    head = ("QUILLON FOODS CORP. REPORTS JANUARY SALES\n\nDUNMORE, Pa., February 3, 2005 -- Quillon Foods Corp. "
            "(NASDAQ: QFC) reported sales results today.\n\n")
    found = facts("Sales grew 9% to $242 million for the four weeks ended January 29, 2005. For the 13 weeks ended "
                  "January 29, 2005, sales increased 10% to $1.212 billion.", head)
    assert summary(found) == {
        ("Revenues", Decimal("242000000"), Period(D(2005, 1, 29), D(2005, 1, 2))),
        ("Revenues", Decimal("1212000000"), Period(D(2005, 1, 29), D(2004, 10, 31)))}


@pytest.mark.parametrize("body", [
    "Adjusted 2006 net income for the second quarter was $3.1 million.",
    "Adjusted second-quarter net income was $3.1 million.",
])
def test_a_period_between_a_narrowing_word_and_the_concept(body: str) -> None:
    assert facts(body) == []


def test_a_bullet_between_sentences_is_a_boundary() -> None:
    found = facts("\u2022 Revenue for the second quarter of 2006 was $7.3 million. \u2022 Second-quarter 2006 net "
                  "income was $1.2 million, or $0.10 per diluted share.")
    assert one(found, "NetIncomeLoss", Q2_2006).value == Decimal("1200000")


def test_per_share_in_a_comparison_keeps_the_sentences_qualifier() -> None:
    found = facts("Earnings per share, basic, for the second quarter of 2006 were 6 cents lower than second quarter "
                  "2005 earnings of 53 cents per share.")
    assert summary(found) == {("EarningsPerShareBasic", Decimal("0.53"), Q2_2005)}


Q4_HEAD = ("HALVERSON LABS INC. REPORTS RECORD 2006 RESULTS\n\n"
           "PORTVILLE, Maine, February 1, 2007 -- Halverson Labs Inc. (NASDAQ: HALV) announced today results "
           "for the fourth quarter and year ended December 31, 2006.\n\n")
Y2006 = Period(D(2006, 12, 31), D(2006, 1, 1))
Y2005 = Period(D(2005, 12, 31), D(2005, 1, 1))


def test_a_year_written_before_the_figures_is_their_period() -> None:
    found = facts("Halverson reported record 2006 operating income of $7.3 million, up 64%, on revenues of $27.3 "
                  "million versus $4.4 million of EBITDA on revenues of $26.2 million in 2005.", Q4_HEAD)
    assert summary(found) == {
        ("OperatingIncomeLoss", Decimal("7300000"), Y2006), ("Revenues", Decimal("27300000"), Y2006),
        ("Revenues", Decimal("26200000"), Y2005)}


def test_the_same_period_last_year_goes_back_from_the_period_its_sentence_names() -> None:
    # the release states only its six months' end; the sentence names the second quarter
    head = ("HALVERSON LABS INC. REPORTS SECOND QUARTER RESULTS\n\nPORTVILLE, Maine, July 20, 2006 -- Halverson Labs "
            "Inc. (NASDAQ: HALV) announced today its results for the six months ended June 30, 2006.\n\n")
    found = facts("Halverson today reported 2006 second quarter earnings of $4.1 million, or $0.06 per share, "
                  "compared to net income of $12.5 million, or $0.18 per share, for the same period last year.", head)
    # bare "earnings" with its per-share figure is net income (see test_bare_earnings_and_other_plain_wordings)
    assert summary(found) == {("NetIncomeLoss", Decimal("4100000"), Q2_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.06"), Q2_2006),
                              ("NetIncomeLoss", Decimal("12500000"), Q2_2005),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.18"), Q2_2005)}


def test_a_relative_clause_about_another_business() -> None:
    found = facts("On April 9, 2006, the Company completed its purchase of Aeroquip-Vickers, Inc. (A-V). A-V, which "
                  "had 2005 sales of $2.1 billion, makes hydraulic components.")
    assert found == []


def test_a_concept_named_after_before_qualifies_another() -> None:
    # "Earnings ... before income taxes were $547.5 million" is pre-tax earnings, not the tax
    found = facts("Earnings from consolidated companies before income taxes were $547.5 million for the quarter.")
    assert [f for f in found if f.concept == "IncomeTaxExpenseBenefit"] == []


@pytest.mark.parametrize(("body", "concept", "value"), [
    ("Basic and fully diluted earnings per share were $0.69 for the quarter.", "EarningsPerShareBasicAndDiluted",
     Decimal("0.69")),
    ("Net income attributable to common stock for the quarter was $0.7 million.",
     "NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("700000")),
    ("The net loss applicable to common stock for the quarter was $2.5 million.",
     "NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("-2500000")),
])
def test_more_names_of_the_same_concepts(body: str, concept: str, value: Decimal) -> None:
    assert summary(facts(body)) == {(concept, value, Q2_2006)}


def test_a_headline_word_before_the_name_is_not_the_name() -> None:
    head = ("HALVERSON LABS RAISES QUARTERLY CASH DIVIDEND TO $0.17 PER SHARE\nQuarterly Dividend of $0.17 Per Share\n"
            "Halverson Labs Inc. (NASDAQ: HALV) today reported results for the second quarter ended June 30, 2006.\n\n")
    report = converter.convert(release("Revenue for the quarter was $7.3 million.", head))
    assert one(list(report.facts), "EntityRegistrantName").value == "Halverson Labs Inc."


def test_a_quarter_for_a_fiscal_year_is_that_years_quarter() -> None:
    found = facts("Second quarter sales for fiscal 2006 were $54.9 million, compared to $60.1 million reported for "
                  "fiscal 2005.")
    assert summary(found) == {("Revenues", Decimal("54900000"), Q2_2006), ("Revenues", Decimal("60100000"), Q2_2005)}


def test_a_year_named_in_a_comparison_with_a_quarter_is_that_years_quarter() -> None:
    found = facts("Net loss for the quarter was $7.2 million, compared to net income of $0.7 million in 2005.")
    assert summary(found) == {("NetIncomeLoss", Decimal("-7200000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("700000"), Q2_2005)}


def test_a_change_over_the_prior_year_is_not_the_amounts_period() -> None:
    found = facts("Revenue of $4.1 million, a 68% increase over the prior year, and net income of $400,000 for the "
                  "year ended December 31, 2006.", Q4_HEAD)
    assert summary(found) == {("Revenues", Decimal("4100000"), Y2006), ("NetIncomeLoss", Decimal("400000"), Y2006)}


def test_a_year_a_sentence_compares_with_is_not_what_the_next_one_speaks_of() -> None:
    found = facts("For the full year 2006, revenues were $1,407.7 million. The company reported 2006 orders "
                  "of $23.5 million, compared to $282.5 million in 2005. Including unusual items, the company "
                  "reported a net loss of $41.7 million, compared to net income of $273.1 million in 2005.", Q4_HEAD)
    assert one(found, "NetIncomeLoss", Y2006).value == Decimal("-41700000")
    assert one(found, "NetIncomeLoss", Y2005).value == Decimal("273100000")


@pytest.mark.parametrize("body", [
    "Net income1 for the quarter was $5.1 million.",  # a footnote mark run into the phrase (a <sup> in HTML)
    "Net income(1) for the quarter was $5.1 million.",
])
def test_a_footnote_mark_on_the_concept_phrase(body: str) -> None:
    assert summary(facts(body)) == {("NetIncomeLoss", Decimal("5100000"), Q2_2006)}


def test_a_canadian_release_in_canadian_dollars() -> None:
    head = ("NORTHBAY MILLS LTD. REPORTS SECOND QUARTER RESULTS\n\n"
            "(All amounts are in Canadian dollars unless otherwise noted)\n\n"
            "HALIFAX, Nova Scotia, July 20, 2006 -- Northbay Mills Ltd. (TSX: NBM) announced today results\n"
            "for the second quarter ended June 30, 2006.\n\n")
    found = facts("Net income was $2.0 million, or 21 cents per diluted share, and revenues were $31.5 million.", head)
    assert {(f.concept, f.unit.short if f.unit else None) for f in found} == {
        ("NetIncomeLoss", "CAD"), ("EarningsPerShareDiluted", "CAD/shares"), ("Revenues", "CAD")}


RETAIL_HEAD = ("TAMSIN OUTFITTERS REPORTS FOURTH QUARTER RESULTS\n\n"
               "OAKVALE, Ohio, March 4, 2010 -- Tamsin Outfitters Inc. (NASDAQ: TMSN) today reported results for "
               "the 13 weeks ended January 30, 2010.\n\n")
Q4_FY09 = Period(D(2010, 1, 30), D(2009, 11, 1))
Q4_FY08 = Period(D(2009, 1, 31), D(2008, 11, 2))
FY09 = Period(D(2010, 1, 30), D(2009, 2, 1))


def test_a_period_counted_in_weeks() -> None:
    found = facts("Net income for the 13-week period was $10.2 million.", RETAIL_HEAD)
    assert summary(found) == {("NetIncomeLoss", Decimal("10200000"), Q4_FY09)}


def test_a_period_of_a_few_weeks_is_no_quarter() -> None:
    found = facts("Comparing the four weeks of fiscal January 2010 with the five weeks of fiscal January 2009, "
                  "total net sales decreased 7.1% to $31.3 million from $33.7 million.", RETAIL_HEAD)
    assert not found


def test_a_period_named_again_in_parentheses() -> None:
    found = facts("Total net sales for the 52 weeks ended January 30, 2010 (fiscal year 2009) increased 6.2% to "
                  "$412.5 million.", RETAIL_HEAD)
    assert summary(found) == {("Revenues", Decimal("412500000"), FY09)}


def test_two_periods_side_by_side_before_the_figure_name_neither() -> None:
    found = facts("Comparing the 13 weeks of the fourth quarter of fiscal year 2009 with the 13 weeks of the fourth "
                  "quarter of fiscal year 2008, total net sales increased 4.1% to $131.7 million from $126.5 million.",
                  RETAIL_HEAD)
    assert Decimal("131700000") not in values(found)
    # the figure compared with is the prior year's, whichever period the sentence named first
    assert summary(found) <= {("Revenues", Decimal("126500000"), Q4_FY08)}


def test_per_share_figure_in_parentheses_after_its_net_income() -> None:
    found = facts("Net income for the quarter was $12.0 million ($1.21 fully diluted earnings per common share).")
    assert summary(found) == {("NetIncomeLoss", Decimal("12000000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("1.21"), Q2_2006)}


def test_a_per_share_phrase_after_the_amount_names_earnings() -> None:
    found = facts("The company reported $1.21 diluted earnings per share for the quarter.")
    assert summary(found) == {("EarningsPerShareDiluted", Decimal("1.21"), Q2_2006)}
    assert not facts("Results included $0.30 diluted earnings per share of charges.")
    assert not facts("The quarter included a charge of $12 million, or $0.30 diluted earnings per share.")


def test_an_unqualified_per_share_figure_that_another_sentence_qualifies() -> None:
    same = facts("Net earnings per share were $1.21. Net income was $12.0 million, or $1.21 per diluted share.")
    assert {f.concept for f in same if f.value == Decimal("1.21")} == {"EarningsPerShareDiluted"}
    other = facts("Net income was $12.0 million, or $1.14 per share. Diluted earnings per share for the quarter "
                  "were $0.97.")
    assert one(other, "EarningsPerShareBasic").value == Decimal("1.14")
    assert one(other, "EarningsPerShareDiluted").value == Decimal("0.97")


def test_a_year_written_with_an_apostrophe_is_not_the_current_year() -> None:
    found = facts("Net income for the quarter rose to $775,000 versus $548,000 in fiscal year '93.")
    assert ("NetIncomeLoss", Decimal("548000"), H1_2006) not in summary(found)
    assert {f.period for f in found if f.value == Decimal("548000")} <= {Q2_2005}


def test_a_sentence_that_opens_on_year_speaks_of_the_year() -> None:
    head = ("VELLACOR INC. REPORTS FOURTH QUARTER RESULTS\n\nBRISTOL, Conn., February 3, 1997 -- Vellacor Inc. "
            "(NYSE: VLC) today reported results for the fourth quarter ended December 31, 1996.\n\n")
    found = facts("Net income for the quarter was $14.2 million. Year revenues were $352.6 million.", head)
    assert one(found, "Revenues").period == Period(D(1996, 12, 31), D(1996, 1, 1))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # -- other ways to name and compare a figure
        ("Net income applicable to the company was $67.1 million, or $1.47 per diluted share.",
         {("NetIncomeLoss", Decimal("67100000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("1.47"), Q2_2006)}),
        ("Income per diluted share was $0.12 against $0.02 in the second quarter of 2005.",
         {("EarningsPerShareDiluted", Decimal("0.12"), Q2_2006),
          ("EarningsPerShareDiluted", Decimal("0.02"), Q2_2005)}),
        ("Operating revenues were $1.2 billion, compared with $1.1 billion a year ago.",
         {("Revenues", Decimal("1200000000"), Q2_2006), ("Revenues", Decimal("1100000000"), Q2_2005)}),
        ("Net earnings were $130.1 million, down 2 percent from net earnings of $127.9 million a year earlier.",
         {("NetIncomeLoss", Decimal("130100000"), Q2_2006), ("NetIncomeLoss", Decimal("127900000"), Q2_2005)}),
        # the period after a compared amount is that amount's, not the first amount's
        ("Revenue was $50 million, up 10% over revenue of $45 million in the second quarter of 2005.",
         {("Revenues", Decimal("50000000"), Q2_2006), ("Revenues", Decimal("45000000"), Q2_2005)}),
        # the period right after an amount is that amount's, not the next one's
        ("The company announced revenue of $7.84 million for the quarter ended June 30, 2006, an 8 percent increase "
         "over revenue of $7.25 million for the same period in the prior year.",
         {("Revenues", Decimal("7840000"), Q2_2006), ("Revenues", Decimal("7250000"), Q2_2005)}),
        ("Net earnings attributable to the company were $62.8 million against net earnings attributable to the "
         "company of $62.3 million a year ago.",
         {("NetIncomeLoss", Decimal("62800000"), Q2_2006), ("NetIncomeLoss", Decimal("62300000"), Q2_2005)}),
        # a new subject with its verb ends the comparison before it (here without the "and" it lost)
        ("Net income increased 34 percent to $12.9 million from $9.6 million in 2005 an income per share increased "
         "to $2.00 from $1.50 in 2005.",
         {("NetIncomeLoss", Decimal("12900000"), Q2_2006), ("NetIncomeLoss", Decimal("9600000"), Q2_2005),
          ("EarningsPerShareBasicAndDiluted", Decimal("2.00"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("1.50"), Q2_2005)}),
        ("Diluted earnings per share were $0.08, compared to $0.19 in the first quarter of 2006, which "
         "excluded severance charges.", {("EarningsPerShareDiluted", Decimal("0.08"), Q2_2006)}),
        # a past period a sentence without figures names is not what the next one speaks of
        ("Backlog rose in the second quarter of 2004. Net income was $8.1 million.",
         {("NetIncomeLoss", Decimal("8100000"), Q2_2006)}),
        ("Net cash provided by operating activities was $37.5 million against net cash used in operating "
         "activities of $3.3 million a year ago.",
         {("NetCashProvidedByUsedInOperatingActivities", Decimal("37500000"), Q2_2006),
          ("NetCashProvidedByUsedInOperatingActivities", Decimal("-3300000"), Q2_2005)}),
        # -- pro forma figures are left out, and only they
        ("Net earnings were $11.7 million, or $0.41 per diluted share, compared with pro forma net earnings of "
         "$11.1 million, or $0.39 per diluted share, a year ago.",
         {("NetIncomeLoss", Decimal("11700000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.41"), Q2_2006)}),
        ("Net income was $4.0 million, compared with $3.0 million on a pro forma basis last year.",
         {("NetIncomeLoss", Decimal("4000000"), Q2_2006)}),
        ("Pro forma net income was $5.0 million.", set()),
        ("On a pro forma basis, net income was $5.0 million.", set()),
        ("Net income, on a pro forma basis, was $5.0 million.", set()),
        ("Had the merger closed on January 1, net income would have been $5.0 million.", set()),
        # -- bare "earnings" and other plain wordings
        # bare "earnings" is net income when its per-share figure is joined to it
        ("Earnings for the quarter were $43,270,000, equal to 34 cents per share.",
         {("NetIncomeLoss", Decimal("43270000"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("0.34"), Q2_2006)}),
        ("The company reported earnings of $1.53 million, or $2.07 per share, compared with earnings of $1.47 million, "
         "or $2.03 per share, in the second quarter of 2005.",
         {("NetIncomeLoss", Decimal("1530000"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("2.07"), Q2_2006),
          ("NetIncomeLoss", Decimal("1470000"), Q2_2005),
          ("EarningsPerShareBasicAndDiluted", Decimal("2.03"), Q2_2005)}),
        ("Earnings were $5.2 million.", set()),
        ("Operating earnings were $5.2 million, or $0.50 per share.", set()),
        # what "earnings" compares with says what it is
        ("For the quarter, earnings before an extraordinary item totaled $170.8 million, or $1.50 per share, compared "
         "to earnings of $101.2 million, or $1.11 per share, a year ago.", set()),
        ("Second quarter diluted earnings were $.34 per share.",
         {("EarningsPerShareDiluted", Decimal("0.34"), Q2_2006)}),
        ("Sales were $290.1 million compared to last year's $309.7 million.",
         {("Revenues", Decimal("290100000"), Q2_2006), ("Revenues", Decimal("309700000"), Q2_2005)}),
        # -- comparisons, periods and subjects
        # the quarter just before
        ("Net income was $8.3 million, compared to net income of $8.1 million for the prior quarter.",
         {("NetIncomeLoss", Decimal("8300000"), Q2_2006), ("NetIncomeLoss", Decimal("8100000"), Q1_2006)}),
        ("This compares with net income of $3.4 million for the immediately preceding quarter.",
         {("NetIncomeLoss", Decimal("3400000"), Q1_2006)}),
        # a term the release defines
        ('Net income was $8.3 million and diluted earnings per common share ("EPS") of $0.41, compared to net '
         "income of $7.6 million and EPS of $0.37 for the second quarter of 2005.",
         {("NetIncomeLoss", Decimal("8300000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.41"), Q2_2006),
          ("NetIncomeLoss", Decimal("7600000"), Q2_2005), ("EarningsPerShareDiluted", Decimal("0.37"), Q2_2005)}),
        # the controlling and noncontrolling interests together; the compared figure's measure is unsettled
        ("Net income attributable to the controlling and noncontrolling interests for the quarter was $18.6 "
         "million, compared with net income of $15.2 million in the second quarter of 2005.",
         {("ProfitLoss", Decimal("18600000"), Q2_2006)}),
        ("Net income was $4.6 million or $0.29 per diluted share for the second quarter in 2006.",
         {("NetIncomeLoss", Decimal("4600000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.29"), Q2_2006)}),
        ("Net income was $19.4 million for the year 2005.", {("NetIncomeLoss", Decimal("19400000"), FY_2005)}),
        ("Net loss for the fiscal second quarter in 2006 was $3.1 million, compared to $2.0 million in last "
         "year\u2019s fiscal second quarter.",
         {("NetIncomeLoss", Decimal("-3100000"), Q2_2006), ("NetIncomeLoss", Decimal("-2000000"), Q2_2005)}),
        # a new subject after a period phrase ends the comparison before it
        ("Net income in 2005 was $212 million compared to $187 million in 2004 and revenues in the second quarter "
         "of 2006 were $1.1 billion compared to $0.9 billion in the second quarter of 2005.",
         {("NetIncomeLoss", Decimal("212000000"), FY_2005),
          ("NetIncomeLoss", Decimal("187000000"), Period(D(2004, 12, 31), D(2004, 1, 1))),
          ("Revenues", Decimal("1100000000"), Q2_2006), ("Revenues", Decimal("900000000"), Q2_2005)}),
        # a period after percentages dates the changes
        ("Revenues were $2.14 billion, with net income growing to $411 million, representing increases of 8% and "
         "12% respectively on the corresponding period a year ago.",
         {("Revenues", Decimal("2140000000"), Q2_2006), ("NetIncomeLoss", Decimal("411000000"), Q2_2006)}),
        # the comparison's year holds for the periods it names
        ("The net loss for the second quarter was $2.1 million as compared with the prior year net loss of $1.4 "
         "million for the second quarter and a net loss of $0.7 million for the first half.",
         {("NetIncomeLoss", Decimal("-2100000"), Q2_2006), ("NetIncomeLoss", Decimal("-1400000"), Q2_2005),
          ("NetIncomeLoss", Decimal("-700000"), H1_2005)}),
        # figures before or without charges, wherever the clause says so
        ("Net income was $1.6 million for the quarter prior to a restructuring charge of $2.3 million.", set()),
        ("Net income was $21.5 million, a 22 percent increase over net income of $17.6 million, $1.19 per share, "
         "for the same period a year ago, which excludes the effect of a patent settlement.",
         {("NetIncomeLoss", Decimal("21500000"), Q2_2006)}),
        # "over" compares only what stands right after it
        ("Revenue was $4.1 million, a 68% increase over the prior year, and net income of $400,000 for the "
         "quarter ended June 30, 2006.",
         {("Revenues", Decimal("4100000"), Q2_2006), ("NetIncomeLoss", Decimal("400000"), Q2_2006)}),
        ("Net income rose 48 percent to $6.1 million over net income of $4.1 million for the second quarter of "
         "2005.",
         {("NetIncomeLoss", Decimal("6100000"), Q2_2006), ("NetIncomeLoss", Decimal("4100000"), Q2_2005)}),
        ("Net income was $7.3 million, an increase of 3.5% over the $7.1 million net income from continuing "
         "operations reported for the same period last year.", {("NetIncomeLoss", Decimal("7300000"), Q2_2006)}),
        ("Net income attributable to Halverson Labs, Inc. for the second quarter was $2.8 million.",
         {("NetIncomeLoss", Decimal("2800000"), Q2_2006)}),
        ("Halverson Labs Inc. and its subsidiary Halverson Bank today announced net income of $1.8 million.",
         {("NetIncomeLoss", Decimal("1800000"), Q2_2006)}),
        ("Q2-2006 diluted earnings per share (EPS) increased 36 per cent to $1.03 from diluted EPS of $0.76 for "
         "the second quarter of 2005.",
         {("EarningsPerShareDiluted", Decimal("1.03"), Q2_2006),
          ("EarningsPerShareDiluted", Decimal("0.76"), Q2_2005)}),
        ("\u2022 Net sales increased 3.4% to $84.6 million. \u2022 EBITDA was $2.9 million compared with $5.3 "
         "million in the second quarter of 2005.", {("Revenues", Decimal("84600000"), Q2_2006)}),
        ("The chairman pointed to the fact that the two products brought in revenues of $61 million.", set()),
        # "lost" with its per-share figure is a net loss
        ("The company said it lost $215.1 million, or $3.45 per share, in the second quarter.",
         {("NetIncomeLoss", Decimal("-215100000"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("-3.45"), Q2_2006)}),
        ("Shares lost $2.10, or 5%, to $40.", set()),
        ("The Widget segment lost $5.0 million, or $0.10 per share.", set()),
        ("The net loss was $2.1 million, or a 64 cents loss per common share.",
         {("NetIncomeLoss", Decimal("-2100000"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("-0.64"), Q2_2006)}),
        ("Net income attributable to the common shareholders for the quarter of $1.7 million, or $0.12 per basic "
         "and diluted share, reflects the ownership.",
         {("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("1700000"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("0.12"), Q2_2006)}),
        ("Diluted earnings per share were $1.45, compared to $1.33 per diluted share a year ago.",
         {("EarningsPerShareDiluted", Decimal("1.45"), Q2_2006),
          ("EarningsPerShareDiluted", Decimal("1.33"), Q2_2005)}),
        ("Net income was $5.0 million, compared to a dividend of $0.33 per share a year ago.",
         {("NetIncomeLoss", Decimal("5000000"), Q2_2006)}),
        ("The net loss was $5.3 million, or ($0.10) per share, basic and fully diluted.",
         {("NetIncomeLoss", Decimal("-5300000"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("-0.10"), Q2_2006)}),
        # -- changes, exclusions and per-share figures
        ("The company's Stride Outlet chain pulled in sales of $201.3 million in the quarter.", set()),
        # a change, not a level
        ("The restatements lowered previously reported operating income by $4.6 million, net income by $2.9 million "
         "and diluted earnings per share by $0.27.", set()),
        ("When those costs are excluded, net earnings for the quarter were $38 million, or $0.16 per share.", set()),
        # (each figure of the list by its place: the million-scale one is never the per-share one)
        ("Net income available to common and diluted earnings per share for the quarter were $18.3 million and $.61 "
         "respectively.", {("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("18300000"), Q2_2006),
                           ("EarningsPerShareDiluted", Decimal("0.61"), Q2_2006)}),
        ("Halverson's net loss on a GAAP basis was $3.2 million, or $0.11 per share, for the second quarter of 2006.",
         {("NetIncomeLoss", Decimal("-3200000"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("-0.11"), Q2_2006)}),
        ("Net loss was $3,812,000, or $0.05 (C$0.06) per share.",
         {("NetIncomeLoss", Decimal("-3812000"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("-0.05"), Q2_2006)}),
        ("Diluted earnings per share for the quarter increased 18.2 percent to $1.17 before an accounting change.",
         set()),
        # the year to date runs from the fiscal year's start, never the quarter alone
        ("Net income for the quarter was $1.2 million. Year to date, net income was $2.983 million or $.95 per "
         "fully diluted share.",
         {("NetIncomeLoss", Decimal("1200000"), Q2_2006), ("NetIncomeLoss", Decimal("2983000"), H1_2006),
          ("EarningsPerShareDiluted", Decimal("0.95"), H1_2006)}),
        ("Diluted earnings per share of $2.35 increased 21 percent from 2005 and net income rose 19 percent to $612 "
         "million.",
         {("EarningsPerShareDiluted", Decimal("2.35"), Q2_2006), ("NetIncomeLoss", Decimal("612000000"), Q2_2006)}),
        # words right after a per-share figure qualify it
        ("Net income for the second quarter was $4,210,000 or $.52 per share ($.47 diluted) compared with "
         "$3,880,000 or $.49 per share ($.44 diluted) last year.",
         {("NetIncomeLoss", Decimal("4210000"), Q2_2006), ("EarningsPerShareBasic", Decimal("0.52"), Q2_2006),
          ("EarningsPerShareDiluted", Decimal("0.47"), Q2_2006), ("NetIncomeLoss", Decimal("3880000"), Q2_2005),
          ("EarningsPerShareBasic", Decimal("0.49"), Q2_2005), ("EarningsPerShareDiluted", Decimal("0.44"), Q2_2005)}),
        ("Net income for the quarter was $612,400, or $0.15 per share on 4,102,000 diluted weighted average shares "
         "outstanding.",
         {("NetIncomeLoss", Decimal("612400"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.15"), Q2_2006)}),
        # an exclusion after the figure's per-share partner, or without a comma, still excludes
        ("Net income for the quarter was $2.4 million, or $0.09 per diluted share, compared with $2.1 million, or "
         "$0.08 per diluted share, before special items in the year-ago quarter.",
         {("NetIncomeLoss", Decimal("2400000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.09"), Q2_2006)}),
        ("Net income for the six months was $1,804,300, compared to $1,655,900 for the six months ended June 30, "
         "2005 which excludes $250,000 received in a lawsuit settlement.",
         {("NetIncomeLoss", Decimal("1804300"), H1_2006)}),
        # "respectively": each figure of a list is the phrase, or the period, in its place
        ("Revenues and net income for the quarter were $120.5 million and $12.1 million, respectively, compared with "
         "$110.2 million and $10.3 million in the second quarter of 2005.",
         {("Revenues", Decimal("120500000"), Q2_2006), ("NetIncomeLoss", Decimal("12100000"), Q2_2006),
          ("Revenues", Decimal("110200000"), Q2_2005), ("NetIncomeLoss", Decimal("10300000"), Q2_2005)}),
        ("Revenues, net income and diluted EPS were $120.5 million, $12.1 million and $0.45, respectively.",
         {("Revenues", Decimal("120500000"), Q2_2006), ("NetIncomeLoss", Decimal("12100000"), Q2_2006),
          ("EarningsPerShareDiluted", Decimal("0.45"), Q2_2006)}),
        ("Basic and diluted earnings per share were $0.46 and $0.45, respectively.",
         {("EarningsPerShareBasic", Decimal("0.46"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.45"), Q2_2006)}),
        ("Net loss and loss per share were $5.2 million and $0.12, respectively, compared with $3.1 million and $0.08 "
         "a year ago.",
         {("NetIncomeLoss", Decimal("-5200000"), Q2_2006), ("NetIncomeLoss", Decimal("-3100000"), Q2_2005),
          ("EarningsPerShareBasicAndDiluted", Decimal("-0.12"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("-0.08"), Q2_2005)}),
        ("For the second quarter and six months, revenues were $120.5 million and $230.1 million, respectively.",
         {("Revenues", Decimal("120500000"), Q2_2006), ("Revenues", Decimal("230100000"), H1_2006)}),
        ("Net income for the three and six months ended June 30, 2006 was $12.1 million and $20.2 million, "
         "respectively, compared with $10.3 million and $18.0 million for the same periods last year.",
         {("NetIncomeLoss", Decimal("12100000"), Q2_2006), ("NetIncomeLoss", Decimal("20200000"), H1_2006),
          ("NetIncomeLoss", Decimal("10300000"), Q2_2005), ("NetIncomeLoss", Decimal("18000000"), H1_2005)}),
        ("Net income for the second quarter of 2006 and 2005 was $12.1 million and $10.3 million, respectively.",
         {("NetIncomeLoss", Decimal("12100000"), Q2_2006), ("NetIncomeLoss", Decimal("10300000"), Q2_2005)}),
        ("Diluted earnings per share were $0.45 and $0.81 for the quarter and first half, respectively.",
         {("EarningsPerShareDiluted", Decimal("0.45"), Q2_2006),
          ("EarningsPerShareDiluted", Decimal("0.81"), H1_2006)}),
        ("Net loss applicable to common stock for the first six months of 2006 was $6.0 million, or $0.60 per share, "
         "compared to $5.0 million, or $0.50 per share, for the first six months of 2005.",
         {("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("-6000000"), H1_2006),
          ("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("-5000000"), H1_2005),
          ("EarningsPerShareBasicAndDiluted", Decimal("-0.60"), H1_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("-0.50"), H1_2005)}),
        ("Net income for the quarters ended June 30, 2006 and 2005 was $12.1 million and $10.3 million, respectively.",
         {("NetIncomeLoss", Decimal("12100000"), Q2_2006), ("NetIncomeLoss", Decimal("10300000"), Q2_2005)}),
        ("Revenues were $230.1 million and $210.0 million for the six-month periods ended June 30, 2006 and 2005, "
         "respectively.",
         {("Revenues", Decimal("230100000"), H1_2006), ("Revenues", Decimal("210000000"), H1_2005)}),
        # a list that pairs neither phrases nor periods one to one is not guessed at
        ("Revenues and net income were $120.5 million and $12.1 million for the quarter and six months, "
         "respectively.", set()),
        ("Net income was $12.1 million and $20.2 million, up 9% and 12%, respectively.", set()),
        ("Basic and diluted earnings per share for the quarter and six months were $0.46 and $0.81, respectively.",
         set()),
        # the change on the way to the level: "increased $X, or N%, to $Y"
        ("Net sales increased $4.2 million, or 12.5 percent, to $37.8 million from $33.6 million in the second "
         "quarter of 2005.",
         {("Revenues", Decimal("37800000"), Q2_2006), ("Revenues", Decimal("33600000"), Q2_2005)}),
        ("Net loss decreased by $1.2 million to $3.4 million, or $0.21 per share.",
         {("NetIncomeLoss", Decimal("-3400000"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("-0.21"), Q2_2006)}),
        ("Diluted earnings per share rose $0.05 to $0.45.", {("EarningsPerShareDiluted", Decimal("0.45"), Q2_2006)}),
        ("Net income increased $2.1 million, or 16%.", set()),
        # "net income ... was $X per share": earnings per share, with the period or the change between
        ("Net income for the six months ended June 30, 2006, was $1.41 per share, and net income for the second "
         "quarter of 2006 was $.66 per share, compared with $.52 per share for the year-ago quarter.",
         {("EarningsPerShareBasicAndDiluted", Decimal("1.41"), H1_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("0.66"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("0.52"), Q2_2005)}),
        ("Adjusted net income for the second quarter of 2006 was $.71 per share.", set()),
        ("For the quarter, net income increased to $2.7 million, and earnings rose 18.0% to $0.36 on a fully diluted "
         "per share basis.",
         {("NetIncomeLoss", Decimal("2700000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.36"), Q2_2006)}),
        # the measure in parentheses after the per-share figure it leads to
        ("Net income for the six months ended June 30, 2006, was $2.41 per share ($118 million), compared with $2.05 "
         "per share ($101 million) for the same period a year ago.",
         {("EarningsPerShareBasicAndDiluted", Decimal("2.41"), H1_2006),
          ("NetIncomeLoss", Decimal("118000000"), H1_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("2.05"), H1_2005),
          ("NetIncomeLoss", Decimal("101000000"), H1_2005)}),
        ("The net loss for the second quarter was $.12 per share ($3.1 million).",
         {("EarningsPerShareBasicAndDiluted", Decimal("-0.12"), Q2_2006),
          ("NetIncomeLoss", Decimal("-3100000"), Q2_2006)}),
        ("Net income available to common shareholders per diluted share was $0.41 in the second quarter 2006 compared "
         "with $0.39 in the second quarter 2005.",
         {("EarningsPerShareDiluted", Decimal("0.41"), Q2_2006),
          ("EarningsPerShareDiluted", Decimal("0.39"), Q2_2005)}),
        # our own name's possessive between a phrase and its figure
        ("Net sales for Halverson's second quarter, ended June 30, 2006, were $61.4 million.",
         {("Revenues", Decimal("61400000"), Q2_2006)}),
        ("Net sales for Corvin's second quarter were $61.4 million.", set()),
        ("Total revenue was $176.3 million for the year to date ended June 30, 2006, compared to $170.9 million for "
         "the year-to-date period ended June 30, 2005.",
         {("Revenues", Decimal("176300000"), H1_2006), ("Revenues", Decimal("170900000"), H1_2005)}),
        ("Halverson reported second quarter FY 2006 net sales of $52,700,000, an increase of 3% as compared to "
         "$51,200,000 in the same period of the prior fiscal year.",
         {("Revenues", Decimal("52700000"), Q2_2006), ("Revenues", Decimal("51200000"), Q2_2005)}),
        ("Net income was $0.6 million, or $0.03 per diluted share, compared to a net loss of $0.5 million, or negative "
         "$0.02 per diluted share, for the second quarter of 2005.",
         {("NetIncomeLoss", Decimal("600000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.03"), Q2_2006),
          ("NetIncomeLoss", Decimal("-500000"), Q2_2005), ("EarningsPerShareDiluted", Decimal("-0.02"), Q2_2005)}),
        ("For the six months, revenues increased 6.1% to $347.5 million compared to $327.5 million for the 2005 "
         "fiscal year.", {("Revenues", Decimal("347500000"), H1_2006), ("Revenues", Decimal("327500000"), FY_2005)}),
        ("Net income before tax adjustments was $6.3 million or $0.24 per share, compared to a net income of $2.4 "
         "million or $0.13 per share, for the same quarter last year.", set()),
        ("Net earnings for the second quarter of 2006 were $11.4 million or $0.83 per share, on a fully diluted basis.",
         {("NetIncomeLoss", Decimal("11400000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.83"), Q2_2006)}),
        ("Net sales for the first six months of 2006 were $94,115,000 compared to $88,430,000 in 2005. Net income "
         "during the same period was $3,822,000 compared to $3,514,000 in 2005.",
         {("Revenues", Decimal("94115000"), H1_2006), ("Revenues", Decimal("88430000"), H1_2005),
          ("NetIncomeLoss", Decimal("3822000"), H1_2006), ("NetIncomeLoss", Decimal("3514000"), H1_2005)}),
        ("Net income and diluted net income per share were $9.8 million and $0.36, respectively. These items "
         "decreased diluted net income per share by approximately $0.07.",
         {("NetIncomeLoss", Decimal("9800000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.36"), Q2_2006)}),
        ("For the second quarter of 2006, net income attributable to Halverson Labs Inc. shareholders was $21.4 "
         "million or $0.53 per diluted share.",
         {("NetIncomeLoss", Decimal("21400000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.53"), Q2_2006)}),
        ("Halverson reported net income of $2,310,000 or $0.57 per share (fully dilutive, $0.55 per share) for the "
         "second quarter of 2006.",
         {("NetIncomeLoss", Decimal("2310000"), Q2_2006), ("EarningsPerShareBasic", Decimal("0.57"), Q2_2006),
          ("EarningsPerShareDiluted", Decimal("0.55"), Q2_2006)}),
        ("Net earnings for the first six months of 2006 were $6.8 million, or $.14 per share, compared to a loss of "
         "$2.7 million, or $.05 per share, the year before.",
         {("NetIncomeLoss", Decimal("6800000"), H1_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.14"), H1_2006),
          ("NetIncomeLoss", Decimal("-2700000"), H1_2005),
          ("EarningsPerShareBasicAndDiluted", Decimal("-0.05"), H1_2005)}),
        ("Gross profit narrowed $1.9 million to $3.2 million, and the net loss narrowed to $0.8 million.",
         {("GrossProfit", Decimal("3200000"), Q2_2006), ("NetIncomeLoss", Decimal("-800000"), Q2_2006)}),
        # the level a change came from, then the one it reached: "increased from $X to $Y"
        ("Net income increased 35% from $3.1 million to $4.2 million, and diluted earnings per share rose from "
         "$0.38 per share to $0.45 per share.",
         {("NetIncomeLoss", Decimal("3100000"), Q2_2005), ("NetIncomeLoss", Decimal("4200000"), Q2_2006),
          ("EarningsPerShareDiluted", Decimal("0.38"), Q2_2005),
          ("EarningsPerShareDiluted", Decimal("0.45"), Q2_2006)}),
        ("Revenues for the first six months of 2006 grew from $48.0 million in the same period of 2005 to "
         "$52.3 million.",
         {("Revenues", Decimal("48000000"), H1_2005), ("Revenues", Decimal("52300000"), H1_2006)}),
        ("Revenues rose from $48.0 million in the first quarter to $52.3 million.",
         {("Revenues", Decimal("48000000"), Q1_2006), ("Revenues", Decimal("52300000"), Q2_2006)}),
        ("The net loss narrowed from $5.1 million to $3.2 million.",
         {("NetIncomeLoss", Decimal("-5100000"), Q2_2005), ("NetIncomeLoss", Decimal("-3200000"), Q2_2006)}),
        # a balance's earlier level only with a date of its own
        ("Long-term debt decreased from $120.0 million to $100.0 million.",
         {("LongTermDebt", Decimal("100000000"), Period(D(2006, 6, 30)))}),
        ("Long-term debt decreased from $120.0 million at December 31, 2005 to $100.0 million.",
         {("LongTermDebt", Decimal("120000000"), Period(D(2005, 12, 31))),
          ("LongTermDebt", Decimal("100000000"), Period(D(2006, 6, 30)))}),
        # a range is no change, and a narrowed figure's change stays out
        ("Net income ranged from $3.1 million to $4.2 million in the last four quarters.", set()),
        ("International revenues increased from $8.1 million to $9.4 million.", set()),
        # the kind of a per-share figure named right after "per share"
        ("Net income was $41 million, or $0.52 per share - diluted, on net sales of $310 million.",
         {("NetIncomeLoss", Decimal("41000000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.52"), Q2_2006),
          ("Revenues", Decimal("310000000"), Q2_2006)}),
        ("Net income was $18.2 million, or $1.44 per share (diluted), compared to $15.1 million, or $1.19 per share, "
         "a year ago.",
         {("NetIncomeLoss", Decimal("18200000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("1.44"), Q2_2006),
          ("NetIncomeLoss", Decimal("15100000"), Q2_2005),
          ("EarningsPerShareBasicAndDiluted", Decimal("1.19"), Q2_2005)}),
        ("Net income was $4.1 million, or $0.31 per share (fully diluted).",
         {("NetIncomeLoss", Decimal("4100000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.31"), Q2_2006)}),
        ("Earnings were $0.47 per share, basic, for the quarter.",
         {("EarningsPerShareBasic", Decimal("0.47"), Q2_2006)}),
        # a bare "per share" after both kinds is the kind of the phrase leading it, unless both lead it together
        ("Basic earnings per share increased 18% to $0.59 per share from $0.50 per share while fully diluted earnings "
         "per share rose 17% to $0.57 per share from $0.49 per share.",
         {("EarningsPerShareBasic", Decimal("0.59"), Q2_2006), ("EarningsPerShareBasic", Decimal("0.50"), Q2_2005),
          ("EarningsPerShareDiluted", Decimal("0.57"), Q2_2006),
          ("EarningsPerShareDiluted", Decimal("0.49"), Q2_2005)}),
        ("Basic earnings per share and fully diluted earnings per share increased 25% to $0.20 per share from $0.16 "
         "per share.",
         {("EarningsPerShareBasicAndDiluted", Decimal("0.20"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("0.16"), Q2_2005)}),
        ("Net losses for the second quarter of 2006 were $418,000 or 4 cents per diluted share.",
         {("NetIncomeLoss", Decimal("-418000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("-0.04"), Q2_2006)}),
        ("Earnings per share (basic and diluted) increased 10% to $1.63.",
         {("EarningsPerShareBasicAndDiluted", Decimal("1.63"), Q2_2006)}),
        ("Net income was $5.1 million, or $0.19 diluted per share.",
         {("NetIncomeLoss", Decimal("5100000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.19"), Q2_2006)}),
        # a narrowed or included per-share figure is no earnings per share
        ("The company also reported adjusted earnings of 52 cents per share for the second quarter.", set()),
        ("Net income for the first six months of 2005 includes income of $.31 per diluted share related to "
         "insurance recoveries.", set()),
        ("Net income was $42 million, or $0.81 per common share on a diluted basis.",
         {("NetIncomeLoss", Decimal("42000000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.81"), Q2_2006)}),
        ("Net income was $1.2 million, or diluted and basic earnings per share of $.14.",
         {("NetIncomeLoss", Decimal("1200000"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal(".14"), Q2_2006)}),
        ("The Company\u2019s net income for the quarter was $3.2 million.",
         {("NetIncomeLoss", Decimal("3200000"), Q2_2006)}),
        # "the year-ago second quarter" goes back a year; "the first quarter" after it does not
        ("Net income was $1.2 million, compared to $1.5 million in the year-ago second quarter and down 50% from "
         "net income of $2.4 million in the first quarter.",
         {("NetIncomeLoss", Decimal("1200000"), Q2_2006), ("NetIncomeLoss", Decimal("1500000"), Q2_2005),
          ("NetIncomeLoss", Decimal("2400000"), Q1_2006)}),
        ("Net sales for the six months decreased by 14% or $41,250; from approximately $0.29 million in 2005 to "
         "approximately $0.25 million in 2006.", set()),
        # "from break even in the second quarter of 2005": that period is the comparison's, not the figure's
        ("Net income increased to $2.7 million from break even in the second quarter of 2005.",
         {("NetIncomeLoss", Decimal("2700000"), Q2_2006)}),
        ("The Company's basic and diluted net income per share for the quarter was $0.04, compared to a basic and "
         "diluted net loss per share of $0.03 in the same period last year.",
         {("EarningsPerShareBasicAndDiluted", Decimal("0.04"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("-0.03"), Q2_2005)}),
        ("Diluted earnings per share were $1.91 for the first six months of 2006, prior to a second quarter "
         "accounting change of $12 million, and sales were $5.5 billion.",
         {("Revenues", Decimal("5500000000"), H1_2006)}),
        # a difference is no level: "were $0.03 higher than"
        ("Earnings per share for the three-month period were $0.02 higher than the same period in 2005.", set()),
        ("Net income was $2.1 million more than in the second quarter of 2005.", set()),
        # "a loss of" in a comparison is the loss of what the clause before states
        ("Net income for the quarter was $5.7 million, or $0.16 per share, compared to a loss of $2.8 million, or "
         "$0.12 per share, a year ago.",
         {("NetIncomeLoss", Decimal("5700000"), Q2_2006), ("NetIncomeLoss", Decimal("-2800000"), Q2_2005),
          ("EarningsPerShareBasicAndDiluted", Decimal("0.16"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("-0.12"), Q2_2005)}),
        ("Revenues for the quarter were $5.7 million, compared to a loss of $2.8 million a year ago.",
         {("Revenues", Decimal("5700000"), Q2_2006)}),
        # "this period": the one the text last spoke of
        ("For the six months ended June 30, 2006, revenues were $12.0 million. The net loss for this period was $5.7 "
         "million, compared to a loss of $2.8 million for the same period last year.",
         {("Revenues", Decimal("12000000"), H1_2006), ("NetIncomeLoss", Decimal("-5700000"), H1_2006),
          ("NetIncomeLoss", Decimal("-2800000"), H1_2005)}),
        # figures before charges, or under another country's GAAP, are not the reported ones
        ("Before various charges and the cumulative effect of an accounting change (recorded in the first quarter), "
         "net income was $6.3 million, or $0.88 per diluted share.", set()),
        ("In accordance with generally accepted accounting policies in Canada, net income for the quarter was $1.3 "
         "million, or $0.30 per share.", set()),
        ("Under Canadian GAAP, net income for the quarter was $1.3 million.", set()),
        ("The net loss in accordance with generally accepted accounting principles in the US for the quarter was "
         "$4.2 million, or $0.95 per share.",
         {("NetIncomeLoss", Decimal("-4200000"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("-0.95"), Q2_2006)}),
        # one concept over a list of periods, each figure with its own
        ("Net sales were $259.1 million for the second quarter and $501.3 million for the six months ended June 30, "
         "2006.",
         {("Revenues", Decimal("259100000"), Q2_2006), ("Revenues", Decimal("501300000"), H1_2006)}),
        ("Net loss was $2.1 million, or $0.10 per share, for the second quarter and $5.3 million, or $0.25 per share, "
         "for the first six months of 2006.",
         {("NetIncomeLoss", Decimal("-2100000"), Q2_2006), ("NetIncomeLoss", Decimal("-5300000"), H1_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("-0.10"), Q2_2006),
          ("EarningsPerShareBasicAndDiluted", Decimal("-0.25"), H1_2006)}),
        ("Net sales were $259.1 million for the second quarter and $12.0 million of it came from Europe.",
         {("Revenues", Decimal("259100000"), Q2_2006)}),
        # "on a diluted basis" between a per-share phrase and its figure says which it is
        ("Earnings per share on a diluted basis for the quarter were $.66, compared with $.59 in the second quarter "
         "of 2005.",
         {("EarningsPerShareDiluted", Decimal(".66"), Q2_2006), ("EarningsPerShareDiluted", Decimal(".59"), Q2_2005)}),
        ("Net income on a diluted basis was $5.2 million.", set()),
        # an asset manager's fund sales, beside its flows, are not its revenue
        ("Total sales were $2.4 billion; net flows were $0.3 billion and assets under management $41.7 billion.",
         set()),
        ("Net sales were $2.4 billion, and the cash outflows for capital spending were $0.3 billion.",
         {("Revenues", Decimal("2400000000"), Q2_2006)}),
        # the kind of earnings per share in parentheses after the phrase, or before "common share"
        ("Earnings per share (diluted) increased 15% to $.61.", {("EarningsPerShareDiluted", Decimal(".61"), Q2_2006)}),
        ("Net loss per share (basic) was $(0.12).", {("EarningsPerShareBasic", Decimal("-0.12"), Q2_2006)}),
        ("Net income per diluted common share was $0.57 compared with $0.49 for the second quarter of 2005.",
         {("EarningsPerShareDiluted", Decimal("0.57"), Q2_2006),
          ("EarningsPerShareDiluted", Decimal("0.49"), Q2_2005)}),
        # a change opening a clause of its own after a comparison: "to" the current figure "from" the earlier one
        ("Net income decreased 22.0% to $905,300 for the second quarter of 2006, compared to $1,160,600 for the second "
         "quarter of 2005, a decrease of 21.4% in diluted net income per share to $.11 from $.14.",
         {("NetIncomeLoss", Decimal("905300"), Q2_2006), ("NetIncomeLoss", Decimal("1160600"), Q2_2005),
          ("EarningsPerShareDiluted", Decimal(".11"), Q2_2006), ("EarningsPerShareDiluted", Decimal(".14"), Q2_2005)}),
        ("Net income rose to $20.2 million for the first six months of 2006, compared to $18.0 million for the first "
         "six months of 2005, an increase of 12 percent in diluted earnings per share to $.69 from $.62.",
         {("NetIncomeLoss", Decimal("20200000"), H1_2006), ("NetIncomeLoss", Decimal("18000000"), H1_2005),
          ("EarningsPerShareDiluted", Decimal(".69"), H1_2006), ("EarningsPerShareDiluted", Decimal(".62"), H1_2005)}),
        # a comparable period with its fiscal year named inside the phrase, not the whole fiscal year
        ("Net income for the first six months of fiscal 2006 was $20.2 million, compared with $18.0 million for the "
         "comparable fiscal 2005 period.",
         {("NetIncomeLoss", Decimal("20200000"), H1_2006), ("NetIncomeLoss", Decimal("18000000"), H1_2005)}),
        ("Net income for the first six months of fiscal 2006 was $20.2 million, compared with $18.0 million for the "
         "comparable period of fiscal year 2005.",
         {("NetIncomeLoss", Decimal("20200000"), H1_2006), ("NetIncomeLoss", Decimal("18000000"), H1_2005)}),
        ("Earnings were $0.20 per share - diluted shares outstanding rose 2%.",
         {("EarningsPerShareBasicAndDiluted", Decimal("0.20"), Q2_2006)}),
    ],
)
def test_what_a_sentence_states(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_fiscal_year_ending_in_june_is_named_by_the_year_it_ends_in() -> None:
    head = ("PELLHAM SOFTWARE REPORTS FISCAL 1994 RESULTS\n\nDENVER, Colo., August 4, 1994 -- Pellham Software "
            "Inc. today reported results for the fourth fiscal quarter which ended on June 30, 1994.\n\n")
    found = facts("Revenues for fiscal 1994 were $26.5 million. Net income for the fiscal 1994 quarter was "
                  "$2.1 million.", head)
    assert summary(found) == {("Revenues", Decimal("26500000"), Period(D(1994, 6, 30), D(1993, 7, 1))),
                              ("NetIncomeLoss", Decimal("2100000"), Period(D(1994, 6, 30), D(1994, 4, 1)))}


@pytest.mark.parametrize("dateline", ["ST. LOUIS, Oct. 19 /PRNewswire/ -- Marwell Press Inc. today announced that",
                                      "ST. LOUIS, Oct. 19, 2004 -- Marwell Press Inc. today announced that"])
def test_a_release_that_names_its_calendar_quarter(dateline: str) -> None:
    found = facts_of(f"{dateline} third-quarter 2004 net income was $10.6 million, compared with $9.8 million in "
                     "the third quarter of 2003.\n")
    assert summary(found) == {("NetIncomeLoss", Decimal("10600000"), Period(D(2004, 9, 30), D(2004, 7, 1))),
                              ("NetIncomeLoss", Decimal("9800000"), Period(D(2003, 9, 30), D(2003, 7, 1)))}


def test_an_all_capitals_headline_run_into_the_dateline() -> None:
    text = ("FOR IMMEDIATE RELEASE\nMARWELL BANCORP ANNOUNCES NET INCOME OF $7.2 MILLION FOR THE SECOND QUARTER OF "
            "2006\nPortville, Maine, July 20, 2006 - Marwell Bancorp (Nasdaq: MRWL) reported net income of $7.2 "
            "million, or $0.81 diluted earnings per share, for the second quarter of 2006.\n")
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("7200000"), Q2_2006),
                                       ("EarningsPerShareDiluted", Decimal("0.81"), Q2_2006)}


def test_a_headline_run_into_the_dateline_does_not_hide_the_figures() -> None:
    text = ("Marwell Press Inc. Reports 2006 Second-Quarter Earnings PORTVILLE, Maine, July 20, 2006 -- Marwell Press "
            "Inc. today announced that second-quarter 2006 net income was $10.6 million, or $0.49 per diluted "
            "share, for the quarter ended June 30, 2006.\n")
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("10600000"), Q2_2006),
                                       ("EarningsPerShareDiluted", Decimal("0.49"), Q2_2006)}


def test_a_headline_run_into_the_dateline_of_a_release_on_one_line() -> None:
    # the headline apart from the paragraph its dateline opens: that paragraph opens on a part's products no longer
    text = ("EXHIBIT 99.1 RECORD MARWELL SECOND QUARTER REVENUE Q2 Revenue $6.7 Billion; Q2 Earnings per Share $0.89 "
            "PORTVILLE, Maine, July 20, 2006 - Driven by strong demand for printing products, Marwell Press Inc. set a "
            "new record for quarterly revenue, the company said today. Second quarter revenue of $6.7 billion was the "
            "highest ever. Net income in the second quarter was $1.6 billion.\n")
    assert summary(facts_of(text)) == {("Revenues", Decimal("6700000000"), Q2_2006),
                                       ("NetIncomeLoss", Decimal("1600000000"), Q2_2006)}


def test_the_previous_fiscal_year() -> None:
    head = ("SIZZLING OAKS REPORTS FISCAL YEAR RESULTS\n\nRENO, Nev., July 16, 1997 -- Sizzling Oaks International "
            "today reported results for its fiscal year ended April 30, 1997.\n\n")
    found = facts("The net loss represents a loss of $1.12 per share versus net income of $3,118,000, or $0.11 per "
                  "share, in the previous fiscal year.", head)
    this, prior = Period(D(1997, 4, 30), D(1996, 5, 1)), Period(D(1996, 4, 30), D(1995, 5, 1))
    assert summary(found) == {("EarningsPerShareBasicAndDiluted", Decimal("-1.12"), this),
                              ("NetIncomeLoss", Decimal("3118000"), prior),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.11"), prior)}


def test_a_figure_dated_right_after_it_in_a_sentence_that_opens_on_a_headline() -> None:
    text = ("HALVERN REPORTS RECORD FOURTH QUARTER AND YEAR-END RESULTS PORTVILLE, Maine (August 3, 2006): Halvern "
            "Inc. today reported record revenue of $188.4 million for the fiscal year ended June 30, 2006, a 9 "
            "percent increase over revenue of $172.8 million reported last year.\n")
    this, prior = Period(D(2006, 6, 30), D(2005, 7, 1)), Period(D(2005, 6, 30), D(2004, 7, 1))
    assert summary(facts_of(text)) == {("Revenues", Decimal("188400000"), this),
                                       ("Revenues", Decimal("172800000"), prior)}


def test_a_year_right_before_the_figure_beats_a_headline_run_into_the_sentence() -> None:
    text = ("Granite Power Reports Year-End and Fourth Quarter 2005 Results\nOMAHA, Neb., Feb. 7 /PRNewswire/ -- "
            "Granite Power today reported 2005 basic earnings per share (EPS) of $2.41, compared to $2.02 per share "
            "in 2004. On a diluted basis, 2005 EPS was $2.36, compared to $1.98 in 2004. The company's 2006 "
            "incentive target for 2006 has been set at $2.60 per diluted share, higher than this year's results.\n")
    fy05, fy04 = Period(D(2005, 12, 31), D(2005, 1, 1)), Period(D(2004, 12, 31), D(2004, 1, 1))
    assert summary(facts_of(text)) == {("EarningsPerShareBasic", Decimal("2.41"), fy05),
                                       ("EarningsPerShareBasic", Decimal("2.02"), fy04),
                                       ("EarningsPerShareDiluted", Decimal("2.36"), fy05),
                                       ("EarningsPerShareDiluted", Decimal("1.98"), fy04)}


def test_a_canadian_dollar_statement_in_a_sentence_of_its_own() -> None:
    text = ("Vancouver, British Columbia, March 3, 2005 - Pellworth Therapeutics (TSX: PLW), a developer of heat "
            "shock protein therapies for infectious diseases and cancers, announced today its financial results for "
            "the fourth quarter and the year ended December 31, 2004, together with an update on its clinical "
            "programs. All amounts, unless specified otherwise, are in Canadian dollars.\nPellworth reported a net "
            "loss of $3,812,000, or $0.05 per share, for the quarter.\n")
    assert {f.unit.short for f in facts_of(text) if f.unit} == {"CAD", "CAD/shares"}


def test_a_fiscal_period_end_stated_beside_a_calendar_quarter() -> None:
    text = ("BRIXTON SUPPLY ANNOUNCES FOURTH QUARTER RESULTS\nDayton, Ohio, February 26, 2008 - Brixton Supply, Inc. "
            "(NYSE: BRX) today announced fourth quarter and full year results for the fiscal period ended December "
            "29, 2007.\nNet earnings for the fourth quarter of 2007 were $42 million.\n")
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("42000000"), Period(D(2007, 12, 29), D(2007, 9, 30)))}


def test_a_comparison_with_its_own_week_count_and_end() -> None:
    text = ("KNOXVILLE, Tenn., March 1, 2007 -- Dunmore Footwear Inc. reported earnings of $21.4 million, or $0.88 "
            "per diluted share, for the fiscal fourth quarter ended February 3, 2007, compared to $18.9 million, or "
            "$0.79 per diluted share, for the 13-week fourth quarter ended January 28, 2006.\n")
    prior = Period(D(2006, 1, 28), D(2005, 10, 30))
    assert {("NetIncomeLoss", Decimal("18900000"), prior),
            ("EarningsPerShareDiluted", Decimal("0.79"), prior)} <= summary(facts_of(text))


def test_a_headline_in_capitals_is_a_paragraph_of_its_own() -> None:
    doc = read_text("EXPEDAX ANNOUNCES NET EARNINGS INCREASE OF 18%\nSEATTLE, Washington, May 4, 2004 - Expedax "
                    "today announced net earnings of\n$6,118,000 for the first quarter.\n")
    assert [p.text for p in doc.paragraphs] == [
        "EXPEDAX ANNOUNCES NET EARNINGS INCREASE OF 18%",
        "SEATTLE, Washington, May 4, 2004 - Expedax today announced net earnings of $6,118,000 for the first quarter."]


def test_a_period_a_change_is_measured_from_is_not_the_figures() -> None:
    found = facts("Operating income was $6.2 million and represented an increase of 40% over the same quarter in 2005. "
                  "Net income was $4.1 million, up 52% from $2.7 million in the same quarter last year.")
    assert summary(found) == {("OperatingIncomeLoss", Decimal("6200000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("4100000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("2700000"), Q2_2005)}
    level = facts("Halverson reported second quarter sales of $612 million, essentially level with its 2005 second "
                  "quarter, and net earnings of $21 million, down 12 percent from $24 million a year ago.")
    assert ("NetIncomeLoss", Decimal("21000000"), Q2_2005) not in summary(level)
    assert ("NetIncomeLoss", Decimal("24000000"), Q2_2005) in summary(level)


def test_a_stated_end_of_no_length_beside_the_quarter_it_ends() -> None:
    text = ("Acme Widget Corp reports third quarter earnings\n\nAcme Widget Corp reported net income of $7.5 million "
            "for the third quarter of 2010, a decrease from the $8.5 million reported for the same period in 2009. "
            "Net income of $24.9 million for the year-to-date period ended September 30, 2010 compares with $23.6 "
            "million for the same nine month period last year.\n")
    q3_10, q3_09 = Period(D(2010, 9, 30), D(2010, 7, 1)), Period(D(2009, 9, 30), D(2009, 7, 1))
    # the year to date at the third quarter's end is the nine months: never the year's length or the quarter's
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("7500000"), q3_10),
                                       ("NetIncomeLoss", Decimal("8500000"), q3_09),
                                       ("NetIncomeLoss", Decimal("24900000"), Period(D(2010, 9, 30), D(2010, 1, 1))),
                                       ("NetIncomeLoss", Decimal("23600000"), Period(D(2009, 9, 30), D(2009, 1, 1)))}


def test_a_heading_that_names_a_period_dates_the_sentences_under_it() -> None:
    head = ("MARWELL TOOL CORP. REPORTS FOURTH QUARTER AND FULL YEAR RESULTS\n\nDALLAS, Texas, January 20, 2006 -- "
            "Marwell Tool Corp. today reported results for the fourth quarter and year ended December 31, 2005.\n\n")
    found = facts("Fourth Quarter Results\n\nNet income was $12.1 million, or $0.45 per diluted share.\n\n"
                  "Full Year Results\n\nNet income was $40.3 million, or $1.51 per diluted share.", head)
    q4, year = Period(D(2005, 12, 31), D(2005, 10, 1)), Period(D(2005, 12, 31), D(2005, 1, 1))
    assert summary(found) == {("NetIncomeLoss", Decimal("12100000"), q4),
                              ("EarningsPerShareDiluted", Decimal("0.45"), q4),
                              ("NetIncomeLoss", Decimal("40300000"), year),
                              ("EarningsPerShareDiluted", Decimal("1.51"), year)}


@pytest.mark.parametrize("statement", ["All per-share amounts are on a diluted basis.",
                                       "Per share figures are diluted unless otherwise noted.",
                                       "All results are reported on a diluted basis.",
                                       "(a) All earnings per share reported in this release are Diluted EPS figures.",
                                       "All earnings per share figures refer to diluted earnings per share."])
def test_a_release_saying_its_per_share_figures_are_diluted(statement: str) -> None:
    body = ("Net income was $4.2 million, or $0.21 per share, up from $850,000, or $0.05 per share, a year ago. "
            + statement)
    assert summary(facts(body)) == {("NetIncomeLoss", Decimal("4200000"), Q2_2006),
                                    ("NetIncomeLoss", Decimal("850000"), Q2_2005),
                                    ("EarningsPerShareDiluted", Decimal("0.21"), Q2_2006),
                                    ("EarningsPerShareDiluted", Decimal("0.05"), Q2_2005)}
    # without the statement, or with one about something else, "per share" stays unqualified
    for other in ("", "All per-share amounts reflect the 2-for-1 stock split.", "All results are unaudited."):
        assert {f.concept for f in facts(body.replace(statement, other)) if "PerShare" in f.concept} == {
            "EarningsPerShareBasicAndDiluted"}


def test_a_quarter_stated_in_weeks_holds_for_that_quarter_of_every_year() -> None:
    head = ("TALLMAN FREIGHT REPORTS RESULTS\n\nSPRINGFIELD, Mo., Feb. 2, 2006 -- Tallman Freight Lines, Inc. today "
            "reported revenues of $1.62 billion for the year ended December 31, 2005.\n\n")
    found = facts("For the 16 weeks constituting the Company's fourth quarter, revenues were up 9% to $540.2 million, "
                  "compared with $495.6 million for the fourth quarter of 2004. Net income for the quarter was $7.3 "
                  "million, compared to $5.0 million during the same period in 2004.", head)
    q4_2005, q4_2004 = Period(D(2005, 12, 31), D(2005, 9, 11)), Period(D(2004, 12, 31), D(2004, 9, 11))
    assert summary(found) == {("Revenues", Decimal("1620000000"), Period(D(2005, 12, 31), D(2005, 1, 1))),
                              ("Revenues", Decimal("540200000"), q4_2005), ("Revenues", Decimal("495600000"), q4_2004),
                              ("NetIncomeLoss", Decimal("7300000"), q4_2005),
                              ("NetIncomeLoss", Decimal("5000000"), q4_2004)}


def test_a_q_quarter_bullet_names_the_quarter_not_the_year() -> None:
    # "- Q2 Earnings per share of $0.31" above the year-to-date figures: the quarter's figure, not the half's
    found = facts("For the first six months, diluted earnings per share were $0.52.\n\n- Q2 Earnings per share of "
                  "$0.31\n\nDiluted earnings per share for the quarter were $0.31.")
    assert summary(found) == {("EarningsPerShareDiluted", Decimal("0.31"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.52"), H1_2006)}


def test_a_heading_run_into_its_typed_bullets_dates_them() -> None:
    # the first bullet, about a part (home sales), says nothing of the others
    found = facts("First Half 2006 Highlights * Home sales orders increased 9% to $2.0 billion * Net income "
                  "increased 12% to $20.2 million * Earnings per share (diluted) increased 10% to $0.81\n\n"
                  "Second Quarter Highlights * Net income increased 5% to $12.1 million * Earnings per share (diluted) "
                  "increased 4% to $0.46")
    assert summary(found) == {("NetIncomeLoss", Decimal("20200000"), H1_2006),
                              ("EarningsPerShareDiluted", Decimal("0.81"), H1_2006),
                              ("NetIncomeLoss", Decimal("12100000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.46"), Q2_2006)}


@pytest.mark.parametrize(("text", "heading"), [
    ("Fiscal Year 2002 Highlights", True), ("Fourth Quarter Results", True), ("Sears Canada", True),
    ("Net income was $5.2 million.", False), ("Shares outstanding: 12,400", False), ("Up 2005%", False),
    ("Call 1-800-555-2005", False),
])
def test_a_heading_holds_no_figure_but_a_year(text: str, heading: bool) -> None:
    assert is_heading(text) == heading


def test_figures_that_are_no_facts_over_several_years_say_nothing_of_the_next_sentences_period() -> None:
    found = facts("Net earnings for the first six months of 2006 were $9.8 million. Earnings included severance "
                  "charges of $0.02 per share in 2006 and insurance gains of $0.03 per share in 2005. Net sales "
                  "increased 4 percent to $351.7 million from $338.2 million reported last year.")
    assert summary(found) == {("NetIncomeLoss", Decimal("9800000"), H1_2006),
                              ("Revenues", Decimal("351700000"), H1_2006), ("Revenues", Decimal("338200000"), H1_2005)}


def test_after_a_paragraph_on_two_periods_a_figure_without_one_is_the_current_periods() -> None:
    # the paragraph before speaks of the quarter and of the half: the next one's "Net income" is the release's own
    found = facts("Pre-tax income in the second quarter was $12.4 million. For the first six months of 2006, pre-tax "
                  "income was $30.2 million.\n\nNet income was $8.1 million, or $0.21 per diluted share.")
    found = [f for f in found if f.concept in ("NetIncomeLoss", "EarningsPerShareDiluted")]
    assert summary(found) == {("NetIncomeLoss", Decimal("8100000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.21"), Q2_2006)}


def test_a_company_that_is_a_subsidiary_of_another_reports_its_own_figures() -> None:
    head = ("HALVERSON LABS REPORTS SECOND QUARTER RESULTS\n\nPORTVILLE, Maine, July 20, 2006 -- Halverson Labs Inc. "
            "(the \"Company\"), a wholly-owned subsidiary of Kestrel Products Inc. (\"KPI\"), reported today second "
            "quarter 2006 net income of $11.3 million compared with net income of $7.6 million in the second quarter "
            "of 2005. ")
    assert summary(facts("Net sales for the second quarter of 2006 were $241.7 million.", head)) == {
        ("NetIncomeLoss", Decimal("11300000"), Q2_2006), ("NetIncomeLoss", Decimal("7600000"), Q2_2005),
        ("Revenues", Decimal("241700000"), Q2_2006)}
    # a subsidiary of ours that reports is a part
    found = facts("Kestrel Products, a subsidiary of the Company, reported net sales of $38.4 million.", head)
    assert [f for f in found if f.concept == "Revenues"] == []


def test_a_part_word_in_our_own_name_names_no_part() -> None:
    head = ("KESTREL MOTOR PRODUCTS REPORTS SECOND QUARTER\n\nNEW YORK, July 24, 2006 -- Kestrel Motor Products, Inc. "
            "(NYSE: KMP), automotive replacement parts manufacturer, reported net sales for the second quarter of "
            "2006 of $143.5 million. ")
    assert summary(facts("Net earnings for the quarter were $5.5 million.", head)) == {
        ("Revenues", Decimal("143500000"), Q2_2006), ("NetIncomeLoss", Decimal("5500000"), Q2_2006)}


def test_a_fiscal_year_written_fy_with_its_quarter_and_the_period_end_its_sentence_names() -> None:
    head = ("ACME HOMES REPORTS 3RD QTR FY 2006 EARNINGS RESULTS\n\nHorsham, PA, August 22, 2006 -- Acme Homes, Inc. "
            "today reported FY 2006 third-quarter and nine-month results for earnings, revenues, backlog and "
            "contracts for the period ended July 31, 2006.\n\n")
    found = facts("FY 2006\u2019s third-quarter net income was $121.3 million, or $0.84 per share diluted, compared "
                  "to FY 2005's third-quarter record of $133.9 million, or $0.93 per share diluted.", head)
    q3_06, q3_05 = Period(D(2006, 7, 31), D(2006, 5, 1)), Period(D(2005, 7, 31), D(2005, 5, 1))
    assert summary(found) == {("NetIncomeLoss", Decimal("121300000"), q3_06),
                              ("NetIncomeLoss", Decimal("133900000"), q3_05),
                              ("EarningsPerShareDiluted", Decimal("0.84"), q3_06),
                              ("EarningsPerShareDiluted", Decimal("0.93"), q3_05)}


def test_a_prior_years_figures_before_a_change_and_the_years_own_length() -> None:
    head = ("HARBOR PROVISIONS POSTS HIGHER FY 2006 RESULTS\n\nPORTLAND, Ore., Aug. 12, 2006 -- Harbor Provisions "
            "Corporation today reported that diluted earnings per share rose 12 percent to $2.14 on record sales of "
            "$6.2 billion for the 53-week fiscal year ended July 1, 2006. ")
    found = facts("In fiscal 2005 (52 weeks) diluted earnings per share were $1.91, prior to a third quarter fiscal "
                  "2005 accounting change of $12 million, and sales were $5.5 billion. Net earnings reached $211.4 "
                  "million, 9.8 percent higher than last year's net earnings of $192.5 million before the accounting "
                  "change.", head)
    # the year before ended the day before this 53-week year began, 53 weeks before its end
    fy06, fy05 = Period(D(2006, 7, 1), D(2005, 6, 26)), Period(D(2005, 6, 25), D(2004, 6, 27))
    assert summary(found) == {("EarningsPerShareDiluted", Decimal("2.14"), fy06),
                              ("Revenues", Decimal("6200000000"), fy06), ("Revenues", Decimal("5500000000"), fy05),
                              ("NetIncomeLoss", Decimal("211400000"), fy06)}


def test_middle_dot_bullets_start_sentences() -> None:
    found = facts("Highlights for the quarter include: \u00b7 Net sales increased 10% to $59.1 million. \u00b7 Net "
                  "income increased to $3.9 million from break even in the second quarter of 2005.")
    assert summary(found) == {("Revenues", Decimal("59100000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("3900000"), Q2_2006)}


def test_for_the_same_period_opening_a_sentence_is_the_period_just_spoken_of() -> None:
    found = facts("YEAR TO DATE\n\nYear to date, the Company's sales increased 3.9% to $1.2 billion. Year to date "
                  "earnings per share totaled $.81 per share compared to $.95 per share in 2005. For the same period, "
                  "net income totaled $22.7 million compared to $26.6 million in 2005.")
    assert {f for f in summary(found) if f[0] != "EarningsPerShareBasicAndDiluted"} == {
        ("Revenues", Decimal("1200000000"), H1_2006), ("NetIncomeLoss", Decimal("22700000"), H1_2006),
        ("NetIncomeLoss", Decimal("26600000"), H1_2005)}
    # with a year named, "the same period" still goes back a year
    found = facts("Net income for the first half was $22.7 million, compared to $26.6 million for the same period "
                  "last year.")
    assert summary(found) == {("NetIncomeLoss", Decimal("22700000"), H1_2006),
                              ("NetIncomeLoss", Decimal("26600000"), H1_2005)}


def test_a_highlights_line_with_the_year_first_dates_the_bullets_under_it() -> None:
    found = facts("Fiscal 2006 Six Month Financial Highlights - versus Fiscal 2005 Six Month Performance\n\n"
                  "* Net sales improved from $98.1 million to $104.3 million, an increase of 6%\n"
                  "* Net income improved from $7.1 million to $8.2 million, an increase of 15%")
    assert summary(found) == {("Revenues", Decimal("98100000"), H1_2005), ("Revenues", Decimal("104300000"), H1_2006),
                              ("NetIncomeLoss", Decimal("7100000"), H1_2005),
                              ("NetIncomeLoss", Decimal("8200000"), H1_2006)}


def test_a_heading_that_compares_dates_by_its_first_period() -> None:
    found = facts("2006 First Half versus 2005 First Half\n\nNet sales rose 6% to $104.3 million.")
    assert summary(found) == {("Revenues", Decimal("104300000"), H1_2006)}


def test_figures_with_their_per_share_figures_listed_by_period() -> None:
    found = facts("Halverson Labs announced net income of $3.4 million, or $0.27 per diluted share, and $5.9 million, "
                  "or $0.47 per diluted share, for the three and six months ended June 30, 2006, respectively, "
                  "compared to net income of $2.9 million, or $0.23 per diluted share, and $4.8 million, or $0.38 "
                  "per diluted share, for the three and six months ended June 30, 2005, respectively.")
    assert summary(found) == {
        ("NetIncomeLoss", Decimal("3400000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.27"), Q2_2006),
        ("NetIncomeLoss", Decimal("5900000"), H1_2006), ("EarningsPerShareDiluted", Decimal("0.47"), H1_2006),
        ("NetIncomeLoss", Decimal("2900000"), Q2_2005), ("EarningsPerShareDiluted", Decimal("0.23"), Q2_2005),
        ("NetIncomeLoss", Decimal("4800000"), H1_2005), ("EarningsPerShareDiluted", Decimal("0.38"), H1_2005)}
    # a loss's per-share figures are losses too
    found = facts("The Company recorded a net loss of $3.5 million, or $0.08 per share, and $1.0 million, or $0.02 "
                  "per share, for the six and three months ended June 30, 2006, respectively.")
    assert summary(found) == {
        ("NetIncomeLoss", Decimal("-3500000"), H1_2006), ("EarningsPerShareBasicAndDiluted", Decimal("-0.08"), H1_2006),
        ("NetIncomeLoss", Decimal("-1000000"), Q2_2006),
        ("EarningsPerShareBasicAndDiluted", Decimal("-0.02"), Q2_2006)}
    # listed periods, but figures that are no list: which is which, nothing says
    found = facts("Net income was $3.4 million, up 5%, and $5.9 million, up 7%, for the three and six months ended "
                  "June 30, 2006, respectively. Revenues were $45.0 million.")
    assert summary(found) == {("Revenues", Decimal("45000000"), Q2_2006)}


def test_a_comparison_with_continuing_operations_is_of_continuing_operations() -> None:
    found = facts("Halverson reported net income of $4.2 million or $0.31 per diluted share for the second quarter of "
                  "2006 compared to net income of $11.8 million or $0.87 earnings per diluted share in the second "
                  "quarter of 2005. Net income from continuing operations for the second quarter of 2006 was $3.9 "
                  "million or $0.29 per diluted share compared to net income of $2.6 million or $0.19 per diluted "
                  "share in the second quarter of 2005.")
    assert summary(found) == {
        ("NetIncomeLoss", Decimal("4200000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.31"), Q2_2006),
        ("NetIncomeLoss", Decimal("11800000"), Q2_2005), ("EarningsPerShareDiluted", Decimal("0.87"), Q2_2005)}


def test_a_nine_month_release_and_the_nine_months_a_year_before() -> None:
    head = ("KESTREL INSURANCE GROUP REPORTS NINE-MONTHS RESULTS\n\nHARTFORD, Conn., October 20, 1997 - Kestrel "
            "Insurance Group today reported results for the nine months ended September 30, 1997. ")
    found = facts("Net income for the first nine months of 1997 was $61.3 million, or $1.47 per share, compared with "
                  "$55.0 million, or $1.32 per share, for nine-months 1996.", head)
    nine_97, nine_96 = Period(D(1997, 9, 30), D(1997, 1, 1)), Period(D(1996, 9, 30), D(1996, 1, 1))
    assert summary(found) == {
        ("NetIncomeLoss", Decimal("61300000"), nine_97), ("EarningsPerShareBasicAndDiluted", Decimal("1.47"), nine_97),
        ("NetIncomeLoss", Decimal("55000000"), nine_96), ("EarningsPerShareBasicAndDiluted", Decimal("1.32"), nine_96)}


def test_a_dateline_in_parentheses_dates_a_quarter_of_no_year() -> None:
    head = ("FOR IMMEDIATE RELEASE\nKESTREL MUTUAL LIFE COMPANY\nREPORTS FIRST-QUARTER EARNINGS\n\n")
    found = facts("BRISTOW, Va. (April 21, 2006) Kestrel Mutual Life Company reported today net income for the first "
                  "quarter of $3.4 million or $.42 per diluted share, compared to $3.1 million or $.38 per diluted "
                  "share during the same period last year.", head)
    assert summary(found) == {
        ("NetIncomeLoss", Decimal("3400000"), Q1_2006), ("EarningsPerShareDiluted", Decimal("0.42"), Q1_2006),
        ("NetIncomeLoss", Decimal("3100000"), Period(D(2005, 3, 31), D(2005, 1, 1))),
        ("EarningsPerShareDiluted", Decimal("0.38"), Period(D(2005, 3, 31), D(2005, 1, 1)))}


def test_a_summary_line_compared_to_a_year_before_run_into_its_figures() -> None:
    found = facts("Halverson Labs reported results for the quarter ended June 30, 2006. Second Quarter 2006 Financial "
                  "Summary Compared to Second Quarter 2005 Total revenues were $118.4 million, a decrease of 2.3%; "
                  "Net loss was $3.1 million compared to $5.2 million.")
    assert summary(found) == {("Revenues", Decimal("118400000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("-3100000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("-5200000"), Q2_2005)}


def test_a_year_end_highlights_heading_dates_the_year() -> None:
    head = ("BRIGHTWATER METROLOGY REPORTS 2005 FOURTH QUARTER AND FULL YEAR RESULTS\n\nAUSTIN, Texas (February 3, "
            "2006) - Brightwater Metrology, Inc. today announced financial results for the 2005 fourth quarter.\n\n")
    found = facts("2005 Fourth Quarter Highlights\n\nFourth quarter revenue of $41.2 million, an increase of 9 "
                  "percent.\n\n2005 Year-End Highlights\n\nGAAP net income was $18.4 million, or $0.77 per diluted "
                  "share.", head)
    q4, year = Period(D(2005, 12, 31), D(2005, 10, 1)), Period(D(2005, 12, 31), D(2005, 1, 1))
    assert summary(found) == {("Revenues", Decimal("41200000"), q4), ("NetIncomeLoss", Decimal("18400000"), year),
                              ("EarningsPerShareDiluted", Decimal("0.77"), year)}


def test_highlights_run_together_give_no_per_share_figure_in_millions() -> None:
    found = facts("Second Quarter 2006 Financial Highlights: Net revenues of $31.6 million Net income of $2.4 million "
                  "Diluted earnings per share of $0.17")
    assert not [f for f in found if f.concept.startswith("EarningsPerShare") and f.value > 1000]


def test_dashes_after_a_colon_are_bullets() -> None:
    found = facts("PORTVILLE, Maine, July 20, 2006 --- Halverson Labs Inc. today announced the following results for "
                  "its second quarter ended June 30, 2006, compared with the same period of the prior year: - Net "
                  "income of $21.4 million, or $0.62 per diluted share, versus $9.8 million, or $0.27 per diluted "
                  "share; - "
                  "Combined ratio of 97.1%, a 1.3 point improvement.", head="")
    assert summary(found) == {
        ("NetIncomeLoss", Decimal("21400000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.62"), Q2_2006),
        ("NetIncomeLoss", Decimal("9800000"), Q2_2005), ("EarningsPerShareDiluted", Decimal("0.27"), Q2_2005)}


def test_the_year_written_last_in_a_list_of_periods_is_every_periods() -> None:
    found = facts("Halverson reported net earnings per share for the second quarter and first half 2006 of $0.27 "
                  "and $0.93, respectively. For the second quarter and first half 2005, Halverson reported net "
                  "earnings per share of $0.31 and $0.88, respectively.")
    assert summary(found) == {
        ("EarningsPerShareBasicAndDiluted", Decimal("0.27"), Q2_2006),
        ("EarningsPerShareBasicAndDiluted", Decimal("0.93"), H1_2006),
        ("EarningsPerShareBasicAndDiluted", Decimal("0.31"), Q2_2005),
        ("EarningsPerShareBasicAndDiluted", Decimal("0.88"), H1_2005)}


@pytest.mark.parametrize("top", ["FOR IMMEDIATE RELEASE\nThursday, July 20, 2006\n7:30 A.M. CST\n\n",
                                 # the letterhead's address and the release line run into the date
                                 "1400 Harbor Drive, Suite 300, Portville, Maine 04101\nFor Immediate Release\n"
                                 "July 20, 2006\n\n"])
def test_a_release_dated_on_a_line_of_its_own(top: str) -> None:
    head = top + "HALVERSON LABS REPORTS SECOND QUARTER RESULTS\n\n"
    found = facts("PORTVILLE - Halverson Labs Inc. today reported net income for the second quarter of 2006 of $4.1 "
                  "million.", head)
    assert summary(found) == {("NetIncomeLoss", Decimal("4100000"), Q2_2006)}


def test_a_full_year_line_before_its_phrase() -> None:
    head = ("RALEIGH, NC - March 8, 2006 - Quillon Therapeutics, Inc. today announced financial results for the fourth "
            "quarter and year ended December 31, 2005.\n\n")
    found = facts("2005 Financial Highlights:\n  \u2022 Full Year Net Revenue increased 21% year-over-year to $88.4 "
                  "million", head)
    assert summary(found) == {("Revenues", Decimal("88400000"), FY_2005)}



def test_the_period_after_a_figure_and_its_per_share_figure_is_theirs() -> None:
    head = ("Exhibit 99.1\nKestrel Silver Corp. Reports Fourth Quarter and Year-End 2005 Results\nDenver, CO, February "
            "12, 2006/PRNewswire/ Kestrel Silver Corp. (AMEX: KSC) today reported ")
    found = facts("a net loss of $2.2 million or $0.07 per share for the full 2005 year, compared to a net loss of "
                  "$3.1 million or $0.10 per share in 2004.", head)
    assert summary(found) == {
        ("NetIncomeLoss", Decimal("-2200000"), FY_2005), ("EarningsPerShareBasicAndDiluted", Decimal("-0.07"), FY_2005),
        ("NetIncomeLoss", Decimal("-3100000"), Period(D(2004, 12, 31), D(2004, 1, 1))),
        ("EarningsPerShareBasicAndDiluted", Decimal("-0.10"), Period(D(2004, 12, 31), D(2004, 1, 1)))}


def test_earnings_per_share_on_a_fully_diluted_basis_is_diluted() -> None:
    found = facts("Net income for the second quarter of 2006 was $2,316,000 (or $0.27 earnings per share on a fully "
                  "diluted basis).")
    assert summary(found) == {("NetIncomeLoss", Decimal("2316000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.27"), Q2_2006)}


def test_a_quarter_ended_years_before_is_no_anchor() -> None:
    body = ("For the second quarter of fiscal 2006, net revenues were $9.3 million compared to $8.2 million in the "
            "prior-year period. During the quarter ended June 30, 2004, Halverson recorded a non-cash impairment of "
            "$1.1 million.")
    assert facts(body, head="Financial Results\n\n") == []  # no release date: nothing dates the figures
    dated = "PORTVILLE, Maine, July 20, 2006 -- Halverson Labs Inc. today announced results for its second quarter.\n\n"
    assert {f for f in summary(facts(body, dated)) if f[0] == "Revenues"} == {
        ("Revenues", Decimal("9300000"), Q2_2006), ("Revenues", Decimal("8200000"), Q2_2005)}


def test_a_date_beside_as_previously_announced_is_not_the_release_date() -> None:
    body = ("Financial information for the second quarter of 2006 reflects the company's January 27, 2006 acquisition "
            "of a slot route. As previously announced, the sale of the casino closed in May 2006.\n\nFor the quarter "
            "ended June 30, 2006, net revenues increased 28% to $16.4 million compared to $12.8 million in the "
            "prior-year period.")
    assert {f for f in summary(facts(body, head="Financial Results\n\n")) if f[0] == "Revenues"} == {
        ("Revenues", Decimal("16400000"), Q2_2006), ("Revenues", Decimal("12800000"), Q2_2005)}


def test_a_sentence_on_the_quarter_and_the_half_dates_nothing_after_it() -> None:
    found = facts("Halverson Labs reported sales and earnings for the second quarter and six months ended June 30, "
                  "2006. Sales totaling $1.4 billion were up 6% compared to the second quarter of 2005. For the six "
                  "months ended June 30, 2006, sales totaled $2.7 billion.")
    assert summary(found) == {("Revenues", Decimal("1400000000"), Q2_2006),
                              ("Revenues", Decimal("2700000000"), H1_2006)}


def test_a_sub_headline_over_the_dateline_is_a_paragraph_of_its_own() -> None:
    head = ("KELLERMAN SERVICES REPORTS 2005 FOURTH QUARTER AND YEAR-END RESULTS\n"
            "Company Provides Increased Outlook for Q1 and Initial Outlook for 2006 Full Year\n")
    found = facts("AUSTIN, February 18, 2006 - Kellerman Services, Inc. (Nasdaq: KLMS) today reported 2005 annual "
                  "revenues of $212.6 million and diluted earnings per share of $0.94.", head)
    assert summary(found) == {("Revenues", Decimal("212600000"), FY_2005),
                              ("EarningsPerShareDiluted", Decimal("0.94"), FY_2005)}


def test_a_figure_in_a_clause_of_its_own_takes_the_period_its_sentence_names() -> None:
    found = facts("Second Quarter 2006 Financial Summary Compared to Second Quarter 2005 Total revenues were $302.9 "
                  "million, a decrease of 1.2%;", head=HEAD.replace("second quarter ended June 30, 2006",
                                                                    "quarter and six months ended June 30, 2006"))
    assert summary(found) == {("Revenues", Decimal("302900000"), Q2_2006)}


def test_a_title_line_between_paragraph_lines_is_a_heading() -> None:
    head = ("Corvale Stores Co. announced sales and earnings for the fourth quarter and fiscal year ended January 28, "
            "2006.\nFourth Quarter Results\n")
    found = facts("Net earnings for the 13-week fourth quarter increased to $2.4 million from net earnings of $310,000 "
                  "in the fourth quarter last year. Diluted earnings per share increased to $0.18 per share from $0.02 "
                  "per share last year.", head)
    q4, q4_before = Period(D(2006, 1, 28), D(2005, 10, 30)), Period(D(2005, 1, 29), D(2004, 10, 31))
    assert summary(found) == {("NetIncomeLoss", Decimal("2400000"), q4),
                              ("NetIncomeLoss", Decimal("310000"), q4_before),
                              ("EarningsPerShareDiluted", Decimal("0.18"), q4),
                              ("EarningsPerShareDiluted", Decimal("0.02"), q4_before)}


def test_headline_lines_in_title_case_are_sentences_of_their_own() -> None:
    # the second headline's "First Six Months" must not date the first headline's per-share figure
    text = ("HALVERSON LABS REPORTS SECOND QUARTER RESULTS\n"
            "Net Income Per Share Rose 12% to $0.56 From $0.50 In 2005 Quarter\n"
            "Net Income For First Six Months of 2006 Rose 20% To $18.4 Million\n"
            "PORTVILLE, Maine, July 20, 2006 -- Halverson Labs Inc. today reported net income for the second quarter "
            "of $9.6 million or $0.56 per share, compared to net income of $8.5 million or $0.50 per share in the "
            "prior year quarter.\n")
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("9600000"), Q2_2006),
                                       ("NetIncomeLoss", Decimal("8500000"), Q2_2005),
                                       ("NetIncomeLoss", Decimal("18400000"), H1_2006),
                                       ("EarningsPerShareBasicAndDiluted", Decimal("0.56"), Q2_2006),
                                       ("EarningsPerShareBasicAndDiluted", Decimal("0.50"), Q2_2005)}


def test_a_quotation_closing_a_line_ends_its_sentence() -> None:
    head = ("Halverson Labs Announces Second Quarter 2006 Results\nPORTVILLE, Maine, July 20, 2006 -- Halverson Labs "
            "Inc. announced today results for the second quarter ended June 30, 2006.\nChief Executive Officer Dana "
            "Moss said, \u201cWe are pleased with our progress.\u201d\nSummary Second Quarter Results\n")
    found = facts("Net loss for the three months ended June 30, 2006 was $4.3 million, compared to a net loss of $3.1 "
                  "million for the same period in 2005.", head)
    assert summary(found) == {("NetIncomeLoss", Decimal("-4300000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("-3100000"), Q2_2005)}


def test_bullets_typed_as_the_letter_o() -> None:
    head = ("HALVERSON LABS REPORTS SECOND QUARTER RESULTS\n\nPORTVILLE, Maine, July 20, 2006 - Halverson Labs Inc. "
            "today\nannounced results for the second quarter 2006, including the following\nhighlights:\n\n")
    found = facts("o        Net income increased by 10.2 percent to $11.4 million, up from $10.3\n"
                  "         million for the same period one year ago.\n"
                  "o        Net income per share increased by 10.0 percent to $.44 per share,\n"
                  "         compared to $.40 per share in the comparable quarter for 2005.", head)
    assert summary(found) == {("NetIncomeLoss", Decimal("11400000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("10300000"), Q2_2005),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.44"), Q2_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.40"), Q2_2005)}


@pytest.mark.parametrize(("sentence", "concept"), [
    ("Halverson Labs today reported worldwide net income of $8.2 million for the second quarter.", "NetIncomeLoss"),
    ("For the quarter, revenue from operations increased 12.1% to $8.2 million.", "Revenues"),
])
def test_phrases_that_name_the_whole_company(sentence: str, concept: str) -> None:
    assert summary(facts(sentence)) == {(concept, Decimal("8200000"), Q2_2006)}


def test_a_name_with_of_in_it_after_an_en_dash_dateline() -> None:
    # "Kestrel Corporation of America" is our name, not "America, Inc." (a region, so a part's figures)
    head = ("KESTREL CORPORATION OF AMERICA\nREPORTS SECOND QUARTER RESULTS\nOMAHA, NEBRASKA, July 20, 2006 \u2013 "
            "Kestrel Corporation of America, Inc. (NASDAQ: KSTR), today announced revenues for the second quarter "
            "2006 of $65.3 million, compared with 2005 second quarter revenues of $62.1 million.\n")
    result = converter.convert(head)
    assert one(result.facts, "EntityRegistrantName").value == "Kestrel Corporation of America, Inc."
    assert summary(facts_of(head)) == {("Revenues", Decimal("65300000"), Q2_2006),
                                       ("Revenues", Decimal("62100000"), Q2_2005)}


@pytest.mark.parametrize("sentence", [
    "Net loss per basic and diluted share of $0.12 in the second quarter of 2006.",
    "Halverson Labs reported a net loss of $4.1 million, or $0.12 per basic and diluted common share for the second "
    "quarter.",
    "Net loss for the quarter was $4.1 million or $0.12 basic and diluted per share.",
])
def test_basic_and_diluted_wordings(sentence: str) -> None:
    assert ("EarningsPerShareBasicAndDiluted", Decimal("-0.12"), Q2_2006) in summary(facts(sentence))


def test_a_per_share_figure_on_a_non_diluted_basis_is_basic() -> None:
    found = facts("Halverson's net loss for the second quarter was approximately $4.6 million, or $0.13 per share on a "
                  "non-diluted basis.")
    assert summary(found) == {("NetIncomeLoss", Decimal("-4600000"), Q2_2006),
                              ("EarningsPerShareBasic", Decimal("-0.13"), Q2_2006)}


def test_a_per_share_figure_after_the_period_of_its_figure() -> None:
    found = facts("The Company reported a net loss of $3.4 million for the second quarter 2006 or $0.07 per diluted "
                  "share, compared to net income of $11.0 million or $0.23 per diluted share for the same period in "
                  "2005.")
    assert summary(found) == {("NetIncomeLoss", Decimal("-3400000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("-0.07"), Q2_2006),
                              ("NetIncomeLoss", Decimal("11000000"), Q2_2005),
                              ("EarningsPerShareDiluted", Decimal("0.23"), Q2_2005)}
    # not a figure for another period joined by "and"
    found = facts("Halverson reported net income of $3.4 million for the second quarter and $0.19 per diluted share "
                  "for the six months.")
    assert {f.concept for f in found} == {"NetIncomeLoss"}


def test_a_compared_figure_followed_by_its_own_phrase() -> None:
    found = facts("Halverson announced revenue of $48.2 million for the second quarter, a six percent increase "
                  "compared to $45.5 million in revenue for the same period of 2005.")
    assert summary(found) == {("Revenues", Decimal("48200000"), Q2_2006), ("Revenues", Decimal("45500000"), Q2_2005)}
    # a part's revenue stays out: "in revenue from the widget line"
    found = facts("Halverson announced revenue of $48.2 million for the second quarter, compared to $5.5 million in "
                  "revenue from the widget line.")
    assert summary(found) == {("Revenues", Decimal("48200000"), Q2_2006)}


def test_participles_and_consolidated_earnings() -> None:
    found = facts("Halverson Labs continued its steady growth, achieving net income of $6,412,000 for the six months "
                  "ended June 30, 2006 resulting in basic and dilutive earnings per share of $1.38.")
    assert summary(found) == {("NetIncomeLoss", Decimal("6412000"), H1_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("1.38"), H1_2006)}
    found = facts("Halverson Labs announced consolidated earnings for the second quarter and six months ended June 30, "
                  "2006 of $14.2 million or $0.41 per share, and $26.8 million or $0.77 per share, respectively.")
    assert summary(found) == {("NetIncomeLoss", Decimal("14200000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("26800000"), H1_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.41"), Q2_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.77"), H1_2006)}


def test_earnings_per_share_in_cents_after_its_phrase() -> None:
    found = facts("Halverson announced second quarter 2006 net earnings of $3.2 million, or diluted earnings per share "
                  "of 11 cents.")
    assert summary(found) == {("NetIncomeLoss", Decimal("3200000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.11"), Q2_2006)}
    assert not facts("Revenue was 11 cents in the second quarter.")


def test_year_end_and_a_year_named_after_it() -> None:
    head = ("PORTVILLE, Maine, Feb. 2, 2006 -- Halverson Labs Inc. on Monday announced year-end 2005 earnings per "
            "share of $1.41 and net income of $12,806,000, compared to earnings per share of $1.30 and net income of "
            "$11,512,000 in 2004.\n\n")
    found = facts("Long-term debt was $12.0 million at year-end 2005.", head)
    fy_2004 = Period(D(2004, 12, 31), D(2004, 1, 1))
    assert summary(found) == {("EarningsPerShareBasicAndDiluted", Decimal("1.41"), FY_2005),
                              ("NetIncomeLoss", Decimal("12806000"), FY_2005),
                              ("EarningsPerShareBasicAndDiluted", Decimal("1.30"), fy_2004),
                              ("NetIncomeLoss", Decimal("11512000"), fy_2004),
                              ("LongTermDebt", Decimal("12000000"), Period(D(2005, 12, 31)))}


def test_three_months_to_a_date() -> None:
    head = "Halverson Labs reports second quarter results\n\n"
    found = facts("In the three months to June 30, 2006 Halverson Labs had consolidated net sales of $88.2 million and "
                  "a net loss of $1.7 million.", head)
    assert summary(found) == {("Revenues", Decimal("88200000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("-1700000"), Q2_2006)}


def test_a_respectively_list_with_a_compared_list_naming_its_periods() -> None:
    # a retailer's year ending in January, named by the year it begins: its year comes from the headline
    head = ("Quillon Stores Inc. Reports Second Quarter and Six Months 2006 Results\n"
            "DALLAS--(BUSINESS WIRE)--Aug. 16, 2006--Quillon Stores Inc. announced that ")
    found = facts("sales for the second quarter and first six months ended July 29, 2006 were $61.3 million and $118.4 "
                  "million, respectively, as compared to $57.0 million in the second quarter of 2005 and $110.9 "
                  "million in the first six months of 2005.", head)
    assert summary(found) == {
        ("Revenues", Decimal("61300000"), Period(D(2006, 7, 29), D(2006, 4, 30))),
        ("Revenues", Decimal("118400000"), Period(D(2006, 7, 29), D(2006, 1, 29))),
        ("Revenues", Decimal("57000000"), Period(D(2005, 7, 30), D(2005, 5, 1))),
        ("Revenues", Decimal("110900000"), Period(D(2005, 7, 30), D(2005, 1, 30))),
    }


def test_the_same_period_in_a_year_after_a_period_ending_in_december() -> None:
    head = ("PIKESVILLE, Md., Feb. 05, 2006 (GLOBE NEWSWIRE) \u2014 Severn Creek Bancorp (NASDAQ: SCBK) announced "
            "today net income of $0.81 million for the three-month period ended December 31, 2005.\n\n")
    found = facts("Severn Creek Bancorp reported net income of $2.94 million for the year ended December 31, 2005, "
                  "compared to $2.41 million for the same period in 2004.", head)
    assert ("NetIncomeLoss", Decimal("2410000"), Period(D(2004, 12, 31), D(2004, 1, 1))) in summary(found)


def test_a_per_share_figure_before_a_gain_is_left_out() -> None:
    found = facts("Halverson reported second quarter 2006 earnings of $0.41 per diluted share, compared to $0.29 per "
                  "diluted share (before inclusion of a $0.15 per share gain from an insurance settlement) in the "
                  "second quarter of 2005.")
    assert summary(found) == {("EarningsPerShareDiluted", Decimal("0.41"), Q2_2006)}


def test_comparing_a_period_to_the_corresponding_period_last_year() -> None:
    found = facts("Comparing the second quarter of 2006 to the corresponding period last year, net sales increased 12% "
                  "to $84.6 million from $75.5 million.")
    assert summary(found) == {("Revenues", Decimal("84600000"), Q2_2006), ("Revenues", Decimal("75500000"), Q2_2005)}


def test_dash_bullets_on_consecutive_lines() -> None:
    head = ("EXHIBIT 99.1\nHalverson Labs Announces Second Quarter EPS of $0.37\nPORTVILLE, Maine, July 20, 2006 -- "
            "Halverson Labs Inc. today announced its financial results for the three months and six months ended "
            "June 30, 2006.\nFinancial Results for the Second Quarter\n")
    found = facts("- Net revenue increased 9.1% to $148.2 million for the second quarter of 2006 compared with $135.8 "
                  "million for the second quarter of 2005.\n- Net income attributable to Halverson Labs for the second "
                  "quarter of 2006 was $5.2 million, or $0.37 per diluted share, compared with $4.1 million, or $0.29 "
                  "per diluted share, in the same period of 2005.", head)
    assert summary(found) == {("Revenues", Decimal("148200000"), Q2_2006),
                              ("Revenues", Decimal("135800000"), Q2_2005),
                              ("NetIncomeLoss", Decimal("5200000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("4100000"), Q2_2005),
                              ("EarningsPerShareDiluted", Decimal("0.37"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.29"), Q2_2005)}


@pytest.mark.parametrize("aside", [", including the one-time charge for the impairment of an investment,",
                                   ", which includes the new unit,"])
def test_an_aside_on_what_net_income_includes(aside: str) -> None:
    found = facts(f"Net income for the second quarter{aside} was $0.5 million, or $0.04 per diluted share.")
    assert summary(found) == {("NetIncomeLoss", Decimal("500000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.04"), Q2_2006)}


def test_a_period_after_what_the_figure_includes_is_not_the_figures() -> None:
    found = facts("For fiscal 2005, the company reported revenue of $12.1 million and a net loss of $7.5 million, or "
                  "$1.47 per share, including special charges of $4.0 million in the second fiscal quarter, the "
                  "company said.")
    assert summary(found) == {("Revenues", Decimal("12100000"), FY_2005),
                              ("NetIncomeLoss", Decimal("-7500000"), FY_2005),
                              ("EarningsPerShareBasicAndDiluted", Decimal("-1.47"), FY_2005)}


def test_a_compared_figure_before_a_gain_leaves_the_current_one() -> None:
    found = facts("Halverson reported second quarter 2006 net income of $2.6 million, or $0.06 per share, compared to "
                  "net income, before an extraordinary gain, of $2.4 million, or $0.07 per share, in the second "
                  "quarter of 2005.")
    assert summary(found) == {("NetIncomeLoss", Decimal("2600000"), Q2_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.06"), Q2_2006)}


def test_period_wordings_of_audit_25() -> None:
    head = ("KESTREL KNITWEAR REPORTS THIRD QUARTER RESULTS\n\nKestrel Knitwear, Inc. (NASDAQ: KKW) today reported "
            "that net sales for its fiscal third quarter ended July 1, 2006 increased to $58.3 million, from "
            "$54.9 million in the comp quarter last year.\n\n")
    found = facts("Net operating revenues for the quarter totaled $58.3 million.", head)
    assert summary(found) == {("Revenues", Decimal("58300000"), Period(D(2006, 7, 1), D(2006, 4, 2))),
                              ("Revenues", Decimal("54900000"), Period(D(2005, 7, 2), D(2005, 4, 3)))}


def test_a_date_after_an_undated_today_is_not_the_release_date() -> None:
    # February 8 is the day of an acquisition, not the release's: a March 31 period end is not an outlook
    head = ("Halverson Labs, Inc. (NYSE: HLV) today announced financial results for the three months ended March 31, "
            "2006.\n\nAs previously announced, on February 8, 2006, the Company completed its acquisition of "
            "Lindqvist Medical. Financial data reported in this release includes Lindqvist's results from February 8, "
            "2006.\n\n")
    found = facts("Net revenues for the three months ended March 31, 2006, totaled $1.284 billion, a 14.2 percent "
                  "increase compared with $1.124 billion for the same period in 2005.", head)
    assert summary(found) == {("Revenues", Decimal("1284000000"), Q1_2006),
                              ("Revenues", Decimal("1124000000"), Period(D(2005, 3, 31), D(2005, 1, 1)))}


def test_the_dateline_date_is_the_one_its_dash_follows() -> None:
    head = ("Exhibit 99.1 HALVERSON LABS ANNOUNCES SECOND QUARTER 2006 RESULTS Tuesday July 19, 2009 PORTVILLE, "
            "Maine--July 20, 2006-- Halverson Labs Inc. reported ")
    found = facts("basic earnings per share of $0.44 for the first six months of 2006 compared to basic earnings per "
                  "share of $0.35 for the same period in 2005.", head)
    assert summary(found) == {("EarningsPerShareBasic", Decimal("0.44"), H1_2006),
                              ("EarningsPerShareBasic", Decimal("0.35"), H1_2005)}


def test_a_section_on_a_comparable_basis_states_no_gaap_figures() -> None:
    found = facts("Second-Quarter 2006 Consolidated Results (on a year-over-year, comparable basis unless otherwise "
                  "noted)\n\nDiluted earnings per common share increased 12.2 percent, to $0.92, on 12.0 percent "
                  "higher net income of $18.4 million.")
    assert summary(found) == set()


@pytest.mark.parametrize("body", ["Consolidated earnings per share were $0.40 for the quarter.",
                                  "Consolidated net income per share was $0.40 for the quarter."])
def test_a_phrase_before_per_share_is_not_the_measure_it_starts(body: str) -> None:
    # "consolidated earnings" names net income, but not where "per share" follows it
    assert summary(facts(body)) == {("EarningsPerShareBasicAndDiluted", Decimal("0.40"), Q2_2006)}


def test_a_measure_per_something_else_is_not_the_measure() -> None:
    assert summary(facts("Net sales per square foot were $310 for the quarter, and revenue per employee was "
                         "$1.2 million.")) == set()


def test_dates_written_day_first() -> None:
    head = ("KESTREL HOLDINGS PLC REPORTS SECOND QUARTER RESULTS\n\nLONDON, 27 July 2006 -- Kestrel Holdings plc "
            "(NASDAQ: KSTL) today announced results for the second quarter.\n\n")
    found = facts("Revenue for the quarter was $41.2 million. Long-term debt was $12.0 million at 30 June 2006.", head)
    assert summary(found) == {("Revenues", Decimal("41200000"), Q2_2006),
                              ("LongTermDebt", Decimal("12000000"), Period(D(2006, 6, 30)))}


def test_for_the_period_is_the_period_last_spoken_of() -> None:
    found = facts("Revenue for the six months ended June 30, 2006 was $9.1 million. Net income for the period was "
                  "$3.1 million, up from $2.8 million.")
    assert summary(found) == {("Revenues", Decimal("9100000"), H1_2006),
                              ("NetIncomeLoss", Decimal("3100000"), H1_2006),
                              ("NetIncomeLoss", Decimal("2800000"), H1_2005)}


@pytest.mark.parametrize(("body", "period"), [
    ("Revenue for the quarter ended June 30 was $7.3 million.", Q2_2006),
    ("Revenue for the second quarter ended June 30 increased to $7.3 million.", Q2_2006),
    ("Revenue for the six months ended June 30 was $7.3 million.", H1_2006),
    ("Revenue for the quarter ended March 31 was $7.3 million.", Q1_2006),
])
def test_a_period_ended_on_a_day_without_a_year(body: str, period: Period) -> None:
    assert summary(facts(body)) == {("Revenues", Decimal("7300000"), period)}


def test_a_day_without_a_year_is_the_last_one_before_the_release() -> None:
    head = ("HALVERSON LABS INC. REPORTS FOURTH QUARTER RESULTS\n\nPORTVILLE, Maine, January 24, 2006 -- Halverson "
            "Labs Inc. (NASDAQ: HALV) announced today results for the fourth quarter.\n\n")
    found = facts("Revenue for the fourth quarter ended Dec. 31 decreased to $2.4 million.", head)
    assert summary(found) == {("Revenues", Decimal("2400000"), Period(D(2005, 12, 31), D(2005, 10, 1)))}
    # a period a year back is not read as the last such day
    assert summary(facts("Revenue for the year-ago quarter ended Dec. 31 was $2.1 million.", head)) == set()


def test_a_diluted_figure_beside_a_basic_one_in_parentheses() -> None:
    found = facts("Net income for the quarter increased to $812,000 ($0.21 per common share on 3.8 million shares; "
                  "$0.19 per common share assuming dilution on 4.2 million shares).")
    assert summary(found) == {("NetIncomeLoss", Decimal("812000"), Q2_2006),
                              ("EarningsPerShareBasic", Decimal("0.21"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.19"), Q2_2006)}


def test_a_figure_per_share_based_on_diluted_shares_is_diluted() -> None:
    found = facts("Net income of $7.4 million or $0.11 per share (based on a weighted average of 66,120,400 diluted "
                  "shares outstanding for the quarter).")
    assert one(found, "EarningsPerShareDiluted").value == Decimal("0.11")


@pytest.mark.parametrize("compared", ["compared with $4.0 million in the second quarter of 2005",
                                      "4 percent lower than $4.0 million for the second quarter of 2005"])
def test_a_compared_figure_is_the_one_it_is_like(compared: str) -> None:
    found = facts(f"Net income was $5.0 million, or $0.21 per share, {compared}.")
    assert summary(found) == {("NetIncomeLoss", Decimal("5000000"), Q2_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.21"), Q2_2006),
                              ("NetIncomeLoss", Decimal("4000000"), Q2_2005)}


def test_a_lower_case_name_is_ours() -> None:
    head = ("EVERNA INC. REPORTS SECOND QUARTER RESULTS\n\nPORTVILLE, Maine, July 20, 2006 - eVerna Inc. "
            "(NASDAQ: EVRN) today reported that railway operating revenues for the second quarter ended June 30, "
            "2006, increased 11% to $2.6 billion.\n\n")
    assert summary(facts("", head)) == {("Revenues", Decimal("2600000000"), Q2_2006)}



def test_a_name_right_after_the_datelines_dashes() -> None:
    report = converter.convert("KVX Holdings Reports Second Quarter Results\n\nPORTVILLE, Maine--(BUSINESS WIRE)--July "
                               "20, 2006--KVX Holdings, Inc. (NASDAQ:KVXH) today reported revenue of $7.3 million for "
                               "the second quarter ended June 30, 2006.\n")
    assert one(list(report.facts), "EntityRegistrantName").value == "KVX Holdings, Inc."


def test_figures_before_the_charge_are_not_the_gaap_figures() -> None:
    found = facts("Net income for the second quarter of 2005 was $31.2 million, or 36 cents per share. Before the "
                  "charge, second quarter 2005 earnings were $58.2 million, or 67 cents per share.")
    assert summary(found) == {("NetIncomeLoss", Decimal("31200000"), Q2_2005),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.36"), Q2_2005)}


def test_an_acquisition_that_only_explains_the_figures() -> None:
    found = facts("Net sales for the quarter were $318.2 million, a 12.0% increase when compared to the $284.1 "
                  "million for the same period last year, with the increase resulting primarily from the acquisition "
                  "of Delmar Farms, Inc.")
    assert summary(found) == {("Revenues", Decimal("318200000"), Q2_2006),
                              ("Revenues", Decimal("284100000"), Q2_2005)}
    # what an acquisition brought, or the acquired business's own figures, are not ours
    assert summary(facts("The acquisition of Delmar Farms, Inc. added net sales of $40.2 million in the quarter.")) \
        == set()


@pytest.mark.parametrize("body", [
    "Net income for the quarter was $1.1 million; EBITDA improved 28% to $61.1 million compared to $47.7 million in "
    "the second quarter of 2005.",
    "Net income for the quarter was $1.1 million or $0.09 per share compared to $0.5 million in the previous year. "
    "|\u2022 |EBITDA improved 28% to $61.1 million compared to $47.7 million in the second quarter of 2005.",
])
def test_a_compared_figure_of_a_measure_not_ours_is_left_out(body: str) -> None:
    assert Decimal("47700000") not in values(facts(body))


def test_a_figure_higher_than_one_of_a_named_weeks_quarter() -> None:
    found = facts("Sales reached $48.2 million for the 13-week quarter, 9.5 percent higher than the $44.0 million "
                  "attained in the 13-week quarter of 2005.", HEAD_WEEKS)
    assert summary(found) == {("Revenues", Decimal("48200000"), Period(D(2006, 7, 1), D(2006, 4, 2))),
                              ("Revenues", Decimal("44000000"), Period(D(2005, 7, 2), D(2005, 4, 3)))}


def test_a_year_to_date_basis_is_a_period() -> None:
    found = facts("On a year-to-date basis, the Company's revenue was up $1.1 million or 4.0% to $28.6 million "
                  "compared with $27.5 million for the same period in 2005. Revenue advanced 6% to $14.6 million "
                  "for the quarter.")
    assert summary(found) == {("Revenues", Decimal("28600000"), H1_2006), ("Revenues", Decimal("27500000"), H1_2005),
                              ("Revenues", Decimal("14600000"), Q2_2006)}


def test_what_the_company_reported_in_a_period_compared_with_is_that_periods() -> None:
    found = facts("Second quarter 2006 sales of $28.1 million were 4 percent lower than the first quarter of 2006, "
                  "when the company reported earnings of 9 cents per share.")
    assert summary(found) == {("Revenues", Decimal("28100000"), Q2_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.09"), Q1_2006)}


def test_a_diluted_figure_between_a_figure_and_per_share() -> None:
    found = facts("Year-to-date earnings were $15.2 million, or $1.52 ($1.49 diluted) per share, compared with "
                  "$12.0 million, or $1.20 ($1.18 diluted) per share, for the first six months of 2005.")
    assert summary(found) == {("NetIncomeLoss", Decimal("15200000"), H1_2006),
                              ("EarningsPerShareBasic", Decimal("1.52"), H1_2006),
                              ("EarningsPerShareDiluted", Decimal("1.49"), H1_2006),
                              ("NetIncomeLoss", Decimal("12000000"), H1_2005),
                              ("EarningsPerShareBasic", Decimal("1.20"), H1_2005),
                              ("EarningsPerShareDiluted", Decimal("1.18"), H1_2005)}


def test_the_prior_fiscal_years_first_six_months_before_the_concept() -> None:
    found = facts("For the first six months of 2006, the Company reported net income of $20.1 million, or $.50 per "
                  "share, a $5.4 million decrease when compared to the prior fiscal year's first six months net "
                  "income of $25.5 million, or $.63 per share.")
    assert summary(found) == {("NetIncomeLoss", Decimal("20100000"), H1_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.50"), H1_2006),
                              ("NetIncomeLoss", Decimal("25500000"), H1_2005),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.63"), H1_2005)}


def test_a_total_its_phrase_names_after_it() -> None:
    found = facts("The company reported $29.2 million in revenue and $4.0 million in net income for the quarter. "
                  "Halverson generated $51.2 million in sales for the first six months, compared to $48.0 million in "
                  "the first six months of 2005.")
    assert summary(found) == {("Revenues", Decimal("29200000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("4000000"), Q2_2006),
                              ("Revenues", Decimal("51200000"), H1_2006), ("Revenues", Decimal("48000000"), H1_2005)}


@pytest.mark.parametrize("body", [
    "The company reported $9.2 million in product revenue for the quarter.",
    "The Widget segment reported $9.2 million in revenue for the quarter.",
    "Kestrel Corp. reported $9.2 million in revenue for the quarter.",
    "Revenue was $29.2 million, and the company reported $9.2 million in revenue from its new stores.",
])
def test_a_part_named_after_its_figure_is_not_the_total(body: str) -> None:
    assert Decimal("9200000") not in values(facts(body))


def test_a_count_of_weeks_in_parentheses_before_ended() -> None:
    # no dateline: "reported ... ended July 29, 2006" is a period's end, not the release's date
    head = ("QUILLON FOODS CORP. REPORTS SECOND QUARTER RESULTS\n\nQuillon Foods Corp. reported total net sales for "
            "the second quarter (13 weeks) ended July 29, 2006 increased 8.2% to $64.3 million from $59.4 million "
            "reported in the second quarter (13 weeks) ended July 30, 2005.\n\n")
    found = facts("Total net sales for the first six months (26 weeks) ended July 29, 2006 increased 6.1% to $121.5 "
                  "million from $114.5 million reported in the first six months (26 weeks) of the prior year.", head)
    assert summary(found) == {("Revenues", Decimal("64300000"), Period(D(2006, 7, 29), D(2006, 4, 30))),
                              ("Revenues", Decimal("59400000"), Period(D(2005, 7, 30), D(2005, 5, 1))),
                              ("Revenues", Decimal("121500000"), Period(D(2006, 7, 29), D(2006, 1, 29))),
                              ("Revenues", Decimal("114500000"), Period(D(2005, 7, 30), D(2005, 1, 30)))}


def test_figures_under_an_accounting_method_are_on_a_basis_of_their_own() -> None:
    assert summary(facts("Under the retail method, the Company reported net income of $12.9 million for the "
                         "quarter. For the six months, the Company reported net income of $20.1 million.")) == set()


def test_a_dash_bullet_after_a_full_stop_is_a_sentence_of_its_own() -> None:
    found = facts("Second Quarter 2006 Highlights\n\n    --  Revenues of $48.3 million.\n    --  Operating income of "
                  "$6.1 million, compared with $3.9 million in the second\n        quarter of 2005.\n    --  Net "
                  "income of $4.2 million, or $0.31 per diluted share.")
    assert summary(found) == {("Revenues", Decimal("48300000"), Q2_2006),
                              ("OperatingIncomeLoss", Decimal("6100000"), Q2_2006),
                              ("OperatingIncomeLoss", Decimal("3900000"), Q2_2005),
                              ("NetIncomeLoss", Decimal("4200000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.31"), Q2_2006)}


def test_a_figure_excluding_a_charge_right_after_it_is_left_out() -> None:
    found = facts("Highlights for the quarter included: * Achieved record earnings of $2.71 per share excluding "
                  "one-time charge. Net income for the second quarter was $21.4 million, or $0.52 per share.")
    assert Decimal("2.71") not in values(found) and Decimal("0.52") in values(found)


def test_a_phrase_after_the_figures_does_not_open_the_sentence() -> None:
    found = facts("Halverson Labs Inc. today announced second quarter earnings of $0.41 per share on 21.7 million "
                  "diluted shares.")
    assert summary(found) == {("EarningsPerShareDiluted", Decimal("0.41"), Q2_2006)}


@pytest.mark.parametrize(("body", "concept", "value", "period"), [
    ("Net income was $7 million, versus $4.4 million in the comparable 2005 period.", "NetIncomeLoss",
     Decimal("4400000"), Q2_2005),
    ("Net income for the quarter was $14.2 million or $0.41 diluted income per share (\"EPS\"), compared with a net "
     "loss of $(6.3) million, or $(0.19) diluted EPS, for the second quarter of 2005.", "EarningsPerShareDiluted",
     Decimal("-0.19"), Q2_2005),
    ("Total net income, which also includes the effects of special charges, was $7.0 million, or $.15 per share in "
     "the second quarter of 2006.", "NetIncomeLoss", Decimal("7000000"), Q2_2006),
    ("In the first six months of 2006, Halverson Labs earned $214.6 million, or $1.73 per share.", "NetIncomeLoss",
     Decimal("214600000"), H1_2006),
    ("The company also reported a net loss of 21 cents per share, or $18.6 million, for the quarter.", "NetIncomeLoss",
     Decimal("-18600000"), Q2_2006),
])
def test_wordings_of_audit_27(body: str, concept: str, value: Decimal, period: Period) -> None:
    assert (concept, value, period) in summary(facts(body))


def test_a_period_named_by_its_year() -> None:
    found = facts("Revenue for the six months ended June 30, 2006 was $4.0 million, compared to $7.7 million in the "
                  "2005 period.")
    assert summary(found) == {("Revenues", Decimal("4000000"), H1_2006), ("Revenues", Decimal("7700000"), H1_2005)}


def test_a_new_subject_after_a_comparison_with_its_own_verb() -> None:
    found = facts("Net income for the second quarter grew to $41.2 million, up 9% from the $37.8 million earned in the "
                  "second quarter of 2005, and diluted earnings per share of $1.64 were up 8%.")
    assert ("EarningsPerShareDiluted", Decimal("1.64"), Q2_2006) in summary(found)
    assert not any(f.period == Q2_2005 and f.concept == "EarningsPerShareDiluted" for f in found)


def test_a_dateline_set_off_by_an_en_dash_starts_a_paragraph() -> None:
    # the bullet above it compares with a year; the fiscal quarter's end below is the current period's
    found = facts_of("Exhibit 99.1\nKESTREL STORES REPORTS FISCAL 2005 FOURTH QUARTER RESULTS\n  Q4 2005 GAAP diluted "
                     "EPS was $0.82 versus $0.71 in 2004\nMARLOW \u2013 March 9, 2006 \u2013 Kestrel Stores (NYSE: "
                     "KST) today announced its results for the fourth quarter and year ended January 28, 2006.\n")
    assert summary(found) == {("EarningsPerShareDiluted", Decimal("0.82"), Period(D(2006, 1, 28), D(2005, 10, 30))),
                              ("EarningsPerShareDiluted", Decimal("0.71"), Period(D(2005, 1, 29), D(2004, 10, 31)))}


def test_a_figure_compared_with_one_that_is_not_ours_is_left_out() -> None:
    found = facts("Second Quarter 2006 GAAP net earnings of $0.41 per diluted share compared to $0.77 for the second "
                  "quarter of 2005\nSecond Quarter 2006 Non-GAAP net earnings of $0.63 per diluted share compared to "
                  "$0.29 for the second quarter of 2005")
    assert summary(found) == {("EarningsPerShareDiluted", Decimal("0.41"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.77"), Q2_2005)}
    # a change between is no figure compared with
    found = facts("Revenues for the second quarter of 2006 were $88.2 million, a decrease of $15.3 million, or "
                  "14.8%, compared to $103.5 million for the second quarter of 2005.")
    assert summary(found) == {("Revenues", Decimal("88200000"), Q2_2006), ("Revenues", Decimal("103500000"), Q2_2005)}


def test_the_quarter_a_year_after_the_one_compared_with() -> None:
    head = ("KESTREL DEVICES REPORTS RESULTS\n\nSALT LAKE CITY, Utah, Aug. 10, 2006 -- Kestrel Devices, Inc. "
            "(Nasdaq: KSTD) today announced revenues of $58.4 million for the quarter ended June 30, 2006.\n\n")
    found = facts("GAAP net income for the quarter ended June 30, 2006 was $412,000, or $0.02 per share, compared to "
                  "$3.1 million, or $0.11 per share, for the second quarter of 2005.", head)
    assert summary(found) == {("Revenues", Decimal("58400000"), Q2_2006), ("NetIncomeLoss", Decimal("412000"), Q2_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.02"), Q2_2006),
                              ("NetIncomeLoss", Decimal("3100000"), Q2_2005),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.11"), Q2_2005)}


def test_a_figure_in_millions_before_the_next_phrase_on_earnings_per_share() -> None:
    found = facts("For the second quarter of 2006, net sales were $71.2 million, earnings per share from continuing "
                  "operations was $0.41 and adjusted earnings per share was $0.29.")
    assert summary(found) == {("Revenues", Decimal("71200000"), Q2_2006)}


def test_our_name_before_the_concept_narrows_nothing() -> None:
    found = facts("- Halverson Labs total revenues increased 4.1 percent to $412.3 million.\n\nHalverson Canada total "
                  "revenues were $12.0 million.")
    assert summary(found) == {("Revenues", Decimal("412300000"), Q2_2006)}
    found = facts("Total real estate revenues were $9.9 million.")
    assert summary(found) == {("Revenues", Decimal("9900000"), Q2_2006)}
    # one word of our name may name a part: Halverson Labs' "Labs revenues"
    found = facts("Revenues for the second quarter were $50.0 million compared with $58.4 million for the second "
                  "quarter of 2005. Labs revenues were $43.2 million compared to $52.3 million for the second quarter "
                  "of last year.")
    assert summary(found) == {("Revenues", Decimal("50000000"), Q2_2006), ("Revenues", Decimal("58400000"), Q2_2005)}


def test_figures_absent_those_items_are_not_gaaps() -> None:
    found = facts("In the second quarter of 2006, Halverson earned $30.1 million, or $0.25 per share on a fully "
                  "diluted basis. Absent those items, Halverson earned $37.6 million, or $0.31 per share on a fully "
                  "diluted basis, in the second quarter of 2006.")
    assert summary(found) == {("NetIncomeLoss", Decimal("30100000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.25"), Q2_2006)}


def test_a_named_business_in_parentheses_before_revenue_narrows_it() -> None:
    found = facts("Operating revenue, net of fuel surcharges and Pinecrest Logistics, LLC (PCL) revenue, increased "
                  "6.2% to $98.7 million for the second quarter of 2006.")
    assert summary(found) == set()
    found = facts("Halverson Labs Inc. (NASDAQ: HALV) revenue for the second quarter was $9.8 million.")
    assert summary(found) == {("Revenues", Decimal("9800000"), Q2_2006)}


def test_what_a_part_of_net_income_totaled_per_share_is_not_earnings_per_share() -> None:
    found = facts("Diluted net income per common share totaled $0.62 for the quarter. Net income includes the impact "
                  "of realized gains and losses on investments, which totaled a loss of $0.03 per share in the second "
                  "quarter of 2006 and a loss of $0.08 per share in the second quarter of 2005.")
    assert summary(found) == {("EarningsPerShareDiluted", Decimal("0.62"), Q2_2006)}


def test_a_bare_revenue_sentence_after_a_segments_goes_on_about_it() -> None:
    found = facts("Revenue for the quarter increased 6.1%, to $14.2 million. Operating income at the company's "
                  "magazine segment fell 8.2% in the quarter, to $4.1 million. Revenue advanced 1.9%, to $5.1 million.")
    assert summary(found) == {("Revenues", Decimal("14200000"), Q2_2006)}
    for segment in ("Operating income at Halverson' financial information services segment fell 20.9% in the "
                    "quarter, to $4.1 million.",
                    "The diagnostics segment, which includes the Lindqvist group, posted operating income of $4.1 "
                    "million for the quarter."):
        assert summary(facts(f"{segment} Revenue advanced 1.9%, to $5.1 million.")) == set()
    # not after a sentence that names products in passing
    found = facts("Operating income for the quarter was $3.0 million, helped by increased net sales of roofing "
                  "products. Net sales for the second quarter of 2006 reached $53.0 million.")
    assert ("Revenues", Decimal("53000000"), Q2_2006) in summary(found)


@pytest.mark.parametrize(("body", "expected"), [
    ("Base earnings for the quarter were $2.41 per diluted share, compared with $2.21 in the second quarter of 2005.",
     set()),
    ("Reported net income of $2.6 million for the quarter; $0.08 per diluted common share.",
     {("NetIncomeLoss", Decimal("2600000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.08"), Q2_2006)}),
    ("The net loss (including non-cash losses) for the period was approximately $3,418,000 or $(0.03) per share.",
     {("NetIncomeLoss", Decimal("-3418000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("-0.03"), Q2_2006)}),
])
def test_wordings_of_audit_29(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_compared_list_stands_in_for_the_main_figures_place_by_place() -> None:
    found = facts("Net income for the quarter was $12.4 million, or $0.41 per diluted share, compared to $10.1 million "
                  "and $0.33, respectively, in the second quarter of 2005.")
    assert summary(found) == {("NetIncomeLoss", Decimal("12400000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.41"), Q2_2006),
                              ("NetIncomeLoss", Decimal("10100000"), Q2_2005),
                              ("EarningsPerShareDiluted", Decimal("0.33"), Q2_2005)}
    found = facts("Revenue was $50.2 million and the net loss was $5.1 million in the quarter, compared to $45.3 "
                  "million and $4.4 million, respectively, a year ago.")
    assert summary(found) == {("Revenues", Decimal("50200000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("-5100000"), Q2_2006),
                              ("Revenues", Decimal("45300000"), Q2_2005),
                              ("NetIncomeLoss", Decimal("-4400000"), Q2_2005)}
    # the list pairs periods of its own, not the main figures: left out, the main figures kept
    found = facts("Net income for the quarter was $12.4 million, or $0.41 per diluted share, compared to $10.1 million "
                  "and $25.3 million for the second quarter and first six months of 2005, respectively.")
    assert summary(found) == {("NetIncomeLoss", Decimal("12400000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.41"), Q2_2006)}
    # as many figures as places, or none
    found = facts("Net income for the quarter was $12.4 million, or $0.41 per diluted share, compared to $10.1 million "
                  "and $0.33 and $0.32, respectively, in the second quarter of 2005.")
    assert summary(found) == {("NetIncomeLoss", Decimal("12400000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.41"), Q2_2006)}


@pytest.mark.parametrize(("body", "expected"), [
    ("Revenue rose 5% in 2005.Net income for the second quarter was $4.4 million.",
     {("NetIncomeLoss", Decimal("4400000"), Q2_2006)}),
    ("Revenue increased 12% year-over-year and 4% sequentially to $120.5 million.",
     {("Revenues", Decimal("120500000"), Q2_2006)}),
])
def test_wordings_of_session_10(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Revenue for the quarter decreased 3% from the prior year second quarter, to $38.2 million.",
     {("Revenues", Decimal("38200000"), Q2_2006)}),
    # the period compared with is not the figure's, nor is its year a bare year
    ("Revenue decreased 3% from the second quarter of 2005 to $38.2 million.",
     {("Revenues", Decimal("38200000"), Q2_2006)}),
    ("Net income was $38.0 million, or approximately $0.12 per share, compared to $0.09 a year ago.",
     {("NetIncomeLoss", Decimal("38000000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.12"), Q2_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("0.09"), Q2_2005)}),
    ("Fully diluted earnings per common share were $1.09 in the quarter versus $1.02 a year ago.",
     {("EarningsPerShareDiluted", Decimal("1.09"), Q2_2006), ("EarningsPerShareDiluted", Decimal("1.02"), Q2_2005)}),
    ("Diluted earnings per common share were $1.09 and $1.02, respectively, for the second quarter of 2006 and 2005.",
     {("EarningsPerShareDiluted", Decimal("1.09"), Q2_2006), ("EarningsPerShareDiluted", Decimal("1.02"), Q2_2005)}),
    ("Net income for the second quarter was $618,000, or $0.07 per share on a basic and a diluted basis.",
     {("NetIncomeLoss", Decimal("618000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.07"), Q2_2006)}),
    ("Basic and diluted loss per share was $0.04 for the second quarter of 2006.",
     {("EarningsPerShareBasicAndDiluted", Decimal("-0.04"), Q2_2006)}),
    ("Net income attributable to the partnership was $41.7 million for the second quarter.",
     {("NetIncomeLoss", Decimal("41700000"), Q2_2006)}),
    ("Net income attributable to the limited partners was $41.7 million for the second quarter.", set()),
    ("The company reported unaudited net income of $41.7 million for the second quarter.",
     {("NetIncomeLoss", Decimal("41700000"), Q2_2006)}),
    ("Revenue was $27.4 million, compared to $25.0 million a year ago and $21.9 million last quarter.",
     {("Revenues", Decimal("27400000"), Q2_2006), ("Revenues", Decimal("25000000"), Q2_2005),
      ("Revenues", Decimal("21900000"), Q1_2006)}),
    ("Halverson announced today its financial results for the second quarter of 2006, including second quarter net "
     "sales of $4.82 million.", {("Revenues", Decimal("4820000"), Q2_2006)}),
    ("Net income was $5.1 million, including revenue of $2.2 million from the new plant.",
     {("NetIncomeLoss", Decimal("5100000"), Q2_2006)}),
    # an opening comparison with a period: the clause after it is the period's own
    ("Compared to the second quarter of 2005, Halverson grew net sales by 14 percent to $1.26 billion.",
     {("Revenues", Decimal("1260000000"), Q2_2006)}),
    ("Compared to the second quarter of 2005, net income rose 10% to $5.5 million from $5.0 million.",
     {("NetIncomeLoss", Decimal("5500000"), Q2_2006), ("NetIncomeLoss", Decimal("5000000"), Q2_2005)}),
])
def test_wordings_of_audit_30(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # an opening comparison with the results of a period leaves the clause after its comma to the figure
    ("As compared to results from continuing operations during the same period a year ago, second quarter revenues "
     "of $57.3 million represent an increase of over $6 million, or 12%.",
     {("Revenues", Decimal("57300000"), Q2_2006)}),
    # "the current year second quarter": the year names the quarter
    ("Net revenues totaled $88.4 million for the current year second quarter ended June 30, 2006, compared to $81.2 "
     "million in the prior year second quarter ended June 30, 2005, an increase of 8.9%.",
     {("Revenues", Decimal("88400000"), Q2_2006), ("Revenues", Decimal("81200000"), Q2_2005)}),
    # a loss compared with, named by its period
    ("The loss for six months was $3,117,000, or 31 cents per share. This compares with a six-month loss of "
     "$1,942,000, or 19 cents per share, last year.",
     {("NetIncomeLoss", Decimal("-3117000"), H1_2006), ("EarningsPerShareBasicAndDiluted", Decimal("-0.31"), H1_2006),
      ("NetIncomeLoss", Decimal("-1942000"), H1_2005), ("EarningsPerShareBasicAndDiluted", Decimal("-0.19"), H1_2005)}),
    # bare earnings with "or $1.05 diluted earnings per share" joined
    ("Earnings for the six months ended June 30, 2006 were $13.1 million or $1.05 diluted earnings per share as "
     "compared to $11.7 million or $0.93 diluted earnings per share for the same period in 2005.",
     {("NetIncomeLoss", Decimal("13100000"), H1_2006), ("EarningsPerShareDiluted", Decimal("1.05"), H1_2006),
      ("NetIncomeLoss", Decimal("11700000"), H1_2005), ("EarningsPerShareDiluted", Decimal("0.93"), H1_2005)}),
    ("Earnings per average share of common stock for the second quarter were $1.87.",
     {("EarningsPerShareBasicAndDiluted", Decimal("1.87"), Q2_2006)}),
    # the total of what goes on: revenue from continuing operations
    ("Revenues from continuing operations were $41.0 million for the second quarter, compared with $38.2 million a "
     "year ago.", {("Revenues", Decimal("41000000"), Q2_2006), ("Revenues", Decimal("38200000"), Q2_2005)}),
    # the period after "reported" is the figure's own
    ("Net income for the second quarter increased to $6.7 million, or $0.27 per diluted share. This compares to net "
     "income of $2.2 million, or $0.09 per diluted share, reported in the prior year and net income of $5.4 million, "
     "or $0.22 per diluted share, reported in the prior quarter.",
     {("NetIncomeLoss", Decimal("6700000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.27"), Q2_2006),
      ("NetIncomeLoss", Decimal("2200000"), Q2_2005), ("EarningsPerShareDiluted", Decimal("0.09"), Q2_2005),
      ("NetIncomeLoss", Decimal("5400000"), Q1_2006), ("EarningsPerShareDiluted", Decimal("0.22"), Q1_2006)}),
    # "same as" a period compares with it
    ("Diluted earnings per share were $0.01, the same as the second quarter of 2005.",
     {("EarningsPerShareDiluted", Decimal("0.01"), Q2_2006)}),
])
def test_wordings_of_audit_75(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_dateline_dash_run_into_the_name() -> None:
    head = "Expansion costs weigh on Halverson Labs\n\n"
    found = facts("July 20 -Halverson Labs Inc. lost $21.4 million, or 84 cents a share, on revenues of $9.3 million "
                  "during the quarter ending June 30.\n\nThe results include a charge of $1.2 million from grants of "
                  "stock options in second quarter 2006.", head)
    assert summary(found) == {("NetIncomeLoss", Decimal("-21400000"), Q2_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("-0.84"), Q2_2006),
                              ("Revenues", Decimal("9300000"), Q2_2006)}


def test_items_set_one_to_a_line_are_sentences_of_their_own() -> None:
    # the guidance item closing the list does not make the items above it outlook
    found = facts("Second Quarter 2006 Highlights\n\nRevenue increased 5.1% to $64.7 million;\nGAAP diluted earnings "
                  "per share of $0.14; Non-GAAP diluted earnings per share of $0.31; and\nHalverson reaffirms its "
                  "full-year 2006 financial guidance.")
    assert summary(found) == {("Revenues", Decimal("64700000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.14"), Q2_2006)}


def test_star_bullets_run_into_their_first_word_are_sentences_of_their_own() -> None:
    # "compared to the prior year" closing one bullet does not date the next
    found = facts("Second Quarter 2006 Financial Highlights:\n*Revenue of $512 million, an increase of 4% compared to "
                  "the prior year\n*Generated income from operations of $61 million and net income of $44 million\n"
                  "*Achieved GAAP diluted EPS of $0.52")
    assert summary(found) == {("Revenues", Decimal("512000000"), Q2_2006),
                              ("OperatingIncomeLoss", Decimal("61000000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("44000000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.52"), Q2_2006)}


def test_a_forward_word_in_the_company_name_looks_nowhere_ahead() -> None:
    body = ("Target Range Outfitters Corporation (NYSE: TRO) today reported net earnings for the second quarter ended "
            "June 30, 2006 of $21.2 million, compared with $18.1 million in the second quarter ended June 30, 2005.")
    expected = {("NetIncomeLoss", Decimal("21200000"), Q2_2006), ("NetIncomeLoss", Decimal("18100000"), Q2_2005)}
    assert summary(facts(body, head="From: Newswire Digest\n\n")) == expected
    # the word itself still looks ahead
    outlook = " Our target for third quarter net earnings is $25.0 million."
    assert summary(facts(body + outlook, head="From: Newswire Digest\n\n")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a previously reported figure, since restated, is none of ours
    ("Previously reported net earnings of $1.8 million or $.31 per common share ($.29 diluted) for the first quarter "
     "of 2006 have been restated to $1.1 million or $.19 per common share ($.18 diluted) to reflect acquisition "
     "costs.", set()),
    # a list's per-share figures with their diluted figures in asides
    ("Halverson announced net earnings of $1.6 million, or $.28 per common share ($.26 diluted), and $5.9 million, or "
     "$1.02 per common share ($.97 diluted), for the three and six month periods ended June 30, 2006, respectively.",
     {("NetIncomeLoss", Decimal("1600000"), Q2_2006), ("EarningsPerShareBasic", Decimal(".28"), Q2_2006),
      ("EarningsPerShareDiluted", Decimal(".26"), Q2_2006), ("NetIncomeLoss", Decimal("5900000"), H1_2006),
      ("EarningsPerShareBasic", Decimal("1.02"), H1_2006), ("EarningsPerShareDiluted", Decimal(".97"), H1_2006)}),
    ("Net earnings for the second quarter of 2006 were $3.1 million or $0.22 per diluted share compared with the loss "
     "of $4.7 million or $0.33 per diluted share reported for the second quarter of 2005.",
     {("NetIncomeLoss", Decimal("3100000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.22"), Q2_2006),
      ("NetIncomeLoss", Decimal("-4700000"), Q2_2005), ("EarningsPerShareDiluted", Decimal("-0.33"), Q2_2005)}),
    ("Halverson today reported second quarter 2006 sales of $41.3 million in comparison to $37.5 million in the second "
     "quarter of 2005.", {("Revenues", Decimal("41300000"), Q2_2006), ("Revenues", Decimal("37500000"), Q2_2005)}),
    ("Revenue for the full year ended December 31, 2005 was $171.5 million.",
     {("Revenues", Decimal("171500000"), FY_2005)}),
    ("Net income increased 12.0 percent to $8,412,300 or $.84 of fully diluted earnings per common share for the six "
     "months ended June 30, 2006.",
     {("NetIncomeLoss", Decimal("8412300"), H1_2006), ("EarningsPerShareDiluted", Decimal(".84"), H1_2006)}),
    ("Halverson reported net earnings of $2,140,000 or $.31 per share, on net sales of $18,450,000 for the three- "
     "month period ended June 30, 2006.",
     {("NetIncomeLoss", Decimal("2140000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal(".31"), Q2_2006),
      ("Revenues", Decimal("18450000"), Q2_2006)}),
    ("The net loss for the second quarter of 2006, including one-time charges was $6.4 million, or $.29 per diluted "
     "share, compared to net income of $2.2 million, or $.11 per diluted share, for the second quarter of 2005.",
     {("NetIncomeLoss", Decimal("-6400000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("-.29"), Q2_2006),
      ("NetIncomeLoss", Decimal("2200000"), Q2_2005), ("EarningsPerShareDiluted", Decimal(".11"), Q2_2005)}),
    # the respective periods of a list compared with the list before
    ("Halverson announced net earnings of $1.6 million and $5.9 million for the three and six month periods ended June "
     "30, 2006, respectively. This compares to $3.2 million and $9.9 million for the respective three and six month "
     "periods ended June 30, 2005.",
     {("NetIncomeLoss", Decimal("1600000"), Q2_2006), ("NetIncomeLoss", Decimal("5900000"), H1_2006),
      ("NetIncomeLoss", Decimal("3200000"), Q2_2005), ("NetIncomeLoss", Decimal("9900000"), H1_2005)}),
    ("Halverson announced net earnings of $1.6 million, or $.28 per common share ($.26 diluted), and $5.9 million, or "
     "$1.02 per common share ($.97 diluted), for the three and six month periods ended June 30, 2006, respectively. "
     "This compares favorably to $3.2 million, or $.60 per common share ($.45 diluted), and $9.9 million, or $1.82 per "
     "common share ($1.43 diluted) for the respective three and six month periods ended June 30, 2005.",
     {("NetIncomeLoss", Decimal("1600000"), Q2_2006), ("EarningsPerShareBasic", Decimal(".28"), Q2_2006),
      ("EarningsPerShareDiluted", Decimal(".26"), Q2_2006), ("NetIncomeLoss", Decimal("5900000"), H1_2006),
      ("EarningsPerShareBasic", Decimal("1.02"), H1_2006), ("EarningsPerShareDiluted", Decimal(".97"), H1_2006),
      ("NetIncomeLoss", Decimal("3200000"), Q2_2005), ("EarningsPerShareBasic", Decimal(".60"), Q2_2005),
      ("EarningsPerShareDiluted", Decimal(".45"), Q2_2005), ("NetIncomeLoss", Decimal("9900000"), H1_2005),
      ("EarningsPerShareBasic", Decimal("1.82"), H1_2005), ("EarningsPerShareDiluted", Decimal("1.43"), H1_2005)}),
])
def test_wordings_of_audit_76(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_headings_of_audit_77_date_the_bullets_under_them() -> None:
    # "Q4 ... (All amounts are in US dollars)" and "Year End ..." are headings naming their periods; the quarter a
    # bullet names in passing does not carry over into the next heading's bullets
    found = facts("Q4 Financial Highlights (All amounts are in US dollars)\n\n- Net income of $0.05 per basic share\n\n"
                  "- Cash costs of $702 per ounce during the quarter ended December 31, 2006\n\n"
                  "Year End Financial Highlights (All amounts are in US dollars)\n\n- Loss per share of $0.21\n\n"
                  "- The additional week in fiscal 2006 generated sales of approximately $4.1 million.", head=Q4_HEAD)
    assert summary(found) == {("EarningsPerShareBasic", Decimal("0.05"), Period(D(2006, 12, 31), D(2006, 10, 1))),
                              ("EarningsPerShareBasicAndDiluted", Decimal("-0.21"), Y2006)}


def test_a_quarter_after_a_figure_and_its_aside_is_of_the_year_the_sentence_opens_on() -> None:
    found = facts("In 2005, Halverson earned $49 million ($0.97 per share, fully diluted basis) in the fourth quarter.",
                  head=Q4_HEAD)
    q4_2005 = Period(D(2005, 12, 31), D(2005, 10, 1))
    assert summary(found) == {("NetIncomeLoss", Decimal("49000000"), q4_2005),
                              ("EarningsPerShareDiluted", Decimal("0.97"), q4_2005)}


def test_a_unit_named_operations_is_a_part() -> None:
    found = facts("Consolidated revenues in the second quarter were $61.2 million. Production from the Company's "
                  "100%-owned Timmins Mining Operations generated revenues of $48.7 million in the second quarter.")
    assert summary(found) == {("Revenues", Decimal("61200000"), Q2_2006)}
    # not the company's own measure: "Funds From Operations for the quarter rose ..., and net income was ..."
    assert summary(facts("Funds From Operations for the quarter rose to $82.7 million, and net income was $31.5 "
                         "million.")) == {("NetIncomeLoss", Decimal("31500000"), Q2_2006)}


def test_a_third_quarter_release_with_a_trailing_twelve_months() -> None:
    # "the 12 months ended Sept. 30, 1993" beside "today reported third quarter earnings" is a trailing year, not the
    # company's fiscal year
    found = facts_of("PRAIRIE VALLEY ELECTRIC REPORTS THIRD QUARTER RESULTS\n\n OMAHA, Neb., Nov. 3 /PRNewswire/ -- "
                     "Prairie Valley Electric Co. today reported third quarter earnings per average common share of "
                     "$1.21, compared with $1.08 for the same period a year ago.\n\n Earnings per average common "
                     "share for the 12 months ended Sept. 30, 1993, were $2.74 compared with $2.60 for same period a "
                     "year ago.")
    assert summary(found) == {
        ("EarningsPerShareBasicAndDiluted", Decimal("1.21"), Period(D(1993, 9, 30), D(1993, 7, 1))),
        ("EarningsPerShareBasicAndDiluted", Decimal("1.08"), Period(D(1992, 9, 30), D(1992, 7, 1))),
        ("EarningsPerShareBasicAndDiluted", Decimal("2.74"), Period(D(1993, 9, 30), D(1992, 10, 1))),
        ("EarningsPerShareBasicAndDiluted", Decimal("2.60"), Period(D(1992, 9, 30), D(1991, 10, 1)))}


def test_a_running_total_after_a_quarter_is_the_years() -> None:
    found = facts("The company earned $2.71 million in the fourth quarter, bringing net income for 2006 to $10 "
                  "million.", head=Q4_HEAD)
    assert ("NetIncomeLoss", Decimal("10000000"), Y2006) in summary(found)
    assert not [f for f in found if f.value == Decimal("10000000") and f.period != Y2006]


@pytest.mark.parametrize(("body", "expected"), [
    ("Net income dipped to $2.7 million, or 31 cents a share, in the second quarter, from $2.9 million, or 33 cents a "
     "share, in the year-earlier period.",
     {("NetIncomeLoss", Decimal("2700000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.31"), Q2_2006),
      ("NetIncomeLoss", Decimal("2900000"), Q2_2005), ("EarningsPerShareBasicAndDiluted", Decimal("0.33"), Q2_2005)}),
    ("Revenue slipped $0.4 million to $40.1 million in the second quarter.",  # the change, then the level
     {("Revenues", Decimal("40100000"), Q2_2006)}),
    ("Per share net income decreased to $.61 for the second quarter from $.74 in the comparable period of 2005.",
     {("EarningsPerShareBasicAndDiluted", Decimal(".61"), Q2_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal(".74"), Q2_2005)}),
    ("Net income for the six months ended June 30, 2006, also set a record of $83,215,000.",
     {("NetIncomeLoss", Decimal("83215000"), H1_2006)}),
    # a result measured against guidance is no outlook
    ("Net sales for the second quarter were $41.2 million compared to net sales of $44.6 million in the second quarter "
     "of 2005, in line with the Company's previously announced guidance.",
     {("Revenues", Decimal("41200000"), Q2_2006), ("Revenues", Decimal("44600000"), Q2_2005)}),
    ("The Company's guidance for the third quarter calls for net sales of $45.0 million.", set()),
])
def test_wordings_of_audit_78(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a trailing year spoken of in passing is not what the next sentence is about
    ("For the twelve months ended June 30, 2006, same store revenue growth was 4.2% over the corresponding period "
     "ending in 2005. Net loss was $8.6 million, or $0.12 per diluted common share.",
     {("NetIncomeLoss", Decimal("-8600000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("-0.12"), Q2_2006)}),
    ("The company's net loss for the second quarter deepened to $11.8 million, or $0.41 loss per share.",
     {("NetIncomeLoss", Decimal("-11800000"), Q2_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("-0.41"), Q2_2006)}),
    # the per-share list after "or" is the list before's, place by place
    ("Net income for the three months and six months ended June 30, 2006 was $12.4 million and $35.9 million, or $0.44 "
     "and $1.27 per share, respectively.",
     {("NetIncomeLoss", Decimal("12400000"), Q2_2006), ("NetIncomeLoss", Decimal("35900000"), H1_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("0.44"), Q2_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("1.27"), H1_2006)}),
    # a yearless end compared with, in the month of the end stated before it: the same period a year before
    ("Net loss for the three months ended June 30, 2006 was $6.3 million, or $0.18 per share, compared with net income "
     "of $512,000, or $0.01 per share, for the three months ended June 30.",
     {("NetIncomeLoss", Decimal("-6300000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("-0.18"), Q2_2006),
      ("NetIncomeLoss", Decimal("512000"), Q2_2005), ("EarningsPerShareBasicAndDiluted", Decimal("0.01"), Q2_2005)}),
])
def test_wordings_of_audit_79(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "basic" after "per common share" names the kind
    ("Net income was $.70 per common share basic for the quarter ended June 30, 2006 compared to $.67 per common share "
     "basic for the quarter ended June 30, 2005.",
     {("EarningsPerShareBasic", Decimal("0.70"), Q2_2006), ("EarningsPerShareBasic", Decimal("0.67"), Q2_2005)}),
    ("Net income was $4.2 million, or $.70 per common share, basic and diluted, for the second quarter.",
     {("NetIncomeLoss", Decimal("4200000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.70"), Q2_2006)}),
    # a sign run into the verb before it
    ("Net income for the quarter was$101,000, or 12 cents a diluted share, compared to $419,000, or 15 cents a diluted "
     "share, a year ago.",
     {("NetIncomeLoss", Decimal("101000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.12"), Q2_2006),
      ("NetIncomeLoss", Decimal("419000"), Q2_2005), ("EarningsPerShareDiluted", Decimal("0.15"), Q2_2005)}),
    ("Second quarter 2006 net income stands at $3.8 million, or $0.11 per share.",
     {("NetIncomeLoss", Decimal("3800000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.11"), Q2_2006)}),
    ("The company earned net income of $1.1 million in the quarter, compared with $0.9 million in the second quarter "
     "of 2005.", {("NetIncomeLoss", Decimal("1100000"), Q2_2006), ("NetIncomeLoss", Decimal("900000"), Q2_2005)}),
    ("The laboratory group produced revenue of $40.1 million in the second quarter, compared with $45.2 million in the "
     "second quarter of 2005.",
     {("Revenues", Decimal("40100000"), Q2_2006), ("Revenues", Decimal("45200000"), Q2_2005)}),
    # "reduced to" reaches the level; "reduced by" is the change
    ("The net loss was reduced by $1.1 million to $1.2 million from $2.3 million in the second quarter of 2005.",
     {("NetIncomeLoss", Decimal("-1200000"), Q2_2006), ("NetIncomeLoss", Decimal("-2300000"), Q2_2005)}),
    ("The restructuring charges reduced net income by $1.1 million in the second quarter.", set()),
    # a change in the recognition of revenue is no revenue
    ("During the second quarter of 2005, the Company recorded a charge for the cumulative effect on prior years of an "
     "accounting change in the recognition of revenue of $3.4 million.", set()),
    # a sentence opening on "A year ago," speaks of the same quarter a year back
    ("Sales for the quarter were $6.5 million. A year ago, sales for the same quarter were $4.2 million.",
     {("Revenues", Decimal("6500000"), Q2_2006), ("Revenues", Decimal("4200000"), Q2_2005)}),
    # what a unit's results are compared with is the unit's
    ("In the second quarter, Halverson had breakeven results from Halverson Leasing Solutions (HLS), compared to an "
     "after-tax loss of $63 million ($0.33 per share) in the second quarter of 2005.", set()),
])
def test_wordings_of_audit_83(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # what the change is from is the prior period's
    ("Net income was $31.7 million in the second quarter or $0.46 per share, an increase of $0.10 per share from the "
     "prior period's net income of $23.9 million or $0.36 per share.",
     {("NetIncomeLoss", Decimal("31700000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.46"), Q2_2006),
      ("NetIncomeLoss", Decimal("23900000"), Q2_2005), ("EarningsPerShareBasicAndDiluted", Decimal("0.36"), Q2_2005)}),
    ("Earnings per diluted share were $1.54 in the 2006 second quarter, up 25% from 2005 second quarter earnings per "
     "diluted share of $1.23 and up 69% from $.91 for the 2006 first quarter.",
     {("EarningsPerShareDiluted", Decimal("1.54"), Q2_2006), ("EarningsPerShareDiluted", Decimal("1.23"), Q2_2005),
      ("EarningsPerShareDiluted", Decimal("0.91"), Q1_2006)}),
    # an aside closed before the period leaves the period to the figure
    ("The net loss for the current quarter was $1.5 million or $0.05 per diluted share, compared with a net loss of "
     "$8.0 million or $0.30 per share, including restructuring charges, in the first quarter.",
     {("NetIncomeLoss", Decimal("-1500000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("-0.05"), Q2_2006),
      ("NetIncomeLoss", Decimal("-8000000"), Q1_2006), ("EarningsPerShareBasicAndDiluted", Decimal("-0.30"), Q1_2006)}),
    ("Adjusted to include Halverson's 40 percent share of Quillon Labs, revenues of $7.4 billion increased 8.9 "
     "percent.", set()),
    # the per share of a measure defined by what it leaves out
    ('For the second quarter of 2006, "operating income" (which excludes realized capital gains and losses) increased '
     "to $23.7 million versus $20.2 million for the comparable 2005 period, while earnings per share increased 17 "
     "percent to $1.03 versus 88 cents in the second quarter of 2005.", set()),
    ("Revenues for the quarter were $936.3million, compared to $912.1million for the second quarter of 2005.",
     {("Revenues", Decimal("936300000"), Q2_2006), ("Revenues", Decimal("912100000"), Q2_2005)}),
    ("Actual net income for the second quarter was $662 million or $0.09 per share.",
     {("NetIncomeLoss", Decimal("662000000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.09"), Q2_2006)}),
    ("Net income for the second quarter of 2006 on a generally accepted accounting principle (GAAP) basis, was $772 "
     "million or $0.10 per share.",
     {("NetIncomeLoss", Decimal("772000000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.10"), Q2_2006)}),
    # each per-share figure of the aside by its own word
    ("Net income for the quarter was $5.2 million ($0.98 diluted and $1.02 basic earnings per share).",
     {("NetIncomeLoss", Decimal("5200000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.98"), Q2_2006),
      ("EarningsPerShareBasic", Decimal("1.02"), Q2_2006)}),
    # an impairment of goodwill is no goodwill
    ("The net loss after the restructuring charge and the charge for impairment of goodwill was $16.1 million, or "
     "$0.99 per share.", set()),
])
def test_wordings_of_audit_84(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a notice once for all that per-share figures are diluted
    ("Net income for the quarter was $4.9 million or $0.06 per share (note: all references to earnings per share are "
     "to diluted earnings per share).",
     {("NetIncomeLoss", Decimal("4900000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.06"), Q2_2006)}),
    # the total of a per-share figure between it and what it is before
    ("Halverson today reported record second quarter earnings per share of $3.74 ($448.9 million), before the "
     "cumulative effect of an accounting change.", set()),
    # the kind, then the period, before the phrase
    ("Diluted quarterly GAAP earnings per share were up 69% to $0.44, compared to $0.26 in the second quarter of 2005.",
     {("EarningsPerShareDiluted", Decimal("0.44"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.26"), Q2_2005)}),
    # what follows a pair qualifies both, with or without its comma
    ("Diluted EPS was $0.43 versus $0.39 a year ago excluding one-time items.", set()),
])
def test_wordings_of_audit_85(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("There was a net loss for the current second quarter of $9.5 million, or $0.56 per share.",
     {("NetIncomeLoss", Decimal("-9500000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("-0.56"), Q2_2006)}),
    # a new subject after the comparison, past its adverb
    ("Net income was $4,527,000 up 133 percent from $1,943,000, and earnings per share correspondingly increased to "
     "$.49 from $.21.",
     {("NetIncomeLoss", Decimal("4527000"), Q2_2006), ("NetIncomeLoss", Decimal("1943000"), Q2_2005),
      ("EarningsPerShareBasicAndDiluted", Decimal("0.49"), Q2_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("0.21"), Q2_2005)}),
    # another measure with a figure of its own after a comparison with its figure
    ("For the second quarter, the company reported income before extraordinary item of $2,338,000, or $.26 per share, "
     "compared to $2,900,000, or $.38 per share, and net income of $2,338,000 or $.26 per share, compared to net "
     "income of $4,050,000, or $.53 per share, in the year-ago quarter.",
     {("NetIncomeLoss", Decimal("2338000"), Q2_2006), ("NetIncomeLoss", Decimal("4050000"), Q2_2005),
      ("EarningsPerShareBasicAndDiluted", Decimal("0.26"), Q2_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("0.53"), Q2_2005)}),
    ("Net income for the second quarter was $2.1 million. Net income for the same period in 2005, as restated, was "
     "$1.0 million.", {("NetIncomeLoss", Decimal("2100000"), Q2_2006), ("NetIncomeLoss", Decimal("1000000"), Q2_2005)}),
    ("On a diluted earnings per share basis, earnings were $0.62 for the quarter ended June 30, 2006 as compared to "
     "$0.60 for the prior year quarter ended June 30, 2005.",
     {("EarningsPerShareDiluted", Decimal("0.62"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.60"), Q2_2005)}),
    ("On a cash earnings per share basis, earnings were $0.84 for the quarter.", set()),
    # the change, the period it is of, then the level it reached
    ("Total revenue increased $11.8 million in the second quarter of 2006, or 15.4%, to $88.9 million, compared with "
     "$77.1 million in the second quarter of 2005.",
     {("Revenues", Decimal("88900000"), Q2_2006), ("Revenues", Decimal("77100000"), Q2_2005)}),
    # a kind of operations with a figure of its own is a part
    ("Lending operations produced net earnings of $5,528,000 in the second quarter.", set()),
    ("Continuing operations had net income of $2.1 million in the second quarter.", set()),
    ("The Company's operations generated revenues of $40.1 million in the second quarter.",
     {("Revenues", Decimal("40100000"), Q2_2006)}),
    ("Higher volumes and lower costs contributed to operating results yielding net income of $6.4 million in the "
     "second quarter.", {("NetIncomeLoss", Decimal("6400000"), Q2_2006)}),
    ("Net income available to common of $461.8 million, or $1.88 per share, compared to $300.1 million, or $1.24 per "
     "share, in the second quarter of 2005.",
     {("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("461800000"), Q2_2006),
      ("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("300100000"), Q2_2005),
      ("EarningsPerShareBasicAndDiluted", Decimal("1.88"), Q2_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("1.24"), Q2_2005)}),
])
def test_wordings_of_audit_86(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # an estimate in a part of the sentence that states no figure looks ahead for none of its figures
    ("Second Quarter 2006 Revenues of $924.7 Million, Up 19% Compared to $774.4 Million in Prior Year Quarter; "
     "Excluding Estimated Positive Impact of FX, Second Quarter 2006 Revenues Up 18% Compared to Prior Year Quarter",
     {("Revenues", Decimal("924700000"), Q2_2006), ("Revenues", Decimal("774400000"), Q2_2005)}),
    ("Diluted EPS for the second quarter was 45 cents; the company expects EPS of 50 cents in the third quarter.",
     set()),
    ("Diluted EPS for the second quarter was 45 cents; the company expects growth to continue.",
     {("EarningsPerShareDiluted", Decimal("0.45"), Q2_2006)}),
])
def test_wordings_of_audit_87(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a pair, its change and a slash, then what both leave out
    ("Halverson Reports Second Quarter 2006 EPS of $0.40 vs $0.31 Last Year, up 29% / Excluding Gains, Impairments "
     "and Restructuring Costs", set()),
    ("Diluted EPS was $0.43 versus $0.39 a year ago, and net income excluding charges was $5.1 million.",
     {("EarningsPerShareDiluted", Decimal("0.43"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.39"), Q2_2005)}),
    # primary, then fully diluted after a comma
    ("Net earnings were $46,619,000, or $2.05 per share, $1.87 on a fully diluted basis, for the second quarter ended "
     "June 30, 2006.",
     {("NetIncomeLoss", Decimal("46619000"), Q2_2006), ("EarningsPerShareBasic", Decimal("2.05"), Q2_2006),
      ("EarningsPerShareDiluted", Decimal("1.87"), Q2_2006)}),
])
def test_wordings_of_audit_88(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_lead_in_naming_a_period_dates_the_sentences_under_it() -> None:
    head = ("HALVERSON LABS REPORTS FOURTH QUARTER AND FULL YEAR RESULTS\n\n"
            "PORTVILLE, Maine, Feb. 20, 2007 -- Halverson Labs Inc. (NASDAQ: HALV) announced results for its fourth "
            "quarter and full year ended December 31, 2006.\n\n")
    found = facts("For the fourth quarter:\n\nNet sales were $165.5 million compared to net sales of $151.0 million "
                  "for the prior year fourth quarter.", head=head)
    assert summary(found) == {("Revenues", Decimal("165500000"), Period(D(2006, 12, 31), D(2006, 10, 1))),
                              ("Revenues", Decimal("151000000"), Period(D(2005, 12, 31), D(2005, 10, 1)))}


def test_the_same_period_goes_back_from_the_one_a_sentence_of_no_figure_of_ours_named() -> None:
    head = ("HALVERSON REPORTS FOURTH-QUARTER, FULL FISCAL YEAR 2010 RESULTS\n\n"
            "PORTVILLE, Maine, Nov 11, 2010 -- Halverson Labs Inc. (NYSE: HLV) announced today its financial results "
            "for the fourth quarter and full fiscal year ended Sept. 30, 2010.\n\n")
    found = facts("Halverson reported net income from continuing operations of $68 million for the fourth quarter and "
                  "diluted earnings per share from continuing operations of 58 cents for the fourth quarter. This "
                  "represents an increase of 25% over net income of $54 million for the same period last year.",
                  head=head)
    assert summary(found) == {("NetIncomeLoss", Decimal("54000000"), Period(D(2009, 9, 30), D(2009, 7, 1)))}


def test_a_per_share_term_the_release_defines_holds_above_its_definition() -> None:
    head = ("Second Quarter 2006 EPS of $2.28, Up 71% Compared to $1.33 in Prior Year Quarter\n\n"
            "PORTVILLE, Maine, July 20, 2006 -- Halverson Labs Inc. (NASDAQ: HALV) today reported results for the "
            "second quarter ended June 30, 2006.\n\n")
    found = facts("Net income was $74.9 million, or $2.28 per diluted share. Earnings per diluted share "
                  "(\u201cEPS\u201d) grew on higher revenues.", head=head)
    assert {(f.concept, f.value) for f in found if f.concept.startswith("EarningsPerShare")} == {
        ("EarningsPerShareDiluted", Decimal("2.28")), ("EarningsPerShareDiluted", Decimal("1.33"))}


def test_a_fiscal_quarter_compared_with_the_same_quarter_of_the_fiscal_year_before_keeps_its_stated_end() -> None:
    # a fiscal year may end in the next calendar year: "fiscal year 2006" compared with says nothing of 2006's dates
    head = ("PRESS RELEASE JULY 29, 2006 HALVERSON LABS INC.'S FIRST QUARTER FISCAL 2007 EARNINGS RELEASE Halverson "
            "Labs Inc. today announced net earnings of $519,000 for the first fiscal quarter ended June 30, 2006. This "
            "compares to net earnings of $406,000 for the same quarter in fiscal year 2006.\n\n")
    found = facts("Revenues for the quarter were $7.3 million.", head=head)
    assert summary(found) == {("NetIncomeLoss", Decimal("519000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("406000"), Q2_2005),
                              ("Revenues", Decimal("7300000"), Q2_2006)}


def test_a_stated_end_of_the_figure_compared_with_is_not_the_period_reported() -> None:
    head = ("SALES AND EARNINGS RISE AT HALVERSON LABS\n\n"
            "PORTVILLE, Maine, July 12 /PRNewswire/ -- Results for the fourth fiscal quarter and the year ended May 28 "
            "were reported today by Halverson Labs, Inc. (NYSE: HLV).\n\n")
    found = facts("Sales for fiscal 2006 were $572,869,000, an increase of 8.6 percent from $527,673,000 in the prior "
                  "fiscal year. Earnings for the 2006 fiscal year were $14,786,000, up by 18.0 percent from the "
                  "$12,532,000 earned in the year ended May 29, 2005.", head=head)
    year, before = Period(D(2006, 5, 28), D(2005, 5, 30)), Period(D(2005, 5, 29), D(2004, 5, 31))
    assert {(f.concept, f.value, f.period) for f in found if f.concept == "Revenues"} == {
        ("Revenues", Decimal("572869000"), year), ("Revenues", Decimal("527673000"), before)}


def test_highlights_compared_with_a_quarter_a_year_before_are_the_quarters() -> None:
    # no headline, no dateline: the year to date beside figures compared with the same quarter a year before
    text = ("\u2022\nRevenues increased to $377.5 million, a year-over-year increase of $79.2 million, or 26.6%;\n"
            "\u2022\nDiluted earnings per share (EPS) on a GAAP basis was $0.77, an increase from $0.49 in the third "
            "quarter of 2016;\n"
            "\u2022\nCash from operations was $124.0 million for the first nine months of 2017, up from $111.2 million "
            "for the first nine months of 2016;\n"
            "\u2022\nCash and cash equivalents totaled $512.5 million as of September 30, 2017.\n")
    q3, before = Period(D(2017, 9, 30), D(2017, 7, 1)), Period(D(2016, 9, 30), D(2016, 7, 1))
    scored = ("Revenues", "EarningsPerShareDiluted")
    assert {(f.concept, f.value, f.period) for f in facts_of(text) if f.concept in scored} == {
        ("Revenues", Decimal("377500000"), q3), ("EarningsPerShareDiluted", Decimal("0.77"), q3),
        ("EarningsPerShareDiluted", Decimal("0.49"), before)}


def test_a_note_on_the_scale_of_the_amounts_scales_the_prose_after_it() -> None:
    head = ("HALVERSON LABS REPORTS SECOND QUARTER RESULTS\n"
            "(Amounts in thousands of dollars except share and per share data)\n"
            "PORTVILLE, Maine, July 20, 2006 -- Halverson Labs Inc. (NASDAQ: HALV) today reported that revenues for "
            "the three months ended June 30, 2006 were $4,944 compared to $4,607 for the three months ended June 30, "
            "2005.\n\n")
    found = facts("Net income for the quarter was $2.3 million.", head=head)
    assert summary(found) == {("Revenues", Decimal("4944000"), Q2_2006), ("Revenues", Decimal("4607000"), Q2_2005),
                              ("NetIncomeLoss", Decimal("2300000"), Q2_2006)}


def test_a_dateline_dated_before_the_end_of_the_quarter_it_reports_is_misprinted() -> None:
    head = ("HALVERSON LABS REPORTS SECOND QUARTER RESULTS\n\n"
            "PORTVILLE, Maine - June 12, 2006 - Halverson Labs Inc. (NASDAQ: HALV) today reported financial results "
            "for the quarter ended June 30, 2006.\n\n")
    found = facts("Total revenues were $11.2 million, compared with $16.0 million in the second quarter of 2005.",
                  head=head)
    assert summary(found) == {("Revenues", Decimal("11200000"), Q2_2006), ("Revenues", Decimal("16000000"), Q2_2005)}


def test_a_yearless_dateline_comes_after_the_year_its_quarter_is_compared_with() -> None:
    head = ("HALVERSON LABS REPORTS SECOND-QUARTER IMPROVEMENT\n\n"
            "PORTVILLE, Maine, July 20 /PRNewswire/ -- Halverson Labs (NYSE: HLV) today reported improved "
            "second-quarter results, compared to the same quarter of 2005.\n\n")
    found = facts("Operating income totaled $74.3 million for the second quarter, a 20 percent improvement over the "
                  "$62.1 million reported for the three months ended June 30, 2005. Net earnings for the quarter were "
                  "$36.0 million, or 34 cents per share. Net earnings for the first half of 2005 totaled $53.2 "
                  "million.",
                  head=head)
    assert {(f.concept, f.value, f.period) for f in found if f.concept == "NetIncomeLoss"} == {
        ("NetIncomeLoss", Decimal("36000000"), Q2_2006), ("NetIncomeLoss", Decimal("53200000"), H1_2005)}


def test_a_yearless_dateline_comes_after_the_year_of_the_quarter_a_figure_rose_from() -> None:
    head = ("HALVERSON LABS REPORTS SECOND-QUARTER SALES AND EARNINGS\n\n"
            "PORTVILLE, Maine, July 20 /PRNewswire/ -- Halverson Labs (NASDAQ: HLV) said second-quarter sales "
            "increased 3.6 percent to a record $68.2 million from $65.9 million in the 2005 quarter.\n\n")
    assert summary(facts("Net income was $2.65 million, or 24 cents a share.", head=head)) == {
        ("Revenues", Decimal("68200000"), Q2_2006), ("Revenues", Decimal("65900000"), Q2_2005),
        ("NetIncomeLoss", Decimal("2650000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.24"), Q2_2006)}
    january = head.replace("July 20", "Jan. 20").replace("second-quarter", "fourth-quarter").replace("SECOND", "FOURTH")
    assert summary(facts("", head=january)) == {("Revenues", Decimal("68200000"), Q4_2006),
                                                ("Revenues", Decimal("65900000"), Q4_2005)}


@pytest.mark.parametrize(("head", "name", "symbol"), [
    # an ordinal in the name; a symbol in quotes
    ("Tri-County 2nd Trust, Inc.\nFinancial Earnings Release\n\nPORTVILLE, Maine -- Tri-County 2nd Trust, Inc. "
     "(NASDAQ \u201cTCST\u201d) today reported net income for the second quarter ended June 30, 2006.\n\n",
     "Tri-County 2nd Trust, Inc.", "TCST"),
    # a name in capitals, its symbol after it
    ("HALVERSON ANNOUNCES SECOND QUARTER 2006 RESULTS\nCompany Provides Guidance on Second Half of the Year\n\n"
     "(Portville, ME) July 20, 2006 - HALVERSON LABS, INC. (NYSE: HLV), today announced results for the second "
     "quarter ended June 30, 2006.\n\n", "HALVERSON LABS, INC.", "HLV"),
    # the dateline's subject reports, with neither suffix nor symbol: not the other company named after it
    ("HALVERSON REPORTS SECOND QUARTER RESULTS\n\nPORTVILLE, Maine, July 20, 2006 -- HALVERSON today reported results "
     "for the second quarter ended June 30, 2006, its first since its merger with Quillon Foods Corporation.\n\n",
     "HALVERSON", None),
    # a paragraph that opens on the name and symbol, not the company it buys; where it is of
    ("Halverson (NYSE:HLV), one of the largest laboratory groups, today reported results for its second quarter ended "
     "June 30, 2006, and its acquisition of Quillon Foods, Inc.\n\n", "Halverson", "HLV"),
    ("Halverson Corporation of America (NYSE: HLV) today reported second quarter 2006 results for the quarter ended "
     "June 30, 2006.\n\n", "Halverson Corporation of America", "HLV"),
    ("PORTVILLE, Maine, July 20, 2006 -- 1st Halverson Bancorp (Nasdaq: FHLV), parent company of 1st Halverson Bank, "
     "reported results for the second quarter ended June 30, 2006.\n\n", "1st Halverson Bancorp", "FHLV"),
    # the subject with its exchange's symbol, not a name abbreviated after it
    ("PORTVILLE, Maine, July 20, 2006 -- Halverson-Rand (NYSE: HR) today reported second quarter results for the "
     "quarter ended June 30, 2006, which include the results of Halverson- Quill Pump Company (HQP).\n\n",
     "Halverson-Rand", "HR"),
    # not the words of the sentence before the name
    ("PORTVILLE, Maine, July 20 /PRNewswire/ -- Earnings per share, net earnings and sales of The Halverson Labs "
     "Company (NYSE: HLV) for the second quarter ended June 30, 2006 were the highest in the company's history.\n\n",
     "The Halverson Labs Company", "HLV"),
    # past a footnote's mark, listed on two exchanges: not the company it bought, named after it
    ("PORTVILLE, Maine, July 20 /PRNewswire/ - Halverson Networks(x) (NYSE: HN/TSE: HNL) today reported results for "
     "the second quarter of 2006, after the amortization of the Quillon Systems, Inc. intangible assets.\n\n",
     "Halverson Networks", "HN"),
])
def test_names_the_company_goes_by_in_its_dateline(head: str, name: str, symbol: str | None) -> None:
    report = converter.convert(release("Revenue for the quarter was $7.3 million.", head))
    assert one(list(report.facts), "EntityRegistrantName").value == name
    assert [f.value for f in report.facts if f.concept == "TradingSymbol"] == ([symbol] if symbol else [])


def test_full_year_wordings_of_audit_30() -> None:
    found = facts("Net income was $11.2 million for the full year of 2006, compared to $17.9 million for the full year "
                  "of 2005. Total net sales for the full fiscal year were $244.9 million.", head=Q4_HEAD)
    assert summary(found) == {("NetIncomeLoss", Decimal("11200000"), Y2006),
                              ("NetIncomeLoss", Decimal("17900000"), Y2005),
                              ("Revenues", Decimal("244900000"), Y2006)}


def test_record_quarterly_figures_are_the_quarters() -> None:
    head = ("- Record quarterly revenue of $1.26 billion, up 14% year over year\n"
            "- Record quarterly EPS of $0.48 up 20% year over year\n\n"
            "PORTVILLE, Maine, Nov. 20, 2019 -- Halverson Labs Inc. (NASDAQ: HALV) today reported results for its "
            "fourth quarter and fiscal year ended October 27, 2019.\n\n")
    found = facts("In fiscal 2019, Halverson grew net sales by 9 percent to $4.71 billion. On a GAAP basis, the "
                  "company recorded EPS of $1.83.", head=head)
    quarter, year = Period(D(2019, 10, 27), D(2019, 7, 29)), Period(D(2019, 10, 27), D(2018, 10, 29))
    assert summary(found) == {("Revenues", Decimal("1260000000"), quarter), ("Revenues", Decimal("4710000000"), year),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.48"), quarter),
                              ("EarningsPerShareBasicAndDiluted", Decimal("1.83"), year)}


def test_a_quarter_and_nine_month_periods_of_a_fiscal_year_which_ended() -> None:
    head = ("ASHCOMBE BRANDS REPORTS THIRD QUARTER RESULTS\n\n"
            "STAMFORD, Conn., Feb. 4, 2016 -- Ashcombe Brands, Inc. (NYSE: ACB) today announced results for the "
            "third quarter and nine month periods of fiscal year 2016, which ended on December 31, 2015.\n\n")
    found = facts("Reported net income for the third fiscal quarter was $6.5 million, or $0.21 per diluted share. "
                  "Reported revenues for the nine month period totaled $271.6 million.", head=head)
    quarter, nine = Period(D(2015, 12, 31), D(2015, 10, 1)), Period(D(2015, 12, 31), D(2015, 4, 1))
    assert summary(found) == {("NetIncomeLoss", Decimal("6500000"), quarter),
                              ("EarningsPerShareDiluted", Decimal("0.21"), quarter),
                              ("Revenues", Decimal("271600000"), nine)}


def test_plain_net_income_beside_the_share_attributable_to_us_is_profit_or_loss() -> None:
    found = facts("For the quarter, the company reported revenue of $412,300,000 against $388,100,000 a year ago. Net "
                  "income was $21,450,000 against $18,200,000 a year ago. Net income attributable to company and "
                  "subsidiary was $21,610,000 against $18,200,000 a year ago.")
    assert {(f.concept, f.value, f.period) for f in found if f.concept in ("NetIncomeLoss", "ProfitLoss")} == {
        ("ProfitLoss", Decimal("21450000"), Q2_2006), ("NetIncomeLoss", Decimal("21610000"), Q2_2006),
        ("NetIncomeLoss", Decimal("18200000"), Q2_2005)}


@pytest.mark.parametrize(("body", "expected"), [
    ("Net income for the six months ended June 30, 2006 was $8.4 million or $1.41 earnings per diluted common "
     "share. For the comparative 2005 period, net income was $6.9 million or $1.16 earnings per diluted common share.",
     {("NetIncomeLoss", Decimal("8400000"), H1_2006), ("EarningsPerShareDiluted", Decimal("1.41"), H1_2006),
      ("NetIncomeLoss", Decimal("6900000"), H1_2005), ("EarningsPerShareDiluted", Decimal("1.16"), H1_2005)}),
    ("Revenues were $88.4 million, a decrease of 3.1% over the prior year comparable period\u2019s revenues of $91.2 "
     "million.", {("Revenues", Decimal("88400000"), Q2_2006), ("Revenues", Decimal("91200000"), Q2_2005)}),
    ("Net income was $6.5 million, or $0.21 per diluted share, 12.0% lower than the prior year comparable quarter's "
     "net income of $7.4 million, or $0.24 per diluted share.",
     {("NetIncomeLoss", Decimal("6500000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.21"), Q2_2006),
      ("NetIncomeLoss", Decimal("7400000"), Q2_2005), ("EarningsPerShareDiluted", Decimal("0.24"), Q2_2005)}),
    ("Second quarter net income of $81 million and basic earnings per share of $0.44 were 30 percent and 28 percent "
     "higher, respectively, than in the second quarter of 2005.",
     {("NetIncomeLoss", Decimal("81000000"), Q2_2006), ("EarningsPerShareBasic", Decimal("0.44"), Q2_2006)}),
    # which of the two is GAAP's, the words do not say
    ("Earnings for the quarter were $0.72 per diluted share, compared to $0.58 per share last year (or $0.81 per "
     "share if the benefit of approximately $0.23 resulting from last year's strike was included).",
     {("EarningsPerShareDiluted", Decimal("0.72"), Q2_2006)}),
])
def test_wordings_of_audit_31(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_figure_after_the_year_and_fourth_quarter_named_together_is_of_neither() -> None:
    head = "BOULDER, Colo., January 25, 2007 -- Halverson Labs Inc. today reported results.\n\n"
    found = facts("Halverson said sales and earnings increased for the year and fourth quarter ended Dec. 31.\n\n"
                  "Net income was up 12.0% to $42.7 million, while sales rose 4.1% to $1.9 billion.", head=head)
    assert summary(found) == set()
    # a period compared with tells which
    found = facts("Halverson reported sales and earnings for the year and fourth quarter ended Dec. 31. Sales totaling "
                  "$2.3 billion were up 7% compared to the fourth quarter of 2005.", head=head)
    assert summary(found) == {("Revenues", Decimal("2300000000"), Period(D(2006, 12, 31), D(2006, 10, 1)))}


def test_between_the_periods_is_no_outlook_range() -> None:
    found = facts("For the quarter, the company reported net interest income of $9,120,000 against $8,640,000 a year "
                  "ago, due primarily to an increase in the average level of earning assets between the periods. Net "
                  "income was $3,410,000 against $3,050,000 a year ago.", head=Q4_HEAD)
    found = [f for f in found if f.concept == "NetIncomeLoss"]
    quarter, year_ago = Period(D(2006, 12, 31), D(2006, 10, 1)), Period(D(2005, 12, 31), D(2005, 10, 1))
    assert summary(found) == {("NetIncomeLoss", Decimal("3410000"), quarter),
                              ("NetIncomeLoss", Decimal("3050000"), year_ago)}
    # a range is an outlook
    assert summary(facts("Net income for the year is expected to come in between $3.1 million and $3.4 million.",
                         head=Q4_HEAD)) == set()


@pytest.mark.parametrize(("body", "expected"), [
    ('Net income, as measured under U.S. generally accepted accounting principles ("GAAP"), was $45,000, or $0.01 per '
     "diluted share, for the second quarter compared to $9.8 million, or $0.31 per diluted share, for the same period "
     "in 2005.",
     {("NetIncomeLoss", Decimal("45000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.01"), Q2_2006),
      ("NetIncomeLoss", Decimal("9800000"), Q2_2005), ("EarningsPerShareDiluted", Decimal("0.31"), Q2_2005)}),
    # a narrowed phrase with no figure of its own before the sentence's first figure narrows nothing
    ("Comparable store sales increased 5.2% in the second quarter compared to the second quarter of 2005, and total "
     "revenues increased $11.2 million, or 6.1%, to $194.6 million in the second quarter, compared to $183.4 million "
     "in the second quarter of 2005.",
     {("Revenues", Decimal("194600000"), Q2_2006), ("Revenues", Decimal("183400000"), Q2_2005)}),
    ("Online sales increased 1.1 percent to $46.6 million, compared to net sales of $46.1 million a year ago.", set()),
    ("Total revenues for the second quarter were $764,137,000, an increase of 7.0 percent over 2005 revenues of "
     "$712,784,000.", {("Revenues", Decimal("764137000"), Q2_2006), ("Revenues", Decimal("712784000"), Q2_2005)}),
    ("Total revenues for the first six months of 2006 were 10.5 percent higher at $1,514,330,000, compared to "
     "$1,368,306,000 for the same period in 2005.",
     {("Revenues", Decimal("1514330000"), H1_2006), ("Revenues", Decimal("1368306000"), H1_2005)}),
    ("Halverson today reported net income of $40 million (49 cents diluted earnings per share) for the second quarter "
     "compared with second quarter 2005 net income of $47 million (54 cents diluted earnings per share).",
     {("NetIncomeLoss", Decimal("40000000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.49"), Q2_2006),
      ("NetIncomeLoss", Decimal("47000000"), Q2_2005), ("EarningsPerShareDiluted", Decimal("0.54"), Q2_2005)}),
    ("The fully diluted income per share available to common stockholders was $0.04 for the second quarter.",
     {("EarningsPerShareDiluted", Decimal("0.04"), Q2_2006)}),
    ("The loss per share available to common stockholders was $0.19 for the second quarter.",
     {("EarningsPerShareBasicAndDiluted", Decimal("-0.19"), Q2_2006)}),
    ("The Company's balance sheet at June 30, 2006 reflected cash and cash equivalents of $161 million, short-term "
     "notes payable of $31 million and long-term debt of $52 million.",
     {("LongTermDebt", Decimal("52000000"), Period(D(2006, 6, 30)))}),
])
def test_wordings_of_audit_31_misses(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    found = [f for f in facts(body) if f.concept in ("Revenues", "NetIncomeLoss", "LongTermDebt")
             or f.concept.startswith("EarningsPerShare")]
    assert summary(found) == expected


def test_a_dateline_dated_in_figures() -> None:
    head = ("SALEM, OR -- (Marketwire) -- 10/22/14 -- Ridgeline Auto Group, Inc. (NYSE: RAGI) today reported "
            "results.\n\n")
    found = facts("Third quarter 2014 revenue increased 18% to $629.5 million from $533.5 million in the third "
                  "quarter of 2013.", head=head)
    assert summary(found) == {("Revenues", Decimal("629500000"), Period(D(2014, 9, 30), D(2014, 7, 1))),
                              ("Revenues", Decimal("533500000"), Period(D(2013, 9, 30), D(2013, 7, 1)))}


Q4_2006 = Period(D(2006, 12, 31), D(2006, 10, 1))
Q4_2005 = Period(D(2005, 12, 31), D(2005, 10, 1))


def test_bullets_with_their_mark_on_a_line_of_their_own_under_a_heading_with_a_colon() -> None:
    found = facts("Fourth Quarter Highlights:\n-\nRevenue increased 21.0% year-over-year and 6.5% sequentially to a "
                  "record $57.4 million\n-\nService revenue grew to 14.0% of sales, from 9.5% in the year-ago quarter\n"
                  "-\nNet income increased 35% to $6.2 million, or $0.41 per diluted share, up from $4.6 million, or "
                  "$0.30 per diluted share, in 4Q05\n", head=Q4_HEAD)
    assert summary(found) == {("Revenues", Decimal("57400000"), Q4_2006),
                              ("NetIncomeLoss", Decimal("6200000"), Q4_2006),
                              ("EarningsPerShareDiluted", Decimal("0.41"), Q4_2006),
                              ("NetIncomeLoss", Decimal("4600000"), Q4_2005),
                              ("EarningsPerShareDiluted", Decimal("0.30"), Q4_2005)}


@pytest.mark.parametrize(("body", "expected"), [
    ("After tax net income was $12.7 million, or $0.84 per share, for the second quarter of 2006.",
     {("NetIncomeLoss", Decimal("12700000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.84"), Q2_2006)}),
    ("Net consolidated earnings for the second quarter were $29.4 million ($4.11 per share).",
     {("NetIncomeLoss", Decimal("29400000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("4.11"), Q2_2006)}),
    ("Halverson reported a second quarter net loss of $41.7 million, or $0.86 per fully diluted common share.",
     {("NetIncomeLoss", Decimal("-41700000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("-0.86"), Q2_2006)}),
    ("Net income for the second quarter increased 12.0 percent year over year to $41.2 million.",
     {("NetIncomeLoss", Decimal("41200000"), Q2_2006)}),
    ("Halverson's GAAP net income for the second quarter was $41.2 million.",
     {("NetIncomeLoss", Decimal("41200000"), Q2_2006)}),
])
def test_wordings_of_audit_32(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_date_alone_on_its_line_under_the_letterhead_dates_the_release() -> None:
    text = ("(555) 010-2000\nFOR IMMEDIATE RELEASE\nCLEVELAND, OH\nJuly 27, 2006\nHalverson Labs Announces Second "
            "Quarter Earnings\nHalverson Labs Inc. (NYSE: HALV) announces sales for the three and six months ended "
            "June 30, 2006 of $51,210,000 and $98,430,000, respectively, against $49,870,000 and $101,220,000 for the "
            "comparable prior year periods.\n")
    assert summary(facts_of(text)) == {("Revenues", Decimal("51210000"), Q2_2006),
                                       ("Revenues", Decimal("98430000"), H1_2006),
                                       ("Revenues", Decimal("49870000"), Q2_2005),
                                       ("Revenues", Decimal("101220000"), H1_2005)}


def test_for_immediate_release_with_its_date_dates_the_release() -> None:
    text = ("Halverson Labs NEWS RELEASE For Immediate Release: Aug. 5, 2006 Halverson Reports Second-Quarter "
            "Earnings\n\n- Second-quarter earnings of $6.5 million, or 61 cents per diluted share, up 20 cents from "
            "last year\n\n- Retail rate increase of 2.3 percent - effective Feb. 1\n")
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("6500000"), Q2_2006),
                                       ("EarningsPerShareDiluted", Decimal("0.61"), Q2_2006)}


def test_a_headlines_bare_eps_that_the_text_gives_as_continuing_operations_is_left_out() -> None:
    head = ("HALVERSON LABS REPORTS EPS OF $0.90 FOR SECOND QUARTER 2006\n\n"
            "PORTVILLE, Maine, July 20, 2006 -- Halverson Labs Inc. (NASDAQ: HALV) today reported 2006 second quarter "
            "income from continuing operations of $23.3 million, or $0.90 per diluted share.\n\n")
    assert summary(facts("Revenue for the quarter was $888.4 million.", head=head)) == {
        ("Revenues", Decimal("888400000"), Q2_2006)}
    # a net figure of the same value stays
    found = facts("Net income was $23.3 million, or $0.90 per diluted share.", head=head)
    assert ("EarningsPerShareDiluted", Decimal("0.90"), Q2_2006) in summary(found)


@pytest.mark.parametrize(("body", "expected"), [
    ("Revenue for the quarter was $214.6 million, up 3.4 percent over $207.5 million in the prior-year quarter.",
     {("Revenues", Decimal("214600000"), Q2_2006), ("Revenues", Decimal("207500000"), Q2_2005)}),
    ("Revenue for the quarter was over $200 million.", set()),
    ("For the six months ended June 30, 2006, net income totaled $11.4 million, which is approximately 27% higher than "
     "the $9.0 million in comparable 2005.",
     {("NetIncomeLoss", Decimal("11400000"), H1_2006), ("NetIncomeLoss", Decimal("9000000"), H1_2005)}),
    ("Diluted earnings per share for the quarter improved by 40.0% from $0.55 to a record high of $0.77.",
     {("EarningsPerShareDiluted", Decimal("0.77"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.55"), Q2_2005)}),
])
def test_comparisons_of_audit_32(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_quarters_and_years_written_fy_and_q() -> None:
    head = ("KESTREL INSTRUMENTS REPORTS FISCAL 1998 RESULTS\n\nNASHUA, N.H.--(BUSINESS WIRE)--June 18, 1998--Kestrel "
            "Instruments, Inc. today reported results for its fourth quarter and fiscal year ended March 31, 1998.\n\n")
    found = facts("For Q4 FY98, the Company had net income of $211,400, or $.05 per share, as compared to $184,900, or "
                  "$.04 per share, in Q4 FY97. Net income for FY98 was $702,600, as compared to net income for FY97 of "
                  "$655,200.", head=head)
    q4, q4_before = Period(D(1998, 3, 31), D(1998, 1, 1)), Period(D(1997, 3, 31), D(1997, 1, 1))
    year, year_before = Period(D(1998, 3, 31), D(1997, 4, 1)), Period(D(1997, 3, 31), D(1996, 4, 1))
    assert summary(found) == {("NetIncomeLoss", Decimal("211400"), q4),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.05"), q4),
                              ("NetIncomeLoss", Decimal("184900"), q4_before),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.04"), q4_before),
                              ("NetIncomeLoss", Decimal("702600"), year),
                              ("NetIncomeLoss", Decimal("655200"), year_before)}
    found = facts("For the Q4 of fiscal 1998, net sales were $40.2 million.", head=head)
    assert summary(found) == {("Revenues", Decimal("40200000"), q4)}


def test_the_first_three_quarters_of_a_fiscal_year_ending_on_a_day() -> None:
    head = ("Ames, Iowa\nJuly 9, 1999\n\nPrairie Genetics, Inc. announced today that operations for the first "
            "three quarters of fiscal 1999, ending May 31, 1999, resulted in after-tax earnings of $189 million, or "
            "$1.10 per diluted share, on sales of $1.2 billion.\n\n")
    found = facts("In the first three quarters of 1998 Prairie Genetics reported after-tax earnings of $219 million.",
                  head=head)
    nine, nine_before = Period(D(1999, 5, 31), D(1998, 9, 1)), Period(D(1998, 5, 31), D(1997, 9, 1))
    assert summary(found) == {("NetIncomeLoss", Decimal("189000000"), nine),
                              ("EarningsPerShareDiluted", Decimal("1.10"), nine),
                              ("Revenues", Decimal("1200000000"), nine),
                              ("NetIncomeLoss", Decimal("219000000"), nine_before)}


def test_a_day_an_event_happened_on_does_not_date_the_release() -> None:
    text = ("Oakbridge reports 1999 fourth-quarter and full-year results\nDayton, Ohio\nFebruary 10, 2000\n\n"
            "Oakbridge Company reported aftertax income of $41 million, or 12 cents per share, for the fourth quarter "
            "of 1999. For the full year of 1998, the company recorded an aftertax loss of $150 million.\n\n"
            "On July 1, 1999, Oakbridge announced its intent to divest its coatings business.\n")
    q4 = Period(D(1999, 12, 31), D(1999, 10, 1))
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("41000000"), q4),
                                       ("EarningsPerShareBasicAndDiluted", Decimal("0.12"), q4),
                                       ("NetIncomeLoss", Decimal("-150000000"), Y1998)}


Y1998 = Period(D(1998, 12, 31), D(1998, 1, 1))


@pytest.mark.parametrize(("body", "expected"), [
    # a period named in passing, in what the figure is after
    ("Net income for the full year 2006, after a third quarter non-cash impairment charge of approximately $59.2 "
     "million, totaled $48.2 million with diluted EPS of $0.34.",
     {("EarningsPerShareDiluted", Decimal("0.34"), Y2006)}),
    # "quarterly" names the quarter only before a figure's phrase
    ("Net income for the year was $2,310,000. A consistent quarterly revenue flow during the year resulted in 19% "
     "revenue growth over 2005. Net income of $2,310,000 reflected the higher volume.",
     {("NetIncomeLoss", Decimal("2310000"), Y2006)}),
    # which is GAAP's, the words do not say
    ("For the year, the Company reported EPS of $1.62, compared to $1.71 last year, or $1.54 per share after the "
     "effects of the charge.", set()),
    ("Net income for the 2006 year was $21.3 million.", {("NetIncomeLoss", Decimal("21300000"), Y2006)}),
])
def test_wordings_of_audit_33(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body, head=Q4_HEAD)) == expected


def test_a_wire_dateline_without_a_date_is_no_headline_and_double_dash_bullets() -> None:
    text = ("Pellbrook Grocers Announces Second Quarter Fiscal 2019 Financial Results\n"
            "Second Quarter Net Sales Increase 4.2% to $1.46 billion\n"
            "Reaffirms Fiscal Year 2019 Outlook\n"
            "MILWAUKEE, Wis.\u2013(BUSINESS WIRE)\u2013Pellbrook Grocers Company (Nasdaq: PLBG) today reported "
            "financial results for its 12-week second quarter ended July 13, 2019.\n\n"
            "    --  Net income increased to $9.3 million for the quarter, up from $6.1\n"
            "        million in last year's second quarter. Adjusted net income rose to $8.8\n"
            "        million this quarter\n"
            "    --  Net income per diluted common share for the quarter was $0.42, up from\n"
            "        $0.28 in the prior year's second quarter\n")
    quarter, year_ago = Period(D(2019, 7, 13), D(2019, 4, 21)), Period(D(2018, 7, 14), D(2018, 4, 22))
    # (the headline's "Net Sales Increase 4.2% to $1.46 billion" is a line of its own, over "Reaffirms ... Outlook")
    assert summary(facts_of(text)) == {("Revenues", Decimal("1460000000"), quarter),
                                       ("NetIncomeLoss", Decimal("9300000"), quarter),
                                       ("NetIncomeLoss", Decimal("6100000"), year_ago),
                                       ("EarningsPerShareDiluted", Decimal("0.42"), quarter),
                                       ("EarningsPerShareDiluted", Decimal("0.28"), year_ago)}


def test_a_yearless_dateline_takes_no_year_from_a_fiscal_quarters_calendar_end() -> None:
    text = ("Halverson Labs Reports Results for Fourth Quarter Fiscal 2009\n\n"
            "- Sales outlook for Q1 of fiscal 2010 expected to range from $285 million to $305 million\n\n"
            "SANTA CLARA, Calif., June 11 /PRNewswire/ --Halverson Labs Inc. (NYSE: HALV) today reported sales of $281 "
            "million for the fourth quarter of fiscal 2009 which ended May 31, 2009.\n")
    assert summary(facts_of(text)) == {("Revenues", Decimal("281000000"), Period(D(2009, 5, 31), D(2009, 3, 1)))}


def test_a_fiscal_year_whose_end_is_in_parentheses() -> None:
    text = ("MAPLEWOOD STORES REPORTS FISCAL 2003 RESULTS\n\nDENVER, Colo. - Feb. 19, 2004 - Maplewood Stores Inc. "
            "(NYSE: MPW) today reported net earnings of $88.4 million, or $2.14 per diluted share, for the 2003 fiscal "
            "year (ended January 31, 2004).\n\nFourth quarter net income of $31.9 million was flat compared to the "
            "fourth quarter of 2002.\n")
    year, quarter = Period(D(2004, 1, 31), D(2003, 2, 1)), Period(D(2004, 1, 31), D(2003, 11, 1))
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("88400000"), year),
                                       ("EarningsPerShareDiluted", Decimal("2.14"), year),
                                       ("NetIncomeLoss", Decimal("31900000"), quarter)}


def test_a_headline_in_capitals_with_a_year_before_the_figures_phrase() -> None:
    text = ("CEDARLINE CORP. REPORTS 2002 EARNINGS PER SHARE OF $1.37\n\nAKRON, Ohio - Feb. 6, 2003 - Cedarline Corp. "
            "(NYSE: CDL) today reported net earnings of $41.2 million for the 2002 fiscal year.\n\nFourth quarter net "
            "income was $10.8 million.\n")
    assert summary(facts_of(text)) == {("EarningsPerShareBasicAndDiluted", Decimal("1.37"), Period(D(2002, 12, 31),
                                                                                                     D(2002, 1, 1))),
                                       ("NetIncomeLoss", Decimal("41200000"), Period(D(2002, 12, 31), D(2002, 1, 1))),
                                       ("NetIncomeLoss", Decimal("10800000"), Period(D(2002, 12, 31), D(2002, 10, 1)))}


def test_a_figure_compared_with_a_named_quarter_is_that_quarter_a_year_on() -> None:
    head = ("SAN MATEO, Calif., March 9, 2021 -- Tamarind Data, Inc. (NYSE: TMRD) reported results for its fourth "
            "quarter and fiscal year 2021, ended January 31, 2021.\n\n")
    found = facts("Total revenue was $62.4 million, an increase of 21% from the fourth quarter of fiscal 2020.",
                  head=head)
    assert summary(found) == {("Revenues", Decimal("62400000"), Period(D(2021, 1, 31), D(2020, 11, 1)))}


@pytest.mark.parametrize(("body", "expected"), [
    ("Basic and diluted net income per common share was $0.52 for the 2006 quarter.",
     {("EarningsPerShareBasicAndDiluted", Decimal("0.52"), Q2_2006)}),
    ("Net loss for the quarter was $402,377 or diluted and basic loss per share of $0.05.",
     {("NetIncomeLoss", Decimal("-402377"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("-0.05"), Q2_2006)}),
    ("Net income for the quarter increased to $3.8 million. Included in net income for the quarter were $0.4 million, "
     "or $0.03 per basic and diluted share, of after-tax gains on the sales of securities.",
     {("NetIncomeLoss", Decimal("3800000"), Q2_2006)}),
    ("All per share amounts included herein are on a diluted per common share basis unless otherwise stated. Net "
     "income per share for the quarter was $0.47.", {("EarningsPerShareDiluted", Decimal("0.47"), Q2_2006)}),
])
def test_wordings_of_audit_34(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Revenue increased 2.8%, or $5.1 million, to $185.1 million from $180.0 million in the second quarter of 2005.",
     {("Revenues", Decimal("185100000"), Q2_2006), ("Revenues", Decimal("180000000"), Q2_2005)}),
    ("Net income for the quarter increased by $1.1 million, to $5.0 million.",
     {("NetIncomeLoss", Decimal("5000000"), Q2_2006)}),
    ("Revenue for the quarter increased 2.8%, or $5.1 million.", set()),  # a change, not the level
    ("Diluted earnings per share for the second quarter were 91 cents, compared with 82 cents for the same period a "
     "year ago.", {("EarningsPerShareDiluted", Decimal("0.91"), Q2_2006),
                   ("EarningsPerShareDiluted", Decimal("0.82"), Q2_2005)}),
    ("Revenue for the second quarter was $185.1 million, compared with 82 cents a year ago.",
     {("Revenues", Decimal("185100000"), Q2_2006)}),
])
def test_changes_and_comparisons_of_audit_34(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Net income available for common shareholders was $14.2 million, or $0.31 per share, for the quarter.",
     {("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("14200000"), Q2_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("0.31"), Q2_2006)}),
    ("Net income allocable to common stockholders was $14.2 million, or $0.30 per diluted share, for the quarter.",
     {("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("14200000"), Q2_2006),
      ("EarningsPerShareDiluted", Decimal("0.30"), Q2_2006)}),
    ("Halverson announced net income of $2.47 million, or earnings per basic average share of $0.41, for the quarter.",
     {("NetIncomeLoss", Decimal("2470000"), Q2_2006), ("EarningsPerShareBasic", Decimal("0.41"), Q2_2006)}),
    ("Net income for the quarter was $2.47 million, or $0.40 per diluted average share.",
     {("NetIncomeLoss", Decimal("2470000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.40"), Q2_2006)}),
    # a bare "Earnings" goes on with the measure the sentence before named
    ("For the three months ended June 30, 2006, earnings available for common stock were $14,220,000, or 27 cents per "
     "share. Earnings for the quarter ended June 30, 2005, were $12,810,000, or 24 cents per share.",
     {("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("14220000"), Q2_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("0.27"), Q2_2006),
      ("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("12810000"), Q2_2005),
      ("EarningsPerShareBasicAndDiluted", Decimal("0.24"), Q2_2005)}),
])
def test_wordings_of_audit_33_left_over(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_quarter_named_by_its_last_month() -> None:
    head = ("QUILLON DEVICES REPORTS RESULTS\n\nSAN JOSE, Calif., Jan. 28, 2020 -- Quillon Devices, Inc. today "
            "reported results for its second fiscal quarter ended December 28, 2019.\n\n")
    found = facts("Diluted earnings per share in the December quarter was a $0.17 profit, compared with $0.21 in the "
                  "year-ago December quarter and $0.25 in the September quarter. Revenue in the December 2018 quarter "
                  "was $290 million. For the March quarter, revenue of $300 million is the goal.", head=head)
    assert {(f.value, f.period.end) for f in found} == {
        (Decimal("0.17"), D(2019, 12, 28)), (Decimal("0.21"), D(2018, 12, 29)), (Decimal("0.25"), D(2019, 9, 30)),
        (Decimal("290000000"), D(2018, 12, 31))}


@pytest.mark.parametrize(("body", "expected"), [
    ("Revenue increase of $5.1 million for the quarter reflected new stores.", set()),
    ("Revenues for the quarter rose 12%, an increase of $5.1 million.", set()),
    ("Net income decrease was $2.0 million for the quarter.", set()),
    ("Revenue growth of $7.0 million in the quarter was driven by new stores.", set()),
    ("Revenues for the quarter were $50.1 million, an increase of 12%.", {("Revenues", Decimal("50100000"), Q2_2006)}),
    ("Net sales growth of 4.2% to $1.46 billion from $1.40 billion in the prior year quarter.",
     {("Revenues", Decimal("1460000000"), Q2_2006), ("Revenues", Decimal("1400000000"), Q2_2005)}),
])
def test_a_change_named_by_a_noun_is_not_the_level(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_quarter_the_release_names_by_its_year() -> None:
    head = ("ARLINGTON, Va., Oct. 27, 2015 -- Fairlawn Centers, Inc. announced its operating results for the quarter "
            "ended September 30, 2015 (\"2015 Quarter\").\n\n")
    found = facts("Total revenue for the 2015 Quarter increased to $38.6 million from $36.9 million for the 2014 "
                  "Quarter. Net income was $5.1 million ($0.27 per diluted share) for the 2015 Quarter compared to "
                  "$4.4 million ($0.24 per diluted share) for the 2014 Quarter.", head=head)
    q3, q3_before = Period(D(2015, 9, 30), D(2015, 7, 1)), Period(D(2014, 9, 30), D(2014, 7, 1))
    assert summary(found) == {("Revenues", Decimal("38600000"), q3), ("Revenues", Decimal("36900000"), q3_before),
                              ("NetIncomeLoss", Decimal("5100000"), q3),
                              ("NetIncomeLoss", Decimal("4400000"), q3_before),
                              ("EarningsPerShareDiluted", Decimal("0.27"), q3),
                              ("EarningsPerShareDiluted", Decimal("0.24"), q3_before)}


def test_nine_months_of_the_year_ended_a_day_end_there() -> None:
    head = ("DAYTON, Ohio - (October 20, 2005) - Kestrel Mobility Corporation today reported results for the third "
            "quarter and nine months of the year ended September 30, 2005.\n\n")
    found = facts("Net sales for the quarter increased 6% to $142.3 million versus $134.2 million last year. Net sales "
                  "for nine months of the year increased 9% to $415.6 million versus $381.3 million last year.",
                  head=head)
    assert summary(found) == {
        ("Revenues", Decimal("142300000"), Period(D(2005, 9, 30), D(2005, 7, 1))),
        ("Revenues", Decimal("134200000"), Period(D(2004, 9, 30), D(2004, 7, 1))),
        ("Revenues", Decimal("415600000"), Period(D(2005, 9, 30), D(2005, 1, 1))),
        ("Revenues", Decimal("381300000"), Period(D(2004, 9, 30), D(2004, 1, 1)))}


def test_last_years_quarter_named_after_the_year() -> None:
    head = ("TRAILHEAD OUTFITTERS REPORTS FOURTH QUARTER SALES\n\nINDIANAPOLIS, March 4, 2004 -- Trailhead Outfitters, "
            "Inc. reported net sales of $188,310,000 for the thirteen weeks ended February 28, 2004, an increase of 9% "
            "over net sales of $172,760,000 for Q4 last year which ended March 1, 2003.\n\n")
    found = facts("Last year for the 4th quarter, the Company reported diluted income per share of $.29.", head=head)
    q4, q4_before = Period(D(2004, 2, 28), D(2003, 11, 30)), Period(D(2003, 3, 1), D(2002, 12, 1))
    assert summary(found) == {("Revenues", Decimal("188310000"), q4), ("Revenues", Decimal("172760000"), q4_before),
                              ("EarningsPerShareDiluted", Decimal("0.29"), q4_before)}


@pytest.mark.parametrize(("body", "expected"), [
    ("The Net Loss after the restructuring charge was $4.6 million, or $0.31 per share, for the quarter.",
     {("NetIncomeLoss", Decimal("-4600000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("-0.31"), Q2_2006)}),
    ("Net sales increased 9% over the prior year to $84,210,000 for the quarter.",
     {("Revenues", Decimal("84210000"), Q2_2006)}),
    ("For the six months, sales increased 7.1% to $1,184 million, from $1,105 million in the Company's "
     "corresponding period last year.", {("Revenues", Decimal("1184000000"), H1_2006),
                                         ("Revenues", Decimal("1105000000"), H1_2005)}),
    ("The company recorded net income of $341,502, or 12 cents per share, for the quarter compared to a net loss of "
     "$27,905, or (1 cent) per share, for the same quarter a year earlier.",
     {("NetIncomeLoss", Decimal("341502"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.12"), Q2_2006),
      ("NetIncomeLoss", Decimal("-27905"), Q2_2005), ("EarningsPerShareBasicAndDiluted", Decimal("-0.01"), Q2_2005)}),
    ("Halverson announced second-quarter 2006 net earnings of $4,215,000 or 31 cents in diluted earnings per share.",
     {("NetIncomeLoss", Decimal("4215000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.31"), Q2_2006)}),
    ("Earnings for the quarter amounted to $4.8 million, or a record $2.64 per diluted share.",
     {("NetIncomeLoss", Decimal("4800000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("2.64"), Q2_2006)}),
    ("Our total revenue for the three months ended June 30, 2006 (the \"second quarter of 2006\") was $84.2 million.",
     {("Revenues", Decimal("84200000"), Q2_2006)}),
    ("Halverson's net income attributable to shareholders in the second quarter of 2006 was $31.4 million.",
     {("NetIncomeLoss", Decimal("31400000"), Q2_2006)}),
    ("Net loss for the quarter was $2.2 million or $(0.12) earnings per basic and diluted share.",
     {("NetIncomeLoss", Decimal("-2200000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("-0.12"), Q2_2006)}),
    ("Net income to common shareholders was $12.6 million, or $0.47 per diluted share, for the quarter.",
     {("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("12600000"), Q2_2006),
      ("EarningsPerShareDiluted", Decimal("0.47"), Q2_2006)}),
])
def test_wordings_of_audit_35(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Revenue totaled $48.3 million, consistent with the same period a year ago.",
     {("Revenues", Decimal("48300000"), Q2_2006)}),
    ("Net income was $5.3 million, up 18 percent from $4.5 million in the same quarter last year, with diluted "
     "earnings per share of $0.37, a 23 percent increase from $0.30 in the second quarter of 2005.",
     {("NetIncomeLoss", Decimal("5300000"), Q2_2006), ("NetIncomeLoss", Decimal("4500000"), Q2_2005),
      ("EarningsPerShareDiluted", Decimal("0.37"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.30"), Q2_2005)}),
    ("Net income for the quarter was $3.6 million. This compares to net income in the second quarter of 2005 of $1.2 "
     "million, with diluted earnings per share of $0.05.",
     {("NetIncomeLoss", Decimal("3600000"), Q2_2006), ("NetIncomeLoss", Decimal("1200000"), Q2_2005),
      ("EarningsPerShareDiluted", Decimal("0.05"), Q2_2005)}),
    ("Second Quarter Highlights\n(Comparisons to three months ended June 30, 2005 unless otherwise noted)\nNet "
     "income was $3.6 million, compared to a net loss of $1.2 million.",
     {("NetIncomeLoss", Decimal("3600000"), Q2_2006), ("NetIncomeLoss", Decimal("-1200000"), Q2_2005)}),
    ("Net income for the quarter was $3.6 million, compared to a net loss of $1.2 million, largely due to the absence "
     "in the current year period of impairment charges from the prior year period.",
     {("NetIncomeLoss", Decimal("3600000"), Q2_2006), ("NetIncomeLoss", Decimal("-1200000"), Q2_2005)}),
    ("Charges for share-based compensation were $0.05 and $0.02 per share in the second quarter of 2006 and 2005, "
     "respectively.", set()),
    ("Halverson reported $0.46 and $0.41 diluted earnings per share in the second quarter of 2006 and 2005, "
     "respectively.", {("EarningsPerShareDiluted", Decimal("0.46"), Q2_2006),
                       ("EarningsPerShareDiluted", Decimal("0.41"), Q2_2005)}),
    ("For the six months through June 30, 2006 net income was $5.3 million.",
     {("NetIncomeLoss", Decimal("5300000"), H1_2006)}),
    ("Earnings per share in the second quarter were $0.31 basic and $0.30 diluted compared to $0.29 and $0.28, "
     "respectively, in the prior year.",
     {("EarningsPerShareBasic", Decimal("0.31"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.30"), Q2_2006),
      ("EarningsPerShareBasic", Decimal("0.29"), Q2_2005), ("EarningsPerShareDiluted", Decimal("0.28"), Q2_2005)}),
])
def test_comparisons_and_lists_of_audit_36(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("This represents an increase of 15.7 percent over second quarter earnings one year ago of $18,153,000, or $.24 "
     "per share.", {("NetIncomeLoss", Decimal("18153000"), Q2_2005),
                    ("EarningsPerShareBasicAndDiluted", Decimal("0.24"), Q2_2005)}),
    ("This gain brought net revenue for the first six months to $91.7 million versus $87.9 million a year ago.",
     {("Revenues", Decimal("91700000"), H1_2006), ("Revenues", Decimal("87900000"), H1_2005)}),
    ("Net earnings for the first two quarters were $94,139,000.", {("NetIncomeLoss", Decimal("94139000"), H1_2006)}),
    ("Earnings per share for the six months were $1.23 versus $.84 for the same two quarters of last year.",
     {("EarningsPerShareBasicAndDiluted", Decimal("1.23"), H1_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("0.84"), H1_2005)}),
])
def test_wordings_of_audit_36(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_sentence_opening_on_a_quarter_dates_the_next_though_its_figures_are_not_read() -> None:
    head = ("BRAMBLEWOOD HOMES REPORTS FULL YEAR 2005 EARNINGS\n\nSPRINGFIELD, Ohio (Feb. 14, 2006) Bramblewood Homes, "
            "Inc. today reported results for the year ended 2005. For the twelve months ended December 31, 2005, net "
            "income rose 10.0% to $44.0 million from $40.0 million in the same period a year ago.\n\n")
    found = facts("For the fourth quarter, net income was little changed at $15.5 million from $15.6 million earned in "
                  "the fourth quarter of 2004. Revenues advanced 12.0% to $210.0 million from $187.5 million in the "
                  "year earlier period.", head=head)
    q4, q4_before = Period(D(2005, 12, 31), D(2005, 10, 1)), Period(D(2004, 12, 31), D(2004, 10, 1))
    assert {f for f in summary(found) if f[2] in (q4, q4_before)} == {
        ("NetIncomeLoss", Decimal("15500000"), q4), ("Revenues", Decimal("210000000"), q4),
        ("NetIncomeLoss", Decimal("15600000"), q4_before), ("Revenues", Decimal("187500000"), q4_before)}


def test_prior_year_opening_a_sentence_dates_its_figures_a_year_back() -> None:
    found = facts("Earnings after tax in the second quarter were $22.0 million, or 41 cents per diluted share. Prior "
                  "year earnings after tax were $19.0 million, or 35 cents per diluted share, on sales of $290.0 "
                  "million.")
    assert summary(found) == {("NetIncomeLoss", Decimal("22000000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.41"), Q2_2006),
                              ("NetIncomeLoss", Decimal("19000000"), Q2_2005),
                              ("EarningsPerShareDiluted", Decimal("0.35"), Q2_2005),
                              ("Revenues", Decimal("290000000"), Q2_2005)}


def test_a_quarter_of_the_fiscal_year_ended_a_day_ends_before_it() -> None:
    head = ("AUBURN, N.Y., February 2, 2016 -- Pemberton Valve Corporation today reported its results for its third "
            "quarter and nine months ended December 31, 2015.\n\n")
    found = facts("Net sales in the third quarter of fiscal 2016 were $41.2 million, up 12% from net sales of $36.8 "
                  "million in the third quarter of the fiscal year ended March 31, 2015.", head=head)
    assert summary(found) == {("Revenues", Decimal("41200000"), Period(D(2015, 12, 31), D(2015, 10, 1))),
                              ("Revenues", Decimal("36800000"), Period(D(2014, 12, 31), D(2014, 10, 1)))}


def test_weeks_of_a_fiscal_first_quarter_and_a_record_quarter_in_a_headline() -> None:
    head = ("CINCINNATI, Ohio -- October 3, 2013 -- Tallmadge Diners, Inc. reported results for its 16-week fiscal "
            "first quarter ended September 17, 2013.\n\n")
    found = facts("Net earnings for the quarter increased 12.0 percent to $1,204,500.", head=head)
    assert summary(found) == {("NetIncomeLoss", Decimal("1204500"), Period(D(2013, 9, 17), D(2013, 5, 29)))}
    head = ("CRESTMOOR REPORTS FIFTH CONSECUTIVE QUARTER OF RECORD NET SALES TOTALING $47 MILLION\n\nTRENTON, N.J., "
            "August 21, 2019 -- Crestmoor Pharmaceuticals, Inc. today reported results for its fiscal 2019 fourth "
            "quarter and full year ended June 30, 2019.\n\n")
    found = facts("For the fourth quarter, net sales doubled to $47.0 million from $23.5 million in last year's fourth "
                  "quarter. Net income was $9.4 million, or $0.51 Basic EPS and $0.48 Diluted EPS.", head=head)
    q4, q4_before = Period(D(2019, 6, 30), D(2019, 4, 1)), Period(D(2018, 6, 30), D(2018, 4, 1))
    assert summary(found) == {("Revenues", Decimal("47000000"), q4), ("Revenues", Decimal("23500000"), q4_before),
                              ("NetIncomeLoss", Decimal("9400000"), q4),
                              ("EarningsPerShareBasic", Decimal("0.51"), q4),
                              ("EarningsPerShareDiluted", Decimal("0.48"), q4)}


def test_annual_figures_and_the_prior_fiscal_year_quarter() -> None:
    head = ("KESTREL AIR REPORTS FOURTH QUARTER AND YEAR-END 2005 RESULTS\n\nPLAINFIELD, Ohio, January 28, 2006 -- "
            "Kestrel Air Holdings, Inc. today reported results for the fourth quarter and year ended December 31, "
            "2005.\n\n")
    found = facts("Kestrel Air reported annual net income of $27.6 million ($0.64 per diluted share). Cascade, the "
                  "distributor it bought in June, has annual sales of $11 million.", head=head)
    year = Period(D(2005, 12, 31), D(2005, 1, 1))
    assert summary(found) == {("NetIncomeLoss", Decimal("27600000"), year),
                              ("EarningsPerShareDiluted", Decimal("0.64"), year)}
    found = facts("Net income for the quarter was $8.7 million compared to $9.3 million in the second quarter of 2005. "
                  "Adjusting for certain special items, net income was $9.9 million compared to $9.3 million in the "
                  "prior fiscal year quarter.")
    assert summary(found) == {("NetIncomeLoss", Decimal("8700000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("9300000"), Q2_2005)}


@pytest.mark.parametrize(("body", "expected"), [
    ("Net income for the quarter was $3.6 million, versus $2.1 million for the same period last year. Revenue for the "
     "quarter was $88.2 million.\n\nResults for the three- and six-month periods are pro forma, and exclude the "
     "impact of a write-off of unamortized debt acquisition costs.",
     {("NetIncomeLoss", Decimal("2100000"), Q2_2005), ("Revenues", Decimal("88200000"), Q2_2006)}),
    ("The Company's results for the first six months of 2006 are reported on a pro forma basis, assuming that the "
     "acquisition occurred on January 1, 2006.\n\nFor the six months ended June 30, 2006, net sales were $104.7 "
     "million. Net sales for the second quarter were $41.3 million.",
     {("Revenues", Decimal("41300000"), Q2_2006)}),
])
def test_figures_said_to_be_pro_forma_are_left_out(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Net income for the quarter was up over 60% to $4.4 million, from $2.7 million for last year's second quarter.",
     {("NetIncomeLoss", Decimal("4400000"), Q2_2006), ("NetIncomeLoss", Decimal("2700000"), Q2_2005)}),
    ("Net income for the six months more than doubled to $9.1 million.",
     {("NetIncomeLoss", Decimal("9100000"), H1_2006)}),
    ("Net sales for the quarter were over $5 million.", set()),
    ("Revenues for the quarter were $3,412,000, down 17% from the $4,105,000 in revenues reported for the year-earlier "
     "period.", {("Revenues", Decimal("3412000"), Q2_2006), ("Revenues", Decimal("4105000"), Q2_2005)}),
    ("Total revenues for the quarter increased three percent to $84.2 million.",
     {("Revenues", Decimal("84200000"), Q2_2006)}),
    ("Sales increased $12.6 million, or 10.7%, to approximately $130.4 million from $117.8 million for the same period "
     "in 2005.", {("Revenues", Decimal("130400000"), Q2_2006), ("Revenues", Decimal("117800000"), Q2_2005)}),
    ("Net income per common share (diluted) was $0.23 for the quarter.",
     {("EarningsPerShareDiluted", Decimal("0.23"), Q2_2006)}),
])
def test_wordings_of_audit_38(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_heading_that_is_our_name_with_a_region_in_it_opens_no_part() -> None:
    text = ("Tamarack North America\n\nTamarack North America\n29 October 2002\n\nTamarack North America Inc, a "
            "supplier of roofing materials, today reported third-quarter 2002 net income of $61.4 million.\n")
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("61400000"), Period(D(2002, 9, 30), D(2002, 7, 1)))}



@pytest.mark.parametrize(("head", "body", "expected"), [
    (Q4_HEAD, "- Q4: Net revenues $41.0 million; net income $3.1 million\n"
     "- FY: Net revenues up 12.0% to $151.5 million, net income up 30.2% to $10.4 million",
     {("Revenues", Decimal("41000000"), Q4_2006), ("NetIncomeLoss", Decimal("3100000"), Q4_2006),
      ("Revenues", Decimal("151500000"), Y2006), ("NetIncomeLoss", Decimal("10400000"), Y2006)}),
    (HEAD, "All per share results are on a diluted share and unit basis. Net income was $4.1 million, or $0.23 per "
     "share, for the quarter.",
     {("NetIncomeLoss", Decimal("4100000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.23"), Q2_2006)}),
    (HEAD, "Sales were $88.2 million, an increase of 1.2% compared to the first half of 2005.",
     {("Revenues", Decimal("88200000"), H1_2006)}),
    (HEAD, "Net earnings for the quarter were $3.4 million, or $0.21 per diluted share, compared to $4.1 million, or "
     "$0.26 per diluted share, reported in last year's second quarter, exclusive of a one-time charge for "
     "restructuring costs.",
     {("NetIncomeLoss", Decimal("3400000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.21"), Q2_2006)}),
    (HEAD, "Net income for the quarter was $4.1 million ($.23 per share). All per share amounts represent diluted "
     "earnings per share.",
     {("NetIncomeLoss", Decimal("4100000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.23"), Q2_2006)}),
    (HEAD, "Net income for the quarter was $4.1 million, or $0.23 per share. Per-share results are based on a total "
     "7.1 million fully diluted common shares outstanding at the end of the quarter.",
     {("NetIncomeLoss", Decimal("4100000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.23"), Q2_2006)}),
    (HEAD, "Net income for the quarter was $4.1 million, or $0.23 per share. Per-share results are based on basic and "
     "diluted shares outstanding during the quarter.",
     {("NetIncomeLoss", Decimal("4100000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.23"), Q2_2006)}),
    (HEAD, "Sales for the six month period ended June 30, 2006 were $162,448,000 compared to $139,216,000 for the "
     "corresponding prior fiscal year.",
     {("Revenues", Decimal("162448000"), H1_2006), ("Revenues", Decimal("139216000"), H1_2005)}),
])
def test_wordings_of_audit_39(head: str, body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body, head)) == expected


def test_a_dateline_after_a_letterhead_of_contact_lines_dates_the_release() -> None:
    contacts = "".join(f"{name}\n\n(713) 555-01{n:02d}\n\n" for n, name in enumerate(
        ("Mary Kettle", "Roy Osei", "Ana Pruitt", "Lee Wands", "Ida Morrow", "Tom Breck", "Sue Lamb")))
    text = ("Exhibit 99.1\n\n" + contacts + "FOR IMMEDIATE RELEASE\n\n(Denver \u2014 May 3, 2013) Larch Gas Storage, "
            "L.P. today reported net income of $12.2 million for the first quarter of 2013 as compared to net income "
            "for the first quarter of 2012 of $8.1 million.\n")
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("12200000"), Period(D(2013, 3, 31), D(2013, 1, 1))),
                                       ("NetIncomeLoss", Decimal("8100000"), Period(D(2012, 3, 31), D(2012, 1, 1)))}


def test_headings_with_a_colon_over_bullets_on_consecutive_lines_date_their_bullets() -> None:
    text = ("Hadley Press Reports Record Results\n"
            "WORCESTER, Mass., Nov. 7 -- Hadley Press Corporation, a book manufacturer, today announced record sales "
            "and earnings for the fiscal year ending September 28, 2002.\n"
            "Results at a glance\nFourth quarter fiscal 2002:\n* Sales of $41 million, up 9%\n"
            "* Net income of $3.6 million, up 12%\nFiscal year 2002:\n* Sales of $158 million, up 7%\n"
            "* Net income of $10.4 million, up 15%\n")
    q4, year = Period(D(2002, 9, 28), D(2002, 6, 30)), Period(D(2002, 9, 28), D(2001, 9, 30))
    assert {"Fourth quarter fiscal 2002:", "Fiscal year 2002:"} <= {p.text for p in read_text(text).paragraphs}
    assert summary(facts_of(text)) == {("Revenues", Decimal("41000000"), q4), ("NetIncomeLoss", Decimal("3600000"), q4),
                                       ("Revenues", Decimal("158000000"), year),
                                       ("NetIncomeLoss", Decimal("10400000"), year)}


def test_a_headline_naming_the_3rd_qtr() -> None:
    text = ("Brackley Lodging Reports 3rd Qtr Net Income of $14.6 million; Occupancy Rises\n"
            "TULSA, Okla., Oct 18, 2004 -- Brackley Lodging Trust (NYSE:BLT) today reported net income of $14.6 "
            "million, or $0.83 per diluted share for the third quarter 2004.\n")
    q3 = Period(D(2004, 9, 30), D(2004, 7, 1))
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("14600000"), q3),
                                       ("EarningsPerShareDiluted", Decimal("0.83"), q3)}


@pytest.mark.parametrize(("body", "expected"), [
    ("Net income for the quarter was $6.2 million or $0.18 per diluted share compared to net income of $5.9 million "
     "or $0.17 for the same period last year.",
     {("NetIncomeLoss", Decimal("6200000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.18"), Q2_2006),
      ("NetIncomeLoss", Decimal("5900000"), Q2_2005), ("EarningsPerShareDiluted", Decimal("0.17"), Q2_2005)}),
    ("Net income was $1.9 million, or 21 cents per share, compared to net income of $1.4 million, or 16 cents, for "
     "the same period a year ago.",
     {("NetIncomeLoss", Decimal("1900000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.21"), Q2_2006),
      ("NetIncomeLoss", Decimal("1400000"), Q2_2005), ("EarningsPerShareBasicAndDiluted", Decimal("0.16"), Q2_2005)}),
    # a figure beside a compared total with no per-share figure in the clause compared with: nothing to be like
    ("Net sales for the quarter were $62.0 million compared to $58.1 million or 4.1 for the same period last year.",
     {("Revenues", Decimal("62000000"), Q2_2006), ("Revenues", Decimal("58100000"), Q2_2005)}),
])
def test_a_compared_figure_beside_a_compared_total_is_per_share_like_the_one_compared_with(
        body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_yearless_dateline_takes_the_year_of_that_day_written_in_full_above_it() -> None:
    text = ("Tamberly Air Reports First Quarter Results\n\nApr 18, 2002, 01:00 ET from Tamberly Air, Inc.\n\n"
            "OMAHA, April 18 /PRNewswire/ --\n\n"
            "-- Loss per share increased from $0.31 to $0.38; first quarter 2001 results included a change in "
            "accounting method\n\n"
            "Tamberly Air, Inc. (NYSE: TMB) today reported financial results for its airline operations. For the first "
            "quarter ending March 31, 2002, operating revenue increased 8.0% to $84.2 million from $78.0 million in "
            "the same quarter last year.\n")
    q1 = Period(D(2002, 3, 31), D(2002, 1, 1))
    assert ("Revenues", Decimal("84200000"), q1) in summary(facts_of(text))
    # without the full date, the stated end a few paragraphs down, not the bullet's "first quarter 2001"
    assert ("Revenues", Decimal("84200000"), q1) in summary(facts_of(text.replace("Apr 18, 2002, 01:00 ET", "")))


def test_bare_earnings_in_a_paragraph_on_earnings_from_continuing_operations_are_theirs() -> None:
    found = facts("Earnings from continuing operations for the quarter were $17.2 million or 91 cents per share. "
                  "Sales increased to $240 million. Earnings last year were $21.6 million or $1.12 per share.")
    assert summary(found) == {("Revenues", Decimal("240000000"), Q2_2006)}


def test_the_14_week_fourth_quarter_of_a_named_year() -> None:
    text = ("Orrin Staffing reports fourth quarter results\n\nTACOMA, Wash., Feb. 2, 2005 -- Orrin Staffing, Inc. "
            "(NYSE: ORS) reported that revenue for the 13-week fourth quarter ended Dec. 31, 2004, increased 6.1 "
            "percent to $118.4 million from $111.6 million for the 14-week fourth quarter of 2003.\n")
    assert summary(facts_of(text)) == {
        ("Revenues", Decimal("118400000"), Period(D(2004, 12, 31), D(2004, 10, 2))),
        ("Revenues", Decimal("111600000"), Period(D(2003, 12, 31), D(2003, 9, 25)))}


def test_a_headline_against_analysts_estimates_abbreviated() -> None:
    head = ("Halvard Property Trust Reports EPS $2.14 Vs. $2.09 Est.; $88.1M Vs. $87.0M Est.\n\n"
            "ROCKVILLE, Md., February 12, 2014 -- Halvard Property Trust today reported operating results for its "
            "fourth quarter and year ended December 31, 2013.\n\n")
    assert summary(facts("Net income for the year was $51.3 million.", head=head)) == {
        ("NetIncomeLoss", Decimal("51300000"), Period(D(2013, 12, 31), D(2013, 1, 1)))}


def test_a_dateline_subject_with_no_corporate_suffix_but_its_exchange_and_symbol_is_the_company() -> None:
    text = ("VRN Reports 2005 First Quarter Results\n\nTOLEDO, Ohio - April 20, 2005 - VRN (NYSE: VRN), a staffing "
            "company, today announced its financial results for the first quarter ended March 31, 2005.\n\n"
            "VRN's net income for the first quarter was $0.7 million, or $0.06 per diluted share.\n")
    q1 = Period(D(2005, 3, 31), D(2005, 1, 1))
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("700000"), q1),
                                       ("EarningsPerShareDiluted", Decimal("0.06"), q1)}


def test_a_letterhead_address_with_our_name_in_it_opens_no_part() -> None:
    text = ("BRISTOW PAPER PLAZA\n\n400 HARBOR STREET\n\nBristow Paper Reports Third Quarter 2002 Earnings\n\n"
            "Stamford, Conn. - Oct. 23, 2002 - Bristow Paper (NYSE: BRP) today reported 2002 third-quarter net "
            "earnings of $145 million ($0.30 per share).\n")
    q3 = Period(D(2002, 9, 30), D(2002, 7, 1))
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("145000000"), q3),
                                       ("EarningsPerShareBasicAndDiluted", Decimal("0.30"), q3)}


@pytest.mark.parametrize(("head", "body", "expected"), [
    ("BRANTLEY ELECTRIC REPORTS 1998 EARNINGS\n\nALBANY, N.Y., January 27, 1999 - Brantley Electric Corporation "
     "(NYSE: BEC) today reported 1998 earnings of $212.4 million, or $2.41 per share.\n\n", "",
     {("NetIncomeLoss", Decimal("212400000"), Period(D(1998, 12, 31), D(1998, 1, 1))),
      ("EarningsPerShareBasicAndDiluted", Decimal("2.41"), Period(D(1998, 12, 31), D(1998, 1, 1)))}),
    (HEAD, "Halverson Labs announced earnings of $512,000, representing $.47 per share, for the quarter.",
     {("NetIncomeLoss", Decimal("512000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.47"), Q2_2006)}),
    (HEAD, "Net income for the quarter was $21.1 million ($0.41 per share) compared to $7.4 million ($0.16 per share) "
     "excluding special and extraordinary items in 2005.",
     {("NetIncomeLoss", Decimal("21100000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.41"), Q2_2006)}),
])
def test_wordings_of_audit_41(head: str, body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body, head)) == expected


def test_rose_from_the_same_period_one_year_ago_to_a_level_is_the_current_periods() -> None:
    found = facts("Net income for the quarter rose 35% from the same period one year ago to $8.6 million. Net sales "
                  "were $31.4 million, up from $22.4 million in the same period one year ago.")
    assert summary(found) == {("NetIncomeLoss", Decimal("8600000"), Q2_2006),
                              ("Revenues", Decimal("31400000"), Q2_2006), ("Revenues", Decimal("22400000"), Q2_2005)}


def test_a_dash_bullet_run_into_its_first_word() -> None:
    text = ("Larkin Apparel Corporation reported results for the fourteen week and fifty-three week periods ended "
            "February 3, 2018.\nResults for the Fourteen Week Period Ended February 3, 2018\n"
            "-Net sales totaled $92.7 million, as compared to $88.1 million in the thirteen weeks ended January 28, "
            "2017.\n-Net loss for the fourteen week period ended February 3, 2018 totaled $2.6 million.\n")
    assert summary(facts_of(text)) == {
        ("Revenues", Decimal("92700000"), Period(D(2018, 2, 3), D(2017, 10, 29))),
        ("Revenues", Decimal("88100000"), Period(D(2017, 1, 28), D(2016, 10, 30))),
        ("NetIncomeLoss", Decimal("-2600000"), Period(D(2018, 2, 3), D(2017, 10, 29)))}


def test_with_no_release_date_a_balance_at_the_end_of_the_quarter_named_dates_the_release() -> None:
    text = ("Quillon Components Reports Q2 Results\n\nNEWARK, N.J. \u2014 Quillon Components Inc. (NASDAQ:QLCP) today "
            "announced financial results for the second quarter and first six months of 2015.\n\n"
            "For the second quarter, sales increased 4.2% to $61.3 million compared to $58.8 million for the second "
            "quarter of 2014.\n\nCash and investments were $77.5 million as of June 30, 2015.\n")
    assert summary(facts_of(text)) == {("Revenues", Decimal("61300000"), Period(D(2015, 6, 30), D(2015, 4, 1))),
                                       ("Revenues", Decimal("58800000"), Period(D(2014, 6, 30), D(2014, 4, 1)))}
    # no balance at a quarter's end: no date to place the quarter by
    assert summary(facts_of(text.replace("as of June 30, 2015", "at the end of the period"))) == set()


@pytest.mark.parametrize(("body", "expected"), [
    ("On a diluted per-share basis, earnings were $0.21 for the second quarter of 2006, versus $0.18 in the second "
     "quarter of 2005.",
     {("EarningsPerShareDiluted", Decimal("0.21"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.18"), Q2_2005)}),
    ("After two quarters in 2006, net sales were $36,417,000 compared to $37,020,000 after two quarters in 2005.",
     {("Revenues", Decimal("36417000"), H1_2006), ("Revenues", Decimal("37020000"), H1_2005)}),
    ("The company recorded second quarter net sales revenue of $277,420,000.",
     {("Revenues", Decimal("277420000"), Q2_2006)}),
])
def test_wordings_of_audit_42(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Net income for the quarter was $41.5 million, or $0.92 and $0.81 per basic and diluted share, respectively, as "
     "compared to $6.2 million, or $0.14 per basic and diluted share, for the second quarter of 2005.",
     {("NetIncomeLoss", Decimal("41500000"), Q2_2006), ("EarningsPerShareBasic", Decimal("0.92"), Q2_2006),
      ("EarningsPerShareDiluted", Decimal("0.81"), Q2_2006), ("NetIncomeLoss", Decimal("6200000"), Q2_2005),
      ("EarningsPerShareBasicAndDiluted", Decimal("0.14"), Q2_2005)}),
    ("Charges for the quarter were $4.1 million, or $0.62 and $0.61 per basic and diluted share, respectively.", set()),
    ("Net income for the six months was $452,000, compared to net income of $285,000 for the same period during 2005.",
     {("NetIncomeLoss", Decimal("452000"), H1_2006), ("NetIncomeLoss", Decimal("285000"), H1_2005)}),
])
def test_wordings_of_audit_39_and_42_lists(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_the_first_quarter_of_its_2000_fiscal_year_which_ended_is_the_quarter_that_ended() -> None:
    text = ("Brightmoor Coatings Announces Record First Quarter Sales\n\nAKRON, Ohio, Oct. 8 /PRNewswire/ -- "
            "Brightmoor Coatings, Inc. (NYSE: BMC) announced record sales for the first quarter of its 2000 fiscal "
            "year, which ended August 31, 1999.\n\nSales totaled a record $212.4 million, a 6 percent increase over "
            "the prior year's first quarter sales of $200.3 million.\n")
    assert summary(facts_of(text)) == {("Revenues", Decimal("212400000"), Period(D(1999, 8, 31), D(1999, 6, 1))),
                                       ("Revenues", Decimal("200300000"), Period(D(1998, 8, 31), D(1998, 6, 1)))}


def test_a_headline_line_on_the_quarter_run_into_one_on_the_year_ended() -> None:
    text = ("Tarrow Reports Fourth Quarter and Year-End 2016 Financial Results\n\n"
            "Fourth Quarter 2016 net earnings of $0.34 per diluted share compared to $0.96 for the fourth quarter of "
            "2015\nYear ended December 31, 2016 net loss of $0.24 per diluted share compared to net earnings of $1.98 "
            "for the year ended December 31, 2015\n\nPHILADELPHIA, Feb. 22, 2017 -- Tarrow Corporation (NYSE:TRW) "
            "today announced financial results for the fourth quarter and year ended December 31, 2016.\n")
    found = summary(facts_of(text))
    assert ("EarningsPerShareDiluted", Decimal("-0.24"), Period(D(2016, 12, 31), D(2016, 1, 1))) in found
    assert ("EarningsPerShareDiluted", Decimal("0.34"), Period(D(2016, 12, 31), D(2016, 10, 1))) in found


@pytest.mark.parametrize("text", [
    "Exhibit 99.1\n\nMarrowind Biologics, Inc. Reports Second Quarter 2004 Results\n\nTUCSON, Arizona, July 28, 2004 "
    "\u2013 Marrowind Biologics, Inc. (Nasdaq:MRWB) today reported results for the second quarter of 2004.\n\n"
    "MRWB's net loss was $4.3 million for the second quarter of 2004.\n",
    "EXHIBIT 99.1\n\nMARROWIND ANNOUNCES Q2 RESULTS\n\nTUCSON, AZ (July 28, 2004)... Marrowind (Nasdaq: MRWB) today "
    "reported results for its second quarter ended June 30, 2004.\n\nMarrowind's net loss was $4.3 million for the "
    "second quarter of 2004.\n",
])
def test_the_company_called_by_its_symbol_or_a_name_with_no_suffix(text: str) -> None:
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("-4300000"), Period(D(2004, 6, 30), D(2004, 4, 1)))}


def test_a_symbol_with_no_name_known_makes_no_other_name_another_company() -> None:
    text = ("Lorimer Savings Bank fourth quarter results 1996\n\nNORTH ANDOVER, Mass.--(BUSINESS WIRE)--Jan. 21, 1997--"
            "Lorimer Savings Bank, (NASDAQ-LSBX), today announced results for the quarter ended Dec. 31, 1996.\n\n"
            "Lorimer Savings Bank reported net income of $1,780,000 for the fourth quarter of 1996.\n")
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("1780000"), Period(D(1996, 12, 31), D(1996, 10, 1)))}


def test_a_highlights_heading_names_the_year_reported() -> None:
    text = ("Merrow Energy Corporation Posts Record Year\n\nDALLAS, Feb. 20, 2020 /PRNewswire/ -- Merrow Energy "
            "Corporation (NYSE: MRW) today announced the best year in its history.\n\nFull-Year 2019 Highlights\n\n"
            "  \u2022 Net income of $212.4 million (or $0.91 per share)\n")
    year = Period(D(2019, 12, 31), D(2019, 1, 1))
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("212400000"), year),
                                       ("EarningsPerShareBasicAndDiluted", Decimal("0.91"), year)}


@pytest.mark.parametrize(("body", "expected"), [
    ("The Company realized net income for the quarter of $512,000, up 90% over net income of $269,000 for the "
     "comparable 2005 quarter.",
     {("NetIncomeLoss", Decimal("512000"), Q2_2006), ("NetIncomeLoss", Decimal("269000"), Q2_2005)}),
    ("Diluted earnings per share (\u201cDiluted EPS\u201d) were $0.48 for the quarter, as compared to Diluted EPS of "
     "$0.39 for the second quarter of 2005.",
     {("EarningsPerShareDiluted", Decimal("0.48"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.39"), Q2_2005)}),
])
def test_wordings_of_audit_43(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_figure_compared_with_one_that_has_no_period_goes_back_from_no_other_period() -> None:
    pinecrest = ("DENVER, Colo., Aug. 6, 2021 /PRNewswire/ -- Pinecrest Media Corporation (NASDAQ: PCMC) reported "
                 "revenue totaling $1.41 billion for the quarter ending June 30, 2021.\n\nIn the first six months of "
                 "2021, net income totaled $214 million, compared with $198 million during the same period last "
                 "year.\n")
    q2 = Period(D(2021, 6, 30), D(2021, 4, 1))
    assert summary(facts_of(pinecrest)) == {("Revenues", Decimal("1410000000"), q2)}
    harlow = ("Harlow Wire Company Reports Second Quarter Results\n\nDAYTON, Ohio, April 26, 2001 -- Harlow Wire "
              "Company (Amex: HWC) announced results for its second quarter.\n\nSales for the "
              "second quarter of fiscal year 2001 were $31.4 million, compared to $36.2 million for the same period "
              "last year, while sales for the six-month period ended April 1, 2001 were $60.5 million.\n")
    assert ("Revenues", Decimal("36200000")) not in {(c, v) for c, v, _ in summary(facts_of(harlow))}


def test_a_letterhead_contact_line_with_our_name_and_a_part_opens_no_part() -> None:
    text = ("FOR IMMEDIATE RELEASE\nContact:\nDana Whitcombe\nHarbor Point Insurance Group\nPhone: (555) 310-4471\n"
            "HARBOR POINT REPORTS FOURTH QUARTER RESULTS\nTAMPA, Fla., February 9, 2006-- Harbor Point Holdings, Inc. "
            "(NYSE: HPH) today reported its financial results for the fourth quarter ended December 31, 2005.\n"
            "Net income for the three months ended December 31, 2005 was $8.2 million.\n")
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("8200000"), Period(D(2005, 12, 31), D(2005, 10, 1)))}


def test_earnings_per_share_fully_diluted_in_parentheses_after_the_phrase() -> None:
    found = facts("Earnings per share (fully diluted) were USD 0.21 for the quarter, up from USD 0.14 in the second "
                  "quarter of 2005.")
    assert summary(found) == {("EarningsPerShareDiluted", Decimal("0.21"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.14"), Q2_2005)}


@pytest.mark.parametrize(("body", "expected"), [
    ("Halverson's first-half 2006 revenue totaled $28.3 million.", {("Revenues", Decimal("28300000"), H1_2006)}),
    ("Halverson Labs\u2019 revenue for the quarter was $14.6 million.", {("Revenues", Decimal("14600000"), Q2_2006)}),
    ("Halverson reported net earnings of $0.38 per share on a diluted basis in the second quarter. This compares to "
     "diluted earnings per share of $0.29 in the same quarter last year. Adjusted diluted earnings were $0.31 per "
     "share in the second quarter of last year.",
     {("EarningsPerShareDiluted", Decimal("0.38"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.29"), Q2_2005)}),
])
def test_wordings_of_audit_44(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_yearless_dateline_takes_the_latest_year_named_near_it() -> None:
    text = ("Duluth, MN, Feb. 3--Harwick Tool Works posted fourth quarter net income of $62 million, versus $47 "
            "million in the fourth quarter a year ago. Excluding non-recurring items in the fourth quarter of 2004, "
            "net income increased 21.5% from $51 million in the same period last year.\n\n"
            "For the 2005 calendar year, net income was $231 million, compared with $198 million in 2004.\n")
    q4, q4_before = Period(D(2005, 12, 31), D(2005, 10, 1)), Period(D(2004, 12, 31), D(2004, 10, 1))
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("62000000"), q4),
                                       ("NetIncomeLoss", Decimal("47000000"), q4_before),
                                       ("NetIncomeLoss", Decimal("231000000"), Period(D(2005, 12, 31), D(2005, 1, 1))),
                                       ("NetIncomeLoss", Decimal("198000000"), Period(D(2004, 12, 31), D(2004, 1, 1)))}


def test_a_headline_line_is_not_run_into_a_date_line_with_its_place() -> None:
    text = ("Exhibit 99.1\nNorvale Announces Fourth Quarter and Fiscal 2006 Results\nMarch 28, 2007 \u2013 Denver, "
            "Colorado\nNorvale Corp. (NASDAQ: NRVL) today announced a net loss of $3.8 million, or $0.21 per share "
            "on a fully diluted basis, for the twelve months ended December 31, 2006 compared to earnings of $4.1 "
            "million, or $0.23 per share on a fully diluted basis, for the twelve months ended December 31, 2005.\n")
    y2006, y2005 = Period(D(2006, 12, 31), D(2006, 1, 1)), Period(D(2005, 12, 31), D(2005, 1, 1))
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("-3800000"), y2006),
                                       ("EarningsPerShareDiluted", Decimal("-0.21"), y2006),
                                       ("NetIncomeLoss", Decimal("4100000"), y2005),
                                       ("EarningsPerShareDiluted", Decimal("0.23"), y2005)}


@pytest.mark.parametrize("description", [", which provides products and services to the dental market,",
                                         ", a maker of garden tools and outdoor lighting products,"])
def test_what_describes_the_company_after_its_name_names_no_part(description: str) -> None:
    text = ("BEDFORD, Mass., May 14, 2004 -- Talmont Corporation (Nasdaq: TLMT)" + description + " today reported "
            "revenues for the first quarter ended March 31, 2004 of $4,118,000, compared to $3,902,000 for the first "
            "quarter of 2003.\n")
    assert summary(facts_of(text)) == {("Revenues", Decimal("4118000"), Period(D(2004, 3, 31), D(2004, 1, 1))),
                                       ("Revenues", Decimal("3902000"), Period(D(2003, 3, 31), D(2003, 1, 1)))}


def test_a_clause_describing_a_period_is_not_one_describing_the_company() -> None:
    found = facts("For the first six months, net sales increased approximately 5% to $354.6 million. The 2006 "
                  "six-month period, which includes the Company's previously-reported first quarter $16.2 million "
                  "inventory markdown in its basics segment, yielded a net loss of $7.3 million.")
    assert ("NetIncomeLoss", Decimal("-7300000"), Q1_2006) not in summary(found)


@pytest.mark.parametrize(("body", "expected"), [
    ("Halverson reported net earnings of $9.2 million, or 41 cents per share, on net sales of $310.4 million. This "
     "compares with $12.6 million, or 57 cents per share, on net sales of $297.1 million for the second quarter of "
     "2005.",
     {("NetIncomeLoss", Decimal("9200000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.41"), Q2_2006),
      ("Revenues", Decimal("310400000"), Q2_2006), ("NetIncomeLoss", Decimal("12600000"), Q2_2005),
      ("EarningsPerShareBasicAndDiluted", Decimal("0.57"), Q2_2005), ("Revenues", Decimal("297100000"), Q2_2005)}),
    ("Halverson reported $601,000 in net income for the quarter. This compares to $885,000 reported for the same "
     "quarter of the prior year.",
     {("NetIncomeLoss", Decimal("601000"), Q2_2006), ("NetIncomeLoss", Decimal("885000"), Q2_2005)}),
    ("Diluted earnings per share for the quarter were $0.52. That compared with $0.45 per diluted share in the second "
     "quarter of 2005.",
     {("EarningsPerShareDiluted", Decimal("0.52"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.45"), Q2_2005)}),
    # what the sentence before gave no fact of ours, or a figure that names what it is, is not compared with it
    ("Net income for the quarter was $3.6 million. This compares with $41.3 million in cash and short-term "
     "investments at June 30, 2005.", {("NetIncomeLoss", Decimal("3600000"), Q2_2006)}),
    ("Operating income for the quarter was $5.1 million. This compares with $4.2 million in the second quarter of "
     "2005.", set()),
])
def test_this_compares_with_the_figures_of_the_sentence_before(body: str,
                                                               expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary({f for f in facts(body) if f.concept != "OperatingIncomeLoss"}) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a year not over when the release was written is the part of it reported so far: nor is the year compared with
    # a whole year
    ("Net sales increased by 9.5 percent to $41.3 million in 2006 from $37.7 million in 2005.", set()),
    ("Net sales increased by 9.5 percent to $41.3 million in 2006 from $37.7 million in the second quarter of 2005.",
     {("Revenues", Decimal("37700000"), Q2_2005)}),
    ("Net income for the first six months of 2006 was $2,310,000 or $.38 per share while in 2005, net income was "
     "$2,045,000 or $.34 per share.",
     {("NetIncomeLoss", Decimal("2310000"), H1_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.38"), H1_2006),
      ("NetIncomeLoss", Decimal("2045000"), H1_2005), ("EarningsPerShareBasicAndDiluted", Decimal("0.34"), H1_2005)}),
    ("Net income for the quarter was $905,000. Results for 2005 have been restated from a net profit of $260,000 to a "
     "loss of $140,000 to reflect the adoption of a new accounting standard.",
     {("NetIncomeLoss", Decimal("905000"), Q2_2006)}),
    ("Net income for the quarter was $244,000 or 6 cents per share vs. net income of $52,000 or 1 cent a share in the "
     "second quarter last year.",
     {("NetIncomeLoss", Decimal("244000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.06"), Q2_2006),
      ("NetIncomeLoss", Decimal("52000"), Q2_2005), ("EarningsPerShareBasicAndDiluted", Decimal("0.01"), Q2_2005)}),
    ("Diluted earnings per share for the second quarter of 2006 were $.14. For the second quarter of 2005, diluted "
     "earnings per share were also $.14.",
     {("EarningsPerShareDiluted", Decimal("0.14"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.14"), Q2_2005)}),
    ("Earnings for the quarter were $.08 per share. Considering the dilutive effect of warrants outstanding, earnings "
     "per share for the quarter were $.06 per share.",
     {("EarningsPerShareBasic", Decimal("0.08"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.06"), Q2_2006)}),
    ("Diluted net income available to common stockholders per share was $0.48 in the second quarter, compared to "
     "$0.31 a year ago.",
     {("EarningsPerShareDiluted", Decimal("0.48"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.31"), Q2_2005)}),
    ("Halverson reported net income applicable to its common stock of approximately $6.2 million, $.11 per share, "
     "for the quarter.",
     {("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("6200000"), Q2_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("0.11"), Q2_2006)}),
])
def test_wordings_of_audit_46(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a table's row read as text: a loss beside the figure, in brackets, written in full
    ("Net Income (Loss) $ 28,615,000 ($ 12,207,000)", set()),
    ("Primary and fully diluted earnings per share for the second quarter were 38 cents, compared with 34 cents "
     "primary and fully diluted a year ago.",
     {("EarningsPerShareBasicAndDiluted", Decimal("0.38"), Q2_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("0.34"), Q2_2005)}),
    # an opening "before the accounting change" holds for every current figure of the sentence, not those compared
    ("In the second quarter, before the required accounting change, diluted earnings per share decreased 4% to 41.0 "
     "cents from 42.7 cents in last year's second quarter, and basic earnings per share decreased 4% to 41.8 cents "
     "from 43.5 cents.",
     {("EarningsPerShareDiluted", Decimal("0.427"), Q2_2005), ("EarningsPerShareBasic", Decimal("0.435"), Q2_2005)}),
    # a list of phrases is of one period, whatever period the next clause names
    ("Second quarter diluted and basic earnings per share were 37.2 cents and 37.9 cents respectively, and six month "
     "diluted earnings per share were $1.27.",
     {("EarningsPerShareDiluted", Decimal("0.372"), Q2_2006), ("EarningsPerShareBasic", Decimal("0.379"), Q2_2006),
      ("EarningsPerShareDiluted", Decimal("1.27"), H1_2006)}),
    ("For the first six months, comparable store sales increased 0.7 percent, while total sales increased 1.4 percent "
     "to $441.3 million.", {("Revenues", Decimal("441300000"), H1_2006)}),
])
def test_wordings_of_audit_47(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_yearless_dateline_takes_no_year_from_a_comparison() -> None:
    text = ("(Halverson Labs issued the following news release on February 2.)\n"
            "PORTVILLE, Maine \u2014 Halverson Labs Inc. today reported fourth quarter net income of $8.4 million, or "
            "41 cents per share.\nTotal revenues for the quarter were $112.0 million compared to $105.0 million in "
            "2005.\n")
    assert facts_of(text) == []


TTM_2006 = Period(D(2006, 6, 30), D(2005, 7, 1))
TTM_2005 = Period(D(2005, 6, 30), D(2004, 7, 1))


@pytest.mark.parametrize(("body", "expected"), [
    ("For the 12 months ended June 30, 2006, net income totaled $18.1 million. Operating revenues were $127 million "
     "for the 12-month period, compared with $131 million for the same period a year ago.",
     {("NetIncomeLoss", Decimal("18100000"), TTM_2006), ("Revenues", Decimal("127000000"), TTM_2006),
      ("Revenues", Decimal("131000000"), TTM_2005)}),
    ("Before taking a first quarter charge associated with the adoption of a new accounting standard, earnings per "
     "share for the first six months grew 11 percent to $2.31.", set()),
    # the per-share figure of a period whose earnings the text gives as pro forma is pro forma too
    ("For the quarter, net income rose to $742,000, up 64 percent from pro forma net income of $452,000 in the second "
     "quarter of 2005. Earnings per share for the second quarter were $0.094 vs. $0.071.",
     {("NetIncomeLoss", Decimal("742000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.094"), Q2_2006)}),
    ("For the six-month period, income from continuing operations increased 9 percent to $44 million. Sales were "
     "$1.2 billion compared with $1.3 billion.",
     {("Revenues", Decimal("1200000000"), H1_2006), ("Revenues", Decimal("1300000000"), H1_2005)}),
    ("  o Net income for the second quarter was $52 million, or $0.17 per diluted\n    share.",
     {("NetIncomeLoss", Decimal("52000000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.17"), Q2_2006)}),
])
def test_wordings_of_audit_48(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary({f for f in facts(body) if f.concept in SCORED}) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no year but a comparison's: none
    ("HALVERSON LABS REPORTS RESULTS\n\nPORTVILLE, Maine, July 20 /PRNewswire/ -- Halverson Labs Inc. today announced "
     "second-quarter net income of $41.3 million. Sales were down 2 percent from the $322 million for the 2005 second "
     "quarter.\n", set()),
    # a description of the company after its symbol names no part of it
    ("HALVERSON LABS REPORTS RESULTS\n\nPORTVILLE, Maine, July 20, 2006 -- Halverson Labs Inc. (NASDAQ: HALV), the "
     "nation's leading maker of lab glass and filter products, today reported net income of $4.2 million ($0.23 per "
     "share) for the second quarter of 2006.\n",
     {("NetIncomeLoss", Decimal("4200000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.23"), Q2_2006)}),
    # a headline line is not run into a dateline with a state's abbreviation and a dash
    ("Halverson Q2 Revenue Up 8%\nPORTVILLE, Me. \u2013 July 20, 2006 \u2014 Halverson Labs Inc. (NASDAQ: HALV) "
     "announced today revenue of $52.3 million for the second quarter of 2006.\n",
     {("Revenues", Decimal("52300000"), Q2_2006)}),
])
def test_release_tops_of_audit_48(text: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts_of(text)) == expected


def test_a_quarter_with_its_weeks_in_brackets_of_a_fiscal_year_ended() -> None:
    head = ("QUILLON FOODS CORP. REPORTS FIRST QUARTER RESULTS\n\nMARLOW, Texas, Nov. 14, 2016 -- Quillon Foods Corp. "
            "(NYSE: QLF) today reported results for the first quarter (sixteen weeks) of fiscal 2017 ended October 22, "
            "2016.\n\n")
    found = facts("Net income for the first quarter of fiscal 2017 was $2.4 million, compared to $1.9 million in the "
                  "first quarter of fiscal 2016.", head)
    assert summary(found) == {("NetIncomeLoss", Decimal("2400000"), Period(D(2016, 10, 22), D(2016, 7, 3))),
                              ("NetIncomeLoss", Decimal("1900000"), Period(D(2015, 10, 24), D(2015, 7, 5)))}


@pytest.mark.parametrize(("body", "expected"), [
    # a bare year a change started from is the same part of that year as the figure it reached
    ("Diluted earnings per share increased from $0.21 in 2005 to $0.27 for the second quarter of 2006.",
     {("EarningsPerShareDiluted", Decimal("0.21"), Q2_2005), ("EarningsPerShareDiluted", Decimal("0.27"), Q2_2006)}),
    ("Halverson reported a 12.4% increase in net income to $3,210,000, or $0.21 per diluted share, for the second "
     "quarter.",
     {("NetIncomeLoss", Decimal("3210000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.21"), Q2_2006)}),
    ("Revenue was $52.3 million for the second quarter of 2006, an 8% increase over $48.4 million in the second "
     "quarter of 2005.",
     {("Revenues", Decimal("52300000"), Q2_2006), ("Revenues", Decimal("48400000"), Q2_2005)}),
    ("For the six months ended June 30, 2006, the Company recognized revenues of $88.1 million, compared with $79.4 "
     "million in revenues for the first six months of 2005.",
     {("Revenues", Decimal("88100000"), H1_2006), ("Revenues", Decimal("79400000"), H1_2005)}),
    ("Halverson ended the second quarter with operational earnings of $0.48 per diluted share.", set()),
])
def test_wordings_of_audit_49(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_an_increase_in_net_income_of_an_amount_is_the_change() -> None:
    assert Decimal("400000") not in values(facts("Halverson reported an increase in net income of $0.4 million to "
                                                 "$3.2 million for the second quarter."))


@pytest.mark.parametrize(("text", "expected"), [
    # a bullet over the dateline is not run into it (its "Outlook" had made the lead sentence an outlook)
    ("HALVERSON LABS REPORTS SECOND QUARTER RESULTS\n\u00b7 Filter Sales Grew 14 Percent\n\u00b7 Company Reaffirms "
     "Full Year Earnings Outlook\nPORTVILLE, Me., July 20, 2006 \u2013 Halverson Labs Inc. (NASDAQ: HALV) today "
     "reported net income for the quarter ended June 30, 2006 of $14.2 million, or $0.37 per diluted share.\n",
     {("NetIncomeLoss", Decimal("14200000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.37"), Q2_2006)}),
    # a yearless dateline takes the year of the half the release names
    ("PORTVILLE, Maine, July 20 /PRNewswire/ -- Halverson Labs Inc. (NASDAQ: HALV) today reported second quarter net "
     "income of $6.2 million. Year-to-date earnings per share for the first half of 2006 rose to $0.97 versus $0.90 "
     "for the first six months of 2005.\n",
     {("NetIncomeLoss", Decimal("6200000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.97"), H1_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("0.90"), H1_2005)}),
])
def test_release_tops_of_audit_49(text: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts_of(text)) == expected


def test_a_paragraph_on_a_product_line_turns_to_the_whole() -> None:
    found = facts("Halverson today reported net product sales from strategic products were 67% of total net product "
                  "sales, or $18.7 million, for the second quarter of 2006. Overall, total net revenues were $28.0 "
                  "million for the second quarter of 2006.")
    assert summary(found) == {("Revenues", Decimal("28000000"), Q2_2006)}


@pytest.mark.parametrize(("body", "expected"), [
    ("Net earnings were $6.1 million or $0.52 per diluted share compared with $5.3 million or $0.45 per diluted share "
     "in the prior fiscal year\u2019s second quarter.",
     {("NetIncomeLoss", Decimal("6100000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.52"), Q2_2006),
      ("NetIncomeLoss", Decimal("5300000"), Q2_2005), ("EarningsPerShareDiluted", Decimal("0.45"), Q2_2005)}),
    # a date with the space lost between month and day
    ("Halverson reported net income of $21,460,000 for the quarter ended June30, 2006. This compares to net income of "
     "$18,920,000 for the quarter ended March31, 2006.",
     {("NetIncomeLoss", Decimal("21460000"), Q2_2006), ("NetIncomeLoss", Decimal("18920000"), Q1_2006)}),
    ("Halverson Labs, Inc.\u2019s revenues for the second quarter increased 9.9% to $602.3 million.",
     {("Revenues", Decimal("602300000"), Q2_2006)}),
    ("Halverson announced a 27 percent increase in second quarter diluted earnings per share to $0.90, up from $0.71 "
     "in the second quarter of 2005.",
     {("EarningsPerShareDiluted", Decimal("0.90"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.71"), Q2_2005)}),
])
def test_wordings_of_audit_50(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a description with commas, up to "today reported"
    ("PORTVILLE, Maine, July 20, 2006 /PRNewswire/ -- Halverson Labs Inc. (NASDAQ: HALV), a leading provider of "
     "filters to food, beverage and other consumer products companies, today reported net income for the second "
     "quarter of 2006 of $57.6 million, or $0.17 per share.\n",
     {("NetIncomeLoss", Decimal("57600000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.17"), Q2_2006)}),
    # a dateline's date run into the company's name
    ("PORTVILLE, Maine \u2013 July 20, 2006Halverson Labs Inc. (NASDAQ: HALV) today announced its results for the "
     "second quarter of 2006.\n\nTotal revenue was $47.4 million, an increase of 27% year-over-year.\n",
     {("Revenues", Decimal("47400000"), Q2_2006)}),
    # the headline's per-share figure the text gives, in cents, as continuing operations'
    ("HALVERSON REPORTS RECORD SECOND QUARTER EARNINGS PER SHARE OF 39 CENTS\n\nPORTVILLE, Maine, July 20, 2006 -- "
     "Halverson Labs Inc. (NASDAQ: HALV) today reported second quarter revenue of $309.8 million. Earnings per share "
     "from continuing operations grew 8 percent to 39 cents.\n",
     {("Revenues", Decimal("309800000"), Q2_2006)}),
])
def test_release_tops_of_audit_50(text: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts_of(text)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Second quarter total revenues of $88.4 million increased 7 percent from $82.6 million in the same prior year "
     "period.", {("Revenues", Decimal("88400000"), Q2_2006), ("Revenues", Decimal("82600000"), Q2_2005)}),
    # the per-share figure of a part of the net loss, and what is compared with it, are none of ours
    ("Net loss from continuing operations for the second quarter was $3.6 million or a loss of $0.16 per diluted share "
     "compared to net income of $37,000 or earnings per diluted share of $0.00 in the comparable prior year period.",
     set()),
])
def test_wordings_of_audit_50_comparisons(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Net income for the second quarter was $6.4 million ($.27 per share) compared to a loss of $(3.8) million, "
     "$(0.16) per share, before extraordinary charge for early retirement of debt, reported for the second quarter of "
     "last year.",
     {("NetIncomeLoss", Decimal("6400000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.27"), Q2_2006)}),
    # a sentence of no figure of ours speaks of its own period, not of the one it compares with
    ("Second Quarter 2006 Highlights\n\n  \u2022 Module shipments were 310 MW, compared to 255 MW in the first quarter "
     "of 2006.\n  \u2022 Net revenue was $214.6 million.",
     {("Revenues", Decimal("214600000"), Q2_2006)}),
])
def test_wordings_of_audit_51(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_month_named_quarter_of_a_year_of_weeks() -> None:
    text = ("NORWOOD GROCERS REPORTS RESULTS\n\nFAIRVIEW, Ohio - Norwood Grocers Inc. today said net sales for the "
            "March 2004 quarter increased 2.1 percent to $212.4 million from $208.0 million for the same quarter last "
            "year.\n\nNet sales for the six months ended March 27, 2004, were $430.5 million.\n")
    q = Period(D(2004, 3, 27), D(2003, 12, 28))
    assert ("Revenues", Decimal("212400000"), q) in summary(facts_of(text))


@pytest.mark.parametrize(("body", "expected"), [
    ("Net service revenues grew 12.1% to $45.3 million for the second quarter.",
     {("Revenues", Decimal("45300000"), Q2_2006)}),
    ("Voyage revenues were $52.7 million for the second quarter of 2006, compared to $61.3 million for the second "
     "quarter of 2005.",
     {("Revenues", Decimal("52700000"), Q2_2006), ("Revenues", Decimal("61300000"), Q2_2005)}),
    ("Net loss per share, basic and diluted, was $0.62 for the second quarter of 2006.",
     {("EarningsPerShareBasicAndDiluted", Decimal("-0.62"), Q2_2006)}),
])
def test_labels_of_audit_51(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a length (or a quarter) named before, a bare year after: that part of each year
    ("Six month sales were $12.8 million in 2006 and $13.9 million in 2005.",
     {("Revenues", Decimal("12800000"), H1_2006), ("Revenues", Decimal("13900000"), H1_2005)}),
    ("Second quarter net income was $214,500, or $.06 per share, in 2006 as compared to second quarter net income of "
     "$187,300, or $.05 per share in 2005.",
     {("NetIncomeLoss", Decimal("214500"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.06"), Q2_2006),
      ("NetIncomeLoss", Decimal("187300"), Q2_2005), ("EarningsPerShareBasicAndDiluted", Decimal("0.05"), Q2_2005)}),
    # a year not over when the release was written: neither it nor the year listed beside it is a whole year
    ("Earnings per share were $1.16 in 2006 and $1.05 in 2005.", set()),
])
def test_wordings_of_audit_52(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_an_undated_highlight_under_a_quarter_and_year_headline() -> None:
    text = ("Halverson Labs Reports Fourth Quarter and Full Year 2006 Financial Results\n\n"
            "  \u2022 Total Revenues of $84.6 Million\n"
            "  \u2022 Record Annual Sales of $310.2 Million and Diluted EPS of $1.83\n\n"
            "PORTVILLE, Maine, Feb. 1, 2007 -- Halverson Labs Inc. (NASDAQ: HALV) today announced its results for the "
            "fourth quarter and full year ended December 31, 2006.\n")
    year = Period(D(2006, 12, 31), D(2006, 1, 1))
    # which of the two periods the first bullet is, unsaid; "Record Annual" says the year
    assert summary(facts_of(text)) == {("Revenues", Decimal("310200000"), year),
                                       ("EarningsPerShareDiluted", Decimal("1.83"), year)}


@pytest.mark.parametrize(("body", "expected"), [
    # a figure not read as a list is of neither of the lengths its period names
    ("Halverson announced net income of $3,112,000 for the second quarter. This compares to net income of $2,487,000 "
     "(total basic and diluted earnings per share of $0.33) and $4,901,000 (total basic and diluted earnings per share "
     "of $0.65) for the same three and six month periods in 2005.",
     {("NetIncomeLoss", Decimal("3112000"), Q2_2006)}),
    ("Diluted GAAP earnings per share increased by 15 percent sequentially to 23 cents.",
     {("EarningsPerShareDiluted", Decimal("0.23"), Q2_2006)}),
    ("Revenue for the second quarter was $88.4 million. The following non-GAAP results exclude the impact of stock "
     "compensation. Strong revenue growth resulted in diluted earnings per share of 31 cents.",
     {("Revenues", Decimal("88400000"), Q2_2006)}),
])
def test_wordings_of_audit_53(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_period_after_a_compared_figure_does_not_date_the_next_figure() -> None:
    # "a year ago" belongs to the net income compared with, not to the earnings per share after it
    found = facts("Net income for the second quarter was $3,125,000, or 12.0 percent above net income of $2,790,000 a "
                  "year ago, and earnings per share increased to $.42 from $.37.")
    assert summary(found) == {("NetIncomeLoss", Decimal("3125000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("2790000"), Q2_2005),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.42"), Q2_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.37"), Q2_2005)}


def test_above_and_below_a_figure_compare_with_it() -> None:
    found = facts("Sales were $52.3 million, 8 percent above sales of $48.4 million in the second quarter of 2005. Net "
                  "income was $3.0 million, below net income of $3.5 million in the second quarter of 2005.")
    assert summary(found) == {("Revenues", Decimal("52300000"), Q2_2006), ("Revenues", Decimal("48400000"), Q2_2005),
                              ("NetIncomeLoss", Decimal("3000000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("3500000"), Q2_2005)}


def test_a_bare_year_after_a_sentence_on_that_years_quarter_is_that_quarter() -> None:
    found = facts("Second quarter 2006 net earnings were $118 million ($2.14 per share). In comparison, second-quarter "
                  "2005 net earnings were $92 million ($1.70 per share), excluding a one-time gain on the sale of a "
                  "subsidiary. Including the one-time gain, net earnings in 2005 were $155 million ($2.87 per share).")
    assert ("NetIncomeLoss", Decimal("155000000"), Q2_2005) in summary(found)
    assert all(f.period != FY_2005 for f in found)


def test_the_half_year_is_the_first_six_months() -> None:
    found = facts("For the second quarter, net income was $3.14 million compared to $2.87 million a year ago. For the "
                  "half year, net income was $6.02 million compared to $5.51 million a year ago.")
    assert summary(found) == {("NetIncomeLoss", Decimal("3140000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("2870000"), Q2_2005),
                              ("NetIncomeLoss", Decimal("6020000"), H1_2006),
                              ("NetIncomeLoss", Decimal("5510000"), H1_2005)}
    ended = facts("For the half year ended June 30, 2006, net income was $6.02 million.")
    assert summary(ended) == {("NetIncomeLoss", Decimal("6020000"), H1_2006)}


def test_an_undated_release_takes_the_calendar_quarter_its_headline_reports() -> None:
    head = "Tallis Valley Bancorp, Inc. Reports Third Quarter 2023 Net Income of $11.2 Million\n\n"
    found = facts("Tallis Valley Bancorp reported net income of $11.2 million ($0.41 per diluted share) for Q3 2023, "
                  "up from $10.6 million ($0.39 per diluted share) in Q2 2023.", head=head)
    q3, q2 = Period(D(2023, 9, 30), D(2023, 7, 1)), Period(D(2023, 6, 30), D(2023, 4, 1))
    assert summary(found) == {("NetIncomeLoss", Decimal("11200000"), q3), ("NetIncomeLoss", Decimal("10600000"), q2),
                              ("EarningsPerShareDiluted", Decimal("0.41"), q3),
                              ("EarningsPerShareDiluted", Decimal("0.39"), q2)}


@pytest.mark.parametrize("body", [
    # the only quarter with a year is the one compared with
    "Marlow Chips reported net income of $672 million, down 13 percent from the second quarter of 2022.",
    # a company whose year is not the calendar's
    "Marlow Chips Reports Third Quarter 2023 Net Income of $11.2 Million. Its fiscal 2023 ends in June.",
])
def test_an_undated_release_is_not_placed_by_a_compared_quarter_or_a_fiscal_year(body: str) -> None:
    assert facts(body, head="") == []


def test_a_compact_quarter_dates_a_release() -> None:
    head = "HAMILTON, Bermuda, February 20, 2020 -- Kestrel Tankers Ltd. reports its results.\n\n"
    found = facts("Kestrel Tankers Ltd. had net income of $8.4 million for 4Q2019, against a net loss of $5.2 million "
                  "for 3Q2019.", head=head)
    assert summary(found) == {("NetIncomeLoss", Decimal("8400000"), Period(D(2019, 12, 31), D(2019, 10, 1))),
                              ("NetIncomeLoss", Decimal("-5200000"), Period(D(2019, 9, 30), D(2019, 7, 1)))}


def test_a_dateline_ending_in_a_colon_dates_the_release() -> None:
    head = "ACME GOLD REPORTS RECORD NET INCOME\n\n"
    found = facts("Reno, Nevada, October 28, 2003: Acme Gold Ltd. is pleased to announce results for the third "
                  "quarter. For the third quarter, net income was $3.1 million.", head=head)
    assert summary(found) == {("NetIncomeLoss", Decimal("3100000"), Period(D(2003, 9, 30), D(2003, 7, 1)))}


def test_a_year_end_release_may_come_months_after_the_year() -> None:
    head = ("Acme Mining Releases Fourth Quarter 2007 Results\n\nVANCOUVER, British Columbia - March 19, 2008 - "
            "Acme Mining Corporation today reported an unaudited net loss of $212.4 million for the fourth quarter "
            "2007.\n\n")
    found = facts("", head=head)
    assert summary(found) == {("NetIncomeLoss", Decimal("-212400000"), Period(D(2007, 12, 31), D(2007, 10, 1)))}


def test_a_title_case_headline_is_not_run_into_the_sentence_below_it() -> None:
    text = ("Larkspur Insurance Group Unveils Year 2005 Numbers\n"
            "Larkspur Insurance Group, Inc. reported net income of $3.8 million, or $0.44 per diluted share, for the "
            "fourth quarter of 2005, compared to net income of $3.1 million, or $0.37 per diluted share, for the "
            "fourth quarter of 2004.\nFor the year ended December 31, 2005, net income was $13.9 million.\n")
    q4, q4_before = Period(D(2005, 12, 31), D(2005, 10, 1)), Period(D(2004, 12, 31), D(2004, 10, 1))
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("3800000"), q4),
                                       ("EarningsPerShareDiluted", Decimal("0.44"), q4),
                                       ("NetIncomeLoss", Decimal("3100000"), q4_before),
                                       ("EarningsPerShareDiluted", Decimal("0.37"), q4_before),
                                       ("NetIncomeLoss", Decimal("13900000"), Period(D(2005, 12, 31), D(2005, 1, 1)))}


def test_a_dateline_city_that_is_our_name_with_an_apostrophe_is_not_a_part() -> None:
    head = "PINE D\u2019ORME REPORTS RESULTS FOR SECOND QUARTER OF 2006\n\n"
    found = facts("PINE D\u2019ORME, Minnesota \u2014 July 20, 2006 \u2014 Pine d\u2019Orme Holdings Corporation "
                  "(NYSE: PDO) today reported net income of $6.2 million for the second quarter of 2006.", head=head)
    assert summary(found) == {("NetIncomeLoss", Decimal("6200000"), Q2_2006)}


def test_a_compared_figure_followed_by_a_verb_is_read() -> None:
    found = facts("Net income for the second quarter was $41.2 million, an increase of 9% over the $37.8 million "
                  "earned in the second quarter of 2005.")
    assert ("NetIncomeLoss", Decimal("37800000"), Q2_2005) in summary(found)


def test_basic_and_diluted_loss_per_share_and_adjusted_basic_and_diluted_eps() -> None:
    found = facts("Net loss for the second quarter was $97,000, or $0.04 basic and diluted loss per share. Adjusted "
                  "Basic and Diluted EPS was $0.12 for the second quarter.")
    assert summary(found) == {("NetIncomeLoss", Decimal("-97000"), Q2_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("-0.04"), Q2_2006)}


def test_merger_expenses_after_the_figures_are_ours() -> None:
    found = facts("Net loss of $4.6 million, or $0.22 per diluted share, for the second quarter, reflecting $9.1 "
                  "million of merger expenses and $2.3 million of severance costs.")
    assert summary(found) == {("NetIncomeLoss", Decimal("-4600000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("-0.22"), Q2_2006)}


def test_year_to_date_with_a_date_and_no_ended() -> None:
    found = facts("Net income year to date June 30, 2006 totaled $1,734,000 compared with $1,655,000 reported for the "
                  "same period in 2005.")
    assert summary(found) == {("NetIncomeLoss", Decimal("1734000"), H1_2006),
                              ("NetIncomeLoss", Decimal("1655000"), H1_2005)}


def test_a_third_figure_compared_after_a_period_and_and() -> None:
    found = facts("Net income for the second quarter of 2006 was $6.41 million, compared to net income of $5.08 "
                  "million in the first quarter of 2006, and $3.15 million in the second quarter of 2005.")
    assert summary(found) == {("NetIncomeLoss", Decimal("6410000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("5080000"), Q1_2006),
                              ("NetIncomeLoss", Decimal("3150000"), Q2_2005)}


def test_the_quarter_after_a_figure_risen_from_is_the_changes() -> None:
    found = facts("Net income per share increased to 37 cents from 33 cents for the quarter.")
    assert summary(found) == {("EarningsPerShareBasicAndDiluted", Decimal("0.37"), Q2_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.33"), Q2_2005)}


def test_and_for_a_period_opens_a_figure_of_its_own_after_a_comparison() -> None:
    found = facts("The company reported a net loss of $2.3 million in the second quarter compared to a net loss of "
                  "$6.1 million in the prior year and for the first six months a net loss of $14.2 million compared "
                  "to a net loss of $9.8 million in the prior year.")
    assert summary(found) == {("NetIncomeLoss", Decimal("-2300000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("-6100000"), Q2_2005),
                              ("NetIncomeLoss", Decimal("-14200000"), H1_2006),
                              ("NetIncomeLoss", Decimal("-9800000"), H1_2005)}


def test_these_results_compare_with_the_figures_before_in_their_places() -> None:
    found = facts("Halverson Labs announced a net loss of $1,312,000 or $0.27 per share for its second quarter, and "
                  "$1,905,000 or $0.39 per share for the first six months. These results compare with a net loss of "
                  "$884,000 or $0.18 per share for the same quarter last year and a net loss of $402,000 or $0.08 per "
                  "share for the first six months of 2005.")
    assert summary(found) == {("NetIncomeLoss", Decimal("-1312000"), Q2_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("-0.27"), Q2_2006),
                              ("NetIncomeLoss", Decimal("-1905000"), H1_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("-0.39"), H1_2006),
                              ("NetIncomeLoss", Decimal("-884000"), Q2_2005),
                              ("EarningsPerShareBasicAndDiluted", Decimal("-0.18"), Q2_2005),
                              ("NetIncomeLoss", Decimal("-402000"), H1_2005),
                              ("EarningsPerShareBasicAndDiluted", Decimal("-0.08"), H1_2005)}


def test_figures_compared_for_the_year_and_quarter_without_respectively_give_nothing() -> None:
    head = ("OSPREY LABS REPORTS 2005 RESULTS\n\nFREEPORT, Maine, February 20, 2006 -- Osprey Labs Inc. today "
            "announced revenues of $75.0 million and $18.8 million for the year and quarter ended December 31, 2005, "
            "respectively. This compares to revenues of $77.0 million and $20.9 million for the year and quarter "
            "ended December 31, 2004.\n\n")
    found = facts("", head=head)
    assert summary(found) == {("Revenues", Decimal("75000000"), Period(D(2005, 12, 31), D(2005, 1, 1))),
                              ("Revenues", Decimal("18800000"), Period(D(2005, 12, 31), D(2005, 10, 1)))}


def test_a_compared_pair_over_listed_periods_without_a_list_of_figures_gives_neither() -> None:
    found = facts("Halverson Labs reported a net loss for the second quarter of $3.4 million, and a net loss for the "
                  "first six months of $21.7 million. This compares with net income of $12.5 million and net income "
                  "of $74.3 million in the same quarter and first six months of 2005, respectively.")
    assert all(f.period not in (Q2_2005, H1_2005) for f in found)
    assert ("NetIncomeLoss", Decimal("-3400000"), Q2_2006) in summary(found)


def test_a_qualifier_after_a_compared_pair_holds_for_both() -> None:
    assert facts("Diluted EPS of $0.43 versus $0.39 a year ago, before one-time items.") == []


def test_a_sentence_naming_a_subsidiary_makes_the_next_bare_figures_its_own() -> None:
    found = facts("Revenues for the second quarter of $88.3 million increased 11 percent. Ortana Devices, the "
                  "company's manufacturing subsidiary, continued to improve its performance. Its revenues increased "
                  "18 percent to $21.4 million, from $18.1 million in the second quarter of 2005.\n\nCarrow Home "
                  "Care, Inc. (NASDAQ: CRHC), the company's 71-percent-owned home care subsidiary, had revenues for "
                  "the quarter of $40.2 million. Net earnings for the quarter declined to $1.2 million, as compared to "
                  "$2.7 million in the second quarter of 2005.")
    assert summary(found) == {("Revenues", Decimal("88300000"), Q2_2006)}


def test_the_similar_period_of_a_year_is_that_years_period() -> None:
    found = facts("Year-to-date earnings for the six months were $2,410,000 ($0.93 per diluted share) compared to "
                  "$1,730,000 ($0.67 per diluted share) for the similar fiscal 2005 period.")
    assert summary(found) == {("NetIncomeLoss", Decimal("2410000"), H1_2006),
                              ("EarningsPerShareDiluted", Decimal("0.93"), H1_2006),
                              ("NetIncomeLoss", Decimal("1730000"), H1_2005),
                              ("EarningsPerShareDiluted", Decimal("0.67"), H1_2005)}


def test_the_kind_after_per_share_loss() -> None:
    found = facts("Net loss of $4.7 million or $0.08 per share loss (basic) for the second quarter.")
    assert summary(found) == {("NetIncomeLoss", Decimal("-4700000"), Q2_2006),
                              ("EarningsPerShareBasic", Decimal("-0.08"), Q2_2006)}


def test_the_quarter_ending_with_the_stated_year_is_its_last() -> None:
    head = ("PRAIRIEWIND MINERALS, INC. REPORTS 2011 RESULTS\n\nBISMARCK, N.D. -- March 29, 2012 -- Prairiewind "
            "Minerals, Inc. today reported net income of $2,314,118 for the year ended December 31, 2011. This "
            "compares to net income of $1,905,260 in 2010.\n\n")
    found = facts("For the quarter ended December 31, 2011, Prairiewind sold 41,220 BOE, versus 39,870 BOE during the "
                  "same period in 2010 and 38,105 BOE during the third quarter of 2011.", head=head)
    assert summary(found) == {("NetIncomeLoss", Decimal("2314118"), Period(D(2011, 12, 31), D(2011, 1, 1))),
                              ("NetIncomeLoss", Decimal("1905260"), Period(D(2010, 12, 31), D(2010, 1, 1)))}


def test_a_figure_compared_with_a_figure_not_read_has_no_phrase_of_its_own() -> None:
    found = facts("Second quarter 2006 net income prior to realized gains and losses was $38 million, or 22 cents per "
                  "common share, compared with break-even, or a loss of 11 cents per common share, for the second "
                  "quarter of 2005.")
    assert found == []


def test_a_figure_compared_with_the_prior_year_quarter_is_the_quarter() -> None:
    head = ("Bellmont Wire, Inc. announced financial results for its fourth quarter and fiscal year ended September "
            "30, 2006.\n\n")
    found = facts("Net sales decreased 9.4 percent to $84.6 million from $93.4 million in the prior year quarter.",
                  head=head)
    assert summary(found) == {("Revenues", Decimal("84600000"), Period(D(2006, 9, 30), D(2006, 7, 1))),
                              ("Revenues", Decimal("93400000"), Period(D(2005, 9, 30), D(2005, 7, 1)))}


def test_respectively_after_a_comparison_names_each_sides_year() -> None:
    found = facts("The company reported net income of $3.4 million, or 46 cents per diluted share compared to a net "
                  "loss of $0.7 million, or (9 cents) per diluted share for the six months ended June 30, 2006 and "
                  "2005, respectively.")
    assert summary(found) == {("NetIncomeLoss", Decimal("3400000"), H1_2006),
                              ("EarningsPerShareDiluted", Decimal("0.46"), H1_2006),
                              ("NetIncomeLoss", Decimal("-700000"), H1_2005),
                              ("EarningsPerShareDiluted", Decimal("-0.09"), H1_2005)}


def test_the_year_before_fiscal_and_the_quarter() -> None:
    found = facts("For the 2005 fiscal second quarter, its net income was $11.7 million.")
    assert summary(found) == {("NetIncomeLoss", Decimal("11700000"), Q2_2005)}


def test_and_a_phrase_after_a_complete_comparison_opens_a_figure_of_its_own() -> None:
    found = facts("The company reported revenue of $212.4 million, compared to $230.1 million for the same quarter a "
                  "year ago, and net income of $7.3 million compared to $15.8 million.")
    assert summary(found) == {("Revenues", Decimal("212400000"), Q2_2006),
                              ("Revenues", Decimal("230100000"), Q2_2005),
                              ("NetIncomeLoss", Decimal("7300000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("15800000"), Q2_2005)}


def test_earnings_per_basic_and_earnings_per_diluted_share() -> None:
    found = facts("Net income was $41.7 million for the second quarter, or $1.94 earnings per basic and $1.88 "
                  "earnings per diluted share.")
    assert summary(found) == {("NetIncomeLoss", Decimal("41700000"), Q2_2006),
                              ("EarningsPerShareBasic", Decimal("1.94"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("1.88"), Q2_2006)}


def test_net_loss_attributable_to_our_common_stockholders_is_what_the_common_shares_have() -> None:
    found = facts("Net loss attributable to Halverson common stockholders for the second quarter of 2006 was $4.6 "
                  "million, or $0.27 per fully diluted share.")
    assert one(found, "NetIncomeLossAvailableToCommonStockholdersBasic").value == Decimal("-4600000")
    assert all(f.concept != "NetIncomeLoss" for f in found)


def test_a_non_gaap_aside_before_the_figure() -> None:
    found = facts("In the second quarter of 2005, operating (non-GAAP) earnings were $0.44 per share.")
    assert found == []


def test_a_quarter_listed_with_the_year_does_not_make_the_years_figure_the_quarters() -> None:
    head = ("Norwell Apparel Reports Results for Fourth Quarter and Fiscal 2006 -- Net Income More Than Doubled to "
            "$7.4 Million in Fiscal 2006\n\nNEW YORK--(BUSINESS WIRE)--August 28, 2006--Norwell Apparel, Inc. today "
            "announced financial results for its fiscal fourth quarter and year ended June 30, 2006.\n\n")
    found = facts("", head=head)
    assert summary(found) == {("NetIncomeLoss", Decimal("7400000"), Period(D(2006, 6, 30), D(2005, 7, 1)))}


def test_a_phrase_with_an_en_dash_where_the_label_has_a_hyphen() -> None:
    found = facts("This resulted in Earnings per Share \u2013 diluted (\"EPS\") of $0.23 for the second quarter, "
                  "compared to EPS of $0.35 for the comparable period of 2005.")
    assert summary(found) == {("EarningsPerShareDiluted", Decimal("0.23"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.35"), Q2_2005)}


def test_a_year_to_date_of_no_known_start_leaves_the_next_figures_unplaced() -> None:
    head = ("NORBECK FILTRATION CORP. REPORTS INTERIM RESULTS\n\nDAYTON, Ohio, Oct. 12, 1995 /PRNewswire/ -- Norbeck "
            "Filtration Corp. announced today that net earnings rose 9 percent in the third interim reporting "
            "period of 1995.\n\n")
    found = facts("Revenue for the twelve weeks ended Sept. 9, 1995 was $74,210,000. Net earnings were $2,115,000.\n\n"
                  "Year-to-date revenue increased 4 percent to $231,880,000. Net earnings of $7,904,000 increased 9 "
                  "percent. On this basis, earnings per share were $.77 compared to $.69 last year.", head=head)
    quarter = Period(D(1995, 9, 9), D(1995, 6, 18))
    assert summary(found) == {("Revenues", Decimal("74210000"), quarter),
                              ("NetIncomeLoss", Decimal("2115000"), quarter)}


def test_a_first_quarter_named_in_passing_does_not_number_a_later_quarter_of_weeks() -> None:
    head = ("ACME SAFETY REPORTS\n\nELGIN, Ill., Oct. 12, 1993 /PRNewswire/ -- Acme Safety Corp. today reported "
            "results for the twelve weeks ended Sept. 11, 1993.\n\n")
    found = facts("Revenue for the twelve weeks was $182,047,000. Year-to-date revenue increased 2 percent to "
                  "$553,179,000. The cumulative effect of changes in accounting principles, adopted as of the first "
                  "quarter of 1992, increased 1992 net earnings by $300,000.", head=head)
    assert summary(found) == {("Revenues", Decimal("182047000"), Period(D(1993, 9, 11), D(1993, 6, 20)))}


def test_a_change_then_the_level_it_reached_gives_the_level_only() -> None:
    found = facts("Consolidated net sales increased $212.4 million, or 7.1%, to $3.20 billion in the first six months "
                  "and $31.6 million, or 4.2%, to $0.78 billion in the quarter.")
    assert ("Revenues", Decimal("3200000000"), H1_2006) in summary(found)
    assert all(f.value != Decimal("31600000") for f in found)


def test_in_this_same_period_is_the_period_just_named() -> None:
    found = facts("For the first six months of 2006, diluted net income per share of $2.14 was 12 percent higher than "
                  "the $1.91 for the year earlier period. In this same period, revenues grew 9 percent to $4.412 "
                  "billion from $4.048 billion.")
    assert {("Revenues", Decimal("4412000000"), H1_2006),
            ("Revenues", Decimal("4048000000"), H1_2005)} <= summary(found)


def test_a_yearless_end_after_a_compared_end_a_year_back() -> None:
    head = ("BAYOU GROCERS REPORTS RECORD YEAR\n\nPENSACOLA, Fla., Aug. 5 /PRNewswire/ -- Bayou Grocers, Inc. "
            "reported today that net earnings for the 53-week fiscal year ended July 2 were $8,412,000, compared "
            "with $6,150,000 for the preceding year's 52-week fiscal year ended June 26, 1993.\n\n")
    found = facts("", head=head)
    assert summary(found) == {("NetIncomeLoss", Decimal("8412000"), Period(D(1994, 7, 2), D(1993, 6, 27))),
                              ("NetIncomeLoss", Decimal("6150000"), Period(D(1993, 6, 26), D(1992, 6, 28)))}


def test_a_prior_years_count_of_weeks_is_a_year_back() -> None:
    head = ("MAPLE LANE STORES REPORTS FOURTH QUARTER RESULTS\n\nDAYTON, Ohio, March 14, 1998 /PRNewswire/ -- Maple "
            "Lane Stores, Inc. today announced fourth quarter results.\n\n")
    found = facts("For the 53-week year ended January 31, 1998, the company earned $3.02 million compared with 1996 "
                  "52-week earnings of $2.45 million. Net earnings for the 53-week fiscal year were $3,020,000, "
                  "compared with $2,450,000 for the preceding year's 52-week fiscal year.", head=head)
    prior = [f for f in found if f.value == Decimal("2450000")]
    assert prior and all(f.period.end < D(1997, 3, 1) for f in prior)


def test_the_previous_nine_and_twelve_months_are_a_year_back() -> None:
    found = facts("Total operating revenues for the six-month period ended June 30, 2006 were $412,300,000, from the "
                  "previous six-month revenues of $396,410,000. Total operating revenues for the 12-month period ended "
                  "June 30, 2006 were $548,760,000, from the previous 12-month revenues of $522,905,000.")
    assert {("Revenues", Decimal("396410000"), H1_2005),
            ("Revenues", Decimal("522905000"), Period(D(2005, 6, 30), D(2004, 7, 1)))} <= summary(found)


def test_a_highlight_line_without_a_stop_is_a_sentence_of_its_own() -> None:
    text = (HEAD + "Full year revenue of $212.4 million, up 11% year-over-year\nFull year net loss of $14.6 million, "
            "resulting in net loss of $0.19 per share\nRevenue for the second quarter of 2006 was $55.8 million, a "
            "year-over-year increase of 9% compared with $51.2 million for the second quarter of 2005.\n")
    found = facts_of(text)
    assert all(f.period != Q2_2006 or f.value in (Decimal("55800000"),) for f in found)


def test_a_year_in_passing_after_figures_not_ours_dates_nothing() -> None:
    head = ("Fernhollow Devices, Inc. (NASDAQ: FHD) today announced results for the fourth quarter ended December 31, "
            "2017.\n\n")
    found = facts("Net interest expense and other income was $0.9 million compared to $2.2 million in last year's "
                  "fourth quarter and decreased due to the absence of a warrant charge in 2017. Our net loss was $7.2 "
                  "million, ($0.21) per share.", head=head)
    q4 = Period(D(2017, 12, 31), D(2017, 10, 1))
    assert summary(found) == {("NetIncomeLoss", Decimal("-7200000"), q4),
                              ("EarningsPerShareBasicAndDiluted", Decimal("-0.21"), q4)}


def test_a_change_explained_by_lower_sales_of_a_part() -> None:
    found = facts("Sales for the second quarter of 2006 were $88.6 million, a decrease of $21.4 million, or 19%, "
                  "compared to the second quarter of 2005, as a result of lower sales of $18.2 million and $9.7 "
                  "million within the industrial and transportation end markets, respectively.")
    assert summary(found) == {("Revenues", Decimal("88600000"), Q2_2006)}


def test_while_without_a_comma_opens_a_clause_of_its_own() -> None:
    found = facts("For the quarter, revenues of $21.4 million were up 9.1 percent compared to the second quarter of "
                  "2005 while net income of $1.9 million, and earnings per share of $0.31 were up 6.2 percent and 5.8 "
                  "percent, respectively.")
    assert summary(found) == {("Revenues", Decimal("21400000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("1900000"), Q2_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.31"), Q2_2006)}


def test_a_compared_years_figure_after_a_half_is_that_half() -> None:
    found = facts("For the six months ended June 30, 2006, net income was $4,050,000, a 12.2 percent increase over "
                  "the reported 2005 net income of $3,610,000.")
    assert summary(found) == {("NetIncomeLoss", Decimal("4050000"), H1_2006),
                              ("NetIncomeLoss", Decimal("3610000"), H1_2005)}


def test_per_basic_and_diluted_share_holds_whatever_basic_word_came_before() -> None:
    found = facts("On a basic view of the quarter, the Company reported a net loss of $12.4 million, or a loss of "
                  "$0.52 per basic and diluted share.")
    assert one(found, "EarningsPerShareBasicAndDiluted").value == Decimal("-0.52")


def test_a_gain_on_long_term_debt_is_no_debt() -> None:
    found = facts("The company reported a foreign exchange gain on long-term debt of $23 million in the second "
                  "quarter.")
    assert all(f.concept != "LongTermDebt" for f in found)


def test_a_stated_end_a_change_is_measured_from_is_not_the_release_period() -> None:
    text = ("July 20, 2006 - Maplewood Bancorp reported today that second quarter 2006 net income increased to $5.1 "
            "million, or $0.31 per diluted share, compared to $4.7 million, or $0.29 per diluted share in the second "
            "quarter 2005. The net interest margin has decreased to 3.70% in the second quarter of 2006, from 3.85% "
            "for the quarter ended March 31, 2006 and 3.90% for the quarter ended December 31, 2005.\n")
    assert summary(facts_of(text)) == {
        ("NetIncomeLoss", Decimal("5100000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.31"), Q2_2006),
        ("NetIncomeLoss", Decimal("4700000"), Q2_2005), ("EarningsPerShareDiluted", Decimal("0.29"), Q2_2005)}


def test_a_bare_year_in_the_bullets_of_a_quarters_heading_is_that_quarter() -> None:
    head = ("BRAMBLEWOOD SUPPLY CO. REPORTS FOURTH QUARTER AND FULL YEAR RESULTS\n\nOAKRIDGE, Ohio, Feb. 14, 2013 "
            "\u2014 Bramblewood Supply Co. (NASDAQ: BRMW) reported results for its fourth quarter and year ended "
            "December 31, 2012.\n\n")
    found = facts("Fourth Quarter Financial Summary\n\n\u2022 Diluted earnings per share were $0.47 for 2012.\n\n"
                  "\u2022 Net income was $12.3 million in 2012.\n\n2012 Financial Summary\n\n\u2022 Diluted "
                  "earnings per share were $1.88 for 2012.", head=head)
    q4, year = Period(D(2012, 12, 31), D(2012, 10, 1)), Period(D(2012, 12, 31), D(2012, 1, 1))
    assert summary(found) == {("EarningsPerShareDiluted", Decimal("0.47"), q4),
                              ("NetIncomeLoss", Decimal("12300000"), q4),
                              ("EarningsPerShareDiluted", Decimal("1.88"), year)}


def test_one_class_of_shares_earnings_is_not_the_companys_per_share() -> None:
    found = facts("Diluted earnings per share decreased to $0.31 per Class A share and $0.34 per Class B share in the "
                  "second quarter of 2006, compared to diluted earnings per share of $0.42 per Class A share and $0.46 "
                  "per Class B share for the comparable period in 2005.")
    assert all(not f.concept.startswith("EarningsPerShare") for f in found)


def test_a_quarters_heading_with_a_note_on_what_it_compares_with() -> None:
    head = ("OSTRANDER AUTO FINANCE REPORTS FOURTH QUARTER AND FISCAL YEAR 2022 RESULTS\n\nTULSA, Okla., June 14, 2022 "
            "(GLOBE NEWSWIRE) -- Ostrander Auto Finance, Inc. today reported financial results for the fourth quarter "
            "and full year ended April 30, 2022.\n\n")
    found = facts("Fourth Quarter Key Highlights (FY'22 Q4 vs. FY'21 Q4, unless otherwise noted)\n\n\u2022 Revenue was "
                  "$212.3 million, up 4.1%\n\nFull Year Key Highlights (FY'22 vs. FY'21, unless otherwise noted)\n\n"
                  "\u2022 Revenue was $845.0 million, up 3.2%", head=head)
    assert summary(found) == {("Revenues", Decimal("212300000"), Period(D(2022, 4, 30), D(2022, 2, 1))),
                              ("Revenues", Decimal("845000000"), Period(D(2022, 4, 30), D(2021, 5, 1)))}


def test_an_undated_release_may_name_its_quarter_after_a_change() -> None:
    text = ("Marlowe Instruments Inc. reported an increase of 12.4% in net income for the fourth quarter of 2005 to "
            "$23.6 million. Earnings per share were $0.47 for the quarter, up 11.9%.\n")
    q4 = Period(D(2005, 12, 31), D(2005, 10, 1))
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("23600000"), q4),
                                       ("EarningsPerShareBasicAndDiluted", Decimal("0.47"), q4)}


def test_a_footnote_mark_after_a_space_and_other_wordings_of_per_share() -> None:
    found = facts("Net income (1) increased by $0.6 million or 9% to $7.4 million in the second quarter of 2006. "
                  "Earnings per share, assuming dilution, were $0.23 for the quarter. Second-quarter earnings per "
                  "ordinary share were $0.24.")
    assert summary(found) == {("NetIncomeLoss", Decimal("7400000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.23"), Q2_2006),
                              # (beside a diluted figure, the unqualified one is basic, as the rules say)
                              ("EarningsPerShareBasic", Decimal("0.24"), Q2_2006)}


def test_a_figure_in_parentheses_gives_its_sign_to_itself_only() -> None:
    found = facts("Diluted EPS fell to $(0.14) from $0.27 in the second quarter of 2005, a drop of 151.9%.")
    assert summary(found) == {("EarningsPerShareDiluted", Decimal("-0.14"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.27"), Q2_2005)}


def test_the_same_periods_pair_a_compared_list_with_the_periods_in_order() -> None:
    found = facts("Revenues were $84.6 million for the quarter and $251.2 million for the six months ended June 30, "
                  "2006, compared to revenues of $77.9 million and $230.4 million for the same periods in 2005. Net "
                  "income was $6.1 million and $11.9 million for the three months and six months ended June 30, 2006, "
                  "versus $5.2 million and $9.8 million for the corresponding periods last year.")
    assert summary(found) == {("Revenues", Decimal("84600000"), Q2_2006), ("Revenues", Decimal("251200000"), H1_2006),
                              ("Revenues", Decimal("77900000"), Q2_2005), ("Revenues", Decimal("230400000"), H1_2005),
                              ("NetIncomeLoss", Decimal("6100000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("11900000"), H1_2006),
                              ("NetIncomeLoss", Decimal("5200000"), Q2_2005),
                              ("NetIncomeLoss", Decimal("9800000"), H1_2005)}


def test_quarter_codes_and_the_preceding_years_quarter() -> None:
    found = facts("Q2FY06 total revenues were $21.4 million, up 6 percent from revenues in the first quarter of fiscal "
                  "2006 (Q1FY06) of $20.2 million. Revenue was $19.8 million in the preceding year\u2019s second "
                  "quarter.")
    assert summary(found) == {("Revenues", Decimal("21400000"), Q2_2006), ("Revenues", Decimal("20200000"), Q1_2006),
                              ("Revenues", Decimal("19800000"), Q2_2005)}


def test_a_quarter_compared_with_the_prior_fiscal_year_is_that_quarter_a_year_before() -> None:
    found = facts("Second quarter revenues decreased to $14.2 million in fiscal 2006 compared to $15.1 million in the "
                  "prior fiscal year.")
    assert summary(found) == {("Revenues", Decimal("14200000"), Q2_2006), ("Revenues", Decimal("15100000"), Q2_2005)}


def test_a_bullet_with_spaces_after_its_hyphen_is_no_column() -> None:
    found = facts("Summary of June 2006 Quarter Results:\n\n -   Total revenues for the quarter were a record $52.3 "
                  "million, up\n     12% versus $46.7 million for the year-ago quarter.\n\n -   Net income for the "
                  "quarter was $4.1 million, or $0.07 per share,\n     versus $3.2 million, or $0.05 per share, for "
                  "the year-ago\n     quarter.")
    assert summary(found) == {("Revenues", Decimal("52300000"), Q2_2006), ("Revenues", Decimal("46700000"), Q2_2005),
                              ("NetIncomeLoss", Decimal("4100000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("3200000"), Q2_2005),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.07"), Q2_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.05"), Q2_2005)}


def test_a_double_spaced_headline_over_two_lines_is_one() -> None:
    contacts = "".join(f"Contact line {n}\n\n" for n in range(1, 7))  # the headline's words below the top lines
    text = ("Exhibit 99.1\n\n" + contacts + "BRANDT RADIO REPORTS FINANCIAL RESULTS FOR THE SECOND\n\nQUARTER 2006 AND "
            "OTHER EVENTS\n\nRockford, IL (July 24, 2006) \u2013 The second quarter of 2006 was a record for Brandt "
            "Radio Systems, Inc.\n\nHe added that the first six months of 2006 were the company's best.\n\n"
            "Second Quarter Results\n\nRevenue for the second quarter of 2006 doubled to $4.6 million from the $2.3 "
            "million achieved during the second quarter of 2005.\n")
    assert summary(facts_of(text)) == {("Revenues", Decimal("4600000"), Q2_2006),
                                       ("Revenues", Decimal("2300000"), Q2_2005)}


def test_an_undated_release_does_not_take_the_quarter_it_is_level_with() -> None:
    text = ("BRAXLEY AVIONICS ANNOUNCES THIRD QUARTER EARNINGS\n\n TULSA, Okla., Oct. 24 /PRNewswire/ -- Braxley "
            "Avionics Incorporated today reported earnings for the third quarter of $.23 per share on net earnings "
            "of $4.6 million.\n Earnings reported were level with third quarter of 1995.\n")
    assert summary(facts_of(text)) == set()  # the quarter reported is the one a year after 1995's, of no stated year


def test_a_compared_figure_followed_by_loss_is_a_loss() -> None:
    found = facts("Net income was $318,000 in the second quarter, versus a $741,000 loss for the same period last "
                  "year. Sales were $9.2 million, compared to a $1.1 million loss on the sale of a division last year.")
    assert summary(found) == {("NetIncomeLoss", Decimal("318000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("-741000"), Q2_2005),
                              ("Revenues", Decimal("9200000"), Q2_2006)}


def test_what_it_would_have_been_without_the_divested_units_is_no_fact() -> None:
    found = facts("The company reported revenue of $61.3 million for the second quarter. Without the divested marine "
                  "businesses, the year-ago sales amounted to $63.5 million.")
    assert summary(found) == {("Revenues", Decimal("61300000"), Q2_2006)}


def test_year_ago_before_a_noun_is_the_same_period_a_year_before() -> None:
    found = facts("Revenue for the second quarter was $61.3 million. The year-ago sales amounted to $58.5 million.")
    assert summary(found) == {("Revenues", Decimal("61300000"), Q2_2006), ("Revenues", Decimal("58500000"), Q2_2005)}


def test_a_lead_ending_in_include_heads_the_bullets_under_it() -> None:
    head = ("CORVANA HEALTH ANNOUNCES FOURTH QUARTER AND YEAR-END 2005 RESULTS\n\nNAPLES, Fla., February 20, 2006 -- "
            "Corvana Health Systems, Inc. today announced its results for the fourth quarter and year ended December "
            "31, 2005.\n\n")
    found = facts("Key metrics for the fourth quarter (all percentage changes in the bullets below compare the fourth "
                  "quarter of 2005 to the fourth quarter of 2004) include:\n\n  \u2022 Net revenue increased 4.2% to "
                  "$612.4 million;\n  \u2022 Adjusted EBITDA increased 8.1% to $71.3 million;", head=head)
    assert summary(found) == {("Revenues", Decimal("612400000"), Period(D(2005, 12, 31), D(2005, 10, 1)))}


def test_the_first_half_of_a_fiscal_year_ended_on_a_day_ends_there() -> None:
    found = facts("For the first-half of fiscal 2006, ended June 30, 2006, the Company reported revenues of $15.62 "
                  "million and net income of $455,000 or $0.04 per diluted share.")
    assert summary(found) == {("Revenues", Decimal("15620000"), H1_2006), ("NetIncomeLoss", Decimal("455000"), H1_2006),
                              ("EarningsPerShareDiluted", Decimal("0.04"), H1_2006)}


def test_the_comparable_period_of_a_calendar_year_is_a_year_back_for_a_fiscal_year_company() -> None:
    text = ("LAKEVIEW SAVINGS BANK ANNOUNCES FIRST QUARTER RESULTS\n\n MILLBROOK, N.Y., Jan. 27, 1993 /PRNewswire/ -- "
            "Lakeview Savings Bank today reported net income for the quarter ended Dec. 31, 1992, of $2.3 million or "
            "52 cents per share compared to $1.4 million or 33 cents per share in the comparable period of 1991.\n")
    q, before = Period(D(1992, 12, 31), D(1992, 10, 1)), Period(D(1991, 12, 31), D(1991, 10, 1))
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("2300000"), q),
                                       ("NetIncomeLoss", Decimal("1400000"), before),
                                       ("EarningsPerShareBasicAndDiluted", Decimal("0.52"), q),
                                       ("EarningsPerShareBasicAndDiluted", Decimal("0.33"), before)}


def test_an_undated_release_naming_a_later_quarter_after_its_figures_is_not_dated_by_an_earlier_one() -> None:
    text = ("Harbor Supply Group reports first quarter results\n\nHarbor Supply Group, Inc. announced first quarter "
            "GAAP revenue was $212.4 million, an increase of 41.0%.\n- Non-GAAP adjusted revenue, which in the first "
            "quarter of 2022 includes the pre-merger revenue of Keel Products, increased 12.5%.\n- Non-GAAP diluted "
            "earnings per share was $0.63 in the first quarter 2023 compared to $0.05 a year ago.\n")
    assert summary(facts_of(text)) == set()


def test_a_sentence_closing_on_a_fully_diluted_basis_makes_its_per_share_figures_diluted() -> None:
    found = facts("Earnings per share were $0.21 in the second quarter compared to $0.18 the previous year on a fully "
                  "diluted basis.")
    assert summary(found) == {("EarningsPerShareDiluted", Decimal("0.21"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.18"), Q2_2005)}
    # (not when the basis is said of the figure right before it)
    found = facts("Earnings per ordinary share were $0.33 for the first six months, based on 15,129,600 weighted "
                  "average shares outstanding, or $0.31 on a fully diluted basis.")
    assert ("EarningsPerShareDiluted", Decimal("0.33"), H1_2006) not in summary(found)


def test_figures_in_an_aside_do_not_move_the_period_of_the_figure_before_it() -> None:
    found = facts("Net income was $3.4 million or $0.02 diluted EPS in the second quarter. This compares to net income "
                  "of $11.9 million or $0.07 diluted EPS (as adjusted, $10.8 million or $0.06 diluted EPS) in the "
                  "second quarter of last year and net income of $6.1 million or $0.04 diluted EPS (as adjusted, $5.9 "
                  "million or $0.04 diluted EPS) in the first quarter of 2006.")
    assert summary(found) == {("NetIncomeLoss", Decimal("3400000"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.02"), Q2_2006),
                              ("NetIncomeLoss", Decimal("11900000"), Q2_2005),
                              ("EarningsPerShareDiluted", Decimal("0.07"), Q2_2005),
                              ("NetIncomeLoss", Decimal("6100000"), Q1_2006),
                              ("EarningsPerShareDiluted", Decimal("0.04"), Q1_2006)}


def test_the_quarter_of_a_fiscal_year_which_ended_on_a_day_ends_there() -> None:
    found = facts("For the second quarter of its fiscal year, which ended June 30, 2006, the Company had a loss of "
                  "$.31 per share compared with earnings of $.04 per share for the same period last year.")
    assert summary(found) == {("EarningsPerShareBasicAndDiluted", Decimal("-0.31"), Q2_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.04"), Q2_2005)}


def test_a_balance_date_compared_with_does_not_date_an_undated_story() -> None:
    text = ("(Newswire) - Norvale Defense Ltd. reported Wednesday that its fourth-quarter earnings per share declined "
            "to $0.83 from prior year's $1.17.\n\nRevenues in the fourth quarter of 2021 were $912.4 million, as "
            "compared to $876.5 million in 2020.\n\nBacklog of orders totaled $9.3 billion, as compared to "
            "$8.1 billion as of December 31, 2020.\n")
    q4, before = Period(D(2021, 12, 31), D(2021, 10, 1)), Period(D(2020, 12, 31), D(2020, 10, 1))
    assert summary(facts_of(text)) == {("EarningsPerShareBasicAndDiluted", Decimal("0.83"), q4),
                                       ("EarningsPerShareBasicAndDiluted", Decimal("1.17"), before),
                                       ("Revenues", Decimal("912400000"), q4),
                                       ("Revenues", Decimal("876500000"), before)}


def test_a_yearless_dateline_is_not_dated_by_a_year_still_to_come() -> None:
    text = ("MAPLEWOOD BANCORP REPORTS YEAR END AND FOURTH QUARTER EARNINGS\n\n SPRINGVALE, Ohio, Feb. 3 /PRNewswire/ "
            "-- Maplewood Bancorp, Inc. today reported record net earnings for 1987 of $4.6 million.\n Net earnings "
            "for the fourth quarter amounted to $1.2 million, or $.57 a share.\n \"In 1988, as the economy improves, "
            "we will continue with these strategies,\" said the chief executive officer.\n")
    q4 = Period(D(1987, 12, 31), D(1987, 10, 1))
    assert summary(facts_of(text)) == {("NetIncomeLoss", Decimal("4600000"), Period(D(1987, 12, 31), D(1987, 1, 1))),
                                       ("NetIncomeLoss", Decimal("1200000"), q4),
                                       ("EarningsPerShareBasicAndDiluted", Decimal("0.57"), q4)}


def test_fully_diluted_eps_and_a_bare_loss_with_its_per_share_figure() -> None:
    found = facts("The company reported second quarter 2006 fully diluted EPS of $0.71. For the first six months, "
                  "Halverson reported a loss of $7.4 million, or $1.12 per share, compared to a loss of $3.2 million, "
                  "or $0.49 per share, a year ago.")
    assert summary(found) == {("EarningsPerShareDiluted", Decimal("0.71"), Q2_2006),
                              ("NetIncomeLoss", Decimal("-7400000"), H1_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("-1.12"), H1_2006),
                              ("NetIncomeLoss", Decimal("-3200000"), H1_2005),
                              ("EarningsPerShareBasicAndDiluted", Decimal("-0.49"), H1_2005)}


def test_a_loss_on_the_sale_of_a_division_is_no_net_loss() -> None:
    found = facts("In the second quarter the company recorded a loss of $5.0 million, or $0.10 per share, on the sale "
                  "of its division.")
    assert summary(found) == set()


def test_a_period_after_since_dates_no_figure() -> None:
    found = facts("Revenue of $612.4 million rose 9 percent, the highest year-to-year growth rate since the fourth "
                  "quarter of 2004.")
    assert summary(found) == {("Revenues", Decimal("612400000"), Q2_2006)}


def test_the_per_share_effect_of_an_item_is_no_earnings_per_share() -> None:
    found = facts("As reported in the first quarter of 2006, the Company recognized a net gain of approximately $2.2 "
                  "million, or earnings per share of $0.06. Earnings for the second quarter were $3.71 million, or "
                  "diluted earnings per share of $0.59.")
    assert summary(found) == {("EarningsPerShareDiluted", Decimal("0.59"), Q2_2006)}


def test_an_affiliate_named_by_its_initials_is_not_us() -> None:
    found = facts("Net income was $3.6 million for the second quarter, compared to $1.9 million in the second quarter "
                  "of 2005.\n\nKORAL had a net loss of $0.8 million for the second quarter of 2006 as compared to a "
                  "net loss of $1.3 million for the first quarter of 2006.")
    assert summary(found) == {("NetIncomeLoss", Decimal("3600000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("1900000"), Q2_2005)}


def test_a_quarter_naming_a_charge_dates_no_figure() -> None:
    found = facts("Halverson reported earnings for the second quarter of $12.0 million on revenues of $210.4 million. "
                  "For the first six months, Halverson earned $19.5 million before write- downs and the first quarter "
                  "relocation charge, or 50 cents per share, on revenues of $405.2 million.")
    assert ("Revenues", Decimal("405200000"), H1_2006) in summary(found)
    assert all(f.period != Q1_2006 for f in found)


def test_earnings_from_continuing_operations_after_the_per_share_figure_are_a_part() -> None:
    found = facts("Net earnings for the second quarter were $3.1 million, compared to earnings of $2.4 million, or "
                  "$.31 a common share, from continuing operations for the second quarter of 2005.")
    assert summary(found) == {("NetIncomeLoss", Decimal("3100000"), Q2_2006)}


def test_a_quarter_in_an_aside_does_not_date_the_half_compared_with() -> None:
    found = facts("Earnings per diluted share were $0.66 for the first half, a rise of 25% over the $0.53 reported for "
                  "last year's first six months (before the one-time charges included in the first quarter of 2005).")
    assert ("EarningsPerShareDiluted", Decimal("0.66"), H1_2006) in summary(found)
    assert all(f.period != Q1_2006 for f in found)


def test_a_q_numbered_quarter_ended_on_a_day_written_day_first() -> None:
    text = ("Grocery wholesaler Brookvale Markets has posted sales of US$212.4m for its Q3 ended 9 October 2001, a "
            "5.1% increase on the Q3 2000.\n\nNet earnings for the Q3 2001 were US$2.41m, compared with US$2.10m for "
            "the same period in 2000.\n")
    q3 = Period(D(2001, 10, 9), D(2001, 7, 11))
    assert summary(facts_of(text)) == {("Revenues", Decimal("212400000"), q3),
                                       ("NetIncomeLoss", Decimal("2410000"), q3),
                                       ("NetIncomeLoss", Decimal("2100000"), Period(D(2000, 10, 10), D(2000, 7, 12)))}


def test_a_fully_diluted_figure_in_cents_in_an_aside() -> None:
    found = facts("Net income for the quarter totaled $3,120,000, equal to 27 cents per share (25 cents fully "
                  "diluted), compared with $2,040,000, or 19 cents per share (18 cents fully diluted) in the "
                  "year-earlier quarter.")
    assert summary(found) == {("NetIncomeLoss", Decimal("3120000"), Q2_2006),
                              ("NetIncomeLoss", Decimal("2040000"), Q2_2005),
                              ("EarningsPerShareBasic", Decimal("0.27"), Q2_2006),
                              ("EarningsPerShareDiluted", Decimal("0.25"), Q2_2006),
                              ("EarningsPerShareBasic", Decimal("0.19"), Q2_2005),
                              ("EarningsPerShareDiluted", Decimal("0.18"), Q2_2005)}


def test_a_quarter_and_its_fiscal_year_without_of_before_the_day_it_ended() -> None:
    head = ("KESTREL PHARMACY SERVICES SECOND QUARTER FISCAL 1996 RESULTS\n\n TUCSON, Ariz., Oct. 20 /PRNewswire/ -- "
            "Kestrel Pharmacy Services, Inc. today announced its financial results for the second quarter fiscal 1996 "
            "ended Sept. 30, 1995.\n")
    found = facts(" Net earnings totaled $4.1 million, or $0.17 per share, compared with net earnings of $3.3 million, "
                  "or $0.14 per share, reported last year.", head=head)
    q2, before = Period(D(1995, 9, 30), D(1995, 7, 1)), Period(D(1994, 9, 30), D(1994, 7, 1))
    assert summary(found) == {("NetIncomeLoss", Decimal("4100000"), q2), ("NetIncomeLoss", Decimal("3300000"), before),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.17"), q2),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.14"), before)}


def test_earnings_on_revenues_before_an_accounting_change_are_no_gaap_figure() -> None:
    found = facts("For the quarter, the company reported earnings of $12.4 million, or $.41 per share on revenues of "
                  "$96.3 million, before the cumulative effect of an accounting change.")
    assert all(f.concept != "NetIncomeLoss" and not f.concept.startswith("EarningsPerShare") for f in found)


def test_last_year_opening_a_sentence_puts_its_quarter_a_year_back() -> None:
    found = facts("The company reported net income of $12.4 million, or $.41 per share, on revenues of $96.3 million "
                  "for the second quarter.\n\nLast year, Halverson reported second quarter revenues of $88.1 million, "
                  "net income of $10.9 million and earnings per share of $.36.")
    assert summary(found) == {("NetIncomeLoss", Decimal("12400000"), Q2_2006),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.41"), Q2_2006),
                              ("Revenues", Decimal("96300000"), Q2_2006),
                              ("Revenues", Decimal("88100000"), Q2_2005),
                              ("NetIncomeLoss", Decimal("10900000"), Q2_2005),
                              ("EarningsPerShareBasicAndDiluted", Decimal("0.36"), Q2_2005)}


@pytest.mark.parametrize(("body", "expected"), [
    # a list of years after the part of the year the sentence names: that part of each year
    ("Net income for the second quarter was $5.2 million, or $1.10 per share. Second quarter diluted earnings were "
     "$1.01 per share and $.99 per share for 2006 and 2005, respectively.",
     {("NetIncomeLoss", Decimal("5200000"), Q2_2006), ("EarningsPerShareBasic", Decimal("1.10"), Q2_2006),
      ("EarningsPerShareDiluted", Decimal("1.01"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.99"), Q2_2005)}),
    ("Six month net income was $5.1 million and $4.4 million in 2006 and 2005, respectively.",
     {("NetIncomeLoss", Decimal("5100000"), H1_2006), ("NetIncomeLoss", Decimal("4400000"), H1_2005)}),
    # a list of years one of which is not over: neither figure is of a whole year
    ("Diluted earnings per share were $1.01 and $.99 for 2006 and 2005, respectively.", set()),
    ("Net income was $5.1 million and $4.4 million in 2005 and 2004, respectively.",
     {("NetIncomeLoss", Decimal("5100000"), FY_2005),
      ("NetIncomeLoss", Decimal("4400000"), Period(D(2004, 12, 31), D(2004, 1, 1)))}),
    # an aside right after a figure that puts it on another basis
    ("Diluted earnings per share for the second quarter of 2006 was $0.27 per share (pro forma fully taxed) compared "
     "to $0.33 per share (pro forma fully taxed) for the second quarter of 2005.", set()),
    # a compared list with an aside after a figure that is none of ours, paired place by place
    ("Funds from operations (FFO) per diluted share was $0.92 and earnings per diluted share was $2.14 for the second "
     "quarter of 2006, compared to $0.86 (excluding the $0.09 per diluted share charge in the second quarter of 2005) "
     "and $0.32, respectively, for the second quarter of 2005.",
     {("EarningsPerShareDiluted", Decimal("2.14"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.32"), Q2_2005)}),
])
def test_wordings_of_audit_90(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("including", "expected"), [
    ("", {("Revenues", Decimal("82800000"), Q2_2006)}),
    (", including the impact of settled derivatives,", set()),  # not the sales reported
])
def test_sales_with_settled_derivatives_are_not_the_sales_reported(including: str, expected: set) -> None:
    head = HEAD.replace("HALVERSON LABS INC.", "HALVERSON OIL AND GAS INC.").replace("Labs", "Oil and Gas")
    body = (f"2006 SECOND QUARTER HIGHLIGHTS\n- Oil and gas sales{including} increased 38% to $82.8 million, as "
            "compared to the second quarter of 2005")
    assert summary(facts(body, head=head)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "on a diluted basis" between the phrase and a figure that says per share after it
    ("Earnings per share on a diluted basis in the second quarter of 2006 increased to $.88 per share from $.68 in the "
     "second quarter of 2005.",
     {("EarningsPerShareDiluted", Decimal("0.88"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.68"), Q2_2005)}),
    ("Per-share earnings (diluted) were $1.18, up 24 percent from $0.95 a year earlier.",
     {("EarningsPerShareDiluted", Decimal("1.18"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.95"), Q2_2005)}),
    # the figure an announcement names, then what it is
    ("Halverson Labs today announced $5,829,000 in net income for the second quarter ended June 30, 2006.",
     {("NetIncomeLoss", Decimal("5829000"), Q2_2006)}),
    ("Halverson recorded a net loss applicable to common shares in the second quarter of 2006 of $470 million, or "
     "$0.71 per share, as compared to a loss of $32 million, or $0.06 per share, in the second quarter of 2005.",
     {("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("-470000000"), Q2_2006),
      ("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("-32000000"), Q2_2005),
      ("EarningsPerShareBasicAndDiluted", Decimal("-0.71"), Q2_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("-0.06"), Q2_2005)}),
    # a compared list with phrases of its own
    ("Revenues and net income were $98.2 million and $14.0 million, respectively, for the second quarter. This "
     "compares with revenues and net income of $78.2 million and $11.0 million, respectively, recorded during the "
     "corresponding period of 2005.",
     {("Revenues", Decimal("98200000"), Q2_2006), ("NetIncomeLoss", Decimal("14000000"), Q2_2006),
      ("Revenues", Decimal("78200000"), Q2_2005), ("NetIncomeLoss", Decimal("11000000"), Q2_2005)}),
])
def test_wordings_of_audit_90_read(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_the_fiscal_year_a_headline_names_with_the_fourth_quarter_is_the_one_ending_with_it() -> None:
    head = ("Quillon Foods Reports Fourth Quarter and Fiscal Year 2004 Earnings\n\n"
            "FORT WORTH, Texas, April 1, 2004 -- Quillon Foods Corp. (NYSE: QFC) today reported results for its fiscal "
            "fourth quarter ended February 28, 2004.\n\n")
    found = facts("Reported net income for fiscal year 2004 was $118,001,000, compared to last year's net income of "
                  "$129,386,000.", head=head)
    year, before = Period(D(2004, 2, 28), D(2003, 3, 2)), Period(D(2003, 3, 1), D(2002, 3, 3))
    assert summary(found) == {("NetIncomeLoss", Decimal("118001000"), year),
                              ("NetIncomeLoss", Decimal("129386000"), before)}


def test_a_date_over_a_tables_column_ends_the_quarter_the_text_names() -> None:
    head = ("FORT SMITH, Ark., April 28 /PRNewswire/ -- Quillon Foods Corp. (NYSE: QFC) today announced unaudited "
            "results for first quarter 2010.\n\n")
    table = ("\n\n                       Income Statement (unaudited)\n"
             "                                                 1st Quarter\n"
             "                                                 -----------\n"
             "                                             2010       2009\n"
             "    (in thousands except per share        Apr 3,     Apr 4,\n"
             "     data)                                 2010       2009\n"
             "                                         -------    -------\n"
             "    Net sales                            $397,460   $402,479\n"
             "    Cost of sales                         276,348    286,053\n"
             "                                          -------    -------\n"
             "    Gross profit                          121,112    116,426\n")
    found = facts("Net income for first quarter 2010 was $15.1 million." + table, head=head)
    assert one(found, "NetIncomeLoss").period == Period(D(2010, 4, 3), D(2010, 1, 3))


@pytest.mark.parametrize(("body", "expected"), [
    # the per-share figure of a part, after a comma
    ("Halverson reported a second quarter loss from continuing operations of $209.4 million, a loss of $2.87 per "
     "diluted share.", set()),
    ("Net income totaled $1,809,123, or $0.29 per share (assuming dilution), for the second quarter.",
     {("NetIncomeLoss", Decimal("1809123"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.29"), Q2_2006)}),
    # the quarter before, said after its figures
    ("Loss for the quarter was $38.5 million, or $0.61 per share. That compares with a loss of $46.0 million, or $0.91 "
     "per share, sequentially.",
     {("NetIncomeLoss", Decimal("-38500000"), Q2_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("-0.61"), Q2_2006)}),
    ("Halverson reported $1.7 million of net income, or $0.13 per common share, for the six months ended June 30, "
     "2006.",
     {("NetIncomeLoss", Decimal("1700000"), H1_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.13"), H1_2006)}),
])
def test_wordings_of_audit_91(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_quarterly_highlights_after_a_release_on_the_quarter_and_the_year_are_the_quarters() -> None:
    head = ("Halverson Reports Fourth Quarter and Year 2006 Results\n\n"
            "PORTVILLE, Maine (Feb. 14, 2007) - Halverson Labs Inc. (AMEX: HLV) today announced results for its fourth "
            "quarter and year ended December 31, 2006. Key quarterly highlights for Halverson include:\n\n")
    assert summary(facts("\u00b7\nTotal revenues of $17.9 million.", head=head)) == {
        ("Revenues", Decimal("17900000"), Q4_2006)}


def test_a_dateline_closed_by_an_en_dash_dates_the_release() -> None:
    head = ("Halverson Reports Third Quarter Earnings\n\n"
            "PORTVILLE, Oct. 14, 2006 \u2013 Halverson Labs (NYSE:HLV) earned $.99 per diluted share for the third "
            "quarter, up 16.5% from $.85 in the third quarter of 2005.\n\n")
    q3, before = Period(D(2006, 9, 30), D(2006, 7, 1)), Period(D(2005, 9, 30), D(2005, 7, 1))
    assert summary(facts("", head=head)) == {("EarningsPerShareDiluted", Decimal("0.99"), q3),
                                             ("EarningsPerShareDiluted", Decimal("0.85"), before)}


@pytest.mark.parametrize(("body", "expected"), [
    ("Halverson earned $2.3 million, or $0.40 a share fully diluted, in the second quarter.",
     {("NetIncomeLoss", Decimal("2300000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.40"), Q2_2006)}),
    ("All references to earnings per share herein are on the diluted basis. Net income for the second quarter was "
     "$10.1 million, or $0.63 per common share.",
     {("NetIncomeLoss", Decimal("10100000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.63"), Q2_2006)}),
    # another measure after a comparison, its basis between its phrase and its verb
    ("For the six month period ended June 30, 2006, net income increased 48 percent to $18.3 million from $12.3 "
     "million for the same period in the previous year and earnings per share on a fully diluted basis increased 38 "
     "percent to $1.39 compared with $1.01 in 2005.",
     {("NetIncomeLoss", Decimal("18300000"), H1_2006), ("NetIncomeLoss", Decimal("12300000"), H1_2005),
      ("EarningsPerShareDiluted", Decimal("1.39"), H1_2006), ("EarningsPerShareDiluted", Decimal("1.01"), H1_2005)}),
    # the period a sentence opens on, then the year its change is measured from
    ("For the first six months of 2006 compared to 2005, Halverson increased revenues to $152.4 million from $146.6 "
     "million.", {("Revenues", Decimal("152400000"), H1_2006), ("Revenues", Decimal("146600000"), H1_2005)}),
    ("For the second quarter, Halverson reported sales and other revenues of $530,064,000, an increase of 0.7 percent "
     "over the $526,438,000 reported for the same period last year.",
     {("Revenues", Decimal("530064000"), Q2_2006), ("Revenues", Decimal("526438000"), Q2_2005)}),
])
def test_wordings_of_audit_92(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_the_same_period_last_year_of_a_year_of_sixteen_and_twelve_week_quarters_is_as_long() -> None:
    head = ("QUILLON FOODS CORP. REPORTS SECOND QUARTER RESULTS\n\n"
            "MINNEAPOLIS, MN SEPTEMBER 21, 2006 -- Quillon Foods Corp. today reported second quarter operating results "
            "for the 12-week period ended September 9, 2006.\n\n")
    found = facts("Net sales for the first half (28 weeks) were $8.8 billion compared with last year's $8.6 billion. "
                  "Net earnings were $79.2 million or $1.15 per share. Last year the company earned $84.1 million or "
                  "$1.18 per share for the same period.", head=head)
    half, before = Period(D(2006, 9, 9), D(2006, 2, 26)), Period(D(2005, 9, 10), D(2005, 2, 27))
    assert summary(found) == {("Revenues", Decimal("8800000000"), half), ("Revenues", Decimal("8600000000"), before),
                              ("NetIncomeLoss", Decimal("79200000"), half),
                              ("NetIncomeLoss", Decimal("84100000"), before),
                              ("EarningsPerShareBasicAndDiluted", Decimal("1.15"), half),
                              ("EarningsPerShareBasicAndDiluted", Decimal("1.18"), before)}


@pytest.mark.parametrize(("body", "expected"), [
    # words broken at a line's end
    ("For the six- month period, Halverson reported record sales of $3.01 billion, a 7.5 percent increase over the "
     "$2.80 billion a year ago.",
     {("Revenues", Decimal("3010000000"), H1_2006), ("Revenues", Decimal("2800000000"), H1_2005)}),
    ("Net income for the second- quarter of 2006 was $5.2 million.", {("NetIncomeLoss", Decimal("5200000"), Q2_2006)}),
    ("Net income for the second quarter was $4.2 million, or $.69 per primary and fully diluted share.",
     {("NetIncomeLoss", Decimal("4200000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.69"), Q2_2006)}),
])
def test_wordings_of_audit_92_read(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Net income for the second quarter was $363 million, up 16% from the $313 million earned on a normalized basis in "
     "the same period last year.", {("NetIncomeLoss", Decimal("363000000"), Q2_2006)}),
    # a part's loss: "a loss of" after the part it is of
    ("Income from continuing operations for the second quarter of 2006 on a GAAP basis equated to a loss of $1.3 "
     "million, or $0.02 per share.", set()),
    ("Net loss for the second quarter was $48 million, or 58 cents per share, compared with a 2005 second quarter loss "
     "of $36 million, or 44 cents per share.",
     {("NetIncomeLoss", Decimal("-48000000"), Q2_2006), ("NetIncomeLoss", Decimal("-36000000"), Q2_2005),
      ("EarningsPerShareBasicAndDiluted", Decimal("-0.58"), Q2_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("-0.44"), Q2_2005)}),
])
def test_wordings_of_audit_93(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_pro_forma_section_gives_no_facts_until_the_next_heading() -> None:
    found = facts("Pro Forma Results\n\nPro forma operating results for the second quarter of 2006 were as follows:\n\n"
                  "Net income was $8.4 million, compared with net income of $8.7 million last quarter.\n\n"
                  "GAAP Results\n\nNet income for the second quarter was $2.6 million.")
    assert summary(found) == {("NetIncomeLoss", Decimal("2600000"), Q2_2006)}


def test_a_year_to_date_after_a_twelve_week_quarter_is_of_no_known_length() -> None:
    head = ("QUILLON FOODS CORP. SECOND QUARTER EARNINGS RELEASE\n\n"
            "Wichita, Kansas July 7, 2006 Quillon Foods Corp. announced operating results for the twelve week second "
            "quarter ended June 17, 2006.\n\n")
    found = facts("Net income for the second quarter was $7,628,000. Year-to-date net income was $16,358,000, down "
                  "from $18,250,000 in 2005.", head=head)
    assert summary(found) == {("NetIncomeLoss", Decimal("7628000"), Period(D(2006, 6, 17), D(2006, 3, 26)))}


def test_what_a_figure_includes_named_in_an_aside_is_not_its_phrase() -> None:
    found = facts("Net sales, including gift card breakage revenue, for the second quarter of 2006 increased 9.2% to "
                  "$162.9 million compared with $149.1 million for the second quarter of 2005.")
    assert summary(found) == {("Revenues", Decimal("162900000"), Q2_2006), ("Revenues", Decimal("149100000"), Q2_2005)}


def test_a_headline_of_our_name_and_how_our_results_moved_names_no_part() -> None:
    head = ("Home Strategy Featured Stories News Newsletter Legal News Financial News Opening and Remodeling News\n\n"
            "Halverson Labs Results Dip\n\n"
            "PORTVILLE, Maine \u2013 (Press Release) -- Halverson Labs, Inc. (Nasdaq: HLV) today reported net "
            "earnings of $3,079,000 or $0.23 per share for the quarter ended June 30, 2006.\n\n")
    assert summary(facts("", head=head)) == {("NetIncomeLoss", Decimal("3079000"), Q2_2006),
                                             ("EarningsPerShareBasicAndDiluted", Decimal("0.23"), Q2_2006)}


def test_a_quarter_the_release_names_by_its_fiscal_year_is_not_the_calendars() -> None:
    head = ("QUILLON FOODS REPORTS THIRD QUARTER FISCAL 2006 FINANCIAL RESULTS\n\n"
            "FRESNO, CA \u2013 November 28, 2006 \u2013 Quillon Foods Corp. (NYSE: QFC) today reported financial "
            "results for the third quarter of fiscal 2006.\n\n")
    assert facts("The net loss for the third quarter of 2006 was $2.7 million, compared to a net loss of $1.6 million "
                 "for the third quarter of fiscal 2005.", head=head) == []


def test_a_discussion_that_excludes_items_gives_no_facts() -> None:
    assert facts("The following discussion reflects the operating results as presented on Table A and excludes "
                 "reorganization items and extraordinary items. Net earnings for the second quarter were $13.6 million "
                 "or $0.45 per share.") == []


def test_the_year_before_a_53_week_year_ended_53_weeks_earlier() -> None:
    head = ("QUILLON FOODS REPORTS FOURTH QUARTER\n\n"
            "Carteret, New Jersey, April 4, 2001 - Quillon Foods Corp. (Nasdaq: QFC) reports results for its 14-week "
            "fourth quarter and 53-week fiscal 2000 ended February 3, 2001.\n\n")
    found = facts("Net sales were $1,056.0 million for the fourth quarter, compared to $956.1 million in the fourth "
                  "quarter of last year.", head=head)
    assert summary(found) == {("Revenues", Decimal("1056000000"), Period(D(2001, 2, 3), D(2000, 10, 29))),
                              ("Revenues", Decimal("956100000"), Period(D(2000, 1, 29), D(1999, 10, 31)))}


@pytest.mark.parametrize(("body", "expected"), [
    ("Net sales rose 18% to $73.3 million from $62.1 million in Q2 FY 2005.",
     {("Revenues", Decimal("73300000"), Q2_2006), ("Revenues", Decimal("62100000"), Q2_2005)}),
    # an aside that puts a compared figure on another basis, after its period
    ("Earnings per share increased 22% to a record 50 cents compared to 41 cents in 2005 (on an adjusted basis).",
     {("EarningsPerShareBasicAndDiluted", Decimal("0.50"), Q2_2006)}),
    ("On a fully diluted basis, net income per common share for the second quarter of 2006 was $0.25 as compared to "
     "fully diluted net income per common share of $0.04 for the comparable quarter of 2005.",
     {("EarningsPerShareDiluted", Decimal("0.25"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.04"), Q2_2005)}),
    ("Halverson reported that net sales for the second quarter ended June 30, 2006 set an all-time quarterly record of "
     "$199,381,132, an increase of 31 percent from the $152,400,083 reported a year ago.",
     {("Revenues", Decimal("199381132"), Q2_2006), ("Revenues", Decimal("152400083"), Q2_2005)}),
])
def test_wordings_of_audit_94(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_period_end_written_in_figures() -> None:
    head = ("QUILLON FOODS REPORTS SECOND QUARTER\n\nMONROE, MI., August 3, 2006: Quillon Foods Corp. reported record "
            "quarterly sales.\n\n")
    found = facts("For the second quarter ended 7/22/06, sales reached $280.5 million, up 15% from last year.",
                  head=head)
    assert summary(found) == {("Revenues", Decimal("280500000"), Period(D(2006, 7, 22), D(2006, 4, 23)))}


def test_a_count_of_weeks_before_a_quarter_and_its_year_is_that_quarters_length() -> None:
    head = ("QUILLON FOODS REPORTS FOURTH QUARTER 2006 RESULTS\n\nPORTLAND, Ore., Jan. 31, 2007 -- Quillon Foods Corp. "
            "today reported results for the fourth quarter ended December 30, 2006.\n\n")
    found = facts("Diluted earnings per share were $0.73, compared to diluted earnings per share of $0.70 in the "
                  "fourteen week 2005 fourth quarter.", head=head)
    assert one(found, "EarningsPerShareDiluted", Period(D(2005, 12, 31), D(2005, 9, 25))).value == Decimal("0.70")


@pytest.mark.parametrize("body", [
    "Net income for the second quarter was $5.2 million, with basic and diluted earnings per share of $0.26 and $0.25.",
    "Basic and diluted earnings per share were $0.26 and $0.25 for the second quarter.",
])
def test_basic_and_diluted_figures_in_order_without_respectively(body: str) -> None:
    found = facts(body)
    assert one(found, "EarningsPerShareBasic").value == Decimal("0.26")
    assert one(found, "EarningsPerShareDiluted").value == Decimal("0.25")
    assert not [f for f in found if f.concept == "EarningsPerShareBasicAndDiluted"]


@pytest.mark.parametrize(("body", "expected"), [
    # a comparison after the change of another thing (a dividend) is not the figure before's
    ("Highlights for the quarter include: -- net income of $19.9 million, -- basic and diluted earnings per share of "
     "$0.26 and $0.25, -- dividend increase of $0.01 per share, from $0.14 to $0.15 per share.",
     {("NetIncomeLoss", Decimal("19900000"), Q2_2006), ("EarningsPerShareBasic", Decimal("0.26"), Q2_2006),
      ("EarningsPerShareDiluted", Decimal("0.25"), Q2_2006)}),
    # (but the change of the figure before, its kind between: "including an after-tax gain of $0.10 per share")
    ("Net income per common share at $0.41, including an after-tax gain of $0.10 per share on the disposal of "
     "collateral, was up from $0.38 in the same period last year.",
     {("EarningsPerShareBasicAndDiluted", Decimal("0.41"), Q2_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("0.38"), Q2_2005)}),
    # a total written in full is never a per-share figure
    ("Net earnings per diluted share for the six months ended June 30, 2006, were $38,477,000.", set()),
])
def test_wordings_of_audit_96(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a total and its per-share figure, each named by one phrase of a pair, "respectively" unsaid
    ("Net earnings and net earnings per diluted share for the quarter were $12,821,000, or $0.36, compared with "
     "$10,100,000, or $0.29, in the second quarter of 2005.",
     {("NetIncomeLoss", Decimal("12821000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.36"), Q2_2006),
      ("NetIncomeLoss", Decimal("10100000"), Q2_2005), ("EarningsPerShareDiluted", Decimal("0.29"), Q2_2005)}),
    ("Net income and diluted earnings per share for the first half totaled $16.3 million, or $1.40.",
     {("NetIncomeLoss", Decimal("16300000"), H1_2006), ("EarningsPerShareDiluted", Decimal("1.40"), H1_2006)}),
    ("For the first half, net earnings and EPS were $744 million and $10.30.",
     {("NetIncomeLoss", Decimal("744000000"), H1_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("10.30"), H1_2006)}),
    # (a figure after the total that is not its partner stays unread)
    ("Net income and diluted earnings per share for the quarter were $3.4 million and $18.3 million.",
     {("NetIncomeLoss", Decimal("3400000"), Q2_2006)}),
])
def test_a_total_and_its_per_share_figure_named_by_a_pair(body: str,
                                                          expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # what changed a figure is not the figure
    ("Halverson's second quarter of 2006 net earnings were reduced by a $52.7 million charge to write off purchased "
     "in-process research and development.", set()),
    # after a narrowed figure, a clause of its own names the next
    ("Adjusted net earnings increased 20.1% to $200 million and reported net earnings decreased 11.5% to $148 million.",
     {("NetIncomeLoss", Decimal("148000000"), Q2_2006)}),
    ("Adjusted diluted net earnings per share increased 19.5% to $.49 and reported diluted net earnings per share were "
     "$.36, a decrease of 12.2%.", {("EarningsPerShareDiluted", Decimal("0.36"), Q2_2006)}),
    # an aside after the last of a list of figures puts all of them on another basis
    ("Halverson reported second quarter 2006 operating income of $110 million and net income of $20 million (each "
     "excluding special items).", set()),
    # how the words say a figure reached its level
    ("Earnings for the second quarter decreased to $.07 per share from $.09 per share in the prior year period.",
     {("EarningsPerShareBasicAndDiluted", Decimal("0.07"), Q2_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("0.09"), Q2_2005)}),
    ("Diluted earnings per share for the second quarter increased 23 percent, or 84 cents, to $4.52.",
     {("EarningsPerShareDiluted", Decimal("4.52"), Q2_2006)}),
    ("Worldwide net revenue increased 7% to $4.6 billion for the 2006 second quarter and 10% to $17.4 billion for the "
     "first half of 2006.", {("Revenues", Decimal("4600000000"), Q2_2006),
                             ("Revenues", Decimal("17400000000"), H1_2006)}),
    # what is left for the common stock, in a utility's words
    ("Halverson's net income for common stock for the second quarter of 2006 was $350,444,000 or $1.49 a share.",
     {("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("350444000"), Q2_2006),
      ("EarningsPerShareBasicAndDiluted", Decimal("1.49"), Q2_2006)}),
    # (not a figure compared with the narrowed one)
    ("Online sales increased 1.1 percent to $46.6 million, compared to net sales of $46.1 million.", set()),
])
def test_wordings_of_audit_97(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_the_first_months_of_a_year_not_over_are_the_fiscal_years_to_the_quarters_end() -> None:
    head = ("HALVERSON LABS INC. REPORTS SECOND QUARTER RESULTS\n\nPORTVILLE, Maine -- February 3, 1998 -- Halverson "
            "Labs Inc. today reported its second quarter results for the period ending January 24, 1998.\n\n")
    found = facts("Net sales for the first six months of 1998 were $3,885 million compared with $3,027 million for the "
                  "same period last year, an increase of 28%.", head)
    assert summary(found) == {
        ("Revenues", Decimal("3885000000"), Period(D(1998, 1, 24), D(1997, 7, 27))),
        ("Revenues", Decimal("3027000000"), Period(D(1997, 1, 25), D(1996, 7, 28)))}
    # (a calendar half that is over is the calendar's)
    head = head.replace("February 3, 1998", "August 3, 1998").replace("January 24, 1998", "June 27, 1998")
    found = facts("Net sales for the first six months of 1998 were $3,885 million.", head)
    assert summary(found) == {("Revenues", Decimal("3885000000"), Period(D(1998, 6, 27), D(1997, 12, 28)))}


@pytest.mark.parametrize(("body", "expected"), [
    # a list of figures, each compared with its own, the next named after a comma
    ("Halverson reported net sales of $4.6 billion compared to $4.5 billion last year, net earnings of $63.9 million "
     "compared to $32.8 million last year, and diluted earnings per share of $0.48 compared to $0.24 last year.",
     {("Revenues", Decimal("4600000000"), Q2_2006), ("Revenues", Decimal("4500000000"), Q2_2005),
      ("NetIncomeLoss", Decimal("63900000"), Q2_2006), ("NetIncomeLoss", Decimal("32800000"), Q2_2005),
      ("EarningsPerShareDiluted", Decimal("0.48"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.24"), Q2_2005)}),
    # (a list of figures compared, each named, shares the period at its end)
    ("For the second quarter, net income rose 29 percent to $29.9 million. This is compared with reported revenues of "
     "$115.9 million, net income of $23.1 million, and diluted earnings per share of $.68 for the same period a year "
     "ago.", {("NetIncomeLoss", Decimal("29900000"), Q2_2006), ("Revenues", Decimal("115900000"), Q2_2005),
              ("NetIncomeLoss", Decimal("23100000"), Q2_2005), ("EarningsPerShareDiluted", Decimal("0.68"), Q2_2005)}),
    # what a compared figure is before, said after its period
    ("Halverson reported net income for the quarter ended June 30, 2006 of $94.3 million, or $1.72 per diluted share, "
     "compared to $50.6 million, or $0.94 per diluted share, in the second quarter of 2005 before acquisition related "
     "transaction costs totaling $6.3 million.",
     {("NetIncomeLoss", Decimal("94300000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("1.72"), Q2_2006)}),
    # a compared period the words date, though not in words read, is not taken for a year back
    ("Net income for the second quarter was $2.5 million. This represents a 2.9% decrease from net income of $2.6 "
     "million for the previous qaurter ended March 31, 2006.", {("NetIncomeLoss", Decimal("2500000"), Q2_2006)}),
    # an aside between em dashes, and the date it holds
    ("Earnings for the quarter\u2014the first since the Company's initial public offering on December 9, "
     "2005\u2014were $4.2 million, or $0.15 per diluted share.",
     {("NetIncomeLoss", Decimal("4200000"), Q2_2006), ("EarningsPerShareDiluted", Decimal("0.15"), Q2_2006)}),
    ("Halverson reported second quarter income available to common shareholders of $20.0 million, or $0.32 per fully "
     "diluted share.", {("NetIncomeLossAvailableToCommonStockholdersBasic", Decimal("20000000"), Q2_2006),
                        ("EarningsPerShareDiluted", Decimal("0.32"), Q2_2006)}),
    ("Fully diluted net income was $1.00 per share for the second quarter, compared with $1.18 in 2005.",
     {("EarningsPerShareDiluted", Decimal("1.00"), Q2_2006), ("EarningsPerShareDiluted", Decimal("1.18"), Q2_2005)}),
    ("Diluted net income was $5.2 million for the second quarter.", set()),  # (not a per-share figure: narrowed)
    ("Sales for the second quarter rose 5.2 percent, and were $5.6 billion.",
     {("Revenues", Decimal("5600000000"), Q2_2006)}),
    ('"We are very pleased to report second quarter 2006 net income of $20 million, a record."',
     {("NetIncomeLoss", Decimal("20000000"), Q2_2006)}),
])
def test_wordings_of_audit_98(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_headline_run_into_a_dateline_with_dashes_names_no_period_for_the_sentence_after() -> None:
    text = ("MARWELL PRESS REPORTS FOURTH QUARTER RESULTS FOR FISCAL 2006 PORTVILLE, ME - July 20, 2006 - Marwell "
            "Press Inc. today reported results for the fourth quarter of fiscal 2006, which ended June 30, 2006. The "
            "company reported net sales of $4.6 billion compared to $4.5 billion last year.\n")
    assert summary(facts_of(text)) == {("Revenues", Decimal("4600000000"), Q2_2006),
                                       ("Revenues", Decimal("4500000000"), Q2_2005)}


@pytest.mark.parametrize(("body", "expected"), [
    # a quarter's figure compared with "prior year revenue": the quarter a year before
    ("Total revenue for the fourth quarter was $1.52 billion, an increase of $54.8 million, or 3.7%, over prior year "
     "revenue of $1.47 billion.", {("Revenues", Decimal("1520000000"), Q4_2006),
                                   ("Revenues", Decimal("1470000000"), Q4_2005)}),
    # figures over periods, each with its per-share figure in parentheses
    ("The Company reported net income of $34.8 million ($1.38 per diluted share) for the fourth quarter and $59.1 "
     "million ($2.32 per diluted share) for the full year.",
     {("NetIncomeLoss", Decimal("34800000"), Q4_2006), ("EarningsPerShareDiluted", Decimal("1.38"), Q4_2006),
      ("NetIncomeLoss", Decimal("59100000"), Y2006), ("EarningsPerShareDiluted", Decimal("2.32"), Y2006)}),
    # (past "after special charges", the second figure's own period)
    ("Net income was $50.7 million ($0.98 per share) in 2006 and $6.1 million ($0.15 per share) in 2005 after special "
     "charges and extraordinary write-offs.",
     {("NetIncomeLoss", Decimal("50700000"), Y2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.98"), Y2006),
      ("NetIncomeLoss", Decimal("6100000"), Y2005), ("EarningsPerShareBasicAndDiluted", Decimal("0.15"), Y2005)}),
    # two phrases and two figures, in order, "respectively" unsaid
    ("For the fourth quarter of 2006, revenues and operating income were $299.9 million and $34.1 million, compared to "
     "$200.8 million and $13.4 million for the comparable 2005 quarter.",
     {("Revenues", Decimal("299900000"), Q4_2006), ("OperatingIncomeLoss", Decimal("34100000"), Q4_2006),
      ("Revenues", Decimal("200800000"), Q4_2005), ("OperatingIncomeLoss", Decimal("13400000"), Q4_2005)}),
    # (nor a list in a clause that opens on what it excludes)
    ("For the full year, net earnings were $862 million and EPS was $11.47; excluding restructuring, acquisition and "
     "other charges, net earnings and EPS were $922 million and $12.26, respectively.",
     {("NetIncomeLoss", Decimal("862000000"), Y2006), ("EarningsPerShareBasicAndDiluted", Decimal("11.47"), Y2006)}),
    # a per-share figure after a stock split is as reported (not one before it)
    ("Net earnings for the fourth quarter increased 51% to $32.0 million, or $.63 per share. On a "
     "pre-split basis, earnings per share for the fourth quarter of 2006 were $1.26.",
     {("NetIncomeLoss", Decimal("32000000"), Q4_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.63"), Q4_2006)}),
    ("Net income for the fourth quarter was $78,654,000, or $.51 per share on a post-split basis.",
     {("NetIncomeLoss", Decimal("78654000"), Q4_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.51"), Q4_2006)}),
    # "These results exclude ...": the figures before, wherever the text gives them again
    ("Earnings per share for the quarter ended December 31, 2006, were 83 cents. These results exclude discontinued "
     "operations.\n\nEarnings of 83 cents per share for the quarter ended December 31, 2006, were 7 cents lower than "
     "a year ago.", set()),
])
def test_wordings_of_audit_99(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body, Q4_HEAD)) == expected


def test_a_headline_per_share_figure_the_text_gives_before_an_item_is_not_net_earnings_per_share() -> None:
    head = ("Halverson Labs Inc. Reports Higher Second Quarter Earnings Per Share of $0.33\n\nPORTVILLE, Maine, July "
            "20, 2006 -- Halverson Labs Inc. today reported results for the second quarter ended June 30, 2006.\n\n")
    found = facts("Net income for the three months ended June 30, 2006, before the cumulative effect of changes in "
                  "accounting principles, was $54.6 million, or $0.33 per share, compared to $54.9 million, or $0.32 "
                  "per share, last year.", head)
    assert not [f for f in found if f.value == Decimal("0.33")]


def test_a_year_named_again_after_a_quarter_and_the_year_is_the_figures() -> None:
    text = ("Halverson Labs Reports Fourth Quarter and Fiscal Year 2006 Results\n\u00b7 | FY2006 revenue of $49.4 "
            "million |\n\nPORTVILLE, Maine, February 1, 2007 -- Halverson Labs Inc. today reported results for the "
            "fiscal year ended December 31, 2006.\n")
    assert summary(facts_of(text)) == {("Revenues", Decimal("49400000"), Y2006)}


def test_the_company_named_with_its_symbol_past_a_letterhead_of_many_lines() -> None:
    contacts = "".join(f"Contact line {n}\n\n" for n in range(14))
    text = (f"{contacts}Basic and diluted EPS of $0.24 and $0.23, respectively; signed merger agreement with Quillon "
            "Bancorp expected to close in Q4\n\nPortville, Maine, July 25, 2006 Halverson Financial Corporation (the "
            "\u201cCompany\u201d) (NASDAQ: HALF) today reported net income of $3.5 million for the quarter ended June "
            "30, 2006.\n")
    found = converter.convert(text).facts
    assert one(found, "EntityRegistrantName").value == "Halverson Financial Corporation"
    assert ("NetIncomeLoss", Decimal("3500000"), Q2_2006) in summary(found)


def test_the_company_named_after_a_date_run_into_it() -> None:
    text = ("HALVERSON FINANCIAL REPORTS SECOND QUARTER RESULTS\n\nPortville, Maine, July 25, 2006Halverson Financial "
            "Corporation (the \u201cCompany\u201d) (NASDAQ: HALF) today reported net income of $3.5 million for the "
            "quarter ended June 30, 2006.\n")
    assert one(converter.convert(text).facts, "EntityRegistrantName").value == "Halverson Financial Corporation"


@pytest.mark.parametrize(("body", "expected"), [
    ("Net loss for the second quarter was $18.8 million or $0.57, basic and diluted, per share, compared to $0.6 "
     "million or $0.02, basic and diluted, per share for the second quarter of 2005.",
     {("NetIncomeLoss", Decimal("-18800000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("-0.57"), Q2_2006),
      ("NetIncomeLoss", Decimal("-600000"), Q2_2005), ("EarningsPerShareBasicAndDiluted", Decimal("-0.02"), Q2_2005)}),
    ("Net income for the second quarter was $8,721,000 or $.20 per basic and per diluted common share.",
     {("NetIncomeLoss", Decimal("8721000"), Q2_2006), ("EarningsPerShareBasicAndDiluted", Decimal("0.20"), Q2_2006)}),
])
def test_wordings_of_audit_100(body: str, expected: set[tuple[str, Decimal, Period]]) -> None:
    assert summary(facts(body)) == expected


def test_a_year_named_in_the_headline_holds_when_its_period_ends_early_in_january() -> None:
    text = ("QUILLON FOODS REPORTS FOURTH QUARTER AND FULL YEAR 2008 RESULTS\n\nPORTVILLE, Maine, Feb. 24 /PRNewswire/ "
            "-- Quillon Foods Inc. announced today fourth quarter and full year 2008 financial results for the period "
            "ended January 3, 2009.\n\nRevenue for the fourth quarter 2008 was $99.7 million, up 23.6% from $80.7 "
            "million reported in the fourth quarter 2007.\n")
    assert summary(facts_of(text)) == {
        ("Revenues", Decimal("99700000"), Period(D(2009, 1, 3), D(2008, 10, 5))),
        ("Revenues", Decimal("80700000"), Period(D(2008, 1, 5), D(2007, 10, 7)))}
