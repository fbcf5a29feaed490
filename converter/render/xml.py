"""xBRL-XML: an XBRL 2.1 instance rendered through the jinja2 template `instance.xml.j2`."""

from __future__ import annotations

from functools import cache

import jinja2

from .. import taxonomy
from ..model import Report
from ..resources import templates_dir
from . import GENERATOR, layout, lexical, qname, xml_safe


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=jinja2.select_autoescape(enabled_extensions=("xml", "html", "xhtml", "j2"), default=True),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def _comment(text: str) -> str:
    """Text safe inside an XML comment: no "--", no control characters."""
    cleaned = xml_safe("".join(ch if ch >= " " or ch in "\t" else " " for ch in text))
    while "--" in cleaned:
        cleaned = cleaned.replace("--", "- -")
    return cleaned.rstrip("-")


def render_xml(report: Report, taxonomy_name: str | None = None) -> str:
    lay = layout(report)
    entry = taxonomy.entry_point(taxonomy_name)
    facts = []
    for fid, fact in lay.facts:
        note = ""
        if fact.source is not None:
            note = _comment(f"{fid}: chars {fact.source.start}-{fact.source.end}: {fact.source.quote}"
                            + (f" (inferred: {', '.join(fact.inferred)})" if fact.inferred else ""))
        facts.append({
            "id": fid,
            "qname": qname(fact, entry),
            "context": lay.contexts[fact.period],
            "unit": lay.units[fact.unit] if fact.unit is not None else None,
            "decimals": fact.decimals if fact.decimals is not None else "INF",
            "value": lexical(fact),
            "source": fact.source is not None,
            "source_note": note,
        })
    return environment().get_template("instance.xml.j2").render(
        generator=GENERATOR,
        source_name=_comment(report.source_name) if report.source_name else None,
        namespaces=entry.prefixes(),
        schema_refs=entry.refs,
        entity=report.entity,
        contexts=[{"id": cid, "period": p} for p, cid in lay.contexts.items()],
        units=[u for u in lay.units],
        facts=facts,
    )
