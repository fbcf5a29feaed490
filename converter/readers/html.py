"""HTML releases as EDGAR holds them, from 2000s `<font>` soup to inline-styled pages.

lxml parses, fed a chunk at a time; this module reads its start and end events once, turning
block elements into paragraphs and data tables into grids, and frees each part of the tree as
soon as it is read, so that memory follows the text kept, not the size of the page. Tables used
only for layout (a bullet beside its text) are read as prose. Offsets point into the original
HTML: each run of text is looked up in the page's own text, moving forward.
"""

from __future__ import annotations

import html
import re

from lxml import etree

from ..document import Block, Cell, Document, Paragraph, Table, TextBuilder
from ..errors import InputError

_BLOCK = frozenset([
    "p", "div", "br", "tr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "center", "blockquote", "pre",
    "section", "article", "dl", "dt", "dd", "hr", "title", "body", "html", "table", "caption", "thead", "tbody",
    "tfoot", "header", "footer", "address", "form",
])
_SKIP = frozenset(["script", "style", "head", "noscript", "template", "svg", "math", "object", "iframe"])
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_NUMERIC_CELL = re.compile(r"^[\s$€£(]*[\d][\d,.]*\s*\)?\s*%?$|^[\s$]*[-\u2013\u2014]+\s*$")
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0\u2002-\u200b\u3000]+")
_MAX_SPAN = 200
_MAX_COLUMNS = 200  # wider is no financial statement, and reading it as one would cost columns squared
_CHUNK = 1 << 16  # characters fed to the parser at a time: the unread tree stays small
_CONTENT = re.compile(r"\S")


def _cp1252(code: int) -> str:
    try:
        return bytes([code]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(code)


# `&#146;` and friends: old pages name cp1252 characters by their byte; HTML5 reads them so, libxml2 not
CP1252_REFERENCES = {code: _cp1252(code) for code in range(0x80, 0xA0)}


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text.translate(CP1252_REFERENCES))


# a run of markup (tags, comments, scripts, style sheets, the white space between them), or a run of text
_SCAN = re.compile(r"(?:<!--.*?(?:-->|\Z)|<(script|style)\b.*?(?:</\1\s*>|\Z)|<[^>]*>?|\s+)+|(?P<text>[^<]+)",
                   re.S | re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});?")

_MARKED = _SKIP | {"br"}  # in a cell, what its plain text would show wrongly (with hidden elements)
_HAS_TABLE = etree.XPath("boolean(descendant::table)")


class _Locator:
    """Finds where a run of text stands in the raw HTML, moving forward through its text only.

    The raw HTML's text (outside tags, comments and scripts, with character references decoded)
    is laid out as one string mapped back to raw offsets; each run the parser reports is looked
    up from where the previous one was found, so tags, attributes and style sheets never match.
    """

    def __init__(self, raw: str, start: int = 0) -> None:
        builder = TextBuilder()
        for m in _SCAN.finditer(raw, start):
            piece = m.group("text")
            if piece is None:
                continue
            at = m.start()
            if "&" not in piece:
                builder.add(piece, at)
                continue
            last = 0
            for e in _ENTITY.finditer(piece):
                builder.add(piece[last : e.start()], at + last)
                builder.add(html.unescape(e.group()).translate(CP1252_REFERENCES), at + e.start())
                last = e.end()
            builder.add(piece[last:], at + last)
        self.flat, self.map = builder.build()
        self.cursor = 0

    def find(self, text: str) -> int:
        """The raw offset of `text`'s first word, searched from the last place found."""
        words = text.translate(CP1252_REFERENCES).split(None, 1)
        return self.find_word(words[0]) if words else self._here()

    def find_word(self, word: str) -> int:
        """`find` for one word as `_clean` leaves it (references mapped, no white space)."""
        probe = word[:40]
        at = self.flat.find(probe, self.cursor)
        if at < 0:
            return self._here()
        self.cursor = at + len(probe)  # the next run stands after this one
        return self.map.original(at)

    def _here(self) -> int:
        return self.map.original(self.cursor) if self.flat else 0


def read_html(text: str, name: str | None = None, base: int = 0) -> Document:
    """HTML -> Document of paragraphs and tables; offsets are into `text`, plus `base`."""
    first = _CONTENT.search(text)
    if first is None:
        raise InputError(f"{name or 'input'}: the input is empty")
    parser = etree.HTMLPullParser(events=("start", "end"), recover=True, no_network=True, remove_comments=True,
                                  remove_pis=True, encoding="utf-8", default_doctype=False)
    walker = _Walker(_Locator(text, first.start()), base)
    try:
        for at in range(first.start(), len(text), _CHUNK):
            parser.feed(text[at : at + _CHUNK].encode("utf-8"))
            for event, el in parser.read_events():
                walker.event(event, el)
        parser.close()
        for event, el in parser.read_events():
            walker.event(event, el)
    except (etree.LxmlError, ValueError) as exc:
        raise InputError(f"{name or 'input'}: cannot parse the HTML ({exc})") from None
    walker.finish()
    return Document(source=text, blocks=tuple(walker.blocks), name=name)


class _Walker:
    """Reads the parser's events in order; the text of an element (or after it) is read at the next event,
    when the parser has seen all of it."""

    def __init__(self, locator: _Locator, base: int) -> None:
        self.locator = locator
        self.base = base
        self.blocks: list[Block] = []
        self.builder = TextBuilder()
        self.pending_space = False
        self.pending: etree._Element | None = None  # the element whose text (or tail) comes next
        self.pending_tail = False
        self.held: etree._Element | None = None  # a table, or a skipped or hidden element, read at its end
        self.marks: list[etree._Element] = []  # in a held table: line breaks, hidden and skipped elements
        self.special: set[etree._Element] = set()  # the cells that hold one of those

    # -- events --------------------------------------------------------------------------------------

    def event(self, kind: str, el: etree._Element) -> None:
        if self.held is not None:
            if kind == "end" and el is self.held:
                self.held = None
                if el.tag == "table" and not _hidden(el):
                    self.special = {cell for mark in self.marks for cell in mark.iterancestors("td", "th")}
                    self.read_table(el)
                self.marks, self.special = [], set()
                self.done(el)
            elif kind == "start" and self.held.tag == "table" and (el.tag in _MARKED or _hidden(el)):
                self.marks.append(el)
            return
        self.read_pending()
        tag = el.tag if isinstance(el.tag, str) else ""
        if kind == "start":
            if not tag or tag in _SKIP or tag == "table" or _hidden(el):
                self.held = el
                return
            if tag in _BLOCK:
                self.flush()
            self.pending, self.pending_tail = el, False
        else:
            if tag in _BLOCK:
                self.flush()
            self.done(el)

    def read_pending(self) -> None:
        el = self.pending
        if el is not None:
            self.pending = None
            self.add_text(el.tail if self.pending_tail else el.text)

    def done(self, el: etree._Element) -> None:
        """`el` is read but for its tail, which follows: free its subtree and the siblings read before it."""
        self.pending, self.pending_tail = el, True
        del el[:]
        parent = el.getparent()
        if parent is not None:
            while el.getprevious() is not None:
                del parent[0]

    def finish(self) -> None:
        self.read_pending()
        self.flush()

    # -- text runs ---------------------------------------------------------------------------------

    def add_text(self, text: str | None) -> None:
        if not text:
            return
        folded = _clean(text)
        if not folded.strip():
            self.pending_space = self.pending_space or bool(len(self.builder))
            return
        # word by word (references and folded spaces shift the offsets), joined into one piece per
        # stretch of the source that the words cover contiguously
        builder, find, base = self.builder, self.locator.find_word, self.base
        space = bool(len(builder)) and (self.pending_space or folded[0] == " ")
        piece: list[str] = []
        piece_origin = expected = -1
        for word in folded.split():
            origin = find(word) + base
            if space:  # one space between words: where the source has it, else at the next word
                at = expected if expected == origin - 1 else origin
                if at != expected and piece:
                    builder.add("".join(piece), piece_origin)
                    piece = []
                if not piece:
                    piece_origin = at
                piece.append(" ")
                expected = at + 1
            if origin != expected and piece:
                builder.add("".join(piece), piece_origin)
                piece = []
            if not piece:
                piece_origin = origin
            piece.append(word)
            expected = origin + len(word)
            space = True
        builder.add("".join(piece), piece_origin)
        self.pending_space = folded[-1] == " "

    def flush(self) -> None:
        if len(self.builder):
            text, offsets = self.builder.build()
            if text.strip():
                self.blocks.append(Paragraph(text, offsets))
        self.builder = TextBuilder()
        self.pending_space = False

    # -- a whole subtree (a table, and what a layout table holds) ------------------------------------

    def walk(self, el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIP or _hidden(el):
            self.add_text(el.tail) if tag else None
            return
        if tag == "table":
            self.read_table(el)
        else:
            block = tag in _BLOCK or tag in ("td", "th")
            if block:
                self.flush()
            self.add_text(el.text)
            for child in el:
                self.walk(child)
            if block:
                self.flush()
        self.add_text(el.tail)

    def read_table(self, el: etree._Element) -> None:
        """A data table as a grid; a layout table as the prose it holds."""
        if self.table(el):
            return
        self.flush()
        self.add_text(el.text)
        for child in el:
            self.walk(child)
        self.flush()

    def table(self, el: etree._Element) -> bool:
        """Read a data table as a grid; return False for a layout table (read as prose instead)."""
        rows: list[list[Cell]] = []
        occupied: set[tuple[int, int]] = set()
        cursor = self.locator.cursor
        for r, tr in enumerate(tr for tr in _rows(el) if not _hidden(tr)):
            cells: list[Cell] = []
            col = 0
            for td in tr:
                if td.tag != "td" and td.tag != "th":
                    continue
                while occupied and (r, col) in occupied:
                    col += 1
                span = _int(td.get("colspan"))
                rowspan = _int(td.get("rowspan"))
                text = "" if _hidden(td) else _visible_text(td, plain=td not in self.special)
                start = self.locator.find(text) + self.base if text else 0
                cells.append(Cell(text, col, span, start, start + len(text)))
                for dr in range(1, rowspan):
                    for dc in range(span):
                        occupied.add((r + dr, col + dc))
                col += span
            rows.append(cells)
        numeric_rows = 0
        for row in rows:
            numeric = [bool(c.text and _NUMERIC_CELL.match(c.text)) for c in row if c.text]
            numeric_rows += any(numeric) and not all(numeric)
        widest = max((c.col + c.span for row in rows for c in row), default=0)
        if numeric_rows < 2 or widest > _MAX_COLUMNS:
            self.locator.cursor = cursor  # its text is read again, as prose
            return False
        self.flush()
        # the short paragraphs right above the table: its title, scale note, column captions
        above: list[str] = []
        for block in reversed(self.blocks[-3:]):
            if not isinstance(block, Paragraph) or len(block.text) > 300 or block.text.rstrip().endswith("."):
                break  # a sentence (a footnote of the table before, say) is not this table's title
            above.insert(0, block.text)
        captions = [_visible_text(c) for c in el.iter("caption")]
        context = " | ".join([*above, *captions])
        self.blocks.append(Table(tuple(tuple(r) for r in rows), context))
        return True


def _hidden(el: etree._Element) -> bool:
    style = el.get("style")
    if style:
        low = style.lower()
        if ("none" in low or "hidden" in low) and _HIDDEN.search(low):
            return True
    return el.get("hidden") is not None


def _visible_text(el: etree._Element, plain: bool = False) -> str:
    """A cell's text as shown: hidden descendants left out, line breaks as spaces. `plain`: the caller
    knows that none of these is in it, so the text is all of it."""
    if plain:
        return _clean(etree.tostring(el, method="text", encoding=str, with_tail=False)).strip()
    parts: list[str] = []

    def visit(node: etree._Element) -> None:
        if not isinstance(node.tag, str) or node.tag in _SKIP or _hidden(node):
            return
        if node.tag == "br":
            parts.append(" ")
        parts.append(node.text or "")
        for child in node:
            visit(child)
            parts.append(child.tail or "")

    visit(el)
    return _clean("".join(parts)).strip()


def _rows(table: etree._Element) -> list[etree._Element]:
    """The table's own rows, not those of tables nested inside its cells."""
    if not _HAS_TABLE(table):
        return list(table.iter("tr"))
    out = []
    for tr in table.iter("tr"):
        parent = tr.getparent()
        while parent is not None and parent.tag != "table":
            parent = parent.getparent()
        if parent is table:
            out.append(tr)
    return out


def _int(value: str | None) -> int:
    if value is None:
        return 1
    try:
        return max(1, min(_MAX_SPAN, int(value.strip().rstrip(";"))))
    except ValueError:
        return 1
