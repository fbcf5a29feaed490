"""Plain-text tables: statements laid out with spaces read as grids, then as facts.

Every table here is invented: Acme Widget Corp. (calendar quarters), Brindle Mills Inc. and
Corvale Stores Co. (a 52/53-week year) are no real companies, and their numbers mean nothing.
"""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

import pytest

import converter
from converter.document import Cell, Paragraph, Preformatted, Table
from converter.model import Period
from converter.readers.columns import MAX_COLUMNS, table_from_lines
from converter.readers.text import read_text

D = dt.date


def lines_of(text: str, base: int = 0) -> list[tuple[int, str]]:
    out, pos = [], base
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def grid(text: str) -> Table:
    table = table_from_lines(lines_of(text))
    assert table is not None
    return table


def row(table: Table, label: str) -> tuple[Cell, ...]:
    hits = [r for r in table.rows if r and r[0].col == 0 and r[0].text == label]
    assert len(hits) == 1, (label, [[c.text for c in r] for r in table.rows])
    return hits[0]


def cells(r: tuple[Cell, ...]) -> list[tuple[int, str]]:
    return [(c.col, c.text) for c in r]


SIMPLE = """\
                                   2005        2004
  Net sales                     $ 1,204.5   $   987.0
  Cost of goods sold                612.3       540.1
  Other income, net                   7.4          .9
  Gross profit                      599.6       447.8
"""


def test_numbers_go_to_the_column_their_right_edges_share() -> None:
    table = grid(SIMPLE)
    assert cells(row(table, "Net sales")) == [(0, "Net sales"), (1, "$ 1,204.5"), (2, "$   987.0")]
    assert cells(row(table, "Cost of goods sold")) == [(0, "Cost of goods sold"), (1, "612.3"), (2, "540.1")]
    assert cells(row(table, "Other income, net")) == [(0, "Other income, net"), (1, "7.4"), (2, ".9")]
    assert [(c.col, c.span, c.text) for c in table.rows[0]] == [(1, 1, "2005"), (2, 1, "2004")]


def test_cells_point_into_the_original_text() -> None:
    text = "Brindle Mills Inc.\n\n" + SIMPLE
    base = 1000
    table = table_from_lines(lines_of(SIMPLE, base + len("Brindle Mills Inc.\n\n")))
    assert table is not None
    source = " " * base + text
    for r in table.rows:
        for c in r:
            assert source[c.start : c.end].split() == c.text.split()


def test_dollar_signs_parentheses_and_dashes() -> None:
    table = grid("""\
                                  Quarter        Year
  Revenues                      $   8,702    $  31,440
  Income taxes                       (32)       (1,186)
  Net income (loss)             $    (806)   $     501
  Special charge                       -          --
  Gain on sale                  $      -     $   2,010
  Loss on debt                  $     (14)       n/a
""")
    assert cells(row(table, "Revenues"))[1:] == [(1, "$   8,702"), (2, "$  31,440")]
    assert cells(row(table, "Income taxes"))[1:] == [(1, "(32)"), (2, "(1,186)")]
    assert cells(row(table, "Net income (loss)"))[1:] == [(1, "$    (806)"), (2, "$     501")]
    assert cells(row(table, "Special charge"))[1:] == [(1, "-"), (2, "--")]
    assert cells(row(table, "Gain on sale"))[1:] == [(1, "$      -"), (2, "$   2,010")]
    assert cells(row(table, "Loss on debt"))[1:] == [(1, "$     (14)")]  # "n/a" holds no value


def test_a_dollar_sign_far_from_its_number_and_a_footnote_mark() -> None:
    table = grid("""\
                          2005               2004
  Sales            $    4,500,120    $    3,998,004
  Charges          $      (90,000)   $      (12,500)
  Benefit                      35(a)               --
""")
    assert cells(row(table, "Sales"))[1:] == [(1, "$    4,500,120"), (2, "$    3,998,004")]
    assert cells(row(table, "Charges"))[1:] == [(1, "$      (90,000)"), (2, "$      (12,500)")]
    assert cells(row(table, "Benefit"))[1:] == [(1, "35"), (2, "--")]


def test_labels_broken_over_lines_are_joined() -> None:
    table = grid("""\
                                          2005       2004
  Income before income taxes and
   cumulative effect of accounting
   change                                  89        502
  Average number of shares used
  in the per share calculation
                                       12,316     12,262
""")
    assert cells(row(table, "Income before income taxes and cumulative effect of accounting change"))[1:] == [
        (1, "89"), (2, "502")]
    assert cells(row(table, "Average number of shares used in the per share calculation"))[1:] == [
        (1, "12,316"), (2, "12,262")]


def test_in_a_table_that_capitalizes_every_word_a_deeper_line_continues_the_label() -> None:
    table = grid("""\
                                          1998       1997
  Federal Funds Sold and Securities
    Purchased Under Resale Agreements      94         77
  Deposits with Banks                      67         69
  Securities:
    Held-to-Maturity                    1,108      1,536
    Available-for-Sale                  1,840        839
""")
    assert cells(row(table, "Federal Funds Sold and Securities Purchased Under Resale Agreements"))[1:] == [
        (1, "94"), (2, "77")]
    assert ["Securities:"] in [[c.text for c in r] for r in table.rows]
    assert cells(row(table, "Held-to-Maturity"))[1:] == [(1, "1,108"), (2, "1,536")]


def test_section_heads_are_rows_of_their_own() -> None:
    table = grid("""\
                                          2005       2004
  REVENUES
   Product sales                        $ 910      $ 850
   Services                                75         60
  Costs and expenses:
   Cost of sales                          600        570
  NET INTEREST INCOME AFTER
    PROVISION FOR LOSSES                  863        911
  Per share:
    Basic                              $ 0.38     $ 0.22
    Diluted                            $ 0.37     $ 0.21
""")
    texts = [[c.text for c in r] for r in table.rows]
    assert ["REVENUES"] in texts
    assert ["Costs and expenses:"] in texts
    assert ["Per share:"] in texts
    assert texts.index(["REVENUES"]) + 1 == texts.index(["Product sales", "$ 910", "$ 850"])
    assert ["NET INTEREST INCOME AFTER PROVISION FOR LOSSES", "863", "911"] in texts
    assert cells(row(table, "Basic"))[1:] == [(1, "$ 0.38"), (2, "$ 0.22")]


def test_two_level_header() -> None:
    table = grid("""\
                                 Three Months Ended        Six Months Ended
                                      March 31,                March 31,
                                 ------------------       ------------------
                                   2005       2004          2005       2004
                                 -------    -------       -------    -------
  Total revenues                  47,587     43,133        93,011     85,260
  Net income                       4,557      2,575         8,210      4,902
""")
    header = [[(c.col, c.span, c.text) for c in r] for r in table.rows[:3]]
    assert header == [
        [(1, 2, "Three Months Ended"), (3, 2, "Six Months Ended")],
        [(1, 2, "March 31,"), (3, 2, "March 31,")],
        [(1, 1, "2005"), (2, 1, "2004"), (3, 1, "2005"), (4, 1, "2004")],
    ]


def test_headers_over_two_columns_and_label_column_notes() -> None:
    table = grid("""\
                                        For the 13         For the 26
                                        Weeks Ended        Weeks Ended
                                      July 2, 2005 and   July 2, 2005 and
                                       July 3, 2004       July 3, 2004
  (millions, except earnings per
   common share)                       2005     2004      2005      2004

  Total revenues                      $8,702  $ 8,851   $16,403   $16,325
  Net income                             53      309      (806)      501
""")
    first = [(c.col, c.span, c.text) for c in table.rows[0]]
    assert first == [(1, 2, "For the 13"), (3, 2, "For the 26")]
    years = [(c.col, c.span, c.text) for c in table.rows[-3]]
    assert years == [(0, 1, "common share)"), (1, 1, "2005"), (2, 1, "2004"), (3, 1, "2005"), (4, 1, "2004")]
    assert any(c.col == 0 and c.text == "(millions, except earnings per" for r in table.rows for c in r)


def test_centred_title_is_a_banner_and_a_header_centred_between_columns_heads_both() -> None:
    table = grid("""\
                        CORVALE STORES CO.
                    Domestic             International
                   2005     2004       2005       2004
  Net sales      $7,673   $7,871     $1,027     $  980
  Net income        212      198         41         37
""")
    assert [(c.col, c.span, c.text) for c in table.rows[0]] == [(0, 5, "CORVALE STORES CO.")]
    assert [(c.col, c.span, c.text) for c in table.rows[1]] == [(1, 2, "Domestic"), (3, 2, "International")]


def test_a_header_over_a_narrow_column_that_grazes_its_neighbour_is_the_narrow_columns() -> None:
    # "PERCENT" starts a character before the wide column ends but stands over the narrow one: it and
    # "CHANGE" head the change column only, and "4 QUARTERS" / "2004" head the year's own column
    table = grid("""\
                        4 QUARTERS           4 QUARTERS   PERCENT
                          2005                 2004        CHANGE
    Net sales        $ 22,384,301,359    $ 22,144,587,903     1.1
    Net income       $    976,791,604    $    908,227,685     7.5
""")
    assert [(c.col, c.span, c.text) for c in table.rows[0]] == [(1, 1, "4 QUARTERS"), (2, 1, "4 QUARTERS"),
                                                               (3, 1, "PERCENT")]
    assert [(c.col, c.span, c.text) for c in table.rows[1]] == [(1, 1, "2005"), (2, 1, "2004"), (3, 1, "CHANGE")]


def test_dates_one_space_apart_over_their_own_columns() -> None:
    table = grid("""\
                         July 2,  July 3, January 1,
                          2005     2004      2005
  Cash                   $4,945   $4,881    $4,728
  Inventories             5,526    5,507     5,308
""")
    assert [(c.col, c.text) for c in table.rows[0]] == [(1, "July 2,"), (2, "July 3,"), (3, "January 1,")]


def test_numeric_dates_one_space_apart_under_their_rules_head_their_own_columns() -> None:
    # the second date starts in the gap right after the first column: it is beside the first date, not
    # centred over both columns
    table = grid("""\
  ($ in billions)                            12/31/05 12/31/04
                                             -------- --------
  Total stockholders' equity                    $11.2      $9.9
  Common stockholders' equity                    $9.5      $8.0
""")
    assert [(c.col, c.text) for c in table.rows[0][1:]] == [(1, "12/31/05"), (2, "12/31/04")]


def test_a_number_one_space_after_its_label_counts_when_it_ends_in_a_column() -> None:
    table = grid("""\
                                              2005        2004
  Trust and Investment Management Fees         109          94
  Trading Account and Foreign Exchange Profits 255         229
  Other Revenue                                236           9
""")
    assert cells(row(table, "Trading Account and Foreign Exchange Profits"))[1:] == [(1, "255"), (2, "229")]


def test_a_table_beside_the_table_is_not_read_into_its_rows() -> None:
    table = grid("""\
                         2005     2004
  Net sales             1,000      900     Stores     120
  Net income              100       90     Employees  4,000
""")
    assert cells(row(table, "Net sales")) == [(0, "Net sales"), (1, "1,000"), (2, "900")]


def test_tabs_are_expanded_and_offsets_still_point_into_the_input() -> None:
    text = "\t\t\t2005\t\t2004\nNet sales\t\t$ 1,204\t\t$   987\nNet income\t\t    61\t\t     50\n"
    table = grid(text)
    assert [(c.col, c.text) for c in table.rows[0]] == [(1, "2005"), (2, "2004")]
    assert cells(row(table, "Net sales"))[1:] == [(1, "$ 1,204"), (2, "$   987")]
    assert cells(row(table, "Net income"))[1:] == [(1, "61"), (2, "50")]
    for r in table.rows:
        for c in r:
            assert text[c.start : c.end].split() == c.text.split()


def test_dot_leaders_are_not_part_of_the_label() -> None:
    table = grid("""\
                                      2005       2004
  Net sales ......................  $ 1,204    $   987
  Net income......................       61         50
""")
    assert cells(row(table, "Net sales"))[1:] == [(1, "$ 1,204"), (2, "$   987")]
    assert cells(row(table, "Net income"))[1:] == [(1, "61"), (2, "50")]


def test_lines_with_no_table_in_them_give_none() -> None:
    assert table_from_lines([]) is None
    assert table_from_lines(lines_of("Some words here\n\nand more words")) is None
    assert table_from_lines(lines_of("  Net sales   1,000   900\n")) is None  # one row is no table


def test_edgar_table_markup_is_read_through() -> None:
    text = """\
<TABLE>
<CAPTION>
                                            Three Months Ended
                                               December 31,
                                            ------------------
                                              1998      1997
<S>                                         <C>       <C>
Net income                                  $  347    $  304
Net income applicable to common stock          309       266
</TABLE>
"""
    document = read_text(text)
    tables = document.tables
    assert len(tables) == 1
    assert cells(row(tables[0], "Net income"))[1:] == [(1, "$  347"), (2, "$  304")]
    assert not any(isinstance(b, Preformatted) for b in document.blocks)


# -- the text reader ---------------------------------------------------------------------------

RELEASE = """\
ACME WIDGET CORP. REPORTS FIRST QUARTER RESULTS

SPRINGFIELD, Ohio, April 20, 2005 -- Acme Widget Corp. (NYSE: AWC) today
reported results for its first quarter ended March 31, 2005. Revenues rose on
strong demand for its industrial widgets, the company said.


                         ACME WIDGET CORP.
                 CONSOLIDATED STATEMENTS OF INCOME
               (in thousands, except per share data)

                                        Three Months Ended
                                             March 31,
                                        ------------------
                                          2005       2004
                                        -------    -------
    Revenues:
      Product sales                    $ 41,210   $ 38,004
      Service revenues                    6,377      5,129
                                        -------    -------
        Total revenues                   47,587     43,133

    Costs and expenses:
      Cost of sales                      28,340     26,761
      Selling, general and
        administrative                   11,602     10,915
      Restructuring charge                   --        840
                                        -------    -------
        Total costs and expenses         39,942     38,516

    Operating income                      7,645      4,617
    Interest expense                       (412)      (530)
    Provision for income taxes            2,676      1,512
                                        -------    -------
    Net income                         $  4,557   $  2,575
                                        =======    =======
    Net income per share:
      Basic                            $   0.38   $   0.22
      Diluted                          $   0.37   $   0.21


About Acme Widget

Acme Widget Corp. makes widgets for industrial customers in North America and
Europe. It has 1,200 employees in    4 countries.
"""

Q1_2005 = Period(D(2005, 3, 31), D(2005, 1, 1))
Q1_2004 = Period(D(2004, 3, 31), D(2004, 1, 1))


def test_the_reader_makes_a_table_and_keeps_the_prose_around_it() -> None:
    document = read_text(RELEASE)
    kinds = [type(b).__name__ for b in document.blocks]
    assert kinds.count("Table") == 1
    assert "Preformatted" not in kinds
    paragraphs = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert paragraphs[1].startswith("SPRINGFIELD, Ohio, April 20, 2005")
    assert paragraphs[1].endswith("the company said.")
    assert paragraphs[-1].startswith("Acme Widget Corp. makes widgets")
    table = document.tables[0]
    assert table.rows[0][0].text == "ACME WIDGET CORP." and table.rows[0][0].span == 3
    assert cells(row(table, "Selling, general and administrative"))[1:] == [(1, "11,602"), (2, "10,915")]
    for r in table.rows:
        for c in r:
            assert RELEASE[c.start : c.end].split() == c.text.split()


def test_statement_rows_become_facts_with_periods_and_scale() -> None:
    facts = {(f.concept, f.period): f.value for f in converter.convert(RELEASE).facts if f.is_numeric}
    assert facts[("Revenues", Q1_2005)] == Decimal(47587000)
    assert facts[("Revenues", Q1_2004)] == Decimal(43133000)
    assert facts[("NetIncomeLoss", Q1_2005)] == Decimal(4557000)
    assert facts[("NetIncomeLoss", Q1_2004)] == Decimal(2575000)
    assert facts[("EarningsPerShareBasic", Q1_2005)] == Decimal("0.38")
    assert facts[("EarningsPerShareDiluted", Q1_2004)] == Decimal("0.21")


def test_a_title_two_blank_lines_above_is_the_tables_context() -> None:
    text = """\
                 BRINDLE MILLS INC.
          (in millions, except per share data)


                                   2005        2004
  Net sales                     $ 1,204.5   $   987.0
  Net income                         61.2        50.3
"""
    document = read_text(text)
    assert [type(b).__name__ for b in document.blocks] == ["Paragraph", "Table"]
    assert "(in millions, except per share data)" in document.tables[0].context


def test_columns_of_numbers_with_no_labels_stay_preformatted() -> None:
    text = "Figures:\n\n     12      34      56\n     78      90      12\n"
    kinds = [type(b).__name__ for b in read_text(text).blocks]
    assert "Table" not in kinds and "Preformatted" in kinds


# -- safety --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "  Net sales  " + "   1,000" * 5000 + "\n  Net income  " + "   10" * 5000,
    "\n".join(f"  Item {i}{' ' * (i % 97)}   {i},000   ({i})" for i in range(4000)),
    ("((((((((((($$$$$$$$$$-----------)))))))))) " * 300 + "\n") * 50,
    "  Row   " + "1" * 100000 + "   2\n  Row   3   4\n",
])
def test_huge_or_hostile_lines_are_read_quickly(text: str) -> None:
    started = time.perf_counter()
    table = table_from_lines(lines_of(text))
    read_text(text)
    assert time.perf_counter() - started < 5
    if table is not None:
        assert all(c.col <= MAX_COLUMNS for r in table.rows for c in r)


def test_dots_that_lead_to_words_are_prose_not_a_table_row() -> None:
    text = ("2Q 2001 EARNINGS\n\nNew York, NY, July 24, 2001......Kestrel Motor Parts, Inc. reported net sales for the "
            "second quarter of 2001 of $143.5 million.\n")
    document = read_text(text)
    assert [type(b).__name__ for b in document.blocks] == ["Paragraph", "Paragraph"]
    assert document.paragraphs[1].text.startswith("New York, NY, July 24, 2001......Kestrel")


def test_a_scale_note_right_over_the_header_stays_with_the_table() -> None:
    release = ("Tucson, Arizona - April 20, 2004 - Acme Widget Corp. today reported results for the first quarter "
               "ended March 31, 2004.\n\n"
               "(Unaudited, in thousands, except per share amounts)\n"
               "                              Three Months Ended March 31,\n"
               "                                  2004          2003\n"
               "Total revenue                 $  31,270     $  28,415\n"
               "Net income                    $   2,614     $   2,150\n"
               "Diluted earnings per share    $    0.22     $    0.18\n")
    q1_04, q1_03 = Period(D(2004, 3, 31), D(2004, 1, 1)), Period(D(2003, 3, 31), D(2003, 1, 1))
    found = {(f.concept, f.value, f.period) for f in converter.convert(release).facts
             if f.concept in {"Revenues", "NetIncomeLoss", "EarningsPerShareDiluted"}}
    assert found == {("Revenues", Decimal("31270000"), q1_04), ("Revenues", Decimal("28415000"), q1_03),
                     ("NetIncomeLoss", Decimal("2614000"), q1_04), ("NetIncomeLoss", Decimal("2150000"), q1_03),
                     ("EarningsPerShareDiluted", Decimal("0.22"), q1_04),
                     ("EarningsPerShareDiluted", Decimal("0.18"), q1_03)}


@pytest.mark.parametrize("legend", ["($000 Omitted Except for Net Earnings per Share)", "($ in '000s)",
                                    "(in $000's except per share figures)"])
def test_a_legend_of_thousands_omitted_scales_the_table(legend: str) -> None:
    text = ("BRINDLE MILLS INC. REPORTS SECOND QUARTER RESULTS\n\n"
            "ALBANY, N.Y., July 30, 2014 -- Brindle Mills Inc. (Nasdaq: BRML) reported second quarter results.\n\n"
            f"{legend}\n"
            "                    Three Months Ended June 30,\n"
            "                       2014       2013\n"
            "Net sales            52,418     49,907\n"
            "Net income            6,215      5,880\n")
    found = {(f.concept, f.value, f.period) for f in converter.convert(text).facts if f.concept == "Revenues"}
    assert found == {("Revenues", Decimal("52418000"), Period(D(2014, 6, 30), D(2014, 4, 1))),
                     ("Revenues", Decimal("49907000"), Period(D(2013, 6, 30), D(2013, 4, 1)))}


def test_cents_without_a_leading_zero_are_figures_of_the_table() -> None:
    text = ("ACME WIDGET CORP. REPORTS THIRD QUARTER RESULTS\n\n"
            "TORONTO, Dec. 10, 2019 -- Acme Widget Corp. today published results for the three months ended October "
            "31, 2019.\n\n"
            "                           3 months ended     3 months ended\n"
            "                           October 31, 2019   October 31, 2018\n"
            "Net Income (loss)              81,200            (42,377)\n"
            "Income (loss) per Common Share\n"
            "  Basic                           .02               (.01)\n")
    found = {(f.concept, f.value, f.period) for f in converter.convert(text).facts if f.concept.startswith("Earnings")}
    assert found == {("EarningsPerShareBasic", Decimal("0.02"), Period(D(2019, 10, 31), D(2019, 8, 1))),
                     ("EarningsPerShareBasic", Decimal("-0.01"), Period(D(2018, 10, 31), D(2018, 8, 1)))}


def test_a_legend_of_000s_with_an_exception_and_per_share_rows_broken_over_lines() -> None:
    text = ("BRISCO WELL SERVICES ANNOUNCES THIRD QUARTER RESULTS\n\n"
            "HOUSTON, Nov. 5, 2012 -- Brisco Well Services Inc. announces its results for the three months ended "
            "September 30, 2012.\n\n"
            "                         Three Months Ended\n"
            "                            September 30,\n"
            "                           2012       2011\n"
            "    (000s, except per share data)\n\n"
            "    Revenue              81,420     76,015\n"
            "    Net income            4,215      3,882\n"
            "      Per share\n"
            "       - basic             0.21       0.19\n")
    q3, q3_before = Period(D(2012, 9, 30), D(2012, 7, 1)), Period(D(2011, 9, 30), D(2011, 7, 1))
    found = {(f.concept, f.value, f.period) for f in converter.convert(text).facts
             if f.concept in {"Revenues", "EarningsPerShareBasic"}}
    assert found == {("Revenues", Decimal("81420000"), q3), ("Revenues", Decimal("76015000"), q3_before),
                     ("EarningsPerShareBasic", Decimal("0.21"), q3),
                     ("EarningsPerShareBasic", Decimal("0.19"), q3_before)}


def test_a_plural_quarters_ended_header_heads_quarter_columns() -> None:
    text = ("ACME POWER REPORTS THIRD QUARTER RESULTS\n\nPRESQUE ISLE, Maine, November 9, 2009 -- Acme Power "
            "Corporation reported its third quarter 2009 results.\n\n"
            "(in thousands except share and per share amounts)\n\n"
            "                                   Quarters Ended       Nine Months Ended\n"
            "                                    September 30,         September 30,\n"
            "                                  2009        2008       2009       2008\n"
            "Total Operating Revenues        $   7,302  $   12,268 $   25,282 $  34,322\n"
            "Net Income                      $     702  $      101 $    1,502 $   1,330\n")
    found = {(f.value, f.period) for f in converter.convert(text).facts if f.concept == "Revenues"}
    assert found == {(Decimal("7302000"), Period(D(2009, 9, 30), D(2009, 7, 1))),
                     (Decimal("12268000"), Period(D(2008, 9, 30), D(2008, 7, 1))),
                     (Decimal("25282000"), Period(D(2009, 9, 30), D(2009, 1, 1))),
                     (Decimal("34322000"), Period(D(2008, 9, 30), D(2008, 1, 1)))}



def test_a_row_label_states_its_own_scale() -> None:
    text = ("ACME WIDGET CORP. REPORTS THIRD QUARTER RESULTS\n\nSPRINGFIELD, Ill., October 20, 1997 -- Acme Widget "
            "Corp. today reported results for the third quarter ended September 30, 1997.\n\n"
            "Three months ended                      September 30          1997          1996\n"
            "-------------------------------------------------------   -----------------------\n"
            "Sales to retail customers, gigawatt-hours                  6,204         5,977\n"
            "Consolidated net income ($000)                           $52,317       $48,904\n"
            "Earnings per average share                                 $0.81         $0.76\n")
    q3, before = Period(D(1997, 9, 30), D(1997, 7, 1)), Period(D(1996, 9, 30), D(1996, 7, 1))
    found = {(f.concept, f.value, f.period) for f in converter.convert(text).facts if f.concept == "NetIncomeLoss"}
    assert found == {("NetIncomeLoss", Decimal("52317000"), q3), ("NetIncomeLoss", Decimal("48904000"), before)}


def test_a_per_share_column_beside_a_total_column_and_years_set_over_one_of_them() -> None:
    text = ("Brightfield Assurance Reports Second Quarter 2006 Earnings\n\n"
            "                                    Three months ended June 30, (Unaudited)\n\n"
            "                                    2006            2005\n\n"
            "                                        Per             Per\n"
            "                                      diluted         diluted\n"
            "                                Total  Share    Total  Share\n"
            "      (Amounts in millions,\n"
            "       except per share)\n"
            "      Net earnings               $142  $0.71     $127  $0.64\n"
            "      Weighted average diluted\n"
            "       shares                   200.1           198.4\n\n"
            "HARTWELL, Ohio, July 27 -- Brightfield Assurance, Inc. today reported results for the second quarter of "
            "2006.\n")
    found = {(f.concept, f.value) for f in converter.convert(text).facts if f.concept == "NetIncomeLoss"}
    # the "Total" columns stand under no year, and "Per diluted Share" figures are no net earnings
    assert found == set()


def test_period_headers_set_over_the_labels_head_no_figures() -> None:
    # a web copy's respaced table: six periods for six figures, the first over the row labels, so which figure is of
    # which period (and which half is non-GAAP) the layout no longer says
    text = ("ACME WIDGET CORP. REPORTS FOURTH QUARTER RESULTS\n\nSPRINGFIELD, Ill., January 22, 2015 -- Acme Widget "
            "Corp. today reported results for the fourth quarter ended December 31, 2014.\n\n"
            "(In thousands, except per-share data)\n\n"
            "    NON-GAAP     GAAP\n"
            "    Q4 2014     Q3 2014     Q4 2013     Q4 2014     Q3 2014     Q4 2013\n"
            "Revenue   $ 84,097     $ 87,516     $ 67,776     $ 84,097     $ 87,516     $ 67,776\n"
            "Net income (loss)   $ 12,056     $ 16,538     $ 4,992     $ 3,503     $ 2,840     $ (4,209 )\n"
            "Diluted EPS (loss)   $ 0.13     $ 0.16     $ 0.09     $ 0.02     $ 0.08     $ (0.09 )\n")
    assert [f for f in converter.convert(text).facts if f.source is not None and f.source.kind == "table"] == []
