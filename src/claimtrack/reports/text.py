"""The fixed prose of a report, as plain text: each format escapes and lays it out.

The defaults describe the verification the tool records, in a reader's words;
an organisation replaces them with its own (``org.methodology``,
``org.corrections-policy``).
"""

from __future__ import annotations

METHODOLOGY: list[tuple[str, list[str]]] = [
    ("What we checked", [
        "We read every article listed under \u201cOutlets checked\u201d and recorded each checkable detail they "
        "report as a claim, written in our own words. Every claim is tied to the exact words of each article "
        "that states it, quoted below it, so a reader can find the passage and judge our reading.",
    ]),
    ("How we compared the outlets", [
        "Figures, durations, dates and years are read into a comparable form before outlets are compared: "
        "\u201cthree-day\u201d and \u201c72 hours\u201d are the same length, and a weekday such as \u201cSunday\u201d is "
        "read against the publication date of the article that uses it. Bounds and approximations are "
        "compared with tolerance: \u201cat least 40\u201d fits 52 but not 35, and \u201cApril\u201d fits \u201cApril 16\u201d. "
        "Two outlets disagree only where both values cannot be true of the same thing; a relative date we "
        "could not pin down (\u201cSunday\u201d in an undated article) is never counted as a disagreement, and is "
        "never guessed.",
    ]),
    ("How we counted independent sources", [
        "Where outlets disagree, each side counts its independent sources: articles from one outlet count once, "
        "articles that credit the same origin (a news agency, \u201caccording to TASS\u201d) count once, and articles "
        "that carry the same wording (a copied wire story) count once.",
    ]),
    ("How we rated the claims", [
        "Each claim was rated against the public record: the official statements, documents and transcripts "
        "listed under \u201cSources consulted\u201d. How many outlets repeat a claim does not make it true. Where no "
        "public record we could consult settles a claim, we rate it Unproven and say what would settle it. "
        "The ratings are defined in \u201cOur rating scale\u201d.",
    ]),
    ("What we do not know", [
        "Where an article does not give its outlet, headline, author, date or address, this report names it "
        "by what is known (its headline or its first words) and says \u201cunknown\u201d for the rest. Nothing is "
        "inferred or invented.",
    ]),
]

CORRECTIONS_POLICY = [
    "We correct errors of fact promptly and openly. When a rating changes after publication, the change is "
    "listed under \u201cCorrections\u201d with its date, the earlier and the new rating, and what changed; the "
    "earlier rating stays on record. Rewording that does not change a rating is not listed as a correction.",
]


def contact_line(contact: str | None, org_name: str | None) -> str:
    """How to ask for a correction, from what is configured."""
    if contact:
        return f"To ask for a correction, or to send evidence we have missed, write to {contact}."
    who = org_name or "the publisher"
    return f"To ask for a correction, or to send evidence we have missed, contact {who}."


def paragraphs(text: str) -> list[str]:
    """A configured text's paragraphs (kept apart by a blank line)."""
    return [part.strip() for part in text.split("\n\n") if part.strip()]


def methodology(settings: dict) -> list[tuple[str, list[str]]]:
    override = settings.get("org.methodology")
    return [("", paragraphs(override))] if override else METHODOLOGY


def corrections_policy(settings: dict) -> list[str]:
    override = settings.get("org.corrections-policy")
    return paragraphs(override) if override else CORRECTIONS_POLICY


def introduction(settings: dict, claims: int, articles: int, disagreements: int, *, internal: bool = False) -> list[str]:
    """The report's opening: the case's own introduction, then what the report holds."""
    intro = paragraphs(settings.get("report.intro") or "")
    verb = "This internal edition holds" if internal else "We rated"
    counts = (f"{verb} {claims} claim{'s' if claims != 1 else ''} made in {articles} "
              f"article{'s' if articles != 1 else ''}")
    counts += (f", and found {disagreements} point{'s' if disagreements != 1 else ''} where the outlets "
               "contradict each other." if disagreements else "; the outlets do not contradict each other on any "
               "of them.")
    return intro + [counts + " Each claim below gives our rating, why we rated it so, the words of every "
                    "article that states it and the evidence we consulted."]
