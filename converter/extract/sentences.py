"""Sentences within a paragraph, without breaking at "Inc.", "Mr." or "$1.5"."""

from __future__ import annotations

import re
from bisect import bisect_right

from .. import vocab

_ABBREVIATIONS = frozenset(vocab.load()["abbreviations"])
# a bullet opens a sentence of its own, after a full stop or not: "... $84.6 million. \u2022 EBITDA was ...", and so
# does a dash after a full stop ("... $48.3 million. -- Operating income ...");
# so does a typed one, a "*" or a middle dot between spaces before a capital ("Highlights * Net income ..."),
# and a dash after a colon or a semicolon ("... compared with the prior year: - Net income of ...; - Revenues")
_BULLET = "[" + "".join(vocab.load()["bullet_marks"]) + "]"
_BOUNDARY = re.compile(rf"[.!?][\"'\u201d\u2019)\]]*\s+(?=(?:(?:{_BULLET}|--?)\s*)?[\"'\u201c\u2018(\[]?[A-Z0-9$])"
                       r"|(?<=[a-z\d%])\.(?=[A-Z][a-z]+\s)"  # no space after the stop: "... in 2009.We incurred"
                       rf"|\s(?={_BULLET}\s)|\s(?=[*\u00b7]\s+[A-Z])|(?<=[:;])\s+(?=[-\u2013]\s+[A-Z])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        before = text[max(start, m.start() - 40) : m.start()].rsplit(None, 1)
        # the word the full stop ends, after any punctuation run into it: "(BUSINESS WIRE)--Aug. 16"
        word = re.split(r"[^\w.&'-]", before[-1])[-1].lower().strip("'-") if before else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
            continue
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def clause_of(starts: list[int], position: int) -> int:
    """The index of the clause (given by where each begins, in order) that holds `position`."""
    return max(0, bisect_right(starts, position) - 1)
