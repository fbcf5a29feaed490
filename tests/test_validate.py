"""The validator: good outputs pass, and each way of breaking them is reported under its own code."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from converter.resources import schema_path
from converter.taxonomy import TAXONOMY_FILES
from converter.validation import (
    Problem,
    json_schema_problems,
    validate_file,
    validate_json,
    validate_xml,
)

DATA = Path(__file__).parent / "data" / "validate"
GOOD_XML = (DATA / "good.xml").read_text(encoding="utf-8")
GOOD_JSON = (DATA / "good.json").read_text(encoding="utf-8")
ARELLE = Path(sys.executable).parent / "arelleCmdLine"


def replaced(text: str, old: str, new: str, count: int = 1) -> str:
    """`text` with `old` replaced; fails loudly if `old` is absent, so no test passes vacuously."""
    assert old in text, old
    return text.replace(old, new, count)


def xml_codes(text: str | bytes) -> set[str]:
    return {p.code for p in validate_xml(text.encode() if isinstance(text, str) else text)}


def good_json() -> dict:
    return json.loads(GOOD_JSON)


def json_codes(document: dict | str | bytes) -> set[str]:
    data = document if isinstance(document, (str, bytes)) else json.dumps(document)
    return {p.code for p in validate_json(data)}


@pytest.fixture
def report_dir(tmp_path: Path) -> Path:
    """A folder with the taxonomy files and the good outputs beside each other, as the writer leaves them."""
    for name in TAXONOMY_FILES:
        shutil.copy(schema_path(name), tmp_path / name)
    (tmp_path / "good.xml").write_text(GOOD_XML, encoding="utf-8")
    (tmp_path / "good.json").write_text(GOOD_JSON, encoding="utf-8")
    return tmp_path


# --- good documents --------------------------------------------------------------------------


def test_good_xml_has_no_problems() -> None:
    assert validate_xml(GOOD_XML.encode()) == []


def test_good_json_has_no_problems() -> None:
    assert validate_json(GOOD_JSON) == []
    assert validate_json(GOOD_JSON.encode()) == []
    assert json_schema_problems(good_json()) == []


def test_example_generator_object_is_accepted() -> None:
    doc = good_json()
    doc["documentInfo"]["cv:generator"] = {"name": "converter", "version": "0.1.0"}
    assert validate_json(json.dumps(doc)) == []


def test_validate_file_dispatches_on_content(report_dir: Path) -> None:
    assert validate_file(report_dir / "good.xml") == []
    assert validate_file(report_dir / "good.json") == []
    odd = report_dir / "report.txt"  # the name does not matter, the content does
    odd.write_bytes(b"\xef\xbb\xbf \n" + GOOD_JSON.encode())
    assert validate_file(odd) == []
    odd.write_bytes(GOOD_XML.encode("utf-16"))
    assert validate_file(odd) == []


def test_validate_file_reports_unrecognised_content(report_dir: Path) -> None:
    empty = report_dir / "empty.xml"
    empty.write_bytes(b"")
    assert [p.code for p in validate_file(empty)] == ["not-xbrl"]
    prose = report_dir / "prose.json"
    prose.write_text("Revenue was $7.3 million.")
    assert [p.code for p in validate_file(prose)] == ["not-xbrl"]


def test_validate_file_raises_only_when_unreadable(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        validate_file(tmp_path / "missing.xml")


def test_problem_to_dict_and_file_name(report_dir: Path) -> None:
    path = report_dir / "bad.xml"
    path.write_text(replaced(GOOD_XML, 'contextRef="c1" unitRef="usd" decimals="-5">7300000',
                             'contextRef="c9" unitRef="usd" decimals="-5">7300000'))
    (problem,) = validate_file(path)
    assert problem.to_dict() == {"file": str(path), "where": "line 10, fact f1", "code": "unresolved-context",
                                 "message": problem.message}
    assert "c9" in problem.message
    assert isinstance(problem, Problem)


def test_good_xml_passes_arelle(report_dir: Path) -> None:
    levels = _arelle_levels(report_dir / "good.xml")
    assert levels and not levels & {"ERROR", "WARNING", "CRITICAL"}


def test_good_json_passes_arelle(report_dir: Path) -> None:
    levels = _arelle_levels(report_dir / "good.json")
    assert levels and not levels & {"ERROR", "WARNING", "CRITICAL"}


def test_arelle_harness_sees_errors(report_dir: Path) -> None:
    """The harness above would notice an error: Arelle and we both reject a per-share unit on revenue."""
    bad = report_dir / "bad.xml"
    bad.write_text(replaced(GOOD_XML, 'unitRef="usd" decimals="-5">7300000', 'unitRef="usdps" decimals="-5">7300000'))
    assert "ERROR" in _arelle_levels(bad)
    assert {p.code for p in validate_file(bad)} == {"monetary-unit"}


def _arelle_levels(path: Path) -> set[str]:
    run = subprocess.run(
        [str(ARELLE), "--internetConnectivity=offline", "-f", str(path), "-v",
         "--logFormat", "[%(levelname)s] [%(messageCode)s] %(message)s"],
        capture_output=True, text=True, timeout=300, cwd=path.parent, check=False,
    )
    output = run.stdout + run.stderr
    assert run.returncode == 0 and "Traceback" not in output, output
    return set(re.findall(r"^\[([A-Z]+)\]", output, flags=re.M))


def test_package_validate_stays_callable_after_the_module_is_imported(report_dir: Path) -> None:
    import converter

    assert converter.validate(report_dir / "good.xml", (report_dir / "good.json").read_bytes()) == []


# --- hostile XML -----------------------------------------------------------------------------

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + "]>\n<lolz>&lol9;</lolz>\n"
)


def test_billion_laughs_is_refused_not_expanded() -> None:
    problems = validate_xml(BILLION_LAUGHS.encode())
    assert [p.code for p in problems] == ["hostile-xml"]
    assert problems[0].where == "line 2"


def test_billion_laughs_inside_an_instance_is_refused() -> None:
    doc = replaced(GOOD_XML, '<xbrli:xbrl ', BILLION_LAUGHS.split("<lolz>")[0].split("\n", 1)[1] + "<xbrli:xbrl ")
    doc = replaced(doc, "IEC &amp; Electronics", "&lol9;")
    assert xml_codes(doc) == {"hostile-xml"}


def test_external_entity_is_refused_without_reading_the_file() -> None:
    dtd = '<!DOCTYPE xbrli:xbrl [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    doc = replaced(GOOD_XML, "<xbrli:xbrl ", dtd + "<xbrli:xbrl ")
    doc = replaced(doc, "IEC &amp; Electronics", "&x;")
    problems = validate_xml(doc.encode())
    assert {p.code for p in problems} == {"hostile-xml"}
    secret = Path("/etc/passwd").read_text().splitlines()[0]
    assert all(secret not in p.message and "root:" not in p.message for p in problems)


def test_external_dtd_is_refused() -> None:
    doc = replaced(GOOD_XML, "<xbrli:xbrl ", '<!DOCTYPE xbrli:xbrl SYSTEM "http://example.com/x.dtd">\n<xbrli:xbrl ')
    assert xml_codes(doc) == {"hostile-xml"}


def test_doctype_after_comments_and_processing_instructions_is_refused() -> None:
    doc = replaced(GOOD_XML, "<xbrli:xbrl ", '<!-- c --><?pi x?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<xbrli:xbrl ')
    assert xml_codes(doc) == {"hostile-xml"}
    assert xml_codes(doc.encode("utf-16")) == {"hostile-xml"}


def test_xinclude_is_refused() -> None:
    doc = replaced(GOOD_XML, "  <link:schemaRef",
                   '  <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/>\n'
                   "  <link:schemaRef")
    problems = validate_xml(doc.encode())
    assert [(p.code, p.where) for p in problems] == [("hostile-xml", "line 3")]


@pytest.mark.parametrize("href", ["http://example.com/converter.xsd", "https://example.com/converter.xsd",
                                  "file:///etc/passwd", "/etc/passwd", "../converter.xsd",
                                  "taxonomy/%2e%2e/%2e%2e/converter.xsd"])
def test_schema_ref_outside_the_folder_is_reported(href: str) -> None:
    doc = replaced(GOOD_XML, 'xlink:href="converter.xsd"', f'xlink:href="{href}"')
    assert "external-reference" in xml_codes(doc)


def test_linkbase_ref_and_schema_location_outside_the_folder_are_reported() -> None:
    doc = replaced(GOOD_XML, "  <link:schemaRef",
                   '  <link:linkbaseRef xlink:type="simple" xlink:href="http://evil.example/lab.xml" '
                   'xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>\n  <link:schemaRef')
    assert "external-reference" in xml_codes(doc)
    doc = replaced(GOOD_XML, "<xbrli:xbrl ", '<xbrli:xbrl xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                   'xsi:schemaLocation="http://www.xbrl.org/2003/instance http://evil.example/x.xsd" ')
    assert "external-reference" in xml_codes(doc)


def test_schema_ref_to_another_taxonomy_and_missing_schema_ref() -> None:
    assert xml_codes(replaced(GOOD_XML, 'xlink:href="converter.xsd"', 'xlink:href="other.xsd"')) == {
        "unknown-taxonomy"}
    assert xml_codes(replaced(GOOD_XML, 'xlink:href="converter.xsd"', 'xlink:href=""')) == {"unknown-taxonomy"}
    doc = replaced(GOOD_XML, '  <link:schemaRef xlink:type="simple" xlink:href="converter.xsd"/>\n', "")
    assert "missing-schema-ref" in xml_codes(doc)


def test_malformed_xml_reports_the_line() -> None:
    problems = validate_xml(replaced(GOOD_XML, "</gaap:Revenues>", "</gaap:Revenue>").encode())
    assert [(p.code, p.where) for p in problems] == [("not-well-formed", "line 10")]


def test_undeclared_entity_is_not_well_formed() -> None:
    assert xml_codes(replaced(GOOD_XML, "IEC &amp; Electronics", "IEC &nbsp; Electronics")) == {"not-well-formed"}


def test_deep_nesting_is_not_well_formed_and_does_not_crash() -> None:
    doc = "<a>" * 100_000 + "</a>" * 100_000
    assert xml_codes(doc) == {"not-well-formed"}


def test_root_must_be_xbrl() -> None:
    assert xml_codes("<html><body/></html>") == {"not-xbrl"}


# --- XBRL rules on XML -----------------------------------------------------------------------

F1 = '<gaap:Revenues id="f1" contextRef="c1" unitRef="usd" decimals="-5">7300000</gaap:Revenues>'
F2 = ('<gaap:EarningsPerShareBasicAndDiluted id="f2" contextRef="c1" unitRef="usdps" decimals="2">0.01'
      "</gaap:EarningsPerShareBasicAndDiluted>")
F3 = '<dei:EntityRegistrantName id="f3" contextRef="c0">IEC &amp; Electronics</dei:EntityRegistrantName>'
F4 = '<dei:DocumentFiscalYearFocus id="f4" contextRef="c1">2004</dei:DocumentFiscalYearFocus>'
F6_UNIT = 'id="f6" contextRef="c1" unitRef="shares"'
C1_PERIOD = "<xbrli:startDate>2003-12-27</xbrli:startDate><xbrli:endDate>2004-03-26</xbrli:endDate>"
C0_PERIOD = "<xbrli:startDate>2004-04-22</xbrli:startDate><xbrli:endDate>2004-04-22</xbrli:endDate>"
EXTRA = "</xbrli:xbrl>"

XML_BREAKS: list[tuple[str, str, str, str]] = [
    # (test id, old, new, expected code)
    ("duplicate-fact-id", 'id="f2"', 'id="f1"', "duplicate-id"),
    ("duplicate-context-id", '<xbrli:context id="c0">', '<xbrli:context id="c1">', "duplicate-id"),
    ("duplicate-unit-id", '<xbrli:unit id="shares">', '<xbrli:unit id="usd">', "duplicate-id"),
    ("unresolved-context", 'id="f1" contextRef="c1"', 'id="f1" contextRef="nowhere"', "unresolved-context"),
    ("missing-context", 'id="f1" contextRef="c1"', 'id="f1"', "unresolved-context"),
    ("unresolved-unit", 'unitRef="usdps"', 'unitRef="eur"', "unresolved-unit"),
    ("missing-unit", 'id="f1" contextRef="c1" unitRef="usd"', 'id="f1" contextRef="c1"', "missing-unit"),
    ("missing-decimals", 'unitRef="usd" decimals="-5">7300000', 'unitRef="usd">7300000', "missing-decimals"),
    ("non-numeric-unit", 'id="f4" contextRef="c1"', 'id="f4" contextRef="c1" unitRef="usd"', "non-numeric-unit"),
    ("non-numeric-decimals", 'id="f4" contextRef="c1"', 'id="f4" contextRef="c1" decimals="0"',
     "non-numeric-decimals"),
    ("duration-concept-instant-context", C0_PERIOD, "<xbrli:instant>2004-04-22</xbrli:instant>", "period-type"),
    ("instant-concept-duration-context", 'id="f5" contextRef="c2"', 'id="f5" contextRef="c1"', "period-type"),
    ("start-after-end", C1_PERIOD,
     "<xbrli:startDate>2004-03-26</xbrli:startDate><xbrli:endDate>2003-12-27</xbrli:endDate>", "period-order"),
    ("impossible-date", "<xbrli:instant>2004-03-26</xbrli:instant>", "<xbrli:instant>2004-02-30</xbrli:instant>",
     "invalid-date"),
    ("monetary-with-per-share-unit", 'id="f1" contextRef="c1" unitRef="usd"', 'id="f1" contextRef="c1" unitRef="usdps"',
     "monetary-unit"),
    ("monetary-with-shares-unit", 'id="f1" contextRef="c1" unitRef="usd"', 'id="f1" contextRef="c1" unitRef="shares"',
     "monetary-unit"),
    ("monetary-lowercase-currency", "<xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>",
     "<xbrli:measure>iso4217:usd</xbrli:measure></xbrli:unit>", "monetary-unit"),
    ("monetary-wrong-namespace", 'xmlns:iso4217="http://www.xbrl.org/2003/iso4217"',
     'xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:cur="https://example.com/currencies"',
     "monetary-unit"),
    ("per-share-with-currency-unit", 'unitRef="usdps"', 'unitRef="usd"', "per-share-unit"),
    ("shares-with-currency-unit", F6_UNIT, 'id="f6" contextRef="c1" unitRef="usd"', "shares-unit"),
    ("bad-decimals", 'decimals="-5">7300000', 'decimals="abc">7300000', "decimals"),
    ("decimals-and-precision", 'decimals="-5">7300000', 'decimals="-5" precision="2">7300000', "decimals"),
    ("bad-precision", 'decimals="-5">7300000', 'precision="-1">7300000', "decimals"),
    ("unknown-concept", F4, '<dei:NoSuchThing id="f4" contextRef="c1">2004</dei:NoSuchThing>', "unknown-concept"),
    ("concept-in-wrong-namespace", F4,
     '<gaap:DocumentFiscalYearFocus id="f4" contextRef="c1">2004</gaap:DocumentFiscalYearFocus>', "unknown-concept"),
    ("monetary-value-with-words", ">7300000<", ">7.3 million<", "invalid-value"),
    ("monetary-value-with-exponent", ">7300000<", ">7.3E6<", "invalid-value"),
    ("gyear-value", ">2004</dei:DocumentFiscalYearFocus>", ">FY04</dei:DocumentFiscalYearFocus>", "invalid-value"),
    ("date-value", ">2004-03-26</dei:DocumentPeriodEndDate>", ">March 26, 2004</dei:DocumentPeriodEndDate>",
     "invalid-value"),
    ("nil-with-decimals", 'unitRef="usd" decimals="-5">7300000',
     'unitRef="usd" decimals="-5" xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
     "nil-decimals"),
    ("context-without-period", "<xbrli:period><xbrli:instant>2004-03-26</xbrli:instant></xbrli:period>", "",
     "invalid-context"),
    ("unit-with-undeclared-prefix", "<xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unit>",
     "<xbrli:measure>nope:shares</xbrli:measure></xbrli:unit>", "invalid-unit"),
    ("identifier-without-scheme", '<xbrli:identifier scheme="http://www.sec.gov/CIK">0000049728</xbrli:identifier>'
     '</xbrli:entity><xbrli:period><xbrli:instant>',
     "<xbrli:identifier>0000049728</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>", "xml-schema"),
    ("inconsistent-duplicate", EXTRA, F1.replace('id="f1"', 'id="f9"').replace("7300000", "7400000") + EXTRA,
     "inconsistent-duplicate"),
    ("inconsistent-duplicate-text", EXTRA, F3.replace('id="f3"', 'id="f9"').replace("IEC", "ICE") + EXTRA,
     "inconsistent-duplicate"),
    ("inconsistent-duplicate-other-context-id", EXTRA,
     f'<xbrli:context id="c9"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000049728'
     f"</xbrli:identifier></xbrli:entity><xbrli:period>{C1_PERIOD}</xbrli:period></xbrli:context>"
     + F2.replace('id="f2"', 'id="f9"').replace('contextRef="c1"', 'contextRef="c9"').replace("0.01", "0.02")
     + EXTRA, "inconsistent-duplicate"),
]


@pytest.mark.parametrize(("old", "new", "code"), [b[1:] for b in XML_BREAKS], ids=[b[0] for b in XML_BREAKS])
def test_broken_xml_is_reported(old: str, new: str, code: str) -> None:
    if code == "monetary-unit" and "cur=" in new:  # the unit's measure moves to a non-ISO namespace
        doc = replaced(replaced(GOOD_XML, old, new), "<xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>",
                       "<xbrli:measure>cur:USD</xbrli:measure></xbrli:unit>")
    else:
        doc = replaced(GOOD_XML, old, new)
    problems = validate_xml(doc.encode(), "bad.xml")
    assert code in {p.code for p in problems}, problems
    assert all(p.file == "bad.xml" and p.where.startswith("line ") for p in problems)


def test_problem_names_line_and_fact() -> None:
    problems = validate_xml(replaced(GOOD_XML, 'unitRef="usdps"', 'unitRef="usd"').encode())
    assert [(p.code, p.where) for p in problems] == [("per-share-unit", "line 11, fact f2")]


def test_period_problem_names_the_context() -> None:
    doc = replaced(GOOD_XML, C1_PERIOD,
                   "<xbrli:startDate>2004-03-26</xbrli:startDate><xbrli:endDate>2003-12-27</xbrli:endDate>")
    assert [(p.code, p.where) for p in validate_xml(doc.encode())] == [("period-order", "line 4, context c1")]


def test_specific_problem_hides_the_schema_message_on_its_line() -> None:
    problems = validate_xml(replaced(GOOD_XML, 'decimals="-5">7300000', 'decimals="abc">7300000').encode())
    assert [p.code for p in problems] == ["decimals"]


def test_consistent_duplicates_pass() -> None:
    # 7300000 (decimals -5) and 7000000 (decimals -6) agree once both are rounded to millions.
    dup = F1.replace('id="f1"', 'id="f9"').replace('decimals="-5">7300000', 'decimals="-6">7000000')
    assert validate_xml(replaced(GOOD_XML, EXTRA, dup + EXTRA).encode()) == []
    assert validate_xml(replaced(GOOD_XML, EXTRA, F3.replace('id="f3"', 'id="f9"') + EXTRA).encode()) == []


def test_one_day_duration_and_dates_with_times_pass() -> None:
    doc = replaced(GOOD_XML, C1_PERIOD, "<xbrli:startDate>2003-12-27T00:00:00</xbrli:startDate>"
                                        "<xbrli:endDate>2004-03-27T00:00:00</xbrli:endDate>")
    assert validate_xml(doc.encode()) == []


def test_huge_numbers_do_not_hang() -> None:
    big = "9" * 500 + "." + "9" * 500
    doc = replaced(GOOD_XML, EXTRA, F1.replace('id="f1"', 'id="f9"').replace("7300000", big) + EXTRA)
    doc = replaced(doc, 'decimals="-5">' + big, 'decimals="-99999999999999999999">' + big)
    assert xml_codes(doc) == set()  # both round to zero at that precision: consistent
    doc = replaced(GOOD_XML, 'decimals="-5">7300000', 'decimals="' + "9" * 5000 + '">' + big)
    assert xml_codes(doc) == set()


def test_ten_megabyte_text_is_refused_by_the_parser_limit() -> None:
    assert xml_codes(replaced(GOOD_XML, "IEC &amp; Electronics", "x" * 10_500_000)) == {"not-well-formed"}
    assert xml_codes(replaced(GOOD_XML, "IEC &amp; Electronics", "x" * 9_000_000)) == set()


def test_long_years_do_not_crash() -> None:
    year = "2" * 5000
    instant = "<xbrli:instant>2004-03-26</xbrli:instant>"
    doc = replaced(GOOD_XML, instant, instant.replace("2004", year))
    assert "invalid-date" in xml_codes(doc)  # beyond what the validator can compare, so reported
    fiscal_year = ">2004</dei:DocumentFiscalYearFocus>"
    # Lexically a gYear, but longer than libxml2 takes: its XML Schema check reports it.
    assert xml_codes(replaced(GOOD_XML, fiscal_year, fiscal_year.replace("2004", year))) == {"xml-schema"}
    assert xml_codes(replaced(GOOD_XML, fiscal_year, fiscal_year.replace("2004", "0000"))) == {"invalid-value"}
    doc = set_path(good_json(), ("facts", "f7", "value"), f"{year[:-4]}2000-02-29")
    assert validate_json(json.dumps(doc)) == []  # xs:date allows long years; ...2000 is a leap year
    doc = set_path(good_json(), ("facts", "f7", "value"), f"{year}-02-29")
    assert json_codes(doc) == {"invalid-value"}  # ...2222 is not


def test_unit_message_names_a_foreign_measure() -> None:
    doc = replaced(GOOD_XML, "<xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>",
                   '<xbrli:measure xmlns:cur="https://example.com/c">cur:USD</xbrli:measure></xbrli:unit>')
    messages = [p.message for p in validate_xml(doc.encode()) if p.code == "monetary-unit"]
    assert len(messages) == 3 and all("{https://example.com/c}USD" in m for m in messages)


# --- xBRL-JSON -------------------------------------------------------------------------------


def test_duplicate_key_is_reported() -> None:
    text = replaced(GOOD_JSON, '"value": "7300000",', '"value": "7300000", "value": "7400000",')
    assert json_codes(text) == {"duplicate-key"}


def test_deeply_nested_json_is_reported() -> None:
    assert json_codes("[" * 100_000 + "]" * 100_000) == {"json-too-deep"}
    nested = replaced(GOOD_JSON, '"cv:generator": "converter 0.1.0"',
                      '"cv:generator": ' + "[" * 100_000 + "]" * 100_000)
    assert json_codes(nested) == {"json-too-deep"}


def test_moderately_nested_extension_passes() -> None:
    doc = good_json()
    doc["facts"]["f1"]["cv:note"] = json.loads("[" * 500 + "]" * 500)
    assert validate_json(json.dumps(doc)) == []


@pytest.mark.parametrize("where", [("facts", "f3", "value"), ("facts", "f1", "dimensions", "period"),
                                   ("facts", "f1", "dimensions", "unit"), ("facts", "f1", "cv:source", "quote")])
def test_ten_megabyte_string_is_reported_not_fatal(where: tuple[str, ...]) -> None:
    doc = good_json()
    target = doc
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = "1" * 10_000_000
    problems = validate_json(json.dumps(doc))
    assert {(p.code, p.where) for p in problems} == {("json-schema", "/" + "/".join(where))}
    assert all(len(p.message) < 1000 for p in problems)


def test_five_hundred_digit_value_is_fine() -> None:
    doc = good_json()
    doc["facts"]["f1"]["value"] = "7" * 500
    doc["facts"]["f9"] = json.loads(json.dumps(doc["facts"]["f1"]))
    doc["facts"]["f9"]["value"] = "7" * 499 + "8"
    assert validate_json(json.dumps(doc)) == []  # equal when rounded to hundred thousands
    doc["facts"]["f9"]["value"] = "8" + "7" * 499
    assert json_codes(doc) == {"inconsistent-duplicate"}


def test_nan_and_big_integers_are_invalid_json() -> None:
    assert json_codes(replaced(GOOD_JSON, '"decimals": -5', '"decimals": NaN')) == {"invalid-json"}
    assert json_codes(replaced(GOOD_JSON, '"decimals": -5', '"decimals": -Infinity')) == {"invalid-json"}
    assert json_codes(replaced(GOOD_JSON, '"decimals": -5', '"decimals": ' + "9" * 5000)) == {"invalid-json"}
    assert validate_json(replaced(GOOD_JSON, '"decimals": -5', '"decimals": -' + "9" * 4000)) == []
    problems = validate_json(GOOD_JSON[:-20])
    assert [p.code for p in problems] == ["invalid-json"] and problems[0].where.startswith("line ")


def test_bad_utf8_is_unreadable() -> None:
    data = replaced(GOOD_JSON, "IEC & Electronics", "IEC \udcff Electronics").encode("utf-8", "surrogateescape")
    assert json_codes(data) == {"unreadable"}


def set_path(doc: dict, path: tuple[str, ...], value: object) -> dict:
    target = doc
    for key in path[:-1]:
        target = target[key]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return doc


DELETE = object()
PERIOD = ("facts", "f1", "dimensions", "period")
UNIT = ("facts", "f1", "dimensions", "unit")
CONCEPT = ("facts", "f1", "dimensions", "concept")
EPS_UNIT = ("facts", "f2", "dimensions", "unit")

JSON_BREAKS: list[tuple[str, tuple[str, ...], object, str]] = [
    ("period-date-only", PERIOD, "2003-12-27/2004-03-27", "json-schema"),
    ("period-hour-24", PERIOD, "2003-12-27T00:00:00/2004-03-26T24:00:00", "json-schema"),
    ("period-words", PERIOD, "Q1 2004", "json-schema"),
    ("period-impossible-date", PERIOD, "2003-12-27T00:00:00/2004-02-30T00:00:00", "invalid-date"),
    ("period-start-after-end", PERIOD, "2004-03-27T00:00:00/2003-12-27T00:00:00", "period-order"),
    ("period-empty-duration", PERIOD, "2004-03-27T00:00:00/2004-03-27T00:00:00", "period-order"),
    ("duration-concept-instant", PERIOD, "2004-03-27T00:00:00", "period-type"),
    ("instant-concept-duration", ("facts", "f5", "dimensions", "period"),
     "2003-12-27T00:00:00/2004-03-27T00:00:00", "period-type"),
    ("instant-concept-forever", ("facts", "f5", "dimensions", "period"), DELETE, "period-type"),
    ("decimals-string", ("facts", "f1", "decimals"), "-5", "json-schema"),
    ("decimals-float", ("facts", "f1", "decimals"), 2.0, "decimals"),
    ("decimals-on-text", ("facts", "f3", "decimals"), 0, "non-numeric-decimals"),
    ("unit-on-text", ("facts", "f3", "dimensions", "unit"), "iso4217:USD", "non-numeric-unit"),
    ("unknown-prefix-concept", CONCEPT, "us-gaap:Revenues", "unbound-prefix"),
    ("unknown-prefix-unit", UNIT, "iso:USD", "unbound-prefix"),
    ("unknown-prefix-entity", ("facts", "f1", "dimensions", "entity"), "lei:0000049728", "unbound-prefix"),
    ("unknown-concept", CONCEPT, "gaap:Turnover", "unknown-concept"),
    ("concept-not-qname", CONCEPT, "Revenues", "json-schema"),
    ("pure-unit", UNIT, "xbrli:pure", "pure-unit"),
    ("unit-without-prefix", UNIT, "USD", "json-schema"),
    ("unit-with-spaces", EPS_UNIT, "iso4217:USD / xbrli:shares", "json-schema"),
    ("unit-two-slashes", EPS_UNIT, "iso4217:USD/xbrli:shares/xbrli:shares", "json-schema"),
    ("monetary-per-share-unit", UNIT, "iso4217:USD/xbrli:shares", "monetary-unit"),
    ("monetary-shares-unit", UNIT, "xbrli:shares", "monetary-unit"),
    ("monetary-lowercase", UNIT, "iso4217:usd", "monetary-unit"),
    ("per-share-currency-unit", EPS_UNIT, "iso4217:USD", "per-share-unit"),
    ("shares-currency-unit", ("facts", "f6", "dimensions", "unit"), "iso4217:USD", "shares-unit"),
    ("missing-unit", UNIT, DELETE, "missing-unit"),
    ("value-words", ("facts", "f1", "value"), "7.3 million", "invalid-value"),
    ("value-number", ("facts", "f1", "value"), 7300000, "json-schema"),
    ("value-gyear", ("facts", "f4", "value"), "FY2004", "invalid-value"),
    ("value-date", ("facts", "f7", "value"), "2004-02-30", "invalid-value"),
    ("nil-with-decimals", ("facts", "f1", "value"), None, "nil-decimals"),
    ("missing-value", ("facts", "f1", "value"), DELETE, "json-schema"),
    ("missing-concept", CONCEPT, DELETE, "json-schema"),
    ("fact-member-not-qname", ("facts", "f1", "note"), "x", "json-schema"),
    ("dimension-not-in-taxonomy", ("facts", "f1", "dimensions", "gaap:SegmentAxis"), "gaap:Member",
     "unknown-dimension"),
    ("bad-fact-id", ("facts", "f 1"), {"value": "1", "dimensions": {"concept": "gaap:Revenues"}}, "json-schema"),
    ("inferred-unknown", ("facts", "f1", "cv:inferred"), ["middle"], "json-schema"),
    ("inferred-repeated", ("facts", "f1", "cv:inferred"), ["start", "start"], "json-schema"),
    ("source-negative", ("facts", "f1", "cv:source", "start"), -1, "json-schema"),
    ("source-backwards", ("facts", "f1", "cv:source", "start"), 50, "source-range"),
    ("quote-too-long", ("facts", "f1", "cv:source", "quote"), "q" * 2001, "json-schema"),
    ("document-type", ("documentInfo", "documentType"), "https://xbrl.org/2019/xbrl-json", "json-schema"),
    ("no-taxonomy", ("documentInfo", "taxonomy"), [], "json-schema"),
    ("taxonomy-url", ("documentInfo", "taxonomy"), ["https://example.com/converter.xsd"], "external-reference"),
    ("taxonomy-other", ("documentInfo", "taxonomy"), ["other.xsd"], "unknown-taxonomy"),
    ("generator-number", ("documentInfo", "cv:generator"), 1, "json-schema"),
    ("warnings-not-strings", ("documentInfo", "cv:warnings"), [1], "json-schema"),
    ("document-info-member", ("documentInfo", "author"), "me", "json-schema"),
    ("top-level-member", ("extra",), 1, "json-schema"),
    ("reserved-prefix", ("documentInfo", "namespaces", "iso4217"), "https://example.com/iso", "reserved-prefix"),
    ("reserved-uri", ("documentInfo", "namespaces", "iso"), "http://www.xbrl.org/2003/iso4217", "reserved-prefix"),
    ("inconsistent-duplicate", ("facts", "f9"),
     {"value": "7400000", "decimals": -5, "dimensions": {"concept": "gaap:Revenues", "entity": "cik:0000049728",
                                                         "period": "2003-12-27T00:00:00/2004-03-27T00:00:00",
                                                         "unit": "iso4217:USD"}}, "inconsistent-duplicate"),
    ("inconsistent-duplicate-nil", ("facts", "f9"),
     {"value": None, "dimensions": {"concept": "dei:EntityRegistrantName", "entity": "cik:0000049728",
                                    "period": "2004-04-22T00:00:00/2004-04-23T00:00:00"}}, "inconsistent-duplicate"),
]


@pytest.mark.parametrize(("path", "value", "code"), [b[1:] for b in JSON_BREAKS], ids=[b[0] for b in JSON_BREAKS])
def test_broken_json_is_reported(path: tuple[str, ...], value: object, code: str) -> None:
    doc = set_path(good_json(), path, value)
    problems = validate_json(json.dumps(doc), "bad.json")
    assert code in {p.code for p in problems}, problems
    assert all(p.file == "bad.json" and p.where.startswith(("/", "line ")) for p in problems)


def test_json_schema_problem_points_at_the_member() -> None:
    doc = set_path(good_json(), ("facts", "f1", "decimals"), "-5")
    assert [(p.code, p.where) for p in validate_json(json.dumps(doc))] == [("json-schema", "/facts/f1/decimals")]
    assert [(p.code, p.where) for p in json_schema_problems(doc, "x.json")] == [("json-schema", "/facts/f1/decimals")]


def test_consistent_json_duplicate_passes() -> None:
    doc = good_json()
    doc["facts"]["f9"] = dict(doc["facts"]["f1"], value="7000000", decimals=-6)
    assert validate_json(json.dumps(doc)) == []


def test_json_checks_do_not_need_a_dict() -> None:
    assert json_codes("[]") == {"json-schema"}
    assert json_codes('"text"') == {"json-schema"}
    assert json_codes('{"documentInfo": 1, "facts": []}') == {"json-schema"}


@pytest.mark.parametrize("check", [validate_xml, validate_json])
def test_garbage_bytes_never_raise(check: Callable[[bytes], list[Problem]]) -> None:
    for data in (b"", b"\x00\xff\xfe", b"<", b"{", "\u2603".encode(), b"\xef\xbb\xbf", b"<?xml version='1.0'?>"):
        problems = check(data)
        assert problems and all(isinstance(p, Problem) for p in problems)
