"""A short structured summary for a doctor: who, what, since when, positives, negatives, assessment, plan."""

from __future__ import annotations

from twitchcheck.answer.compose import render
from twitchcheck.knowledge.derived import derived
from twitchcheck.knowledge.schema import KnowledgeBase
from twitchcheck.understanding import days_words

_NONE = "none stated"


def _patient(patient) -> str:
    who = "the writer" if patient.subject == "writer" else f"the writer's {patient.relation or 'relative'}"
    parts = [who]
    parts.append(f"{patient.age} y" if patient.age is not None else "age not stated")
    parts.append(patient.sex or "sex not stated")
    return ", ".join(parts)


def _duration(days: float | None) -> str:
    return "duration not stated" if days is None else f"for about {days_words(days)}"


def _labels(kb: KnowledgeBase) -> dict[str, tuple[str, str]]:
    """Each finding's label and category, looked up once per knowledge base."""
    return {finding.id: (finding.label, finding.category) for finding in kb.findings.values()}


def clinician_note(kb, understanding, present: set[str], absent: set[str], ranked, triage, questions) -> str:
    """The note, from the same evidence and reasoning as the answer (nothing new is claimed)."""
    table = derived(kb, _labels)

    def labels(ids, categories=None):  # ids in order
        chosen = [table[f][0] for f in ids if categories is None or table[f][1] in categories]
        return "; ".join(chosen) or _NONE

    reported = sorted(present)  # once for the three lists drawn from it

    attributes = understanding.attributes
    site = ", ".join(attributes.sites) or "site not stated"
    complaint = f"{labels(reported, {'movement', 'neurological', 'eye', 'associated'})} ({site}; side: " \
                f"{attributes.side or 'not stated'}; {_duration(attributes.duration_days)}" \
                f"{'; recurrent' if attributes.recurrent else ''})"
    assessment = ", ".join(f"{kb.conditions[e.condition].name} {e.probability:.0%}" for e in ranked[:3]) or "no symptoms"
    triage_text = "nothing to triage" if triage.level is None else \
        f"{triage.level} ({'; '.join(triage.rules) or 'leading condition'})"
    return render("clinician.txt.j2", dict(
        version=kb.version,
        patient=_patient(understanding.patient),
        complaint=complaint,
        positives=labels(reported, {"movement", "neurological", "eye", "associated", "course", "site"}),
        negatives=labels(sorted(absent)),
        history=labels(reported, {"history", "trigger"}),
        assessment=assessment,
        triage=triage_text,
        mri=f"{triage.mri or 'n/a'}" + (f" — {triage.mri_reason}" if triage.mri_reason else ""),
        other_concerns="; ".join(r.id.replace("_", " ") for r in triage.other_concerns),
        ask="; ".join(kb.findings[q.finding].label + "?" for q in questions),
    )).strip() + "\n"
