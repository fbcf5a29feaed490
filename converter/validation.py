"""Check the converter's outputs (xBRL-XML and xBRL-JSON) against XBRL 2.1 / OIM rules and our taxonomy.

The validator is a gate in front of people and pipelines, so it never trusts its input: XML is parsed
with a hardened parser and any DTD or XInclude is refused before anything is expanded or fetched; JSON
is parsed strictly (no duplicate keys, no NaN, bounded depth). Every finding is a `Problem`; bad content
never raises. Only an unreadable file raises (`OSError`), which the command line maps to exit code 2.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import MAX_EMAX, MIN_EMIN, ROUND_HALF_EVEN, Context, Decimal
from functools import cache
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from lxml import etree

from . import taxonomy
from .resources import schema_path

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema_rs import Draft202012Validator as FastValidator

XBRLI = taxonomy.XBRLI
LINK = taxonomy.LINK
XLINK = taxonomy.XLINK
ISO4217 = "http://www.xbrl.org/2003/iso4217"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XINCLUDE = ("http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude")
JSON_SCHEMA = "xbrl-json.schema.json"
XBRL21_DIR = "xbrl21"
XBRL21_BASE = "http://www.xbrl.org/2003/"

SHARES = (XBRLI, "shares")
PURE = (XBRLI, "pure")
RESERVED_PREFIXES = {"xbrli": XBRLI, "iso4217": ISO4217, "xbrl": "https://xbrl.org/2021",
                     "xs": "http://www.w3.org/2001/XMLSchema", "utr": "http://www.xbrl.org/2009/utr"}
CORE_DIMENSIONS = frozenset({"concept", "entity", "period", "unit", "language"})
_MAX_QUOTE = 80  # values quoted back in messages are cut to this many characters


@dataclass(frozen=True)
class Problem:
    """One finding: which file, where in it, a stable machine code, and a sentence for people."""

    file: str
    where: str
    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"file": self.file, "where": self.where, "code": self.code, "message": self.message}

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: [{self.code}] {self.message}"


Measure = tuple[str, str]  # (namespace, local name)


@dataclass(frozen=True)
class _Value:
    """A fact's value as duplicate checking needs it: number or text, with its precision."""

    value: Decimal | str | None  # None: nil
    decimals: int | None  # None: infinite precision (or not numeric)


# ---------------------------------------------------------------------------------------------
# Shared helpers: lexical forms, rounding, references


def _short(text: object, limit: int = _MAX_QUOTE) -> str:
    """Quote a value back without echoing megabytes of it."""
    s = str(text)
    return repr(s) if len(s) <= limit else repr(s[:limit]) + f"... ({len(s)} characters)"


_XML_SPACE = " \t\r\n"
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_TZ = r"(?:Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))?"
_DATE = re.compile(rf"(-?[0-9]{{4,}})-([0-9]{{2}})-([0-9]{{2}}){_TZ}")
_DATETIME = re.compile(
    rf"(-?[0-9]{{4,}})-([0-9]{{2}})-([0-9]{{2}})T([0-9]{{2}}):([0-9]{{2}}):([0-9]{{2}})(?:\.[0-9]+)?{_TZ}"
)
_GYEAR = re.compile(rf"-?([0-9]{{4,}}){_TZ}")
_DECIMALS_ATTR = re.compile(r"([+-]?)([0-9]+)|INF")
_PRECISION_ATTR = re.compile(r"\+?([0-9]+)|INF")
_CURRENCY = re.compile(r"[A-Z]{3}")
_OIM_DATETIME = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})")
_URI_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_CLAMP = 10**6  # decimals beyond this are as good as infinite; keeps Decimal arithmetic bounded


def _year_ok(year: str) -> bool:
    """xs:date years: not 0000, no leading zero beyond four digits (works on strings: years may be long)."""
    digits = year.lstrip("-")
    return digits.strip("0") != "" and not (len(digits) > 4 and digits.startswith("0"))


def _days_in_month(year: str, month: int) -> int:
    if month == 2:
        cycle = int(year.lstrip("-")[-4:])  # leap years repeat every 400 years, which divides 10000
        return 29 if cycle % 4 == 0 and (cycle % 100 != 0 or cycle % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _date_ok(year: str, month: str, day: str) -> bool:
    m, d = int(month), int(day)
    return _year_ok(year) and 1 <= m <= 12 and 1 <= d <= _days_in_month(year, m)


def _is_decimal(text: str) -> bool:
    return _DECIMAL.fullmatch(text.strip(_XML_SPACE)) is not None


def _is_date(text: str) -> bool:
    m = _DATE.fullmatch(text.strip(_XML_SPACE))
    return m is not None and _date_ok(*m.groups())


def _is_gyear(text: str) -> bool:
    m = _GYEAR.fullmatch(text.strip(_XML_SPACE))
    return m is not None and _year_ok(m.group(1))


def _is_integer(text: str) -> bool:
    return _INTEGER.fullmatch(text.strip(_XML_SPACE)) is not None


def _is_boolean(text: str) -> bool:
    return text.strip(_XML_SPACE) in {"true", "false", "1", "0"}


_LEXICAL: dict[str, tuple[Callable[[str], bool], str]] = {
    "monetaryItemType": (_is_decimal, "an xs:decimal"),
    "decimalItemType": (_is_decimal, "an xs:decimal"),
    "perShareItemType": (_is_decimal, "an xs:decimal"),
    "sharesItemType": (_is_decimal, "an xs:decimal"),
    "pureItemType": (_is_decimal, "an xs:decimal"),
    "integerItemType": (_is_integer, "an xs:integer"),
    "dateItemType": (_is_date, "an xs:date (YYYY-MM-DD)"),
    "gYearItemType": (_is_gyear, "an xs:gYear (YYYY)"),
    "booleanItemType": (_is_boolean, "an xs:boolean"),
}


def _lexical_problem(concept: taxonomy.Concept, value: str) -> str | None:
    """Why `value` is not in the lexical space of the concept's type, or None if it is."""
    check = _LEXICAL.get(concept.item_type)
    if check is None or check[0](value):
        return None
    return f"{concept.qname} ({concept.item_type}) needs {check[1]}, not {_short(value)}"


def _parse_decimals(text: str) -> int | None | str:
    """XBRL decimals: an int, None for INF, or "bad" when malformed."""
    m = _DECIMALS_ATTR.fullmatch(text.strip(_XML_SPACE))
    if m is None:
        return "bad"
    if m.group(2) is None:
        return None
    digits = m.group(2).lstrip("0") or "0"
    number = _CLAMP if len(digits) > 7 else min(int(digits), _CLAMP)
    return -number if m.group(1) == "-" else number


def _round(value: Decimal, decimals: int) -> Decimal:
    """`value` rounded (half to even) to `decimals` places, without unbounded precision."""
    if value.is_zero():
        return Decimal(0)
    digits, exponent = value.as_tuple().digits, value.as_tuple().exponent
    assert isinstance(exponent, int)  # finite: values come from xs:decimal lexical forms
    if exponent >= -decimals:
        return value
    if value.adjusted() < -decimals - 1:
        return Decimal(0)
    ctx = Context(prec=len(digits) + 3, rounding=ROUND_HALF_EVEN, Emax=MAX_EMAX, Emin=MIN_EMIN)
    return value.quantize(Decimal(1).scaleb(-decimals, ctx), context=ctx)


def _consistent(a: _Value, b: _Value) -> bool:
    """Duplicate facts agree: equal text, or equal numbers once rounded to the less precise decimals."""
    if a.value is None or b.value is None:
        return a.value is None and b.value is None
    if isinstance(a.value, Decimal) and isinstance(b.value, Decimal):
        known = [d for d in (a.decimals, b.decimals) if d is not None]
        if not known:
            return a.value == b.value
        places = min(known)
        return _round(a.value, places) == _round(b.value, places)
    return a.value == b.value


def _describe(value: _Value) -> str:
    if value.value is None:
        return "nil"
    suffix = "" if value.decimals is None else f" (decimals {value.decimals})"
    return _short(value.value) + suffix


def _reference_problem(href: str) -> str | None:
    """Why a reference would reach outside the report's folder, or None if it stays beside it."""
    target = unquote(href.strip())
    if _URI_SCHEME.match(target):
        return f"{_short(href)} is an absolute URI; references must be relative and are never fetched"
    if target.startswith(("/", "\\")):
        return f"{_short(href)} is an absolute path; references must stay beside the report"
    path = target.split("#", 1)[0].split("?", 1)[0]
    if ".." in re.split(r"[/\\]", path):
        return f"{_short(href)} climbs out of the report's folder with '..'"
    return None


def _taxonomy_problem(href: str) -> str | None:
    """Why a relative taxonomy reference (schemaRef, JSON `taxonomy`) is not one of our taxonomy files."""
    path = unquote(href.strip()).split("#", 1)[0]
    if not path:
        return f"an empty reference names no taxonomy; expected {taxonomy.ENTRY_POINT}"
    name = re.split(r"[/\\]", path)[-1]
    if name not in taxonomy.TAXONOMY_FILES:
        return f"{_short(href)} is not a file of the converter taxonomy ({taxonomy.ENTRY_POINT})"
    return None


def _unit_problem(concept: taxonomy.Concept, numerator: tuple[Measure, ...],
                  denominator: tuple[Measure, ...], shown: str) -> tuple[str, str] | None:
    """(code, message) when the unit does not suit the concept's type (XBRL 2.1 4.8.2, our per-share rule)."""

    def is_currency(m: Measure) -> bool:
        return m[0] == ISO4217 and _CURRENCY.fullmatch(m[1]) is not None

    if concept.is_monetary and not (len(numerator) == 1 and not denominator and is_currency(numerator[0])):
        return "monetary-unit", (f"{concept.qname} is monetary: its unit must be one ISO 4217 currency "
                                 f"such as iso4217:USD, not {shown}")
    if concept.is_per_share and not (len(numerator) == 1 and is_currency(numerator[0])
                                     and denominator == (SHARES,)):
        return "per-share-unit", (f"{concept.qname} is per share: its unit must be an ISO 4217 currency "
                                  f"divided by xbrli:shares, not {shown}")
    if concept.is_shares and not (numerator == (SHARES,) and not denominator):
        return "shares-unit", f"{concept.qname} counts shares: its unit must be xbrli:shares, not {shown}"
    return None


def _period_kind_problem(concept: taxonomy.Concept, kind: str | None) -> str | None:
    """A message when the period does not fit the concept's periodType (forever counts as a duration)."""
    if concept.period_type == "instant" and kind != "instant":
        return f"{concept.qname} is an instant concept but its period is {kind or 'forever'}"
    if concept.period_type == "duration" and kind == "instant":
        return f"{concept.qname} is a duration concept but its period is an instant"
    return None


# ---------------------------------------------------------------------------------------------
# xBRL-XML


def _parser() -> etree.XMLParser:
    """A fresh hardened parser (parsers are not shareable across threads): no DTD, entities or network."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           dtd_validation=False, remove_blank_text=False)


_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_NO_BOM = ((b"<\x00\x00\x00", "utf-32-le"), (b"\x00\x00\x00<", "utf-32-be"), (b"<\x00", "utf-16-le"),
           (b"\x00<", "utf-16-be"))


def _sniff(data: bytes) -> str:
    """Enough of a decoding to see markup: wide encodings by BOM or by '<', the rest as Latin-1."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    for start, codec in _NO_BOM:
        if data.startswith(start):
            return data.decode(codec, errors="replace")
    return data.decode("latin-1")


_PROLOG = re.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.S)
_DTD_MARK = re.compile(r"<!\s*(?:DOCTYPE|ENTITY|ELEMENT|ATTLIST)", re.I)


def _dtd_line(text: str) -> int | None:
    """Line of a DOCTYPE (or any other `<!` declaration) in the prolog, found before any parsing.

    Checking the text first means an entity bomb is refused without libxml2 ever seeing its declarations.
    """
    end = _PROLOG.match(text).end()  # type: ignore[union-attr]  # the pattern matches the empty string
    if text.startswith("<!", end):
        return text.count("\n", 0, end) + 1
    return None


def _where(el: etree._Element, what: str | None = None) -> str:
    line = f"line {el.sourceline}" if el.sourceline else "line ?"
    return f"{line}, {what}" if what else line


def _fact_where(el: etree._Element) -> str:
    fid = el.get("id")
    return _where(el, f"fact {fid}" if fid else etree.QName(el).localname)


class _LocalSchemas(etree.Resolver):
    """Resolve schema imports to bundled files only: the XBRL 2.1 base schemas and our taxonomy.

    `schemas/xbrl21/` holds the four XBRL 2.1 base schemas (instance, linkbase, xl, xlink) unchanged,
    copied from arelle-release's offline cache of www.xbrl.org/2003/ (XBRL International, see
    www.xbrl.org/legal). Anything else resolves to an empty document, so nothing is ever fetched.
    """

    def resolve(self, system_url: str | None, public_id: str | None, context: object) -> Any:
        url = system_url or ""
        if url.startswith(XBRL21_BASE):
            local = schema_path(XBRL21_DIR) / url[len(XBRL21_BASE):]
        else:
            local = Path(unquote(url[7:] if url.startswith("file://") else url))
        roots = (schema_path(XBRL21_DIR).resolve(), schema_path(taxonomy.ENTRY_POINT).parent.resolve())
        try:
            resolved = local.resolve()
        except (OSError, ValueError):
            resolved = None
        if resolved is not None and resolved.is_file() and any(r in resolved.parents for r in roots):
            return self.resolve_filename(str(resolved), context)
        return self.resolve_string("", context)  # an empty document: the import fails, nothing is fetched


@cache
def _instance_schema() -> tuple[etree.XMLSchema, threading.Lock]:
    """The XML Schema for instances: XBRL 2.1 base schemas (bundled) plus our taxonomy, compiled once."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    parser.resolvers.add(_LocalSchemas())
    base = schema_path(XBRL21_DIR) / "xbrl-instance-2003-12-31.xsd"
    entry = schema_path(taxonomy.ENTRY_POINT)
    entry_ns = etree.parse(str(entry), parser).getroot().get("targetNamespace")
    wrapper = (
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:converter:validate">'
        f'<xs:import namespace="{XBRLI}" schemaLocation="{base.resolve().as_uri()}"/>'
        f'<xs:import namespace="{entry_ns}" schemaLocation="{entry.resolve().as_uri()}"/>'
        "</xs:schema>"
    )
    base_url = (entry.parent / "validate.xsd").resolve().as_uri()
    try:
        doc = etree.fromstring(wrapper.encode(), parser, base_url=base_url)
        return etree.XMLSchema(etree.ElementTree(doc)), threading.Lock()
    except (etree.XMLSchemaParseError, etree.XMLSyntaxError, OSError) as exc:  # an installation fault
        raise RuntimeError(f"cannot load the bundled schemas from {entry.parent}: {exc}") from exc


def _schema_problems(root: etree._Element, name: str) -> list[Problem]:
    schema, lock = _instance_schema()
    with lock:  # the validator's error log is per object
        schema.validate(root.getroottree())
        errors = list(schema.error_log)
    return [Problem(name, f"line {e.line}", "xml-schema", e.message[:500]) for e in errors
            if e.level_name in ("ERROR", "FATAL")]


@dataclass
class _Context:
    kind: str | None  # "instant", "duration", "forever"; None when unreadable
    key: tuple[object, ...]


@dataclass
class _Unit:
    numerator: tuple[Measure, ...] | None  # None when a measure could not be read
    denominator: tuple[Measure, ...]
    shown: str
    key: tuple[object, ...]


def _xml_datetime(text: str, end: bool) -> dt.datetime | None:
    """An XBRL dateUnion as a point in time; a date-only end or instant means the end of that day."""
    text = text.strip(_XML_SPACE)
    m = _DATE.fullmatch(text)
    if m:
        if not _date_ok(*m.groups()) or len(m.group(1)) != 4:  # datetime covers years 1 to 9999
            return None
        day = dt.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if end and day.date() == dt.date.max:
            return None
        return day + dt.timedelta(days=1) if end else day
    m = _DATETIME.fullmatch(text)
    if m and _date_ok(*m.groups()[:3]) and len(m.group(1)) == 4:
        hour, minute, second = (int(g) for g in m.groups()[3:6])
        if hour == 24 and minute == second == 0:
            day = dt.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return None if day.date() == dt.date.max else day + dt.timedelta(days=1)
        if hour < 24 and minute < 60 and second < 60:
            return dt.datetime(*(int(g) for g in m.groups()[:6]))  # type: ignore[misc]
    return None


def _read_context(el: etree._Element, name: str, problems: list[Problem]) -> _Context:
    cid = el.get("id") or "?"
    where = _where(el, f"context {cid}")
    ident = el.find(f"{{{XBRLI}}}entity/{{{XBRLI}}}identifier")
    entity = (ident.get("scheme"), (ident.text or "").strip()) if ident is not None else None
    qualifiers = el.iter(f"{{{XBRLI}}}segment", f"{{{XBRLI}}}scenario")
    extra = tuple(etree.tostring(x, method="c14n") for x in qualifiers)
    if entity is None:
        problems.append(Problem(name, where, "invalid-context", "context has no entity identifier"))
    period = el.find(f"{{{XBRLI}}}period")
    if period is None:
        problems.append(Problem(name, where, "invalid-context", "context has no period"))
        return _Context(None, ("id", cid))
    instant = period.find(f"{{{XBRLI}}}instant")
    start_el, end_el = period.find(f"{{{XBRLI}}}startDate"), period.find(f"{{{XBRLI}}}endDate")
    if period.find(f"{{{XBRLI}}}forever") is not None:
        return _Context("forever", (entity, extra, "forever"))
    if instant is not None:
        when = _xml_datetime(instant.text or "", end=True)
        if when is None:
            problems.append(Problem(name, _where(instant, f"context {cid}"), "invalid-date",
                                    f"instant {_short(instant.text or '')} is not a valid date"))
            return _Context("instant", ("id", cid))
        return _Context("instant", (entity, extra, when))
    if start_el is None or end_el is None:
        problems.append(Problem(name, where, "invalid-context",
                                "period needs an instant, a startDate and endDate, or forever"))
        return _Context(None, ("id", cid))
    start = _xml_datetime(start_el.text or "", end=False)
    end = _xml_datetime(end_el.text or "", end=True)
    for node, value in ((start_el, start), (end_el, end)):
        if value is None:
            what = f"{etree.QName(node).localname} {_short(node.text or '')}"
            problems.append(Problem(name, _where(node, f"context {cid}"), "invalid-date",
                                    f"{what} is not a valid date"))
    if start is None or end is None:
        return _Context("duration", ("id", cid))
    if end <= start:
        problems.append(Problem(name, where, "period-order",
                                f"startDate {(start_el.text or '').strip()} is after endDate "
                                f"{(end_el.text or '').strip()}"))
    return _Context("duration", (entity, extra, start, end))


def _measures(parent: etree._Element | None) -> tuple[Measure, ...] | None:
    """The measures directly under `parent`, QNames resolved in scope; None if one does not resolve."""
    if parent is None:
        return None
    out: list[Measure] = []
    for m in parent.findall(f"{{{XBRLI}}}measure"):
        text = (m.text or "").strip(_XML_SPACE)
        prefix, _, local = text.rpartition(":")
        ns = m.nsmap.get(prefix or None)
        if ns is None or not local:
            return None
        out.append((ns, local))
    return tuple(sorted(out)) if out else None


def _show(measures: Iterable[Measure]) -> str:
    prefixes = {ISO4217: "iso4217", XBRLI: "xbrli"}
    return "*".join(f"{prefixes[ns]}:{local}" if ns in prefixes else f"{{{ns}}}{local}" for ns, local in measures)


def _read_unit(el: etree._Element, name: str, problems: list[Problem]) -> _Unit:
    uid = el.get("id") or "?"
    divide = el.find(f"{{{XBRLI}}}divide")
    if divide is not None:
        num = _measures(divide.find(f"{{{XBRLI}}}unitNumerator"))
        den = _measures(divide.find(f"{{{XBRLI}}}unitDenominator"))
        if num is None or den is None:
            problems.append(Problem(name, _where(el, f"unit {uid}"), "invalid-unit",
                                    "divide needs unitNumerator and unitDenominator with measures whose "
                                    "prefixes are declared"))
            return _Unit(None, (), "?", ("id", uid))
        return _Unit(num, den, f"{_show(num)}/{_show(den)}", (num, den))
    num = _measures(el)
    if num is None:
        problems.append(Problem(name, _where(el, f"unit {uid}"), "invalid-unit",
                                "unit needs measures whose prefixes are declared"))
        return _Unit(None, (), "?", ("id", uid))
    return _Unit(num, (), _show(num), (num, ()))


def _reference_problems(root: etree._Element, name: str) -> Iterator[Problem]:
    """References that would leave the report's folder; the validator never follows any of them."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        refs: list[str] = []
        for attr in (f"{{{XLINK}}}href", f"{{{XSI}}}noNamespaceSchemaLocation", f"{{{XML_NS}}}base"):
            if el.get(attr) is not None:
                refs.append(el.get(attr) or "")
        locations = (el.get(f"{{{XSI}}}schemaLocation") or "").split()
        refs.extend(locations[1::2])
        for ref in refs:
            why = _reference_problem(ref)
            if why:
                yield Problem(name, _where(el), "external-reference", why)


def _line_of(problem: Problem) -> int:
    m = re.match(r"line (\d+)", problem.where)
    return int(m.group(1)) if m else 0


def validate_xml(data: bytes, name: str = "<string>") -> list[Problem]:
    """Problems of an xBRL-XML instance, in document order; an empty list means it is valid."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    text = _sniff(data)
    line = _dtd_line(text)
    if line is not None:
        return [Problem(name, f"line {line}", "hostile-xml",
                        "document type declaration refused: DTDs and entities are never loaded or expanded")]
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        if _DTD_MARK.search(text):
            return [Problem(name, f"line {exc.lineno or 1}", "hostile-xml",
                            "entity or DTD declarations refused: they are never loaded or expanded")]
        message = exc.msg if hasattr(exc, "msg") else str(exc)
        return [Problem(name, f"line {exc.lineno or 1}", "not-well-formed", _short(message, 300)[1:-1])]
    except ValueError as exc:  # e.g. unsupported encoding declaration
        return [Problem(name, "line 1", "not-well-formed", _short(exc, 300)[1:-1])]
    if root is None:
        return [Problem(name, "line 1", "not-well-formed", "no root element")]
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        return [Problem(name, "line 1", "hostile-xml", "document type declaration refused")]
    hostile = [el for el in root.iter() if isinstance(el.tag, str) and etree.QName(el).namespace in XINCLUDE]
    if hostile:
        return [Problem(name, _where(el), "hostile-xml", "XInclude refused: it is never processed")
                for el in hostile]
    if root.tag != f"{{{XBRLI}}}xbrl":
        return [Problem(name, _where(root), "not-xbrl", f"root element is {root.tag}, not xbrli:xbrl")]
    problems = list(_reference_problems(root, name))
    problems.extend(_xml_semantics(root, name))
    specific = {_line_of(p) for p in problems}
    problems.extend(p for p in _schema_problems(root, name) if _line_of(p) not in specific)
    problems.sort(key=_line_of)
    return problems


def _xml_semantics(root: etree._Element, name: str) -> list[Problem]:
    """XBRL 2.1 rules and our taxonomy's rules for contexts, units and facts."""
    problems: list[Problem] = []
    tax = taxonomy.load()
    seen_ids: dict[str, int] = {}
    for el in root.iter():
        if isinstance(el.tag, str) and el.get("id") is not None:
            ident = el.get("id") or ""
            if ident in seen_ids:
                kind = etree.QName(el).localname if etree.QName(el).namespace == XBRLI else "fact"
                problems.append(Problem(name, _where(el, f"{kind} {ident}"), "duplicate-id",
                                        f"id {_short(ident)} is already used on line {seen_ids[ident]}"))
            else:
                seen_ids[ident] = el.sourceline or 0

    refs = root.findall(f"{{{LINK}}}schemaRef")
    if not refs:
        problems.append(Problem(name, _where(root), "missing-schema-ref", "instance has no link:schemaRef"))
    for ref in refs:
        href = ref.get(f"{{{XLINK}}}href") or ""
        if _reference_problem(href) is None and (why := _taxonomy_problem(href)):
            problems.append(Problem(name, _where(ref), "unknown-taxonomy", why))

    contexts: dict[str, _Context] = {}
    units: dict[str, _Unit] = {}
    for el in root.iterchildren(f"{{{XBRLI}}}context"):
        contexts.setdefault(el.get("id") or "", _read_context(el, name, problems))
    for el in root.iterchildren(f"{{{XBRLI}}}unit"):
        units.setdefault(el.get("id") or "", _read_unit(el, name, problems))

    groups: dict[tuple[object, ...], list[tuple[etree._Element, _Value]]] = {}
    for el in root.iterchildren():
        if not isinstance(el.tag, str) or etree.QName(el).namespace in (XBRLI, LINK):
            continue
        value = _xml_fact(el, name, tax, contexts, units, problems)
        if value is not None:
            groups.setdefault(value[0], []).append((el, value[1]))
    for facts in groups.values():
        first_el, first = facts[0]
        for el, other in facts[1:]:
            if not _consistent(first, other):
                problems.append(Problem(name, _fact_where(el), "inconsistent-duplicate",
                                        f"{_describe(other)} disagrees with the duplicate "
                                        f"{_fact_where(first_el)}: {_describe(first)}"))
    return problems


def _xml_fact(el: etree._Element, name: str, tax: taxonomy.Taxonomy, contexts: dict[str, _Context],
              units: dict[str, _Unit], problems: list[Problem]) -> tuple[tuple[object, ...], _Value] | None:
    """Check one fact; return its duplicate key and value when it is sound enough to compare."""
    where = _fact_where(el)

    def add(code: str, message: str) -> None:
        problems.append(Problem(name, where, code, message))

    qname = etree.QName(el)
    concept = tax.by_qname(qname.namespace or "", qname.localname)
    if concept is None:
        add("unknown-concept", f"{{{qname.namespace}}}{qname.localname} is not a concept of the taxonomy")
        return None
    sound = True
    context_ref = el.get("contextRef")
    context = contexts.get(context_ref or "")
    if context is None:
        add("unresolved-context",
            f"contextRef {_short(context_ref)} names no context" if context_ref else "fact has no contextRef")
        sound = False
    elif context.kind is not None and (why := _period_kind_problem(concept, context.kind)):
        add("period-type", f"{why} (context {context_ref})")

    nil = (el.get(f"{{{XSI}}}nil") or "").strip(_XML_SPACE) in ("true", "1")
    unit_ref, decimals_attr, precision_attr = el.get("unitRef"), el.get("decimals"), el.get("precision")
    has_precision = decimals_attr is not None or precision_attr is not None
    decimals: int | None = None
    precision: int | None = None  # significant digits, when given instead of decimals
    unit: _Unit | None = None
    if concept.is_numeric:
        unit = units.get(unit_ref or "")
        if unit_ref is None:
            add("missing-unit", f"numeric fact {concept.qname} has no unitRef")
            sound = False
        elif unit is None:
            add("unresolved-unit", f"unitRef {_short(unit_ref)} names no unit")
            sound = False
        elif unit.numerator is not None:
            bad = _unit_problem(concept, unit.numerator, unit.denominator, unit.shown)
            if bad:
                add(bad[0], f"{bad[1]} (unit {unit_ref})")
        if decimals_attr is not None and precision_attr is not None:
            add("decimals", "a fact may have decimals or precision, not both")
        if nil and has_precision:
            add("nil-decimals", "a nil fact must not have decimals or precision")
        elif not nil and not has_precision:
            add("missing-decimals", f"numeric fact {concept.qname} needs decimals (or precision)")
        if decimals_attr is not None:
            parsed = _parse_decimals(decimals_attr)
            if isinstance(parsed, str):
                add("decimals", f"decimals {_short(decimals_attr)} is not an integer or INF")
                sound = False
            else:
                decimals = parsed
        elif precision_attr is not None:
            m = _PRECISION_ATTR.fullmatch(precision_attr.strip(_XML_SPACE))
            if m is None:
                add("decimals", f"precision {_short(precision_attr)} is not a non-negative integer or INF")
                sound = False
            elif m.group(1) is not None:
                digits = m.group(1).lstrip("0") or "0"
                precision = _CLAMP if len(digits) > 7 else min(int(digits), _CLAMP)
    else:
        if unit_ref is not None:
            add("non-numeric-unit", f"{concept.qname} is not numeric and must not have a unitRef")
        if has_precision:
            add("non-numeric-decimals",
                f"{concept.qname} is not numeric and must not have decimals or precision")

    text = "".join(el.itertext())
    value: Decimal | str | None
    if nil:
        value = None
    elif (why := _lexical_problem(concept, text)) is not None:
        add("invalid-value", why)
        return None
    elif concept.is_numeric:
        value = Decimal(text.strip(_XML_SPACE))
        if precision == 0:  # nothing is known of the value: it agrees with any other
            decimals = -_CLAMP
        elif precision is not None:  # XBRL 2.1 4.6.6: decimals inferred from precision
            decimals = None if value.is_zero() else max(-_CLAMP, precision - (value.adjusted() + 1))
    else:
        value = text
    if not sound or context is None:
        return None
    key = (concept.qname, context.key, unit.key if unit else None,
           el.get(f"{{{XML_NS}}}lang") if not concept.is_numeric else None)
    return key, _Value(value, decimals)


# ---------------------------------------------------------------------------------------------
# xBRL-JSON


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _BadConstant(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _no_constants(name: str) -> Any:
    raise _BadConstant(name)


def _load_json(data: bytes | str, name: str) -> tuple[object, list[Problem]]:
    """Parse strictly: UTF-8, no duplicate keys, no NaN/Infinity, no stack exhaustion."""
    if isinstance(data, bytes):
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            return None, [Problem(name, f"byte {exc.start}", "unreadable", "the document is not valid UTF-8")]
    else:
        text = data[1:] if data.startswith("\ufeff") else data
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants), []
    except _DuplicateKey as exc:
        return None, [Problem(name, f"key {_short(exc.key)}", "duplicate-key",
                              f"the key {_short(exc.key)} appears twice in one object")]
    except _BadConstant as exc:
        return None, [Problem(name, "document", "invalid-json", f"{exc} is not a JSON number")]
    except json.JSONDecodeError as exc:
        return None, [Problem(name, f"line {exc.lineno}", "invalid-json", exc.msg)]
    except RecursionError:
        return None, [Problem(name, "document", "json-too-deep", "the document is nested too deeply to read")]
    except ValueError as exc:  # e.g. an integer longer than Python converts
        return None, [Problem(name, "document", "invalid-json", _short(exc, 200)[1:-1])]


def _json_schema() -> Any:
    return json.loads(schema_path(JSON_SCHEMA).read_text(encoding="utf-8"))


@cache
def _json_validator() -> Draft202012Validator:
    """python-jsonschema: the reference engine, and the one whose messages every report shows."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_json_schema())


@cache
def _fast_json_validator() -> FastValidator:
    """jsonschema-rs on the same schema: only a quick yes/no for the writer's self-check.

    The engines read the schema's `pattern`s alike except on two kinds of odd string, neither of which the
    writer can produce (tests/test_json_check.py holds both): Python's `$` also matches before a final
    newline, so "iso4217:USD" plus a newline passes python-jsonschema only (the Rust "no" then sends the
    check to Python, which accepts it as before); and the white space that `sqname` excludes is Python's
    in one, ECMA-262's in the other: U+001C-U+001F and U+0085 for Python only, U+FEFF for Rust only
    (entity identifiers are digits or [A-Za-z0-9-] tokens). The schema has no recursive `$ref`, so the
    Rust engine descends no deeper than the schema does, however deep the document.
    """
    from jsonschema_rs import Draft202012Validator as FastValidator

    return FastValidator(_json_schema(), offline=True)


def _pointer(parts: Iterable[object]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts) or "/"


def _schema_errors(document: object) -> list[Any]:
    return sorted(_json_validator().iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])


def json_schema_problems(document: object, name: str = "<string>") -> list[Problem]:
    """Only the JSON Schema check, for writers that want to refuse a bad document before writing it.

    jsonschema-rs answers first (a fraction of a millisecond against tens with python-jsonschema); a
    valid document ends there. Otherwise, or if it cannot answer (a value it cannot convert, a nesting
    it refuses: it raises ValueError), python-jsonschema builds the findings, so messages, places and
    the json-too-deep finding are exactly those of `validate_json`.
    """
    try:
        if _fast_json_validator().is_valid(document):
            return []
    except Exception:  # the accelerator failing is not a finding: the reference engine decides
        pass
    try:
        errors = _schema_errors(document)
    except RecursionError:
        return [Problem(name, "/", "json-too-deep", "the document is nested too deeply to check")]
    return [Problem(name, _pointer(e.absolute_path), "json-schema", _short(e.message, 300)[1:-1])
            for e in errors]


def validate_json(data: bytes | str, name: str = "<string>") -> list[Problem]:
    """Problems of an xBRL-JSON report: parsing, then the JSON Schema, then XBRL and taxonomy rules."""
    document, problems = _load_json(data, name)
    if problems:
        return problems
    try:
        errors = _schema_errors(document)
    except RecursionError:
        return [Problem(name, "/", "json-too-deep", "the document is nested too deeply to check")]
    problems = [Problem(name, _pointer(e.absolute_path), "json-schema", _short(e.message, 300)[1:-1])
                for e in errors]
    broken = {tuple(e.absolute_path)[:2] for e in errors}
    if isinstance(document, dict):
        problems.extend(_json_semantics(document, name, broken))
    return problems


def _split_qname(text: str, namespaces: dict[str, str]) -> Measure | str:
    """(namespace, local) for `prefix:local`, or the unbound prefix."""
    prefix, _, local = text.partition(":")
    ns = namespaces.get(prefix)
    return prefix if ns is None else (ns, local)


def _oim_datetime(text: str) -> dt.datetime | None:
    m = _OIM_DATETIME.fullmatch(text)
    if m is None or not _date_ok(*m.groups()[:3]):
        return None
    hour, minute, second = (int(g) for g in m.groups()[3:])
    if hour > 23 or minute > 59 or second > 59:
        return None
    return dt.datetime(*(int(g) for g in m.groups()))  # type: ignore[misc]


def _json_semantics(document: dict[str, Any], name: str, broken: set[tuple[object, ...]]) -> list[Problem]:
    """The XBRL and taxonomy rules, on the parts of the document the JSON Schema found sound."""
    problems: list[Problem] = []
    info = document.get("documentInfo")
    facts = document.get("facts")
    if not isinstance(info, dict) or not isinstance(facts, dict):
        return problems
    raw_ns = info.get("namespaces", {})
    namespaces = ({k: v for k, v in raw_ns.items() if isinstance(v, str)} if isinstance(raw_ns, dict) else {})
    reserved_uris = {uri: prefix for prefix, uri in RESERVED_PREFIXES.items()}
    for prefix, uri in namespaces.items():
        expected, owner = RESERVED_PREFIXES.get(prefix), reserved_uris.get(uri)
        where = _pointer(("documentInfo", "namespaces", prefix))
        if expected is not None and uri != expected:
            problems.append(Problem(name, where, "reserved-prefix",
                                    f"prefix {prefix} is reserved for {expected}, not {_short(uri)}"))
        elif owner is not None and owner != prefix:
            problems.append(Problem(name, where, "reserved-prefix",
                                    f"{uri} must be bound to the prefix {owner}, not {_short(prefix)}"))
    taxonomies = info.get("taxonomy")
    if isinstance(taxonomies, list):
        for i, href in enumerate(taxonomies):
            if not isinstance(href, str):
                continue
            where = _pointer(("documentInfo", "taxonomy", i))
            if why := _reference_problem(href):
                problems.append(Problem(name, where, "external-reference", why))
            elif why := _taxonomy_problem(href):
                problems.append(Problem(name, where, "unknown-taxonomy", why))

    tax = taxonomy.load()
    groups: dict[tuple[object, ...], list[tuple[str, _Value]]] = {}
    for fid, fact in facts.items():
        if ("facts", fid) in broken or not isinstance(fact, dict):
            continue
        if not isinstance(fact.get("dimensions"), dict):
            continue
        found = _json_fact(fid, fact, name, tax, namespaces, problems)
        if found is not None:
            groups.setdefault(found[0], []).append((fid, found[1]))
    for members in groups.values():
        first_id, first = members[0]
        for fid, other in members[1:]:
            if not _consistent(first, other):
                problems.append(Problem(name, _pointer(("facts", fid)), "inconsistent-duplicate",
                                        f"{_describe(other)} disagrees with the duplicate fact {first_id}: "
                                        f"{_describe(first)}"))
    return problems


Measures = tuple[tuple[Measure, ...], tuple[Measure, ...]]  # numerator, denominator


def _json_unit(text: str, namespaces: dict[str, str]) -> Measures | str:
    """Measures of an OIM unit string, or the unbound prefix that stops reading it."""
    num_text, _, den_text = text.partition("/")
    sides: list[tuple[Measure, ...]] = []
    for side in (num_text, den_text):
        measures: list[Measure] = []
        for part in side.strip("()").split("*") if side else []:
            found = _split_qname(part, namespaces)
            if isinstance(found, str):
                return found
            measures.append(found)
        sides.append(tuple(sorted(measures)))
    return sides[0], sides[1]


_AT_CONCEPT, _AT_ENTITY = ("dimensions", "concept"), ("dimensions", "entity")
_AT_PERIOD, _AT_UNIT, _AT_DECIMALS = ("dimensions", "period"), ("dimensions", "unit"), ("decimals",)


def _json_fact(fid: str, fact: dict[str, Any], name: str, tax: taxonomy.Taxonomy, namespaces: dict[str, str],
               problems: list[Problem]) -> tuple[tuple[object, ...], _Value] | None:
    """Check one fact; return its duplicate key and value when it is sound enough to compare."""
    dims: dict[str, Any] = fact["dimensions"]

    def add(member: tuple[str, ...], code: str, message: str) -> None:
        problems.append(Problem(name, _pointer(("facts", fid, *member)), code, message))

    found = _split_qname(dims["concept"], namespaces)
    if isinstance(found, str):
        add(_AT_CONCEPT, "unbound-prefix", f"prefix {_short(found)} is not declared")
        return None
    concept = tax.by_qname(*found)
    if concept is None:
        add(_AT_CONCEPT, "unknown-concept", f"{dims['concept']} is not a concept of the taxonomy")
        return None
    sound = True
    for key in dims:
        if key not in CORE_DIMENSIONS:
            add(("dimensions", key), "unknown-dimension", f"{_short(key)} is not a dimension of the taxonomy")
            sound = False
    entity = dims.get("entity")
    if isinstance(entity, str) and isinstance(_split_qname(entity, namespaces), str):
        add(_AT_ENTITY, "unbound-prefix", f"the prefix of entity {_short(entity)} is not declared")

    period = dims.get("period")
    period_key: tuple[object, ...] = ("forever",)
    kind: str | None = None
    if isinstance(period, str):
        parts = period.split("/")
        points = [_oim_datetime(p) for p in parts]
        kind = "instant" if len(parts) == 1 else "duration"
        if any(p is None for p in points):
            add(_AT_PERIOD, "invalid-date", f"period {_short(period)} has a date that does not exist")
            sound = False
        elif kind == "duration" and points[0] >= points[1]:  # type: ignore[operator]
            add(_AT_PERIOD, "period-order", f"period {period} does not start before it ends")
        period_key = tuple(points)
    if why := _period_kind_problem(concept, kind):
        add(_AT_PERIOD, "period-type", why)

    unit = dims.get("unit")
    unit_key: object = None
    decimals = fact.get("decimals")
    value = fact["value"]
    if concept.is_numeric:
        if unit is None:
            if concept.is_monetary or concept.is_per_share or concept.is_shares:
                add(("dimensions",), "missing-unit", f"numeric fact {concept.qname} has no unit")
        else:
            measures = _json_unit(unit, namespaces)
            if isinstance(measures, str):
                add(_AT_UNIT, "unbound-prefix", f"unit {_short(unit)}: prefix {measures!r} is not declared")
                sound = False
            else:
                unit_key = measures
                if measures == ((PURE,), ()):
                    add(_AT_UNIT, "pure-unit", "xbrli:pure is expressed by leaving out the unit")
                if bad := _unit_problem(concept, *measures, unit):
                    add(_AT_UNIT, *bad)
        if "decimals" in fact:
            if value is None:
                add(_AT_DECIMALS, "nil-decimals", "a nil fact must not have decimals")
            if not isinstance(decimals, int) or isinstance(decimals, bool):
                add(_AT_DECIMALS, "decimals", f"decimals must be a JSON integer, not {_short(decimals)}")
                sound = False
                decimals = None
            else:
                decimals = max(-_CLAMP, min(_CLAMP, decimals))
    else:
        if unit is not None:
            add(_AT_UNIT, "non-numeric-unit", f"{concept.qname} is not numeric and must not have a unit")
        if "decimals" in fact:
            add(_AT_DECIMALS, "non-numeric-decimals", f"{concept.qname} is not numeric: no decimals allowed")
        decimals = None

    source = fact.get("cv:source")
    start, end = (source.get("start"), source.get("end")) if isinstance(source, dict) else (None, None)
    if isinstance(start, int) and isinstance(end, int) and start > end:
        add(("cv:source",), "source-range", "cv:source starts after it ends")

    parsed: Decimal | str | None = None
    if isinstance(value, str):
        if (why := _lexical_problem(concept, value)) is not None:
            add(("value",), "invalid-value", why)
            return None
        parsed = Decimal(value.strip(_XML_SPACE)) if concept.is_numeric else value
    if not sound:
        return None
    key = (concept.qname, dims.get("entity"), period_key, unit_key,
           (dims.get("language") or "").lower() if not concept.is_numeric else None)
    return key, _Value(parsed, decimals)


# ---------------------------------------------------------------------------------------------
# Files


def _looks_like(data: bytes) -> str | None:
    """'json' or 'xml' from the first significant character, after any byte order mark."""
    first = _sniff(data).lstrip(" \t\r\n")[:1]
    return {"{": "json", "<": "xml"}.get(first)


def validate_file(path: str | PathLike[str]) -> list[Problem]:
    """Validate a file by its content; raises OSError only when the file cannot be read."""
    name = str(path)
    data = Path(path).read_bytes()
    kind = _looks_like(data)
    if kind == "json":
        return validate_json(data, name)
    if kind == "xml":
        return validate_xml(data, name)
    if not data.strip():
        return [Problem(name, "line 1", "not-xbrl", "the file is empty")]
    return [Problem(name, "line 1", "not-xbrl", "the file is neither xBRL-XML (starts with '<') nor "
                                                "xBRL-JSON (starts with '{')")]
