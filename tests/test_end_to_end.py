"""The whole road on the bundled sample: the right facts, in files that Arelle accepts."""

from __future__ import annotations

import json
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import CORPUS, arelle_command, run_arelle
from gold import compare

import converter
from converter.cli import main

SAMPLE = CORPUS / "iec_2004q2_ex991.txt"
GOLD = CORPUS / "iec_2004q2_ex991.facts.json"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    assert main(["convert", str(SAMPLE), "--out-dir", str(out), "--cik", "0000049728", "-q"]) == 0
    return out


def test_sample_gives_every_gold_fact_and_no_false_one() -> None:
    missed, wrong, _ = compare(GOLD, converter.convert(SAMPLE).to_json())
    assert missed == []
    assert wrong == []


def test_non_facts_of_the_sample_stay_out() -> None:
    values = {f.value for f in converter.convert(SAMPLE).facts if f.is_numeric}
    assert Decimal(800000) not in values  # "of which $800,000 was forgiveness of debt"
    assert Decimal(2000000) not in values  # "an order for over $2.0 million"
    assert not any(abs(v) in (Decimal(20), Decimal(25), Decimal(315)) for v in values)


def test_document_facts() -> None:
    facts = {f.concept: f.value for f in converter.convert(SAMPLE).facts if not f.is_numeric}
    assert facts["EntityRegistrantName"] == "IEC Electronics Corp."
    assert facts["TradingSymbol"] == "IECE"
    assert facts["DocumentPeriodEndDate"] == "2004-03-26"
    assert facts["DocumentFiscalYearFocus"] == "2004"
    assert facts["DocumentFiscalPeriodFocus"] == "Q2"


def test_sources_point_into_the_original_text() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    for fact in converter.convert(SAMPLE).facts:
        if fact.source is None:
            continue
        original = " ".join(text[fact.source.start : fact.source.end].split())
        assert original == fact.source.quote


@pytest.mark.parametrize("name,extra", [("iec_2004q2_ex991.xml", ["--validateXmlOim"]),
                                        ("iec_2004q2_ex991.json", [])])
def test_arelle_reports_nothing(outputs: Path, name: str, extra: list[str]) -> None:
    assert run_arelle(outputs / name, *extra) == []


def test_our_validator_accepts_both(outputs: Path) -> None:
    assert converter.validate(outputs / "iec_2004q2_ex991.xml", outputs / "iec_2004q2_ex991.json") == []


def _facts(doc: dict) -> set[tuple]:
    out = set()
    for fact in doc["facts"].values():
        dims = fact["dimensions"]
        value = fact["value"]
        if "unit" in dims:
            value = str(Decimal(value).normalize())
        out.add((dims["concept"], dims["entity"], dims["period"], dims.get("unit"), value, fact.get("decimals")))
    return out


def test_xml_and_json_carry_the_same_facts(outputs: Path) -> None:
    saved = outputs / "arelle-from-xml.json"
    cmd = [*arelle_command(), "--internetConnectivity=offline", "-f", str(outputs / "iec_2004q2_ex991.xml"),
           "--plugins", "saveLoadableOIM", "--saveLoadableOIM", str(saved)]
    subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=True)
    theirs = json.loads(saved.read_text(encoding="utf-8"))
    ours = json.loads((outputs / "iec_2004q2_ex991.json").read_text(encoding="utf-8"))
    assert _facts(theirs) == _facts(ours)
    assert len(_facts(ours)) == len(ours["facts"])


def test_output_is_deterministic(tmp_path: Path) -> None:
    runs = []
    for i in range(2):
        out = tmp_path / str(i)
        assert main(["convert", str(SAMPLE), "--out-dir", str(out), "-q"]) == 0
        runs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert runs[0] == runs[1]


def test_library_accepts_path_text_and_bytes() -> None:
    by_path = converter.convert(SAMPLE)
    by_text = converter.convert(SAMPLE.read_text(encoding="utf-8"))
    by_bytes = converter.convert(SAMPLE.read_bytes())
    assert by_path.facts == by_text.facts == by_bytes.facts
    assert by_path.to_xml().startswith("<?xml")
    assert json.loads(by_path.to_json())["documentInfo"]["documentType"] == "https://xbrl.org/2021/xbrl-json"


def test_entity_fallback_is_documented_and_warned() -> None:
    report = converter.convert(SAMPLE)
    assert report.entity.scheme == "https://converter.dev/entity-name"
    assert report.entity.identifier == "IEC-Electronics-Corp"
    assert any("no CIK" in w for w in report.warnings)
    with_cik = converter.convert(SAMPLE, cik="49728")
    assert with_cik.entity.identifier == "0000049728" and not with_cik.warnings


def test_json_records_where_each_fact_came_from() -> None:
    doc = json.loads(converter.convert(SAMPLE).to_json())
    sourced = [f for f in doc["facts"].values() if "cv:source" in f]
    assert len(sourced) == 14
    prior = [f for f in sourced if f["dimensions"]["period"].endswith("2003-03-29T00:00:00")]
    assert prior and all(f["cv:inferred"] in (["start", "end"], ["instant"]) for f in prior)
