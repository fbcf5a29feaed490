"""The taxonomy, read from `schemas/`: concepts, their types and periods, labels and synonyms.

This is the one place in the code that knows concepts; it knows them only from the XSDs and
label linkbases, so adding a concept or a synonym is a change of data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from lxml import etree

from .resources import schema_path

XS = "http://www.w3.org/2001/XMLSchema"
XBRLI = "http://www.xbrl.org/2003/instance"
LINK = "http://www.xbrl.org/2003/linkbase"
XLINK = "http://www.w3.org/1999/xlink"
STANDARD_LABEL = "http://www.xbrl.org/2003/role/label"
ROLE = "https://converter.dev/role/"
SYNONYM, LOSS_SYNONYM, TRAILING_SYNONYM = ROLE + "synonym", ROLE + "lossSynonym", ROLE + "trailingSynonym"
TRAILING_LOSS_SYNONYM, WEAK_SYNONYM = ROLE + "trailingLossSynonym", ROLE + "weakSynonym"
WEAK_LOSS_SYNONYM = ROLE + "weakLossSynonym"
ROW_LABEL = ROLE + "rowLabel"  # a statement row label, read in tables only ("Receivables": too loose for prose)
# XBRL 2.1's own roles for a balance shown at the start or the end of a period ("cash, end of period")
PERIOD_START_LABEL = "http://www.xbrl.org/2003/role/periodStartLabel"
PERIOD_END_LABEL = "http://www.xbrl.org/2003/role/periodEndLabel"

ENTRY_POINT = "converter.xsd"
CONCEPT_SCHEMAS = ("converter-gaap.xsd", "converter-dei.xsd")
CALCULATIONS = "converter-gaap-cal.xml"
TAXONOMY_FILES = (ENTRY_POINT, *CONCEPT_SCHEMAS, "converter-gaap-lab.xml", "converter-dei-lab.xml", CALCULATIONS)
SUMMATION = "http://www.xbrl.org/2003/arcrole/summation-item"

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@dataclass(frozen=True)
class Concept:
    """A concept as the taxonomy defines it."""

    name: str
    prefix: str
    namespace: str
    item_type: str  # local name of the XML Schema type: monetaryItemType, perShareItemType, ...
    period_type: str  # "duration" or "instant"
    balance: str | None
    label: str
    synonyms: tuple[str, ...] = ()
    loss_synonyms: tuple[str, ...] = ()
    trailing_synonyms: tuple[str, ...] = ()
    trailing_loss_synonyms: tuple[str, ...] = ()  # "$1.05 loss per share"
    weak_synonyms: tuple[str, ...] = ()  # "earnings of $X, or $Y per share": only with the per-share figure
    weak_loss_synonyms: tuple[str, ...] = ()  # "lost $X, or $Y per share"
    row_labels: tuple[str, ...] = ()
    period_start_labels: tuple[str, ...] = ()  # an instant read at the day before a duration column starts
    period_end_labels: tuple[str, ...] = ()  # an instant read at the day a duration column ends

    @property
    def qname(self) -> str:
        return f"{self.prefix}:{self.name}"

    @property
    def is_numeric(self) -> bool:
        return self.item_type in {"monetaryItemType", "perShareItemType", "sharesItemType", "decimalItemType"}

    @property
    def is_monetary(self) -> bool:
        return self.item_type == "monetaryItemType"

    @property
    def is_per_share(self) -> bool:
        return self.item_type == "perShareItemType"

    @property
    def is_shares(self) -> bool:
        return self.item_type == "sharesItemType"


@dataclass(frozen=True)
class Taxonomy:
    concepts: dict[str, Concept]
    namespaces: dict[str, str]  # prefix -> namespace

    def __getitem__(self, name: str) -> Concept:
        return self.concepts[name]

    def __contains__(self, name: object) -> bool:
        return name in self.concepts

    def by_qname(self, namespace: str, name: str) -> Concept | None:
        concept = self.concepts.get(name)
        return concept if concept is not None and concept.namespace == namespace else None


@dataclass(frozen=True)
class EntryPoint:
    """What a report is written against: prefix and namespace per concept schema, and the schemaRefs.

    The default is the bundled taxonomy; `--taxonomy us-gaap-2024` names a published one (the same
    local names in FASB's and the SEC's namespaces), listed in `schemas/entry-points.json`.
    """

    name: str
    namespaces: dict[str, tuple[str, str]]  # our prefix -> (prefix written, namespace written)
    refs: tuple[str, ...]

    def qname(self, concept: Concept) -> str:
        return f"{self.namespaces[concept.prefix][0]}:{concept.name}"

    def prefixes(self) -> list[tuple[str, str]]:
        return sorted(set(self.namespaces.values()))


DEFAULT_ENTRY_POINT = "converter"


def entry_point_names() -> list[str]:
    return [DEFAULT_ENTRY_POINT, *sorted(k for k in _published() if not k.startswith("_"))]


@cache
def _published() -> dict[str, dict[str, object]]:
    return json.loads(schema_path("entry-points.json").read_text(encoding="utf-8"))


def entry_point(name: str | None = None) -> EntryPoint:
    """The bundled taxonomy, or a published one by name; KeyError for a name we do not know."""
    if name in (None, DEFAULT_ENTRY_POINT):
        tax = load()
        return EntryPoint(DEFAULT_ENTRY_POINT, {p: (p, ns) for p, ns in tax.namespaces.items()}, (ENTRY_POINT,))
    data = _published()[name] if not str(name).startswith("_") else {}
    if not data:
        raise KeyError(name)
    namespaces = {p: (str(v[0]), str(v[1])) for p, v in data.items() if p != "entry_points"}  # type: ignore[index]
    return EntryPoint(str(name), namespaces, tuple(data["entry_points"]))  # type: ignore[arg-type]


@cache
def calculations() -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
    """(total, ((part, weight), ...)) from the calculation linkbase."""
    tree = etree.parse(str(schema_path(CALCULATIONS)), _PARSER)
    out: dict[str, list[tuple[str, int]]] = {}
    for link in tree.iter(f"{{{LINK}}}calculationLink"):
        locs = {loc.get(f"{{{XLINK}}}label"): loc.get(f"{{{XLINK}}}href").split("#", 1)[1].split("_", 1)[1]
                for loc in link.iter(f"{{{LINK}}}loc")}
        for arc in link.iter(f"{{{LINK}}}calculationArc"):
            if arc.get(f"{{{XLINK}}}arcrole") == SUMMATION:
                total, part = locs[arc.get(f"{{{XLINK}}}from")], locs[arc.get(f"{{{XLINK}}}to")]
                out.setdefault(total, []).append((part, int(float(arc.get("weight", "1")))))
    return tuple((total, tuple(parts)) for total, parts in out.items())


def _labels(linkbase: str) -> dict[str, dict[str, list[str]]]:
    """concept id -> label role -> label texts, in document order."""
    tree = etree.parse(str(schema_path(linkbase)), _PARSER)
    out: dict[str, dict[str, list[str]]] = {}
    for link in tree.iter(f"{{{LINK}}}labelLink"):
        locs = {loc.get(f"{{{XLINK}}}label"): loc.get(f"{{{XLINK}}}href").split("#", 1)[1]
                for loc in link.iter(f"{{{LINK}}}loc")}
        resources: dict[str, list[etree._Element]] = {}
        for lab in link.iter(f"{{{LINK}}}label"):
            resources.setdefault(lab.get(f"{{{XLINK}}}label"), []).append(lab)
        for arc in link.iter(f"{{{LINK}}}labelArc"):
            concept_id = locs[arc.get(f"{{{XLINK}}}from")]
            for lab in resources.get(arc.get(f"{{{XLINK}}}to"), []):
                role = lab.get(f"{{{XLINK}}}role", STANDARD_LABEL)
                out.setdefault(concept_id, {}).setdefault(role, []).append(lab.text or "")
    return out


@cache
def load() -> Taxonomy:
    """The bundled taxonomy."""
    concepts: dict[str, Concept] = {}
    namespaces: dict[str, str] = {}
    for filename in CONCEPT_SCHEMAS:
        tree = etree.parse(str(schema_path(filename)), _PARSER)
        root = tree.getroot()
        namespace = root.get("targetNamespace")
        prefix = next(p for p, ns in root.nsmap.items() if ns == namespace and p)
        namespaces[prefix] = namespace
        labels = _labels(filename.replace(".xsd", "-lab.xml"))
        for el in root.iter(f"{{{XS}}}element"):
            item_type = el.get("type").split(":", 1)[1]
            lab = labels.get(el.get("id"), {})
            name = el.get("name")
            concepts[name] = Concept(
                name=name,
                prefix=prefix,
                namespace=namespace,
                item_type=item_type,
                period_type=el.get(f"{{{XBRLI}}}periodType"),
                balance=el.get(f"{{{XBRLI}}}balance"),
                label=(lab.get(STANDARD_LABEL) or [name])[0],
                synonyms=tuple(lab.get(SYNONYM, [])),
                loss_synonyms=tuple(lab.get(LOSS_SYNONYM, [])),
                trailing_synonyms=tuple(lab.get(TRAILING_SYNONYM, [])),
                trailing_loss_synonyms=tuple(lab.get(TRAILING_LOSS_SYNONYM, [])),
                weak_synonyms=tuple(lab.get(WEAK_SYNONYM, [])),
                weak_loss_synonyms=tuple(lab.get(WEAK_LOSS_SYNONYM, [])),
                row_labels=tuple(lab.get(ROW_LABEL, [])),
                period_start_labels=tuple(lab.get(PERIOD_START_LABEL, [])),
                period_end_labels=tuple(lab.get(PERIOD_END_LABEL, [])),
            )
    return Taxonomy(concepts, namespaces)
