"""Totals and their parts, as the taxonomy's calculation linkbase relates them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from converter import taxonomy
from converter.extract.calculations import check
from converter.model import Fact, Period, currency

Q = Period(dt.date(2007, 6, 30), dt.date(2007, 4, 1))
USD = currency("USD")


def fact(concept: str, value: str, decimals: int = -3) -> Fact:
    return Fact(concept, Decimal(value), Q, USD, decimals)


def test_the_relations_come_from_the_linkbase() -> None:
    relations = dict(taxonomy.calculations())
    assert relations["GrossProfit"] == (("Revenues", 1), ("CostOfRevenue", -1))


def test_parts_that_add_up_give_no_warning() -> None:
    assert check([fact("Revenues", "12345000"), fact("CostOfRevenue", "7000000"), fact("GrossProfit", "5345000")]) == []


def test_rounding_within_the_stated_decimals_is_allowed() -> None:
    # each figure rounded to millions may be off by half a million
    facts = [fact("Revenues", "12000000", -6), fact("CostOfRevenue", "7000000", -6), fact("GrossProfit", "6000000", -6)]
    assert check(facts) == []


def test_a_total_that_does_not_add_up_is_reported_with_the_difference() -> None:
    warnings = check([fact("Revenues", "12345000"), fact("CostOfRevenue", "7000000"), fact("GrossProfit", "5000000")])
    assert len(warnings) == 1
    assert "GrossProfit" in warnings[0] and "difference -345000" in warnings[0]


def test_a_missing_part_means_no_check() -> None:
    assert check([fact("Revenues", "12345000"), fact("GrossProfit", "1")]) == []
