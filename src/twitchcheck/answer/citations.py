"""Numbered citations: every medical sentence in an answer points to the references behind it."""

from __future__ import annotations

from twitchcheck.knowledge.derived import derived
from twitchcheck.knowledge.schema import Claim, KnowledgeBase, Reference


def full_reference(reference: Reference) -> str:
    parts = [reference.citation]
    if reference.pmid and f"PMID {reference.pmid}" not in reference.citation:
        parts.append(f"PMID {reference.pmid}")
    if reference.doi and reference.doi not in reference.citation:
        parts.append(f"doi:{reference.doi}")
    return " ".join(parts)


def short_title(reference: Reference) -> str:
    """The title part of a citation ("Authors. Title. Journal ..."), or the citation itself."""
    parts = reference.citation.split(". ")
    return (parts[1] if len(parts) >= 3 else reference.citation)[:200]


#: Shown after a statement that is the team's clinical judgement with no published source.
ESTIMATE_MARK = "(clinical judgement; no published figure)"


def _written(kb: KnowledgeBase) -> dict[str, tuple[str, str]]:
    """Each reference's (short title, full reference), written once per knowledge base."""
    return {ref: (short_title(reference), full_reference(reference)) for ref, reference in kb.references.items()}


class Citations:
    """Numbers references in the order the answer first uses them."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.order: list[str] = []
        self._number: dict[str, int] = {}

    def mark(self, refs: list[str]) -> str:
        """The markers for ``refs`` ("[1][3]"), numbering new references as they come."""
        number = self._number
        for ref in refs:
            if ref not in number:
                self.order.append(ref)
                number[ref] = len(self.order)
        if len(refs) == 1:  # most claims have one reference
            return f"[{number[refs[0]]}]"
        return "".join([f"[{n}]" for n in sorted({number[ref] for ref in refs})])  # a list: join needs one anyway

    def cite(self, claim: Claim) -> str:
        """The claim's sentence followed by its markers; an unsourced estimate says so."""
        marker = self.mark(claim.refs) if claim.refs else ESTIMATE_MARK
        return f"{claim.text.strip()} {marker}".strip()

    def entries(self) -> list[dict[str, str]]:
        """The references used, in order, as the fields of ``models.Citation`` (the Consultation validates them)."""
        written = derived(self.kb, _written)
        return [{"id": ref, "title": written[ref][0], "reference": written[ref][1]} for ref in self.order]

    def lines(self) -> list[str]:
        written = derived(self.kb, _written)
        return [f"[{n}] {written[ref][1]}" for n, ref in enumerate(self.order, 1)]
