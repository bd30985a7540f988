"""Data-subject access: everything the office holds on one person, as JSON and as a PDF.

Sections come from *collectors*: ``register_collector(name, fn)`` where ``fn(ctx, person_id)``
returns a list of rows (dicts of Italian label -> value), with an optional note printed
under the section. The later areas' sections (tickets, bookings, community, social cases)
are registered by ``privacy/sections.py`` at import time, without editing this module; the
collectors read directly, since the report must be complete whatever the reader's role, and
the report itself is guarded by DATA_PROTECTION and audited. What a collector leaves out on
purpose (the content of case notes) its note says, with the way to obtain it.

Values a collector may return: str, int, float, bool, None, date, datetime, uuid, a Labelled
enum (shown by its label), or a list of those.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from collections.abc import Callable, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgo_desktop.errors import NotFound
from borgo_desktop.formatting import fmt_date, fmt_instant, fmt_money
from borgo_desktop.models import (
    AuditEntry, Candidacy, CandidacyEvent, Consent, Household, Lease, Membership, MoveInTask,
    Person, Unit,
)
from borgo_desktop.models.enums import Vulnerability
from borgo_desktop.reports.privacy_subject_access import render_subject_access
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.settings import get_setting

Collector = Callable[[Context, uuid.UUID], list[dict]]
# fn(session, person_id, household_ids) -> ids of further records about the person, whose
# audit entries belong in the report (tickets, bookings, case files of other areas).
RelatedIds = Callable[[Session, uuid.UUID, list[uuid.UUID]], Iterable[uuid.UUID]]
AUDIT_SECTION = "Registro delle operazioni"
_COLLECTORS: dict[str, Collector] = {}
_NOTES: dict[str, str] = {}
_RELATED: list[RelatedIds] = []


def register_collector(section: str, fn: Collector, note: str = "") -> Collector:
    """Add (or replace) a section of the access report; sections print in registration order,
    the audit trail always last. ``note`` is printed under the section's title (what the
    section leaves out and why, for one)."""
    _COLLECTORS[section] = fn
    _NOTES[section] = note
    if AUDIT_SECTION in _COLLECTORS and section != AUDIT_SECTION:
        _COLLECTORS[AUDIT_SECTION] = _COLLECTORS.pop(AUDIT_SECTION)
    return fn


def register_related_ids(fn: RelatedIds) -> RelatedIds:
    """Let the audit section also list the entries about records of another area."""
    _RELATED.append(fn)
    return fn


def collectors() -> dict[str, Collector]:
    return dict(_COLLECTORS)


@dataclass(frozen=True)
class AccessReport:
    person_id: uuid.UUID
    person_name: str
    tax_code: str
    produced_on: date
    sections: dict[str, list[dict]]
    notes: dict[str, str] = field(default_factory=dict)  # section -> what it leaves out

    def as_json(self) -> dict:
        return {"persona": self.person_name, "codice_fiscale": self.tax_code,
                "prodotto_il": self.produced_on.isoformat(),
                "sezioni": {name: [{k: _json_value(v) for k, v in row.items()} for row in rows]
                            for name, rows in self.sections.items()},
                "note_alle_sezioni": {name: note for name, note in self.notes.items() if note}}


def build_report(ctx: Context, person_id: uuid.UUID) -> AccessReport:
    require(ctx, Permission.DATA_PROTECTION)
    with ctx.store.read() as session:
        person = get_or_fail(session, Person, person_id, "Persona")
        name, tax_code = f"{person.surname} {person.given_name}", person.tax_code or ""
    sections = {section: fn(ctx, person_id) for section, fn in _COLLECTORS.items()}
    notes = {section: _NOTES.get(section, "") for section in sections}
    return AccessReport(person_id, name, tax_code, ctx.today(), sections, notes)


def person_by_tax_code(ctx: Context, tax_code: str) -> uuid.UUID:
    """The person a request names by codice fiscale (command line)."""
    require(ctx, Permission.DATA_PROTECTION)
    code = (tax_code or "").strip().upper()
    with ctx.store.read() as session:
        person_id = session.scalar(select(Person.id).where(Person.tax_code == code))
    if person_id is None:
        raise NotFound("Nessuna persona con codice fiscale {code}.", code=code)
    return person_id


def write_report(ctx: Context, person_id: uuid.UUID, out_dir: Path) -> tuple[Path, Path]:
    """Write the JSON and the PDF into ``out_dir``; returns their paths. Audited.

    The files are NOT encrypted: they are meant for the person; the window says so.
    """
    report = build_report(ctx, person_id)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"accesso-dati-{report.produced_on.isoformat()}-{str(person_id)[-8:]}"
    json_path, pdf_path = out_dir / f"{stem}.json", out_dir / f"{stem}.pdf"
    json_path.write_text(json.dumps(report.as_json(), ensure_ascii=False, indent=2),
                         encoding="utf-8")
    render_subject_access(pdf_path, report, office_name=str(get_setting(ctx, "office.name")),
                          text=display_value)
    audit.record_event(ctx, "privacy.access_report", "person", person_id,
                       detail=f"{sum(len(r) for r in report.sections.values())} righe, "
                              f"pdf sha256 {audit.file_digest(pdf_path)}")
    return json_path, pdf_path


def _json_value(value):
    if isinstance(value, Enum):
        return getattr(value, "label", value.value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    return value


def display_value(value) -> str:
    """How a value reads in the PDF (Italian dates, labels, Sì/No)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "Sì" if value else "No"
    if isinstance(value, datetime):
        return fmt_instant(value)
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, Enum):
        return getattr(value, "label", value.value)
    if isinstance(value, (list, tuple)):
        return ", ".join(display_value(v) for v in value) or "—"
    return str(value)


# --- the registry's own collectors -------------------------------------------------------------

def _person(ctx: Context, person_id: uuid.UUID) -> list[dict]:
    with ctx.store.read() as session:
        p = session.get(Person, person_id)
        return [{"Cognome": p.surname, "Nome": p.given_name, "Codice fiscale": p.tax_code,
                 "Data di nascita": p.birth_date, "Luogo di nascita": p.birth_place,
                 "Sesso": p.sex, "Cittadinanza": p.citizenship, "Condizione lavorativa":
                 p.employment, "Titolo di studio": p.education,
                 "Disabilità dichiarata": p.has_disability, "Telefono": p.phone,
                 "E-mail": p.email, "Registrato il": p.created_at, "Registrato da": p.created_by,
                 "Ultima modifica": p.updated_at}]


def household_ids(session, person_id: uuid.UUID) -> list[uuid.UUID]:
    return list(session.scalars(select(Membership.household_id)
                                .where(Membership.person_id == person_id).distinct()))


def _households(ctx: Context, person_id: uuid.UUID) -> list[dict]:
    with ctx.store.read() as session:
        rows = session.execute(
            select(Membership, Household).join(Household, Membership.household_id == Household.id)
            .where(Membership.person_id == person_id).order_by(Membership.joined_on)).all()
        return [{"Nucleo": h.code, "Relazione": m.relation, "Entrato il": m.joined_on,
                 "Uscito il": m.left_on, "Stato del nucleo": h.status,
                 "Telefono del nucleo": h.phone, "E-mail del nucleo": h.email,
                 "Lingua preferita": h.preferred_language,
                 "Fragilità": _vulnerabilities(h.vulnerabilities),
                 "Serve alloggio accessibile": h.needs_accessible_unit,
                 "ISEE": fmt_money(h.isee_cents) if h.isee_cents is not None else None,
                 "ISEE valido fino al": h.isee_expires_on, "Protocollo DSU": h.dsu_protocol,
                 "Note": h.notes} for m, h in rows]


def _vulnerabilities(values) -> list[str]:
    known = {v.value: v for v in Vulnerability}
    return [known[v].label if v in known else v for v in values or ()]


def _leases(ctx: Context, person_id: uuid.UUID) -> list[dict]:
    with ctx.store.read() as session:
        rows = session.execute(
            select(Lease, Unit.code, Household.code).join(Unit, Lease.unit_id == Unit.id)
            .join(Household, Lease.household_id == Household.id)
            .where(Lease.household_id.in_(household_ids(session, person_id)))
            .order_by(Lease.starts_on)).all()
        return [{"Nucleo": household, "Alloggio": unit, "Inizio": lease.starts_on,
                 "Fine": lease.ends_on, "Canone mensile": fmt_money(lease.monthly_rent_cents),
                 "Spese mensili": fmt_money(lease.service_charges_cents),
                 "Deposito": fmt_money(lease.deposit_cents), "Stato": lease.status}
                for lease, unit, household in rows]


def _allocation(ctx: Context, person_id: uuid.UUID) -> list[dict]:
    with ctx.store.read() as session:
        rows = session.execute(
            select(CandidacyEvent, Household.code, Unit.code)
            .join(Candidacy, CandidacyEvent.candidacy_id == Candidacy.id)
            .join(Household, Candidacy.household_id == Household.id)
            .outerjoin(Unit, CandidacyEvent.unit_id == Unit.id)
            .where(Candidacy.household_id.in_(household_ids(session, person_id)))
            .order_by(CandidacyEvent.happened_on, CandidacyEvent.created_at)).all()
        return [{"Nucleo": household, "Data": e.happened_on, "Da fase": e.from_stage,
                 "A fase": e.to_stage, "Alloggio": unit or "", "Nota": e.note,
                 "Operatore": e.created_by} for e, household, unit in rows]


def _candidacies(ctx: Context, person_id: uuid.UUID) -> list[dict]:
    with ctx.store.read() as session:
        rows = session.execute(
            select(Candidacy, Household.code, Unit.code)
            .join(Household, Candidacy.household_id == Household.id)
            .outerjoin(Unit, Candidacy.unit_id == Unit.id)
            .where(Candidacy.household_id.in_(household_ids(session, person_id)))).all()
        tasks = session.execute(
            select(MoveInTask, Household.code).join(Household, MoveInTask.household_id ==
                                                     Household.id)
            .where(MoveInTask.household_id.in_(household_ids(session, person_id)))).all()
        found = [{"Nucleo": household, "Voce": "Candidatura", "Stato": c.stage,
                  "Alloggio": unit or "", "Data": c.reserved_until,
                  "Nota": c.refusal_reason} for c, household, unit in rows]
        return found + [{"Nucleo": household, "Voce": t.item, "Stato": "fatto" if t.done_on
                         else "da fare", "Alloggio": "", "Data": t.done_on, "Nota": t.note}
                        for t, household in tasks]


def _consents(ctx: Context, person_id: uuid.UUID) -> list[dict]:
    with ctx.store.read() as session:
        rows = session.scalars(select(Consent).where(Consent.person_id == person_id)
                               .order_by(Consent.given_on))
        return [{"Finalità": c.purpose, "Dato il": c.given_on, "Revocato il": c.withdrawn_on,
                 "Modalità": c.method, "Raccolto da": c.recorded_by, "Nota": c.note}
                for c in rows]


def _audit(ctx: Context, person_id: uuid.UUID) -> list[dict]:
    with ctx.store.read() as session:
        households = household_ids(session, person_id)
        leases = session.scalars(select(Lease.id).where(Lease.household_id.in_(households)))
        related = [i for fn in _RELATED for i in fn(session, person_id, households)]
        ids = [str(i) for i in (person_id, *households, *leases, *related)]
        entries = session.scalars(select(AuditEntry).where(AuditEntry.entity_id.in_(ids))
                                  .order_by(AuditEntry.seq))
        return [{"N.": e.seq, "Quando": e.at, "Chi": e.actor, "Operazione": e.action,
                 "Oggetto": e.entity, "Campi": list(e.fields), "Dettaglio": e.detail}
                for e in entries]


register_collector("Dati anagrafici", _person)
register_collector("Nuclei familiari", _households)
register_collector("Alloggi e contratti", _leases)
register_collector("Candidatura e ingresso", _candidacies)
register_collector("Percorso di assegnazione", _allocation)
register_collector("Consensi", _consents)
register_collector(AUDIT_SECTION, _audit)
