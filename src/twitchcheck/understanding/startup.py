"""Start-up time: parts of our NLP dependencies that we never use are not loaded.

A single ``twitchcheck consult`` spends most of its second importing libraries.
Two of those imports are never used by us:

* spaCy imports its whole command line (``spacy.cli``: model download, training,
  project tools) only to expose ``spacy.info``; about 0.1 s.
* medspaCy imports QuickUMLS, which imports NLTK at module level; about 0.2 s.

Each is replaced by a stand-in that imports the real module the moment anything
is taken from it, so nothing breaks if another program does use them.  (The
standard ``importlib.util.LazyLoader`` does not help on Python 3.11: the import
statement itself touches ``__spec__``.)
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types


class _DeferredModule(types.ModuleType):
    """Stands in for a module until one of its attributes is used, then imports it for real."""

    def __getattr__(self, attribute: str):
        if attribute == "__path__" and not self.__dict__.get("_package", True):
            raise AttributeError(attribute)  # the import system asks every module; a plain one has none
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        real = importlib.import_module(name)
        self.__dict__.update(real.__dict__)
        return getattr(real, attribute)


def defer_import(name: str) -> None:
    """Let ``import name`` succeed now and load the module only when it is used."""
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None:
        return
    placeholder = _DeferredModule(name)
    placeholder.__spec__ = spec
    sys.modules[name] = placeholder


def _spacy_info(*args, **kwargs):
    """``spacy.info``, loading spaCy's command line only when someone asks for it."""
    sys.modules.pop("spacy.cli.info", None)
    return importlib.import_module("spacy.cli.info").info(*args, **kwargs)


def defer_spacy_cli() -> None:
    """Keep ``import spacy`` from importing ``spacy.cli`` (its ``from .cli.info import info``)."""
    if "spacy" in sys.modules or "spacy.cli.info" in sys.modules:
        return
    placeholder = _DeferredModule("spacy.cli.info")
    placeholder._package = False
    placeholder.info = _spacy_info
    sys.modules["spacy.cli.info"] = placeholder


defer_spacy_cli()
