"""Money amounts as releases write them: values, `decimals`, signs and spans."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from converter.extract.amounts import Amount, find_amounts, parse_number, scaled, stated_dollar


def only(text: str) -> Amount:
    found = find_amounts(text)
    assert len(found) == 1, found
    return found[0]


# -- parse_number and scaled ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value", "places"),
    [
        ("124,000", Decimal("124000"), 0),
        ("1,234.50", Decimal("1234.50"), 2),
        ("0.05", Decimal("0.05"), 2),
        (".16", Decimal("0.16"), 2),
        ("7.3", Decimal("7.3"), 1),
        ("3,418,902", Decimal("3418902"), 0),
    ],
)
def test_parse_number(written: str, value: Decimal, places: int) -> None:
    got_value, got_places = parse_number(written)
    assert got_value == value
    assert got_places == places


@pytest.mark.parametrize(
    ("number", "scale", "value", "decimals"),
    [
        ("124,000", None, Decimal("124000"), 0),
        ("7.3", "million", Decimal("7300000"), -5),
        ("7.30", "million", Decimal("7300000"), -4),
        ("1.2", "billion", Decimal("1200000000"), -8),
        ("1.25", "Billion", Decimal("1250000000"), -7),
        ("2", "thousand", Decimal("2000"), -3),
        ("0.5", "thousand", Decimal("500"), -2),
        ("4", "trillion", Decimal("4000000000000"), -12),
    ],
)
def test_scaled(number: str, scale: str | None, value: Decimal, decimals: int) -> None:
    got_value, got_decimals = scaled(number, scale)
    assert got_value == value
    assert got_decimals == decimals


# -- find_amounts: the written forms ---------------------------------------------------------------


def test_whole_dollars() -> None:
    a = only("$124,000")
    assert a.value == Decimal("124000")
    assert a.decimals == 0
    assert (a.start, a.end) == (0, 8)
    assert not a.negative
    assert not a.per_unit
    assert a.currency == "USD"


def test_space_after_dollar_sign() -> None:
    text = "a gain of $ 256,000 on the sale"
    a = only(text)
    assert a.value == Decimal("256000")
    assert a.decimals == 0
    assert text[a.start : a.end] == "$ 256,000"


def test_a_dollar_sign_run_into_the_word_before() -> None:
    text = "record full-year sales of$802.3 million, compared to$0.04 per share"
    assert [(text[a.start : a.end], a.value) for a in find_amounts(text)] == [
        ("$802.3 million", Decimal("802300000")), ("$0.04", Decimal("0.04"))]
    assert find_amounts("the ABC$5 model") == []  # letters of a name before the sign, not a word


def test_millions() -> None:
    text = "sales of $7.3 million."
    a = only(text)
    assert a.value == Decimal("7300000")
    assert str(a.value) == "7300000"  # a plain decimal, no exponent
    assert a.decimals == -5
    assert text[a.start : a.end] == "$7.3 million"  # the full stop is not part of it


def test_billions() -> None:
    a = only("$1.2 billion")
    assert a.value == Decimal("1200000000")
    assert str(a.value) == "1200000000"
    assert a.decimals == -8


def test_capitalised_scale_word() -> None:
    a = only("$4.75 Million")
    assert a.value == Decimal("4750000")
    assert a.decimals == -4


def test_cents_after_point() -> None:
    a = only("$1,234,567.89")
    assert a.value == Decimal("1234567.89")
    assert a.decimals == 2


def test_negative_in_parentheses_after_sign() -> None:
    text = "a loss of $(0.05) per share"
    a = only(text)
    assert a.value == Decimal("0.05")  # the sign is carried by `negative`
    assert a.negative
    assert a.decimals == 2
    assert text[a.start : a.end] == "$(0.05)"


def test_negative_in_parentheses_around_amount() -> None:
    text = "net loss of ($1.2 million) for the year"
    a = only(text)
    assert a.value == Decimal("1200000")
    assert a.decimals == -5
    assert a.negative
    assert text[a.start : a.end] == "($1.2 million)"


def test_negative_with_space_inside_parentheses() -> None:
    a = only("$ (0.31)")
    assert a.negative
    assert a.value == Decimal("0.31")


@pytest.mark.parametrize("text", ["a net loss of $(2,463) million in other", "a net loss of ($2,463) million"])
def test_scale_word_after_the_parentheses(text: str) -> None:
    a = only(text)
    assert (a.value, a.decimals, a.negative) == (Decimal("2463000000"), -6, True)
    assert text[a.start : a.end].endswith(") million")


def test_scale_word_after_a_closing_parenthesis_of_the_sentence_is_not_the_amounts() -> None:
    a = only("net income (or $0.15) million")
    assert (a.value, a.negative) == (Decimal("0.15"), False)


def test_unclosed_parenthesis_is_not_an_amount() -> None:
    assert find_amounts("a loss of $(0.05 per share") == []


def test_unpaired_parenthesis_belongs_to_the_sentence() -> None:
    text = "net income of $1.9 million (or $0.15 per share)"
    first, second = find_amounts(text)
    assert first.value == Decimal("1900000")
    assert not second.negative
    assert second.value == Decimal("0.15")
    assert text[second.start : second.end] == "$0.15"


def test_leading_point() -> None:
    a = only("earnings of $.16 per share")
    assert a.value == Decimal("0.16")
    assert a.decimals == 2
    assert not a.negative


def test_cents() -> None:
    text = "or 27 cents per diluted share"
    a = only(text)
    assert a.value == Decimal("0.27")
    assert a.decimals == 2
    assert a.per_unit
    assert text[a.start : a.end] == "27 cents"


def test_one_cent_and_hyphenated_cents() -> None:
    a = only("a 1-cent increase")
    assert a.value == Decimal("0.01")
    assert a.per_unit


def test_several_amounts_in_order_with_spans() -> None:
    text = "Revenue was $7.3 million, compared to $6.1 million, or 4 cents per share."
    found = find_amounts(text)
    assert [text[a.start : a.end] for a in found] == ["$7.3 million", "$6.1 million", "4 cents"]
    assert [a.value for a in found] == [Decimal("7300000"), Decimal("6100000"), Decimal("0.04")]


# -- what is not an amount -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Revenue rose 12% in the quarter.",
        "Gross margin improved to 41.5 percent from 38.2 per cent.",
        "For more information call (800) 555-0199 or 1-888-555-0123.",
        "Call 212-555-0147, extension 4410.",
        "Results for 2006 exceeded those of 2005 and 1999.",
        "in fiscal 2007",
        "The company employs 1,250 people at 14 plants.",
    ],
)
def test_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "$" + "9" * 500,
        "revenue of $" + "7" * 500 + " million",
        "$" + "3" * 500 + ".25",
        "$0." + "4" * 500,
        "1" * 500 + " cents",
        "$1," + "000," * 200 + "000",
    ],
)
def test_overlong_number_gives_no_truncated_amount(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize("text", ["revenue was a record $7.3-million", "revenue was a record $7.3M"])
def test_scale_not_separated_by_a_space_is_not_read_as_units(text: str) -> None:
    # "$7.3-million" means 7,300,000; reading it as $7.30 would be a wrong value. Either the
    # scale is understood or the amount is left alone.
    for a in find_amounts(text):
        assert a.value == Decimal("7300000"), a


def test_adversarial_megabyte_finishes() -> None:
    pieces = ["1234567890", ",", ",123", "$", "(", " ", "$(", "9" * 40, ".", ")", " million", " cents", "$ "]
    rng = random.Random(2006)
    parts: list[str] = []
    size = 0
    while size < 1_000_000:
        piece = rng.choice(pieces)
        parts.append(piece)
        size += len(piece)
    text = "".join(parts)[:1_000_000]
    found = find_amounts(text)
    assert isinstance(found, list)
    for a in found:
        assert 0 <= a.start < a.end <= len(text)
        assert a.value < Decimal(10) ** 28


@pytest.mark.parametrize(
    "text",
    [
        "1" * 1_000_000,
        "$(" * 500_000,
        ("$1" + ",000" * 6) * 40_000,
        ("$ " + "9 " * 10) * 45_000,
        ("(" + "$" * 5 + "1," * 10) * 40_000,
    ],
)
def test_adversarial_runs_finish(text: str) -> None:
    assert isinstance(find_amounts(text), list)


@pytest.mark.parametrize(("text", "values"), [
    ("net sales totaled $1,637 versus $1,792 million", ["1637000000", "1792000000"]),
    ("$1.6 and $1.8 billion, respectively", ["1600000000", "1800000000"]),
    ("$(5) and $(3) million", ["5000000", "3000000"]),
    # not one figure in two periods: a price beside a total, or numbers far apart
    ("EPS of $0.25 and $1.2 million of charges", ["0.25", "1200000"]),
    ("$900 and $1.2 million", ["900", "1200000"]),
    ("$1,637 of which $1,792 million", ["1637", "1792000000"]),
])
def test_one_scale_word_for_a_pair(text: str, values: list[str]) -> None:
    found = find_amounts(text)
    assert [str(a.value) for a in found] == values
    for a in found:  # decimals follow the scale word the amount takes
        assert a.decimals == parse_number(text[a.digits[0] : a.digits[1]])[1] - a.scale


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (["(All amounts are in Canadian dollars unless otherwise noted)"], "CAD"),
        (["All dollar figures are expressed in Australian dollars."], "AUD"),
        (["Toronto -- Net income rose (in Canadian dollars, except where noted)."], "CAD"),
        (["(all figures in U.S. dollars unless otherwise stated)", "Sales in Canadian dollars, unless otherwise"],
         "USD"),
        ([], "USD"),
        (["Revenues of the Canadian unit grew 4% in Canadian dollars."], "USD"),  # no statement about amounts
        # in running text it speaks of a part of the company
        (["Net income was $5.0 million for the quarter. " * 8 + "Results of the Canadian subsidiary are "
          "reported in Canadian dollars and translated at the average rate."], "USD"),
    ],
)
def test_the_dollar_a_release_states(texts: list[str], code: str) -> None:
    assert stated_dollar(texts) == code


def test_a_bare_dollar_sign_takes_the_stated_dollar() -> None:
    found = find_amounts("net income of $4.2 million, or 12 cents per share, and US$3 million of notes", "CAD")
    assert [a.currency for a in found] == ["CAD", "CAD", "USD"]
