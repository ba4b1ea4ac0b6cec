"""Values derived from a knowledge base, computed once per knowledge-base object.

The reader and the reasoner build lookup tables from the knowledge base (the model's arrays,
rule indexes, concept-combination indexes).  ``derived(kb, build)`` keeps one result per
``build`` function and knowledge base; a different knowledge base (a test's edited copy) gets
its own.  Keyed by identity, because hashing the whole base would cost more than the tables.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from twitchcheck.knowledge.schema import KnowledgeBase

T = TypeVar("T")

_CACHE: dict[tuple[int, Callable], tuple[KnowledgeBase, object]] = {}


def derived(kb: KnowledgeBase, build: Callable[[KnowledgeBase], T]) -> T:
    """``build(kb)``, built on first use and reused while ``kb`` is the same object."""
    key = (id(kb), build)
    entry = _CACHE.get(key)
    if entry is None or entry[0] is not kb:
        entry = _CACHE[key] = (kb, build(kb))
    return entry[1]  # type: ignore[return-value]
