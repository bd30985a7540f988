"""Bookings of the common spaces: one-off and recurring, never overlapping on a space.

A request becomes a :class:`BookingSeries` (the rule) and one :class:`Booking` row per
occurrence (UTC instants), so the overlap check is an indexed range query on
(space, start). The service checks first and names the booking in the way; the database
guards too (exclusion constraint on PostgreSQL, trigger on SQLite: migrations/spaces_ddl.py).
Two seats booking the same slot at the same moment: on SQLite the write transactions begin
IMMEDIATE (store.py), so the second seat's check runs after the first has committed and
sees its booking; on PostgreSQL both checks may pass, and the exclusion constraint makes
the second insert fail, which becomes the Italian message of :data:`TAKEN_MEANWHILE`.
"""

from __future__ import annotations

import bisect
import functools
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import String, Uuid, and_, bindparam, or_, select, type_coerce
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.formatting import ROME, fmt_date
from borgo_desktop.models import Booking, BookingSeries, CommonSpace
from borgo_desktop.models.base import UtcDateTime
from borgo_desktop.models.enums import BookingStatus, RequesterKind
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, allowed, require
from borgo_desktop.services.core.prepared import Prepared
from borgo_desktop.services.core.recurrence import (
    WEEKDAYS, Repeat, Slot, ambiguous, describe_rule, local_starts, missing, slot_words,
    rule_for, to_utc, with_until,
)
from borgo_desktop.services.core.problems import Problems

# The longest booking: bounds the overlap query to an index range on starts_at.
MAX_DURATION = timedelta(hours=16)
LIVE = (BookingStatus.PENDING, BookingStatus.CONFIRMED)
TAKEN_MEANWHILE = ("Un'altra postazione ha appena prenotato lo stesso spazio in uno di questi "
                   "orari: la prenotazione non è stata salvata. Ricaricare il calendario e "
                   "scegliere un altro orario.")


@dataclass(frozen=True)
class BookingInput:
    space_id: uuid.UUID | None
    title: str
    requester: str
    requester_kind: RequesterKind
    day: date | None
    start: time | None
    end: time | None
    repeat: Repeat = Repeat.NONE
    until: date | None = None
    expected_attendance: int | None = None
    contact: str = ""
    notes: str = ""
    rrule: str = ""  # an explicit RFC 5545 rule; overrides ``repeat`` (imports, tests)
    # On the fall-back night 02:00–02:59 happens twice: 0 the first time (summer time), 1 the
    # second (winter time); None until the person has chosen (a repeated hour is then refused).
    fold: int | None = None
    past_reason: str = ""  # why a booking starts on a day already gone (required then)


@dataclass(frozen=True)
class OccurrenceView:
    id: uuid.UUID
    series_id: uuid.UUID
    space_id: uuid.UUID
    space_name: str
    title: str
    requester: str
    requester_kind: RequesterKind
    starts_at: datetime
    ends_at: datetime
    status: BookingStatus
    recurring: bool
    expected_attendance: int | None
    actual_attendance: int | None
    key_given_to: str
    key_given_at: datetime | None
    key_returned_at: datetime | None

    @property
    def slot(self) -> Slot:
        return Slot(self.starts_at, self.ends_at)


@dataclass(frozen=True)
class Conflict:
    slot: Slot  # the requested occurrence that cannot be booked
    other: OccurrenceView | None  # the booking in the way (None: a rule of the space)
    error: UserError  # why, as a template the window translates

    @property
    def reason(self) -> str:
        return self.error.text


@dataclass(frozen=True)
class BookingCheck:
    """What saving would do: the occurrences, and every reason it would be refused."""

    slots: tuple[Slot, ...]
    conflicts: tuple[Conflict, ...]
    problems: dict[str, UserError]
    needs_approval: bool

    @property
    def ok(self) -> bool:
        return not self.conflicts and not self.problems


# --- checking ---------------------------------------------------------------------------------

def check(ctx: Context, data: BookingInput) -> BookingCheck:
    """The same checks as :func:`create`, without writing: the window shows them before saving.

    One indexed query, prepared once and run on a pooled driver connection (no session, no
    transaction, no ORM rows): the window asks at every change of the form, so this is close
    to the bare query."""
    return _evaluate(ctx, None, data)


@dataclass(frozen=True)
class _SpaceRules:
    name: str
    code: str
    bookable: bool
    bookable_by: list | None
    capacity: int | None
    needs_approval: bool
    opening_hours: list | None


# The JSON columns come as text (repeated on every row of the join: decoded once, below).
_RULES = (CommonSpace.name, CommonSpace.code, CommonSpace.bookable,
          type_coerce(CommonSpace.bookable_by, String), CommonSpace.capacity,
          CommonSpace.needs_approval, type_coerce(CommonSpace.opening_hours, String))


def _json(value):
    return json.loads(value) if isinstance(value, str) else value  # psycopg decodes itself


@functools.cache
def _space_and_taken():
    """The space's rules and its live bookings starting in (:low, :high) and ending after
    :after, in one statement
    through ix_bookings_space_start (built once: SQLAlchemy caches its compiled form)."""
    return (select(*_RULES, *_occurrence_columns())
            .select_from(CommonSpace)
            .outerjoin(Booking, and_(Booking.space_id == CommonSpace.id,
                                     or_(*(Booking.status == status for status in LIVE)),
                                     Booking.starts_at > bindparam("low", type_=UtcDateTime()),
                                     Booking.starts_at < bindparam("high", type_=UtcDateTime()),
                                     # bookings over before the first slot cannot overlap:
                                     # they are not read (nor turned into views) at all
                                     Booking.ends_at > bindparam("after", type_=UtcDateTime())))
            .outerjoin(BookingSeries, Booking.series_id == BookingSeries.id)
            .where(CommonSpace.id == bindparam("space_id", type_=Uuid()))
            .order_by(Booking.starts_at))


@functools.cache
def _prepared() -> Prepared:
    return Prepared(_space_and_taken())


def _load(ctx: Context, connection, space_id, slots: list[Slot]):
    """(the space's rules or None, its live bookings that may overlap ``slots``)."""
    if slots:
        after = min(s.starts_at for s in slots)
        low, high = after - MAX_DURATION, max(s.ends_at for s in slots)
    else:  # an empty range: no bookings
        low = high = after = datetime(1970, 1, 1, tzinfo=timezone.utc)
    params = {"space_id": space_id, "low": low, "high": high, "after": after}
    rows = _prepared().rows(ctx.store.engine, params) if connection is None \
        else connection.execute(_space_and_taken(), params).all()
    if not rows:
        return None, []
    name, code, bookable, bookable_by, capacity, approval, hours = rows[0][:len(_RULES)]
    rules = _SpaceRules(name, code, bookable, _json(bookable_by), capacity, approval,
                        _json(hours))
    existing = [_view(row[len(_RULES):]) for row in rows if row[len(_RULES)] is not None]
    return rules, existing


def _evaluate(ctx: Context, connection, data: BookingInput) -> BookingCheck:
    """``connection``: the Session of the unit of work that will write, or None (a check:
    the prepared statement on a pooled driver connection)."""
    problems = Problems()
    if not data.title.strip():
        problems.add("title", "Indicare il motivo della prenotazione (es. «Festa di compleanno»).")
    if not data.requester.strip():
        problems.add("requester", "Indicare chi prenota.")
    timing = Problems()
    slots = _slots(data, timing)
    space, existing = _load(ctx, connection, data.space_id, slots) if data.space_id else (None, [])
    if space is None:
        problems.add("space", "Scegliere lo spazio da prenotare.")
    elif not space.bookable:
        problems.add("space", "Lo spazio «{space}» non si può prenotare.", space=space.name)
    elif space.bookable_by and data.requester_kind.value not in space.bookable_by:
        problems.add("requester_kind", "Lo spazio «{space}» non è prenotabile da: {who}.",
                     space=space.name, who=data.requester_kind.label.lower())
    if data.expected_attendance is not None and data.expected_attendance < 0:
        problems.add("expected_attendance", "Il numero di partecipanti non può essere negativo.")
    elif (space is not None and space.capacity and data.expected_attendance
          and data.expected_attendance > space.capacity):
        problems.add("expected_attendance",
                     "Lo spazio «{space}» accoglie al massimo {capacity} persone: ne sono "
                     "previste {expected}.", space=space.name, capacity=space.capacity,
                     expected=data.expected_attendance)
    problems.merge(timing)
    if slots and slots[0].local_start.date() < ctx.today() and not data.past_reason.strip():
        problems.add("past_reason", "Il {day} è già passato: indicare il motivo per registrare "
                     "una prenotazione nel passato (es. «registrata a posteriori»).",
                     day=fmt_date(slots[0].local_start.date()))
    conflicts: list[Conflict] = []
    if space is not None and slots:
        conflicts = _hours_conflicts(space, slots) + _overlaps(space, existing, slots)
    needs_approval = bool(space is not None and space.needs_approval
                          and not allowed(ctx.actor, Permission.BOOKING_APPROVE))
    return BookingCheck(tuple(slots), tuple(conflicts), problems.items, needs_approval)


def _slots(data: BookingInput, problems: Problems) -> list[Slot]:
    if data.day is None:
        problems.add("day", "Indicare il giorno.")
    if data.start is None or data.end is None:
        problems.add("start", "Indicare l'ora di inizio e di fine.")
        return []
    # An end at 00:00 is midnight, the end of the same day (a party until midnight).
    end_minutes = data.end.hour * 60 + data.end.minute or 24 * 60
    minutes = end_minutes - (data.start.hour * 60 + data.start.minute)
    if minutes <= 0:
        problems.add("end", "L'ora di fine deve venire dopo l'ora di inizio.")
        return []
    if timedelta(minutes=minutes) > MAX_DURATION:
        problems.add("end", "Una prenotazione dura al massimo {hours} ore.",
                     hours=int(MAX_DURATION.total_seconds() // 3600))
        return []
    if data.day is None:
        return []
    repeating = bool(data.rrule) or data.repeat != Repeat.NONE
    if repeating and data.until is None and "COUNT=" not in data.rrule.upper() \
            and "UNTIL=" not in data.rrule.upper():
        problems.add("until", "Indicare fino a quando si ripete la prenotazione.")
        return []
    if data.until is not None and repeating and data.until < data.day:
        problems.add("until", "La data di fine ripetizione viene prima del primo giorno.")
        return []
    try:
        starts = local_starts(datetime.combine(data.day, data.start), _rule_of(data))
    except ValueError:
        problems.add("until", "La ripetizione è troppo lunga: al massimo due anni e 500 date.")
        return []
    return _instants(starts, timedelta(minutes=minutes), data.fold, problems)


def _instants(starts: list[datetime], duration: timedelta, fold: int | None,
              problems: Problems) -> list[Slot]:
    """The wall-clock occurrences as UTC instants, refusing a time the clocks skip and, unless
    ``fold`` says which, a time that happens twice (the daylight-saving nights)."""
    slots = []
    for start in starts:
        for field, moment in (("start", start), ("end", start + duration)):
            if missing(moment):
                problems.add(field, "Il {day} alle {time} l'ora non esiste: quella notte gli "
                             "orologi passano dalle 02:00 alle 03:00 (inizio dell'ora legale). "
                             "Scegliere un altro orario.", day=fmt_date(moment.date()),
                             time=f"{moment:%H:%M}")
                return []
            if fold is None and ambiguous(moment):
                problems.add("fold", "Il {day} le {time} capitano due volte: quella notte gli "
                             "orologi tornano dalle 03:00 alle 02:00 (fine dell'ora legale). "
                             "Scegliere se si intende la prima volta (ora legale) o la "
                             "seconda (ora solare).", day=fmt_date(moment.date()),
                             time=f"{moment:%H:%M}")
                return []
        slot = Slot(to_utc(start, fold or 0), to_utc(start + duration, fold or 0))
        if slot.ends_at <= slot.starts_at:
            problems.add("end", "L'ora di fine deve venire dopo l'ora di inizio.")
            return []
        slots.append(slot)
    return slots


def _rule_of(data: BookingInput) -> str:
    if data.rrule:
        rule = data.rrule.removeprefix("RRULE:")
        return with_until(rule, data.until) if data.until else rule
    return rule_for(data.repeat, data.day, data.until)


def _hours_conflicts(space: _SpaceRules, slots: list[Slot]) -> list[Conflict]:
    if not space.opening_hours:
        return []
    found = []
    for slot in slots:
        start, end = slot.local_start, slot.local_end
        hours = space.opening_hours[start.weekday()]
        if hours is None:
            error = BookingRefused("«{space}» è chiuso di {weekday}: non si può prenotare "
                                   "{when}.", space=space.name,
                                   weekday=WEEKDAYS[start.weekday()], when=slot_words(slot))
        elif (start.date() != end.date() and end.time() != time(0)) \
                or start.strftime("%H:%M") < hours[0] or _end_text(end) > hours[1]:
            error = BookingRefused("{when} è fuori dall'orario di «{space}» ({opens}–{closes}).",
                                   when=slot_words(slot), space=space.name, opens=hours[0],
                                   closes=hours[1])
        else:
            continue
        found.append(Conflict(slot, None, error))
    return found


def _end_text(end: datetime) -> str:
    return "24:00" if end.time() == time(0) else end.strftime("%H:%M")


def _overlaps(space: _SpaceRules, taken: list[OccurrenceView],
              slots: list[Slot]) -> list[Conflict]:
    """Live bookings of the space that overlap a requested slot (and slots among themselves)."""
    first = min(s.starts_at for s in slots)
    existing = [o for o in taken if o.ends_at > first]
    starts = [o.starts_at for o in existing]
    conflicts = []
    for slot in slots:
        # Candidates start before the slot ends and at most MAX_DURATION before it starts.
        low = bisect.bisect_right(starts, slot.starts_at - MAX_DURATION)
        high = bisect.bisect_left(starts, slot.ends_at)
        for other in existing[low:high]:
            if other.ends_at > slot.starts_at:
                conflicts.append(Conflict(slot, other, BookingRefused(
                    "«{space}» è già prenotato {taken} per «{title}» ({who}): non si può "
                    "prenotare {when}.", space=space.name, taken=slot_words(other.slot),
                    title=other.title, who=other.requester, when=slot_words(slot))))
                break
    ordered = sorted(slots, key=lambda s: s.starts_at)
    for before, after in zip(ordered, ordered[1:], strict=False):
        if after.starts_at < before.ends_at:
            conflicts.append(Conflict(after, None, BookingRefused(
                "Le date della serie si sovrappongono: {when}.", when=slot_words(after))))
    return conflicts


def refusal(result: BookingCheck) -> UserError:
    """The refusal of a check: the form's problems, or the first conflict (with the others)."""
    if result.problems:
        return ValidationError(result.problems)
    first = result.conflicts[0].error
    return BookingRefused(first.template, field="day", conflicts=result.conflicts,
                          **first.params)


class BookingRefused(UserError):
    """The space is taken, closed or otherwise unavailable at the time asked for.

    ``conflicts`` holds every date refused; the message names the first one."""

    def __init__(self, template: str, *, field: str | None = None,
                 conflicts: tuple[Conflict, ...] = (), **params: object) -> None:
        self.conflicts = conflicts
        super().__init__(template, field=field, **params)

    @property
    def text(self) -> str:
        more = len(self.conflicts) - 1
        return super().text + (f" Altre date non disponibili: {more}." if more > 0 else "")


# --- writing -----------------------------------------------------------------------------------

def create(ctx: Context, data: BookingInput) -> list[OccurrenceView]:
    """Book the space for every occurrence, or for none: all dates are free or nothing is saved."""
    require(ctx, Permission.BOOKING_CREATE)
    with ctx.store.unit_of_work() as session:
        result = _evaluate(ctx, session, data)
        if not result.ok:
            raise refusal(result)
        space = session.get(CommonSpace, data.space_id)
        status = BookingStatus.PENDING if result.needs_approval else BookingStatus.CONFIRMED
        series = BookingSeries(
            space_id=space.id, title=data.title.strip(), requester=data.requester.strip(),
            requester_kind=data.requester_kind, contact=data.contact.strip(),
            local_start=datetime.combine(data.day, data.start).isoformat(timespec="minutes"),
            duration_minutes=int((result.slots[0].ends_at - result.slots[0].starts_at)
                                 .total_seconds() // 60),
            rrule=_rule_of(data), expected_attendance=data.expected_attendance,
            notes=data.notes.strip(), past_reason=data.past_reason.strip()[:200],
            status=status)
        ctx.stamp(series)
        session.add(series)
        session.flush()
        for slot in result.slots:
            booking = Booking(series_id=series.id, space_id=space.id, starts_at=slot.starts_at,
                              ends_at=slot.ends_at, status=status)
            ctx.stamp(booking)
            session.add(booking)
        _flush_guarded(session)
        past = f", nel passato: {series.past_reason}" if series.past_reason else ""
        audit.record(ctx, session, "booking.create", "booking_series", series.id,
                     detail=f"{space.code}, {len(result.slots)} date{past}")
        session.commit()
        return _series_occurrences(session, series.id)


def _flush_guarded(session: Session) -> None:
    try:
        session.flush()
    except IntegrityError as exc:  # the database's guard: another seat was faster
        raise BookingRefused(TAKEN_MEANWHILE, field="day") from exc


def _series_occurrences(session: Session, series_id: uuid.UUID) -> list[OccurrenceView]:
    return _views(session, Booking.series_id == series_id)


def cancel(ctx: Context, booking_id: uuid.UUID, *, following: bool = False,
           reason: str = "") -> int:
    """Cancel one date, or (``following``) this date and the rest of its series.

    Returns how many dates were cancelled."""
    require(ctx, Permission.BOOKING_CREATE)
    with ctx.store.unit_of_work() as session:
        booking = get_or_fail(session, Booking, booking_id, "Prenotazione")
        if booking.status == BookingStatus.CANCELLED:
            raise UserError("Questa data è già annullata.")
        series = booking.series
        targets = [booking]
        if following:
            targets = list(session.scalars(select(Booking).where(
                Booking.series_id == series.id, Booking.starts_at >= booking.starts_at,
                Booking.status != BookingStatus.CANCELLED)))
            if series.rrule:
                last_day = (booking.starts_at.astimezone(ROME).date() - timedelta(days=1))
                series.rrule = with_until(series.rrule, last_day)
        for target in targets:
            target.status = BookingStatus.CANCELLED
            target.cancel_reason = reason.strip()[:200]
            ctx.stamp(target)
        session.flush()
        if not session.scalar(select(Booking.id).where(Booking.series_id == series.id,
                                                       Booking.status.in_(LIVE)).limit(1)):
            series.status = BookingStatus.CANCELLED
        ctx.stamp(series)
        audit.record(ctx, session, "booking.cancel", "booking_series", series.id,
                     ["status"], detail=f"{len(targets)} date")
        session.commit()
        return len(targets)


def approve(ctx: Context, series_id: uuid.UUID) -> int:
    """The office confirms a series waiting for approval; returns the dates confirmed."""
    require(ctx, Permission.BOOKING_APPROVE)
    with ctx.store.unit_of_work() as session:
        series = get_or_fail(session, BookingSeries, series_id, "Prenotazione")
        if series.status != BookingStatus.PENDING:
            raise UserError("La prenotazione non è in attesa di approvazione.")
        pending = list(session.scalars(select(Booking).where(
            Booking.series_id == series.id, Booking.status == BookingStatus.PENDING)))
        for booking in pending:
            booking.status = BookingStatus.CONFIRMED
            ctx.stamp(booking)
        series.status = BookingStatus.CONFIRMED
        ctx.stamp(series)
        audit.record(ctx, session, "booking.approve", "booking_series", series.id, ["status"],
                     detail=f"{len(pending)} date")
        session.commit()
        return len(pending)


def record_use(ctx: Context, booking_id: uuid.UUID, *, actual_attendance: int | None = None,
               key_given_to: str | None = None, key_returned: bool = False) -> OccurrenceView:
    """After (or at) the booking: how many came, the key handed over and returned."""
    require(ctx, Permission.BOOKING_CREATE)
    with ctx.store.unit_of_work() as session:
        booking = get_or_fail(session, Booking, booking_id, "Prenotazione")
        if booking.status == BookingStatus.CANCELLED:
            raise UserError("La prenotazione è annullata.")
        if actual_attendance is not None:
            if actual_attendance < 0:
                raise UserError("Il numero di presenti non può essere negativo.",
                                field="actual_attendance")
            booking.actual_attendance = actual_attendance
        now = datetime.now(timezone.utc)
        if key_given_to:
            booking.key_given_to = key_given_to.strip()[:120]
            booking.key_given_at = now
            booking.key_returned_at = None
        if key_returned:
            if booking.key_given_at is None:
                raise UserError("La chiave non risulta consegnata.", field="key")
            booking.key_returned_at = now
        ctx.stamp(booking)
        audit.record(ctx, session, "booking.use", "booking", booking.id,
                     audit.changed_fields(booking))
        session.commit()
        return _views(session, Booking.id == booking.id)[0]


# --- reading -----------------------------------------------------------------------------------

def _occurrence_columns() -> tuple:
    return (Booking.id, Booking.series_id, Booking.space_id, CommonSpace.name,
            BookingSeries.title, BookingSeries.requester, BookingSeries.requester_kind,
            Booking.starts_at, Booking.ends_at, Booking.status,
            BookingSeries.rrule != "", BookingSeries.expected_attendance,
            Booking.actual_attendance, Booking.key_given_to, Booking.key_given_at,
            Booking.key_returned_at)


def _occurrence_query():
    """Plain columns in OccurrenceView's order: no ORM instances to build (the calendar and
    the conflict check read many rows and change none)."""
    return (select(*_occurrence_columns())
            .join(BookingSeries, Booking.series_id == BookingSeries.id)
            .join(CommonSpace, Booking.space_id == CommonSpace.id))


def _view(row) -> OccurrenceView:
    values = list(row)
    values[10] = bool(values[10])  # recurring: SQLite answers 0/1
    return OccurrenceView(*values)


def _views(session: Session, *where) -> list[OccurrenceView]:
    return [_view(row) for row in session.execute(
        _occurrence_query().where(*where).order_by(Booking.starts_at))]


def occurrences(ctx: Context, first_day: date, days: int, space_id: uuid.UUID | None = None,
                *, include_cancelled: bool = False) -> list[OccurrenceView]:
    """Bookings starting in [first_day, first_day + days) Rome time, of one space or all."""
    start = to_utc(datetime.combine(first_day, time(0)))
    end = to_utc(datetime.combine(first_day + timedelta(days=days), time(0)))
    where = [Booking.starts_at >= start, Booking.starts_at < end]
    if space_id is not None:
        where.append(Booking.space_id == space_id)
    if not include_cancelled:
        where.append(Booking.status.in_(LIVE))
    with ctx.store.read() as session:
        return _views(session, *where)


def week(ctx: Context, monday: date, space_id: uuid.UUID | None = None) -> list[OccurrenceView]:
    return occurrences(ctx, monday, 7, space_id)


def series_of(ctx: Context, series_id: uuid.UUID) -> list[OccurrenceView]:
    with ctx.store.read() as session:
        return _series_occurrences(session, series_id)


def rule_text(ctx: Context, series_id: uuid.UUID) -> str:
    with ctx.store.read() as session:
        return describe_rule(get_or_fail(session, BookingSeries, series_id, "Prenotazione").rrule)


__all__ = ["BookingInput", "BookingCheck", "Conflict", "OccurrenceView", "BookingRefused",
           "Repeat", "check", "create", "cancel", "approve", "record_use", "occurrences",
           "week", "series_of", "rule_text", "refusal", "MAX_DURATION", "TAKEN_MEANWHILE"]
