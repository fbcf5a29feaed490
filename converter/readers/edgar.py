"""Whole EDGAR submissions: the SGML header, then the documents inside.

The header gives the company's conformed name, its CIK and its fiscal year end, which fill the
entity with no `--cik` needed. The 8-K body and every EX-99 exhibit are read (HTML or text);
graphics, uuencoded files, PDFs, ZIPs, XBRL (EX-101) and other exhibits are skipped. The
header's "conformed period of report" is the 8-K's event date, not the fiscal period end, so it
is kept only as metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Block, Document
from .html import read_html
from .text import read_text

# tags found one by one from where the last ended: no pattern spans a whole document
_DOC_OPEN = re.compile(r"<DOCUMENT>", re.I)
_DOC_CLOSE = re.compile(r"</DOCUMENT>", re.I)
_TYPE = re.compile(r"<TYPE>\s*([^\s<]+)", re.I)
_TEXT_OPEN = re.compile(r"<TEXT>", re.I)
_TEXT_CLOSE = re.compile(r"</TEXT>", re.I)
_NOT_TEXT = re.compile(r"\s*(?:begin \d{3} |%PDF)")  # a uuencoded file or a PDF
_HEADER_FIELDS = {
    "COMPANY CONFORMED NAME": "company_name",
    "CENTRAL INDEX KEY": "cik",
    "CONFORMED PERIOD OF REPORT": "period_of_report",
    "FILED AS OF DATE": "filed",
    "FISCAL YEAR END": "fiscal_year_end",
    "CONFORMED SUBMISSION TYPE": "form",
}
# an HTML part: EDGAR's own plain-text markup has <TABLE>, <CAPTION>, <S>, <C> and <PAGE>, never these
_HTML = re.compile(r"<(?:html|body|div|p|font|br|tr|td)\b", re.I)


def is_submission(head: str) -> bool:
    low = head.lower()
    return ("<sec-document>" in low or "<ims-document>" in low or "<sec-header>" in low
            or "-----begin privacy-enhanced message-----" in low or bool(re.search(r"<document>\s*<type>", low)))


def wanted(doc_type: str) -> bool:
    t = doc_type.upper()
    return t.startswith(("8-K", "EX-99")) and not t.startswith("EX-101")


@dataclass(frozen=True)
class Part:
    """One document of a submission that the reader reads: where its text stands, and its kind."""

    doc_type: str
    start: int
    end: int
    html: bool


def parts(text: str) -> list[Part]:
    """The 8-K body and EX-99 exhibits of a submission, in order; graphics, PDFs and XBRL left out."""
    out: list[Part] = []
    at = 0
    while (opening := _DOC_OPEN.search(text, at)) is not None:
        closing = _DOC_CLOSE.search(text, opening.end())
        end, at = (closing.start(), closing.end()) if closing else (len(text), len(text))
        t = _TYPE.search(text, opening.end(), end)
        doc_type = t.group(1) if t else ""
        body = _TEXT_OPEN.search(text, opening.end(), end)
        if not wanted(doc_type) or body is None:
            continue
        body_end = _TEXT_CLOSE.search(text, body.end(), end)
        start, stop = body.end(), body_end.start() if body_end else end
        if _NOT_TEXT.match(text, start, stop):
            continue
        out.append(Part(doc_type, start, stop, bool(_HTML.search(text, start, min(stop, start + 5000)))))
    return out


def read_edgar(text: str, name: str | None = None) -> Document:
    meta: dict[str, str] = {}
    header_end = re.search(r"<DOCUMENT>", text, re.I)
    header = text[: header_end.start() if header_end else min(len(text), 20000)]
    filers: list[list[str]] = []  # [name, cik] of each FILER block, in the header's order
    for line in header.splitlines():
        key, _, value = line.strip().partition(":")
        field = _HEADER_FIELDS.get(key.strip().upper())
        if field == "company_name" and value.strip():
            filers.append([value.strip(), ""])
        elif field == "cik" and filers and not filers[-1][1]:
            filers[-1][1] = value.strip()
        if field and value.strip() and field not in meta:
            meta[field] = value.strip()
    if len(filers) > 1:
        meta["filers"] = "\n".join(f"{cik}\t{name}" for name, cik in filers)  # co-registrants: see extract
    blocks: list[Block] = []
    for part in parts(text):
        content = text[part.start : part.end]
        reader = read_html if part.html else read_text
        blocks.extend(reader(content, name, base=part.start).blocks)
    return Document(source=text, blocks=tuple(blocks), name=name, meta=meta)
