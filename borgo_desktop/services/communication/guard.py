"""The guard of public notices: what goes on a board or a door names nobody.

Data-protection rule 3 (DOMAIN.md): notices for boards, staircases and doors name no tenant
and no flat. A template meant for a board (a notice or a poster) refuses personal fields when
it is saved; its typed text is also checked, when printed, against the surnames of the
residents and the unit and household codes of the buildings it goes to.
Amount fields are refused outside payment templates, whatever their kind.
"""

from __future__ import annotations

import re
import uuid
from typing import Iterable

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError, Words
from borgo_desktop.models import Household, Lease, Membership, Person, Unit
from borgo_desktop.models.communication import TemplateKind, TemplatePurpose
from borgo_desktop.models.enums import LeaseStatus
from borgo_desktop.services.communication.fields import BY_CODE, check_known, fields_in

PLACE_FIELDS = ("edificio.nome", "edificio.indirizzo", "scala")
UNPLACED = (TemplateKind.NOTICE_BORGO, TemplateKind.POSTER_A4, TemplateKind.POSTER_A3)
_FLAT = re.compile(r"\b(interno|int\.|appartamento|alloggio)\s*n?\.?\s*\d", re.IGNORECASE)


def check_template(kind: TemplateKind, purpose: TemplatePurpose, texts: dict) -> None:
    """Unknown fields, personal fields on a public notice, amounts outside payment letters."""
    parts = [part for t in texts.values() for part in (t.title, t.body)]
    check_known(*parts)
    used = [BY_CODE[code] for code in fields_in(*parts)]
    amounts = [f for f in used if f.amount]
    if amounts and purpose != TemplatePurpose.LEDGER:
        raise UserError("Gli importi e i riferimenti di pagamento sono ammessi solo nei modelli "
                        "per pagamenti e morosità: togliere {fields}.", field="body",
                        fields=Words([f"{{{f.code}}}" for f in amounts]))
    placed = [f for f in used if f.code in PLACE_FIELDS]
    if kind in UNPLACED and placed:
        raise UserError("Un avviso per tutto il borgo o una locandina non riguarda un solo "
                        "edificio: togliere {fields}.", field="body",
                        fields=Words([f"{{{f.code}}}" for f in placed]))
    personal = [f for f in used if f.personal]
    if kind.public and personal:
        raise UserError("Un avviso o una locandina per la bacheca non può contenere dati "
                        "personali (nomi, alloggi, importi): togliere {fields}.", field="body",
                        fields=Words([f"{{{f.code}}}" for f in personal]))


def personal_words(session: Session, building_ids: Iterable[uuid.UUID]) -> tuple[set[str], set[str]]:
    """(surnames of the buildings' current residents, their unit and household codes), folded."""
    ids = list(building_ids)
    surnames = session.scalars(
        select(Person.surname).join(Membership, Membership.person_id == Person.id)
        .join(Lease, and_(Lease.household_id == Membership.household_id,
                          Lease.status == LeaseStatus.ACTIVE))
        .join(Unit, Unit.id == Lease.unit_id)
        .where(Unit.building_id.in_(ids), Membership.left_on.is_(None))).all()
    units = session.scalars(select(Unit.code).where(Unit.building_id.in_(ids))).all()
    households = session.scalars(
        select(Household.code).join(Lease, Lease.household_id == Household.id)
        .join(Unit, Unit.id == Lease.unit_id).where(Unit.building_id.in_(ids))).all()
    return ({w.casefold() for w in surnames if len(w) > 2},
            {w.casefold() for w in (*units, *households)})


def named_words(surnames: set[str], codes: set[str], *texts: str) -> list[str]:
    """The words of ``texts`` that name a resident or a flat (from :func:`personal_words`);
    "flat" when a text gives a flat's number."""
    tokens = [w for text in texts for w in re.findall(r"[\w'-]+", text)]
    # A surname names someone when written as a name ("Rossi"); "la sala" or "una villa" in
    # lower case are words, even where a Sala or a Villa lives.
    found = sorted({w.casefold() for w in tokens if w[:1].isupper()} & surnames
                   | {w.casefold() for w in tokens} & codes)
    if not found and any(_FLAT.search(text) for text in texts):
        return ["flat"]
    return found


def check_public_text(session: Session, building_ids: Iterable[uuid.UUID], *texts: str) -> None:
    """Refuse a public text whose words name a resident or a flat of these buildings."""
    found = named_words(*personal_words(session, building_ids), *texts)
    if found:
        raise UserError("Un avviso per le parti comuni non può nominare inquilini né indicare "
                        "alloggi o interni: togliere dal testo {words}.", field="body",
                        words=", ".join(f"«{w}»" for w in found if w != "flat")
                        or "il numero dell'alloggio")
