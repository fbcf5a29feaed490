"""Writers: a Report in, xBRL-XML, xBRL-JSON or a table out. They only read the Report."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import __version__, taxonomy
from ..model import Fact, Period, Report, Unit

GENERATOR = f"converter {__version__}"
EXTENSION_PREFIX = "cv"
EXTENSION_NAMESPACE = "https://converter.dev/xbrl-json"


@dataclass(frozen=True)
class Layout:
    """Ids for contexts, units and facts, shared by every writer so that outputs agree."""

    contexts: dict[Period, str]
    units: dict[Unit, str]
    facts: list[tuple[str, Fact]]


def layout(report: Report) -> Layout:
    contexts: dict[Period, str] = {}
    units: dict[Unit, str] = {}
    for fact in report.facts:
        if fact.period not in contexts:
            p = fact.period
            contexts[p] = f"I{p.end.isoformat()}" if p.start is None else f"D{p.start.isoformat()}_{p.end.isoformat()}"
        if fact.unit is not None and fact.unit not in units:
            units[fact.unit] = fact.unit.id
    facts = [(f"f{i}", fact) for i, fact in enumerate(report.facts, 1)]
    by_id = lambda kv: kv[1]  # noqa: E731
    return Layout(dict(sorted(contexts.items(), key=by_id)), dict(sorted(units.items(), key=by_id)), facts)


def qname(fact: Fact, entry: taxonomy.EntryPoint) -> str:
    return entry.qname(taxonomy.load()[fact.concept])


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Text without the characters XML 1.0 cannot hold (control characters, lone surrogates)."""
    return _NOT_XML.sub("", text)


def lexical(fact: Fact) -> str:
    """The value as XBRL writes it: a plain decimal, never an exponent; text XML can hold."""
    return format(fact.value, "f") if fact.is_numeric else " ".join(xml_safe(str(fact.value)).split())
