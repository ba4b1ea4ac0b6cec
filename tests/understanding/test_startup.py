"""Start-up: libraries we never use stay unloaded, and still work if someone else uses them."""

import subprocess
import sys


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()


def test_a_consultation_does_not_load_spacy_command_line_or_nltk():
    loaded = _run("import sys; from twitchcheck.pipeline import consult; consult('my left eyelid twitches'); "
                  "print('spacy.cli' in sys.modules, type(sys.modules.get('nltk')).__name__)")
    assert loaded == ["False", "_DeferredModule"]


def test_deferred_modules_load_for_real_when_used():
    out = _run("import sys; import twitchcheck.understanding, spacy; print(spacy.info()['spacy_version']); "
               "import nltk; print(nltk.__name__, hasattr(nltk, 'word_tokenize'), 'spacy.cli' in sys.modules)")
    assert out[0] == spacy_version()
    assert out[1:] == ["nltk", "True", "True"]


def spacy_version() -> str:
    import spacy

    return spacy.__version__
