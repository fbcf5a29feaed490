"""Inline XBRL: Arelle loads every corpus release with no error and reads the facts our xBRL-JSON holds,
each tag sits on the digits it claims, the text is left as filed, and bad provenance never tags a place."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import CORPUS, run_arelle
from lxml import etree
from lxml import html as lxml_html

from converter import pipeline
from converter.cli import write_taxonomy
from converter.model import SHARES, Entity, Fact, Period, Report, Source, currency, per_share
from converter.readers.html import CP1252_REFERENCES
from converter.render.ixbrl import FIXED_ZERO, NUM_DOT_DECIMAL, parts_of, render_ixbrl

DOCUMENTS = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".htm"))
IX = "http://www.xbrl.org/2013/inlineXBRL"
XHTML = "http://www.w3.org/1999/xhtml"
NS = {"ix": IX, "h": XHTML}


def _stem(path: Path) -> str:
    return path.name.rsplit(".", 1)[0]


def _expand(qname: str, namespaces: dict[str, str]) -> str:
    prefix, local = qname.split(":", 1)
    return f"{{{namespaces[prefix]}}}{local}"


def _unit(unit: str | None, namespaces: dict[str, str]) -> tuple[tuple[str, ...], ...] | None:
    if unit is None:
        return None
    sides = unit.split("/")
    return tuple(tuple(sorted(_expand(m, namespaces) for m in side.strip("()").split("*"))) for side in sides)


def oim_facts(text: str) -> dict[str, tuple[object, ...]]:
    """fact id -> (concept, period, unit, value, decimals) of an xBRL-JSON document, prefixes expanded."""
    doc = json.loads(text)
    namespaces = doc["documentInfo"]["namespaces"]
    out: dict[str, tuple[object, ...]] = {}
    for fid, fact in doc["facts"].items():
        dims = fact["dimensions"]
        value: object = fact["value"]
        if "unit" in dims:
            value = Decimal(str(value))
        out[fid] = (_expand(dims["concept"], namespaces), dims["period"], _unit(dims.get("unit"), namespaces), value,
                    fact.get("decimals"))
    return out


@dataclass(frozen=True)
class Rendered:
    source: str
    report: Report
    page: str  # our Inline XBRL
    problems: list[str]  # Arelle's warnings and errors
    theirs: str  # the facts as Arelle reads them from the page, as xBRL-JSON
    ours: str  # our xBRL-JSON


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rendered]:
    """Every corpus release as Inline XBRL, with one Arelle run each (validating and saving the facts it
    reads), run side by side."""
    out_dir = tmp_path_factory.mktemp("ixbrl")
    write_taxonomy(out_dir)

    def run(document: Path) -> tuple[str, Rendered]:
        source = pipeline.read(document).source
        report = pipeline.convert(document)
        page = out_dir / f"{_stem(document)}.html"
        page.write_text(render_ixbrl(report, source), encoding="utf-8")
        saved = page.with_suffix(".oim.json")
        problems = run_arelle(page, "--plugins", "saveLoadableOIM", "--saveLoadableOIM", str(saved))
        theirs = saved.read_text(encoding="utf-8") if saved.exists() else "{}"
        return _stem(document), Rendered(source, report, page.read_text(encoding="utf-8"), problems, theirs,
                                         report.to_json())

    with ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 1))) as pool:
        return dict(pool.map(run, DOCUMENTS))


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_arelle_loads_it_and_reads_our_facts(rendered: dict[str, Rendered], document: Path) -> None:
    r = rendered[_stem(document)]
    assert r.problems == []
    assert oim_facts(r.theirs) == oim_facts(r.ours)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_each_tag_sits_on_its_own_digits(rendered: dict[str, Rendered], document: Path) -> None:
    """Every ix:nonFraction in the body shows exactly the characters its fact was read from."""
    r = rendered[_stem(document)]
    facts = {f"f{i}": fact for i, fact in enumerate(r.report.facts, 1)}
    root = etree.fromstring(r.page.encode("utf-8"))
    body = root.find("h:body/h:div[@class='cv-document']", NS)
    assert body is not None
    for tag in body.iter(f"{{{IX}}}nonFraction"):
        fact = facts[tag.get("id")]
        assert fact.source is not None and fact.source.number is not None
        start, end = fact.source.number
        assert tag.text == r.source[start:end]
        assert tag.get("scale") == str(fact.source.scale)
        assert tag.get("format") in (NUM_DOT_DECIMAL, FIXED_ZERO)
        assert (tag.get("sign") == "-") == (fact.value < 0)


def _ink(text: str) -> str:
    """The characters that show: white space is layout (and cells are no longer a line apart)."""
    return "".join(text.split())


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_the_text_is_left_as_filed(rendered: dict[str, Rendered], document: Path) -> None:
    """The characters of each shown document, in order, are those a browser shows of the original."""
    r = rendered[_stem(document)]
    source, report = r.source, r.report
    root = etree.fromstring(r.page.encode("utf-8"))
    shown = root.findall("h:body/h:div[@class='cv-document']/h:div[@class='cv-part']", NS)
    parts = parts_of(report, source)
    assert len(shown) == len(parts)
    for part, div in zip(parts, shown, strict=True):
        text = source[part.start : part.end]
        if part.kind == "text":
            expected = text.replace("\r\n", "\n").replace("\r", "\n")
            got = "".join(div.itertext())
            assert _ink(got) == _ink(expected)
            continue
        original = lxml_html.document_fromstring(text.strip().encode("utf-8"),
                                                 parser=lxml_html.HTMLParser(encoding="utf-8", remove_comments=True))
        for el in original.xpath("//script|//style|//head"):
            el.getparent().remove(el)
        assert _ink("".join(div.itertext())) == _ink("".join(original.itertext()).translate(CP1252_REFERENCES))


def test_plain_text_is_shown_in_monospace_columns() -> None:
    document = CORPUS / "iec_2004q2_ex991.txt"
    source = pipeline.read(document).source
    page = render_ixbrl(pipeline.convert(document), source)
    root = etree.fromstring(page.encode("utf-8"))
    pre = root.find(".//h:pre[@class='cv-text']", NS)
    assert pre is not None
    assert "".join(pre.itertext()).lstrip("\n") == source.replace("\r\n", "\n").lstrip("\n")
    assert "monospace" in page


def test_edgar_submissions_show_the_exhibits_the_facts_came_from(rendered: dict[str, Rendered]) -> None:
    r = rendered["oracle_fy2014q4_8k_fullsubmission"]
    assert [p.label for p in parts_of(r.report, r.source)] == ["EX-99.1"]  # not the 8-K cover
    assert "SEC-HEADER" not in r.page and "ACCESSION NUMBER" not in r.page


def test_rendering_is_deterministic(rendered: dict[str, Rendered]) -> None:
    r = rendered["microsoft_fy2020q3_ex991"]
    assert render_ixbrl(pipeline.convert(CORPUS / "microsoft_fy2020q3_ex991.htm"), r.source) == r.page


# -- provenance that does not hold ------------------------------------------------------------------

QUARTER = Period(dt.date(2004, 3, 26), dt.date(2003, 12, 27))
NAME = "A&B <Widgets> \"Holdings\" 'Inc.'"
TEXT = ("\x07A&B <Widgets> \"Holdings\" 'Inc.' reported revenue of $7.3 million, a net loss of $(1,234) thousand,\n"
        "other income of \u2014, earnings of 27 cents per share and 1,500 shares.\n\f\n-- page two --\n")


def _at(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _fact(concept: str, value: str, needle: str, scale: int, unit: object = None, number: object = "same") -> Fact:
    start, end = _at(TEXT, needle)
    where = (start, end) if number == "same" else number
    places = len(needle.split(".")[1]) if "." in needle else 0
    return Fact(concept, Decimal(value), QUARTER, unit or currency("USD"), places - scale,
                Source(start, end, needle, number=where, scale=scale))  # type: ignore[arg-type]


def _synthetic() -> Report:
    facts = (
        Fact("EntityRegistrantName", NAME, QUARTER),
        _fact("Revenues", "7300000", "7.3", 6),
        _fact("NetIncomeLoss", "-1234000", "1,234", 3),
        _fact("ProfitLoss", "-1234000", "1,234", 3),  # the same digits again: one tag only
        _fact("InterestExpense", "0", "\u2014", 0),
        _fact("EarningsPerShareBasicAndDiluted", "0.27", "27", -2, per_share("USD")),
        _fact("WeightedAverageNumberOfSharesOutstandingBasic", "1600", "1,500", 0, SHARES),  # digits disagree
        _fact("ResearchAndDevelopmentExpense", "5", "7.3", 0, number=None),  # no place
    )
    return Report(Entity("https://converter.dev/entity-name", "A-B-Widgets", NAME + "\x01"), facts,
                  ("a warning & <more>",), source_name="a&b <release>.txt")


def test_only_facts_whose_digits_give_their_value_are_tagged() -> None:
    page = render_ixbrl(_synthetic(), TEXT, "text")
    root = etree.fromstring(page.encode("utf-8"))
    body = root.find("h:body/h:div[@class='cv-document']", NS)
    hidden = root.find(".//ix:hidden", NS)
    tags = {t.get("id"): t for t in body.iter(f"{{{IX}}}nonFraction")}
    assert sorted(tags) == ["f2", "f3", "f5", "f6"]
    assert tags["f2"].text == "7.3" and tags["f2"].get("scale") == "6"
    assert tags["f3"].text == "1,234" and tags["f3"].get("sign") == "-" and tags["f3"].get("scale") == "3"
    assert tags["f5"].get("format") == FIXED_ZERO and tags["f5"].text == "\u2014"
    assert tags["f6"].text == "27" and tags["f6"].get("scale") == "-2"
    in_hidden = {t.get("id"): t for t in hidden}
    assert sorted(in_hidden) == ["f1", "f4", "f7", "f8"]
    assert in_hidden["f1"].text == NAME
    assert in_hidden["f4"].get("sign") == "-" and in_hidden["f4"].text == "1234000"
    assert in_hidden["f7"].text == "1600"
    # the text is shown as written, page break and all
    pre = root.find(".//h:pre", NS)
    assert "".join(pre.itertext()) == TEXT.replace("\f", "").replace("\x07", "")
    assert root.find(".//h:span[@class='cv-page']", NS) is not None


def test_names_with_markup_characters_are_escaped() -> None:
    page = render_ixbrl(_synthetic(), TEXT, "text")
    root = etree.fromstring(page.encode("utf-8"))  # well-formed
    assert root.findtext("h:head/h:title", namespaces=NS) == f"{NAME} \u2014 a&b <release>.txt"


def test_synthetic_release_loads_in_arelle(tmp_path: Path) -> None:
    report = _synthetic()
    page = tmp_path / "synthetic.html"
    page.write_text(render_ixbrl(report, TEXT, "text"), encoding="utf-8")
    write_taxonomy(tmp_path)
    saved = tmp_path / "synthetic.oim.json"
    assert run_arelle(page, "--plugins", "saveLoadableOIM", "--saveLoadableOIM", str(saved)) == []
    assert oim_facts(saved.read_text(encoding="utf-8")) == oim_facts(report.to_json())


SOUP = """<html><head><title>Q&amp;A</title><style>td > p { color: #333 } .x { background: url(http://x/y.png) }</style>
<script>alert("x")</script></head><body bgcolor="white">
<center><img src="logo.gif" alt="logo"><font size="4" face="Arial"><b>A&amp;B Widgets Inc. Reports</b></font></center>
<font size=2 face="Times New Roman">
<p align="center">NEWARK, N.J., July 20, 2004 -- A&amp;B Widgets Inc. (NYSE: ABW) today announced results for the
second quarter ended June 30, 2004.</p>
<p>A&amp;B Widgets Inc. reported net income of $1.2 million, or $0.15 per share, for the quarter ended June 30,
2004. The company&#146;s results <u>improved</u>.<hr></p>
<div align=center><p>Contact: <a name="c"></a><a href="http://example.com/ir">Investor
<a href="mailto:x@y.z">Relations</a></a></p></div>
<ul>stray text<li>first</li><ul><li>nested</li></ul></ul><dl><dt>Term</dt><dd>Definition</dd></dl>
<dir><li>old</li></dir>
<p>A&amp;B WIDGETS INC.<br>CONSOLIDATED STATEMENTS OF INCOME<br>(in thousands, except per share amounts)</p>
<table border=0 cellpadding=2 width="100%" align=center bgcolor="#ffffff"><caption>Unaudited</caption>
<thead><tr><td></td><td nowrap align=center colspan=2><b>Three Months Ended June 30,</b></td></tr>
<tr><td></td><td align=right width=15%>2004</td><td align=right width="15%">2003</td></tr></thead>
stray table text<tr></tr>
<tr bgcolor=#eeeeee><td>Revenue</td><td>$</td><td align=right>7,300</td><td>$</td><td align=right>6,800</td></tr>
<tr><td>Cost of revenue</td><td></td><td align=right>5,100</td><td></td><td align=right>4,900</td></tr>
<tr><td>Net income</td><td>$</td><td align=right>1,200</td><td>$</td><td align=right>900</td></tr>
<tfoot><tr><td colspan=5><font size=1>See notes.</font></td></tr></tfoot></table></font>
<p><font color=red>End<sub>1</sub></font></p><pre>pre <sub>x</sub> <table><tr><td>in pre</td></tr></table></pre>
</body></html>
"""


def test_html_soup_becomes_valid_inline_xbrl(tmp_path: Path) -> None:
    """Font soup, stray table text, nested links, lists with loose text: valid XHTML 1.1, same words."""
    source = pipeline.read(SOUP).source
    report = pipeline.convert(SOUP)
    page = render_ixbrl(report, source)
    assert "<font" not in page and "<center" not in page and "<img" not in page and "<script" not in page
    assert "http://x/y.png" not in page and "alert(" not in page
    path = tmp_path / "soup.html"
    path.write_text(page, encoding="utf-8")
    write_taxonomy(tmp_path)
    saved = tmp_path / "soup.oim.json"
    assert run_arelle(path, "--plugins", "saveLoadableOIM", "--saveLoadableOIM", str(saved)) == []
    assert oim_facts(saved.read_text(encoding="utf-8")) == oim_facts(report.to_json())
    root = etree.fromstring(page.encode("utf-8"))
    body = root.find("h:body/h:div[@class='cv-document']", NS)
    tagged = [t.text for t in body.iter(f"{{{IX}}}nonFraction")]
    assert "7,300" in tagged and "0.15" in tagged
    shown = " ".join("".join(body.itertext()).split())
    assert "The company\u2019s results improved." in shown
    assert re.search(r"stray table text.*Unaudited", shown)  # stray text in a table goes before it
