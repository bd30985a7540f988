"""Global search over households, persons and units, answering while the user types.

The index (``search_entries``) is written here, in the same transaction as the record it
describes; the text is folded (lower case, no accents) in Python so both dialects match the
same way. Queries go through the dialect adapter: FTS5 prefix queries on SQLite, a 'simple'
tsvector with ``:*`` prefixes on PostgreSQL.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from borgo_desktop.models import Building, Household, Person, SearchEntry, Unit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.lookups import current_members, current_unit

KIND_HOUSEHOLD, KIND_PERSON, KIND_UNIT = "household", "person", "unit"
_WORD = re.compile(r"[0-9a-z]+")


@dataclass(frozen=True)
class SearchHit:
    kind: str
    ref_id: uuid.UUID
    title: str
    subtitle: str


def fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def query_words(query: str) -> list[str]:
    return _WORD.findall(fold(query))[:6]


def search(ctx: Context, query: str, limit: int = 20) -> list[SearchHit]:
    require(ctx, Permission.REGISTRY_READ)
    words = query_words(query)
    if not words:
        return []
    with ctx.store.read() as session:
        rows = _match(session, words, limit)
    return [SearchHit(kind, ref_id if isinstance(ref_id, uuid.UUID) else uuid.UUID(ref_id),
                      title, subtitle) for kind, ref_id, title, subtitle in rows]


def _match(session: Session, words: list[str], limit: int):
    if session.bind.dialect.name == "sqlite":
        match = " AND ".join(f'"{w}"*' for w in words)
        sql = text(
            "SELECT e.kind, e.ref_id, e.title, e.subtitle FROM search_fts f"
            " JOIN search_entries e ON e.id = f.rowid"
            " WHERE search_fts MATCH :match ORDER BY f.rank LIMIT :limit")
        return session.execute(sql, {"match": match, "limit": limit}).all()
    tsquery = " & ".join(f"{w}:*" for w in words)
    sql = text(
        "SELECT kind, ref_id, title, subtitle FROM search_entries"
        " WHERE to_tsvector('simple', body) @@ to_tsquery('simple', :q)"
        " ORDER BY title LIMIT :limit")
    return session.execute(sql, {"q": tsquery, "limit": limit}).all()


# --- index upkeep (called by the services inside their unit of work) --------------------

def _put(session: Session, kind: str, ref_id: uuid.UUID, title: str, subtitle: str,
         words: list[str]) -> None:
    entry = session.scalar(select(SearchEntry).where(SearchEntry.ref_id == ref_id))
    body = fold(" ".join(w for w in words if w))
    if entry is None:
        session.add(SearchEntry(kind=kind, ref_id=ref_id, title=title, subtitle=subtitle, body=body))
    else:
        entry.title, entry.subtitle, entry.body = title, subtitle, body


def person_entry(person: Person, household_code: str) -> tuple[str, str, list[str]]:
    title = f"{person.surname} {person.given_name}"
    subtitle = " · ".join(x for x in (person.tax_code or "", household_code) if x)
    return title, subtitle, [person.surname, person.given_name, person.tax_code or "", household_code]


def household_entry(household: Household, members: list[Person], unit_code: str):
    reference = next((p for p in members if p.id == household.reference_person_id), None)
    title = f"Nucleo {household.code}"
    if reference is not None:
        title += f" - {reference.surname} {reference.given_name}"
    subtitle = (f"{len(members)} {'componente' if len(members) == 1 else 'componenti'}") + (f" · alloggio {unit_code}" if unit_code else "")
    words = [household.code, unit_code]
    for p in members:
        words += [p.surname, p.given_name, p.tax_code or ""]
    return title, subtitle, words


def unit_entry(unit: Unit, building: Building) -> tuple[str, str, list[str]]:
    title = f"Alloggio {unit.code}"
    subtitle = f"{building.name}, scala {unit.staircase}, piano {unit.floor}"
    return title, subtitle, [unit.code, building.code, building.name, building.address]


def reindex_household(session: Session, household_id: uuid.UUID) -> None:
    """Refresh the entries of a household and of its current members."""
    session.flush()
    household = session.get(Household, household_id)
    members = [person for _m, person in current_members(session, household_id)]
    unit = current_unit(session, household_id)
    unit_code = unit.code if unit else ""
    _put(session, KIND_HOUSEHOLD, household.id, *household_entry(household, members, unit_code))
    for person in members:
        _put(session, KIND_PERSON, person.id, *person_entry(person, household.code))


def reindex_person(session: Session, person: Person, household_code: str) -> None:
    _put(session, KIND_PERSON, person.id, *person_entry(person, household_code))


def reindex_unit(session: Session, unit: Unit) -> None:
    _put(session, KIND_UNIT, unit.id, *unit_entry(unit, unit.building))


def rebuild_index(session: Session, rows: list[dict]) -> None:
    """Bulk (re)load of index rows ``{kind, ref_id, title, subtitle, body}`` (seed, repair)."""
    session.execute(delete(SearchEntry))
    for row in rows:
        row["body"] = fold(row["body"])
    session.execute(SearchEntry.__table__.insert(), rows)
