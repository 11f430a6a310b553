"""Legal references: the machine-readable parts, the citation text and the legislation.gov.uk URL."""

from __future__ import annotations

from typing import Any

from procrules.lang.ir import LegalRef

_BASE = {
    "PA2023": "https://www.legislation.gov.uk/ukpga/2023/54",
    "PR2024": "https://www.legislation.gov.uk/uksi/2024/692",
}


def citation(raw: dict[str, Any]) -> str:
    """`PA2023 s.51(2)`, `PA2023 Sch.3 para 5`, `PR2024 reg 24(2)`, or the given text."""
    if raw.get("text"):
        return str(raw["text"])
    parts = [str(raw["instrument"])]
    sub = f"({raw['subsection']})" if raw.get("subsection") is not None else ""
    if raw.get("schedule") is not None:
        parts.append(f"Sch.{raw['schedule']}")
        if raw.get("paragraph") is not None:
            parts.append(f"para {raw['paragraph']}{sub}")
    elif raw.get("section") is not None:
        parts.append(f"s.{raw['section']}{sub}")
    elif raw.get("regulation") is not None:
        parts.append(f"reg {raw['regulation']}{sub}")
    return " ".join(parts)


def url(raw: dict[str, Any]) -> str | None:
    """The given URL, or one built for the Act and PR 2024."""
    if raw.get("url"):
        return str(raw["url"])
    base = _BASE.get(str(raw["instrument"]))
    if base is None:
        return None
    for part, segment in (("schedule", "schedule"), ("section", "section"), ("regulation", "regulation")):
        if raw.get(part) is not None:
            return f"{base}/{segment}/{raw[part]}"
    return base


def legal_ref(raw: dict[str, Any]) -> LegalRef:
    """A LegalRef from its YAML mapping."""

    def text(key: str) -> str | None:
        return None if raw.get(key) is None else str(raw[key])

    return LegalRef(
        instrument=str(raw["instrument"]), text=citation(raw), url=url(raw),
        section=text("section"), subsection=text("subsection"), schedule=text("schedule"),
        paragraph=text("paragraph"),
    )
