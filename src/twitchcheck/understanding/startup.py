"""Start-up time: parts of our NLP dependencies that we never use are not loaded.

A single ``twitchcheck consult`` spends most of its second importing libraries.
Two of those imports are never used by us:

* spaCy imports its whole command line (``spacy.cli``: model download, training,
  project tools) only to expose ``spacy.info``; about 0.1 s.
* medspaCy imports QuickUMLS, which imports NLTK at module level; about 0.2 s.
* medspaCy imports its PyRuSH and pySBD sentence splitters (with loguru and
  asyncio); we split sentences with spaCy's sentencizer.  About 0.05 s.  (spaCy also loads
  pySBD's entry point each time a factory is registered; it registers nothing.)
* pydantic's v1 compatibility layer (imported by spaCy's config library) imports
  Cython only to ask whether it is itself compiled; it is not.  About 0.02 s.
* srsly imports its YAML functions with a vendored ruamel.yaml, spaCy's training loggers
  import tqdm and spacy.util imports langcodes; none is used to build or run our pipeline.
  About 0.02 s together.

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


def defer_import(name: str, package: bool = True, **known: object) -> None:
    """Let ``import name`` succeed now and load the module only when it is used.

    ``known`` attributes are answered without loading it (``from name import x`` reads
    ``x`` at once); give only values that are true of the real module, or stand-ins that
    load it themselves.  ``package`` says whether the module is a package (has submodules).
    """
    if name in sys.modules or (not package and name.rpartition(".")[0] in sys.modules):
        return
    if package:
        spec = importlib.util.find_spec(name)
        if spec is None:
            return
    placeholder = _DeferredModule(name)
    if package:
        placeholder.__spec__ = spec
    placeholder._package = package
    placeholder.__dict__.update(known)
    sys.modules[name] = placeholder


def _loads_on_call(module: str, attribute: str):
    """A stand-in for ``module.attribute`` that imports the module when called."""
    def call(*args, **kwargs):
        if isinstance(sys.modules.get(module), _DeferredModule):
            del sys.modules[module]
        return getattr(importlib.import_module(module), attribute)(*args, **kwargs)

    call.__name__ = attribute
    return call


def defer_unused() -> None:
    """Install the stand-ins (before spaCy and medspaCy are first imported)."""
    # spaCy's __init__ does "from .cli.info import info"
    defer_import("spacy.cli.info", package=False, info=_loads_on_call("spacy.cli.info", "info"))
    defer_import("nltk")
    # pySBD registers a spaCy factory through an entry point, which spaCy loads (pysbd.utils) every
    # time a factory is registered; first the module, so that loading the entry point needs no package
    defer_import("pysbd.utils", package=False, PySBDFactory=_loads_on_call("pysbd.utils", "PySBDFactory"))
    defer_import("pysbd")
    # medspaCy's components module does "from .sentence_splitting import PyRuSHSentencizer"
    defer_import("medspacy.sentence_splitting", package=False,
                 PyRuSHSentencizer=_loads_on_call("medspacy.sentence_splitting", "PyRuSHSentencizer"))
    # pydantic.v1.version does "import cython; compiled = cython.compiled": pure Python is never compiled
    defer_import("cython", package=False, compiled=False)
    # srsly's __init__ imports its YAML functions (and a vendored ruamel.yaml) for spaCy's config files
    defer_import("srsly._yaml_api", package=False,
                 **{name: _loads_on_call("srsly._yaml_api", name)
                    for name in ("read_yaml", "write_yaml", "yaml_dumps", "yaml_loads", "is_yaml_serializable")})
    # spaCy's training loggers do "import tqdm" for progress bars; spacy.util does "import langcodes"
    # to match language codes that spaCy does not have a class for ("en" is one it has)
    defer_import("tqdm")
    defer_import("langcodes")


defer_unused()
