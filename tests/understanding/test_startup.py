"""Start-up: libraries we never use stay unloaded, and still work if someone else uses them."""

import subprocess
import sys


def _run(code: str) -> list[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()


def test_a_consultation_does_not_load_what_it_never_uses():
    loaded = _run("import sys; from twitchcheck.pipeline import consult; consult('my left eyelid twitches'); "
                  "print(*[type(sys.modules.get(m)).__name__ for m in "
                  "('spacy.cli', 'nltk', 'PyRuSH', 'loguru', 'Cython', 'medspacy.sentence_splitting')])")
    assert loaded == ["NoneType", "_DeferredModule", "NoneType", "NoneType", "NoneType", "_DeferredModule"]


def test_deferred_modules_load_for_real_when_used():
    out = _run("import sys; import twitchcheck.understanding, spacy; print(spacy.info()['spacy_version']); "
               "import nltk; print(nltk.__name__, hasattr(nltk, 'word_tokenize'), 'spacy.cli' in sys.modules); "
               "from medspacy.sentence_splitting import PyRuSHSentencizer; import medspacy.sentence_splitting as s; "
               "print(type(sys.modules['medspacy.sentence_splitting']).__name__, hasattr(s, 'PyRuSHSentencizer'))")
    assert out[0] == spacy_version()
    assert out[1:] == ["nltk", "True", "True", "_DeferredModule", "True"]


def test_the_stand_in_for_a_deferred_function_loads_and_calls_the_real_one():
    out = _run("import sys; import twitchcheck.understanding; import medspacy; "
               "from medspacy.sentence_splitting import PyRuSHSentencizer as stand_in; "
               "import spacy; nlp = spacy.blank('en'); "
               "print(type(stand_in(nlp, 'x')).__name__, type(sys.modules['medspacy.sentence_splitting']).__name__)")
    assert out == ["PyRuSHSentencizer", "module"]


def spacy_version() -> str:
    import spacy

    return spacy.__version__


def test_yaml_progress_bars_language_codes_and_pysbd_stay_unloaded_and_work_when_used():
    out = _run("import sys; from twitchcheck.pipeline import consult; consult('my left eyelid twitches'); "
               "print(*[type(sys.modules.get(m)).__name__ for m in ('srsly._yaml_api', 'tqdm', 'langcodes', 'pysbd')]); "
               "import srsly, tqdm, langcodes, pysbd; print(srsly.yaml_loads('a: 1')['a'], hasattr(tqdm, 'tqdm'), "
               "langcodes.tag_is_valid('en'), len(pysbd.Segmenter(language='en', clean=False).segment('Hi. You?')))")
    assert out == ["_DeferredModule"] * 4 + ["1", "True", "True", "2"]
