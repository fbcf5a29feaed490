"""Totals and their parts: where the document shows both, do they add up?

The relations come from the taxonomy's calculation linkbase. A total that differs from the sum of
its parts by more than their rounding allows is reported as a warning with the difference; the
facts themselves stay as the document states them.
"""

from __future__ import annotations

from decimal import Decimal

from .. import taxonomy
from ..model import Fact, Period


def check(facts: list[Fact] | tuple[Fact, ...]) -> list[str]:
    values: dict[tuple[str, Period], Fact] = {(f.concept, f.period): f for f in facts if f.is_numeric}
    periods = sorted({f.period for f in facts if f.is_numeric}, key=lambda p: (p.end, p.start or p.end))
    warnings = []
    for total, parts in taxonomy.calculations():
        for period in periods:
            whole = values.get((total, period))
            items = [(values.get((part, period)), weight) for part, weight in parts]
            if whole is None or any(item is None for item, _ in items):
                continue
            present = [(item, weight) for item, weight in items if item is not None]
            computed = sum((Decimal(weight) * item.value for item, weight in present), Decimal(0))  # type: ignore[misc]
            slack = sum((_half_unit(f) for f in [whole, *(item for item, _ in present)]), Decimal(0))
            difference = whole.value - computed  # type: ignore[operator]
            if abs(difference) > slack:
                terms = " ".join(f"{'+' if w > 0 else '-'} {p}" for p, w in parts).lstrip("+ ")
                warnings.append(f"calculation: {total} {period.label()} is {whole.value} but {terms} "
                                f"is {computed} (difference {difference})")
    return warnings


def _half_unit(fact: Fact) -> Decimal:
    return Decimal(0) if fact.decimals is None else Decimal(5).scaleb(-fact.decimals - 1)
