"""The taxonomy, read from `schemas/`: concepts, their types and periods, labels and synonyms.

This is the one place in the code that knows concepts; it knows them only from the XSDs and
label linkbases, so adding a concept or a synonym is a change of data.
"""

from __future__ import annotations

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

ENTRY_POINT = "converter.xsd"
CONCEPT_SCHEMAS = ("converter-gaap.xsd", "converter-dei.xsd")
TAXONOMY_FILES = (ENTRY_POINT, *CONCEPT_SCHEMAS, "converter-gaap-lab.xml", "converter-dei-lab.xml")

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
            )
    return Taxonomy(concepts, namespaces)
