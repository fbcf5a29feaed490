"""Periods as releases name them, and the fiscal calendar that turns them into dates.

A mention ("the same quarter a year ago", "the first six months of fiscal 2004", "three months
ended June 30, 2005", "at the end of March") becomes a `PeriodRef`: what the words say, no
dates yet. `resolve` turns a reference into a `Period` against the document's `Anchor`, the
current period that the release reports on.

Calendar rules: when a period ends on the last day of a month, periods are calendar months;
otherwise the company keeps a 52/53-week year, a quarter is 13 weeks, six months 26, nine
months 39, a year 52, and the comparable period a year earlier ends 52 weeks before. A count of
weeks that the text states wins.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import vocab
from ..model import Period

_V = vocab.load()
_MONTHS: dict[str, int] = _V["months"]
_ORD: dict[str, int] = _V["ordinals"]
_MCOUNT: dict[str, int] = _V["month_counts"]
_WCOUNT: dict[str, int] = _V["week_counts"]


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_MONTH = rf"(?:{_alt(_MONTHS)})\.?"
# "June 30, 2010" ("October 27,2012", "June30, 2014", "August 7, 2017Rapid7" run into the next word) and, as written
# outside the US, "30 June 2010"
DATE = (rf"(?:(?P<mon>{_MONTH})\s?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s?|\s)(?P<year>\d{{4}})"
        rf"|(?<!\d)(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?\s(?P<dmon>{_MONTH}),?\s(?P<dyear>\d{{4}}))(?!\d)")
# the lookahead on months' first letters (or a day's digit) spares trying 24 alternatives at every character
_DATE_START = rf"(?=[{''.join(sorted({m[0] for m in _MONTHS}))}]|\d)"
_DATE_RE = re.compile(_DATE_START + DATE, re.I)
_ORDW = _alt(_ORD)
_YEAR = r"(?:19|20)\d\d"
_FY = rf"(?:fiscal\s(?:year\s)?)?(?P<fy>{_YEAR})"
# "the first half of the year": the year the release reports on, part of the mention, not a year of its own
_OF_THE_YEAR = r"\s(?:of|in)\s(?:the|this)\s(?:current\s)?(?:fiscal\s)?year\b"
# "fiscal 2011 nine months", "2011 first half": the year written first
_YEAR_FIRST = rf"(?:(?:fiscal\s(?:year\s)?|FY\s?)?(?P<fy1>{_YEAR})(?:['\u2019]s)?\s)?"
# "a year ago", "of the prior fiscal year", "(26 weeks) of the prior year"
_AGO = (r"(?P<ago>(?:\s\(\d{1,2}\sweeks\))?\s(?:(?:a|one)\syear\sago"
        r"|of\s(?:the\s)?(?:last|prior|previous)\s(?:fiscal\s)?year|last\syear))?")

# what stands before "ended <date>": the length of the period
_LENGTH = re.compile(
    rf"(?:(?:(?:fiscal\s(?:year\s)?)?(?P<fy0>{_YEAR})\s|fiscal\s)?(?P<ord>{_ORDW})[\s-](?:fiscal\s)?quarter(?:\s(?:of\s)?{_FY})?"
    r"|\b(?-i:Q(?P<qn>[1-4]))"  # "its Q3 ended 9 October 2001"
    # "the third quarter and nine month periods of fiscal year 2016, which ended on December 31, 2015"
    rf"|(?:(?:first|initial)\s)?(?P<mc>{_alt(_MCOUNT)})(?:-\s|[\s-])months?(?:\s(?:fiscal\s)?(?:periods?|quarters?))?"
    rf"(?:\sof\s(?:fiscal\s(?:year\s)?)?{_YEAR})?"
    rf"|(?P<wc>{_alt(_WCOUNT)})[\s-]weeks?(?:\s(?:fiscal\s)?(?:(?:{_ORDW})\s)?(?:fiscal\s)?(?:periods?|quarters?|years?))?"
    # "the first three quarters of fiscal 1999, ending May 31, 1999"
    rf"|(?:first\s)?(?P<qc>two|three)\squarters(?:\sof\s(?:fiscal\s(?:year\s)?)?{_YEAR})?"
    # plurals only after "the": "for the quarters ended September 30, 2005 and 2004", not "four quarters ended"
    rf"|(?P<q>quarter|(?<=the\s)quarters)|(?P<y>(?:fiscal\s|full[\s-])?year(?:\s{_YEAR})?|(?<=the\s)(?:fiscal\s)?years"
    rf"|fiscal\s{_YEAR}|twelve[\s-]months)|(?P<h>half(?:[\s-]year)?(?:\sof\s(?:fiscal\s(?:year\s)?)?{_YEAR})?)"
    r"|(?P<p>period|(?<=the\s)periods)"
    r"|(?P<ytd>year[\s-]to[\s-]date(?:\speriod)?))"
    # "the second quarter (13 weeks) ended", "the three months to"
    rf"(?:\s\((?:unaudited|(?P<pwc>{_alt(_WCOUNT)})[\s-]weeks?)\))?,?(?:\s(?:which|that))?\s\(?(?:ended|ending|ends|end|to|through)\s"
    r"(?:on\s)?$"  # "the 2003 fiscal year (ended January 31, 2004)"
    r"|(?P<ytd0>year[\s-]to[\s-]date)\s$",  # "Net income year to date September 30, 2022 totaled"
    re.I,
)

# lookbehinds for a year right after a verb of reporting ("reported a 1998 loss"): fixed widths, one each
_AFTER_A_REPORT = "|".join(rf"(?<=\b{verb}\s{article})" for verb in ("reports", "reported", "announces", "announced",
                                                                       "posts", "posted") for article in ("", "a\\s"))

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("ordinal_quarter", re.compile(
        rf"\b(?:(?P<fy1>{_YEAR})(?:'s)?\s(?:fiscal\s)?|(?:fiscal\s(?:year\s)?|FY\s?)(?P<fy0>{_YEAR})(?:['\u2019]s)?\s"
        rf"|(?P<prev>(?:the\s)?(?:(?:previous|prior|preceding|last)\s(?:fiscal\s)?year['\u2019]s|year[\s-](?:ago|earlier)"
        r"|prior[\s-]year)"
        # "Last year for the 4th quarter, the Company reported ..."
        r"|(?:last|prior|previous)\syear,?\s(?:for|in|during)\sthe)\s"
        rf"(?:fiscal\s)?|fiscal\s)?(?P<ord>{_ORDW})(?:-\s|[\s-])(?:fiscal[\s-])?(?:quarter|qtr\b\.?)(?:\s(?:of\s|in\s)?(?:fiscal\s(?:year\s)?|FY\s?)?(?P<fy2>{_YEAR})|{_OF_THE_YEAR})?"
        rf"{_AGO}",
        re.I)),
    # "Q4 2012", "fiscal 2012 Q4", and "Q4" alone: that quarter of the year the release reports on
    ("q_quarter", re.compile(rf"\bQ(?P<qn>[1-4])[\s-](?:fiscal\s|FY\s?)?(?P<fy>{_YEAR})\b"  # "Q1 FY 2011" too
                             rf"|\b(?:[Ff]iscal\s|FY\s?)(?P<fy2>{_YEAR})\sQ(?P<qn2>[1-4])\b"
                             # "Q4 FY98", "the Q4 of fiscal 2002"
                             r"|\bQ(?P<qn4>[1-4])[\s-]?FY\s?['\u2019]?(?P<yy>\d\d)\b"
                             rf"|\bQ(?P<qn5>[1-4])\sof\s(?:[Ff]iscal\s(?:[Yy]ear\s)?|FY\s?)?(?P<fy3>{_YEAR})\b"
                             r"|\bQ(?P<qn3>[1-4])\b(?![\s-]?(?:\d|['\u2019]|FY))")),
    # "4Q 2008", "4Q08", "Q4'08": shorthand in prose; a table headed so ("2Q21 | 1Q21 | 2Q20") is a summary
    # or a breakdown, whose columns are not read
    ("q_short", re.compile(rf"\b(?P<qn>[1-4])Q\s?(?:(?P<fy>{_YEAR})|['\u2019]?(?P<yy>\d\d))\b"
                           r"|\bQ(?P<qn2>[1-4])\s?['\u2019](?P<yy2>\d\d)\b")),
    ("same_period", re.compile(
        # "from $1,105 million in the Company's corresponding period last year"
        rf"\b(?:the\s(?:company|corporation)['\u2019]s\s|its\s|our\s|the\s)?(?:(?:prior|previous)[\s-]year\s)?"
        rf"(?:same|comparable|comparative|corresponding|similar|like|comp)\s"
        rf"(?:(?:fiscal\s(?:year\s)?)?(?P<fy_in>{_YEAR})\s"
        r"|fiscal\s(?:year\s)?)?"
        rf"(?P<unit>quarter|period(?!s\b)|three[\s-]months?|(?:two|three)\squarters|"
        rf"six[\s-]months?|nine[\s-]months?|twelve[\s-]months?"
        r"|(?:prior|previous)\s(?:fiscal\s)?year\b(?!\s(?:quarter|period)\b))"  # "the corresponding prior fiscal year"
        rf"(?:\s(?:of\s|in\s|during\s)?(?:the\s)?(?:(?:a|one)\syear\sago|last\syear|(?:a|one)\syear\searlier|"
        rf"(?:prior|previous|last)\s(?:fiscal\s)?year|{_FY}))?",
        re.I)),
    # "compared to $76.8 million in the 2011 period": that year's period of the length just spoken of
    # "27% higher than the $9.0 million in comparable 2010": that year's period of the length too
    ("year_period", re.compile(rf"\bthe\s(?:fiscal\s)?(?P<fy>{_YEAR})\s(?:fiscal\s)?period\b"
                               rf"|\bcomparable\s(?:fiscal\s)?(?P<fy2>{_YEAR})\b(?![\s-](?:{_ORDW}|quarter|period|"
                               rf"(?:{_alt(_MCOUNT)})[\s-]months?|first|second|nine|six))", re.I)),
    ("prior_quarter", re.compile(
        r"\b(?:the\s)?(?:year[\s-]ago|prior[\s-]year|year[\s-]earlier|(?:last|previous|prior|preceding)\s(?:fiscal\s)?year['\u2019]s"
        r"|(?:last|previous|prior)\sfiscal\syear(?=\s(?:quarter|period)\b))"  # "in the prior fiscal year quarter"
        r"\s(?:fiscal\s)?(?P<unit>quarter|period|first\shalf|(?:first\s)?six[\s-]months|(?:first\s)?nine[\s-]months)",
        re.I)),
    ("months", re.compile(
        # "the previous nine-month period", "from the previous 12-month revenues of": a year back
        rf"\b{_YEAR_FIRST}(?:the\s)?(?:(?P<prev>previous|prior|preceding)\s)?(?:(?:first|initial)\s)?"
        rf"(?P<mc>{_alt(_MCOUNT)})(?:-\s|[\s-])months?(?:\speriod)?"  # (a word broken at a line's end: "nine- month")
        rf"(?:\s(?:of|in)\s{_FY}|\s(?P<fy2>{_YEAR})\b|{_OF_THE_YEAR})?{_AGO}",  # "for nine-months 1996"
        re.I)),
    # "the 13-week period": a length the company counts in weeks ("the four weeks" is some month: see `_resolve`);
    # "the 16 weeks constituting the Company's fourth quarter": the length of a quarter
    ("weeks", re.compile(
        # "the preceding year's 52-week fiscal year", "1996 52-week earnings"
        rf"\b(?:the\s)?(?:(?P<prev>(?:preceding|prior|previous|last)\s(?:fiscal\s)?year['\u2019]s)\s|(?P<fy1>{_YEAR})\s)?"
        rf"(?P<wc>{_alt(_WCOUNT)})[\s-]weeks?(?:\s(?:fiscal\s)?(?:period|quarter|year(?![\s-]to[\s-]date)"
        rf"|(?P<ord2>{_ORDW})[\s-](?:fiscal\s)?quarter))?"  # "the 14-week fourth quarter of 2003"
        rf"(?:\s(?:of|in)\s{_FY}|{_OF_THE_YEAR})?"
        rf"(?:\s(?:constituting|comprising|making\sup|that\s(?:constitute|constituted|make\sup|made\sup|comprise))\s"
        rf"(?:the\s(?:company['\u2019]s\s)?|its\s|our\s)?(?:fiscal\s)?(?P<ord>{_ORDW})[\s-](?:fiscal\s)?quarter)?"
        rf"{_AGO}",
        re.I)),
    ("quarters", re.compile(r"\b(?:first\s)?(?P<qc>two|three|four|2|3|4)\squarters\b"
                            rf"(?:\s(?:of\s|in\s|ended\s)?(?:fiscal\s)?(?P<fy>{_YEAR})\b)?", re.I)),
    # "For the half year, net income was": the first half, not "the second half year"
    ("half", re.compile(rf"\b{_YEAR_FIRST}(?:the\s)?(?:first[\s-]half(?:[\s-]year)?|(?<!second\s)(?<!last\s)(?<!2nd\s)"
                        rf"half[\s-]year)(?:\sof\s{_FY}|\s(?P<fy2>{_YEAR})\b|{_OF_THE_YEAR})?"
                        rf"{_AGO}", re.I)),
    ("ytd", re.compile(r"\b(?:the\s)?(?:fiscal\s)?year[\s-]to[\s-]date(?:\speriod)?", re.I)),
    # "the prior quarter", "the immediately preceding quarter", "the linked quarter": the one just before
    ("quarter_before", re.compile(
        r"\b(?:the\s)?(?:immediately\s)?(?:prior|previous|preceding|linked|sequential)\s(?:fiscal\s)?quarter\b"
        r"(?!\s(?:of|ended|ending)\b)", re.I)),
    ("this_quarter", re.compile(
        rf"\b(?:the|this|current|latest|most\srecent|this\syear['\u2019]s)\s(?:fiscal\s)?(?:(?P<fy>{_YEAR})\s)?quarter\b"
        r"(?!\s(?:ended|ending))"
        # "Record quarterly revenue of $1.26 billion": the quarter reported
        # (not "A consistent quarterly revenue flow during the year")
        r"|\bquarterly(?=\s(?:[\w-]+\s)?(?:revenues?|sales|eps|(?:earnings|income|loss)(?:\sper\s(?:diluted\s|basic\s)?"
        r"share)?)\s(?:of|was|were|totaled|reached)\b)"
        # "Fifth Consecutive Quarter of Record Net Sales Totaling $47 Million": the quarter reported
        r"|\bconsecutive\squarter(?=\sof\b)",
        re.I)),
    # "The net loss for this period was ...", "net income for the period was ...": the period the text last spoke of
    ("this_period", re.compile(r"(?:\bthis|(?<=\bfor\s)the|(?<=\bduring\s)the)\s(?:fiscal\s|reporting\s)?period\b"
                               r"(?!\s(?:ended|ending|last|a\syear|from|of|in|since|to|through|covered|under)\b)",
                               re.I)),
    ("year", re.compile(
        rf"\b(?:(?:the\s)?(?:full|fiscal|calendar|entire)[\s-](?:year\s(?:of\s)?)?{_FY}|(?:for|in|during|of)\s(?:all\sof\s)?"
        rf"(?:the\s(?:fiscal\s|calendar\s)?year\s|fiscal\s(?:year\s)?)?(?P<fy3>{_YEAR})"
        rf"|(?P<fy4>{_YEAR})\s(?:full[\s-]year|year[\s-]end|fiscal\syear)\b|\byear[\s-]end\s(?P<fy5>{_YEAR})\b"
        rf"|(?-i:\bFY)\s?(?:(?P<fy6>{_YEAR})|['\u2019]?(?P<yy>\d\d))\b"  # "FY2014", "FY98"
        rf"|\bthe\s(?P<fy7>{_YEAR})\s(?:fiscal\s|calendar\s)?year\b"  # "for the 2012 year"
        # "Reports 1998 Earnings", "today reported 1998 earnings of", "reported a 1998 loss of"
        rf"|(?:{_AFTER_A_REPORT})(?P<fy8>{_YEAR})(?=\s(?:net\s)?(?:earnings|income|loss|results|revenues?|sales|profits?)\b))"
        rf"(?![\s-](?:{_ORDW}|quarter|Q[1-4]|(?:{_alt(_MCOUNT)})[\s-]months?\b))",
        re.I)),
    ("year_before", re.compile(r"\b(?:the\s)?(?:previous|prior|preceding|last)\sfiscal\syear\b(?!['\u2019]s)", re.I)),
    # not "fiscal year '93", a year this reader does not place; "Year revenues were ..." opens on the year
    ("this_year", re.compile(
        r"(?:\b(?:the\s)?(?:full|fiscal|entire|current)[\s-](?:fiscal\s)?year\b|\bthe\syear\b(?![\s-](?:ago|earlier|before)\b|\s(?:19|20)\d\d|[\s-]to[\s-]date)"
        r"|^(?i:year)(?=(?-i:\s[a-z]))(?!\s(?:ended|ending)\b)"
        # "Year End Financial Highlights" (not "at year-end", a balance's day)
        r"|\byear[\s-]end(?=\s(?:financial\s)?(?:results|highlights|summary)\b)"
        # "today reported annual net income of $27.6 million" (not "Cascade has annual sales of $11 million": a size)
        r"|\bannual(?=\s(?:net\s(?:income|earnings|loss)|earnings|diluted|basic|eps)\b)"
        # "Record Annual Sales of $10.3 Billion": a record is the year's figure, not a size
        r"|\brecord\sannual(?=\s(?:net\s)?(?:sales|revenues?)\b)"
        r"|(?-i:\bFY)(?=:))(?!\s?['\u2019]\d\d)", re.I)),  # a bullet "- FY: Net revenues up 12.0% to $4.05 billion"
    # "the December quarter", "the year-ago June quarter", "the September 2002 quarter": the three months ending
    # with that month (not "the March quarter of fiscal 1997", which a fiscal year may place in either year)
    ("month_quarter", re.compile(
        r"\b(?:(?P<prev>(?:the\s)?(?:year[\s-](?:ago|earlier)|prior[\s-]year|(?:last|previous|prior|preceding)\s(?:fiscal\s)?"
        r"year['\u2019]s))\s"
        rf"|(?:the|this|our|its)\s)(?P<mon>{_MONTH})(?:\s(?P<year>{_YEAR}))?[\s-]quarter\b(?!\s(?:of|ended|ending)\b)"
        rf"{_AGO}", re.I)),
    ("instant_month", re.compile(rf"\bat\s(?:the\s)?end\sof\s(?P<mon>{_MONTH})(?:\s(?P<year>{_YEAR}))?", re.I)),
    ("instant_end", re.compile(r"\bat\s(?:the\s)?(?:end\sof\s(?:the\s)?(?P<what>quarter|year|fiscal\syear|period)|"
                               r"(?P<what2>quarter|year)[\s-]end)\b", re.I)),
    ("instant_date", re.compile(rf"\b(?:at|as\sof|on)\s{DATE}", re.I)),
    ("year_ago_instant", re.compile(r"\b(?:last\syear\sat\sthis\stime|(?:a|one)\syear\sago"
                                    r"|at\sthe\ssame\stime\slast\syear|a\syear\searlier|last\syear|(?:the\s)?(?:prior[\s-]year|year[\s-]ago)"
                                    r"|the\sprevious\syear|the\syear\sbefore)\b",  # "Prior year earnings were"
                                    re.I)),
]


# words that every mention of a kind holds (lower case, or as written when it has a capital): a text
# without any of them is not searched for that kind, which spares most sentences most patterns
_MONTH_WORDS = tuple(sorted({month[:3] for month in _MONTHS}))  # "jan" is in "january" too
_KEYS: dict[str, tuple[str, ...]] = {
    "ordinal_quarter": ("quarter", "qtr"),  # "3rd Qtr Net Income of $14.6 million"
    "q_quarter": ("Q",),
    "q_short": ("Q",),
    "same_period": ("same", "comparable", "corresponding", "similar", "like", "comp"),
    "year_period": ("period", "comparable"),
    "prior_quarter": ("year",),
    "months": ("month",),
    "weeks": ("week",),
    "quarters": ("quarters",),
    "half": ("half",),
    "ytd": ("date",),
    "quarter_before": ("quarter",),
    "this_quarter": ("quarter",),
    "this_period": ("period",),
    "year": ("19", "20", "FY"),
    "year_before": ("fiscal",),
    "this_year": ("year", "annual", "FY"),
    "month_quarter": ("quarter",),
    "instant_month": ("end",),
    "instant_end": ("end",),
    "instant_date": _MONTH_WORDS,
    "year_ago_instant": ("year",),
}
assert set(_KEYS) == {kind for kind, _ in _PATTERNS}
_ALL_KEYS = tuple(sorted({word for words in _KEYS.values() for word in words} | set(_MONTH_WORDS)))


@dataclass(frozen=True)
class PeriodRef:
    """What a mention says about a period, before any date arithmetic."""

    start: int
    end: int
    months: int | None = None  # 3, 6, 9, 12; None when the words do not say
    weeks: int | None = None  # a stated count of weeks
    quarter: int | None = None  # ordinal quarter of the fiscal year
    fiscal_year: int | None = None
    years_back: int = 0
    quarters_back: int = 0  # "the preceding quarter": one quarter before the current one
    same: bool = False  # "the same period ...": length from the period mentioned before
    instant: bool = False
    end_month: int | None = None  # the month it ends in, named without a day: "at the end of March", "the June quarter"
    stated_end: dt.date | None = None
    end_day: tuple[int, int] | None = None  # (month, day) of "ended Sept. 30" without a year
    kind: str = ""

    @property
    def is_relative_only(self) -> bool:
        """True for "a year ago" and the like: a shift with no length of its own."""
        return self.kind == "year_ago_instant"

    @property
    def is_relative(self) -> bool:
        """True for "a year ago", "the corresponding period a year ago": a period named by its distance
        from another, with no year of its own."""
        return self.is_relative_only or ((self.same or bool(self.years_back)) and self.fiscal_year is None
                                         and self.stated_end is None)


@dataclass(frozen=True)
class Anchor:
    """The period the release reports on: every relative mention is resolved against it."""

    end: dt.date
    months: int = 3
    # (months, weeks): stated counts of weeks for periods ending at `end` ("the 12 and 28 weeks ended"),
    # carried to "the quarter", "the first half", "year to date"
    week_lengths: tuple[tuple[int, int], ...] = ()
    quarter_weeks: tuple[int, int] | None = None  # (quarter, weeks): "the 16 weeks constituting the fourth quarter"
    quarter: int | None = None
    fiscal_year: int | None = None
    release: dt.date | None = None
    stated: frozenset[dt.date] = frozenset()  # every period end the document states
    tabled: frozenset[dt.date] = frozenset()  # the period ends that head table columns


def parse_date(m: re.Match[str], prefix: str = "") -> dt.date | None:
    """The day a match of `DATE` (its groups' names behind `prefix`) names, in either order."""
    if m.group(prefix + "mon"):
        return _date_of(m.group(prefix + "mon"), m.group(prefix + "day"), m.group(prefix + "year"))
    return _date_of(m.group(prefix + "dmon"), m.group(prefix + "dday"), m.group(prefix + "dyear"))


def _date_of(month: str, day: str, year: str) -> dt.date | None:
    try:
        return dt.date(int(year), _MONTHS[month.lower().rstrip(".")], int(day))
    except (ValueError, KeyError):
        return None


def _fy(m: re.Match[str], *names: str) -> int | None:
    for name in names:
        if name in m.re.groupindex and m.group(name):
            return int(m.group(name))
    return None


def _two_digit_year(digits: str) -> int:
    """"'08" is 2008, "'97" 1997: the years press releases are written in."""
    return int(digits) + (1900 if int(digits) >= 50 else 2000)


def _short_year(m: re.Match[str]) -> int | None:
    """The year a mention writes in two digits ("Q4 FY98", "FY97"), if it does."""
    return _two_digit_year(m.group("yy")) if m.group("yy") else None


def _ago(m: re.Match[str]) -> int:
    return 1 if "ago" in m.re.groupindex and m.group("ago") else 0


# "the three and nine months ended", "the 12 and 28 weeks ended": a shorter length listed before a stated one,
# counted in the same unit
_LISTED_MONTHS = re.compile(rf"\b(?P<n>{_alt(_MCOUNT)})(?:[\s-]months?|-)?\s(?:and|&)\s$", re.I)  # "three- and"
_LISTED_WEEKS = re.compile(rf"\b(?P<n>{_alt(_WCOUNT)})(?:[\s-]weeks?)?\s(?:and|&)\s$", re.I)


def listed_length(text: str, ref: PeriodRef, stated: bool = True) -> PeriodRef | None:
    """The period a list names before a stated one, ending with it: "the three and nine months ended
    September 30, 2005" names three months too, "the 12 and 28 weeks ended September 11, 2004" twelve weeks
    (with `stated` False, before any: "the three- and twelve-month periods")."""
    if (stated and ref.stated_end is None) or not ref.months:
        return None
    m = (_LISTED_WEEKS if ref.weeks else _LISTED_MONTHS).search(text, max(0, ref.start - 24), ref.start)
    if m is None:
        return None
    count = (_WCOUNT if ref.weeks else _MCOUNT)[m.group("n").lower()]
    months = min(12, round(count / 13) * 3) if ref.weeks else count
    return replace(ref, start=m.start(), end=m.end(), months=months, weeks=count if ref.weeks else None) \
        if months else None


_OPEN = re.compile(r"(?:\s(?:net\s)?(?:sales|revenues?|earnings|income))?\s?\(\s?", re.I)  # "... 1996 sales (13 weeks)"
_CLOSE = re.compile(r"\s?\)")


@lru_cache(maxsize=4096)
def find_periods(text: str) -> tuple[PeriodRef, ...]:
    """Every period mention in `text`: the longest at each place, in order, never overlapping.

    "The quarter ended Sept. 30" (no year) is a period ending on that day (`PeriodRef.end_day`), the
    last one before the release. Remembered by text: a one-sentence paragraph is read for the anchor
    and again as a sentence, and tables repeat their column headers."""
    refs = _named_periods(text)
    if not _ENDED_OR_ENDING.search(text):
        return refs
    days = _ended_days(text, refs)
    if not days:
        return refs
    kept = [r for r in refs if not any(r.start < d.end and d.start < r.end for d in days)]
    return tuple(sorted(kept + days, key=lambda r: r.start))


def clear_caches() -> None:
    """Forget the texts read so far (at a new document: its cost never depends on the one before)."""
    find_periods.cache_clear()
    _named_periods.cache_clear()


# "On July 1, 1999, X announced its intent to divest ...": a sentence opening on a day may be an event's, which a
# letterhead's date outranks (not "X announced on January 18, 1994, that fourth quarter 1993 earnings were")
_EVENT_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:On|Since|Effective)\s$")
_ENDS_BEFORE = re.compile(r"\b(?:ended|ending|ends|through|to)\s(?:on\s)?$", re.I)  # a date after it is a period's end
# "the year-ago quarter ended Sept. 30", "last year's quarter ended Sept. 30": not the last such day
_EARLIER_BEFORE = re.compile(r"(?:ago|prior|previous|preceding|last|earlier|comparable|corresponding|same)"
                             r"(?:[\s-](?:fiscal\s)?year(?:['\u2019]s)?)?[\s-]*$", re.I)


def _ended_days(text: str, refs: tuple[PeriodRef, ...]) -> list[PeriodRef]:
    """"<length> ended <month> <day>" without a year, where no mention of a period before it looks back."""
    out = []
    for m in _YEARLESS.finditer(text):
        if not _ENDS_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        month, day = _MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("day"))
        try:
            ref = _ended(text, m, dt.date(2000, month, day))  # a leap year: any day of the month is one
        except ValueError:
            continue
        if ref is None or ref.start < 0 or _EARLIER_BEFORE.search(text, max(0, ref.start - 30), ref.start) or any(
                r.years_back or r.quarters_back or r.same or r.stated_end for r in refs
                if r.start < ref.end and ref.start < r.end):
            continue
        if _in_comparison(text, ref.start) and any(
                r.stated_end is not None and r.stated_end.month == month
                and _sentence_start(text, ref.start) <= r.start and r.end <= ref.start for r in refs):
            # "Net loss for the three months ended December 31, 2018 was $6.3 million, compared with net income of
            # $512,000 for the three months ended December 31": the same period a year before, not the one stated
            # (in the same month: "ended December 3", a copy cut short)
            out.append(replace(ref, stated_end=None, years_back=1, same=True, kind="same_period"))
            continue
        out.append(replace(ref, stated_end=None, end_day=(month, day), kind="ended_day"))
    return out


@lru_cache(maxsize=4096)
def _named_periods(text: str) -> tuple[PeriodRef, ...]:
    """`find_periods` but for the ends it completes: what the anchor is found from."""
    refs: list[PeriodRef] = []
    low = text.lower()
    present = {word for word in _ALL_KEYS if word in (low if word.islower() else text)}
    if not present.isdisjoint(_MONTH_WORDS):
        for m in _DATE_RE.finditer(text):
            ref = _ended(text, m)
            if ref is not None:
                refs.append(ref)
    if "/" in text:
        for m in _NUMERIC_DATE.finditer(text):  # "For the third quarter ended 1/24/98"
            if (day := _numeric_date(m)) is not None and (ref := _ended(text, m, day)) is not None:
                refs.append(ref)
    for kind, pattern in _PATTERNS:
        if present.isdisjoint(_KEYS[kind]):
            continue
        for m in pattern.finditer(text):
            ref = _ref(kind, m)
            if ref is not None:
                refs.append(ref)
    # a stated end date says the most; among the rest the longest mention wins
    refs.sort(key=lambda r: (r.stated_end is None, -(r.end - r.start), r.start))
    out: list[PeriodRef] = []
    taken = bytearray(len(text) + 1)  # characters already in a kept mention: linear, however many mentions
    for ref in refs:
        if not any(taken[ref.start : ref.end]):
            out.append(ref)
            taken[ref.start : ref.end] = b"\x01" * (ref.end - ref.start)
    out.sort(key=lambda r: r.start)
    # "In fiscal 2002 (52 weeks)": a count of weeks in parentheses is the length of the period before it
    for i in range(len(out) - 1, 0, -1):
        ref, weeks = out[i - 1], out[i]
        close = _CLOSE.match(text, weeks.end)
        if weeks.kind == "weeks" and weeks.fiscal_year is None and not weeks.years_back and close is not None \
                and ref.months and not ref.weeks and _OPEN.fullmatch(text, ref.end, weeks.start):
            out[i - 1 : i + 1] = [replace(ref, weeks=weeks.weeks, end=close.end())]
    # "the fourteen week 2011 fourth quarter": the quarter, as long as that
    for i in range(len(out) - 1, 0, -1):
        weeks, quarter = out[i - 1], out[i]
        if weeks.kind == "weeks" and weeks.weeks and weeks.fiscal_year is None and not weeks.years_back \
                and quarter.kind == "ordinal_quarter" and quarter.weeks is None \
                and text[weeks.end : quarter.start] == " ":
            out[i - 1 : i + 1] = [replace(quarter, start=weeks.start, weeks=weeks.weeks)]
    # "the first quarter (sixteen weeks) of fiscal 2017 ended October 22, 2016": the quarter that ended then, not a year
    for i in range(len(out) - 1, 0, -1):
        quarter, year = out[i - 1], out[i]
        named = _FISCAL_YEAR_ENDED.match(text, year.start)
        if quarter.kind == "ordinal_quarter" and quarter.weeks and quarter.fiscal_year is None and named is not None \
                and year.kind == "ended" and year.stated_end is not None \
                and _OF_GAP.fullmatch(text, quarter.end, year.start):
            out[i - 1 : i + 1] = [replace(quarter, fiscal_year=int(named.group(1)), stated_end=year.stated_end,
                                          kind="ended", end=year.end)]
    # "the current year third quarter ended November 3, 2018", "last year fourth quarter sales": the year names the
    # quarter after it, it is no period of its own
    for i in range(len(out) - 1, 0, -1):
        year, quarter = out[i - 1], out[i]
        if year.kind in ("this_year", "year_ago_instant") and year.fiscal_year is None and quarter.months == 3 \
                and quarter.quarter is not None and not quarter.years_back and quarter.fiscal_year is None \
                and text[year.end : quarter.start] in (" ", "-"):
            back = 0 if quarter.stated_end is not None else year.years_back
            out[i - 1 : i + 1] = [replace(quarter, start=year.start, years_back=back)]
    return tuple(out)


_FISCAL_YEAR_ENDED = re.compile(r"fiscal\s(?:year\s)?((?:19|20)\d\d)\s(?:ended|ending)\b", re.I)
_OF_GAP = re.compile(r"\s+of\s+", re.I)


_QUARTER_COUNT = {"two": 2, "three": 3, "four": 4}


def _ended(text: str, m: re.Match[str], date: dt.date | None = None) -> PeriodRef | None:
    """"<length> ended <date>": a period with a stated end (`date`, else the one `m` matched)."""
    date = date or parse_date(m)
    if date is None:
        return None
    before = text[max(0, m.start() - 80) : m.start()]
    lm = _LENGTH.search(before)
    if lm is None:
        return None
    start = m.start() - len(before) + lm.start()
    weeks = _WCOUNT[lm.group("pwc").lower()] if lm.group("pwc") else None  # "the second quarter (13 weeks) ended"
    if lm.group("ord") or lm.group("qn"):
        quarter = _ORD[lm.group("ord").lower()] if lm.group("ord") else int(lm.group("qn"))
        return PeriodRef(start, m.end(), months=3, weeks=weeks, quarter=quarter,
                         fiscal_year=_fy(lm, "fy", "fy0"), stated_end=date, kind="ended")
    if lm.group("mc") or lm.group("qc"):
        months = _MCOUNT[lm.group("mc").lower()] if lm.group("mc") else 3 * _QUARTER_COUNT[lm.group("qc").lower()]
        return PeriodRef(start, m.end(), months=months, weeks=weeks, stated_end=date, kind="ended")
    if lm.group("wc"):
        weeks = _WCOUNT[lm.group("wc").lower()]
        return PeriodRef(start, m.end(), months=min(12, round(weeks / 13) * 3) or None, weeks=weeks,
                         stated_end=date, kind="ended")
    if lm.group("ytd") or lm.group("ytd0"):  # "the year to date ended June 30, 2016": from the fiscal year's start
        return PeriodRef(start, m.end(), stated_end=date, kind="ytd")
    part = _PART_OF_THE_YEAR.search(text, max(0, start - 40), start) if lm.group("y") else None
    if part is not None and part.group("py") and not lm.group("y").lower().startswith("fiscal"):
        part = None  # "... for the fourth quarter of 2015 / Year ended December 31, 2016": a line of its own
    if part is not None:
        # "the third quarter and nine months of the year ended September 30, 2005": the nine months end there;
        # "net sales of $172,760,000 for Q4 last year which ended March 1, 2003": the quarter ends there; but
        # "the third quarter of the fiscal year ended March 31, 2015" ends a quarter before that year does
        # (not "the first quarter of its 2000 fiscal year, which ended August 31, 1999": a year named after the day is
        # not the year that ends there, the quarter is)
        named_after = part.group("py") is not None and date is not None and int(part.group("py")) > date.year
        # ("for the third quarter of its fiscal year, which ended June 30, 2000": the quarter, which a release reports)
        fiscal = lm.group("y").lower().startswith("fiscal") and not named_after and not _WHICH.search(lm.group())
        quarter = _ORD[part.group("ord").lower()] if part.group("ord") else int(part.group("qn") or 0) or None
        months = 3 if quarter else _MCOUNT[part.group("mc").lower()]
        try:
            end = shift_quarters(date, quarter - 4 if quarter else (months - 12) // 3) if fiscal else date
        except (ValueError, OverflowError):
            return None  # a year that would start before the calendar's first
        return PeriodRef(part.start(), m.end(), months=months, quarter=quarter, stated_end=end, kind="ended")
    months = 3 if lm.group("q") else 12 if lm.group("y") else 6 if lm.group("h") else None
    return PeriodRef(start, m.end(), months=months, weeks=weeks, stated_end=date, kind="ended")


_WHICH = re.compile(r",\s(?:which|that)\s", re.I)
_PART_OF_THE_YEAR = re.compile(rf"\b(?:(?P<mc>{_alt(_MCOUNT)})[\s-]months?|(?P<ord>{_ORDW})[\s-]quarter"
                               r"|(?-i:Q(?P<qn>[1-4])))\s(?:(?:of|in)\s(?:the\s|its\s)?(?:(?P<py>(?:19|20)\d\d)\s)?"
                               r"|(?:of\s)?last\s)$", re.I)


# "the last quarter", "its last quarter", "fiscal 2004's last quarter": the year's fourth
_OWN_BEFORE = re.compile(r"(?:\bthe|\bits|\bour|\btheir|['\u2019]s|\bfiscal|\d)\s$", re.I)


def _ref(kind: str, m: re.Match[str]) -> PeriodRef | None:
    s, e = m.start(), m.end()
    if kind == "ordinal_quarter":
        if m.group().lower() == "last quarter" and not _OWN_BEFORE.search(m.string, max(0, s - 20), s):
            return PeriodRef(s, e, months=3, quarters_back=1, kind="quarter_before")  # "$21.9 million last quarter"
        back = 1 if m.group("prev") else _ago(m)
        return PeriodRef(s, e, months=3, quarter=_ORD[m.group("ord").lower()], fiscal_year=_fy(m, "fy0", "fy1", "fy2"),
                         years_back=back, kind=kind)
    if kind == "q_quarter":
        quarter = int(next(q for q in m.group("qn", "qn2", "qn3", "qn4", "qn5") if q))
        return PeriodRef(s, e, months=3, quarter=quarter, fiscal_year=_fy(m, "fy", "fy2", "fy3") or _short_year(m),
                         kind=kind)
    if kind == "q_short":
        two_digits = m.group("yy") or m.group("yy2")
        return PeriodRef(s, e, months=3, quarter=int(m.group("qn") or m.group("qn2")),
                         fiscal_year=_fy(m, "fy") or _two_digit_year(two_digits), kind=kind)
    if kind == "same_period":
        unit = m.group("unit").lower()
        months = 3 if unit == "quarter" else _MCOUNT.get(re.split(r"[\s-]", unit)[0]) if "month" in unit else \
            3 * _QUARTER_COUNT[unit.split()[0]] if "quarters" in unit else None  # "the same three quarters"
        fy = _fy(m, "fy", "fy_in")  # "the comparable period in fiscal 2013", "the comparable fiscal 2013 period"
        # "For the same period, net income totaled ...": the period just spoken of, not a year before it
        opener = e == m.end("unit") and _SENTENCE_OPENER.search(m.string, 0, s) and m.string.startswith(",", e)
        # "Net income during the same period was $3.8 million": the subject's period, the one just spoken of
        subject = e == m.end("unit") and _SUBJECT_VERB.match(m.string, e) is not None
        back = 0 if fy or opener or subject else 1
        return PeriodRef(s, e, months=months, fiscal_year=fy, years_back=back, same=True, kind=kind)
    if kind == "year_period":
        return PeriodRef(s, e, fiscal_year=_fy(m, "fy", "fy2"), same=True, kind="same_period")
    if kind == "prior_quarter":
        unit = m.group("unit").lower()
        months = 3 if unit == "quarter" else 6 if ("half" in unit or "six" in unit) else 9 if "nine" in unit else None
        return PeriodRef(s, e, months=months, years_back=1, same=months is None, kind=kind)
    if kind == "months":
        return PeriodRef(s, e, months=_MCOUNT[m.group("mc").lower()], fiscal_year=_fy(m, "fy", "fy1", "fy2"),
                         years_back=_ago(m) or int(bool(m.group("prev"))), same=bool(m.group("prev")), kind=kind)
    if kind == "weeks":
        weeks = _WCOUNT[m.group("wc").lower()]
        ordinal = m.group("ord") or m.group("ord2")
        quarter = _ORD[ordinal.lower()] if ordinal else None
        return PeriodRef(s, e, months=3 if quarter else min(12, round(weeks / 13) * 3) or None, weeks=weeks,
                         quarter=quarter, fiscal_year=_fy(m, "fy", "fy1"),
                         years_back=_ago(m) or int(bool(m.group("prev"))), kind=kind)
    if kind == "quarters":
        count = _QUARTER_COUNT.get(m.group("qc").lower()) or int(m.group("qc"))
        return PeriodRef(s, e, months=3 * count, fiscal_year=_fy(m, "fy"), kind=kind)
    if kind == "half":
        return PeriodRef(s, e, months=6, fiscal_year=_fy(m, "fy", "fy1", "fy2"), years_back=_ago(m), kind=kind)
    if kind == "ytd":
        return PeriodRef(s, e, months=None, kind=kind)
    if kind == "quarter_before":
        return PeriodRef(s, e, months=3, quarters_back=1, kind=kind)
    if kind == "this_quarter":  # "the fiscal 1993 quarter": the quarter of that year the release reports
        return PeriodRef(s, e, months=3, fiscal_year=_fy(m, "fy"), kind=kind)
    if kind == "this_period":
        return PeriodRef(s, e, same=True, kind=kind)
    if kind == "year":
        named_year = _fy(m, "fy", "fy3", "fy4", "fy5", "fy6", "fy7", "fy8")
        return PeriodRef(s, e, months=12, fiscal_year=named_year or _short_year(m), kind=kind)
    if kind == "year_before":
        return PeriodRef(s, e, months=12, years_back=1, kind=kind)
    if kind == "this_year":
        return PeriodRef(s, e, months=12, kind=kind)
    if kind == "month_quarter":
        back = 1 if m.group("prev") else _ago(m)
        return PeriodRef(s, e, months=3, end_month=_MONTHS[m.group("mon").lower().rstrip(".")],
                         fiscal_year=_fy(m, "year"), years_back=back, kind=kind)
    if kind == "instant_month":
        return PeriodRef(s, e, instant=True, end_month=_MONTHS[m.group("mon").lower().rstrip(".")],
                         fiscal_year=_fy(m, "year"), kind=kind)
    if kind == "instant_end":
        return PeriodRef(s, e, instant=True, kind=kind)
    if kind == "instant_date":
        date = parse_date(m)
        return PeriodRef(s, e, instant=True, stated_end=date, kind=kind) if date else None
    if kind == "year_ago_instant":
        return PeriodRef(s, e, years_back=1, same=True, kind=kind)
    return None


_SENTENCE_OPENER = re.compile(r"(?:^|[.;:]\s+)(?:For|In|During|Over)\s(?:this\s)?$")  # "In this same period, ..."
_NUMERIC_DATE = re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])")


def header_dates(text: str) -> list[dt.date]:
    """Dates a column header states: "July 3, 2004", "Mar 28, 2020", "1/1/94"."""
    out = [d for m in _DATE_RE.finditer(text) if (d := parse_date(m)) is not None]
    return out + [d for m in _NUMERIC_DATE.finditer(text) if (d := _numeric_date(m)) is not None]


def _numeric_date(m: re.Match[str]) -> dt.date | None:
    """The day a match of `_NUMERIC_DATE` names, month first: "1/24/98"."""
    year = _two_digit_year(m.group("y")) if len(m.group("y")) == 2 else int(m.group("y"))
    try:
        return dt.date(year, int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


_ENDED_MONTH = re.compile(rf"\b(?:ended|ending)\s(?P<mon>{_MONTH})(?!\s?\d)", re.I)


def column_periods(text: str) -> list[PeriodRef]:
    """The periods a table's header cell names: not shorthand ("2Q21"), which heads summaries and breakdowns."""
    return [r for r in _named_periods(text) if r.kind != "q_short"]


_QUARTERS_ENDED = re.compile(r"\s*quarters\s(?:ended|ending)\b", re.I)


def header_ref(text: str, own_year: int | None = None) -> PeriodRef | None:
    """The period of a table column from its header text, top to bottom.

    The length comes from the words ("13 Weeks Ended", "4TH QUARTER", "Year Ended"); the end from the
    date among those stated whose year is the column's own ("July 3, 2004 and June 28, 2003" over
    "2003"); a date alone is a balance sheet instant.
    """
    refs = column_periods(text)
    dates = header_dates(text)
    if not dates and own_year is not None and (month := _ENDED_MONTH.search(text)):
        # "3 Months Ended December" over "2004": the month's last day in the column's year
        dates = [_month_end(own_year, _MONTHS[month.group("mon").lower().rstrip(".")])]
    if own_year is not None and len(dates) > 1:
        dates.sort(key=lambda d: (abs(d.year - own_year), d.year != own_year))
    length = next((r for r in refs if r.months or r.weeks), None)
    if length is None and (plural := _QUARTERS_ENDED.match(text)) is not None:
        length = PeriodRef(plural.start(), plural.end(), months=3, kind="quarters")  # "Quarters Ended September 30,"
    if dates and length is not None:
        return replace(length, kind="ended", stated_end=dates[0], instant=False)
    if dates:
        return PeriodRef(0, len(text), instant=True, stated_end=dates[0], kind="instant_date")
    return length


# -- calendar arithmetic -------------------------------------------------------------------------

def is_month_end(day: dt.date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


def _month_end(year: int, month: int) -> dt.date:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def shift_quarters(end: dt.date, quarters: int, weekly: bool | None = None) -> dt.date:
    """The end of the period `quarters` quarters later (earlier when negative).

    `weekly` says whether the company keeps a 52/53-week year; by default, whether `end` is not
    a month end.
    """
    if quarters == 0:
        return end
    if not (weekly if weekly is not None else not is_month_end(end)):
        return _month_end(end.year, end.month + 3 * quarters)
    return end + dt.timedelta(weeks=13 * quarters)


def start_of(end: dt.date, months: int, weeks: int | None = None, weekly: bool | None = None) -> dt.date:
    """The first day of a period of `months` (or a stated count of `weeks`) ending on `end`."""
    if weeks:
        return end - dt.timedelta(weeks=weeks) + dt.timedelta(days=1)
    if not (weekly if weekly is not None else not is_month_end(end)):
        first = _month_end(end.year, end.month - months) + dt.timedelta(days=1)
        return first
    return end - dt.timedelta(weeks=13 * months // 3) + dt.timedelta(days=1)


@dataclass(frozen=True)
class Resolved:
    period: Period
    inferred: tuple[str, ...]
    ref: PeriodRef


def resolve(ref: PeriodRef, anchor: Anchor | None, previous: Resolved | None, instant: bool) -> Resolved | None:
    """The period a mention names, for a concept that is an `instant` or a duration.

    `previous` is the period the text spoke of just before: "the same period" takes its length.
    Returns None when the words and the anchor do not pin the dates down, or when the arithmetic
    would leave the calendar.
    """
    try:
        return _resolve(ref, anchor, previous, instant)
    except (ValueError, OverflowError):
        return None


def _last_such_day(day: tuple[int, int] | None, anchor: Anchor | None) -> dt.date | None:
    """The last (month, day) on or before the release (or the period it reports on): "the quarter ended
    Dec. 31" in a release of January 24, 2003 ended on December 31, 2002."""
    if day is None or anchor is None:
        return None
    latest = anchor.release or anchor.end
    for year in (latest.year, latest.year - 1):
        try:
            found = dt.date(year, *day)
        except ValueError:
            continue  # February 29 in a year without it
        if found <= latest:
            return found
    return None


def _resolve(ref: PeriodRef, anchor: Anchor | None, previous: Resolved | None, instant: bool) -> Resolved | None:
    if ref.instant and not instant:
        return None
    if ref.weeks and not ref.months and ref.stated_end is None:
        return None  # "the four weeks of fiscal January": a month the arithmetic cannot place
    months, weeks = ref.months, ref.weeks
    if ref.kind == "ytd":
        # "year to date": from the fiscal year's start to the current period's end, never the quarter alone
        if anchor is None or anchor.quarter is None:
            return None
        months = 3 * anchor.quarter
    stated_end = ref.stated_end or _last_such_day(ref.end_day, anchor)
    end: dt.date | None = stated_end
    if end is None and ref.end_month is not None and anchor is not None:
        end = _in_month(anchor.end, ref.end_month, ref.fiscal_year)
        if 0 < (end - anchor.end).days <= 7:
            end = anchor.end  # "the March 2004 quarter" of a year of weeks, which ended on March 27, 2004
        if ref.years_back:
            end = shift_quarters(end, -4 * ref.years_back)
        elif ref.months and ref.fiscal_year is None and (anchor.end - end).days > 100:
            return None  # "the March quarter" in a release on December's: the coming one, an outlook
    if end is None and months == 12 and ref.kind == "months" and ref.fiscal_year is None and not ref.years_back and \
            previous is not None and previous.period.start is not None and _months_between(previous.period) == 12:
        end = previous.period.end  # "for the 12-month period" after "For the 12 months ended March 31, 1995": those
    if end is None and anchor is not None:
        base = anchor
        if (ref.same or months is None) and previous is not None and not previous.period.is_instant:
            months = months or _months_between(previous.period)
            base = replace(anchor, end=previous.period.end)
        elif (ref.same or months is None) and previous is not None and previous.period.is_instant:
            base = replace(anchor, end=previous.period.end)
        elif (ref.same or months is None) and not instant:
            months = months or anchor.months
        end = _end_from_anchor(ref, months, base, anchor)
    if end is None:
        return None
    if anchor is not None and end > (anchor.release or anchor.end):
        # a period that has not ended when the release was written is an outlook; with no release
        # date, nothing the release reports ends after the latest period it states
        return None
    stated = anchor.stated if anchor is not None else frozenset()
    if stated_end is None and anchor is not None:
        # table column dates first: prose also states shifted dates (comparable-store periods)
        end = _snap(end, anchor.tabled) if _snap(end, anchor.tabled) != end else _snap(end, stated)
    end_inferred = stated_end is None and end not in stated
    if instant:
        return Resolved(Period(end), ("instant",) if end_inferred else (), ref)
    if months is None and not weeks:
        return None
    weekly = None
    if anchor is not None:
        weekly = not is_month_end(anchor.end) or not is_month_end(end)
        if not weeks and months is not None:
            weeks = dict(anchor.week_lengths).get(months)
        if not weeks and months == 3 and anchor.quarter_weeks and \
                _quarter_number(ref, anchor) == anchor.quarter_weeks[0]:
            weeks = anchor.quarter_weeks[1]  # that quarter of any year: "the fourth quarter of 1998" too
            if weeks == 14 and end != anchor.end:
                weeks = 13  # (but a 14-week quarter closes a 53-week year, and the year before had 52)
    if not weeks and ref.same and previous is not None and (length := previous.period.start) is not None and (
            days := (previous.period.end - length).days + 1) % 7 == 0 and days // 7 in _SIXTEEN_TWELVE_WEEKS:
        # "the first half (28 weeks)", then "last year ... for the same period": a year of 16- and 12-week quarters
        # keeps its lengths (not a 53-week year's extra week)
        weeks = days // 7
    if not weeks and weekly and months in (6, 9) and anchor is not None and \
            dict(anchor.week_lengths).get(3) in _SIXTEEN_TWELVE_WEEKS:
        return None  # "the twelve week second quarter ended June 17, 2003", then "Year-to-date net income": 24 weeks or
        # 28, as the first quarter was 12 or 16 weeks long, which the text does not say
    start = start_of(end, months or 3, weeks, weekly)
    return Resolved(Period(end, start), ("start", "end") if end_inferred else ("start",), ref)


_SIXTEEN_TWELVE_WEEKS = frozenset({12, 16, 24, 28, 40})  # a year's periods of 16-, 12-, 12- and 12-week quarters


def _quarter_number(ref: PeriodRef, anchor: Anchor) -> int | None:
    """Which quarter of its fiscal year a quarter-long mention names: its own number, else the
    current quarter's, counted back ("the preceding quarter")."""
    if ref.quarter is not None:
        return ref.quarter
    current = anchor.quarter if anchor.quarter is not None else (4 if anchor.months == 12 else None)
    return None if current is None else (current - 1 - ref.quarters_back) % 4 + 1


def _snap(end: dt.date, stated: frozenset[dt.date]) -> dt.date:
    """A period end the document states, within a week of the computed one, wins over arithmetic.

    52/53-week years add a week every five or six years; the document's own dates say where.
    """
    near = [d for d in stated if abs((d - end).days) <= 7]
    return min(near, key=lambda d: (abs((d - end).days), d)) if near else end


def _months_between(period: Period) -> int:
    assert period.start is not None
    days = (period.end - period.start).days + 1
    return max(3, min(12, round(days / 30.4 / 3) * 3))


def _in_month(anchor_end: dt.date, month: int, year: int | None) -> dt.date:
    if year is None and month == anchor_end.month:
        return anchor_end
    year = year or (anchor_end.year if month <= anchor_end.month else anchor_end.year - 1)
    return _month_end(year, month)


def _end_from_anchor(ref: PeriodRef, months: int | None, base: Anchor, anchor: Anchor) -> dt.date | None:
    """Where a reference's period ends, counted in quarters from the anchor's end."""
    quarter = anchor.quarter if anchor.quarter is not None else (4 if anchor.months == 12 else None)
    fiscal_year = anchor.fiscal_year
    offset = -4 * ref.years_back - ref.quarters_back
    if ref.fiscal_year is not None:
        month_end = _nearest_month_end(base.end)
        if fiscal_year is None and (ref.same or ref.kind == "this_quarter") and month_end is not None \
                and month_end.month >= 3:
            # "the three-month period ended December 31, 2018 ... the same period in 2017": a period ending in
            # March to December is named by its year, whichever quarter of the company's year it is (not one
            # ending in January or February, which a retailer names by the year before); so is "the 2014 quarter"
            # beside "the quarter ended September 30, 2015 ("2015 Quarter")"
            fiscal_year = month_end.year
        elif ref.same and fiscal_year is not None and month_end is not None and month_end.month >= 3 and \
                fiscal_year - ref.fiscal_year >= 2 and month_end.year - ref.fiscal_year == 1:
            # "the quarter ended Dec. 31, 1992 (the first of fiscal 1993) ... compared to $1.4 million in the
            # comparable period of 1991": the period a year before, named by the calendar's year
            fiscal_year = month_end.year
        if fiscal_year is None and quarter in (2, 3) and months == 3 * quarter and base is anchor and \
                not ref.years_back and shift_quarters(anchor.end, 4 - quarter).year == ref.fiscal_year and \
                _month_end(ref.fiscal_year, months) > (anchor.release or anchor.end):
            # "the first six months of 1998" in a release on the second quarter ended January 24, 1998: not the
            # calendar's, not over yet, but the fiscal year's that ends in 1998, to the quarter's end
            return anchor.end
        if fiscal_year is None:
            return None
        offset = 4 * (ref.fiscal_year - fiscal_year)
        if base is not anchor and base.end != anchor.end:
            # "the same period in fiscal 2003": the base period already sits in its own year
            return shift_quarters(base.end, -4 * (fiscal_year - ref.fiscal_year))
    elif base is not anchor and (base.end != anchor.end or ref.same):
        # from the period spoken of: "the same period in the previous year" after "the twelve months ended
        # March 31, 2011" in a release on the first quarter is the twelve months before, not a fiscal year
        return _back_from(base.end, offset, anchor)
    if ref.quarter is not None:
        if quarter is None:
            return None if ref.quarter else None
        offset += ref.quarter - quarter
    elif months in (6, 9, 12) and ref.kind not in ("ytd",) and quarter is not None and months != 3 * quarter:
        if months == 12:
            offset += 4 - quarter if ref.fiscal_year is not None else (0 if quarter == 4 else -quarter)
        else:
            offset += months // 3 - quarter
    return _back_from(base.end, offset, anchor)


def _back_from(end: dt.date, offset: int, anchor: Anchor) -> dt.date:
    """`shift_quarters`, but for the year before a 53-week year the release states ("its 14-week fourth quarter and
    53-week fiscal 2000 ended February 3, 2001"), which ended 53 weeks earlier, not 52."""
    if offset == -4 and end == anchor.end and not is_month_end(end) and (
            dict(anchor.week_lengths).get(12) == 53 or anchor.quarter_weeks == (4, 14)):
        return end - dt.timedelta(weeks=53)
    return shift_quarters(end, offset)


# -- the anchor ----------------------------------------------------------------------------------

# (not "As previously announced"; "ROCHESTER, N.Y.--Feb. 4, 1999----": a wire's dashes)
_TODAY = re.compile(r"\btoday\b|(?<!previously\s)(?<!recently\s)\b(?:announced|reported|released)\b"
                    r"|\bPRNewswire|/Business\sWire|\s--\s|\s-\s|\u2014|\s\u2013\s|(?<=[\w.)])--(?=\w)|(?<=\d)\s-(?=(?-i:[A-Z]))"
                    r"|(?<=\d{4}):\s", re.I)  # "Reno, Nevada, October 28, 2003: Acme Gold Ltd. is pleased to announce"


_TODAY_WORD = re.compile(r"\btoday\b")  # in a sentence, not a headline's "Today"
_AFTER_DATELINE = re.compile(r"\s?(?:--|-\s|\u2013|\u2014|/)")
_SUBJECT_VERB = re.compile(r"\s(?:was|were|totaled|totalled|amounted|increased|decreased|rose|fell|grew|declined)\b",
                           re.I)
_PERIOD_WORDS = re.compile(r"\b(?:end|ended|ending|quarter|year|month|months|period|through|as\sof|at)\b", re.I)


_COMPARED = re.compile(r"(?<![\w-])(?:" + _alt(m for m in _V["comparison_markers"]
                                               if m not in _V["markers_before_an_amount"]) + r")(?![\w-])", re.I)


# "down 9.1 percent from the $45.4 million, or $0.68 per share, for the 1994 first quarter": an amount compared with
_FROM_AN_AMOUNT = re.compile(r"\b(?:from|over|against)\s(?:the\s|a\s)?(?:[a-z-]+\s)?\$", re.I)


def _sentence_start(text: str, position: int) -> int:
    return max(text.rfind(". ", 0, position), text.rfind("; ", 0, position)) + 1


def _in_comparison(text: str, position: int) -> bool:
    """Whether the sentence holding `position` compares with it: "$15.3 million compared to $9.5
    million for the first quarter" names the quarter before, not the one reported."""
    return bool(_COMPARED.search(text, _sentence_start(text, position), position))


_FORWARD = vocab.phrases(_V["forward_looking"])
# "Target Corporation (NYSE: TGT) today reported ...": a capitalized word of a company's name
_A_COMPANY_AFTER = re.compile(r"(?:\s[A-Z][\w&'-]*){0,3}\s(?:Corporation|Corp\.|Inc\.|Incorporated|Company|Co\.|Group"
                              r"|Holdings|Ltd\.|Limited)(?!\w)")


_MET_BEFORE = re.compile(r"\b(?:in\sline\swith|consistent\swith|within|exceed(?:ed|ing)|above|below|met|meeting)\s"
                         r"(?:the\s|its\s|our\s)?(?:[A-Z][\w&.-]*['\u2019]s?\s)?(?:(?:previously|recently)\s"
                         r"(?:announced|issued|provided|stated)\s|prior\s|earlier\s|original\s|updated\s)?$", re.I)


def forward_words(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The words in `text[start:end]` that look ahead ("expects", "outlook", "target"), but for those naming a
    company ("Target Corporation", "Outlook Group Corp.") and guidance a result is measured against."""
    for m in _FORWARD.finditer(text, start, len(text) if end is None else end):
        if m.group()[0].isupper() and _A_COMPANY_AFTER.match(text, m.end()):
            continue
        if m.group().lower() in ("guidance", "outlook") and _MET_BEFORE.search(text, max(0, m.start() - 70), m.start()):
            continue  # "net sales were $41.2 million, in line with the Company's previously announced guidance": past
        yield m


# ("In 1988, as the economy improves, we will continue with these strategies": a year still to come)
_WILL = re.compile(r"\bwill\b", re.I)


def _sentence_end(text: str, position: int) -> int:
    """Where the sentence holding `position` ends (see `_sentence_start`)."""
    ends = [end for end in (text.find(". ", position), text.find("; ", position)) if end >= 0]
    return min(ends, default=len(text))


def _looking_ahead(text: str, position: int) -> bool:
    """Whether the sentence holding `position` looks ahead to it: "projects that earnings per share will
    range from $0.63 to $0.66 for the quarter ending June 30" names a period not yet reported."""
    return next(forward_words(text, _sentence_start(text, position), position), None) is not None


# "the quarter ended Dec. 28" with no year: the year comes from the release's date
_YEARLESS = re.compile(rf"(?=[{''.join(sorted({m[0] for m in _MONTHS}))}])(?P<mon>{_MONTH})\s(?P<day>\d{{1,2}})"
                       r"(?:st|nd|rd|th)?(?!\d|,?\s?(?:19|20)\d\d|,?\s(?:of\s)?(?:last|the\sprior|the\sprevious|a\syear)\b)",
                       re.I)


_ENDED_WORD = re.compile(r"ended", re.I)
_ENDED_OR_ENDING = re.compile(r"end(?:ed|ing)\b", re.I)
_MONTHS_WORD = re.compile(r"months", re.I)


def _release_date(paragraphs: list[str]) -> tuple[dt.date, int] | None:
    """The dateline's date, before "today" or the wire's name (not "retroactive to January 1"). A
    dateline without a year ("ST. LOUIS, Oct. 19 /PRNewswire/") takes the year that puts it within
    `_CALENDAR_DAYS` after the first period end the release states or names at its top. With the date, the number of
    the paragraph that gives it."""
    undated_today = False  # "... today announced results ..." without a date: a later date is another day's
    # "On January 15, 1999, X released its earnings": the day, unless a letterhead dates the release
    event_day: tuple[dt.date, int] | None = None
    for n, text in enumerate(paragraphs[:40]):
        cue = _TODAY.search(text)
        if cue is None:
            continue
        if undated_today:
            break  # "As previously announced, on February 8, 2016, ... Financial data reported in this release"
        # the date the dateline's dash or wire follows ("Tuesday July 19, 2008 SPRINGDALE, Ark.--July 19, 2005--"),
        # else the first
        # (not "... reported net sales for the quarter ended July 31, 2010": a period's end)
        dates = [d for d in _DATE_RE.finditer(text, 0, cue.end() + 40)
                 if not _ENDS_BEFORE.search(text, max(0, d.start() - 12), d.start())]
        undated_today = not dates and bool(_TODAY_WORD.search(text))
        m = next((d for d in dates if _AFTER_DATELINE.match(text, d.end())), dates[0] if dates else None)
        if m and (day := parse_date(m)) is not None:
            if not _EVENT_BEFORE.search(text, max(0, m.start() - 14), m.start()):
                return day, n
            event_day = event_day or (day, n)
            continue
        if m is None and (day := _numeric_dateline(text, cue.end() + 40)) is not None:
            return day, n
        yearless = _YEARLESS.search(text, 0, cue.end() + 40)
        if m is None and yearless is not None:
            month, day_of_month = _MONTHS[yearless.group("mon").lower().rstrip(".")], int(yearless.group("day"))
            # "Apr 18, 2002, 01:00 ET from ..." above "OMAHA, April 18 /PRNewswire/": that day written in full
            written = next((d for top in paragraphs[: n + 1] for full in _DATE_RE.finditer(top)
                            if (d := parse_date(full)) is not None and (d.month, d.day) == (month, day_of_month)), None)
            if written is not None:
                return written, n
            # else the periods the headline and the dateline's paragraph name, not an outlook's ("- Sales outlook for
            # Q1 of fiscal 2010 expected to range from ..."), nor a comparison's ("revenues for the quarter were $1.95
            # billion compared to $2.06 billion in 2002", "down 9.1 percent from the $45.4 million ... for the 1994
            # first quarter"), nor a cover page's ("THE SECURITIES EXCHANGE ACT OF 1934"
            # further up); a stated end a few paragraphs down too
            named = [(k, ref, end) for k, top in enumerate(paragraphs[max(0, n - 6) : n + 6], max(0, n - 6))
                     for ref in _named_periods(top)
                     if (end := _named_end(ref)) and not _COMPARED_BEFORE.search(top, max(0, ref.start - 40), ref.start)
                     and not _in_comparison(top, ref.start) and not _FROM_AN_AMOUNT.search(
                         top, _sentence_start(top, ref.start), ref.start) and not _looking_ahead(top, ref.start)
                     and not _WILL.search(top, ref.end, _sentence_end(top, ref.end))
                     and (k < n + 3 or ref.stated_end is not None)]
            # a stated end first ("the first quarter ending March 31, 2002" a few paragraphs down, not a bullet's
            # "first quarter 2001 results included ..."), then the latest: a release names the periods before the
            # one it reports ("Excluding non-recurring items in the fourth quarter of 2004" above "For the 2005
            # calendar year"), not those after it (an outlook's are left out above)
            ends = [end for _, _, end in sorted(named, key=lambda item: (item[1].stated_end is None,
                                                                         -item[2].toordinal()))]
            # "today reported improved second-quarter results ..., compared to the same quarter of 1992": the release's
            # year comes after the one its period is compared with, so a period of that year is the one compared
            compared_year = _compared_year(paragraphs[max(0, n - 6) : n + 1])
            if compared_year is not None and ends and not (ends := [end for end in ends if end.year > compared_year]):
                with suppress(ValueError):
                    return dt.date(compared_year + 1, month, day_of_month), n
            if compared_year is not None and not ends:
                # "said second-quarter sales increased ... from $65.9 million in the 1992 quarter", no year named
                # otherwise: the quarter of the year after
                ends = [_month_end(compared_year + 1, 3 * ref.quarter) for ref in _named_periods(text)
                        if ref.kind == "ordinal_quarter" and ref.quarter and ref.fiscal_year is None
                        and not ref.years_back and not _in_comparison(text, ref.start)][:1]
            for end in ends:
                for year in (end.year, end.year + 1):
                    try:
                        day = dt.date(year, month, day_of_month)
                    except ValueError:
                        continue
                    if 0 <= (day - end).days <= _CALENDAR_DAYS:
                        return day, n
            break  # a letterhead may still date it ("For Immediate Release: Nov. 5, 2008")
    for n, text in enumerate(paragraphs[:6]):
        if (said := _RELEASED_ON.search(text)) is not None and (day := parse_date(said)) is not None:
            return day, n  # "For Immediate Release: Nov. 5, 2008"
        # "FOR IMMEDIATE RELEASE / Friday, March 5, 2010 / 7:30 A.M. CST": a date on a line of its own, or
        # closing the letterhead's lines ("410 Main Street, Enid, Oklahoma / For Immediate Release / May 6, 2016")
        m = _DATE_RE.search(text)
        if m is not None and (len(text) <= 80 or len(text) <= 200 and m.end() == len(text.rstrip())) \
                and not _PERIOD_WORDS.search(text) and (day := parse_date(m)) is not None:
            return day, n
    return event_day


# "SALEM, OR -- (Marketwire) -- 10/22/14 --": a date written in figures, month first, between a dateline's dashes
_NUMERIC_DATELINE = re.compile(r"(?:--|[-\u2013\u2014(])\s?(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/"
                               r"(?P<y>(?:19|20)\d\d|\d\d)\s?(?:--|[-\u2013\u2014)])")


_RELEASED_ON = re.compile(rf"\brelease(?:\sdate)?\s?[:\u2013\u2014-]\s?(?:[A-Z][a-z]+day,?\s)?{_DATE_START}{DATE}",
                          re.I)


def _numeric_dateline(text: str, end: int) -> dt.date | None:
    """The release date a dateline writes in figures; a two-digit year is of this century below 50."""
    m = _NUMERIC_DATELINE.search(text, 0, end)
    if m is None:
        return None
    year = int(m.group("y"))
    year += 0 if year >= 100 else 2000 if year < 50 else 1900
    try:
        return dt.date(year, int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def _ended_without_length(found: list[tuple[int, PeriodRef, str]],
                          release: dt.date | None) -> list[tuple[int, PeriodRef, dt.date]]:
    """The "period ended <date>" mentions outside comparisons that say no length ("the year-to-date period"),
    with their paragraph's number and their end."""
    return [(n, ref, ref.stated_end) for n, ref, text in found if ref.kind in ("ended", "ytd") and not ref.months
            and ref.stated_end is not None and (release is None or ref.stated_end <= release)
            and not (n >= 0 and _in_comparison(text, ref.start))]


def _named_end(ref: PeriodRef) -> dt.date | None:
    """Where a period a release names ends: its stated end, or a calendar quarter's, half's ("the first half of 2006"),
    nine months' or year's."""
    if ref.kind == "ended":
        return ref.stated_end
    quarter = 4 if ref.kind == "year" else ref.quarter if ref.kind in ("ordinal_quarter", "q_quarter") else \
        ref.months // 3 if ref.kind in ("half", "months") and ref.months in (6, 9) else None
    if ref.fiscal_year is None or ref.years_back or quarter is None:
        return None
    return _month_end(ref.fiscal_year, 3 * quarter)


def _yearless_ended(text: str, release: dt.date, after: bool = False) -> list[PeriodRef]:
    """Periods "ended <month> <day>" without a year: the last such day on or before the release (or,
    `after`, the first such day about a year or more after the given date, the end of a period a year back: "the
    fiscal year ended July 2" beside "the preceding year's fiscal year ended June 26, 1993" ended in 1994)."""
    out: list[PeriodRef] = []
    if not _ENDED_WORD.search(text):
        return out
    for m in _YEARLESS.finditer(text):
        if not text[max(0, m.start() - 7) : m.start()].lower().endswith("ended "):
            continue
        try:
            day = dt.date(release.year, _MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("day")))
            if after and (day - release).days < 300:
                day = day.replace(year=release.year + 1)
            elif not after and day > release:
                day = day.replace(year=release.year - 1)
        except ValueError:
            continue  # February 29 in a year without it; a day before the calendar's first year
        ref = _ended(text, m, day)
        if ref is not None:
            out.append(ref)
    return out


_RESULTS = re.compile(r"\b(?:results|reports?|reported|earnings|announces?|net\s(?:income|loss)|revenues?|sales"
                      r"|highlights)\b", re.I)  # "Full-Year 2019 Highlights" too
_FISCAL = re.compile(r"\b(?:fiscal|fy)", re.I)
_FISCAL_WORD = re.compile(r"\bfiscal\b", re.I)
_FISCAL_RELEASE_DAYS = 45  # a calendar quarter's results are out within some six weeks
_AND_THEN = re.compile(r"\s(?:and|&)\s(?:the\s)?", re.I)  # "Fourth Quarter and Fiscal Year 2004"
# an amount or a comparison before a period in its sentence: "down 1 percent from the second quarter of 2010" (not a
# change alone: "reported an increase of 12.4% in net income for the fourth quarter of 1995")
# (or "Earnings were level with third quarter of 1995")
_FIGURE_OR_COMPARISON = re.compile(r"\$|\b(?:from|than|versus|vs|compared|comparison|over|against|ago"
                                    r"|(?:level|flat|even|in\sline|consistent|on\spar)\swith)\b", re.I)
_FROM_BEFORE = re.compile(r"\b(?:from|compared|versus|vs)\b", re.I)
_CALENDAR_DAYS = 75  # a release follows the period it reports on within weeks, not months
_YEAR_END_DAYS = 100  # a year's results (audited) may take longer: "Fourth Quarter 2007 Results" on March 19, 2008
_YEARLESS_DAYS = 45  # and a quarter it names without a year, within the weeks a quarterly report is due
_STALE_DAYS = 366  # nor a year after it
# what stands before the period a change is measured from: "over the same quarter in 2003", "level with its 1994",
# "$0.01, same as the first quarter of 2008"
COMPARED_OBJECT = (r"\b(?:over|versus|vs\.?|than(?:\s(?:in|for|during))?|(?:level|consistent|in\sline|flat)\swith"
                   r"|compared\s(?:to|with)|(?:unchanged\s)?from|(?:the\s)?same\sas)\s"
                   r"(?:its\s|the\s)?$")  # "28 percent higher, respectively, than in the fourth quarter of 1998"
_COMPARED_BEFORE = re.compile(COMPARED_OBJECT, re.I)


# "the 52 weeks ended February 2, 2008 (fiscal year 2007)", "fiscal 2007, which ended February 2, 2008"
_FISCAL_LABEL = re.compile(
    rf"{_DATE_START}(?:{DATE})\s?\(\s?fiscal\s(?:year\s)?(?P<fy>{_YEAR})\s?\)"
    rf"|\b(?:fiscal\s(?:year\s)?(?P<fy2>{_YEAR})|(?P<fy3>{_YEAR})\sfiscal\syear),?\s\(?(?:which\s)?(?:ended|ending)\s"
    rf"(?:on\s)?{DATE.replace('?P<', '?P<x')}",
    re.I)


def _labelled_fiscal_year(paragraphs: list[str], end: dt.date) -> int | None:
    """The number the release gives the fiscal year holding `end`, where it names a stated end's year
    ("the 52 weeks ended January 30, 2010 (fiscal year 2009)"): retailers' years ending in January
    are named by the year they begin in, others' by the year they end in."""
    for text in paragraphs:
        if "fiscal" not in text.lower():
            continue
        for m in _FISCAL_LABEL.finditer(text):
            if m.group("fy"):
                day = parse_date(m)
                label = int(m.group("fy"))
            else:
                day = parse_date(m, "x")
                label = int(m.group("fy2") or m.group("fy3"))
            if day is not None:
                return label + round((end - day).days / 365.25)
    return None


def _may_end(ref: PeriodRef, end: dt.date) -> bool:
    """Whether an ordinal quarter could be the one ending on `end`: "the first quarter of 2004" cannot end
    on December 31, 2004 (that year's first quarter would end in 2003, or in the fiscal year 2005)."""
    if ref.fiscal_year is None or ref.quarter is None:
        return True
    # (a quarter of weeks ending mid-month, "the twelve weeks ended Sept. 11, 1993": as if at that month's end)
    month = _nearest_month_end(end) or _month_end(end.year, end.month)
    try:
        year_end = _month_end(month.year, month.month + 3 * (4 - ref.quarter))
    except ValueError:
        return True
    # a year ending in January or February may be named by the year it starts in
    return ref.fiscal_year in {year_end.year, year_end.year - 1 if year_end.month <= 2 else year_end.year}


def _nearest_month_end(day: dt.date) -> dt.date | None:
    """The month end within a week of `day`: December 30, 2001 and January 3, 2004 end Decembers."""
    for months_back in (0, 1):
        try:
            candidate = _month_end(day.year, day.month - months_back)
        except ValueError:
            continue  # the month before January of the year 1
        if abs((candidate - day).days) <= 7:
            return candidate
    return None


def _calendar_end(ref: PeriodRef, text: str, release: dt.date) -> list[tuple[dt.date, int, int]]:
    """Where "the fourth quarter of 2003" or "for 2003" ends if the company's year is the calendar's,
    when that end came shortly before the release (never for a "fiscal" year, which may end in any month).
    A quarter of no year ("MACON, Ga. (April 24, 2006) ... reported today net income for the first quarter")
    is the one of that number that ended within `_YEARLESS_DAYS` before the release."""
    if ref.years_back or ref.kind not in ("ordinal_quarter", "q_quarter", "q_short", "year") or (
            ref.fiscal_year is None and (ref.quarter is None or ref.kind == "year")):
        return []
    if _FISCAL.search(text, max(0, ref.start - 12), ref.end):
        return []
    quarter = ref.quarter if ref.kind != "year" else 4
    stop = text.find(". ", ref.end)
    if quarter is None or not _RESULTS.search(text, _sentence_start(text, ref.start), stop if stop >= 0 else len(text)):
        return []  # only the period whose results the release reports: "Reports Third Quarter 2015 Results"
    if ref.fiscal_year is None:
        ends = [_month_end(year, 3 * quarter) for year in (release.year - 1, release.year) if year >= dt.MINYEAR]
        return [(end, 3, quarter) for end in ends if 0 <= (release - end).days <= _YEARLESS_DAYS]
    end = _month_end(ref.fiscal_year, 3 * quarter)
    if not 0 <= (release - end).days <= (_YEAR_END_DAYS if quarter == 4 else _CALENDAR_DAYS):
        return []
    return [(end, 12 if ref.kind == "year" else 3, quarter)]


def _balance_end(ref: PeriodRef, text: str, balance: set[dt.date]) -> list[tuple[dt.date, int, int]]:
    """With no release date, a period the top of the release names that ends on the day a balance is given at:
    "results for the second quarter and first six months of 2015" beside "Cash and investments were $77.5 million
    as of June 30, 2015" (the quarter's year from the balance's when it names none)."""
    if ref.years_back or _FISCAL.search(text, max(0, ref.start - 12), ref.end):
        return []
    if ref.kind in ("months", "half") and ref.fiscal_year is not None and ref.months in (6, 9, 12):
        end = _month_end(ref.fiscal_year, ref.months)
        return [(end, ref.months, ref.months // 3)] if end in balance else []
    quarter = 4 if ref.kind == "year" else ref.quarter
    if quarter is None:
        return []
    years = [ref.fiscal_year] if ref.fiscal_year is not None else sorted({day.year for day in balance})
    return [found for year in years if (end := _month_end(year, 3 * quarter)) in balance
            for found in _calendar_end(replace(ref, fiscal_year=year), text, end)]


_PAST_END = re.compile(r"\bended\b", re.I)
# "up by 18.0 percent from the $12,532,000 earned in the year ended May 29, 1992": the period of the figure compared
# with
_COMPARED_FIGURES_PERIOD = re.compile(r"\b(?:from|over|against|compared\s(?:to|with)|versus)\s(?:the\s)?\$\s?[\d,.]+"
                                      r"(?:\s(?:million|billion))?\s(?:earned|reported|recorded|posted)\s"
                                      r"(?:in|for|during)\s(?:the\s)?$", re.I)


def _compared_year(paragraphs: list[str]) -> int | None:
    """The latest year whose same period the release compares with ("compared to the same quarter of 1992"): the
    release reports a later one. Only of a release on calendar years: a fiscal year may end in the next calendar one."""
    if any(_FISCAL.search(text) for text in paragraphs):
        return None
    # (or "... increased to $68.2 million from $65.9 million in the 1992 quarter")
    return max((r.fiscal_year for text in paragraphs for r in _named_periods(text)
                if r.kind in ("same_period", "this_quarter") and r.fiscal_year and (_in_comparison(text, r.start) or (
                    _FROM_AN_AMOUNT.search(text, _sentence_start(text, r.start), r.start)))), default=None)


def find_anchor(paragraphs: list[str], headers: list[PeriodRef] | tuple[PeriodRef, ...] = (),
                filed: dt.date | None = None) -> Anchor | None:
    """The current period: the latest stated period end not after the release date.

    `headers` are the periods of table columns (`header_ref`), read beside the prose: a release may
    state its period only in its tables ("4TH QUARTER 1993 1/1/94"). `filed` is the day an EDGAR
    submission was filed: the release date when the text gives none (a release furnished without a
    dateline is filed within days of being issued).
    """
    paragraphs = [text[:20_000] for text in paragraphs]  # as the prose extractor reads them
    dated = _release_date(paragraphs)
    if dated and any(ref.kind == "ended" and ref.stated_end is not None and ref.stated_end > dated[0]
                     and _PAST_END.search(paragraphs[dated[1]], ref.start, ref.end)
                     and not _looking_ahead(paragraphs[dated[1]], ref.start)
                     for ref in _named_periods(paragraphs[dated[1]])):
        # "SAN ANTONIO - March 12, 2007 - ... today reported financial results for the quarter ended March 31, 2007": a
        # dateline dated before the end of the quarter it reports is misprinted; the stated end holds
        dated = None
    release = dated[0] if dated else filed
    compared_year = _compared_year(paragraphs[:12])
    # the headline and the dateline's paragraph: the first twelve, and the dateline's and the next after a letterhead's
    # contact lines (not a cover page's "THE SECURITIES EXCHANGE ACT OF 1934")
    top = set(range(12)) | ({dated[1], dated[1] + 1} if dated else set())
    ended: list[PeriodRef] = []
    ordinals: list[PeriodRef] = []
    stated: set[dt.date] = set()
    tabled: set[dt.date] = set()
    compared: list[PeriodRef] = []  # ordinals a comparison names: "compared to ... the first quarter"
    compared_ended: list[PeriodRef] = []
    calendar: list[tuple[dt.date, int, int]] = []  # (end, months, quarter) of "fourth quarter of 2003", "for 2003"
    yearless: list[tuple[dt.date, int, int]] = []  # and of a quarter of no year: "net income for the first quarter"
    undated: list[tuple[dt.date, int, int]] = []  # and of those the headline names when no date is given
    # (paragraph number or -1 for a table header, reference, its text)
    found = [(n, ref, text) for n, text in enumerate(paragraphs) for ref in _named_periods(text)] + [
        (-1, r, "") for r in headers]
    if release is not None:
        found += [(n, ref, text) for n, text in enumerate(paragraphs) for ref in _yearless_ended(text, release)]
    found = [(n, ref, text) for n, ref, text in found if n < 0 or not _looking_ahead(text, ref.start)]
    # "as of June 30, 2015" (not one compared with: "as compared to $8.1 billion as of December 31, 2020")
    balance = {r.stated_end for n, r, text in found if n >= 0 and r.kind == "instant_date"
               and not _in_comparison(text, r.start)}
    quarter_weeks = next(((r.quarter, r.weeks) for n, r, text in found if r.kind == "weeks" and r.quarter and r.weeks
                          and n >= 0 and not _in_comparison(text, r.start)), None)
    for n, ref, text in found:
        in_table = n < 0
        if ref.stated_end is not None and ref.kind in ("ended", "ytd"):
            stated.add(ref.stated_end)
            if in_table:
                tabled.add(ref.stated_end)
        if ref.kind == "ended" and (release is None or ref.stated_end <= release) and ref.months and not (
                compared_year is not None and ref.stated_end.year <= compared_year):
            # not "the four weeks ended ...": a month's sales, not the period reported; and one a comparison
            # names ("compared to the quarter ended December 31") only when nothing else is stated
            (compared_ended if n >= 0 and (_in_comparison(text, ref.start) or _COMPARED_FIGURES_PERIOD.search(
                text, max(0, ref.start - 80), ref.start)) else ended).append(ref)
        elif ref.kind in ("ordinal_quarter", "q_quarter", "q_short") and not ref.years_back:
            (compared if _in_comparison(text, ref.start) else ordinals).append(ref)
        if release is not None and n in top and not _in_comparison(text, ref.start):  # headline, dateline
            (calendar if ref.fiscal_year is not None else yearless).extend(_calendar_end(ref, text, release))
        elif release is None and n in top and not _in_comparison(text, ref.start):
            if balance:
                calendar.extend(_balance_end(ref, text, balance))
            if ref.fiscal_year is not None and ref.quarter is not None and not _FIGURE_OR_COMPARISON.search(
                    text, _sentence_start(text, ref.start), ref.start):
                # with no date at all, the quarter with its year whose results the headline or a sentence opening on
                # it reports ("Reports Third Quarter 2023 Net Income of $11.2 Million", "In Q4 of 2022, sales
                # increased"), if the company's year is the calendar's; not a quarter named after a figure ("down 1
                # percent from the second quarter of 2010"), nor a bare year ("under the Securities Act of 1933")
                undated.extend(_calendar_end(ref, text, _month_end(ref.fiscal_year, 3 * ref.quarter)))
    if any(_FISCAL.search(text) for text in paragraphs):
        undated = []  # "the third quarter of fiscal 2004" anywhere: the company's year may end in any month
    if undated and any(ref.fiscal_year is not None and ref.quarter is not None and not ref.years_back
                       and _month_end(ref.fiscal_year, 3 * ref.quarter) > max(end for end, _, _ in undated)
                       for n, ref, _ in found if n >= 0):
        # "Non-GAAP adjusted revenue, which in the first quarter of 2022 includes ...", with "the first quarter 2023"
        # named later on: which quarter is reported, no date says
        undated = []
    # "the fourth quarter and year end 1998": the year named holds
    # "the third quarter of 2006" beside "the third quarter of fiscal 2006", released two months after the calendar's
    # quarter ended: the quarter of a year that ends later than the calendar's
    fiscal = {(r.quarter or 4, r.fiscal_year) for n, r, text in found if n >= 0 and r.fiscal_year is not None
              and _FISCAL_WORD.search(text, max(0, r.start - 12), r.end)}
    calendar = [c for c in calendar if (c[2], c[0].year) not in fiscal
                or release is None or (release - c[0]).days <= _FISCAL_RELEASE_DAYS]
    calendar = calendar or yearless or undated
    if not ended and not calendar:
        # "net income of $7.5 million for the third quarter of 2010 ... for the year-to-date period ended
        # September 30, 2010": a stated end of no stated length, which a quarter the text names ends on
        lengthless = _ended_without_length(found, release)
        ordinal_ids = {id(o) for o in ordinals}  # by identity: one mention, in the paragraph it stands in
        for n, ref, text in found:
            if id(ref) not in ordinal_ids or ref.quarter is None:
                continue
            # "the first quarter of fiscal year 2004 for the period ended December 27, 2003", "its third quarter
            # results for the period ending April 28, 2001": a fiscal quarter before the end its sentence names;
            # else one whose calendar quarter ends there
            beside = [d for m, r, d in lengthless if m == n and 0 <= r.start - ref.end <= 160
                      and ". " not in text[ref.end : r.start] and _may_end(ref, d)]
            near = beside or [d for _, _, d in lengthless if ref.fiscal_year is not None
                              and abs((d - _month_end(ref.fiscal_year, 3 * ref.quarter)).days) <= 7]
            if near:
                end = max(near)
                fiscal_year = ref.fiscal_year or next((r.fiscal_year for r in ordinals if r.quarter == ref.quarter
                                                       and r.fiscal_year and _may_end(r, end)), None)
                return Anchor(end=end, months=3, quarter=ref.quarter, fiscal_year=fiscal_year, release=release,
                              stated=frozenset(stated), tabled=frozenset(tabled))
    if not ended and not calendar and compared_ended and release is None:
        # "For the year ended Jan. 29, net income was ... compared to ... for the year ended Jan. 30, 2009":
        # the period a comparison names is past; the year-less end is the first such day after it
        after = max(r.stated_end for r in compared_ended if r.stated_end is not None)
        ended = [ref for text in paragraphs for ref in _yearless_ended(text, after, after=True)
                 if ref.months and ref.stated_end is not None and ref.stated_end > after]
    if release is not None and all((release - r.stated_end).days > _STALE_DAYS for r in ended):
        # "results for the fourth quarter and year end 2001" released January 17, 2002, beside a footnote on
        # "the year ended Dec. 31, 2000": a stated end more than a year before the release is an earlier period
        # (with no other period named too: "During the quarter ended October 31, 2020, ... recorded an
        # impairment" in a release of December 2021 on its second fiscal quarter)
        ended = []
    if ended and calendar and max(c[0] for c in calendar) > max(r.stated_end for r in ended if r.stated_end) and all(
            _FROM_BEFORE.search(text, _sentence_start(text, r.start), r.start) for n, r, text in found
            if n >= 0 and any(r is e for e in ended)):
        # "first quarter 2011 net income increased to $5.1 million ... The net interest margin has decreased to 3.70%
        # in the first quarter of 2011, from 3.85% for the quarter ended December 31, 2010": a stated end a change
        # is measured from, before the quarter the release names
        ended = []
    if not ended:
        if not calendar:
            return None  # not a comparison's period end alone: the release reports on a later one
        end, months, quarter = max(calendar, key=lambda c: (c[0], -c[1]))
        if months in (6, 9) and any(r.quarter == quarter and r.fiscal_year == end.year - 1 for r in compared):
            # "the first nine months of 2017" beside figures "compared to $33.9 million in the third quarter of 2016":
            # the quarter is reported, its year to date beside it
            months = 3
        # "results for the fiscal period ended December 29, 2007" beside "the fourth quarter of 2007"; so too a date
        # over a table's column ("Apr 3, 2010" below "1st Quarter") beside "first quarter 2010"
        named = end.year  # (the year named, not the snapped end's: "fourth quarter and full year 2008 ... for the
        # period ended January 3, 2009" is of fiscal 2008)
        end = _snap(end, frozenset(stated) | {r.stated_end for n, r, _ in found if n < 0 and r.kind == "instant_date"
                                              and r.stated_end is not None})
        return Anchor(end=end, months=months, quarter=quarter, fiscal_year=named, release=release,
                      stated=frozenset(stated), quarter_weeks=quarter_weeks)
    best = max(ended, key=lambda r: (r.stated_end, r.months == 3))
    end = best.stated_end
    assert end is not None
    if release is None and any(r.fiscal_year and r.quarter and (_month_end(r.fiscal_year, 3 * r.quarter) - end).days
                               > _STALE_DAYS for r in ordinals):
        # "For the third quarter of 2021, net revenues increased ... During the quarter ended September 30,
        # 2019, ... recorded an impairment": with no release date, an end years before the quarter the
        # release names is a passing mention, not the period reported
        return None
    current = [r for r in ended if r.stated_end == end]
    shortest = min(current, key=lambda r: (r.months or 12, r.weeks or 99))
    months = shortest.months or 3
    listed = [length for _, r, text in found if any(r is c for c in current) and (length := listed_length(text, r))]
    weeks: dict[int, int] = {}  # of each length in months, the fewest weeks stated
    for r in current + listed:
        if r.months and r.weeks:
            weeks[r.months] = min(r.weeks, weeks.get(r.months, r.weeks))
    quarter = next((r.quarter for r in current if r.quarter), None)
    fiscal_year = next((r.fiscal_year for r in current if r.fiscal_year), None)
    if quarter is None and months in (6, 9) and any(r.quarter == months // 3 for r in ordinals):
        # "the six months ended June 30, 2003" beside "the 2003 second quarter": a release on the quarter
        quarter, months = months // 3, 3
    if quarter is None and months == 3 and any(r.months == 12 and not _MONTHS_WORD.search(text, r.start, r.end)
                                               for n, r, text in found if n >= 0 and any(r is c for c in current)):
        # "the quarter ended December 31, 2011" beside "the year ended December 31, 2011": the year's last (not
        # beside "the twelve months ended March 31, 2011", a trailing year)
        quarter = 4
    if quarter is None and months == 3 and (named := [r for r in ordinals or compared if _may_end(r, end)]):
        quarter = named[0].quarter
    if quarter is None and months == 3 and not ordinals and (named := [
            r for r in compared
            if r.fiscal_year and not r.years_back and _may_end(replace(r, fiscal_year=r.fiscal_year + 1), end)]):
        # "for the quarter ended December 31, 2016 ..., compared to $3.1 million for the fourth quarter of 2015": the
        # quarter a year after the one compared with
        quarter = named[0].quarter
    if quarter is None and months == 12 and any(_MONTHS_WORD.search(text, r.start, r.end) for n, r, text in found
                                                 if r in current and n >= 0) and (
            named := [r for n, r, _ in found if any(r is o for o in ordinals) and r.quarter and r.quarter < 4
                      and (r.fiscal_year or n in top)
                      and abs((_month_end(r.fiscal_year or end.year, 3 * r.quarter) - end).days) <= 7]):
        # "the first quarter of 2011" beside "the twelve months ended March 31, 2011": a release on the
        # (calendar) quarter, with a trailing twelve months beside it; so too "today reported third quarter earnings"
        # over "the 12 months ended Sept. 30, 1993"
        quarter, months, fiscal_year = named[0].quarter, 3, named[0].fiscal_year or end.year
    if quarter is None and months in (6, 9, 12):
        quarter = months // 3  # "results for the nine months ended September 30, 1997": the year's third quarter
    month = _nearest_month_end(end)
    if fiscal_year is None:
        fiscal_year = _labelled_fiscal_year(paragraphs[:40], end)
    if fiscal_year is None and quarter is not None and month is not None:
        # a calendar fiscal year, or a 52/53-week one ending near December 31; a year ending in March to
        # November is named by the year it ends in; one ending in January or February only as the release says
        try:
            year_end = _month_end(month.year, month.month + 3 * (4 - quarter))
            fiscal_year = year_end.year if year_end.month > 2 else None
        except ValueError:
            fiscal_year = None  # the year after 9999
    if fiscal_year is None:
        # the latest year named with the current quarter: comparisons name earlier years
        years = [r.fiscal_year for r in ordinals
                 if r.quarter == quarter and r.fiscal_year and r.fiscal_year <= end.year + 1]
        # else the year of the year to date ending with the quarter ("Second Quarter and Six Months 2000
        # Results"), or the year after the one a comparison names for that quarter ("compared to ... in the
        # second quarter of 1999")
        years = years or [r.fiscal_year for n, r, text in found if n >= 0 and r.kind in ("months", "half")
                          and quarter is not None and r.months == 3 * quarter and r.fiscal_year and not r.years_back
                          and not _in_comparison(text, r.start) and r.fiscal_year <= end.year + 1]
        years = years or [r.fiscal_year + 1 for r in compared
                          if r.quarter == quarter and r.fiscal_year and r.fiscal_year < end.year + 1]
        # or the fiscal year the headline names with the fourth quarter ("Reports Fourth Quarter and Fiscal Year 2004
        # Earnings" over "its fiscal fourth quarter ended February 28, 2004"), the one ending with it
        years = years or [r.fiscal_year for n, r, text in found if quarter == 4 and n in top and r.kind == "year"
                          and r.fiscal_year in (end.year - 1, end.year) and _FISCAL.match(text, r.start)
                          and any(m == n and o.quarter == 4 and o.fiscal_year is None and not o.years_back
                                  and _AND_THEN.fullmatch(text, o.end, r.start) for m, o, _ in found)]
        fiscal_year = max(years, default=None)
    return Anchor(end=end, months=months, week_lengths=tuple(sorted(weeks.items())), quarter=quarter,
                  fiscal_year=fiscal_year, release=release, stated=frozenset(stated), tabled=frozenset(tabled),
                  quarter_weeks=quarter_weeks)
