"""Language data the extractors read, kept apart from the code that reads it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(language: str = "en") -> dict[str, Any]:
    return json.loads(resources.files(__name__).joinpath(f"{language}.json").read_text(encoding="utf-8"))


def phrases(words: Iterable[str], before: str = "") -> re.Pattern[str]:
    """Any of `words` as whole words, in any case, the longest first, a space matching any white space;
    `before` is a lookbehind that must hold as well."""
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s") for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<![\w-])" + before + "(?:" + alternatives + r")(?![\w-])", re.I)
