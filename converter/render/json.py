"""xBRL-JSON 1.0, with where each fact came from in `cv:` extension properties.

The document is checked against the project's JSON Schema before it is returned, so a writer
bug can never reach a file.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from .. import taxonomy
from ..errors import ConverterError
from ..model import CIK_SCHEME, Period, Report
from . import EXTENSION_NAMESPACE, EXTENSION_PREFIX, GENERATOR, layout, lexical, qname, xml_safe

DOCUMENT_TYPE = "https://xbrl.org/2021/xbrl-json"
_X = EXTENSION_PREFIX


def _moment(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00"


def oim_period(period: Period) -> str:
    """OIM periods end at midnight after the last day: 2004-03-26 is `2004-03-27T00:00:00`."""
    end = _moment(period.end + dt.timedelta(days=1))
    return end if period.start is None else f"{_moment(period.start)}/{end}"


def document(report: Report, taxonomy_name: str | None = None) -> dict[str, Any]:
    entry = taxonomy.entry_point(taxonomy_name)
    entity_prefix = "cik" if report.entity.scheme == CIK_SCHEME else "entity"
    namespaces = {
        entity_prefix: report.entity.scheme,
        _X: EXTENSION_NAMESPACE,
        **dict(entry.prefixes()),
        "iso4217": "http://www.xbrl.org/2003/iso4217",
        "xbrli": "http://www.xbrl.org/2003/instance",
    }
    info: dict[str, Any] = {
        "documentType": DOCUMENT_TYPE,
        "namespaces": dict(sorted(namespaces.items())),
        "taxonomy": list(entry.refs),
        f"{_X}:generator": GENERATOR,
    }
    if report.warnings:
        info[f"{_X}:warnings"] = list(report.warnings)
    facts: dict[str, Any] = {}
    for fid, fact in layout(report).facts:
        dims: dict[str, str] = {
            "concept": qname(fact, entry),
            "entity": f"{entity_prefix}:{report.entity.identifier}",
            "period": oim_period(fact.period),
        }
        body: dict[str, Any] = {"value": lexical(fact)}
        if fact.unit is not None:
            dims["unit"] = fact.unit.oim()
            body["decimals"] = fact.decimals
        body["dimensions"] = dims
        if fact.source is not None:
            body[f"{_X}:source"] = {"start": fact.source.start, "end": fact.source.end,
                                    "quote": xml_safe(fact.source.quote)[:2000]}
        if fact.inferred:
            body[f"{_X}:inferred"] = list(fact.inferred)
        facts[fid] = body
    return {"documentInfo": info, "facts": facts}


def render_json(report: Report, taxonomy_name: str | None = None) -> str:
    from ..validation import json_schema_problems

    doc = document(report, taxonomy_name)
    problems = json_schema_problems(doc)
    if problems:
        detail = "; ".join(f"{p.where}: {p.message}" for p in problems[:5])
        raise ConverterError(f"internal error: the xBRL-JSON output does not match its schema: {detail}")
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"
