"""Who the release is about: the company's name and trading symbol as the text gives them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import vocab

_V = vocab.load()
_SUFFIX = "|".join(re.escape(s) for s in sorted(_V["corporate_suffixes"], key=len, reverse=True))
# in capitals too, where a symbol follows: "OFFICE DEPOT, INC. (NYSE: ODP)"
_ANY_CASE_SUFFIX = "|".join(re.escape(s) for s in sorted({*_V["corporate_suffixes"], *(
    s.upper() for s in _V["corporate_suffixes"])}, key=lambda s: (-len(s), s)))
_EXCHANGE = "|".join(re.escape(s) for s in sorted(_V["exchanges"], key=len, reverse=True))
_TSUFFIX = "|".join(re.escape(s) for s in _V["ticker_suffixes"])
# at least one word of its own before the suffix: "The Company" is not a name
_NOT_A_NAME = r"(?!(?:The|This|That|Our|Its|Such|An?|Each|Every|Per|Shares?)\s)"  # "... $0.17 Per Share Acme Inc."
# (a word of it may be an ordinal: "Tri-State 1st Banc, Inc.", "1st Mariner Bancorp")
# (after a date run into it: "November 20, 2007Carver Bancorp, Inc.")
_NAME = (rf"(?:(?<![\w&'])|(?<=(?:19|20)\d\d))"
         rf"(?P<name>(?:The\s)?{_NOT_A_NAME}(?:\d{{1,3}}(?:st|nd|rd|th)\s)?[A-Z][\w&.'-]{{0,40}}"
         rf"(?:\s(?:[A-Z&][\w&.'-]{{0,40}}|\d{{1,3}}(?:st|nd|rd|th))){{0,5}},?\s(?:{_SUFFIX})(?![\w]))")
_TICKER = (rf"\((?:(?:{_EXCHANGE})(?:\s?[:\-]\s?|\s)[\"\u201c]?(?P<t1>[A-Z]{{1,5}}(?:\.[A-Z])?)[\"\u201d]?"
           rf"|(?P<t2>[A-Z]{{1,5}})\.(?:{_TSUFFIX})|(?P<t3>[A-Z]{{2,5}}))"
           rf"(?:[;,/]\s?(?:{_EXCHANGE})[:\s-]\s?[A-Z.]{{1,6}})*\)")
# (past the name it defines: 'Charter Financial Corporation (the "Company") (NASDAQ: CHFN)')
_NAMED_TICKER = re.compile(rf"{_NAME}\s?(?:\((?:the\s)?[\"\u201c][\w\s&.]{{1,30}}[\"\u201d]\)\s?)?{_TICKER}")
# the subject of a dateline's first sentence, whatever characters it holds: "-- Smith & <Jones> Inc. (NASDAQ: SJ)"
# (and where it is of: "Packaging Corporation of America (NYSE: PKG)")
_DATELINE_SUBJECT = re.compile(rf"(?:^|\s--+\s?|\u2014\s?|\s[-\u2013]\s)"
                               rf"(?P<name>(?:(?!\s--|\u2014|\s[-\u2013]\s)[^()\n]){{2,80}}?(?:{_ANY_CASE_SUFFIX})"
                               rf"(?:\sof\s[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){{0,2}})?)\s?{_TICKER}")
# a dateline's subject with no corporate suffix, its exchange and symbol right after it: "- April 20, 2005 - VRX
# (NYSE: VRX), a staffing company, today announced", "BOULDER, CO (Oct 20, 2005)... Kestraline (Nasdaq: KSTL)",
# "Sonoco (NYSE:SON), one of the largest ..." opening a paragraph; past a footnote's mark, with more listings: "- Nortel
# Networks(x) (NYSE: NT/TSE: NTL) today reported"
_BARE_DATELINE_SUBJECT = re.compile(rf"(?:^|\s--+\s?|\u2014\s?|\s[-\u2013]\s|\d\)(?:\.{{3}}|\s?--)?\s)"
                                    rf"(?P<name>{_NOT_A_NAME}[A-Z][\w&.'-]{{1,40}}"
                                    rf"(?:\s[A-Z&][\w&.'-]{{0,40}}){{0,3}})(?:\([a-z\d]\)|\*{{1,2}})?\s?"
                                    rf"\((?:{_EXCHANGE})(?:\s?[:\-]\s?|\s)(?P<t1>[A-Z]{{1,5}}(?:\.[A-Z])?)"
                                    rf"(?:[;,/]\s?(?:{_EXCHANGE})[:\s-]\s?[A-Z.]{{1,6}})*\)")
# a dateline's subject with neither suffix nor symbol, reporting: "HOUSTON -- ENRON today reported", "ARLINGTON, Va.
# — Gannett announced today"
_REPORTING_DATELINE_SUBJECT = re.compile(rf"(?:\s--+\s?|\u2014\s?|\s[-\u2013]\s)(?P<name>{_NOT_A_NAME}"
                                         rf"[A-Z][\w&.'-]{{1,40}}(?:\s[A-Z&][\w&.'-]{{0,40}}){{0,3}})"
                                         rf"\s(?:today\s)?(?:reported|announced)\b")
_ANY_TICKER = re.compile(_TICKER)
_ADDRESS_WORDS = frozenset(_V["address_words"])
_ANY_NAME = re.compile(_NAME)
COMPANY_NAME = _ANY_NAME
# a company named in a title, in capitals as often as not: "TEXAS COMMERCE BANCSHARES, INC."
TITLED_COMPANY = re.compile(r"(?:[A-Z][\w&.'-]*,?\s){1,5}(?i:INC|CORP|CORPORATION|COMPANY|CO|LTD|PLC|N\.A|"
                            r"HOLDINGS|BANCSHARES|BANCORP|GROUP)\b\.?")
_GENERIC_WORDS = frozenset(w.lower().rstrip(".") for w in _V["corporate_suffixes"]) | {
    "the", "and", "of", "bancshares", "consolidated", "subsidiaries", "n", "a", "partnership", "subsidiary"}


def names_another_company(text: str, own_words: frozenset[str], pattern: re.Pattern[str] = COMPANY_NAME) -> bool:
    """Whether `text` names a company that shares no word with ours (a subsidiary, an acquired business),
    other than our parent ("Halverson Labs Inc., a wholly-owned subsidiary of Kestrel Products Inc.")."""
    parents = _parents(text)
    for m in pattern.finditer(text):
        if any(s <= m.start() < e for s, e in parents):
            continue
        words = {w.lower() for w in re.findall(r"[A-Za-z][\w&-]*", m.group())} - _GENERIC_WORDS
        if words and not words & own_words:
            return True
    return False


def names_us(text: str, own_words: frozenset[str]) -> bool:
    """Whether `text` is the company itself: "the Company", "Halverson", "Halverson Labs Inc."."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w&-]*", text)]
    if not words or words[0] == "the" and len(words) == 1:
        return False
    named = [w for w in words if w not in _GENERIC_WORDS]
    return set(named) <= own_words if named else True


_PART_SUBJECT = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _V["part_subjects"]) + r")\b", re.I)
_AND_ITS = re.compile(r"\band\s(?:its|their)\s(?:[\w-]+\s)?$", re.I)
# a unit named in capitals: "Timmins Mining Operations", "International Operations" (not "Continuing Operations",
# "Funds From Operations")
_NAMED_OPERATIONS = re.compile(r"\b(?!(?:Continuing|Discontinued|Total|Consolidated|From|Of|In|On)\b)[A-Z][\w'-]+"
                               r"\sOperations\b")
# a kind of operations that reports a figure of its own: "Lending operations produced net earnings of", "Continuing
# operations had net income of" (not "The Company's operations generated")
_OPERATIONS_REPORTING = re.compile(r"(?<![\w'\u2019])(?!(?:total|consolidated|combined|overall|"
                                   r"its|our|their|the|all|of|from|in|on)\b)[A-Za-z][\w-]+\soperations\s"
                                   r"(?:produced|generated|contributed|earned|reported|posted|had|recorded)\b", re.I)
# "Acme Holdings Inc., a wholly-owned subsidiary of Acme Products Inc., reported": what we are, not a part of us
_OUR_PARENT = re.compile(r",\s(?i:(?:a|an)\s(?:(?:wholly|majority)[\s-]owned\s|(?:indirect|direct)\s)*subsidiary\sof\s"
                         r"(?:the\s)?)[A-Z][\w&.'\u2019-]*(?:\s[A-Z][\w&.'\u2019-]*){0,6}")


# an appositive or a relative clause that describes the company, after its name or symbol: "Talmont Corporation
# (Nasdaq: TLMT), which provides products and services to ...,", "..., the nation's leading producer of fish oil and
# fish meal products,", "..., a leading provider of packaging to food, beverage and other consumer products companies,
# today reported" (not "The 2012 nine-month period, which includes ...
# in its basics segment,")
_DESCRIBED = re.compile(r"(?:(?<=\))|(?<=\bInc\.)|(?<=\bInc)|(?<=\bCorp\.)|(?<=\bCorporation)|(?<=\bCompany)"
                        r"|(?<=\bLtd\.)|(?<=\bLtd))"
                        r",\s(?:which|that|who|an?|the)\s"
                        r"(?:[^;()]{1,200}?,(?=\s(?:today|announced|reported)\b)|[^,;]{1,150},)")


def _parents(text: str) -> list[tuple[int, int]]:
    """Where `text` names the company we are a subsidiary of: ", a wholly-owned subsidiary of Kestrel Inc."."""
    return [m.span() for m in _OUR_PARENT.finditer(text)] if "subsidiary" in text else []


_VERBS = "|".join(re.escape(w) for w in _V["reporting_verbs"])
_HEADLINE_VERBS = frozenset(_V["headline_verbs"])
# "Century Casinos Results Dip": our figures and how they moved, not a part's name
_HEADLINE_FIGURE_WORDS = frozenset(_V["headline_figure_words"])
# a sentence's subject that is a name alone: "Sears Canada", "Texas Commerce Bancshares (TCB) reported"
_SUBJECT_NAME = re.compile(rf"(?:The\s)?(?P<name>[A-Z][\w&.'\u2019-]*(?:,?\s(?:[A-Z][\w&.'\u2019-]*|&|and|of))*?)"
                           rf"(?:\s\([A-Z]{{2,6}}\))?(?:'s|\u2019s)?(?:\s(?P<verb>{_VERBS}))?")


# a name and a relative clause about it: "A-V, which had 1998 sales of ...", "Acme (ACM), whose revenues ..."
_RELATIVE_SUBJECT = re.compile(r"\s*(?:The\s)?(?P<name>[A-Z][\w&.'\u2019-]*(?:\s[A-Z][\w&.'\u2019-]*){0,5})"
                               r"(?:\s\([A-Z-]{1,8}\))?,\s(?:which|whose|that)\b")

# the name that opens a sentence: "Aflac U.S. net premium income rose ..."
LEADING_NAME = re.compile(r"(?:The\s)?[A-Z][\w&.'\u2019-]*(?:\s[A-Z][\w&.'\u2019-]*)*")


def names_a_part(subject: str, own_words: frozenset[str]) -> bool:
    """Whether the words before a concept phrase make it a part's figure, not the company's: a segment
    or a subsidiary ("The Domestic segment ... reported"), our name with a part's ("Sears Canada",
    "Aflac U.S."), or another name that reports ("Texas Commerce Bancshares (TCB) reported")."""
    # not "Norwood Financial Corp and its subsidiary Wayne Bank", nor a word of our name ("Kestrel Motor Products"),
    # nor what describes us ("Talmont Corporation, which provides products and services to the dental market,")
    aside = _parents(subject) + [m.span() for m in _DESCRIBED.finditer(subject)]
    if any(not _AND_ITS.search(subject, 0, m.start()) and not any(s <= m.start() < e for s, e in aside)
           and m.group().lower() not in own_words for m in _PART_SUBJECT.finditer(subject)):
        return True
    if _NAMED_OPERATIONS.search(subject) or _OPERATIONS_REPORTING.search(subject):
        return True  # "Production from the Company's 100%-owned Timmins Mining Operations generated revenues of",
        # "Lending operations produced net earnings of $5,528,000"
    relative = _RELATIVE_SUBJECT.match(subject)
    if relative and own_words and not names_us(relative.group("name"), own_words):
        return True  # "A-V, which had 1998 sales of $2.1 billion": the business it names, not us
    m = _SUBJECT_NAME.fullmatch(subject.strip())
    if m is None or not own_words:
        return False
    # "PINE D’ORME": an apostrophe inside a word parts it, as in our name's words ("Pine d’Orme Holdings")
    words = [part for w in re.findall(r"[A-Za-z][\w&.'\u2019-]*", m.group("name"))
             for part in re.split(r"['\u2019]", re.sub(r"['\u2019]s?$", "", w.lower()).rstrip(".")) if part]
    words = [w for w in words if w not in _GENERIC_WORDS and w not in _NO_PART_WORDS]
    ours = [w for w in words if w in own_words]
    if ours:  # our name, then a word or two of a part's: "Sears Canada", "Aflac U.S." (not "A&B Widgets Reports")
        extra = [w for w in words if w not in own_words]
        parts = [w for w in extra if w not in _HEADLINE_FIGURE_WORDS]
        return words[0] in own_words and 1 <= len(parts) <= 2 and not _HEADLINE_VERBS.intersection(extra)
    # a name of two words or more that reports: not "We reported", not an abbreviation of ours
    return len(words) >= 2 and m.group("verb") is not None


_NO_PART_WORDS = frozenset({"gaap", "reported", "record", "total"})  # "Brightwater's GAAP net income" is ours


_PART_HEADINGS = frozenset(_V["part_headings"])
_HEADING_WORDS = frozenset(_V["part_heading_words"])
_REGIONS = sorted(_V["region_words"], key=len, reverse=True)
_HEADING = re.compile(r"[^$%\d]{1,60}")
_YEAR_WORD = re.compile(r"(?<![\d,.$])(?:19|20)\d\d(?![\d,.%])")
_QUARTER_WORD = re.compile(r"\bQ[1-4]\b")  # "Q4 Financial Highlights"


FOOTNOTE_MARK = re.compile(r"\(\s*(?:\d{1,2}|[a-z]|[ivx]+)\s*\)|\*+|\u2020|\u2021")  # "(1)", "(a)", "*", "†"


def _unmarked(text: str) -> str:
    """Without footnote marks: "CORPORATE (1)" is "CORPORATE"."""
    return FOOTNOTE_MARK.sub(" ", text).strip()


def is_heading(text: str) -> bool:
    """A paragraph that is a title: a few words, no figure but a year, no sentence's end ("Sears Canada",
    "AFLAC U.S.", "Fiscal Year 2002 Highlights")."""
    text = _unmarked(text)
    if text.endswith(":") and _TITLE_WORDS.fullmatch(text[:-1].strip()):
        text = text[:-1].rstrip()  # "Fourth Quarter Highlights:" over its bullets (not "Revenues were:")
    if (note := _COMPARED_NOTE.fullmatch(text)) is not None and _TITLE_WORDS.fullmatch(note.group(1)):
        text = note.group(1)  # "Fourth Quarter Key Highlights (FY'22 Q4 vs. FY'21 Q4, unless otherwise noted)"
    return bool(_HEADING.fullmatch(_YEAR_WORD.sub("Y", _QUARTER_WORD.sub("Q", text)))) and len(text.split()) <= 6 and \
        text[-1] not in "!?:;,"


_TITLE_WORD = r"(?:[A-Z\d][\w&'\u2019-]*|and|of|for|the|to|in|vs\.?)"
# (or on its figures: "Q4 Financial Highlights (All amounts are in US dollars)")
_COMPARED_NOTE = re.compile(r"(.+?)\s*\((?=[^()]*\b(?:vs\.?|versus|compared|comparisons|unless\sotherwise"
                            r"|amounts\sare|dollars|unaudited)\b)[^()]{1,120}\)")


def without_a_compared_note(text: str) -> str:
    """A heading without the note on what it compares with: "Fourth Quarter 2012 Financial Highlights (All comparisons
    are made to the fourth quarter of 2011 unless otherwise noted)" is about the fourth quarter of 2012."""
    note = _COMPARED_NOTE.fullmatch(text.strip())
    return note.group(1) if note is not None else text
_TITLE_WORDS = re.compile(rf"{_TITLE_WORD}(?:\s+{_TITLE_WORD})*")


def heading_names_a_part(text: str, own_words: frozenset[str]) -> bool:
    """Whether a heading opens a section about a part of the company: a region ("International",
    "Domestic"), corporate and other, or our name with a part's ("Sears Canada", "AFLAC U.S.")."""
    text = _unmarked(text)
    low = " ".join(re.sub(r"[^\w\s&.-]", " ", text.lower()).split()).rstrip(".")
    if not low:
        return False
    named = [w for w in low.split() if w not in _HEADING_WORDS and w not in _GENERIC_WORDS]
    if named and all(w in own_words for w in named):
        return False  # our own name, a region in it: "Tamarack North America" of Tamarack North America Inc
    if not _ADDRESS_WORDS.isdisjoint(named):
        return False  # a letterhead's address: "INTERNATIONAL PAPER PLAZA"
    if low in _PART_HEADINGS or names_a_part(text.strip(), own_words):
        return True
    for region in _REGIONS:
        low = re.sub(rf"(?<![\w.]){re.escape(region)}(?![\w])\.?", " region ", low)
    words = [w for w in low.split() if w not in _HEADING_WORDS and w not in own_words and w not in _GENERIC_WORDS]
    return bool(words) and all(w == "region" for w in words)


@dataclass(frozen=True)
class EntityInfo:
    name: str | None
    ticker: str | None

    def words(self) -> frozenset[str]:
        """Lower-case words of the name, to recognise "IEC's net income" as the company's own."""
        if not self.name:
            return frozenset()
        return frozenset(w.lower() for w in re.findall(r"[A-Za-z][\w&-]*", self.name) if w.lower() != "the")

    def own_words(self) -> frozenset[str]:
        """The words the text may call the company by: its name's and its trading symbol ("MRWB's net loss"); none
        when its name is not known (any name may then be its)."""
        return self.words() | ({self.ticker.lower()} if self.name and self.ticker else frozenset())


def our_filer(names: list[str], info: EntityInfo) -> int | None:
    """Which of a submission's co-registrants the release is by: the name sharing most words with
    the one the text gives ("The Southern Company" is SOUTHERN CO, not ALABAMA POWER CO, nor
    SOUTHERN POWER CO, which has a word of its own); None when none shares a word."""
    own = info.words() - _GENERIC_WORDS
    scores = []
    for name in names:
        words = EntityInfo(name, None).words() - _GENERIC_WORDS
        scores.append((len(words & own) - len(words - own), len(words & own)))
    best = max(range(len(names)), key=lambda i: (scores[i], -i), default=None)
    return best if best is not None and scores[best][1] else None


_PLAIN_WORDS = re.compile(r"(?<![\w&.'-])(?!(?:and|of|the|de|du|la|et)\b)[a-z]{2,}(?![\w&'-])")


def find_entity(paragraphs: list[str]) -> EntityInfo:
    """The first "Name Inc. (NYSE: TICK)" in the opening paragraphs; else the first corporate name."""
    # and the first long paragraph after them: a dateline below a letterhead's many lines of contacts
    # (the first that names a company with its symbol: not a bullet run in above the dateline, "Basic and diluted EPS of
    # $0.24 ... Signed merger agreement with Resurgens Bancorp")
    later = [text[:5000] for text in paragraphs[15:40] if len(text) > 80]
    head = [text[:5000] for text in paragraphs[:15]] + next(
        ([text] for text in later if _NAMED_TICKER.search(text) or _DATELINE_SUBJECT.search(text)), later[:1])
    for text in head:
        # the dateline's subject, whatever characters its name holds, unless a plain name ends it and
        # what stands before is a word and a comma ("Today, Bramblewood Corp. (NASDAQ: BRMW)") or a figure
        wide, plain = _DATELINE_SUBJECT.search(text), _NAMED_TICKER.search(text)
        m = wide or plain
        prefix = wide.group("name")[: len(wide.group("name")) - len(plain.group("name"))] if wide and plain else ""
        if wide and plain and wide.end() == plain.end() and (
                re.fullmatch(r"\s*\w+,\s*|.*[$\d].*", prefix) or len(_PLAIN_WORDS.findall(prefix)) >= 2):
            # nor a headline's figure before it: "Quarterly Dividend of $0.17 Per Share Acme Inc. (NYSE: A)"; nor words
            # of a sentence: "Earnings per share, net earnings and sales of The May Department Stores Company (NYSE:
            # MA)"
            m = plain
        if m and m.group("t3") and (bare := _BARE_DATELINE_SUBJECT.search(text, 0, m.start())) is not None:
            # "-- Ingersoll-Rand (NYSE: IR), ... results of Ingersoll-Dresser Pump Company (IDP)": the subject with its
            # exchange's symbol, not a name abbreviated later
            return EntityInfo(_clean(bare.group("name")), bare.group("t1"))
        if m:
            return EntityInfo(_clean(m.group("name")), m.group("t1") or m.group("t2") or m.group("t3"))
    for text in head:
        if (bare := _BARE_DATELINE_SUBJECT.search(text)) is not None:
            return EntityInfo(_clean(bare.group("name")), bare.group("t1"))
    ticker = None
    for text in head:
        m = _ANY_TICKER.search(text)
        if m and (m.group("t1") or m.group("t2")):
            ticker = m.group("t1") or m.group("t2")
            break
    named = next((_clean(m.group("name")) for text in head if (m := _ANY_NAME.search(text)) is not None), None)
    subject = next((_clean(m.group("name")) for text in head
                    if (m := _REPORTING_DATELINE_SUBJECT.search(text)) is not None), None)
    if subject is not None and not (named and EntityInfo(named, None).words() & EntityInfo(subject, None).words()):
        return EntityInfo(subject, ticker)  # not another name the release gives ("... Portland General Corporation")
    return EntityInfo(named, ticker)


def _clean(name: str) -> str:
    """The name alone: no control characters, runs of spaces, or where it is based ("Alabama-based")."""
    printable = "".join(ch if ch.isprintable() else " " for ch in name)
    name = re.sub(r"\s+", " ", printable).strip().rstrip(",")
    return re.sub(r"^(?:[\w&.'-]*-(?:based|headquartered)\s)+", "", name)
