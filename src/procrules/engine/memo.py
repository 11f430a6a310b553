"""Values worked out once per object: a compiled condition, a rule set's result shape.

Keyed by identity, not equality: hashing a frozen condition tree on every lookup costs more than
the lookup saves, and the objects (a rule set and what it holds) live as long as the process. The
cache holds each object, so its id is never reused while its entry stands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def per_object(make: Callable[[K], V]) -> Callable[[K], V]:
    """`make(obj)`, computed the first time each object is seen and remembered after."""
    cache: dict[int, tuple[K, V]] = {}

    def get(obj: K) -> V:
        found = cache.get(id(obj))
        if found is None or found[0] is not obj:
            found = cache[id(obj)] = (obj, make(obj))
        return found[1]
    return get
