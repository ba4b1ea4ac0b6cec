"""The course of the complaint: how long it has lasted, and course findings that may not lower urgency.

A stated duration becomes `short_duration`, `over_three_weeks` or `long_duration`; a long course
read from another complaint than a danger sign, or a weakness said to get worse that nothing dates,
is kept from making the danger sign look old (the pipeline triages with and without them).
"""

from __future__ import annotations

from twitchcheck.understanding.attributes import NOT_OVER, AttributeFacts, duration_days
from twitchcheck.understanding.findings import AFFIRMED, Mention

#: Statuses in which a mention says something about the patient's complaint (a doubt included).
_SAID_STATUSES = AFFIRMED | {"uncertain"}


def derive_duration(attributes: AttributeFacts, findings: dict[str, Mention]) -> frozenset[str]:
    """Turn a stated duration into the course findings the knowledge base reasons with; returns
    those that rest only on a guessed duration."""
    days = attributes.duration_days
    if days is None:
        return frozenset()
    status = "reported_by_other" if attributes.duration_reported else "present"
    derived = []
    if days < 0.5 and "sudden_onset" not in findings:
        derived.append("sudden_onset")  # it all began within the last hours: a sudden onset by definition
    if days < 21:
        derived.append("short_duration")
    if days >= 21:
        derived.append("over_three_weeks")
    if days >= 90:
        derived.append("long_duration")
    guessed = set()
    for finding in derived:
        if finding not in findings or findings[finding].status not in AFFIRMED:
            findings[finding] = Mention(finding, status, 0, 0, f"duration of about {days_words(days)}")
            guessed.add(finding)
    if days < 21:
        for longer in ("over_three_weeks", "long_duration"):
            if longer in findings and findings[longer].status in AFFIRMED and findings[longer].start == 0:
                del findings[longer]
    return frozenset(guessed) if attributes.duration_guessed else frozenset()


#: The course findings a long duration brings, which can excuse a danger sign as slowly developing.
_LONG_COURSE = ("over_three_weeks", "long_duration")


def course_of_another_complaint(attributes: AttributeFacts, findings: dict[str, Mention], mentions: list[Mention],
                                 kb) -> frozenset[str]:
    """The long course findings, when they were read from another sentence than a danger sign that
    the message dates more recently or not at all: "my eyelid has twitched for 2 years. Since
    yesterday my left arm is weak" says nothing about how long the arm has been weak."""
    long_course = frozenset(f for f in _LONG_COURSE if f in findings and findings[f].status in AFFIRMED)
    if not long_course or not attributes.duration_sentence:
        return frozenset()
    dated = attributes.duration_sentence.strip()
    palsy = findings.get("history_facial_palsy")
    palsy_before = palsy is not None and palsy.status in AFFIRMED and palsy.sentence.strip() in dated
    for mention in mentions:
        finding = kb.findings.get(mention.finding)
        if finding is None or not finding.safety or finding.category == "history" or mention.status not in AFFIRMED:
            continue
        sentence = mention.sentence.strip()
        if sentence in dated or dated in sentence:
            continue
        own = duration_days(sentence)
        if own is None and palsy_before and NOT_OVER.search(sentence):
            continue  # "Bell's 2 yrs ago. My mouth still sags": what is still there is as old as the palsy
        if own is None or own < 21:
            return long_course
    return frozenset()


def undated_progression(findings: dict[str, Mention]) -> frozenset[str]:
    """Weakness said to get worse, in a message that does not date it over weeks, may not lower
    urgency: "his speech is slurred since lunch and his leg is getting weaker" is a stroke until shown
    otherwise, not a slow illness for a neurologist."""
    progression = findings.get("progressive_weakness")
    if progression is None or progression.status not in AFFIRMED:
        return frozenset()
    long_course = findings.get("over_three_weeks")
    if long_course is not None and long_course.status in AFFIRMED:
        return frozenset()
    return frozenset({"progressive_weakness"})


def elsewhere_sentences(mentions: list[Mention], kb) -> frozenset[str]:
    """Sentences whose affirmed mentions are none of them about the face or a danger sign: a habit ("I
    have worn lenses for years"), a trigger ("stressed at work for months") or symptoms elsewhere
    ("separately my feet have tingled for a few months"); a danger sign's own duration counts ("my arm
    has been weak for 2 months")."""
    dates_complaint: dict[str, bool] = {}
    for mention in mentions:
        if mention.status not in AFFIRMED or mention.finding not in kb.findings:
            continue
        finding = kb.findings[mention.finding]
        dated = (finding.facial and finding.category not in ("trigger", "history")) or finding.safety
        sentence = mention.sentence.strip()
        dates_complaint[sentence] = dates_complaint.get(sentence, False) or dated
    return frozenset(sentence for sentence, dated in dates_complaint.items() if not dated)


#: Categories of findings whose getting worse is the illness getting worse (a spasm, a droop, weakness
#: that spreads), as opposed to a feeling or an eye complaint that worsens ("light bothers me more").
_WORSENING_CATEGORIES = frozenset({"movement", "neurological", "site"})


def worsening_of_something_else(mentions: list[Mention], kb) -> list[Mention]:
    """Spreading or worsening said in a sentence only about feelings or the eyes' surface ("bright
    light bothers them more than it used to", "the dryness is getting worse") is theirs, not the
    course of a movement or a weakness."""
    def about_illness(mention: Mention) -> bool:
        finding = kb.findings.get(mention.finding)
        return finding is None or finding.category in _WORSENING_CATEGORIES

    kept = []
    for mention in mentions:
        if mention.finding == "spreading_or_worsening":
            others = [m for m in mentions if m.sentence == mention.sentence and m.finding != mention.finding
                      and m.status in _SAID_STATUSES and kb.findings.get(m.finding, None) is not None
                      and kb.findings[m.finding].category not in ("trigger", "history", "course")]
            if others and not any(about_illness(m) for m in others):
                continue
        kept.append(mention)
    return kept


def past_only_sentences(mentions: list[Mention]) -> frozenset[str]:
    """Sentences whose every mention is past, someone else's or a worry: their durations are not the complaint's."""
    by_sentence: dict[str, set[str]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, set()).add(mention.status)
    return frozenset(sentence for sentence, statuses in by_sentence.items()
                     if statuses <= {"historical", "other_person", "hypothetical"})


def days_words(days: float) -> str:
    """A duration in plain words ("3 days", "6 weeks")."""
    if days < 1:
        return "less than a day"
    if days < 14:
        return f"{round(days)} day{'s' if round(days) != 1 else ''}"
    if days < 60:
        return f"{round(days / 7)} weeks"
    if days < 730:
        return f"{round(days / 30)} months"
    return f"{round(days / 365)} years"
