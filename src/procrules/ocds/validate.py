"""Validate release packages against procrules' notice schemas, and optionally an official one.

Our schemas (`schemas/*.json`, JSON Schema 2020-12, read with importlib.resources) say what each
notice procrules emits must contain; `package.json` covers the package. An official schema
(e.g. OCDS 1.1.5 `release-schema.json` or the FTS-patched one, draft-04) is applied to each
release, or to the package when it is a package schema. `$ref`s between files resolve through a
registry of the schema's folder and our own files: never the network.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import FormatChecker
from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator
from jsonschema.validators import Draft202012Validator, validator_for
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4, DRAFT202012

from procrules.errors import InputError, Problem
from procrules.ocds.profile import NOTICES


def _pointer(parts: Any) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


@cache
def _ours() -> tuple[Registry, dict[str, Any]]:
    files = resources.files("procrules.ocds").joinpath("schemas")
    schemas = {f.name.removesuffix(".json"): json.loads(f.read_text(encoding="utf-8"))
               for f in files.iterdir() if f.name.endswith(".json")}
    registry: Registry = Registry().with_resources(
        (s["$id"], Resource.from_contents(s, default_specification=DRAFT202012)) for s in schemas.values())
    return registry, schemas


def notice_schema(code: str) -> dict[str, Any]:
    """procrules' JSON Schema for the releases of notice `code`."""
    schema: dict[str, Any] = _ours()[1][code]
    return schema


def _validator(schema: dict[str, Any], registry: Registry) -> Validator:
    cls = validator_for(schema, default=Draft202012Validator)
    return cls(schema, registry=registry, format_checker=FormatChecker())


def _official(path: Path) -> tuple[dict[str, Any], Registry]:
    """The schema at `path`, with every JSON file of its folder registered by its id (and by the
    OCDS 1.1.5 URLs when a file is the release schema, which the package schemas refer to)."""
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot be read as a JSON Schema ({exc})") from exc
    registry: Registry = Registry()
    for file in sorted(path.parent.glob("*.json")):
        try:
            contents = json.loads(file.read_text(encoding="utf-8"))
        except ValueError:
            continue
        if not isinstance(contents, dict):
            continue
        resource = Resource.from_contents(contents, default_specification=DRAFT4)
        for uri in {contents.get("id"), contents.get("$id"), file.resolve().as_uri()} - {None}:
            registry = registry.with_resource(str(uri), resource)
    return schema, registry.crawl()


def _rule(err: ValidationError, name: str) -> str:
    return f"[{name}: {'/'.join(str(p) for p in err.schema_path)}]"


_PERSONAL = ("contactPoint", "additionalContactPoints")


def _message(err: ValidationError, name: str) -> str:
    """The error and its rule, never echoing a value that may be personal data (a `not` error
    repeats the whole object; anything under a contact point is withheld), and kept short."""
    if err.validator == "not":
        text = "has a field this notice must not carry (procrules never publishes contact points)"
    elif any(part in _PERSONAL for part in err.absolute_path):
        text = f"fails `{err.validator}` (the value is withheld: contact details are personal data)"
    else:
        text = err.message if len(err.message) <= 200 else err.message[:197] + "..."
    return f"{text} {_rule(err, name)}"


def _errors(validator: Validator, instance: Any) -> Iterator[ValidationError]:
    yield from sorted(validator.iter_errors(instance), key=lambda e: (list(map(str, e.path)), e.message))


def _release_problems(release: Any, i: int, source: str, official: Validator | None,
                      official_name: str) -> list[Problem]:
    registry, _ = _ours()
    base = f"/releases/{i}"
    rid = release.get("id") if isinstance(release, dict) else None
    subject = f"release {rid} (#{i})" if rid else f"release #{i}"
    out: list[Problem] = []
    code = _notice_code(release)
    if code is None:
        out.append(Problem(source, base, "no document with a noticeType UK1-UK16 whose id is the release id "
                                         "[procrules: notice-document]", subject=subject))
    else:
        for err in _errors(_validator(notice_schema(code), registry), release):
            out.append(Problem(source, base + _pointer(err.absolute_path), _message(err, code),
                               subject=subject))
    if official is not None:
        for err in _errors(official, release):
            out.append(Problem(source, base + _pointer(err.absolute_path), _message(err, official_name),
                               subject=subject))
    return out


def _documents(release: dict[str, Any]) -> Iterator[dict[str, Any]]:
    holders: list[Any] = [release.get("planning"), release.get("tender")]
    holders += release.get("awards") or []
    for contract in release.get("contracts") or []:
        holders += [contract, contract.get("implementation") if isinstance(contract, dict) else None]
    for holder in holders:
        if isinstance(holder, dict):
            yield from (d for d in holder.get("documents") or [] if isinstance(d, dict))


def _notice_code(release: Any) -> str | None:
    """The form code of the document whose id is the release id."""
    if not isinstance(release, dict):
        return None
    for doc in _documents(release):
        if doc.get("id") == release.get("id") and doc.get("noticeType") in NOTICES:
            return str(doc["noticeType"])
    return None


def validate_package(data: Any, *, schema_path: Path | None = None, source: str = "<package>") -> list[Problem]:
    """Every problem with a release package: ours first (package, then each release by its notice
    code), then the official schema's. Each names the release, the JSON pointer and the rule."""
    registry, schemas = _ours()
    problems = [Problem(source, _pointer(err.absolute_path), _message(err, "package"))
                for err in _errors(_validator(schemas["package"], registry), data)]
    official: Validator | None = None
    official_name = ""
    package_level = False
    if schema_path is not None:
        schema, official_registry = _official(schema_path)
        official, official_name = _validator(schema, official_registry), schema_path.name
        package_level = "releases" in (schema.get("properties") or {})
        if package_level:
            problems += [Problem(source, _pointer(err.absolute_path), _message(err, official_name))
                         for err in _errors(official, data)]
    releases = data.get("releases") if isinstance(data, dict) else None
    for i, release in enumerate(releases if isinstance(releases, list) else []):
        problems += _release_problems(release, i, source, None if package_level else official, official_name)
    return problems
