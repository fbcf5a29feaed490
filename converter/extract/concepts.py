"""Phrases that name concepts, found through the taxonomy's labels.

The extractor never lists concepts itself: the label linkbase's synonyms (phrases before an
amount), loss synonyms (the amount is a loss), weak synonyms (bare "earnings": the concept only
when a per-share figure is joined to the amount) and trailing synonyms (phrases after an amount,
such as "per diluted share") are compiled here into one matcher. The longest phrase wins, so
"net income per share" is earnings per share, not net income.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import taxonomy, vocab

# "Total Sales of $2.4B; Positive Net Flows of $0.3B": an asset manager's fund sales, beside its flows
_FUND_FLOWS = vocab.phrases(vocab.load()["fund_flow_words"])
_SALES = re.compile(r"\bsales\b", re.I)


@dataclass(frozen=True)
class Mention:
    concept: str
    start: int
    end: int
    loss: bool = False
    weak: bool = False  # a weak synonym: see the module's docstring


def _words(phrase: str) -> list[str]:
    """The phrase as regex pieces, one per word, each but the first led by its space."""
    parts = []
    for word in re.split(r"\s+", phrase.strip()):
        # a hyphen may be a dash or a space ("Earnings per Share \u2013 diluted"), an apostrophe curled or dropped
        w = re.escape(word).replace("\\-", "[\\s\u2013\u2014-]?").replace("'", "['\u2019]?")
        parts.append(rf"\s{w}" if parts else w)
    return parts


def _pattern(phrase: str) -> str:
    return "".join(_words(phrase))


_Entry = tuple[str, str, bool, bool]  # (phrase, concept, loss, weak)


@dataclass(frozen=True)
class Matcher:
    leading: re.Pattern[str]
    trailing: re.Pattern[str]
    concepts: dict[str, tuple[str, bool, bool]]  # group name -> (concept, loss, weak)
    scout: re.Pattern[str]  # matches where `leading` does, and nowhere else, but tries each prefix once


def _trie(branches: list[list[str]]) -> str:
    """One alternation of regex pieces sequences, sharing their common prefixes.

    Python's regex engine tries the alternatives of a long list one by one at every place; shared
    prefixes make it try "net" once, not for each of the hundred phrases that begin with it. With
    backtracking, the trie matches wherever some sequence does."""
    tree: dict[str, dict] = {}
    for pieces in branches:
        node = tree
        for piece in pieces:
            node = node.setdefault(piece, {})
        node[""] = {}  # a sequence ends here

    def render(node: dict[str, dict]) -> str:
        alts = [piece + render(child) if child else piece for piece, child in sorted(node.items()) if piece]
        if "" in node:
            alts.append("")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return render(tree)


def _first_letters(entries: list[_Entry]) -> str:
    """A lookahead on the phrases' first letters, so the long alternation is tried only where one can start."""
    firsts = set()
    for phrase, *_ in entries:
        m = re.match(r"[A-Za-z0-9]{1,3}", phrase.strip())
        if m is None:
            return ""
        firsts.add(re.escape(m.group(0).lower()))
    return "(?=" + "|".join(sorted(firsts)) + ")"


@cache
def matcher() -> Matcher:
    tax = taxonomy.load()
    leading: list[_Entry] = []
    trailing: list[_Entry] = []
    per_share = {c.name for c in tax.concepts.values() if c.item_type == "perShareItemType"}
    for concept in tax.concepts.values():
        if not concept.is_numeric:
            continue
        leading += [(s, concept.name, False, False) for s in concept.synonyms]
        leading += [(s, concept.name, True, False) for s in concept.loss_synonyms]
        leading += [(s, concept.name, False, True) for s in concept.weak_synonyms]
        leading += [(s, concept.name, True, True) for s in concept.weak_loss_synonyms]
        trailing += [(s, concept.name, False, False) for s in concept.trailing_synonyms]
        trailing += [(s, concept.name, True, False) for s in concept.trailing_loss_synonyms]
    groups: dict[str, tuple[str, bool, bool]] = {}
    # "revenues, net income and EPS": a phrase ending in "net" does not take the "net" of the next phrase
    nets = sorted({p.split()[1] for p, *_ in leading if p.lower().startswith("net ")}, key=lambda w: (-len(w), w))
    next_net = r"(?!\s(?:" + "|".join(_pattern(w) for w in nets) + r")\b)" if nets else ""

    def compile_(entries: list[_Entry], prefix: str, anchored: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The matcher (a group per phrase, longest first) and its scout (the same phrases as a trie)."""
        alts, branches = [], []
        for i, (phrase, name, loss, weak) in enumerate(sorted(entries, key=lambda e: (-len(e[0]), e[0]))):
            group = f"{prefix}{i}"
            groups[group] = (name, loss, weak)
            tail = next_net if phrase.lower().endswith(" net") else ""
            if name not in per_share:  # "consolidated earnings per share", "net sales per square foot"
                tail += r"(?!\sper\s)"
            alts.append(f"(?P<{group}>{_pattern(phrase)}{tail})")
            branches.append([*_words(phrase), tail])
        head = r"[\s,]*" if anchored else r"(?<![\w-])" + _first_letters(entries)
        # a footnote mark on the phrase before an amount: "net income1 of $400 million", "net income (1) was"
        mark = "" if anchored else r"(?:\d{1,2}|\s?\(\d{1,2}\))?"
        return (re.compile(rf"{head}(?:{'|'.join(alts)}){mark}(?![\w-])", re.I),
                re.compile(rf"{head}{_trie(branches)}{mark}(?![\w-])", re.I))

    (lead, scout), (trail, _) = compile_(leading, "l", False), compile_(trailing, "t", True)
    return Matcher(lead, trail, groups, scout)


def find_mentions(text: str) -> list[Mention]:
    """Phrases in `text` that name a concept before its amount ("net income of ...")."""
    m = matcher()
    out = []
    at = 0
    # the scout finds each place where a phrase matches; the matcher, asked only there, says which one
    while (found := m.scout.search(text, at)) is not None:
        hit = m.leading.match(text, found.start())
        assert hit is not None  # the scout matches only where the matcher does
        name, loss, weak = m.concepts[hit.lastgroup]  # type: ignore[index]
        out.append(Mention(name, hit.start(hit.lastgroup), hit.end(), loss, weak))
        at = hit.end()
    return out


@lru_cache(maxsize=4096)
def trailing_mention(text: str, position: int) -> Mention | None:
    """A phrase right after an amount that names its concept ("$0.12 per diluted share").

    Remembered by sentence and place: choosing an amount's period asks it of the amounts around it again."""
    m = matcher()
    hit = m.trailing.match(text, position)
    if hit is None:
        return None
    name, loss, _ = m.concepts[hit.lastgroup]  # type: ignore[index]
    return Mention(name, hit.start(hit.lastgroup), hit.end(), loss)


def fund_sales(concept: str, phrase: str, around: str) -> bool:
    """Whether a revenue phrase names the sales of funds: "sales" where the text `around` it speaks of
    fund flows (net flows, assets under management), not the company's revenue."""
    return concept == "Revenues" and bool(_SALES.search(phrase)) and bool(_FUND_FLOWS.search(around))
