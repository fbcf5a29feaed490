"""Inline XBRL 1.1: the press release itself, each fact's own digits tagged where they stand.

A fact is tagged in place only when the digits at its `Source.number` offsets, with its scale
and sign, give back its value exactly; any other fact (document information, a number we cannot
find again, a second fact on the same digits) goes in `ix:hidden`, so a tag never sits on the
wrong characters. Plain text is laid out in a `<pre>` so its columns line up as filed; HTML is
re-written as XHTML 1.1 that keeps its text, tables and order, because Arelle checks the page
against the Inline XBRL schema (no `<font>`, no `align` on a `<p>`: they become CSS). HTML is
tagged by putting private-use marker characters around each number in the raw source before
parsing it, so the source offsets never have to be mapped onto the parser's text nodes.

The same document tree feeds the review page (`review.py`), so both show the same places.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from lxml import etree
from lxml import html as lxml_html
from markupsafe import Markup

from .. import taxonomy
from ..model import Fact, Report
from ..readers import detect_kind
from ..readers.edgar import parts as edgar_parts
from ..readers.html import CP1252_REFERENCES
from . import GENERATOR, layout, lexical, qname
from .xml import environment

IX = "http://www.xbrl.org/2013/inlineXBRL"
IXT = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"  # Transformation Registry 4
NUM_DOT_DECIMAL = "ixt:num-dot-decimal"
FIXED_ZERO = "ixt:fixed-zero"

_DIGITS = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+")
_DASHES = re.compile(r"[-\u2013\u2014]+")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_MARKS = re.compile("[\ue000-\ue002]")


# -- where each fact stands -----------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """The written number of a fact: offsets into the original input and the transformation to read it."""

    start: int
    end: int
    format: str


def place_of(fact: Fact, source: str) -> Place | None:
    """Where `fact` can be tagged: only if the digits there, scaled and signed, are its value."""
    if not isinstance(fact.value, Decimal) or fact.source is None or fact.source.number is None:
        return None
    start, end = fact.source.number
    if not 0 <= start < end <= len(source):
        return None
    written = source[start:end]
    if _DASHES.fullmatch(written):
        return Place(start, end, FIXED_ZERO) if fact.value == 0 else None
    if not _DIGITS.fullmatch(written):
        return None
    try:
        shown = Decimal(written.replace(",", "")).scaleb(fact.source.scale)
    except InvalidOperation:
        return None
    return Place(start, end, NUM_DOT_DECIMAL) if shown == abs(fact.value) else None


def candidate_places(report: Report, source: str) -> dict[str, Place]:
    """Fact id -> place for the facts that can be tagged, at most one fact per stretch of text.

    ix:nonFraction elements cannot overlap, so when two facts claim the same or overlapping
    digits the one that starts first (then the earlier fact) keeps them; the other is left for
    `ix:hidden`.
    """
    found = [(place.start, -place.end, n, fid, place) for n, (fid, fact) in enumerate(layout(report).facts)
             if (place := place_of(fact, source)) is not None]
    found.sort()
    chosen: dict[str, Place] = {}
    last_end = -1
    for _, _, _, fid, place in found:
        if place.start >= last_end:
            chosen[fid] = place
            last_end = place.end
    return chosen


# -- which parts of the input are shown -----------------------------------------------------------


@dataclass(frozen=True)
class Part:
    """A stretch of the input shown as one document: `kind` "text" or "html", offsets, a label."""

    kind: str
    start: int
    end: int
    label: str = ""


def source_kind(source: str) -> str:
    """"edgar", "html" or "text", decided as `pipeline.read` decides which reader to use."""
    return detect_kind(source)


def parts_of(report: Report, source: str, kind: str | None = None) -> list[Part]:
    """The documents to show: the whole input, or for an EDGAR submission the documents the facts
    came from (all the ones the reader read when no fact points into any)."""
    kind = kind or source_kind(source)
    if kind != "edgar":
        return [Part("html" if kind == "html" else "text", 0, len(source))]
    parts = [Part("html" if p.html else "text", p.start, p.end, p.doc_type) for p in edgar_parts(source)]
    starts = [f.source.start for f in report.facts if f.source is not None]
    used = [p for p in parts if any(p.start <= s < p.end for s in starts)]
    return used or parts


# -- the document tree ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """The written number of the fact `fid`, to be wrapped in a tag by the serializer."""

    fid: str
    text: str


@dataclass
class Node:
    """An XHTML element of the output: a tag, its attributes in order, and its children."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | Mark | str] = field(default_factory=list)

    @property
    def is_block(self) -> bool:
        return self.tag in _BLOCKS


Child = Node | Mark | str

_BLOCKS = frozenset(["div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "address", "table", "ul", "ol", "dl",
                     "hr"])
_INLINE = frozenset(["span", "b", "i", "em", "strong", "sub", "sup", "small", "big", "tt", "code", "abbr", "acronym",
                     "cite", "q", "kbd", "samp", "var", "dfn", "a", "br"])
_INLINE_ONLY = frozenset(["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "address", "caption", "dt"])
_VOID = frozenset(["br", "hr"])
_SKIP = frozenset([
    "script", "style", "head", "noscript", "template", "svg", "math", "object", "iframe", "embed", "applet", "img",
    "input", "select", "textarea", "button", "title", "meta", "link", "base", "col", "colgroup", "area", "map",
    "param", "frame", "frameset", "option", "optgroup", "datalist", "canvas", "audio", "video", "source", "track",
])
# what an element of the soup becomes, and the look it had that CSS must now give it
_RENAME: dict[str, tuple[str, str]] = {
    "font": ("span", ""), "center": ("div", ""), "u": ("span", "text-decoration:underline"),
    "ins": ("span", "text-decoration:underline"), "s": ("span", "text-decoration:line-through"),
    "strike": ("span", "text-decoration:line-through"), "del": ("span", "text-decoration:line-through"),
    "mark": ("span", "background-color:yellow"), "nobr": ("span", "white-space:nowrap"), "label": ("span", ""),
    "blockquote": ("div", "margin:1em 40px"), "section": ("div", ""), "article": ("div", ""), "header": ("div", ""),
    "footer": ("div", ""), "nav": ("div", ""), "main": ("div", ""), "aside": ("div", ""), "figure": ("div", ""),
    "figcaption": ("div", ""), "form": ("div", ""), "fieldset": ("div", ""), "legend": ("div", ""),
    "listing": ("pre", ""), "xmp": ("pre", ""), "plaintext": ("pre", ""),
}
# the look of an element that has to become a <div> because it holds blocks
_AS_DIV = {
    "p": "margin:1em 0", "h1": "font-size:2em;font-weight:bold;margin:0.67em 0",
    "h2": "font-size:1.5em;font-weight:bold;margin:0.83em 0", "h3": "font-size:1.17em;font-weight:bold;margin:1em 0",
    "h4": "font-weight:bold;margin:1.33em 0", "h5": "font-size:0.83em;font-weight:bold;margin:1.67em 0",
    "h6": "font-size:0.67em;font-weight:bold;margin:2.33em 0", "pre": "white-space:pre;font-family:monospace",
    "address": "font-style:italic", "b": "font-weight:bold", "strong": "font-weight:bold", "i": "font-style:italic",
    "em": "font-style:italic", "cite": "font-style:italic", "var": "font-style:italic", "dfn": "font-style:italic",
    "tt": "font-family:monospace", "code": "font-family:monospace", "kbd": "font-family:monospace",
    "samp": "font-family:monospace", "small": "font-size:smaller", "big": "font-size:larger",
    "sub": "font-size:smaller", "sup": "font-size:smaller", "dt": "", "caption": "text-align:center",
}
_NOT_IN_PRE = {"sub": "vertical-align:sub;font-size:smaller", "sup": "vertical-align:super;font-size:smaller",
               "small": "font-size:smaller", "big": "font-size:larger"}
_FONT_SIZES = {1: "x-small", 2: "small", 3: "medium", 4: "large", 5: "x-large", 6: "xx-large", 7: "48px"}
_ALIGN = {"left", "center", "right", "justify"}
_VALIGN = {"top", "middle", "bottom", "baseline"}
_LENGTH = re.compile(r"^\s*(\d{1,5}(?:\.\d{1,3})?)\s*(%|px)?\s*$", re.I)
_COLOR = re.compile(r"^\s*(#[0-9a-f]{3,8}|[a-z]{3,20})\s*$", re.I)
_CLASS_TOKEN = re.compile(r"^[A-Za-z_][\w.-]*$")
_UNSAFE_CSS = re.compile(r"url\s*\([^)]*\)?|expression\s*\(|@import[^;]*;?|behavior\s*:|-moz-binding", re.I)
_MARKED = re.compile("\ue000(\\d+)\ue001([^\ue000-\ue002]*)\ue002")
_STRAY_MARK = re.compile("\ue000\\d*\ue001?|[\ue001\ue002]")


def _css(text: str | None) -> str:
    """An inline style with anything that could fetch from the network removed."""
    if not text:
        return ""
    return _UNSAFE_CSS.sub("none", _STRAY_MARK.sub("", xml_text(text))).strip().rstrip(";").replace("\n", " ")


def _length(value: str | None) -> str | None:
    m = _LENGTH.match(value or "")
    if not m:
        return None
    return m.group(1) + ("%" if m.group(2) == "%" else "px")


def _block_align(align: str) -> str:
    """`<center>` and `<div align>` also place the blocks inside them: browsers' own vendor values do that."""
    return f"text-align:{align};text-align:-moz-{align};text-align:-webkit-{align}"


def _font_size(value: str) -> str | None:
    v = value.strip()
    try:
        size = int(v)
    except ValueError:
        return None
    if v.startswith(("+", "-")):
        size = 3 + size
    return _FONT_SIZES[max(1, min(7, size))]


def _attributes(el: etree._Element, tag: str, look: str) -> dict[str, str]:
    """The attributes XHTML 1.1 allows `tag`, presentational ones turned into CSS before the element's own style."""
    a = {k.lower(): v for k, v in el.attrib.items() if isinstance(k, str)}
    css: list[str] = [look] if look else []
    source = el.tag.lower() if isinstance(el.tag, str) else ""
    align = (a.get("align") or "").strip().lower()
    keep: dict[str, str] = {}
    if source == "font":
        if a.get("face"):
            face = re.sub(r"[^\w ,-]", "", a["face"]).strip()
            if face:
                css.append("font-family:" + ",".join(f"'{f.strip()}'" for f in face.split(",") if f.strip()))
        if a.get("size") and (size := _font_size(a["size"])):
            css.append(f"font-size:{size}")
    if a.get("color") and _COLOR.match(a["color"]):
        css.append("color:" + a["color"].strip())
    if a.get("bgcolor") and _COLOR.match(a["bgcolor"]):
        css.append("background-color:" + a["bgcolor"].strip())
    if tag in ("td", "th", "tr"):
        if align in _ALIGN:
            keep["align"] = align
        if (a.get("valign") or "").strip().lower() in _VALIGN:
            keep["valign"] = a["valign"].strip().lower()
        if "nowrap" in a:
            css.append("white-space:nowrap")
        for dim in ("width", "height"):
            if (length := _length(a.get(dim))) is not None:
                css.append(f"{dim}:{length}")
        if tag != "tr":
            for span in ("colspan", "rowspan"):
                m = re.match(r"\s*(\d{1,3})", a.get(span, ""))
                if m and 1 < int(m.group(1)) <= 200:
                    keep[span] = str(int(m.group(1)))
    elif tag == "table":
        if align == "center":
            css.append("margin-left:auto;margin-right:auto")
        elif align in ("left", "right"):
            css.append(f"float:{align}")
        for name in ("width", "border", "cellpadding", "cellspacing"):
            m = _LENGTH.match(a.get(name, ""))
            if m and (name == "width" or m.group(2) is None):
                keep[name] = m.group(1) + ("%" if m.group(2) == "%" else "")
    elif tag == "hr":
        if (length := _length(a.get("width"))) is not None:
            css.append(f"width:{length}")
        if (length := _length(a.get("size"))) is not None:
            css.append(f"height:{length}")
        if align == "left":
            css.append("margin-left:0")
        elif align == "right":
            css.append("margin-right:0")
        if "noshade" in a:
            css.append("border:none;background-color:gray")
    elif align in _ALIGN and (source in ("div", "center") and align != "justify"):
        css.append(_block_align(align))
    elif align in _ALIGN:
        css.append(f"text-align:{align}")
    if source == "center":
        css.append(_block_align("center"))
    if tag == "a":
        href = (a.get("href") or "").strip()
        if re.match(r"(?i)^(?:https?://|mailto:)[^\s\"<>]*$", href):
            keep["href"] = _STRAY_MARK.sub("", href)
    own = _css(a.get("style"))
    if own:
        css.append(own)
    out: dict[str, str] = {}
    classes = [c for c in _STRAY_MARK.sub("", a.get("class", "")).split() if _CLASS_TOKEN.match(c)]
    if classes:
        out["class"] = " ".join(classes)
    title = a.get("title")
    if title and title.strip():
        out["title"] = _STRAY_MARK.sub("", xml_text(title))
    out.update(keep)
    style = ";".join(c.strip().strip(";") for c in css if c.strip().strip(";"))
    if style:
        out["style"] = style
    return out


def xml_text(text: str) -> str:
    """Text with the characters XML cannot hold removed, the old cp1252 references read as
    browsers read them, and line ends as "\\n"."""
    return _NOT_XML.sub("", text.translate(CP1252_REFERENCES).replace("\r\n", "\n").replace("\r", "\n"))


class _Builder:
    """Turns one parsed HTML part into output nodes, keeping the marks whose digits came out intact."""

    def __init__(self, keys: dict[int, tuple[str, str]]) -> None:
        self.keys = keys  # marker number -> (fact id, the digits as written)
        self.emitted: list[str] = []

    def text(self, text: str | None) -> list[Child]:
        if not text:
            return []
        out: list[Child] = []
        last = 0
        for m in _MARKED.finditer(text):
            out.append(xml_text(_STRAY_MARK.sub("", text[last : m.start()])))
            fid, digits = self.keys.get(int(m.group(1)), ("", ""))
            inner = xml_text(m.group(2))
            if fid and inner == xml_text(digits) and fid not in self.emitted:
                out.append(Mark(fid, inner))
                self.emitted.append(fid)
            else:
                out.append(inner)
            last = m.end()
        out.append(xml_text(_STRAY_MARK.sub("", text[last:])))
        return [c for c in out if c != ""]

    def children(self, el: etree._Element) -> list[Child]:
        out = self.text(el.text)
        for child in el:
            out.extend(self.element(child))
            out.extend(self.text(child.tail))
        return out

    def element(self, el: etree._Element) -> list[Child]:
        """The output for `el` itself (its tail is the parent's business)."""
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIP or ":" in tag:
            return [] if not tag or tag in _SKIP else self.children(el)
        if tag == "table":
            return self.table(el)
        if tag in ("ul", "ol", "dir", "menu"):
            return self.listing(el, "ol" if tag == "ol" else "ul")
        if tag == "dl":
            return self.definitions(el)
        renamed, look = _RENAME.get(tag, (tag, ""))
        if renamed not in _BLOCKS and renamed not in _INLINE:
            return self.children(el)  # <document>, <page>, <li> astray, ...: their content stays, in place
        node = Node(renamed, _attributes(el, renamed, look), [] if renamed in _VOID else self.children(el))
        return [_fit(node)]

    def table(self, el: etree._Element) -> list[Child]:
        """A table with rows only (sections folded into rows); stray content goes before it, as browsers do."""
        before: list[Child] = []
        rows: list[Node] = []
        caption: Node | None = None

        def cells_of(container: etree._Element, row: Node) -> None:
            before.extend(c for c in self.text(container.text) if not (isinstance(c, str) and not c.strip()))
            for child in container:
                ctag = child.tag.lower() if isinstance(child.tag, str) else ""
                if ctag in ("td", "th"):
                    row.children.append(Node(ctag, _attributes(child, ctag, ""), self.children(child)))
                elif ctag and ctag not in _SKIP and ctag != "table" and _has(child, ("td", "th")):
                    cells_of(child, row)
                else:
                    before.extend(self.element(child))
                before.extend(c for c in self.text(child.tail) if not (isinstance(c, str) and not c.strip()))

        def scan(container: etree._Element, section_style: str) -> None:
            nonlocal caption
            before.extend(c for c in self.text(container.text) if not (isinstance(c, str) and not c.strip()))
            for child in container:
                ctag = child.tag.lower() if isinstance(child.tag, str) else ""
                if ctag == "tr":
                    attrs = _attributes(child, "tr", section_style)
                    row = Node("tr", attrs)
                    cells_of(child, row)
                    if row.children:
                        rows.append(row)
                elif ctag in ("thead", "tbody", "tfoot"):
                    scan(child, _attributes(child, "div", "").get("style", ""))
                elif ctag in ("td", "th"):
                    rows.append(Node("tr", {}, [Node(ctag, _attributes(child, ctag, ""), self.children(child))]))
                elif ctag == "caption" and caption is None:
                    caption = _fit(Node("caption", _attributes(child, "caption", ""), self.children(child)))
                elif ctag and ctag not in _SKIP and ctag != "table" and _has(child, ("tr", "td", "th")):
                    scan(child, section_style)
                else:
                    before.extend(self.element(child))
                before.extend(c for c in self.text(child.tail) if not (isinstance(c, str) and not c.strip()))

        scan(el, "")
        if caption is not None and caption.tag != "caption":
            before.append(caption)  # a caption holding blocks: shown above the table instead
            caption = None
        if not rows:
            return before + ([caption] if caption is not None else [])
        table = Node("table", _attributes(el, "table", ""), ([caption] if caption is not None else []) + list(rows))
        return [*before, table]

    def listing(self, el: etree._Element, tag: str) -> list[Child]:
        items: list[Child] = []
        loose: list[Child] = self.text(el.text)
        for child in el:
            ctag = child.tag.lower() if isinstance(child.tag, str) else ""
            if ctag == "li":
                items.extend(_loose_items(loose))
                loose = []
                items.append(Node("li", _attributes(child, "li", ""), self.children(child)))
            else:
                loose.extend(self.element(child))
            loose.extend(self.text(child.tail))
        items.extend(_loose_items(loose))
        if not items:
            return []
        return [Node(tag, _attributes(el, tag, ""), items)]

    def definitions(self, el: etree._Element) -> list[Child]:
        """A definition list, kept as <dl> when it is one; otherwise its terms and definitions as divs."""
        terms: list[Node] = []
        valid = not (el.text or "").strip()
        for child in el:
            ctag = child.tag.lower() if isinstance(child.tag, str) else ""
            if ctag in ("dt", "dd"):
                node = _fit(Node(ctag, _attributes(child, ctag, ""), self.children(child)))
                valid = valid and node.tag == ctag
                terms.append(node)
            else:
                valid = False
                terms.append(Node("div", {}, self.element(child)))
            if (child.tail or "").strip():
                valid = False
                terms.append(Node("div", {}, self.text(child.tail)))
        if valid and terms:
            return [Node("dl", _attributes(el, "dl", ""), list(terms))]
        for node in terms:
            if node.tag == "dd":
                node.tag = "div"
                node.attrs["style"] = _join("margin-left:40px", node.attrs.get("style"))
            elif node.tag == "dt":
                node.tag = "div"
        return [Node("div", _attributes(el, "div", "margin:1em 0"), list(terms))]


def _has(el: etree._Element, tags: tuple[str, ...]) -> bool:
    """Whether `el` holds one of `tags` other than inside a nested table."""
    for child in el:
        ctag = child.tag.lower() if isinstance(child.tag, str) else ""
        if ctag in tags or (ctag and ctag != "table" and _has(child, tags)):
            return True
    return False


def _loose_items(loose: list[Child]) -> list[Child]:
    """Content standing in a list between its items: an item of its own without a bullet."""
    if not any(not isinstance(c, str) or c.strip() for c in loose):
        return []
    return [Node("li", {"style": "list-style:none"}, loose)]


def _join(first: str, second: str | None) -> str:
    return ";".join(s for s in (first, second) if s)


def _fit(node: Node) -> Node:
    """Make `node` valid XHTML 1.1 where it stands: an inline element (or a <p>) that holds blocks becomes a <div>
    with the look it had; a link inside a link, or a <sub> straight inside a <pre>, becomes a <span>."""
    holds_block = any(isinstance(c, Node) and c.is_block for c in node.children)
    if holds_block and (node.tag in _INLINE or node.tag in _INLINE_ONLY):
        look = _AS_DIV.get(node.tag, "")
        node.attrs.pop("href", None)
        node.tag = "div"
        if look:
            node.attrs["style"] = _join(look, node.attrs.get("style"))
    if node.tag == "a":
        _unlink(node.children)
    if node.tag == "pre":
        if node.children and isinstance(node.children[0], str) and node.children[0].startswith("\n"):
            node.children.insert(0, "\n")  # an HTML parser drops one newline right after <pre>
        for child in node.children:
            if isinstance(child, Node) and child.tag in _NOT_IN_PRE:
                child.attrs["style"] = _join(_NOT_IN_PRE[child.tag], child.attrs.get("style"))
                child.tag = "span"
    return node


def _unlink(children: list[Child]) -> None:
    for child in children:
        if isinstance(child, Node):
            if child.tag == "a":
                child.tag = "span"
                child.attrs.pop("href", None)
            _unlink(child.children)


def _parse_html(text: str) -> etree._Element:
    parser = lxml_html.HTMLParser(recover=True, no_network=True, remove_comments=True, remove_pis=True,
                                  encoding="utf-8", default_doctype=False)
    return lxml_html.document_fromstring(text.encode("utf-8"), parser=parser)


def _style_sheets(root: etree._Element) -> list[str]:
    """The page's own <style> sheets, made safe to stand in an XHTML <style> (CDATA) and offline."""
    sheets = []
    for el in root.iter("style"):
        css = _UNSAFE_CSS.sub("none", xml_text(el.text or ""))
        css = css.replace("]]>", "]] >").replace("</", "<\\/").strip()
        if css:
            sheets.append(css)
    return sheets


@dataclass
class View:
    """The input as shown: one node per part, the facts tagged in it, and the page's own style sheets."""

    parts: list[tuple[Part, Node]]
    places: dict[str, Place]  # fact id -> place, for the facts actually tagged in the text
    shared: dict[str, str]  # fact id -> the tagged fact whose digits it shares (shown there, hidden in ix)
    sheets: list[str]


def _text_part(source: str, part: Part, places: list[tuple[str, Place]]) -> tuple[Node, list[str]]:
    """Plain text in a <pre>: each place cut out as a mark, form feeds shown as page breaks."""
    pieces: list[Child] = []
    emitted: list[str] = []

    def plain(chunk: str) -> None:
        for n, page in enumerate(chunk.split("\f")):
            if n:
                pieces.append(Node("span", {"class": "cv-page"}, [""]))
            if page:
                pieces.append(xml_text(page))

    at = part.start
    for fid, place in places:
        plain(source[at : place.start])
        pieces.append(Mark(fid, source[place.start : place.end]))
        emitted.append(fid)
        at = place.end
    plain(source[at : part.end])
    first = next((p for p in pieces if isinstance(p, str) and p), "")
    if first.startswith("\n"):
        pieces.insert(0, "\n")  # an HTML parser drops one newline right after <pre>
    return Node("pre", {"class": "cv-text"}, [p for p in pieces if p != ""]), emitted


def _html_part(source: str, part: Part, places: list[tuple[str, Place]]) -> tuple[Node, list[str], list[str]]:
    """HTML parsed with a marker around each place, then rebuilt as XHTML with the marks in their text."""
    keys: dict[int, tuple[str, str]] = {}
    pieces: list[str] = []
    at = part.start
    clean = _MARKS.sub("\ufffd", _NOT_XML.sub(" ", source[part.start : part.end]))
    for n, (fid, place) in enumerate(places):
        keys[n] = (fid, source[place.start : place.end])
        pieces += [clean[at - part.start : place.start - part.start], f"\ue000{n}\ue001",
                   clean[place.start - part.start : place.end - part.start], "\ue002"]
        at = place.end
    pieces.append(clean[at - part.start :])
    marked = "".join(pieces)
    builder = _Builder(keys)
    if not marked.strip():
        return Node("div", {"class": "cv-html"}), [], []
    try:
        root = _parse_html(marked)
    except (etree.ParserError, ValueError):
        return Node("div", {"class": "cv-html"}, [xml_text(_STRAY_MARK.sub("", marked))]), [], []
    body = root.find("body")
    content = builder.children(body if body is not None else root)
    return Node("div", {"class": "cv-html"}, content), builder.emitted, _style_sheets(root)


def document_view(report: Report, source: str, kind: str | None = None) -> View:
    """The input as shown, with every fact that can be tagged in place marked in it."""
    places = candidate_places(report, source)
    ordered = sorted(places.items(), key=lambda item: item[1].start)
    parts: list[tuple[Part, Node]] = []
    emitted: list[str] = []
    sheets: list[str] = []
    for part in parts_of(report, source, kind):
        inside = [(fid, p) for fid, p in ordered if part.start <= p.start and p.end <= part.end]
        if part.kind == "text":
            node, done = _text_part(source, part, inside)
        else:
            node, done, css = _html_part(source, part, inside)
            sheets += css
        parts.append((part, node))
        emitted += done
    tagged = {fid: places[fid] for fid in emitted}
    by_span = {(p.start, p.end): fid for fid, p in tagged.items()}
    shared: dict[str, str] = {}
    for fid, fact in layout(report).facts:
        place = place_of(fact, source)
        if fid not in tagged and place is not None and (place.start, place.end) in by_span:
            shared[fid] = by_span[(place.start, place.end)]
    return View(parts, tagged, shared, sheets)


# -- serialization ------------------------------------------------------------------------------------


def escape(text: str, quote: bool = False) -> str:
    """Text for XML and HTML alike; in an attribute (`quote`) also quotes, and line ends kept as references
    (an XML parser would fold a raw one into a space)."""
    out = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        out = out.replace('"', "&quot;").replace("'", "&#39;").replace("\n", "&#10;").replace("\t", "&#9;")
    return out


def serialize(node: Child, mark: Callable[[Mark], str]) -> str:
    """XHTML that an HTML parser reads the same way: void elements self-closed, every other one closed."""
    out: list[str] = []

    def visit(n: Child) -> None:
        if isinstance(n, str):
            out.append(escape(n))
            return
        if isinstance(n, Mark):
            out.append(mark(n))
            return
        attrs = "".join(f' {k}="{escape(v, True)}"' for k, v in n.attrs.items())
        if n.tag in _VOID:
            out.append(f"<{n.tag}{attrs}/>")
            return
        out.append(f"<{n.tag}{attrs}>")
        for child in n.children:
            visit(child)
        out.append(f"</{n.tag}>")

    visit(node)
    return "".join(out)


def render_body(view: View, mark: Callable[[Mark], str], label: Callable[[Part], str] | None = None) -> str:
    """The parts of a view one after another, a rule between them."""
    pieces = []
    for n, (part, node) in enumerate(view.parts):
        if n:
            pieces.append('<hr class="cv-part-rule"/>')
        pieces.append(f'<div class="cv-part" id="cv-part-{n + 1}">')
        if label is not None:
            pieces.append(label(part))
        pieces.append(serialize(node, mark))
        pieces.append("</div>")
    return "".join(pieces)


def render_ixbrl(report: Report, source: str, kind: str | None = None, taxonomy_name: str | None = None) -> str:
    """The report as an Inline XBRL 1.1 document: `source` (the decoded input the report was converted
    from) shown as filed, the facts tagged in it, the rest in `ix:hidden`.

    `kind` is "text", "html" or "edgar" (a whole EDGAR submission); None decides as the pipeline does.
    """
    lay = layout(report)
    entry = taxonomy.entry_point(taxonomy_name)
    view = document_view(report, source, kind)
    facts = {fid: fact for fid, fact in lay.facts}

    def attributes(fid: str) -> str:
        fact = facts[fid]
        attrs = [("name", qname(fact, entry)), ("contextRef", lay.contexts[fact.period])]
        if fact.unit is not None:
            attrs.append(("unitRef", lay.units[fact.unit]))
        attrs.append(("id", fid))
        if fact.is_numeric:
            attrs.append(("decimals", "INF" if fact.decimals is None else str(fact.decimals)))
        return "".join(f' {k}="{escape(v, True)}"' for k, v in attrs)

    def tag(m: Mark) -> str:
        fact, place = facts[m.fid], view.places[m.fid]
        assert fact.source is not None
        sign = ' sign="-"' if isinstance(fact.value, Decimal) and fact.value < 0 else ""
        return (f'<ix:nonFraction{attributes(m.fid)} scale="{fact.source.scale}" format="{place.format}"{sign}>'
                f"{escape(m.text)}</ix:nonFraction>")

    hidden = []
    for fid, fact in lay.facts:
        if fid in view.places:
            continue
        if isinstance(fact.value, Decimal):
            sign = ' sign="-"' if fact.value < 0 else ""
            hidden.append(Markup(f'<ix:nonFraction{attributes(fid)} format="{NUM_DOT_DECIMAL}"{sign}>'
                                 f"{escape(format(abs(fact.value), 'f'))}</ix:nonFraction>"))
        else:
            text = _NOT_XML.sub("", lexical(fact))  # the value as every writer writes it
            hidden.append(Markup(f"<ix:nonNumeric{attributes(fid)}>{escape(text)}</ix:nonNumeric>"))
    namespaces = dict(entry.prefixes())
    return environment().get_template("inline.xhtml.j2").render(
        generator=GENERATOR,
        title=_title(report),
        namespaces=sorted(namespaces.items()),
        ix=IX,
        ixt=IXT,
        schema_refs=entry.refs,
        entity=report.entity,
        contexts=[{"id": cid, "period": p} for p, cid in lay.contexts.items()],
        units=list(lay.units),
        hidden=hidden,
        sheets=[Markup(f"/*<![CDATA[*/\n{css}\n/*]]>*/") for css in view.sheets],
        body=Markup(render_body(view, tag)),
    )


def _title(report: Report) -> str:
    name = report.entity.name or report.entity.identifier
    return xml_text(f"{name} \u2014 {report.source_name}" if report.source_name else name)
