"""Compare a converter's xBRL-JSON with a gold file, by the rules of the corpus README.

A produced fact fits a gold fact when its concept is one the gold accepts, units agree, the
period agrees (dates the gold marks as inferred may be off by up to 7 days), and its value, read
as rounded to its decimals, could be the gold value. A gold fact is found when a fitting fact has
exactly its value.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

EQUIVALENT = [
    {"Revenues", "RevenueFromContractWithCustomerExcludingAssessedTax",
     "RevenueFromContractWithCustomerIncludingAssessedTax", "SalesRevenueNet"},
    {"LongTermDebt", "LongTermDebtNoncurrent"},
]
SCORED = set().union(*EQUIVALENT) | {"NetIncomeLoss", "ProfitLoss", "NetIncomeLossAvailableToCommonStockholdersBasic",
                                     "EarningsPerShareBasic", "EarningsPerShareDiluted",
                                     "EarningsPerShareBasicAndDiluted"}


def _day(text: str, end: bool) -> dt.date:
    day = dt.date.fromisoformat(text.split("T", 1)[0])
    return day - dt.timedelta(days=1) if end and text.endswith("T00:00:00") else day


def produced_facts(doc: dict) -> list[dict]:
    out = []
    for fid, fact in doc["facts"].items():
        dims = fact["dimensions"]
        period = dims["period"]
        if "/" in period:
            a, b = period.split("/")
            p = ("duration", _day(a, False), _day(b, True))
        else:
            p = ("instant", _day(period, True))
        unit = dims.get("unit")
        unit = "/".join(part.split(":", 1)[1] for part in unit.split("/")) if unit else None
        out.append({"id": fid, "concept": dims["concept"].split(":", 1)[1], "period": p, "unit": unit,
                    "value": fact["value"], "decimals": fact.get("decimals")})
    return out


def _accepted(g: dict) -> set[str]:
    names = set(g["concept"]) if isinstance(g["concept"], list) else {g["concept"]}
    for group in EQUIVALENT:
        if names & group:
            names |= group
    return names


def _period_fits(g: dict, p: tuple) -> bool:
    inferred = set(g.get("inferred", []))
    slack = dt.timedelta(days=7)
    if "instant" in g:
        return p[0] == "instant" and abs(p[1] - dt.date.fromisoformat(g["instant"])) <= (
            slack if "instant" in inferred else dt.timedelta(0))
    if p[0] != "duration":
        return False
    for name, got in (("start", p[1]), ("end", p[2])):
        if abs(got - dt.date.fromisoformat(g[name])) > (slack if name in inferred else dt.timedelta(0)):
            return False
    return True


def fits(g: dict, p: dict, exact: bool = True) -> bool:
    if p["concept"] not in _accepted(g) or p["unit"] != g["unit"] or not _period_fits(g, p["period"]):
        return False
    gold, value = Decimal(g["value"]), Decimal(p["value"])
    if exact or p.get("decimals") is None:
        return gold == value
    return abs(gold - value) <= Decimal(5).scaleb(-p["decimals"] - 1)


def compare(gold_path: Path, produced_json: str,
            scored: set[str] | None = None) -> tuple[list[dict], list[dict], int]:
    """(gold facts not found, scored produced facts that fit no gold fact, scored produced facts)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    facts = gold["facts"]
    scope = (scored or SCORED) | {c for g in facts for c in _accepted(g)}
    produced = [p for p in produced_facts(json.loads(produced_json)) if p["concept"] in scope]
    missed = [g for g in facts if not any(fits(g, p) for p in produced)]
    wrong = [p for p in produced if not any(fits(g, p, exact=False) for g in facts)]
    return missed, wrong, len(produced)
