"""Where the policy data lives: inside the installed package, or the source tree's top level."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

_FOLDERS = ("rules", "policy_statements", "notices", "mappings")


def data_root() -> Traversable:
    """The folder holding `rules/`, `policy_statements/` and `notices/`.

    A built wheel carries them under `procrules/data/` (pyproject's force-include); a source
    checkout or editable install reads the top-level folders that policy staff edit.
    """
    packaged = files("procrules") / "data"
    if packaged.joinpath("rules").is_dir():
        return packaged
    return Path(__file__).resolve().parents[2]


def data_dir(name: str) -> Traversable:
    """One of the policy folders."""
    if name not in _FOLDERS:
        raise ValueError(f"unknown data folder {name!r}")
    return data_root() / name


def package_file(name: str) -> Traversable:
    """A file shipped inside the package itself (schemas)."""
    return files("procrules") / name
