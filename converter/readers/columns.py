"""Plain-text tables: lines laid out with spaces, read as a grid of cells.

A statement in an old ASCII release is a run of lines: a title, column headers ("Three Months
Ended" over "March 31," over "2005  2004"), then rows whose label stands at the left and whose
numbers stand in columns. The data columns are found from where the numbers end: right edges
cluster, one cluster per column. Every number of a row goes to the column its right edge falls
in; a `$` or a parenthesis beside it belongs to it; a lone dash is a zero. Text lines without
numbers just above a row continue its label ("Income before income taxes, minority" /
"interest and ..." / "change in accounting principle   89   502"); a label line ending in a colon,
or in capitals above indented rows, heads a section. Header fragments (split at runs of two or
more spaces) cover the data columns their characters stand over, so "For the 13 Weeks Ended"
over two year columns spans both.

The work is linear in the size of the lines: no backtracking patterns, lines and columns capped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..document import Cell, Table

MAX_COLUMNS = 30
MAX_LINE = 4000
MAX_LINES = 5000
_TOLERANCE = 2  # right edges this close belong to one column
_MAX_PASSES = 40

# EDGAR's SGML table markup (<TABLE>, <CAPTION>, <S>, <C>, <FN>) is blanked out, keeping positions
_TAG = re.compile(r"</?(?:TABLE|CAPTION|FN|S|C)>", re.I)
_WORD = re.compile(r"\S+")
_NUMBER_WORD = re.compile(
    r"(?P<pre>[($]{0,3})(?P<minus>-?)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<post>[)%]{0,3})(?P<note>\([a-z]\)|\*{1,3})?")
_DASH_WORD = re.compile(r"[($]{0,2}[-\u2013\u2014]{1,3}\)?")
_RULE_WORD = re.compile(r"[-=_~*]{2,}|[.]{3,}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_PLACEHOLDERS = frozenset(["n/a", "na", "n.a.", "nm", "n.m.", "n/m", "nmf"])
_PREFIXES = frozenset(["$", "($", "$(", "(", "(-"])
_NOTE = re.compile(r"\(\s*[a-z]\s*\)|\*{1,3}")
_CONNECTORS = frozenset(["and", "or", "of", "for", "in", "to", "the", "a", "an", "before", "after", "from", "on",
                         "at", "by", "with", "less", "net", "including", "excluding", "per", "as", "under", "into"])
_DATE_PIECE = re.compile(r"[A-Z][a-z]{2,8}\.? \d{1,2},?(?: (?:19|20)\d\d)?|\d{1,2}/\d{1,2}/\d{2,4}")
_PERIOD_WORDS = re.compile(
    r"\b(?:ended|ending|months?|weeks?|quarters?|years?|fiscal|period|half|q[1-4]|jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|"
    r"december|change|percent|actual|reported|restated|variance|increase|decrease)\b", re.I)


# -- one line ------------------------------------------------------------------------------------


@dataclass
class _Value:
    start: int  # column in the line where the value begins (its "$" or "(")
    end: int  # column just after it (its ")" or "%"; a footnote mark after it left out)
    key: int  # column just after its last digit: where a right-aligned column ends
    kind: str  # "num", "dash" or "none" (n/a)
    year: bool = False


@dataclass
class _Fragment:
    start: int
    end: int
    text: str
    values: list[_Value] = field(default_factory=list)  # a fragment of numbers only
    tail: list[_Value] = field(default_factory=list)  # numbers ending a text fragment: "Profits 255"
    tail_start: int = 0  # where the tail begins in the line
    dangling: int | None = None  # a "$" ending the run: it belongs to the next number


@dataclass
class _Line:
    offset: int
    text: str
    kind: str  # "blank", "rule", "text", "years", "value"
    fragments: list[_Fragment]
    label: list[_Fragment] = field(default_factory=list)
    values: list[_Value] = field(default_factory=list)
    cols: list[int] = field(default_factory=list)  # the column of each value, -1 if none
    raw: list[int] | None = None  # where each character stood in the raw line, when tabs were expanded

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the input of the line's characters [start, end)."""
        if self.raw is None:
            return self.offset + start, self.offset + end
        last = len(self.raw) - 1
        return self.offset + self.raw[min(start, last)], self.offset + self.raw[min(max(end - 1, 0), last)] + 1

    @property
    def indent(self) -> int:
        return self.fragments[0].start if self.fragments else 0

    @property
    def label_text(self) -> str:
        return _clean_label(" ".join(f.text for f in self.label))


def _clean_label(text: str) -> str:
    text = text.strip()
    while text.endswith((". .", "..")):  # dot leaders
        text = text.rstrip(". ").strip()
    return text


def _classify(word: str) -> tuple[str, _Value | None]:
    """A word as "num", "dash", "none", "prefix", "close", "note", "rule" or "text"."""
    if word[0].isalpha() and word[0] not in "nN":
        return "text", None
    if word in _PREFIXES:
        return "prefix", None
    if word == ")":
        return "close", None
    m = _NUMBER_WORD.fullmatch(word)
    if m is not None:
        note = len(m.group("note") or "")
        year = not m.group("pre") and not m.group("post") and not m.group("minus") and bool(
            _YEAR.fullmatch(m.group("num")))
        return "num", _Value(0, len(word) - note, m.end("num"), "num", year)
    if _DASH_WORD.fullmatch(word):
        return "dash", _Value(0, len(word), len(word), "dash")
    if word.lower() in _PLACEHOLDERS:
        return "none", _Value(0, len(word), len(word), "none")
    if _NOTE.fullmatch(word):
        return "note", None
    if _RULE_WORD.fullmatch(word):
        return "rule", None
    return "text", None


def _fragment(words: list[tuple[int, int, str]], line: str) -> _Fragment:
    """Words one space apart: a run of numbers, or text (perhaps ending in numbers)."""
    start, end = words[0][0], words[-1][1]
    kinds = [_classify(w) for _, _, w in words]
    frag = _Fragment(start, end, line[start:end])
    if all(k in ("num", "dash", "none", "prefix", "close", "note") for k, _ in kinds) and any(
            k in ("num", "dash", "none") for k, _ in kinds):
        frag.values = _values(words, kinds)
        if kinds[-1][0] == "prefix":
            frag.dangling = words[-1][0]
        return frag
    # text ending in a number one space away ("Exchange Profits 255"): a value only if it lines up
    n = len(words)
    i = n
    while i > 0 and kinds[i - 1][0] in ("num", "prefix", "close", "note"):
        i -= 1
    if 0 < i < n and kinds[i - 1][0] == "text" and any(k == "num" for k, _ in kinds[i:]):
        tail = _values(words[i:], kinds[i:])
        if (all(v.kind == "num" and not v.year for v in tail) and not words[i - 1][2].endswith(":")
                and not any(re.fullmatch(r"\(\d\)", w) for _, _, w in words[i:])):
            frag.tail = tail
            frag.tail_start = words[i][0]
    return frag


def _values(words: list[tuple[int, int, str]], kinds: list[tuple[str, _Value | None]]) -> list[_Value]:
    out: list[_Value] = []
    prefix: int | None = None
    for (start, _end, _word), (kind, value) in zip(words, kinds, strict=True):
        if kind == "prefix":
            prefix = start if prefix is None else prefix
        elif value is not None:
            out.append(_Value(start if prefix is None else prefix, start + value.end, start + value.key, value.kind,
                              value.year and prefix is None))
            prefix = None
        elif kind == "close" and out:
            out[-1].end = _end
    return out


def _expand_tabs(raw: str) -> tuple[str, list[int] | None]:
    """Tabs to the next multiple of eight, as a line printer would, with each column's raw index."""
    if "\t" not in raw:
        return raw, None
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(raw):
        if ch == "\t":
            width = 8 - len(out) % 8
            out += " " * width
            where += [i] * width
        else:
            out.append(ch)
            where.append(i)
        if len(out) >= MAX_LINE:
            break
    return "".join(out)[:MAX_LINE], where[:MAX_LINE]


def _parse(offset: int, raw: str) -> _Line:
    text, where = _expand_tabs(raw[:MAX_LINE])
    line = _TAG.sub(lambda m: " " * len(m.group()), text)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(line)]
    if not words:
        return _Line(offset, line, "rule" if _TAG.search(text) else "blank", [])
    if all(_RULE_WORD.fullmatch(w) for _, _, w in words):
        return _Line(offset, line, "rule", [])
    groups: list[list[tuple[int, int, str]]] = [[words[0]]]
    for word in words[1:]:
        if word[0] - groups[-1][-1][1] >= 2:
            groups.append([word])
        else:
            groups[-1].append(word)
    fragments = [_fragment(g, line) for g in groups]
    fragments = [f for f in fragments if f.values or not _RULE_WORD.fullmatch(f.text)]
    result = _Line(offset, line, "text", fragments, raw=where)
    pending_prefix: int | None = None
    for frag in fragments:
        if frag.values:
            values = frag.values
            if pending_prefix is not None:
                values[0].start = pending_prefix
                values[0].year = False
                pending_prefix = None
            result.values.extend(values)
            pending_prefix = frag.dangling
            continue
        if frag.text in _PREFIXES:  # a "$" standing apart from its number
            pending_prefix = frag.start if pending_prefix is None else pending_prefix
            continue
        if _NOTE.fullmatch(frag.text):
            continue
        if result.values:
            break  # text after the numbers: what follows is no longer this row's (a table beside it)
        result.label.append(frag)
    if result.values:
        result.kind = "years" if all(v.year for v in result.values) else "value"
    return result


# -- columns -------------------------------------------------------------------------------------


@dataclass
class _Column:
    lo: int  # right edges of its numbers, lowest and highest
    hi: int
    left: int = 1 << 30  # the characters its cells cover
    right: int = -1


def _clusters(rows: list[list[int]]) -> list[list[int]] | None:
    """Right edges grouped into columns: edges within a tolerance chain, split where one row has two."""
    keys = sorted({k for row in rows for k in row})
    if not keys:
        return None
    groups: list[list[int]] = [[keys[0]]]
    for k in keys[1:]:
        if k - groups[-1][-1] <= _TOLERANCE:
            groups[-1].append(k)
        else:
            groups.append([k])
    for _ in range(_MAX_PASSES):
        firsts = [g[0] for g in groups]
        crowded: set[int] = set()
        for row in rows:
            seen: set[int] = set()
            for k in row:
                g = bisect_left(firsts, k + 1) - 1
                if g in seen and len(groups[g]) > 1:
                    crowded.add(g)
                seen.add(g)
        if not crowded:
            return groups if len(groups) <= MAX_COLUMNS else None
        split: list[list[int]] = []
        for i, g in enumerate(groups):
            if i in crowded:
                cut = max(range(1, len(g)), key=lambda j: g[j] - g[j - 1])
                split += [g[:cut], g[cut:]]
            else:
                split.append(g)
        groups = split
    return None


def _column_of(columns: list[_Column], v: _Value, strict: bool = False) -> int:
    """The column a value belongs to: by its right edge if a number, else by where it stands."""
    if v.kind == "num":
        for i, c in enumerate(columns):
            if (c.lo <= v.key <= c.hi) if strict else (c.lo - _TOLERANCE <= v.key <= c.hi + _TOLERANCE):
                return i
        if strict:
            return -1
    best, distance = -1, 4
    for i, c in enumerate(columns):
        if c.right < 0:
            continue
        d = max(c.left - v.end, v.start - c.right, 0)
        if d < distance or (d == distance == 0 and v.key <= c.right):
            best, distance = i, d
    return best


def _cover(columns: list[_Column], start: int, end: int, taken: frozenset[int] = frozenset()) -> tuple[int, int]:
    """Grid (col, span) of a header fragment: the label column, or the data columns it stands over.

    `taken`: data columns (0-based) that another header of the same line stands over alone."""
    first = columns[0].left
    width = end - start
    if end <= first or (first - start) * 2 >= width:
        return 0, 1
    overlaps = [min(end, c.right) - max(start, c.left) for c in columns]
    covered = [i for i, o in enumerate(overlaps) if o > 0]
    if len(covered) > 1:
        # a fragment over one column that grazes its neighbour by a character or two is that column's
        covered = [i for i in covered if overlaps[i] >= 3 or overlaps[i] * 2 >= width
                   or overlaps[i] * 2 >= columns[i].right - columns[i].left] or covered
    # centred over the gap between two columns ("Domestic" over "2004  2003"): it heads both, unless
    # another header of its line heads one of them ("PERCENT" beside "4 QUARTERS", over the changes)
    middle = start + end
    for i in range(len(columns) - 1):
        if (columns[i].right * 2 <= middle <= columns[i + 1].left * 2 and overlaps[i] > -2 and overlaps[i + 1] > -2
                and i not in taken and i + 1 not in taken):
            covered = sorted({*covered, i, i + 1})
    if not covered:
        distances = [(-o, i) for i, o in enumerate(overlaps)]
        near = min(distances)[0]
        covered = [i for d, i in distances if d <= max(near, 1) + 1] if near <= 6 else [min(distances)[1]]
    return covered[0] + 1, covered[-1] - covered[0] + 1


# -- labels --------------------------------------------------------------------------------------


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha())


def _is_caps(text: str) -> bool:
    letters = _letters(text)
    return len(letters) >= 2 and letters.isupper()


def _ends_section(text: str) -> bool:
    """A label ending in a colon (perhaps before a footnote mark) heads what follows."""
    words = text.split()
    while words and (_NOTE.fullmatch(words[-1]) or re.fullmatch(r"\(\d{1,2}\)", words[-1])):
        words.pop()
    return bool(words) and words[-1].endswith(":")


def _continues(upper: _Line, lower: _Line, lower_text: str, title_case: bool, next_indent: int | None) -> bool:
    """Whether the text-only line `upper` is the start of the label that `lower` ends."""
    above = upper.label_text
    if not lower_text:
        return not _ends_section(above)
    if _ends_section(above):
        return False
    if _is_caps(above):
        return _is_caps(lower_text)
    words = above.split()
    if above.endswith((",", "-", "/", "&")) or (words and words[-1].lower() in _CONNECTORS):
        return True
    first = next((ch for ch in lower_text if ch.isalpha()), "")
    if first.islower():
        return True
    if not title_case or lower.indent <= upper.indent:
        return False
    # indented deeper in a document that capitalizes every word: a continuation, unless the lower
    # line has siblings at its own indent (then the upper line heads them)
    return next_indent is None or next_indent != lower.indent


def _title_case(lines: list[_Line]) -> bool:
    capital = small = 0
    for line in lines:
        text = line.label_text
        if not text or _is_caps(text):
            continue
        for word in text.split()[1:]:
            if len(word) >= 4 and word[0].isalpha():
                if word[0].isupper():
                    capital += 1
                else:
                    small += 1
    return capital > 2 * small


# -- the grid ------------------------------------------------------------------------------------


class _Grid:
    def __init__(self, columns: list[_Column]) -> None:
        self.columns = columns
        self.rows: list[tuple[Cell, ...]] = []
        self.labelled = 0  # rows with a label and a number

    def label_cell(self, parts: list[tuple[_Line, list[_Fragment]]]) -> Cell | None:
        texts = [_clean_label(" ".join(f.text for f in frags)) for _, frags in parts]
        text = " ".join(t for t in texts if t)
        spans = [line.span(frags[0].start, frags[-1].end) for line, frags in parts if frags]
        if not text or not spans:
            return None
        return Cell(text, 0, 1, spans[0][0], spans[-1][1])

    def data_row(self, label: Cell | None, line: _Line) -> None:
        cells: list[Cell] = [label] if label is not None else []
        used: set[int] = set()
        number = False
        for v, col in zip(line.values, line.cols, strict=True):
            if col < 0 or col in used or v.kind == "none":
                continue
            used.add(col)
            number = number or v.kind == "num"
            cells.append(Cell(line.text[v.start : v.end], col + 1, 1, *line.span(v.start, v.end)))
        if label is not None and number:
            self.labelled += 1
        self.rows.append(tuple(cells))

    def section_rows(self, pending: list[_Line], title_case: bool) -> None:
        groups: list[list[_Line]] = []
        for i, line in enumerate(pending):
            if groups and _continues(pending[i - 1], line, line.label_text, title_case, None):
                groups[-1].append(line)
            else:
                groups.append([line])
        for group in groups:
            cell = self.label_cell([(line, line.label or line.fragments) for line in group])
            if cell is not None:
                self.rows.append((cell,))

    def header_row(self, line: _Line, underline: _Line | None, banner: bool) -> None:
        cells: list[Cell] = []
        if banner:
            frag = line.fragments[0]
            text = " ".join(f.text for f in line.fragments)
            self.rows.append((Cell(text, 0, len(self.columns) + 1, *line.span(frag.start, line.fragments[-1].end)),))
            return
        alone = self.alone(line)
        for frag in line.fragments:
            for v in frag.values:  # years over their columns
                col = _column_of(self.columns, v) + 1
                span = 1
                if col == 0:
                    col, span = _cover(self.columns, v.start, v.end)
                cells.append(Cell(line.text[v.start : v.end], col, span, *line.span(v.start, v.end)))
            if frag.values:
                continue
            lo, hi = frag.start, frag.end
            if underline is not None:  # a rule drawn under a header shows how far it reaches
                for rule in _rule_runs(underline.text):
                    if rule[0] < frag.end and frag.start < rule[1]:
                        lo, hi = min(lo, rule[0]), max(hi, rule[1])
            taken = frozenset(at for other, at in alone if other is not frag)
            col, span = _cover(self.columns, lo, hi, taken)
            if span > 1 and lo == frag.start:
                pieces = self.dates_apart(frag)
                if pieces:
                    cells += [Cell(t, c, 1, *line.span(a, b)) for t, c, a, b in pieces]
                    continue
            cells.append(Cell(frag.text, col, span, *line.span(frag.start, frag.end)))
        self.rows.append(tuple(_merge(cells)))


    def alone(self, line: _Line) -> list[tuple[object, int]]:
        """The data columns (0-based) that one header of the line stands over by itself, with the
        fragment that does: a year over its column, "4 QUARTERS" over its own."""
        out: list[tuple[object, int]] = []
        for frag in line.fragments:
            for v in frag.values:
                at = _column_of(self.columns, v)
                if at >= 0:
                    out.append((frag, at))
            if not frag.values:
                col, span = _cover(self.columns, frag.start, frag.end)
                if col > 0 and span == 1:
                    out.append((frag, col - 1))
        return out

    def dates_apart(self, frag: _Fragment) -> list[tuple[str, int, int, int]]:
        """Dates one space apart over their own columns ("June 28, January 3,"): one cell each."""
        groups: list[list[tuple[int, int, str]]] = []
        cols: list[int] = []
        for m in _WORD.finditer(frag.text):
            a, b = frag.start + m.start(), frag.start + m.end()
            col, span = _cover(self.columns, a, b, frozenset(c - 1 for c in cols))  # beside the dates before
            if col == 0 or span > 1:
                return []
            if cols and col == cols[-1]:
                groups[-1].append((a, b, m.group()))
            elif cols and col < cols[-1]:
                return []
            else:
                groups.append([(a, b, m.group())])
                cols.append(col)
        if len(groups) < 2:
            return []
        out = []
        for group, col in zip(groups, cols, strict=True):
            text = " ".join(w for _, _, w in group)
            if not _DATE_PIECE.fullmatch(text):
                return []
            out.append((text, col, group[0][0], group[-1][1]))
        return out


def _rule_runs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text) if _RULE_WORD.fullmatch(m.group())]


def _merge(cells: list[Cell]) -> list[Cell]:
    """Header cells of one line that land on the same columns read as one: "Three" "Months Ended"."""
    out: list[Cell] = []
    for cell in sorted(cells, key=lambda c: (c.col, c.start)):
        if out and cell.col < out[-1].col + out[-1].span and (cell.col > 0 or out[-1].col == 0):
            last = out[-1]
            end = max(last.col + last.span, cell.col + cell.span)
            out[-1] = Cell(f"{last.text} {cell.text}", last.col, end - last.col, last.start, max(last.end, cell.end))
        else:
            out.append(cell)
    return out


def _is_title(line: _Line, first: int) -> bool:
    """A line of one text at the label margin, or with no digit and no word of a period: a title."""
    if line.kind != "text" or len(line.fragments) != 1:
        return False
    frag = line.fragments[0]
    return frag.start < first - 1 or (not any(ch.isdigit() for ch in frag.text)
                                       and not _PERIOD_WORDS.search(frag.text))


def _is_label_line(line: _Line, first: int) -> bool:
    """Text standing left of the data columns (a label, or a section head), not over them."""
    if line.kind != "text" or not line.fragments:
        return False
    if len(line.fragments) == 1 and line.fragments[0].text[:1].islower():
        return True
    return line.fragments[0].start < first - 1 and all(f.end <= first for f in line.fragments[1:])


def table_from_lines(lines: list[tuple[int, str]], context: str = "") -> Table | None:
    """Lines laid out in columns -> a Table grid, or None when they do not read as one.

    `lines` are (offset, line) pairs, offsets into the original input; cells carry offsets into it.
    """
    if not lines or len(lines) > MAX_LINES:
        return None
    parsed = [_parse(offset, text) for offset, text in lines]
    first = next((i for i, line in enumerate(parsed) if line.kind == "value"), None)
    if first is None:
        return None
    if any(len(line.values) > MAX_COLUMNS for line in parsed):
        return None
    body = [line for line in parsed[first:] if line.kind == "value"]
    groups = _clusters([[v.key for v in line.values if v.kind == "num"] for line in body])
    if groups is None:
        return None
    columns = [_Column(g[0], g[-1]) for g in groups]
    for line in parsed:
        if line.kind == "value":
            line.cols = [_column_of(columns, v) if v.kind == "num" else -1 for v in line.values]
            for v, col in zip(line.values, line.cols, strict=True):
                if col >= 0:
                    columns[col].left = min(columns[col].left, v.start)
                    columns[col].right = max(columns[col].right, v.end)
    for c in columns:
        if c.right < 0:
            c.left, c.right = c.lo - 1, c.hi
    for line in parsed:
        if line.kind != "value":
            continue
        line.cols = [col if col >= 0 else _column_of(columns, v) for v, col in zip(line.values, line.cols,
                                                                                    strict=True)]
        _take_tail(line, columns)

    # the header: lines above the first row, less the label lines that belong to the body
    start = first
    while start > 0:
        above = parsed[start - 1]
        if above.kind in ("blank", "rule") or _is_label_line(above, columns[0].left):
            start -= 1
            continue
        break
    while start < first and parsed[start].kind in ("blank", "rule"):
        start += 1
    grid = _Grid(columns)
    for i in range(start):
        line = parsed[i]
        if line.kind not in ("text", "years") or not line.fragments:
            continue
        below = next((parsed[j] for j in range(i + 1, start) if parsed[j].kind != "blank"), None)
        underline = below if below is not None and below.kind == "rule" else None
        grid.header_row(line, underline, _is_title(line, columns[0].left))
    header_rows = len(grid.rows)

    title_case = _title_case(parsed[start:])
    pending: list[_Line] = []
    for i in range(start, len(parsed)):
        line = parsed[i]
        if line.kind in ("blank", "rule"):
            grid.section_rows(pending, title_case)
            pending = []
        elif line.kind == "years" or (line.kind == "text" and not _is_label_line(line, columns[0].left)):
            grid.section_rows(pending, title_case)
            pending = []
            grid.header_row(line, None, False)
        elif line.kind == "text":
            pending.append(line)
        else:
            next_indent = _next_indent(parsed, i)
            attached: list[_Line] = []
            lower, lower_text = line, line.label_text
            while pending and _continues(pending[-1], lower, lower_text, title_case, next_indent):
                lower = pending.pop()
                lower_text = lower.label_text
                attached.insert(0, lower)
                next_indent = None
            grid.section_rows(pending, title_case)
            pending = []
            parts = [(above, above.label or above.fragments) for above in attached]
            parts.append((line, line.label))
            grid.data_row(grid.label_cell(parts), line)
    grid.section_rows(pending, title_case)
    if grid.labelled < 2 or len(grid.rows) <= header_rows:
        return None
    return Table(tuple(grid.rows), context)


def _next_indent(parsed: list[_Line], i: int) -> int | None:
    """The indent of the row right below line i, when it is a row with a label of its own."""
    j = i + 1
    if j < len(parsed) and parsed[j].kind == "value" and parsed[j].label:
        return parsed[j].indent
    return None


def _take_tail(line: _Line, columns: list[_Column]) -> None:
    """A number written one space after its label counts when it ends exactly in a column."""
    if not line.label or not line.label[-1].tail:
        return
    frag = line.label[-1]
    cols = [_column_of(columns, v, strict=True) for v in frag.tail]
    taken = {c for c in line.cols if c >= 0}
    first_taken = min(taken, default=len(columns))
    if any(c < 0 or c in taken or c >= first_taken for c in cols) or cols != sorted(set(cols)):
        return
    label_end = frag.tail_start
    words = frag.text[: label_end - frag.start].rstrip()
    line.label[-1] = _Fragment(frag.start, frag.start + len(words), words)
    line.values = frag.tail + line.values
    line.cols = cols + line.cols
