"""Amounts as releases write them: `$124,000`, `$ 7.3 million`, `$(0.05)`, `$.16`, `27 cents`.

Each amount keeps what was written: its value scaled to units, the `decimals` that the writing
implies, and whether it was printed as negative (parentheses). The rule for `decimals` is the
number of digits written after the decimal point, less the power of ten of the scale word:
`$124,000` is 0, `$7.3 million` is -5, `$0.01` is 2, `27 cents` is 2. A whole number written
out in full is taken as exact, since nothing in the text says it was rounded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Context, Decimal

from .. import vocab

_V = vocab.load()
_SCALES: dict[str, int] = _V["scales"]
_SCALE_WORDS = "|".join(sorted(_SCALES, key=len, reverse=True))
_ABBREVIATIONS: dict[str, int] = _V["scale_abbreviations"]
_CURRENCIES: dict[str, str] = _V["currency_symbols"]
_SYMBOL = "|".join(re.escape(c) + (r"\s?" if c.isalpha() else "") for c in sorted(_CURRENCIES, key=len, reverse=True))
_ABBR = "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True))
_LONG_ABBR = "|".join(sorted((a for a in _ABBREVIATIONS if len(a) > 1), key=len, reverse=True))  # "$5.2 bn"

# Digits are bounded ({1,3} groups, at most 15 integer digits) so no input can make these backtrack.
_NUMBER = r"(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,15})(?:\.\d{1,6})?|\.\d{1,6}"
# (not a currency code's letters before the sign, but "sales of$802.3 million", "was$101,000": a sign run into the word
# before it)
_RUN_INTO = "|".join(rf"(?<=\b{word})" for word in ("of", "to", "was", "were", "at"))
MONEY = re.compile(
    rf"(?P<open>\(\s?)?(?:(?<![A-Za-z])|{_RUN_INTO})(?P<cur>{_SYMBOL})\s?(?P<open2>\(\s?)?(?P<num>{_NUMBER})(?![\d,]?\d|\.\d)"
    rf"(?:[\s-]?(?P<scale>(?i:{_SCALE_WORDS}))\b|\s?(?P<abbr>{_LONG_ABBR})\b|(?P<abbr1>{_ABBR})\b)?(?P<close>\s?\))?"
    rf"(?:(?<=\))\s(?P<scale2>(?i:{_SCALE_WORDS}))\b)?",  # "$(2,463) million": the scale after the parenthesis
)
# "$1,637 versus $1,792 million": one scale word for both amounts
_SHARED_SCALE = re.compile(r"\s*,?\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s") for w in sorted(
    _V["scale_sharing_joins"], key=len, reverse=True)) + r")\s*$", re.I)
# "all amounts are in Canadian dollars unless otherwise noted": what a bare "$" means in this release
_COUNTRIES = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_V["dollars_of"], key=len, reverse=True))
_DOLLAR_STATEMENT = re.compile(
    rf"\b(?:amounts|figures|results|numbers|information|statements|expressed|stated|reported|presented|denominated)"
    rf"\b[^.;()]{{0,40}}?\bin\s+(?P<a>{_COUNTRIES})\s+dollars\b"
    rf"|(?<![\w.])(?P<b>{_COUNTRIES})\s+dollars\s*,?\s*(?:unless|except)\s+(?:otherwise|where|as)\b", re.I)
_ALL_AMOUNTS = re.compile(r"\b(?:all|unless|otherwise|except)\b", re.I)
CENTS = re.compile(rf"(?<![\w$.,])(?P<num>{_NUMBER})(?![\d,]?\d|\.\d)(?:\s|-)cents?\b", re.I)


@dataclass(frozen=True)
class Amount:
    """A money amount found in text: `value` in currency units, `decimals` as written."""

    value: Decimal
    decimals: int
    start: int
    end: int
    negative: bool  # printed in parentheses
    per_unit: bool = False  # written in cents: only ever a per-share amount
    currency: str = "USD"
    digits: tuple[int, int] = (0, 0)  # where the written number itself stands ("7.3" of "$7.3 million")
    scale: int = 0  # the power of ten the words apply to the written number (6 for "million", -2 for cents)


def parse_number(text: str) -> tuple[Decimal, int]:
    """`1,234.50` -> (Decimal('1234.50'), 2): the value and the digits written after the point."""
    plain = text.replace(",", "")
    fraction = plain.split(".", 1)[1] if "." in plain else ""
    return Decimal(plain), len(fraction)


def scaled(number: str, scale_word: str | None) -> tuple[Decimal, int]:
    value, places = parse_number(number)
    power = (_SCALES.get(scale_word.lower()) or _ABBREVIATIONS.get(scale_word, 0)) if scale_word else 0
    return value.scaleb(power), places - power


def stated_dollar(texts: Sequence[str]) -> str:
    """The currency a bare "$" is in: US dollars, unless the release says its amounts are another
    country's dollars ("All amounts are in Canadian dollars unless otherwise noted"); the first such
    statement counts, so "all figures in U.S. dollars" keeps a Canadian issuer's "$" in USD. The
    statement stands alone, as a short paragraph, in parentheses or as a short sentence of its own about
    all amounts: in running text ("results of the Canadian unit are reported in Canadian dollars") it
    speaks of a part."""
    for text in texts:
        if "dollars" not in text.lower():
            continue
        for m in _DOLLAR_STATEMENT.finditer(text):
            # the statement's own sentence: "All amounts, unless specified otherwise, are in Canadian dollars."
            before, stop = text.rfind(". ", 0, m.start()), text.find(".", m.end())
            sentence = text[before + 2 if before >= 0 else 0 : stop if stop >= 0 else len(text)]
            whole = len(sentence) <= 150 and "$" not in sentence and _ALL_AMOUNTS.search(sentence)
            if len(text) <= 300 or whole or text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start()):
                country = re.sub(r"\s+", " ", (m.group("a") or m.group("b")).lower())
                return _V["dollars_of"][country]
    return "USD"


def find_amounts(text: str, dollar: str = "USD") -> list[Amount]:
    """Every money amount in `text`, in order; a bare "$" is in `dollar` (see `stated_dollar`)."""
    found: list[Amount] = []
    for m in MONEY.finditer(text):
        closed = bool(m.group("close"))
        word = m.group("scale") or m.group("abbr") or m.group("abbr1")
        if word is None and closed and (m.group("open") or m.group("open2")):
            word = m.group("scale2")  # "$(2,463) million", "($2,463) million"
        value, decimals = scaled(m.group("num"), word)
        if m.group("open2") and not closed:
            continue  # "$(0.05" with no closing parenthesis is not an amount we trust
        negative = closed and bool(m.group("open") or m.group("open2"))
        # an unpaired parenthesis belongs to the sentence around the amount: "(or $0.15 per share)"
        start = m.start("open") + len(m.group("open")) if m.group("open") and not negative else m.start()
        end = m.start("close") if closed and not negative else m.end()
        symbol = m.group("cur").strip()
        code = dollar if symbol == "$" else _CURRENCIES[symbol]
        power = parse_number(m.group("num"))[1] - decimals
        found.append(Amount(normalize(value), decimals, start, end, negative, currency=code, digits=m.span("num"),
                            scale=power))
    for m in CENTS.finditer(text):
        value, places = parse_number(m.group("num"))
        # "a net loss of $27,905, or (1 cent) per share": in parentheses of its own, like "$(0.01)"
        negative = text.startswith("(", m.start() - 1) and text.startswith(")", m.end()) and m.start() > 0
        start, end = (m.start() - 1, m.end() + 1) if negative else m.span()
        found.append(Amount(normalize(value.scaleb(-2)), places + 2, start, end, negative, per_unit=True,
                            currency=dollar, digits=m.span("num"), scale=-2))
    found.sort(key=lambda a: a.start)
    return _share_scales(text, found)


def _share_scales(text: str, found: list[Amount]) -> list[Amount]:
    """An amount without a scale word, joined to the next by "versus" or "and", takes its scale:
    "net sales totaled $1,637 versus $1,792 million" are both millions. Only whole numbers or one
    decimal place ("$0.25 and $1.2 million" is a price beside a total), and only between numbers
    written within ten times of each other ("$900 and $1.2 million" is no pair)."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        written = b.value.scaleb(-b.scale)
        if (a.scale == 0 and b.scale >= 3 and not a.per_unit and not b.per_unit and a.currency == b.currency
                and a.decimals <= 1 and written and Decimal("0.1") <= a.value / written <= 10
                and _SHARED_SCALE.match(text, a.end, b.start)):
            out[i] = replace(a, value=normalize(a.value.scaleb(b.scale)), decimals=a.decimals - b.scale, scale=b.scale)
    return out


_WIDE = Context(prec=80)


def normalize(value: Decimal) -> Decimal:
    """A plain decimal without exponent or needless trailing zeros: 7.3E+6 -> 7300000."""
    if value == value.to_integral_value(context=_WIDE):
        return value.quantize(Decimal(1), context=_WIDE)
    return value.normalize(context=_WIDE)
