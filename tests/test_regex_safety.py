"""Every extractor and reader finishes on 1 MB adversarial strings: no catastrophic backtracking.

Each string is one character or short phrase repeated to a megabyte: the pieces the patterns are made
of (digits, commas, spaces, dollar signs, parentheses, points, dashes, scale words, "ended", month
names, "per share", `<td>`, `&#`, ...), where a pattern that backtracks or a loop that rescans would
take hours instead of moments.

A group of cases runs in one child process, under a memory limit, which reports when it starts and
ends each case. A case that does not end within `CASE_TIMEOUT` seconds is a hang and fails its test,
naming the function and the string; nothing else about time is asserted (the project has no timed
tests). A healthy case takes well under a few seconds; the limit is an order of magnitude more.

Run one group by hand: `python tests/test_regex_safety.py find_periods q_quarter the_quarter`.
"""

from __future__ import annotations

import os
import queue
import resource
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

SIZE = 1_000_000
CASE_TIMEOUT = 60  # seconds: a case that runs longer is a hang
MEMORY_LIMIT = 4 * 1024**3  # RLIMIT_AS of a child process
ROOT = Path(__file__).resolve().parent.parent


def repeat(piece: str, size: int = SIZE) -> str:
    return (piece * (size // len(piece) + 1))[:size]


# name -> the adversarial string (built in the child, never passed on a command line)
STRINGS: dict[str, Callable[[], str]] = {
    "digits": lambda: "1" * SIZE,
    "commas": lambda: "," * SIZE,
    "digit_comma": lambda: repeat("1,"),
    "digit_groups": lambda: repeat("123,"),
    "spaces": lambda: " " * SIZE,
    "newlines": lambda: "\n" * SIZE,
    "form_feeds": lambda: "\f" * SIZE,
    "dollars": lambda: "$" * SIZE,
    "dollar_space": lambda: repeat("$ "),
    "open_parens": lambda: "(" * SIZE,
    "paren_pairs": lambda: repeat("(a)"),
    "dollar_paren": lambda: repeat("$("),
    "dollar_digits": lambda: repeat("$1,"),
    "paren_money": lambda: repeat("($1 million) "),
    "points": lambda: "." * SIZE,
    "digit_points": lambda: repeat("1.1."),
    "dashes": lambda: "-" * SIZE,
    "dash_words": lambda: repeat("-- "),
    "million": lambda: repeat("million "),
    "cents": lambda: repeat("1 cents "),
    "ended": lambda: repeat("ended "),
    "months": lambda: repeat("January "),
    "month_day": lambda: repeat("March 31, "),
    "numeric_dates": lambda: repeat("1/1/94 "),
    "slashes": lambda: repeat("1/"),
    "three_months_ended": lambda: repeat("three months ended "),
    "q_quarter": lambda: repeat("Q1 2005 "),
    "the_quarter": lambda: repeat("the quarter "),
    "fiscal_year": lambda: repeat("fiscal 2005 "),
    "a_year_ago": lambda: repeat("a year ago "),
    "per_share": lambda: repeat("per share "),
    "net_income_of": lambda: repeat("net income of "),
    "initials": lambda: repeat("A. "),
    "inc": lambda: repeat("Inc. "),
    "capitals": lambda: "A" * SIZE,
    "name_words": lambda: repeat("Acme "),
    "tickers": lambda: repeat("(NASDAQ: AB) "),
    "ampersands": lambda: "&" * SIZE,
    "net_of": lambda: repeat(", net of "),
    "loss_asides": lambda: repeat("/(loss) "),
    "td": lambda: repeat("<td>"),
    "amp_hash": lambda: repeat("&#"),
    "open_tags": lambda: "<" * SIZE,
    "comments": lambda: repeat("<!--"),
    "divs": lambda: repeat("<div>"),
    "tables": lambda: repeat("<table><tr><td>"),
    "colspans": lambda: repeat('<td colspan="99999">'),
    "html_rows": lambda: "<table>" + repeat("<tr><td>Net income</td><td>1,234</td></tr>") + "</table>",
    "script": lambda: "<script>" + repeat("x<"),
    "page_marks": lambda: repeat("<PAGE>\n"),
    "column_rows": lambda: repeat("Net sales     1,234     5,678\n"),
    "one_wide_line": lambda: repeat("1   "),
    "dot_leaders": lambda: repeat("Revenue ...... 5\n"),
    "sgml_tables": lambda: repeat("<TABLE>\n"),
    "rules": lambda: repeat("------   ------\n"),
    "documents": lambda: repeat("<DOCUMENT>"),
    "typed_documents": lambda: repeat("<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n"),
    "text_tags": lambda: repeat("<TEXT>"),
    "header_lines": lambda: repeat("COMPANY CONFORMED NAME: A\n"),
    # whole documents for convert: one long structure inside an ordinary release
    "html_header_quarters": lambda: _html_table_header("Q1 2005 "),
    "html_header_months": lambda: _html_table_header("three months ended "),
    "paragraphs_of_commas": lambda: repeat("Net income was $1.0 million" + "," * 19_000 + ".\n\n"),
    "paragraphs_of_amounts": lambda: repeat("Net income was " + "$1, " * 4_900 + ".\n\n"),
    "paragraphs_of_initials": lambda: repeat("Net income was $1.0 million " + "A. " * 6_000 + "\n\n"),
}

RELEASE = ("ACME Inc. (NASDAQ: ACME) today reported results for the three months ended June 30, 2005.\n\n"
           "Net income was $1.2 million, or $0.10 per share, compared with $1.0 million a year ago.\n\n")


def _html_table_header(piece: str) -> str:
    return ("<html><body><p>" + RELEASE + "</p><table><tr><td></td><td>" + repeat(piece) + "</td></tr>"
            "<tr><td>Net income</td><td>1,234</td></tr><tr><td>Revenue</td><td>5,678</td></tr></table></body></html>")


def _call(target: str, text: str) -> None:
    """Run one extractor or reader on `text`; `InputError` is the documented refusal of the readers."""
    from converter.errors import InputError

    try:
        if target == "find_amounts":
            from converter.extract.amounts import find_amounts

            find_amounts(text)
        elif target == "find_periods":
            from converter.extract.periods import find_periods

            find_periods(text)
        elif target == "header_dates":
            from converter.extract.periods import header_dates, header_ref

            header_dates(text)
            header_ref(text[:20_000])  # a header cell's worth: header_ref runs find_periods too
        elif target == "mentions":
            from converter.extract.concepts import find_mentions, trailing_mention

            find_mentions(text)
            for at in (0, 1, len(text) // 2):
                trailing_mention(text, at)
        elif target == "split_sentences":
            from converter.extract.sentences import split_sentences

            split_sentences(text)
        elif target == "find_entity":
            from converter.extract.entity import find_entity

            find_entity([text])
        elif target == "normalize_label":
            from converter.extract.tables import normalize_label

            normalize_label(text)
        elif target == "read_text":
            from converter.readers.text import decode, read_text

            read_text(decode(text.encode("utf-8"), "adversarial"), "adversarial")
        elif target == "read_html":
            from converter.readers.html import read_html

            read_html(text, "adversarial")
        elif target == "read_edgar":
            from converter.readers.edgar import read_edgar

            read_edgar(text, "adversarial")
            read_edgar("<SEC-DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n" + text, "adversarial")
        elif target == "convert":
            import converter

            converter.convert(text.encode("utf-8"))
        else:
            raise ValueError(f"no such target: {target}")
    except InputError:
        pass


# (test id, target, the strings it is fed): one child process each
GROUPS: list[tuple[str, str, list[str]]] = [
    ("find_amounts", "find_amounts", [
        "digits", "commas", "digit_comma", "digit_groups", "spaces", "dollars", "dollar_space", "open_parens",
        "dollar_paren", "dollar_digits", "paren_money", "points", "digit_points", "dashes", "million", "cents"]),
    ("find_periods", "find_periods", [
        "digits", "spaces", "commas", "dashes", "ended", "months", "month_day", "numeric_dates"]),
    ("find_periods-many-mentions", "find_periods", [
        "three_months_ended", "q_quarter", "the_quarter", "fiscal_year", "a_year_ago"]),
    ("header_dates", "header_dates", ["digits", "spaces", "month_day", "months", "numeric_dates", "slashes",
                                      "digit_comma"]),
    ("mentions", "mentions", ["digits", "spaces", "commas", "newlines", "dashes", "dollars", "per_share",
                              "net_income_of", "million"]),
    ("split_sentences", "split_sentences", ["points", "spaces", "newlines", "initials", "digit_points",
                                            "paren_money", "dollar_digits"]),
    ("find_entity", "find_entity", ["capitals", "name_words", "inc", "tickers", "dash_words", "open_parens", "spaces",
                                    "ampersands"]),
    ("normalize_label", "normalize_label", ["open_parens", "paren_pairs", "loss_asides", "net_of", "dashes",
                                            "ampersands", "spaces", "amp_hash"]),
    ("read_text", "read_text", ["newlines", "form_feeds", "spaces", "page_marks", "column_rows", "one_wide_line",
                                "dot_leaders", "sgml_tables", "rules", "digits", "dollar_digits"]),
    ("read_html", "read_html", ["td", "amp_hash", "open_tags", "comments", "divs", "tables", "colspans", "html_rows",
                                "script", "ampersands"]),
    ("read_edgar", "read_edgar", ["documents", "typed_documents", "text_tags", "header_lines", "newlines", "td",
                                  "column_rows"]),
    ("convert", "convert", ["digits", "dollar_digits", "month_day", "three_months_ended", "per_share", "paren_money",
                            "column_rows", "html_rows", "typed_documents"]),
    ("convert-html-table-header", "convert", ["html_header_quarters", "html_header_months"]),
    ("convert-long-paragraphs", "convert", ["paragraphs_of_commas", "paragraphs_of_initials",
                                            "paragraphs_of_amounts"]),
]


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@pytest.mark.parametrize(("target", "cases"), [g[1:] for g in GROUPS], ids=[g[0] for g in GROUPS])
def test_finishes_on_adversarial_strings(target: str, cases: list[str]) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    child = subprocess.Popen([sys.executable, __file__, target, *cases], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env, preexec_fn=_limit_memory)
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.put(line.strip())
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    running: str | None = None
    finished: list[str] = []
    try:
        while True:
            try:
                line = lines.get(timeout=CASE_TIMEOUT)
            except queue.Empty:
                pytest.fail(f"{target} did not finish on the 1 MB string {running!r} within {CASE_TIMEOUT} s: "
                            f"a hang (finished before it: {finished})")
            if line is None:
                break
            kind, _, name = line.partition(" ")
            if kind == "start":
                running = name
            elif kind == "done":
                finished.append(name)
                running = None
    finally:
        if child.poll() is None:
            child.kill()
        stderr = child.communicate()[1]
    assert child.returncode == 0, f"{target} failed on {running!r}:\n{stderr[-3000:]}"
    assert finished == cases


def main(argv: list[str]) -> int:
    """In the child: build each string, run the target on it, say when each starts and ends."""
    target, names = argv[0], argv[1:]
    for name in names:
        text = STRINGS[name]()
        print(f"start {name}", flush=True)
        _call(target, text)
        print(f"done {name}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
