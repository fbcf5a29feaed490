"""Language data the extractors read, kept apart from the code that reads it."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(language: str = "en") -> dict[str, Any]:
    return json.loads(resources.files(__name__).joinpath(f"{language}.json").read_text(encoding="utf-8"))
