"""Where the data files are: `schemas/` and `templates/` travel in the wheel as subpackages."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

_TOP = Path(__file__).resolve().parent.parent


@cache
def data_dir(name: str) -> Path:
    """The folder of `converter.<name>` when installed, or `<repo>/<name>` in a bare checkout."""
    try:
        found = resources.files(f"converter.{name}")
        path = Path(str(found))
        if path.is_dir():
            return path
    except ModuleNotFoundError:
        pass
    return _TOP / name


def schema_path(filename: str) -> Path:
    return data_dir("schemas") / filename


def templates_dir() -> Path:
    return data_dir("templates")
