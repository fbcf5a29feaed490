"""converter: earnings press releases in, valid XBRL out.

    >>> import converter
    >>> report = converter.convert("release.txt")
    >>> xml, json_text = report.to_xml(), report.to_json()
    >>> problems = converter.validate("out.xml")
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Fact, Report
    from .validation import Problem

__all__ = ["Fact", "Problem", "Report", "__version__", "batch", "convert", "validate"]


def convert(source: object, *, cik: str | None = None, name: str | None = None) -> Report:
    """Convert a press release (a path, text or bytes) into a Report."""
    from .pipeline import convert as _convert

    return _convert(source, cik=cik, name=name)


def validate(*sources: object) -> list[Problem]:
    """Check xBRL-XML or xBRL-JSON files (paths, or bytes/str contents); returns every problem found."""
    from .pipeline import validate as _validate

    return _validate(*sources)


def batch(inputs: object, out_dir: object, **options: object) -> object:
    """Convert many releases into `out_dir` on every core or a Dask cluster (see `converter.batching`)."""
    from .batching import batch as _batch

    return _batch(inputs, out_dir, **options)  # type: ignore[arg-type]


def __getattr__(name: str) -> object:
    if name in ("Fact", "Report"):
        from . import model

        return getattr(model, name)
    if name == "Problem":
        from .validation import Problem

        return Problem
    raise AttributeError(name)
