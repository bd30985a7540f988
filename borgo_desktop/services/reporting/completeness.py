"""When a participant's record counts (DOMAIN.md, ESF+ common indicators): gender,
employment status, age, education and household situation filled. Age comes from the
person's birth date (always known in the registry); the sensitive answers (migrant or
minority, disability, other disadvantage) are never required and allow «not declared».

The same rule twice, kept side by side: as a SQL condition for the counts and as a list of
what is missing for the social worker's completeness list."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import and_

from borgo_desktop.models.reporting import Participant

# Field -> the Italian name the completeness list uses.
REQUIRED = {
    "gender": "genere",
    "employment": "condizione occupazionale",
    "education": "titolo di studio",
    "jobless_household": "nucleo senza occupati",
    "dependent_children": "figli a carico",
    "single_adult": "unico adulto del nucleo",
    "homeless": "senza dimora o esclusione abitativa",
}
SENSITIVE = {
    "migrant": "origine straniera o minoranza",
    "disability": "disabilità",
    "disadvantaged": "altro svantaggio",
}
EXIT_WEEKS = 4
FOLLOW_MONTHS = 6


def complete_condition():
    return and_(*(getattr(Participant, name).is_not(None) for name in REQUIRED))


def missing(record) -> list[str]:
    """What an entry record still needs before it counts (the Italian names)."""
    return [label for name, label in REQUIRED.items() if getattr(record, name) is None]


def unasked(record) -> list[str]:
    """Sensitive questions not yet put (the answer may be «non dichiarato»)."""
    return [label for name, label in SENSITIVE.items() if getattr(record, name) is None]


def exit_due(closed_on: date | None) -> date | None:
    return closed_on + timedelta(weeks=EXIT_WEEKS) if closed_on else None


def follow_due(exited_on: date | None) -> date | None:
    if exited_on is None:
        return None
    from dateutil.relativedelta import relativedelta

    return exited_on + relativedelta(months=FOLLOW_MONTHS)
