"""Lists read in order: "Revenues and net income were $120.5 million and $12.1 million,
respectively" pairs each figure with the phrase, or the period, in the same place of its list.

A sentence that says "respectively" but whose lists cannot be paired one to one is not guessed at:
its listed figures are left out (taking the nearest phrase would make revenues net income).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .. import vocab
from .amounts import Amount
from .concepts import Mention, trailing_mention
from .periods import PeriodRef, listed_length
from .sentences import clause_of

_RESPECTIVELY = vocab.phrases(vocab.load()["respectively_words"])
# "compared to $77.9 million and $230.4 million for the same periods in 2002": the periods in the order of the figures
# compared with, as "respectively" says
_SAME_PERIODS = re.compile(r"\bthe\s(?:same|comparable|corresponding|respective|similar|prior[\s-]year|year[\s-]ago)\s"
                           r"(?:(?:fiscal\s)?(?:19|20)\d\d\s)?periods\b", re.I)
# "$120.5 million, $12.1 million and $0.45"; "$0.86 (excluding the $0.09 charge) and $0.32"
_AMOUNT_JOIN = re.compile(r"[\s,]*(?:\([^()]{0,200}\)[\s,]*)?(?:and\s)?")
_PARTNER_JOIN = re.compile(r"[\s,]*(?:or\s|\()")  # "$3.4 million, or $0.27 per diluted share", "$3.4 million ($0.27"
_COMMA = re.compile(r"[\s,]*")
_OR_JOIN = re.compile(r",?\sor\s")  # "$12.4 million and $35.9 million, or $0.44 and $1.27 per share"
_DILUTED_ASIDE = re.compile(r"\s?\((?P<figure>\$\s?\(?[\d.]+\)?)\s(?:fully\s)?diluted\)", re.I)  # "($.26 diluted)"
_PHRASE_JOIN = re.compile(r"[\s,]*(?:and\s|as\swell\sas\s)?")  # "revenues, net income and diluted EPS"
_PERIOD_JOIN = re.compile(r"[\s,]*(?:and\s)?(?:(?:for|in)\s)?(?:the\s)?", re.I)  # "the quarter and (the) nine months"
_YEAR_AFTER = re.compile(r"\s(?:and|&)\s((?:19|20)\d\d)\b")  # "the third quarter of 2005 and 2004"
_BOTH_KINDS = re.compile(r"\bbasic\sand\s(?:fully\s)?diluted\s[^$;]{0,40}?\b(?:of|were|was|totaled)\s"
                         r"\$?\s?\(?[\d.]+\)?\sand\s\$?\s?\(?[\d.]+\)?", re.I)
_NOWHERE = re.compile("")  # a match of no width: where a list ends
_PHRASES_JOINED = re.compile(r"\s(?:and|&)\s")  # "revenues and operating income"
_LIST_LEAD = re.compile(r"[^$;()]{0,40}?\b(?:were|was|totaled|of)\s", re.I)  # "... for the quarter were "
_AMOUNTS_JOINED = re.compile(r",?\sand\s")  # "$299.9 million and $34.1 million"
_KIND_BEFORE = re.compile(r"\b(basic|diluted)\s$", re.I)  # "diluted earnings"
_EPS_EITHER = "EarningsPerShareBasicAndDiluted"
EPS_OF_KIND = {"basic": "EarningsPerShareBasic", "diluted": "EarningsPerShareDiluted"}  # the concept of each kind
_YEAR_BACK = PeriodRef(0, 0, years_back=1, same=True, kind="implied")


@dataclass(frozen=True)
class Listed:
    """How one figure of a list is read: left out (`concept` None), or as `concept` named by `mention`,
    for the period `ref` when the list pairs periods. A figure of a compared list ("compared with $110.2
    million and $10.3 million") is `compared_with` the figure in the same place of the first list."""

    concept: str | None = None  # (None with a `ref`: read as any figure, in that period)
    mention: Mention | None = None
    ref: PeriodRef | None = None
    compared_with: Amount | None = None
    loss: bool = False  # a per-share figure beside a loss: "a net loss of $3.5 million, or $0.08 per share, and ..."


LEFT_OUT = Listed()


def read_lists(text: str, amounts: Sequence[Amount], mentions: Sequence[Mention], periods: Sequence[PeriodRef],
               clauses: list[int], comparing: list[bool], gap_ok: Callable[[int, int], bool],
               lead_ok: Callable[[int, Mention], bool]) -> dict[int, Listed]:
    """How the listed figures of a sentence are read, by where each figure starts.

    `gap_ok(start, end)` says whether only linking words stand between a phrase and its figure;
    `lead_ok(start, mention)` whether the words before a list at `start` let a phrase after it name its
    figures ("The company earned $0.46 and $0.45 per share", not "Charges were $0.05 and $0.02 per share")."""
    out: dict[int, Listed] = {}
    # "basic and diluted earnings per share of $0.26 and $0.25": a list in order, "respectively" unsaid (at its end)
    both = [_NOWHERE.match(text, m.end()) for m in _BOTH_KINDS.finditer(text)]
    for word in sorted([*_RESPECTIVELY.finditer(text), *_SAME_PERIODS.finditer(text), *filter(None, both),
                        *_unsaid(text, amounts, mentions)], key=lambda m: m.start()):
        at = clause_of(clauses, word.start())
        main = max((i for i in range(at + 1) if not comparing[i]), default=0)
        after = next((i for i in range(at + 1, len(clauses)) if not comparing[i]), None)
        lo, hi = clauses[main], clauses[after] if after is not None else len(text)
        within = [a for a in amounts if lo <= a.start < hi]
        runs, partners = _runs(text, within)
        if not runs:
            own = [r for r in periods if lo <= r.start < word.start() and not comparing[clause_of(clauses, r.start)]]
            if len(listed_periods(text, own)) > 1:
                # "net income was $3.4 million, up 5%, and $9.1 million, up 7%, for the three and nine months
                # ended ..., respectively": which figure is of which period, no list says
                out.update((a.start, LEFT_OUT) for a in within)
            elif comparing[at] and len(listed := listed_periods(text, [
                    r for r in periods if clauses[at] <= r.start < word.start()])) > 1 and sum(
                    1 for a in within if clause_of(clauses, a.start) == at and a.end <= listed[0].start) > 1:
                # "This compares with net income of $12.5 million and net income of $74.3 million in the same
                # quarter and full year of 2002, respectively": nor in a comparison; nor what it compares with ("net
                # income of $3.4 million compared to a net loss of $0.7 million for the nine months ended September
                # 30, 2018 and 2017, respectively")
                if len(listed) == 2 and listed[0].months and listed[0].months == listed[1].months:
                    # "... compared to a net loss of $0.7 million ... for the nine months ended September 30, 2018
                    # and 2017, respectively": the list says only the periods, the first of the figures compared with
                    out.update((a.start, Listed(ref=listed[0] if clause_of(clauses, a.start) < at else listed[1]))
                               for a in within if clause_of(clauses, a.start) <= at)
                else:
                    out.update((a.start, LEFT_OUT) for a in within if clause_of(clauses, a.start) == at)
            continue  # "rose 9% and 12%, respectively": no list of figures
        first = runs[0]
        after = [r for r in periods if word.end() <= r.start < hi]
        # "were $1.09 and $1.02, respectively, for 2004 and 2003", "for the respective three and twelve month periods
        # ended ..."
        listed_after = listed_periods(text, after) if after else []
        if listed_after and not _PERIOD_JOIN.fullmatch(text, word.end(), listed_after[0].start):
            listed_after = []
        if len(runs) == 1 and clause_of(clauses, first[0].start) != main:
            since = max([lo, *(a.end for a in within if a.end <= first[0].start)])
            named = [m for m in mentions if since <= m.start and m.end <= first[0].start]
            if not partners and len(named) == len(first) and (
                    reading := _pair(text, first, named, [], gap_ok, lead_ok)) is not None:
                # "This compares with revenues, net income and net income per share of $78.2 million, $11.0 million
                # and $0.09, respectively, recorded during the corresponding period of 1995": phrases of its own
                out.update((a.start, item) for a, item in zip(first, reading, strict=True))
                continue
            if len(listed_after) == len(first) and not any(lo <= a.start < clauses[main + 1] for a in within) \
                    and not any(lo <= m.start < first[0].start for m in mentions):
                # "This compares to $3.2 million, or $.60 per share, and $9.9 million, or $1.82 per share, for the
                # respective three and twelve month periods ended ...": each figure what the one before it is, in the
                # period its place names
                out.update((a.start, Listed(ref=ref)) for a, ref in zip(first, listed_after, strict=True))
                out.update((partner.start, Listed(mention.concept, mention, listed_after[place]))
                           for partner, (_, place, mention) in partners.items())
            else:
                out.update(_in_place_of(text, first, partners, within, periods, clauses, main, word.start()))
            continue
        own = [r for r in periods if lo <= r.start < word.start() and not comparing[clause_of(clauses, r.start)]
               and not first[0].start <= r.start < first[-1].end] or (after if listed_after else [])
        paired = None
        if len({len(run) for run in runs}) == 1 and clause_of(clauses, first[0].start) == main:
            # the phrases after any figure before the list: "Net income was $41.5 million, or $0.92 and $0.81 per
            # basic and diluted share, respectively" names the list by the phrase after it
            since = max([lo, *(a.end for a in within if a.end <= first[0].start)])
            named = [m for m in mentions if since <= m.start and m.end <= first[0].start]
            paired = _pair(text, first, named, _years_of(text, listed_periods(text, own)), gap_ok, lead_ok)
            if paired is None and not named and comparing[main] and len(listed := listed_periods(text, own)) == len(
                    first):
                # "This compares favorably to $3.2 million ... and $9.9 million ... for the respective three and twelve
                # month periods ended December 31, 1996": as above
                paired = [Listed(ref=ref) for ref in listed]
        for run_number, run in enumerate(runs):
            # "$12.4 million and $35.9 million, or $0.44 and $1.27 per share, respectively": the per-share figures of
            # the list before, place by place
            per_share = trailing_mention(text, run[-1].end) if run_number == 1 and len(run) == len(first) and \
                _OR_JOIN.fullmatch(text, first[-1].end, run[0].start) else None
            if per_share is not None and per_share.concept not in (_EPS_EITHER, *EPS_OF_KIND.values()):
                per_share = None
            for place, amount in enumerate(run):
                if paired is None:
                    out[amount.start] = LEFT_OUT
                elif run_number == 0:
                    out[amount.start] = paired[place]
                elif per_share is not None and (total := paired[place]).concept is not None and total.ref is not None:
                    out[amount.start] = Listed(per_share.concept, per_share, total.ref,
                                               loss=total.mention is not None and total.mention.loss)
                else:
                    compared = _compared(text, periods, clauses, clause_of(clauses, amount.start), paired[place],
                                         place, len(run))
                    out[amount.start] = replace(compared, compared_with=first[place]) if compared.concept else compared
        first_partners = {place: partner for partner, (run_number, place, _) in partners.items() if not run_number}
        for partner, (run_number, place, mention) in partners.items():
            # "$3.4 million, or $0.27 per diluted share, and $9.1 million, or $0.74 per diluted share, for the
            # three and nine months ...": each per-share figure is of its figure's period
            main = out[runs[run_number][place].start]
            compared_with = first_partners.get(place) if run_number else None
            if main.ref is not None and main.concept is None and not run_number:
                out[partner.start] = Listed(mention.concept, mention, main.ref)  # its own phrase says what it is
            elif main.ref is None or main.concept is None or (run_number and compared_with is None):
                out[partner.start] = LEFT_OUT
            else:
                loss = main.mention is not None and main.mention.loss
                out[partner.start] = replace(main, concept=mention.concept, mention=mention,
                                             compared_with=compared_with, loss=loss)
    return out


def _unsaid(text: str, amounts: Sequence[Amount], mentions: Sequence[Mention]) -> list[re.Match[str]]:
    """Where lists end that pair in order though "respectively" is unsaid: "revenues and operating income were
    $299.9 million and $34.1 million" (two phrases joined, then two figures joined, nothing else between)."""
    out = []
    for first, second in zip(mentions, mentions[1:], strict=False):
        if first.weak or second.weak or not _PHRASES_JOINED.fullmatch(text, first.end, second.start):
            continue
        lead = _LIST_LEAD.match(text, second.end)
        one = next((a for a in amounts if lead is not None and a.start == lead.end()), None)
        two = next((a for a in amounts if one is not None and _AMOUNTS_JOINED.fullmatch(text, one.end, a.start)), None)
        if two is not None and not _RESPECTIVELY.search(text, two.end, two.end + 20) and (
                found := _NOWHERE.match(text, two.end)) is not None:
            out.append(found)
    return out


def _in_place_of(text: str, run: list[Amount], partners: dict[Amount, tuple[int, int, Mention]],
                 within: list[Amount], periods: Sequence[PeriodRef], clauses: list[int], main: int,
                 word: int) -> dict[int, Listed]:
    """A compared list whose figures stand in for the main clause's, place by place: "net income was $12.4
    million, or $0.41 per diluted share, compared to $10.1 million and $0.33, respectively, in 2004". Each
    figure is compared with the one in its place (and so takes its concept); left out when the counts
    differ, or when the list pairs periods of its own ("... for the quarter and nine months, respectively")."""
    figures = [a for a in within if clause_of(clauses, a.start) == main]
    lo = clauses[clause_of(clauses, run[0].start)]
    own = listed_periods(text, [r for r in periods if lo <= r.start < word])
    # (right after the words that compare: not "compared to the fourth quarter of 2020, as a result of lower sales of
    # $18.2 million and $9.7 million within the industrial and transportation end markets, respectively")
    if partners or len(figures) != len(run) or len(own) > 1 or len(text[lo : run[0].start].split()) > 4:
        return {a.start: LEFT_OUT for a in [*run, *partners]}
    return {a.start: Listed(compared_with=figure) for a, figure in zip(run, figures, strict=True)}


def _runs(text: str, amounts: list[Amount]) -> tuple[list[list[Amount]], dict[Amount, tuple[int, int, Mention]]]:
    """Figures written as lists of two or more: "$120.5 million and $12.1 million"; and the per-share
    figure beside each ("$3.4 million, or $0.27 per diluted share, and $9.1 million, or $0.74 per diluted
    share"), with the run and the place of its figure and its per-share phrase."""
    runs: list[list[Amount]] = []
    beside: list[tuple[Amount, int, int, Mention]] = []
    end = -1  # where the last figure (with its per-share figure) ends
    for amount in amounts:
        mention = trailing_mention(text, amount.end)
        diluted = _DILUTED_ASIDE.match(text, end) if beside and end == beside[-1][3].end else None
        if diluted is not None and diluted.start("figure") == amount.start:
            # "$1.6 million, or $.28 per common share ($.26 diluted), and $5.9 million, ...": the figure before the
            # aside is basic, the aside's diluted
            figure, run, place, before = beside[-1]
            if before.concept == _EPS_EITHER:
                beside[-1] = (figure, run, place, replace(before, concept=EPS_OF_KIND["basic"]))
            beside.append((amount, run, place, Mention(EPS_OF_KIND["diluted"], diluted.start(), diluted.end())))
            end = diluted.end()
        elif runs and end == runs[-1][-1].end and not runs[-1][-1].per_unit and mention is not None \
                and _PARTNER_JOIN.fullmatch(text, end, amount.start):
            beside.append((amount, len(runs) - 1, len(runs[-1]) - 1, mention))
            end = mention.end + (text.startswith(")", mention.end))
        elif runs and (_AMOUNT_JOIN.fullmatch(text, end, amount.start) or _said_again(text, runs[-1][-1], amount)):
            runs[-1].append(amount)
            end = amount.end
        else:
            runs.append([amount])
            end = amount.end
    kept = [n for n, run in enumerate(runs) if len(run) > 1]
    partners = {a: (kept.index(n), place, m) for a, n, place, m in beside if n in kept}
    return [runs[n] for n in kept], partners


def _said_again(text: str, before: Amount, amount: Amount) -> bool:
    """Whether `amount` follows `before` in a list that repeats its per-share phrase: "$1.57 per share and $.99
    per share"."""
    said, again = trailing_mention(text, before.end), trailing_mention(text, amount.end)
    return said is not None and again is not None and said.concept == again.concept and \
        said.concept in (_EPS_EITHER, *EPS_OF_KIND.values()) and \
        _AMOUNT_JOIN.fullmatch(text, said.end, amount.start) is not None and \
        text[said.start : said.end].lower() == text[again.start : again.end].lower()


def diluted_asides(text: str) -> frozenset[int]:
    """Where each figure of an aside that says it is diluted begins: "($.26 diluted)"."""
    return frozenset(m.start("figure") for m in _DILUTED_ASIDE.finditer(text)) if "(" in text else frozenset()


def listed_periods(text: str, refs: list[PeriodRef]) -> list[PeriodRef]:
    """The periods a list names, one per place: "the third quarter of 2005 and 2004" names two, and so
    does "the three and nine months ended September 30, 2005"."""
    out: list[PeriodRef] = []
    for ref in refs:
        length = listed_length(text, ref)
        if length is not None:
            if out and out[-1].end > length.start:  # "the three months and nine months ended ...": one period, dated
                out.pop()
            out.append(length)
        out.append(ref)
        year = _YEAR_AFTER.match(text, ref.end)
        own = ref.stated_end.year if ref.stated_end is not None else ref.fiscal_year
        if year is not None and own is not None:
            out.append(_years_later(replace(ref, start=year.start(1), end=year.end()), int(year.group(1)) - own))
    last = out[-1] if out else None
    if last is not None and last.fiscal_year is not None and last.stated_end is None \
            and _joined(text, out, _PERIOD_JOIN):
        # "the fourth quarter and full-year 2008": the year written last is every period's
        out = [replace(r, fiscal_year=last.fiscal_year) if r.fiscal_year is None and r.stated_end is None
               and not r.is_relative and r.months else r for r in out]
    return out


def _years_of(text: str, refs: list[PeriodRef]) -> list[PeriodRef]:
    """The years a list pairs, past the yearless part of a year named before them: "Third quarter diluted
    earnings per share were $1.01 and $.99 for 2005 and 2004" pairs two years (the prose takes each year's
    third quarter)."""
    if len(refs) > 2 and refs[0].fiscal_year is None and refs[0].stated_end is None and refs[0].months \
            and not refs[0].is_relative and all(r.fiscal_year is not None and r.quarter is None
                                                and r.months in (None, 12) for r in refs[1:]) \
            and not _PERIOD_JOIN.fullmatch(text, refs[0].end, refs[1].start):
        return refs[1:]
    return refs


def _years_later(ref: PeriodRef, years: int) -> PeriodRef:
    """The same period `years` later (earlier when negative): "September 30, 2005 and 2004"."""
    end = ref.stated_end
    if end is not None:
        end = end.replace(year=end.year + years, day=min(end.day, 28) if end.month == 2 else end.day)
    fiscal = ref.fiscal_year + years if ref.fiscal_year is not None else None
    return replace(ref, stated_end=end, fiscal_year=fiscal)


def _joined(text: str, items: Sequence[Mention | PeriodRef], join: re.Pattern[str]) -> bool:
    return all(join.fullmatch(text, a.end, b.start) for a, b in zip(items, items[1:], strict=False))


def _pair(text: str, run: list[Amount], before: list[Mention], refs: list[PeriodRef],
          gap_ok: Callable[[int, int], bool], lead_ok: Callable[[int, Mention], bool]) -> list[Listed] | None:
    """What each figure of the first list is: the phrases in order, basic and diluted in order, or one
    phrase for the periods in order. None when no single reading holds."""
    n = len(run)
    trailing = trailing_mention(text, run[-1].end)  # "$0.46 and $0.45 per basic and diluted share"
    if len(before) == 1 and before[0].weak and trailing is not None and trailing.concept in (
            _EPS_EITHER, *EPS_OF_KIND.values()):
        # "diluted earnings were $1.57 per share and $.99 per share": the per-share phrase names them, of the kind
        # the word before "earnings" says
        kind = _KIND_BEFORE.search(text, max(0, before[0].start - 12), before[0].start)
        if kind is not None and trailing.concept == _EPS_EITHER:
            trailing = replace(trailing, concept=EPS_OF_KIND[kind.group(1).lower()])
        before = []
    if any(m.weak for m in before) or not _joined(text, before, _PHRASE_JOIN):
        return None
    refs = refs if _joined(text, refs, _PERIOD_JOIN) else []
    if before:
        # the words around a list of periods must link the phrase to its figures, not the "and" within it
        inside = [r for r in refs if before[-1].end <= r.start and r.end <= run[0].start]
        pieces = [(before[-1].end, inside[0].start), (inside[-1].end, run[0].start)] if inside else \
            [(before[-1].end, run[0].start)]
        if not all(gap_ok(start, end) for start, end in pieces):
            return None
    one = before[0] if len(before) == 1 else trailing if not before else None
    if one is not None and one is trailing and not lead_ok(run[0].start, one):
        return None
    readings: list[list[Listed]] = []
    if len(before) == n and len(refs) != n:  # with as many periods, which list pairs with the figures?
        readings.append([Listed(m.concept, m) for m in before])
    if one is not None and n == 2 and one.concept == _EPS_EITHER:
        said = [w for w in re.findall(r"basic|diluted", text[one.start : one.end].lower()) if w in EPS_OF_KIND]
        if sorted(said) == ["basic", "diluted"]:
            readings.append([Listed(EPS_OF_KIND[w], one) for w in said])
    if one is not None and len(refs) == n:
        readings.append([Listed(one.concept, one, ref) for ref in refs])
    return readings[0] if len(readings) == 1 else None


def _compared(text: str, periods: Sequence[PeriodRef], clauses: list[int], clause: int, main: Listed,
              place: int, n: int) -> Listed:
    """A compared list's figure: the concept of the figure in its place; when the list pairs periods, a
    year before that figure's period, unless the comparison names periods of its own: as many as its
    figures ("... for the three and nine months ended September 30, 2016, respectively"), or else it is
    left out."""
    if main.ref is None:
        return Listed(main.concept, None)
    lo, hi = clauses[clause], clauses[clause + 1] if clause + 1 < len(clauses) else len(text)
    named = [r for r in periods if lo <= r.start < hi]
    if not named or all(r.is_relative for r in named):
        return Listed(main.concept, None, _YEAR_BACK)
    own = listed_periods(text, named)
    if len(own) == n and _joined(text, own, _PERIOD_JOIN) and _RESPECTIVELY.match(
            text, _COMMA.match(text, own[-1].end).end()):  # type: ignore[union-attr]
        return Listed(main.concept, None, own[place])
    return LEFT_OUT
