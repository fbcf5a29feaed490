"""The shortcuts taken for speed and memory give the answers the plain way gives.

- The HTML reader feeds the parser a chunk at a time and frees what it has read: the blocks may
  not depend on where the chunks end.
- `find_periods` searches a text only for the kinds of mention whose key words it holds: every
  mention of a kind must hold one of its key words.
- EDGAR parts are found tag by tag: unclosed, lower-case and skipped parts as before.
- Concept phrases are scouted with a trie and named by the long alternation only where one stands:
  the same mentions as the alternation searching alone.
"""

from __future__ import annotations

import re

import pytest
from conftest import CORPUS

from converter.document import Paragraph, Table
from converter.extract import concepts, periods
from converter.pipeline import read
from converter.readers import edgar, html
from converter.readers.text import decode

HTML_RELEASES = sorted(CORPUS.glob("*.htm"))


def _blocks(text: str) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    for block in html.read_html(text).blocks:
        if isinstance(block, Table):
            out.append(("table", block.context, tuple((c.text, c.col, c.span, c.start, c.end)
                                                      for row in block.rows for c in row)))
        else:
            assert isinstance(block, Paragraph)
            out.append(("paragraph", block.text, tuple(block.span(i, i + 1) for i in range(len(block.text)))))
    return out


@pytest.mark.parametrize("path", HTML_RELEASES[:4], ids=lambda p: p.stem)
def test_chunk_boundaries_do_not_change_the_blocks(path, monkeypatch):
    text = decode(path.read_bytes())
    whole = _blocks(text)
    assert any(kind == "table" for kind, *_ in whole) and any(kind == "paragraph" for kind, *_ in whole)
    for chunk in (977, 8191):  # chunks that end inside tags, words, references and tables
        monkeypatch.setattr(html, "_CHUNK", chunk)
        assert _blocks(text) == whole, chunk


def test_text_split_by_references_and_tags_keeps_its_offsets():
    page = "<html><body><p>Net income was   $1,234 &amp; <b>rose</b>\n  to AT&amp;T&#146;s level.</p></body></html>"
    (block,) = html.read_html(page).blocks
    assert block.text == "Net income was $1,234 & rose to AT&T\u2019s level."
    for word in ("Net", "was", "$1,234", "rose", "to", "level."):
        start = block.text.index(word)
        first, end = block.span(start, start + len(word))
        assert page[first:end] == word
    amp = block.text.index("&")
    assert page[block.span(amp, amp + 1)[0]:].startswith("&amp;")


def _corpus_texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(CORPUS.iterdir()):
        if path.suffix in (".htm", ".txt"):
            document = read(path)
            texts += [b.text for b in document.blocks if isinstance(b, Paragraph)]
            texts += [c.text for b in document.blocks if isinstance(b, Table) for row in b.rows[:6] for c in row]
    return texts


EXTRA = [
    "for the fiscal year 2004 and the Year-To-Date period", "Q3 FY2019 and fiscal 2020 Q1", "three quarters of 1993",
    "at the end of Sept. 2003", "as of Dec. 31, 2004", "the like period last year", "the first half of fiscal 2005",
    "at quarter-end", "the corresponding six-month period of 2003", "last year at this time", "in the 2003 period",
]


def test_every_mention_holds_a_key_word_of_its_kind():
    texts = _corpus_texts() + EXTRA
    seen = set()
    for text in texts:
        low = text.lower()
        for kind, pattern in periods._PATTERNS:
            for m in pattern.finditer(text):
                seen.add(kind)
                span, low_span = m.group(), low[m.start() : m.end()]
                assert any(word in (low_span if word.islower() else span) for word in periods._KEYS[kind]), (kind, span)
        for m in periods._DATE_RE.finditer(text):
            assert any(word in low[m.start() : m.end()] for word in periods._MONTH_WORDS), m.group()
    assert seen == set(periods._KEYS)  # every kind was exercised


def test_prefiltered_search_finds_what_every_pattern_finds(monkeypatch):
    texts = _corpus_texts() + EXTRA
    fast = [periods.find_periods(t) for t in texts]
    periods.clear_caches()
    every = tuple(sorted({w for words in periods._KEYS.values() for w in words} | set(periods._MONTH_WORDS)))
    monkeypatch.setattr(periods, "_KEYS", {kind: every for kind in periods._KEYS})  # every pattern always runs
    assert [periods.find_periods(t) for t in texts] == fast
    periods.clear_caches()


def test_scouted_concept_search_finds_what_the_alternation_finds():
    matcher = concepts.matcher()
    texts = _corpus_texts() + EXTRA + ["Net income-per share, pre-tax income1 and long term debt (2) rose",
                                       "net sales net; net sales per square foot"]
    found = 0
    for text in texts:
        plain = [(matcher.concepts[h.lastgroup], h.start(h.lastgroup), h.end()) for h in matcher.leading.finditer(text)]
        scouted = [((m.concept, m.loss, m.weak), m.start, m.end) for m in concepts.find_mentions(text)]
        assert scouted == plain, text
        found += len(plain)
    assert found > 500  # the texts name concepts often


HEADER = "<SEC-HEADER>\nCONFORMED SUBMISSION TYPE: 8-K\nCENTRAL INDEX KEY: 0001234567\n</SEC-HEADER>\n"


def test_edgar_parts_tag_by_tag():
    text = (HEADER
            + "<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nItem 2.02 results.\n</TEXT>\n</DOCUMENT>\n"
            + "<document>\n<type>GRAPHIC\n<text>\nbegin 644 logo.gif\n</text>\n</document>\n"
            + "<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n%PDF-1.4 a PDF\n</TEXT>\n</DOCUMENT>\n"
            + "<DOCUMENT>\n<TYPE>EX-101.INS\n<TEXT>\n<xbrl/>\n</TEXT>\n</DOCUMENT>\n"
            + "<document>\n<type>EX-99.1\n<text>\n<html><body><p>Release</p></body></html>\n")  # never closed
    found = edgar.parts(text)
    assert [(p.doc_type, p.html) for p in found] == [("8-K", False), ("EX-99.1", True)]
    assert text[found[0].start : found[0].end] == "\nItem 2.02 results.\n"
    assert text[found[1].start : found[1].end] == "\n<html><body><p>Release</p></body></html>\n"
    assert re.search("<TEXT>", text[: found[0].start]) is not None
