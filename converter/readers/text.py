"""Plain-text releases: decoding, page furniture, paragraphs with offsets kept.

Old EDGAR exhibits are ASCII laid out for a line printer: page markers (`<PAGE>`, form feeds,
`Page 3 of 6`), logo placeholders, running headers repeated on every page, and tables drawn
with spaces. Furniture is dropped; a sentence broken across a page break reads as one; lines
laid out in columns, with the titles, column headers and broken labels around them, become
`Table` grids (see `columns`), so that prose extraction never reads a table row as a sentence;
what does not read as a grid stays a `Preformatted` block.
"""

from __future__ import annotations

import codecs
import re

from .. import vocab
from ..document import Block, Document, Paragraph, Preformatted, TextBuilder
from ..errors import InputError
from .columns import table_from_lines

# "o        Net income increased ...", "  o Net income ...": a bullet typed as a letter o, read as the bullet it stands
# for (same length)
_TYPED_BULLET = re.compile(r"^(\s*)o(?=\s+[A-Z$\d(])")
# "-Net sales totaled $116.0 million", "*Revenue of $512 million": a dash or star bullet run into its first word, read
# as a bullet (same length) so that the word is a word of its own
_GLUED_BULLET = re.compile(r"^(\s*)[-*](?=[A-Z][a-z])")
_MARK = r"\s*[-*\u2013" + "".join(vocab.load()["bullet_marks"]) + r"]"
# "    --  Net income ..." too, and a glued bullet
_BULLET_LINE = re.compile(r"(?:" + _MARK + r"|\s*--\s)\s+[A-Z$\d(]|\s*\u2022(?=[A-Z][a-z])")
_BULLET_ALONE = re.compile(_MARK + r"\s*")  # a bullet whose text is on the next line
_BULLET_GAP = re.compile(r"^(?:" + _MARK + r"|--)\s+(?=[A-Z][a-z])")  # the mark and the spaces after it
_PAGE_MARK = re.compile(r"^\s*(?:<PAGE>\s*\d*|</?(?:PAGE|TEXT|PRE|DOCUMENT)>|\f+)\s*$", re.I)
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|-\s*\d{1,4}\s*-|\d{1,3})\s*$", re.I)
_PLACEHOLDER = re.compile(
    r"\[(?:[A-Z0-9 &.,'/-]{0,60}\b(?:OMITTED|LOGO|GRAPHIC|PHOTO|PICTURE)\b[A-Z0-9 &.,'/-]{0,60})\]")
_RULE = re.compile(r"^\s*[-=_*.~]{3,}\s*$")
_RULE_RUN = re.compile(r"[-=_]{3,}")
_COLUMN_GAP = re.compile(r"\S {3,}\S|\S\t+\S")
_NUMBERISH = re.compile(r"[$(]?\.?\d[\d,.]*\)?%?|--?|\(\s*\.?\d")  # ".02", "(.01)": cents without a leading zero
# "Net sales ........ $186.9": dots that lead to a figure (not "May 2, 2003......Kestrel Motor Parts, Inc.")
_DOT_LEADER = re.compile(r"(?:\.{4,}|(?:\. ){3,})(?=\s*(?:[\d$(\u2014-]|$))")
# a dateline opening a line: "AUSTIN, February 18, 2004 -", "Macon, Georgia, July 14, 2004 --"
_MONTH_NAMES = "|".join(re.escape(m) for m in sorted(vocab.load()["months"], key=len, reverse=True))
# "AUSTIN, Texas, February 18, 2004", a wire's: "DALLAS--(BUSINESS WIRE)--Aug. 16, 2000", "DALLAS \u2013 March 9, 2006"
_DATELINE = re.compile(rf"\s*[A-Z][\w.'\- ]{{1,40}}(?:,[^.]{{0,40}}?|\s?--\s?\([\w ]{{3,30}}\)\s?--\s?"
                       # a state's abbreviation: "MAPLETON, Ore. \u2013 August 5, 2014", "ORLANDO, Fla., October 14"
                       rf"|\s[\u2013\u2014]\s|,\s[A-Z][A-Za-z.]{{1,6}}(?:,\s?|,?\s?(?:[\u2013\u2014]|--?)\s?))"
                       rf"\b(?i:{_MONTH_NAMES})\.?\s\d{{1,2}}\b"
                       # a wire's without a date: "MILWAUKEE, Wis.\u2013(BUSINESS WIRE)\u2013Pellbrook Grocers ..."
                       r"|\s*[A-Z][A-Z.'\- ]{1,40}(?:,[^()]{0,30}?)?\s?(?:--?|[\u2013\u2014])\s?\((?i:[a-z ]{0,20}"
                       r"(?:wire|newswire|news\swire))\)")
# a dateline inside a line, its city in capitals: "... $.12 SPRING VALLEY, NEW YORK, FEBRUARY 24, 2005 - Par",
# "... Increased SANTA CLARA, Calif., Oct.13, 1998 - Driven"
# ("... FOR FISCAL 2003 MINNEAPOLIS, MN - April 10, 2003 - SUPERVALU")
_MID_DATELINE = re.compile(rf"\s(?P<city>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){{0,3}})(?:,\s|\s(?:--?|[\u2013\u2014])\s)"
                           r"(?:[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?(?:,\s|\s(?:--?|[\u2013\u2014])\s))?"
                           rf"(?i:{_MONTH_NAMES})\.?\s?\d{{1,2}},?\s(?:19|20)\d\d\s?(?:--?|[\u2013\u2014]|/)")
_PROSE_STOP = re.compile(r"[a-z]{2,}[.!?]\s+[A-Z]")  # a sentence's end in running text
# "July 27, 2015" alone on its line under the letterhead: the release's date, a paragraph of its own
# "March 28, 2007", "Tuesday, March 28, 2007 \u2013 Denver, Colorado"
_DATE_LINE = re.compile(rf"\s*(?:[A-Z][a-z]+day,?\s)?(?i:{_MONTH_NAMES})\.?\s\d{{1,2}},?\s(?:19|20)\d\d"
                        r"(?:\s?[-\u2013\u2014]\s?[A-Z][\w.' ]{1,30}(?:,\s?[A-Z][\w.' ]{1,30})?)?\s*")
_SENTENCE_END = re.compile(r"[.!?:;][\"')\]\u201d\u2019]*\s*$")
_SGML_TAG_LINE = re.compile(r"^\s*(?:</?(?:TABLE|CAPTION|FN)>|<[SC]>)(?:\s*<[SC]>)*\s*$", re.I)
_MAX_TITLE_LINES = 8  # text lines above a table's first row that may still be its title and header
_MAX_SGML_TABLE = 3000  # lines between <TABLE> and </TABLE>
_CONTROL_BYTES = bytes([*range(9), *range(14, 32), 127])  # C0 controls bar \t \n \v \f \r, and DEL


def decode(data: bytes, name: str = "input") -> str:
    """Bytes as text: UTF-8 (with or without BOM), else cp1252 as old EDGAR files are written."""
    if not data.strip():
        raise InputError(f"{name}: the input is empty")
    for magic, kind in _MAGIC:
        if data[:64].lstrip(b"\r\n\t ")[: len(magic)] == magic:
            raise InputError(f"{name}: a {kind} file, not a text or HTML release")
    encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else _utf16_without_bom(data[:4096])
    if encoding:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: invalid UTF-16 text ({exc.reason})") from None
    head = data[:65536]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if b"\x00" in head or controls > len(head) // 20:
        raise InputError(f"{name}: binary data, not a text or HTML document")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="latin1-fallback")


_MAGIC = ((b"%PDF", "PDF"), (b"PK\x03\x04", "ZIP"), (b"\x89PNG", "PNG"), (b"GIF8", "GIF"), (b"\xff\xd8\xff", "JPEG"),
          (b"\x7fELF", "executable (ELF)"), (b"MZ\x90", "executable (Windows)"), (b"\x1f\x8b", "gzip"),
          (b"\xd0\xcf\x11\xe0", "Microsoft Office"))


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text with no byte-order mark: every other byte of ASCII text is zero."""
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > len(odd) * 0.9 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.9 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return None


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    """cp1252 leaves five bytes undefined; read them as the latin-1 characters they are."""
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("latin1-fallback", _latin1_fallback)


def _is_tabular(line: str) -> bool:
    """A line laid out in columns: a number or dash in a column of its own, or a dot leader."""
    body = _BULLET_GAP.sub("", line.strip(), count=1)  # " -   Net income was $4.1 million": a bullet, not a column
    if not body:
        return False
    if _DOT_LEADER.search(body):
        return True
    gaps = _COLUMN_GAP.findall(body)
    if not gaps:
        return False
    cells = [c for c in re.split(r" {3,}|\t+", body) if c]
    numeric = sum(1 for c in cells if _NUMBERISH.fullmatch(c.replace("$", "").strip()) or c.strip() in {"$", "%"})
    return numeric >= 1 and len(cells) >= 2


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) pairs split at newlines only: a form feed is a page break, not a line end."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line.rstrip("\r")))
        pos += len(line) + 1
    return out


def _headlines_apart(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines, a headline run into its dateline on one line ("... DILUTED EPS OF $.12 SPRING VALLEY, NEW YORK,
    FEBRUARY 24, 2005 - Par ...", as copies that lost their line ends have it) parted from it by a blank line."""
    out = []
    for offset, line in lines:
        m = _MID_DATELINE.search(line, 40)
        if m is None or _PROSE_STOP.search(line, 0, m.start()):
            out.append((offset, line))  # (not a sentence's "... said in NEW YORK, June 2, 2005 -")
            continue
        cut = m.start("city")
        out += [(offset, line[:cut]), (offset + cut, ""), (offset + cut, line[cut:])]
    return out


def read_text(text: str, name: str | None = None, base: int = 0) -> Document:
    """Plain text -> Document of paragraphs, tables and preformatted blocks; offsets are into `text`, plus `base`."""
    lines: list[tuple[int, str]] = []
    kinds: list[str] = []  # "blank", "break", "text", "table"
    for offset, raw in _headlines_apart(_lines(text)):
        line = _GLUED_BULLET.sub("\\1\u2022", _TYPED_BULLET.sub("\\1\u2022", raw.replace("\f", " "), count=1), count=1)
        if "\f" in raw or _PAGE_MARK.match(line):
            lines.append((offset + base, ""))
            kinds.append("break")
            if not line.strip() or _PAGE_MARK.match(line):
                continue  # a form feed on a line of its own, or a page marker
        lines.append((offset + base, line))
        if not _PLACEHOLDER.sub("", line).strip() or _RULE.match(line) or _SGML_TAG_LINE.match(line) or _is_rules(line):
            kinds.append("blank")
        elif _is_tabular(line):
            kinds.append("table")
        else:
            kinds.append("text")
    # blank lines just before a page break belong to the break: the paragraph may go on after it
    following = "text"
    for i in range(len(kinds) - 1, -1, -1):
        if kinds[i] == "blank" and following == "break":
            kinds[i] = "break"
        if kinds[i] != "blank":
            following = kinds[i]
    _drop_page_furniture(lines, kinds)

    blocks: list[Block] = []
    paragraph: list[tuple[int, str]] = []
    table: list[tuple[int, str]] = []
    pending_break = False

    def flush_paragraph() -> None:
        if paragraph:
            blocks.append(_paragraph(paragraph))
            paragraph.clear()

    def line_alone(offset: int, line: str) -> None:
        flush_paragraph()
        paragraph.append((offset, line))
        flush_paragraph()

    def flush_table() -> None:
        if table:
            blocks.append(Preformatted(tuple(table)))
            table.clear()

    regions = _table_regions(lines, kinds)
    width = _wrap_width([line for (_, line), kind in zip(lines, kinds, strict=True) if kind == "text"])
    i = 0
    while i < len(lines):
        if i in regions:
            end = regions[i]
            region = [lines[j] for j in range(i, end) if kinds[j] != "break"]
            flush_paragraph()
            flush_table()
            context = " ".join(b.text for b in blocks[-3:] if isinstance(b, Paragraph))[-600:]
            found = table_from_lines(region, context)
            if found is not None:
                blocks.append(found)
                pending_break = False
                i = end
                continue
        (offset, line), kind = lines[i], kinds[i]
        i += 1
        if kind == "break":
            pending_break = True
            continue
        if kind == "blank":
            if pending_break:
                continue  # blank lines around a page break do not end a paragraph by themselves
            if paragraph and _headline_goes_on(paragraph[-1][1], lines, kinds, i):
                continue  # "ACME REPORTS RESULTS FOR THE SECOND" / (blank) / "QUARTER 2005": one headline
            flush_paragraph()
            flush_table()
            continue
        if kind == "table":
            flush_paragraph()
            table.append((offset, line))
            pending_break = False
            continue
        flush_table()
        if pending_break and paragraph and _SENTENCE_END.search(paragraph[-1][1]):
            flush_paragraph()
        if paragraph and _is_headline(paragraph[-1][1]) and not _is_headline(line) and len(line.strip()) >= 60 \
                and not line.lstrip().startswith("("):
            flush_paragraph()  # "XYZ CORP. ANNOUNCES NET INCOME OF $7.2 MILLION" over the dateline: a line of its own
        elif paragraph and _DATE_LINE.fullmatch(line) and (len(paragraph[-1][1].strip()) <= 40
                                                           or _in_title_case(paragraph[-1][1])):
            # "CLEVELAND, OH / July 27, 2015 / Corwin Forge Announces ...": not run into a sentence; nor a headline
            # into "March 28, 2007 \u2013 Denver, Colorado"
            line_alone(offset, line)
            pending_break = False
            continue
        elif paragraph and _is_bullet(line):
            flush_paragraph()  # "- Net income ... 2015. / - Net revenue ...": each bullet a paragraph of its own
        elif _heads_bullets(line, lines[i][1] if i < len(lines) and kinds[i] == "text" else ""):
            # "Fourth quarter fiscal 2002:" over "* Sales of $41 million": a heading of its own, run neither into the
            # sentence above nor into a bullet
            line_alone(offset, line)
            pending_break = False
            continue
        elif paragraph and _DATELINE.match(line) and not _SENTENCE_END.search(paragraph[-1][1]):
            flush_paragraph()  # a sub-headline ("Company Provides Outlook for 2004") over "AUSTIN, February 18, 2004 -"
        elif paragraph and _ends_an_item(paragraph[-1][1], line):
            flush_paragraph()  # "Revenue increased 5.1% to $64.7 million;" over "GAAP diluted earnings per share of
            # $0.14; and" over "Company reaffirms its guidance.": items of a list, one to a line, each its own
        elif len(paragraph) == 1 and _ends_short(paragraph[0][1], line, width):
            flush_paragraph()  # "Full year net loss of $14.6 million" over "Revenue for the fourth quarter ...": a
            # line that ends short of the others, with no stop, ended its paragraph
        elif paragraph and ((_is_title(line) and _SENTENCE_END.search(paragraph[-1][1]))
                            or (len(paragraph) == 1 and (_is_title(paragraph[0][1]) or _over_a_sentence(
                                paragraph[0][1], line)))):
            flush_paragraph()  # "... January 28, 2006. / Fourth Quarter Results / Net earnings for ...": a heading
        elif len(paragraph) == 1 and _in_title_case(paragraph[0][1]) and _in_title_case(line) and \
                paragraph[0][1].split()[-1].lower() not in _SMALL_WORDS and line.lstrip()[0].isalpha() and \
                not _is_headline(paragraph[0][1]) and not _is_headline(line):
            flush_paragraph()  # "Net Income Rose 12% to $0.61 In Quarter / Net Income For First Six Months Rose ...":
            # headlines one to a line, each its own sentence (not one going on: "... Rose 80% To / $781.2 Million",
            # nor one in capitals over two lines)
        pending_break = False
        paragraph.append((offset, line))
    flush_paragraph()
    flush_table()
    return Document(source=text, blocks=tuple(blocks), name=name)


def _heads_bullets(line: str, following: str) -> bool:
    """A short line ending in a colon right over a bullet ("For the third quarter 2005, Marlowe reported:")."""
    return line.rstrip().endswith(":") and len(line.split()) <= 8 and _is_bullet(following)


def _is_bullet(line: str) -> bool:
    """A bullet's line: its mark and text ("- Net revenue ..."), or the mark alone with its text on the next line."""
    return bool(_BULLET_LINE.match(line) or _BULLET_ALONE.fullmatch(line))


def _is_headline(line: str) -> bool:
    """A line in capitals, as headlines are set: a paragraph of its own, never run into the sentence below."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "vs.", "-"})
_DANGLING = _SMALL_WORDS | {word.lower() for word in vocab.load()["ordinals"]}  # words no headline ends on


def _headline_goes_on(line: str, lines: list[tuple[int, str]], kinds: list[str], at: int) -> bool:
    """Whether a headline line that ends on a word that needs the next ("... RESULTS FOR THE SECOND") goes on in the
    headline line after the blank ones from `at`."""
    words = line.split()
    if not words or words[-1].lower() not in _DANGLING or not _is_headline(line):
        return False
    while at < len(kinds) and kinds[at] == "blank":
        at += 1
    return at < len(kinds) and kinds[at] == "text" and _is_headline(lines[at][1])


def _is_title(line: str) -> bool:
    """A short line in title case with no sentence's end: a section heading ("Fourth Quarter Results")."""
    return len(line.split()) <= 6 and _in_title_case(line, figures=False)


def _wrap_width(lines: list[str]) -> int:
    """The width running text is wrapped at: the length most long lines reach (0 when few lines are wrapped)."""
    long = sorted(len(line.rstrip()) for line in lines if len(line.split()) >= 8)
    if len(long) >= 8:
        return long[len(long) * 3 // 4]
    return long[-1] if long and long[-1] >= 100 else 0  # a paragraph to a line: the longest


def _ends_short(line: str, following: str, width: int) -> bool:
    """A paragraph's first line, of words with no stop, that ends well short of the wrap width, over a line opening
    on a capital: a highlight or a headline set without its full stop, not a line of a wrapped sentence."""
    body, next_body = line.rstrip(), following.strip()
    last = body.split()[-1].lower() if body else ""
    return width > 0 and len(body.split()) >= 4 and len(body) < 0.6 * width and body[-1:].isalnum() and \
        re.match(r"[A-Z][a-z]", next_body) is not None and last not in _SMALL_WORDS and last not in _GOES_ON


def _ends_an_item(line: str, following: str) -> bool:
    """A line closing on a semicolon ("; and") over a line opening on a capital: an item of a list set one to a line,
    not a line of a wrapped sentence (where a semicolon leads on to a lower-case word)."""
    return _ITEM_END.search(line.rstrip()) is not None and following.lstrip()[:1].isupper()


_ITEM_END = re.compile(r";(?:\s(?:and|or))?$")
_GOES_ON = frozenset({"was", "were", "is", "are", "totaled", "ended", "ending", "from", "with", "than", "by", "per"})


def _over_a_sentence(line: str, following: str) -> bool:
    """A headline in title case over a longer line of running text, with no blank line between ("Larkspur Insurance
    Group Unveils Year 2005 Numbers" over "Larkspur Insurance Group, Inc. reported net income of ..."); not the first of
    a headline's two lines, nor a wrapped sentence's line, which are about as long as the next."""
    head, body = line.strip(), following.strip()
    return _in_title_case(head) and head.split()[-1].lower() not in _SMALL_WORDS and len(body) >= 60 and \
        len(head) < 0.8 * len(body) and body[0].isupper() and _is_prose(body)


def _in_title_case(line: str, figures: bool = True) -> bool:
    """A line of two words or more, each capitalised, small, a year (or, with `figures`, a figure), with no
    sentence's end: as headlines are set ("Net Income Rose 12% to $0.61 From $0.54")."""
    words = line.split()
    return len(words) >= 2 and not _SENTENCE_END.search(line) and all(
        w.lower() in _SMALL_WORDS or w[0].isupper() or re.fullmatch(r"(?:19|20)\d\d", w)
        or (figures and (w[0] in "$(" or w[0].isdigit())) for w in words)


def _is_rules(line: str) -> bool:
    """Rules drawn under columns: "------    ------" (each run three characters or more)."""
    words = line.split()
    return bool(words) and all(_RULE_RUN.fullmatch(w) for w in words)


def _is_prose(line: str) -> bool:
    """A line of running text: long, many words, no column gap; or a sentence."""
    body = _BULLET_GAP.sub("", line.strip(), count=1)
    if _COLUMN_GAP.search(body) or (body.startswith("(") and body.endswith(")")):
        return False  # not "(Unaudited, in thousands, except per share amounts)" over a table's header either
    words = body.split()
    if len(body) >= 50 and len(words) >= 7:
        return True
    if len(words) >= 5 and body.endswith(".") and not body.isupper():
        return True
    return bool(re.search(r"[a-z]{2}\. +[A-Z][a-z]", body))


def _table_regions(lines: list[tuple[int, str]], kinds: list[str]) -> dict[int, int]:
    """Runs of lines that may hold a table: start index -> end index (exclusive).

    EDGAR's `<TABLE>` ... `</TABLE>` (up to its `<FN>` footnotes) marks one where it is used.
    Elsewhere a run holds lines in columns with the short lines around them (titles, column
    headers, labels broken over lines, section heads), one blank line apart at most; two blank
    lines, a page break or a line of running prose ends it.
    """
    n = len(lines)
    regions: dict[int, int] = {}
    taken = [False] * n
    i = 0
    while i < n:
        if lines[i][1].strip().upper().startswith("<TABLE>"):
            j = i + 1
            while j < n and j - i < _MAX_SGML_TABLE:
                tag = lines[j][1].strip().upper()
                if tag.startswith(("</TABLE>", "<FN>", "<TABLE>")):
                    break
                j += 1
            if j < n and not lines[j][1].strip().upper().startswith("<TABLE>") and j - i < _MAX_SGML_TABLE:
                if any(kinds[k] == "table" for k in range(i + 1, j)):
                    regions[i + 1] = j
                for k in range(i, j):
                    taken[k] = True
                i = j
                continue
        i += 1
    # line types: T in columns, P prose, H other text, R rule or markup, B blank, X page break
    types: list[str] = []
    for (_, line), kind in zip(lines, kinds, strict=True):
        if kind == "break":
            types.append("X")
        elif kind == "blank":
            types.append("B" if not line.strip() or (_PLACEHOLDER.sub("", line).strip() == "") else "R")
        elif kind == "table":
            types.append("T")
        else:
            types.append("P" if _is_prose(line) else "H")
    # a short line in a paragraph (its last, say) is prose too
    start = 0
    for k in range(n + 1):
        if k == n or types[k] in ("B", "X", "R"):
            if any(types[m] == "P" for m in range(start, k)):
                for m in range(start, k):
                    if types[m] == "H":
                        types[m] = "P"
            start = k + 1
    k = 0
    while k < n:
        if taken[k] or types[k] not in ("T", "H"):
            k += 1
            continue
        # grow the run: T, H, R lines, single blank lines
        end = k
        blanks = 0
        m = k
        while m < n and not taken[m]:
            t = types[m]
            if t in ("P", "X"):
                break
            if t == "B":
                blanks += 1
                if blanks >= 2:
                    break
            else:
                blanks = 0
                if t == "T":
                    end = m + 1
            m += 1
        rows = [m2 for m2 in range(k, end) if types[m2] == "T"]
        if len(rows) >= 2:
            first_row = rows[0]
            above = [m2 for m2 in range(k, first_row) if types[m2] == "H"]
            begin = above[-_MAX_TITLE_LINES] if len(above) > _MAX_TITLE_LINES else k
            regions[begin] = end
        k = end if end > k else max(m, k + 1)
    return regions


def _drop_page_furniture(lines: list[tuple[int, str]], kinds: list[str]) -> None:
    """Page numbers next to page breaks, and running headers repeated after page breaks."""
    n = len(lines)
    breaks = [i for i, k in enumerate(kinds) if k == "break"]
    for b in breaks:
        for step in (-1, 1):
            j, seen = b + step, 0
            while 0 <= j < n and seen < 3:
                if kinds[j] == "blank":
                    j += step
                    continue
                if kinds[j] != "break" and _PAGE_NUMBER.match(lines[j][1]):
                    kinds[j] = "break"
                break
    # a "Page N of M" line is furniture wherever it stands
    for i, (_, line) in enumerate(lines):
        if kinds[i] == "text" and re.match(r"^\s*page\s+\d{1,4}\s+of\s+\d{1,4}\s*$", line, re.I):
            kinds[i] = "break"
    # running headers: the first text line after a page break, when it recurs after two or more breaks
    firsts: dict[str, list[int]] = {}
    for b in breaks:
        if b + 1 < n and kinds[b + 1] == "break":
            continue  # not the last line of its group of page-break lines
        j = b + 1
        while j < n and kinds[j] in ("blank", "break"):
            j += 1
        if j < n and kinds[j] == "text":
            firsts.setdefault(lines[j][1].strip().lower(), []).append(j)
    for positions in firsts.values():
        if len(positions) >= 2:
            for j in positions:
                kinds[j] = "break"


_IRREGULAR_SPACE = re.compile(r"[ \t\f\v\u00a0]{2,}|[\t\f\v\u00a0]")


def _paragraph(lines: list[tuple[int, str]]) -> Paragraph:
    """Join lines with single spaces, folding white space, dropping placeholders, keeping offsets.

    Text between runs of irregular white space is copied as it stands, so the work is one step per
    run, not per word, however long the line.
    """
    builder = TextBuilder()
    previous = ""  # the text added so far ends with this line's text
    for offset, line in lines:
        cleaned = _PLACEHOLDER.sub(lambda m: " " * len(m.group()), line)
        body = cleaned.strip()
        if not body:
            continue
        lead = len(cleaned) - len(cleaned.lstrip())
        # a word hyphenated at a line end joins the next line's first word: "long-" + "term"
        joined = len(previous) > 1 and previous.endswith("-") and previous[-2].isalpha()
        if previous and not joined:
            builder.add(" ", offset + lead)
        last = 0
        for m in _IRREGULAR_SPACE.finditer(body):
            builder.add(body[last : m.start()], offset + lead + last)
            builder.add(" ", offset + lead + m.start())
            last = m.end()
        builder.add(body[last:], offset + lead + last)
        previous = body
    text, offsets = builder.build()
    return Paragraph(text, offsets)
