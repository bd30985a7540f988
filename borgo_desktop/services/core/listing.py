"""Paged, filtered, database-sorted lists (households, persons, units).

A :class:`ListSpec` names the columns of a list and how to filter it; the window's table
model and the exports both read through :func:`fetch_page`, so what a list shows is what it
exports. Sorting and filtering run in the database; rows are plain tuples.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, time, timedelta, timezone
from dataclasses import dataclass, field
from typing import Callable, Iterator

from sqlalchemy import Select, String, and_, cast, func, or_, select
from sqlalchemy.orm import aliased

from borgo_desktop.models import (
    AuditEntry, Building, Candidacy, CommonSpace, Contractor, Household, Lease, Membership,
    Person, TargetCategory, Ticket, TicketCategory, Unit,
)
from borgo_desktop.models.tickets import OPEN_STATUSES, Priority, TicketStatus
from borgo_desktop.models.enums import (
    HouseholdStatus, Labelled, LeaseStatus, Regime, Sex, Stage, UnitStatus,
)
from borgo_desktop.formatting import ROME, fmt_date, fmt_decimal, fmt_instant, fmt_money
from borgo_desktop.services.core.audit_fields import field_label
from borgo_desktop.services.core.audit_labels import action_label
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core import counts, text_search

# Column kinds tell the window and the exports how to format a value.
TEXT, INT, DATE, MONEY, BOOL, ENUM, DECIMAL = "text", "int", "date", "money", "bool", "enum", "decimal"
INSTANT = "instant"  # a UTC timestamp, shown in Rome time


PAGE_SIZE = 1000  # rows per query when a whole list is read (exports, printouts)


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    expr: object
    kind: str = TEXT
    enum: type[Labelled] | None = None
    # How a stored code reads (an audit action code): label_of(value[, translate]), where the
    # window passes its translator for the words.
    label_of: Callable[..., str] | None = None
    # Never NULL and indexed: the next page is read after the last row's value (keyset),
    # not by skipping OFFSET rows again.
    keyset: bool = False


@dataclass(frozen=True)
class ListSpec:
    name: str
    title: str
    id_expr: object
    columns: tuple[Column, ...]
    base: Callable[[], Select]
    # Searched by the "text" filter: columns, or callables turning the LIKE pattern into a
    # condition (a subquery, so counting needs no join).
    text_columns: tuple[object, ...]
    filters: dict[str, Callable[[object], object]] = field(default_factory=dict)
    default_sort: str = ""
    permission: Permission = Permission.REGISTRY_READ  # needed to see the list
    personal: bool = True  # names people: exporting or printing it needs EXPORT_PERSONAL
    default_descending: bool = False  # newest first, for lists keyed by a growing code
    # A cheaper FROM for counting, when no filter needs the joined tables (large lists).
    count_base: Callable[[], Select] | None = None
    # The "text" filter through a dialect adapter (services/core/text_search.py), instead of
    # LIKE over text_columns: text_search(dialect, value) -> conditions.
    text_search: Callable[[str, object], list] | None = None
    # Short cuts by index, or None where they do not apply: the count, and a condition
    # naming the candidates of one page (filters, sort, descending, last row, limit).
    count_by_index: Callable[[str, dict], Select | None] | None = None
    page_by_index: Callable[..., object | None] | None = None
    # The key of an append-only table (rows never change or go): counts are kept between
    # calls and only the rows added since are counted (services/core/counts.py).
    append_only_key: object | None = None
    # Who sees which rows, for lists whose reach depends on the reader (a social worker sees
    # the households she follows): scope(ctx) checks the access itself and returns the
    # conditions to add; without it, ``permission`` is required and every row is seen.
    scope: Callable[[Context], list] | None = None

    @property
    def export_permission(self) -> Permission:
        return Permission.EXPORT_PERSONAL if self.personal else self.permission

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


@dataclass(frozen=True)
class Row:
    id: uuid.UUID
    values: tuple


def _where(spec: ListSpec, filters: dict[str, object], dialect: str = "sqlite") -> list:
    clauses = []
    for name, value in (filters or {}).items():
        if value in (None, "", ()):
            continue
        if name == "text" and spec.text_search is not None:
            clauses += spec.text_search(dialect, value)
        elif name == "text":
            for word in str(value).split():
                pattern = f"%{word}%"
                clauses.append(or_(*(c(pattern.lower()) if callable(c) else
                                     func.lower(c).like(pattern.lower())
                                     for c in spec.text_columns)))
        else:
            clauses.append(spec.filters[name](value))
    return clauses


def _reach(ctx: Context, spec: ListSpec) -> list:
    if spec.scope is not None:
        return spec.scope(ctx)
    require(ctx, spec.permission)
    return []


def count(ctx: Context, spec: ListSpec, filters: dict | None = None) -> int:
    reach = _reach(ctx, spec)
    dialect = ctx.store.dialect
    clauses = _where(spec, filters or {}, dialect) + reach
    by_index = spec.count_by_index(dialect, filters or {}) if spec.count_by_index else None
    if spec.append_only_key is not None:
        return counts.count(ctx.store, spec.name, spec.append_only_key, clauses,
                            repr(sorted((k, str(v)) for k, v in (filters or {}).items()
                                        if v not in (None, "", ()))))
    if by_index is not None:
        query = by_index
    elif clauses or spec.scope is not None:
        base = spec.count_base or spec.base
        # count(*), not count(id): the same (the id is never NULL), and SQLite answers it
        # from a covering index (300,000 tickets, 8,000 open: 0.3 ms instead of a 60 ms scan)
        query = (base().with_only_columns(func.count(), maintain_column_froms=True)
                 .order_by(None).where(*clauses))
    else:  # the joins of a list are outer joins on one row each: the bare table counts the same
        query = select(func.count()).select_from(spec.id_expr.table)
    with ctx.store.read() as session:
        return session.scalar(query) or 0


def _order(spec: ListSpec, sort: str, descending: bool) -> tuple[Column, bool]:
    if not sort:  # no order asked for: the list's own (newest first for tickets)
        descending = spec.default_descending
    return spec.column(sort or spec.default_sort or spec.columns[0].key), descending


def _query(spec: ListSpec, filters: dict | None, sort: str, descending: bool,
           dialect: str = "sqlite", reach: list = ()) -> Select:
    column, descending = _order(spec, sort, descending)
    order = column.expr.desc() if descending else column.expr.asc()
    return (spec.base().with_only_columns(spec.id_expr, *(c.expr for c in spec.columns))
            .where(*_where(spec, filters or {}, dialect), *reach)
            .order_by(order, spec.id_expr))


def _row(spec: ListSpec, r) -> Row:
    return Row(r[0], tuple(_plain(c, v) for c, v in zip(spec.columns, r[1:])))


def _after(spec: ListSpec, column: Column, descending: bool, last: Row):
    """Rows after ``last`` in (column, id) order; None when the column cannot say it."""
    if not column.keyset:
        return None
    value = last.values[spec.columns.index(column)]
    if value is None:
        return None
    beyond = column.expr < value if descending else column.expr > value
    return or_(beyond, and_(column.expr == value, spec.id_expr > last.id))


def fetch_page(ctx: Context, spec: ListSpec, filters: dict | None = None, sort: str = "",
               descending: bool = False, offset: int = 0, limit: int = 200,
               after: Row | None = None) -> list[Row]:
    """One page: ``limit`` rows from ``offset``, or after the row ``after`` (the last one
    of the previous page) when the sort column allows it, so no earlier row is read again."""
    reach = _reach(ctx, spec)
    dialect = ctx.store.dialect
    query = _query(spec, filters, sort, descending, dialect, reach)
    column, desc = _order(spec, sort, descending)
    keyed = _after(spec, column, desc, after) if after is not None else None
    if keyed is not None:
        query = query.where(keyed)
    elif offset:
        query = query.offset(offset)
    if spec.page_by_index is not None and (keyed is not None or not offset):
        candidates = spec.page_by_index(dialect, filters or {}, column.key, desc, after, limit)
        if candidates is not None:
            query = query.where(candidates)
    query = query.limit(limit)
    with ctx.store.read() as session:
        rows = session.execute(query).all()
    return [_row(spec, r) for r in rows]


def iter_rows(ctx: Context, spec: ListSpec, filters: dict | None = None, sort: str = "",
              descending: bool = False, *,
              progress: Callable[[int, int], None] | None = None) -> Iterator[tuple]:
    """Every row of the list (exports and printouts read through this): one query streamed
    in batches, so a long list is one consistent snapshot and no OFFSET rescans."""
    reach = _reach(ctx, spec)
    total = count(ctx, spec, filters) if progress is not None else 0
    done = 0
    query = _query(spec, filters, sort, descending, ctx.store.dialect, reach) \
        .execution_options(yield_per=PAGE_SIZE)
    with ctx.store.read() as session:
        for r in session.execute(query):
            yield _row(spec, r).values
            done += 1
            if progress is not None and done % PAGE_SIZE == 0:
                progress(done, max(total, done))
    if progress is not None:
        progress(done, max(total, done))


def display_text(column: Column, value) -> str:
    """How a value reads on screen, on paper and in CSV: Italian formats, enum labels."""
    if value is None:
        return ""
    if column.label_of is not None:
        return column.label_of(value)
    if column.kind == DATE:
        return fmt_date(value)
    if column.kind == INSTANT:
        return fmt_instant(value)
    if column.kind == MONEY:
        return fmt_money(value)
    if column.kind == BOOL:
        return "Sì" if value else "No"
    if column.kind == DECIMAL:
        return fmt_decimal(value)
    if column.kind == ENUM:
        return value.label
    return str(value)


def _plain(column: Column, value):
    if column.enum is not None and value is not None and not isinstance(value, column.enum):
        return column.enum(value)
    return value


# --- the lists -----------------------------------------------------------------------------

_reference = aliased(Person)
_active_lease = aliased(Lease)
_lease_unit = aliased(Unit)


def _households_base() -> Select:
    return (select(Household.id)
            .outerjoin(_reference, _reference.id == Household.reference_person_id)
            .outerjoin(TargetCategory, TargetCategory.id == Household.target_category_id)
            .outerjoin(Candidacy, Candidacy.household_id == Household.id)
            .outerjoin(_active_lease, and_(_active_lease.household_id == Household.id,
                                           _active_lease.status == LeaseStatus.ACTIVE))
            .outerjoin(_lease_unit, _lease_unit.id == _active_lease.unit_id))


_member_count = (select(func.count(Membership.id))
                 .where(Membership.household_id == Household.id, Membership.left_on.is_(None))
                 .correlate(Household).scalar_subquery())

HOUSEHOLDS = ListSpec(
    name="households", title="Nuclei familiari", id_expr=Household.id,
    columns=(
        Column("code", "Codice", Household.code, keyset=True),
        Column("reference", "Intestatario", _reference.surname + " " + _reference.given_name),
        Column("members", "Componenti", _member_count, INT),
        Column("category", "Categoria", TargetCategory.label),
        Column("stage", "Fase assegnazione", Candidacy.stage, ENUM, Stage),
        Column("unit", "Alloggio", _lease_unit.code),
        Column("status", "Stato", Household.status, ENUM, HouseholdStatus),
        Column("phone", "Telefono", Household.phone),
    ),
    base=_households_base,
    text_columns=(Household.code, _reference.surname, _reference.given_name),
    filters={
        "status": lambda v: Household.status == v,
        "stage": lambda v: Candidacy.stage == v,
        "category": lambda v: TargetCategory.code == v,
    },
    default_sort="code",
)

_current = aliased(Membership)
_person_household = aliased(Household)

PERSONS = ListSpec(
    name="persons", title="Persone", id_expr=Person.id,
    columns=(
        Column("surname", "Cognome", Person.surname, keyset=True),
        Column("given_name", "Nome", Person.given_name),
        Column("tax_code", "Codice fiscale", Person.tax_code),
        Column("birth_date", "Data di nascita", Person.birth_date, DATE),
        Column("sex", "Sesso", Person.sex, ENUM, Sex),
        Column("citizenship", "Cittadinanza", Person.citizenship),
        Column("household", "Nucleo", _person_household.code),
        Column("phone", "Telefono", Person.phone),
    ),
    base=lambda: (select(Person.id)
                  .outerjoin(_current, and_(_current.person_id == Person.id,
                                            _current.left_on.is_(None)))
                  .outerjoin(_person_household, _person_household.id == _current.household_id)),
    text_columns=(Person.surname, Person.given_name, Person.tax_code),
    filters={
        "sex": lambda v: Person.sex == v,
        "household": lambda v: _person_household.code == v,
        "without_household": lambda v: _current.id.is_(None) if v else _current.id.is_not(None),
    },
    default_sort="surname",
)

UNITS = ListSpec(
    name="units", title="Alloggi", id_expr=Unit.id,
    columns=(
        Column("code", "Codice", Unit.code, keyset=True),
        Column("building", "Edificio", Building.name),
        Column("staircase", "Scala", Unit.staircase),
        Column("floor", "Piano", Unit.floor, INT),
        Column("surface", "Superficie m²", Unit.surface_m2, DECIMAL),
        Column("rooms", "Locali", Unit.rooms, INT),
        Column("accessible", "Accessibile", Unit.accessible, BOOL),
        Column("regime", "Regime", Unit.regime, ENUM, Regime),
        Column("status", "Stato", Unit.status, ENUM, UnitStatus),
    ),
    base=lambda: select(Unit.id).join(Building, Building.id == Unit.building_id),
    text_columns=(Unit.code, Building.name, Building.code),
    filters={
        "status": lambda v: Unit.status == v,
        "regime": lambda v: Unit.regime == v,
        "building": lambda v: Building.code == v,
        "accessible": lambda v: Unit.accessible.is_(bool(v)),
    },
    default_sort="code",
    personal=False,
)



def _overdue_on(value) -> object:
    """Open tickets past their deadline on the given day (the window passes its today)."""
    day = value if isinstance(value, date) else date.fromisoformat(str(value))
    return and_(Ticket.status.in_(OPEN_STATUSES), Ticket.due_on < day)


def _assignee(value) -> object:
    if value == IN_HOUSE:
        return and_(Ticket.contractor_id.is_(None), Ticket.assignee_name != "")
    return Ticket.contractor_id == (value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))


IN_HOUSE = "in_house"
_ticket_unit = aliased(Unit)

TICKETS = ListSpec(
    name="tickets", title="Segnalazioni di manutenzione", id_expr=Ticket.id,
    columns=(
        Column("code", "Codice", Ticket.code, keyset=True),
        Column("opened_on", "Aperta il", Ticket.opened_on, DATE, keyset=True),
        Column("priority", "Priorità", Ticket.priority, ENUM, Priority),
        Column("status", "Stato", Ticket.status, ENUM, TicketStatus),
        Column("category", "Categoria", TicketCategory.label),
        Column("building", "Edificio", Building.code),
        Column("place", "Luogo", func.coalesce(_ticket_unit.code, CommonSpace.name, Ticket.system)),
        Column("summary", "Oggetto", Ticket.summary),
        Column("assignee", "Assegnata a",
               func.coalesce(Contractor.name, func.nullif(Ticket.assignee_name, ""))),
        Column("due_on", "Scadenza", Ticket.due_on, DATE),
    ),
    base=lambda: (select(Ticket.id)
                  .join(TicketCategory, TicketCategory.id == Ticket.category_id)
                  .join(Building, Building.id == Ticket.building_id)
                  .outerjoin(_ticket_unit, _ticket_unit.id == Ticket.unit_id)
                  .outerjoin(CommonSpace, CommonSpace.id == Ticket.common_space_id)
                  .outerjoin(Contractor, Contractor.id == Ticket.contractor_id)),
    # Every condition on the tickets table alone (subqueries for codes of other tables), so
    # the count of 300,000 rows runs without a join; the text through its index.
    text_columns=(Ticket.code, Ticket.summary),
    text_search=text_search.ticket_text,
    count_by_index=lambda dialect, filters: (
        None if (words := text_search.only_indexed_text(dialect, filters)) is None
        else text_search.count_from_index(words)),
    page_by_index=lambda dialect, filters, sort, descending, after, limit: (
        None if sort != "code" or not descending
        or (words := text_search.only_indexed_text(dialect, filters)) is None
        else text_search.page_candidates(words, after.values[0] if after else None, limit)),
    filters={
        "status": lambda v: Ticket.status == v,
        "open": lambda v: Ticket.status.in_(OPEN_STATUSES) if v else Ticket.status.not_in(OPEN_STATUSES),
        "building": lambda v: Ticket.building_id.in_(select(Building.id).where(Building.code == v)),
        "category": lambda v: Ticket.category_id.in_(
            select(TicketCategory.id).where(TicketCategory.code == v)),
        "priority": lambda v: Ticket.priority == v,
        "overdue": _overdue_on,
        "assignee": _assignee,
    },
    default_sort="code",
    default_descending=True,
    count_base=lambda: select(Ticket.id),
)



def _day_start(day: date) -> datetime:
    """The first instant of a calendar day in Rome (the office's days), as UTC."""
    return datetime.combine(day, time(), ROME).astimezone(timezone.utc)


def _field_names(fields: str, translate=None) -> str:
    # Read as text (PostgreSQL cannot sort a json column): '["email", "phone"]'; shown as
    # the office names them («telefono, e-mail»), not as the columns are called.
    return ", ".join(field_label(name, translate or (lambda text: text))
                     for name in json.loads(fields or "[]"))


AUDIT = ListSpec(
    name="audit", title="Registro delle operazioni", id_expr=AuditEntry.id,
    columns=(
        Column("seq", "N.", AuditEntry.seq, INT, keyset=True),
        Column("at", "Data e ora", AuditEntry.at, INSTANT, keyset=True),
        Column("actor", "Utente", AuditEntry.actor),
        Column("action", "Operazione", AuditEntry.action, label_of=action_label),
        Column("entity_id", "Id del record", AuditEntry.entity_id),
        Column("fields", "Campi modificati", cast(AuditEntry.fields, String),
               label_of=_field_names),
        Column("detail", "Dettaglio", AuditEntry.detail),
    ),
    base=lambda: select(AuditEntry.id),
    text_columns=(AuditEntry.actor, AuditEntry.action, AuditEntry.entity_id, AuditEntry.detail),
    filters={
        "actor": lambda v: AuditEntry.actor == v,
        "action": lambda v: AuditEntry.action == v,
        "entity_id": lambda v: AuditEntry.entity_id == str(v).strip(),
        "since": lambda v: AuditEntry.at >= _day_start(v),  # a date, inclusive
        "until": lambda v: AuditEntry.at < _day_start(v + timedelta(days=1)),  # inclusive too
    },
    default_sort="seq", default_descending=True, permission=Permission.AUDIT_READ,
    append_only_key=AuditEntry.seq,
)

SPECS = {spec.name: spec for spec in (HOUSEHOLDS, PERSONS, UNITS, TICKETS, AUDIT)}
