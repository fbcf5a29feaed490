"""The one place that runs a source through: read -> detect -> reader -> extract -> Report.

The command line and the library both call this module, so neither holds logic of its own.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from .document import Document
from .errors import InputError
from .extract import document_facts, entity_for, extract
from .model import Report
from .readers import detect_kind
from .readers.edgar import read_edgar
from .readers.html import read_html
from .readers.text import decode, read_text

MAX_INPUT_BYTES = 200 * 1024 * 1024


def load_bytes(source: object) -> tuple[bytes, str]:
    """The bytes of a source (a path, text or bytes) and a name to speak of it by."""
    if isinstance(source, bytes | bytearray):
        return bytes(source), "<bytes>"
    if isinstance(source, Path) or (isinstance(source, str) and _looks_like_path(source)):
        path = Path(source)
        name = str(path)
        if path.is_dir():
            raise InputError(f"{name}: is a directory, not a document", exit_code=2)
        try:
            size = path.stat().st_size
            if size > MAX_INPUT_BYTES:
                raise InputError(f"{name}: {size} bytes is larger than the {MAX_INPUT_BYTES} bytes we read")
            return path.read_bytes(), name
        except FileNotFoundError:
            raise InputError(f"{name}: no such file", exit_code=2) from None
        except PermissionError:
            raise InputError(f"{name}: permission denied", exit_code=2) from None
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror or exc})", exit_code=2) from None
    if isinstance(source, str):
        return source.encode("utf-8"), "<text>"
    raise TypeError(f"convert() takes a path, text or bytes, not {type(source).__name__}")


def _looks_like_path(text: str) -> bool:
    return "\n" not in text and len(text) < 4096 and (os.path.exists(text) or text.endswith((".txt", ".htm", ".html")))


def read(source: object, name: str | None = None) -> Document:
    """Any supported source as a Document."""
    data, label = load_bytes(source)
    label = name or label
    text = decode(data, label)
    del data  # the bytes are read: a large input is not held twice while it is converted
    kind = detect_kind(text)
    if kind == "edgar":
        document = read_edgar(text, label)
        if not document.blocks:
            raise InputError(f"{label}: the EDGAR submission holds no 8-K body or EX-99 exhibit we can read")
        return document
    return read_html(text, label) if kind == "html" else read_text(text, label)


def convert(source: object, *, cik: str | None = None, name: str | None = None) -> Report:
    """A source (path, text or bytes) converted into a Report."""
    document = read(source, name)
    found = extract(document)
    info = found.entity
    filer_name, filer_cik = found.registrant or (None, None)
    if info.name is None and filer_name:
        info = replace(info, name=filer_name)  # the EDGAR header's conformed name
    entity, warnings = entity_for(info, cik or filer_cik or None)
    facts = tuple(document_facts(info, entity, found.anchor)) + found.facts
    return Report(entity=entity, facts=facts, warnings=tuple(warnings) + found.warnings,
                  source_name=Path(document.name).name if document.name and not document.name.startswith("<") else None,
                  source_text=document.source)


def validate(*sources: object) -> list:
    """Problems in xBRL-XML or xBRL-JSON sources (paths, or contents as bytes or text)."""
    from .validation import Problem, validate_file, validate_json, validate_xml

    problems: list[Problem] = []
    for source in sources:
        if isinstance(source, Path) or (isinstance(source, str) and _looks_like_path(source)):
            problems += validate_file(Path(source))
            continue
        data = source.encode("utf-8") if isinstance(source, str) else bytes(source)  # type: ignore[arg-type]
        body = data.lstrip(b"\xef\xbb\xbf \t\r\n")
        problems += validate_json(data) if body.startswith(b"{") else validate_xml(data)
    return problems
