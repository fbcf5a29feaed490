"""The facts as a table a person reads, or as CSV rows for a spreadsheet."""

from __future__ import annotations

import csv
import io

from .. import taxonomy
from ..model import Report


def fact_rows(report: Report) -> list[dict[str, str]]:
    tax = taxonomy.load()
    rows = []
    for fact in report.facts:
        rows.append({
            "concept": fact.concept,
            "label": tax[fact.concept].label,
            "period": fact.period.label(),
            "value": format(fact.value, "f") if fact.is_numeric else str(fact.value),
            "unit": fact.unit.short if fact.unit else "",
            "decimals": "" if fact.decimals is None else str(fact.decimals),
            "inferred": " ".join(fact.inferred),
            "source": fact.source.quote if fact.source else "",
        })
    return rows


COLUMNS = ("concept", "period", "value", "unit", "decimals", "inferred", "source")


def render_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(fact_rows(report))
    return out.getvalue()


def render_text(report: Report, width: int = 60) -> str:
    """Aligned columns; long source phrases are shortened with an ellipsis."""
    rows = fact_rows(report)
    if not rows:
        return "no facts found\n"

    def cell(row: dict[str, str], key: str) -> str:
        text = " ".join(row[key].split())
        return text if len(text) <= width else text[: width - 1] + "\u2026"

    table = [dict(zip(COLUMNS, COLUMNS, strict=True))] + rows
    widths = {k: max(len(cell(r, k)) for r in table) for k in COLUMNS}
    lines = []
    for i, row in enumerate(table):
        lines.append("  ".join(cell(row, k).ljust(widths[k]) if k != "value" else cell(row, k).rjust(widths[k])
                               for k in COLUMNS).rstrip())
        if i == 0:
            lines.append("  ".join("-" * widths[k] for k in COLUMNS))
    return "\n".join(lines) + "\n"
