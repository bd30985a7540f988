"""The managers' dashboard: a few figures per tile, each an aggregate made in SQL, for a
period and optionally one building. Plain data: the window draws them (ui/reporting).

Arrears come from the ledger as it keeps them (``ledger_accounts`` for what is owed now, the
monthly totals of charges and payments for the trend, read from their covering indexes);
the households behind are listed by the ledger's own arrears view, never here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from borgo_desktop.formatting import fmt_decimal, fmt_money
from borgo_desktop.models import (
    Booking, Building, Candidacy, Case, CommonSpace, CommunityEvent, EventParticipant, Household,
    Lease, TargetCategory, Ticket, TicketCategory, Unit,
)
from borgo_desktop.models.enums import BookingStatus, CaseStage, LeaseStatus, Stage, UnitStatus
from borgo_desktop.models.ledger import Charge, LedgerAccount, Payment
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.reporting import fn_casework, fn_ledger
from borgo_desktop.services.reporting.periods import Period, parse_period
from borgo_desktop.services.reporting.registry import utc_bounds

MONTHS = 12
TOP_CATEGORIES = 6


@dataclass(frozen=True)
class Series:
    name: str
    points: tuple[tuple[str, float], ...]  # (label, value) in order


@dataclass(frozen=True)
class Tile:
    key: str  # which area a click opens (the window maps it)
    title: str
    headline: str  # the one figure under the title
    kind: str  # "line" | "bar"
    series: tuple[Series, ...]


@dataclass(frozen=True)
class Dashboard:
    period: Period
    building: str | None
    tiles: tuple[Tile, ...]


def month_starts(last_day: date, count: int = MONTHS) -> list[date]:
    first = date(last_day.year, last_day.month, 1)
    months = []
    for back in range(count - 1, -1, -1):
        index = first.year * 12 + first.month - 1 - back
        months.append(date(index // 12, index % 12 + 1, 1))
    return months


MONTH_NAMES = ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic")


def _label(day: date) -> str:
    return MONTH_NAMES[day.month - 1]


def _units_of(building: str | None):
    query = select(Unit.id)
    if building:
        query = query.join(Building, Building.id == Unit.building_id).where(Building.code == building)
    return query


def occupancy(session: Session, day: date, building: str | None) -> Tile:
    """Units let on ``day`` (a lease running) and the others by their status, so the
    headline and the bars count the same moment (a unit whose lease starts later is not let
    yet on the day: it shows as free)."""
    units = _units_of(building)
    let_ids = select(Lease.unit_id).where(
        Lease.status != LeaseStatus.DRAFT, Lease.starts_on <= day,
        or_(Lease.ends_on.is_(None), Lease.ends_on >= day), Lease.unit_id.in_(units))
    let = session.scalar(select(func.count(func.distinct(Lease.unit_id)))
                         .where(Lease.unit_id.in_(let_ids)))
    by_status: dict[UnitStatus, int] = {UnitStatus.LET: let} if let else {}
    for status, n in session.execute(select(Unit.status, func.count(Unit.id))
                                     .where(Unit.id.in_(units), Unit.status != UnitStatus.RETIRED,
                                            Unit.id.not_in(let_ids))
                                     .group_by(Unit.status)):
        status = UnitStatus.VACANT if status == UnitStatus.LET else UnitStatus(status)
        by_status[status] = by_status.get(status, 0) + n
    total = sum(by_status.values())
    points = tuple((s.label, float(n)) for s, n in sorted(by_status.items()))
    share = round(100 * let / total, 1) if total else 0.0
    return Tile("units", "Occupazione degli alloggi", f"{let} locati su {total} "
                f"({fmt_decimal(share, 1)}%)",
                "bar", (Series("Alloggi", points),))


def _monthly_sum(session: Session, column, amount, starts: list[date], until: date) -> list[int]:
    """Sum of ``amount`` per month since the first start, read from the covering index."""
    values = []
    for first, after in zip(starts, starts[1:] + [until + timedelta(days=1)]):
        values.append(session.scalar(select(func.coalesce(func.sum(amount), 0))
                                     .where(column >= first, column < after)))
    return values


def arrears(session: Session, day: date, building: str | None, period: Period) -> Tile:
    owing = [LedgerAccount.balance_cents > 0]
    if building:
        owing.append(LedgerAccount.unit_id.in_(_units_of(building)))
    count, cents = session.execute(select(func.count(), func.coalesce(
        func.sum(LedgerAccount.balance_cents), 0)).where(*owing)).one()
    starts = month_starts(day)
    charged = _monthly_sum(session, Charge.due_on, Charge.amount_cents, starts, day)
    paid = _monthly_sum(session, Payment.received_on, Payment.amount_cents, starts, day)
    unpaid = tuple((_label(m), round((c - p) / 100, 2)) for m, c, p in zip(starts, charged, paid))
    # a month with nothing due has no share to show (not 0 %)
    collected = tuple((_label(m), round(100 * p / c, 1))
                      for m, c, p in zip(starts, charged, paid) if c)
    back = fn_ledger.recovered(session, period, {}).total  # euros, every building
    return Tile("ledger", "Morosità", f"{count} nuclei in debito, {fmt_money(cents)}; "
                f"recuperati con i piani nel periodo: {fmt_money(round(back * 100))}", "line",
                (Series("Non incassato nel mese (€)", unpaid),
                 Series("Incassato (%)", collected)))


def tickets(session: Session, period: Period, building: str | None) -> Tile:
    where = [Ticket.resolved_on.between(period.first, period.last)]
    opened_where = [Ticket.opened_on.between(period.first, period.last)]
    if building:
        building_id = select(Building.id).where(Building.code == building).scalar_subquery()
        where.append(Ticket.building_id == building_id)
        opened_where.append(Ticket.building_id == building_id)
    rows = session.execute(
        select(TicketCategory.label, func.count(Ticket.id),
               func.sum(case((Ticket.resolved_on <= Ticket.due_on, 1), else_=0)))
        .join(TicketCategory, TicketCategory.id == Ticket.category_id).where(*where)
        .group_by(TicketCategory.label).order_by(TicketCategory.label)).all()
    opened = session.scalar(select(func.count(Ticket.id)).where(*opened_where))
    resolved = sum(n for _l, n, _ok in rows)
    on_time = sum(ok or 0 for _l, _n, ok in rows)
    share = round(100 * on_time / resolved, 1) if resolved else 0.0
    busiest = sorted(sorted(rows, key=lambda r: -r[1])[:TOP_CATEGORIES])  # readable labels
    return Tile("tickets", "Manutenzione", f"{opened} aperte, {resolved} risolte, "
                f"{fmt_decimal(share, 1)}% nei tempi", "bar", (Series(
                    "Risolte nei tempi (%), categorie più frequenti", tuple(
                        (label, round(100 * (ok or 0) / n, 1)) for label, n, ok in busiest)),))


def rooms(session: Session, period: Period, building: str | None) -> Tile:
    start, end = utc_bounds(period)
    query = (select(CommonSpace.name, Booking.starts_at, Booking.ends_at)
             .join(CommonSpace, CommonSpace.id == Booking.space_id)
             .where(Booking.status == BookingStatus.CONFIRMED, Booking.starts_at >= start,
                    Booking.starts_at < end))
    if building:
        query = query.join(Building, Building.id == CommonSpace.building_id).where(
            Building.code == building)
    minutes: dict[str, float] = {}
    for name, starts, ends in session.execute(query):
        minutes[name] = minutes.get(name, 0) + (ends - starts).total_seconds() / 60
    hours = tuple(sorted((name, round(m / 60, 1)) for name, m in minutes.items()))
    return Tile("spaces", "Uso degli spazi comuni",
                f"{fmt_decimal(sum(minutes.values()) / 60, 1)} ore di utilizzo", "bar", (Series("Ore", hours),))


def community(session: Session, period: Period) -> Tile:
    starts = month_starts(period.last, 6)
    points = []
    for first, after in zip(starts, starts[1:] + [period.after]):
        held = and_(CommunityEvent.held_on >= first, CommunityEvent.held_on < after)
        residents = session.scalar(select(func.count(EventParticipant.id)).join(
            CommunityEvent, CommunityEvent.id == EventParticipant.event_id).where(held))
        others = session.scalar(select(func.coalesce(func.sum(
            CommunityEvent.other_participants), 0)).where(held))
        points.append((_label(first), float(residents + others)))
    return Tile("community", "Partecipazione alla comunità",
                f"{int(sum(v for _l, v in points))} presenze in sei mesi", "line",
                (Series("Presenze", tuple(points)),))


def cases(session: Session, building: str | None, period: Period) -> Tile:
    query = select(Case.stage, func.count(Case.id)).where(Case.closed_on.is_(None))
    if building:
        query = query.where(Case.household_id.in_(
            select(Lease.household_id).where(Lease.unit_id.in_(_units_of(building)))))
    by_stage = dict(session.execute(query.group_by(Case.stage)).all())
    order = [s for s in CaseStage if s in by_stage]
    met = fn_casework.goals_met(session, period, {}).total
    return Tile("cases", "Accompagnamento", f"{sum(by_stage.values())} cartelle aperte; "
                f"obiettivi raggiunti nel periodo: {met}", "bar",
                (Series("Cartelle", tuple((CaseStage(s).label, float(by_stage[s]))
                                          for s in order)),))


def quotas(session: Session) -> Tile:
    rows = session.execute(
        select(TargetCategory.label, TargetCategory.quota, func.count(Candidacy.id))
        .outerjoin(Household, Household.target_category_id == TargetCategory.id)
        .outerjoin(Candidacy, and_(Candidacy.household_id == Household.id,
                                   Candidacy.stage.in_((Stage.SIGNED, Stage.MOVED_IN))))
        .where(TargetCategory.active.is_(True)).group_by(TargetCategory.id)
        .order_by(TargetCategory.label)).all()
    assigned = sum(n for _l, _q, n in rows)
    quota = sum(q for _l, q, _n in rows)
    return Tile("allocation", "Quote di assegnazione", f"{assigned} assegnati su {quota} posti",
                "bar", (Series("Quota", tuple((label, float(q)) for label, q, _n in rows)),
                        Series("Assegnati", tuple((label, float(n)) for label, _q, n in rows))))


def dashboard(ctx: Context, period: str | Period, building: str | None = None) -> Dashboard:
    """Every tile for ``period`` (and ``building``), in one read transaction."""
    require(ctx, Permission.REPORT_VIEW)
    chosen = period if isinstance(period, Period) else parse_period(period)
    day = min(chosen.last, ctx.today())
    with ctx.store.read() as session:
        tiles = (arrears(session, day, building, chosen), tickets(session, chosen, building),
                 rooms(session, chosen, building), occupancy(session, day, building),
                 cases(session, building, chosen), community(session, chosen), quotas(session))
    return Dashboard(chosen, building, tiles)


def buildings(ctx: Context) -> list[tuple[str, str]]:
    require(ctx, Permission.REPORT_VIEW)
    with ctx.store.read() as session:
        return list(session.execute(select(Building.code, Building.name)
                                    .where(Building.retired_on.is_(None))
                                    .order_by(Building.code)).all())
