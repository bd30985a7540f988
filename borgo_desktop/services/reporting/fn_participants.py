"""ESF+ participant indicators (Reg. 1304/2013, Annex I): complete records only, by gender."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgo_desktop.models.reporting import Participant
from borgo_desktop.services.reporting.completeness import complete_condition
from borgo_desktop.services.reporting.periods import Period
from borgo_desktop.services.reporting.registry import Figure, Function, in_period

GENDERS = {"F": "donne", "M": "uomini"}


def _by_gender(session: Session, *conditions) -> Figure:
    rows = session.execute(select(Participant.gender, func.count(Participant.id))
                           .where(complete_condition(), *conditions)
                           .group_by(Participant.gender)).all()
    parts = {GENDERS.get(g, g): n for g, n in rows}
    return Figure.of(sum(parts.values()), parts)


def entered(session: Session, period: Period, _params: dict) -> Figure:
    return _by_gender(session, in_period(Participant.entered_on, period))


def exited(session: Session, period: Period, _params: dict) -> Figure:
    return _by_gender(session, in_period(Participant.exited_on, period),
                      Participant.exit_result.is_not(None))


def followed(session: Session, period: Period, _params: dict) -> Figure:
    return _by_gender(session, in_period(Participant.followed_on, period),
                      Participant.follow_result.is_not(None))


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


FUNCTIONS = (
    Function("esf_entered", "Partecipanti FSE+ entrati nel periodo con i dati completi, per "
             "genere", entered),
    Function("esf_exited", "Partecipanti FSE+ usciti nel periodo con l'esito registrato, per "
             "genere", exited),
    Function("esf_followed", "Partecipanti FSE+ con l'esito a sei mesi registrato nel periodo, "
             "per genere", followed),
)
