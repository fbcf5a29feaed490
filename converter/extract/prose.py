"""Facts stated in sentences: "net income of $124,000 or $0.01 per share for the quarter".

Precision comes first, so an amount becomes a fact only when the sentence ties it to a concept
tightly: a concept phrase right before it with nothing between but linking words ("of", "was",
"rose 12% to") and period phrases, or a per-share phrase right after it. Amounts in asides
("of which $800,000 ..."), bounds ("over $2.0 million"), outlook sentences and other companies'
figures stay out. A comparison ("compared to $5.7 billion", "down from $4.4 million") takes the
concept of the amount it compares with, and the period a year earlier unless it names its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from .. import taxonomy, vocab
from ..document import Paragraph
from ..model import Fact, Period, Source, currency, per_share
from .amounts import CENTS, MONEY, Amount, find_amounts
from .concepts import Mention, find_mentions, fund_sales, trailing_mention
from .entity import (
    LEADING_NAME,
    heading_names_a_part,
    is_heading,
    names_a_part,
    names_another_company,
    names_us,
    without_a_compared_note,
)
from .lists import EPS_OF_KIND, Listed, diluted_asides, listed_periods, read_lists
from .periods import (
    COMPARED_OBJECT,
    DATE,
    Anchor,
    PeriodRef,
    Resolved,
    find_periods,
    forward_words,
    listed_length,
    resolve,
    start_of,
)
from .sentences import clause_of, split_sentences

_V = vocab.load()


def _phrases(key: str) -> re.Pattern[str]:
    return vocab.phrases(_V[key])


_OTHER_COMPANY = _phrases("other_company_cues")
# what a cost of ours is for, not another company's figures: "$9.1 million of merger expenses", "$17.0 million in
# expenses related to the merger"
_COST_AFTER = re.compile(r"[\s-](?:related\s)?(?:expenses?|costs?|charges?)\b", re.I)
_COST_BEFORE = re.compile(r"\b(?:expenses?|costs?|charges?)\s(?:related\sto|associated\swith|of|for)\s(?:the\s)?$",
                          re.I)
_PART = _phrases("part_cues")
_DIFFERENCE_AFTER = re.compile(r"(?:\s(?:per|a)\s(?:[\w-]+\s){0,2}?share)?\s(?:higher|lower|more|less|above|below|"
                               r"better|worse|greater|ahead)\s(?:than|of|compared|versus|from)\b", re.I)
_PART_AFTER = re.compile(r"[\s,]*(?:" + _phrases("part_suffixes").pattern + ")", re.I)
_NON_GAAP_OPENER = _phrases("non_gaap_openers")
# "Income from continuing operations ... equated to a loss of"
_PART_SUBJECT = re.compile(r"\b(?:income|earnings)(?=" + _PART_AFTER.pattern + ")", re.I)
_NON_GAAP_ASIDE = re.compile(r"\(\s?non[\s-]?gaap\s?\)", re.I)
# "On a comparable basis, ...", "Under the retail method, ...": figures on a basis of their own
_BASIS_BEFORE = re.compile(r"\bon\san?\s(?P<basis>[\w\s-]{1,40}?)\sbasis\b"
                           r"|\bunder\sthe\s(?P<method>[\w\s-]{1,40}?)\s(?:method|basis)\b", re.I)
_BOUND = re.compile(r"(?:" + _phrases("bound_words").pattern + r")\s*$", re.I)
# "Adjusted diluted earnings were $0.31 per share" too
_NARROWED_LEAD = re.compile(r"(?:" + _phrases("eps_lead_narrowing").pattern + r")(?:\s(?:diluted|basic))?\s*$", re.I)
_EPS_LEAD = re.compile(r"(?:" + _phrases("eps_lead").pattern + r")[\s,]*$", re.I)
_BRINGING = re.compile(r"\b(?:bringing|brought|brings|raising)\b", re.I)  # a running total after a period's figure
_ATTACHED = re.compile(r"[\s,]*(?:(?:reported|recorded|posted)\s)?(?:(?:for|in|during)\s)?(?:the\s)?", re.I)
_COMPARED_WORD = re.compile(r"\b(?:over|than|from|versus|vs|against|compared)\b", re.I)
_OR_BESIDE = re.compile(r"\s?,?\s(?:or|equal\sto)\s(?:approximately\s|about\s)?", re.I)  # "$5.9 million or $0.17"
_PER_SHARE_JOINED = re.compile(r"[\s,]*(?:or\s|equal\sto\s|equivalent\sto\s|representing\s|\()\s?"
                               r"(?:approximately\s|about\s|a\srecord\s|a\s(?:net\s)?loss\sof\s)?"
                               r"\$?\s?\(?[\d.]+\)?"
                               r"(?:\s\(\$?[\d.]+\s(?:fully\s)?diluted\))?\s"  # "or $.52 ($.51 diluted) per share"
                               r"(?:cents?\s)?(?:(?:a|per)\s(?:[\w-]+\s){0,2}?share"
                               # "or $1.05 diluted earnings per share"
                               r"|(?:(?:fully\s)?diluted\s|basic\s)?(?:net\s)?(?:earnings|income)\sper\s(?:common\s)?share)",
                               re.I)
# '("EPS")', '("Diluted EPS")'
_DEFINITION = re.compile(r"\s?\(\s?[\"\u201c']?(?P<term>(?:[A-Z][a-z]{1,9}\s)?[A-Z][A-Za-z]{1,5})[\"\u201d']?\s?\)")
_POSSESSIVE = re.compile(r"['\u2019]s$")
_POSSESSIVE_LEFT = re.compile(r"(?<=\s)['\u2019]s\b")
_COMPARED_OBJECT = re.compile(COMPARED_OBJECT, re.I)
_TICKER_INSIDE = re.compile(r"\(\s?[A-Za-z.]+\s?:\s?[A-Z]")  # "(NYSE: KST)", "(Nasdaq:KSTD)"
_WHICH_TOTALED = re.compile(r",\s(?:which|that)\s(?:totaled|totalled|amounted\sto|was|were)\b", re.I)
_PART_NOUN = _phrases("segment_nouns")  # "segment", "division", "business unit"
# the results of a unit a sentence names: "results from Chubb Financial Solutions", "results from its leasing unit"
_A_PARTS_RESULTS = re.compile(r"\b[Rr]esults\sfrom\s(?:[A-Z]|(?:its|the)\s(?:[\w-]+\s){0,3}?(?:unit|"
                              + _PART_NOUN.pattern + r"))")
# "Operating income at the company's magazine segment": the figure's phrase, then the part it belongs to
_AT_A_PART = re.compile(r"\s(?:at|of|for|in)\s(?:the\s|its\s|our\s)?(?:[\w&.'\u2019-]+\s){0,5}?(?:"
                        + _PART_NOUN.pattern + ")", re.I)
# "Ortana Devices, the company's manufacturing subsidiary, continued to improve": a sentence about a part, by name
_A_PART_NAMED = re.compile(r"\W*[A-Z][^,;:()]{0,40}(?:,\s(?:Inc|Corp|Co|Ltd|LLC)\.?)?(?:\s\([^()]{0,40}\))?,\s"
                           r"(?:the\s(?:company|corporation)['\u2019]s|its|our)\s(?:[\w-]+\s){0,4}?(?:"
                           + _PART_NOUN.pattern + ")", re.I)
_WHEN_REPORTED = re.compile(r",\s(?:when|in\swhich)\s(?:the\s)?(?:[A-Za-z][\w.&'\u2019-]*\s){1,3}"
                            r"(?:reported|posted|recorded|earned|had|generated)\b", re.I)
_PHRASE_BETWEEN = re.compile(r"\s+(?:[A-Za-z][\w'\u2019-]*\s+){0,4}")  # "... 2005 earnings of $0.53"
_ADJACENT = re.compile(r"\s(?:[a-z][\w-]*\s){0,2}")  # "2005 basic earnings", "2005 full-year net income"
_CONVERTED = re.compile(r"\s?\((?:US|U\.S\.|C|Cdn|CDN|A)?\$\s?[\d.,]+\)")
_REPORTED_BASIS_PHRASE = re.compile(
    r",?\s*(?:on\s+an?\s+(?:gaap|reported|as[\s-]reported|u\.?s\.?\s+gaap"
    r"|generally\saccepted\saccounting\sprinciples?(?:\s\(\s?gaap\s?\))?)\s+basis|(?:as\s(?:measured|reported|determined|"
    r"calculated)\s(?:under|in\saccordance\swith)|in\saccordance\swith)\s(?:u\.?s\.?\s)?"
    r"(?:gaap|generally\saccepted\saccounting\sprinciples(?:\s(?:in|of)\s(?:the\s)?(?:us|u\.s\.|united\sstates))?)"
    r"(?:\s?\(\s?[\"\u201c']?GAAP[\"\u201d']?\s?\))?),?",
    re.I)  # "net loss on a GAAP basis was", "the net loss in accordance with generally accepted accounting principles",
# "Net income, as measured under U.S. generally accepted accounting principles ("GAAP"), was"
_TOTAL_THEN_OR = re.compile(r"\$\s?[\d.,]+\s(?:million|billion|thousand),?\s(?:or\s|\()\s*$", re.I)
_PER_SHARE_BASIS = re.compile(r"\bon\sa\s(?:(?P<diluted>(?:fully[\s-])?diluted)\s)?(?:earnings\s)?per[\s-]"
                              r"(?:common\s)?share\sbasis\b", re.I)
# (and "Considering the dilutive effect of warrants outstanding, earnings per share ... were $.06")
_ON_A_DILUTED_BASIS = re.compile(r"\bon\sa\s(?:fully[\s-])?diluted\sbasis\b|\b(?:considering|assuming)\s(?:the\s)?"
                                 r"(?:potential(?:ly)?\s)?dilutive\seffects?\b|\bassuming\sfull\sdilution\b", re.I)
# "..., or $0.21 per share", "($0.21 per common share on 3.8 million shares; $0.19 per common share assuming dilution"
_PARTNER_GAP = re.compile(r"(?:\s+on\s[\d.,]+\s(?:million\s)?(?:weighted[\s-]average\s)?(?:common\s)?shares)?"
                          r"[\s,;]*(?:or|and|equal\sto|equivalent\sto|representing)?[\s,]*\(?\s*(?:or\s)?(?:a\s)?"
                          r"(?:negative\s|(?:net\s)?loss\sof\s)?"
                          r"(?:approximately\s|about\s|record\s)?")  # "or approximately $0.12", "or a record $2.64"
# with a period between: "or" (or a semicolon: "net income of $2.6 million for the quarter; $0.08 per diluted common
# share"), never "and"
_OR_GAP = re.compile(r"[\s,]*(?:or\s|;\s)(?:a\s)?(?:negative\s)?(?:approximately\s|about\s|record\s)?")
_COMMA_PER_SHARE = re.compile(r",\s?\$?\s?\(?[\d.]+\)?\s(?:cents?\s)?(?:a|per)\s(?:[\w-]+\s){0,2}?share", re.I)
# "$3.6 million or a loss of $0.16 per diluted share": a total's per-share figure
_ITS_PER_SHARE = re.compile(r"[\s,]*(?:or\s)?(?:a\s)?(?:(?:net\s)?(?:loss|income|earnings)\s(?:of\s)?)?"
                            r"(?:approximately\s|about\s)?", re.I)
_FIGURE_ENDS = re.compile(r"\d\)?(?:\s(?:cents?|(?:a|per)\s(?:common\s|diluted\s)?share))?,?$", re.I)
_DILUTED_BASIS_CLOSING = re.compile(r",?\son\sa\s(?:fully[\s-])?diluted\sbasis[\s.;]*$", re.I)
# "$0.83 per share, on a fully diluted basis"; "$0.13 per share on a non-diluted basis" is basic
_BASIS_KIND_AFTER = re.compile(r",?\son\san?\s(?:(?P<diluted>(?:fully[\s-])?diluted)|non[\s-]?diluted|undiluted|basic)"
                               r"\sbasis\b", re.I)
_EMPTY_PARENS = re.compile(r"\((?:\s*(?:the\s)?[\"\u201c]\s*[\"\u201d])?\s*\)")  # '(the "second quarter of 2015")' too
# what a figure includes, or why it moved ("..., largely due to ... impairment charges from the prior year period")
_INCLUDING = re.compile(r"\b(?:including|includes|included|excluding|excludes|excluded|due\sto|because\sof"
                        r"|as\sa\sresult\sof|driven\sby|primarily\sby|attributable\sto|reflecting)\b", re.I)
# "Net income, which includes the new unit, was", "The net loss (including non-cash losses) for the period was"
# ("The net loss for the third quarter, including one-time charges was $6.4 million": the closing comma left out)
_INCLUDING_ASIDE = re.compile(r",\s(?:including|which\s(?:also\s)?(?:includes|included|include))\s[^,;()]{1,100}?"
                              r"(?:,|(?=\s(?:was|were)\s))"
                              r"|\s?\((?:including|which\s(?:also\s)?(?:includes|included|include))\s[^,;()]{1,100}\)",
                              re.I)
_EARNINGS_WORD = re.compile(r"\b(?:earnings|income)\b", re.I)
_REPORTED = re.compile(r"\b(?:" + "|".join(_V["reporting_verbs"]) + r")\s(?:a\s)?(?:record\s)?$", re.I)
_LOSS_LEAD = re.compile(r"\bloss(?:es)?\s(?:of\s|was\s|totaled\s)?[\s,]*$", re.I)
_COMPARISON = _phrases("comparison_markers")
_BEFORE_AN_AMOUNT = frozenset(_V["markers_before_an_amount"])  # "from", "against": a comparison only before an amount
# "Results for 1993 have been restated from a net profit of $260,000 to a loss of $140,000": the old figure is none;
# nor is "Previously reported net earnings of $1.8 million ... for the third quarter of 1998 have been restated to
# $1.1 million"
_RESTATED_FROM = re.compile(r"\brestated\s(?:[\w-]+\s){0,3}?from\b"
                            r"|\b(?:previously|originally)\sreported\s(?:[^.;]|\.\d){0,200}?\b(?:have|has|had)\sbeen\s"
                            r"restated\b", re.I)
# "This compares with $126 million, or 57 cents per share, ...": the figures of the sentence before, a year back
_COMPARES_BACK = re.compile(r"^\W*(?:this|that|these)(?:\sresults?)?\s(?:compares?|compared|was\scompared)"
                            r"(?:\s(?:favorably|unfavorably))?\s(?:with|to)\s", re.I)
_OPENER = re.compile(r"^\W*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s") for w in _V["comparison_openers"])
                     + r")\b", re.I)
_GAP_WORDS = frozenset(_V["gap_words"])
_BEFORE_MENTION = frozenset(_V["allowed_before_mention"])
_FIGURE_VERBS = frozenset(_V["figure_verbs"])
_PERIOD_BEFORE_MENTION = frozenset(_V["period_words_before_mention"])
_POSSESSIVE_SUBJECTS = frozenset(_V["possessive_subjects"])
_EFFECT_NOUNS = frozenset(_V["effect_nouns"])
_TO_THE_WHOLE = re.compile(r"\W*(?:overall|in\stotal|on\sa\s(?:consolidated|total)\sbasis),", re.I)
_SUFFIXES = frozenset(w.lower() for w in _V["corporate_suffixes"])
_CHANGE_NOUNS = frozenset({"increase", "decrease", "improvement", "decline", "reduction"})
_TO_A_LEVEL = re.compile(r",?\s+to\s+(?:a\s+)?(?:record\s+)?(?:[$\u20ac\u00a3]\s?)?\d", re.I)
_EFFECT_PREPOSITIONS = frozenset(_V["effect_prepositions"])
# "12.5%", "three percent"
_PERCENT = re.compile(r"(?:\d+(?:\.\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))"
                      r"\s?(?:%|percent\b|per\scent\b)", re.I)
# "announced its results for the first quarter of 2017, including first quarter net sales of": what the results hold
_RESULTS_INCLUDING = re.compile(r"\bresults\b[^.;$]{0,80},\sincluding$", re.I)
_YEAR_OVER_YEAR = re.compile(r"\byear\s(?:over|on)\syear\b", re.I)  # "increased 12.0 percent year over year to"
# "up 3.4 percent over", "an 8% increase over"
_AFTER_A_PERCENT = re.compile(r"(?:%|\bpercent|\bper\scent)(?:\s(?:increase|rise|gain|improvement|growth|decrease|"
                              r"decline|drop))?\s*$", re.I)
_FROM_A_PERIOD = re.compile(r"\b(?:from|over)(?:\s+the)?\s{4,},?\s(?=to\s*$)", re.I)  # the period blanked out
# "rose 12% year-over-year and 4% sequentially to $120.5 million": two changes on the way to one level
_PERCENT_PAIR = re.compile(rf"{_PERCENT.pattern}(?:\s[\w-]+)?,?\s(?:and|or)\s(?={_PERCENT.pattern})", re.I)
_WORD = re.compile(r"[A-Za-z][\w'\u2019.&-]*|\d[\d,.]*(?:['\u2019]s\b)?")  # "2006's" is one word
_ASIDE = re.compile(r"\([^()]{0,300}\)")
# (or two, each of its kind: "($0.98 diluted and $1.02 basic earnings per share)")
_EPS_ASIDE = re.compile(r"^\(\s*(?:or\s)?(?:\$?\s?\(?[\d.,]+\)?\s*(?:cents?\s)?(?:basic|diluted)\s(?:and|or)\s)?"
                        r"\$?\s?\(?[\d.,]+\)?\s*(?:cents?\s)?"
                        r"(?:(?:fully|basic|diluted|and|net|earnings|income|loss)\s){0,4}(?:per|a)\s[^()]*\)$", re.I)
_MAX_GAP_WORDS = 14
MAX_PARAGRAPH = 20_000
MAX_AMOUNTS = 40  # amounts in one sentence: beyond that it is a table flattened into text, or noise
# "increased $2.1 million, or 16%, to $15.3 million": the change on the way to the level it reaches
_CHANGE_VERB = "|".join(_V["change_verbs"])  # "increased", "narrowed"
_MONEY = re.sub(r"\(\?P<\w+>", "(?:", MONEY.pattern)  # an amount, its groups unnamed: written twice below
_CHANGE_ON_THE_WAY = re.compile(
    rf"(?i:\b(?:{_CHANGE_VERB}|(?:was|were)\s(?:up|down))\s(?:by\s)?)"  # "was up $1.1 million or 4.0% to"
    # ("increased $11.8 million in the third quarter of 2013, or 15.4%, to": the period the change is of between)
    rf"(?:(?:{_MONEY})(?:\s(?i:in|for|during)\s[^,$;.]{{1,60}}?(?=,\s(?i:or\s)?{_PERCENT.pattern}))?"
    rf"(?:\s?,?\s(?i:or\s)?{_PERCENT.pattern})?|{_PERCENT.pattern},?\s(?i:or\s)?(?:{_MONEY}|\d{{1,3}}\s(?i:cents)))"
    # "increased 2.8%, or $5.1 million, to", "increased by $1.1 million, to", "increased $12.6 million, or 10.7%, to
    # approximately", "increased 23 percent, or 84 cents, to"
    r",?(?=\s(?i:to)(?:\s(?i:approximately|about))?\s*$)")
_A_CHANGE = re.compile(r"\b(?:increase|decrease|decline|improvement|rise|drop|reduction|growth|gain)\s(?:of\s)?"
                       r"(?:approximately\s|about\s|nearly\s)?$", re.I)
# the change of the figure before ("a decrease of $15.3 million"), not of another thing ("dividend increase of $0.01")
_A_CHANGE_OF_IT = re.compile(r"(?:^|[,;(]\s?|\b(?:an?|or|the)\s(?:[\w-]+\s){0,2}?)" + _A_CHANGE.pattern, re.I)
# ("the first quarter relocation charge"; not "$6.1 million in 1996 after special charges")
_NAMES_AN_ITEM = re.compile(r"[\s-](?:(?!(?:after|before|and|or|of|with|including|excluding)\s)[a-z-]+\s){0,2}?"
                            r"(?:charges?|gains?|write[\s-]?(?:downs?|offs?)|restructuring|"
                            r"reorganization|provisions?|settlements?|impairments?)\b")
_LAST_YEAR_OPENER = re.compile(r"\W*(?:last|a)\syear(?:\sago)?,\s", re.I)
_SINCE = re.compile(r"\bsince\s(?:the\s)?$", re.I)
_OR_A_PHRASE = re.compile(r"[\s,]*or\s(?:an?\s)?")
_ACRONYM_SUBJECT = re.compile(r"\W*([A-Z]{2,6})\s(?:had|reported|posted|recorded|earned|generated|achieved)\b")
_LEADS_A_LIST = re.compile(r"\b(?:include|includes|included|were|are|was|is|follows?|highlights?)\s?:\s*$", re.I)
_YEAR_THEN_COMMA = re.compile(r"\s(?:fiscal\s)?(?:19|20)\d\d,")
_PERIOD_OPENING = re.compile(r"\W*(?:(?:for|in|during)\s(?:the\s)?)?", re.I)  # "For the full year 2018"
_NON_GAAP_HEADING = re.compile(r"\W*(?:pro[\s-]?forma|non[\s-]?gaap|adjusted)\b", re.I)
_QUARTERLY = re.compile(r"\bquarterly\b", re.I)
_PERIOD_LEAD_IN = re.compile(r"\W*(?:for|in|during)\s(?:the\s)?[^.;:$]{1,60}:\s*$", re.I)  # "For the fourth quarter:"
_LOSS_OF_WHAT = re.compile(r"[\s,)]*(?:(?:on|from)\s(?:the\s)?(?:sales?\sof\s(?:its|the|a|an|certain)|disposal"
                           r"|disposition|divestiture|write|early|extinguishment|exchange|settlement|retirement|discontinued)"
                           r"|in\sconnection\swith|related\sto|associated\swith|resulting\sfrom)\b", re.I)
_LOSS_WORD_AFTER = re.compile(r"\s(?:net\s)?loss\b", re.I)
# "compared to a loss of $3.6 million", "compared with the loss of $4.7 million", "This compares with a nine-month loss
# of $1.9 million"
_A_LOSS = re.compile(r"\b(?:a|the)\s(?:(?:19|20)\d\d\s)?(?:(?:(?:three|six|nine|twelve)[\s-]months?"
                     r"|(?:first|second|third|fourth)[\s-]quarter|(?:full|prior|year)[\s-](?:year|ago|earlier))\s)?"
                     r"(?:net\s)?loss(?:\sof)?\s*$", re.I)
# "lowered ... net income by $2.9 million", "decreased by 14% or $41,250": the change; so is "Revenue increase of
# $5.1 million", "rose 12%, an increase of $5.1 million", "Net income decrease was $2.0 million"
_CHANGE_BEFORE = re.compile(rf"(?:\b(?:{_CHANGE_VERB}|up|down|higher|lower)(?:\sby)?|(?:^|\s)by"
                            r"|\b(?:increase|decrease|improvement|decline|growth|rise|drop|reduction)"
                            r"(?:\s(?:of|by|was|were|is|totaled|amounted\sto))?)"
                            r"(?:\san?)?"  # "net earnings were reduced by a $52.7 million charge": what changed them
                            r"(?:\s(?:approximately|about|roughly|nearly|almost|some))?"  # "by approximately $0.07"
                            r"(?:\s\d{1,4}(?:\.\d{1,3})?\s?(?:%|percent),?\s(?:or\s)?)?\s*$", re.I)
# "..., which excluded severance charges", "..., excluding the $3.3 million": the figure is not GAAP's
_EXCLUDES = r"(?:(?:which|that)\s(?:excluded|excludes|exclude|did\snot\sinclude)|excluding|exclusive\sof)"
# "prior to a third quarter fiscal 2002 accounting change", "before restructuring charges"
_BEFORE_A_CHANGE = (r"\b(?:prior\sto|before)\s(?:(?:a|an|the|its)\s)?(?:[\w$.-]+\s){0,6}?"
                    r"(?:charges?|items?|gains?|losses|effects?|adjustments?|changes?|adoption|costs|expenses)\b")
# "$0.29 per diluted share (before inclusion of a $0.15 per share gain)"
# (not past a comparison: "..., or $0.06 per share, compared to net income, before an extraordinary gain, of")
# (past the revenue the figure was earned on: "earnings of $12.4 million, or $.41 per share on revenues of $96.3
# million, before the cumulative effect of an accounting change")
# (past the total of a per-share figure: "earnings per share of $3.74 ($448.9 million), before the cumulative effect")
_EARNED_ON = (r"\bon\s(?:net\s)?(?:sales|revenues?)\sof\s\$[\d,]*\.?\d+(?:\s(?:million|billion))?"
              r"|\(\$[\d,]*\.?\d+(?:\s(?:million|billion|thousand))?\)")
_EXCLUDING_AFTER = re.compile(rf"(?:(?!\bcompared\b|\bversus\b|\bvs\b)(?:[^.;$]|{_EARNED_ON})){{0,80}}?"
                              rf"(?:,\s*(?:{_EXCLUDES}|before)\b|[\s(]{_BEFORE_A_CHANGE})", re.I)
# "$0.22 per Class A share and $0.24 per Class B share": one class's earnings, not the company's per share
_A_CLASS_OF_SHARES = re.compile(r"\s(?:per|a)\s(?:diluted\s|basic\s)?class\s[A-Z]\b", re.I)
# "... and $31.6 million, or 4.2%, to $0.78 billion in the quarter": the change, then the figure it reached
_CHANGE_TO = re.compile(r",?\s(?:or\s)?\d[\d.]*\s?(?:%|percent),?\s(?:to|from)\s\$", re.I)
# "Diluted EPS of $0.43 versus $0.39 a year ago, before one-time items", "EPS OF $0.60 VS $0.53 LAST YEAR EXCLUDING
# GAINS", "EPS of $0.40 vs $0.31 Last Year, up 29% / Excluding Gains": the qualifier after the pair holds for both
_PAIR_EXCLUDED = re.compile(rf"\s(?:versus|vs\.?|compared\s(?:with|to))\s\$?\s?[\d.,]+(?:\s(?:million|billion|cents))?"
                            rf"(?:(?!\b(?:and|while|but|or)\b)[^.;$]){{0,40}}?(?:,\s*|\s?/\s?|\s)"
                            rf"(?:{_EXCLUDES}|{_BEFORE_A_CHANGE})", re.I)
# "record earnings of $3.06 per share excluding one-time charge"
# "compared to $7.4 million ($0.16 per share) excluding special and extraordinary items in 1996"
_EXCLUDING_RIGHT_AFTER = re.compile(r"(?:\s(?:per|a)\s(?:[\w-]+\s){0,2}?share\)?|\s?\([^()]{0,40}\))?"
                                    r"\s(?:excluding|exclusive\sof)\b", re.I)
_BASIS_ASIDE = re.compile(r"\(\s?on\san?\s(?P<basis>[\w\s-]{1,40}?)\sbasis\s?\)", re.I)
_A_NUMBER = re.compile(r"\d")
_YEAR_NUMBER = re.compile(r"\b(?:19|20)\d\d\b")
# a figure of the quarter before, said after it (and its per-share figure): "compares with a loss of $46.0 million, or
# $0.91 per share, sequentially"
_SEQUENTIAL_AFTER = re.compile(r"(?:,?\s(?:or\s)?\$\s?\(?[\d.,]+\)?(?:\s(?:million|billion))?)?"
                               r"(?:\s(?:per|a)\s(?:[\w-]+\s){0,2}?share)?,?\s(?:sequentially|on\sa\ssequential\sbasis)\b",
                               re.I)
# an aside right after a figure (and its per-share words) that puts it on another basis: "$0.27 per share (pro forma
# fully taxed)"
_ASIDE_AFTER = re.compile(r"(?:\s(?:per|a)\s(?:[\w-]+\s){0,2}?share)?\s?\(\s?(?P<words>[^()]{0,80})\)", re.I)
# "operating income of $110 million and net income of $20 million (each excluding special items)": of all before
_EACH_ASIDE = re.compile(r"\(\s?(?:each|both|all)\s(?P<words>[^()]{0,80})\)", re.I)
# "up 64 percent from pro forma net income of $452,000 in the third quarter of 1993"
_PRO_FORMA_FIGURE = re.compile(r"\b(?:from|compared\s(?:to|with)|versus|vs\.?)\s(?:the\s|a\s)?pro[\s-]forma\s(?:net\s)?"
                               r"(?:income|earnings|loss)\s(?:of\s)?(?:approximately\s)?\$", re.I)
_PRO_FORMA = re.compile(r"\bpro[\s-]forma\b", re.I)
_PRO_FORMA_RESULTS = re.compile(r"\bresults\b[^.;]{0,100}?\b(?:are|were|is|have\sbeen|has\sbeen)\s(?:(?:presented|"
                                r"reported|stated|shown|given)\s)?(?:(?:on|in)\sa\s)?pro[\s-]?forma\b", re.I)
_AS_IF_COMBINED = re.compile(r"\b(?:as\sif|assuming|had\s(?:occurred|taken\splace)|combined)\b", re.I)
_A_SIZE = re.compile(r"\b(?:has|have|had|with|generates?|generated|generating)\s(?:approximately\s|about\s)?annual$",
                    re.I)
_ABOUT_A_CHANGE = re.compile(rf"\b(?:over|more\sthan|nearly|almost|roughly)\s"
                             rf"(?={_PERCENT.pattern}|(?:doubled|tripled)\b)", re.I)
_CHANGE_THEN_LEVEL = re.compile(rf"\b(?:{_CHANGE_VERB})\s{_PERCENT.pattern},?\sand\s(?=(?:were|was|totaled)\s*$)",
                                re.I)
_OPENS_ON = re.compile(r"\s*(?:For|In|During)\s(?:the\s)?", re.I)  # "For the fourth quarter, ..."
_AFTER_A_CHARGE = re.compile(r"\bafter\s(?:a|an|the)\s(?:[\w-]+\s){0,4}?charges?\b", re.I)
# "..., prior to a third quarter fiscal 2002 accounting change ...", "Net income for the full year 2004, after a third
# quarter non-cash impairment charge of approximately $59.2 million, ...": a period named in passing
_PASSING = re.compile(_BEFORE_A_CHANGE + r"|\bafter\s(?:a|an|the)\s(?:[\w-]+\s){0,6}?(?:charges?|gains?)\b", re.I)
# "Before taking a first quarter charge associated with the adoption of SFAS No. 112, earnings per share ..."
_CHANGE_TAIL = r"[^,;$]{0,120}?,"
_OPENS_BEFORE_A_CHANGE = re.compile(rf"\W*(?:(?:in|for|during)\s[^,;]{{1,60}},\s?)?{_BEFORE_A_CHANGE}{_CHANGE_TAIL}",
                                    re.I)
_BEFORE_OPENER = re.compile(rf"\W*{_BEFORE_A_CHANGE}{_CHANGE_TAIL}", re.I)  # a sentence opening "Before the charge,"
# "Without the divested marine businesses, the year-ago sales amounted to $63.5 million": what it would have been
_WITHOUT_OPENER = re.compile(rf"\W*without\s(?:the|these|those|such|its|their)\s{_CHANGE_TAIL}", re.I)
# anywhere later in the amount's clause: "$17.6 million, $1.19 per share, for the same period a year ago,
# which excludes the effect of a patent settlement"
_EXCLUDED = re.compile(rf"(?:,\s*{_EXCLUDES}|\s(?:which|that)\s(?:excluded|excludes|exclude))\b", re.I)
# "$.52 per share ($.47 diluted)": the figure before is basic; "$0.15 per share on 4,102,000 diluted weighted
# average shares" is diluted; "(fully dilutive, $0.55)", "(25 cents fully diluted)"
_DILUTED_ASIDE = re.compile(r"\s?\(\s?(?:(?:fully\s)?dilut(?:ed|ive)[:,]?\s\$?\s?\(?[\d.]+\)?(?:\s(?:per|a)\sshare)?"
                            r"|\$?\s?\(?[\d.]+\)?\s(?:cents?\s)?(?:fully\s)?diluted)\s?\)", re.I)
# "$1.20 per share - diluted", "$2.39 per share (diluted)", "$0.29 per share (assuming dilution)", "$0.40 a share fully
# diluted": the kind named right after "per share"
_KIND_AFTER = re.compile(r"(?:\s(?:loss|earnings|income))?"  # "$0.08 per share loss (basic)"
                         r"(?:\s?[-\u2013\u2014]\s?|\s\(\s?(?=(?:fully\s|assuming\s)?\w+\s?\))|\s(?=fully\sdiluted))"
                         r"(?P<kind>basic|(?:fully\s)?diluted|assuming\sdilution)\b"
                         r"(?=\s?[),.;]|\s(?:for|in|on|compared|versus|vs|from|and|during|as)\b|\s*$)", re.I)
# "... on 4,102,000 diluted weighted average shares", "... (based on a weighted average of 62,336,774 diluted shares",
# "... assuming dilution"
_DILUTED_AFTER_A_COMMA = re.compile(r",\s\$\s?\(?[\d.]+\)?\s(?:per\s(?:common\s)?share\s)?on\sa\s(?:fully[\s-])?diluted"
                                    r"\sbasis\b", re.I)
_ON_SHARES = re.compile(r"\s+\(?(?:on|based\son)\s(?:a\sweighted[\s-]average\sof\s)?(?:approximately\s|about\s)?"
                        r"[\d,.]+\s(?:million\s)?(?:weighted[\s-]average\s)?(?P<kind>basic|(?:fully\s)?diluted)\b"
                        r"|,?\s(?:assuming|after)\s(?:full\s)?dilution\b", re.I)
_BASIS_AFTER = re.compile(r"[\s,]*(?:(?:per|a)\s[\w\s-]{0,20}?share[\s,]*)?"
                          r"(?:or\s\$?\s?[\d.]+\s(?:cents?\s)?(?:per|a)\s[\w\s-]{0,20}?share[\s,]*)?"
                          r"(?:(?:earned|reported|recorded)\s)?"  # "the $313 million earned on a normalized basis"
                          r"on\san?\s(?P<basis>[\w\s-]{1,40}?)\sbasis", re.I)
_REPORTED_BASIS = frozenset({"reported", "gaap", "as-reported", "diluted", "fully", "basic", "fully-diluted", "us",
                             "non-diluted", "nondiluted", "undiluted", "post-split", "split-adjusted",
                             "u.s.", "per-share", "per", "share", "earnings", "consolidated", "total", "and", "a",
                             "year-to-date", "year", "to", "date"})  # "On a year-to-date basis": a period
# "net income attributable to Halverson Labs (shareholders) was": the owner between the concept and its amount
# ("attributable to shareholders": ours, there being no other owner named)
_OWNER = re.compile(r"\s+(?:attributable|applicable)\sto\s(?:(?P<holders>(?:share|stock)holders)|"
                    r"(?P<owner>[\w&.'\u2019-]+(?:,?\s[\w&.'\u2019-]+){0,5}?)"
                    r"(?:\s(?P<common>common\s)?(?:share|stock)holders)?),?"
                    r"(?=\s(?:was|were|totaled|of|for|in|rose|increased|decreased|fell|declined|amounted|came|grew)\b)",
                    re.I)
# "Total revenues $ 6,512 $ 6,407", "revenue |$150,210 |97 |.5": a table's row, read as text
# (not "$40 million (49 cents diluted earnings per share)")
_ANOTHER_NUMBER = re.compile(r"(?:\s+|\s*\|\s*)(?:[$\u20ac\u00a3]\s?)?(?:\(\d[\d,.]*\)?(?!\s?cents?\b)|\d[\d,.]*)"
                             r"(?=\s|\||$)")
# "Net Income (Loss) $ 28,615,000 ($ 12,207,000)": a loss beside a figure written in full, its sign the brackets
_ANOTHER_LOSS = re.compile(r"\s+\([$\u20ac\u00a3]\s?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)(?=\s|\||$)")
_NET_INCOME_MEASURES = frozenset(_V["net_income_measures"])
_QUALIFIED_EPS = frozenset({"EarningsPerShareBasic", "EarningsPerShareDiluted"})
_TO_COMMON = "NetIncomeLossAvailableToCommonStockholdersBasic"
_FIGURE_BEFORE = re.compile(r"\d\)?\s(?:cents?\s)?$")  # "$0.57 per diluted share": a phrase trailing its figure
_BOTH_KINDS_GAP = re.compile(r",?\s(?:and|or|&)\s", re.I)
_OF_SOMETHING = re.compile(r"\s+of\s+(?!the\s(?:same|prior|previous|comparable|corresponding|year)\b|(?:last|a)\s)"
                           r"[A-Za-z]", re.I)
_LIST_GAP = re.compile(r"[\s,]*(?:and\s)?")
_ITS_PER_SHARE_FIGURE = re.compile(r"^,?\s(?:or\s)?\$?\s?\(?[\d.]+\)?\s(?:cents?\s)?(?:a|per)\s(?:[\w-]+\s){0,2}?share"
                                   r"(?:\s\(\$?\s?\(?[\d.]+\)?\s(?:fully\s)?diluted\))?", re.I)
# what a change is explained by: "as a result of lower sales of", "driven by higher revenues of"
_EXPLAINING = re.compile(r"\b(?:as\sa\sresult\sof|due\sto|driven\sby|because\sof|offset\sby|reflecting)\s"
                         r"(?:(?:higher|lower|increased|decreased|reduced|improved)\s)$", re.I)
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
_BULLET_OPENING = re.compile(r"\s*(?:[" + "".join(_V["bullet_marks"]) + r"*\u00b7]|--?\s|o\s)")
_KINDS_SAID = re.compile(r"\b(?:basic|diluted)\b", re.I)
# a kind of earnings per share, and words of the period or basis between it and the phrase
_KIND_BEFORE = re.compile(r"\b(basic|diluted)\s(?:(?:quarterly|annual|gaap|reported|full[\s-]year|year[\s-]to[\s-]date"
                          r"|(?:first|second|third|fourth)[\s-]quarter)\s){1,3}$", re.I)
_KIND_WORD_BEFORE = re.compile(r"\b(?:basic|diluted)\s$", re.I)  # "Fully diluted net income was $1.00 per"
_DASH_ASIDE = re.compile(r"\u2014[^\u2014$;]{1,120}\u2014")  # an aside between em dashes, holding no figure
# ", net income of $23.1 million, and diluted earnings per share of $.68 ": the items after a listed figure
_LISTED_ITEMS = re.compile(r"(?:,?\s(?:and\s)?(?:[A-Za-z'-]+\s){1,6}of\s\$\s?[\d.,]+(?:\s(?:million|billion))?)+"
                           r"(?:,?\s(?:respectively,?\s)?(?:for|in)\s)?", re.I)
_ENDED_ON = re.compile(rf"\b(?:ended|ending)\s{DATE}", re.I)  # "ended December 31, 1993"
_AND_A_PHRASE = re.compile(r",\sand\s(?:(?:its|the)\s)?$", re.I)
_COMMA_A_PHRASE = re.compile(r",\s(?:(?:its|the)\s)?$", re.I)
_AND_FOR = re.compile(r"\sand\s(?:(?:for|in)\s)?$", re.I)
_ARTICLE_GAP = re.compile(r",?\s(?:(?:a|an|the)\s)?")
# a year or a quarter written short before a concept phrase: "2014", "Q4-2014", "4Q14", "FY2014"
_PERIOD_WORD = re.compile(r"(?:19|20)\d\d|q[1-4](?:[\s-]?(?:fy)?(?:19|20)?\d\d)?|[1-4]q(?:\d\d)?"
                          r"|fy[\s-]?(?:19|20)?\d\d")
# "net income increased 35% from $3.1 million in 2004 to $4.2 million": the level it came from, then the one it reached
_RISE_FROM = re.compile(rf"\b(?:{_CHANGE_VERB})(?:\s(?:by\s)?{_PERCENT.pattern})?,?\s(?P<from>from)\s$", re.I)
_RISE_TO = re.compile(r"\s*(?:(?:per|a)\s(?:[\w-]+\s){0,2}?share\b)?[\s,]*(?P<to>to)"
                      r"(?:\sa\s(?:new\s)?(?:record|all-time)(?:\shigh)?\s+(?:of)?)?\s$", re.I)  # "to a record high of"
_RISE_GAP_WORDS = re.compile(r"\b(?:in|for|during|at|of|the)\b", re.I)
_BASIS_SECTION = re.compile(r"\b(?:comparable|adjusted|non-gaap|same[\s-]store|pro\sforma)\sbasis\b[^.()]{0,40}"
                            r"\bunless\sotherwise\s(?:noted|stated|indicated)", re.I)
_NOTHING = re.compile(r"\s+(?:break[\s-]?even|breakeven|zero|nil)\b", re.I)
# ("over prior year revenue of $1.47 billion")
_NEXT_TO = re.compile(r"\s+(?:the\s)?(?:reported\s)?(?:(?:last|prior|previous)\s(?:year|period)(?:['\u2019]s)?\s"
                      # "over 1997 revenues of $712,784,000"
                      r"|year[\s-](?:ago|earlier)\s|(?:fiscal\s)?(?:19|20)\d\d(?:['\u2019]s)?\s"
                      # "up 25% from 2011 first quarter earnings per diluted share of $1.23"
                      r"|(?:fiscal\s)?(?:19|20)\d\d\s(?:first|second|third|fourth)[\s-]quarter\s)?")
_IF_OTHERWISE = re.compile(r"\(\s?or\s\$?\s?\d[\d.,]*[^()]{0,120}?\bif\b[^()]*\)", re.I)
_OTHERWISE_AFTER = re.compile(r",\sor\s\$\s?\d[\d.,]*\s(?:(?:million|billion)\s)?(?:per\s(?:[\w-]+\s)?share\s)?"
                              r"(?:after|if|including)\s(?:the\s)?(?:effects?\sof\s)?(?:the\s|this\s)?(?:charges?|gains?|"
                              r"benefits?|items?)\b", re.I)
_MONEY_SIGN = re.compile(r"\$\s?\d")
_POSSESSIVE_GAP = re.compile(r"['\u2019]s?\s+")
# (past an adverb: "and earnings per share correspondingly increased to $.49 from $.21")
_MAIN_VERB = re.compile(r"\s(?:(?:also|correspondingly|likewise|similarly)\s)?(?:was|were|increased|decreased|rose|"
                        r"fell|grew|declined|totaled|amounted|improved|climbed|jumped|dropped)\b", re.I)
# "...; net income ...", ", while ...", ", a decrease of 21.4% in diluted earnings per share to $.11 from $.14"
_AND_THEN = re.compile(r",\s(?:and|while|whereas|but)\s", re.I)
# "... to $200 million and reported net earnings ...": a clause of its own
_THEN_A_CLAUSE = re.compile(r",?\s(?:and|while|whereas|but)\s(?:(?:GAAP|reported)\s)?", re.I)
# (", with diluted earnings per share of $0.37" after a comparison: a figure of its own; "... or $.38 per share while in
# 1995, net income was")
_NEW_CLAUSE = re.compile(r";|,\s(?:while|whereas|but|and\swhile|with)\b|\s(?:while|whereas)(?=\sin\s(?:19|20)\d\d,)"
                         # "... compared to the third quarter of 1995 while net income of $1.9 million ..."
                         r"|(?<=\d)\s(?:while|whereas)(?=\s(?:net|total|diluted|basic|earnings|revenues?|sales)\b)"
                         r"|,\s(?:an?\s)?(?:increase|decrease|decline|gain|improvement|drop|rise)\sof\s\d{1,4}"
                         r"(?:\.\d{1,3})?\s?(?:%|percent\b)\s(?=in\s)", re.I)


@dataclass(frozen=True)
class _Rise:
    """ "Increased from $3.1 million in 2004 to $4.2 million": `start`..`to` is what the sentence is read
    without (the level it came from, and its own period if it names one)."""

    start: int
    to: int
    came_from: Amount
    reached: Amount
    ref: PeriodRef | None


@dataclass(frozen=True)
class _Bound:
    """An amount tied to a concept within one sentence."""

    amount: Amount
    concept: str
    negative: bool
    clause: int
    quote_start: int
    quote_end: int
    resolved: Resolved | None = None
    partner: Amount | None = None  # "$208,715, or $0.20 per share": the amount whose period it shares
    ref: PeriodRef | None = None  # the period its place in a "respectively" list gives it
    compared_with: Amount | None = None  # in a compared list: the figure whose period it goes back from


class ProseExtractor:
    """Reads paragraphs in order, carrying the period the text last spoke of."""

    def __init__(self, anchor: Anchor | None, entity_words: frozenset[str] = frozenset(),
                 dollar: str = "USD", all_diluted: bool = False, ticker: str | None = None,
                 defined: dict[str, str] | None = None) -> None:
        self.anchor = anchor
        self.entity_words = entity_words
        self.ticker = ticker.lower() if ticker else None  # known even when the name is not ("Trecora Resources")
        self.dollar = dollar  # the currency of a bare "$" (see `stated_dollar`)
        self.all_diluted = all_diluted  # the release says its per-share figures are diluted (`states_all_diluted`)
        self.taxonomy = taxonomy.load()
        self.previous: Resolved | None = None
        # the text last spoke of two periods at once ("for the year and fourth quarter ended Jan. 1"): a figure in a
        # sentence naming none is of neither, not of the anchor's length
        self.unsettled = False
        self.warnings: list[str] = []
        # "diluted earnings per common share ("EPS")": EPS -> the concept (a per-share term, wherever it is defined)
        self.defined: dict[str, str] = dict(defined or {})
        self.under_a_part = False  # the last heading ("International", "Sears Canada") opened a part's section
        self.in_body = False  # a paragraph of running text was read: the letterhead's lines are behind
        self.continuing: set[Decimal] = set()  # per-share figures the text gives as continuing operations' only
        self.per_share_facts: list[Fact] = []  # every per-share fact read
        self.other_basis: set[tuple[Decimal, Period]] = set()  # figures "These results exclude ..." put on another
        # a sentence of the paragraph opened on earnings from continuing operations: its bare "Earnings last year
        # were $21.6 million" goes on about them
        self.continuing_paragraph = False
        self.bare: list[Fact] = []  # per-share facts named by no net figure ("Reports EPS of $0.90")
        # the main clause's figures the sentence before gave (what "This compares with $126 million" compares with),
        # and those the sentence just read gave
        self.carried: tuple[_Bound, ...] = ()
        self.last_main: tuple[_Bound, ...] = ()
        self.quarter_before: PeriodRef | None = None  # a past quarter of its own year the sentence before named
        self.heading: Resolved | None = None  # the one period the last heading named
        # periods whose results the text says are pro forma, and whether its revenues too (`is_pro_forma`)
        self.pro_forma: dict[Period, bool] = {}

    # -- public ----------------------------------------------------------------------------------

    def paragraph(self, paragraph: Paragraph) -> list[Fact]:
        """Facts of one paragraph; of an overlong one (no release writes 20,000 characters without a
        break), only the beginning is read, so that no input makes the work grow without bound."""
        if _BASIS_SECTION.search(paragraph.text):
            # "First-Quarter 2019 Consolidated Results (on a year-over-year, comparable basis unless otherwise
            # noted)": what follows is on that basis, not GAAP's, until the next heading
            self.under_a_part = True
            self._heading_period(paragraph.text)
            return []
        if is_heading(paragraph.text):
            # (not a letterhead's contact line: "Harbor Point Insurance Group" above "Harbor Point Holdings, Inc.")
            # ("Pro Forma Results": what follows is not GAAP's, until the next heading)
            self.under_a_part = self.in_body and heading_names_a_part(paragraph.text, self.entity_words) or bool(
                _NON_GAAP_HEADING.match(paragraph.text))
            self._heading_period(paragraph.text)
            return []
        if (_LEADS_A_LIST.search(paragraph.text) or _PERIOD_LEAD_IN.match(paragraph.text)) and \
                not _MONEY_SIGN.search(paragraph.text):
            # ("Pro forma operating results for the first quarter ... were as follows:")
            self.under_a_part = self.under_a_part or bool(_NON_GAAP_HEADING.match(paragraph.text))
            # "Key metrics for the fourth quarter (all percentage changes below compare the fourth quarter of 2010 to
            # the fourth quarter of 2009) include:": a heading of the bullets under it, its asides left out
            lead = _ASIDE.sub("", paragraph.text)
            last = lead[split_sentences(lead)[-1][0] :]
            quarter = resolve(PeriodRef(0, 0, months=3, kind="implied"), self.anchor, None, False) \
                if _QUARTERLY.search(last) and not find_periods(last) else None
            if quarter is not None:
                # "... results for its fourth quarter and year ended December 31, 2007. Key quarterly highlights
                # include:": the quarter's
                self.previous, self.unsettled, self.heading = quarter, False, quarter
            else:
                self._heading_period(lead)
            return []
        if not _BULLET_OPENING.match(paragraph.text):
            self.heading = None  # a heading's bullets go on about its period; running text may turn to another
        self.in_body = self.in_body or len(paragraph.text.split()) >= 12
        facts: list[Fact] = []
        sentence_main: Resolved | None = None
        text = paragraph.text[:MAX_PARAGRAPH]
        if len(paragraph.text) > MAX_PARAGRAPH:
            self.warnings.append(f"a paragraph of {len(paragraph.text)} characters: only its first "
                                 f"{MAX_PARAGRAPH} were read")
        part_paragraph = False
        # "Under the retail method, the Company reported ... For the fifty-three weeks ended ...": all of it
        opener = _BASIS_BEFORE.match(text.lstrip())
        on_a_method = opener is not None and opener.group("method") is not None and _non_gaap(opener.group())
        spoken: set[Period] = set()  # the periods this paragraph's sentences speak of
        self.continuing_paragraph = False
        after_a_part = after_a_named_part = False  # the sentence before opened on a segment's figure, or its name
        off_gaap = False
        self.carried = ()
        self.quarter_before = None
        said_before: list[Fact] = []  # the facts of the sentence before
        for n, (start, end) in enumerate(split_sentences(text)):
            sentence = paragraph.text[start:end]
            if _THESE_EXCLUDE.match(sentence) and said_before:
                # "Earnings per share for the quarter ... were 83 cents ... These results exclude discontinued
                # operations": the figures before are on another basis, wherever the text gives them again
                facts = [f for f in facts if not any(f is g for g in said_before)]
                self.other_basis.update((abs(f.value), f.period) for f in said_before)
            said_before = []
            if is_heading(sentence.strip()):  # a heading run into its bullets: "Fourth Quarter Highlights * ..."
                self._heading_period(sentence)
                sentence_main = self.previous
                continue
            self.continuing.update(_continuing_per_share(sentence))
            if _PRO_FORMA_RESULTS.search(sentence):
                self._declares_pro_forma(sentence)
            for figure in _PRO_FORMA_FIGURE.finditer(sentence):
                if not _PRO_FORMA.search(sentence, 0, figure.start()):  # not "Pro forma net income ... compares to"
                    self._pro_forma_figure(sentence, figure.end())
            produced, main, about_a_part = self._sentence(sentence, sentence_main)
            self.continuing_paragraph = self.continuing_paragraph or bool(_CONTINUING_SUBJECT.match(sentence))
            # a paragraph that opens on a segment or a subsidiary goes on about it: "Sears Canada
            # reported ..." / "Revenues for the second quarter increased 4.6 percent to $1.1 billion"
            # (until a sentence turns to the whole: "Overall, total net revenues were $28.0 million")
            part_paragraph = (part_paragraph and not _TO_THE_WHOLE.match(sentence)) or (n == 0 and about_a_part)
            # "Operating income at the company's magazine segment fell 8.2% ... Revenue advanced 1.9%, to $512.3
            # million": a sentence that opens on a bare total goes on about the segment before it; after a part named
            # ("Carrow Home Care, Inc., the company's home care subsidiary, had revenues ... Net earnings for the
            # quarter declined to $1.2 million"), on any figure
            continues_a_part = after_a_part and self._opens_on_a_bare_figure(sentence, any_concept=after_a_named_part)
            # "The following non-GAAP results exclude the impact of stock compensation. ...": the rest of the paragraph
            off_gaap = off_gaap or bool(_NON_GAAP_FOLLOWS.match(sentence))
            if part_paragraph or self.under_a_part or on_a_method or continues_a_part or off_gaap:
                produced = []
            self.carried = self.last_main if produced else ()
            self.quarter_before = next((p for p in find_periods(sentence) if p.quarter in (1, 2, 3)
                                        and p.fiscal_year is not None and not p.years_back), None)
            after_a_named_part = _A_PART_NAMED.match(sentence) is not None
            after_a_part = after_a_named_part or self._opens_on_a_part(sentence)
            for bound in produced:
                facts.append(fact := self._fact(bound, paragraph, start))
                said_before.append(fact)
                if self.taxonomy[fact.concept].is_per_share:
                    self.per_share_facts.append(fact)
                    if _BARE_EPS.match(fact.source.quote):
                        self.bare.append(fact)
            if main is not None:
                sentence_main = main
                spoken.add(main.period)
                if not self._in_the_past(main):  # "In fiscal 2002, ... sales were $5.5 billion" dates nothing
                    self.previous, self.unsettled = main, False
        if len(spoken) > 1:
            # "... in the fourth quarter ... For all of fiscal 2013, ...": which of the two the next
            # paragraph's "Net income was $8.1 million" speaks of, the text does not say
            self.previous = None
        return _before_the_owners_share(facts)

    def _declares_pro_forma(self, sentence: str) -> None:
        """"Results for the three-month period are pro forma, and exclude ...", "The Company's results for the
        first nine months of 1999 are reported on a pro forma basis": the text's figures of that period, before
        or after the sentence, are not GAAP's (`is_pro_forma`)."""
        whole = bool(_AS_IF_COMBINED.search(sentence))
        named = find_periods(sentence)  # "Results for the three- and twelve-month periods are pro forma"
        for ref in [*named, *filter(None, (listed_length(sentence, r, stated=False) for r in named))]:
            if ref.months and not ref.instant and (found := resolve(ref, self.anchor, self.previous, False)):
                self.pro_forma[found.period] = whole or self.pro_forma.get(found.period, False)

    def _pro_forma_figure(self, sentence: str, at: int) -> None:
        """"net income rose to $742,000, up 64 percent from pro forma net income of $452,000 in the third quarter of
        1993": a reported figure compared with a pro forma one; the text's earnings of that period are pro forma, and
        so is the per-share figure it gives for it ("... were $0.094 vs. $0.071")."""
        ref = next((p for p in find_periods(sentence) if at <= p.start <= at + 60), None)
        if ref is not None and ref.months and "$" not in sentence[at : ref.start] and (
                found := resolve(ref, self.anchor, self.previous, False)) is not None:
            self.pro_forma.setdefault(found.period, False)

    def is_pro_forma(self, fact: Fact) -> bool:
        """Whether the text says a figure of its own is pro forma: its earnings, when a charge is excluded ("pro
        forma for the exclusion of a pre-tax charge" leaves sales as reported); all of it when an acquisition is
        assumed ("assuming that the acquisition occurred on January 1, 1999")."""
        whole = self.pro_forma.get(fact.period)
        if whole is None or fact.source.kind != "prose":
            return False
        return whole or fact.concept in _NET_INCOME_MEASURES or self.taxonomy[fact.concept].is_per_share

    def of_continuing_operations(self) -> list[Fact]:
        """The per-share facts no net figure names whose value the text gives elsewhere as continuing operations'
        ("Reports EPS of $0.90" above "income from continuing operations of $23.3 million, or $0.90 per diluted
        share"): not net earnings per share, once the whole text is read."""
        return [f for f in self.bare if abs(f.value) in self.continuing] + [
            f for f in self.per_share_facts if (abs(f.value), f.period) in self.other_basis]

    @staticmethod
    def _opens_on_a_bare_figure(sentence: str, any_concept: bool = False) -> bool:
        """Whether a sentence opens on a revenue phrase (or with `any_concept`, any phrase) with no subject of its own
        ("Revenue advanced 1.9% ...", "Its revenues increased 18 percent to $21.4 million")."""
        first = next(iter(find_mentions(sentence)), None)
        return first is not None and (any_concept or first.concept == "Revenues") and (
            not _WORD.search(sentence, 0, first.start) or sentence[: first.start].strip().lower() in ("its", "their"))

    def _opens_on_a_part(self, sentence: str) -> bool:
        """Whether a sentence opens on a segment's figure ("Operating income at the company's magazine segment
        fell 8.2% ...", "The business publishing segment ... posted 1996 operating income of ...")."""
        first = next(iter(find_mentions(sentence)), None) if _PART_NOUN.search(sentence) else None
        return first is not None and (names_a_part(sentence[: first.start], self.entity_words) or (
            not _WORD.search(sentence, 0, first.start) and bool(_AT_A_PART.match(sentence, first.end))))

    # -- one sentence ----------------------------------------------------------------------------

    def _sentence(self, text: str, before: Resolved | None) -> tuple[list[_Bound], Resolved | None, bool]:
        """The facts of a sentence, the period it speaks of, and whether it speaks of a part of the company."""
        self.last_main = ()
        periods = find_periods(text)
        if _LAST_YEAR_OPENER.match(text):
            # "Last year, SCI reported first quarter revenues of $200.7 million": that quarter a year back
            periods = tuple(replace(p, years_back=1) if p.kind == "ordinal_quarter" and p.fiscal_year is None
                            and not p.years_back else p for p in periods)
        if "\u2014" in text:
            # "Earnings for the quarter\u2014the first since the Company's initial public offering on December 9,
            # 2004\u2014were": an aside of no figure, its dates of no period the sentence speaks of
            asides = [m.span() for m in _DASH_ASIDE.finditer(text)]
            periods = tuple(p for p in periods if not (p.instant and any(s < p.start < e for s, e in asides)))
        amounts = find_amounts(text, self.dollar)
        # not where it only explains the figures before it: "..., with the increase resulting primarily from the
        # acquisition of Delta Farms"
        other = next((m for m in _OTHER_COMPANY.finditer(text) if not _COST_AFTER.match(text, m.end())
                      and not _COST_BEFORE.search(text, max(0, m.start() - 40), m.start())), None)
        if _forward_looking(text) or _INCLUDED_IN.match(text) or _RESTATED_FROM.search(text) or \
                len(amounts) > MAX_AMOUNTS or (
                other is not None and (not amounts or other.start() < amounts[-1].end)):
            return [], None, False  # outlook, what a figure includes, another company, or a list no sentence holds
        if not amounts:
            if _several_lengths(text, periods):
                # "reported sales and earnings for the second quarter and six months ended June 30, 2004": which of
                # the two the next sentence's figures are, unsaid
                self.previous, self.unsettled = None, True
                return [], None, False
            # not a period compared with: "Module shipments were 310 MW, compared to 255 MW in the third quarter of
            # 2013" speaks of the quarter reported
            compared = _COMPARISON.search(text)
            own = [p for p in periods if compared is None or p.end <= compared.start()]
            if any(a.quarter is not None and a.fiscal_year is None and b.months == 12 and b.fiscal_year is not None
                   and _LIST_AND.fullmatch(text, a.end, b.start) for a, b in zip(own, own[1:], strict=False)):
                # "... Reports Fiscal Fourth-Quarter and Full Year 2018 Financial Results" over "Total Revenues of $84.6
                # Million": which of the two, unsaid
                self.previous, self.unsettled = None, True
                return [], None, False
            named = self._resolve_plain(own)
            # "For the twelve months ended March 31, 2009, same store revenue growth was 4.2%" in a release on the first
            # quarter: a trailing year spoken of in passing, not what the next sentence's figures are of
            return [], None if named is not None and self._a_trailing_year(named) else named, False
        if rises := _rises(text, amounts):  # read "increased from $3.1 million to $4.2 million" as "increased to"
            for rise in rises:
                text = text[: rise.start] + " " * (rise.to - rise.start) + text[rise.to :]
            periods, amounts = find_periods(text), find_amounts(text, self.dollar)
        mentions = self._as_defined(text, _leading(find_mentions(text), text, amounts))
        if "includ" in text:
            # "Net sales, including gift card breakage revenue, for the 14 weeks ended ... increased 9.2% to": what a
            # figure includes, named in an aside of no figure, is not the phrase the figure is named by
            included = [m.span() for m in _INCLUDING_ASIDE.finditer(text) if "$" not in m.group()]
            mentions = [m for m in mentions if not any(s < m.start and m.end <= e for s, e in included)]
        clauses, comparing = self._clauses(text, periods, amounts, mentions)
        lead = LEADING_NAME.match(text)
        subjects = [text[clauses[clause_of(clauses, m.start)] : m.start] for m in mentions]  # before each phrase
        if any(names_a_part(subject, self.entity_words) for subject in [lead.group() if lead else "", *subjects]):
            return [], self._resolve_plain(periods), True
        # a headline's bare "Earnings" names nothing yet, nor does a phrase after the figures ("$0.41 per share on
        # 21.7 million diluted shares")
        first = next((m for m in mentions if not m.weak and m.start < amounts[0].start), None)
        nearest = next((m for m in reversed(mentions) if not m.weak and m.start < amounts[0].start), None)
        if first is not None and not self._lead_ok(text, first.start) and not (
                # "Fully diluted net income was $1.00 per share": the kind of a per-share figure, not a narrowed total
                _KIND_WORD_BEFORE.search(text, max(0, first.start - 30), first.start)
                and (per := trailing_mention(text, amounts[0].end)) is not None
                and self.taxonomy[per.concept].is_per_share) and not (
                # "Comparable venue sales increased 5.2% ..., and total revenues increased $11.2 million": a clause of
                # its own names the first figure
                nearest is not None and _AND_THEN.search(text, first.end, nearest.start)
                and self._lead_ok(text, nearest.start)) and not any(
                # "Adjusted net earnings increased 20.1% to $200 million and reported net earnings decreased 11.5% to
                # $148 million": after the narrowed figure, a clause of its own names the next
                not m.weak and _THEN_A_CLAUSE.fullmatch(text, a.end, m.start) and self._lead_ok(text, m.start)
                for a in amounts for m in mentions if m.start > a.end):
            # the sentence opens on a narrowed figure ("Online sales increased 1.1 percent to $46.6
            # million, compared to net sales of $46.1 million"): what it compares is narrowed too
            return [], self._resolve_plain(_not_in_passing(text, periods, amounts)), False
        if _OPENER.search(text):
            comparing[0] = True  # "This compares to ...": the whole first clause looks back a year
        asides = [m.span() for m in _ASIDE.finditer(text) if not _EPS_ASIDE.match(m.group())]

        counted = [a for a in amounts if not any(s < a.start and a.end <= e for s, e in asides)]
        if not counted or _non_gaap(_outside(text, 0, counted[0].start, asides)) or _NON_GAAP_ASIDE.search(
                text, 0, counted[0].start):  # (nor "In the first quarter of 2015, operating (non-GAAP) earnings were")
            return [], self._resolve_plain(_not_in_passing(text, periods, amounts)), False  # "On a non-GAAP basis
            # (as reconciled below), ..."
        per_clause = [sum(1 for a in counted if clause_of(clauses, a.start) == i) for i in range(len(clauses))]
        # (with the diluted figure in an aside after a per-share one: "or $.28 per common share ($.26 diluted), and")
        diluted = diluted_asides(text)
        listable = [a for a in amounts if a in counted or a.start in diluted]
        listed = read_lists(text, listable, mentions, periods, clauses, comparing,
                            lambda start, end: self._gap_ok(text, start, end),
                            lambda start, mention: self._says_earnings(text, clauses[clause_of(clauses, start)], start,
                                                                       mention))
        named = [{m.concept for m in mentions if clause_of(clauses, m.start) == i} for i in range(len(clauses))]
        bound: list[_Bound] = []
        beside: list[_Bound] = []  # "$.52 per share ($.47 diluted)": the diluted figure in the aside
        previous_amount: Amount | None = None
        for amount in amounts:
            item = listed.get(amount.start)
            if any(s < amount.start and amount.end <= e for s, e in asides) and (item is None or item.concept is None):
                continue
            clause = clause_of(clauses, amount.start)
            compares = next((c for c in range(clause - 1, -1, -1) if not comparing[c]), None) if comparing[clause] \
                else None
            if item is not None and item.concept is None and item.ref is not None:
                # (past the per-share figures between: "$3.2 million, or $.60 per common share, and $9.9 million")
                listed_before = next((a for a in reversed(amounts) if a.end <= amount.start and (
                    other := listed.get(a.start)) is not None and other.concept is None and other.ref is not None),
                                     previous_amount)
                b = self._bind(text, amount, mentions, bound, clause, clauses, comparing, listed_before, asides,
                               per_clause[clause])
                b = replace(b, ref=item.ref) if b is not None else None
            elif item is not None:
                b = self._bind_listed(text, amount, item, bound, clause, clauses, previous_amount, asides)
                if b is not None and previous_amount is not None and item.ref is None and item.compared_with is None \
                        and any(o.amount == previous_amount and o.ref is None for o in bound) \
                        and _LIST_GAP.fullmatch(text, previous_amount.end, amount.start):
                    # "diluted and basic earnings per share were 26.8 cents and 27.3 cents respectively, and nine
                    # month ...": a list of phrases is of one period, whatever follows the last figure
                    b = replace(b, partner=previous_amount)
            elif compares is not None and per_clause[compares] and not any(o.clause == compares for o in bound) and (
                    named[compares] & named[clause] or not named[clause]):
                b = None  # "Net income from continuing operations ... was $3.9 million ... compared to net income of
                # $2.6 million": what the figure it compares with is not (read), it is not either; nor one with no
                # phrase before it ("... prior to realized gains was $38 million, or 22 cents per share, compared
                # with break-even, or a loss of 11 cents per share")
            else:
                b = self._bind(text, amount, mentions, bound, clause, clauses, comparing, previous_amount, asides,
                               per_clause[clause])
            if b is not None:
                if (measure := self._measure_aside(text, b, mentions, amounts, beside)) is not None:
                    beside.append(measure)
                b, *aside = _qualified(text, b, amounts)
                if self.all_diluted and b.concept == "EarningsPerShareBasicAndDiluted":
                    b = replace(b, concept="EarningsPerShareDiluted")
                bound.append(b)
                beside += aside
            previous_amount = amount
        bound += beside  # after the rest: a comparison's figures take their concepts by place among the others
        if _OPENS_BEFORE_A_CHANGE.match(text):
            # "In fiscal 1998's third quarter, before the required accounting change, diluted earnings per share
            # decreased 5% to 30.0 cents from 31.6 cents ..., and basic earnings per share decreased 5% to 30.6 cents
            # from 32.1 cents": every current figure of the sentence (the year before had no such change)
            bound = [b for b in bound if comparing[b.clause]]

        out: list[_Bound] = []
        main: Resolved | None = None
        # the period the sentence's main clauses name: what "the same period last year" goes back from
        main_periods = [p for p in periods
                        if not comparing[clause_of(clauses, p.start)] and not _compared_ref(text, p)]
        own = self._resolve_plain(main_periods) if bound else None
        unplaced: set[int] = set()  # main clauses with a figure no period was found for
        not_over: set[int] = set()  # main clauses whose figure names a year not over when the release was written
        bound = [replace(b, ref=_listed_year(text, periods, amounts, listed, b)) if b.ref is not None else b
                 for b in bound]
        # "Diluted earnings per share were $1.01 and $.99 for 2005 and 2004, respectively" in a third-quarter release:
        # 2005 is not over, so neither figure is of a whole year (whichever period they are of, unsaid)
        not_over.update(b.clause for b in bound if b.ref is not None and _names_a_year(b.ref) and resolve(
            b.ref, self.anchor, None, self.taxonomy[b.concept].period_type == "instant") is None)
        for b in bound:
            want_instant = self.taxonomy[b.concept].period_type == "instant"
            is_comparison = comparing[b.clause]
            base = self._base_for(b, out, before, comparing, own)
            if b.compared_with is not None:
                base = next((o.resolved for o in out if o.amount == b.compared_with), None)
                if base is None:
                    continue
            ref = b.ref or _pick_period(text, periods, amounts, b, clauses, self.anchor, is_comparison)
            if ref is AMBIGUOUS or (b.ref is None and ref is not None and _LENGTHS_BEFORE.search(
                    text, max(0, ref.start - 20), ref.start)) or (_names_a_year(ref) and (
                    max((c for c in range(b.clause) if not comparing[c]), default=None) in not_over if is_comparison
                    else b.clause in not_over if b.ref is not None
                    else bool(not_over) and _BARE_YEAR.match(text, ref.start) is not None)):
                continue  # (nor "Earnings per share were $1.16 in 1996 and $1.05 in 1995" in a third-quarter release)
            if is_comparison and (ref is None or ref.is_relative) and self._compared_unplaced(
                    b, out, unplaced, base, main_periods, clauses, comparing):
                continue
            if is_comparison and _names_a_year(ref) and _BARE_YEAR.match(text, ref.start) and max(
                    (c for c in range(b.clause) if not comparing[c]), default=None) in unplaced:
                continue  # "Year-to-date net income was $16,358,000 ... down from $18,250,000 ... in 2002", the year to
                # date's start unknown: that part of 2002, not all of it
            if b.ref is not None:
                pass  # its place in a list says which period it is
            elif ref is not None and _names_a_year(ref) and _BARE_YEAR.match(text, ref.start) and (
                    length := _length_before(text, periods, b.amount.start, ref)) is not None:
                ref = replace(length, fiscal_year=ref.fiscal_year)  # "Nine month sales were $12.8 million in 1995 and
                # $13.9 million in 1994": the first nine months of each year; "Fourth quarter net income was
                # $361,880, or $.09 per share, in 2013": that quarter
            elif ref is not None and not is_comparison and self.heading is not None and \
                    self.heading.ref.months == 3 and _names_a_year(ref) and _BARE_YEAR.match(text, ref.start) and \
                    self.heading.period.end.year == ref.fiscal_year:
                ref = self.heading.ref  # "Net income was $12.3 million in 2012" under "Fourth Quarter Financial
                # Summary": that quarter of 2012
            elif ref is not None and not is_comparison and (quarter := self.quarter_before) is not None and \
                    _names_a_year(ref) and _BARE_YEAR.match(text, ref.start) and \
                    quarter.fiscal_year == ref.fiscal_year and self.anchor is not None and \
                    self.anchor.fiscal_year is not None and ref.fiscal_year < self.anchor.fiscal_year:
                ref = quarter  # "In comparison, third-quarter 1995 net earnings were $92 million, excluding a gain.
                # Including the gain, net earnings in 1995 were $155 million": that quarter, not the year
            elif ref is not None and not is_comparison and ref.end <= b.quote_start and (
                    year := _bare_year(text, ref.end, b.quote_start + 2)) is not None and _ADJACENT.fullmatch(
                    text, year.end, b.quote_start):
                ref = year  # "... Fourth Quarter 2005 Results ... reported 2005 basic earnings per share of $2.41"
            elif is_comparison and ref is not None and _yearless(ref) and any(
                    p.is_relative and p.quarter is None and clauses[b.clause] <= p.start < b.amount.start
                    for p in periods):
                # "as compared with the prior year net loss of $1,377,000 for the fourth quarter and a net loss
                # of $652,000 for the full year": the comparison's year holds for the periods it names
                ref = replace(ref, years_back=1)
            elif (ref is not None and (is_comparison or _CONTRAST_OPENING.fullmatch(text, clauses[b.clause], ref.start))
                  and (_BARE_YEAR.match(text, ref.start) or _YEAR_ALONE.fullmatch(text, ref.start, ref.end))
                  and _shorter_than_a_year(base) and any(o.clause == b.clause - 1 and not comparing[o.clause]
                                                         for o in out)):
                # (or "... a 12.2 percent increase over the reported 1994 net income of $3,610,000")
                # "net loss for the quarter was $7.2 million, compared to net income of $0.7 million in 1997":
                # the same quarter of 1997, when the comparison follows the clause it compares with; so too a clause
                # set against it: "Net income for the first nine months of 1996 was $2,310,000 while in 1995, ..."
                ref = replace(ref, months=None, same=True)
            elif is_comparison and ref is not None and ref.kind == "year_before" and _shorter_than_a_year(base):
                # "Second quarter revenues decreased to $14.2 million compared to $15.1 million in the prior fiscal
                # year": that quarter of the year before
                ref = replace(ref, months=None, same=True)
            resolved = None
            partner = next((o for o in out if b.partner is not None and o.amount == b.partner), None)
            if partner is not None and not want_instant:
                resolved = partner.resolved  # "$208,715, or $0.20 per share, ..., the $103,137 for 1996"
            elif ref is None and not is_comparison and (year := _bare_year(text, clauses[b.clause], b.amount.start)):
                resolved = resolve(year, self.anchor, None, want_instant)  # "record 1999 ... revenues of $27.3 billion"
            elif ref is not None:
                resolved = resolve(ref, self.anchor, base, want_instant)
            elif is_comparison:
                after = clauses[b.clause + 1] if b.clause + 1 < len(clauses) else len(text)
                if base is not None and (own is not None or not main_periods or out) and not any(
                        not any(p.start <= e.start() < p.end for p in periods)
                        for e in _ENDED_ON.finditer(text, b.amount.end, after)):
                    # (not "net income of $2.6 million for the previous qaurter ended December 31, 1993": a period
                    # the words date, though not in words read)
                    year_back = PeriodRef(0, 0, years_back=1, same=True, kind="implied")
                    resolved = resolve(year_back, self.anchor, base, want_instant)
            elif main is not None or own is not None:
                resolved = _as_kind(main or own, want_instant)  # type: ignore[arg-type]  # the sentence's own period
            elif (opening := _opening_period(text, main_periods)) is not None and (
                    found := resolve(opening, self.anchor, self.previous, want_instant)) is not None:
                resolved = found  # "For the first six months, comparable store sales increased 0.7 percent, while
                # total sales increased 1.4 percent to $441.3 million": the period the sentence opens on
            elif (year_on := self._a_year_on(text, periods, clauses, comparing, want_instant)) is not None:
                # the period compared with tells which: "Total revenue was $62.4 million, an increase of 21% from the
                # fourth quarter of fiscal 2020" in a release on the fourth quarter and the year
                resolved = year_on
            elif self.previous is not None:
                resolved = _as_kind(self.previous, want_instant)  # the one spoken of before
            elif self.anchor is not None and (any(not p.is_relative for p in periods) or not self.unsettled):
                implied = PeriodRef(0, 0, months=self.anchor.months, kind="implied")
                resolved = resolve(implied, self.anchor, None, want_instant)
            if resolved is None:
                if not is_comparison:
                    unplaced.add(b.clause)
                    if _names_a_year(ref):
                        # "to $41,250,000 in fiscal 1998 from $37,672,000 in fiscal 1997" in a release on the first
                        # quarter of fiscal 1998: the year is not over, so "fiscal 1997" is not the whole year either
                        not_over.add(b.clause)
                continue
            out.append(_with(b, resolved))
            if not is_comparison and main is None and not (ref is not None and ref.is_relative_only):
                main = resolved  # "... a year ago" says nothing of what the next sentence speaks of
        for rise in rises:
            out += self._came_from(rise, out, comparing)
        if main is None:
            # not a period it compares with; and of figures that are no facts, spread over several periods
            # ("severance charges of $0.02 per share in 2004 and insurance gains of $0.03 per share in 2003"), none
            main = own if bound else self._resolve_plain(main_periods, alone=True)
            if not bound and not _not_in_passing(text, main_periods, amounts):
                main = None
            if len(listed_periods(text, list(main_periods))) > len(main_periods):
                main = None  # "... for the three and nine months ended September 30": which one comes next?
            if main is None and not out and (opening := _opening_period(text, main_periods)) is not None and (
                    opening.quarter is not None or opening.months in (6, 9)):
                # "For the fourth quarter, net income was little changed at $15.5 million from ...", "For the
                # nine-month period, income from continuing operations increased ...": what the sentences after it
                # speak of, though its own figures are not read
                main = resolve(opening, self.anchor, None, False)
        stated = [p for p in main_periods if not p.is_relative]
        if main is None and stated and all(p.kind == "ytd" and resolve(p, self.anchor, self.previous, False) is None
                                           for p in stated):
            # "Year-to-date revenue increased 4 percent to $231,880,000" where the year's start is unknown: what
            # the next sentences speak of, unsaid ("Net earnings of $7,904,000 increased 9 percent")
            self.previous, self.unsettled = None, True
        self.last_main = tuple(b for b in out if not comparing[b.clause])
        kinds = {(p.months, p.quarter, p.fiscal_year, p.stated_end, p.years_back) for p in main_periods}
        if main is None and not out and amounts and not listed and len(kinds) == 1:
            # "AECOM reported net income from continuing operations of $68 million for the fourth quarter ... This
            # represents an increase of 25% over net income of $54 million for the same period last year": the period
            # its figures (none ours) are of is the one the next sentence's "same period" goes back from
            main = resolve(main_periods[0], self.anchor, self.previous, False)
        return out, main, False

    def _came_from(self, rise: _Rise, out: list[_Bound], comparing: list[bool]) -> list[_Bound]:
        """The level a change started from, as the figure it reached is: the concept of that figure, in
        the period it names or a year before that figure's (a balance only with a date of its own)."""
        reached = next((o for o in out if o.amount.start == rise.reached.start and not comparing[o.clause]), None)
        if reached is None or reached.resolved is None:
            return []
        want_instant = self.taxonomy[reached.concept].period_type == "instant"
        if rise.ref is None and want_instant:
            return []  # "long-term debt fell from $120 million": at the year's start, or a year before?
        ref = rise.ref or PeriodRef(0, 0, years_back=1, same=True, kind="implied")
        if _names_a_year(ref) and ref.kind != "ended" and _shorter_than_a_year(reached.resolved):
            ref = replace(ref, months=None, same=True)  # "increased from $0.21 in 2004 to $0.27 for third quarter
            # 2005": the same quarter of 2004
        resolved = resolve(ref, self.anchor, reached.resolved, want_instant)
        if resolved is None or resolved.period == reached.resolved.period:
            return []
        amount = rise.came_from
        loss = reached.negative and not reached.amount.negative and not amount.negative
        return [_with(_make(amount, reached.concept, loss or amount.negative, reached.clause, amount.start,
                            amount.end), resolved)]

    def _a_year_on(self, text: str, periods: Sequence[PeriodRef], clauses: list[int], comparing: list[bool],
                   instant: bool) -> Resolved | None:
        """The quarter (half, first nine months) a year after the one a sentence compares with, when that one names its
        year (not a bare year: "compared to 29.1% in 2011" is the same part of 2011)."""
        compared = next((p for p in periods if p.months and p.fiscal_year is not None and not p.years_back
                         and p.stated_end is None and p.kind in ("ordinal_quarter", "q_quarter", "months", "half")
                         and (comparing[clause_of(clauses, p.start)] or _compared_ref(text, p))
                         # (not an aside's: "... last year's first six months (before the one-time charges included in
                         # the first quarter of 2005)")
                         and not _inside(p.start, text, 0)), None)
        if compared is None:
            # "Net sales decreased 9.4 percent to $84.6 million from $93.4 million in the prior year quarter" after
            # "its fourth quarter and fiscal year ended ...": the quarter
            back = next((p for p in periods if p.kind == "prior_quarter" and p.months
                         and comparing[clause_of(clauses, p.start)]), None)
            if back is None or self.anchor is None:
                return None
            return resolve(replace(back, years_back=0, start=0, end=0, kind="implied"), self.anchor, None, instant)
        return resolve(replace(compared, fiscal_year=compared.fiscal_year + 1), self.anchor, None, instant)

    def _resolve_plain(self, periods: Sequence[PeriodRef], alone: bool = False) -> Resolved | None:
        """The period a sentence without facts speaks of, for the sentences after it; `alone`: only if
        it names no other."""
        # "For the quarter, ..." names the current quarter; "For the year, ..." the current year in a
        # release on the fourth quarter (in one on the first, "the year" may be the last one)
        current = ("this_quarter", "this_year") if self.anchor is not None and (
            self.anchor.months == 12 or self.anchor.quarter == 4) else ("this_quarter",)
        named = [ref for ref in periods if not ref.instant and ref.months and (
            ref.stated_end is not None or ref.fiscal_year is not None or ref.kind in current)]
        if alone and len({(r.months, r.fiscal_year, r.stated_end, r.quarter) for r in named}) > 1:
            return None
        for ref in named:
            resolved = resolve(ref, self.anchor, self.previous, False)
            if resolved is not None and not self._in_the_past(resolved):
                return resolved
        return None

    def _heading_period(self, text: str) -> None:
        """A heading that names one period ("Fourth Quarter Results", "Full Year Results") dates the
        sentences under it that name none; one naming two periods dates nothing, unless it compares the
        second with the first ("Nine Month Highlights - versus Fiscal 2010 Nine Month Performance")."""
        text = without_a_compared_note(text)
        compared = next((m.start() for m in _COMPARISON.finditer(text) if m.group().lower() not in _BEFORE_AN_AMOUNT),
                        len(text))
        found = [r for ref in find_periods(text) if (ref.months or ref.kind == "ytd") and not ref.instant
                 and ref.start < compared and (r := resolve(ref, self.anchor, None, False)) is not None]
        self.heading = None
        if len({r.period for r in found}) == 1 and not self._in_the_past(found[0]):
            self.previous, self.unsettled = found[0], False
            self.heading = found[0]
        elif found:
            self.previous = None

    def _a_trailing_year(self, resolved: Resolved) -> bool:
        """Whether a period is the twelve months ending with a first, second or third quarter reported."""
        anchor, period = self.anchor, resolved.period
        return anchor is not None and anchor.months == 3 and anchor.quarter in (1, 2, 3) and period.end == anchor.end \
            and period.start is not None and (period.end - period.start).days > 300

    def _in_the_past(self, resolved: Resolved) -> bool:
        """Whether a period ends before the current fiscal year began, or a year or more before the current
        period: a sentence that names it ("Backlog rose in the first quarter of 2017", "In fiscal 2002, ...
        sales were $5.5 billion") speaks of the past, not of what follows."""
        anchor = self.anchor
        if anchor is None:
            return False
        try:
            if anchor.quarter is not None and resolved.period.end < start_of(anchor.end, 3 * anchor.quarter):
                return True
        except (ValueError, OverflowError):
            pass  # a fiscal year that would start before the calendar's first year
        return (anchor.end - resolved.period.end).days > 300

    def _compared_unplaced(self, b: _Bound, done: list[_Bound], unplaced: set[int], base: Resolved | None,
                           main_periods: Sequence[PeriodRef], clauses: list[int], comparing: list[bool]) -> bool:
        """Whether a figure compared with one that has no period would go back from another period than that one's:
        "Sales for the second quarter of fiscal year 2001 were $31.4 million, compared to $36.2 million for the same
        period last year, while sales for the six-month period ...", "In the first six months of 2021, net income
        totaled $214 million, compared with $198 million during the same period last year" in a release that does
        not say which quarter it reports (not a year before the period the sentence names, or one as long as that)."""
        compared = max((c for c in range(b.clause) if not comparing[c]), default=None)
        if compared not in unplaced or any(o.clause == compared for o in done):
            return False
        if any(clause_of(clauses, p.start) > b.clause for p in main_periods) or not any(
                clause_of(clauses, p.start) == compared for p in main_periods):
            return True  # (nor one that names no period: "... earnings per share were $.77 compared to $.69 last
            # year" after a year to date of no known start)
        if base is not None and base.period.start is not None:
            months: int | None = round((base.period.end - base.period.start).days / 30.4)
        else:
            months = self.anchor.months if self.anchor is not None else None  # what "the same period" goes back from
        return any(p.months and p.months != months for p in main_periods if clause_of(clauses, p.start) == compared)

    def _base_for(self, b: _Bound, done: list[_Bound], before: Resolved | None,
                  comparing: list[bool], own: Resolved | None = None) -> Resolved | None:
        """The period a comparison or a "same period" mention is relative to: the period of what it
        compares with, else the one its sentence names ("reported 2003 second quarter earnings of
        $4.1 million, compared to net income of $12.5 million for the same period last year")."""
        is_comparison = comparing[b.clause]
        earlier = [o for o in done if o.clause < b.clause and o.resolved is not None and not comparing[o.clause]]
        same = [o for o in earlier if o.concept == b.concept]
        if same or earlier:
            return (same or earlier)[-1].resolved
        if own is not None:
            return own
        if is_comparison and self.carried:
            # "... a net loss of $1,312,000 for its fourth quarter ..., and $1,905,000 for the full year. These results
            # compare with a net loss of $884,000 for the same quarter last year and a net loss of $402,000 for the
            # prior year": each goes back from the figure of the sentence before in its place
            like = [o for o in self.carried if o.concept == b.concept and o.resolved is not None]
            place = sum(1 for o in done if o.concept == b.concept)
            if place < len(like):
                return like[place].resolved
        return before if is_comparison and before is not None else self.previous

    def _clauses(self, text: str, periods: Sequence[PeriodRef], amounts: list[Amount],
                 mentions: Sequence[Mention] = ()) -> tuple[list[int], list[bool]]:
        """Where clauses begin, and which compare with what came before.

        "compared to", "versus", "down from" open a comparison; ";", ", while", ", but" open a
        new main clause ("EPS was unchanged at $0.80 compared with last year, while net income was
        down 4% to $3.6 billion").
        """
        marks: dict[int, bool] = {0: False}
        inside = [(p.start, p.end) for p in periods]
        for m in _COMPARISON.finditer(text):
            if any(s <= m.start() < e for s, e in inside):
                continue
            # "from $4.4 million", "over last year's $309.7 million", "against net earnings attributable to the
            # company of $623.6 million"; not "over the prior year, and net income of $400 million"
            # ("over the prior year comparable period's revenues of")
            named = next((n.end for n in mentions if _NEXT_TO.fullmatch(text, m.end(), n.start) or any(
                p.start >= m.end() and _NEXT_TO.fullmatch(text, m.end(), p.start) and _POSSESSIVE_GAP.fullmatch(
                    text, p.end, n.start) for p in periods)), None)
            if m.group().lower() in _BEFORE_AN_AMOUNT and not _NOTHING.match(text, m.end()) and not any(
                    _NEXT_TO.fullmatch(text, m.end(), a.start) or (named is not None and 0 <= a.start - named <= 40)
                    for a in amounts):
                continue  # ("from break even in the third quarter of 2011" compares with a level of no amount)
            if any(_PERIOD_OPENING.fullmatch(text, 0, p.start) and not text[p.end : m.start()].strip(", ")
                   for p in periods) and _YEAR_THEN_COMMA.match(text, m.end()):
                continue  # "For the full year 2018 compared to 2017, Atrion increased revenues to $152.4 million from
                # $146.6 million": the sentence's period, and the year its change is measured from
            marks[m.start()] = True
            if not text[: m.start()].strip(_OPENING_MARKS) and (
                    main := _after_a_compared_period(text, m.end(), periods)) is not None:
                marks[main] = False
        parens = [m.span() for m in _ASIDE.finditer(text)] if "(" in text else []
        for m in _NEW_CLAUSE.finditer(text):
            if m.group().lower().endswith("with") and not any(
                    not _comparing_at(marks, a.start) for a in amounts if a.start < m.start()):
                continue  # "This compares to net income ... in 2003 of $603.2 million, with diluted EPS of $1.50"
            if m.group() != ";" or not any(s < m.start() < e for s, e in parens):  # "($0.21 per share; $0.19 ...)"
                marks[m.start()] = False
        for p in periods:
            # "... compared to a net loss of $6.1 million in the prior year and for fiscal 1996 a net loss of $14.2
            # million": a period and a phrase of its own after "and" open a figure of its own
            joined = _AND_FOR.search(text, max(0, p.start - 10), p.start)
            if joined is not None and _comparing_at(marks, joined.start()) and any(
                    _ARTICLE_GAP.fullmatch(text, p.end, n.start) for n in mentions):
                marks[joined.start()] = False
        for n in mentions:
            # "revenue of $212.4 million, compared to $230.1 million for the same quarter a year ago, and net income
            # of $7.3 million compared to $15.8 million": after a comparison complete with its period, a figure of
            # its own
            joined = _AND_A_PHRASE.search(text, max(0, n.start - 12), n.start)
            listed = joined is None and any(0 <= a.start - n.end <= 6 for a in amounts)
            if listed:
                # "net sales of $4.6 billion compared to $4.5 billion last year, net earnings of $63.9 million": a
                # list's next item, its figure right after its phrase (after a comparison complete with its period;
                # not "compared with reported revenues of $115.9 million, net income of $23.1 million, and ...")
                joined = _COMMA_A_PHRASE.search(text, max(0, n.start - 12), n.start)
            if joined is None or not _comparing_at(marks, joined.start()):
                continue
            since = max(at for at in marks if at <= joined.start())
            if any(since <= p.start and p.end <= joined.start() for p in periods) or not listed and (
                    # "income before extraordinary item of $2,338,000, ..., compared to $2,900,000, ..., and net income
                    # of $2,338,000": another measure, with a figure of its own, after a comparison with its figure
                    any(since <= a.start and a.end <= joined.start() for a in amounts)
                    and any(0 <= a.start - n.end <= 6 for a in amounts)
                    # (not a list of figures compared, each named: "compared with reported revenues of $115.9
                    # million, net income of $23.1 million, and diluted earnings per share of $.68 for ...")
                    and not any(since <= m.start and m.end <= joined.start() for m in mentions)
                    and n.concept not in {m.concept for m in mentions if m.end <= joined.start()}):
                marks[joined.start()] = False
        for n in mentions:
            verb_at = n.end  # "revenues in the fourth quarter of 1997 were": past the period between
            while (ref := next((p for p in periods if p.start > verb_at
                                and _ATTACHED.fullmatch(text, verb_at, p.start)), None)) is not None:
                verb_at = ref.end
            if (basis := _BASIS_KIND_AFTER.match(text, verb_at)) is not None:
                verb_at = basis.end()  # "and earnings per share on a fully diluted basis increased 38 percent to"
            # "..., and diluted earnings per share of $1.64 were up 8%": past the phrase's own figure
            if (of := _OF.match(text, verb_at)) is not None and (
                    figure := next((a for a in amounts if a.start == of.end()), None)) is not None:
                verb_at = figure.end
            if _MAIN_VERB.match(text, verb_at) and any(at < n.start and comparing for at, comparing in marks.items()):
                # "... from $9,613,000 in 1992 an income per share increased to $2.00": a new subject, with the
                # period written before it ("... of 2013. • Full-year 2014 net income was")
                start = n.start
                while (lead := next((p for p in periods if p.end <= start and not text[p.end : start].strip()
                                     and not _compared_ref(text, p)), None)) is not None:
                    # not the period compared with: "... Summary Compared to Third Quarter 2004 Total revenues were"
                    start = lead.start
                marks[start] = False
        starts = sorted(marks)
        return starts, [marks[s] for s in starts]

    # -- binding an amount to a concept ----------------------------------------------------------

    def _bind(self, text: str, amount: Amount, mentions: list[Mention], done: list[_Bound], clause: int,
              clauses: list[int], comparing: list[bool], previous_amount: Amount | None,
              asides: list[tuple[int, int]], in_clause: int = 1) -> _Bound | None:
        if _excluded(text, amount, clauses, clause, previous_amount, asides):
            return None
        since = max(clauses[clause], previous_amount.end if previous_amount is not None else 0)
        trailing = trailing_mention(text, amount.end)
        # "$0.05 (US$0.04) per share", "$.52 ($.51 diluted) per share": the phrase past the aside
        if trailing is None and (aside := _CONVERTED.match(text, amount.end)
                                 or _DILUTED_ASIDE.match(text, amount.end)) is not None:
            trailing = trailing_mention(text, aside.end())
        clause_start = clauses[clause]
        if trailing is not None and amount.scale >= 3 and self.taxonomy[trailing.concept].is_per_share:
            trailing = None  # "net sales were $71.2 million, earnings per share ... was $0.41": the next figure's
        if trailing is not None:
            return self._bind_per_share(text, amount, trailing, mentions, done, clause, clause_start, previous_amount,
                                        asides, comparing[clause])
        if not amount.per_unit and (named := self._named_after(text, amount, done, clause, clause_start,
                                                               previous_amount)) is not None:
            return named
        if comparing[clause] and (beside := self._compared_per_share(text, amount, done, clause, clause_start,
                                                                     comparing, previous_amount)) is not None:
            return beside
        mention = next((m for m in reversed(mentions) if m.end <= amount.start), None)
        if mention is not None and mention.weak and mention.loss and comparing[clause]:
            mention = None  # "versus a loss of $339,000, or $0.04 per share, on 8.2 million shares": compared, below
        if amount.per_unit and not comparing[clause] and (mention is None or mention.start < clause_start
                                                          or not self.taxonomy[mention.concept].is_per_share):
            return None  # cents are per share: "diluted earnings per share of 11 cents", never "revenue of 11 cents"
            # (a compared figure in cents is like the per-share figure it is compared with, or nothing: below)
        if mention is not None and mention.start >= clause_start:
            if mention.weak and _PART_SUBJECT.search(text, clause_start, mention.start):
                return None  # "Income from continuing operations ... equated to a loss of $1.3 million": the part's
            owner = _OWNER.match(text, mention.end, amount.start)
            ours = owner and (owner.group("holders") or names_us(owner.group("owner"), self.entity_words))
            if ours and owner.group("common") and mention.concept == "NetIncomeLoss":
                # "Net loss attributable to Dunmore common stockholders": what is left for the common shares
                mention = replace(mention, concept=_TO_COMMON)
            gap_from = owner.end() if owner and ours else mention.end
            # "the company lost $215.1 million", "Northfield Energy earned $214.6 million": a verb, not a noun to narrow
            verb = mention.weak and text[mention.start : mention.end].lower() in _FIGURE_VERBS
            per_share = self.taxonomy[mention.concept].is_per_share
            pair = _total_before(text, mentions, mention) if per_share else None
            if pair is not None and not self.taxonomy[pair.concept].is_monetary:
                pair = None
            if pair is not None and previous_amount is not None and any(
                    o.amount == previous_amount and o.concept == pair.concept for o in done) and \
                    _PAIR_JOIN.fullmatch(text, previous_amount.end, amount.start) and not amount.scale and \
                    abs(amount.value) < 100_000:
                # "Net earnings and net earnings per diluted share for the quarter were $12,821,000, or $0.36": the
                # total's per-share figure, named by the second phrase of the pair
                return replace(_make(amount, mention.concept, pair.loss or amount.negative, clause, mention.start,
                                     amount.end), partner=previous_amount)
            if not self._gap_ok(text, gap_from, amount.start, per_share=per_share):
                if comparing[clause]:
                    return self._next_compared(text, amount, done, clause)
                return _next_period(text, amount, done, clause)
            if not (verb or self._lead_ok(text, mention.start)):
                return None
            if names_another_company(text[clause_start : mention.start], self.entity_words):
                return None  # "Corvin Systems, Inc. had revenues of ..."
            if (clause_start == 0 or comparing[clause]) and self._another_acronym(text):
                return None  # "KORAL had a net loss of $0.8 million ... as compared to a net loss of $1.3 million": an
                # affiliate's figures, and those compared with them
            if comparing[clause] and (previous_amount is None or previous_amount.start >= clause_start) and \
                    _A_PARTS_RESULTS.search(text, 0, clause_start):
                return None  # "Chubb had breakeven results from Chubb Financial Solutions, compared to an after-tax
                # loss of $63 million": the part's loss (what the clause before gives no figure of)
            if mention.concept == "NetIncomeLoss" and not amount.scale and (
                    basis := _PER_SHARE_BASIS.search(text, clause_start, mention.start)) is not None:
                # "On a diluted per-share basis, earnings were $0.21": earnings per share
                named = "EarningsPerShareDiluted" if basis.group("diluted") else "EarningsPerShareBasicAndDiluted"
                return _make(amount, named, mention.loss or amount.negative, clause, basis.start(), amount.end)
            if mention.weak and (self.continuing_paragraph
                                 or not self._weak_ok(text, amount, done, comparing[clause], mention.loss)):
                return None
            if mention.weak and {o.concept for o in (*self.carried, *done)} & _NET_INCOME_MEASURES == {_TO_COMMON}:
                # "... earnings available for common stock were $14.2 million. Earnings for the quarter ended Sept. 30,
                # 1993, were $12.8 million": the bare word goes on with the measure just named
                mention = replace(mention, concept=_TO_COMMON)
            if comparing[clause] and mention.concept in _NET_INCOME_MEASURES and any(
                    o.concept in _NET_INCOME_MEASURES - {mention.concept} for o in done if not comparing[o.clause]):
                return None  # "... controlling and noncontrolling interests was $18.6 million, compared with net
                # income of $15.2 million": which measure the compared figure is, the words do not settle
            concept = self.taxonomy[mention.concept]
            if concept.is_monetary and _unlike_a_total(amount):
                return None
            if fund_sales(mention.concept, text[mention.start : mention.end], text):
                return None
            if not concept.is_monetary:
                if concept.is_per_share:
                    if previous_amount is not None and not any(o.amount == previous_amount for o in done) \
                            and _OR_A_PHRASE.fullmatch(text, previous_amount.end, mention.start) and not any(
                            m.concept in _NET_INCOME_MEASURES for m in mentions
                            if clause_start <= m.start and m.end <= previous_amount.start):
                        return None  # "a net gain of approximately $2.2 million, or earnings per share of $0.06": the
                        # per-share effect of a figure that is none of ours (not "Earnings ... were $3.71 million, or
                        # diluted earnings per share of $0.59")
                    if amount.scale >= 3 or abs(amount.value) >= 100_000:
                        if pair is not None and not (amount.negative and not _is_loss_concept(pair.concept)) and \
                                not _unlike_a_total(amount):
                            # "Net earnings and net earnings per diluted share ... were $12,821,000, or $0.36": the
                            # total, named by the first phrase of the pair
                            return _make(amount, pair.concept, pair.loss or amount.negative, clause, pair.start,
                                         amount.end)
                        return None  # "... and diluted earnings per share were $18.3 million and $.61": not per share
                        # (nor "Net earnings and net earnings per diluted share ... were $38,477,000, or $1.08 ...")
                    if _defines_another_measure(text, mentions, mention.start):
                        return None  # '"operating income" (which excludes realized capital gains and losses) increased
                        # to $23.7 million ..., while earnings per share increased 17 percent to $1.03': its per share
                    named = mention.concept
                    if named == "EarningsPerShareBasicAndDiluted" and (
                            kind := _KIND_BEFORE.search(text, max(0, mention.start - 60), mention.start)) is not None:
                        # "Diluted quarterly GAAP earnings per share were up 69% to $0.44": the kind, then the period
                        named = EPS_OF_KIND[kind.group(1).lower()]
                    if _ON_A_DILUTED_BASIS.search(text, 0, amount.start) or _diluted_closing(text, amount.end):
                        # "On a diluted basis, 2005 EPS was $2.36", "EPS were $0.71 compared to $0.58 the previous
                        # year on a fully diluted basis."
                        named = "EarningsPerShareDiluted"
                    return _make(amount, named, mention.loss or amount.negative, clause, mention.start, amount.end)
                return None
            if amount.negative and not _is_loss_concept(concept.name):
                return None
            return _make(amount, mention.concept, mention.loss or amount.negative, clause, mention.start, amount.end)
        if not comparing[clause] or _OF_SOMETHING.match(text, amount.end) or any(
                not text[amount.end : m.start].strip() for m in mentions if m.start >= amount.end and not m.weak):
            # "versus $4.462 billion of EBITA", "over the $119,000 net income from continuing operations":
            # a compared amount that names what it is (not a verb: "over the $37.8 million earned in 2002")
            return None
        # "compared to a loss of $3.6 million": the loss of what the clause before states
        a_loss = _A_LOSS.search(text, clause_start, amount.start)
        gap_end = a_loss.start() if a_loss is not None else amount.start
        loss_after = a_loss is None and _LOSS_WORD_AFTER.match(text, amount.end) is not None  # "versus a $741,000 loss"
        if loss_after and _loss_of_something(text, amount.end):
            return None  # "compared to a $1.1 million loss on the sale of a division": a loss of something else
        if since > clause_start:  # a list of amounts compared: "compared to $8.4 million and $1.5 million"
            # "... $57.0 million in the second quarter of 1999 and $110.9 million in the first six months of
            # 1999": each its own period
            # (with the per-share figure of the one before: "$3.2 million, or $.60 per common share ($.45 diluted), and
            # $9.9 million")
            if a_loss is not None or not _LIST_GAP.fullmatch(
                    _ITS_PER_SHARE_FIGURE.sub("", _without_periods(text[since : amount.start]), count=1)):
                return None
        elif not self._gap_ok(text, clause_start, gap_end, comparison=True):
            return None
        if previous_amount is not None and previous_amount.end <= clause_start and not any(
                o.amount == previous_amount for o in done) and not _A_CHANGE_OF_IT.search(
                text, max(0, previous_amount.start - 40), previous_amount.start):
            return None  # "Non-GAAP net earnings of $1.63 per diluted share compared to $1.29", "EBITDA improved to
            # $61.1 million compared to $47.7 million": compared with a figure that is none of ours (not a change
            # between: "were $88.2 million, a decrease of $15.3 million, or 14.8%, compared to $103.6 million")
        # a comparison without a concept of its own takes the concept of the amount in the same
        # place of the clause it compares with: "$5.4 billion, compared to $5.7 billion"
        earlier = [o for o in done if o.clause < clause and not comparing[o.clause]]
        if not earlier:
            earlier = list(self._compared_back(text, clause_start))  # "This compares with $126 million, ..."
        elif any(not comparing[c] for c in range(earlier[-1].clause + 1, clause)):
            return None  # "Net income was $1.1 million; EBITDA improved to $61.1 million compared to $47.7 million":
            # the clause compared with is the one just before, not the last that held one of our figures
        if not earlier:
            return None
        main = [o for o in earlier if o.clause == earlier[-1].clause]
        # the amounts compared with are the last ones before: "net sales rose to $3.9 billion, and diluted
        # earnings per share to $3.06 compared to $2.75" compares earnings per share
        place = max(0, len(main) - in_clause) + sum(1 for o in done if o.clause == clause)
        other = main[place] if place < len(main) else main[-1]
        if not _alike(amount, other.amount):
            # "net income was $5.0 million, or $0.21 per share, compared with $4.0 million": the figure it is like
            other = next((o for o in reversed(main[: place + 1]) if _alike(amount, o.amount)), other)
        if amount.per_unit and not self.taxonomy[other.concept].is_per_share:
            return None
        if not _alike(amount, other.amount) or (self.taxonomy[other.concept].is_monetary and _unlike_a_total(amount)):
            return None  # "$2.75" compared with "$3,946 million" is not the same figure a year earlier
        # "a net loss of $5.0 million compared with $3.0 million" is a loss both times; "fell to $(0.14) from
        # $0.27" is not: the sign the parentheses give a figure is its own
        loss = other.negative and not other.amount.negative and not amount.negative and (
            _is_loss_concept(other.concept) or self.taxonomy[other.concept].is_per_share)
        if a_loss is not None or loss_after:
            if not (_is_loss_concept(other.concept) or self.taxonomy[other.concept].is_per_share):
                return None
            loss = True
        return _make(amount, other.concept, loss or amount.negative, clause, amount.start, amount.end)

    def _next_compared(self, text: str, amount: Amount, done: list[_Bound], clause: int) -> _Bound | None:
        """"compared to net income of $5.08 million, or $0.97 per share, in the first quarter of 2022, and $3.15
        million, or $0.60 per share, in the second quarter of 2021": after a compared figure and its period, one like
        it is the same measure in the period after it."""
        last = next((o for o in reversed(done) if o.clause == clause and self.taxonomy[o.concept].is_monetary), None)
        if last is None or not _alike(amount, last.amount):
            return None
        ref = next((p for p in find_periods(text) if last.amount.end < p.start and p.end <= amount.start
                    and _LIST_JOIN.fullmatch(text, p.end, amount.start)), None)
        if ref is None:
            return None
        return _make(amount, last.concept, (last.negative and not last.amount.negative) or amount.negative, clause,
                     amount.start, amount.end)

    def _compared_per_share(self, text: str, amount: Amount, done: list[_Bound], clause: int, clause_start: int,
                            comparing: list[bool], previous_amount: Amount | None) -> _Bound | None:
        """"..., or $0.18 per share, compared to net income of $5.9 million or $0.17 for the same period": a figure
        beside a compared total, with no words of its own, is the per-share figure of the clause compared with."""
        if previous_amount is None or previous_amount.start < clause_start or amount.scale > 0 or \
                not _OR_BESIDE.fullmatch(text, previous_amount.end, amount.start):
            return None
        total = next((o for o in done if o.amount == previous_amount and o.clause == clause), None)
        like = next((o for o in reversed(done) if not comparing[o.clause] and self.taxonomy[o.concept].is_per_share
                     and o.partner is not None), None)
        if total is None or like is None or not self.taxonomy[total.concept].is_monetary or \
                not _alike(amount, like.amount) or abs(amount.value) * 1000 > abs(total.amount.value):
            return None
        return replace(_make(amount, like.concept, total.negative or amount.negative, clause, amount.start,
                             amount.end), partner=previous_amount)

    def _named_after(self, text: str, amount: Amount, done: list[_Bound], clause: int, clause_start: int,
                     previous_amount: Amount | None) -> _Bound | None:
        """"The company reported $292 million in revenue for the quarter": a total its phrase names right after
        it, with a reporting verb before it, or after another such figure ("... and $40 million in net income")."""
        after = _IN_AFTER.match(text, amount.end) or _OF_AFTER.match(text, amount.end)  # "$1.7 million of net income"
        if after is None:
            return None
        phrase = next((x for x in find_mentions(text[after.end() : after.end() + 60]) if x.start == 0 and not x.weak),
                      None)
        if phrase is None or not _WHOLE_AFTER.match(text, after.end() + phrase.end):
            return None
        concept = self.taxonomy[phrase.concept]
        if not concept.is_monetary or _unlike_a_total(amount) or (amount.negative and not _is_loss_concept(
                concept.name)) or names_another_company(text[clause_start : amount.start], self.entity_words):
            return None
        last = done[-1] if done else None
        listed = last is not None and last.amount == previous_amount and last.quote_end > last.amount.end and bool(
            _LIST_JOIN.fullmatch(text, last.quote_end, amount.start))
        if not (listed or _REPORTED.search(text, clause_start, amount.start)):
            return None
        return _make(amount, concept.name, phrase.loss or amount.negative, clause, amount.start,
                     after.end() + phrase.end)

    def _says_earnings(self, text: str, clause_start: int, start: int, phrase: Mention) -> bool:
        """Whether the words from `clause_start` to a per-share figure at `start` say it is earnings ("The company
        earned", "reported") when only the phrase after it names it (not "Charges for share-based compensation
        were $0.05 and $0.02 per share")."""
        if not self.taxonomy[phrase.concept].is_per_share:
            return True
        # "Net income was $41.5 million, or $0.92 and $0.81 per basic and diluted share": the net figure's per-share
        plain = _TOTAL_THEN_OR.sub("", _plain_lead(text[clause_start:start]))
        if (lead := _EPS_LEAD.search(plain)) is not None:
            return not (_NARROWED_LEAD.search(plain, 0, lead.start()) or _WHICH_TOTALED.search(plain, 0, lead.start()))
        return bool(_EARNINGS_WORD.search(text, phrase.start, phrase.end) and _REPORTED.search(plain))

    def _bind_listed(self, text: str, amount: Amount, item: Listed, done: list[_Bound], clause: int,
                     clauses: list[int], previous_amount: Amount | None,
                     asides: list[tuple[int, int]]) -> _Bound | None:
        """A figure of a "respectively" list, as its place in the list reads it: a figure compared with one
        in its place and with no concept of its own takes that figure's."""
        main = next((o for o in done if o.amount == item.compared_with), None)
        name = item.concept or (main.concept if main is not None else None)
        if name is None or _excluded(text, amount, clauses, clause, previous_amount, asides):
            return None
        concept = self.taxonomy[name]
        trailing = trailing_mention(text, amount.end)  # "$12.1 million and $0.45 per diluted share"
        if concept.is_per_share:
            if amount.scale >= 3 or (trailing is not None and not self.taxonomy[trailing.concept].is_per_share):
                return None
            if trailing is not None and concept.name == "EarningsPerShareBasicAndDiluted":
                concept = self.taxonomy[trailing.concept]
        elif not concept.is_monetary or amount.per_unit or trailing is not None or _unlike_a_total(amount):
            return None
        if amount.negative and not (concept.is_per_share or _is_loss_concept(concept.name)):
            return None
        if item.compared_with is not None and main is None:
            return None
        loss = main.negative if main is not None else item.loss or any(m is not None and m.loss
                                                                          for m in (item.mention, trailing))
        start = item.mention.start if item.mention is not None else amount.start
        if _non_gaap(_outside(text, clauses[clause], start, asides)):
            return None  # "...; excluding restructuring ... charges, net earnings and EPS were $922 million and $12.26"
        end = trailing.end if trailing is not None else amount.end
        return replace(_make(amount, concept.name, loss or amount.negative, clause, start, end),
                       ref=item.ref, compared_with=item.compared_with)

    def _measure_aside(self, text: str, b: _Bound, mentions: list[Mention], amounts: list[Amount],
                       done: list[_Bound]) -> _Bound | None:
        """The amount in parentheses after a per-share figure that "net income ... was" leads to: "net income
        for the year was $2.41 per share ($118 million), compared with $2.05 per share ($101 million)"."""
        aside = _MONEY_ASIDE.match(text, b.quote_end)
        if aside is None or not self.taxonomy[b.concept].is_per_share:
            return None
        inside = [a for a in amounts if aside.start() < a.start < aside.end()]
        if len(inside) != 1 or inside[0].per_unit or inside[0].scale < 3:
            return None
        mention = next((m for m in reversed(mentions) if m.end <= b.amount.start), None)
        if mention is not None and mention.concept in _NET_INCOME_MEASURES and _EPS_LEAD.search(
                _plain_lead(text[mention.start : b.amount.start])):
            concept, loss = mention.concept, mention.loss
        elif (first := next((o for o in done if o.partner is not None and o.concept in _NET_INCOME_MEASURES
                             and o.clause < b.clause), None)) is not None:
            concept, loss = first.concept, False  # the figure compared with names it
        else:
            return None
        # its sign is the per-share figure's: the parentheses are the aside's, not a loss's
        return replace(_make(inside[0], concept, loss or b.negative, b.clause, *aside.span()), partner=b.amount)

    def _as_defined(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Mentions read as the release defines them: after "diluted earnings per common share ("EPS")",
        a bare "EPS" is diluted."""
        terms = []  # the defined term itself names nothing more
        for m in mentions:
            if (d := _DEFINITION.match(text, m.end)) is not None:
                self.defined[d.group("term")] = m.concept
                terms.append(d.span())
        return [replace(m, concept=self.defined[text[m.start : m.end]]) if text[m.start : m.end] in self.defined
                else m for m in mentions if not any(s <= m.start < e for s, e in terms)]

    def _another_acronym(self, text: str) -> bool:
        """Whether the sentence opens on a short name in capitals that is not ours ("KORAL had a net loss"): not our
        trading symbol, nor our name's initials ("AME reported" for American Medical Electronics)."""
        subject = _ACRONYM_SUBJECT.match(text)
        if subject is None or not (self.entity_words or self.ticker):
            return False  # (whose it is, nothing says)
        letters = subject.group(1).lower()
        initials = {word[0] for word in self.entity_words}
        ticker = self.ticker or ""
        return letters not in self.entity_words and not (initials and set(letters) <= initials) and not (
            ticker and (ticker.startswith(letters) or letters.startswith(ticker)))

    @staticmethod
    def _weak_ok(text: str, amount: Amount, done: list[_Bound], comparing: bool, loss: bool) -> bool:
        """Bare "earnings of $X" is net income only with its per-share figure joined ("earnings of $1.53
        billion, or $2.07 per share"), and in a comparison only with net income before it to compare
        with ("earnings before an extraordinary item ... compared to earnings of $101.2 million" is not).
        A bare loss is not one on something: "a loss of $5.0 million, or $0.10 per share, on the sale of its
        division"."""
        joined = _PER_SHARE_JOINED.match(text, amount.end)
        if joined is None or (loss and _LOSS_OF_WHAT.match(text, joined.end())):
            return False
        return not comparing or any(b.concept == "NetIncomeLoss" for b in done)

    def _bind_per_share(self, text: str, amount: Amount, trailing: Mention, mentions: list[Mention],
                        done: list[_Bound], clause: int, clause_start: int,
                        previous_amount: Amount | None, asides: list[tuple[int, int]],
                        compared: bool = False) -> _Bound | None:
        """"$0.01 per share": earnings per share only when the sentence says it is earnings."""
        if amount.scale >= 3:
            return None  # "Net income of $2.4 million Diluted earnings per share of $0.17": a list run together
        if previous_amount is not None and previous_amount.start >= clause_start and previous_amount.scale >= 3 and \
                _ITS_PER_SHARE.fullmatch(text, previous_amount.end, amount.start) and (
                    total := next((m for m in reversed(mentions) if m.end <= previous_amount.start), None)) \
                is not None and total.start >= clause_start and _PART_AFTER.match(text, total.end):
            return None  # "Net loss from continuing operations ... was $3.6 million or a loss of $0.16 per diluted
            # share": the per-share figure of a part of the net loss
        head = text[clause_start : amount.start]
        negative = amount.negative or trailing.loss or bool(_LOSS_LEAD.search(_plain_lead(head)))
        last = done[-1] if done else None
        joined = False
        if last is not None and previous_amount is not None and last.amount == previous_amount:
            gap = "".join(" " if any(s <= i < e for s, e in asides) else ch
                          for i, ch in enumerate(text[: amount.start]) if i >= max(last.amount.end, last.quote_end))
            # "a net loss of $0.5 million, or negative $0.02"; "a net loss of $3.4 million for the second quarter
            # 2014 or $0.07 per diluted share": the period between them is both figures'
            joined = bool(_PARTNER_GAP.fullmatch(gap) or _OR_GAP.fullmatch(_without_periods(gap)))
        earnings = last is not None and (last.concept in _NET_INCOME_MEASURES
                                         or self.taxonomy[last.concept].is_per_share)
        if joined and last is not None and earnings:
            negative = negative or last.negative
        elif (lead := _EPS_LEAD.search(plain := _plain_lead(head))) is not None:
            if _NARROWED_LEAD.search(plain, 0, lead.start()) or _WHICH_TOTALED.search(plain, 0, lead.start()):
                # "adjusted earnings of 52 cents per share", "includes income of $.31 per diluted share", "realized
                # gains and losses on investments, which totaled a loss of $0.03 per share ... and a loss of $0.08"
                return None
        elif _EARNINGS_WORD.search(text, trailing.start, trailing.end) and _REPORTED.search(head) and (
                previous_amount is None or previous_amount.end <= clause_start):
            pass  # "reported $1.21 diluted earnings per share": the phrase after it says it is earnings
        elif compared and last is not None and self.taxonomy[last.concept].is_per_share and last.clause < clause \
                and self._gap_ok(text, clause_start, amount.start, comparison=True):
            pass  # "Diluted earnings per share were $1.45, compared to $1.33 per diluted share a year ago"
        elif compared and not done and any(self.taxonomy[o.concept].is_per_share for o in self._compared_back(
                text, clause_start)) and self._gap_ok(text, clause_start, amount.start, comparison=True):
            pass  # "Diluted earnings per share were $0.52. This compares with $0.45 per diluted share ..."
        else:
            mention = next((m for m in reversed(mentions) if m.end <= amount.start), None)
            if mention is None or mention.start < clause_start or not self.taxonomy[mention.concept].is_per_share:
                return None
            if not self._gap_ok(text, mention.end, amount.start, per_share=True) or not self._lead_ok(
                    text, mention.start):
                return None  # (past "on a diluted basis": "Earnings per share on a diluted basis in the first quarter
                # increased to $.88 per share")
            negative = negative or mention.loss
        partner = last.amount if joined and last is not None and earnings else None
        concept = trailing.concept
        if concept == "EarningsPerShareBasicAndDiluted" and not _KINDS_SAID.search(text, trailing.start, trailing.end):
            # "Earnings per share, basic ... were 6 cents lower than ... earnings of 53 cents per share";
            # "Third quarter diluted earnings were $.34 per share" (not "... per basic and diluted share" after "Basic
            # reported a net loss", a company's name)
            before = [m for m in mentions if m.end <= amount.start]
            said = {m.concept for m in before} & _QUALIFIED_EPS
            if len(said) > 1:
                said = _nearest_kind(text, before, amount.start) or said
            words = set(_WORD.findall(head.lower())) & {"basic", "diluted"}
            if not said and len(words) == 1:
                said = {"EarningsPerShareBasic" if "basic" in words else "EarningsPerShareDiluted"}
            concept = said.pop() if len(said) == 1 else concept
            if concept == "EarningsPerShareBasicAndDiluted" and (_ON_A_DILUTED_BASIS.search(
                    text, 0, amount.start) or _diluted_closing(text, amount.end)):
                concept = "EarningsPerShareDiluted"
        return replace(_make(amount, concept, negative, clause, amount.start, trailing.end), partner=partner)

    def _compared_back(self, text: str, clause_start: int) -> tuple[_Bound, ...]:
        """The figures of the sentence before that a clause opening the sentence on "This compares with" compares
        with (none for a later clause)."""
        back = _COMPARES_BACK.match(text)
        return self.carried if back is not None and clause_start < back.end() else ()

    def _gap_ok(self, text: str, start: int, end: int, comparison: bool = False, per_share: bool = False) -> bool:
        """Only linking words, percentages and period phrases between a concept and its amount.

        A change verb right before the amount ("increased $0.04", "rose by $2 million") makes
        it the change, not the level; "rose 12% to $45.2 million" names the level.
        """
        gap = _CHANGE_ON_THE_WAY.sub(" ", text[start:end])
        if _CHANGE_BEFORE.search(gap):
            return False
        gap, _ = _blank_periods(gap)
        gap = _FROM_A_PERIOD.sub(" ", gap)  # "decreased 3% from the prior year fourth quarter, to $38.2 million"
        gap = _ABOUT_A_CHANGE.sub(" ", gap)  # "was up over 60% to", "more than doubled to": a bound on the change
        gap = _CHANGE_THEN_LEVEL.sub(" ", gap)  # "rose 5.2 percent, and were": the change, then the level
        gap = _PERCENT.sub(" ", _PERCENT_PAIR.sub(" ", _YEAR_OVER_YEAR.sub(" ", gap)))
        gap = _EMPTY_PARENS.sub(" ", gap)  # "(fiscal year 2009)": a period named again
        gap = _DASH_ASIDE.sub(" ", gap)  # "Earnings for the quarter—the first since ... 2004—were": an aside
        gap = _POSSESSIVE_LEFT.sub(" ", gap)  # "compared to last year's $309,732,000"
        gap = _DEFINITION.sub(" ", gap)  # 'diluted earnings per common share ("EPS") of $0.41'
        gap = _REPORTED_BASIS_PHRASE.sub(" ", gap)  # "net loss on a GAAP basis was $3.2 million"
        gap = _INCLUDING_ASIDE.sub(" ", gap)  # "Net income, which includes the new unit, was": all of it
        gap = _AFTER_A_CHARGE.sub(" ", gap)  # "The net loss after the restructuring charge was": the reported one
        if per_share:
            gap = _ON_A_DILUTED_BASIS.sub(" ", gap)  # "earnings per share on a diluted basis were $.97": see `_bind`
        if _PART.search(gap) or "(" in gap or ")" in gap:
            return False
        words = _WORD.findall(_COMPARISON.sub(" ", gap.lower()) if comparison else gap)
        if len(words) > _MAX_GAP_WORDS:
            return False
        # "net sales for Quarry's second quarter were": our own name's possessive says nothing more
        return all(w.lower().strip(".,") in _GAP_WORDS
                   or (_POSSESSIVE.search(w) is not None and _POSSESSIVE.sub("", w.lower()) in self.entity_words)
                   for w in words)

    def _lead_ok(self, text: str, position: int) -> bool:
        """The word before a concept phrase must not narrow it ("adjusted", "product", "Americas")."""
        before = text[:position].rstrip()
        if not before or before[-1] in ",;:(\"'\u201c":
            return True
        # a period named before, possessive or not, says nothing of the figure: the word before it does ("over the
        # prior year comparable period's revenues of")
        ref = next((p for p in find_periods(text) if p.start < position and p.end <= position and (
            not text[p.end : position].strip() or _POSSESSIVE_GAP.fullmatch(text, p.end, position))), None)
        if ref is not None:
            return self._lead_ok(text, ref.start)
        if before[-1] == ")" and (opened := before.rfind("(")) > 0 and not _TICKER_INSIDE.search(before, opened):
            # "net of fuel surcharges and Pinecrest Logistics, LLC (PCL) revenue": the name before the aside narrows
            # it (not our ticker: "Kestrel Corp. (NYSE: KST) revenue")
            return self._lead_ok(text, opened)
        if _EXPLAINING.search(before[-60:]):
            return False  # "..., as a result of lower sales of $18.2 million within the industrial end market": a part
        tail = before[-40:]
        found = list(_WORD.finditer(tail))
        if not found or tail[found[-1].end() :].strip():
            return True  # a bullet or a dash between: "... of 2013. • Full-year 2014 net income"
        word = [m.group() for m in found]
        last = word[-1]
        low = last.lower().replace("\u2019", "'")  # "period\u2019s" is "period's"
        if low == "annual" and _A_SIZE.search(before):
            return False  # "Cascade, the distributor it bought in June, has annual sales of $11 million": a size
        if low in _EFFECT_PREPOSITIONS and len(word) > 1 and word[-2].lower() in _EFFECT_NOUNS and not (
                low == "in" and word[-2].lower() in _CHANGE_NOUNS and _reaches_a_level(text, position)):
            # "the impact on stockholders' equity of $215 million" is the impact, not the equity (but "a 12.4%
            # increase in net income to $3,210,000" is the net income)
            return False
        if low in _PERIOD_BEFORE_MENTION or _PERIOD_WORD.fullmatch(re.sub(r"['\u2019]s$", "", low)):
            # a period says nothing of the figure: the word before it does ("adjusted 2014 net income")
            return self._lead_ok(text, before.rfind(last))
        named = next((i for i, w in enumerate(reversed(word)) if w.lower() not in self.entity_words), len(word))
        if named >= 2:
            # nor does our name ("Corbel Dining total revenues"); one word of it may name a part ("Gaming revenues"
            # of a "... Gaming & Entertainment, Inc.")
            return self._lead_ok(text, found[len(word) - named].start() + len(before) - len(tail))
        if low in _BEFORE_MENTION or (low == "including" and _RESULTS_INCLUDING.search(before)):
            return True
        if low.endswith(("'s", "\u2019s")):
            stem = low[:-2]
            # "The Company\u2019s" too, and "Acme Cinemas, Inc.\u2019s" (our name's suffix)
            return stem + "'s" in _POSSESSIVE_SUBJECTS or stem in self.entity_words or (
                stem in _SUFFIXES and len(word) > 1 and word[-2].lower().rstrip(",") in self.entity_words)
        if low.endswith("'") and low[:-1].endswith("s"):
            return low[:-1] in self.entity_words  # "NetRatings' revenues", "NetRatings\u2019 revenues"
        return False

    # -- facts -----------------------------------------------------------------------------------

    def _fact(self, b: _Bound, paragraph: Paragraph, offset: int) -> Fact:
        assert b.resolved is not None
        concept = self.taxonomy[b.concept]
        value: Decimal = -b.amount.value if b.negative else b.amount.value
        unit = per_share(b.amount.currency) if concept.is_per_share else currency(b.amount.currency)
        start, end = paragraph.span(offset + b.quote_start, offset + b.quote_end)
        quote = paragraph.text[offset + b.quote_start : offset + b.quote_end]
        number = paragraph.span(offset + b.amount.digits[0], offset + b.amount.digits[1])
        return Fact(concept=b.concept, value=value, period=b.resolved.period, unit=unit, decimals=b.amount.decimals,
                    source=Source(start, end, quote, number=number, scale=b.amount.scale),
                    inferred=b.resolved.inferred)


# "All per-share amounts are on a diluted basis.", "Per share figures are diluted unless noted otherwise.", "All per
# share amounts represent diluted earnings per share", "All earnings per share reported in this release are Diluted EPS
# figures", "Per-share results are based on a total 7.1 million fully diluted common shares outstanding", "all
# references to earnings per share are to diluted earnings per share" (not "... based on basic and diluted shares")
_ALL_DILUTED = re.compile(r"(?:\b(?:all\s)?(?:earnings\s)?per[\s-]share\s(?:amounts|figures|data|results|numbers|"
                          r"information)\b[^.;]{0,40}?|\ball\s(?:references\sto\s)?(?:earnings\s)?per[\s-]share\b[^.;]{0,40}?|"
                          r"\ball\s(?:results|amounts|figures)\s(?:are|were)\s"
                          r"(?:reported|presented|stated|shown)\s)(?:\bon\s(?:an?|the)\s(?:fully[\s-])?diluted(?:\sper\s(?:common\s)?"
                          r"share|\sshare(?:\sand\sunit)?)?\sbasis|"
                          r"\b(?:are|were|represent|reflect|refer\sto)\s(?:to\s)?(?:fully\s)?diluted|"
                          r"\b(?:are|were)\s(?:based|calculated|computed)\son\s[^;]{0,40}?(?<!basic\sand\s)(?<!basic\s)"
                          r"\b(?:fully[\s-])?diluted\s(?:common\s)?shares)\b", re.I)


def defined_per_share_terms(texts: Sequence[str]) -> dict[str, str]:
    """The per-share terms the release defines ("earnings per diluted share ("EPS")"): a headline's "EPS of $2.28" above
    the definition is of the kind it defines."""
    tax = taxonomy.load()
    found: dict[str, str] = {}
    for text in texts:
        for d in _DEFINITION.finditer(text) if "(" in text else ():
            # the phrase that ends right before the term, in the words before it
            at = max(0, d.start() - 80)
            phrase = next((m for m in reversed(find_mentions(text[at : d.start()])) if at + m.end == d.start()), None)
            if phrase is not None and tax[phrase.concept].is_per_share:
                found.setdefault(d.group("term"), phrase.concept)
    return found


def states_all_diluted(texts: Sequence[str]) -> bool:
    """Whether the release says, once for all, that its per-share figures are diluted: its unqualified
    "$0.21 per share" is then diluted earnings per share."""
    return any(_ALL_DILUTED.search(text) for text in texts if "diluted" in text.lower())


def _qualified(text: str, b: _Bound, amounts: list[Amount]) -> list[_Bound]:
    """An unqualified per-share figure that the words right after it qualify: "$0.15 per share on 4,102,000
    diluted weighted average shares" and "$1.20 per share - diluted" are diluted; "$.52 per share ($.47
    diluted)" is basic beside a diluted one."""
    if b.concept != "EarningsPerShareBasicAndDiluted":
        return [b]
    if (on := _ON_SHARES.match(text, b.quote_end) or _KIND_AFTER.match(text, b.quote_end)) is not None:
        basic = (on.group("kind") or "").lower() == "basic"
        return [replace(b, concept="EarningsPerShareBasic" if basic else "EarningsPerShareDiluted")]
    if (basis := _BASIS_KIND_AFTER.match(text, b.quote_end)) is not None:
        return [replace(b, concept="EarningsPerShareDiluted" if basis.group("diluted") else "EarningsPerShareBasic")]
    # "$.52 per share ($.47 diluted)", "$.52 ($.51 diluted) per share", "$2.05 per share, $1.87 on a fully diluted
    # basis"
    aside = _DILUTED_ASIDE.match(text, b.quote_end) or _DILUTED_ASIDE.match(text, b.amount.end) or \
        _DILUTED_AFTER_A_COMMA.match(text, b.quote_end)
    inside = next((a for a in amounts if aside is not None and aside.start() < a.start < aside.end()), None)
    if inside is None:
        return [b]
    diluted = _make(inside, "EarningsPerShareDiluted", b.negative or inside.negative, b.clause, *aside.span())
    return [replace(b, concept="EarningsPerShareBasic"), replace(diluted, partner=b.amount)]


def _excluded(text: str, amount: Amount, clauses: list[int], clause: int, previous_amount: Amount | None,
              asides: list[tuple[int, int]]) -> bool:
    """Whether the words around an amount say it is not a reported total, whatever phrase names it."""
    if (bound := _BOUND.search(text, max(0, amount.start - 20), amount.start)) is not None and not (
            bound.group().lower().startswith("over") and _AFTER_A_PERCENT.search(text, 0, bound.start())):
        return True  # "over $100 million" is a bound, not "up 3.4 percent over $207.5 million" (a comparison)
    since = max(clauses[clause], previous_amount.end if previous_amount is not None else 0)
    if _non_gaap(_outside(text, since, amount.start, asides)):
        return True  # "...; excluding special items, net income was ..."
    if _ANOTHER_NUMBER.match(text, amount.end) or (abs(amount.value) >= 1000 and _ANOTHER_LOSS.match(text, amount.end)):
        return True  # "Total revenues $ 6,512 $ 6,407 2 $ 19,263": a table's row, its scale above it
    if _DIFFERENCE_AFTER.match(text, amount.end) or _PAIR_EXCLUDED.match(text, amount.end) or _CHANGE_TO.match(
            text, amount.end) or _A_CLASS_OF_SHARES.match(text, amount.end):
        return True  # "Earnings per share were $0.03 higher than the same period in 2011": a change
    joined = _PER_SHARE_JOINED.match(text, amount.end) or _COMMA_PER_SHARE.match(text, amount.end)
    if _PART_AFTER.match(text, amount.end) or (joined and _PART_AFTER.match(text, joined.end())):
        return True  # "a net loss of $2,481,000 from continuing operations": a part of the net loss (so too
        # "earnings of $2.4 million, or $.31 a common share, from continuing operations")
    clause_end = clauses[clause + 1] if clause + 1 < len(clauses) else len(text)
    # "$2.1 million, or $0.08 per share, before special items", "a loss of $(3.8) million, $(0.16) per share, before
    # extraordinary charge"
    if any(_EXCLUDING_AFTER.match(text, at) for at in (amount.end, joined.end() if joined else amount.end)) \
            or _EXCLUDED.search(text, amount.end, clause_end) or _EXCLUDING_RIGHT_AFTER.match(text, amount.end):
        return True  # "compared to $0.19 in the second quarter, which excluded severance charges"
    if (other := _IF_OTHERWISE.search(text, amount.end, clause_end)) is not None and not _MONEY_SIGN.search(
            text, amount.end, other.start()) or _OTHERWISE_AFTER.search(text):
        # "$0.58 per share last year (or $0.81 per share if the benefit ... was included)", "EPS of $1.62, compared to
        # $1.71 last year, or $1.54 per share after the effects of the charge": which is GAAP's, unsaid
        return True
    if (aside := _BASIS_ASIDE.search(text, amount.end, clause_end)) is not None and not set(
            aside.group("basis").lower().split()) <= _REPORTED_BASIS and not _A_NUMBER.search(
            _YEAR_NUMBER.sub(" ", text[amount.end : aside.start()])):
        return True  # "compared to 41 cents in 2012 (on an adjusted basis)": the aside after its period
    if _SEQUENTIAL_AFTER.match(text, amount.end):
        return True  # "a loss of $46.0 million, or $0.91 per share, sequentially": the quarter before
    if (aside := _ASIDE_AFTER.match(text, amount.end)) is not None and _NON_GAAP_OPENER.match(aside.group("words")):
        return True  # "$0.27 per share (pro forma fully taxed)", "$0.86 (excluding the $0.09 gain)"
    if any(_NON_GAAP_OPENER.match(each.group("words")) for each in _EACH_ASIDE.finditer(text, amount.end, clause_end)):
        return True  # "... $110 million and net income of $20 million (each excluding special items)"
    basis = _BASIS_AFTER.match(text, amount.end)
    if basis and not set(basis.group("basis").lower().split()) <= _REPORTED_BASIS:
        return True  # "on a comparable fully-taxed basis", "on an adjusted basis"
    return _within(text, amount.end)  # "a net loss of $(2,463) million in other gain (loss), net": a part


def _non_gaap(head: str) -> bool:
    """Whether the words before an amount put it on a basis other than GAAP: "On a non-GAAP basis",
    "Excluding special items", "on an operating basis", "Before the charge"."""
    if _NON_GAAP_OPENER.search(head) or _BEFORE_OPENER.match(head) or _WITHOUT_OPENER.match(head):
        return True
    return any(not set((m.group("basis") or m.group("method")).lower().split()) <= _REPORTED_BASIS
               for m in _BASIS_BEFORE.finditer(head))


_YEAR_WORD = re.compile(r"(?<![\w$.,-])((?:19|20)\d\d)(?=\s(?:[a-z]|[A-Z]{2,}\b))")  # "REPORTS 2002 EARNINGS PER SHARE"


def _bare_year(text: str, start: int, end: int) -> PeriodRef | None:
    """A year written as an adjective before the amount, in a clause that names no period: "reported
    record 1999 operating income ... on revenues of $27.333 billion" speaks of the year 1999."""
    # not a year a change is measured from: "increased 21 percent from 2002 and net income rose ...", nor one
    # of a period named ("decreased 3% from the third quarter of 2004 to $38.2 million")
    named = [(p.start, p.end) for p in find_periods(text)]
    found = [m for m in _YEAR_WORD.finditer(text, start, end)
             if not _COMPARED_OBJECT.search(text, max(0, m.start() - 40), m.start())
             and not any(s <= m.start() < e for s, e in named)]
    if not found:
        return None
    m = found[-1]
    return PeriodRef(m.start(), m.end(), months=12, fiscal_year=int(m.group(1)), kind="year")


def _leading(mentions: list[Mention], text: str, amounts: list[Amount]) -> list[Mention]:
    """The mentions that can name a later amount: not the phrase after an amount that names it
    ("$1.21 diluted earnings per share")."""
    trailing = [t for a in amounts if (t := trailing_mention(text, a.end)) is not None]
    return [m for m in mentions if not any(t.start <= m.start and m.end <= t.end for t in trailing)]


def _outside(text: str, start: int, end: int, asides: list[tuple[int, int]]) -> str:
    """text[start:end] without its parenthesized asides: "(+6% on an underlying basis)" qualifies
    the amount before it, not the sentence."""
    pieces, at = [], start
    for s, e in asides:
        if s < end and e > at:
            pieces.append(text[at:max(at, s)])
            at = max(at, e)
    pieces.append(text[at:end])
    return " ".join(pieces)


def _unlike_a_total(amount: Amount) -> bool:
    """A company's total written without a scale word is a whole number of dollars: "$1,378.1" lost
    its "million", and "$2.75" is a price or a per-share amount."""
    return amount.scale == 0 and (amount.decimals == 1 or abs(amount.value) < 1000)


def _alike(amount: Amount, other: Amount) -> bool:
    """Whether two amounts can be one figure in two periods: within a thousand times of each other."""
    a, b = abs(amount.value), abs(other.value)
    return not a or not b or max(a, b) / min(a, b) <= 1000


# "... $61.4 million for the third quarter and $180.2 million for the nine months ...": the same concept
# ("$4.6 billion for the 2004 fourth quarter and 10% to $17.4 billion for the 2004 full year": its own change between;
# "$34.8 million ($1.38 per diluted share) for the fourth quarter and $59.1 million": past the per-share aside)
_AND = re.compile(r"\)?[\s,]*(?:(?:for|in|during)\s+)?(?:(?:the|its|our)\s+)?\x00[\s,]*and[\s,]*"
                  rf"(?:{_PERCENT.pattern}\sto\s)?", re.I)
_PERIOD_AFTER = 60  # how far after a figure its own period may begin ("..., or $1.90 per share, for the year")


def _next_period(text: str, amount: Amount, done: list[_Bound], clause: int) -> _Bound | None:
    """A figure that continues a list of one concept over periods: "Net sales were $61.4 million for the
    third quarter and $180.2 million for the nine months ended September 30, 2005" (each figure with
    its own period, between them only that period and "and", the earlier figure's per-share partner aside)."""
    before = next((b for b in reversed(done) if b.clause == clause and b.partner is None), None)
    if before is None or before.amount.end > amount.start:
        return None
    gap_start = before.amount.end
    if (joined := _PER_SHARE_JOINED.match(text, gap_start)) is not None:
        gap_start = joined.end()
        # "a net loss of $1,312,000 or $0.27 per share for its fourth quarter ..., and $1,905,000 or $0.39 per
        # share for the full year": past the per-share figure joined to the earlier one
        partner = next((b for b in done if b.amount.start == gap_start), None)
        if partner is not None and (per := trailing_mention(text, partner.amount.end)) is not None:
            gap_start = per.end
    own = [p for p in find_periods(text[gap_start : amount.start]) if not p.instant]
    after = [p for p in find_periods(text[amount.end : amount.end + _PERIOD_AFTER]) if not p.instant]
    if len(own) != 1 or not after:
        return None
    gap = text[gap_start : amount.start]
    if not _AND.fullmatch(gap[: own[0].start] + "\x00" + gap[own[0].end :]):  # "... for the third quarter and"
        return None
    negative = (before.negative and not before.amount.negative) or amount.negative
    return _make(amount, before.concept, negative, clause, amount.start, amount.end)


def _blank_periods(text: str) -> tuple[str, tuple[PeriodRef, ...]]:
    """The text with the periods it names blanked out (offsets kept), and those periods."""
    refs = find_periods(text)
    for ref in refs:
        text = text[: ref.start] + " " * (ref.end - ref.start) + text[ref.end :]
    return text, refs


def _rises(text: str, amounts: list[Amount]) -> list[_Rise]:
    """The figures a change starts from, with the figures it reaches: "revenues rose 12% from $3.1
    million in 2004 to $4.2 million" (between them at most a per-share phrase and one period)."""
    found = []
    for came_from, reached in zip(amounts, amounts[1:], strict=False):
        verb = _RISE_FROM.search(text, max(0, came_from.start - 60), came_from.start)
        if verb is None or came_from.per_unit != reached.per_unit or not _alike(came_from, reached):
            continue
        gap, refs = _blank_periods(text[came_from.end : reached.start])
        to = _RISE_TO.fullmatch(_RISE_GAP_WORDS.sub(lambda m: " " * len(m.group()), gap))
        if to is not None and len(refs) <= 1:
            found.append(_Rise(verb.start("from"), came_from.end + to.start("to"), came_from, reached,
                               replace(refs[0], start=0, end=0) if refs else None))
    return found


# "($118 million)", "a net loss of 21 cents per share, or $18.6 million"
_MONEY_ASIDE = re.compile(r"\s?\(\s?[^()$]{0,4}\$[^()]{1,24}\)"
                          r"|,?\sor\s\$\s?[\d.,]+(?:\s(?:million|billion|thousand))?\b")
_LEAD_PERCENT = re.compile(rf"(?:\sby)?\s{_PERCENT.pattern}(?=\sto\b)", re.I)
_PERIOD_MARK = re.compile(r"(?:\s(?:for|in|during))?(?:\s(?:the|its|our))?\s*\x00[\s,]*")


def _comparing_at(marks: dict[int, bool], position: int) -> bool:
    """Whether the clause holding `position` compares, by the clause marks set so far."""
    return marks[max(at for at in marks if at <= position)]


def _plain_lead(text: str) -> str:
    """The words without the periods they name or the change they state: "net income for the year ended
    December 31, 2005, was" reads "net income was", "earnings rose 18.0% to" reads "earnings rose to"."""
    return _LEAD_PERCENT.sub("", _without_periods(text))


def _without_periods(text: str) -> str:
    """The words with each period they name left out, with its "for the": "$3.4 million for the second
    quarter 2014 or" reads "$3.4 million or"."""
    for ref in reversed(find_periods(text)):
        text = text[: ref.start] + "\x00" + text[ref.end :]
    return _PERIOD_MARK.sub(" ", text)


_LIST_AND = re.compile(r"[\s,]*(?:and|&)\s(?:the\s|its\s)?", re.I)


# "an increase in the average level of interest-earning assets between the periods": no range of an outlook
# "Included in net income for the thirteen weeks ... were $0.4 million, or $0.03 per share, of gains": a part of it
_INCLUDED_IN = re.compile(r"\W*(?:also\s)?included\sin\b", re.I)
_BETWEEN_PERIODS = re.compile(r"\s(?:the\s)?(?:two\s)?(?:periods|years|quarters)\b", re.I)


_ESTIMATE_ABBREVIATED = re.compile(r"\d[MBK]?\sEst\.")  # "Reports EPS $2.14 Vs. $2.09 Est."


def _forward_looking(text: str) -> bool:
    """Whether a sentence speaks of the future (an outlook, a guidance range: "between $1.10 and $1.20") or of
    what analysts estimated."""
    return bool(_ESTIMATE_ABBREVIATED.search(text)) or any(
        (m.group().lower() != "between" or not _BETWEEN_PERIODS.match(text, m.end())) and _holds_a_figure(text, m)
        for m in forward_words(text))


def _holds_a_figure(text: str, word: re.Match[str]) -> bool:
    """Whether the part of a sentence between semicolons that holds `word` states a figure: "Revenues of $924.7
    Million, Up 19% ...; Excluding Estimated Positive Impact of FX, Revenues Up 18%" has its estimate in a part of
    no figure."""
    if ";" not in text:
        return True
    start, end = text.rfind(";", 0, word.start()) + 1, text.find(";", word.end())
    part = text[start : end if end >= 0 else len(text)]
    return bool(MONEY.search(part) or CENTS.search(part))


def _several_lengths(text: str, periods: Sequence[PeriodRef]) -> bool:
    """Whether a sentence names periods of two lengths side by side: "the second quarter and six months", "the
    year and fourth quarter" (not "the quarter and year": the current quarter's release goes on about it)."""
    return any(a.months and b.months and a.months != b.months and b.months != 12
               and not (a.years_back or b.years_back)
               and _LIST_AND.fullmatch(text, a.end, b.start) for a, b in zip(periods, periods[1:], strict=False))


_CONTINUING_SUBJECT = re.compile(r"\W*(?:net\s)?(?:earnings|income)\sfrom\scontinuing\soperations\b", re.I)
# (or before an item: "Net income ..., before the cumulative effect of changes in accounting principles, was $54.6
# million, or $0.33 per share", under "Reports Higher First Quarter Earnings Per Share of $0.33")
_CONTINUING_PER_SHARE = re.compile(r"\b(?:continuing\soperations|before\s(?:the\s)?(?:cumulative\seffect|"
                                   r"extraordinary\sitems?))\b[^.;$]{0,60}\$[\d.,]+\s(?:million|billion|thousand)?"
                                   r"[\s,]*(?:or\s)?\(?\$(\d*\.\d+)\)?\s(?:per|a)\s(?:[\w-]+\s){0,3}?share", re.I)
# "Earnings per share from continuing operations grew 8 percent to 39 cents"
_CONTINUING_EPS = re.compile(r"\bper\s(?:diluted\s|basic\s)?share\sfrom\scontinuing\soperations\b[^.;$]{0,60}?"
                             r"(?:\$(?P<dollars>\d*\.\d+)|\b(?P<cents>\d{1,3}(?:\.\d+)?)\scents\b)", re.I)
# "These results exclude discontinued operations": the figures of the sentence before
_THESE_EXCLUDE = re.compile(r"\W*(?:these|those|such|the\s(?:above|foregoing))\s(?:[\w-]+\s)?"
                            r"(?:results|figures|amounts)\s"
                            r"(?:exclude|excludes|do\snot\sinclude|are\s(?:before|exclusive\sof))\b", re.I)
_BARE_EPS = re.compile(r"(?:(?:diluted|basic)\s)?(?:EPS|earnings\sper\s(?:diluted\s|basic\s)?share)\b", re.I)
_ATTRIBUTED = re.compile(r"\b(?:attributable|applicable)\sto\b", re.I)


def _before_the_owners_share(facts: list[Fact]) -> list[Fact]:
    """"Net income was $64,683,000 ... Net income attributable to the company was $64,752,000": the plain
    figure of a period whose share attributable to us the paragraph states apart is net income before
    noncontrolling interests are deducted (`ProfitLoss`)."""
    ours = {f.period: f.value for f in facts if f.concept == "NetIncomeLoss" and _ATTRIBUTED.search(f.source.quote)}
    return [replace(f, concept="ProfitLoss") if f.concept == "NetIncomeLoss" and ours.get(f.period, f.value) != f.value
            and not _ATTRIBUTED.search(f.source.quote) else f for f in facts]


def _make(amount: Amount, concept: str, negative: bool, clause: int, start: int, end: int) -> _Bound:
    return _Bound(amount, concept, negative, clause, min(start, amount.start), max(end, amount.end))


def _with(b: _Bound, resolved: Resolved) -> _Bound:
    return replace(b, resolved=resolved)


def _is_loss_concept(name: str) -> bool:
    """Whether a concept's value may be a loss: "NetIncomeLoss", "NetIncomeLossAvailableToCommonStockholdersBasic"."""
    return "IncomeLoss" in name or "ProfitLoss" in name or name.endswith("Loss")


_LIST_JOIN = re.compile(r",?\s(?:and\s)?")
_AND_JOIN = re.compile(r"\s(?:and|&)\s")
_PAIR_JOIN = re.compile(r",?\s(?:or|and)\s")  # "were $12,821,000, or $0.36", "were $744 million and $10.30"
_IN_AFTER = re.compile(r"\s+in\s(?!Q[1-4]\b|(?:the\s)?(?:period|quarter|year)\b|comparison\s(?:to|with)\b)", re.I)
_WHOLE_AFTER = re.compile(r"\s?(?:[,.;)]|$|\sand\s(?=\$)"
                          r"|\s(?:(?:reported|recorded|posted)\s)?(?:for|during|compared|versus|vs\.?|a\syear|last|"
                          r"in\s(?:the\s)?"
                          r"(?:same|prior|previous|comparable|corresponding|year|fiscal|(?:19|20)\d\d|first|second|third"
                          r"|fourth))\b)", re.I)


_OF_AFTER = re.compile(r"\s+of\s")
_IN_THE_SAME = re.compile(r"in\s(?:the\s)?(?:same|comparable|corresponding|like)\s", re.I)


def _within(text: str, position: int) -> bool:
    """Whether the amount ending at `position` is followed by "in" and something other than a period:
    "in other gain (loss), net", "in Europe" (a part of a line or of the company), not "in the second
    quarter", "in fiscal 2004", "in Q2"."""
    m = _IN_AFTER.match(text, position)
    if m is None:
        return False
    after = text[m.end() - 3 : m.end() + 80]  # from "in": "in 2005" is a period, "2005" alone is not
    if any(ref.start <= len("in the ") or _IN_THE_SAME.fullmatch(after, 0, ref.start) for ref in find_periods(after)):
        return False  # (and "in the same prior year period")
    # "compared to $45.5 million in revenue for the same period": the whole's own phrase, then nothing more
    phrase = next((x for x in find_mentions(text[m.end() : m.end() + 60]) if x.start == 0 and not x.weak), None)
    return phrase is None or not _WHOLE_AFTER.match(text, m.end() + phrase.end)


def _yearless(ref: PeriodRef) -> bool:
    """"the fourth quarter", "the full year": a period named without saying which year's (not "the September
    quarter": the latest September's)."""
    return (ref.fiscal_year is None and ref.stated_end is None and not ref.years_back and not ref.quarters_back
            and not ref.same and not ref.instant and ref.end_month is None)


def _after_a_compared_period(text: str, at: int, periods: Sequence[PeriodRef]) -> int | None:
    """Where the main clause begins after an opening comparison with a period ("Compared to the fourth quarter
    of fiscal 2018, the company grew net sales by 14 percent to $1.26 billion", "As compared to results from
    continuing operations during the same period a year ago, first quarter revenues of $57.3 million represent an
    increase of 12%"): past the period's comma."""
    ref = next((p for p in periods if p.start >= at), None)
    if ref is None or not text.startswith(",", ref.end) or _THE.fullmatch(text, at, ref.start) is None and \
            _COMPARED_WHAT.fullmatch(text, at, ref.start) is None:
        return None
    return ref.end + 1


def _compared_ref(text: str, ref: PeriodRef) -> bool:
    """Whether a period is the object of a comparison ("an increase of 40% over the same quarter in 2003",
    "level with its 1994 first quarter"): the base a change is measured from, not the figure's period."""
    return bool(_COMPARED_OBJECT.search(text, max(0, ref.start - 40), ref.start))


def _per_share_figure(text: str, amount: Amount) -> bool:
    """"6 cents per share", "$0.52 per diluted share": a partner of the figure before it, not another figure."""
    return amount.per_unit or trailing_mention(text, amount.end) is not None


AMBIGUOUS = PeriodRef(0, 0, kind="ambiguous")  # two periods could be the amount's: it is left out


_PAIRED = re.compile(r"[\s,]*(?:with|versus|vs\.?|and|against|compared\s(?:with|to))[\s,]+(?:that\sof\s|those\sof\s)?",
                     re.I)


_OPENING_MARKS = " \t\n-\u2013\u2014*\u2022"  # what may stand before a sentence's first word
_THE = re.compile(r"\s*(?:(?:the|its|our)\s)?")
_OF_THE = re.compile(r"\s(?:of|in)\s(?:the\s)?")
_OF = re.compile(r"\sof\s")
_COMPARING = re.compile(r"\s*(?:In\s)?comparing\s", re.I)
_TO = re.compile(r"\sto\s")
_TO_ONLY = re.compile(r",?\s+to\s+")
_COMPARED_WHAT = re.compile(r"\s*(?:the\s)?[a-z][^\d,;$()]{0,60}?\s(?:during|for|in|of)\s(?:the\s)?", re.I)


def _paired_periods(text: str, refs: Sequence[PeriodRef], anchor: Anchor | None) -> bool:
    """Whether two mentions side by side ("the fourth quarter of 2007 with the fourth quarter of 2006")
    name different periods. Mentions joined by "of the" are one ("the 13 weeks of the fourth
    quarter of fiscal 2007"), named by the part that says the year."""
    groups: list[list[PeriodRef]] = []
    for ref in refs:
        if groups and _OF_THE.fullmatch(text, groups[-1][-1].end, ref.start):
            groups[-1].append(ref)
        else:
            groups.append([ref])

    def end(group: list[PeriodRef]) -> object:
        ref = next((r for r in group if r.fiscal_year is not None or r.stated_end is not None), group[-1])
        resolved = resolve(ref, anchor, None, False)
        return resolved.period.end if resolved is not None else None

    for a, b in zip(groups, groups[1:], strict=False):
        if _PAIRED.fullmatch(text, a[-1].end, b[0].start):
            ends = {end(a), end(b)}
            if None not in ends and len(ends) == 2:
                return True
    return False


# a measure defined by what it leaves out: '"operating income" (which excludes realized capital gains and losses)'
_EXCLUDING_DEFINITION = re.compile(r"[\"\u201d']?\s?\((?:which|that)\s(?:excludes?|excluded|is\sbefore)\b[^()]*\)",
                                   re.I)


def _total_before(text: str, mentions: Sequence[Mention], per_share: Mention) -> Mention | None:
    """"Net earnings and net earnings per diluted share ... were $12,821,000, or $0.36": the total named just before
    a per-share phrase, joined to it by "and", whose figure comes first."""
    return next((m for m in mentions if m.end <= per_share.start and not m.weak
                 and _AND_JOIN.fullmatch(text, m.end, per_share.start)), None)


def _defines_another_measure(text: str, mentions: Sequence[Mention], before: int) -> bool:
    """Whether the sentence, before `before`, defines a measure other than net income by what it excludes: the
    per-share figure after it is that measure's."""
    return any(m.end <= before and m.concept not in _NET_INCOME_MEASURES and _EXCLUDING_DEFINITION.match(text, m.end)
               for m in mentions)


# an aside set off by commas, closed right before a period: "..., including restructuring charges, in the first quarter"
_CLOSED_ASIDE = re.compile(r"[^,$\d]*,\s(?:(?:in|for|during)\s)?(?:the\s)?")


def _includes_before(text: str, start: int, end: int) -> bool:
    """Whether what a figure includes stands between it and a period, which is then the included item's ("a net loss
    of $77.5 million, including special charges of $40 million in the second fiscal quarter"), unless it is an aside
    closed before the period ("a net loss of $8.0 million, including restructuring charges, in the first quarter")."""
    found = list(_INCLUDING.finditer(text, start, end))
    if not found:
        return False
    last = found[-1]
    return not (text[start : last.start()].rstrip().endswith(",") and _CLOSED_ASIDE.fullmatch(text, last.end(), end))


# the period a sentence's subject speaks of: "sales for the same quarter were", "net income for the quarter was"
_THE_PERIOD_SPOKEN_OF = frozenset({"same_period", "this_quarter", "this_period"})


def _pick_period(text: str, periods: Sequence[PeriodRef], amounts: list[Amount], b: _Bound,
                 clauses: list[int], anchor: Anchor | None, compared: bool = False) -> PeriodRef | None:
    """The period mention an amount belongs to.

    The last one between the previous amount (or the clause start) and this amount, unless two
    different periods stand there before the figure's phrase (`AMBIGUOUS`); else the first after it
    in its clause; else the last before it in its clause.
    """
    lo = clauses[b.clause]
    hi = clauses[b.clause + 1] if b.clause + 1 < len(clauses) else 10**9
    # "the highest year-to-year growth rate since the fourth quarter of 2002": a period to measure from, no figure's;
    # nor "the first quarter relocation charge", a period naming an item
    periods = [p for p in periods if not _SINCE.search(text, max(0, p.start - 12), p.start)
               and not _NAMES_AN_ITEM.match(text, p.end)]
    # "4 percent lower than the third quarter of fiscal 2009, when the company reported $292 million in sales and
    # earnings of 9 cents per share": what the company reported then is that period's
    when = [p for p in periods if lo <= p.start and p.end <= b.amount.start and _WHEN_REPORTED.match(text, p.end)]
    if when and not any(when[-1].end <= p.start and p.end <= b.amount.start for p in periods):
        return when[-1]
    # where each figure before ends, with its per-share phrase: "27 cents per share for the fourth quarter"
    asides = [m.span() for m in _ASIDE.finditer(text, lo, min(hi, len(text)))]  # what a figure's aside holds is not it
    earlier = [t.end if (t := trailing_mention(text, a.end)) is not None and t.end <= b.amount.start else a.end
               for a in amounts if a.end <= b.amount.start and not any(s < a.start < e for s, e in asides)]
    # (past the aside right after a figure: "$0.07 diluted EPS (as adjusted, $0.06 diluted EPS) in the second quarter")
    earlier = [aside.end() if (aside := _ASIDE.match(text, end + 1 if text.startswith(" (", end) else end)) is not None
               and aside.end() <= b.amount.start else end for end in earlier]
    window_start = max([lo, *earlier])
    # "a 68% increase over the prior year": a relative mention after a percentage dates the change
    if not compared:
        # "an increase of 40% over the same quarter in 2003", "level with its 1994 first quarter": not this
        # figure's period, unless the figure is the one compared with ("than second quarter 2005 earnings of")
        periods = [p for p in periods if not _compared_ref(text, p)
                   or p.end <= b.amount.start and _PHRASE_BETWEEN.fullmatch(text, p.end, b.amount.start)
                   and not _TO_ONLY.fullmatch(text, p.end, b.amount.start)]  # "from the 2004 quarter to $38.2"
    in_window = [p for p in periods if window_start <= p.start and p.end <= b.amount.start
                 and not (p.is_relative_only and _PERCENT.search(text, window_start, p.start))
                 # "revenue of $7.84 billion for the quarter ended March 31, 2003, an 8 percent increase
                 # over revenue of $7.25 billion": the period right after an amount is that amount's
                 and not (earlier and window_start == max(earlier)
                          and _ATTACHED.fullmatch(text, window_start, p.start))]
    # (not the figures of an aside: "net income of $11.9 million (as adjusted, $10.8 million) in the second quarter
    # of last year" dates the $11.9 million)
    beyond = [a for a in amounts if b.quote_end <= a.start
              and not any(b.quote_end <= s <= a.start < e for s, e in asides)]
    after = [p for p in periods if b.quote_end <= p.start < hi
             # "a net loss of $77.5 million, or $1.47 per share, including special charges of $40 million in the
             # second fiscal quarter": the period of what the figure includes, not the figure's
             and not _includes_before(text, b.quote_end, p.start)
             # "a 68% increase over the prior year", "up 9% and 14% on the like, year-earlier period": a
             # relative mention after a percentage dates the change
             and not (p.is_relative and (any(a.start < p.start and not _per_share_figure(text, a) for a in beyond)
                                         or _PERCENT.search(text, b.quote_end, p.start))
                      # (but "compared with reported revenues of $115.9 million, net income of $23.1 million, and
                      # diluted earnings per share of $.68 for the same period a year ago": the list's period)
                      and not (compared and _LISTED_ITEMS.fullmatch(text, b.quote_end, p.start)))
             # "up 10% over revenue of $45 million in 2005": the period is the compared amount's
             and not any(a.start < p.start and _COMPARED_WORD.search(text, b.quote_end, a.start) for a in beyond)
             # "increased to 37 cents from 33 cents for the quarter": the change's period, not the compared figure's
             and not (compared and p.kind in ("this_quarter", "this_period", "this_year") and p.fiscal_year is None)]
    joined = _PER_SHARE_JOINED.match(text, b.quote_end)  # "$2.2 million or $0.07 per share for the full 2003 year"
    attached_at = joined.end() if joined else b.quote_end
    if joined is not None and joined.group().lstrip(" ,").startswith("(") and \
            0 <= (close := text.find(")", attached_at)) - attached_at <= 40:
        attached_at = close + 1  # "$49 million ($0.97 per share, fully diluted basis) in the fourth quarter"
    if in_window and after and all(p.end <= b.quote_start for p in in_window) and \
            _ATTACHED.fullmatch(text, attached_at, after[0].start):
        # "RECORD FOURTH QUARTER AND YEAR-END RESULTS ...: revenue of $188.4 million for the fiscal year
        # ended June 30, 1996": the period written right after the figure (and its per-share figure) is its own
        year = next((p for p in reversed(in_window) if _names_a_year(p) and _BARE_YEAR.match(text, p.start)), None)
        if year is not None and after[0].quarter is not None and _yearless(after[0]):
            # "In 1993, Bramble earned $49 million ($0.97 per share) in the fourth quarter": that year's quarter
            return replace(after[0], fiscal_year=year.fiscal_year)
        return after[0]
    if in_window:
        last = in_window[-1]
        if last.end <= b.quote_start and _paired_periods(text, in_window, anchor):
            # "Comparing the fourth quarter of 2007 with that of 2006, net sales rose to $X from $Y":
            # two periods side by side before the figure's phrase, neither tied to it
            return AMBIGUOUS
        if len(in_window) > 1 and last.is_relative and not compared and _COMPARING.match(text) and any(
                joint.fullmatch(text, in_window[-2].end, last.start) for joint in (_PAIRED, _TO)):
            # "Comparing the third quarter of 2012 to the corresponding period last year, net sales increased
            # 15% to $162.2 million": the period compared is the figure's, the one after "to" what it is compared with
            return in_window[-2]
        quarter = next((p for p in in_window[:-1] if p.kind == "ordinal_quarter" and p.fiscal_year is None
                        and not p.years_back), None)
        if quarter is not None and last.kind == "year" and last.fiscal_year is not None and \
                in_window[in_window.index(quarter) + 1] is last:
            # "fourth quarter sales for fiscal 1998" (not "Fourth Quarter and Fiscal Year 2015 Results \u00b7 FY2015
            # revenue": the year named again)
            return replace(quarter, fiscal_year=last.fiscal_year)
        if last.kind in _THE_PERIOD_SPOKEN_OF and not last.years_back and last.fiscal_year is None \
                and last.stated_end is None and any(p.is_relative_only and not text[lo : p.start].strip()
                                                    and text.startswith(",", p.end) for p in in_window[:-1]):
            return replace(last, years_back=1)  # "A year ago, sales for the same quarter were $4,230,093"
        return last
    if after:
        return after[0]
    # not a period that dates something else in passing: "..., prior to a third quarter fiscal 2002 accounting
    # change of $12 million, and sales were $5.5 billion" (the sales are fiscal 2002's, the sentence's own)
    passing = [m.span() for m in _PASSING.finditer(text, lo, b.amount.start)]
    # nor the period another figure is compared with: "... above net income of $27.9 million a year ago, and earnings
    # per share increased to $1.42" (the sentence's year, not the last)
    before = [p for p in periods if lo <= p.start and p.end <= b.amount.start
              and not any(s <= p.start < e for s, e in passing)
              and not (p.is_relative and any(_ATTACHED.fullmatch(text, a.end, p.start) for a in amounts))]
    return before[-1] if before else None


# "in 1997", "for fiscal 1997": a year named in passing, not "full-year 1997"
# "... and $4,901,000 (...) for the same three and six month periods in 2015": a figure not read as a list is of
# neither length
# (or "The following discussion ... excludes reorganization items")
_NON_GAAP_FOLLOWS = re.compile(r"\W*the\sfollowing\s(?:(?:results\s|figures\s|amounts\s)?(?:are\s)?(?:on\sa\s)?"
                               r"non[\s-]?gaap\b|(?:discussion|results|figures|amounts)\s[^.;]{0,120}?\b(?:excludes?|"
                               r"excluding)\b)", re.I)
_LENGTHS_BEFORE = re.compile(r"\b(?:(?:three|six|nine|twelve|\d{1,2})[\s-](?:months?\s)?|year\s|quarter\s)and\s$",
                             re.I)  # (or "$77.0 million and $20.9 million for the year and quarter ended ...")
_CONTRAST_OPENING = re.compile(r",?\s(?:while|whereas)\s", re.I)  # ", while in 1995, net income was"
_BARE_YEAR = re.compile(r"(?:in|for|during|of)\s(?:fiscal\s(?:year\s)?)?(?:19|20)\d\d\b", re.I)


def _not_in_passing(text: str, periods: Sequence[PeriodRef], amounts: list[Amount]) -> Sequence[PeriodRef]:
    """The periods that date what a sentence says, unless all are bare years after its figures: "Net interest expense
    ... decreased due to the absence of a warrant charge in 2017" dates nothing after it."""
    own = [p for p in periods if not (p.years_back or p.is_relative)]  # (not "in last year's fourth quarter")
    # (a year right after the figure is its own: "Adjusted EBITDA of $103.9 million for 2014")
    if own and amounts and all(_BARE_YEAR.match(text, p.start) and p.start > amounts[-1].end + 40 for p in own):
        return ()
    return periods


def _reaches_a_level(text: str, position: int) -> bool:
    """Whether the concept phrase at `position` (or after the period there: "first quarter diluted earnings per share")
    is followed by the level it reached: "net income to $3,210,000"."""
    phrase = next(iter(find_mentions(text[position : position + 100])), None)
    return phrase is not None and (phrase.start == 0 or any(
        p.start == 0 and not text[position + p.end : position + phrase.start].strip()
        for p in find_periods(text[position : position + phrase.start]))) \
        and _TO_A_LEVEL.match(text, position + phrase.end) is not None


def _continuing_per_share(sentence: str) -> set[Decimal]:
    """The per-share figures a sentence gives as continuing operations' only."""
    found = {Decimal(m.group(1)) for m in _CONTINUING_PER_SHARE.finditer(sentence)}
    for m in _CONTINUING_EPS.finditer(sentence):
        found.add(Decimal(m.group("dollars")) if m.group("dollars") else Decimal(m.group("cents")) / 100)
    return found


def _opening_period(text: str, periods: Sequence[PeriodRef]) -> PeriodRef | None:
    """The period a sentence opens on, set off by a comma ("For the fourth quarter, ...")."""
    first = next(iter(periods), None)
    return first if first is not None and _OPENS_ON.fullmatch(text, 0, first.start) and \
        text.startswith(",", first.end) else None


def _diluted_closing(text: str, position: int) -> bool:
    """Whether the sentence after `position` closes on "on a fully diluted basis" said of all its per-share figures
    ("... $0.71 compared to $0.58 the previous year on a fully diluted basis."), not of the figure right before it
    ("... were $2.53, based on 15.1 million shares, or $2.49 on a fully diluted basis")."""
    closing = _DILUTED_BASIS_CLOSING.search(text, position)
    return closing is not None and _FIGURE_ENDS.search(text, position, closing.start()) is None


def _nearest_kind(text: str, before: list[Mention], position: int) -> set[str] | None:
    """The kind of the last basic or diluted phrase leading figures before `position`, when a bare "per share" there
    follows both kinds: "Basic earnings per share rose to $0.59 per share from $0.50 per share while fully diluted
    earnings per share rose to $0.57 per share from $0.49 per share". None when that phrase trails a figure of its
    own ("$0.59 per basic share and $0.57 per diluted share, compared with $0.50 per share"), joins the other kind,
    or a kind is named after it."""
    kinds = [m for m in before if m.concept in _QUALIFIED_EPS]
    lead = kinds[-1]
    if _FIGURE_BEFORE.search(text, max(0, lead.start - 16), lead.start) or _KINDS_SAID.search(text, lead.end,
                                                                                                position):
        return None
    if len(kinds) > 1 and _BOTH_KINDS_GAP.fullmatch(text, kinds[-2].end, lead.start):
        return None  # "Basic earnings per share and fully diluted earnings per share increased to $0.20 per share"
    return {lead.concept}


def _inside(position: int, text: str, lo: int) -> bool:
    """Whether `position` stands inside a parenthesized aside that opens at or after `lo`."""
    return any(m.start() < position < m.end() for m in _ASIDE.finditer(text, lo, position + 300))


def _loss_of_something(text: str, position: int) -> bool:
    """Whether the amount ending at `position` is a loss on something ("a $1.1 million loss on the sale of a
    division"), not the company's ("the $1.3 million loss of the second quarter 2004")."""
    tail = _LOSS_WORD_AFTER.match(text, position)
    return tail is not None and _LOSS_OF_WHAT.match(text, tail.end()) is not None


def _length_before(text: str, periods: Sequence[PeriodRef], at: int, year: PeriodRef) -> PeriodRef | None:
    """The shorter period a sentence names before a figure at `at` that it gives for a bare `year`: "Nine month
    sales were $12.8 million in 1995", "Fourth quarter net income was $361,880, or $.09 per share, in 2013"."""
    return next((p for p in periods if (p.months in (6, 9) or p.kind == "ordinal_quarter") and p.fiscal_year is None
                 and not p.years_back and p.stated_end is None and p.end <= at
                 and not _NAMES_AN_ITEM.match(text, p.end)  # (not "Because of a second quarter charge, ...")
                 # not one listed with the year: "Results for Fourth Quarter and Fiscal 2001 -- Net Income More
                 # Than Doubled to $7.4 Million in Fiscal 2001"
                 and not any(_LIST_AND.fullmatch(text, p.end, q.start) for q in periods if q.start >= p.end)
                 # nor one a year's total follows: "earned $2.71 million in the fourth quarter, bringing net
                 # income for 1993 to $10 million"
                 and not _BRINGING.search(text, p.end, year.start)), None)


def _listed_year(text: str, periods: Sequence[PeriodRef], amounts: list[Amount], listed: dict[int, Listed],
                 b: _Bound) -> PeriodRef | None:
    """The period a figure's place in a list of years gives it: that year's part the sentence names before the
    list, with no other figure between ("First quarter diluted earnings were $1.57 per share and $.99 per share for
    2004 and 2003, respectively": each year's first quarter), else the year."""
    if not _names_a_year(b.ref) or (length := _length_before(text, periods, b.amount.start, b.ref)) is None or any(
            length.end <= a.start < b.amount.start and ((item := listed.get(a.start)) is None or item.ref is None)
            for a in amounts):
        return b.ref
    return replace(length, fiscal_year=b.ref.fiscal_year)


def _names_a_year(ref: PeriodRef | None) -> bool:
    """Whether a period mention is a year by its number alone ("in fiscal 1998", "in 1997")."""
    return ref is not None and ref is not AMBIGUOUS and ref.fiscal_year is not None and not ref.years_back \
        and ref.quarter is None and ref.months in (None, 12)


def _shorter_than_a_year(resolved: Resolved | None) -> bool:
    """Whether a comparison's base is a quarter or a half: "in 1997" then means the same part of 1997."""
    period = resolved.period if resolved is not None else None
    return period is not None and period.start is not None and (period.end - period.start).days < 300


def _as_kind(previous: Resolved, instant: bool) -> Resolved | None:
    """The period spoken of before, for a concept that may be an instant or a duration."""
    if instant:
        inferred = ("instant",) if "end" in previous.inferred else ()
        from ..model import Period

        return Resolved(Period(previous.period.end), inferred, previous.ref)
    if previous.period.is_instant:
        return None
    return previous
