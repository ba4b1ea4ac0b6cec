"""twitchcheck: an offline, evidence-grounded consultation engine for eyelid and facial twitching.

    >>> from twitchcheck import consult
    >>> consult("my left eyelid keeps jumping").triage.level
    'self_care'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["consult", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from twitchcheck.pipeline import consult


def __getattr__(name: str) -> Any:
    # Lazy: importing the package must stay cheap; the NLP stack loads on first consult.
    if name == "consult":
        from twitchcheck.pipeline import consult

        return consult
    raise AttributeError(name)
