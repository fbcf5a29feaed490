"""The xBRL-JSON writer's self-check: jsonschema-rs answers yes or no, python-jsonschema says why.

`json_schema_problems` (run by `render_json` on every document it writes) asks jsonschema-rs first and
python-jsonschema only for a document the Rust engine does not accept. That is sound only while the two
engines agree on our schema, so both are run here, each on its own, on every output of the dev corpus
and on documents broken in each way the schema forbids.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from conftest import CORPUS
from jsonschema import Draft202012Validator

import converter
from converter import validation
from converter.errors import ConverterError
from converter.resources import schema_path
from converter.validation import JSON_SCHEMA, _short, json_schema_problems

DOCUMENTS = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".htm"))
SCHEMA = json.loads(schema_path(JSON_SCHEMA).read_text(encoding="utf-8"))
PYTHON = Draft202012Validator(SCHEMA)  # the engines on their own, not the converter's cached validators
RUST = jsonschema_rs.Draft202012Validator(SCHEMA, offline=True)
DELETE = object()


def pointer(parts: tuple[object, ...]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts) or "/"


def python_errors(doc: object) -> list[str]:
    """python-jsonschema's findings as `json_schema_problems` words them (long messages cut alike)."""
    return [f"{pointer(tuple(e.absolute_path))}: {_short(e.message, 300)[1:-1]}" for e in PYTHON.iter_errors(doc)]


# --- (a) every output of the dev corpus -------------------------------------------------------


@pytest.fixture(scope="module")
def outputs() -> dict[str, dict[str, Any]]:
    """Each dev corpus document's xBRL-JSON output, as the writer returns it (parsed back)."""
    return {d.name: json.loads(converter.convert(d).to_json()) for d in DOCUMENTS}


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_both_engines_accept_the_corpus_outputs(outputs: dict[str, dict[str, Any]], document: Path) -> None:
    doc = outputs[document.name]
    assert doc["documentInfo"]["documentType"] == "https://xbrl.org/2021/xbrl-json"
    assert python_errors(doc) == []
    assert RUST.is_valid(doc), [f"{e.instance_path}: {e.message}" for e in RUST.iter_errors(doc)]
    assert json_schema_problems(doc) == []


def test_the_corpus_outputs_hold_what_the_broken_documents_break(outputs: dict[str, dict[str, Any]]) -> None:
    """(a) is no empty pass: the outputs carry facts with units, decimals, sources and inferred dates."""
    assert len(outputs) == len(DOCUMENTS) >= 15
    facts = [f for doc in outputs.values() for f in doc["facts"].values()]
    assert len(facts) > 500
    units = {f["dimensions"].get("unit") for f in facts}
    assert {"iso4217:USD", "iso4217:USD/xbrli:shares", "xbrli:shares"} <= units
    assert any("decimals" in f and "cv:source" in f and "cv:inferred" in f for f in facts)


# --- (b) documents the schema forbids ---------------------------------------------------------


@pytest.fixture(scope="module")
def written() -> dict[str, Any]:
    """The Microsoft release as the writer writes it: the base that each case breaks one way."""
    return json.loads(converter.convert(CORPUS / "microsoft_fy2020q3_ex991.htm").to_json())


def _fact(doc: dict[str, Any], test: Callable[[dict[str, Any]], bool]) -> str:
    return next(fid for fid, fact in doc["facts"].items() if test(fact))


def _roles(doc: dict[str, Any]) -> dict[str, str]:
    """Fact ids by role: a monetary fact with a source and inferred dates, and an earnings-per-share fact."""
    return {
        "money": _fact(doc, lambda f: f["dimensions"].get("unit") == "iso4217:USD"
                       and "cv:source" in f and "cv:inferred" in f),
        "eps": _fact(doc, lambda f: f["dimensions"].get("unit") == "iso4217:USD/xbrli:shares"),
    }


FACT = ("facts", "{money}")
DIMS = (*FACT, "dimensions")
INFO = ("documentInfo",)

# (id, path, new value or DELETE, where the finding points, a phrase of python-jsonschema's message)
BREAKS: list[tuple[str, tuple[str, ...], object, str, str]] = [
    # wrong value types
    ("value-number", (*FACT, "value"), 7300000, "/facts/{money}/value", "is not of type"),
    ("value-true", (*FACT, "value"), True, "/facts/{money}/value", "is not of type"),
    ("value-list", (*FACT, "value"), ["1"], "/facts/{money}/value", "is not of type"),
    ("decimals-string", (*FACT, "decimals"), "-6", "/facts/{money}/decimals", "is not of type"),
    ("decimals-fraction", (*FACT, "decimals"), -6.5, "/facts/{money}/decimals", "is not of type"),
    ("decimals-true", (*FACT, "decimals"), True, "/facts/{money}/decimals", "is not of type"),
    ("decimals-null", (*FACT, "decimals"), None, "/facts/{money}/decimals", "is not of type"),
    ("facts-list", ("facts",), [], "/facts", "is not of type"),
    ("dimensions-string", (*FACT, "dimensions"), "gaap:Revenues", "/facts/{money}/dimensions", "is not of type"),
    ("taxonomy-string", (*INFO, "taxonomy"), "converter.xsd", "/documentInfo/taxonomy", "is not of type"),
    ("namespace-number", (*INFO, "namespaces", "cv"), 1, "/documentInfo/namespaces/cv", "is not of type"),
    ("dimension-number", (*DIMS, "gaap:SegmentAxis"), 5, "/facts/{money}/dimensions/gaap:SegmentAxis",
     "is not of type"),
    ("source-start-string", (*FACT, "cv:source", "start"), "12", "/facts/{money}/cv:source/start", "is not of type"),
    ("source-start-negative", (*FACT, "cv:source", "start"), -1, "/facts/{money}/cv:source/start",
     "is less than the minimum"),
    ("warnings-string", (*INFO, "cv:warnings"), "one", "/documentInfo/cv:warnings", "is not of type"),
    ("warning-number", (*INFO, "cv:warnings"), ["one", 2], "/documentInfo/cv:warnings/1", "is not of type"),
    ("generator-number", (*INFO, "cv:generator"), 1, "/documentInfo/cv:generator", "is not valid under any"),
    # unknown properties
    ("unknown-fact-member", (*FACT, "note"), "x", "/facts/{money}", "is not valid under any"),
    ("unknown-top-member", ("comment",), "x", "/", "is not valid under any"),
    ("unknown-info-member", (*INFO, "comment"), "x", "/documentInfo", "is not valid under any"),
    ("unknown-dimension-member", (*DIMS, "segment"), "x", "/facts/{money}/dimensions", "is not valid under any"),
    ("unknown-source-member", (*FACT, "cv:source", "page"), 3, "/facts/{money}/cv:source",
     "are not allowed"),
    ("unknown-generator-member", (*INFO, "cv:generator"), {"name": "converter", "build": "1"},
     "/documentInfo/cv:generator", "is not valid under any"),
    # missing required keys
    ("missing-facts", ("facts",), DELETE, "/", "is a required property"),
    ("missing-document-info", INFO, DELETE, "/", "is a required property"),
    ("missing-document-type", (*INFO, "documentType"), DELETE, "/documentInfo", "is a required property"),
    ("missing-taxonomy", (*INFO, "taxonomy"), DELETE, "/documentInfo", "is a required property"),
    ("missing-value", (*FACT, "value"), DELETE, "/facts/{money}", "is a required property"),
    ("missing-dimensions", (*FACT, "dimensions"), DELETE, "/facts/{money}", "is a required property"),
    ("missing-concept", (*DIMS, "concept"), DELETE, "/facts/{money}/dimensions", "is a required property"),
    ("missing-source-quote", (*FACT, "cv:source", "quote"), DELETE, "/facts/{money}/cv:source",
     "is a required property"),
    # bad period strings
    ("period-dates-only", (*DIMS, "period"), "2019-07-01/2020-04-01", "/facts/{money}/dimensions/period",
     "does not match"),
    ("period-hour-24", (*DIMS, "period"), "2020-01-01T00:00:00/2020-04-01T24:00:00",
     "/facts/{money}/dimensions/period", "does not match"),
    ("period-month-13", (*DIMS, "period"), "2020-13-01T00:00:00", "/facts/{money}/dimensions/period",
     "does not match"),
    ("period-day-32", (*DIMS, "period"), "2020-01-32T00:00:00", "/facts/{money}/dimensions/period",
     "does not match"),
    ("period-words", (*DIMS, "period"), "Q3 FY2020", "/facts/{money}/dimensions/period", "does not match"),
    ("period-two-slashes", (*DIMS, "period"), "2020-01-01T00:00:00/2020-02-01T00:00:00/2020-03-01T00:00:00",
     "/facts/{money}/dimensions/period", "does not match"),
    ("period-timezone", (*DIMS, "period"), "2020-01-01T00:00:00Z", "/facts/{money}/dimensions/period",
     "does not match"),
    ("period-too-long", (*DIMS, "period"), "2020-01-01T00:00:00" * 4, "/facts/{money}/dimensions/period",
     "is too long"),
    # units that break the pattern
    ("unit-no-prefix", (*DIMS, "unit"), "USD", "/facts/{money}/dimensions/unit", "does not match"),
    ("unit-spaces", ("facts", "{eps}", "dimensions", "unit"), "iso4217:USD / xbrli:shares",
     "/facts/{eps}/dimensions/unit", "does not match"),
    ("unit-two-slashes", ("facts", "{eps}", "dimensions", "unit"), "iso4217:USD/xbrli:shares/xbrli:shares",
     "/facts/{eps}/dimensions/unit", "does not match"),
    ("unit-one-in-brackets", ("facts", "{eps}", "dimensions", "unit"), "(iso4217:USD)/xbrli:shares",
     "/facts/{eps}/dimensions/unit", "does not match"),
    ("unit-trailing-star", (*DIMS, "unit"), "iso4217:USD*", "/facts/{money}/dimensions/unit", "does not match"),
    ("unit-digit-prefix", (*DIMS, "unit"), "4217:USD", "/facts/{money}/dimensions/unit", "does not match"),
    ("unit-empty", (*DIMS, "unit"), "", "/facts/{money}/dimensions/unit", "does not match"),
    # names, entity, language
    ("concept-no-prefix", (*DIMS, "concept"), "Revenues", "/facts/{money}/dimensions/concept", "does not match"),
    ("concept-two-colons", (*DIMS, "concept"), "gaap:us:Revenues", "/facts/{money}/dimensions/concept",
     "does not match"),
    ("entity-space", (*DIMS, "entity"), "cik:0000 789019", "/facts/{money}/dimensions/entity", "does not match"),
    ("entity-no-prefix", (*DIMS, "entity"), "0000789019", "/facts/{money}/dimensions/entity", "does not match"),
    ("language-underscore", (*DIMS, "language"), "en_US", "/facts/{money}/dimensions/language", "does not match"),
    ("language-subtag-too-long", (*DIMS, "language"), "luxembourgish", "/facts/{money}/dimensions/language",
     "does not match"),
    ("fact-id-space", ("facts", "f 1"), {"value": "1", "dimensions": {"concept": "gaap:Revenues"}}, "/facts",
     "does not match"),
    ("namespace-prefix-digit", (*INFO, "namespaces", "1cv"), "urn:x", "/documentInfo/namespaces",
     "does not match"),
    # constants, enumerations, sizes
    ("document-type", (*INFO, "documentType"), "https://xbrl.org/2021/xbrl-xml", "/documentInfo/documentType",
     "was expected"),
    ("taxonomy-empty", (*INFO, "taxonomy"), [], "/documentInfo/taxonomy", "should be non-empty"),
    ("taxonomy-empty-string", (*INFO, "taxonomy"), [""], "/documentInfo/taxonomy/0", "should be non-empty"),
    ("inferred-unknown", (*FACT, "cv:inferred"), ["middle"], "/facts/{money}/cv:inferred/0", "is not one of"),
    ("inferred-twice", (*FACT, "cv:inferred"), ["start", "start"], "/facts/{money}/cv:inferred",
     "non-unique elements"),
    ("quote-too-long", (*FACT, "cv:source", "quote"), "x" * 2001, "/facts/{money}/cv:source/quote", "is too long"),
]


def _broken(doc: dict[str, Any], path: tuple[str, ...], value: object) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    roles = _roles(doc)
    keys = [k.format(**roles) for k in path]
    parent = doc
    for key in keys[:-1]:
        parent = parent[key]
    if value is DELETE:
        assert keys[-1] in parent, keys  # the case breaks something that is there
        del parent[keys[-1]]
    else:
        parent[keys[-1]] = value
    return doc


@pytest.mark.parametrize(("path", "value", "where", "phrase"), [b[1:] for b in BREAKS], ids=[b[0] for b in BREAKS])
def test_both_engines_reject_what_the_schema_forbids(written: dict[str, Any], path: tuple[str, ...],
                                                     value: object, where: str, phrase: str) -> None:
    assert RUST.is_valid(written) and python_errors(written) == []
    doc = _broken(written, path, value)
    assert not RUST.is_valid(doc)
    assert python_errors(doc)
    where = where.format(**_roles(written))
    assert any(pointer(tuple(e.absolute_path)) == where and phrase in e.message for e in PYTHON.iter_errors(doc))
    problems = json_schema_problems(doc, "out.json")
    assert problems, "the writer's self-check let it through"
    assert all(p.code == "json-schema" and p.file == "out.json" for p in problems), problems
    assert where in {p.where for p in problems}
    # the findings are python-jsonschema's, in place and wording, as before jsonschema-rs came in
    assert sorted(f"{p.where}: {p.message}" for p in problems) == sorted(python_errors(doc))


def test_the_writer_refuses_a_document_that_breaks_the_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    from converter.render import json as render

    real = render.document

    def bad_document(*args: Any, **kwargs: Any) -> dict[str, Any]:
        doc = real(*args, **kwargs)
        next(iter(doc["facts"].values()))["dimensions"]["unit"] = "iso4217:USD / xbrli:shares"
        return doc

    report = converter.convert(CORPUS / "iec_2004q2_ex991.txt")
    monkeypatch.setattr(render, "document", bad_document)
    with pytest.raises(ConverterError, match="does not match its schema"):
        report.to_json()


# --- the fast path and its fallback ---------------------------------------------------------------


def test_a_valid_document_never_reaches_python_jsonschema(written: dict[str, Any],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("python-jsonschema was asked about a valid document")

    monkeypatch.setattr(validation, "_json_validator", refuse)
    assert json_schema_problems(written) == []
    with pytest.raises(AssertionError, match="python-jsonschema was asked"):
        json_schema_problems(_broken(written, (*FACT, "value"), 1))


def test_what_the_rust_engine_cannot_read_python_jsonschema_decides(written: dict[str, Any]) -> None:
    doc = copy.deepcopy(written)
    doc["facts"][1] = doc["facts"].pop(_roles(written)["money"])  # a key that is no string
    with pytest.raises(ValueError):
        RUST.is_valid(doc)
    assert [p.where for p in json_schema_problems(doc)] == ["/facts"]
    doc = _broken(written, (*FACT, "value"), object())  # no JSON value at all
    with pytest.raises(ValueError):
        RUST.is_valid(doc)
    assert [(p.where, p.message[-31:]) for p in json_schema_problems(doc)] == [
        (f"/facts/{_roles(written)['money']}/value", "is not of type 'string', 'null'")]


def test_too_deep_documents(written: dict[str, Any]) -> None:
    deep: object = "1"
    for _ in range(100_000):
        deep = [deep]
    doc = _broken(written, (*FACT, "value"), deep)
    assert not RUST.is_valid(doc)
    assert [(p.code, p.where) for p in json_schema_problems(doc)] == [("json-too-deep", "/")]
    # deep where the schema looks at nothing (an extension member) is neither engine's concern
    doc = _broken(written, (*FACT, "cv:note"), deep)
    assert RUST.is_valid(doc) and json_schema_problems(doc) == []


# --- where the engines differ: pinned, so that a change on either side is seen --------------------

PATTERN_DEFS = ("ncname", "prefixedQName", "factId", "sqname", "period", "unit", "language")
# a good string for each pattern, and the same with one character added at the end
GOOD = {"ncname": "cik", "prefixedQName": "gaap:Revenues", "factId": "f1", "sqname": "cik:0000789019",
        "period": "2020-01-01T00:00:00", "unit": "iso4217:USD/xbrli:shares", "language": "en-US"}
# Python's `$` also matches before a final newline; the `\s` of sqname's `[^\s]` is Python's white space
# (U+001C-U+001F, U+0085 included) in python-jsonschema, ECMA-262's (U+FEFF included) in jsonschema-rs
EXPECTED: dict[str, dict[int, tuple[bool, bool]]] = {name: {0x0A: (True, False)} for name in PATTERN_DEFS}
EXPECTED["sqname"].update({c: (False, True) for c in (0x1C, 0x1D, 0x1E, 0x1F, 0x85)} | {0xFEFF: (True, False)})


@pytest.mark.parametrize("name", PATTERN_DEFS)
def test_the_patterns_read_alike_but_for_known_odd_characters(name: str) -> None:
    python = Draft202012Validator(SCHEMA["$defs"][name])
    rust = jsonschema_rs.Draft202012Validator(SCHEMA["$defs"][name])
    assert python.is_valid(GOOD[name]) and rust.is_valid(GOOD[name])
    seen: dict[int, tuple[bool, bool]] = {}
    for code in [*range(0x250), 0x1680, *range(0x2000, 0x2030), 0x205F, 0x3000, 0xFEFF, 0x1D7CE]:
        text = GOOD[name] + chr(code)
        verdicts = (python.is_valid(text), rust.is_valid(text))
        if verdicts[0] != verdicts[1]:
            seen[code] = verdicts
    assert seen == EXPECTED[name]


def test_python_tuples_are_arrays_to_the_rust_engine_only(written: dict[str, Any]) -> None:
    """json.dumps writes a tuple as an array, so accepting one is right for a writer; the writer uses lists."""
    doc = _broken(written, (*INFO, "taxonomy"), tuple(written["documentInfo"]["taxonomy"]))
    assert RUST.is_valid(doc) and python_errors(doc) != []
    assert json_schema_problems(doc) == []
