"""Whole EDGAR submissions: the SGML header, the 8-K body, the EX-99.1 release and the parts to skip.

Every submission here is invented and built in the test: Quillon Widget Corp. (CIK 0001234567)
furnishes its second quarter 2007 release, ended June 30, 2007, on an 8-K dated July 26, 2007,
beside a uuencoded logo and an XBRL instance whose numbers are all different from the release's.
"""

from __future__ import annotations

import binascii
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest

import converter
from converter.model import CIK_SCHEME, Fact, Report

D = dt.date
Q2_07 = (D(2007, 4, 1), D(2007, 6, 30))
Q2_06 = (D(2006, 4, 1), D(2006, 6, 30))

EIGHT_K = """<HTML><BODY>
<P>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</P>
<P>FORM 8-K</P>
<P>Date of Report (Date of earliest event reported): July 26, 2007</P>
<P>Item 2.02. Results of Operations and Financial Condition.</P>
<P>On July 26, 2007, Quillon Widget Corp. issued a press release announcing its financial results for its second
quarter. A copy of the press release is furnished as Exhibit 99.1 to this report.</P>
<P>Item 9.01. Financial Statements and Exhibits. Exhibit 99.1: Press release dated July 26, 2007.</P>
</BODY></HTML>
"""

DATELINE = ("MILLBROOK, Ohio, July 26, 2007 -- Quillon Widget Corp. (NASDAQ: QWGT) today announced results for the "
            "second quarter ended June 30, 2007.")
# the period end stated nowhere in the prose: only the table's header gives it
UNDATED_DATELINE = ("MILLBROOK, Ohio, July 26, 2007 -- Quillon Widget Corp. (NASDAQ: QWGT) today announced its "
                    "second quarter results.")

EX_99 = """<HTML>
<HEAD><TITLE>Quillon Widget Corp. second quarter 2007 results</TITLE></HEAD>
<BODY>
<P ALIGN="center"><B>Quillon Widget Corp. Reports Second Quarter Results</B></P>
<P>{dateline}</P>
<P>CONDENSED CONSOLIDATED STATEMENTS OF INCOME</P>
<P>(in thousands, except per share data)</P>
<TABLE BORDER="0" CELLPADDING="0">
<TR><TD></TD><TD COLSPAN="4" ALIGN="center">Three Months Ended June 30,</TD></TR>
<TR><TD></TD><TD COLSPAN="2" ALIGN="center">2007</TD><TD COLSPAN="2" ALIGN="center">2006</TD></TR>
<TR><TD>Total revenues</TD><TD>$</TD><TD ALIGN="right">12,345</TD><TD>$</TD><TD ALIGN="right">10,100</TD></TR>
<TR><TD>Net income</TD><TD>$</TD><TD ALIGN="right">1,234</TD><TD>$</TD><TD ALIGN="right">906</TD></TR>
<TR><TD>Diluted earnings per share</TD><TD>$</TD><TD ALIGN="right">0.11</TD><TD>$</TD><TD ALIGN="right">0.08</TD></TR>
</TABLE>
</BODY>
</HTML>
"""

EXPECTED = {
    ("Revenues", *Q2_07): (Decimal(12345000), "USD", -3),
    ("Revenues", *Q2_06): (Decimal(10100000), "USD", -3),
    ("NetIncomeLoss", *Q2_07): (Decimal(1234000), "USD", -3),
    ("NetIncomeLoss", *Q2_06): (Decimal(906000), "USD", -3),
    ("EarningsPerShareDiluted", *Q2_07): (Decimal("0.11"), "USD/shares", 2),
    ("EarningsPerShareDiluted", *Q2_06): (Decimal("0.08"), "USD/shares", 2),
}

XBRL = """<XBRL>
<?xml version="1.0" encoding="utf-8"?>
<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:us-gaap="http://fasb.org/us-gaap/2009-01-31"
  xmlns:iso4217="http://www.xbrl.org/2003/iso4217">
  <xbrli:context id="D2007Q2"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001234567</xbrli:identifier>
  </xbrli:entity><xbrli:period><xbrli:startDate>2007-04-01</xbrli:startDate><xbrli:endDate>2007-06-30</xbrli:endDate>
  </xbrli:period></xbrli:context>
  <xbrli:unit id="USD"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
  <us-gaap:Revenues contextRef="D2007Q2" unitRef="USD" decimals="-3">98765000</us-gaap:Revenues>
  <us-gaap:NetIncomeLoss contextRef="D2007Q2" unitRef="USD" decimals="-3">4321000</us-gaap:NetIncomeLoss>
  <us-gaap:CostOfRevenue contextRef="D2007Q2" unitRef="USD" decimals="-3">5555000</us-gaap:CostOfRevenue>
  <us-gaap:NatureOfOperations contextRef="D2007Q2">Quillon Widget Corp. makes widgets. Revenue for the six
  months ended June 30, 2007 was $98.8 million and net income was $4.3 million, or $0.41 per diluted share.
  </us-gaap:NatureOfOperations>
</xbrli:xbrl>
</XBRL>
"""


def uuencoded(name: str) -> str:
    data = bytes(range(256)) * 2 + b"Total revenues 77,777 Net income 6,666 "
    lines = [binascii.b2a_uu(data[i : i + 45]).decode("ascii").rstrip("\n") for i in range(0, len(data), 45)]
    return f"begin 644 {name}\n" + "\n".join(lines) + "\n`\nend\n"


def document(doc_type: str, sequence: int, filename: str, body: str, description: str = "") -> str:
    desc = f"<DESCRIPTION>{description}\n" if description else ""
    return (f"<DOCUMENT>\n<TYPE>{doc_type}\n<SEQUENCE>{sequence}\n<FILENAME>{filename}\n{desc}<TEXT>\n"
            f"{body}</TEXT>\n</DOCUMENT>\n")


def submission(*, cik: str = "0001234567", period_of_report: str = "20070726", dateline: str = DATELINE,
               newline: str = "\n") -> str:
    header = f"""<SEC-DOCUMENT>0001234567-07-000042.txt : 20070726
<SEC-HEADER>0001234567-07-000042.hdr.sgml : 20070726
<ACCEPTANCE-DATETIME>20070726161530
ACCESSION NUMBER:\t\t0001234567-07-000042
CONFORMED SUBMISSION TYPE:\t8-K
PUBLIC DOCUMENT COUNT:\t\t4
CONFORMED PERIOD OF REPORT:\t{period_of_report}
ITEM INFORMATION:\t\tResults of Operations and Financial Condition
ITEM INFORMATION:\t\tFinancial Statements and Exhibits
FILED AS OF DATE:\t\t20070726
DATE AS OF CHANGE:\t\t20070726

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tQUILLON WIDGET CORP
\t\tCENTRAL INDEX KEY:\t\t\t{cik}
\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tMISC INDUSTRIAL & COMMERCIAL MACHINERY & EQUIPMENT [3590]
\t\tIRS NUMBER:\t\t\t\t341234567
\t\tSTATE OF INCORPORATION:\t\t\tDE
\t\tFISCAL YEAR END:\t\t\t1231

\tFILING VALUES:
\t\tFORM TYPE:\t\t8-K
\t\tSEC ACT:\t\t1934 Act
\t\tSEC FILE NUMBER:\t000-51234
\t\tFILM NUMBER:\t\t07999999

\tBUSINESS ADDRESS:\t
\t\tSTREET 1:\t\t100 FOUNDRY ROAD
\t\tCITY:\t\t\tMILLBROOK
\t\tSTATE:\t\t\tOH
\t\tZIP:\t\t\t44000
\t\tBUSINESS PHONE:\t\t330-555-0100
</SEC-HEADER>
"""
    parts = [
        header,
        document("8-K", 1, "d8k.htm", EIGHT_K, "FORM 8-K"),
        document("EX-99.1", 2, "dex991.htm", EX_99.format(dateline=dateline), "PRESS RELEASE"),
        document("GRAPHIC", 3, "g12345logo.jpg", uuencoded("g12345logo.jpg"), "GRAPHIC"),
        document("EX-101.INS", 4, "qwgt-20070630.xml", XBRL, "XBRL INSTANCE DOCUMENT"),
        "</SEC-DOCUMENT>\n",
    ]
    return "".join(parts).replace("\n", newline)


def part_span(text: str, doc_type: str) -> tuple[int, int]:
    """Offsets of the <TEXT> of the document of `doc_type` within the submission."""
    at = text.index(f"<TYPE>{doc_type}")
    start = text.index("<TEXT>", at) + len("<TEXT>")
    return start, text.index("</TEXT>", start)


def numeric(report: Report) -> list[Fact]:
    return [f for f in report.facts if f.is_numeric]


def readings(report: Report) -> dict[tuple[str, D | None, D], tuple[Decimal, str, int | None]]:
    out = {}
    for f in numeric(report):
        assert f.unit is not None
        k = (f.concept, f.period.start, f.period.end)
        assert k not in out, f"{k} reported twice"
        out[k] = (f.value, f.unit.short, f.decimals)
    return out


def cover(report: Report) -> dict[str, str]:
    return {f.concept: f.value for f in report.facts if not f.is_numeric}  # type: ignore[misc]


# -- which parts are read ----------------------------------------------------------------------------------------


def test_facts_come_from_the_ex_99_release_only() -> None:
    text = submission()
    report = converter.convert(text)
    assert readings(report) == EXPECTED
    start, end = part_span(text, "EX-99.1")
    for fact in numeric(report):
        assert fact.source is not None and start <= fact.source.start < fact.source.end <= end, fact


def test_numbers_of_the_xbrl_instance_and_the_graphic_are_not_read() -> None:
    values = {abs(f.value) for f in numeric(converter.convert(submission()))}  # type: ignore[arg-type]
    for stray in ("98765000", "4321000", "5555000", "98800000", "4300000", "0.41", "77777", "77777000", "6666"):
        assert Decimal(stray) not in values
    assert "CostOfRevenue" not in {f.concept for f in numeric(converter.convert(submission()))}


# -- the entity --------------------------------------------------------------------------------------------------


def test_entity_is_the_headers_cik_without_a_cik_option() -> None:
    report = converter.convert(submission())
    assert report.entity.scheme == CIK_SCHEME == "http://www.sec.gov/CIK"
    assert report.entity.identifier == "0001234567"
    assert cover(report)["EntityCentralIndexKey"] == "0001234567"
    assert not any("no CIK" in w for w in report.warnings)


def test_a_header_cik_without_leading_zeros_is_padded() -> None:
    report = converter.convert(submission(cik="1234567"))
    assert (report.entity.scheme, report.entity.identifier) == (CIK_SCHEME, "0001234567")


def test_a_cik_option_still_wins_over_the_header() -> None:
    report = converter.convert(submission(), cik="7654321")
    assert (report.entity.scheme, report.entity.identifier) == (CIK_SCHEME, "0007654321")


# -- the period --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("dateline", [DATELINE, UNDATED_DATELINE], ids=["dated", "undated"])
def test_conformed_period_of_report_is_not_the_fiscal_period_end(dateline: str) -> None:
    report = converter.convert(submission(dateline=dateline))
    facts = cover(report)
    assert facts["DocumentPeriodEndDate"] == "2007-06-30"
    assert facts["DocumentFiscalPeriodFocus"] == "Q2"
    assert facts["DocumentFiscalYearFocus"] == "2007"
    assert not any(f.period.end == D(2007, 7, 26) for f in report.facts)
    assert readings(report) == EXPECTED


def test_the_filing_date_dates_a_release_without_a_dateline() -> None:
    # no date in the release and no period end: the header's "FILED AS OF DATE" (July 26, 2007) says which
    # second quarter of 2007 it reports, the calendar's
    undated = ("MILLBROOK, Ohio -- Quillon Widget Corp. (NASDAQ: QWGT) today reported net income of $1.4 million "
               "for the second quarter of 2007, compared to $0.9 million for the second quarter of 2006.")
    text = re.sub(r"<TABLE.*</TABLE>|<DOCUMENT>\n<TYPE>8-K\n.*?</DOCUMENT>\n", "", submission(dateline=undated),
                  flags=re.S)  # nor the 8-K's "On July 26, 2007, ... issued a press release"
    assert readings(converter.convert(text)) == {
        ("NetIncomeLoss", *Q2_07): (Decimal(1400000), "USD", -5),
        ("NetIncomeLoss", *Q2_06): (Decimal(900000), "USD", -5),
    }
    # the same release on its own is not dated
    alone = re.sub(r"<TABLE.*</TABLE>", "", EX_99.format(dateline=undated), flags=re.S)
    assert not readings(converter.convert(alone))


# -- what the input is -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("filename", ["0001234567-07-000042.htm", "0001234567-07-000042", "filing.html"])
def test_a_submission_is_told_by_its_content_not_its_name(tmp_path: Path, filename: str) -> None:
    text = submission()
    path = tmp_path / filename
    path.write_text(text, encoding="utf-8")
    for source in (path, str(path)):
        report = converter.convert(source)
        assert (report.entity.scheme, report.entity.identifier) == (CIK_SCHEME, "0001234567")
        assert readings(report) == EXPECTED


def test_a_lone_exhibit_document_without_the_sec_header(tmp_path: Path) -> None:
    text = document("EX-99.1", 1, "dex991.htm", EX_99.format(dateline=DATELINE), "PRESS RELEASE")
    path = tmp_path / "dex991"
    path.write_text(text, encoding="utf-8")
    assert readings(converter.convert(path)) == EXPECTED


def test_an_html_release_named_txt_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(EX_99.format(dateline=DATELINE), encoding="utf-8")
    assert readings(converter.convert(path)) == EXPECTED


def test_a_plain_text_release_named_htm_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "release.htm"
    path.write_text(DATELINE + "\n\nNet income for the second quarter of 2007 was $1.2 million.\n", encoding="utf-8")
    got = readings(converter.convert(path))
    assert got == {("NetIncomeLoss", *Q2_07): (Decimal(1200000), "USD", -5)}


# -- sources -----------------------------------------------------------------------------------------------------


def _check_sources(text: str, report: Report) -> None:
    facts = numeric(report)
    assert facts
    for fact in facts:
        assert fact.source is not None
        found = text[fact.source.start : fact.source.end]
        if fact.source.kind == "table":
            cell = fact.source.quote.rsplit("|", 1)[1].strip().lstrip("$").strip()
            assert cell in found, (fact.concept, fact.source, found)
        else:
            assert " ".join(found.split()) == fact.source.quote, (fact.concept, fact.source, found)


def test_sources_point_into_the_whole_submission_text() -> None:
    text = submission()
    _check_sources(text, converter.convert(text))


def test_sources_point_into_a_submission_with_crlf_lines(tmp_path: Path) -> None:
    text = submission(newline="\r\n")
    path = tmp_path / "0001234567-07-000042.txt"
    path.write_bytes(text.encode("utf-8"))
    report = converter.convert(path)
    assert readings(report) == EXPECTED
    _check_sources(text, report)


def test_prose_sources_in_the_exhibit_point_into_the_submission() -> None:
    dateline = DATELINE + " Cash and cash equivalents were $8.1 million at June 30, 2007."
    text = submission(dateline=dateline)
    report = converter.convert(text)
    prose = [f for f in numeric(report) if f.source is not None and f.source.kind == "prose"]
    assert prose, "the exhibit's prose sentence gave no fact"
    _check_sources(text, report)


# -- a holding company and its subsidiaries filing one plain-text submission (1990s-2000s style) ----------------

FILER = """FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\t{name}
\t\tCENTRAL INDEX KEY:\t\t\t{cik}
\t\tFISCAL YEAR END:\t\t\t1231

"""

TEXT_RELEASE = """
                                                   Exhibit 99.01

DUNMORE, Pa., January 25, 2005 -- Harrow Holding Company today reported
results for the fourth quarter and year ended December 31, 2004.
"""

# EDGAR's own markup for text tables: <TABLE>, <CAPTION>, <S>, <C> in the exhibit's first lines
TEXT_HIGHLIGHTS = """
<TABLE>
<CAPTION>
                                                     Exhibit 99.02
                         Harrow Holding Company
                   Analysis of Consolidated Earnings
                       (In Millions of Dollars)

                                3 Months Ended December    12 Months Ended December
                                 2004      2003             2004       2003
<S>                             <C>       <C>              <C>        <C>
Total Revenues                  $2,721    $2,520           $11,903    $11,186
NET INCOME AS REPORTED (Note)   $  204    $  125           $ 1,532    $ 1,474
</TABLE>
"""

TEXT_KWH = """
<TABLE>
<CAPTION>
                                                     Exhibit 99.03
                         Kilowatt-Hour Sales
                       (In Millions of KWHs)

                                3 Months Ended December    12 Months Ended December
                                 2004      2003             2004       2003
<S>                             <C>       <C>              <C>        <C>
Total Sales                     45,217    47,147           192,382    192,138
</TABLE>
"""


def co_registrant_submission() -> str:
    filers = FILER.format(name="HARROW POWER CO", cik="0000003153") + FILER.format(
        name="HARROW HOLDING CO", cik="0000092122") + FILER.format(name="HARROW GENERATING CO", cik="0000044545")
    return ("<SEC-DOCUMENT>0000092122-05-000007.txt : 20050125\n<SEC-HEADER>0000092122-05-000007.hdr.sgml : 20050125\n"
            "CONFORMED SUBMISSION TYPE:\t8-K\nCONFORMED PERIOD OF REPORT:\t20050125\n\n" + filers + "</SEC-HEADER>\n"
            + document("8-K", 1, "form8k.txt", "Item 12. Results of Operations.\n")
            + document("EX-99.01", 2, "ex9901.txt", TEXT_RELEASE)
            + document("EX-99.02", 3, "ex9902.txt", TEXT_HIGHLIGHTS)
            + document("EX-99.03", 4, "ex9903.txt", TEXT_KWH) + "</SEC-DOCUMENT>\n")


def test_the_registrant_is_the_co_registrant_the_release_names() -> None:
    report = converter.convert(co_registrant_submission())
    assert report.entity.identifier == "0000092122"
    assert cover(report)["EntityRegistrantName"] == "Harrow Holding Company"


def test_text_tables_in_edgar_markup_are_read_as_text_tables() -> None:
    # <TABLE> alone is EDGAR's markup, not HTML; a header's month and each column's year give the periods;
    # the kilowatt-hour table is no money
    got = readings(converter.convert(co_registrant_submission()))
    q4, fy = (D(2004, 10, 1), D(2004, 12, 31)), (D(2004, 1, 1), D(2004, 12, 31))
    q4_03, fy_03 = (D(2003, 10, 1), D(2003, 12, 31)), (D(2003, 1, 1), D(2003, 12, 31))
    assert {k: v[0] for k, v in got.items()} == {
        ("Revenues", *q4): Decimal("2721000000"), ("Revenues", *q4_03): Decimal("2520000000"),
        ("Revenues", *fy): Decimal("11903000000"), ("Revenues", *fy_03): Decimal("11186000000"),
        ("NetIncomeLoss", *q4): Decimal("204000000"), ("NetIncomeLoss", *q4_03): Decimal("125000000"),
        ("NetIncomeLoss", *fy): Decimal("1532000000"), ("NetIncomeLoss", *fy_03): Decimal("1474000000")}
