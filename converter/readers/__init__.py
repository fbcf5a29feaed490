"""Readers: one per kind of input, each turning a source's text into a `Document`."""

from __future__ import annotations

import re

from .edgar import is_submission

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|div|p|table|font|title)\b",
    re.I | re.S)


def detect_kind(text: str) -> str:
    """"edgar", "html" or "text": from the content, never the file name."""
    head = text[:8192]
    if is_submission(head):
        return "edgar"
    return "html" if _HTML_START.search(head) else "text"
