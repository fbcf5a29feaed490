"""Statement tables in HTML releases: how the grid, the column periods, the scale and the signs are read.

Every release here is invented: Quillon Widget Corp. reports the second quarter ended June 30,
2007 (a calendar year) on July 26, 2007; Brackwater Tool Inc. keeps a 52/53-week year and reports
its second quarter ended July 1, 2007. Each test is a small complete release: a dateline paragraph
and a table, so that what the assertions check is the table's reading, fact by fact, and what must
not come out at all.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import converter
from converter.model import Fact, Report

D = dt.date

DATELINE = ("<p>MILLBROOK, Ohio, July 26, 2007 -- Quillon Widget Corp. (NASDAQ: QWGT) today announced results "
            "for the second quarter ended June 30, 2007.</p>")
WEEKLY_DATELINE = ("<p>DUNMORE, Pa., July 19, 2007 -- Brackwater Tool Inc. (NASDAQ: BRKT) today announced results "
                   "for the second quarter ended July 1, 2007.</p>")
FISCAL_DATELINE = ("<p>MILLBROOK, Ohio, August 9, 2007 -- Quillon Widget Corp. (NASDAQ: QWGT) today announced "
                   "results for the fourth quarter and fiscal year ended June 30, 2007.</p>")

Q2_07 = (D(2007, 4, 1), D(2007, 6, 30))
Q2_06 = (D(2006, 4, 1), D(2006, 6, 30))
H1_07 = (D(2007, 1, 1), D(2007, 6, 30))
H1_06 = (D(2006, 1, 1), D(2006, 6, 30))
AT_JUN07 = (None, D(2007, 6, 30))
AT_DEC06 = (None, D(2006, 12, 31))

USD, PER_SHARE, SHARES = "USD", "USD/shares", "shares"

THREE_MONTHS_HEADER = """
<tr><td></td><td colspan="2" align="center">Three Months Ended</td></tr>
<tr><td></td><td colspan="2" align="center">June 30,</td></tr>
<tr><td></td><td align="center">2007</td><td align="center">2006</td></tr>"""

# the same with each year over two cells: a number and its "%" or ")"
THREE_MONTHS_WIDE = """
<tr><td></td><td colspan="4" align="center">Three Months Ended</td></tr>
<tr><td></td><td colspan="4" align="center">June 30,</td></tr>
<tr><td></td><td colspan="2" align="center">2007</td><td colspan="2" align="center">2006</td></tr>"""

IN_THOUSANDS = "<p>(in thousands, except per share data)</p>"


def release(*parts: str, dateline: str = DATELINE) -> str:
    return "<html><body>\n" + dateline + "\n" + "\n".join(parts) + "\n</body></html>\n"


def table(*rows: str, attrs: str = 'border="0" cellpadding="0"') -> str:
    return f"<table {attrs}>" + "\n".join(rows) + "\n</table>"


def tr(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def convert(html: str) -> Report:
    return converter.convert(html)


def numeric(report: Report) -> list[Fact]:
    return [f for f in report.facts if f.is_numeric]


def table_facts(report: Report) -> list[Fact]:
    return [f for f in numeric(report) if f.source is not None and f.source.kind == "table"]


Key = tuple[str, "D | None", D]
Reading = tuple[Decimal, str, "int | None"]


def readings(facts: list[Fact]) -> dict[Key, Reading]:
    """(concept, start, end) -> (value, unit, decimals); two facts of one concept, period and unit fail."""
    out: dict[Key, Reading] = {}
    for f in facts:
        assert f.unit is not None
        key = (f.concept, f.period.start, f.period.end)
        assert key not in out or out[key][1] != f.unit.short, f"{key} reported twice: {out[key]} and {f.value}"
        out[key] = (f.value, f.unit.short, f.decimals)  # type: ignore[assignment]
    return out


def money(value: str, decimals: int = -3) -> Reading:
    return (Decimal(value), USD, decimals)


def eps(value: str) -> Reading:
    return (Decimal(value), PER_SHARE, 2)


def shares(value: str, decimals: int = -3) -> Reading:
    return (Decimal(value), SHARES, decimals)


def key(concept: str, period: tuple[D | None, D]) -> Key:
    return (concept, period[0], period[1])


def expected(*items: tuple[str, tuple[D | None, D], Reading]) -> dict[Key, Reading]:
    return {key(concept, period): reading for concept, period, reading in items}


def span_of(html: str, marker: str) -> tuple[int, int]:
    """Offsets of the <table> that holds `marker`, in `html`."""
    at = html.index(marker)
    return html.rindex("<table", 0, at), html.index("</table>", at) + len("</table>")


# -- the grid ----------------------------------------------------------------------------------------------------


def test_colspan_rowspan_and_dollar_signs_in_cells_of_their_own() -> None:
    grid = table(
        '<tr><td rowspan="2">&nbsp;</td><td colspan="4" align="center">Three Months Ended June 30,</td></tr>',
        '<tr><td colspan="2" align="center">2007</td><td colspan="2" align="center">2006</td></tr>',
        tr("Total revenues", "$", "12,345", "$", "10,100"),
        tr("Cost of revenues", "", "7,010", "", "6,020"),
        tr("Gross profit", "", "5,335", "", "4,080"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("CostOfRevenue", Q2_07, money("7010000")), ("CostOfRevenue", Q2_06, money("6020000")),
        ("GrossProfit", Q2_07, money("5335000")), ("GrossProfit", Q2_06, money("4080000")),
    )


def test_rowspan_header_cell_between_columns() -> None:
    # "Six Months" heads two rows; the years of the quarter columns sit to its left in the second row
    grid = table(
        '<tr><td></td><td colspan="2" align="center">Three Months Ended June 30,</td>'
        '<td rowspan="2" align="center">Six Months Ended<br>June 30, 2007</td></tr>',
        "<tr><td></td><td>2007</td><td>2006</td></tr>",
        tr("Net sales", "12,345", "10,100", "24,690"),
        tr("Net income", "1,234", "900", "2,400"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("Revenues", H1_07, money("24690000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
        ("NetIncomeLoss", H1_07, money("2400000")),
    )


def test_percent_signs_in_cells_of_their_own_are_not_amounts() -> None:
    grid = table(
        THREE_MONTHS_WIDE,
        tr("Total revenues", "12,345", "", "10,100", ""),
        tr("Gross margin", "43.2", "%", "40.4", "%"),
        tr("Operating margin", "9.8", " %", "8.1", "%"),
    )
    report = convert(release(IN_THOUSANDS, grid))
    got = readings(table_facts(report))
    assert got == expected(("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")))


def test_percent_change_column_is_ignored() -> None:
    grid = table(
        '<tr><td></td><td colspan="2" align="center">Three Months Ended June 30,</td><td></td></tr>',
        '<tr><td></td><td align="center">2007</td><td align="center">2006</td><td align="center">% Change</td></tr>',
        tr("Total revenues", "12,345", "10,100", "22.2"),
        tr("Net income", "1,234", "900", "37.1"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
    )


def test_number_split_across_cells_and_footnote_markers_in_labels() -> None:
    grid = table(
        THREE_MONTHS_WIDE,
        tr("Revenues*", "12,345", "", "10,100", ""),
        tr("Operating income (loss)", "(1,010", ")", "650", ""),
        tr("Net income (loss) (1)", "(1,234", ")", "900", ""),
        tr("Net income (loss) per share &#150; diluted <sup>(2)</sup>", "(0.12", ")", "0.09", ""),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("OperatingIncomeLoss", Q2_07, money("-1010000")), ("OperatingIncomeLoss", Q2_06, money("650000")),
        ("NetIncomeLoss", Q2_07, money("-1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
        ("EarningsPerShareDiluted", Q2_07, eps("-0.12")), ("EarningsPerShareDiluted", Q2_06, eps("0.09")),
    )


def test_spacer_columns_br_in_headers_and_nbsp() -> None:
    spacer = '<td width="2%">&nbsp;</td>'
    grid = table(
        f"<tr><td>&nbsp;</td>{spacer}<td>Three Months<br>Ended<br>June 30,<br>2007</td>{spacer}"
        f"<td>Three Months<br/>Ended<br/>June 30,<br/>2006</td>{spacer}</tr>",
        f"<tr><td>&nbsp;&nbsp;Total&nbsp;revenues</td>{spacer}<td>&nbsp;12,345</td>{spacer}"
        f"<td>&nbsp;10,100&nbsp;</td>{spacer}</tr>",
        f"<tr><td>&nbsp;&nbsp;Net&nbsp;income</td>{spacer}<td>$&nbsp;1,234</td>{spacer}"
        f"<td>$&nbsp;&nbsp;900</td>{spacer}</tr>",
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
    )


def test_number_cells_spanning_two_columns_under_single_column_years() -> None:
    # Word-made pages: the year sits in the second of two columns that each number's cell spans
    grid = table(
        '<tr><td></td><td colspan="4" align="center">Three Months Ended June 30,</td></tr>',
        "<tr><td></td><td></td><td>2007</td><td></td><td>2006</td></tr>",
        '<tr><td>Total revenues</td><td colspan="2">$ 12,345</td><td colspan="2">$ 10,100</td></tr>',
        '<tr><td>Net income</td><td colspan="2">1,234</td><td colspan="2">900</td></tr>',
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
    )


def test_minus_sign_before_a_loss() -> None:
    grid = table(THREE_MONTHS_HEADER, tr("Total revenues", "12,345", "10,100"),
                 tr("Net income (loss)", "-1,234", "900"))
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", Q2_07, money("-1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
    )


def test_footnote_marker_beside_a_number() -> None:
    grid = table(THREE_MONTHS_HEADER, tr("Total revenues", "12,345<sup>(1)</sup>", "10,100"),
                 tr("Net income", "1,234", "900 *"))
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
    )


def test_dashes_are_zero() -> None:
    grid = table(
        THREE_MONTHS_HEADER,
        tr("Total revenues", "12,345", "10,100"),
        tr("Interest expense", "&#151;", "150"),
        tr("Research and development", "1,500", "&#8212;"),
        tr("Provision for income taxes", "&#8211;", "-"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("InterestExpense", Q2_07, money("0")), ("InterestExpense", Q2_06, money("150000")),
        ("ResearchAndDevelopmentExpense", Q2_07, money("1500000")),
        ("ResearchAndDevelopmentExpense", Q2_06, money("0")),
        ("IncomeTaxExpenseBenefit", Q2_07, money("0")), ("IncomeTaxExpenseBenefit", Q2_06, money("0")),
    )


def test_hidden_row_is_ignored() -> None:
    grid = table(
        THREE_MONTHS_HEADER,
        '<tr style="display:none"><td>Total revenues</td><td>99,999</td><td>88,888</td></tr>',
        tr("Total revenues", "12,345", "10,100"),
        tr("Net income", "1,234", "900"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
    )


def test_hidden_text_inside_a_cell_is_ignored() -> None:
    grid = table(
        THREE_MONTHS_HEADER,
        tr('Total revenues<span style="display:none"> by segment</span>',
           '12,345<span style="display:none">7</span>', "10,100"),
        tr("Net income", "1,234", '<font style="DISPLAY: none">5</font>900'),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
    )


def test_hidden_paragraph_above_the_table_is_no_scale_note() -> None:
    grid = table(THREE_MONTHS_HEADER, tr("Total revenues", "12,345", "10,100"), tr("Net income", "1,234", "900"))
    html = release(IN_THOUSANDS, '<p style="display:none">(in millions)</p>', grid)
    got = readings(table_facts(convert(html)))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
    )


# -- column periods ----------------------------------------------------------------------------------------------


def test_quarter_and_year_to_date_told_apart_by_header_not_position() -> None:
    # the six-month columns come first: position says nothing
    grid = table(
        '<tr><td></td><td colspan="2" align="center">Six Months Ended</td>'
        '<td colspan="2" align="center">Three Months Ended</td></tr>',
        '<tr><td></td><td colspan="2" align="center">June 30,</td><td colspan="2" align="center">June 30,</td></tr>',
        "<tr><td></td><td>2007</td><td>2006</td><td>2007</td><td>2006</td></tr>",
        tr("Total revenues", "24,690", "20,050", "12,345", "10,100"),
        tr("Net income", "2,400", "1,700", "1,234", "900"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", H1_07, money("24690000")), ("Revenues", H1_06, money("20050000")),
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", H1_07, money("2400000")), ("NetIncomeLoss", H1_06, money("1700000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
    )


@pytest.mark.parametrize(("length", "years", "revenue", "income"), [
    ("Quarter Ended", "<td>June 30, 2007</td><td>June 30, 2006</td>", "Net sales", "Net earnings"),
    # "Three Months" over "2007" and "2006", no date: each column's own year, not the release's quarter twice
    ("Three Months", '<td align="center">2007</td><td align="center">2006</td>', "Total revenues", "Net income"),
])
def test_headers_that_name_a_quarter_and_its_year(length: str, years: str, revenue: str, income: str) -> None:
    grid = table(
        f'<tr><td></td><td colspan="2" align="center">{length}</td></tr>',
        f"<tr><td></td>{years}</tr>",
        tr(revenue, "12,345", "10,100"),
        tr(income, "1,234", "900"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
    )


def test_thirteen_and_twenty_six_weeks_ended_on_a_day_that_is_no_month_end() -> None:
    grid = table(
        '<tr><td></td><td colspan="2" align="center">13 Weeks Ended</td>'
        '<td colspan="2" align="center">26 Weeks Ended</td></tr>',
        "<tr><td></td><td>July 1, 2007</td><td>July 2, 2006</td><td>July 1, 2007</td><td>July 2, 2006</td></tr>",
        tr("Net sales", "31,200", "29,850", "60,400", "57,700"),
        tr("Net income", "2,110", "1,980", "4,050", "3,760"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid, dateline=WEEKLY_DATELINE))))
    q07, q06 = (D(2007, 4, 2), D(2007, 7, 1)), (D(2006, 4, 3), D(2006, 7, 2))
    h07, h06 = (D(2007, 1, 1), D(2007, 7, 1)), (D(2006, 1, 2), D(2006, 7, 2))
    assert got == expected(
        ("Revenues", q07, money("31200000")), ("Revenues", q06, money("29850000")),
        ("Revenues", h07, money("60400000")), ("Revenues", h06, money("57700000")),
        ("NetIncomeLoss", q07, money("2110000")), ("NetIncomeLoss", q06, money("1980000")),
        ("NetIncomeLoss", h07, money("4050000")), ("NetIncomeLoss", h06, money("3760000")),
    )


def test_a_stated_count_of_fourteen_weeks_wins() -> None:
    grid = table(
        "<tr><td></td><td>14 Weeks Ended<br>July 1, 2007</td><td>13 Weeks Ended<br>June 25, 2006</td></tr>",
        tr("Net sales", "31,200", "29,850"),
        tr("Net income", "2,110", "1,980"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid, dateline=WEEKLY_DATELINE))))
    q07, q06 = (D(2007, 3, 26), D(2007, 7, 1)), (D(2006, 3, 27), D(2006, 6, 25))
    assert got == expected(
        ("Revenues", q07, money("31200000")), ("Revenues", q06, money("29850000")),
        ("NetIncomeLoss", q07, money("2110000")), ("NetIncomeLoss", q06, money("1980000")),
    )


def test_fiscal_year_ended_columns_beside_the_fourth_quarter() -> None:
    grid = table(
        '<tr><td></td><td colspan="2" align="center">Three Months Ended</td>'
        '<td colspan="2" align="center">Fiscal Year Ended</td></tr>',
        '<tr><td></td><td colspan="2" align="center">June 30,</td><td colspan="2" align="center">June 30,</td></tr>',
        "<tr><td></td><td>2007</td><td>2006</td><td>2007</td><td>2006</td></tr>",
        tr("Total revenues", "12,345", "10,100", "47,800", "40,350"),
        tr("Net income", "1,234", "900", "4,420", "3,310"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid, dateline=FISCAL_DATELINE))))
    fy07, fy06 = (D(2006, 7, 1), D(2007, 6, 30)), (D(2005, 7, 1), D(2006, 6, 30))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("Revenues", fy07, money("47800000")), ("Revenues", fy06, money("40350000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
        ("NetIncomeLoss", fy07, money("4420000")), ("NetIncomeLoss", fy06, money("3310000")),
    )


def test_balance_sheet_columns_are_instants_and_unaudited_is_ignored() -> None:
    grid = table(
        '<tr><td></td><td align="center">June 30,</td><td align="center">December 31,</td></tr>',
        '<tr><td></td><td align="center">2007</td><td align="center">2006</td></tr>',
        '<tr><td></td><td align="center">(Unaudited)</td><td></td></tr>',
        tr("<b>ASSETS</b>", "", ""),
        tr("Cash and cash equivalents", "$ 8,120", "$ 7,455"),
        tr("Accounts receivable, net of allowance of $210 and $190", "6,300", "5,980"),
        tr("Total current assets", "19,870", "18,040"),
        tr("Total assets", "41,225", "39,100"),
        tr("Current portion of long-term debt", "1,000", "1,000"),
        tr("Long-term debt, less current portion", "9,000", "9,500"),
        tr("Total stockholders' equity", "22,415", "20,760"),
        tr("Total liabilities and stockholders' equity", "$ 41,225", "$ 39,100"),
    )
    html = release("<p>CONDENSED CONSOLIDATED BALANCE SHEETS</p>", "<p>(in thousands)</p>", grid)
    got = readings(table_facts(convert(html)))
    assert got == expected(
        ("CashAndCashEquivalentsAtCarryingValue", AT_JUN07, money("8120000")),
        ("CashAndCashEquivalentsAtCarryingValue", AT_DEC06, money("7455000")),
        ("AccountsReceivableNetCurrent", AT_JUN07, money("6300000")),
        ("AccountsReceivableNetCurrent", AT_DEC06, money("5980000")),
        ("AssetsCurrent", AT_JUN07, money("19870000")), ("AssetsCurrent", AT_DEC06, money("18040000")),
        ("Assets", AT_JUN07, money("41225000")), ("Assets", AT_DEC06, money("39100000")),
        ("LongTermDebtCurrent", AT_JUN07, money("1000000")), ("LongTermDebtCurrent", AT_DEC06, money("1000000")),
        ("LongTermDebtNoncurrent", AT_JUN07, money("9000000")),
        ("LongTermDebtNoncurrent", AT_DEC06, money("9500000")),
        ("StockholdersEquity", AT_JUN07, money("22415000")), ("StockholdersEquity", AT_DEC06, money("20760000")),
        ("LiabilitiesAndStockholdersEquity", AT_JUN07, money("41225000")),
        ("LiabilitiesAndStockholdersEquity", AT_DEC06, money("39100000")),
    )


def test_unaudited_in_the_period_header_cells() -> None:
    grid = table(
        '<tr><td></td><td colspan="2" align="center">Three Months Ended June 30,</td></tr>',
        "<tr><td></td><td>2007<br>(Unaudited)</td><td>2006<br>(Unaudited)</td></tr>",
        tr("Total revenues", "12,345", "10,100"),
        tr("Net income", "1,234", "900"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
    )


# -- scale -------------------------------------------------------------------------------------------------------


def test_in_thousands_except_per_share_data() -> None:
    grid = table(
        THREE_MONTHS_HEADER,
        tr("Total revenues", "$ 12,345", "$ 10,100"),
        tr("Net income", "$ 1,234", "$ 900"),
        tr("Earnings per share:", "", ""),
        tr("Basic", "$ 0.12", "$ 0.09"),
        tr("Diluted", "$ 0.11", "$ 0.08"),
        tr("Weighted average shares outstanding:", "", ""),
        tr("Basic", "10,283", "10,004"),
        tr("Diluted", "10,850", "10,512"),
    )
    html = release("<p>QUILLON WIDGET CORP.</p>", "<p>CONSOLIDATED STATEMENTS OF INCOME</p>", IN_THOUSANDS, grid)
    got = readings(table_facts(convert(html)))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
        ("EarningsPerShareBasic", Q2_07, eps("0.12")), ("EarningsPerShareBasic", Q2_06, eps("0.09")),
        ("EarningsPerShareDiluted", Q2_07, eps("0.11")), ("EarningsPerShareDiluted", Q2_06, eps("0.08")),
        ("WeightedAverageNumberOfSharesOutstandingBasic", Q2_07, shares("10283000")),
        ("WeightedAverageNumberOfSharesOutstandingBasic", Q2_06, shares("10004000")),
        ("WeightedAverageNumberOfDilutedSharesOutstanding", Q2_07, shares("10850000")),
        ("WeightedAverageNumberOfDilutedSharesOutstanding", Q2_06, shares("10512000")),
    )


def test_in_millions_in_the_tables_own_header_cell() -> None:
    grid = table(
        '<tr><td>(In millions)</td><td colspan="2" align="center">Three Months Ended June 30,</td></tr>',
        "<tr><td></td><td>2007</td><td>2006</td></tr>",
        tr("Net sales", "1,234.5", "1,101.0"),
        tr("Net income", "98.7", "87"),
    )
    got = readings(table_facts(convert(release(grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("1234500000", -5)), ("Revenues", Q2_06, money("1101000000", -5)),
        ("NetIncomeLoss", Q2_07, money("98700000", -5)), ("NetIncomeLoss", Q2_06, money("87000000", -6)),
    )


def test_dollar_000s_in_the_header() -> None:
    grid = table(
        '<tr><td>($000s)</td><td colspan="2" align="center">Three Months Ended June 30,</td></tr>',
        "<tr><td></td><td>2007</td><td>2006</td></tr>",
        tr("Total revenues", "12,345", "10,100"),
        tr("Net income", "1,234", "900"),
    )
    got = readings(table_facts(convert(release(grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
    )


def test_scale_in_the_tables_caption() -> None:
    grid = table(
        "<caption>Condensed Consolidated Statements of Income (In thousands)</caption>",
        THREE_MONTHS_HEADER,
        tr("Total revenues", "12,345", "10,100"),
        tr("Net income", "1,234", "900"),
    )
    got = readings(table_facts(convert(release(grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
    )


def test_billion_in_prose_is_no_scale_for_the_table() -> None:
    prose = ("<p>Quillon Widget Corp. ended the quarter with an order backlog of $1.4 billion, "
             "the highest in its history.</p>")
    grid = table(THREE_MONTHS_HEADER, tr("Total revenues", "$ 12,345,678", "$ 10,100,250"),
                 tr("Net income", "$ 1,234,567", "$ 900,125"))
    got = readings(table_facts(convert(release(prose, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345678", 0)), ("Revenues", Q2_06, money("10100250", 0)),
        ("NetIncomeLoss", Q2_07, money("1234567", 0)), ("NetIncomeLoss", Q2_06, money("900125", 0)),
    )


def test_scale_of_the_table_before_does_not_carry_over() -> None:
    first = table(THREE_MONTHS_HEADER, tr("Total revenues", "12,345", "10,100"), tr("Net income", "1,234", "900"))
    second = table(
        '<tr><td></td><td align="center">June 30, 2007</td><td align="center">December 31, 2006</td></tr>',
        tr("Cash and cash equivalents", "8,120,400", "7,455,100"),
        tr("Total assets", "41,225,900", "39,100,050"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, first, second))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
        ("CashAndCashEquivalentsAtCarryingValue", AT_JUN07, money("8120400", 0)),
        ("CashAndCashEquivalentsAtCarryingValue", AT_DEC06, money("7455100", 0)),
        ("Assets", AT_JUN07, money("41225900", 0)), ("Assets", AT_DEC06, money("39100050", 0)),
    )


def test_shares_in_thousands_apart_from_money_in_millions() -> None:
    grid = table(
        THREE_MONTHS_HEADER,
        tr("Net sales", "1,234.5", "1,101.0"),
        tr("Net income", "98.7", "87.2"),
        tr("Diluted earnings per share", "0.91", "0.80"),
        tr("Weighted average shares outstanding &#150; diluted", "108,460", "109,005"),
    )
    title = "<p>(In millions, except per share amounts; shares in thousands)</p>"
    got = readings(table_facts(convert(release(title, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("1234500000", -5)), ("Revenues", Q2_06, money("1101000000", -5)),
        ("NetIncomeLoss", Q2_07, money("98700000", -5)), ("NetIncomeLoss", Q2_06, money("87200000", -5)),
        ("EarningsPerShareDiluted", Q2_07, eps("0.91")), ("EarningsPerShareDiluted", Q2_06, eps("0.80")),
        ("WeightedAverageNumberOfDilutedSharesOutstanding", Q2_07, shares("108460000")),
        ("WeightedAverageNumberOfDilutedSharesOutstanding", Q2_06, shares("109005000")),
    )


def test_except_share_data_leaves_shares_unscaled() -> None:
    grid = table(
        THREE_MONTHS_HEADER,
        tr("Total revenues", "12,345", "10,100"),
        tr("Basic net income per share", "0.12", "0.09"),
        tr("Basic weighted average shares outstanding", "10,283,114", "10,004,276"),
    )
    title = "<p>(in thousands, except share and per share data)</p>"
    got = readings(table_facts(convert(release(title, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("EarningsPerShareBasic", Q2_07, eps("0.12")), ("EarningsPerShareBasic", Q2_06, eps("0.09")),
        ("WeightedAverageNumberOfSharesOutstandingBasic", Q2_07, shares("10283114", 0)),
        ("WeightedAverageNumberOfSharesOutstandingBasic", Q2_06, shares("10004276", 0)),
    )


# -- signs -------------------------------------------------------------------------------------------------------


def test_signs_follow_the_concept_in_a_statement_of_operations() -> None:
    grid = table(
        THREE_MONTHS_HEADER,
        tr("Total revenues", "12,345", "10,100"),
        tr("Cost of revenues", "(7,010)", "(6,020)"),
        tr("Research and development", "(1,500)", "(1,350)"),
        tr("Selling, general and administrative", "(4,900)", "(2,230)"),
        tr("Operating income (loss)", "(1,065)", "500"),
        tr("Interest expense", "(150)", "(160)"),
        tr("Loss before income taxes", "(1,215)", "(340)"),
        tr("Provision for (benefit from) income taxes", "(300)", "60"),
        tr("Net loss", "(915)", "(400)"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    pretax = "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("CostOfRevenue", Q2_07, money("7010000")), ("CostOfRevenue", Q2_06, money("6020000")),
        ("ResearchAndDevelopmentExpense", Q2_07, money("1500000")),
        ("ResearchAndDevelopmentExpense", Q2_06, money("1350000")),
        ("SellingGeneralAndAdministrativeExpense", Q2_07, money("4900000")),
        ("SellingGeneralAndAdministrativeExpense", Q2_06, money("2230000")),
        ("OperatingIncomeLoss", Q2_07, money("-1065000")), ("OperatingIncomeLoss", Q2_06, money("500000")),
        ("InterestExpense", Q2_07, money("150000")), ("InterestExpense", Q2_06, money("160000")),
        (pretax, Q2_07, money("-1215000")), (pretax, Q2_06, money("-340000")),
        ("IncomeTaxExpenseBenefit", Q2_07, money("-300000")), ("IncomeTaxExpenseBenefit", Q2_06, money("60000")),
        ("NetIncomeLoss", Q2_07, money("-915000")), ("NetIncomeLoss", Q2_06, money("-400000")),
    )


def test_net_loss_printed_without_parentheses_is_negative() -> None:
    grid = table(THREE_MONTHS_HEADER, tr("Total revenues", "12,345", "10,100"), tr("Net loss", "1,234", "415"),
                 tr("Net loss per share, basic and diluted", "0.12", "0.04"))
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", Q2_07, money("-1234000")), ("NetIncomeLoss", Q2_06, money("-415000")),
        ("EarningsPerShareBasicAndDiluted", Q2_07, eps("-0.12")),
        ("EarningsPerShareBasicAndDiluted", Q2_06, eps("-0.04")),
    )


def test_cash_used_is_negative_and_capital_expenditures_positive() -> None:
    grid = table(
        '<tr><td></td><td colspan="2" align="center">Six Months Ended June 30,</td></tr>',
        "<tr><td></td><td>2007</td><td>2006</td></tr>",
        tr("Net cash provided by operating activities", "3,000", "2,450"),
        tr("Purchases of property and equipment", "(1,100)", "(980)"),
        tr("Net cash used in investing activities", "(5,000)", "(1,040)"),
        tr("Net cash provided by (used in) financing activities", "1,200", "(800)"),
    )
    html = release("<p>CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS</p>", "<p>(in thousands)</p>", grid)
    got = readings(table_facts(convert(html)))
    assert got == expected(
        ("NetCashProvidedByUsedInOperatingActivities", H1_07, money("3000000")),
        ("NetCashProvidedByUsedInOperatingActivities", H1_06, money("2450000")),
        ("PaymentsToAcquirePropertyPlantAndEquipment", H1_07, money("1100000")),
        ("PaymentsToAcquirePropertyPlantAndEquipment", H1_06, money("980000")),
        ("NetCashProvidedByUsedInInvestingActivities", H1_07, money("-5000000")),
        ("NetCashProvidedByUsedInInvestingActivities", H1_06, money("-1040000")),
        ("NetCashProvidedByUsedInFinancingActivities", H1_07, money("1200000")),
        ("NetCashProvidedByUsedInFinancingActivities", H1_06, money("-800000")),
    )


# -- earnings per share ------------------------------------------------------------------------------------------


def test_net_income_per_share_basic_and_diluted_rows() -> None:
    grid = table(
        THREE_MONTHS_HEADER,
        tr("Net income", "1,234", "900"),
        tr("Net income per share - basic", "0.12", "0.09"),
        tr("Net income per share - diluted", "0.11", "0.08"),
        tr("Shares used in computing basic earnings per share", "10,283", "10,004"),
        tr("Shares used in computing diluted earnings per share", "10,850", "10,512"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
        ("EarningsPerShareBasic", Q2_07, eps("0.12")), ("EarningsPerShareBasic", Q2_06, eps("0.09")),
        ("EarningsPerShareDiluted", Q2_07, eps("0.11")), ("EarningsPerShareDiluted", Q2_06, eps("0.08")),
        ("WeightedAverageNumberOfSharesOutstandingBasic", Q2_07, shares("10283000")),
        ("WeightedAverageNumberOfSharesOutstandingBasic", Q2_06, shares("10004000")),
        ("WeightedAverageNumberOfDilutedSharesOutstanding", Q2_07, shares("10850000")),
        ("WeightedAverageNumberOfDilutedSharesOutstanding", Q2_06, shares("10512000")),
    )


def test_net_loss_per_share_section_with_basic_and_diluted_row() -> None:
    grid = table(
        THREE_MONTHS_HEADER,
        tr("Net loss", "(1,234)", "(900)"),
        tr("Net loss per share:", "", ""),
        tr("Basic and diluted", "$ (0.12)", "$ (0.09)"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("NetIncomeLoss", Q2_07, money("-1234000")), ("NetIncomeLoss", Q2_06, money("-900000")),
        ("EarningsPerShareBasicAndDiluted", Q2_07, eps("-0.12")),
        ("EarningsPerShareBasicAndDiluted", Q2_06, eps("-0.09")),
    )


def test_unqualified_per_share_row_beside_a_diluted_row_is_basic() -> None:
    # ANNOTATION.md: "In a table, an unqualified row beside a "diluted" row is basic."
    grid = table(
        THREE_MONTHS_HEADER,
        tr("Net income", "1,234", "900"),
        tr("Net income per share", "0.12", "0.09"),
        tr("Net income per share - diluted", "0.11", "0.08"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
        ("EarningsPerShareBasic", Q2_07, eps("0.12")), ("EarningsPerShareBasic", Q2_06, eps("0.09")),
        ("EarningsPerShareDiluted", Q2_07, eps("0.11")), ("EarningsPerShareDiluted", Q2_06, eps("0.08")),
    )


# -- noncontrolling interests ------------------------------------------------------------------------------------


NCI_GRID = table(
    THREE_MONTHS_HEADER,
    tr("Total revenues", "12,345", "10,100"),
    tr("Net income", "1,500", "1,050"),
    tr("Less: Net income attributable to noncontrolling interests", "(266)", "(150)"),
    tr("Net income attributable to Quillon Widget Corp.", "1,234", "900"),
)


def test_net_income_before_noncontrolling_interests_is_profit_loss() -> None:
    got = readings(table_facts(convert(release(IN_THOUSANDS, NCI_GRID))))
    assert got[key("ProfitLoss", Q2_07)] == money("1500000")
    assert got[key("ProfitLoss", Q2_06)] == money("1050000")
    assert got[key("NetIncomeLoss", Q2_07)] == money("1234000")
    assert got[key("NetIncomeLoss", Q2_06)] == money("900000")
    assert got[key("Revenues", Q2_07)] == money("12345000")


def test_noncontrolling_share_printed_as_a_deduction_is_positive() -> None:
    # income attributable to the minority, deducted in parentheses: income, not a loss
    got = readings(table_facts(convert(release(IN_THOUSANDS, NCI_GRID))))
    assert got[key("NetIncomeLossAttributableToNoncontrollingInterest", Q2_07)] == money("266000")
    assert got[key("NetIncomeLossAttributableToNoncontrollingInterest", Q2_06)] == money("150000")


# -- segments and products ---------------------------------------------------------------------------------------


def test_product_and_segment_rows_are_not_revenues() -> None:
    grid = table(
        THREE_MONTHS_HEADER,
        tr("Revenues:", "", ""),
        tr("Products", "8,000", "6,900"),
        tr("Services", "4,345", "3,200"),
        tr("Total revenues", "12,345", "10,100"),
        tr("Revenues by region:", "", ""),
        tr("Americas", "7,100", "6,000"),
        tr("Europe", "3,245", "2,800"),
        tr("Asia Pacific", "2,000", "1,300"),
        tr("Net income", "1,234", "900"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
    )


def test_sales_rows_under_a_product_heading_are_not_revenues() -> None:
    grid = table(
        THREE_MONTHS_HEADER,
        tr("Widgets:", "", ""),
        tr("Net sales", "8,000", "6,900"),
        tr("Gears:", "", ""),
        tr("Net sales", "4,345", "3,200"),
        tr("Total net sales", "12,345", "10,100"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")))


# -- tables that are not GAAP statements -------------------------------------------------------------------------


def not_prose(report: Report) -> list[Fact]:
    """Facts from tables of any kind: statements and the GAAP lines of reconciliations."""
    return [f for f in numeric(report) if f.source is not None and f.source.kind != "prose"]


def test_summary_of_non_gaap_results_gives_no_facts() -> None:
    # the lines carry GAAP names but non-GAAP amounts, and no line or column says which are adjusted:
    # a summary of adjusted figures, not a reconciliation that starts from GAAP lines
    grid = table(
        THREE_MONTHS_HEADER,
        tr("Total revenues", "12,755", "10,480"),
        tr("Operating income", "2,420", "1,905"),
        tr("Net income", "1,664", "1,236"),
        tr("Diluted earnings per share", "0.15", "0.12"),
    )
    title = "<p>Reconciliation of GAAP to Non-GAAP Results</p>"
    report = convert(release(title, IN_THOUSANDS, grid))
    assert not_prose(report) == []


def test_adjusted_ebitda_reconciliation_gives_the_gaap_lines_it_starts_from() -> None:
    grid = table(
        '<tr><td colspan="3"><b>Adjusted EBITDA</b></td></tr>',
        THREE_MONTHS_HEADER,
        tr("Net income", "1,333", "977"),
        tr("Interest expense", "150", "160"),
        tr("Provision for income taxes", "610", "480"),
        tr("Adjusted EBITDA", "2,093", "1,617"),
        tr("Net income, as adjusted", "1,400", "1,010"),
    )
    report = convert(release(IN_THOUSANDS, grid))
    assert {f.source.kind for f in not_prose(report)} == {"reconciliation"}  # type: ignore[union-attr]
    assert readings(not_prose(report)) == expected(
        ("NetIncomeLoss", Q2_07, money("1333000")), ("NetIncomeLoss", Q2_06, money("977000")),
        ("InterestExpense", Q2_07, money("150000")), ("InterestExpense", Q2_06, money("160000")),
        ("IncomeTaxExpenseBenefit", Q2_07, money("610000")), ("IncomeTaxExpenseBenefit", Q2_06, money("480000")),
    )


def test_after_the_first_adjusted_line_only_lines_that_say_gaap() -> None:
    grid = table(
        '<tr><td colspan="3"><b>Reconciliation of Net Income to Adjusted Net Income</b></td></tr>',
        THREE_MONTHS_HEADER,
        tr("Net income", "1,333", "977"),
        tr("Restructuring charges, net of tax", "67", "33"),
        tr("Adjusted net income", "1,400", "1,010"),
        tr("GAAP diluted earnings per share", "0.12", "0.09"),
        tr("Diluted earnings per share", "0.13", "0.10"),  # which? after the adjusted lines, it does not say
        tr("Total revenues", "12,345", "10,100"),
    )
    got = readings(not_prose(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("NetIncomeLoss", Q2_07, money("1333000")), ("NetIncomeLoss", Q2_06, money("977000")),
        ("EarningsPerShareDiluted", Q2_07, eps("0.12")), ("EarningsPerShareDiluted", Q2_06, eps("0.09")),
    )


def test_adjustment_columns_of_a_reconciliation_are_no_period() -> None:
    grid = table(
        '<tr><td></td><td colspan="3" align="center">Three Months Ended June 30, 2007</td></tr>',
        tr("", "GAAP", "Excluded items", "Non-GAAP"),
        tr("Total revenues", "12,345", "", "12,345"),
        tr("Operating income", "1,900", "240", "2,140"),
        tr("Net income", "1,333", "180", "1,513"),
    )
    title = "<p>Reconciliation of GAAP to Non-GAAP Measures</p>"
    got = readings(not_prose(convert(release(title, IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("OperatingIncomeLoss", Q2_07, money("1900000")),
        ("NetIncomeLoss", Q2_07, money("1333000")),
    )


def test_segment_reconciliation_gives_no_facts() -> None:
    grid = table(
        THREE_MONTHS_HEADER,
        tr("Net income", "1,333", "977"),
        tr("Adjusted segment profit", "2,093", "1,617"),
    )
    title = "<p>Reconciliation of Segment Profit to Net Income</p>"
    assert not_prose(convert(release(title, IN_THOUSANDS, grid))) == []


def test_a_reconciliation_yields_to_the_statement_where_they_disagree() -> None:
    statement = table(
        '<tr><td colspan="3"><b>CONDENSED CONSOLIDATED STATEMENTS OF INCOME</b></td></tr>',
        THREE_MONTHS_HEADER,
        tr("Total revenues", "12,345", "10,100"),
        tr("Net income", "1,234", "900"),
    )
    reconciliation = table(
        '<tr><td colspan="3"><b>Adjusted EBITDA</b></td></tr>',
        THREE_MONTHS_HEADER,
        tr("Net income", "1,240", "900"),
        tr("Adjusted EBITDA", "2,093", "1,617"),
    )
    report = convert(release(IN_THOUSANDS, reconciliation, IN_THOUSANDS, statement))
    got = readings(not_prose(report))
    assert got[key("NetIncomeLoss", Q2_07)] == money("1234000")
    assert {f.source.kind for f in not_prose(report)} == {"table"}  # type: ignore[union-attr]
    assert not any("NetIncomeLoss" in w for w in report.warnings)


def test_trailing_four_quarters_columns_are_the_twelve_months_ending_with_each_quarter() -> None:
    grid = table(
        '<tr><td colspan="4"><b>Free Cash Flow - Trailing Four Quarters</b></td></tr>',
        tr("", "Q4 2006", "Q1 2007", "Q2 2007"),
        tr("Net cash provided by operating activities", "5,100", "5,300", "5,500"),
        tr("Capital expenditures", "(1,000)", "(1,100)", "(1,200)"),
        tr("Free cash flow", "4,100", "4,200", "4,300"),
        tr("GAAP net income", "3,900", "4,000", "4,100"),
    )
    got = readings(not_prose(convert(release(IN_THOUSANDS, grid))))
    twelve = {"Q4": (D(2006, 1, 1), D(2006, 12, 31)), "Q1": (D(2006, 4, 1), D(2007, 3, 31)),
              "Q2": (D(2006, 7, 1), D(2007, 6, 30))}
    assert got == expected(
        *[("NetCashProvidedByUsedInOperatingActivities", twelve[q], money(v)) for q, v in
          (("Q4", "5100000"), ("Q1", "5300000"), ("Q2", "5500000"))],
        *[("PaymentsToAcquirePropertyPlantAndEquipment", twelve[q], money(v)) for q, v in
          (("Q4", "1000000"), ("Q1", "1100000"), ("Q2", "1200000"))],
        *[("NetIncomeLoss", twelve[q], money(v)) for q, v in (("Q4", "3900000"), ("Q1", "4000000"), ("Q2", "4100000"))],
    )


def test_trailing_window_on_a_weekly_calendar_and_four_quarters_ended() -> None:
    grid = table(
        '<tr><td colspan="2"><b>Adjusted EBITDA</b></td></tr>',
        '<tr><td></td><td align="center">Four quarters ended July 1, 2007</td></tr>',
        tr("Net income (loss)", "(2,100)"),
        tr("Depreciation", "900"),
        tr("Adjusted EBITDA", "(1,200)"),
    )
    got = readings([f for f in not_prose(convert(release(IN_THOUSANDS, grid, dateline=WEEKLY_DATELINE)))
                    if f.concept == "NetIncomeLoss"])
    assert got == expected(("NetIncomeLoss", (D(2006, 7, 3), D(2007, 7, 1)), money("-2100000")))


def test_a_table_that_states_no_scale_is_in_the_documents() -> None:
    statement = table(THREE_MONTHS_HEADER, tr("Total revenues", "12,345", "10,100"),
                      tr("Operating income", "2,420", "1,905"))
    supplement = table(
        '<tr><td colspan="3"><b>Adjusted EBITDA</b></td></tr>',
        THREE_MONTHS_HEADER,
        tr("Net income (loss)", "(32.3)", "977.0"),
        tr("Adjusted EBITDA", "84.4", "1,617.0"),
    )
    got = readings(not_prose(convert(release(IN_THOUSANDS, statement, supplement))))
    assert got[key("NetIncomeLoss", Q2_07)] == money("-32300", -2)


@pytest.mark.parametrize(("said", "power"), [("$12,345,000", 3), ("$12.3 million", 3), ("$12,345", 0),
                                              ("$12.3 billion", 6), ("$9,000,000", 0)])
def test_a_table_that_states_no_scale_takes_the_one_the_text_shows(said: str, power: int) -> None:
    # "Total revenues of $12,345,000" above "Total revenues 12,345": the scale note is missing, not the thousands
    grid = table(THREE_MONTHS_HEADER, tr("Total revenues", "12,345", "10,100"), tr("Net income", "1,200", "900"))
    report = convert(release(f"<p>Total revenues for the second quarter were {said}.</p>", grid))
    got = readings(not_prose(report))
    # ("$9,000,000" matches no scale: it settles nothing, and the table reads as written)
    assert got[key("Revenues", Q2_06)] == money(str(10100 * 10**power), -power)
    assert got[key("NetIncomeLoss", Q2_07)] == money(str(1200 * 10**power), -power)
    assert any("states no scale: its amounts are read in" in w for w in report.warnings) == (power > 0)


def test_one_decimal_amounts_with_no_scale_anywhere_are_left_out() -> None:
    grid = table(THREE_MONTHS_HEADER, tr("Total revenues", "12.3", "10.1"), tr("Net income", "1.2", "0.9"))
    report = convert(release(grid))
    assert not_prose(report) == []
    assert any("states no scale" in w for w in report.warnings)


SIX_MONTHS_HEADER = """
<tr><td></td><td colspan="2" align="center">Three Months Ended June 30,</td>
<td colspan="2" align="center">Six Months Ended June 30,</td></tr>
<tr><td></td><td align="center">2007</td><td align="center">2006</td><td align="center">2007</td>
<td align="center">2006</td></tr>"""


def test_cash_at_the_beginning_and_end_of_each_column_is_a_balance_at_its_edges() -> None:
    grid = table(
        '<tr><td colspan="5"><b>CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS</b></td></tr>',
        SIX_MONTHS_HEADER,
        tr("Net cash provided by operating activities", "2,100", "1,900", "3,900", "3,500"),
        tr("Net increase in cash and cash equivalents", "600", "500", "665", "640"),
        tr("Cash and cash equivalents, beginning of period", "7,520", "6,555", "7,455", "6,415"),
        tr("Cash and cash equivalents at end of period", "$ 8,120", "$ 7,055", "$ 8,120", "$ 7,055"),
    )
    got = readings([f for f in table_facts(convert(release(IN_THOUSANDS, grid)))
                    if f.concept == "CashAndCashEquivalentsAtCarryingValue"])
    assert got == expected(
        ("CashAndCashEquivalentsAtCarryingValue", (None, D(2007, 3, 31)), money("7520000")),
        ("CashAndCashEquivalentsAtCarryingValue", (None, D(2006, 3, 31)), money("6555000")),
        ("CashAndCashEquivalentsAtCarryingValue", AT_DEC06, money("7455000")),
        ("CashAndCashEquivalentsAtCarryingValue", (None, D(2005, 12, 31)), money("6415000")),
        ("CashAndCashEquivalentsAtCarryingValue", AT_JUN07, money("8120000")),
        ("CashAndCashEquivalentsAtCarryingValue", (None, D(2006, 6, 30)), money("7055000")),
    )


def test_cash_at_the_beginning_of_the_year_only_in_a_column_that_begins_with_the_year() -> None:
    # the second quarter does not begin the year: its column's start is no "beginning of year"
    grid = table(
        '<tr><td colspan="5"><b>CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS</b></td></tr>',
        SIX_MONTHS_HEADER,
        tr("Net increase in cash and cash equivalents", "600", "500", "665", "640"),
        tr("Cash and cash equivalents at beginning of year", "7,520", "6,555", "7,455", "6,415"),
    )
    got = readings([f for f in table_facts(convert(release(IN_THOUSANDS, grid)))
                    if f.concept == "CashAndCashEquivalentsAtCarryingValue"])
    assert got == expected(
        ("CashAndCashEquivalentsAtCarryingValue", AT_DEC06, money("7455000")),
        ("CashAndCashEquivalentsAtCarryingValue", (None, D(2005, 12, 31)), money("6415000")),
    )


def test_long_term_debt_and_receivables_under_their_other_names() -> None:
    grid = table(
        '<tr><td></td><td align="center">June 30,</td><td align="center">December 31,</td></tr>',
        '<tr><td></td><td align="center">2007</td><td align="center">2006</td></tr>',
        tr("Receivables", "6,300", "5,980"),  # a row label only: in prose "receivables" is too loose
        tr("Notes payable and other non-current borrowings", "9,000", "9,500"),
        tr("Long-term debt and capitalized lease obligations", "9,400", "9,900"),
    )
    html = release("<p>CONDENSED CONSOLIDATED BALANCE SHEETS</p>", IN_THOUSANDS, grid)
    assert readings(table_facts(convert(html))) == expected(
        ("AccountsReceivableNetCurrent", AT_JUN07, money("6300000")),
        ("AccountsReceivableNetCurrent", AT_DEC06, money("5980000")),
        ("LongTermDebtNoncurrent", AT_JUN07, money("9000000")),
        ("LongTermDebtNoncurrent", AT_DEC06, money("9500000")),
        ("LongTermDebtAndCapitalLeaseObligations", AT_JUN07, money("9400000")),
        ("LongTermDebtAndCapitalLeaseObligations", AT_DEC06, money("9900000")),
    )


def test_a_row_of_numbers_alone_that_sums_its_section_is_the_sections_total() -> None:
    grid = table(
        THREE_MONTHS_HEADER,
        tr("Net sales", "$ 47,587", "$ 43,133"),
        tr("OPERATING EXPENSES:", "", ""),
        tr("Selling", "11,602", "10,915"),
        tr("General and administrative", "3,410", "3,122"),
        tr("", "15,012", "14,037"),
        tr("OTHER ITEMS:", "", ""),
        tr("Gain on sale of land", "120", "95"),
        tr("Other, net", "(20)", "14"),
        tr("", "101", "109"),  # not their sum (100, 109): no total of anything
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("Revenues", Q2_07, money("47587000")), ("Revenues", Q2_06, money("43133000")),
        ("OperatingExpenses", Q2_07, money("15012000")), ("OperatingExpenses", Q2_06, money("14037000")),
    )


def test_working_capital_rows_of_a_cash_flow_statement_are_changes_not_the_concepts() -> None:
    # "Income taxes" under "Changes in operating assets and liabilities" is the change in taxes payable
    grid = table(
        '<tr><td colspan="3"><b>CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS</b></td></tr>',
        '<tr><td></td><td colspan="2" align="center">Six Months Ended June 30,</td></tr>',
        '<tr><td></td><td align="center">2007</td><td align="center">2006</td></tr>',
        tr("Net income", "2,400", "1,900"),
        tr("Changes in operating assets and liabilities:", "", ""),
        tr("Accounts receivable", "(320)", "(150)"),
        tr("Income taxes", "210", "(95)"),
        tr("Cash generated by operating activities", "3,900", "3,500"),
        tr("Provision for income taxes", "610", "480"),
    )
    got = readings(table_facts(convert(release(IN_THOUSANDS, grid))))
    assert got == expected(
        ("NetIncomeLoss", H1_07, money("2400000")), ("NetIncomeLoss", H1_06, money("1900000")),
        ("NetCashProvidedByUsedInOperatingActivities", H1_07, money("3900000")),
        ("NetCashProvidedByUsedInOperatingActivities", H1_06, money("3500000")),
        ("IncomeTaxExpenseBenefit", H1_07, money("610000")), ("IncomeTaxExpenseBenefit", H1_06, money("480000")),
    )


def test_a_line_less_its_deduction_with_no_label_is_the_line_net() -> None:
    grid = table(
        '<tr><td></td><td align="center">June 30,</td><td align="center">December 31,</td></tr>',
        '<tr><td></td><td align="center">2007</td><td align="center">2006</td></tr>',
        tr("Property and equipment", "50,800", "48,900"),
        tr("Less accumulated depreciation and amortization", "(36,500)", "(36,000)"),
        tr("", "14,300", "12,900"),
        tr("Goodwill", "2,100", "2,100"),
        tr("Less impairment", "(100)", "(100)"),
        tr("", "2,050", "2,000"),  # not the difference (2,000): no fact
    )
    html = release("<p>CONDENSED CONSOLIDATED BALANCE SHEETS</p>", IN_THOUSANDS, grid)
    assert readings(table_facts(convert(html))) == expected(
        ("PropertyPlantAndEquipmentNet", AT_JUN07, money("14300000")),
        ("PropertyPlantAndEquipmentNet", AT_DEC06, money("12900000")),
        ("Goodwill", AT_JUN07, money("2100000")), ("Goodwill", AT_DEC06, money("2100000")),
    )


def test_a_breakdown_of_stock_based_compensation_gives_no_facts() -> None:
    grid = table(
        THREE_MONTHS_HEADER,
        tr("Cost of revenues", "1,204", "1,016"),
        tr("Research and development", "5,890", "4,358"),
        tr("Sales and marketing", "3,300", "2,950"),
    )
    report = convert(release(IN_THOUSANDS, "<p>(1) Includes stock-based compensation as follows:</p>", grid))
    assert table_facts(report) == []


def test_a_summary_of_significant_items_gives_no_facts() -> None:
    # "Divested businesses: Operating income (364)" is an item's effect, not the company's operating income
    grid = table(
        '<tr><td colspan="3"><b>Summary of Certain Significant Items</b></td></tr>',
        THREE_MONTHS_HEADER,
        tr("Special charges", "41", "28"),
        tr("Divested businesses:", "", ""),
        tr("Operating income", "-", "(364)"),
    )
    assert table_facts(convert(release(IN_THOUSANDS, grid))) == []


@pytest.mark.parametrize("title", ["<p>CORPORATE (1)</p>", "<p>International Operations</p>",
                                   "<p>CHANGES IN THE ALLOWANCE FOR CREDIT LOSSES</p>",
                                   "<p>Tangible common equity</p>"])
def test_a_parts_table_or_a_rollforward_gives_no_facts(title: str) -> None:
    grid = table(
        THREE_MONTHS_HEADER,
        tr("Total revenue", "3,120", "1,325"),
        tr("Provision for credit losses", "(464)", "(144)"),
        tr("Noncontrolling interests", "(2,119)", "(887)"),
    )
    assert table_facts(convert(release(title, IN_THOUSANDS, grid))) == []


def test_average_balance_sheet_gives_no_instants() -> None:
    # averages over the quarter are no balances at its end: a bank's average balance sheet states none
    grid = table(
        '<tr><td colspan="3"><b>Consolidated Average Balances</b></td></tr>',
        '<tr><td></td><td align="center">June 30,</td><td align="center">December 31,</td></tr>',
        '<tr><td></td><td align="center">2007</td><td align="center">2006</td></tr>',
        tr("Total assets", "41,225", "39,100"),
        tr("Long-term debt", "9,000", "9,500"),
        tr("Total stockholders' equity", "22,415", "20,760"),
    )
    report = convert(release(IN_THOUSANDS, grid))
    assert table_facts(report) == []


def test_two_dates_over_one_column_give_it_no_period() -> None:
    # "6/30/07 12/31/06" in one cell over both columns: which date is whose is not written anywhere
    grid = table(
        '<tr><td></td><td colspan="2" align="center">6/30/07 12/31/06</td></tr>',
        tr("Total assets", "41,225", "39,100"),
        tr("Total stockholders' equity", "22,415", "20,760"),
    )
    report = convert(release("<p>CONDENSED CONSOLIDATED BALANCE SHEETS</p>", IN_THOUSANDS, grid))
    assert table_facts(report) == []


def test_outlook_table_gives_no_facts() -> None:
    grid = table(
        '<tr><td></td><td colspan="2" align="center">Three Months Ending September 30, 2007</td></tr>',
        "<tr><td></td><td>Low</td><td>High</td></tr>",
        tr("Total revenues", "13,000", "13,500"),
        tr("Net income", "1,300", "1,450"),
        tr("Diluted earnings per share", "0.12", "0.13"),
    )
    report = convert(release("<p>Outlook for the Third Quarter of 2007</p>", IN_THOUSANDS, grid))
    assert table_facts(report) == []
    assert not any(f.period.end > D(2007, 6, 30) for f in numeric(report))


# -- prose and table -----------------------------------------------------------------------------------------------


def test_same_fact_in_prose_and_table_comes_out_once_with_the_tables_value() -> None:
    prose = ("<p>Revenue for the second quarter of 2007 was $12.3 million, compared with $10.1 million in the "
             "second quarter of 2006. Net income for the quarter was $1.2 million, or $0.11 per diluted share.</p>")
    grid = table(
        THREE_MONTHS_HEADER,
        tr("Total revenues", "$ 12,345", "$ 10,100"),
        tr("Net income", "$ 1,234", "$ 900"),
        tr("Diluted earnings per share", "$ 0.11", "$ 0.08"),
    )
    html = release(prose, "<p>CONSOLIDATED STATEMENTS OF INCOME</p>", IN_THOUSANDS, grid)
    facts = numeric(convert(html))
    got = readings(facts)  # fails on any concept and period reported twice
    assert got == expected(
        ("Revenues", Q2_07, money("12345000")), ("Revenues", Q2_06, money("10100000")),
        ("NetIncomeLoss", Q2_07, money("1234000")), ("NetIncomeLoss", Q2_06, money("900000")),
        ("EarningsPerShareDiluted", Q2_07, eps("0.11")), ("EarningsPerShareDiluted", Q2_06, eps("0.08")),
    )
    start, end = span_of(html, "Total revenues")
    rounded_in_prose = [f for f in facts if f.concept in ("Revenues", "NetIncomeLoss")]
    assert all(f.source is not None and start <= f.source.start < end for f in rounded_in_prose)


def test_table_sources_point_at_the_cells() -> None:
    grid = table(THREE_MONTHS_WIDE, tr("Total revenues", "$", "12,345", "$", "10,100"),
                 tr("Net income (loss)", "", "(1,234", ")", "900"))
    html = release(IN_THOUSANDS, grid)
    for fact in table_facts(convert(html)):
        assert fact.source is not None
        digits = fact.source.quote.rsplit("|", 1)[1].strip().strip("$() ")
        assert digits in html[fact.source.start : fact.source.end], fact


def test_a_table_in_euros_gets_the_euro_unit() -> None:
    html = ("<html><body><p>AMSTELVEEN, July 26, 2007 -- Veldhoven Systems N.V. (NYSE: VDHS) today announced "
            "results for the second quarter ended June 30, 2007.</p>"
            "<table><tr><td>(in millions of euros, except per share data)</td><td>Three Months Ended June 30, 2007</td>"
            "</tr><tr><td>Total revenues</td><td>1,234.5</td></tr><tr><td>Net income</td><td>101.2</td></tr>"
            "<tr><td>Diluted earnings per share</td><td>0.45</td></tr></table></body></html>")
    facts = {f.concept: f for f in converter.convert(html).facts if f.is_numeric}
    assert facts["Revenues"].unit.short == "EUR" and facts["Revenues"].value == Decimal("1234500000")
    assert facts["EarningsPerShareDiluted"].unit.short == "EUR/shares"


def test_a_prose_amount_in_pounds_gets_the_pound_unit() -> None:
    text = ("LONDON, July 26, 2007 -- Harrowgate Holdings plc today announced results for the six months ended "
            "June 30, 2007.\n\nRevenue for the six months was £12.3m.\n")
    facts = [f for f in converter.convert(text).facts if f.concept == "Revenues"]
    assert [(f.unit.short, f.value) for f in facts] == [("GBP", Decimal("12300000"))]


def test_rows_not_mapped_to_a_concept_are_listed_in_the_warnings() -> None:
    html = ("<html><body><p>AMSTELVEEN, July 26, 2007 -- Veldhoven Systems N.V. (NYSE: VDHS) today announced "
            "results for the second quarter ended June 30, 2007.</p>"
            "<table><tr><td>(in thousands)</td><td>Three Months Ended June 30, 2007</td></tr>"
            "<tr><td>Total revenues</td><td>1,234</td></tr><tr><td>Widget royalties</td><td>56</td></tr>"
            "<tr><td>Net income</td><td>101</td></tr></table></body></html>")
    warnings = [w for w in converter.convert(html).warnings if "not mapped" in w]
    assert warnings == ["table 1: 1 row(s) not mapped to a concept: 'Widget royalties'"]


def test_a_table_that_names_no_currency_takes_the_dollar_the_release_states() -> None:
    grid = table(THREE_MONTHS_HEADER, tr("Total revenues", "$ 12,345", "$ 10,100"),
                 tr("Cost of revenues", "7,010", "6,020"))
    statement = "<p>(All amounts are in Canadian dollars unless otherwise noted)</p>"
    got = readings(table_facts(convert(release(statement, IN_THOUSANDS, grid))))
    assert got == expected(("Revenues", Q2_07, (Decimal("12345000"), "CAD", -3)),
                           ("Revenues", Q2_06, (Decimal("10100000"), "CAD", -3)),
                           ("CostOfRevenue", Q2_07, (Decimal("7010000"), "CAD", -3)),
                           ("CostOfRevenue", Q2_06, (Decimal("6020000"), "CAD", -3)))


def test_an_asset_managers_fund_sales_beside_its_flows_are_not_revenue() -> None:
    flows = table(THREE_MONTHS_HEADER, tr("Sales", "2,400,000", "2,100,000"),
                  tr("Redemptions", "(2,100,000)", "(1,900,000)"), tr("Net flows", "300,000", "200,000"))
    assert [f for f in not_prose(convert(release(IN_THOUSANDS, flows))) if f.concept == "Revenues"] == []
    # a company's sales, in a table that says nothing of flows, are its revenue
    sales = table(THREE_MONTHS_HEADER, tr("Sales", "61,300", "55,000"), tr("Cost of sales", "(41,000)", "(37,000)"))
    got = readings([f for f in not_prose(convert(release(IN_THOUSANDS, sales))) if f.concept == "Revenues"])
    assert got == expected(("Revenues", Q2_07, money("61300000")), ("Revenues", Q2_06, money("55000000")))
